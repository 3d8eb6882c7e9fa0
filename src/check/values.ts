import type { Value } from '../schema.js';

/** How far apart two numbers may be and still be "the same" value: 1% of the larger. */
export const TOLERANCE = 0.01;

/** a and b within 1% of each other. */
export function within(a: number, b: number, tolerance = TOLERANCE): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * The numbers a value allows, as a closed interval: "$12B" → [12e9, 12e9], "$10–12B" →
 * [10e9, 12e9], "more than 500" → [500, ∞), "multi-billion" → [2e9, ∞). Null when the value
 * gives no number at all.
 */
export function interval(v: Value): [number, number] | null {
  const { amount, min, max } = v;
  if (amount !== null) {
    // "more than 500": amount 500, min 500 → everything from 500 up.
    if (min !== null && max === null && min >= amount) return [amount, Infinity];
    // "up to 500": amount 500, max 500.
    if (max !== null && min === null && max <= amount) return [-Infinity, amount];
    return [amount, amount];
  }
  if (min === null && max === null) return null;
  return [min ?? -Infinity, max ?? Infinity];
}

/**
 * Whether two stated values can be the same fact: within 1% of each other, or ranges that
 * overlap. Null when they cannot be compared (another currency, or no number).
 */
export function valuesAgree(a: Value, b: Value): boolean | null {
  if (a.currency && b.currency && a.currency !== b.currency) return null;
  const ia = interval(a);
  const ib = interval(b);
  if (!ia || !ib) return null;
  if (ia[0] <= ib[1] && ib[0] <= ia[1]) return true;
  // Disjoint: agree only when the nearest ends are within 1% ("$12B" and "$12.1B").
  return ia[1] < ib[0] ? within(ia[1], ib[0]) : within(ib[1], ia[0]);
}

/** The same value as far as a diff cares: same numbers, currency and unit (wording may differ). */
export function sameValue(a: Value | null, b: Value | null): boolean {
  if (!a || !b) return a === b;
  const num = (x: number | null, y: number | null) => (x === null || y === null ? x === y : within(x, y, 1e-9));
  return num(a.amount, b.amount) && num(a.min, b.min) && num(a.max, b.max) && a.currency === b.currency && a.unit === b.unit;
}

/** One number that stands for a value, for pairing by closeness: the amount, else the middle of the range. */
function representative(v: Value): number | null {
  if (v.amount !== null) return v.amount;
  if (v.min !== null && v.max !== null) return (v.min + v.max) / 2;
  return v.min ?? v.max;
}

/**
 * How far apart two values are, on a log scale ($10B and $12B are closer than $10B and
 * $20B). Values without a number are far from everything but each other.
 */
export function valueDistance(a: Value | null, b: Value | null): number {
  if (!a && !b) return 0;
  const ra = a && representative(a);
  const rb = b && representative(b);
  if (ra == null || rb == null) return ra == rb ? 0 : 1e6;
  if (ra <= 0 || rb <= 0) return Math.abs(ra - rb);
  const currencyPenalty = a!.currency !== b!.currency ? 1e3 : 0;
  return Math.abs(Math.log(ra) - Math.log(rb)) + currencyPenalty;
}
