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

// UTF-8 punctuation read as Windows-1252 or Windows-874 ("Humaneโ€™s", "HPâ€™s"): "â" or "โ",
// "€", then the third byte's character, for ’ ‘ “ ” – —
const MOJIBAKE_THIRD = new Map<number, string>([
  [0x2122, "'"], [0x02dc, "'"], [0x0153, '"'], [0x9d, '"'], [0x201c, '-'], [0x201d, '-'],
]);

/**
 * Mojibake of a punctuation mark at text[i] ("โ€™"), as matching text of the same length: the
 * mark and two spaces; a possessive keeps its "s" next to the name ("Humaneโ€™s" → "Humane's  ").
 */
function mojibakeAt(text: string, i: number): string | null {
  if (text.charCodeAt(i + 1) !== 0x20ac) return null;
  const mark = MOJIBAKE_THIRD.get(text.charCodeAt(i + 2));
  if (mark === undefined) return null;
  // (four units: the mark's three and the "s")
  if (mark === "'" && /^[sS](?![\p{L}\p{N}])/u.test(text.slice(i + 3, i + 5))) return "'s  ";
  // a dash between words is a clause's dash: spaced
  return mark === '-' ? ' - ' : mark + '  ';
}

const isWordUnit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && c !== 0x2014 && c !== 0x2015 && !Number.isNaN(c));

/** Fold quotes, dashes and spaces 1:1; a CR before LF becomes a space, a lone CR a newline. */
export function normalizeForMatching(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // printable ASCII folds to itself: most of any article
    if (c >= 32 && c < 127) continue;
    if (c === 0xe2 || c === 0x0e42) {
      const fixed = mojibakeAt(text, i);
      if (fixed) {
        // (the replacement is as long as what it replaces)
        out += text.slice(runStart, i) + fixed;
        runStart = i + fixed.length;
        i = runStart - 1;
        continue;
      }
    }
    let to = FOLD_MAP.get(c);
    if (c === 13) to = text.charCodeAt(i + 1) === 10 ? 32 : 10;
    // ("Lambda—a startup once known for…—announced": an em dash glued between words is a clause's
    // dash, not a hyphen; it stays "—", which the tokenizers read as a spaced dash)
    if ((c === 0x2014 || c === 0x2015) && isWordUnit(text.charCodeAt(i - 1)) && isWordUnit(text.charCodeAt(i + 1))) to = 0x2014;
    if (to === undefined) continue;
    out += text.slice(runStart, i) + String.fromCharCode(to);
    runStart = i + 1;
  }
  const folded = runStart === 0 ? text : out + text.slice(runStart);
  const cells = cellsPerLine(text.includes('\t') ? tabColumns(text, folded) : folded);
  const labelled0 = cells.includes('-') ? cells.replace(WIRE_LABEL, (m) => ' '.repeat(m.length)) : cells;
  const labelled = RELATED_CUE.test(labelled0) ? labelled0.replace(RELATED_LINE, (m) => m.replace(/[^\n]/g, ' ')) : labelled0;
  return labelled.includes(', ') ? labelled.replace(SPACED_THOUSANDS, '$1,$2 ') : labelled;
}

// "over 1, 500 employees": a thousands comma a space strayed after, before a word (the space moves after the number)
const SPACED_THOUSANDS = /(?<![\d,.])(\d{1,3}), (\d{3})(?=\s+[a-z])/g;

// A wire story's label glued to its headline: "FACTBOX-US companies step up job cuts", "UPDATE 2-Halvard to cut…",
// "EXCLUSIVE-…": page furniture, no word of the headline (blanked, offsets kept)
const WIRE_LABEL = /(?<=^|\n)[ \t]*(?:FACTBOX|EXCLUSIVE|ANALYSIS|INSIGHT|EXPLAINER|TIMELINE|BREAKINGVIEWS|WRAPUP|FOCUS|INTERVIEW|PREVIEW|REFILE|CORRECTED|RPT|UPDATE(?: \d{1,2})?)-(?=[A-Z0-9])/g;

// A link to another story inside the page ("Also read: Blockchain experimentation highest in Kenya – Report", "READ MORE: …"):
// page furniture, none of its names the story's (blanked, offsets kept)
const RELATED_CUE = /\b(?:[Rr]ead|READ|[Ss]ee also|SEE ALSO|[Rr]elated|RELATED|[Rr]ecommended|[Mm]iss)\b/;
const RELATED_LINE = /(?<=^|\n)[ \t]*(?:[Aa]lso [Rr]ead|ALSO READ|[Rr]ead [Aa]lso|[Rr]ead [Mm]ore|READ MORE|[Rr]ead [Nn]ext|READ NEXT|[Ss]ee [Aa]lso|SEE ALSO|[Rr]elated(?: [Ss]tor(?:y|ies)| [Aa]rticles?| [Nn]ews| [Rr]eading)?|RELATED|[Rr]ecommended(?: [Ss]tor(?:y|ies)| [Rr]eading)?|[Dd]on['’]t [Mm]iss|DON['’]T MISS|[Mm]ust [Rr]ead)\s*[:|–—]\s*[^\n]*/g;

// A cell of a table copied from a web page one cell a line: short, no sentence inside it
const CELL = /^[^\n|.!?;]{1,48}[.]?$|^[^\n|!?;]{0,40}\d[\d.,]*\s?[a-zA-Z]{0,8}\.?$/;
const HEADER_CELL = /^[^\d\n|]{1,32}(?:\(\S{1,6}\))?$/;
const TITLE_CELL = /^[^\d\n|]{1,48}(?:\(\S{1,6}\))?$/;
const HAS_DIGIT = /\d/;
const YEAR = /\b(?:19|20)\d\d\b/g;

