import { isLetterSymbol } from '../values/currencyMarks.js';
/**
 * Split an article into sentences with their offsets. Real text has hard-wrapped wire
 * copy, headlines without full stops, bullet "key facts" boxes and table rows: each of
 * those is its own unit, and the kind travels with the sentence because subject
 * resolution treats a subjectless bullet differently from a subjectless body sentence.
 */

export type SentenceKind = 'body' | 'bullet' | 'heading' | 'table';

export interface Sentence {
  index: number;
  /** Offsets into the original text (trimmed of spaces and bullet markers). */
  start: number;
  end: number;
  /** The matching text of the sentence (normalised, same length as end - start). */
  text: string;
  kind: SentenceKind;
  /** Paragraph or list number: sentences of one paragraph, or bullets of one list, share it. */
  block: number;
}

// "• Raised $2B", "- Valued at", "* Hiring", "1. Founded", "▪ Staff" — list markers at a line start.
const BULLET = /^[ ]*(?:[•●◦▪▫■□‣⁃∙·*+>✓✔➤►▶-]|\d{1,2}[.)])[ ]+/;
// "Nvidia | $3.2B | 140" — a markdown or pasted table row.
const TABLE_ROW = /^[ ]*\|.*\|[ ]*$|^[^|\n]{1,80}\|[^|\n]{1,80}\|/;
const TERMINAL = /[.!?:;"')\]]$/;
// " • " inside a line: a key-facts box pasted as one line
const INLINE_BULLET = / [•●▪‣] /g;

// Abbreviations after which a full stop does not end the sentence: "Microsoft Corp. hired".
const ABBREVIATIONS = new Set(
  (
    'inc corp co ltd llc plc pvt pty pte sdn bhd mr mrs ms dr prof sr jr st mt ft no nos vs etc approx est dept univ ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun ' +
    'gov sen rep gen col lt capt sgt fig vol pp ed eds al e.g i.e u.s u.k u.n e.u a.m p.m'
  ).split(' '),
);

// Words that plainly open a sentence after an abbreviation's full stop ("Microsoft Corp. The company…")
const NEW_SENTENCE = /^(?:(?:The|It|Its|But|And|In|On|At|A|An|This|That|They|He|She|We|His|Her|Their|There|However|Meanwhile|Separately|Additionally|Also|Still|Yet|Earlier|Later|According|Analysts|Shares)\b|[A-Z][a-z]+ly,)/;

// A company's suffix ends a name; a title-case word after it opens a sentence unless it is a title or a suffix
const COMPANY_SUFFIXES = new Set('inc corp co ltd llc plc pvt pty pte sdn bhd'.split(' '));
const NAME_AFTER_SUFFIX =
  /^(?!(?:Chief|President|Chairman|Chairwoman|Chair|Vice|Senior|Executive|Managing|Director|Founder|Co-?[Ff]ounder|Cofounder|Head|Board|General|Group|Holdings|Limited|Global|Deputy|Spokes(?:man|woman|person)|Inc|Corp|Co|Ltd|Pvt|Pty|Bhd)\b)[A-Z][a-z]/;

function isCompanySuffixBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z]/.test(text[i]!)) i--;
  return COMPANY_SUFFIXES.has(text.slice(i + 1, dot).toLowerCase()) && /[A-Z]/.test(text[i + 1] ?? '');
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // "Rs. 500 crore", "Kshs. 3.8 billion": a currency's letters before its amount
  // (the letter symbols the amount reader knows: src/values/currencyMarks.ts)
  if (isLetterSymbol(text.slice(i + 1, dot)) && /^\s?\d/.test(text.slice(dot + 1, dot + 3))) return true;
  // "J.P. Morgan", "U.A.E.": dotted capital initials
  if (/^(?:[a-z]\.)+[a-z]$/.test(word) && /^[A-Z.]+$/.test(text.slice(i + 1, dot))) return true;
  // "T. Rowe Price", "J.P. Morgan": a single capital letter is an initial
  // (not a round's or a class's letter: "…led its Series B. Zentrix AI has…", "Class A.")
  return /^[a-z]$/.test(word) && /[A-Z]/.test(text[dot - 1]!) && !/\b(?:Series|series|Class|class|Round|round|Plan|plan|Type|type|Grade|grade|Category|category|Vitamin|vitamin|Part|part|Tier|tier|Phase|phase) $/.test(text.slice(Math.max(0, i - 9), i + 1));
}

