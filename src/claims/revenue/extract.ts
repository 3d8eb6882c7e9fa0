import type { Extractor, RawClaim, SentenceView } from '../extractor.js';
import { amountClaim, moneyMatches, type AmountRule } from '../amount-rules.js';
import { pickSubject } from '../slots.js';

/**
 * revenue: what a company earns (sales, annual recurring revenue, run rate), with the
 * period when stated. Profit, income, losses and forecasts of a market are not revenue.
 */

type Rule = AmountRule;

// (an insurer's "gross written premiums", a Nigerian bank's "gross earnings", a bank's "total income" are their sales)
const REVENUE_WORD = '(?:revenues?|sales|fee income|arr|annual recurring revenue|recurring revenue|run[- ]rate|turnover|bookings|top line|gross written premiums?|premium income|gross earnings|total income)';

// the words from the revenue word on: what comes before it is what the amount is of
const FROM_REVENUE_WORD = new RegExp(`${REVENUE_WORD}.*$`);

// "from its cloud business", "from data centers", "from subscriptions": a line of business the money comes from
const FROM_BUSINESS = String.raw` (?:(?:a|per) (?:year|month|quarter) )?(?:from|in) (?:its |their |the )?(?:[\w-]+ ){0,3}?(?:business(?:es)?|units?|divisions?|segments?|data cent(?:er|re)s|cloud|subscriptions|subscribers|customers|advertising|ads|sales|services|products|licen[cs]ing|royalties|fees)\b`;