/**
 * A table pasted one cell a line ("Company\nValuation\nEmployees\nZentrix AI\n$4bn\n1,200\n…"):
 * a run of short lines that opens with k header cells (no digits, 3 ≤ k ≤ 6) and goes on in
 * rows of k cells whose columns agree on holding a number or not, with at least one column of
 * numbers and one of words. Each row becomes one line, its cells joined by "|" where the line
 * breaks were ("Zentrix AI|$4bn|1,200"), so the row reads as a table row and its header as its
 * columns. One unit for one: offsets do not move.
 */
function cellsPerLine(text: string): string {
  // cheap test first: a table of cells needs many short lines
  if (text.length < 40) return text;
  const lines: Array<{ start: number; end: number }> = [];
  for (let i = 0, start = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      lines.push({ start, end: i });
      start = i + 1;
    }
  }
  let chars: string[] | null = null;
  for (let i = 0; i < lines.length; ) {
    // a run of non-blank short lines
    let j = i;
    while (j < lines.length && CELL.test(cellText(text, lines[j]!))) j++;
    if (j - i >= 9) {
      const cells = lines.slice(i, j).map((l) => cellText(text, l));
      // (a short line or two may open or close the run without being the table's: "- Top recruiters" above its own header)
      let k = 0;
      let from = i;
      let to = j;
      // (only lines that could head no column, or sentences: a header found further in would put the rows out of step)
      for (let o = 0; o <= 2 && !k && (o === 0 || !isHeaderCell(cells[o - 1]!, 0) || cells[o - 1]!.endsWith('.')); o++) {
        for (let e = 0; e <= 2 && !k; e++) {
          k = columnsOf(cells.slice(o, cells.length - e));
          if (k) [from, to] = [i + o, j - e];
        }
      }
      if (k) {
        chars ??= text.split('');
        for (let r = from; r + k <= to; r += k) {
          // (the line breaks inside a row become cell separators; the one after it stays)
          // (a cell that ends in its own mark, "Halvard Legal |", is followed by a space instead)
          for (let c = r; c < r + k - 1; c++) chars[lines[c]!.end] = CELL_MARK_END.test(text.slice(lines[c]!.start, lines[c]!.end)) ? ' ' : '|';
        }
      }
    }
    i = Math.max(j, i + 1);
  }
  return chars ? chars.join('') : text;
}

// ("Halvard Legal |", "21 |": a page whose table cells each end in a mark, one a line)
const CELL_MARK_END = /\s\|\s*$/;
/** A line's text as a cell: trimmed, without a cell mark of its own at its end. */
function cellText(text: string, line: { start: number; end: number }): string {
  return text.slice(line.start, line.end).replace(CELL_MARK_END, '').trim();
}

/**
 * A cell that can head a column: capitalised, no figure but a year ("Top partner recruiters in London 2024"); the first, the
 * table's own title, may be longer.
 */
function isHeaderCell(c: string, at: number): boolean {
  const t = c.replace(YEAR, 'Y');
  return /^[A-Z#]/.test(c) && (at === 0 ? TITLE_CELL : HEADER_CELL).test(t);
}

/** The number of columns of a one-cell-a-line table, or 0 when the lines are no table. */
function columnsOf(cells: string[]): number {
  for (let k = 3; k <= 6; k++) {
    const rows = Math.floor((cells.length - k) / k);
    if (rows < 2 || (cells.length - k) % k !== 0) continue;
    // (a year may title a column: "Top partner recruiters in London 2024")
    if (!cells.slice(0, k).every(isHeaderCell)) continue;
    let numbers = 0;
    let words = 0;
    let agree = true;
    for (let c = 0; c < k && agree; c++) {
      const digits = cells.slice(k).filter((_, n) => n % k === c).map((x) => HAS_DIGIT.test(x));
      if (digits.every(Boolean)) numbers++;
      else if (digits.every((d) => !d)) words++;
      else agree = false;
    }
    if (agree && numbers > 0 && words > 0) return k;
  }
  return 0;
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

/**
 * Latin-1's signs (not its letters ª, µ, º), general punctuation (’ “ ” – — … •, spaces) and currency signs (€): no letter or
 * mark of any script, so no Unicode property expression need be compiled and asked of them (£ alone made 98 of the first 100
 * bbc/business stories ask the tokenisers' letter expressions).
 */
export function isSignOrPunctuation(c: number): boolean {
  return (c >= 0xa0 && c <= 0xbf && c !== 0xaa && c !== 0xb5 && c !== 0xba) || (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf);
}

/**
 * A character that may be a letter or a digit beyond ASCII: anything but ASCII, Latin-1's signs (not ª ² ³ µ ¹ º ¼ ½ ¾),
 * general punctuation (’ “ ” – — … •, spaces) and currency signs (€). In a text without one, \p{L} is [A-Za-z], \p{Lu} [A-Z]
 * and \p{N} [0-9], whose expressions compile at a fraction of the cost.
 */
export const BEYOND_PLAIN = /[^\x00-\x7f\xa0-\xa9\xab-\xb1\xb4\xb6-\xb8\xbb\xbf\u2000-\u206f\u20a0-\u20cf]/;
