import type { Value } from '../schema.js';

// Symbols a reader recognises at a glance; other ISO codes are written as "CHF 20M".
const CURRENCY_SYMBOLS: Record<string, string> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  CNY: 'CN¥',
  INR: '₹',
  KRW: '₩',
  CAD: 'C$',
  AUD: 'A$',
  HKD: 'HK$',
  SGD: 'S$',
};

const SCALES: Array<[number, string]> = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** Fewer significant digits than this are never shown: "$1.23B" for an amount with no numeral written ("seven-figure"). */
const MIN_DIGITS = 3;
/** More decimals than this would show a float's noise, not the article's words. */
const MAX_DECIMALS = 6;

/**
 * The significant digits the article gave, so a value is shown as precisely as it was written:
 * "$412.5 million" → 4, "$12.75 billion" → 4, "$18 bln" → 2, "seven-figure" → 0.
 */
function writtenDigits(text: string): number {
  let most = 0;
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) most = Math.max(most, m[0].replace(/[,.]/g, '').replace(/^0+/, '').length);
  return most;
}

/** "12B", "412.5M", "1.5M": `digits` significant digits (trailing zeros dropped) with a scale letter. */
function compact(n: number, smallestScale: number, digits: number): string {
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  // 9_999_999 to three digits rounds to "10M", not "10000K".
  const roundsUp = 1 - 0.5 * 10 ** -digits;
  for (const [scale, suffix] of SCALES) {
    if (scale < smallestScale) break;
    if (abs >= scale * roundsUp) return sign + toDigits(abs / scale, digits) + suffix;
  }
  return sign + grouped(abs);
}

/**
 * `n.toLocaleString('en-US', { maximumFractionDigits: 2 })` for n ≥ 0, written out: the first
 * toLocaleString of a process builds ICU's locale set (~110 M instructions, 25–30 ms of every
 * table printed). As ICU does, it rounds the shortest decimal form of n (String(n)) half away
 * from zero: 1.005 → "1.01" (toFixed would say "1.00"), 999.995 → "1,000".
 */
export function grouped(n: number): string {
  const s = String(n);
  // (below 1e-6 String writes an exponent, and the number rounds to 0; NaN, Infinity and 1e21 up: ICU's own words)
  if (!/^\d+(?:\.\d+)?$/.test(s)) return /^\d(?:\.\d+)?e-\d+$/.test(s) ? '0' : n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const dot = s.indexOf('.');
  let whole = dot < 0 ? s : s.slice(0, dot);
  let frac = dot < 0 ? '' : s.slice(dot + 1);
  if (frac.length > 2) {
    const up = frac.charCodeAt(2) >= 53; // '5'
    frac = frac.slice(0, 2);
    if (up) {
      // add one in the last place kept, carrying to the left
      const digits = (whole + frac).split('');
      let k = digits.length - 1;
      while (k >= 0 && digits[k] === '9') digits[k--] = '0';
      if (k >= 0) digits[k] = String.fromCharCode(digits[k]!.charCodeAt(0) + 1);
      else digits.unshift('1');
      whole = digits.slice(0, digits.length - 2).join('');
      frac = digits.slice(digits.length - 2).join('');
    }
  }
  frac = frac.replace(/0+$/, '');
  let out = '';
  for (let end = whole.length; end > 0; end -= 3) out = (end > 3 ? ',' : '') + whole.slice(Math.max(0, end - 3), end) + out;
  return frac ? `${out}.${frac}` : out;
}

function toDigits(n: number, digits: number): string {
  const whole = n >= 1 ? Math.floor(Math.log10(n)) + 1 : 1;
  return String(Number(n.toFixed(Math.min(MAX_DECIMALS, Math.max(0, digits - whole)))));
}

function formatNumber(n: number, value: Value): string {
  const digits = Math.max(MIN_DIGITS, writtenDigits(value.text ?? ''));
  if (value.currency) {
    const symbol = CURRENCY_SYMBOLS[value.currency];
    const body = compact(n, 1e3, digits);
    return symbol ? symbol + body : `${value.currency} ${body}`;
  }
  // Counts stay exact up to a million ("12,000 GPUs"), then go compact ("1.5M users").
  const body = compact(n, 1e6, digits);
  return value.unit ? `${body} ${value.unit}` : body;
}

/** Human form of a value: "$12B", "~140 people", "≥ $2B", "$1M–$10M", "€20M", "¥5B", "1 GW"; null → "—". */
export function formatValue(value: Value | null): string {
  if (!value) return '—';
  const { amount, min, max } = value;
  if (amount !== null) {
    // "more than $2B" / "up to 500 people" keep their direction rather than a bare "~".
    if (min !== null && max === null && min >= amount) return `≥ ${formatNumber(amount, value)}`;
    if (max !== null && min === null && max <= amount) return `≤ ${formatNumber(amount, value)}`;
    return (value.approximate ? '~' : '') + formatNumber(amount, value);
  }
  if (min !== null && max !== null) {
    if (min === max) return (value.approximate ? '~' : '') + formatNumber(min, value);
    const low = formatNumber(min, value);
    const high = formatNumber(max, value);
    // "100–200 people", not "100 people–200 people".
    if (!value.currency && value.unit) return `${low.slice(0, -value.unit.length - 1)}–${high}`;
    return `${low}–${high}`;
  }
  if (min !== null) return `≥ ${formatNumber(min, value)}`;
  if (max !== null) return `≤ ${formatNumber(max, value)}`;
  return value.text || '—';
}
