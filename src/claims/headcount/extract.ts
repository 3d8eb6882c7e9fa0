import { ruleExtractor } from '../rules.js';
import { RULES } from './rules.js';

// A payroll is not a population: "a billion people", "five million unemployed"
const MAX_HEADCOUNT = 5_000_000;

/** headcount: the rules in ./rules.ts; counts of people, plausible for one employer. */
export const headcount = ruleExtractor('headcount', RULES, {
  countUnit: 'people',
  changeEnds: true,
  plausible: (q) =>
    (q.amount ?? q.min ?? 0) <= MAX_HEADCOUNT &&
    (q.unit === null || q.unit === 'people') &&
    // "a handful of engineers", "dozens of workers": a vague few is not a payroll
    !(q.rule?.startsWith('vague') && (q.max ?? Infinity) < 1000),
  // "At Zentrix, with 90 people…": a place-like "at X" or "with X" opening the sentence
  pick: { allowSlot: /^(?:.*\b)?(?:at|with) (?:the )?$|^at $/ },
});