// A row of figures: a capitalised name, then two numbers or more and little else ("Punjab & Sind Bank 8,890 10,229 1,339 ▲ Growing")
// (one way to read it, however long the line: a space after a sign only where a sign stands)
const FIGURE_ROW = /^[A-Z][^\d\n]{0,60}?\s[-–+]?\d[\d,.]*%?(?:[ \t]+(?:[-–+▲▼][ \t]?)?\d[\d,.]*%?)+(?:[ \t]+(?:[▲▼][ \t]*)?[A-Za-z]+)?[ \t]*$/;
// A line that is a key and one figure: "Vera: 1.2 billion", "Employees: 6,337", "Valuation: $30 billion"
const KEYED_FIGURE = /^\s*\p{Lu}[^:\n]{0,40}:\s*(?:[$€£¥]|US\$|Rs\.?)?\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|mn|m|k|crore|lakh|%))?\s*$/u;

/** Split one line-unit (a paragraph, a bullet, a heading) into sentences at . ! ? */
function splitUnit(text: string, from: number, to: number, out: Array<[number, number]>): void {
  let start = from;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // . ! ?
    if (code !== 46 && code !== 33 && code !== 63) continue;
    const c = text[i];
    let j = i + 1;
    while (j < to && (text[j] === '"' || text[j] === "'" || text[j] === ')')) j++;
    // ("…raised 143 billion won.Memebox's funding…", "…($126.2 million).A total of…": scraped copy that lost the space after a
    // full stop — a lower-case word or a bracket before it, or a word that opens sentences after it; not "Infra.Market")
    if (c === '.' && j === i + 1 && j < to && gluedBreak(text, i, to)) {
      out.push([start, j]);
      start = j;
      continue;
    }
    // (a line break inside a unit is a wrapped line's space)
    if (j >= to || (text[j] !== ' ' && text[j] !== '\n')) continue;
    let k = j;
    while (k < to && (text[k] === ' ' || text[k] === '\n')) k++;
    if (k >= to) continue;
    const next = text[k]!;
    if (!/[A-Z0-9"'(\[$£€]/.test(next)) continue;
    if (c === '.' && isAbbreviationBefore(text, i)) {
      // "Microsoft Corp. The company…" is still a break when a new sentence plainly starts
      // ("…supplier Denso Corp. Separately, Sakana AI said…": a connective or an adverb and its comma open one too),
      // and so is any capitalised word after a company's suffix but a title or a ticker ("…from Globex Inc. Initech
      // poached…", "MCI Inc. Former WorldCom chief…"; not "Acme Inc. Chief Executive…", "Tesla Inc. TSLA")
      if (!NEW_SENTENCE.test(text.slice(k, k + 30)) && !(isCompanySuffixBefore(text, i) && NAME_AFTER_SUFFIX.test(text.slice(k, k + 30)))) continue;
    }
    out.push([start, j]);
    start = k;
  }
  out.push([start, to]);
}

/** A full stop at `i` with no space after it that still ends a sentence (see splitUnit). */
function gluedBreak(text: string, i: number, to: number): boolean {
  // (a sentence may open with "A": "…($126.2 million).A total of 313 start-ups…")
  const after = /^(?:[A-Z][a-z]+|A(?= [a-z]))\b/.exec(text.slice(i + 1, Math.min(to, i + 24)));
  if (!after) return false;
  const before = /(?:(?:^|[^\w.@/-])([A-Za-z]+)|(\)))$/.exec(text.slice(Math.max(0, i - 24), i));
  if (!before) return false;
  const w = before[1] ?? before[2]!;
  // (or a company's name ends before it, by its last word or its letters: "…from Goodwater Capital.Woowa Brothers…", "…from
  // Korean private equity firm IMM.Yello Mobile…" — not "Infra.Market", whose first part heads no company)
  return w === ')' || /^[a-z]{2,}$/.test(w) || (/^[A-Z][a-z]{2,}$/.test(w) && SENTENCE_OPENER.test(after[0])) || (GLUED_NAME_END.test(w) && after[0].length >= 3) || (/^[A-Z]{2,5}$/.test(w) && /^[A-Z][a-z]{2,}$/.test(after[0]));
}
// The last word of a company's name, before a full stop that lost its space
const GLUED_NAME_END = /^(?:Capital|Group|Bank|Holdings|Partners|Ventures|Inc|Ltd|Corp|Technologies|Labs|Systems|Fund|Management|Investments|Securities|Brothers|Entertainment|Mobile|Marketing)$/;

