/**
 * The quantity reader works on tokens, not characters: every digit cluster, letter
 * run and other character becomes one token, whitespace is dropped. Because nothing
 * but whitespace lies between two tokens, "glued" (no space) is just `a.end === b.start`.
 * Tokenising is one linear pass; every rule after it looks at a bounded number of
 * tokens, so reading stays linear on any input.
 */

export type TokenKind = 'num' | 'word' | 'sym';

export interface Token {
  kind: TokenKind;
  /** As written. */
  text: string;
  /** Lower-cased, for table look-ups. */
  lower: string;
  start: number;
  end: number;
}

// Whitespace includes NBSP, thin and narrow no-break spaces, figure space and the
// other Unicode spaces scraped pages carry.
const SPACE = /[\s\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]/y;

// "1,200,000" "1.5" "415.555.0100" "1,1,1": one cluster, always ending in a digit, so a
// sentence-final "5." stays "5". Interpreting the cluster (valid number or not) is
// digits.ts's job; consuming it whole here keeps "1,1,1,…" linear.
const DIGITS = /\d(?:[\d,.]*\d)?/y;

// "revenue", "H100s", "GPT4o": a word starts with a letter and may carry digits.
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\d]*/uy;

// "USD34.6 million", "Rs500 crore", "US$" has its own "$": currency codes glued to the
// digits they price are split off so the digits are read.
const CODE_BEFORE_DIGITS = /^(USD|US|EUR|GBP|JPY|CNY|RMB|INR|Rs|CHF|CAD|AUD|HKD|SGD|KRW)(?=\d)/;

function token(kind: TokenKind, text: string, start: number): Token {
  return { kind, text, lower: text.toLowerCase(), start, end: start + text.length };
}

/** Split `text` into tokens, in order, with offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    SPACE.lastIndex = i;
    if (SPACE.test(text)) {
      i++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      DIGITS.lastIndex = i;
      const m = DIGITS.exec(text)!;
      tokens.push(token('num', m[0], i));
      i += m[0].length;
      continue;
    }
    WORD.lastIndex = i;
    const w = WORD.exec(text);
    if (w) {
      const code = CODE_BEFORE_DIGITS.exec(w[0]);
      const word = code ? code[1]! : w[0];
      tokens.push(token('word', word, i));
      i += word.length;
      continue;
    }
    tokens.push(token('sym', text[i]!, i));
    i++;
  }
  return tokens;
}

/** True when no whitespace separates tokens[i] and tokens[i + 1]. */
export function gluedToNext(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/**
 * A fixed phrase ("more than", "approx .", "u . s . dollars") compiled to the token
 * texts it is made of, so it can be compared token by token.
 */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.lower);
}

/**
 * Phrases grouped by first token, longest first, so the longest phrase wins
 * ("more than" before "more").
 */
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

  /** The longest phrase starting at tokens[i]: its value and the index after it. */
  match(tokens: readonly Token[], i: number): { value: V; next: number } | null {
    const first = tokens[i];
    if (!first) return null;
    const list = this.byFirst.get(first.lower);
    if (!list) return null;
    for (const { parts, value } of list) {
      let ok = true;
      for (let k = 1; k < parts.length; k++) {
        const t = tokens[i + k];
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
