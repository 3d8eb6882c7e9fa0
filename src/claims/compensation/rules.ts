import { columnOf, type ClaimRule } from '../rules.js';
import { sectionRule } from '../sections.js';
import type { RawClaim, SentenceView } from '../extractor.js';
import { personsPast, pickSubject, type Picked } from '../slots.js';
import { OCCUPATION_WORDS, OCCUPATIONS, PLACED_ON_PACKAGE, PLACEMENT_VERB } from '../staff-words.js';

/**
 * compensation: what an employer pays a person — a salary, a pay package, a bonus, an hourly
 * wage, a chief executive's total pay. The subject is the employer, never the person. Money
 * paid for a company, a licence, a settlement or a fine, a takeover offer or a bid for a
 * player is a transaction, not pay; a company's wage bill is spending.
 */

// Words that name pay
// (not "income", "earnings", "a rise": a company's profit rises too; not "package" alone: rescue and aid packages)
const PAY = '(pay|salary|salaries|wage|wages|hourly rate|hourly rates|pay rate|pay rates|wage rate|wage rates|starting rate|starting rates|nq rate|nq rates|compensation|remuneration|bonus|bonuses|payout|payouts|pay-out|pay-outs|paycheque|paycheques|paycheck|paychecks|pay packet|pay packets|pay package|pay packages|compensation package|compensation packages|stock award|stock awards|equity grant|equity grants|equity award|equity awards|share award|share awards|retention package|retention award|retention awards|retention grant|retention grants|retention bonus|retention bonuses|signing bonus|sign-on bonus|incentive award|incentive awards|hourly rate|hourly rates|pay rate|pay rates)';
// One person paid (a plural would make an amount a total: "gave its employees stock worth $2 billion")
const ONE = '(researcher|engineer|scientist|employee|hire|recruit|executive|developer|ceo|cfo|cto|coo|chief|president|founder|co-founder|chairman|chairwoman|boss|head|director|officer|manager|partner|banker|trader|analyst|leader)';
// One person by their work, as a noun before a pay word ("junior lawyer rates", "associate pay")
const PERSON_NOUN = '(lawyer|solicitor|associate|trainee|analyst|banker|engineer|pilot|nurse|doctor|teacher|driver|graduate|fresher|researcher|worker|employee|staff)';
// Words that name a person paid
const PEOPLE = `(${OCCUPATIONS.join('|')}|rookies|newcomers|starters|new starters|joiners|new joiners|entrants|researcher|engineer|scientist|employee|worker|staffer|executive|people|talent|candidates|ceo|cfo|cto|coo|chief|president|founder|chairman|chairwoman|boss|head|director|manager|partners|crew|agents|chiefs|leaders|founders|co-founders|cofounders|first-years|second-years|third-years|fourth-years|juniors|seniors|freshers|residents|peers|counterparts|colleagues)`;

// "paid $20 billion to license", "paid $900 million in a licensing deal", "ordered to pay $5 million to settle"
// (a person's own work is what pay is for: "received £8 million for his work in 2013", "was paid £378,000 for his services")
const TRANSACTION =
  '[value:MONEY] (\\( _{1,8} \\))? (in cash|in stock|in shares)? (to|for) ((license|licence|acquire|buy|purchase|settle|lease|rent|build|fund|secure|take|invest|shares|stake|assets|rights|land|deal|company|firm|business|club|player|players|striker|midfielder|defender|goalkeeper)|(the|a|an|its|their|his|her) ~{0,3} (shares|stake|stakes|assets|rights|land|deal|company|firm|business|club|player|players|unit|division|brand|brands|site|sites|building|buildings|property|properties|licence|license|patents|technology|acquisition|purchase|takeover|startup|start-up|group|bank|chain|portfolio|operations|stores|plant|factory|team|franchise|striker|midfielder|defender|goalkeeper|rest|remainder|privilege|right|honour|honor|use)|(the|a|an|its|their) ~{0,3} (work|job|project|contract|service|services))';
const IN_A_DEAL = '[value:MONEY] (in|as part of|under) (a|an|the|its)? ~{0,3} (deal|agreement|transaction|acquisition|settlement|buyout|merger|takeover|fine|penalty|damages|compensation scheme)';
// "a £1.3bn offer from Deutsche Boerse", "an £8m bid for two players", "takeover offer"
const BID = '(dividend|dividends|interest|coupon|buyback|bid|bids|takeover|offer for|offer of|approach|tender|buyout|fee|fees|fine|fines|settlement|damages|penalty|penalties|severance|redundancy|pension deficit|bill|budget|spending|expense|expenses|cost|costs|charge|charges|revenue|revenues|sales|profit|profits|loss|losses|funding|round|valuation|market|prize|jackpot|ransom|subsidy|grant from|donation)';
// (owners and buyers are lured with a price: "wooed shareholders with a $5bn offer")
const OWNERS_LURED = '{offer|dangle|promise|lure|tempt|entice|woo} (its|the|their|some)? ~{0,2} (shareholders|investors|owners|holders|bondholders|buyers|bidders|sellers|customers|clients|voters|members|fans|creditors|lenders)';

// The staff a wage bill is counted for: "N33.2 billion for 4,617 employees"
const BILLED_STAFF = 'employees|staff|workers|staffers|people|personnel|executives|directors|bosses|ceos|managers';
const NOT_PAY = {
  // "the average national salary for full-time workers, which stands at £35,423", "the national living wage of £10.42": a country's pay
  // (not "us", a pronoun the patterns cannot tell from the country's letters)
  'compensation/national-pay': '(national|nationwide|country\'s|uk|british|american) (average|median|minimum|living)? (salary|salaries|pay|wage|wages|earnings) _{0,10} [value:MONEY]',
  // "TD cut CEO Bharat Masrani's bonus pay for 2023 by C$1 million", "raised the salaries of its analysts by $10,000": the change, no level
  'compensation/changed-by': '{cut|reduce|raise|increase|lift|boost|slash|trim|lower|rise|fall|grow|jump|decrease|dock} _{0,10} by (about|around|nearly|some|almost|roughly|more than)? [value:MONEY]',
  // "kept its dividend policy unchanged, announcing a payout of $31.1 billion … performance-linked dividends": shareholders paid, no pay
  'compensation/dividend': '((dividend|dividends|shareholder|shareholders) ~{0,12} (payout|payouts|pay-out|pay-outs) ~{0,4} [MONEY]|(payout|payouts|pay-out|pay-outs) ~{0,4} [MONEY] ~{0,12} (dividend|dividends|shareholder|shareholders))',
  // "the bank reported that total staff received more than R22 billion": the whole staff's pay together, a wage bill
  'compensation/whole-staff': '(total|all|collective|combined|entire|whole) (staff|employees|workforce|workers|personnel) _{0,3} {receive|earn|get|take home|cost} _{0,3} [value:MONEY]',
  // "the compensation benchmark of ₹3-6 lakh for fresh engineering graduates has remained unchanged": a market's norm, no employer's pay
  'compensation/benchmark': '(benchmark|benchmarks|going rate|market rate|industry average|industry norm|industry standard) (of|for|at|is|was|remains|stands at)? _{0,4} [value:MONEY]',
  // "Peter Ndegwa and the giant telco’s executive directors took home more than Sh500 million", "CEO, board pocket Sh534m":
  // a boss and the board paid together, no one's pay
  'compensation/with-the-board': '(and (the|its|their|other)? _{0,4} (directors|executives|board|officers|managers)|(ceo|chief executive|boss|chairman) , (the)? (board|directors)) ~{0,2} {take home|receive|earn|get|pocket|share|be paid}',
  // "Directors of Kestrel Bank earned Sh400 million", "paid its directors Sh347 million", "a total executive compensation of
  // N1.08 billion to its 12 executives", "its executive compensation was N2.04 billion": a board's or a team's total, no one's
  // pay (not "an average of" or "each")
  'compensation/group-total': '((^|the|its|their) (executive|non-executive|independent)? (directors|board members|executives|executive directors) (of [ORG])? (have|had|were|collectively|together)? {earn|receive|take home|pocket|get|be paid} (a total of|total|combined)? [value:MONEY]|{pay|give|award} (its|their|the) ~{0,2} (directors|executives|executive directors|board|board members|management team) (a total of|total|combined)? [value:MONEY]|[value:MONEY] (to|among|between) (its|their|the) [COUNT]? ~{0,2} (directors|executives|executive directors|board members|top executives)|(executive|directors|directors\'|board|management) (compensation|remuneration|pay|fees|emoluments) (was|were|of|totalled|totaled|totalling|totaling|stood at|came to|amounted to|rose to|fell to) [value:MONEY])',
  // ("overall compensation of VW group's top executive board jumped 27 per cent to 50.3 million euros", "The total compensation for
  // the senior management at DBS Bank increased to S$93.8 million"): a board's or a management's pay together
  // (a grade of the staff is no body: "pay for its entry level staff goes between N90,000 to N110,000 monthly")
  'compensation/of-a-body': '(compensation|pay|remuneration|salaries|emoluments|fees|bonuses) (of|for|to) (the|its|their|[POSS])? (_{0,5} (board|boards|management board|executive board|supervisory board|directors|executives|management|senior management|top management|management team|partners)|(entire|whole|global|total|worldwide|permanent|full-time|own|all)? (staff|employees|workforce)|_{0,2} [COUNT] ~{0,3} (staff|employees|workforce)) _{0,8} [value:MONEY]',
  // ("the average executive salary at overseas manufacturers of a similar scale is around ¥1.5 billion": pay at many employers)
  // ("the average CEO pay for ASX 100 companies was $5.3m": an index's companies, counted)
  'compensation/at-many-employers': '(pay|salary|salaries|wage|wages|compensation|remuneration|bonus|bonuses|package|packages) (at|across|among|in|for) _{0,4} (companies|firms|manufacturers|makers|carmakers|automakers|banks|lenders|employers|peers|rivals|businesses|corporations|startups) _{0,10} [value:MONEY]',
  // ("The 10 highest-paid chief executives earned ₹834 crore between them", "the partners took home £40m together"): a total
  // ("2.5m captains that have collectively earned over $4bn": said before the verb too)
  'compensation/between-them': '([value:MONEY] (between them|among them|together|combined|collectively|in aggregate|between the two|among the three)|(collectively|together|jointly|between them|among them|combined) {earn|receive|make|take home|pocket|get|be paid} (a total of|more than|over|about|around|nearly|some)? [value:MONEY])',
  // "took a near $1 million pay cut", "a pay rise of £2,000": the change, not the pay
  // ("handed its boss a £1m pay rise, taking her salary to £3m": the rise, not the pay)
  'compensation/pay-cut': '([value:MONEY] (pay|salary|wage|bonus|compensation) (cut|cuts|reduction|reductions|drop|rise|rises|raise|raises|increase|increases|hike|hikes|boost|bump|bumps|jump|top-up)|(pay|salary|wage|bonus|compensation) (cut|cuts|reduction|reductions|rise|rises|raise|raises|increase|increases|hike|hikes|bump|bumps) (of|worth) (about|around|nearly|almost|some|more than)? [value:MONEY])',
  // "200 listed companies together paid ₹5,819 crore as remuneration to their CEOs": many employers' total, no one's pay
  'compensation/many-payers': '(companies|firms|banks|lenders|insurers|employers|businesses|corporations|conglomerates) (together|collectively|jointly|combined|between them)? {pay|give|award|hand|spend}',
  // ("GTCO follows with N33.2 billion for 4,617 employees": an amount for a counted staff is their wage bill, no one's pay;
  // "compensation topped ¥100 million for 663 executives": a threshold many passed)
  'compensation/bill-for-staff': `[value:MONEY] (in|on)? ~{0,3} for (its|their|the)? (about|around|roughly|nearly|some|more than|over|its)? [COUNT] ~{0,2} (${BILLED_STAFF})`,
  'compensation/transaction': TRANSACTION,
  'compensation/in-a-deal': IN_A_DEAL,
  'compensation/bid-or-cost': `[value:MONEY] ~{0,2} ${BID}`,
  // "bought $2 million of shares", "sold stock worth $30 million": trading, not pay
  'compensation/trade': '{buy|purchase|sell|acquire|invest|own|hold|offload|dump|snap up} ~{0,3} [value:MONEY] (in|of|worth)?',
  // "received $300m from the sale", "made $2 billion when the company went public", "received stock worth $80m when the
  // company was sold": proceeds, not pay (an award "when the company listed" is still pay)
  'compensation/proceeds': '([value:MONEY] (from|in|through) (the|a|an|its|his|her|their)? ~{0,2} (sale|sales|deal|stake|acquisition|ipo|buyout|flotation|listing|exit|float|takeover)|(made|make|makes|pocketed|received|got) [value:MONEY] (when|after|by selling|from selling|selling)|(received|got|made|pocketed|collected|banked) _{0,4} [value:MONEY] _{0,2} (when|after) ([ORG]|(the|its|their)? ~{0,2} (company|firm|startup|start-up|business|it|they)) (was|were|is)? (sold|acquired|bought|listed|floated|went public))',
  // "is to pay $1m to the ex-finance chief who stepped down", "paid its departing boss £2m": money for one who leaves is severance
  'compensation/to-a-leaver': '([value:MONEY] _{0,8} (to|for) (the|a|an|its|their|his|her)? (ex-|ex|former|departing|outgoing|ousted|sacked|fired|dismissed|retiring)|[value:MONEY] _{0,10} (who|after he|after she|after they) (has|had)? (stepped down|left|quit|resigned|departed|retired|was ousted|was sacked|was fired|was dismissed|were laid off))',
  // "the compensation for 227 (of them) exceeded ¥100 million": a threshold many people passed, no one's pay
  'compensation/for-many': '(compensation|pay|salary|salaries|remuneration|bonuses) (for|of) [COUNT] _{0,6} [value:MONEY]',
  // "agreed to repay bonuses awarded in 2003 totalling $8.6m", "clawed back $2m of pay": pay handed back
  'compensation/clawback': '{repay|give back|hand back|claw back|pay back} _{0,6} [value:MONEY]',
  // "In his previous job, his salary was $2 million": pay from another employer or time
  'compensation/elsewhere': '(previous|prior|old|last|former) (job|role|post|position|employer|company|firm) _{0,8} [value:MONEY]',
  // "agreeing to pay $920 million per month for computing power", "$1.25 billion per month through 2029 to rent all available
  // computing capacity", "paying $4bn a month to SpaceX for infrastructure": a company buying goods or services, not pay
  // (not a person's own services: "was paid £378,000 for his services in 2013" is pay)
  'compensation/for-goods': `([value:MONEY] _{0,5} ((to|for) (rent|renting|lease|leasing|license|licence|licensing|buy|buying|purchase|purchasing|use|using|access|accessing|reserve|reserving)|for ~{0,3} (computing|compute|capacity|cloud|power|electricity|energy|chips|gpus|servers|data|infrastructure|equipment|hardware|software|supplies|goods|materials|fuel)|for ((the|its|their|a|an|our|these|those|such|cloud|it|legal|consulting|advisory|professional|financial|computing|data|hosting) ~{0,1})? services|to [ORG] for)|(agreement|agreements|deal|deals|contract|contracts|arrangement|partnership) with _{0,3} [ORG] _{0,3} ,? (agreeing|agreed|committing|committed) to {pay})`,
  // "pays $50 million a year in rent", "paid $3m in taxes"
  // ("agreed to pay 5.6 billion pounds (US$8.8 billion) in stock to create the UK's largest insurer": a takeover's price)
  'compensation/takeover-price': '[value:MONEY] _{0,8} in (stock|shares|cash|cash and stock|cash and shares|stock and cash) (to (create|buy|acquire|take over|merge with|form)|for [ORG])',
  // ("ordered the operators to pay a total of Tk 23.55 billion in various types of fees and value-added tax": kinds of a cost)
  'compensation/in-costs': '[value:MONEY] ~{0,3} in ((various|several|different|other|many|all) (types|kinds|forms|sorts) of)? (rent|rents|royalties|royalty|tax|taxes|levies|licence fees|license fees|licensing fees|premiums|interest|fees|fines|tuition)',
  'compensation/bid-before': `${BID} ~{0,3} (of|worth|at|was|is|valued at|totalling|totaling)? (up to|about|around|nearly|more than)? [value:MONEY]`,
  // "spent $2 billion on salaries", "set aside $40 million for severance", "$300 million in stock-based compensation expense"
  'compensation/wage-bill': '(({spend|set aside|budget|allocate|record|book|cost|cut}|totals|totalled|totaled|totalling|totaling) _{0,3} [value:MONEY] (on|for|in) ~{0,3} (salaries|wages|pay|compensation|bonuses|severance|payroll)|[value:MONEY] in (stock-based|share-based) compensation|(total|annual|overall) (pay|wage|salary) bill|[value:MONEY] ~{0,2} (pool|pools|pot|pots|kitty)|(bonus|pay|salary|wage) (pool|pools|pot|pots|kitty|bill|bills) _{0,6} [value:MONEY]|{pay out|hand out|dole out} [value:MONEY] (in)? ~{0,2} (bonuses|salaries|wages|pay)|(stock-based|share-based|equity-based) (compensation|pay) (expense|expenses|costs|cost|charge|charges) _{0,4} [value:MONEY]|(stock-based|share-based|equity-based) (compensation|pay) (of|was|were|is|totalled|totaled|totalling|totaling|came to|amounted to|rose to|fell to|jumped to|climbed to|grew to|reached|hit)? (about|around|roughly|nearly|almost|some|more than|over)? [value:MONEY] ($|in|for|during|last|this|a|up|down|compared|versus|against|from)|(compensation|pay|staff|personnel|employee|employment|labour|labor|wage|salary|benefits) (expense|expenses|costs|cost|charges) _{0,6} [value:MONEY])',
  // "paid $40 million in salaries", "$2bn in staff costs": a company's spend on its people (a person who "received $1.68 million in
  // wages" is paid: not a veto of the rules of people earning, EARNED_NOT_PAY)
  'compensation/wage-bill-in': '[value:MONEY] in (salaries|wages|staff costs|personnel costs|employee costs|employee benefits|payroll)',
  // "asked firms to pay up to £350m in compensation", "cap her compensation to about £55,000": redress, an award, damages
  'compensation/redress': '([value:MONEY] in compensation ($|,|to|from|over|after|because|and|under|is|was|were|has|had|will|would|could|after|following|paid|awarded|ordered|agreed|for (the|a|an|his|her|their|its|any)? ~{0,2} (loss|losses|damage|damages|injury|injuries|delay|delays|disruption|harm|distress|suffering|death|deaths|error|errors|mistake|mistakes|failure|failures|breach|breaches|mis-selling|misconduct|abuse|treatment|dismissal|discrimination|cancellation|cancellations|outage|outages|flights|flight))|compensation (to|for) ~{0,3} (victims|investors|customers|claimants|savers|farmers|families|policyholders|consumers|passengers|residents)|(cap|capped|(a|the|his|her|their|its) (claim|claims)|damages|tribunal|redress|victims|settle|settlement|sued|lawsuit) _{0,6} [value:MONEY]|[value:MONEY] _{0,6} (damages|tribunal|court|jury|arbitrator|arbitration))',
  // "the median software engineer earns $130,000", "half of the executives in the survey made": people in general
  // ("The median worker earned…", "most bankers make…" — not "Halvard Robotics' median employee earned…", owned by a company)
  // (not one whose company opens the sentence: "At Costco, the median employee earns $47,312")
  'compensation/in-general': '(^ (~{1,6} ,)?|(in|across|for) ~{0,3}|while|and|but|that|where|whereas) (the|a|an)? (median|average|typical|half|most|many|some) (of the)? ~{0,4} (earns|earned|made|makes|make|paid|receive|received|get|gets|take home) [value:MONEY]',
};

