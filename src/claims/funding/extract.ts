import { isKnownPlace } from '../../entities/gazetteer.js';
import type { EntityRecord } from '../../entities/aliases.js';
import type { Actor } from '../../entities/coreference.js';
import type { Quantity } from '../../values/index.js';
import type { Extractor, RawClaim, SentenceView } from '../extractor.js';
import { ruleExtractor } from '../rules.js';
import { RULES as TOKEN_RULES } from './rules.js';
import { OCCUPATIONS } from '../staff-words.js';
import { MONTHS } from '../../text/months.js';

/** The token rules of ./rules.ts, run beside the extractor below (an investment announced as spending is no round for either). */
const tokenRules = ruleExtractor('funding', TOKEN_RULES);
export const fundingRules: Extractor = { ...tokenRules, extract: (view) => tokenRules.extract(view).filter((c) => !c.value || !announcedSpending(view, c.value)) };
import { amountClaim, moneyMatches, type AmountRule } from '../amount-rules.js';
import { actorAfter, actorList, clauseAround, coordinatedSubjects, nearest, pickSubject } from '../slots.js';
import { INVESTMENT_OWNED } from '../../entities/coreference.js';

/**
 * funding: money a company raises. The raiser is the sentence subject of "raised" or the
 * object of "invested … in"; the lead investor ("led by X", "X led", a single "from X")
 * is the counterparty, other named investors go to `investors`.
 */

interface Rule extends AmountRule {
  /** The raiser is named after "in": "invested $50 million in Quillmark". */
  raiserAfterIn?: boolean;
}

