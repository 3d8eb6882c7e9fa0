/**
 * Scale words and abbreviations that multiply the number before them:
 * "$1.5bn", "€20m", "$4.2B", "2 million", "10k", "Rs 500 crore".
 */
import { table, type Token } from './tokens.js';

interface Scale {
  factor: number;
  /**
   * When the scale may stand after a space. Single letters ("m", "B", "k") after a space
   * are too often something else ("Series B", "5 m tall"), so only with a currency:
   * "$4.2 B" yes, "20 B" no. Glued ("$1.3B", "10k") is always a scale.
   */
  spaced: 'always' | 'with-currency';
}

// Compared case-sensitively first (single letters), then lower-cased.
// Word tables are Maps (see table() in tokens.ts): "constructor" finds nothing in them.
const EXACT = table<Scale>({
  // "10k", "$150K"
  k: { factor: 1e3, spaced: 'with-currency' },
  K: { factor: 1e3, spaced: 'with-currency' },
  // "€20m", "$5M", "$5MM" (US finance)
  m: { factor: 1e6, spaced: 'with-currency' },
  M: { factor: 1e6, spaced: 'with-currency' },
  MM: { factor: 1e6, spaced: 'with-currency' },
  // "$4b", "$1.3B"
  b: { factor: 1e9, spaced: 'with-currency' },
  B: { factor: 1e9, spaced: 'with-currency' },
  // "$1T"
  T: { factor: 1e12, spaced: 'with-currency' },
});

const LOWER = table<Scale>({
  // "2 thousand", "two hundred" is read by numberWords.ts; digits take these too: "5 hundred"
  hundred: { factor: 100, spaced: 'always' },
  thousand: { factor: 1e3, spaced: 'always' },
  // "2 dozen"
  dozen: { factor: 12, spaced: 'always' },
  million: { factor: 1e6, spaced: 'always' },
  billion: { factor: 1e9, spaced: 'always' },
  trillion: { factor: 1e12, spaced: 'always' },
  // "signed up its 50 millionth customer": a milestone's ordinal counts as many
  millionth: { factor: 1e6, spaced: 'always' },
  billionth: { factor: 1e9, spaced: 'always' },
  // "$5 mn", "$5 mln" (Reuters), "$5 mil", "5 mio" (continental wires)
  mn: { factor: 1e6, spaced: 'always' },
  mln: { factor: 1e6, spaced: 'always' },
  mil: { factor: 1e6, spaced: 'with-currency' },
  mio: { factor: 1e6, spaced: 'with-currency' },
  // "$2 bn", "$2 bln", "$2 bil"
  bn: { factor: 1e9, spaced: 'always' },
  bln: { factor: 1e9, spaced: 'always' },
  bil: { factor: 1e9, spaced: 'with-currency' },
  // "$1.2 tn", "£1tr", "$1 trn"
  tn: { factor: 1e12, spaced: 'always' },
  trn: { factor: 1e12, spaced: 'always' },
  tr: { factor: 1e12, spaced: 'with-currency' },
  // "Rs 500 crore" (1e7), "₹10 lakh" (1e5): Indian English
  crore: { factor: 1e7, spaced: 'always' },
  crores: { factor: 1e7, spaced: 'always' },
  lakh: { factor: 1e5, spaced: 'always' },
  lakhs: { factor: 1e5, spaced: 'always' },
  lac: { factor: 1e5, spaced: 'with-currency' },
  lacs: { factor: 1e5, spaced: 'with-currency' },
  // "₹250 Cr", "Rs 1,200 cr" (Indian business press); only after a currency
  cr: { factor: 1e7, spaced: 'with-currency' },
  // "Rs 4.5 LPA", "3.5 LPA": lakhs per annum, the Indian press's unit of a salary (rupees a year: amount.ts, read.ts)
  lpa: { factor: 1e5, spaced: 'always' },
});

function lookup(t: Token): Scale | undefined {
  return EXACT.get(t.text) ?? LOWER.get(t.lower);
}

/** The scale token at tokens[i] (glued or spaced, per the rules above), or null. */
export function readScale(
  tokens: readonly Token[],
  i: number,
  hasCurrency: boolean,
): { factor: number; next: number } | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || t.kind !== 'word') return null;
  const glued = prev.end === t.start;
  const scale = lookup(t);
  if (scale) {
    if (glued || scale.spaced === 'always' || hasCurrency) return { factor: scale.factor, next: i + 1 };
  }
  return null;
}

// Scales a written number takes after it that numberWords.ts does not read itself.
const AFTER_WORDS = new Set(['crore', 'crores', 'lakh', 'lakhs', 'mn', 'mln', 'bn', 'bln', 'tn', 'trn']);

/** "four crore rupees", "eight lakhs": an Indian or abbreviated scale after a number in words. */
export function readScaleAfterWords(tokens: readonly Token[], i: number): { factor: number; next: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !AFTER_WORDS.has(t.lower) || tokens[i - 1]?.end === t.start) return null;
  return { factor: LOWER.get(t.lower)!.factor, next: i + 1 };
}

/** "$5-billion deal" (Canadian and older US style): a glued hyphen, then a spelled-out scale word. */
export function readHyphenScale(tokens: readonly Token[], i: number): { factor: number; next: number } | null {
  const h = tokens[i];
  const w = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!h || !w || !prev || h.text !== '-' || prev.end !== h.start || h.end !== w.start) return null;
  if (w.lower !== 'million' && w.lower !== 'billion' && w.lower !== 'trillion' && w.lower !== 'thousand') return null;
  return { factor: LOWER.get(w.lower)!.factor, next: i + 2 };
}

/** True when the word is any scale (used to tell "5 m" apart from units and suffixes). */
export function isScaleWord(t: Token): boolean {
  return lookup(t) !== undefined;
}
