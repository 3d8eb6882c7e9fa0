import type { Extractor, RawClaim, SentenceView } from '../extractor.js';
import { amountClaim, moneyMatches, type AmountRule } from '../amount-rules.js';
import { actorAfter, coordinatedSubjects, isObjectSlot, leadInvestor, pickSubject } from '../slots.js';

/**
 * valuation: what a company is valued at. Rules look at the words around each money
 * amount; the subject is the company the sentence values (an object after "valuing",
 * "valuation for", else the sentence's subject).
 */

type Rule = AmountRule;

// A verb of a level's change, then the level's "to" or "at": "jumped 50% to", "has more than doubled to", "decreased to"
const CHANGED_TO = String.raw`(?:ris(?:e|es|ing|en)|rose|grow(?:s|ing|n)?|grew|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|increas(?:e|es|ed|ing)|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|fall(?:s|ing|en)?|fell|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|slip(?:s|ped|ping)?|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|leap(?:s|t|ed|ing)?|shot up|shoot(?:s|ing)? up|balloon(?:s|ed|ing)?|went up|went down|go(?:es|ing)? (?:up|down)|slid(?:e|es|ing)?|sank|sunk|sink(?:s|ing)?|halv(?:e|es|ed|ing)|shr(?:ink|inks|inking|ank|unk)|plummet(?:s|ed|ing)?|slump(?:s|ed|ing)?|nosediv(?:e|es|ed|ing))\b[^.;$]{0,30}? (?:to|at) (?:an? |about |nearly |roughly |around |more than |just )?$`;
const RULES: Rule[] = [
  // "valued at $12 billion", "valuing it at more than $2.5 billion", "values the company at $32 billion",
  // "could value X at", "is now valued, internally, at $9 billion", "valuing the darling at a staggering $9 billion"
  // (the bare noun "a total value of $400 million" is a deal's worth, so "value" needs "… at")
  // ("would value it around $45 billion": a hedge the amount took, "around", leaves the object right before it)
  // ("pegged Zentrix AI's value at $2.3bn", "put the company's value at", "puts its worth at": a verb that sets a value;
  // "a round that priced it at $4.3 billion": what investors paid sets the company's price)
  { reason: 'valuation/valued-at', confidence: 0.92, before: /\bvalu(?:e|es|ed|ing) (?:it|them|the (?:company|startup|firm|business|group|lender|unicorn)) $|\b(?:valu(?:ed|ing|es)\b(?:,? [^ ]+){0,6}?,? (?:at|near|around|to|of|as)|value\b(?:,? [^ ]+){1,6}?,? (?:at|near|around)|(?:pegg?(?:ed|s|ing)?|put(?:s|ting)?|set(?:s|ting)?|plac(?:e|es|ed|ing))\b[^.;]{0,40}?(?:'s?|\bits|\btheir) (?:value|worth|valuation) at|\b(?:round|funding|financing|investment|deal|investors|transaction|sale|raise)\b[^.;]{0,40}?\bpriced (?:it|them) at|\bpriced (?:the (?:company|startup|firm|business|group|lender|bank|unicorn)) at|\bmark(?:s|ed|ing)?(?: (?:down|up))? (?:the (?:company|startup|firm|business|group)|it) at|\bpegg?(?:ed|s|ing)? (?!(?:[^ .;]+ ){0,3}?(?:currency|currencies|rate|rates|price|prices|inflation|interest|growth|market|markets|deficit|debt|cost|costs|bill|loss|losses|damage|damages|figure|number|total|spending|budget|sales|revenue|revenues|profit|profits)\b)(?:[^ .;,]+ ){1,4}?at|\bput(?:s|ting)? (?:it|the (?:company|startup|firm|business|group)) at an? (?:[\w-]+ )?(?:value|valuation) of)(?: an?(?: [\w'"-]+)?)? ?$/ },
  // "a valuation of $5 billion", "valuation has climbed to $7.5 billion", "valuation: $4.5B", "a valuation north of $800 million",
  // "the company's valuation, which had peaked at $8 billion", "set the valuation at a 'mere' $2 billion"
  { reason: 'valuation/valuation-of', confidence: 0.9, before: /\bvaluations?\b(?:,? (?:which|that))?(?: [\w-]+){0,4}? (?:of|at|to|near|around|from|was|is|remains|remained|stays|stayed|reach(?:es|ed)|hits?|tops|topped|cross(?:es|ed)|surpass(?:es|ed)|exceed(?:s|ed)|touch(?:es|ed)|breach(?:es|ed)|nears|neared|stands at|stood at)(?: (?:an?|the|[\w'"-]+)){0,2} ?$|\bvaluations? (?:as high as|as much as|as low as|north of|close to|upwards of|in excess of) $|\bvaluations?\s*[:-]\s*$|\bvaluations? $/ },
  // "a $32 billion valuation", "$10B post-money", "at a $3 billion pre-money valuation"
  // (not a word that joins a clause of its own: "raises $2bn as valuation hits $30bn" — the valuation is the later amount)
  { reason: 'valuation/amount-valuation', confidence: 0.92, after: /^(?: (?!(?:as|after|while|when|and|but|or|with|before|since|amid|despite|in|on|at|for|to|from|by|the|its|their)\b)\w+)? (?:post-money|pre-money|valuation|valuations)\b/ },
  // "At £1.1bn, Fennick is the most richly valued company on this list"
  // "landed $6.6 billion in funding at a $157 billion price tag": the price a round puts on the company
  // ("raised $500 million in a round at $4 billion": a round whose size is said first, "at" an amount, is priced at it)
  { reason: 'valuation/raised-in-round-at', confidence: 0.8, before: /\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed)?|clos(?:e|es|ed|ing)|bag(?:s|ged)?) (?:about |around |nearly |more than |over |some |roughly |an? )?(?:[$€£¥]|us\$)\s?[\d.,]+\s?(?:million|billion|m|bn|b)? (?:in|through|via|from) (?:a|an|its|the|their) (?:[\w-]+ ){0,3}?(?:round|financing|raise|fundraise|funding round|funding) at (?:an? )?$/, after: /^(?!\s*(?:valuation|post-money|pre-money))/ },
  // ("raised $100 million at $2 billion": the price of the round right after its size)
  { reason: 'valuation/raised-at', confidence: 0.78, before: /\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed)?|clos(?:e|es|ed|ing)|bag(?:s|ged)?) (?:about |around |nearly |more than |over |some |roughly |an? )?(?:[$€£¥]|us\$)\s?[\d.,]+\s?(?:million|billion|m|bn|b)? at (?:an? )?$/, after: /^(?!\s*(?:valuation|post-money|pre-money|interest|a share|per share|each|apiece)\b)(?!\s*(?:a|an|per) )/ },
  // ("Harwick AI, the $30 billion startup": a startup named by what it is worth — not "the $45 billion company", a listed
  // company's market value as often as not)
  { reason: 'valuation/amount-company', confidence: 0.74, before: /\b(?:the|a|an|now a|now an)\s$/, after: /^(?:-plus)? (?:(?:ai|tech|fintech|edtech|software|chip|robotics|crypto|payments|e-commerce|delivery|biotech|private|privately held)[ -])?(?:startup|start-up|unicorn|decacorn|lab)\b/ },
  // ("a stake sale to Silver Lake, giving the company a $4.8 billion value", "gives it a $2 billion value": a value a deal gives the
  // company it is in)
  { reason: 'valuation/gives-company-value', confidence: 0.8, before: /\b(?:giv(?:e|es|en|ing)|gave|hand(?:s|ed|ing)?|assign(?:s|ed|ing)?) (?:the (?:company|startup|firm|business|group|club|lender|unicorn)|it|them) an? $/, after: /^ (?:value|valuation|price tag|market value)\b/ },
  { reason: 'valuation/round-price-tag', confidence: 0.82, before: /\b(?:funding|financing|round|raised|raises|raise|raising|investment|landed|secured)\b[^.;]{0,60}\bat an? $/, after: /^ price[- ]tag\b/ },
  { reason: 'valuation/at-amount-valued', confidence: 0.8, before: /^\W*at $/, after: /^, [^.;]{0,60}\b(?:valued|valuation)\b/ },
  // "well ahead of the $18 billion that fellow AI rival Anthropic is now valued at": the company valued follows the amount
  { reason: 'valuation/amount-x-valued-at', confidence: 0.8, after: /^ (?:that|which) (?:[\w&'’.-]+ ){1,6}?(?:is|was|are|were|has been|had been) (?:now |currently |then |reportedly )?valued at\b/ },
  // "raised $125 million in February, landing at $1.125 bn", "secured a $600 million round, just crossing the $1 bn threshold":
  // where a round leaves the company's value
  { reason: 'valuation/round-landing-at', confidence: 0.78, before: /\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|round)\b[^.;]{0,60}?,? (?:just |thereby )?(?:landing(?: it)? at|crossing the|breaching the|passing the|topping the) (?:an? )?$/, after: /^(?: (?:valuation )?(?:threshold|mark|milestone|barrier)\b|(?:\s*[.;,]|\s*$|\s+(?:valuation|post-money|in|by|last|this|earlier|later|early|late)\b))/ },
  // "its valuation jumped 50% to $12 billion", "the valuation has more than doubled to…": the level a valuation rose or fell to
  { reason: 'valuation/valuation-rose-to', confidence: 0.85, before: new RegExp(String.raw`\bvaluations?\b[^.;$]{0,50}? ${CHANGED_TO}`) },
  // ("The round has almost tripled the company's valuation, which was around $400 million in 2022, to a staggering $1 billion": a
  // verb that changes a valuation, named as its object, and the level it took it to — past an aside on the earlier level)
  { reason: 'valuation/changed-valuation-to', confidence: 0.84, before: /\b(?:doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|quadrupl(?:e|es|ed|ing)|lift(?:s|ed|ing)?|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|push(?:es|ed|ing)?|increas(?:e|es|ed|ing)|cut(?:s|ting)?|slash(?:es|ed|ing)?|lower(?:s|ed|ing)?|halv(?:e|es|ed|ing)|took|takes|taking|sent|sends|propel(?:s|led|ling)?) (?:the |its |their )?(?:[\w'’-]+ ){0,2}?valuations?\b(?:, (?:which|that) [^;]{0,70}?,)? (?:to|at) (?:an? |about |nearly |roughly |around |more than |just |some )?$/ },
  // ("The value of Stripe, previously rated at $95 billion by private investors, decreased to $74 billion": a company's value,
  // an aside on its earlier level between the name and the verb)
  { reason: 'valuation/value-of-changed-to', confidence: 0.82, before: new RegExp(String.raw`(?:\bthe value of [a-z][\w&.'’-]*(?: [a-z][\w&.'’-]*){0,3} |^|, )(?:has |had |have )?${CHANGED_TO}`) },
  // "its valuation was slashed from $45.6 billion last year to just $6.5 billion": the level a valuation went to
  { reason: 'valuation/from-to', confidence: 0.88, before: /\bvalu(?:ation|ed)s?\b[^.;]{0,50}?\bfrom [^.;]{1,40}? to (?:just |only |about |around |nearly |roughly |more than |over |some |an? )?$/ },
  // "is now worth $5 billion", "was worth about $1 billion" — a company, not a deal
  // ("are both estimated to be worth more than $40 billion": a hedge between the verb and the amount)
  { reason: 'valuation/worth', confidence: 0.75, before: /\b(?:is|was|are|were|be|been|now) (?:now |currently |reportedly |already |both |each |all |then |still )?worth (?:more than |over |about |around |nearly |roughly |some |at least |close to |almost |as much as |up to |an estimated |just over |just under )?$/ },
];

// "valued at $7.5 billion, up from $2 billion": the earlier figure is a claim too
const EARLIER_FIGURE = { reason: 'valuation/up-from', confidence: 0.8, before: /\b(?:up|down|rising|risen|jumping|falling|fallen|climbing|cut|slashed|marked down) from $|\bfrom (?:(?:the|its|a) )?(?:previous |prior |earlier |last |peak |record )?$/ } satisfies Rule;

// What a deal is called ("a four-year engagement valued at…" is a deal's worth)
const DEAL_NOUNS = 'deal|contract|agreement|pact|lease|arrangement|partnership|engagement|collaboration|tie-up|alliance|commitment';
// Amounts that are not company valuations: a market's size, a share price, a deal's worth.
// Money put into a company, right before its name: "invested $40 million in", "will put $500 million into", "a stake in"
const INVESTED_INTO = /\b(?:invest(?:s|ed|ing)?|pour(?:s|ed|ing)?|put(?:s|ting)?|inject(?:s|ed|ing)?|pump(?:s|ed|ing)?|stake|holding|shares)\b[^.;]{0,50}\b(?:in|into)\s+(?:the\s+)?$/i;
// After that name, an apposition at most, then a verb of valuing "the company" or "it" up to the amount
const ROUND_THEN_VALUING = /^(?:['’]s?)?(?:,\s+(?:the|a|an)\s[^.;]{1,90}?)?,\s+(?:valuing|giving|which values|that values|which gives|that gives)\s+(?:the (?:company|startup|firm|business|group|club|lender)|it)\b[^.;]{0,30}$/i;
const NOT_A_COMPANY = new RegExp(String.raw`(?<![\w-])(?:market|industry|sector|economy|(?:${DEAL_NOUNS})s?|programmes?|programs?|projects?|acquisition|merger|transaction|packages?|purchase|stake|shares?|stocks?|portfolio|fund|real estate|property|home|house|assets?|inventory|holdings?|loan|debt|bonds?|awards?|grants?|options|collection|painting|building|pay|compensation|salary|salaries|bonus|bonuses|incentives|perquisites|perks|allowances|benefits|rsus|offers?|chips|units|gpus|processors|servers|aircraft|jets|planes|orders?|equipment|devices|demand|bids|subscriptions|applications|trades|deposits|exports|imports)(?![\w-])[^.;]{0,40}$`);
// The words from a valuation to the company named in a relative clause on it: " valuation at which ", ", double the $1.1bn valuation at which "
// ("sell a 2.3% stake in Jio Platforms to Vista for ₹11,367 crore, giving its subsidiary an equity valuation of": the company the stake
// is in, said again as "its subsidiary", "the company")
const STAKE_SALE_GIVING = /^(?:['’]s?)?\s+(?:to|for) [^.;]{0,80}?,\s+(?:giving|valuing|which values|which gives) (?:its (?:subsidiary|unit|arm)|the (?:company|firm|startup|unit|subsidiary|business)) (?:at |an? )?[^.;]{0,30}$/i;
const VALUATION_AT_WHICH = /^(?!.*\b(?:rival|rivals|competitor|competitors|peer|peers)\b)(?:[^.;]|\.(?=\d)){0,70}?\bvaluations? (?:at|under) which $/;
const CLASS_WITH_VALUE_BEFORE = /\b(?:startups|start-ups|companies|firms|businesses|unicorns|decacorns|fintechs|players|members) (?:with|having|that have|which have|boasting) (?:at least |more than |over |upwards of )?(?:an? )?(?:valuations? of (?:at least |more than |over )?)?$/i;
const CLASS_DEFINED = /\b(?:(?:startups|start-ups|companies|firms|businesses|unicorns|decacorns)(?: (?:that|which) (?:are|were|have been|reach|reached|hit|have))?|(?:an?|any) (?:[\w-]+ ){0,3}(?:startup|start-up|company|firm|business) (?:that|which) (?:is|was|has been|reaches|hits|has)) (?:a )?(?:valu(?:ed|ation)(?: of)?|worth)(?: at)?(?: least| more than| over)? ?$/i;
const TIME_TO_THRESHOLD = /\b(?:time(?:s)?(?: taken| it takes| needed)?|(?:an )?average(?: of)?(?: [\w-]+){0,3}|median(?: [\w-]+){0,3}|how long(?: [\w-]+){0,3})(?: for [\w-]+(?: [\w-]+)?)? to (?:reach|hit|achieve|attain|cross|pass|get to) (?:an? |the )?$/i;
const PER_SHARE = /^ ?(?:a|per) share\b|^ ?apiece\b/;
// "worth $1.5 trillion on the stock market", "in market value": a public company's market cap
// ("worth about AU$1.2 billion on the ASX", "on the Nasdaq", "on the London Stock Exchange": a listed company's price)
const MARKET_CAP = /^ (?:on the (?:stock )?market|on (?:the )?(?:asx|nasdaq|nyse|lse|jse|tsx|sgx|hkex|bse|nse|kospi|kosdaq|nikkei|ftse|dax|bourse|(?:[\w-]+ ){0,3}(?:stock|securities) exchange)|in market (?:value|capitali[sz]ation)|in market cap)\b|\bmarket (?:value|cap|capitali[sz]ation)\b/;

// A deal named earlier in the clause, "valued at" after its other side: "an agreement to buy GPU capacity from X valued at"
const MADE_BY_BEFORE = /\b(?:produced|made|built|developed|manufactured|designed|supplied|sold|offered) by [^,;.]{1,60}, valued (?:at|near|around) (?:an? )?(?:estimated |total )?$/;
const CAUSE_OF_BEFORE = /\b(?:on the back|on top|ahead|because|as a result|in the wake|on the heels|in spite|instead|in excess|regardless) of (?:an? |the |its )?$/;
const FRONTED_THING_AFTER = new RegExp(String.raw`^[^,;.]{0,30}, (?:the|this|that|a|an|its|their) (?:[\w-]+ ){0,3}?(?:${DEAL_NOUNS}|order|orders|project|programme|program|acquisition|merger|transaction|purchase|package|portfolio|stake|investment|fund|facility|plant|campus|site|building|property|loan|bond|bonds)s?\b`, 'i');
// What may come before the company a fronted "valued at …," is said of: "Beijing Bytedance", "the Paris-based fintech startup X"
const FRONTED_SUBJECT_GAP = /^(?:(?:the|[A-Z][\w.'’-]*|[a-z]+-(?:based|backed|listed|owned)) ){0,3}(?:(?:[a-z-]+ ){0,2}(?:startup|start-up|company|firm|lender|bank|group|maker|developer|unicorn|platform) )?$/;
// ("X and Y are both estimated to be worth", "X is thought to be worth": a hedge of the estimate between the name and "worth")
// ("Veriff, a developer of identification technology, which are worth…": a relative clause past an apposition)
const WORTH_GAP = /^(?:['’]s?)?(?:,(?: (?:a|an|the) [^,]{1,80},)? (?:which|that))? (?:is|are|was|were|has been|have been|had been|would be|could be|might be|may be)(?: (?:both|each|all|now|currently|reportedly|already|then|still))?(?: (?:estimated|thought|believed|said|reported|understood|expected|likely|reckoned|rumou?red) to be)? $/;
// A comparison after the amount, with what follows it: ", greater than the market cap of …", ", more than twice …"
const COMPARISON_AFTER = /,\s*(?:(?:greater|bigger|larger|more|higher|less|smaller|lower) than|above|below|twice|double|half|roughly (?:equal|the same)|on a par with|comparable to|similar to|exceeding|eclipsing|surpassing|topping)\b[\s\S]*$/;
const OTHER_MEASURE_AFTER_VALUE = /\bvalu(?:ed|ation|ing|es)\b(?!.*\bvalu(?:ed|ation|ing|es)\b).*\b(?:revenues?|sales|arr|run-rate|users|customers|subscribers|profits?|income|turnover|headcount|staff|employees)\b/;
const DEAL_BEFORE_VALUED = new RegExp(String.raw`\b(?:${DEAL_NOUNS}|order)s?\b[^,.;]{0,90}\bvalued (?:at|near|around) (?:an? )?$`);

const VALUE_OF_HEAD = /\bthe value of [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}(?:, [^,;]{1,80},)? (?:has |had |have )?[a-z]+\b[^.;$]{0,30}? (?:to|at) (?:an? |about |nearly |roughly |around |more than |just )?$/i;
export const valuation: Extractor = {
  type: 'valuation',
  extract(view: SentenceView): RawClaim[] {
    const claims: RawClaim[] = [];
    // (the earlier figure of a valuation: "valued at $7.5 billion, up from $2 billion" — not "the value of trade rose … from")
    // (and no other measure between the valuation and the earlier figure: "at a $183 billion valuation, growing revenue from $1 billion")
    const earlier = (pre: string) => (EARLIER_FIGURE.before.test(pre) && /\bvalu(?:ed|ation|ing|es)\b/.test(pre) && !OTHER_MEASURE_AFTER_VALUE.test(pre) ? EARLIER_FIGURE : undefined);
    for (const { q, rule, pre, preEnd, post } of moneyMatches(view, RULES, 90, earlier)) {
      // (a clause that only says the change is the company's value where the sentence opens on it: "The value of Stripe, previously
      // rated at $95 billion, decreased to $74 billion")
      if (rule.reason === 'valuation/value-of-changed-to' && !VALUE_OF_HEAD.test(view.text.slice(view.sentence.start, preEnd))) continue;
      // ("at an $11.8 billion valuation, greater than the market cap of Sainsbury's": a comparison with another's market cap)
      if (PER_SHARE.test(post) || MARKET_CAP.test(post.replace(COMPARISON_AFTER, '')) || MARKET_CAP.test(pre)) continue;
      // "valuation north of $800 million": a bare "valuation" needs a qualified amount
      if (rule.reason === 'valuation/valuation-of' && /valuations? $/.test(pre) && q.bound === 'exact' && !q.approximate) continue;
      // (the cue nearest the amount: "X (valued at $10bn) and Y (valued at $4bn)")
      let cueIdx = -1;
      for (const m of pre.matchAll(/valu|worth/g)) cueIdx = m.index;
      // (in a table row the words before are its column's header, not text of the row: the cue is the cell)
      const cueAt = rule.before && cueIdx >= 0 && view.sentence.kind !== 'table' ? preEnd - pre.length + cueIdx : q.start;
      // "valuing Stackwise at…", "values the company at…", "could value X at", "valued it at", "values the business as"
      const objectAfterVerb = /\bvalu(?:ing|es|ed|e) ([^ ]+(?: [^ ]+){0,5}) (?:at|near|around|as)(?: an?)? ?$/.exec(pre);
      let picked = null;
      // ("Silver Lake will put $500 million into City Football Group, the parent of Premier League champions Manchester City, giving
      // the company a $4.8 billion value": the company put into, past an apposition on it, is "the company" valued)
      const into = [...view.actors].reverse().find((a) => a.end <= q.start && a.via === 'name' && INVESTED_INTO.test(view.text.slice(Math.max(view.sentence.start, a.start - 80), a.start)) && ROUND_THEN_VALUING.test(view.text.slice(a.end, q.start)));
      if (into) picked = { entity: into.entity, via: into.via, actor: into };
      else if (objectAfterVerb) {
        const at = preEnd - pre.length + objectAfterVerb.index + objectAfterVerb[0].indexOf(' ') + 1;
        const obj = actorAfter(view, at, 30);
        if (obj && obj.start < q.start) picked = { entity: obj.entity, via: obj.via, actor: obj };
        // "values the club at £800m", "valuing its stake at…": something named that is no organisation the
        // article knows is what is valued — not the sentence's subject
        else if (/^valu(?:ing|es|ed|e) (?:the|its|their|his|her|a|an|this|that) /.test(objectAfterVerb[0])) continue;
      }
      // "the value of its Yukos shareholding had gone from $17.8bn": a holding's value, not a company's
      if (/\bvalue of (?:its|the|their|his|her|a|an)? ?(?:[\w-]+ ){0,3}?(?:shareholding|stake|holding|holdings|shares|portfolio|assets|investment|deal|contract|bid|offer|fortune|estate|property|home|house|trade|exports|imports|goods|output|production|transactions|market|sales|orders|contracts)\b/.test(pre)) continue;
      // "unicorns – startups valued at $1bn or more", "a privately held startup that reaches a valuation of $1 billion": a definition of a class of companies
      // ("the time taken to reach a US$1 billion valuation", "years to hit a $1bn valuation": a threshold, no company's value)
      // (a wrapped line's space before its break is no second space: "unicorns with a \nvaluation of $1 billion")
      const flat = pre.replace(/\s+/g, ' ');
      if (CLASS_DEFINED.test(flat) || TIME_TO_THRESHOLD.test(flat)) continue;
      // ("at a $183 billion valuation, growing revenue from $1 billion to $5.5 billion": the range is the other measure's)
      if (rule.reason === 'valuation/from-to' && OTHER_MEASURE_AFTER_VALUE.test(pre)) continue;
      // ("eight startups with at least a $1 billion valuation": a class of companies by their value, none of them)
      if (CLASS_WITH_VALUE_BEFORE.test(flat)) continue;
      // ("The valuation came on the back of a $US100 million raise": what a valuation followed is no valuation)
      // ("received a 3 trillion won valuation in the process of raising hundreds of millions of dollars": the amount raised)
      if (rule.reason === 'valuation/valuation-of' && (CAUSE_OF_BEFORE.test(pre) || /\b(?:raising|raise|raised|raises|borrowing|selling|sold)\s+(?:about |around |nearly |some |more than |over )?$/.test(pre))) continue;
      // ("Valued at up to $14 billion, the multi-year contract marks…": an opening phrase says what the clause's subject is worth —
      // a deal, an order, a project, not a company)
      const fronted = /^\W*(?:[A-Z][a-z]+ly,? )?(?:[Vv]alued|[Ww]orth)\b/.test(view.text.slice(view.sentence.start, cueAt + 6));
      if (fronted && FRONTED_THING_AFTER.test(post)) continue;
      // ("Initially valued at $235,000, authorities said…": said of the clause's subject after the comma — no company there, no valuation)
      const clauseAt = fronted ? /^[^,;.]{0,30}, /.exec(post) : null;
      if (clauseAt && !view.actors.some((a) => a.start >= q.end + clauseAt[0].length && FRONTED_SUBJECT_GAP.test(view.text.slice(q.end + clauseAt[0].length, a.start)))) continue;
      // "with combined annual sales of…", "the combined company valued at": an entity that does not exist yet
      if (/\bcombined\b/.test(pre.slice(-50))) continue;
      // ("signed a multiyear agreement to buy GPU capacity from Orrin Cloud valued at $17.4 billion": the deal's worth — the
      // company right before "valued" is the deal's other side)
      if (!picked && rule.reason === 'valuation/valued-at' && DEAL_BEFORE_VALUED.test(pre)) {
        const last = [...view.actors].reverse().find((a) => a.end <= cueAt);
        if (last && /\b(?:from|with|to|by|for)\s+(?:the\s+)?$/.test(view.text.slice(Math.max(view.sentence.start, last.start - 8), last.start))) continue;
      }
      // ("18,000 Blackwell chips, the latest produced by Nvidia, valued at an estimated $630 to $720 million": goods described by
      // their maker are what is valued, not the maker)
      if (!picked && rule.reason === 'valuation/valued-at' && MADE_BY_BEFORE.test(pre)) continue;
      // "the market is valued at…", "its inventory was valued at…": the thing valued is no company
      const subjectWords = pre.replace(/\bvalu(?:e|ed|ing|es)\b[^]*$/, '').replace(/\bworth\b[^]*$/, '');
      const valuedThing = subjectWords.slice(-45);
      const thing = NOT_A_COMPANY.exec(valuedThing);
      // (only "X is valued at" names the thing valued; "a share sale, valuing the company at…" values its object)
      const active = /\bvalu(?:ing|es)\b/.test(pre);
      if (!picked && thing && !active && (rule.reason === 'valuation/valued-at' || rule.reason === 'valuation/worth')) {
        // "If the deal closes, Lattice Forge would be valued at…": a company named after the noun is what is valued
        const thingAt = preEnd - pre.length + subjectWords.length - valuedThing.length + thing.index;
        const companyAfter = view.actors.some((a) => a.start > thingAt && a.end <= cueAt && !/\b(?:in|of|on|with|from|to|for|by|between|and)\s+(?:the\s+)?$/.test(view.text.slice(Math.max(0, a.start - 12), a.start)));
        // ("Kestrel Pay was valued at…", "Orrin Market Labs is worth…": a word of a company's name is no thing)
        const inName = view.actors.some((a) => a.via === 'name' && a.start <= thingAt && thingAt < a.end);
        // ("Kestrel Foods, which sells employee benefits, was valued at…": a thing inside a relative clause on the company is what
        // the company does, not what is valued)
        const relative = /, (?:which|that|who) [^,;]*, (?:(?:is|was|has been|had been|is now|was last|now) )?$/i.exec(valuedThing);
        const inRelative = !!relative && thing.index > relative.index;
        if (!companyAfter && !inName && !inRelative) continue;
      }
      if (!picked && rule.reason === 'valuation/amount-x-valued-at') {
        const valued = view.actors.find((a) => a.start > q.end && a.start - q.end <= 60 && /^ (?:is|was|are|were|has been|had been) /.test(view.text.slice(a.end, a.end + 12)));
        if (!valued) continue;
        picked = { entity: valued.entity, via: valued.via, actor: valued };
      }
      if (!picked) {
        // "a $3 billion valuation for the company", "a valuation of about $14 billion for X"
        const forAfter = /^(?: \w+)?(?: (?:post-money |pre-money )?valuations?)? for /.exec(post);
        if (forAfter) {
          const obj = actorAfter(view, q.end + forAfter[0].length, 30);
          if (obj) picked = { entity: obj.entity, via: obj.via, actor: obj };
        }
      }
      // ("raised at a $2.76bn valuation, more than double the $1.1bn valuation at which Kestrel raised $120m": the company that raised
      // at a valuation, named in the relative clause on it, is the one valued — the figure compared with it is its own too)
      if (!picked) {
        const raisedAt = view.actors.find((a) => a.start > q.end && a.start - q.end <= 90 && a.via === 'name' && VALUATION_AT_WHICH.test(view.text.slice(q.end, a.start)));
        if (raisedAt) picked = { entity: raisedAt.entity, via: raisedAt.via, actor: raisedAt };
      }
      // ("the unicorns' list is currently led by Stripe, valued at an impressive $35.25 billion": the name right before ", valued at")
      if (!picked && rule.reason === 'valuation/valued-at') {
        const apposed = [...view.actors].reverse().find((a) => a.end <= cueAt && a.via === 'name' && !a.possessive && /^,\s+(?:(?:which is|now|currently|recently|most recently|last|reportedly) )?$/.test(view.text.slice(a.end, cueAt)));
        if (apposed) picked = { entity: apposed.entity, via: apposed.via, actor: apposed };
      }
      let lead = leadInvestor(view);
      // "Northzone's valuation of the company fell to $2.1 billion": the owner marks, the object is valued
      const markOf = /\bvaluations? of $/.exec(view.text.slice(view.sentence.start, view.actors.find((a) => a.start > cueAt && a.start < q.start)?.start ?? view.sentence.start).toLowerCase());
      if (!picked && markOf) {
        const valued = view.actors.find((a) => a.start > cueAt && a.start < q.start)!;
        const marker = [...view.actors].reverse().find((a) => a.end <= cueAt && a.possessive && cueAt - a.end <= 4);
        picked = { entity: valued.entity, via: valued.via, actor: valued };
        if (marker && marker.entity !== valued.entity) lead = marker;
      }
      // "Vessel Capital invested $40 million in Orrin Labs at a $2 billion valuation": the company invested in is valued
      if (!picked) {
        // ("marked down its stake in Halvard Pay, implying a valuation of $12 billion": a stake's worth values the company)
        const investedIn = [...view.actors].reverse().find((a) => a.end <= q.start && INVESTED_INTO.test(view.text.slice(Math.max(view.sentence.start, a.start - 80), a.start)) && (/^(?:['’]s?)?\s+(?:at|on)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$/i.test(view.text.slice(a.end, q.start)) || /^(?:['’]s?)?,?\s+(?:implying|which implies|that implies|which valued it at|valuing it at|giving it)\b[^.;]{0,30}$/i.test(view.text.slice(a.end, q.start)) || STAKE_SALE_GIVING.test(view.text.slice(a.end, q.start))));
        if (investedIn) {
          picked = { entity: investedIn.entity, via: investedIn.via, actor: investedIn };
          lead ??= [...view.actors].find((a) => a.end <= investedIn.start && a.entity !== investedIn.entity && !isObjectSlot(view, a)) ?? null;
        }
      }
      // ("values Kestrel AI at AU$400 million, up from AU$150 million": the earlier figure is the same company's)
      if (!picked && rule === EARLIER_FIGURE && claims.length) {
        const prior = claims[claims.length - 1]!;
        picked = { entity: prior.subject, via: prior.subjectVia, actor: null };
      }
      // (the company whose value it is: the name after "the value of")
      if (!picked && rule.reason === 'valuation/value-of-changed-to') {
        const head = VALUE_OF_HEAD.exec(view.text.slice(view.sentence.start, preEnd));
        const owner = head ? actorAfter(view, view.sentence.start + head.index + 'the value of '.length, 4) : undefined;
        if (!owner) continue;
        picked = { entity: owner.entity, via: owner.via, actor: owner };
      }
      picked ??= pickSubject(view, cueAt, { exclude: lead ? [lead.entity] : [], notInvestors: true });
      if (!picked) continue;
      // "worth": the company must be the one said to be worth it ("Meta is worth…", not "X's stake … is worth")
      if (rule.reason === 'valuation/worth' && (!picked.actor || (cueAt - picked.actor.end > 16 && !WORTH_GAP.test(view.text.slice(picked.actor.end, cueAt))))) continue;
      const claim = amountClaim('valuation', view, q, rule, picked, { counterparty: lead && lead.entity !== picked.entity ? lead.entity : null, cueAt });
      claims.push(claim);
      // ("X and Y are both estimated to be worth more than $40 billion": each of them is)
      const others = coordinatedSubjects(view, q, picked.entity, lead ? [lead.entity] : []);
      if (others.length) claim.shared = true;
      for (const other of others) claims.push({ ...claim, subject: other.entity, subjectVia: other.via, counterparty: claim.counterparty === other.entity ? null : claim.counterparty });
    }
    return claims;
  },
};