const RULES: Rule[] = [
  // "CityMall, an ecommerce platform, got $47 million led by Accel": money a company got, said to be a round by its lead or its name
  { reason: 'funding/got-round', confidence: 0.82, before: /\b(?:got|gets|getting|grabbed|grabs)(?: (?:an?|another|a fresh|fresh|new))? $/, after: /^(?: (?:in|of) (?:[\w-]+ ){0,2}?(?:funding|financing|investments?|seed|series [a-h])\b|,? (?:(?:co-)?led|backed) by\b)/ },
  // "raised $1.3 billion", "has secured $200m", "lands $1.3B", "closed a $530 million round"
  { reason: 'funding/raised', confidence: 0.9, before: /\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|clos(?:e|es|ed|ing)|land(?:s|ed|ing)?|bag(?:s|ged|ging)?|nab(?:s|bed|bing)?|pull(?:s|ed|ing)? in|(?:bring(?:s|ing)?|brought) in|(?:tak(?:e|es|en|ing)|took) in|attract(?:s|ed|ing)?|garner(?:s|ed|ing)?|snag(?:s|ged|ging)?|complet(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|scor(?:e|es|ed|ing)|haul(?:s|ed)? in|pick(?:s|ed|ing)? up|collect(?:s|ed|ing)?|gather(?:s|ed|ing)?|mop(?:s|ped|ping)? up)(?: (?:an?|another|an additional|additional|a fresh|fresh|new|its|a new|a further|further|the|more than|nearly|almost|some|about|roughly|notable|whopping|staggering|hefty|record|massive|huge|cool|solid|modest|reported|mammoth|jaw-dropping|impressive))*(?: (?:investments?|funding|financing) (?:worth|of|totall?ing|amounting to)(?: (?:about|around|nearly|some|more than|roughly|almost))?)? ?$/ },
  // ("Flink has raked in €150 million from existing investors": money raked in from investors or as a round)
  { reason: 'funding/raked-in', confidence: 0.84, before: /\brak(?:e|es|ed|ing) in (?:(?:a|an|about|around|nearly|some|more than|over|roughly|a further|another) )?$/, after: /^\s*(?:\([^)]*\)\s*)?(?:in (?:new |fresh )?(?:funding|financing|investment|venture capital)\b|from (?:[\w-]+ ){0,3}(?:investors|backers|shareholders)\b|in (?:a|an|its|the) (?:[\w-]+ ){0,2}(?:round|raise)\b|(?:of|in) (?:fresh |new )?(?:capital|equity)\b)/ },
  // "a $100 million Series B", "$90m funding round", "$500 million in new funding", "$1 billion in convertible debt"
  // (not "₦178 billion capital expenditure": spending)
  { reason: 'funding/amount-round', confidence: 0.88, after: /^,? (?:pre-seed|seed|series [a-h]\b)|^(?:-plus)? (?:[a-z][\w&.'’]*-(?:led|backed|co-led) )?(?:(?:in |of )?(?:an? |its |new |fresh |additional |total |venture |equity |strategic |growth |extension |bridge |convertible |primary |the |first |second |third |fourth |latest |early-stage |late-stage |pre-ipo |first-round |second-round |round )*(?:funding|financing|rounds?|investment|investments(?= (?:from|led by|backed by)\b)|capital(?! expenditure| spending| budget| allocation| projects?| works)|seed|series [a-z]\b|venture|equity|injection|backing|raise|debt|pre-seed)\b)/ },
  // "a Series A for US$25 million", "closed a Series A of $25 million", "a seed round worth $3m": the round named, then its amount
  { reason: 'funding/round-of', confidence: 0.85, before: /\b(?:(?:pre-)?seed|series [a-h]\d?(?:\+|-\d)?)(?: (?:funding |financing |investment )?(?:round|extension|raise|tranche))? (?:of|for|worth|totall?ing|valued at) (?:about |around |nearly |more than |some |up to |just over |almost )?$/ },
  // "bringing its total funding to $190 million", "the startup's total financing of $48m": what a
  // company has raised to date (an owner must be named: "total funding for AI startups" is a market)
  { reason: 'funding/total-raised', confidence: 0.8, before: /\b(?:its|their|[\w.&-]+'s) (?:total|overall|cumulative) (?:funding|financing|capital raised|venture funding)(?: raised)?(?: to date| so far)? (?:to|of|at|reaches|reached|stands at|stood at|now stands at|tops|topped|exceeds|exceeded)\s*$/ },
  // "bringing the total raised to £75 million", "brings the total Paga has raised since inception in 2009 to $35 million"
  { reason: 'funding/total-raised', confidence: 0.78, before: /\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|lift(?:s|ed|ing)?|push(?:es|ed|ing)?) (?:the|its|their) (?:total|overall|cumulative) (?:(?:amount|sum) )?(?:(?:it|they|[\w.&-]+(?: [\w.&-]+)?) (?:has |have |had )?)?(?:raised|collected|secured|taken in|pulled in|brought in)(?: (?:since|in|over) [\w ]{1,30}?| to date| so far)? to (?:more than |over |nearly |about |around |some )?$/ },
  // "raises the total invested in Getir, whose name means “bring”, to $2 billion", "takes the total raised by Orvale to $300m":
  // the company named after "invested in" or "raised by"
  { reason: 'funding/total-raised', confidence: 0.78, before: /\b(?:bring(?:s|ing)?|brought|rais(?:es|ed|ing)|lift(?:s|ed|ing)?|push(?:es|ed|ing)?|tak(?:es|ing)|took|increas(?:es|ed|ing)|boost(?:s|ed|ing)?) (?:the|its|their) (?:total|overall|cumulative) (?:(?:amount|sum) )?(?:invested|put|poured|injected|raised) (?:in|into|by) [^;.]{1,90}? to (?:more than |over |nearly |about |around |some )?$/ },
  // "Series E: $1.3B", "Raise: $1.3B Series E" in a key-facts box
  { reason: 'funding/label', confidence: 0.82, before: /^\W*(?:raise|raised|funding|round|total funding|amount raised|financing)\s*[:-]\s*$/ },
  // "invested £50 million in Quillmark", "an investment of $30 million in Stackwise", "is investing $30 million for a stake in Stackwise"
  // "420 billion won has been funneled into the company": money put in, told in the passive
  { reason: 'funding/invested-in', confidence: 0.82, after: /^ (?:has|have|had) (?:already |so far )?been (?:funnell?ed|poured|pumped|invested|injected|ploughed|plowed|put) in(?:to)? /, raiserAfterIn: true },
  { reason: 'funding/invested-in', confidence: 0.85, before: /\b(?:invest(?:s|ed|ing)?|investments? of|injection of|pour(?:s|ed|ing)?|pump(?:s|ed|ing)?|put(?:s|ting)?|commit(?:s|ted|ting)?|plow(?:s|ed|ing)?|sunk|sink(?:s|ing)?)(?: (?:an?|another|an additional|additional|a further|further|nearly|about|some|combined|a combined|a total of|a collective|jointly|together))* $/, raiserAfterIn: true },
];

const TOTAL_IN_BEFORE = /\b(?:total|overall|cumulative) (?:(?:amount|sum) )?(?:invested|put|poured|injected|raised) (?:in|into|by) (?:the )?$/;
// "secured a multi-billion-dollar cloud deal", "$1.3 billion in revenue", "a $10 billion valuation"
const SPENT_ON_AFTER = /^ (?:production|manufacturing|plants?|factor(?:y|ies)|operations|facilit(?:y|ies)|development|expansion|research|lines?|sites?|shares|stock|brands?|models?|stores?|network|infrastructure|program|programs|programme|programmes|projects?|schemes?|initiatives?|campaigns?|efforts?|versions?|products?)\b/;
// ("hidden $500m in debt": a liability — but "would raise $2 billion in debt" after a verb of raising is a round of borrowing)
const IN_DEBT = /^ (?:\([^)]{0,30}\) )?(?:[\w-]+ ){0,2}?in debts?(?! financing| funding| facility| round)\b/;
const OF_INVESTMENT = /^ of (?:new |fresh |further |additional |planned |extra )?(?:investment|spending|capital expenditure|capex)\b(?! (?:in|into|from) )/;
// Verbs that only raise (not "announced", "completed"): what they bring in is the round
// A person, then a verb of taking money in, right before the amount: "Pascal Soriot picked up more than £15 million"
const PERSON_TOOK = /^['’]?s?\s+(?:(?:has|had|have|also|reportedly|again|once again)\s+)*(?:picked up|picks up|received|receives|collected|collects|pocketed|pockets|bagged|bags|netted|nets|raked in|rakes in|took home|takes home)\s+(?:(?:a|an|about|around|nearly|almost|some|roughly|more than|over|just over|just under|at least|up to)\s+)?$/;
const WHO_TOOK = /\bwho (?:[\w-]+ ){0,5}?(?:picked up|received|collected|pocketed|bagged|netted|raked in|took home|was paid|was awarded|was handed)\s+(?:(?:a|an|about|around|nearly|almost|some|roughly|more than|over|just over|just under|at least|up to)\s+)?$/;
// An amount named as an investment or a round right after it: "a $40m investment from Norfund", "$40m in funding"
const INVESTMENT_NEXT = /^ (?:(?:equity |venture |growth |strategic |seed |fresh |new )?(?:investment|funding|financing)\b|in (?:new |fresh )?(?:funding|financing|investment)\b)/i;
const STRONG_RAISE = /\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|attract(?:s|ed|ing)?|land(?:s|ed|ing)?|bag(?:s|ged|ging)?|garner(?:s|ed|ing)?|snag(?:s|ged|ging)?)(?: [\w-]+){0,2} ?$/;
// (two expressions: as one, V8 took ~8 ms to compile it at start-up)
const NOT_FUNDING_AFTER = [
  // ("raised a $500 million fund for Australian startups", "raised $10 billion across growth, AI and defense funds", "has raised
  // $400m for its fourth fund": an investor raising a fund of its own from its backers, no round in a company)
  /^ (?:\([^)]{0,30}\) )?(?:(?:for|across|into|towards) (?:its |their |a |an |the |two |three |four |five |several |multiple )?(?:[\w-]+,? (?:and )?){0,5}?)?(?:(?:new|venture|vc|growth|seed|early-stage|debut|maiden|flagship|second|third|fourth|fifth|sixth|latest|opportunity|opportunities|continuation|infrastructure|climate|buyout|credit|impact|evergreen|ai|fintech|healthcare|tech|technology|private equity)[ -])*funds?(?![\w-])/,
  // "close to raising $1 billion to back technology start-ups": an investor's fund, raised to put into companies, no round in one
  /^ (?:[\w-]+ ){0,2}?to (?:back|invest in|fund|finance|support) (?:[\w-]+ ){0,3}?(?:start-?ups|companies|firms|businesses|ventures|entrepreneurs|founders)\b/,
  // "OpenAI will receive $350 million of CoreWeave stock": another company's shares received in a deal are no round
  /^ (?:of|in|worth of) (?!(?:new|fresh|preferred|preference|ordinary|additional|convertible|newly issued) )(?:[\w&.'’-]+ ){1,3}(?:stock|shares)\b(?! (?:round|financing|funding|raise|issue|sale|placing|offering))/,
  /^ (?:(?:in |of )?(?:annual |annualized |recurring |quarterly )?(?:[\w-]+ )?(?:revenue|sales|arr|profit|loss|losses|takings|box office)|valuation|post-money|pre-money|a share|per share)/,
  /^ (?:\([^)]{0,30}\) )?(?:[\w-]+ ){0,3}?(?:deal|deals|contract|contracts|agreement|agreements|partnership|commitments?|order|orders|purchases?|lease|acquisitions?|buyout|settlement|fine|package|packages|pay|salary|salaries|wages|income|emoluments|remuneration|earnings|bonus|bonuses|compensation|tax|taxes|in taxes|levies|duties|royalties|dividends?)\b/,
  // "a $3.25bn takeover offer", "a billion-dollar dent", "hidden $500m in debt": an offer for the company, a loss, a liability
  /^ (?:\([^)]{0,30}\) )?(?:[\w-]+ ){0,2}?(?:takeover|buyout|bid|bids|offer|offers|approach|dent|hole|black hole|writedown|write-down|write-off|charge|shortfall|deficit|penalty|damages|of debts?|in liabilities|in losses)\b/,
  IN_DEBT,
  // "the trillion-dollar debts of Japan's banks": debts owed, a liability, not money raised
  /^ (?:\([^)]{0,30}\) )?(?:[\w-]+ ){0,2}?(?:debts|bad loans|liabilities)\b/,
  // "announcing a $500 million shareholder buyback", "a $31.1 billion dividend": money paid back to shareholders, no round
  /^ (?:\([^)]{0,30}\) )?(?:[\w-]+ ){0,2}?(?:buy-?backs?|share repurchases?|repurchases?|dividends?|payouts?|capital returns?|return of capital)\b/,
  // "a 70m euro top-up", "a $45bn bailout", "$15bn of foreign investment": state aid and a country's inflows, no round
  /^ (?:\([^)]{0,30}\) )?(?:[\w-]+ ){0,2}?(?:top-up|top up|aid|subsid(?:y|ies)|handout|bailout|bail-out|rescue|grant|grants|stimulus|of (?:foreign|inward|overseas) (?:direct )?investment|in (?:foreign|inward|overseas) (?:direct )?investment|fdi)\b/,
  // "raising £115,000 for victims of the tsunami", "funding of £40m from the Government": charity and public money
  // (not a state's investment fund: "raised $300mn from the state fund Mubadala" is a round)
  /^ (?:\([^)]{0,30}\) )?(?:[\w-]+ ){0,3}?(?:for|to help) (?:the )?(?:victims|charity|charities|relief|the disaster|the tsunami|an appeal|the appeal|good causes|research into|families)\b/,
  /^ (?:\([^)]{0,30}\) )?(?:[\w-]+ ){0,3}?from (?:the )?(?:(?:federal|national|central|local|regional|provincial|city|county|[A-Z][a-z]+) )?(?:government|state|taxpayers?|lottery|national lottery|council|eu|european union|treasury|ministry)\b(?![ -](?:owned |backed |run )?(?:investment )?(?:fund|funds|investor|investors|wealth fund|holding company)\b)/,
  // "a joint venture … with an initial investment of $6.5m": a venture's start-up cost
  // (a credit line is a "facility" too, and money raised: "a $5 million debt facility from X")
  /^ (?:\([^)]{0,30}\) )?(?:[\w-]+ ){0,3}?(?:joint venture|jv|plant|factory|(?<!(?:debt|credit|loan|lending|financing|funding|revolving|term|warehouse|bridge|capital) )facility|project|site)\b/,
  // "BMW has announced £100m of new investment": what a company spends on itself, no round
  OF_INVESTMENT,
  // "a fresh $1.5-billion investment to procure 8,000 GPUs": money spent on buying or building, not put into the company
  // ("a $500 million investment in its own data centres": spent on itself; "a $121 million investment to support Malibu production")
  /^ (?:[\w-]+ ){0,2}?(?:investment|spending|outlay|capex) (?:to|for) (?:procure|procuring|buy|buying|purchase|purchasing|acquire|build|building|set up|deploy|expand|upgrade|develop|construct|install|support|supporting|boost|boosting|increase|increasing|retool|retooling|moderni[sz]e|moderni[sz]ing)\b|^ (?:[\w-]+ ){0,2}?(?:investment|spending|outlay|capex) in(?:to)? (?:its|their) own\b/,
  // "secured a $5.5 billion, 15-year lease with…": a deal's terms after a comma
  /^, (?:[\w-]+ ){0,2}?(?:deal|deals|contract|contracts|agreement|agreements|lease|leases|partnership|takeover|acquisition|order|orders)\b/,
  // "OpenAI receiving $350 million worth of equity in CoreWeave": shares of another company received, no round raised
  /^ (?:worth )?(?:of )?(?:[\w-]+ )?(?:equity|stock|shares) in\b/,
  // "91m naira of the funding available": a share of someone's budget
  /^ of (?:the|its|their) (?:funding|funds|money|budget|grant|grants|package|aid)\b/,
];
// The round named before its amount: "a financing round of at least", "an investment worth"
const ROUND_OF_BEFORE = /\b(?:round|investment|financing|raise|injection)s? (?:of|worth|totall?ing|valued at) (?:(?:at least|about|around|up to|nearly|more than|some|roughly) )?$/;
/** The owner of an investment whose amount this is ("Google’s $2.7 billion investment"), if one is named right before it. */
function investedBy(view: SentenceView, q: { start: number }): Actor | null {
  const owner = [...view.actors].reverse().find((a) => a.end <= q.start && q.start - a.end <= 4);
  return owner?.possessive && INVESTMENT_OWNED.test(view.text.slice(owner.end, owner.end + 50)) ? owner : null;
}

