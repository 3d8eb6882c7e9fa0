/**
 * Hedges and bounds around an amount. Every one makes the value approximate; a bound
 * also sets min ("more than $2.5 billion") or max ("up to 500").
 */
import { PhraseTable, type Token } from './tokens.js';

/** How a hedge resolves: about (amount stays), above (min), under (max). */
export type Hedge = 'about' | 'above' | 'under';

// Before the amount.
const BEFORE = new PhraseTable<Hedge>([
  // "about $10B", "around 140 employees", "approximately 140", "approx. 300", "roughly 2,000"
  ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['approx', 'about'],
  ['approx .', 'about'], ['roughly', 'about'], ['circa', 'about'], ['an estimated', 'about'],
  ['estimated', 'about'], ['an approximate', 'about'], ['some', 'about'], ['~', 'about'], ['≈', 'about'],
  ['∼', 'about'], ['something like', 'about'], ['in the region of', 'about'],
  ['on the order of', 'about'], ['in the neighborhood of', 'about'], ['in the neighbourhood of', 'about'],
  ['give or take', 'about'],
  // "nearly $1bn", "almost 500", "close to 300": the issue lists these as hedges, not bounds.
  ['nearly', 'about'], ['almost', 'about'], ['close to', 'about'], ['closer to', 'about'],
  ['just about', 'about'], ['very nearly', 'about'],
  // "a total of approaching 175 million subscriptions", "nearing 2,000 staff"
  ['approaching', 'about'], ['nearing', 'about'],
  // "employing as few as 16,000 people": the figure, said to be small
  ['as few as', 'about'], ['as little as', 'about'],
  // "more than $2.5 billion", "over 100 staff", "at least 40", "upwards of $1bn", "north of $10B"
  ['more than', 'above'], ['over', 'above'], ['at least', 'above'], ['upwards of', 'above'],
  ['upward of', 'above'], ['north of', 'above'], ['in excess of', 'above'], ['above', 'above'],
  ['exceeding', 'above'], ['greater than', 'above'], ['no less than', 'above'], ['no fewer than', 'above'],
  ['well over', 'above'], ['just over', 'above'], ['well above', 'above'], ['just above', 'above'],
  ['a little over', 'above'], ['slightly more than', 'above'], ['a minimum of', 'above'],
  ['well in excess of', 'above'], ['higher than', 'above'], ['>', 'above'], ['≥', 'above'],
  // ("propelling its valuation beyond $1 billion")
  ['beyond', 'above'], ['well beyond', 'above'],
  // "up to 500", "less than $1m", "under 50 people", "as much as $4bn", "as many as 300",
  // "lower than 9€"
  ['less than', 'under'], ['under', 'under'], ['up to', 'under'], ['as much as', 'under'],
  ['as many as', 'under'], ['fewer than', 'under'], ['below', 'under'], ['no more than', 'under'],
  ['at most', 'under'], ['just under', 'under'], ['a maximum of', 'under'], ['a little under', 'under'],
  ['slightly less than', 'under'], ['not more than', 'under'], ['shy of', 'under'],
  ['just shy of', 'under'], ['south of', 'under'], ['just below', 'under'], ['well under', 'under'],
  ['well below', 'under'], ['lower than', 'under'], ['<', 'under'], ['≤', 'under'],
]);

/**
 * Words that only marvel at the amount right after them, with their article: "employs a record 4,500 people", "took home a
 * cool $10.9 million", "valued at an astonishing $20 million". They are no part of the value (it stays exact): the rules'
 * token stream drops them (structure/tokens.ts), and rules that read the words before an amount read past them
 * (claims/amount-rules.ts).
 */
export const INTENSIFIER_WORDS = [
  'remarkable', 'astonishing', 'astounding', 'whopping', 'staggering', 'eye-watering', 'eye-popping', 'jaw-dropping', 'mind-boggling',
  'hefty', 'cool', 'massive', 'huge', 'impressive', 'stunning', 'incredible', 'mammoth', 'colossal', 'healthy', 'tidy', 'princely',
  'handsome', 'lofty', 'record', 'mere', 'modest', 'paltry', 'meagre', 'meager', 'bumper', 'respectable',
];
const INTENSIFIER_BEFORE = new RegExp(`(?<![\\w-])(?:(?:a|an) )?(?:${INTENSIFIER_WORDS.join('|')}) ?$`, 'i');

/** Where the words before an amount at `at` end, past an intensifier right before it (not before `floor`). */
export function intensifierStart(text: string, floor: number, at: number): number {
  const lead = INTENSIFIER_BEFORE.exec(text.slice(Math.max(floor, at - 24), at));
  return lead ? at - lead[0].length : at;
}

// After the amount: "$5 billion or more", "100 or so", "500 or fewer".
const AFTER = new PhraseTable<Hedge>([
  ['or more', 'above'], ['or higher', 'above'], ['or greater', 'above'], ['and up', 'above'],
  ['or so', 'about'], ['or thereabouts', 'about'],
  ['or less', 'under'], ['or fewer', 'under'], ['or lower', 'under'],
]);

/** A hedge opening an amount at tokens[i]. */
export function readHedgeBefore(tokens: readonly Token[], i: number): { hedge: Hedge; next: number } | null {
  const m = BEFORE.match(tokens, i);
  if (!m) return null;
  // "<b>$2bn</b>": a ">" or "<" glued to a word is markup, not "more than"
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if ((t.text === '>' || t.text === '<') && prev && prev.end === t.start && prev.kind !== 'sym') return null;
  return { hedge: m.value, next: m.next };
}

/** A hedge closing an amount at tokens[i] ("or more", "or so"). */
export function readHedgeAfter(tokens: readonly Token[], i: number): { hedge: Hedge; next: number } | null {
  const m = AFTER.match(tokens, i);
  return m ? { hedge: m.value, next: m.next } : null;
}

/**
 * A hedge glued to the number: "100+ employees", "100-plus", "40-odd researchers".
 * Read right after the number and its scale.
 */
export function readGluedHedge(tokens: readonly Token[], i: number): { hedge: Hedge; next: number } | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || prev.end !== t.start) return null;
  // "100+"
  if (t.text === '+') return { hedge: 'above', next: i + 1 };
  // "100-plus", "40-odd"
  const w = tokens[i + 1];
  if (t.text === '-' && w && w.start === t.end) {
    if (w.lower === 'plus') return { hedge: 'above', next: i + 2 };
    if (w.lower === 'odd') return { hedge: 'about', next: i + 2 };
  }
  return null;
}

/** "between $5m and $10m", "from 100 to 150": an opener and the word that joins the ends. */
export function readRangeOpener(tokens: readonly Token[], i: number): { joiner: string; next: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  if (t.lower === 'between') return { joiner: 'and', next: i + 1 };
  if (t.lower === 'from') return { joiner: 'to', next: i + 1 };
  return null;
}

// "over four years", "over the next 10 days": with a span of time "over" means "during".
const DURATIONS = new Set(['years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'decades', 'decade',
  'quarters', 'quarter', 'hours', 'hour', 'minutes', 'seconds', 'sessions', 'seasons', 'generations']);

/**
 * True when the hedge at tokens[i] is the preposition "over" before a duration ending at
 * tokens[j] ("pay packages of $300 million over four years"), so it bounds nothing.
 */
export function isOverDuration(tokens: readonly Token[], i: number, j: number): boolean {
  const t = tokens[j];
  return tokens[i]?.lower === 'over' && t !== undefined && t.kind === 'word' && DURATIONS.has(t.lower);
}
