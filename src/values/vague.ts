/**
 * Vague magnitudes a reporter writes instead of a number: "seven-figure",
 * "multi-billion-dollar", "hundreds of millions of dollars", "tens of billions",
 * "billions", "dozens of researchers", "low thousands", "a handful", "several hundred".
 * They resolve to bounds (min/max), never to an amount.
 */
import { table, type Token } from './tokens.js';
import { matchCurrencyName } from './currencies.js';

export interface VagueRead {
  min: number;
  max: number | null;
  /** "seven-figure" and "multi-billion-dollar" imply money; null when nothing says so. */
  money: boolean;
  /** A currency written inside the phrase ("-dollar", "-pound"). */
  currency: string | null;
  next: number;
  rule: string;
}

// Word tables are Maps (see table() in tokens.ts): "constructor" finds nothing in them.
const FIGURES = table<number>({
  four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  '4': 4, '5': 5, '6': 6, '7': 7, '8': 8, '9': 9, '10': 10, '11': 11, '12': 12,
});

const SCALE_WORDS = table<number>({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});
const PLURAL_SCALES = table<number>({
  thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
});

// "several hundred", "a few thousand", "a couple hundred": a small vague multiplier.
const MULTIPLIERS = table<[number, number]>({
  several: [3, 9], few: [2, 5], couple: [2, 2],
});

/**
 * Words at least one of which every vague magnitude holds besides written numbers ("seven"
 * of "seven-figure" and "billion" of "billion-dollar" are number words): "hundreds",
 * "dozens", "scores", "a handful", "figures", and "multi…" compounds.
 */
export function isVagueAnchor(lower: string): boolean {
  return VAGUE_ANCHORS.has(lower) || lower.startsWith('multi');
}
const VAGUE_ANCHORS = new Set([...PLURAL_SCALES.keys(), 'hundreds', 'tens', 'dozens', 'scores', 'handful', 'figure', 'figures']);

function word(t: Token | undefined): string {
  return t !== undefined && t.kind === 'word' ? t.lower : '';
}

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Skip a joiner between parts of a compound: a glued hyphen or a space. */
function joined(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (t && t.text === '-' && glued(tokens[k - 1], t) && glued(t, tokens[k + 1])) return k + 1;
  return k;
}

/**
 * A currency name at tokens[k] that a vague magnitude makes money of ("billions of won",
 * "multibillion-rand"): any but the English words read only with their country ("marks").
 */
function currencyName(tokens: readonly Token[], k: number): { code: string; next: number } | null {
  const m = matchCurrencyName(tokens, k);
  if (!m || m.name.level === 'adjective') return null;
  const head = tokens[m.next - 1]!;
  if (m.name.lowerOnly && head.text !== head.lower) return null;
  return { code: m.name.code, next: m.next };
}

/** An optional currency adjective ("-dollar", " dollar", "-naira") after position k. */
function currencyAdjective(tokens: readonly Token[], k: number): { code: string; next: number } | null {
  return currencyName(tokens, joined(tokens, k));
}

// "10s", "100s", "1000s": tens, hundreds, thousands
const DIGIT_PLURALS = table<number>({ '10': 10, '100': 100, '1000': 1000 });

// The words (and digits, "8-figure") a vague magnitude can open with: every other token is
// turned away at once, as the reader asks at every token.
const OPENERS = new Set([
  ...FIGURES.keys(), ...SCALE_WORDS.keys(), ...PLURAL_SCALES.keys(), ...DIGIT_PLURALS.keys(),
  'low', 'mid', 'high', 'a', 'hundreds', 'tens', 'dozens', 'scores', 'several',
]);

/**
 * A vague magnitude at tokens[i], or null. (The opener test alone, asked at every token the
 * amount reader tries, so that it stays small enough for a batch to optimise; the reading
 * itself, over 1,000 bytes of bytecode, only after an opener.)
 */
export function readVague(tokens: readonly Token[], i: number): VagueRead | null {
  const t = tokens[i];
  if (t === undefined || t.kind === 'sym') return null;
  const w = t.kind === 'word' ? t.lower : '';
  if (!OPENERS.has(t.lower) && !w.startsWith('multi')) return null;
  return readVagueFrom(tokens, i, t, w);
}

