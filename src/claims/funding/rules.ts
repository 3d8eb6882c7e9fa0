import { OCCUPATIONS } from '../staff-words.js';
import type { ClaimRule, RuleMatch } from '../rules.js';
import type { SentenceView } from '../extractor.js';

/**
 * funding as token rules, beside the extractor in ./extract.ts: an amount raised "by" its
 * raiser after a description ("the $30m raise by chip startup Graphcore"), a round "totalling"
 * an amount, "raised a total $610 million from investors", money raised "from" a described
 * investor ("from Abu Dhabi state fund Mubadala", which leads).
 */

const ROUNDS = /\b(pre-seed|seed|angel|bridge|series[- ][a-h]\b(?:[- ]?(?:1|2|extension))?|growth|ipo|initial public offering)/i;

/** The round the sentence names, normalised ("series b" → "Series B"). */
function roundOf(m: RuleMatch, view: SentenceView) {
  const r = ROUNDS.exec(view.sentence.text)?.[1];
  if (!r) return { round: null, investors: [] };
  const series = /^series[- ]([a-h])(.*)$/i.exec(r);
  return { round: series ? `Series ${series[1]!.toUpperCase()}${series[2]}` : /^(?:ipo|initial public offering)$/i.test(r) ? 'IPO' : r.toLowerCase(), investors: [] };
}

/**
 * A total of money raised must be somebody's: "its total funding of", "Kestrel's cumulative capital" — not "a total funding
 * of $1.8 billion" that late-stage rounds "witnessed" (a market's sum).
 */
const TOTAL = /^(?:total|overall|cumulative)$/;
function ownedTotal(m: RuleMatch): boolean {
  // the word "total" in the match, else right before it ("a total funding of": the match starts at "funding")
  let at = -1;
  for (let i = m.start; i < m.end && at < 0; i++) if (TOTAL.test(m.toks[i]!.lower)) at = i;
  if (at < 0 && m.start > 0 && TOTAL.test(m.toks[m.start - 1]!.lower)) at = m.start - 1;
  if (at < 0) return true;
  const owner = m.toks[at - 1];
  return !!owner && (/^(?:its|their|his|her|our|'s|')$/.test(owner.lower) || (owner.kind === 'org' && !!owner.actor?.possessive));
}

/** "raised $500 million in a round at $4 billion": the match reads "at" an amount, and a money amount is raised before it in the sentence. */
function pricedAt(m: RuleMatch, view: SentenceView): boolean {
  const value = m.slots.value!;
  const at = m.toks.slice(m.start, m.end).some((t) => t.lower === 'at');
  return at && view.quantities.some((q) => q.kind === 'money' && q.end <= value.start && /\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed)?|clos(?:e|es|ed|ing)|bag(?:s|ged)?)\s+(?:about |around |nearly |more than |over |some |roughly |an? )?$/i.test(view.text.slice(Math.max(view.sentence.start, q.start - 24), q.start)));
}

/** Investors in a list: "from investors including X, Y and Z" names no lead. */
function inAList(m: RuleMatch, view: SentenceView): boolean {
  const cp = m.slots.counterparty;
  return !!cp && /\b(?:including|such as|like|among them)\s+$/.test(view.text.slice(Math.max(view.sentence.start, cp.start - 20), cp.start).toLowerCase());
}

