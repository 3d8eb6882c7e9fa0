import type { Quantity } from '../../values/index.js';
import { compile, matchAll, type Pattern } from '../../structure/pattern.js';
import { tokensOf } from '../../structure/tokens.js';
import type { Extractor, RawClaim, SentenceView } from '../extractor.js';
import { ruleExtractor } from '../rules.js';
import { hasGenericSubject } from '../slots.js';
import { EARNED_NOT_PAY, PERSON_EARNS, RULES } from './rules.js';

// Pay is at least a thousand a year; smaller sums are pay only per hour, day, week or month ("$20.50 per hour")
const PER_PERIOD = new Set(['hour', 'day', 'week', 'month']);
const plausible = (q: Quantity) => q.kind === 'money' && ((q.amount ?? q.max ?? q.min ?? 0) >= 1000 || (!!q.per && PER_PERIOD.has(q.per))) && q.per !== 'share';

/** The rules in ./rules.ts. */
const byRules = ruleExtractor('compensation', RULES, {
  plausible,
  // "CEO Dana Roe of Halvard Robotics earned…": the employer may sit in an "of"/"at" slot
  pick: { allowSlot: /\b(?:of|at) $/ },
});

/**
 * "Halvard Robotics faced a revolt over pay. Chief executive Jane Roe received $162 million last
 * year." / "She took home £3.9m.": a person who is paid, in a sentence that names no company, is
 * paid by the company the passage is about. (The shared subject picker treats a person opening a
 * clause as a subject of its own, about no company; for pay, the person is the company's.)
 */
const OTHER_PAYER = /\b(?:before|previously|formerly|former|once|used to|as an? |when (?:he|she) (?:was|worked)|from (?:investors|backers|the sale|selling|the government|a fund|donors)|in (?:funding|investment|grants?|donations|winnings|prize money|damages|compensation for|a settlement))\b/i;
let personEarns: Pattern | null = null;
let vetoes: Pattern[] | null = null;

function paidByTopic(view: SentenceView): RawClaim[] {
  const topic = view.topic;
  if (!topic || topic.kind !== 'organization' || topic.media || topic.investor || topic.assumed) return [];
  // (a sentence that names an organisation is the rules' to read)
  if (view.actors.some((a) => !a.entity.media)) return [];
  if (hasGenericSubject(view)) return [];
  // ("Jane Roe, a nurse, earned $40,000 a year before she founded it": pay from another job or time)
  if (OTHER_PAYER.test(view.sentence.text)) return [];
  const tv = tokensOf(view);
  personEarns ??= compile(PERSON_EARNS);
  vetoes ??= Object.values(EARNED_NOT_PAY).map((p) => compile(p));
  const out: RawClaim[] = [];
  for (const m of matchAll(personEarns, tv)) {
    const value = m.slots.value!;
    const q = value.q!;
    if (!plausible(q)) continue;
    if (vetoes.some((v) => matchAll(v, tv).some((x) => !x.slots.value || x.slots.value === value))) continue;
    out.push({ type: 'compensation', subject: topic, counterparty: null, value: q, sentence: view.sentence, reason: 'compensation/person-of-topic', confidence: 0.7, subjectVia: 'topic', cueAt: value.start });
  }
  return out;
}

/** compensation: the rules in ./rules.ts, then a person paid in a sentence that names no company. */
export const compensation: Extractor & { rules: typeof RULES } = {
  type: 'compensation',
  rules: RULES,
  extract(view: SentenceView): RawClaim[] {
    const found = byRules.extract(view);
    return found.length ? found : paidByTopic(view);
  },
};
