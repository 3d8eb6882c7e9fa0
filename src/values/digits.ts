/**
 * How a digit cluster (see tokens.ts) reads as a number. A cluster that is not one
 * well-formed number ("3.1.2", "1,2,3", "10.0.0.1", "12.05.2025", "007") is an identifier,
 * version or date, never an amount.
 */

export interface DigitNumber {
  value: number;
  /** Only digits, no separator or decimal point: "2025" (a candidate year), "140". */
  plain: boolean;
  /** Count of digits before any decimal point: "0100" → 4. */
  intDigits: number;
}

// "1,200,000" "12,500.75": comma thousands, optional decimals.
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
// "6,07,354", "1,23,45,678": the Indian grouping (lakh and crore), pairs of digits before the last three
const INDIAN_GROUPED = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;
// "1.200.000": continental thousands, only when unambiguous (two or more groups);
// "1.200" stays the English decimal 1.2.
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3}){2,}$/;
// "140" "1.5" "0.75" ".5"
const SIMPLE = /^(?:\d+(?:\.\d+)?|\.\d+)$/;

// Beyond 15 significant digits a cluster is an id or a hash, not something a reporter wrote.
const MAX_DIGITS = 15;

/** The number a digit cluster stands for, or null when it is no well-formed number. */
export function readDigits(cluster: string): DigitNumber | null {
  let normal: string;
  if (SIMPLE.test(cluster)) normal = cluster;
  else if (COMMA_GROUPED.test(cluster) || INDIAN_GROUPED.test(cluster)) normal = cluster.replace(/,/g, '');
  else if (DOT_GROUPED.test(cluster)) normal = cluster.replace(/\./g, '');
  else return null;
  const point = normal.indexOf('.');
  const intPart = point < 0 ? normal : normal.slice(0, point);
  // "007", "0100": leading zeros mark codes and phone parts.
  if (intPart.length > 1 && intPart[0] === '0') return null;
  if (normal.replace('.', '').length > MAX_DIGITS) return null;
  return { value: Number(normal), plain: normal === cluster && point < 0, intDigits: intPart.length };
}
