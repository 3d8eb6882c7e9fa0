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

/** "12B", "1.5M", "9.99M" → at most three significant decimals, trailing zeros dropped. */
function compact(n: number, smallestScale: number): string {
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  for (const [scale, suffix] of SCALES) {
    if (scale < smallestScale) break;
    // 9_999_999 rounds to "10M", not "10000K".
    if (abs >= scale * 0.9995) return sign + trimNumber(abs / scale) + suffix;
  }
  return sign + abs.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function trimNumber(n: number): string {
  const digits = n >= 100 ? 0 : n >= 10 ? 1 : 2;
  return String(Number(n.toFixed(digits)));
}

function formatNumber(n: number, value: Value): string {
  if (value.currency) {
    const symbol = CURRENCY_SYMBOLS[value.currency];
    const body = compact(n, 1e3);
    return symbol ? symbol + body : `${value.currency} ${body}`;
  }
  // Counts stay exact up to a million ("12,000 GPUs"), then go compact ("1.5M users").
  const body = compact(n, 1e6);
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