// Money that is no round: a takeover, a deal, revenue, a loan to someone else, a joint venture's start-up cost
// People who receive money are paid, not funded: "twelve executives received a total of €63.2 million", "chairman Dana Roe,
// who …, received 4.2 billion won from Halvard Group"
const PEOPLE_RECEIVED = `((executives|directors|managers|employees|staff|bosses|people|workers|members|partners|officers|rookies|newcomers|joiners|${OCCUPATIONS.join('|')}) _{0,4}|[PERSON] (, _{1,30} ,)? ~{0,2}|[PERSON] ~{0,8} by) {receive|get|collect|earn}`;
// (a phrase of the amount's own: "a $3.25bn takeover offer", "$500m in annual revenue" — not an apposition after a comma, "funding of
// $167.5m, a deal that lifted its valuation")
// ("Ooredoo is making a significant investment of $1 billion to increase its regional data centre capacity": the company makes
// the investment, it is not the one invested in)
// ("Late-stage funding stood at $1.3 billion in Q3", "Global fintech funding totaled $15 billion": a market's total, opening the sentence)
const NOT_A_ROUND = '({make} (a|an)? ~{0,3} (investment|investments) (of|worth|totalling|totaling|totalled|totaled) _{0,3} [value:MONEY]|[value:MONEY] (in|of|for|worth)? (a|an|the)? (cash|all-cash|share|stock|hostile|agreed|proposed|planned|recommended|sweetened|revised|improved|rival|final|possible|potential|reported|mooted|takeover|annual|yearly|quarterly|net|gross|operating|pre-tax|pretax|total|bad|outstanding|record|licensing|supply|cloud|leasing|multi-year|multiyear)? (takeover|buyout|bid|offer|deal|contract|acquisition|revenue|sales|loss|losses|debt|fine|settlement)|[value:MONEY] ~{0,3} from (the)? (government|state|taxpayers|lottery|council|treasury|ministry)|[value:MONEY] ~{0,3} for (victims|charity|charities|relief)|(joint venture|jv) _{0,14} [value:MONEY]|^ (global|total|overall|(late|early|seed|growth|mid) -? stage|late-stage|early-stage|seed-stage|growth-stage|mid-stage|fintech|startup|start-up|venture|vc|tech|sector|industry|regional|african|european|asian|indian|us|uk) ~{0,2} (funding|investment|investments|financing) (stood at|totaled|totalled|totalling|totaling|worth|was|were|fell to|rose to|reached|dropped to|amounted to|came to|hit|of) (about|around|nearly|more than|over|some|roughly|just)? [value:MONEY])';

// Words of money put into companies
const ROUND_WORDS = /\b(?:funding|raised|raising|raise|raises|fundrais(?:es|ers?|ing)|rounds?|investment|backing|financing)\b/;

