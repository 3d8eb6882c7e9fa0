/**
 * Cardinal numbers written in words: "forty", "two hundred and forty", "a dozen",
 * "two dozen", "half a billion", "one and a half billion", "a million".
 * Ordinals ("fifth") are not cardinals and are never read.
 */
import { table, type Token } from './tokens.js';

// Word tables are Maps (see table() in tokens.ts): "constructor" finds nothing in them.
const UNITS = table<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS = table<number>({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
/** Words that close a group: "two thousand", "three billion". */
const BIG = table<number>({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});

/** Every word a written number can hold: a number read in words contains at least one. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...UNITS.keys(), ...TENS.keys(), ...BIG.keys(), 'hundred', 'dozen', 'half', 'quarter',
]);

export interface WordNumber {
  value: number;
  /** Index after the last token read. */
  next: number;
  /** A lone "one" (or "an"…) reads as a pronoun far more often than as an amount. */
  loneOne: boolean;
  /** The number ends in a scale word ("two billion"), so no scale may follow. */
  scaled: boolean;
}

// A sentence of number words is short; the cap keeps "one one one …" linear.
const MAX_TOKENS = 14;

function isWord(t: Token | undefined, ...words: string[]): boolean {
  return t !== undefined && t.kind === 'word' && words.includes(t.lower);
}

/** True when the word can begin a written number ("forty", "a" before "dozen", "half"). */
export function startsWordNumber(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  const w = t.lower;
  if (UNITS.has(w) || TENS.has(w) || w === 'half') return true;
  // "a quarter-billion-dollar deal"
  if (w === 'quarter') return tokens[i + 1]?.text === '-' && tokens[i + 1]!.start === t.end && BIG.has(tokens[i + 2]?.lower ?? '');
  if (w === 'a' || w === 'an') return isWord(tokens[i + 1], 'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'half', 'quarter');
  return false;
}

/** Read a written number at tokens[i], or null. */
export function readWordNumber(tokens: readonly Token[], i: number): WordNumber | null {
  if (!startsWordNumber(tokens, i)) return null;
  let total = 0;
  let group = 0;
  let k = i;
  let words = 0;
  let last: 'none' | 'unit' | 'tens' | 'hundred' | 'big' | 'dozen' | 'half' = 'none';
  let lastBig = Infinity;
  let end = i;
  let loneOne = false;
  const limit = Math.min(tokens.length, i + MAX_TOKENS);
  while (k < limit) {
    const t = tokens[k]!;
    // "forty-five": a hyphen glued on both sides joins two number words.
    if (t.kind === 'sym' && t.text === '-' && last !== 'none') {
      const nx = tokens[k + 1];
      // "a half-billion-dollar round", "a half-dozen laterals": a fraction glued to its scale
      if (nx && tokens[k - 1]!.end === t.start && t.end === nx.start && (UNITS.has(nx.lower) || (last === 'half' && (BIG.has(nx.lower) || nx.lower === 'dozen')))) {
        k++;
        continue;
      }
      break;
    }
    if (t.kind !== 'word') break;
    const w = t.lower;
    if (w === 'a' || w === 'an') {
      // "a dozen", "half a billion", "a quarter of a billion"
      const nx = tokens[k + 1];
      if (!isWord(nx, 'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'half', 'quarter')) break;
      if (last === 'none') group = 1;
      else if (last !== 'half') break;
      k++;
      continue;
    }
    if (UNITS.has(w)) {
      if (last === 'unit' || last === 'dozen' || last === 'half') break;
      if (last === 'tens' && UNITS.get(w)! >= 10) break;
      group += UNITS.get(w)!;
      last = 'unit';
    } else if (TENS.has(w)) {
      if (last === 'unit' || last === 'tens' || last === 'dozen' || last === 'half') break;
      group += TENS.get(w)!;
      last = 'tens';
    } else if (w === 'hundred') {
      if (last === 'hundred' || last === 'dozen') break;
      group = (group || 1) * 100;
      last = 'hundred';
    } else if (w === 'dozen') {
      if (last === 'dozen' || last === 'hundred') break;
      group = (group || 1) * 12;
      last = 'dozen';
    } else if (BIG.has(w)) {
      const big = BIG.get(w)!;
      if (big >= lastBig) break;
      total += (group || 1) * big;
      group = 0;
      lastBig = big;
      last = 'big';
    } else if (w === 'half' || w === 'quarter') {
      // "half a billion" / "a half billion" / "a quarter of a billion"
      if (last !== 'none' && !(last === 'unit' && group === 1 && tokens[k - 1]!.lower === 'a')) break;
      group = w === 'half' ? 0.5 : 0.25;
      last = 'half';
      if (w === 'quarter' && isWord(tokens[k + 1], 'of') && isWord(tokens[k + 2], 'a', 'an')) k += 1;
    } else if (w === 'and') {
      // "two hundred and forty", "one and a half billion"
      const a = tokens[k + 1];
      const b = tokens[k + 2];
      if ((last === 'hundred' || last === 'big') && a && a.kind === 'word' && (UNITS.has(a.lower) || TENS.has(a.lower))) {
        k++;
        continue;
      }
      if ((last === 'unit' || last === 'tens' || last === 'big' || last === 'dozen') && isWord(a, 'a') && isWord(b, 'half')) {
        // "one and a half billion" → 1.5 billion; "a billion and a half" → 1.5 billion
        if (last === 'big') {
          total += 0.5 * lastBig;
        } else {
          group += 0.5;
        }
        k += 3;
        end = k;
        words++;
        last = last === 'big' ? 'big' : 'unit';
        continue;
      }
      break;
    } else break;
    words++;
    k++;
    end = k;
  }
  if (words === 0) return null;
  const value = total + group;
  // "half", "a quarter" alone are shares ("half of its staff"), not amounts.
  if (last === 'half') return null;
  if (value === 0 && tokens[i]!.lower !== 'zero') return null;
  const first = tokens[i]!.lower;
  loneOne = words === 1 && (first === 'one' || first === 'zero');
  return { value, next: end, loneOne, scaled: lastBig !== Infinity };
}