// (one of them too: "the average Kestrel Freight driver earns $28 an hour")
const EARNERS = new RegExp(`^(?:${PEOPLE}|${OCCUPATIONS.map((o) => o.replace(/s$/, 's?')).join('|')})$`);
// People, or taking them on, said in or just before a sentence
const PEOPLE_NEAR = new RegExp(`\\b${PEOPLE}\\b|\\b(?:talent|hires?|recruit\\w*|poach\\w*|\\d+-year-olds?)\\b`, 'i');
/** A word for people paid, as they are said in a sentence ("engineers", "the chief executive", "first-years"). */
export const PEOPLE_WORD = new RegExp(`\\b${PEOPLE}s?\\b`, 'i');

/** The passage's company, for a subject the sentence leaves to it ("the median employee", "The board awarded…"). */
// "a researcher from ", "an ex-", "formerly of ": where a person paid came from
const PAST_EMPLOYER_BEFORE = /(?:\bfrom|\bex-|\bformer|\bformerly (?:of|at|with)|\bpreviously (?:of|at|with)) (?:the )?$|\bex-$/i;
const SPEAKER_AFTER = /^,? (?:which |who |that )?(?:said|says|told|added|argued|warned|noted)\b/;
function topicAsOwn(view: SentenceView, cueAt: number): Picked | null {
  const t = view.topic;
  // (not when the sentence names another company of its own: "…in Divi's Laboratories wherein the CEO's compensation was
  // 80.84 crore while the median employee salary stood at 4.5 lakh" is no news of the passage's company)
  // (a person's past employer is no such company: "…package extended to Ruoming Pang, a top AI researcher from Apple")
  // (nor one named after the amount, nor a speaker: "…a £9.4m pay package, siding with Kestrel Proxy, which said that a £1.9m
  // bonus was too high")
  if (view.actors.some((a) => a.via === 'name' && a.end <= cueAt && a.entity !== t && a.entity.kind === 'organization' && !a.entity.media && !a.entity.investor && !PAST_EMPLOYER_BEFORE.test(view.text.slice(Math.max(view.sentence.start, a.start - 40), a.start)) && !personsPast(view, a) && !SPEAKER_AFTER.test(view.text.slice(a.end, a.end + 24)))) return null;
  return t && t.kind === 'organization' && !t.assumed && !t.media && !t.investor ? { entity: t, via: 'anaphor', actor: null } : null;
}
// A sentence opened by the company's own body or the company as "it"
const OWN_BODY_OPENING = /^\W*(?:the (?:board|remuneration committee|compensation committee|company|bank|firm|group|lender|insurer|airline|carrier|retailer)|it|its board)\b/i;

// Verbs of a person being paid, and what may stand between the verb and the amount
// (and a pay people start on: "new hires would start at $15.50 an hour", "graduates start on £32,000")
export const EARN_VERB = '(start at|starts at|started at|start on|starts on|started on|raked in|rakes in|raking in|picked up|picks up|picking up|bagged|bags|netted|nets|pulled in|pulls in|can expect to earn|could expect to earn|expect to earn|can expect to make|earned|earns|earn|earning|receiving|taking home|pocketing|was paid|were paid|is paid|are paid|be paid|been paid|took home|take home|takes home|took a total of|takes a total of|pocketed|collected|received|receives|receive|obtained|obtains|drew|draws|drawing|made|makes|make|got|gets|get|getting|was awarded|were awarded|was granted|were granted|scored|scores|can make|could make|can earn|could earn|can expect|will receive|may receive|will get|is set to receive|is to receive|stands to receive|could receive|was offered|were offered|has been offered|have been offered|had been offered|is being offered|are being offered|was handed|were handed|will be handed|are handed|is handed|be handed|been handed)';
const EARN_HEDGE = '(on average|a total of|total pay of|compensation of|about|around|nearly|more than|just over|just under|over|some|as much as|up to|an extra|an additional|a further|another|(a|an) (median|average|mean) (salary|pay|wage|package)? (of)?|(a|an) (pay)? (raise|rise|increase|hike|bump|boost) (of|worth|to)|((a|an|the)? (tax-free|lucrative|generous|hefty|handsome|bumper|record|multimillion-dollar|multi-million-dollar)? (total|annual|yearly|base|basic|fixed|starting|pay|compensation|remuneration|retention|signing|sign-on|stock|share|equity|one-off|one-time|special|cash|guaranteed|joining)? (total|annual|yearly|base|basic|fixed|pay|compensation|remuneration|retention|signing|sign-on|stock|share|equity|special|cash)? (package|packages|award|awards|salary|wage|bonus|grant|grants|pay|compensation|remuneration|shares|stock|stocks|options|stock options|share options|restricted stock|restricted shares|restricted stock units|stock units|performance shares|rsus|equity|stock appreciation rights|share appreciation rights|phantom shares) (worth|valued at|of|totalling|totaling|totalled|totaled) (about|around|nearly|more than|some|as much as|up to|an average of)?))?';

// A person's pay by what they hold rather than a verb of earning: "…, with a package worth £10.6m", "…, whose remuneration was
// £9,951,000", "…, had a pay package of $12m" (a pay noun is required: "had $2m in savings" is no pay)
const HOLDS_PAY = '((had|has|with) (a|an|his|her)? (total|annual|yearly|overall|base|basic)? (pay|compensation|remuneration|salary|bonus)? (package|packages|pay|salary|remuneration|compensation|earnings) (worth|valued at|of|totalling|totaling|totalled|totaled)|whose (total|annual|yearly|overall|base|basic)? (pay|compensation|remuneration|salary|pay package|package|earnings) (was|were|came to|stood at|amounted to|totalled|totaled|rose to|jumped to|increased to|grew to|climbed to|reached))';

// A change by a share or an amount on the way to a figure: "rose 12% to", "fell by 8 per cent to", "jumped £1.2m to"
// ("rose 25 per cent last year, to $246,804": the change and its time before the level)
// A sentence that speaks of pay: what makes an amount in brackets after a chief's name the chief's pay
const PAY_TALK = /\b(?:remuneration|compensation|pay|paid|salary|salaries|earned|earnings|package)\b/i;
const CHANGED_BY = '{rise|fall|jump|climb|increase|decrease|grow|drop|decline|surge|soar|slip|dip|slide|leap|plunge|tumble} (by)? (about|around|nearly|some|almost|more than|over|roughly)? _{1,7} to';

/** Staff paid, in a sentence that names no company, in a passage about a company's pay: "US-based analysts will receive an extra $10,000" (./extract.ts). */
// A frame of report before the people paid: "It is understood …", "The report also said …", "The bank said …"
// ("Business reports, which were made public Friday, showed Shin received…": past an aside on the report)
const REPORT_FRAME = 'it is (understood|thought|believed|reported|expected) (that)?|_{1,4} (, _{1,14} ,)? (said|says|showed|shows|revealed|noted|added|confirmed|announced) (that)?';
// (after a frame of report: "It is understood US-based analysts will receive…", "The bank said associates will get…")
// (people of a rank on a pay scale: "Those at the more senior associate rank will receive a boost to $150,000")
export const PEOPLE_EARN = `(^ (${REPORT_FRAME})?|, (while|and|but|whereas|with)|;) ((the|its|their|our|all|[COUNT])? ~{0,3} ${PEOPLE}|those (at|in|on) (the)? ~{0,4} (rank|level|grade|band|tier)) (, _{1,14} ,)? ~{0,3} ${EARN_VERB} ${EARN_HEDGE} [value:MONEY]`;

/** A person paid, in a sentence that names no company: "Chief executive Jane Roe received $162 million", "She took home £3.9m" (./extract.ts). */
export const PERSON_EARNS = `^ (_{1,3} ,|${REPORT_FRAME})? (the|its|their|our)? ~{0,5} ([PERSON]|he|she) (, _{1,30} ,)? ~{0,3} ${EARN_VERB} ${EARN_HEDGE} [value:MONEY]`;

/** People's pay by their work's possessive, in a passage about pay at one company: "First-year captains' hourly wages will be $146 an hour" (./extract.ts). */
export const PEOPLES_PAY = `^ (the|its|their)? ~{0,2} ${PEOPLE} (') (hourly|annual|starting|base|basic|monthly|yearly|new)? (pay|wages|wage|salary|salaries|pay rate|pay rates) (will be|would be|are|is|were|was|will rise to|rose to|rise to|will increase to|increased to|will go up to|jump to|jumped to|will jump to) (about|around|nearly|up to|more than|at least)? [value:MONEY]`;

/** A person's pay by a possessive, in a sentence that names no company: "In 2022-23, his total remuneration was around ₹16.32 crore" (./extract.ts). */
// ("His guaranteed and variable pay amounted to R37.58m", "his total remuneration including incentives amounted to R49.4m": words
// that qualify the pay before its noun, and a short phrase after it)
export const HIS_PAY = `(his|her) ~{0,3} (pay|salary|remuneration|compensation|pay package|package|earnings) ~{0,3} (${CHANGED_BY}|was|were|is|rose to|grew to|fell to|increased to|jumped to|came to|comes to|stood at|stands at|amounted to|amounts to|totalled|totaled|totals|of) (about|around|nearly|some|roughly|more than|over|an estimated)? [value:MONEY]`;

// A heading that says a list is about pay: "The highest-paid CEOs of 2023", "Top earners", "CEO pay ranking"
export const PAY_HEADING = /\b(?:paid|pay|compensation|salar(?:y|ies)|remuneration|earners?|earnings|bonus(?:es)?|pay packages?)\b/i;
// (a ranking of players, actors or influencers is of what they earn from clubs, films and fans, not of what an employer pays)
export const NOT_EMPLOYEES = /\b(?:players?|athletes?|footballers?|sports?(?:men|women|people|stars)?|stars?|celebrit(?:y|ies)|actors?|actresses|musicians?|singers?|youtubers?|influencers?|creators?|streamers?|authors?|drivers?|golfers?|boxers?)\b/i;
const ROW_SHAPE = /^\s*(?:\d{1,3}[.)]?\s+|[-•*]\s*)?[^.!?]{0,120}\d/;