export const RULES: ClaimRule[] = [
  // "the companies to receive the most funding were ProVerum Medical (€30m), Energyx (€30m), &Open (€26m)":
  // a list of names with an amount in brackets each, in a sentence about money raised
  {
    reason: 'funding/name-bracket-list',
    // ("Greensill Capital ($800m, UK), N26 ($470m, Germany)": a place in the bracket after the amount)
    match: '[subject:ORG] \\( [value:MONEY] (, _{1,3})? \\) (,|and|, and|.|$|as well as|plus|;|in|last|this|during)',
    // ("The top five deals in Europe were X ($800m, UK), …": deals or rounds, after a sentence about investment)
    when: (view) => (ROUND_WORDS.test(view.lower) || (/\b(?:deals|rounds)\b/.test(view.lower) && ROUND_WORDS.test(view.text.slice(Math.max(0, view.sentence.start - 300), view.sentence.start).toLowerCase()))) && !/\b(?:revenue|revenues|sales|turnover|valuation|valued|worth|market cap|profit|deal|acquisition|bought|buy|acquired)\b/.test(view.lower),
    confidence: 0.76,
    unless: { 'funding/not-a-round': NOT_A_ROUND },
    // (a list: at least two names with a bracketed amount)
    extra: (m, view) => ((view.sentence.text.match(/\([^()]{0,6}[$€£¥][\d.,]+\s?(?:m|bn|k|million|billion)?(?:,[^()]{1,30})?\)/gi)?.length ?? 0) >= 2 ? roundOf(m, view) : null),
    examples: [
      ['The ten startups to raise the most this year were Quorvex (€30m), Tessaly (€26m) and Brindle AI (€22.5m).', 'Quorvex', '€30m'],
      ['Investment in the region rose. The top deals were Quorvex ($800m, UK), Tessaly ($470m, Germany) and Brindle AI ($230m, UK).', 'Tessaly', '$470m'],
    ],
  },
  // "Temasek is joining Mohalla Tech's series H funding round, which was set to raise at least US$200 million": the round's owner
  // raises what the round is to raise
  {
    reason: 'funding/round-to-raise',
    match: '[subject:POSS] (\')? ~{0,3} (round|raise|financing|fundraising|fundraise) (,)? (which|that) (is|was|has been|had been)? (set|expected|aiming|looking|seeking|aims|seeks|hopes|planned|planning|slated|due|likely|intended)? (to)? {raise|total|reach} (at least|up to|about|around|as much as|more than|some|roughly|nearly)? [value:MONEY]',
    // (over "raised" read from the same verb: the relative clause's subject is the round, not the sentence's subject)
    confidence: 0.92,
    unless: { 'funding/not-a-round': NOT_A_ROUND },
    extra: roundOf,
    examples: [["Kestrel Ventures is joining Orvale Labs' Series B round, which aims to raise $50 million.", 'Orvale Labs', '$50 million']],
  },
  // "Kestrel has added an additional $98 million (£74.3 million) to the existing $385 million it raised from investors in September,
  // bringing the round's total to $482 million": more money in a round, and the round's new total
  {
    reason: 'funding/added-to-round',
    match: '[subject:ORG] (has|have|had)? (now|also)? {add|tack on|bolt on} (an additional|an extra|a further|another)? [value:MONEY] (\\( _{1,5} \\))? to (its|the|their) (existing|earlier|first|initial|current)? ([MONEY] (\\( _{1,5} \\))? (it|that|which)? (raised|secured|had raised)|~{0,3} (round|raise|funding|financing))',
    confidence: 0.8,
    examples: [['Kestrel Foods has added an additional $98 million (£74.3 million) to the existing $385 million it raised from investors in September.', 'Kestrel Foods', '$98 million']],
  },
  // (the round's new total after the money a company added or raised: ", bringing the round's total to $482 million")
  {
    reason: 'funding/bringing-round-total',
    match: '{add|raise|secure|close|extend} _{1,24} , (bringing|taking|lifting|pushing) (the round \'s|its|the|the round) (round)? (total|tally|size) (raised)? to (about|around|nearly|more than|over|some|roughly|almost)? [value:MONEY]',
    confidence: 0.78,
    examples: [['Kestrel Foods has added an additional $98 million to the existing $385 million it raised in September, bringing the round\'s total to $482 million.', 'Kestrel Foods', '$482 million']],
  },
  // "Total investment in the London-based startup, which employs over 1,000 people, now stands at around $955 million": the money put
  // into a company, all told
  {
    reason: 'funding/total-investment-in',
    match: '(total|overall|cumulative) (investment|investments|funding|financing) (in|into) (the)? ~{0,3} [subject:ORG] (, _{1,12} ,)? (now|so far|to date)? (stands at|stood at|totals|totalled|totaled|has reached|reached|reaches|comes to|amounts to|is|was) (about|around|nearly|more than|over|some|roughly|almost|close to)? [value:MONEY]',
    confidence: 0.8,
    examples: [['Total investment in the London-based startup Kestrel Eats, which employs over 1,000 people worldwide, now stands at around $955 million.', 'Kestrel Eats', 'around $955 million']],
  },
  // "the $30m raise by Bristol-based chip startup Graphcore", "the £18m raised by packaging firm PragmatIC"
  {
    reason: 'funding/raised-by',
    match: '[value:MONEY] (raise|round|raised|secured|funding|investment|injection) (led)? by ~{0,6} [subject:ORG]',
    confidence: 0.85,
    // ("the $200 million investment by Visa in Interswitch": the one after "by" invests, the one after "in" raises)
    unless: { 'funding/investment-by-in': '[value:MONEY] (investment|injection|funding|stake) by ~{0,6} [ORG] (in|into)' },
    extra: roundOf,
    examples: [['The monthly total was skewed by the $40m raise by Leeds-based chip startup Quorvex.', 'Quorvex', '$40m']],
  },
  // "Flutterwave opened March with a $170 million Series C; …; Kuda Bank followed with $25 million": the next in a list of rounds
  {
    reason: 'funding/followed-with',
    match: '[subject:ORG] (then|later|closely)? {follow} (suit)? (with|by raising|by securing) (a|an|another)? (about|around|nearly|more than|over|some)? [value:MONEY]',
    confidence: 0.75,
    unless: { 'funding/not-a-round': NOT_A_ROUND },
    // (a list of rounds: a word of raising in the sentence or just before it)
    extra: (m, view) => (/\b(?:rais(?:e|ed|es|ing)|round|series [a-h]|seed|funding|financing|secured|investment)\b/i.test(view.text.slice(Math.max(0, view.sentence.start - 200), view.sentence.end)) ? roundOf(m, view) : null),
    examples: [['Halvard Pay opened March with a $170 million Series C; Kestrel Bank followed with $25 million.', 'Kestrel Bank', '$25 million']],
  },
  // "completed a round totaling $167.5 million", "a Series B worth $40 million", "a funding round of $12 million"
  // "Orrin Group is leading a financing round of at least $600m for Chinese AI startup Zentrix AI": the company the round is
  // "for" raises it, the one leading it is the lead (before the bare reading below, which would give the round to its leader)
  {
    reason: 'funding/round-of-for',
    match: '([counterparty:ORG] (is|was|has|have|had|will)? (also|recently|reportedly)? {lead|co-lead|head|anchor} (a|an|the)? ~{0,2})? (round|raise|financing|funding|investment|tranche) (totaling|totalling|worth|of|valued at|amounting to) (at least|about|around|nearly|more than|over|up to|some|roughly)? [value:MONEY] (for|in|into) ~{0,4} [subject:ORG]',
    confidence: 0.84,
    unless: { 'funding/not-a-round': NOT_A_ROUND },
    extra: roundOf,
    examples: [['Orrin Group is leading a financing round of at least $600m for Chinese AI startup Zentrix AI.', 'Zentrix AI', 'at least $600m']],
  },
  {
    reason: 'funding/round-of',
    // ("an investment of $30 million from X": a single investor after "from" leads; "fresh capital of $30 million")
    match: '(round|raise|financing|funding|seed|tranche|extension|investment|(fresh|new|growth) capital) (totaling|totalling|totalled|totaled|worth|of|valued at|amounting to|which raised|that raised|bringing in|raising) (about|around|nearly|more than|over|up to|some|roughly)? [value:MONEY] (from _{0,4} [counterparty:ORG] ($|in|to|for|on|last|this|as))?',
    confidence: 0.8,
    // ("a strong profit and pipeline of investment worth billions of dollars": a company's own programme of spending)
    // ("Tarsel Lines, Ltd.'s investment worth $5.3 million paved the way for a new academy": what a company's investment is
    // worth is money it puts in — a round it raised is its "round", "funding" or "raise")
    unless: { 'funding/not-a-round': NOT_A_ROUND, 'funding/valuation': '(valuation|valued|valuing) _{0,3} [value:MONEY]', 'funding/own-investment': '[POSS] (new|latest|planned|proposed|initial|total|strategic|direct)? (investment|investments) (totaling|totalling|worth|of|valued at|amounting to) (about|around|nearly|more than|over|up to|some|roughly)? [value:MONEY]', 'funding/pipeline': '(pipeline|programme|program|plan|plans|schedule) of (new|planned|capital|future)? (investment|investments|spending|capex) (worth|of|totalling|totaling|valued at) _{0,2} [value:MONEY]' },
    extra: (m, view) => (!ownedTotal(m) ? null : inAList(m, view) ? { ...roundOf(m, view), counterparty: null } : roundOf(m, view)),
    examples: [['In March, Tarnwick Labs announced that it had completed a round totaling $82.5 million.', 'Tarnwick Labs', '$82.5 million']],
  },
  // "summing up its Series A round at $3 million", "the latest round brought in $100 million", "The round … totals $100 million",
  // "bringing its total capital to $600 million": a round or the money raised so far, said with a verb before the amount
  {
    reason: 'funding/round-verb-amount',
    // ("Its first raise, announced in September 2024, came to US$1 billion": past an aside)
    match: '((round|raise|financing|funding|series _|seed round) (, _{1,8} ,)? (at|totals|totalled|totaled|brought in|brings in|raised|reached|reaches|came to|comes to|stands at|stood at|closed at)|(total|overall|cumulative) (capital|funding|financing) (raised)? (to|of|at|now stands at|stands at|reached|reaches|to date|so far)) (about|around|nearly|more than|over|up to|some|roughly)? [value:MONEY]',
    confidence: 0.78,
    unless: { 'funding/not-a-round': NOT_A_ROUND, 'funding/valuation': '(valuation|valued|valuing) _{0,3} [value:MONEY]' },
    // ("raised $500 million in a round at $4 billion": a round whose size is said before, "at" an amount, is priced at it —
    // a valuation, not a second round)
    extra: (m, view) => (ownedTotal(m) && !pricedAt(m, view) ? roundOf(m, view) : null),
    examples: [
      ['Corvid Learn has raised more funding, summing up its Series A round at $3 million.', 'Corvid Learn', '$3 million'],
      ['Kestrel Quantum raised $300 million in its Series B round, bringing its total capital to $600 million.', 'Kestrel Quantum', '$600 million'],
    ],
  },
  // "Corvid Design, backed by $100 million from Halvard Capital, is hiring": money it is backed by
  {
    reason: 'funding/backed-by-amount',
    match: '(backed|funded|financed) by (about|around|nearly|more than|over|up to|some|roughly)? [value:MONEY] (in (funding|investment|venture capital|capital))? (from _{0,4} [counterparty:ORG])?',
    confidence: 0.78,
    unless: { 'funding/not-a-round': NOT_A_ROUND },
    extra: (m, view) => (inAList(m, view) ? { ...roundOf(m, view), counterparty: null } : roundOf(m, view)),
    examples: [['Corvid Design, backed by $100 million from Halvard Capital, is hiring.', 'Corvid Design', '$100 million']],
  },
  // "has raised an undisclosed amount of funding from Halvard Fund": a round with no amount said
  {
    reason: 'funding/undisclosed',
    match: '[subject:ORG] ~{0,3} {raise|secure|receive|close|land|bag} (an|a)? undisclosed (amount|sum)? (of)? (seed|pre-seed|series _)? (funding|investment|capital|round|financing)? (from [counterparty:ORG])?',
    confidence: 0.74,
    extra: (m, view) => (inAList(m, view) ? { ...roundOf(m, view), counterparty: null } : roundOf(m, view)),
    examples: [['Delhi-based parking platform Kestrel Park has raised an undisclosed amount of funding from Halvard Fund.', 'Kestrel Park', null]],
  },
  // "- Latest round: €1.7 billion, led by ASML", "Total raised: $2 billion": a fact box's label of a round and its amount
  {
    reason: 'funding/label',
    match: '^ (latest|last|most recent|new|current)? (round|funding round|funding|raise|financing|series _|seed round|total raised|total funding|funding to date|raised to date|capital raised|money raised) (:|-|–) (about|around|nearly|more than|over|up to|some|roughly|~)? [value:MONEY] (,? (led by|from) [counterparty:ORG])?',
    confidence: 0.8,
    unless: { 'funding/not-a-round': NOT_A_ROUND },
    extra: roundOf,
    examples: [['Zentrix AI: key facts\n- Latest round: €1.7 billion, led by Orrin Capital', 'Zentrix AI', '€1.7 billion']],
  },
  // "- Mobile payments operator Kumo Pay: ¥6.7bn, announced last September, from a group of investors…": a list item of a
  // company and the money it got from investors
  {
    reason: 'funding/item-amount-from',
    match: '^ ~{0,5} [subject:ORG] (:|–|—) (about|around|nearly|more than|over|up to|some|roughly|~)? [value:MONEY] _{0,10} (from|led by) (a|an)? (group|consortium|syndicate|number|host|clutch|string)? (of)? (investors|backers|[ORG])',
    confidence: 0.76,
    unless: { 'funding/not-a-round': NOT_A_ROUND },
    extra: roundOf,
    examples: [['- Mobile payments operator Kumo Pay: ¥6.7bn, announced last September, from a group of investors that included Toyota Finance.', 'Kumo Pay', '¥6.7bn']],
  },
  // "Monzo raised a total $610 million from investors", "has raised a total of $1 billion"
  {
    reason: 'funding/raised-a-total',
    match: '{raise|secure|receive|collect} (a|in)? (total|total of|combined|cumulative) (of)? [value:MONEY]',
    confidence: 0.82,
    // ("twelve executives received a total of €63.2 million", "chairman Dana Roe received a total of 6 billion won": people paid, not a company funded)
    unless: { 'funding/not-a-round': NOT_A_ROUND, 'funding/people-received': PEOPLE_RECEIVED },
    extra: roundOf,
    examples: [['Kelvra Bank raised a total $310 million from investors in recent months.', 'Kelvra Bank', '$310 million']],
  },
  // "Westgate Capital has backed Rapidex Labs with $120 million": the backer leads, the backed raises
  {
    reason: 'funding/backed-with',
    match: '[counterparty:ORG] (has|have|had|also|has now|recently)? {back|fund|finance} [subject:ORG] with (about|around|nearly|more than|over|up to|some|roughly|a fresh|another|an additional|a further)? [value:MONEY]',
    confidence: 0.85,
    unless: { 'funding/not-a-round': NOT_A_ROUND },
    extra: roundOf,
    examples: [['Westgate Capital has backed Rapidex Labs with $120 million.', 'Rapidex Labs', '$120 million']],
  },
  // "Getir raised $300mn from Abu Dhabi state fund Mubadala": a single investor named after "from" leads
  {
    reason: 'funding/raised-from',
    match: '{raise|secure|receive|land|get|obtain} (about|around|nearly|more than|over|up to|some|roughly|a fresh|another|an additional)? [value:MONEY] ~{0,3} from _{0,5} [counterparty:ORG]',
    // (surer than the bare "raised $X" reading of the same amount: it also names the lead)
    confidence: 0.91,
    unless: { 'funding/not-a-round': NOT_A_ROUND, 'funding/from-a-sale': 'from (the)? (sale|sales|listing|flotation|ipo|disposal|divestment) of', 'funding/people-received': PEOPLE_RECEIVED },
    extra: (m, view) => (inAList(m, view) ? null : roundOf(m, view)),
    examples: [['Rapidex raised $200mn from Gulf state fund Westgate Capital in a deal that cut its valuation.', 'Rapidex', '$200mn']],
  },
];
