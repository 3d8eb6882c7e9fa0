import { columnOf, type ClaimRule } from '../rules.js';
import { sectionRule } from '../sections.js';

/**
 * compensation: what an employer pays a person — a salary, a pay package, a bonus, an hourly
 * wage, a chief executive's total pay. The subject is the employer, never the person. Money
 * paid for a company, a licence, a settlement or a fine, a takeover offer or a bid for a
 * player is a transaction, not pay; a company's wage bill is spending.
 */

// Words that name pay
// (not "income", "earnings", "a rise": a company's profit rises too; not "package" alone: rescue and aid packages)
const PAY = '(pay|salary|salaries|wage|wages|compensation|remuneration|bonus|bonuses|payout|payouts|pay package|pay packages|compensation package|compensation packages|stock award|stock awards|equity grant|equity grants|retention package|signing bonus)';
// Words that name a person paid
const PEOPLE = '(researchers|researcher|engineers|engineer|scientists|scientist|staff|employees|employee|hires|recruits|executives|executive|developers|people|workers|graduates|analysts|bankers|traders|roboticists|talent|candidates|ceo|cfo|cto|coo|chief|president|founder|chairman|chairwoman|boss|head|director|directors|partners|managers|interns|associates|pilots|nurses|drivers|teachers)';

// "paid $20 billion to license", "paid $900 million in a licensing deal", "ordered to pay $5 million to settle"
const TRANSACTION =
  '[value:MONEY] (\\( _{1,8} \\))? (in cash|in stock|in shares)? (to|for) (license|licence|acquire|buy|purchase|settle|lease|rent|build|fund|secure|take|invest|the|a|an|its|their|his|her|shares|stake|assets|rights|land|deal|company|firm|business|club|player|players|striker|midfielder|defender|goalkeeper)';
const IN_A_DEAL = '[value:MONEY] (in|as part of|under) (a|an|the|its)? ~{0,3} (deal|agreement|transaction|acquisition|settlement|buyout|merger|takeover|fine|penalty|damages|compensation scheme)';
// "a £1.3bn offer from Deutsche Boerse", "an £8m bid for two players", "takeover offer"
const BID = '(dividend|dividends|interest|coupon|buyback|bid|bids|takeover|offer for|offer of|approach|tender|buyout|fee|fees|fine|fines|settlement|damages|penalty|penalties|severance|redundancy|pension deficit|bill|budget|spending|expense|expenses|cost|costs|charge|charges|revenue|revenues|sales|profit|profits|loss|losses|funding|round|valuation|market|prize|jackpot|ransom|subsidy|grant from|donation)';
const NOT_PAY = {
  'compensation/transaction': TRANSACTION,
  'compensation/in-a-deal': IN_A_DEAL,
  'compensation/bid-or-cost': `[value:MONEY] ~{0,2} ${BID}`,
  'compensation/bid-before': `${BID} ~{0,3} (of|worth|at|was|is|valued at|totalling|totaling)? (up to|about|around|nearly|more than)? [value:MONEY]`,
  // "spent $2 billion on salaries", "set aside $40 million for severance", "$300 million in stock-based compensation expense"
  'compensation/wage-bill': '({spend|set aside|budget|allocate|record|book|cost|total|cut} _{0,3} [value:MONEY] (on|for|in) ~{0,3} (salaries|wages|pay|compensation|bonuses|severance|payroll)|[value:MONEY] in (stock-based|share-based) compensation|(total|annual|overall) (pay|wage|salary) bill)',
  // "asked firms to pay up to £350m in compensation", "cap her compensation to about £55,000": redress, an award, damages
  'compensation/redress': '([value:MONEY] in compensation|compensation (to|for) ~{0,3} (victims|investors|customers|claimants|savers|farmers|families|policyholders|consumers|passengers|residents)|(cap|capped|award|awarded|claim|claims|claimed|damages|tribunal|redress|victims|settle|settlement|sued|lawsuit) _{0,6} [value:MONEY])',
  // "the median software engineer earns $130,000", "half of the executives in the survey made": people in general
  'compensation/in-general': '(median|average|typical|half|most|many|some) (of the)? ~{0,4} (earns|earned|made|makes|make|paid|receive|received|get|gets|take home) [value:MONEY]',
};

const EARNERS = new RegExp(`^${PEOPLE}$`);