const RULES: Rule[] = [
  // "$100m in ARR", "$1 billion in annualized revenue", "$15.7 billion in sales"
  // "$114 million cloud revenue", "$2 billion in subscription sales"
  // (not a contract or a target the revenue word modifies: "closed a $32.2 million revenue contract", "a $1 billion sales target")
  { reason: 'revenue/amount-in-revenue', confidence: 0.9, after: new RegExp(`^ (?:in |of )?(?:(?:annual(?:ized|ised)?|quarterly|yearly|recurring|total|net|gross|global|first-quarter|second-quarter|third-quarter|fourth-quarter|full-year|fiscal|\\w+-quarter) )*(?!(?:on|from|to|than|versus|vs|against|and|while)\\b)(?:[a-z][\\w-]* ){0,2}?${REVENUE_WORD}\\b(?! (?:contracts?|deals?|agreements?|backlog|pipeline|targets?|goals?|opportunit(?:y|ies)|share|sharing|guarantees?|bonds?)\\b)`) },
  // "revenue of $56.5 billion", "annualized revenue reached $200 million", "ARR has passed $100 million"
  // ("annual recurring revenue (ARR) is close to $450 million": past an acronym in brackets)
  { reason: 'revenue/revenue-of', confidence: 0.88, before: new RegExp(`\\b${REVENUE_WORD}(?: \\([^()]{1,12}\\))?(?: [\\w-]+){0,6}? (?:of|at|to|was|were|is|are|reached|hit|hitting|topped|surpassed|crossed|totaled|totalled|passed|exceeded|exceeding|near|nearly|approached|approaching|grew to|rose to|jumped to|climbed to|increased to|doubled to|tripled to|came in at|stood at|stands at)(?: (?:an? |about |around |roughly |nearly |more than |over |some ))? ?$|\\b${REVENUE_WORD}(?: (?:(?:in|for) )?(?:fy ?)?\\d{4}| \\([^)]{1,20}\\))?\\s*[:-]\\s*$`) },
  // "Revenue for the July-to-September period rose 40 percent from a year earlier to $2.3 billion"
  // "the company's top line grew 58%, year-on-year (YoY), reaching Rs 5,746 crore"
  { reason: 'revenue/revenue-rose-to', confidence: 0.78, before: new RegExp(`\\b${REVENUE_WORD}\\b(?:[^.;$]|\\.(?=\\d)){0,100}? (?:rose|grew|jumped|climbed|increased|fell|dropped|declined|surged|soared|skyrocketed|rocketed|leapt|leaped|shot up|ballooned|swelled|doubled|tripled|expanded|slipped|slumped|plunged|tumbled|advanced|gained|edged up|edged down|eased|went|(?:was|were|is|are) (?:up|down)|rising|growing|jumping|climbing|falling|soaring|surging|advancing|(?<=\\bsaw (?:[\\w-]+ ){1,4})(?:climb|rise|grow|jump|increase|surge|soar|fall|drop|decline)|(?:growth|increase|rise|jump|surge|decline|drop|fall) of)\\b(?:[^.;$]|\\.(?=\\d)){0,40}? (?:to|reaching|hitting|at|above|past|beyond) (?:an? |about |nearly |roughly |more than )?(?:(?:record|new|all-time) (?:high of )?)?$`) },
  // "Speechly Bircham increased turnover by 17% to hit £40 million", "grew its revenue 40% to $2bn": the verb before the word
  { reason: 'revenue/increased-to', confidence: 0.76, before: new RegExp(`\\b(?:increased|grew|boosted|lifted|raised|doubled|tripled|quadrupled)\\s+(?:its |their )?(?:(?:annual|total|net|gross|yearly) )?${REVENUE_WORD}\\b(?:[^.;$]|\\.(?=\\d)){0,40}? (?:to|to hit|to reach|to top|reaching|hitting) (?:about |nearly |roughly |more than |an? )?$`) },
  // "half year sales DKK 83,296 million vs. estimate", "Q3 revenue $2.1bn": the amount right after the word, as wire headlines write it
  // "revenue rose from $10 million in 2023 to $20 million": the level it went to, and the one it came from
  // "annualized revenue has climbed above $5 billion", "group sales fell below 7 trillion yen": a level passed, read with its bound
  // (checked below)
  { reason: 'revenue/passed-level', confidence: 0.76, before: new RegExp(`\\b${REVENUE_WORD}\\b(?:[^.;$]|\\.(?=\\d)){0,50}? (?:rose|grew|jumped|climbed|surged|soared|shot|rocketed|crept|edged|moved|pushed|went|fell|dropped|dipped|slipped|declined|sank|slid)(?: up| down)? $`) },
  { reason: 'revenue/from-to', confidence: 0.8, before: new RegExp(`\\b${REVENUE_WORD}\\b[^;]{0,50}?\\bfrom [^;]{1,40}? to (?:just |only |about |around |nearly |roughly |more than |over |some |an? )?$`) },
  { reason: 'revenue/changed-from', confidence: 0.75, before: new RegExp(`\\b${REVENUE_WORD}\\b(?:[^.;$]|\\.(?=\\d)){0,40}? (?:rose|grew|jumped|climbed|increased|fell|dropped|declined|surged|soared|went|doubled|tripled|slumped|plunged) from (?:about |around |nearly |roughly )?$|\\b(?:doubled|tripled|quadrupled|grew|increased|boosted|lifted|raised|cut|halved) (?:its|their) (?:annual |yearly |quarterly )?${REVENUE_WORD}(?: in (?:fy ?)?\\d{2,4})?,? from (?:about |around |nearly |roughly |~)?$`) },
  { reason: 'revenue/revenue-amount', confidence: 0.75, before: new RegExp(`\\b(?:(?:half[- ]year|full[- ]year|annual|quarterly|q[1-4]|first-quarter|second-quarter|third-quarter|fourth-quarter|fy ?\\d{2,4}|\\d{4}) )${REVENUE_WORD} $`) },
  // "added £3.5 million to turnover, taking it to £271.2m": the level the revenue reached
  { reason: 'revenue/added-taking-it-to', confidence: 0.76, before: new RegExp(`\\b(?:add(?:s|ed|ing)?)\\b[^.;]{0,40}? to (?:its |their )?${REVENUE_WORD}\\b[^.;$]{0,20}?,? (?:taking|bringing|lifting|pushing) (?:it|them|the total) to (?:about |nearly |roughly |some )?$`) },
  // "generated $114 million", "brings in $20 million a year"
  // (and the sentence's end: "generated $114 million.", an amount read with its period: "brings in $20 million a year.")
  { reason: 'revenue/generated', confidence: 0.75, before: /\b(?:generat(?:e|es|ed|ing)|brought in|bring(?:s|ing)? in|rak(?:e|es|ed|ing) in|pull(?:s|ed|ing)? in|took in|tak(?:e|es|ing) in|book(?:s|ed|ing)?) $/, after: new RegExp(`^(?: (?:in |of )?(?:(?:annual|a year|per year|annually|every year|last year|this year|a month|per month|a quarter|in the (?:first|second|third|fourth) quarter|in the (?:three|six|nine|twelve) months|(?:annual |yearly |quarterly )?(?:revenues?|sales|turnover))\\b|in (?:fy ?)?(?:19|20)\\d\\d\\b|in (?:january|february|march|april|may|june|july|august|september|october|november|december)\\b)|${FROM_BUSINESS}|\\s*[.,;)]|\\s*$)`) },
  // "Nvidia made over $51 billion from data centers", "now makes about $400 million a year from subscriptions": what a company
  // makes from a line of business, or a year (a company that "made $2bn" alone may have made it as profit or from a sale)
  { reason: 'revenue/makes-from', confidence: 0.72, before: /\b(?:mak(?:e|es|ing)|made) $/, after: new RegExp(`^${FROM_BUSINESS}`) },
];

