/**
 * One end of an amount: an optional currency, a number (digits or words), an optional
 * scale and an optional written currency: "$10", "US$4.7 billion", "12 billion dollars",
 * "Rs 500 crore", "50 cents". Numbers that are never amounts are turned away here, with
 * the index to skip to (never.ts).
 */
import { isDash, type Token } from './tokens.js';
import { readDigits } from './digits.js';
import { readWordNumber } from './numberWords.js';
import { readScale, readHyphenScale, readScaleAfterWords, isScaleWord } from './scales.js';
import { readCurrencyBefore, readCurrencyAfter, readOneCurrency, readCentsAfter, resolveYenSign, isShouting, endsPhrase, ANY_SHAPE, LARGE, PRICE_LIKE, YEAR_LIKE, type CurrencyMark } from './currency.js';
import { resolveShared } from './currencies.js';
import { writesSign } from './currencyMarks.js';
import { isCountedNoun } from './count.js';
import { identifierBefore, nonAmountAfter, isResolution } from './never.js';

/** One end of an amount: "$10", "12 billion dollars". */
export interface Side {
  value: number;
  /** The number before its scale: "12" in "12 billion". */
  raw: number;
  scale: number | null;
  currency: string | null;
  /** The currency came from "¥" (JPY or CNY by context). */
  yenSign: boolean;
  from: number;
  next: number;
  /** A plain four-digit number 1900..2100 with nothing else: a year unless a noun says otherwise. */
  yearLike: boolean;
  /** A lone "one": a pronoun unless something else makes it an amount. */
  loneOne: boolean;
  /** An all-caps name came right before ("RTX 4090"). */
  softIdentifier: boolean;
}

/** A side, or the index to skip to past a non-amount ("45%", "GPT-4"), or nothing. */
export type SideResult = Side | { skip: number } | null;

// Space-grouped thousands ("1 200 000", NBSP or thin spaces) and phone numbers
// ("415 555 0100") are both digit groups one space apart; at most this many are joined.
const MAX_GROUPS = 8;
const ALL_DIGITS = /^\d+$/;

// A plain four-digit number in this span may be a year ("in 2025"); read.ts decides
// once it knows whether a noun follows ("2000 employees").
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Read the number (digits or words) at tokens[k]: value, end index and flags. */
function readNumberAt(tokens: readonly Token[], k: number): { value: number; next: number; plainYear: boolean; loneOne: boolean; scaled: boolean; digits: boolean } | { skip: number } | null {
  const t = tokens[k];
  if (!t) return null;
  if (t.kind === 'num') {
    // Digit groups one space apart: thousands ("1 200 000") or a phone number ("415 555 0100").
    let end = k + 1;
    while (end - k < MAX_GROUPS && tokens[end]?.kind === 'num' && tokens[end]!.start - tokens[end - 1]!.end === 1 && ALL_DIGITS.test(tokens[end]!.text) && ALL_DIGITS.test(tokens[end - 1]!.text)) end++;
    if (end - k >= 2) {
      const groups = tokens.slice(k, end).map((g) => g.text);
      const thousands = groups[0]!.length <= 3 && groups[0]![0] !== '0' && groups.slice(1).every((g) => g.length === 3);
      // the group after the last must not be digits glued on ("1 200 000.5" is fine, "1 200 0001" no)
      if (thousands) {
        const dec = tokens[end]?.text === '.' && glued(tokens[end - 1], tokens[end]) && tokens[end + 1]?.kind === 'num' && glued(tokens[end], tokens[end + 1]);
        const value = Number(groups.join('')) + (dec ? Number('0.' + tokens[end + 1]!.text) : 0);
        return { value, next: dec ? end + 2 : end, plainYear: false, loneOne: false, scaled: false, digits: true };
      }
      // "415 555 0100", "555 0100": three groups, or a last group of four or more digits
      if (end - k >= 3 || groups[groups.length - 1]!.length >= 4) return { skip: end };
    }
    const d = readDigits(t.text);
    // "3.1.2", "10.0.0.1", "12.05.2025", "007": no number
    if (!d) return { skip: k + 1 };
    const plainYear = d.plain && d.intDigits === 4 && d.value >= YEAR_MIN && d.value <= YEAR_MAX;
    return { value: d.value, next: k + 1, plainYear, loneOne: false, scaled: false, digits: true };
  }
  const w = readWordNumber(tokens, k);
  if (!w) return null;
  return { value: w.value, next: w.next, plainYear: false, loneOne: w.loneOne, scaled: w.scaled, digits: false };
}