export const RULES: ClaimRule[] = [
  // "raised base salaries for first-year analysts to $110,000", "lifted pay for junior bankers to $100,000"
  {
    reason: 'compensation/raised-pay-to',
    match: `{raise|lift|increase|boost|hike|bump} (its|their|the)? (base|starting|annual|junior|minimum|hourly|average|entry-level)? (salaries|salary|pay|wages|wage|compensation) ((for|of) ~{0,4} ${PEOPLE})? to [value:MONEY]`,
    confidence: 0.85,
    examples: [['Goldman Sachs increased base salaries for first-year analysts to $110,000.', 'Goldman Sachs', '$110,000']],
  },
  // "the company pays $150,000 a year", "earn $22 an hour", "offered him $100 million": money paid to someone, per period or to a person
  {
    reason: 'compensation/paid-per-period',
    match: `{pay|offer|earn|make|promise|guarantee|give} (him|her|them|each|each of them|[PERSON])? (up to|as much as|about|around|more than|at least|nearly|an average of|a minimum of)? [value:MONEY]`,
    confidence: 0.78,
    unless: NOT_PAY,
    extra: (m) => {
      // "The company is earning about $1.8m an hour", "she earned more than $1m a year": a company
      // that earns makes a profit; only a person named or people counted ("its engineers make…") earn pay here
      if (/^(?:earn|earns|earned|earning|make|makes|made|making)$/.test(m.toks[m.start]!.lower)) {
        let i = m.start - 1;
        while (i >= 0 && /^(?:is|was|are|were|has|have|had|will|would|could|can|also|still|now|reportedly|typically|usually|often|each|all|already)$/.test(m.toks[i]!.lower)) i--;
        const earner = m.toks[i];
        if (!earner || !(earner.kind === 'person' || EARNERS.test(earner.lower))) return null;
      }
      const q = m.slots.value!.q!;
      const toSomeone = /^(?:him|her|them|each)$/.test(m.toks[m.start + 1]?.lower ?? '') || m.toks[m.start + 1]?.kind === 'person';
      return q.per && ['year', 'hour', 'month', 'week', 'day'].includes(q.per) ? {} : toSomeone ? {} : null;
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
    extra: (m, view) => (/\b(?:compensation|pay|salary|remuneration|total pay|earnings|package|bonus)\b/i.test(columnOf(view, m.slots.value!.start) ?? '') ? {} : null),
    examples: [['| Company | Executive | Compensation |\n|---|---|---|\n| Halvard Robotics | Dana Roe | $9.8 million |', 'Halvard Robotics', '$9.8 million']],
  },
  // "an average pay of more than $20.50 per hour", "offering pay between $17 and $28 per hour", "signing bonuses between $1,000 and $3,000"
  {
    reason: 'compensation/average-pay',
    match: '(average|starting|minimum|hourly|base|typical|median)? (pay|wage|wages|salary|salaries|rate|bonuses|bonus) (of|between|from|at|averaging|up to)? (more than|about|around|nearly|up to|at least)? [value:MONEY]',
    confidence: 0.8,
    unless: NOT_PAY,
    // (with no preposition only a range that carries its own: "signing bonuses between $1,000 and $3,000" — "pay $5m" is a verb)
    extra: (m) => {
      // ("The company will pay between $1bn and $3bn in stock": "pay" after a modal or "to" is the verb)
      if (/^(?:will|would|to|could|can|may|might|must|should|shall|agreed|did|does|not|also)$/.test(m.toks[m.start - 1]?.lower ?? '')) return null;
      const prev = m.toks[m.toks.indexOf(m.slots.value!) - 1];
      return prev && /^(?:of|between|from|at|averaging|to|than|about|around|nearly|least)$/.test(prev.lower) ? {} : /^(?:between|from)\b/i.test(m.slots.value!.q!.text) ? {} : null;
    },
    examples: [
      ['Amazon is offering an average pay of more than $20.50 per hour.', 'Amazon', 'more than $20.50 per hour'],
      ['Some Kestrel Logistics positions include signing bonuses between $1,000 and $3,000.', 'Kestrel Logistics', 'between $1,000 and $3,000'],
    ],
  },
  // "pays machine-learning engineers between $250,000 and $400,000 a year", "pays its top researchers roughly $1 million a year",
  // "has offered some researchers more than $10 million a year", "paid its chief executive $25 million"
  {
    reason: 'compensation/pays-people',
    match: `{pay|offer|give|grant|award|promise} (its|their|some|top|senior|new|star|junior|select|each of its)? ~{0,3} ${PEOPLE} (salaries of|packages of|an average of|bonuses of|as much as|up to|more than)? [value:MONEY]`,
    confidence: 0.82,
    unless: NOT_PAY,
    examples: [
      ['Kiteline AI pays machine-learning engineers between $250,000 and $400,000 a year.', 'Kiteline AI', 'between $250,000 and $400,000 a year'],
      ['Halvard Robotics paid its chief executive $25 million in total compensation in 2024.', 'Halvard Robotics', '$25 million'],
    ],
  },
  // "Harrowgate's chief executive was paid £4.2 million", "Steven Schwarzman made $120 million", "Top performers can make US$1 million in salary"
  {
    reason: 'compensation/earned',
    match: `([PERSON]|${PEOPLE}|performers) ~{0,4} (earned|earns|earn|was paid|were paid|is paid|are paid|took home|take home|takes home|pocketed|received|receives|receive|made|makes|make|got|gets|was awarded|were awarded|can make|could make|can earn|could earn|can expect|will receive|may receive) (a total of|total pay of|compensation of|about|around|nearly|more than|over|some|as much as|up to)? [value:MONEY]`,
    confidence: 0.8,
    // ("…employed the wife of a director, and that she earned $1m": the earner is who the new clause names)
    unless: { ...NOT_PAY, 'compensation/another-earner': '(that|and) (he|she|they) ~{0,2} (earned|earns|earn|made|makes|make|received|receives|got|gets|took home|takes home) _{0,3} [value:MONEY]' },
    pick: { allowSlot: /\b(?:of|at) $/ },
    examples: [
      ['Harrowgate’s chief executive was paid £4.2 million last year.', 'Harrowgate', '£4.2 million'],
      ['Blackstone Group, where Steven Schwarzman made $120 million, said returns were strong.', 'Blackstone Group', '$120 million'],
    ],
  },
  // "seven-figure salaries", "$100 million pay packages", "a $1.5 million retention bonus", "an eight-figure package"
  {
    reason: 'compensation/amount-pay',
    match: `[value:MONEY] -? (plus)? (in)? (total|annual|yearly|base|signing|retention|stock|equity|cash|starting|one-time|special|\\w+-year)? ((pay|compensation|remuneration|retention|salary|bonus) (package|packages|deal)|pay|salary|salaries|compensation|bonus|bonuses|wage|wages|stock award|stock awards|equity grant|equity grants)`,
    confidence: 0.85,
    unless: NOT_PAY,
    examples: [
      ['Zentrix AI is paying seven-figure salaries to its senior engineers.', 'Zentrix AI', 'seven-figure'],
      ['Tidewater AI gave each of its early employees a $1.5 million retention bonus.', 'Tidewater AI', '$1.5 million'],
    ],
  },  // "offering seven-figure packages", "lured its CTO with an eight-figure package", "dangled $300m contracts":
  // packages offered to people (a bare "$2.5 trillion package" is a budget)
  {
    reason: 'compensation/offered-package',
    match: `{offer|dangle|promise|lure|tempt|entice} ~{0,6} [value:MONEY] -? (pay|compensation)? (package|packages|deal|deals|contract|contracts)`,
    confidence: 0.8,
    unless: NOT_PAY,
    examples: [['Brightline Robotics lured him with a $40 million deal.', 'Brightline Robotics', '$40 million']],
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
    match: `({offer|dangle|promise|pay|give} (up to|as much as|more than|about|nearly|at least)? [value:MONEY]|[value:MONEY] (pay|compensation|job|employment|signing)? (offer|offers)) ~{0,3} (to|for|before) _{0,4} ${PEOPLE}`,
    confidence: 0.8,
    unless: NOT_PAY,
    examples: [['Meta has made $100 million offers to OpenAI researchers, Sam Altman said.', 'Meta', '$100 million']],
  },

  // "pay packages of up to $100 million", "a pay package worth $18.5 million", "total pay valued at $89.1 million",
  // "Pay for Nikesh Arora at Palo Alto Networks totalled $151 million", "salaries of €65,000", "base salary: $210,000"
  {
    reason: 'compensation/pay-of',
    match: `${PAY} (package|packages|award|awards|grant|grants|increase)? _{0,6} (of|worth|valued at|totalling|totaling|totaled|totalled|reaching|topping|exceeding|was|were|is|are|rose to|jumped to|came to|amounted to|to|between|:|approaching|averaging|exceed|exceeds|exceeded|reach|reaches|reached|top|tops|topped|hit|hits|ranges from|range from|ranging from|starts at|start at|starting at) (up to|as much as|more than|nearly|about|around|roughly|an average of|in excess of)? [value:MONEY]`,
    confidence: 0.85,
    unless: NOT_PAY,
    pick: { allowSlot: /\b(?:of|at|for) $/ },
    examples: [
      ['Meta has offered pay packages of up to $100 million to top AI researchers.', 'Meta', 'up to $100 million'],
      ['Pay for Nikesh Arora at Palo Alto Networks totalled $151 million.', 'Palo Alto Networks', '$151 million'],
      ['At Orrery Bio, total compensation can exceed $3 million.', 'Orrery Bio', '$3 million'],
    ],
  },
  // "was offered $3.5m in restricted stock", "$500k of restricted stock"
  {
    reason: 'compensation/in-stock',
    match: '[value:MONEY] (in|of) (restricted|performance|deferred)? (stock|shares|equity|options|stock options|bonuses|bonus|salary|pay|cash bonuses|retention pay)',
    confidence: 0.75,
    unless: NOT_PAY,
    extra: (_m, view) => (/\b(?:offer(?:s|ed)?|paid|pay|award(?:ed)?|grant(?:ed)?|receive[sd]?|engineer|employee|staff|executive|ceo|researcher)\b/.test(view.lower) ? {} : null),
    examples: [['One staff engineer at Google was offered $3.5m in restricted stock by the firm to stay.', 'Google', '$3.5m']],
  },
  sectionRule('compensation'),
];