const WORD = /\S+/g;
const LOWER_FUNCTION = /^(?:of|to|in|for|and|on|at|by|with|as|from|the|a|an|over|after|amid|into|vs\.?)$/;
const SENTENCE_OPENER = /^(?:The|It|Its|This|That|These|They|He|She|We|A|An|In|On|At|After|When|As|But|And)$/;
/**
 * Where a headline run into the sentence after it ends: four or more capitalised words (small words may stay small), then a
 * word that opens sentences ("The", "It") and two lower-case words — the sentence's first. The start when there is none.
 */
function titleRunEnd(text: string, from: number, to: number): number {
  // (most sentences fail on their second or third word: the words are read one at a time)
  const head = text.slice(from, Math.min(to, from + 240));
  const words: RegExpExecArray[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(head); m && words.length < 3; m = WORD.exec(head)) words.push(m);
  for (let i = 0; i + 2 < words.length; i++) {
    const next = WORD.exec(head);
    if (next) words.push(next);
    const w = words[i]![0];
    // (a headline in sentence case keeps its small words small: "The Washington Post Plans Hundreds of Buyouts")
    if (!/^[A-Z0-9$£€"“‘'(]/.test(w) && !(i > 0 && LOWER_FUNCTION.test(w))) return from;
    // (a headline has no clause break)
    if (/[,;]$/.test(w)) return from;
    // (the run so far is the headline when this capital opens a sentence: a word that opens sentences — "It", "The", "This" —
    // and two lower-case words after it; not a company's name going on: "…Orrin Capital Partners Holdings said")
    if (i >= 4 && /^[A-Z][a-z]+$/.test(w) && SENTENCE_OPENER.test(w) && /^[a-z]/.test(words[i + 1]![0]) && /^[a-z]/.test(words[i + 2]![0]) && !/[.!?:,;]$/.test(words[i - 1]![0]) && !LOWER_FUNCTION.test(words[i - 1]![0])) return from + words[i]!.index!;
  }
  return from;
}

interface Line {
  start: number;
  end: number;
  kind: 'blank' | 'bullet' | 'table' | 'text';
  contentStart: number;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && text[s] === ' ') s++;
    while (e > s && text[e - 1] === ' ') e--;
    const line = text.slice(pos, nl);
    if (s === e) lines.push({ start: s, end: e, kind: 'blank', contentStart: s });
    else {
      const bullet = BULLET.exec(line);
      if (bullet) lines.push({ start: s, end: e, kind: 'bullet', contentStart: pos + bullet[0].length });
      else if (TABLE_ROW.test(line)) lines.push({ start: s, end: e, kind: 'table', contentStart: s });
      else lines.push({ start: s, end: e, kind: 'text', contentStart: s });
    }
    pos = nl + 1;
  }
  return lines;
}

/**
 * Is the paragraph starting at line i hard-wrapped wire copy? Three or more lines in a row,
 * most of them (two in three) of a similar, typewriter-like length. A short line right after
 * one of that length is a paragraph's last line and is not counted: wire copy with short
 * paragraphs and one-word section heads ("WPP", "AVIVA") has many.
 */
function isHardWrapped(lines: Line[], i: number): boolean {
  let j = i;
  while (j + 1 < lines.length && lines[j + 1]!.kind === 'text') j++;
  if (j - i < 2) return false;
  const lengths = lines.slice(i, j + 1).map((l) => l.end - l.start);
  const typicalLength = (n: number) => n >= 45 && n <= 90;
  const counted = lengths.filter((n, k) => !(n < 45 && k > 0 && typicalLength(lengths[k - 1]!)));
  return counted.filter(typicalLength).length / counted.length >= 0.66;
}

// A line's last word that ends no sentence and no heading: a preposition, an article, a conjunction ("Bank of", "the", "and")
const OPEN_END = /\s(?:of|the|a|an|and|or|to|in|for|with|by|at|from|its|their|on|into|as)$/;
// Longest sentence the later stages see, in characters (the longest real ones run to ~600).
const MAX_SENTENCE = 1200;