// (a law firm's "PEP", profits per equity partner, is a profit, "per partner" or "per share" no company's total)
const NOT_REVENUE = /\b(?:profit|income|loss|losses|earnings|ebitda|margin|expenses|spending|capex|market|valuation|funding|raised|debt|lost|pep|per partner|per share|eps)\b/;
// ("sales per employee rose from $520,000 to $813,000", "average revenue per user": a ratio to something counted, no company's revenue)
const PER_COUNTED = /\b(?:sales|revenues?|turnover)\s+per\s+(?:employee|worker|head|staff member|store|user|customer|subscriber|member|square foot|sq ft|unit|vehicle|car)\b[^.;]{0,40}$/;

const FORECAST = /\b(?:forecasts?|predicted|projected|projects|expects|expected|estimates?|estimated|guidance|outlook|analysts? (?:expect|polled|surveyed))\b/;

function periodOf(sentence: string): string | null {
  const s = sentence.toLowerCase();
  // "annualized revenue", "ARR", "run rate", "annual recurring revenue"
  if (/\b(?:annuali[sz]ed|arr|run[- ]rate|recurring)\b/.test(s)) return 'annualized';
  // "quarterly revenue", "in the third quarter", "Q3"
  if (/\b(?:quarter(?:ly)?|q[1-4])\b/.test(s)) return 'quarterly';
  // "revenue in 2025", "for fiscal 2024", "2023 revenue"
  const year = /\b(?:in|for|during|fiscal|fy|of) ((?:19|20)\d\d)\b|\b((?:19|20)\d\d) (?:revenue|sales)\b/.exec(s);
  if (year) return year[1] ?? year[2]!;
  if (/\b(?:annual|yearly|a year|per year|last year|this year)\b/.test(s)) return 'annual';
  return null;
}

const REVENUE_NOUN_AFTER = /^ (?:in |of )?(?:[\w-]+ )?(?:revenues?|sales|turnover|takings|box office)\b/;
const ROUND_WORDS = /\b(?:raise|raised|raising|funding round|round of funding|financing round|series [a-h]|seed round|term sheet)\b/;