// A rate per period: what one person is paid ("₹1.5 crore per annum", "$90,000 a year")
// Packages and offers that are not pay
const OTHER_PACKAGE = '(rescue|aid|stimulus|bailout|financing|funding|support|relief|tax|spending|investment|sponsorship|broadcast|broadcasting|tv|television|media|rights|transfer|loan|debt|takeover|merger|buyout|bid|peace|trade|share|cash|cash-and-share|cash-and-stock|all-cash|all-share|all-stock) (package|packages|deal|deals|offer|offers|contract|contracts)';
const PER_PERSON_RATE = new Set(['year', 'month', 'week', 'day', 'hour']);

// A table's column of employers, and of the people paid: "| Name | Company | 2023 pay |"
const EMPLOYER_COLUMN = /^\s*(?:company|companies|firm|employer|organi[sz]ation|business|corporation|bank|group|issuer)\s*$/i;
const PERSON_COLUMN = /^\s*(?:name|names|executive|executives|ceo|ceos|chief executive|boss|person|director|officer|leader)\s*$/i;

const pickedActor = (view: SentenceView, cueAt: number) => pickSubject(view, cueAt, { allowSlot: /\b(?:of|at) $/ })?.actor ?? undefined;

/** For a pay table row: the employer in its company column; null when the row names only people paid. */
// ("Lidl pays £10.90 an hour … Asda pays staff £10.10 outside London": an hourly rate said once for a passage of them)
// (or a starting or minimum wage, said in dollars or pounds under 100: "increased its starting pay to $12", "Starting pay could be anywhere
// from $12 to $15")
const HOURLY_PASSAGE = /\b(?:per hour|an hour|hourly|(?:starting|minimum|entry-level) (?:pay|wages?|rate))\b/i;
/** A small amount with no period of its own in a passage of hourly rates is one more hourly rate. */
export function hourlyInPassage(view: SentenceView, q: { amount: number | null; min: number | null; max: number | null; per?: string; start: number }): boolean {
  const n = q.amount ?? q.max ?? q.min ?? 0;
  return !q.per && n >= 5 && n < 200 && HOURLY_PASSAGE.test(view.text.slice(Math.max(0, view.sentence.start - 800), q.start));
}

function employerInRow(view: SentenceView, cueAt: number, picked: SentenceView['actors'][number] | undefined): Partial<RawClaim> | null {
  const inRow = view.actors.filter((a) => a.start < cueAt);
  const employer = inRow.find((a) => EMPLOYER_COLUMN.test(columnOf(view, a.start) ?? ''));
  if (employer) return employer.entity === picked?.entity ? {} : { subject: employer.entity, subjectVia: employer.via };
  // ("| Corwin Pask | $48.2m |" under "Name": a person, not the employer)
  return picked && PERSON_COLUMN.test(columnOf(view, picked.start) ?? '') ? null : {};
}

/** A person named in the sentence, or people said in it or just before it: offers and packages made to them. */
const peopleSaid = (_m: unknown, view: SentenceView): Partial<RawClaim> | null =>
  view.names.some((n) => n.kind === 'person') || PEOPLE_NEAR.test(view.text.slice(Math.max(0, view.sentence.start - 300), view.sentence.end)) ? {} : null;

const RANKED_POST = '(chairman|chairwoman|chair|ceo|chief executive|president|boss|head|md|managing director|director|founder|co-founder|executive)';
const ORDINAL = '(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|runner-up|no\\. [COUNT]|number [COUNT])';

// An amount for a counted staff in the sentence: a wage bill ("N33.2 billion for 4,617 employees")
const BILL_IN_SENTENCE = new RegExp(`\\bfor (?:its |their |the )?(?:about |around |roughly |nearly |some |more than |over )?\\d[\\d,]* (?:[a-z-]+ ){0,2}(?:${BILLED_STAFF})\\b`);

