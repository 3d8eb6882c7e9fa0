/**
 * Matching text: the original with look-alike characters folded, one UTF-16 unit for one,
 * so that every offset in the matching text is also an offset in the original. Rules
 * match on this; evidence is always sliced from the original.
 */

// Each entry: [characters, replacement, why]. Every replacement is exactly one unit long.
const FOLDS: Array<[string, string, string]> = [
  // ’ ‘ ‛ ′ — curly and prime apostrophes: "Meta’s" matches like "Meta's"
  ['\u2019\u2018\u201B\u2032\u02BC', "'", 'apostrophes'],
  // “ ” „ ″ — curly double quotes
  ['\u201C\u201D\u201E\u2033', '"', 'double quotes'],
  // ‐ ‑ ‒ – — ― − — dashes and the minus sign: "$10–12 billion", "AI—and"
  ['\u2010\u2011\u2012\u2013\u2014\u2015\u2212', '-', 'dashes'],
  // NBSP, narrow NBSP, thin/hair/figure spaces, ideographic space — scraped pages are full of them
  ['\u00A0\u202F\u2009\u200A\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u3000\t\v\f', ' ', 'spaces'],
  // zero-width characters and the BOM: keep the length, drop the meaning
  ['\u200B\u200C\u200D\u2060\uFEFF', ' ', 'zero-width'],
  // line and paragraph separators
  ['\u2028\u2029\u0085', '\n', 'line breaks'],
];

const FOLD_MAP = new Map<number, number>();
for (const [chars, to] of FOLDS) for (const ch of chars) FOLD_MAP.set(ch.charCodeAt(0), to.charCodeAt(0));

/** Fold quotes, dashes and spaces 1:1; a CR before LF becomes a space, a lone CR a newline. */
export function normalizeForMatching(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // printable ASCII folds to itself: most of any article
    if (c >= 32 && c < 127) continue;
    let to = FOLD_MAP.get(c);
    if (c === 13) to = text.charCodeAt(i + 1) === 10 ? 32 : 10;
    if (to === undefined) continue;
    out += text.slice(runStart, i) + String.fromCharCode(to);
    runStart = i + 1;
  }
  const folded = runStart === 0 ? text : out + text.slice(runStart);
  return text.includes('\t') ? tabColumns(text, folded) : folded;
}

/**
 * Tab-separated lines, as pasted from a spreadsheet: a line with two or more tabs between
 * its words is a table row ("Zentrix AI<TAB>$4B<TAB>1,200" matches as "Zentrix AI|$4B|1,200"), a
 * line with one is a label and its value ("Employees<TAB>1,870" as "Employees:1,870"). Leading
 * tabs stay indentation. One unit for one: offsets do not move.
 */
function tabColumns(text: string, folded: string): string {
  const chars = folded.split('');
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    const tabs: number[] = [];
    let seenWord = false;
    for (let k = lineStart; k < i; k++) {
      if (text[k] === '\t') {
        if (seenWord) tabs.push(k);
      } else if (text[k] !== ' ' && text[k] !== '\r') seenWord = true;
    }
    // (tabs at the end of a line separate nothing)
    while (tabs.length && /^[\t \r]*$/.test(text.slice(tabs[tabs.length - 1]!, i))) tabs.pop();
    if (tabs.length === 1) chars[tabs[0]!] = ':';
    else if (tabs.length > 1) for (const k of tabs) chars[k] = '|';
    lineStart = i + 1;
  }
  return chars.join('');
}

/** 1-based line and column of an offset (lines end at LF, CRLF or a lone CR). */
export function lineColumnAt(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

/** Offsets where each line begins. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/**
 * Order of names where nothing else decides: by UTF-16 code units, the same on every machine
 * (localeCompare follows the machine's locale, and loading its collator costs start-up time).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
