import type { Extractor, RawClaim, SentenceView } from '../extractor.js';
import { amountClaim, moneyMatches, type AmountRule } from '../amount-rules.js';
import { pickSubject } from '../slots.js';

/**
 * compensation: what an employer pays a person ("seven-figure packages", "pay packages
 * of up to $100 million", "CEO Dana Roe of Halvard Robotics earned $9 million"). The subject is
 * the employer, never the person.
 */

type Rule = AmountRule;

const PAY_WORD = '(?:pay|pay packages?|packages?|salary|salaries|compensation|comp|bonus(?:es)?|offers?|signing bonus(?:es)?|retention bonus(?:es)?|stock awards?|equity grants?|total compensation|remuneration|wages?)';

const RULES: Rule[] = [
  // "seven-figure packages", "seven-figure total compensation", "$100 million pay packages", "$1m salaries"
  { reason: 'compensation/amount-pay', confidence: 0.85, after: new RegExp(`^(?:-plus)? (?:in )?(?:(?:total|annual|yearly|base|pay|compensation|signing|retention|stock|equity|cash|per-year|\\w+-year) ){0,2}${PAY_WORD}\\b`) },
  // "pay packages of up to $100 million", "compensation worth $162 million", "a salary of $1 million"
  // "pay packages of up to $100 million", "Pay for the chief executive at Halvard Robotics totalled $9 million", "total pay valued at $89.1 million"
  { reason: 'compensation/pay-of', confidence: 0.85, before: new RegExp(`\\b${PAY_WORD}\\b[^.;$]{0,60}? (?:of|worth|valued at|totaling|totalling|totaled|totalled|reaching|topping|exceeding|was|were|is|rose to|jumped to|came to|amounted to|of nearly|of about|of more than)(?: (?:up to|as much as|more than|nearly|about|around|roughly))? ?$|\\b${PAY_WORD}\\s*[:-]\\s*$`) },
  // "earned $162 million", "was paid $89.1 million", "took home $120 million"
  // "the firm pays senior researchers about €350,000 a year"
  { reason: 'compensation/pays-people', confidence: 0.8, before: /\b(?:pay(?:s|ing)?|paid|offer(?:s|ed|ing)?)(?: (?:its|their|senior|top|junior|star|new|some|most|many|[\w]+-[\w-]+))* (?:researchers|engineers|scientists|staff|employees|hires|recruits|executives|developers|people)(?: (?:salaries of|packages of|an average of))? $/ },
  { reason: 'compensation/earned', confidence: 0.8, before: /\b(?:earn(?:s|ed|ing)?|paid|took home|take home|takes home|pocket(?:s|ed|ing)?|received|receives|made|makes|make|got|gets|was awarded|were awarded)(?: (?:an? |about |around |nearly |more than |over |some |total of |a total of ))? $/ },
  // "Paying Millions for Robotics Talent", "offering $1 million to researchers"
  { reason: 'compensation/paying-for-talent', confidence: 0.7, before: /\b(?:pay(?:s|ing)?|offer(?:s|ed|ing)?)(?: (?:researchers|engineers|staff|employees|them|recruits|candidates))? $/, after: /^ (?:(?:in|to|for|per) )?(?:(?:ai|top|star|elite|senior|individual|each|some|the) )*(?:talent|researchers?|engineers?|hires?|recruits?|candidates?|employees?|executives?|people)\b/ },
];

// "paid $20 billion to license its technology", "paid $1bn to acquire the startup", "paid
// $900 million in a licensing deal": money paid for a purpose or in a deal is a purchase, not
// a person's pay
const PAID_FOR_PURPOSE = /^ (?:in (?:cash|stock) )?to (?:license|licence|acquire|buy|purchase|settle|lease|rent|build|fund|secure|take over|take a stake|invest)\b|^ (?:in|as part of|under) (?:an? |the |its )?(?:[\w-]+ ){0,3}?(?:deal|agreement|transaction|acquisition|settlement|buyout|merger|takeover)\b/;

// "revenue", "deal", "funding": amounts that pay no person
const NOT_PAY = /\b(?:revenue|sales|deal|contract|funding|round|valuation|raised|acquisition|fine|settlement|profit|budget|spending|capex|market)\b/;

export const compensation: Extractor = {
  type: 'compensation',
  extract(view: SentenceView): RawClaim[] {
    const claims: RawClaim[] = [];
    for (const { q, rule, pre, post } of moneyMatches(view, RULES, 60)) {
      if (rule.reason === 'compensation/earned' && !/\b(?:ceo|chief|executive|founder|president|chairman|pay|compensation|salary|package|researcher|engineer|employee)s?\b/.test(view.lower)) continue;
      if (NOT_PAY.test(pre.slice(-25)) || NOT_PAY.test(post.slice(0, 25)) || PAID_FOR_PURPOSE.test(post)) continue;
      // "CEO Dana Roe of Halvard Robotics earned…": the employer may sit in an "of"/"at" slot
      const picked = pickSubject(view, q.start, { allowSlot: /\b(?:of|at) $/ });
      if (!picked) continue;
      claims.push(amountClaim('compensation', view, q, rule, picked));
    }
    return claims;
  },
};