export const revenue: Extractor = {
  type: 'revenue',
  extract(view: SentenceView): RawClaim[] {
    const claims: RawClaim[] = [];
    for (const { q, rule, pre, post } of moneyMatches(view, RULES, 90)) {
      // "net income of $3.25 billion", "operating expenses of…": the nearest money word decides
      // ("group sales fell below 7 trillion yen": a level fallen under, read with its bound too)
      if (rule.reason === 'revenue/passed-level' && !/^(?:above|past|beyond|below|under)\b/i.test(q.text)) continue;
      const nearPre = pre.slice(-35);
      if (rule.before && NOT_REVENUE.test(nearPre.replace(FROM_REVENUE_WORD, ''))) continue;
      if (PER_COUNTED.test(pre)) continue;
      // ("the new $50 million raise — with Warburg Pincus taking in $25 million —": money "taken in" bare, in a sentence about a round,
      // is a share of the round, not takings)
      if (rule.reason === 'revenue/generated' && !REVENUE_NOUN_AFTER.test(post) && ROUND_WORDS.test(view.lower)) continue;
      // ("pushing CoreWeave's revenue backlog to $66.8 billion": revenue contracted for later, not earned)
      if (/\b(?:revenues?|sales) (?:backlog|pipeline)\b/i.test(nearPre)) continue;
      if (/\b(?:market|industry|sector)\b/.test(pre)) continue;
      // "the country's oil revenues", "the government's tax revenue": a state's income
      if (/\b(?:country|nation|government|state|city|region|treasury|exchequer|economy)(?:'s|s')? (?:[\w-]+ ){0,2}(?:revenues?|income|earnings|sales|receipts)\b/.test(pre.slice(-60))) continue;
      // "with combined annual sales of $30bn": two companies' sum, no one's revenue
      if (/\bcombined\b/.test(pre.slice(-50))) continue;
      // "the newly merged producer would have sales of more than $5bn": a pro-forma or hoped-for figure, not what a company earned
      // ("the deal could drive hundreds of billions of dollars in revenue": what a deal might bring)
      if (/\b(?:would|could|might|will)(?: [\w-]+)? (?:have|generate|record|post|boast|reach|bring in|make|drive|add|bring|unlock|create|deliver|yield|produce)\b[^.;]{0,30}$/.test(pre.slice(-60))) continue;
      // "this cost £1bn in revenue for software companies": revenue lost to something, not earned
      if (/\b(?:cost|costs|costing|lose|loses|losing|lost|wipe[sd]?|wiping|drain(?:s|ed|ing)?)(?: [\w-]+){0,3} ?$/.test(pre.slice(-40))) continue;
      // "absorbed over £1.5bn of lost sales": sales lost, not earned
      if (/^ (?:of |in )?(?:lost|forgone|missed) (?:sales|revenue)/.test(post)) continue;
      // "made profits of £21.5m on a turnover of…": the words right before say what the amount is
      if (!rule.before && /\b(?:profits?|income|earnings|loss|losses|ebitda|debt|spending|costs?) (?:[\w-]+ ){0,2}?(?:of|were|was|at|to|rose to|fell to) (?:an? |about |around )?$/.test(pre)) continue;
      // "retail sales", "car sales", "home sales": a market's sales, not a company's
      // ("Global ticket sales over the past year stand at $12 billion": a word of what is sold between)
      if ((/\b(?:retail|home|house|housing|car|vehicle|auto|existing-home|new-home|holiday|christmas|festive|industry|national|domestic|world|worldwide|global|chip|smartphone|pc) sales\b|\b(?:industry|industry-wide|national|domestic|world|worldwide|global) [\w-]+ sales\b/.test(view.lower) || /\b(?:holiday|festive|christmas|shopping) season\b/.test(view.lower)) && !view.actors.some((a) => a.possessive || a.via === 'anaphor')) continue;
      // analysts' expectations and guidance are not what the company earned
      // (one that governs the amount: "had forecast … $14.7 billion in revenue", not "sales DKK 83,296 million vs. estimate")
      if (FORECAST.test(pre.slice(-70))) continue;
      // ("the operational revenue of Zepto for FY24 was…": the owner after "revenue of")
      const picked = pickSubject(view, q.start, { allowSlot: /\b(?:revenues?|sales|turnover|arr|top line|run[- ]rate|bookings) (?:[\w-]+ )?(?:of|at|for) (?:the )?$/ });
      if (!picked) continue;
      // in a table row, the column header says it: "| Annualized revenue |"
      claims.push(amountClaim('revenue', view, q, rule, picked, { period: periodOf(`${view.sentence.kind === 'table' ? pre : ''} ${view.sentence.text}`) }));
    }
    // "revenue of $905 million for the quarter (versus $822 million a year ago)", "ARR hit $1.2 billion, up from
    // $400 million", "sales rose to £3.1bn from £2.9bn": the figure a revenue is set against is the same company's
    // revenue of an earlier period (nothing between them but the period and the comparison word)
    const taken = new Set(claims.map((c) => c.value!.start));
    for (const c of [...claims]) {
      const q1 = c.value!;
      const q2 = view.quantities.find((q) => q.kind === 'money' && q.start > q1.end && !taken.has(q.start));
      if (!q2 || view.quantities.some((q) => q.start > q1.end && q.start < q2.start)) continue;
      const between = view.text.slice(q1.end, q2.start).toLowerCase();
      if (!EARLIER.test(between) || q2.currency !== q1.currency) continue;
      taken.add(q2.start);
      const period = c.period === 'annualized' || c.period === 'quarterly' ? c.period : null;
      claims.push({ ...c, value: q2, reason: 'revenue/earlier-figure', confidence: 0.72, cueAt: q2.start, period });
    }
    return claims;
  },
};

// What may stand between a revenue and the earlier figure it is compared with: a period, then the comparison
const EARLIER = /^(?: (?:in|for|during|over) (?:the )?[\w -]{1,40}?)?,? ?\(?(?:versus|vs\.?|(?:as )?compared (?:with|to)|as against|against|(?:up|down) (?:(?:about |around |roughly |nearly |more than |over |some )?[\d.]+ ?(?:%|per ?cent|percent) )?from|from) (?:an? |about |around |roughly |nearly |just )?$/;