/** Sentences of the matching text `text`, in order. */
/** The cells of a table row, trimmed ("| Users | 450m |" → ["Users", "450m"]). */
export function tableCells(row: string): string[] {
  return row.replace(/^\s*\||\|\s*$/g, '').split('|').map((c) => c.trim());
}

export function splitSentences(text: string): Sentence[] {
  const lines = readLines(text);
  const sentences: Sentence[] = [];
  let block = 0;
  const push = (start: number, end: number, kind: SentenceKind) => {
    while (start < end && /[ \n]/.test(text[start]!)) start++;
    while (end > start && /[ \n]/.test(text[end - 1]!)) end--;
    if (end <= start) return;
    // No real sentence is this long; a run of numbers or a pasted blob is cut into pieces so
    // that the work per sentence stays bounded (every later stage is linear in the article).
    while (end - start > MAX_SENTENCE) {
      // the last space in the second half of the window (searching no further back: linear time)
      let cut = start + MAX_SENTENCE;
      while (cut > start + MAX_SENTENCE / 2 && text[cut] !== ' ') cut--;
      if (cut <= start + MAX_SENTENCE / 2) cut = start + MAX_SENTENCE;
      sentences.push({ index: sentences.length, start, end: cut, text: text.slice(start, cut), kind, block });
      start = cut;
      while (start < end && /[ \n]/.test(text[start]!)) start++;
    }
    if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), kind, block });
  };
  let prevKind: Line['kind'] = 'blank';
  // (whether the run of text lines the current one sits in is wrapped copy, and its width)
  const run = { hard: false, width: 0 };
  // (the kind of the last line with text: a list whose items a blank line parts is still one list)
  let lastKind: Line['kind'] = 'blank';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank') {
      prevKind = 'blank';
      continue;
    }
    if (line.kind === 'bullet' || line.kind === 'table') {
      // (a fact box whose "Label: value" items a blank line parts is one list; items that are stories of their own are not)
      if (prevKind !== line.kind && !(line.kind === 'bullet' && lastKind === 'bullet' && /^[^:.!?]{1,40}:/.test(text.slice(line.contentStart, line.end)))) block++;
      lastKind = line.kind;
      // ("- Microsoft committed $15.5 billion to build the UK's largest\nsupercomputer with Nscale in Essex": a bullet wrapped
      // onto lines of text goes on over them — a long line with no end, or one the next line goes on in lower case)
      let end = line.end;
      while (line.kind === 'bullet' && i + 1 < lines.length && lines[i + 1]!.kind === 'text') {
        const curText = text.slice(lines[i]!.start, lines[i]!.end);
        const next = lines[i + 1]!;
        // (a capital opening a long line is a paragraph after the list, not the bullet's wrapped rest)
        // (nor a rule of dashes or stars under it, "---", which has no word to go on with)
        if (TERMINAL.test(curText) || !/[\p{L}\p{N}]/u.test(text.slice(next.start, next.end)) || !(/^[a-z(]/.test(text[next.start]!) || (curText.length >= 50 && curText.length <= 100 && next.end - next.start <= 100))) break;
        i++;
        end = next.end;
      }
      const parts: Array<[number, number]> = [];
      splitUnit(text, line.contentStart, end, parts);
      for (const [s, e] of parts) push(s, e, line.kind);
      prevKind = line.kind;
      continue;
    }
    // Prose: join hard-wrapped lines ("...a $90 million round\nled by Northzone") into one unit.
    block++;
    let end = line.end;
    let j = i;
    // (judged on the whole run of lines the unit sits in: its last two lines are wrapped copy when the lines before them are)
    // (once per run: a run of a thousand lines is read once, not once per sentence)
    if (prevKind !== 'text') {
      run.hard = isHardWrapped(lines, i);
      // (the width the copy is wrapped at: its longest line)
      run.width = 0;
      if (run.hard) for (let k = i; k < lines.length && lines[k]!.kind === 'text'; k++) run.width = Math.max(run.width, lines[k]!.end - lines[k]!.start);
    }
    // (or from this line on: a wrapped paragraph after short lines of a page's furniture in the same run)
    let hardWrapped = run.hard;
    let width = run.width;
    if (!hardWrapped && i > 0 && lines[i - 1]!.kind === 'text' && isHardWrapped(lines, i)) {
      hardWrapped = true;
      for (let k = i; k < lines.length && lines[k]!.kind === 'text'; k++) width = Math.max(width, lines[k]!.end - lines[k]!.start);
    }
    while (j + 1 < lines.length && lines[j + 1]!.kind === 'text') {
      const cur = lines[j]!;
      const next = lines[j + 1]!;
      const curText = text.slice(cur.start, cur.end);
      // ("WPP\nWPP shareholders voted…", "Most Read from Bloomberg\nTokyo-based…": in wrapped copy a line well short of the width,
      // before a capital, ends where its author ended it — a heading or a paragraph's last line)
      // (not a line that ends on a word that cannot end a sentence: "Bank of\nSingapore is planning…", wrapped mid-name)
      const endsOpen = OPEN_END.test(curText);
      // (not a line inside a sentence the lines before it began: "at least 10 private\nbankers are joining Standard\nChartered in
      // Hong Kong." — a short line that ends on a capitalised word, no sentence ended, goes on into the name)
      const midSentence = j > i && !TERMINAL.test(curText) && /(?:^|\s)[a-z][a-z,]*\s+[A-Z][a-z]+$/.test(curText);
      if (hardWrapped && curText.length < width * 0.6 && /^[A-Z"“‘'(]/.test(text[next.start]!) && !endsOpen && !midSentence) break;
      // ("Bank of India 51,459 50,564 –895\nUCO Bank 22,012 21,049 –963": rows of a table that lost its cell marks, each its own)
      if (FIGURE_ROW.test(curText) && FIGURE_ROW.test(text.slice(next.start, next.end))) break;
      // "…a $90 million round\nled by Northzone": the next line goes on with the sentence
      // ("as of Sept.\n30, a decline…": an abbreviation's dot at a wrapped line's end, before no new sentence, goes on too)
      const abbreviated = hardWrapped && curText.endsWith('.') && isAbbreviationBefore(text, cur.end - 1) && !NEW_SENTENCE.test(text.slice(next.start, next.start + 30));
      // ("…a startup called Gamma (read their blog)\nthat, at the time, had…": a bracket or a quote closing a line before a lower-case one
      // ends no sentence)
      const closesAside = /[)"'’”]$/.test(curText) && /^[a-z]/.test(text[next.start]!);
      // ("Vera: 1.2 billion\n(Deal size pegs $40 a user)": a line of a key and its figure is whole; a bracketed line after it is an aside)
      const keyedFigure = text[next.start] === '(' && KEYED_FIGURE.test(curText);
      const wrapped = (!TERMINAL.test(curText) || abbreviated || closesAside) && (hardWrapped || /^[a-z(]/.test(text[next.start]!)) && !keyedFigure;
      const continues = (hardWrapped && /^[a-z]/.test(text[next.start]!)) || (endsOpen && /^[\p{L}\p{N}$€£]/u.test(text[next.start]!));
      if (!wrapped && !continues) break;
      j++;
      end = next.end;
    }
    const unitText = text.slice(line.start, end);
    const single = j === i;
    // "Sablefish — at a glance • Founded 2019 • Valuation: $1.9B": bullets run together on one line
    if (single && INLINE_BULLET.test(unitText)) {
      let from = line.start;
      INLINE_BULLET.lastIndex = 0;
      for (let m = INLINE_BULLET.exec(unitText); m; m = INLINE_BULLET.exec(unitText)) {
        push(from, line.start + m.index, from === line.start ? 'heading' : 'bullet');
        from = line.start + m.index + m[0].length;
      }
      push(from, end, 'bullet');
      i = j;
      prevKind = 'text';
      lastKind = 'text';
      continue;
    }
    // (a row of figures is no heading: its name is told as prose tells it)
    if (single && !TERMINAL.test(unitText) && unitText.length < 200 && !/[.!?] [A-Z]/.test(unitText) && !FIGURE_ROW.test(unitText)) {
      push(line.start, end, 'heading');
    } else {
      const parts: Array<[number, number]> = [];
      splitUnit(text, line.start, end, parts);
      for (const [s, e] of parts) {
        // ("Tessaly Plans Hundreds Of Layoffs The company said on Monday…": a headline run into its story on one line)
        const cut = titleRunEnd(text, s, e);
        if (cut > s) push(s, cut, 'heading');
        push(cut > s ? cut : s, e, 'body');
      }
    }
    i = j;
    prevKind = 'text';
    lastKind = 'text';
  }
  return sentences;
}