// A place's possessive and a few words describing the company after it: "the United Arab Emirates’ top AI firm "
const PLACE_DESCRIBED = /^(?:the )?([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})['’]s? (?:[a-z][\w-]* |AI ){1,4}/;

/** "invest $1.5 billion in the United Arab Emirates’ top AI firm G42": the company a place's description leads to. */
function placesCompany(view: SentenceView, at: number): Actor | null {
  const m = PLACE_DESCRIBED.exec(view.text.slice(at, at + 90));
  if (!m || !isKnownPlace(m[1]!.toLowerCase())) return null;
  return view.actors.find((a) => a.start === at + m[0].length && a.via === 'name') ?? null;
}

// Givers named in a list of several: "its backers, including X and Y,"
const ONE_OF_SEVERAL = /\b(?:including|such as|among them)\s+(?:[^.;:]{0,80}?(?:,|\band)\s+)?$/;

// A time after the round's "in" ("led its $30 million Series A in March"): no company invested in
const TIME_AFTER_IN = new RegExp(String.raw`^(?:(?:early|late|mid-?|the first|the second|the third|the fourth|the last)\s*)?(?:${MONTHS}|\d{4}|q[1-4]|(?:the )?(?:first|second|third|fourth) (?:quarter|half)|(?:last|this|next) (?:year|month|week|quarter)|recent (?:weeks|months)|the (?:past|last) (?:year|month|week|few))\b`);

// "valued at $10 billion" must not also be funding
// ("plans to deploy 20,000 processors as part of a $2 billion investment": money spent on a build-out is no round raised)
const ROUND_AFTER = /^ (?:(?:equity |venture |growth )?(?:funding|financing|investment) round|round of (?:funding|financing)|series [a-h]\b)/i;
const VALUATION_BEFORE = /\bvalu(?:ed|ing|es|ation)\b[^$]{0,20}$|\b(?:joint venture|jv)\b[^$]{0,60}\b(?:initial )?investment of $|\b(?:deploy|deploys|deploying|build|builds|building|set up|sets up|setting up|install|installs|installing|construct|constructing|open|opens|opening|expand|expanding|spend|spending)\b[^.;$]{0,80}\bas part of (?:a|an|its|their|the) (?:planned |proposed |total |wider |broader )?$/;
const PART_OF_BEFORE = /\bas (?:a )?part of (?:a|an|its|their|the|this|that) (?:planned |proposed |total |wider |broader |new |fresh )?$/;
const PROGRAMME_AFTER = /^(?:\s*\([^)]{0,30}\))? (?:[\w-]+ )?(?:investment|investments|commitment|programme|program|plan|package)\b(?! (?:round|rounds|from|by|led)\b)/;
// "X led the round", "X led the $50m Series B", "X led, with Y joining": an investor that led a round (not "X led this
// segment with a $218 million seed round", "X led the pack")
// (not a ranking's "led with": "fintech startup Abound led with a $14 million round" raised it)
const LED_ROUND = /^ (?:co-led|led|headed|anchored)(?! with\b| the (?:pack|list|way|charge|table|ranking|chart)\b)(?:\s*(?:[,.;)]|$)|\s+(?:the |a |an |its |this |that )?(?:[\w$€£¥.,'’-]+\s+){0,4}?(?:round|rounds|raise|investment|financing|funding|series|seed|tranche|deal)\b|\s+(?:alongside|with participation|and)\b)/;
// (not a bracketed conversion: "$10 million (£8m) led by X" is one round)
const ANOTHER_ROUND_BETWEEN = /\b(?:and|which|that|while|whereas|but)\b/;
// Investor slots: "led by X", "from X", "X led", "backed by X", "with participation from X"
// ("led by Danish growth investor Northzone": a few describing words may come between)
// ("led by Los Angeles–based early-stage VC firm MaC Ventures": a place, a stage and a kind of investor may all come between)
const LEAD_SLOT = /\b(?:led by|co-led by|headed by|spearheaded by|anchored by)\s+(?:(?:the|a|an|vc|[A-Za-z][a-z][\w'’–-]*)\s+){0,6}$/;
// ("Executives who received 1 billion yen or more", "…Ana Mott of Brenvik, who received £32m": people take "who", companies "which")
// ("Those in their second year will now receive $125,000", "Dana Roe will receive £3.8 million of shares": a person or people paid)
// The verb chain of being paid, up to the amount: "will now receive", "each received more than"
const RECEIVE_CHAIN = String.raw`(?:(?:each|all|have|had|has|also|reportedly|collectively|historically|typically|usually|will|would|could|can|may|now|then|still|be|been)\s+)*(?:received|receive|receives|receiving|got|get|gets|getting|earned|earning|took home|were paid|was paid|secured|secure|landed|bagged|handed|given|awarded|collected|pocketed)\s+(?:(?:more than|over|about|around|nearly|up to|at least|a total of|an extra|an additional|a (?:pay )?(?:raise|rise|increase|bonus) of|a|an)\s+)?$`;
const PEOPLE_RECEIVE = new RegExp(String.raw`(?:\b(?:${OCCUPATIONS.map((o) => o.replace(/s$/, 's?')).join('|')}|people|rookies|newcomers|joiners|directors|bosses|chiefs|officers|partners|founders|candidates|freshers|students|peers|counterparts|colleagues|juniors|seniors|those|he|she|boss|chief executive|ceo|cfo|chairman|chairwoman|president|founder|director|executive)\s+(?:(?:in|at|on)\s+(?:its|the|their|our)?\s*(?:[\w“”"'’-]+\s+){0,4}?)?(?:who\s+)?|\bwho\s+|^\s*(?:those|others)\b[^,]{0,40}?\s+)` + RECEIVE_CHAIN, 'i');
const CHAIN_ONLY = new RegExp(String.raw`\s+` + RECEIVE_CHAIN, 'i');
/** The words before an amount end with a person named and a verb of being paid ("Dana Roe will receive"). */
function personReceives(view: SentenceView, pre: string, at: number): boolean {
  const m = CHAIN_ONLY.exec(pre);
  if (!m) return false;
  const verbAt = at - (pre.length - m.index);
  // (or past an apposition or a relative clause: "Dana Roe, who runs Orrin Bank, received"; and an aside after it:
  // "Bob Damon, the Corvex Bank boss, for instance, received")
  // ("Yoon Boo-keun, a Samsung Electronics president who leads the tech giant's consumer unit, came in third, receiving")
  // ("Antony Jenkins refused a bonus, receiving £1.6 million": the person's own clause about pay, then the verb)
  return view.names.some((n) => n.kind === 'person' && n.end <= verbAt && (verbAt - n.end <= 1 || /^(?:,\s[^,;]{1,110}){1,3},\s*$|^\s[^,;]{0,60}\b(?:bonus|bonuses|salary|pay|pay rise|package|award|rise)\b[^,;]{0,20},\s*$/.test(view.text.slice(n.end, verbAt))));
}
const DONATIONS = /\b(?:donations?|donated|donors|charity|charities)\b/i;
// "from China's Hillhouse Capital": an investor named with its country's possessive
const FROM_PLACES = /\bfrom (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s\s+$/;
/** The actor after the amount is named "from" a country's possessive: "…worth 57 billion won from China's X". */
const fromPlaces = (view: SentenceView, q: Quantity, a: Actor) => {
  const m = FROM_PLACES.exec(view.text.slice(Math.max(q.end, a.start - 40), a.start));
  return !!m && isKnownPlace(m[1]!.toLowerCase());
};
// (an investor described before its name: "from Korean private equity firm IMM", "from US-based venture fund X")
const INVESTOR_DESCRIBED = String.raw`(?:[\w-]+ ){0,4}?(?:firm|fund|investor|company|group|giant|manager|house|backer|vc|bank|conglomerate|office|arm) `;
const FROM_SLOT = new RegExp(String.raw`\b(?:from|by|backed by|participation from|investors? (?:including|such as)|including|alongside)\s+(?:(?:the |existing investor |investors? |venture firm |vc firm |new investor )?|(?:the )?${INVESTOR_DESCRIBED})$`);
// A company's verb of leading right before the amount: " is leading a ", " led the ", " co-led a "
const LEADS_AMOUNT = /^ (?:(?:is|was|has|have|had|will|also|jointly|reportedly) )*(?:co-)?(?:lead|leads|led|leading|headed|heads|anchored|anchors|spearheaded)(?: (?:the|a|an|its|this|their))? $/;
// Between two amounts of one raiser's rounds: the first one's time, then "and" ("in March and ", "last year and another ")
const TIMED_THEN_AND = /^ (?:in|during|last|this|earlier|early|late) [\w ,]{1,24}? and (?:another |a further |an additional |then )?$/;
const TIME_AFTER_AMOUNT = /^ (?:in|during|last|this|earlier|early|late)\b/;
const FROM_LEAD_SLOT = new RegExp(String.raw`\b(?:from|backed by)\s+(?:the\s+)?(?:${INVESTOR_DESCRIBED})?$`);
// "the $240 million Ostrava Labs had raised": no cue around the amount itself, the raiser follows it
const RAISED_AFTER: Rule = { reason: 'funding/amount-then-raiser', confidence: 0.82 };

// Money needed, wanted or sought, before its amount
// (not a round it sets out to raise: "wants to raise $40 million" is one, hedged)
// ("its broadband programme cost it $1 billion in new capital", "spent $2bn of fresh capital on towers": money a company pays out is
// spending, whatever the noun after it)
const NEEDED_BEFORE = /\b(?:need|needs|needed|require|requires|required|requiring|want|wants|wanted|lack|lacks|lacking|call(?:s|ed)? for)(?: (?!to\b)[\w-]+){0,3} ?$|\b(?:cost|costs|costing|spent|spends|spend|spending)(?: (?:it|them|us|the (?:company|group|firm|bank|business)))?(?: (?:about|around|nearly|more than|over|some|roughly|almost|an estimated|a further|another|an additional))? ?$/;
const INCOME_VERB_BEFORE = /\b(?:took|takes|taking|take|brought|brings|bringing|bring|pulled|pulls|pulling|hauled|hauls|raked|rakes) in (?:[\w-]+ ){0,2}$/;
const PERIOD_OPENING = /^(?:(?:in|during|for|over|throughout) (?:(?:fiscal|fy|calendar) ?)?(?:19|20)\d\d|(?:in |during |for |over )?(?:the )?(?:last|past|this|latest|first|second|third|fourth) (?:year|quarter|half|fiscal year|financial year)|last year),/i;
const PERIOD_AFTER = /^ (?:(?:in|during|over|for) (?:the )?(?:(?:first|second|third|fourth|last|past|latest|three|six|nine|twelve|\d+) )?(?:quarter|months?|year|half|period|fiscal|financial year)|(?:in |of )?(?:sales|revenues?|turnover|income|fees)\b|(?:last|this|a|per|every) (?:year|quarter|month))/;
// Verbs of giving money: the sentence subject invests, it does not raise
const GIVER = /\b(?:contribut(?:e|es|ed|ing)|commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)|spend(?:s|ing)?|spent|invest(?:s|ed|ing)?|pour(?:s|ed|ing)?|pump(?:s|ed|ing)?|earmark(?:s|ed|ing)?|allocat(?:e|es|ed|ing))(?: (?:an?|another|an additional|additional|a further|further|more than|nearly|about|some|up to|over))* $/;
const ROUND_ALL = /\b(pre-seed|seed|angel|bridge|series[- ][a-h]\b(?:[- ]?(?:1|2|extension))?|growth|ipo|initial public offering)/gi;

function slotText(view: SentenceView, start: number): string {
  return view.text.slice(Math.max(view.sentence.start, start - 70), start).toLowerCase();
}

// "…up to $10 billion and Microsoft up to $5 billion", "…in Anthropic, and Microsoft up to $5 billion"
const GAP_BEFORE = /^(?:\s+(?:in|into)\s+[^,;.]{1,40}?)?\s*,?\s+and\s+$/;
const GAP_AMOUNT = /^\s+(?:(?:up to|about|around|roughly|nearly|some|another|a further|an additional)\s+)?$/;
function gappedInvestor(view: SentenceView, q: { end: number }, raiser: EntityRecord, first: EntityRecord): { entity: EntityRecord; q: (typeof view.quantities)[number] } | null {
  const a = view.actors.find((x) => x.start > q.end && x.via === 'name' && !x.possessive && x.entity !== raiser && x.entity !== first && GAP_BEFORE.test(view.text.slice(q.end, x.start)));
  if (!a) return null;
  const m = view.quantities.find((x) => x.kind === 'money' && x.start > a.end && GAP_AMOUNT.test(view.text.slice(a.end, x.start)));
  return m ? { entity: a.entity, q: m } : null;
}

// The money's round and who it goes into after the amount: "… investment in X", "… investment by Y in X", "… investment Y
// recently made in X", "… investment for a 49% stake in X"
const MADE_INVESTMENT = String.raw`(?:(?:has|had|have|recently|previously|just|reportedly|also) )*(?:made|put|poured|pumped|sank|announced|committed)`;
// Words describing a company before its name: "Indonesia-based on-demand ride platform", "the Lagos-based fintech startup"
const DESCRIBED_GAP = /^(?:(?:the|a|an) |[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?['’]s )?(?:(?:[A-Z][\w.'’-]*-based|[a-z][\w-]*) ){0,5}(?:platform|startup|start-up|company|firm|app|business|operator|provider|lender|fintech|unicorn|maker|developer|group|chain|retailer|bank|service) $/;
// ("a $40 million Series B+ round in X": a round's letter may carry a plus)
const IN_AFTER = new RegExp(String.raw`^(?:-plus)? (?:[\w+-]+ ){0,3}?(?:investment|stake|funding|injection|financing|round|raise|series [a-z]\+?|seed(?: round)?)s? (?:(?:by|from) [\w&.'’-]+(?: [\w&.'’-]+){0,3} |(?:that |which )?[\w&.'’-]+(?: [\w&.'’-]+){0,3} ${MADE_INVESTMENT} )?(?:in|into|for)(?: an? (?:\d+(?:\.\d+)?(?:%| per ?cent| percent)|minority|majority) stake in)? `);
const MADE_AFTER = new RegExp(String.raw`^ ${MADE_INVESTMENT}\b`);

// An announcement just before the amount ("recently announced a"), and a round's words after "investment in"
const ANNOUNCED_BEFORE = /\bannounc(?:e|es|ed|ing) (?:an? |the |its )?(?:[\w-]+ )?$/i;
/**
 * "TSMC is building two fabs, having announced an investment of US$40 billion", "announced an investment of $40 billion in new
 * plants": an investment a company announces "of" an amount, naming no one who puts it in, is its own spending — not "…of $40
 * million from Orvale Capital".
 */
function announcedSpending(view: SentenceView, q: { start: number; end: number }): boolean {
  return ANNOUNCED_INVESTMENT_OF.test(view.text.slice(Math.max(view.sentence.start, q.start - 90), q.start)) && !GIVER_NAMED_AFTER.test(view.text.slice(q.end, Math.min(view.sentence.end, q.end + 60)));
}
const ANNOUNCED_INVESTMENT_OF = /\b(?:announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|plann(?:ed|ing)|plans?) (?:an? |the |its )?(?:[\w-]+ )?investments? (?:of|worth|totall?ing) (?:about |around |nearly |more than |over |some |roughly |up to )?$/i;
const GIVER_NAMED_AFTER = /^,? (?:[\w-]+ ){0,3}?(?:from|led by|backed by|by)\b|^ (?:in|as part of) (?:a|an|its|the) (?:[\w-]+ )?(?:round|series|funding|financing)\b/i;
const ROUND_NEXT = /^(?:(?:a|an|the|its|this) )?(?:[\w-]+ )?(?:round|series|seed|funding|financing)\b/i;

// "a Coatue-led $70 million Series B", "the Accel-backed round": the investor as a modifier of the round it leads
const LED_MODIFIER = /^-(?:led|co-led)\b/;

export const funding: Extractor = {
  type: 'funding',
  extract(view: SentenceView): RawClaim[] {
    const claims: RawClaim[] = [];
    for (const { q, rule, pre, preEnd, post } of moneyMatches(view, RULES, 90, () => RAISED_AFTER)) {
      // (the words after the amount, past a bracketed conversion that ends the clause: "$3.25bn (£1.7bn) takeover offer")
      const rawAfter = view.text.slice(q.end, Math.min(view.sentence.end, q.end + 60)).toLowerCase();
      // ("secured a further $50m of investment": after a verb of raising, investment is the round itself)
      const raisedIt = STRONG_RAISE.test(pre);
      // ("doubled its valuation in a $180 million funding round": a round named after the amount is a round, whatever came before)
      // (a company's name after the amount is no word of what the money is: "invested $1 billion in Orvale Pay" is no pay)
      let unnamedPost = post;
      let unnamedRaw = rawAfter;
      for (const a of view.actors) {
        if (a.via !== 'name' || a.start < q.end || a.start > q.end + 90) continue;
        const name = view.text.slice(a.start, a.end).toLowerCase();
        unnamedPost = unnamedPost.split(name).join('company');
        unnamedRaw = unnamedRaw.split(name).join('company');
      }
      if ((rule !== RAISED_AFTER && NOT_FUNDING_AFTER.some((re) => ((re !== OF_INVESTMENT && re !== IN_DEBT) || !raisedIt) && (re.test(unnamedPost) || re.test(unnamedRaw)))) || (VALUATION_BEFORE.test(pre) && !ROUND_AFTER.test(post))) continue;
      // ("We need at least $20bn (£10.6bn) in investment": money needed or sought is no round raised)
      if (NEEDED_BEFORE.test(pre)) continue;
      // ("Astra boss Pascal Soriot picked up more than £15 million": money a person picks up or receives is pay, no round)
      // ("Sir Martin Sorrell, chief executive of WPP, who on the same measure received £11.6m": "who" is a person)
      // (not "who" said of a company, receiving what is called an investment: "Kenya's CrossBoundary Energy Access who received a $40m
      // investment from Norfund")
      const whoCompany = /\bwho\s+/.test(pre) && INVESTMENT_NEXT.test(post) && view.actors.some((a) => a.via === 'name' && a.end <= q.start && q.start - a.end <= 40 && /^,? who\b/.test(view.text.slice(a.end, a.end + 6)));
      if (view.names.some((n) => n.kind === 'person' && n.end <= q.start && PERSON_TOOK.test(view.text.slice(n.end, q.start))) || (WHO_TOOK.test(pre) && !whoCompany)) continue;
      // ("is expected to make a £500m profit on its £20.3bn investment": the sum an investor put in long ago, no round now)
      if (/\b(?:profits?|loss|losses|returns?|gains?|windfall|writedown|write-down) on (?:its|the|their|his|her|an?|this|that) (?:[\w-]+ )?$/.test(pre)) continue;
      // ("is selling 120,000 GPUs to the UK as part of an £11 billion investment": a programme of spending the sale belongs to,
      // whatever the verb before it, is no round raised — unless the words after make it one: "as part of a $50m investment round")
      if (PART_OF_BEFORE.test(pre) && PROGRAMME_AFTER.test(rawAfter)) continue;
      // ("took in $1.2 billion in the three months to June", "brought in $40m last year": money taken in over a period is income)
      // ("In 2024, Halden AI brought in $3.7 billion": the period may open the sentence)
      if (INCOME_VERB_BEFORE.test(pre) && (PERIOD_AFTER.test(rawAfter) || PERIOD_OPENING.test(view.sentence.text))) continue;
      // "received almost £8 million, with more than 11,000 donations": gifts are no round
      if (DONATIONS.test(view.sentence.text)) continue;
      // ("paying $1.5 million per employee in equity": one person's amount is pay; "collectively raising": a total of many)
      // ("subscriptions now bring in more than £500,000 per month": money by the month or the year is income, no round)
      if (q.per === 'person' || q.per === 'year' || q.per === 'month' || q.per === 'week' || q.per === 'day' || q.per === 'hour' || /\bcollectively\b/.test(pre)) continue;
      // "10 executives received ¥1 billion or more": people paid, not a company funded
      if ((PEOPLE_RECEIVE.test(pre) && !whoCompany) || personReceives(view, pre, preEnd)) continue;
      // "received $11m from the US and the UK": money from a country is state money (not "from China's Hillhouse Capital": a
      // country's company)
      const fromPlace = /^(?:\([^)]{0,30}\) )?from (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})(?![\w.'’])/.exec(view.text.slice(q.end + 1, q.end + 50));
      if (fromPlace && isKnownPlace(fromPlace[1]!.toLowerCase())) continue;
      // Who invests: "led by X", "X led the round", "from X"
      const investors: EntityRecord[] = [];
      let lead: EntityRecord | null = null;
      let leadsBefore = false;
      // investors of this amount sit in its clause: "X closed a round led by Y, while Z raised £6.5m…"
      const [clauseStart, clauseEnd] = clauseAround(view, q.start);
      for (const a of view.actors) {
        if (a.start < clauseStart || a.end > clauseEnd) continue;
        // ("Routemotic, which raised USD 40 million…, and Flipspaces, which secured USD 35 million led by Iron Pillar": an investor
        // after another round's amount is that round's)
        if (a.start > q.end && view.quantities.some((o) => o !== q && o.kind === 'money' && o.start >= q.end && o.end <= a.start && ANOTHER_ROUND_BETWEEN.test(view.text.slice(q.end, o.start)))) continue;
        const slot = slotText(view, a.start);
        // the first name after "led by" is the lead; later ones belong to other phrases
        const firstAfterLed = LEAD_SLOT.test(slot) && !view.actors.some((o) => o !== a && o.start < a.start && o.start > a.start - slot.length + slot.search(/\b(?:co-)?(?:led|headed|spearheaded|anchored) by/));
        if (firstAfterLed) {
          const list = actorList(view, a.start);
          lead ??= list[0]!.entity;
          for (const x of list) if (!investors.includes(x.entity)) investors.push(x.entity);
        } else if ((FROM_SLOT.test(slot) || fromPlaces(view, q, a)) && a.start > q.end && !/\bfrom (?:stealth|the [a-z]+)\b/.test(slot) && !(a.via === 'anaphor' && a.possessive)) {
          // (not "from its IPO", "from its existing backers": the raiser's own, no investor)
          for (const x of actorList(view, a.start)) if (!investors.includes(x.entity)) investors.push(x.entity);
        } else if (a.end <= q.start && a.start >= clauseStart && a.via === 'name' && LEADS_AMOUNT.test(view.text.slice(a.end, q.start))) {
          // ("Stanbic Bank is leading a $55 million debt facility", "Orvale Capital led the $55 million round": the one leading it invests)
          leadsBefore = true;
          lead ??= a.entity;
          if (!investors.includes(a.entity)) investors.push(a.entity);
        } else if (a.end <= q.start && LED_MODIFIER.test(view.text.slice(a.end, a.end + 8)) && /^[\w\s$€£¥.,-]*$/.test(view.text.slice(a.end, q.start))) {
          lead ??= a.entity;
          if (!investors.includes(a.entity)) investors.push(a.entity);
        } else if (LED_ROUND.test(view.text.slice(a.end, a.end + 70).toLowerCase()) || (/\bwith\s+$/.test(slot) && /^ (?:leading|as (?:the |its )?(?:lead|anchor)(?: investor)?)\b/.test(view.text.slice(a.end, a.end + 30).toLowerCase()))) {
          // ("with Westgate Capital leading the round", "with Westgate Capital as lead investor")
          lead ??= a.entity;
          if (!investors.includes(a.entity)) investors.push(a.entity);
        }
      }
      let picked = null;
      // "the US$240 million Ostrava Labs had previously raised": the raiser right after the amount
      // ("the $33 million Series A raise by LemFi": a raise "by" a company is its own)
      const raiserAfter = view.actors.find((a) => a.start > q.end && ((/^\s*(?:that |which )?$/.test(view.text.slice(q.end, a.start)) && /^ (?:had |has |have )?(?:previously |already |so far |reportedly |recently )?(?:raised|received|secured|collected|pulled in)\b/.test(view.text.slice(a.end, a.end + 40))) || /^ (?:[\w-]+ ){0,3}?(?:raise|fundraise|fundraising) by $/i.test(view.text.slice(q.end, a.start))));
      if (!rule.before && !rule.after && !raiserAfter) continue;
      // "a £50 million equity investment in Quillmark", "$30 million for a stake in Stackwise": the raiser follows
      // "Sundial Ventures has led a $35 million Series A in Quarry AI"
      // ("the $200 million investment by Visa in Interswitch": the investor between)
      // ("leading a financing round of at least $600m for Chinese AI startup MiniMax": the round said before the amount)
      // ("the $14.3 billion investment Meta recently made in Scale AI": the investor and its verb between; "a $14.3 billion
      // investment for a 49% stake in Scale AI": the stake it buys)
      const inAfter = IN_AFTER.exec(post) ?? (ROUND_OF_BEFORE.test(pre) ? /^ (?:for|in|into) /.exec(post) : null);
      // (a company after "in": "raised $100 million in funding in March" has a month there, and its subject raised it)
      // (not the round's lead or backer: "raised $33 million Series A in a funding round led by Left Lane Capital")
      const inObjAt = inAfter ? actorAfter(view, q.end + inAfter[0].length, 25) : null;
      // (nor a name past a purpose: "an investment in Sweden to expand its data centres" is not into "its")
      const inObj = inObjAt && !/\b(?:led|co-led|backed|headed|anchored|by|from)\b|\bto [a-z]+ /.test(view.text.slice(q.end + inAfter![0].length, inObjAt.start)) ? inObjAt : null;
      // "Microsoft has committed $5 billion in new investment for…": a giver, not a raiser
      const giver = GIVER.test(pre);
      // ("raises the total invested in Getir … to $2 billion": the company the total was put into or raised by)
      const totalOf = rule.reason === 'funding/total-raised' ? view.actors.find((a) => a.end <= q.start && a.start >= q.start - pre.length && TOTAL_IN_BEFORE.test(view.text.slice(Math.max(view.sentence.start, a.start - 40), a.start))) : undefined;
      // ("the company announced a $1.4 billion investment in Sweden to expand its data centres": an investment announced into
      // a place or a project, no company after "in", is the announcer's spending, no round it raised)
      if (!raiserAfter && !inObj && inAfter && rule.reason === 'funding/raised' && ANNOUNCED_BEFORE.test(pre) && /\binvestments? (?:in|into) $/.test(inAfter[0]) && !ROUND_NEXT.test(post.slice(inAfter[0].length))) continue;
      if (!raiserAfter && !inObj && announcedSpending(view, q)) continue;
      if (raiserAfter) {
        picked = { entity: raiserAfter.entity, via: raiserAfter.via, actor: raiserAfter };
      } else if (totalOf) {
        picked = { entity: totalOf.entity, via: totalOf.via, actor: totalOf };
      } else if (inAfter && (inObj || (rule.reason !== 'funding/raised' && !TIME_AFTER_IN.test(post.slice(inAfter[0].length))))) {
        const obj = inObj;
        if (!obj) continue;
        picked = { entity: obj.entity, via: obj.via, actor: obj };
        // (the investor named inside the phrase: "the $14.3 billion investment Meta recently made in Scale AI")
        const madeBy = view.actors.find((a) => a.start > q.end && a.end <= q.end + inAfter![0].length && a.entity !== obj.entity && MADE_AFTER.test(view.text.slice(a.end, a.end + 40)));
        const by = madeBy ? { entity: madeBy.entity } : pickSubject(view, q.start, { exclude: [obj.entity], topic: false });
        if (by) {
          lead ??= by.entity;
          if (!investors.includes(by.entity)) investors.unshift(by.entity);
        }
      } else if (giver && !rule.raiserAfterIn) {
        // "backers … have committed more than $90 million to the latest round": the round's company
        // ("ASML is contributing €1.3 billion of the total investment": a share of the round)
        if (!/^ (?:to|in|into|of) (?:the|its|this|that) (?:[\w-]+ ){0,4}?(?:round|raise|financing|tranche|investment|funding)\b/.test(post)) continue;
        const raiser = view.topic;
        // (the giver is no raiser: a topic that is the one giving names no round's company)
        if (!raiser || view.actors.some((a) => a.entity === raiser && a.end <= q.start)) continue;
        picked = { entity: raiser, via: 'topic' as const, actor: null };
        for (const a of view.actors) if (a.entity !== raiser && !investors.includes(a.entity) && a.end <= q.start) investors.push(a.entity);
        // (one giver named: it put that money in — "ASML is contributing €1.3 billion of the total investment")
        if (investors.length === 1) lead ??= investors[0]!;
      } else if (rule.raiserAfterIn) {
        // ("Kestrel Capital committed $1 billion to Orvale Health in its latest round": money committed "to" a company)
        const inAt = (/\bcommit(?:s|ted|ting)?\b[^.;]{0,30}$/.test(pre) ? /^(?:[^.;]{0,40}?)\bto\s/.exec(post) : null) ?? /^(?:[^.;]{0,40}?)\b(?:in|into|for a stake in|for an? [\w. ]+ stake in)\s/.exec(post);
        // ("pumped $45bn into two of its largest banks": money spread over several is no one's round)
        const several = inAt && /^(?:(?:two|three|four|five|several|some|many|all|both|each|one|a number|a few|dozens|hundreds) of|\d+ of)\b/i.test(post.slice(inAt[0].length));
        // ("plans to invest $48m in renovating parts of the Savoy": money put into doing something is spending, no round)
        const doing = inAt && /^(?:[a-z]+ing)\b/.test(post.slice(inAt[0].length)) && !/^(?:funding|financing|backing)\b/.test(post.slice(inAt[0].length));
        const objAt = q.end + (inAt ? inAt[0].length : 0);
        // ("invested $100m in Indonesia-based on-demand ride platform Go-Jek": a longer description of the company before it)
        const described = () => {
          const far = actorAfter(view, objAt, 80);
          return far && DESCRIBED_GAP.test(view.text.slice(objAt, far.start)) ? far : null;
        };
        // (an -ing word may open a company's description: "in vending machine operator Citybox" is no doing)
        const obj = inAt && !several && (!doing || described()) ? actorAfter(view, objAt, 25) ?? described() ?? placesCompany(view, objAt) : null;
        if (!obj) continue;
        // ("Grab plans to invest $500 million in its Vietnam business": money put into its own business is spending)
        if (obj.via === 'anaphor' && /^(?:its|their|our)$/i.test(obj.text)) continue;
        // ("had invested some £280m in Mini production": money put into an activity the name modifies is spending)
        if (SPENT_ON_AFTER.test(view.text.slice(obj.end, obj.end + 30))) continue;
        picked = { entity: obj.entity, via: obj.via, actor: obj };
        const giver = pickSubject(view, q.start, { exclude: [obj.entity], topic: false });
        if (giver) {
          // ("Its investors, including X and Y, had put a combined $414m into Z": one of several givers leads nothing)
          if (!(giver.actor && ONE_OF_SEVERAL.test(view.text.slice(view.sentence.start, giver.actor.start)))) lead ??= giver.entity;
          if (!investors.includes(giver.entity)) investors.unshift(giver.entity);
        }
      } else {
        // "Google’s $2.7 billion investment drove a $10 billion valuation": the owner invested; the passage's company raised it
        const by = investedBy(view, q);
        if (by) {
          const raiser = view.topic;
          if (!raiser || raiser === by.entity || raiser.kind !== 'organization') continue;
          picked = { entity: raiser, via: 'topic' as const, actor: null };
          lead ??= by.entity;
        } else picked = pickSubject(view, q.start, { exclude: investors, notInvestors: true });
      }
      // (a round the sentence says only who leads, in no company: the passage's company raised it)
      if (!picked && leadsBefore && view.topic && view.topic.kind === 'organization' && !view.topic.assumed && !view.topic.media && !investors.includes(view.topic)) picked = { entity: view.topic, via: 'topic' as const, actor: null };
      if (!picked) continue;
      // a single investor named "from X" leads; one among "investors including X" does not
      // ("a round backed by Westgate Capital": so does a single backer; "from X through its vehicles
      // including Y and Z": the one named right after "from" leads the ones it brings)
      if (!lead) {
        const fromOnes = investors.filter((e) => view.actors.some((a) => a.entity === e && a.start > q.end && (FROM_LEAD_SLOT.test(slotText(view, a.start)) || fromPlaces(view, q, a))));
        if (fromOnes.length === 1 && (investors.length === 1 || investors[0] === fromOnes[0])) lead = fromOnes[0]!;
      }
      // The round word nearest the amount: "a $2m seed round … its $10m Series A"
      const rounds = [...view.sentence.text.matchAll(ROUND_ALL)].map((m) => ({ start: view.sentence.start + m.index!, end: view.sentence.start + m.index! + m[0].length, word: m[1]! }));
      const round = nearest(rounds, q.start, () => true)?.word ?? null;
      const raiser = picked.entity;
      const claim = amountClaim('funding', view, q, rule, picked, {
        counterparty: lead && lead !== raiser ? lead : null,
        round: round ? normalizeRound(round) : null,
        investors: investors.filter((e) => e !== lead && e !== raiser),
      });
      // "X and Y each secured $5 million", "Both X, a …, and Y, a …, secured $20 million each": every one of them raised it
      const others = coordinatedSubjects(view, q, picked.entity, investors);
      if (others.length) claim.shared = true;
      claims.push(claim);
      for (const other of others) claims.push({ ...claim, subject: other.entity, subjectVia: other.via, counterparty: claim.counterparty === other.entity ? null : claim.counterparty });
      // ("Kuda Bank raised $25 million in March and $55 million in August 2021": a second round of the same raiser, each told by its time)
      if (rule.reason === 'funding/raised') {
        const next = view.quantities.find((o) => o.kind === 'money' && o.start > q.end);
        if (next && !claims.some((c) => c.value?.start === next.start) && TIMED_THEN_AND.test(view.text.slice(q.end, next.start)) && TIME_AFTER_AMOUNT.test(view.text.slice(next.end, next.end + 30))) {
          claims.push({ ...claim, value: next, cueAt: next.start, counterparty: null, investors: [], round: null, confidence: claim.confidence - 0.05 });
        }
      }
      // ("Nvidia will invest up to $10 billion and Microsoft up to $5 billion": a second investor and its own amount, the verb
      // left out, invest in the same company)
      if (rule.reason === 'funding/invested-in' && claim.counterparty) {
        const second = gappedInvestor(view, q, raiser, claim.counterparty);
        if (second && !claims.some((c) => c.value?.start === second.q.start)) claims.push({ ...claim, counterparty: second.entity, value: second.q, cueAt: second.q.start, investors: [], confidence: claim.confidence - 0.05 });
      }
    }
    return claims;
  },
};

/** "series b" → "Series B", "Seed" → "seed". */
function normalizeRound(r: string): string {
  const series = /^series[- ]([a-h])(.*)$/i.exec(r);
  if (series) return `Series ${series[1]!.toUpperCase()}${series[2]}`;
  if (/^(?:ipo|initial public offering)$/i.test(r)) return 'IPO';
  return r.toLowerCase();
}