/** The sentence, or the passage before it, is about pay ("the highest-paid CEOs", "executive compensation", "came third in earnings"). */
function aboutPay(view: SentenceView): boolean {
  const before = view.text.slice(Math.max(0, view.sentence.start - 1500), view.sentence.end);
  return /\b(?:highest-paid|best-paid|top-paid|highest paid|best paid|pay packages?|compensation|remuneration|salar(?:y|ies)|(?:top |highest )?earners|(?:in|by) (?:total )?earnings|job offers?|(?:highest|top|domestic|international) (?:offers?|packages?))\b/i.test(before) || PAY_WORD.test(before);
}
// "pay", not the last word of a name ("Montreal's Orrin Pay led", a payments company)
const PAY_WORD = /\bpay\b|(?<![A-Z][\w&'’.-]* )\bPay\b/;

/** The line at `at` sits in a ranked list (short lines with amounts) under a heading about pay: that heading. */
export function underPayHeadingAt(view: SentenceView, at: number): string | null {
  const from = Math.max(0, at - 2000);
  // (the line's own start is not read: no line before it in reach, or no pay word in the lines
  // before it, is no heading — asked for most sentences, and most articles have neither)
  const lineStart = at > 0 ? view.text.lastIndexOf('\n', at - 1) : -1;
  if (lineStart < from || !PAY_HEADING.test(view.text.slice(from, lineStart))) return null;
  // (the first piece is the line's own start: a bullet or a rank)
  const before = view.text.slice(from, at).split('\n').reverse().slice(1);
  let seen = 0;
  let rowsSeen = 0;
  let intro = false;
  let rows = 0;
  for (const line of before) {
    const t = line.trim();
    if (!t) continue;
    // (a long ranking's rows go by uncounted: "20. …" down to "1. …" under one heading)
    const words = t.split(/\s+/).length;
    if (words > 12 || !ROW_SHAPE.test(t) ? ++seen > 15 : ++rowsSeen > 60) return null;
    if (words <= 12 && PAY_HEADING.test(t)) return t;
    // (the list's other rows go by; one paragraph may introduce the list — "Chief executives saw their
    // pay climb again, an analysis found." — and says what it ranks, or lets the heading above say it)
    // (a list whose rows each have a paragraph under them — "Kennedy Uzoka (UBA) – N143 million" then a
    // paragraph on him — goes on past those paragraphs while rows of its shape keep coming)
    if (words > 12 || !ROW_SHAPE.test(t)) {
      if (intro && rows === 0) return null;
      if (PAY_HEADING.test(t)) return t;
      intro = true;
    } else rows++;
  }
  return null;
}
const underPayHeading = (view: SentenceView): boolean => {
  const heading = underPayHeadingAt(view, view.sentence.start);
  return heading !== null && !NOT_EMPLOYEES.test(heading);
};

// For a person who earns or receives: "received $63.2 million in compensation last year" and "was awarded
// $14 million in stock" are pay; redress is still money "in compensation for" a loss, or from a tribunal
const { 'compensation/redress': _redress, 'compensation/wage-bill-in': _wageBillIn, ...NOT_PAY_BUT_REDRESS } = NOT_PAY;
export const EARNED_NOT_PAY: Record<string, string> = {
  ...NOT_PAY_BUT_REDRESS,
  'compensation/redress-to-a-person':
    // ("received CHF14.2 million in compensation for 2017": compensation for a year is pay; for a loss, redress)
    '([value:MONEY] in compensation (to|from _{1,6} (after|over|because|for|when)|over|after|because|for (the|a|an|his|her|their|its|any)? ~{0,2} (loss|losses|damage|damages|injury|injuries|delay|delays|disruption|harm|distress|suffering|death|deaths|error|errors|mistake|mistakes|failure|failures|breach|breaches|mis-selling|misconduct|abuse|treatment|dismissal|discrimination|cancellation|cancellations|outage|outages|flights|flight))|compensation (to|for) ~{0,3} (victims|investors|customers|claimants|savers|farmers|families|policyholders|consumers|passengers|residents)|(cap|capped|claim|claims|claimed|damages|tribunal|redress|victims|settle|settlement|sued|lawsuit|court|jury) _{0,6} [value:MONEY]|[value:MONEY] _{0,6} (damages|tribunal|court|jury|judge|arbitrator|arbitration|settlement|lawsuit))',
  // ("Employees were offered $5,000 to leave": a buyout, not pay)
  'compensation/paid-to-leave': '[value:MONEY] (each)? to (leave|quit|resign|retire|go|stay away|walk away)',
  // ("Jane Roe, a nurse, earned $40,000 a year before she founded it": pay from another job)
  'compensation/another-job': '[value:MONEY] _{0,4} (before (he|she|they|joining|founding|starting)|as (a|an) ~{0,3} (at|in|for)|when (he|she|they) (was|were|worked))',
  // ("…employed the wife of a director, and that she earned $1m": the earner is who the new clause names)
  'compensation/another-earner': '(that|and) (he|she|they) ~{0,2} (earned|earns|earn|made|makes|make|received|receives|got|gets|took home|takes home) _{0,3} [value:MONEY]',
};

/** "Hock Tan, the highest-paid CEO in the survey at $162 million, … and Broadcom's share price…": a ranked person, the employer named after (./extract.ts). */
export const PERSON_RANKED = `([PERSON]|[ORG]) , (the)? (highest-paid|best-paid|top-paid|highest-earning|top-earning|best-rewarded|highest-compensated|best-compensated|second-highest-paid|third-highest-paid|lowest-paid) _{0,10} (at|on|with (a|an|total|his|her)? ~{0,2} (package|pay|compensation|salary|earnings|remuneration|haul) (of|worth|valued at|totalling|totaling)?) (about|nearly|more than|some|almost|roughly|around)? [value:MONEY]`;

// "…for his job as Halvard Bhd CEO", "…as the CEO of Halvard Malaysia Bhd": the post the pay was for, at its employer
// A sentence that says someone was paid
const PAY_SAID = /\b(?:paid|received|earned|took home|pocketed|pay|package|salary|remuneration|compensation|bonus)\b/;
const AS_POST_AT = '~{0,5} as ((the|its)? ~{0,3} (of|at) [subject:ORG]|[subject:ORG] (ceo|chief executive|chairman|chairwoman|president|managing director|md|cfo|chief financial officer|chief operating officer|coo|head))';

// A company's own staff named, then "they" of them: "told its new analysts that they"
const STAFF_THEN_THEY = new RegExp(String.raw`\b(?:its|their)\s+(?:[a-z-]+\s+){0,2}(?:${OCCUPATIONS.join('|')}|starters|partners)\b[^.;]{0,30}\bthey$`);

export const RULES: ClaimRule[] = [
  // "Shareholders opposed a £9.4m pay package for chief executive Pascal Soriot", "a £1.9m bonus for the chief executive": pay for
  // the company's own officer, named by the post alone, is the passage company's (not an adviser or a holder named nearby)
  {
    reason: 'compensation/pay-for-officer',
    match: `[value:MONEY] ~{0,2} (${PAY.slice(1, -1)}|package|packages|award|awards) (for|to) (the|its|their|[subject:POSS])? (new|former|outgoing|incoming)? (chief executive|chief executive officer|ceo|boss|chairman|chairwoman|executive chairman|managing director|finance director|chief financial officer|cfo|founder)`,
    confidence: 0.76,
    unless: NOT_PAY,
    pick: { skip: () => true, topic: false, fallback: (view, cueAt) => topicAsOwn(view, cueAt) },
    examples: [['Shareholders of Halvard Pharma revolted. They opposed a £9.4m pay package for chief executive Tom Reyes, siding with advisory group Kestrel Proxy.', 'Halvard Pharma', '£9.4m']],
  },
  // "This was followed by Lu Huayu, chairman at Bank of Ningbo, with CNY2.7 million": a ranking of pay going on, a person, their
  // post at the employer, and "with" the amount
  {
    reason: 'compensation/ranked-person-with',
    // ("In second place was Hajime Kurotsuchi, a founder of taxi firm Daiichi Koutsu, with ¥1.904 billion", "Kenichiro Yoshida,
    // chairman, president, and CEO of Sony Group Corp., with ¥1.888 billion": posts in a list, the employer's trade before it)
    match: `[PERSON] , (the|a|an)? ~{0,3} ${RANKED_POST} (, ${RANKED_POST})? (,? and ${RANKED_POST})? (at|of) ~{0,2} [subject:ORG] , with (about|around|nearly|some|more than|over|just over|just under)? [value:MONEY]`,
    confidence: 0.78,
    unless: NOT_PAY,
    extra: (_m, view) => (aboutPay(view) ? {} : null),
    examples: [
      ['The highest paid was Dana Roe of Tarrow Bank. This was followed by Lu Huayu, chairman at Kestrel Bank, with CNY2.7 million.', 'Kestrel Bank', 'CNY2.7 million'],
      ['Executive pay topped ¥100 million for 663 executives. In second place was Kenji Arai, a founder of taxi firm Orrin Koutsu Co., with ¥1.904 billion.', 'Orrin Koutsu Co.', '¥1.904 billion'],
      ['Executive pay topped ¥100 million for 663 executives. Third place went to Kenji Arai, chairman, president, and CEO of Tarsel Group Corp., with ¥1.888 billion.', 'Tarsel Group Corp.', '¥1.888 billion'],
    ],
  },
  // "raised base salaries for first-year analysts to $110,000", "lifted pay for junior bankers to $100,000",
  // "set salaries for second-year analysts at $125,000"
  {
    reason: 'compensation/raised-pay-to',
    // ("upped NQ pay in London to £75,000", "increased the rates of its newly qualified lawyers in London to £82,000", "bumped junior
    // lawyer rates to £90,000": a grade's word before the pay, a rate of people named, a place the pay is for; "by £11,000 to £65,000":
    // the change before the level)
    match: `{raise|lift|increase|boost|hike|bump|up|set|fix|peg} (its|their|the)? ((base|starting|annual|junior|minimum|hourly|average|entry-level|trainee|graduate|[NAME]) (salaries|salary|pay|wages|wage|compensation|rates|rate)|(salaries|salary|pay|wages|wage|compensation)|(rates|rate|salaries|pay) (for|of) (its|their|the)? ~{0,3} ${OCCUPATION_WORDS}|~{0,2} ${PERSON_NOUN} (rates|rate|pay|salaries)) ((for|of) ~{0,4} ${PEOPLE})? (in _{1,3})? (by _{1,4})? (from (about|around|roughly)? [MONEY])? (to|at) [value:MONEY]`,
    confidence: 0.85,
    // (only an employer sets the pay of its people)
    vouches: true,
    examples: [
      ['Goldman Sachs increased base salaries for first-year analysts to $110,000.', 'Goldman Sachs', '$110,000'],
      ['Quillon Retailing has decided to raise its starting salary for college graduates from 300,000 yen to 330,000 yen from March.', 'Quillon Retailing', '330,000 yen'],
      ['Tarsel Law upped NQ pay in London to £75,000.', 'Tarsel Law', '£75,000'],
      ['Kestrel Legal has increased the rates of its newly qualified (NQ) lawyers in London to £82,000, a rise of 9% from £75,000.', 'Kestrel Legal', '£82,000'],
      ['Orrin LLP bumped junior lawyer rates to £90,000.', 'Orrin LLP', '£90,000'],
    ],
  },
  // "the company pays $150,000 a year", "earn $22 an hour", "offered him $100 million": money paid to someone, per period or to a person
  {
    reason: 'compensation/paid-per-period',
    // ("The board awarded Moss a $5 million bonus": an award to a person named)
    match: `({pay|offer|earn|make|promise|guarantee|give} (him|her|them|each|each of them|[PERSON])?|{award|grant} (him|her|[PERSON]) (a|an)?) (up to|as much as|about|around|more than|at least|nearly|an average of|a minimum of)? [value:MONEY]`,
    confidence: 0.78,
    unless: NOT_PAY,
    // ("The board awarded Moss a $5 million bonus": the company's own board or the company itself opening the sentence)
    pick: { fallback: (view, cueAt) => (OWN_BODY_OPENING.test(view.text.slice(view.sentence.start, cueAt)) ? topicAsOwn(view, cueAt) : null) },
    extra: (m, view) => {
      // "The company is earning about $1.8m an hour", "she earned more than $1m a year": a company
      // that earns makes a profit; only a person named or people counted ("its engineers make…") earn pay here
      if (/^(?:earn|earns|earned|earning|make|makes|made|making)$/.test(m.toks[m.start]!.lower)) {
        let i = m.start - 1;
        while (i >= 0 && /^(?:is|was|are|were|has|have|had|will|would|could|can|also|still|now|reportedly|typically|usually|often|each|all|already)$/.test(m.toks[i]!.lower)) i--;
        const earner = m.toks[i];
        // ("told its new analysts that they would earn $100,000 a year": "they" is the staff just named)
        const staffThey = earner?.lower === 'they' && STAFF_THEN_THEY.test(view.text.slice(view.sentence.start, earner.end).toLowerCase());
        if (!earner || !(earner.kind === 'person' || EARNERS.test(earner.lower) || staffThey)) return null;
      }
      const q = m.slots.value!.q!;
      const toSomeone = /^(?:him|her|them|each)$/.test(m.toks[m.start + 1]?.lower ?? '') || m.toks[m.start + 1]?.kind === 'person';
      return (q.per && ['year', 'hour', 'month', 'week', 'day'].includes(q.per)) || toSomeone || hourlyInPassage(view, q) ? {} : null;
    },
    examples: [
      ['Halvard Robotics pays $150,000 a year for senior welders.', 'Halvard Robotics', '$150,000 a year'],
      ['Meta Platforms offered him $100 million to leave OpenAI.', 'Meta Platforms', '$100 million'],
    ],
  },
  // "| Sony | Hirai Kazuo | ¥2.71 billion |" under a "Compensation" column
  {
    reason: 'compensation/column',
    match: '\\| (about|around|approx|approximately|~)? [value:MONEY]',
    when: (view) => view.sentence.kind === 'table',
    confidence: 0.8,
    extra: (m, view) => (/\b(?:compensation|pay|salary|remuneration|total pay|earnings|package|bonus)\b/i.test(columnOf(view, m.slots.value!.start) ?? '') ? employerInRow(view, m.slots.value!.start, pickedActor(view, m.slots.value!.start)) : null),
    examples: [['| Company | Executive | Compensation |\n|---|---|---|\n| Halvard Robotics | Dana Roe | $9.8 million |', 'Halvard Robotics', '$9.8 million']],
  },
  // "an average pay of more than $20.50 per hour", "offering pay between $17 and $28 per hour", "signing bonuses between $1,000 and $3,000"
  {
    reason: 'compensation/average-pay',
    match: '(average|starting|minimum|hourly|base|typical|median|annual)? (pay|wage|wages|salary|salaries|rate|bonuses|bonus|ctc) (of|between|from|at|averaging|up to)? (more than|about|around|nearly|up to|at least)? [value:MONEY]',
    confidence: 0.8,
    // ("an annual execution rate of £170 million", "an interest rate of": a company's or a market's rate, not pay)
    unless: { ...NOT_PAY, 'compensation/other-rate': '(execution|run|interest|tax|exchange|growth|inflation|conversion|churn|default|mortgage|burn|revenue|sales|spending|usage|subscription|tariff) rate' },
    // (with no preposition only a range that carries its own: "signing bonuses between $1,000 and $3,000" — "pay $5m" is a verb)
    extra: (m) => {
      // ("The company will pay between $1bn and $3bn in stock": "pay" after a modal or "to" is the verb)
      if (/^(?:will|would|to|could|can|may|might|must|should|shall|agreed|did|does|not|also)$/.test(m.toks[m.start - 1]?.lower ?? '')) return null;
      const prev = m.toks[m.toks.indexOf(m.slots.value!) - 1];
      if (prev && /^(?:of|between|from|at|averaging|to|than|about|around|nearly|least)$/.test(prev.lower)) return {};
      // ("Brightline Robotics: average salary $210,000": a pay noun after its adjective is no verb)
      if (/^(?:average|starting|minimum|median|base|typical)$/.test(m.toks[m.start]!.lower) && /^(?:pay|salary|salaries|wage|wages|bonus|bonuses)$/.test(prev?.lower ?? '')) return {};
      // ("salaries north of $1 million": a bound read with the amount stands for the missing preposition)
      return /^(?:between|from|north of|upwards of|in excess of|more than|at least|up to|as much as|as high as)\b/i.test(m.slots.value!.q!.text) ? {} : null;
    },
    examples: [
      ['Amazon is offering an average pay of more than $20.50 per hour.', 'Amazon', 'more than $20.50 per hour'],
      ['Some Kestrel Logistics positions include signing bonuses between $1,000 and $3,000.', 'Kestrel Logistics', 'between $1,000 and $3,000'],
      ['Brightline Robotics: average salary $210,000', 'Brightline Robotics', '$210,000'],
    ],
  },
  // "pays machine-learning engineers between $250,000 and $400,000 a year", "pays its top researchers roughly $1 million a year",
  // "has offered some researchers more than $10 million a year", "paid its chief executive $25 million"
  {
    reason: 'compensation/pays-people',
    match: `([subject:ORG] (had|has|have|also|reportedly|was|is|been|had been|has been)? (also|reportedly)?)? {pay|offer|give|grant|award|promise|provide} (its|their|his|her|our|some|top|senior|new|star|junior|select|each of its)? [COUNT]? ~{0,3} (/)? ([ORG])? (${PEOPLE} (~{0,2} [PERSON])? ((in|at) ~{1,3})?|[PERSON] (, [COUNT] ,)? ((of|from|at) [ORG])?|[COUNT] - (year-old|year-olds)) (, (a|an)? (whopping|staggering|hefty|handsome|massive|princely|total|reported)?)? (salaries of|packages of|packages worth|pay packages worth|pay packages of|offers of|offers worth|contracts worth|an average of|the sum of|a sum of|a total of|bonuses of|as much as|as high as|as big as|as large as|up to|more than|about|nearly|roughly|a minimum of|a minimum|at least|(signing|sign-on|retention|joining)? (bonuses|bonus|packages|package|offers) (as big as|as large as|as high as|of up to|of as much as|worth up to|worth|of)|(a|an)? (total|annual|base|starting|yearly)? ~{0,1} (salaries|salary|packages|package|pay|compensation|bonuses|bonus|offers|contracts) (exceeding|topping|reaching|averaging|of up to|of more than|of as much as|worth up to|worth more than|valued at|between|of|worth)?)? [value:MONEY]`,
    confidence: 0.82,
    unless: NOT_PAY,
    examples: [
      ['Kiteline AI pays machine-learning engineers between $250,000 and $400,000 a year.', 'Kiteline AI', 'between $250,000 and $400,000 a year'],
      ['Halvard Robotics paid its chief executive $25 million in total compensation in 2024.', 'Halvard Robotics', '$25 million'],
      ['Vantor Systems paid Chief Executive Mark Dale $31.4 million in 2023.', 'Vantor Systems', '$31.4 million'],
      ['Tessaly Bank paid its MD/CEO, a whopping N204.9 million as salary last year.', 'Tessaly Bank', 'N204.9 million'],
      ['Halvard Bank pays her staff at entry level the sum of N209,000 per month after confirmation.', 'Halvard Bank', 'N209,000'],
      ['Zentrix AI has offered some engineers packages worth $300 million over four years.', 'Zentrix AI', '$300 million'],
      ['Quillmark Labs is offering machine learning engineers total compensation packages in excess of $1 million.', 'Quillmark Labs', 'in excess of $1 million'],
      ['Zentrix AI offered Dana Roe, 24, a package worth $125 million.', 'Zentrix AI', '$125 million'],
      ['Zentrix AI offered the 24-year-old a package worth $125 million.', 'Zentrix AI', '$125 million'],
      ['Zentrix AI has offered some Orrin Labs staff packages worth $100 million or more.', 'Zentrix AI', '$100 million or more'],
    ],
  },
  // "…much higher than that of Halvard CEO Dana Roe ($84.31 million for 2013-14), Orvane CEO Sam Reyes ($22.41 million)": a chief named
  // with the company's name and the pay in brackets after, where the sentence compares pay
  {
    reason: 'compensation/chief-pay-in-brackets',
    match: `(former)? [subject:ORGNAME] ~{0,2} (ceo|co-ceo|chief executive|chairman|chairwoman|president|cfo|boss|founder|chief) [PERSON] \\( (about|around|nearly|some|over|more than)? [value:MONEY]`,
    confidence: 0.72,
    when: (view) => PAY_TALK.test(view.sentence.text),
    examples: [['Dana Roe’s remuneration was much higher than that of Halvard Soft CEO Sam Reyes ($84.31 million for 2013-14) and Orvane Foods CEO Ana Diaz ($22.41 million).', 'Halvard Soft', '$84.31 million']],
  },
  // "…took home more than ₹82 crore, followed by Murali K Divi of Divi's Laboratories (₹70.49 crore)": a person named with their
  // company after "of" or "at", the pay in brackets, where the sentence ranks or compares pay
  {
    reason: 'compensation/person-of-pay-in-brackets',
    match: `[PERSON] (of|at|from) [subject:ORGNAME] \\( (about|around|nearly|some|over|more than)? [value:MONEY]`,
    confidence: 0.72,
    when: (view) => PAY_TALK.test(view.sentence.text),
    examples: [['The second highest paid head is Sam Reyes of Orvane Labs, who took home ₹82 crore, followed by Dana Roe of Halbrook Pharma (₹70.49 crore).', 'Halbrook Pharma', '₹70.49 crore']],
  },
  // "Starting salaries have risen, with Harrowgate's new recruits in audit receiving £25,000": the company's people and their pay in an
  // absolute phrase after "with"
  {
    reason: 'compensation/with-staff-earning',
    match: `with [subject:POSS] ~{0,3} (${PEOPLE.slice(1, -1)}|recruits|hires|starters|entrants|joiners) ((in|at|on) ~{1,3})? (receiving|earning|getting|taking home|paid|on) (a|an)? (salary of|starting salary of|pay of)? [value:MONEY]`,
    confidence: 0.74,
    unless: EARNED_NOT_PAY,
    examples: [['Starting salaries have also risen, with Harrowgate’s new recruits in audit receiving £25,000.', 'Harrowgate', '£25,000']],
  },
  // "Harrowgate's chief executive was paid £4.2 million", "Steven Schwarzman made $120 million", "Top performers can make US$1 million in salary"
  {
    reason: 'compensation/earned',
    // (the earner may carry an apposition or the employer: "Jane Roe, Halvard's chief executive, received",
    // "The chief executive of Harrowgate Group took home", "Mark Dale, who took over as chief executive of Vantor in 2021, received")
    // ("The chief executive of Switzerland's largest bank UBS received": a place's description before the employer)
    // ("the general manager (CEO) of Novartis, Vasant Narasimhan obtained": the holder's name after a comma, no comma closing it)
    match: `([PERSON]|${PEOPLE}|performers|those) ((of|at) ([NAME] _{1,3}|~{1,3})? [ORG] (, _{1,4} ,|, [PERSON])?|, _{1,14} ,|(who|that) {join|work at|work for} [ORG]|(in|across|based in) [NAME])? ~{0,4} ${EARN_VERB} ${EARN_HEDGE} (a|an)? [value:MONEY] (((in|as|of) ~{0,2})? (by|from) [subject:ORG]|${AS_POST_AT})?`,
    confidence: 0.8,
    unless: EARNED_NOT_PAY,
    // ("Executives who received 1 billion yen or more", "A total of 10 executives received ¥1 billion or
    // more" in a sentence that names no company: a class defined by a threshold is nobody's pay)
    // (only an open bound that says so: "north of $250,000" is one person's pay)
    // ("Kesmolpex’s C. Vijayakumar took home $10.06 mn": a company owning the person by name vouches for it as the employer)
    extra: (m, view) => {
      if (/\b(?:or|and) (?:more|above|higher|over)$/.test(m.slots.value?.q?.text ?? '') && /s$/.test(m.toks[m.start]?.lower ?? '') && (/^(?:who|that)$/.test(m.toks[m.start + 1]?.lower ?? '') || view.actors.every((a) => a.via !== 'name'))) return null;
      const first = m.toks[m.start]!;
      const owned = first.kind === 'person' && view.actors.some((a) => a.via === 'name' && a.possessive && /^['’]s? $/.test(view.text.slice(a.end, first.start)));
      return owned ? { vouched: true } : {};
    },
    pick: { allowSlot: /\b(?:of|at|join|joins|joined|work for|works for|work at|works at) $|\b(?:of|at) [a-z]+['’]s (?:[a-z-]+ ){1,2}$|\b(?:of|at) (?:[a-z-]+ ){1,2}$/ },
    examples: [
      ['Harrowgate’s chief executive was paid £4.2 million last year.', 'Harrowgate', '£4.2 million'],
      ["The chief executive of Switzerland's largest bank UBS received CHF14.2 million in compensation for 2017.", 'UBS', 'CHF14.2 million'],
      ['Blackstone Group, where Steven Schwarzman made $120 million, said returns were strong.', 'Blackstone Group', '$120 million'],
      ['Jane Roe, Halvard Robotics’ chief executive, received $63.2 million in compensation last year.', 'Halvard Robotics', '$63.2 million'],
      ['The chief executive of Harrowgate Group took home £3.9m last year, including a £1.2m bonus.', 'Harrowgate Group', '£3.9m'],
      ['Kestrel Logistics CEO Dana Roe was awarded $14 million in stock.', 'Kestrel Logistics', '$14 million'],
      ['Engineers who join Orrery Bio receive equity grants worth as much as $4 million.', 'Orrery Bio', 'as much as $4 million'],
      ['Dana Roe of Brightline Group, for instance, was paid £263m in the year to March.', 'Brightline Group', '£263m'],
      ['Dana Roe will also get a one-time signing bonus of $1 million from Kestrel Labs.', 'Kestrel Labs', '$1 million'],
      ['At Halvard Bank, associates will be handed a raise of $25,000.', 'Halvard Bank', '$25,000'],
      ['Junior Halvard Bank staff in Singapore will also get $1,000 each.', 'Halvard Bank', '$1,000 each'],
      ['Their peers at Corvid Legal will receive £107,500, a boost of 19 per cent.', 'Corvid Legal', '£107,500'],
      ['Engineers at Halvard Labs earn $560,000 a year, while those at Kestrel AI make about $450,000.', 'Kestrel AI', 'about $450,000'],
      ['Dana Roe of Halvard Pharma earned CHF13.2 million, while Tom Reyes of crosstown competitor Kestrel Pharma raked in CHF11.9 million.', 'Kestrel Pharma', 'CHF11.9 million'],
    ],
  },
  // (a company poached from named between: before the bare amount's reading, which would take that company)
  // "Meta poaches OpenAI's brightest with $100 mn signing bonuses": the one who poaches pays, not the one poached from
  {
    reason: 'compensation/poaches-with-pay',
    match: `[subject:ORG] (has|have|had|is|was|reportedly|also)? {lure|woo|poach|tempt|entice|recruit|court} (away)? _{0,3} ([POSS]|[ORG]) _{0,3} with (a|an)? (reported|reportedly)? [value:MONEY] -? (pay|job|compensation|signing|sign-on|joining|retention)? (offer|offers|bonus|bonuses|package|packages|salary|salaries|deal|deals|contract|contracts)`,
    confidence: 0.8,
    unless: { ...NOT_PAY, 'compensation/owners-lured': OWNERS_LURED },
    examples: [['Zentrix AI poaches Quillmark’s brightest with $100 mn signing bonuses', 'Zentrix AI', '$100 mn']],
  },
  // "seven-figure salaries", "$100 million pay packages", "a $1.5 million retention bonus", "an eight-figure package"
  // "Ruoming Pang … will join Meta's new superintelligence team for a compensation package worth millions of dollars per
  // year": the company joined pays (not the one the person comes from, named before)
  {
    reason: 'compensation/join-for-package',
    match: `{join} (the)? ([subject:POSS] (')?|[subject:ORG]) _{0,6} (for|with|on) (a|an)? ~{0,3} (pay|compensation|remuneration|salary|salaries|pay package|package|deal|offer) (package|packages|deal)? (worth|of|valued at|totalling|totaling) (up to|as much as|more than|nearly|about|around|roughly|an estimated)? [value:MONEY]`,
    confidence: 0.86,
    unless: NOT_PAY,
    examples: [["Ruoming Pang, who led Orrin's models team, will join Zentrix AI's new superintelligence team for a compensation package worth millions of dollars per year.", 'Zentrix AI', 'millions of dollars per year']],
  },
  {
    reason: 'compensation/amount-pay',
    // (and the person it is for, by their company: "a $45 million pay deal for Pyxis AI chief Tom Reyes", "… for Pyxis AI's Tom Reyes")
    match: `[value:MONEY] -? ([subject:ORG])? (plus)? (in)? (total|annual|yearly|base|signing|sign-on|joining|retention|stock|equity|cash|starting|one-time|one-off|special|performance|incentive|\\w+-year)? ((pay|compensation|remuneration|retention|salary|bonus) (package|packages|deal)|pay|salary|salaries|compensation|bonus|bonuses|wage|wages|stock award|stock awards|equity grant|equity grants|golden hello|golden handshake|retention (award|awards|grant|grants)) ((for|to) ([subject:POSS] (')?|[subject:ORGNAME]) (chief executive|chief|ceo|boss|chairman|chairwoman|founder|head|cfo|president)? [PERSON])?`,
    confidence: 0.85,
    unless: NOT_PAY,
    examples: [
      ['Zentrix AI is paying seven-figure salaries to its senior engineers.', 'Zentrix AI', 'seven-figure'],
      ['Tidewater AI gave each of its early employees a $1.5 million retention bonus.', 'Tidewater AI', '$1.5 million'],
      ['Orrery Bio offers new hires a $25,000 sign-on bonus.', 'Orrery Bio', '$25,000'],
      ['Dana Roe swapped his £295,000 Halvard Bank salary for a bigger package.', 'Halvard Bank', '£295,000'],
      ['Shareholders approved a $45 million pay deal for Orvale Systems chief Tom Reyes.', 'Orvale Systems', '$45 million'],
    ],
  },
  // "…received $16.2 million, while Kestrel Trust's Gail Kelly took home $9.2 million, Orvale Bank's Mike Smith $10.9 million and
  // Tarsel's Cameron Clyne $8.1 million", "…followed by Vantor's Mark Dale on $11.5 million": a list of people's pay, the verb said once
  {
    reason: 'compensation/pay-list-ellipsis',
    match: `(, (and)?|and|while|followed by|ahead of) [subject:POSS] (chief executive|ceo|boss|chief|chairman|chairwoman)? [PERSON] (on|with|at)? (about|around|nearly|more than|some|almost|roughly|just over|just under)? [value:MONEY]`,
    confidence: 0.76,
    unless: NOT_PAY,
    when: (view) => PAY_SAID.test(view.lower),
    examples: [
      ["Halvard Bank chief Ralph Norris received $16.2 million, while Kestrel Trust's Gail Kelly took home $9.2 million, Orvale Bank's Mike Smith $10.9 million and Tarsel Bank's Cameron Clyne $8.1 million.", 'Orvale Bank', '$10.9 million'],
      ["The chief executive of Quillon Foods, Jane Park, was paid $14.2 million, followed by Vantor's Mark Dale on $11.5 million.", 'Vantor', '$11.5 million'],
    ],
  },
  // "At number two is Dana Roe, the highly-regarded boss of defence firm Halvard, on £10.7 million": a pay ranking's entry, the person
  // described by the post they hold at the company, "on" their pay
  {
    reason: 'compensation/boss-of-on',
    match: `[PERSON] , (the|its)? ~{0,3} (boss|chief executive|ceo|chief|head|chairman|chairwoman|chair|founder|finance director|chief financial officer|cfo|managing director) (of|at) ~{0,3} [subject:ORG] , (who is|is)? on (a|an)? (total|annual|yearly)? (package|pay|salary|pay package)? (of|worth)? (about|around|nearly|more than|over|some|almost|roughly)? [value:MONEY]`,
    confidence: 0.8,
    unless: NOT_PAY,
    examples: [['At number two is Dana Roe, the highly-regarded boss of defence firm Halvard Defence, on £10.7 million.', 'Halvard Defence', '£10.7 million']],
  },
  // "…earned RM168 million as Halvard Bhd CEO, and another RM80.61 million as the CEO of Halvard Malaysia Bhd": a second amount
  // of the same earner, its verb left out, for a post at another employer
  {
    reason: 'compensation/another-as-post',
    match: `(and|plus|with) (another|a further) [value:MONEY] ${AS_POST_AT}`,
    confidence: 0.76,
    unless: NOT_PAY,
    examples: [['Dana Roe earned RM168 million for his job as Halvard Bhd CEO, and another RM80.61 million as the CEO of Halvard Malaysia Bhd.', 'Halvard Malaysia Bhd', 'RM80.61 million']],
  },
  // "RBS chief executive Stephen Hester’s £7.7m payout", "his £4m package": what a person's own amount is
  {
    reason: 'compensation/persons-payout',
    match: "([PERSON] ('s|')|his|her) (total|annual|yearly|bonus|pay|reported)? [value:MONEY] -? (payout|payouts|pay-out|pay-outs|package|packages|pay deal|haul)",
    confidence: 0.78,
    unless: NOT_PAY,
    examples: [['The payout dwarfs Kestrel Bank chief executive Tom Reyes’s £7.7m payout.', 'Kestrel Bank', '£7.7m']],
  },
  // "offered Dana Roe of Quillmark Labs a $100 million package": a package offered to a person named with their employer
  {
    reason: 'compensation/offered-person-package',
    // (the one offering named: the person's own employer is named right before the amount)
    match: `[subject:ORG] (has|have|had|is|was)? (also|reportedly|now)? {offer|promise|dangle|give} [PERSON] ((of|from|at) [ORG])? (a|an) (reported|reportedly)? [value:MONEY] -? (pay|compensation|salary|signing|retention|job)? (package|packages|offer|deal|contract)`,
    confidence: 0.8,
    unless: NOT_PAY,
    examples: [['Zentrix AI has reportedly offered Dana Roe of Quillmark Labs a $100 million package to switch.', 'Zentrix AI', '$100 million']],
  },
  // "a $5,000 ratification bonus", "a £500 Christmas bonus": a bonus of any kind
  {
    reason: 'compensation/amount-bonus',
    match: '[value:MONEY] ~{0,1} (bonus|bonuses)',
    confidence: 0.8,
    unless: NOT_PAY,
    examples: [['Kestrel Logistics has agreed a $5,000 ratification bonus with its drivers.', 'Kestrel Logistics', '$5,000']],
  },
  // "offering seven-figure packages", "lured its CTO with an eight-figure package", "dangled $300m contracts":
  // packages offered to people (a bare "$2.5 trillion package" is a budget)
  {
    reason: 'compensation/offered-package',
    // ("handing out $10 million packages")
    match: `(({offer|dangle|promise|lure|tempt|entice} (~{0,2} [COUNT])? ~{0,6}|{hand} out ~{0,3}) [value:MONEY] -? (pay|compensation)? (package|packages|deal|deals|contract|contracts)|{lure|woo|poach} ~{0,6} [value:MONEY] -? (pay|job|compensation)? (offer|offers))`,
    confidence: 0.8,
    // (owners and buyers are lured with a price: "wooed shareholders with a $5bn offer")
    unless: { ...NOT_PAY, 'compensation/owners-lured': OWNERS_LURED },
    examples: [
      ['Brightline Robotics lured him with a $40 million deal.', 'Brightline Robotics', '$40 million'],
      ['Zentrix AI lures prodigy with $250 million offer', 'Zentrix AI', '$250 million'],
      ['Zentrix AI is handing out $10 million packages to poach talent from Corvane Labs.', 'Zentrix AI', '$10 million'],
    ],
  },
  // "offered nearly $2 million in an ultimately unsuccessful attempt to lure a prime brokerage executive", "hired him away
  // by giving him a guaranteed two-year deal valued at about $6 million": money offered to win a person over is pay
  {
    reason: 'compensation/offered-to-lure',
    match: `({offer|dangle|promise} (him|her|them)? (up to|about|around|nearly|more than|as much as|at least)? [value:MONEY] _{0,8} (to|attempt to|bid to|effort to|order to) {lure|poach|hire|recruit|woo|tempt|entice|attract|win over|sign}|{give|offer|guarantee|hand} (him|her|them) (a|an)? _{0,4} (deal|package|contract|salary|pay package) (valued at|worth|of) (about|around|nearly|more than|some|roughly)? [value:MONEY])`,
    confidence: 0.75,
    unless: { ...NOT_PAY, 'compensation/owners-lured': OWNERS_LURED },
    examples: [
      ['Earlier this year, Halvard Bank reportedly offered nearly $2 million in an ultimately unsuccessful attempt to lure a prime brokerage executive away from Kestrel Bank.', 'Halvard Bank', 'nearly $2 million'],
      ['Halvard Bank recently hired top bond salesman Dana Roe away from Kestrel Bank by giving him a guaranteed two-year deal valued at about $6 million the first year.', 'Halvard Bank', 'about $6 million'],
    ],
  },
  {
    reason: 'compensation/n-figure-package',
    match: '[value:MONEY] (pay|compensation)? (package|packages)',
    confidence: 0.78,
    unless: NOT_PAY,
    extra: (m) => (m.slots.value!.q!.rule?.includes('figure') ? {} : null),
    examples: [['Copperleaf AI: seven-figure packages for its top hires', 'Copperleaf AI', 'seven-figure']],
  },
  // "offering up to $1 million to researchers", "$100 million offers to OpenAI engineers", "dangled $300 million before top scientists"
  {
    reason: 'compensation/offer-to-people',
    // (paying people is what only an employer does: "at Tibkesnal, Zorminbral and others, which also now pay about $100,000 to new
    // starters" vouches for names nothing else types)
    vouches: true,
    match: `({offer|dangle|promise|pay|give} (up to|as much as|more than|about|nearly|at least|a total of|the sum of|a sum of)? [value:MONEY]|{offer|dangle|promise} (a|an) ~{0,2} (package|salary|bonus) (of|worth|valued at) (up to|as much as|more than|about|nearly|at least)? [value:MONEY]|[value:MONEY] (pay|compensation|job|employment|signing)? (offer|offers)) ~{0,3} (to|for|before) _{0,4} ${PEOPLE}`,
    confidence: 0.8,
    unless: NOT_PAY,
    examples: [
      ['Meta has made $100 million offers to OpenAI researchers, Sam Altman said.', 'Meta', '$100 million'],
      ['Halvard Robotics offered a package of Rs 1.2 crore per annum to new graduates this year.', 'Halvard Robotics', 'Rs 1.2 crore per annum'],
      ['The figures show that Corvel Bank paid a total of N224 million to its highest paid director.', 'Corvel Bank', 'N224 million'],
    ],
  },
  // "The highest package was ₹1.5 crore per annum, offered by Halvard Robotics", "a salary of $90,000 a year paid by Kestrel": the payer after "by"
  // (only a rate is pay: "a stimulus package of $2 billion, offered by X", "the pay deal of $3 billion offered by X" are totals)
  {
    reason: 'compensation/offered-by',
    match: `(package|packages|salary|salaries|pay|bonus|bonuses|stipend|compensation|wage|wages) _{0,6} [value:MONEY] ,? (offered|paid|given|awarded|granted) by [subject:ORG]`,
    confidence: 0.78,
    unless: NOT_PAY,
    extra: (m) => (m.slots.value!.q?.per && PER_PERSON_RATE.has(m.slots.value!.q.per) ? {} : null),
    examples: [['The highest package at the placement drive was ₹1.5 crore per annum, offered by Halvard Robotics.', 'Halvard Robotics', '₹1.5 crore per annum']],
  },
  // "Pay packages of up to $1 billion were offered by Zentrix AI", "signing bonuses of $50,000 paid by Kestrel": a word of pay needs no rate
  {
    reason: 'compensation/pay-offered-by',
    // (not "compensation of $30 million was paid by X to victims": redress)
    match: `(pay package|pay packages|compensation package|compensation packages|salary|salaries|wage|wages|bonus|bonuses|stock award|stock awards|equity grant|equity grants|retention award|retention awards|signing bonus|signing bonuses|sign-on bonus|sign-on bonuses|retention bonus|retention bonuses) (of|worth|valued at|totalling|totaling)? (up to|as much as|more than|about|nearly|at least|some|roughly)? [value:MONEY] ~{0,3} ,? (were|was|are|is|have been|has been|had been|being)? (offered|paid|given|awarded|granted|dangled) by [subject:ORG]`,
    confidence: 0.78,
    unless: NOT_PAY,
    examples: [['Pay packages of up to $1 billion were offered by Zentrix AI to a handful of researchers.', 'Zentrix AI', 'up to $1 billion']],
  },

  // "Dana Roe is leaving Halvard to join Zentrix AI, lured by a compensation package reportedly worth $20 million annually"
  {
    reason: 'compensation/lured-by-package',
    match: `(join|joining|joined|to join|for|to) [subject:ORG] ,? (after being|having been|after he was|after she was)? {lure|tempt|entice|woo|attract|persuade} (by|with) (a|an|the)? ~{0,3} (package|packages|offer|offers|pay|salary|deal|contract|bonus) (reportedly|said to be)? (worth|valued at|of|totalling|totaling) (up to|as much as|more than|nearly|about|around|roughly|some)? [value:MONEY]`,
    confidence: 0.78,
    unless: NOT_PAY,
    examples: [['Dana Roe is departing Halvard to join Zentrix AI, lured by a compensation package reportedly worth $20 million annually.', 'Zentrix AI', '$20 million annually']],
  },
  // "poached the engineer with an offer of $20 million", "lured him with a package worth $50 million"
  {
    reason: 'compensation/lured-with',
    match: `{lure|poach|woo|tempt|entice|recruit|court} (away)? ((him|her|them|([POSS])? [PERSON])|(the|a|an|its|their|top|some|dozens of|several)? ([POSS] (')?)? ~{0,3} (${PEOPLE}|${ONE}) (~{0,5} [PERSON] (,)?)?) _{0,4} with (a|an)? ~{0,3} (offer|offers|package|packages|pay|salary|salaries|bonus|bonuses|deal) (of|worth|valued at|totalling|totaling) (up to|as much as|more than|nearly|about|around|roughly)? [value:MONEY]`,
    confidence: 0.8,
    // ("an offer of" is a bid only when made for a company)
    unless: (({ 'compensation/bid-before': _bid, ...rest }) => rest)(NOT_PAY),
    examples: [
      ['Brightline Robotics poached the engineer with an offer of $20 million over four years.', 'Brightline Robotics', '$20 million'],
      ['Brightline Robotics poached Quenby’s head of foundation models, Dana Roe, with a package worth more than $200 million.', 'Brightline Robotics', 'more than $200 million'],
    ],
  },
  // "paid more than $200 million to lure Dana Roe", "spent $1 million a head to poach engineers": money a company
  // spends on people it takes on
  {
    reason: 'compensation/paid-to-lure',
    match: `{pay|spend|offer|shell out} (him|her|them)? (up to|as much as|more than|nearly|about|around|roughly|some|at least)? [value:MONEY] (a head|each|apiece|per person)? (in pay|in compensation|in salary|in bonuses)? to {lure|poach|hire|recruit|woo|retain|keep|tempt|entice|attract} (away)? (him|her|them|([POSS])? [PERSON]|(the|its|their|top|some|star|senior|[POSS])? ~{0,3} (${PEOPLE}|${ONE}))`,
    confidence: 0.78,
    unless: NOT_PAY,
    examples: [
      ['Zentrix AI paid more than $200 million to lure Dana Roe, according to people familiar with the matter.', 'Zentrix AI', 'more than $200 million'],
      ['Orrin Labs spent $1 million a head to poach engineers from rivals.', 'Orrin Labs', '$1 million a head'],
    ],
  },
  // "Orrin Labs' starting salaries for new graduates are now $185,000", "pay for first-year associates is £150,000": pay
  // of people, then what it is
  {
    reason: 'compensation/pay-for-people-is',
    match: `(average|starting|base|basic|annual|median|entry-level|typical|total|minimum)? (salary|salaries|pay|wages|wage|compensation|bonus|bonuses|pay packages|packages) (for|of) ~{0,4} ${PEOPLE} ((at|in) [ORG])? ((is|are|was|were|will be|has been|have been) (now|currently|typically|usually|still)? (at)?|(now|currently|typically|usually|still)? (stand at|stands at|stood at|start at|starts at|started at|sit at|sits at|reached|top|tops|topped|exceed|exceeds|exceeded|goes|go|runs|run|varies|vary)) (about|around|roughly|nearly|more than|over|at least|as much as|up to|from|between)? [value:MONEY]`,
    confidence: 0.78,
    unless: NOT_PAY,
    examples: [
      ["Orrin Labs' starting salaries for new graduates are now $185,000.", 'Orrin Labs', '$185,000'],
      ['At Halvard Legal, pay for first-year associates is £150,000.', 'Halvard Legal', '£150,000'],
      ["Halvard Bank's pay for its entry level staff goes between N90,000 to N110,000 monthly depending on department.", 'Halvard Bank', 'between N90,000 to N110,000'],
    ],
  },
  // "with their salaries raised to £50,000 in year one", "starting pay was increased to $17 an hour": pay that was raised
  {
    reason: 'compensation/pay-raised-to',
    match: `(base|starting|annual|junior|minimum|hourly|average|entry-level|their|its)? (salaries|salary|pay|wages|wage) (was|were|has been|have been|will be|being|is being|are being)? (raised|increased|lifted|boosted|hiked|bumped up|set|pushed up|rising|climbing) (to|at) [value:MONEY]`,
    confidence: 0.78,
    unless: NOT_PAY,
    examples: [['At Halvard Legal, trainees have also benefitted, with their salaries raised to £50,000 in year one.', 'Halvard Legal', '£50,000']],
  },
  // "Mr Reyes will be paid £1m a year plus a pension allowance, Kestrel Bank said": the company that says so pays
  {
    reason: 'compensation/earned-company-said',
    match: `^ (~{1,5} ,)? ((mr|mrs|ms|miss|dr|sir|dame)? [PERSON]|(the|its|their)? ~{0,2} ${PEOPLE}) ~{0,3} ${EARN_VERB} ${EARN_HEDGE} (a|an)? [value:MONEY] _{0,14} , [subject:ORG] (said|says|announced|confirmed|added)`,
    confidence: 0.76,
    unless: EARNED_NOT_PAY,
    examples: [['Mr Reyes will be paid £1m a year plus £350,000 in lieu of a pension, Kestrel Bank said.', 'Kestrel Bank', '£1m a year']],
  },
  // "Satya Nadella's pay rose 63% to $79.1 million, Microsoft said in a filing": a person's pay, the company that says so pays
  {
    reason: 'compensation/persons-pay-company-said',
    match: `^ (~{1,5} ,)? ((mr|mrs|ms|miss|dr|sir|dame)? [PERSON]) ('s|')? (total|annual|base|overall|yearly)? (pay|compensation|remuneration|salary|pay package|package|earnings) _{0,6} [value:MONEY] _{0,14} , [subject:ORG] (said|says|disclosed|reported|revealed|showed|shows|confirmed|added)`,
    confidence: 0.76,
    unless: EARNED_NOT_PAY,
    examples: [['Dana Roe’s pay rose 63% to $79.1 million, Quenby Systems said in a filing.', 'Quenby Systems', '$79.1 million']],
  },
  // "The package Zentrix AI offered Raj Patel was worth more than $200 million", "Some Zentrix AI offers were worth more
  // than $300 million over four years": what a company offered people, worth an amount
  {
    reason: 'compensation/offer-worth',
    match: `((package|packages|offer|offers|pay package|pay packages|contract|contracts|bonus|bonuses) [subject:ORG] {offer|give|pay|dangle|extend} ([PERSON]|him|her|them|(its|his|her|their|the|some|top)? ~{0,2} ${PEOPLE})|([subject:POSS] (')?|[subject:ORG]) (offer|offers|package|packages|pay packages|pay offers) ((to|for) _{1,5})?) (were|was|is|are|have been|had been)? (reportedly)? (worth|valued at|totalled|totaled|totalling|totaling) (about|around|nearly|more than|as much as|up to|some)? [value:MONEY]`,
    confidence: 0.76,
    unless: NOT_PAY,
    // (offers to people, said of people nearby: a takeover offer is worth money too)
    extra: peopleSaid,
    examples: [
      ['The package Zentrix AI offered Raj Patel was worth more than $200 million.', 'Zentrix AI', 'more than $200 million'],
      ['Zentrix AI poached researchers. Some Zentrix AI offers were worth more than $300 million over four years.', 'Zentrix AI', 'more than $300 million'],
      ['Zentrix AI’s offer to the 24-year-old researcher was worth $250 million over four years.', 'Zentrix AI', '$250 million'],
    ],
  },
  // "Raj Patel turned down a $1 billion offer from Zentrix AI": an offer to a person, from the company that made it
  {
    reason: 'compensation/offer-from-to-person',
    match: `([PERSON]|he|she|${PEOPLE}) ~{0,3} {turn down|reject|decline|accept|receive|get|weigh|consider|spurn|rebuff|refuse} (a|an|the)? [value:MONEY] (pay|job|employment|compensation|contract)? (offer|package|deal|contract) from [subject:ORG]`,
    confidence: 0.76,
    unless: EARNED_NOT_PAY,
    examples: [['Raj Patel turned down a $1 billion offer from Zentrix AI.', 'Zentrix AI', '$1 billion']],
  },
  // "an average payment to each of its 34,500 staff of US$370,706", "a bonus for every employee of $1,500": one person's share
  {
    reason: 'compensation/payment-to-each',
    match: `(average|mean|typical)? (payment|payout|pay-out|pay|award|bonus|reward|salary) (to|for|of) (each|every) (one)? (of (its|their|the))? [COUNT]? ~{0,2} ${PEOPLE} (of|was|were|is|worth|came to|averaged|averaging|totalling|totaling|totalled|totaled)? (about|around|nearly|more than|some|roughly)? [value:MONEY]`,
    confidence: 0.78,
    unless: NOT_PAY,
    examples: [['Halvard Bank made an average payment to each of its 34,500 staff of US$370,706.', 'Halvard Bank', 'US$370,706']],
  },
  // "…earned 350 times the median employee, whose pay was $81,000", "the median employee's pay was $81,000": the median is one person
  {
    reason: 'compensation/median-employee',
    match: `the (median|average|typical) (employee|worker|staff member|staffer) ('s|'|, whose)? (annual|total|base)? (pay|salary|compensation|remuneration|earnings) (was|is|were|came to|stood at|of|rose to|fell to) (about|around|nearly|roughly|some|just over|just under)? [value:MONEY]`,
    confidence: 0.74,
    unless: Object.fromEntries(Object.entries(NOT_PAY).filter(([name]) => name !== 'compensation/of-a-body')),
    // (the median employee is the passage's company's, when the sentence names none)
    pick: { fallback: topicAsOwn },
    examples: [
      ['Kestrel Bank chief executive Jane Moss earned 350 times the median employee, whose pay was $81,000.', 'Kestrel Bank', '$81,000'],
      ['Kestrel Bank reported revenue of $12.1 billion. Jane Moss, the chief executive, earned 350 times the median employee, whose pay was $81,000.', 'Kestrel Bank', '$81,000'],
      ["Kestrel Bank reported revenue of $12.1 billion. The median employee's pay was $81,000.", 'Kestrel Bank', '$81,000'],
    ],
  },
  // "The highest-paid director's remuneration edged up £8000 to £365,000", "The highest paid director received £365,000": a UK
  // company's accounts name one person's pay by their rank (the passage's company, when the sentence names none)
  {
    reason: 'compensation/highest-paid-director',
    match: `(the|its) (highest-paid|highest paid|best-paid|best paid|top-paid) (director|executive|employee) (('s|') (annual|total)? (pay|salary|remuneration|emoluments|package|compensation) (was|is|were|came to|stood at|of|rose to|fell to|totalled|totaled|amounted to|edged up|edged down|increased|rose|fell)? (by)? ([MONEY] to)?|${EARN_VERB}) (about|around|nearly|roughly|some|just over|just under)? [value:MONEY]`,
    confidence: 0.74,
    unless: Object.fromEntries(Object.entries(NOT_PAY).filter(([name]) => name !== 'compensation/of-a-body')),
    pick: { fallback: topicAsOwn },
    examples: [
      ['Orrin & Co has marked its centenary with a rise in profits. The highest-paid director\'s remuneration edged up £8000 to £365,000.', 'Orrin & Co', '£365,000'],
      ['Orrin & Co has marked its centenary with a rise in profits. The highest paid director received £365,000.', 'Orrin & Co', '£365,000'],
    ],
  },
  // "The bonus pool fell 10% to $3.1 billion, an average of $95,000 per employee", "set aside $13.9 billion for pay, or about
  // $370,000 per employee": a pay bill's share of each person
  {
    reason: 'compensation/pay-per-employee',
    match: `(pay|compensation|bonus|bonuses|bonus pool|pay pool|salaries|wages|remuneration|payroll|staff costs|personnel costs) ((at|of) [subject:ORG])? _{0,14} , (or|an|which is|equal to|equivalent to)? (average|averaging|average of|an average of|about|around|roughly|some|nearly|more than)? [value:MONEY]`,
    confidence: 0.74,
    // (the bill's veto is of the bill: each one's share of it is pay)
    unless: Object.fromEntries(Object.entries(NOT_PAY).filter(([name]) => name !== 'compensation/wage-bill')),
    extra: (m) => (m.slots.value!.q!.per === 'person' ? {} : null),
    examples: [['The bonus pool at Kestrel Bank fell 10% to $3.1 billion, an average of $95,000 per employee.', 'Kestrel Bank', '$95,000 per employee']],
  },
  // "Average total compensation for fulfillment and transportation employees is more than $29 per hour": an average is each
  // one's pay (the veto of a body's or a workforce's pay together is of totals)
  {
    reason: 'compensation/average-for-people',
    match: `(average|median|mean|typical) (total|annual|hourly|base|basic|starting|monthly|yearly)? (pay|compensation|salary|salaries|wage|wages|earnings|remuneration) (for|of) ~{0,5} ${PEOPLE} (is|was|are|were|of|stands at|stood at|came to|reached|hit|tops|topped|now)? (more than|about|around|nearly|at least|over|roughly|some|just over|just under)? [value:MONEY]`,
    confidence: 0.76,
    unless: Object.fromEntries(Object.entries(NOT_PAY).filter(([name]) => name !== 'compensation/of-a-body')),
    examples: [['Halvard Stores\n- Halvard Stores is hiring 25,000 seasonal workers.\n- Average total compensation for its fulfillment and transportation center employees is more than $29 per hour, which includes benefits.', 'Halvard Stores', 'more than $29 per hour']],
  },
  // "Offers from Corvid Systems reached $100 million for top researchers": offers a company made to people
  {
    reason: 'compensation/offers-from',
    match: `(offers|offer|packages|package|pay packages|bids) from [subject:ORG] ~{0,2} ((reached|topped|hit|exceeded|were worth|was worth|worth|of|totalling|totaling|went as high as|ran as high as|ran to|ran up to|climbed to|rose to) (about|around|nearly|more than|as much as|up to|some)? [value:MONEY] ~{0,2} (for|to) ~{0,3} ${PEOPLE}|(ranged|range|ranging|varied) (from|between)? [value:MONEY])`,
    confidence: 0.76,
    unless: NOT_PAY,
    // (offers that "ranged" name no one paid: people said nearby, or a takeover's bids range too)
    extra: peopleSaid,
    examples: [
      ['Offers from Corvid Systems reached $100 million for top researchers, according to a rival.', 'Corvid Systems', '$100 million'],
      ['Corvid Systems has poached 14 researchers. The offers from Corvid Systems ranged from $50 million to $100 million.', 'Corvid Systems', 'from $50 million to $100 million'],
    ],
  },
  // "the $378 million Kestrel Systems awarded to Tom Reyes", "the £2m Halvard Bank paid its chief executive": an amount an
  // employer gave a person, the employer the clause's subject
  {
    reason: 'compensation/amount-employer-gave',
    match: `[value:MONEY] (pay|compensation|stock|share|equity|retention)? (package|award|grant|bonus|deal)? (that|which)? [subject:ORG] (had|has)? {award|pay|give|grant|hand|offer} (to)? ((its|his|her|the|their)? ~{0,3} ${ONE}|[PERSON]|him|her)`,
    confidence: 0.78,
    unless: EARNED_NOT_PAY,
    examples: [['His pay falls short of the $378 million Kestrel Systems awarded to Tom Reyes in 2011.', 'Kestrel Systems', '$378 million']],
  },
  // "a £1.7 million option grant has been made to finance chief Maya Lin": an award made to one person
  {
    reason: 'compensation/grant-made-to',
    match: `[value:MONEY] (option|share|stock|equity|cash|retention|performance|incentive|pay)? (grant|award|bonus|package) (has|had|was|is|will)? (been|be)? (made|awarded|given|granted|paid|handed) to ~{0,4} ([PERSON]|${ONE}|him|her)`,
    confidence: 0.76,
    unless: EARNED_NOT_PAY,
    examples: [['Corvid Retail said a £1.7 million option grant has been made to finance chief Maya Lin.', 'Corvid Retail', '£1.7 million']],
  },
  // "granted Chief Executive Ana Ruiz stock options valued at $120 million", "gave its finance chief a retention award worth $8 million":
  // an award to a person, worth an amount
  {
    reason: 'compensation/granted-award',
    // (to one person, or to each of many: "gave its employees stock worth $2 billion" is a total; "grants … to study" fund research)
    match: `{grant|award|give|offer|hand|promise} ((its|the|his|her|a|new)? ~{0,3} ${ONE} (~{0,2} [PERSON])?|[PERSON]|him|her|each (of (its|their|the))? ~{0,3} ${PEOPLE}) (a|an|new)? _{0,3} (stock options|share options|options|restricted stock units|restricted stock|restricted shares|performance shares|rsus|shares|stock|equity|award|awards|stock grant|stock grants|equity grant|equity grants|share grant|share grants|retention grant|retention grants|package|packages|bonus|bonuses) (worth|valued at|of|totalling|totaling|with a value of) (up to|as much as|more than|nearly|about|around|roughly)? [value:MONEY]`,
    confidence: 0.82,
    unless: EARNED_NOT_PAY,
    examples: [
      ['Greyfriar Systems granted Chief Executive Officer Ana Ruiz stock options valued at $120 million.', 'Greyfriar Systems', '$120 million'],
      ['Nimbus Pharma gave its finance chief a retention award worth $8 million.', 'Nimbus Pharma', '$8 million'],
      ['Zentrix AI offered the researcher a four-year package valued at about $250 million.', 'Zentrix AI', 'about $250 million'],
    ],
  },
  // "Hock Tan, the highest-paid CEO in the survey at $162 million", "was the best-paid boss in the FTSE 100, taking home £39.2m",
  // "The highest-paid CEO was Dana Roe of Halvard Robotics, with a package worth $162 million"
  {
    reason: 'compensation/highest-paid',
    match: `(highest-paid|best-paid|top-paid|highest-earning|top-earning|best-rewarded|highest-compensated|best-compensated) _{0,10} (at|on|with|with (a|an|total|his|her)? ~{0,2} (package|pay|compensation|salary|earnings|remuneration|haul) (of|worth|valued at|totalling|totaling)?|,? (by)? (taking home|earning|pocketing|receiving|collecting|making) (a total of)?) (about|nearly|more than|some|almost|roughly|around)? [value:MONEY]`,
    confidence: 0.8,
    unless: NOT_PAY,
    pick: { allowSlot: /\b(?:of|at) $/ },
    // ("Hock Tan, the highest-paid CEO…": a name nothing vouches for, in apposition to a person ranked by pay, is
    // that person; the employer comes later: ./extract.ts)
    extra: (m) => {
      let i = m.start - 1;
      if (m.toks[i]?.lower === 'the') i--;
      const named = m.toks[i]?.lower === ',' ? m.toks[i - 1] : undefined;
      return named?.kind === 'org' && named.actor?.entity.assumed ? null : {};
    },
    examples: [
      ['The highest-paid CEO was Dana Roe of Halvard Robotics, with a package worth $162 million.', 'Halvard Robotics', '$162 million'],
      ['Nimbus Pharma’s Paul Grey was the best-paid executive in the index, at £39.2m.', 'Nimbus Pharma', '£39.2m'],
      ['Paul Grey, who runs Nimbus Pharma, was the best-paid boss in the index with £12.3m.', 'Nimbus Pharma', '£12.3m'],
      ['Halvard Group chairman Dana Roe topped the list of highest-paid tycoons by receiving a total of 18.8 billion won.', 'Halvard Group', '18.8 billion won'],
    ],
  },
  // "Jane Roe's $162 million pay package at Halvard Robotics", "£80,000 salaries at Kestrel": the employer after "at"
  {
    reason: 'compensation/pay-at',
    // (not "a $2bn package from SoftBank": a package alone, or money "from" someone, may be funding)
    match: '[value:MONEY] ~{0,2} (pay|compensation|salary|salaries|pay package|pay packages|compensation package|bonus|bonuses|remuneration|wage|wages) at [subject:ORG]',
    confidence: 0.8,
    unless: NOT_PAY,
    examples: [['Jane Roe’s $162 million pay package at Halvard Robotics was the largest.', 'Halvard Robotics', '$162 million']],
  },
  // "The highest domestic offer was offered by Qualcomm at Rs 32.59 lakh per annum": a job offer made by a company, in the passive
  {
    reason: 'compensation/offer-made-by',
    vouches: true,
    match: `(job offer|job offers|offer|offers|package|packages|salary|salaries|ctc) _{0,8} (was|were|is|are|has been|have been|had been)? (offered|paid|made|given|extended|rolled out) by [subject:ORG] (at|of|worth|with|for)? (about|around|nearly|more than|some|over|up to)? [value:MONEY]`,
    confidence: 0.8,
    unless: NOT_PAY,
    examples: [['The highest domestic offer at the campus was offered by Orrin Chips at Rs 32.59 lakh per annum.', 'Orrin Chips', 'Rs 32.59 lakh per annum']],
  },
  // In a passage about pay: "…offered by Qualcomm at Rs 32.59 lakh per annum, followed by Google at Rs 32 lakh per annum"
  {
    reason: 'compensation/followed-by-at',
    match: `(followed|trailed|closely followed) by [subject:ORG] (at|with|on) (about|nearly|more than|some|almost|roughly|around)? [value:MONEY]`,
    // (not a ranking of wage bills: "Y follows with N33.2 billion for 4,617 employees, followed by Z with N23.2 billion")
    when: (view) => aboutPay(view) && !BILL_IN_SENTENCE.test(view.sentence.text),
    confidence: 0.74,
    vouches: true,
    unless: NOT_PAY,
    examples: [['The highest domestic offer was made by Orrin Chips at Rs 32.59 lakh per annum, followed by Kestrel Search at Rs 32 lakh per annum.', 'Kestrel Search', 'Rs 32 lakh per annum']],
  },
  // In a passage about pay: "Dana Roe of Kestrel Logistics came second with $151 million", "Next was Mark Dale of Vantor
  // Systems at $120 million", "Halvard Robotics' Jane Roe topped the list with $162 million"
  {
    reason: 'compensation/ranked-narrative',
    match: `((came|ranked|placed|finished|comes|ranks|took|takes|claimed|claims) ${ORDINAL}? ~{0,4} ,?|(followed|follows|trailed|trails) (closely|close behind)? ,?|in at ${ORDINAL} place ,?|(is|was|are|were|sits|sat|stands|stood) in ${ORDINAL} (position|place|spot) ,?|(was|were|is) (a|the)? (close|distant|clear|strong|comfortable)? ${ORDINAL} ~{0,4}|^ ${ORDINAL} (was|came|is|comes) _{0,8}|(topped|tops|led|leads|headed|heads) the ~{0,2} (list|ranking|rankings|table|survey|index|league table|chart) ((of|for|among) _{1,6})? ,?) (with|at|on) (a|an|total|his|her|pay of|a package of|compensation of|a package worth|total pay of|a haul of)? (about|nearly|more than|some|almost|roughly|around|just over|just under)? [value:MONEY]`,
    when: aboutPay,
    confidence: 0.76,
    // (a person of a company ranked by pay: the company is the employer)
    vouches: true,
    unless: NOT_PAY,
    pick: { allowSlot: /\b(?:of|at) $/ },
    examples: [
      ['The highest-paid bosses were named. Dana Roe of Kestrel Logistics came second with $151 million.', 'Kestrel Logistics', '$151 million'],
      ['Chief executive pay rose again. Halvard Robotics’ Jane Roe topped the list with $162 million.', 'Halvard Robotics', '$162 million'],
      ['The survey covers executive pay. Next was Mark Dale of Vantor Systems at $120 million.', 'Vantor Systems', '$120 million'],
      ['The highest-paid chiefs were ranked. Dana Roe of Tarrow Steel is in fifth position with ₹51 crore.', 'Tarrow Steel', '₹51 crore'],
      ["Dana Roe, CEO of Halvard Robotics, topped the remuneration chart of the country's top brass with ₹148 crore.", 'Halvard Robotics', '₹148 crore'],
      ['Executive pay kept rising. Kestrel Motors chairman Tom Reyes followed at ₹109 crore.', 'Kestrel Motors', '₹109 crore'],
      ['The highest-paid CEOs were named. Chang Sang-don, chairman of Kestrel Steel Co., was a close third with 5.27 billion won.', 'Kestrel Steel Co.', '5.27 billion won'],
    ],
  },
  // "pay packages of up to $100 million", "a pay package worth $18.5 million", "total pay valued at $89.1 million",
  // "Pay for Nikesh Arora at Palo Alto Networks totalled $151 million", "salaries of €65,000", "base salary: $210,000"
  {
    reason: 'compensation/pay-of',
    // ("from earlier SK Hynix payouts that averaged $53,798": a company's name right before the pay noun is the employer, whatever
    // stands before the name)
    match: `([subject:ORGNAME] (')?)? (${PAY}|${PEOPLE} (package|packages)|(offer|offers|package|packages) (to|for) ~{0,3} ${PEOPLE}|(his|her|[PERSON] ('s|')) (total|annual|overall|yearly|guaranteed|fixed|basic|base|variable|whole)? (package|haul)) (package|packages|award|awards|grant|grants|increase)? _{0,8} -? (${CHANGED_BY}|(more than|nearly|almost)? {double|triple|quadruple|halve} to|of|worth|valued at|totalling|totaling|totaled|totalled|reaching|topping|exceeding|was|were|is|are|be|set at|fixed at|pegged at|remains|remained|stays|stayed|stands at|stood at|stand at|sits at|sit at|sat at|rose to|jumped to|came to|comes to|amounted to|amounts to|to touch|touched|touching|to|between|:|approaching|averaging|averaged|averages|exceed|exceeds|exceeded|reach|reaches|reached|top|tops|topped|hit|hits|ranges from|range from|ranging from|runs from|run from|running from|varies from|vary from|varying from|goes from|spans|span|runs|run|running|varies|vary|varying|starts at|start at|starting at|as high as|as much as|range|ranges|ranging|range between) (up to|as much as|more than|nearly|about|around|roughly|an average of|in excess of)? [value:MONEY]`,
    confidence: 0.85,
    unless: NOT_PAY,
    pick: { allowSlot: /\b(?:of|at|for) (?:a |an |the )?$/ },
    examples: [
      ['Meta has offered pay packages of up to $100 million to top AI researchers.', 'Meta', 'up to $100 million'],
      ['Pay for Nikesh Arora at Palo Alto Networks totalled $151 million.', 'Palo Alto Networks', '$151 million'],
      ['At Orrery Bio, total compensation can exceed $3 million.', 'Orrery Bio', '$3 million'],
      ['Copperleaf AI’s offers to top researchers reached as much as $300 million over four years.', 'Copperleaf AI', 'as much as $300 million'],
      ['Quillmark Labs: salaries for AI researchers range from $300,000 to $1m a year', 'Quillmark Labs', 'from $300,000 to $1m a year'],
      ['The typical engineer package at Halvard Robotics is $450,000 a year.', 'Halvard Robotics', '$450,000 a year'],
      ['Quillmark Labs has dangled signing bonuses as high as $1m to poach AI researchers.', 'Quillmark Labs', '$1m'],
      ['The compensation of Greyfriar Systems chief executive Ana Ruiz rose 18% to $24.1 million.', 'Greyfriar Systems', '$24.1 million'],
      ['Greyfriar Systems CEO Ana Ruiz’s salary rose 22% last year to touch Rs 80.62 crore.', 'Greyfriar Systems', 'Rs 80.62 crore'],
      ['The chief executive of Greyfriar Systems, Ana Ruiz, saw her package rise to €7.2 million.', 'Greyfriar Systems', '€7.2 million'],
    ],
  },
  // "was offered $3.5m in restricted stock", "$500k of restricted stock"
  {
    reason: 'compensation/in-stock',
    match: '[value:MONEY] (in|of) (restricted|performance|deferred)? (stock|shares|equity|options|stock options|bonuses|bonus|salary|pay|cash bonuses|retention pay)',
    confidence: 0.75,
    unless: NOT_PAY,
    extra: (_m, view) => (/\b(?:offer(?:s|ed)?|paid|pay|award(?:ed)?|grant(?:ed)?|receive[sd]?|engineer|employee|staff|executive|ceo|researcher)\b/.test(view.lower) ? {} : null),
    examples: [['Halvard Robotics kept one staff engineer from leaving with $3.5m in restricted stock.', 'Halvard Robotics', '$3.5m']],
  },
  // A ranked list under a pay heading: "1. Halvard Robotics — Jane Roe — $162 million", "Jane Roe, Halvard Robotics: $162 million"
  {
    reason: 'compensation/ranked-row',
    // ("Jane Park, chief executive, Quillon Foods: $14.2 million": the person's post between)
    match: '^ ([subject:ORG] ((-|–|,|:|\\|)|~{1,3}) [PERSON]|[PERSON] (-|–|,|:|\\||\\() (~{1,3} (,|-|–|of|at))? [subject:ORG] \\)?|[subject:POSS] [PERSON]) (-|–|,|:|\\|)? (about|around|approx|approximately|~)? [value:MONEY]',
    when: (view) => view.sentence.text.length <= 160 && underPayHeading(view),
    confidence: 0.76,
    vouches: true,
    examples: [
      ['The highest-paid CEOs of 2023\n1. Halvard Robotics — Jane Roe — $162 million\n2. Kestrel Logistics — Dana Roe — $151 million', 'Kestrel Logistics', '$151 million'],
      ['Top earners\n- Jane Park, chief executive, Quillon Foods: $14.2 million\n- Mark Dale (Vantor Group) – $11.5 million', 'Quillon Foods', '$14.2 million'],
    ],
  },
  // "offered packages of up to $250 million per engineer", "stock options worth an average of $1.5 million per employee":
  // "The awards, which vest over two years, range from $2 million to $10 million": awards or grants to people, by their range
  {
    reason: 'compensation/awards-range',
    match: '(the|these|those|such|its|their)? (awards|grants|retention awards|retention grants|stock awards|equity grants|packages|offers|bonuses) (, _{1,8} ,)? {range} (from|between)? [value:MONEY]',
    confidence: 0.76,
    unless: NOT_PAY,
    examples: [['Zentrix AI is handing out retention bonuses. The awards, which vest over two years, range from $2 million to $10 million for senior researchers.', 'Zentrix AI', 'from $2 million to $10 million']],
  },
  // "The researchers joining Google will receive retention grants worth up to $20 million each": people a company takes on,
  // and what they are paid — the company they join pays
  {
    reason: 'compensation/joiners-paid',
    match: `(the|its|their|some|those|all)? ~{0,2} ${PEOPLE} (joining|who join|who joined|who are joining|moving to|who move to|hired by|recruited by|poached by|lured by|lured to) [subject:ORG] _{0,6} ${EARN_VERB} ${EARN_HEDGE} [value:MONEY]`,
    confidence: 0.78,
    unless: NOT_PAY,
    examples: [['The researchers joining Zentrix AI will receive retention grants worth up to $20 million each over four years.', 'Zentrix AI', 'up to $20 million each']],
  },
  // an amount said to be one person's
  {
    reason: 'compensation/per-person',
    match: '(package|packages|offer|offers|deal|deals|options|stock options|grants|awards|shares|stock|equity) (reportedly|now|could|can|may|might|would|will)? (of|worth|valued at|totalling|totaling|reach|reached|reaches|top|topped|tops|exceed|exceeded|exceeds|hit|hits|go as high as|went as high as|run as high as|ran as high as) (up to|as much as|about|around|nearly|more than|an average of|some)? [value:MONEY]',
    confidence: 0.78,
    unless: NOT_PAY,
    extra: (m) => (m.slots.value!.q?.per === 'person' ? {} : null),
    examples: [
      ['Halvard Robotics offered packages of up to $90 million per engineer.', 'Halvard Robotics', 'up to $90 million per engineer'],
      ['Zentrix AI is hiring. Offers reportedly reach up to $300 million per researcher over four years.', 'Zentrix AI', 'up to $300 million per researcher'],
    ],
  },
  // "Goldman Sachs recruited 10 students on a package of ₹2.6 million": the pay of each student taken on
  {
    reason: 'compensation/students-package',
    vouches: true,
    match: `[subject:ORG] (has|have|had|also)? ${PLACEMENT_VERB} (up to|about|around|nearly|more than|some)? [COUNT] ~{0,2} ${PLACED_ON_PACKAGE} (of|worth)? (up to|about|around|nearly|more than|an average of)? [value:MONEY]`,
    confidence: 0.78,
    unless: NOT_PAY,
    examples: [['In 2011, Halvard Sachs recruited 10 students on a package of ₹2.6 million.', 'Halvard Sachs', '₹2.6 million']],
  },
  // "Zentrix AI offered a package worth tens of millions of dollars per year": a package with a yearly rate, or
  // offered where people are said, is pay (not a rescue, aid or rights package)
  {
    reason: 'compensation/offered-package-worth',
    match: `{offer|dangle|promise|extend|put together|table} (a|an|the)? ~{0,3} (package|packages|offer|offers|deal|deals|contract|contracts|(stock|equity|share) (grants|awards|options)) (reportedly|said to be)? (worth|valued at|of|totalling|totaling) (up to|as much as|more than|nearly|about|around|roughly|some)? [value:MONEY]`,
    confidence: 0.78,
    unless: { ...NOT_PAY, 'compensation/other-package': OTHER_PACKAGE },
    extra: (m, view) => (m.slots.value!.q?.per && PER_PERSON_RATE.has(m.slots.value!.q.per) ? {} : peopleSaid(m, view)),
    examples: [['To secure Dana Roe, Zentrix AI offered a package worth tens of millions of dollars per year, the people said.', 'Zentrix AI', 'tens of millions of dollars per year']],
  },
  // "aggressive recruiting attempts by Zentrix AI, including signing bonuses that could reach $100 million"
  {
    reason: 'compensation/pay-could-reach',
    match: `${PAY} (that|which)? (reportedly)? (could|can|may|might|would|will|reportedly|now)? {reach|top|exceed|hit|total} (up to|as much as|more than|nearly|about|around)? [value:MONEY]`,
    confidence: 0.76,
    unless: NOT_PAY,
    pick: { allowSlot: /\b(?:by|at) $/ },
    examples: [['Sam Altman described aggressive recruiting attempts by Zentrix AI, including signing bonuses that could reach $100 million.', 'Zentrix AI', '$100 million']],
  },
  // "is hiring 30,000 seasonal workers at $21.50 an hour", "recruiting drivers on £14 an hour": people hired at a rate
  {
    reason: 'compensation/hired-at-rate',
    match: `{hire|recruit|employ|seek|take on|add|look for} [COUNT]? ~{0,3} ${PEOPLE} (at|on|paying|earning|for) (up to|about|around|as much as|at least|more than|an average of)? [value:MONEY]`,
    confidence: 0.78,
    unless: NOT_PAY,
    extra: (m) => (m.slots.value!.q?.per && PER_PERSON_RATE.has(m.slots.value!.q.per) ? {} : null),
    examples: [['Kestrel Logistics is hiring 30,000 seasonal workers at $21.50 an hour.', 'Kestrel Logistics', '$21.50 an hour']],
  },
  // "hires freshers with packages of around ₹3.6 lakh", "recruited 200 graduates on a starting salary of £32,000": people hired on a pay
  // the pay noun names (no rate needed)
  {
    reason: 'compensation/hired-on-package',
    match: `{hire|recruit|employ|take on|add|onboard} [COUNT]? ~{0,3} ${PEOPLE} (with|on|at) (a|an)? (starting|annual|yearly|base|basic|entry-level|average)? (salary|salaries|package|packages|pay|wage|wages|ctc|pay packages|pay package) (of|worth)? (up to|about|around|as much as|at least|more than|an average of|nearly)? [value:MONEY]`,
    confidence: 0.78,
    unless: NOT_PAY,
    examples: [['Kestrel Tech hires freshers with packages of around ₹3.6 lakh.', 'Kestrel Tech', 'around ₹3.6 lakh']],
  },
  // "handing select staff one-off payments worth up to $1.5 million", "retention payments of $250,000 to key engineers"
  {
    reason: 'compensation/one-off-payment',
    match: `(${PEOPLE} _{0,2} (one-off|one-time|retention|loyalty|special|stay) (payment|payments) (worth|of|totalling|totaling|valued at) (up to|as much as|more than|about|around|nearly)? [value:MONEY]|(one-off|one-time|retention|loyalty|special|stay) (payment|payments) (worth|of|totalling|totaling|valued at) (up to|as much as|more than|about|around|nearly)? [value:MONEY] ~{0,2} (to|for) ~{0,3} ${PEOPLE})`,
    confidence: 0.76,
    unless: NOT_PAY,
    examples: [['Copperleaf AI is handing select staff one-off payments worth up to $1.5 million to stop them leaving.', 'Copperleaf AI', 'up to $1.5 million']],
  },
  // Indian placement reports: "offered the highest domestic package of ₹1.2 crore", "offered an annual CTC of ₹45 lakh"
  {
    reason: 'compensation/offered-top-package',
    // ("had given the highest international offers of $215,000", "the top recruiter with the highest annual package of over
    // $164,000": given, or the recruiter's own)
    match: `({offer|make|give}|recruiter with|recruiters with) (the|a|an|its)? (highest|top|best|biggest|record|domestic|international|annual|average|median|placement|starting|salary) ~{0,2} (package|packages|ctc|salary|stipend|offer|offers) (of|worth|valued at|at) (up to|about|around|nearly|more than|over)? [value:MONEY]`,
    confidence: 0.76,
    unless: NOT_PAY,
    examples: [
      ['Tarvani Tech offered the highest domestic package of ₹1.2 crore at campus placements this year.', 'Tarvani Tech', '₹1.2 crore'],
      ['Halvard Software remained the top recruiter with the highest annual package of over $164,000 among the institutes.', 'Halvard Software', 'over $164,000'],
      ['In 2018 placements, Halvard Software had given the highest international offers of $215,000.', 'Halvard Software', '$215,000'],
    ],
  },
  // "a researcher who had spent a decade at Kestrel Labs was offered $100 million in the first year alone", "engineers are being
  // promised $2 million a year by Halvard AI": a person or people offered money (by the company named after, else the one the
  // passage is about — not a company the person worked at before)
  {
    reason: 'compensation/person-was-offered',
    match: `(was|were|been|being) (reportedly|also|even|each)? {offer|promise|guarantee} (up to|as much as|about|around|more than|at least|nearly|roughly)? [value:MONEY] (_{0,8} by [subject:ORG])?`,
    confidence: 0.74,
    // ("were offered $5,000 to leave voluntarily": money to go is a buyout, not pay)
    unless: { ...NOT_PAY, 'compensation/other-package': OTHER_PACKAGE, 'compensation/paid-to-go': '[value:MONEY] (each|apiece)? (to|if they) (voluntarily)? {leave|quit|resign|retire|go|depart|take|accept|stay away}' },
    // (the payer is not a company named before the verb as where the person worked — their old employer — but the one the
    // passage is about)
    pick: { skip: () => true, topic: false, fallback: (view, cueAt) => topicAsOwn(view, cueAt) },
    // (someone offered: a person named, or people said, before the verb in the sentence)
    extra: (m, view) => {
      const at = m.toks[m.start]!.start;
      return view.names.some((n) => n.kind === 'person' && n.end <= at) || PEOPLE_WORD.test(view.text.slice(view.sentence.start, at)) ? {} : null;
    },
    examples: [
      ['Halvard AI is building a lab. A researcher who had spent a decade at Kestrel Labs was offered $100 million in the first year alone.', 'Halvard AI', '$100 million'],
      ['Engineers at rival labs are being promised $2 million a year by Halvard AI, people familiar said.', 'Halvard AI', '$2 million a year'],
    ],
  },
  // "the reported Rs 1,600 crore (around $200 million) package extended to Ruoming Pang", "the $100 million offer reportedly
  // accepted by Dana Roe": a package or an offer that went to a person named is their pay (from the company the passage is about,
  // unless one is named)
  {
    reason: 'compensation/package-to-person',
    match: `[value:MONEY] -? (pay|compensation|salary|job|signing|retention)? (package|packages|offer|offers) (that|which)? (was|were|is|has been|had been)? (reportedly|allegedly)? (extended|offered|given|made|paid|accepted|taken|turned down|rejected|declined) (to|by) [PERSON]`,
    confidence: 0.76,
    unless: { ...NOT_PAY, 'compensation/other-package': OTHER_PACKAGE },
    pick: { fallback: (view, cueAt) => topicAsOwn(view, cueAt) },
    examples: [['Halvard AI went on a hiring spree. Among the figures is the reported $200 million package extended to Dana Roe, a top researcher.', 'Halvard AI', '$200 million']],
  },
  // "offers to dozens of researchers at rival labs, with some packages worth as much as $300 million": a package where people
  // are said is each one's (the last rule but one: the rules that say who offers it read it first; not an offer, which is as
  // often for a company)
  {
    reason: 'compensation/packages-worth',
    match: '(package|packages) (reportedly|now|could|can|may|might|would|will)? (worth|valued at|totalling|totaling|reach|reached|reaches|top|topped|tops|exceed|exceeded|exceeds) (up to|as much as|about|around|nearly|more than|some)? [value:MONEY]',
    confidence: 0.74,
    unless: { ...NOT_PAY, 'compensation/other-package': OTHER_PACKAGE },
    extra: peopleSaid,
    examples: [['Halvard Robotics has approached dozens of researchers at rival labs, with some packages worth as much as $300 million over four years.', 'Halvard Robotics', 'as much as $300 million']],
  },
  // "…was Dana Roe, chief executive of Halvard Pharma, the drugs group, with a package worth a total of £10.6m", "Tom Reyes, chief
  // executive of oil group Kestrel Energy, whose remuneration was £9,951,000": a person described by their post at the company
  {
    reason: 'compensation/post-holds-pay',
    // ("Sir Martin Sorrell, chief executive of media and advertising company WPP, who on the same measure received £11.6m")
    match: `[PERSON] , (the)? ~{0,4} (of|at) ~{0,4} [subject:ORG] (, _{1,6})? , (${HOLDS_PAY}|who ~{0,5} ${EARN_VERB}) ${EARN_HEDGE} [value:MONEY]`,
    confidence: 0.78,
    unless: EARNED_NOT_PAY,
    examples: [
      ['The best-paid of the ten bosses was Dana Roe, chief executive of Halvard Pharma, the drugs group, with a package worth a total of £10.6m.', 'Halvard Pharma', '£10.6m'],
      ['Next came Tom Reyes, chief executive of oil group Kestrel Energy, whose remuneration was £9,951,000.', 'Kestrel Energy', '£9,951,000'],
      ['Second highest paid is Sir Dan Roe, chief executive of media and advertising company Orvale Group, who on the same measure received £11.6m.', 'Orvale Group', '£11.6m'],
    ],
  },
  sectionRule('compensation'),
];