/** readVague after its opener test: t is tokens[i], w its lower-cased text if a word, else "". */
function readVagueFrom(tokens: readonly Token[], i: number, t: Token, w: string): VagueRead | null {

  // "seven-figure", "high-seven-figure", "low six figures", "8-figure"
  {
    let k = i;
    let part: 'low' | 'mid' | 'high' | null = null;
    if (w === 'low' || w === 'mid' || w === 'high') {
      part = w;
      k = joined(tokens, i + 1);
    }
    const digits = FIGURES.get(tokens[k]?.lower ?? '');
    if (digits !== undefined) {
      const f = joined(tokens, k + 1);
      const fw = word(tokens[f]);
      if (fw === 'figure' || fw === 'figures') {
        const base = 10 ** (digits - 1);
        // low = first third of the range, mid = middle, high = last: "low seven figures" 1m..3,999,999
        const [lo, hi] = part === 'low' ? [1, 4] : part === 'mid' ? [4, 7] : part === 'high' ? [7, 10] : [1, 10];
        const cur = currencyAdjective(tokens, f + 1);
        return {
          min: base * lo, max: base * hi - 1, money: true, currency: cur?.code ?? null,
          next: cur ? cur.next : f + 1, rule: 'vague/n-figure',
        };
      }
    }
  }

  // "multi-billion-dollar", "multibillion", "multi-million pound", "multi billion"
  {
    let scale: number | undefined;
    let k = i + 1;
    if (w.startsWith('multi') && w.length > 5) scale = SCALE_WORDS.get(w.slice(5));
    else if (w === 'multi') {
      k = joined(tokens, i + 1);
      scale = SCALE_WORDS.get(word(tokens[k]));
      k++;
    }
    if (scale !== undefined) {
      const cur = currencyAdjective(tokens, k);
      return {
        min: 2 * scale, max: null, money: true, currency: cur?.code ?? null,
        next: cur ? cur.next : k, rule: 'vague/multi-scale',
      };
    }
  }

  // "billion-dollar valuation", "a trillion-dollar company": at least one of the scale.
  {
    const k = w === 'a' ? i + 1 : i;
    const scale = SCALE_WORDS.get(word(tokens[k]));
    if (scale !== undefined && scale >= 1e6 && tokens[k + 1]?.text === '-' && glued(tokens[k], tokens[k + 1])) {
      const cur = currencyAdjective(tokens, k + 1);
      if (cur) return { min: scale, max: null, money: true, currency: cur.code, next: cur.next, rule: 'vague/scale-adjective' };
    }
  }

  // A plural means at least two of what it counts, and stops where the next plural starts:
  // "dozens" 24..99, "hundreds" 200..999, "thousands" 2,000..9,999, "tens of thousands"
  // 20,000..99,999, "hundreds of thousands" 200,000..999,999, "millions" 2e6..9,999,999,
  // "tens of millions" 2e7.., "hundreds of millions" 2e8..999,999,999, "billions" 2e9..,
  // "tens of billions" 2e10.., and so on for every scale.

  // "10s of billions", "100s of engineers", "1000s of users": the plurals written in digits,
  // read only before "of" ("temperatures in the 100s" are no count)
  if (t.kind === 'num' && DIGIT_PLURALS.has(t.text) && word(tokens[i + 1]) === 's' && glued(t, tokens[i + 1]) && word(tokens[i + 2]) === 'of') {
    const f = DIGIT_PLURALS.get(t.text)!;
    const scale = f < 1000 ? PLURAL_SCALES.get(word(tokens[i + 3])) : undefined;
    if (scale !== undefined) return { min: 2 * f * scale, max: f * 10 * scale - 1, money: false, currency: null, next: i + 4, rule: 'vague/tens-of-scale' };
    if (f > 10) return { min: 2 * f, max: 10 * f - 1, money: false, currency: null, next: i + 2, rule: 'vague/plural' };
  }

  // "hundreds of millions", "tens of billions", "hundreds of thousands"
  if ((w === 'hundreds' || w === 'tens') && word(tokens[i + 1]) === 'of') {
    const scale = PLURAL_SCALES.get(word(tokens[i + 2]));
    if (scale !== undefined) {
      const f = w === 'hundreds' ? 100 : 10;
      return { min: 2 * f * scale, max: f * 10 * scale - 1, money: false, currency: null, next: i + 3, rule: 'vague/tens-of-scale' };
    }
  }

  // "low thousands" 1,000..4,999; "high hundreds" 500..999; "mid thousands" 4,000..6,999;
  // "the low millions" 1e6..4,999,999
  if (w === 'low' || w === 'mid' || w === 'high') {
    const pw = word(tokens[i + 1]);
    const unit = pw === 'hundreds' ? 100 : PLURAL_SCALES.get(pw);
    if (unit !== undefined) {
      const [lo, hi] = w === 'low' ? [1, 5] : w === 'mid' ? [4, 7] : [5, 10];
      return { min: lo * unit, max: hi * unit - 1, money: false, currency: null, next: i + 2, rule: 'vague/low-high-plural' };
    }
  }

  // "hundreds", "thousands", "millions", "billions", "trillions" (see above)
  if (w === 'hundreds') return { min: 200, max: 999, money: false, currency: null, next: i + 1, rule: 'vague/plural' };
  const plural = PLURAL_SCALES.get(w);
  if (plural !== undefined) return { min: 2 * plural, max: 10 * plural - 1, money: false, currency: null, next: i + 1, rule: 'vague/plural' };
  // "dozens of researchers" 24..99
  if (w === 'dozens') return { min: 24, max: 99, money: false, currency: null, next: i + 1, rule: 'vague/dozens' };
  // "scores of engineers" 40..99
  if (w === 'scores' && word(tokens[i + 1]) === 'of') return { min: 40, max: 99, money: false, currency: null, next: i + 1, rule: 'vague/scores' };
  // "a handful of engineers" 3..9
  if (w === 'a' && word(tokens[i + 1]) === 'handful') return { min: 3, max: 9, money: false, currency: null, next: i + 2, rule: 'vague/handful' };

  // "several hundred", "a few thousand", "a couple of hundred", "a few dozen"
  {
    let k = i;
    if (w === 'a') k++;
    const mw = word(tokens[k]);
    const mult = MULTIPLIERS.get(mw);
    if (mult && (mw === 'several') === (k === i)) {
      k++;
      if (mw === 'couple' && word(tokens[k]) === 'of') k++;
      const sw = word(tokens[k]);
      let scale = sw === 'hundred' ? 100 : sw === 'dozen' ? 12 : SCALE_WORDS.get(sw);
      // "several hundred thousand dollars", "a few hundred million users": the larger scale multiplies
      const then = sw === 'hundred' ? SCALE_WORDS.get(word(tokens[k + 1])) : undefined;
      if (scale !== undefined && then !== undefined && then >= 1000) {
        scale *= then;
        k++;
      }
      if (scale !== undefined) {
        const min = mult[0] * scale;
        // "several hundred" reaches 999, "a few dozen" 60: the top of the last multiple.
        const max = mw === 'couple' ? min : scale === 12 ? mult[1] * 12 : (mult[1] + 1) * scale - 1;
        return { min, max, money: false, currency: null, next: k + 1, rule: 'vague/several-scale' };
      }
    }
  }
  return null;
}

/** "of dollars", "of Saudi riyals": the currency of a vague magnitude ("billions of dollars"). */
export function readOfCurrency(tokens: readonly Token[], i: number): { code: string; next: number } | null {
  if (word(tokens[i]) !== 'of' || word(tokens[i + 1]) === 'sterling') return null;
  return currencyName(tokens, i + 1);
}

const NEARBY = 60;
const POUNDS = /£|\bpounds?\b|\bsterling\b|\bGBP\b/i;
const EUROS = /€|\beuros?\b|\bEUR\b/i;

/**
 * The currency of "seven-figure" or "multi-billion" when the phrase names none: dollars in
 * English news, unless pounds or euros are named nearby.
 */
export function impliedCurrency(text: string, start: number, end: number): string {
  const window = text.slice(Math.max(0, start - NEARBY), Math.min(text.length, end + NEARBY));
  if (POUNDS.test(window)) return 'GBP';
  if (EUROS.test(window)) return 'EUR';
  return 'USD';
}
