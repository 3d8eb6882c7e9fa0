import { ruleExtractor } from '../rules.js';
import { RULES } from './rules.js';

// Pay is at least a thousand a year; smaller sums are pay only per hour, day, week or month ("$20.50 per hour")
const PER_PERIOD = new Set(['hour', 'day', 'week', 'month']);

/** compensation: the rules in ./rules.ts. */
export const compensation = ruleExtractor('compensation', RULES, {
  plausible: (q) => q.kind === 'money' && ((q.amount ?? q.max ?? q.min ?? 0) >= 1000 || (!!q.per && PER_PERIOD.has(q.per))) && q.per !== 'share',
  // "CEO Dana Roe of Halvard Robotics earned…": the employer may sit in an "of"/"at" slot
  pick: { allowSlot: /\b(?:of|at) $/ },
});
