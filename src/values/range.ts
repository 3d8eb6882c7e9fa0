/**
 * Ranges: "$10–12 billion", "$10bn-$12bn", "between $5 million and $10 million",
 * "from 100 to 150 employees", "10 to 12 billion dollars", "two or three engineers".
 * The ends are read by amount.ts; this file finds the joiner and shares scale and
 * currency between the ends.
 */
import { isDash, type Token } from './tokens.js';
import { readSide, roundFloat, type Side } from './amount.js';

export interface RangeEnd {
  /** The second end. */
  end: Side;
  /** Joined by a dash: two bare numbers so joined are a score or a date ("3-1"). */
  dash: boolean;
  /** Joined by "or": a vague small range ("two or three"). */
  or: boolean;
}

/**
 * The second end of a range whose first end is `a`. `joiner` is the word an opener asks
 * for ("and" after "between", "to" after "from"); without an opener "to", a dash and, for
 * small counts, "or" join. Returns a skip when the second end is a non-amount ("10-15%").
 */
// The word before a change's amount
// ("rose by $2 million to $40 million", "remuneration edged up £8000 to £365,000": a change, then the level reached)
const BY_BEFORE = new Set(['by', 'up', 'down']);

export function readRangeEnd(text: string, tokens: readonly Token[], a: Side, joiner: string | null): RangeEnd | { skip: number } | null {
  const sep = tokens[a.next];
  if (!sep) return null;
  let dash = false;
  let or = false;
  // "10-12", "between 10-12"
  if (isDash(sep)) dash = true;
  // "between 5 and 10", "from 100 to 150", "10 to 12 billion dollars"
  // ("between N90,000 to N110,000": "to" after "between" too, as many papers write it)
  else if (sep.kind === 'word' && (sep.lower === (joiner ?? 'to') || (joiner === 'and' && sep.lower === 'to'))) {
    // joined by its word
  } else if (sep.lower === 'or' && joiner === null && a.currency === null && a.scale === null) {
    // "two or three engineers", "5 or 6 people"; "$5bn or $6bn" are two amounts
    or = true;
  } else return null;
  const r = readSide(text, tokens, a.next + 1, true);
  if (r === null) return null;
  if ('skip' in r) return dash || joiner !== null ? r : null;
  // ("went from 57.5 million in June 2020 to 116 million": a year, then "to" an amount, is a date and the next amount)
  if (joiner === null && !dash && a.yearLike && !r.yearLike) return null;
  if (or && (r.currency !== null || r.value <= a.value)) return null;
  // ("declined by 1.3 million to 70.2 million", "rose by $2 million to $40 million": after "by", the change and the level it
  // reached, each with its own scale — not "cut by 1,000 to 1,500 jobs", a range of the change)
  // ("cut its headcount by 58,800 to 254,066": without scales, a second end not round to the hundred is an exact level reached)
  // ("fell by 500 to 11,500": a second end twenty times the first is no range of a change either)
  // ("plunged by 63,840 to 12.5 million": a first end written out in full, larger than the second's number, takes no scale from it)
  // ("increased salaries by £11,000 to £65,000": each end with its own currency sign, the second four times the first or more)
  const levelReached = (a.scale !== null && r.scale !== null) || (a.currency !== null && r.currency !== null) || (a.scale === null && r.scale === null && (r.value % 100 !== 0 || r.value >= 20 * a.value)) || (a.scale === null && r.scale !== null && a.raw > r.raw && r.value >= 20 * a.value);
  if (!dash && joiner === null && levelReached && r.value >= 4 * a.value && BY_BEFORE.has(tokens[a.from - 1]?.lower ?? '')) return null;
  return { end: r, dash, or };
}

/**
 * Share what one end states with the other: "$10–12 billion" carries "$" forward and
 * "billion" back (unless the first end is already larger: "$500,000 to $1 million").
 * Returns null when the ends are in different currencies ("$5m to €10m": two amounts).
 */
export function joinRange(lo: Side, hi: Side): [Side, Side] | null {
  if (lo.scale === null && hi.scale !== null && lo.raw <= hi.raw) {
    lo = { ...lo, value: roundFloat(lo.raw * hi.scale), scale: hi.scale };
  }
  if (lo.currency !== null && hi.currency === null) hi = { ...hi, currency: lo.currency };
  if (lo.currency === null && hi.currency !== null) lo = { ...lo, currency: hi.currency };
  return lo.currency === hi.currency ? [lo, hi] : null;
}
