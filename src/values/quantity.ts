/**
 * One amount read from text: the output of the quantity module (src/values).
 * Offsets index the string given to readQuantities: text === input.slice(start, end).
 */
export interface Quantity {
  /** money when a currency is stated or implied ("seven-figure", "multi-billion-dollar"), else count. */
  kind: 'money' | 'count';
  /** The stated number ("$12 billion" → 12e9, "~140" → 140, "more than 500" → 500); null when only bounds are known. */
  amount: number | null;
  /** Lower bound: ranges, vague magnitudes, "more than"/"at least"; else null. */
  min: number | null;
  /** Upper bound: ranges, vague magnitudes, "up to"/"less than"; else null. */
  max: number | null;
  /** ISO 4217 code ("USD", "EUR", "GBP", "SAR", "NGN", any code Intl knows) or null. */
  currency: string | null;
  /** For counts: what is counted, normalised ("people", "GPUs", "users", "customers", "GW", "MW", "chips"…), else null. */
  unit: string | null;
  /** The counted noun as written ("researchers", "person", "strong"), else null. */
  noun: string | null;
  /** True when hedged: about, around, ~, nearly, more than, up to, some, roughly… and for vague magnitudes. */
  approximate: boolean;
  /** How the value resolves (Duckling style). */
  bound: 'exact' | 'between' | 'above' | 'under';
  /** The exact words the value was read from, qualifier and counted noun included ("approximately 140 employees"). */
  text: string;
  start: number;
  end: number;
  /** What a money amount is per, when stated right after it: "share" ("$24.71 a share"), "year", "month", "week", "day", "hour", "each", "person". */
  per?: string;
  /** The rule that read the value ("money", "count/range", "vague/n-figure"…), for --explain. */
  rule?: string;
}
