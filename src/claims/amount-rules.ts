import type { Quantity } from '../values/index.js';
import { intensifierStart } from '../values/qualifiers.js';
import type { RawClaim, SentenceView } from './extractor.js';
import { after, before, isPocketMoney, type Picked } from './slots.js';

/**
 * The shape shared by the money claim types (valuation, funding, revenue, compensation): rules
 * as data that look at the words just before and just after each amount.
 */
export interface AmountRule {
  /** The rule's name, carried by the claim ("valuation/valued-at"). */
  reason: string;
  /** How sure the rule is, before refiners adjust it. */
  confidence: number;
  /** Words before the amount (lower case, same clause). */
  before?: RegExp;
  /** Words after the amount (lower case, same clause). */
  after?: RegExp;
}

export interface AmountMatch<R extends AmountRule> {
  q: Quantity;
  rule: R;
  pre: string;
  /** Where `pre` ends: the amount's start, or before an intensifier read past ("a staggering $9 billion"). */
  preEnd: number;
  post: string;
}

/**
 * Each money amount of the sentence large enough to be about a company, with the first rule
 * whose words match (or the fallback's answer), and the words around it.
 */
// Between an amount and the same amount in another currency in brackets: " (", " (about "
/** What opens an amount's conversion in brackets right after it: " (", " (about " — "€22.3 billion (about $24 billion)". */
export const CONVERSION_OPEN = /^\s?\(\s?(?:about |around |roughly |approximately |approx\.? |nearly |some |~|or |c\. )?$/;

export function moneyMatches<R extends AmountRule>(
  view: SentenceView,
  rules: readonly R[],
  reach = 90,
  fallback?: (pre: string, post: string) => R | undefined,
): Array<AmountMatch<R>> {
  const out: Array<AmountMatch<R>> = [];
  for (const q of view.quantities) {
    if (q.kind !== 'money' || isPocketMoney(q)) continue;
    // ("valued at a staggering $75 billion": an intensifier is read past)
    const preEnd = intensifierStart(view.text, view.sentence.start, q.start);
    const pre = before(view, preEnd, reach);
    // ("€22.3 billion ($24 billion) in revenue": an amount converted in brackets is read past)
    const converted = view.quantities.find((o) => o !== q && o.kind === 'money' && o.start > q.end && CONVERSION_OPEN.test(view.text.slice(q.end, o.start)) && /^\s?\)/.test(view.text.slice(o.end, o.end + 2)));
    const post = after(view, converted ? view.text.indexOf(')', converted.end) + 1 : q.end, reach);
    const rule = rules.find((r) => (!r.before || r.before.test(pre)) && (!r.after || r.after.test(post))) ?? fallback?.(pre, post);
    if (rule) out.push({ q, rule, pre, preEnd, post });
  }
  return out;
}

/** The raw claim for an amount a rule read, about the picked subject. */
export function amountClaim(type: RawClaim['type'], view: SentenceView, q: Quantity, rule: AmountRule, picked: Picked, extra: Partial<RawClaim> = {}): RawClaim {
  return {
    type,
    subject: picked.entity,
    counterparty: null,
    value: q,
    sentence: view.sentence,
    reason: rule.reason,
    confidence: rule.confidence,
    subjectVia: picked.via,
    cueAt: q.start,
    ...extra,
  };
}
