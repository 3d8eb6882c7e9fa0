/**
 * Terminal cell width of text, so CJK, emoji and combining marks keep the table aligned.
 * A small East-Asian-width table: wide ranges from Unicode's EastAsianWidth W/F classes.
 */

// (made on first use: building it loads ICU data, a cost at start-up for every run)
let segmenter: Intl.Segmenter | undefined;

// [from, to] inclusive code point ranges that take two cells.
const WIDE_RANGES: Array<[number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f5],
  [0x26fa, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e], // CJK radicals, punctuation
  [0x3041, 0x33ff], // kana, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff],
  [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f1e6, 0x1f1ff], // regional indicators (flags)
  [0x1f200, 0x1f2ff],
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f680, 0x1f6ff], // transport
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd], // CJK extensions B…
];

function isWide(cp: number): boolean {
  let lo = 0;
  let hi = WIDE_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = WIDE_RANGES[mid]!;
    if (cp < from) hi = mid - 1;
    else if (cp > to) lo = mid + 1;
    else return true;
  }
  return false;
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u;
const EMOJI_PRESENTATION = /\uFE0F|\u200D/u;

/** Cells one grapheme cluster takes in a terminal: 0, 1 or 2. */
export function graphemeWidth(grapheme: string): number {
  const cp = grapheme.codePointAt(0)!;
  if (isWide(cp)) return 2;
  // "❤️" (text symbol + VS16) and ZWJ sequences are drawn as wide emoji.
  if (grapheme.length > 1 && EMOJI_PRESENTATION.test(grapheme) && /\p{Extended_Pictographic}/u.test(grapheme)) return 2;
  if (ZERO_WIDTH.test(grapheme)) return 0;
  return 1;
}

// Characters that are each a grapheme cluster of their own, one cell wide: printable ASCII,
// Latin-1 and the Latin extensions up to the combining marks (no soft hyphen), general
// punctuation (dashes, curly quotes, bullets, no format characters), currency signs, arrows,
// mathematical operators ("≥") and box drawing (the table's rules). No cluster joins them (no
// Extend, ZWJ, Prepend, CR/LF or Hangul among them, UAX #29), so a text of only these needs no
// segmenter, which loads ICU's data (~25 ms of a run printing a table).
export const SIMPLE_TEXT = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2190-\u22ff\u2500-\u257f]*$/;

/** The grapheme clusters of a string, so a cut never splits an emoji or an accent from its letter. */
export function graphemes(text: string): string[] {
  if (SIMPLE_TEXT.test(text)) return text.split('');
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

// CSI/OSC escape sequences, as chalk writes them.
const ANSI = /\x1b\[[0-9;?]*[ -\/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

/** Visible width of a string that may hold ANSI escapes. */
export function stringWidth(text: string): number {
  const plain = text.replace(ANSI, '');
  if (SIMPLE_TEXT.test(plain)) return plain.length;
  let width = 0;
  for (const g of graphemes(plain)) width += graphemeWidth(g);
  return width;
}

/** Pads with spaces to `width` visible cells. */
export function padEnd(text: string, width: number): string {
  const gap = width - stringWidth(text);
  return gap > 0 ? text + ' '.repeat(gap) : text;
}

// C0/C1 controls (ESC included) and bidi overrides: article text must not drive the terminal.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line of plain text, safe to print: controls become spaces, runs of whitespace one space. */
export function sanitizeInline(text: string): string {
  return text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
}
