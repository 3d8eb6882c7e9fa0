/**
 * The quantity reader works on tokens, not characters: every digit cluster, letter
 * run and other character becomes one token, whitespace is dropped. Because nothing
 * but whitespace lies between two tokens, "glued" (no space) is just `a.end === b.start`.
 * Tokenising is one linear pass; every rule after it looks at a bounded number of
 * tokens, so reading stays linear on any input.
 */

import { dollarSuffixCode, splitsFromDigits, splitsSingleLetter } from './currencyMarks.js';
import { isSignOrPunctuation } from '../text/normalize.js';

export type TokenKind = 'num' | 'word' | 'sym';

/** One token. A class with a lazy `lower` so a megabyte of text allocates little. */
export class Token {
  private lowered: string | undefined = undefined;

  constructor(
    readonly kind: TokenKind,
    /** As written. */
    readonly text: string,
    readonly start: number,
  ) {}

  get end(): number {
    return this.start + this.text.length;
  }

  /** Lower-cased, for table look-ups. */
  get lower(): string {
    if (this.kind !== 'word') return this.text;
    return (this.lowered ??= this.text.toLowerCase());
  }
}

// Whitespace includes NBSP, thin and narrow no-break spaces, figure space and the
// other Unicode spaces scraped pages carry.
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER = /[\p{L}\p{M}]/u;

function isLetter(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return !isSignOrPunctuation(c) && LETTER.test(text[i]!);
}

function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isDigit(c) || isLetter(text, i, c) || c === 46 || c === 44;
}


/**
 * Split `text` into tokens, in order, with offsets into `text`: from offset `from` (which
 * must be a token start or whitespace) until `max` tokens are made.
 */
const DECIMAL_COMMA = /^\d{1,3},\d{1,2}$/;
const SCALE_AFTER = /^\s?(?:million|billion|trillion|mn|bn|tn|mln|bln|m|b|miliar|triliun|milliards?|millions?|crores?|lakhs?)\b/i;

export function tokenize(text: string, from = 0, max = Infinity): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = from;
  while (i < n && tokens.length < max) {
    const c = text.charCodeAt(i);
    // (an asterisk is Markdown's emphasis or a footnote mark, read as a space: "eliminating **4,000 support roles**")
    if (isSpace(c) || c === 42) {
      i++;
      continue;
    }
    // "$.5 million": a leading point starts a number when nothing word-like precedes it
    // (read past the end only as "no digit": V8's optimised code assumes reads inside the string)
    const leadingPoint = c === 46 && i + 1 < n && isDigit(text.charCodeAt(i + 1)) && (i === 0 || !isLetterOrDigit(text, i - 1));
    if (isDigit(c) || leadingPoint) {
      // "1,200,000" "1.5" "415.555.0100" "1,1,1": one cluster of digits, commas and points,
      // ending in a digit (a sentence-final "5." stays "5"). digits.ts decides whether it
      // is a number; consuming it whole here keeps "1,1,1,…" linear.
      let j = i + 1;
      let lastDigit = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) lastDigit = j;
        else if (d !== 44 && d !== 46) break;
        j++;
      }
      let cluster = text.slice(i, lastDigit + 1);
      // "€1,3 billion", "231,0 million": a decimal comma, read only before a scale word
      if (DECIMAL_COMMA.test(cluster) && SCALE_AFTER.test(text.slice(lastDigit + 1, lastDigit + 14))) cluster = cluster.replace(',', '.');
      tokens.push(new Token('num', cluster, i));
      i = lastDigit + 1;
      continue;
    }
    if (isLetter(text, i, c)) {
      // "revenue", "H100s", "GPT4o": a word starts with a letter and may carry digits.
      let j = i + 1;
      let firstDigit = -1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) {
          if (firstDigit < 0) firstDigit = j;
        } else if (!isLetter(text, j, d)) break;
        j++;
      }
      // "USD34.6 million", "MYR42", "Rs500 crore": a currency code glued to the digits it
      // prices is split off so the digits are read ("US$" has its own "$")
      // ("$US1.5 billion": the letters after a dollar sign name which dollar)
      if (firstDigit > 0 && (splitsFromDigits(text.slice(i, firstDigit)) || (firstDigit === i + 1 && splitsSingleLetter(text[i]!, text.slice(firstDigit, firstDigit + 24))) || (i > 0 && text.charCodeAt(i - 1) === 36 && dollarSuffixCode(text.slice(i, firstDigit)) !== undefined))) j = firstDigit;
      tokens.push(new Token('word', text.slice(i, j), i));
      i = j;
      continue;
    }
    tokens.push(new Token('sym', text[i]!, i));
    i++;
  }
  return tokens;
}