/** One end of an amount at tokens[i]: currency? number scale? currency?. `inRange` marks the second end. */
export function readSide(text: string, tokens: readonly Token[], i: number, inRange: boolean): SideResult {
  // "a dollar", "an Australian dollar and 65 cents"
  const one = readOneCurrency(tokens, i);
  if (one) return oneCurrencySide(text, tokens, i, one, inRange);
  const before = readCurrencyBefore(tokens, i);
  const k = before ? before.next : i;
  const n = readNumberAt(tokens, k);
  if (n === null) return null;
  if ('skip' in n) return n;
  let softIdentifier = false;
  if (!before && !inRange) {
    const id = identifierBefore(tokens, k);
    if (id === 'hard') {
      // "pp. 12-14": the whole span of pages goes
      const dash = tokens[n.next];
      return { skip: dash && isDash(dash) && tokens[n.next + 1]?.kind === 'num' ? n.next + 2 : n.next };
    }
    softIdentifier = id === 'soft';
  }
  let j = n.next;
  let scale: number | null = null;
  let currency = before?.code ?? null;
  const after = tokens[j];
  // A word glued to the digits is a scale ("2bn"), a unit ("1GW", count.ts), a currency
  // code ("100EUR") or marks a non-amount ("3rd", "1990s", "4o").
  const gluedWord = after !== undefined && after.kind === 'word' && glued(tokens[j - 1], after);
  const gluedOk = gluedWord && !isResolution(tokens, j) && (isScaleWord(after) || isCountedNoun(after) || readCurrencyAfter(tokens, j, ANY_SHAPE) !== null);
  if (!gluedOk || !gluedWord) {
    const dayCandidate = n.digits && !before && n.value >= 1 && n.value <= 31 && Number.isInteger(n.value);
    const skip = nonAmountAfter(tokens, k, j, dayCandidate, before !== null);
    if (skip !== null) return { skip };
  }
  if (n.digits || !n.scaled) {
    // "$1.5bn", "2 million", "$4.2 B", "$5-billion"; "four crore rupees"
    const sc = n.digits ? readScale(tokens, j, currency !== null) ?? readHyphenScale(tokens, j) : readScaleAfterWords(tokens, j);
    if (sc) {
      scale = sc.factor;
      j = sc.next;
      // "3.5 LPA" is rupees without a sign
      if (currency === null && tokens[j - 1]!.lower === 'lpa') currency = 'INR';
      // "₹1.5 lakh crore", "Rs 10 thousand crore", "5 hundred million": a larger scale word
      // after a smaller one multiplies again
      const second = tokens[j]?.kind === 'word' && tokens[j - 1]!.end !== tokens[j]!.start ? readScale(tokens, j, false) : null;
      if (second && second.factor > sc.factor && sc.factor < 1e6) {
        scale *= second.factor;
        j = second.next;
      }
    }
  }
  let value = scale === null ? n.value : n.value * scale;
  const scaled = scale !== null || n.scaled;
  // "35,000 rand", "TRY 5 billion", "PHP 1,250", "GBP 4.50": numbers that make an English word a currency
  const priceLike = scaled || (n.digits && (n.next - k > 1 || isGroupedOrCents(tokens[k]!.text)));
  const shape = (scaled || (n.value >= 1000 && !n.plainYear) ? LARGE : 0) | (priceLike ? PRICE_LIKE : 0) |
    (n.plainYear && !scaled ? YEAR_LIKE : 0);
  let suffix = readCurrencyAfter(tokens, j, shape);
  // "ALL 5 PLAYERS", "TOP 10 TIPS": capitals around a strict code make a headline, not a
  // price; a noun or name after it a count ("6,000 AMD Instinct GPUs", "AMD 6,000 GPUs")
  if (suffix?.strict && (isShouting(tokens[i - 1]) || !endsPhrase(tokens[suffix.next]))) suffix = null;
  // (a single letter's currency needs a scale word, or a figure grouped in thousands: "N110,000")
  if (before?.scaled && !scaled && !(n.digits && /^\d{1,3}(?:,\d{3})+$/.test(tokens[k]!.text))) return null;
  if (before?.strict && (!priceLike || isShouting(tokens[i - 1]) || !endsPhrase(tokens[suffix ? suffix.next : j]))) return null;
  // "Hong Kong SAR 2047", "the EUR 2030 target": a code before a bare year names no price
  if (before?.iso && (shape & YEAR_LIKE) !== 0 && suffix === null) return null;
  let shared = before?.shared;
  // "$5 million USD" repeats the currency; "50 cents" prices in hundredths ("$5 cents" is no form);
  // "$18 million CAD": a shared sign's currency is named after the number
  if (suffix && before?.sign && suffix.factor === undefined && suffix.code !== currency && writesSign(suffix.code, before.sign)) currency = suffix.code;
  if (suffix && (currency === null ? true : currency === suffix.code && suffix.factor === undefined)) {
    currency = suffix.code;
    j = suffix.next;
    if (suffix.factor !== undefined) value *= suffix.factor;
    if (suffix.shared) shared = suffix.shared;
    // "2 dollars and sixty-five cents"
    if (suffix.name && !inRange) {
      const cents = readCentsAfter(tokens, j, currency);
      if (cents) {
        value += cents.cents / 100;
        j = cents.next;
      }
    }
  }
  // "₹500 crore" "Rs 10 lakh" need no check; "¥" is resolved once the span is known.
  const yenSign = before !== null && tokens[i]!.text === '¥' && suffix === null;
  if (yenSign && currency === 'JPY') currency = resolveYenSign(text, tokens[i]!.start, tokens[j - 1]!.end);
  // "40 dinars" near "Kuwait", "Rs 10bn" near "Pakistan"
  if (shared && currency !== null) currency = resolveShared(text, tokens[i]!.start, tokens[j - 1]!.end, shared, currency);
  return {
    value: roundFloat(value), raw: n.value, scale, currency, yenSign, from: i, next: j,
    yearLike: n.plainYear && scale === null && currency === null,
    loneOne: n.loneOne && currency === null && scale === null,
    softIdentifier,
  };
}

/** "1,250" or "12.50": thousands separators or cents. */
function isGroupedOrCents(digits: string): boolean {
  const n = digits.length;
  return digits.includes(',') || (n >= 3 && digits.charCodeAt(n - 3) === 46);
}

/** "a dollar" (and "a dollar and 65 cents"): an amount of 1 of the currency. */
function oneCurrencySide(text: string, tokens: readonly Token[], i: number, one: CurrencyMark, inRange: boolean): Side {
  let value = 1;
  let j = one.next;
  const cents = inRange ? null : readCentsAfter(tokens, j, one.code);
  if (cents) {
    value += cents.cents / 100;
    j = cents.next;
  }
  const currency = one.shared ? resolveShared(text, tokens[i]!.start, tokens[j - 1]!.end, one.shared, one.code) : one.code;
  return {
    value: roundFloat(value), raw: 1, scale: null, currency, yenSign: false, from: i, next: j,
    yearLike: false, loneOne: false, softIdentifier: false,
  };
}

/** 1.1 * 1e9 is 1100000000.0000002 in binary floating point; a reporter meant 1100000000. */
export function roundFloat(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  const r = Number(x.toPrecision(12));
  return r;
}