// "10-12", "10–12", "10—12", "10−12": hyphen, dashes and minus all join ranges.
const DASHES = new Set(['-', '–', '—', '‒', '−', '﹣', '－']);

/** True for a hyphen, an en or em dash, or a minus sign. */
export function isDash(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'sym' && DASHES.has(t.text);
}

/** True when no whitespace separates tokens[i] and tokens[i + 1]. */
export function gluedToNext(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return a !== undefined && b !== undefined && a.end === b.start;
}

// A phrase's tokens, split as tokenize() splits text: a letter and the letters, marks and
// digits after it; digits with the separators between them; any other character alone.
const PHRASE_PART = /[\p{L}\p{M}][\p{L}\p{M}\d]*|\d(?:[\d.,]*\d)?|\S/gu;

/**
 * A fixed phrase ("more than", "approx .", "u . s . dollars") compiled to the token
 * texts it is made of, so it can be compared token by token. Split apart from tokenize():
 * building the tables at load would otherwise run the hot tokenizer over a thousand short
 * phrases, and V8 compiles it for them, a fifth slower on articles.
 */
export function phraseTokens(phrase: string): string[] {
  return (phrase.match(PHRASE_PART) ?? []).map((p) => p.toLowerCase());
}

/**
 * Phrases grouped by first token, longest first, so the longest phrase wins
 * ("more than" before "more").
 */
/**
 * A word table. A Map, not an object: looking up a freshly sliced word in a Map hashes it
 * once; an object keyed by it makes V8 search its string table on every lookup.
 */
export function table<V>(entries: Record<string, V>): ReadonlyMap<string, V> {
  return new Map(Object.entries(entries));
}

export class PhraseTable<V> {
  private readonly byFirst = new Map<string, Array<{ parts: string[]; value: V }>>();

  constructor(entries: ReadonlyArray<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      const parts = phraseTokens(phrase);
      const first = parts[0]!;
      let list = this.byFirst.get(first);
      if (!list) this.byFirst.set(first, (list = []));
      list.push({ parts, value });
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  }

  /** Its phrases grouped by first token, each group longest first (the build saves them: values/tables.ts). */
  groups(): Array<[first: string, Array<{ parts: string[]; value: V }>]> {
    return [...this.byFirst];
  }

  /** A table from groups() of one built before. */
  static fromGroups<V>(groups: ReadonlyArray<readonly [string, Array<{ parts: string[]; value: V }>]>): PhraseTable<V> {
    const t = new PhraseTable<V>([]);
    for (const [first, list] of groups) t.byFirst.set(first, list);
    return t;
  }

  /** The longest phrase starting at tokens[i]: its value and the index after it. */
  match(tokens: readonly Token[], i: number): { value: V; next: number } | null {
    const first = tokens[i];
    if (!first) return null;
    const list = this.byFirst.get(first.lower);
    if (!list) return null;
    for (const { parts, value } of list) {
      let ok = true;
      for (let k = 1; k < parts.length; k++) {
        // (no read past the end of the array: V8's optimised code assumes reads inside it)
        const t = i + k < tokens.length ? tokens[i + k] : undefined;
        if (!t || t.lower !== parts[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { value, next: i + parts.length };
    }
    return null;
  }
}
