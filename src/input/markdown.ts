import { decodeEntity, ENTITY } from './entities.js';

export interface MarkdownText {
  text: string;
  title: string | null;
}

/**
 * Markdown → plain text, line by line in linear time: markup goes, words stay, and
 * the line structure is kept (a bullet or table row stays its own line). Front
 * matter, HTML comments, images, fenced code blocks, rules and link definitions are dropped.
 * The title is the first level-1 heading.
 */
export function markdownToText(raw: string): MarkdownText {
  const lines = raw.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let title: string | null = null;
  let fence: string | null = null;
  let inComment = false;
  let inTable = false;

  for (let i = skipFrontMatter(lines); i < lines.length; i++) {
    let line = lines[i]!;

    if (fence !== null) {
      // ``` … ```: code is not prose; "// Acme valued at $99 billion" in a sample is no claim.
      // Its lines go, and the block still separates the paragraphs around it.
      if (isFenceClose(line, fence)) fence = null;
      else out.push('');
      continue;
    }

    const uncommented = removeHtmlComments(line, inComment);
    inComment = uncommented.open;
    if (uncommented.changed && uncommented.text.trim() === '') continue; // a comment-only line vanishes
    line = uncommented.text;

    const opening = fenceOpening(line);
    if (opening !== null) {
      fence = opening;
      continue;
    }

    // "> quoted text": the quote markers go, the content is read like any other line.
    line = stripBlockquote(line);
    const trimmed = line.trim();

    if (trimmed === '') {
      inTable = false;
      out.push('');
      continue;
    }
    if (isTableSeparator(trimmed)) {
      inTable = true;
      continue;
    }
    // "Title\n=====": the underline goes; "---" alone is a rule or an underline, dropped either way.
    if (isSetextUnderline(trimmed, '=')) {
      if (title === null && out.length > 0 && out[out.length - 1] !== '') title = out[out.length - 1]!;
      continue;
    }
    if (isThematicBreak(trimmed)) {
      out.push('');
      continue;
    }

    const heading = atxHeading(line);
    if (heading !== null) {
      const text = stripInline(heading.text);
      if (title === null && heading.level === 1 && text !== '') title = text;
      out.push(text);
      continue;
    }

    // "[1]: https://…" link definitions carry no prose; "[^1]: Source: Reuters" footnotes do.
    const definition = linkDefinition(trimmed);
    if (definition !== null) {
      if (definition !== '') out.push(stripInline(definition));
      continue;
    }

    const nextTrimmed = i + 1 < lines.length ? stripBlockquote(lines[i + 1]!).trim() : '';
    if (trimmed.startsWith('|') || (trimmed.includes('|') && (inTable || isTableSeparator(nextTrimmed)))) {
      out.push(tableRow(trimmed));
      continue;
    }
    inTable = false;

    const item = listItem(line);
    if (item !== null) {
      out.push(item.marker + stripInline(item.text));
      continue;
    }
    out.push(stripInline(trimmed));
  }

  return { text: collapseBlankLines(out), title };
}

/** "---\ntitle: …\n---" (YAML) or "+++ … +++" (TOML) at the very start. */
function skipFrontMatter(lines: string[]): number {
  const first = lines[0]?.trimEnd();
  if (first !== '---' && first !== '+++') return 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === first || (first === '---' && line === '...')) return i + 1;
  }
  return 0; // never closed: it was a rule, not front matter
}

function fenceOpening(line: string): string | null {
  const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
  if (m === null) return null;
  // An info string with a backtick ("```js`") is inline code, not a fence.
  if (m[1]![0] === '`' && line.slice(m[0].length).includes('`')) return null;
  return m[1]!;
}

function isFenceClose(line: string, fence: string): boolean {
  const trimmed = line.trim();
  if (!trimmed.startsWith(fence)) return false;
  for (let i = fence.length; i < trimmed.length; i++) if (trimmed[i] !== fence[0]) return false;
  return true;
}

/** Removes "<!-- … -->" (which may span lines); `open` says whether one is still unclosed. */
function removeHtmlComments(line: string, inComment: boolean): { text: string; open: boolean; changed: boolean } {
  if (!inComment && !line.includes('<!--')) return { text: line, open: false, changed: false };
  let text = '';
  let pos = 0;
  let open = inComment;
  while (pos < line.length) {
    if (open) {
      const end = line.indexOf('-->', pos);
      if (end === -1) return { text, open: true, changed: true };
      pos = end + 3;
      open = false;
    } else {
      const start = line.indexOf('<!--', pos);
      if (start === -1) {
        text += line.slice(pos);
        break;
      }
      text += line.slice(pos, start);
      pos = start + 4;
      open = true;
    }
  }
  return { text, open, changed: true };
}

function stripBlockquote(line: string): string {
  let rest = line;
  for (;;) {
    const m = /^ {0,3}>[ \t]?/.exec(rest);
    if (m === null) return rest;
    rest = rest.slice(m[0].length);
  }
}

/** "|---|:---:|", "--- | ---": only pipes, colons, dashes and spaces, with a pipe and a dash. */
function isTableSeparator(trimmed: string): boolean {
  if (!trimmed.includes('|') || !trimmed.includes('-')) return false;
  for (const ch of trimmed) if (ch !== '|' && ch !== ':' && ch !== '-' && ch !== ' ' && ch !== '\t') return false;
  return true;
}

function isSetextUnderline(trimmed: string, ch: '='): boolean {
  for (const c of trimmed) if (c !== ch) return false;
  return trimmed.length > 0;
}

/** "---", "***", "_ _ _": three or more of one of - * _ and nothing else but spaces. */
function isThematicBreak(trimmed: string): boolean {
  const ch = trimmed[0];
  if (ch !== '-' && ch !== '*' && ch !== '_') return false;
  let count = 0;
  for (const c of trimmed) {
    if (c === ch) count++;
    else if (c !== ' ' && c !== '\t') return false;
  }
  return count >= 3;
}

/** "## Funding ##" → level 2, "Funding". */
function atxHeading(line: string): { level: number; text: string } | null {
  const m = /^ {0,3}(#{1,6})(?:[ \t]+|$)/.exec(line);
  if (m === null) return null;
  let text = line.slice(m[0].length).trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t') text = text.slice(0, end).trimEnd();
  return { level: m[1]!.length, text };
}

/** null when the line is not a definition; '' for a link definition; the note's text for a footnote. */
function linkDefinition(trimmed: string): string | null {
  const m = /^\[(\^?)[^\[\]]{1,999}\]:/.exec(trimmed);
  if (m === null) return null;
  return m[1] === '^' ? trimmed.slice(m[0].length).trim() : '';
}

/** "- item", "* item", "+ item" → "• item"; "3. item" / "3) item" keep their number; "[x] " task boxes go. */
function listItem(line: string): { marker: string; text: string } | null {
  const m = /^[ \t]*(?:([-*+])|(\d{1,9})[.)])[ \t]+/.exec(line);
  if (m === null) return null;
  let text = line.slice(m[0].length).trim();
  const task = /^\[[ xX]\][ \t]+/.exec(text);
  if (task !== null) text = text.slice(task[0].length);
  return { marker: m[1] !== undefined ? '• ' : `${m[2]}. `, text };
}

/** "| Company | Valuation |" → "Company | Valuation". Escaped "\|" and pipes in code spans stay in the cell. */
function tableRow(trimmed: string): string {
  const cells: string[] = [];
  let cell = '';
  let inCode = false;
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i]!;
    if (ch === '\\' && trimmed[i + 1] === '|') {
      cell += '\\|';
      i++;
    } else if (ch === '`') {
      inCode = !inCode;
      cell += ch;
    } else if (ch === '|' && !inCode) {
      cells.push(cell);
      cell = '';
    } else {
      cell += ch;
    }
  }
  cells.push(cell);
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|') && cells.length > 0) cells.pop();
  return cells.map((c) => stripInline(c.trim())).join(' | ');
}

function collapseBlankLines(lines: string[]): string {
  const kept: string[] = [];
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

// ---------------------------------------------------------------------------
// Inline markup

const ASCII_PUNCTUATION = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
const HTML_TAG = /<\/?([A-Za-z][A-Za-z0-9-]{0,30})(?:[ \t][^<>]{0,1000})?\/?>/y;
const AUTOLINK = /<((?:https?|ftp|mailto):[^<>\s]{1,2000})>/y;
interface DelimiterRun {
  /** Where the run sits in the output being built. */
  at: number;
  length: number;
  char: string;
  canOpen: boolean;
  canClose: boolean;
  matched: boolean;
}

/**
 * One line of inline Markdown → its words: `code` kept verbatim, [text](url) → text,
 * images and footnote references dropped, **strong**, *em*, _em_ and ~~strike~~
 * markers removed when they pair up (a lone "*" or "~140" stays), backslash escapes
 * and entities resolved, inline HTML tags dropped. Every step is a single pass.
 */
export function stripInline(s: string): string {
  const codeSpans = findCodeSpans(s);
  const { closeBracket, closeParen } = matchBrackets(s, codeSpans);
  const jumps = new Map<number, number>();
  const runs: DelimiterRun[] = [];
  let out = '';
  let span = 0;

  let i = 0;
  while (i < s.length) {
    const jump = jumps.get(i);
    if (jump !== undefined) {
      i = jump;
      continue;
    }
    while (span < codeSpans.length && codeSpans[span]!.start < i) span++; // skipped inside an image or link target
    const code = codeSpans[span];
    if (code !== undefined && code.start === i) {
      out += code.content;
      i = code.end;
      span++;
      continue;
    }
    const ch = s[i]!;
    const next = s[i + 1];

    if (ch === '\\' && next !== undefined && ASCII_PUNCTUATION.has(next)) {
      out += next; // escaped: never a delimiter
      i += 2;
      continue;
    }
    if (ch === '\\' && i === s.length - 1) break; // hard line break marker

    // "![chart](chart.png)": images carry no prose.
    if (ch === '!' && next === '[' && closeBracket[i + 1]! >= 0) {
      const c = closeBracket[i + 1]!;
      if (s[c + 1] === '(' && closeParen[c + 1]! >= 0) {
        i = closeParen[c + 1]! + 1;
        continue;
      }
    }
    if (ch === '[' && closeBracket[i]! >= 0) {
      const c = closeBracket[i]!;
      // "[^1]": a footnote reference.
      if (next === '^') {
        i = c + 1;
        continue;
      }
      // "[text](url)" → text; "[text][ref]" → text.
      if (s[c + 1] === '(' && closeParen[c + 1]! >= 0) {
        jumps.set(c, closeParen[c + 1]! + 1);
        i++;
        continue;
      }
      if (s[c + 1] === '[' && closeBracket[c + 1]! >= 0) {
        jumps.set(c, closeBracket[c + 1]! + 1);
        i++;
        continue;
      }
    }
    if (ch === '<') {
      AUTOLINK.lastIndex = i;
      const link = AUTOLINK.exec(s);
      if (link !== null) {
        out += link[1];
        i = AUTOLINK.lastIndex;
        continue;
      }
      HTML_TAG.lastIndex = i;
      const tag = HTML_TAG.exec(s);
      if (tag !== null) {
        if (tag[1]!.toLowerCase() === 'br') out += ' ';
        i = HTML_TAG.lastIndex;
        continue;
      }
    }
    if (ch === '&') {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(s);
      const decoded = entity === null ? undefined : decodeEntity(entity);
      if (decoded !== undefined) {
        out += decoded;
        i = ENTITY.lastIndex;
        continue;
      }
    }
    if (ch === '*' || ch === '_' || ch === '~') {
      let end = i + 1;
      while (end < s.length && s[end] === ch) end++;
      const length = end - i;
      // "~140 employees": a single tilde means "about", only "~~" strikes through.
      if (ch !== '~' || length === 2) runs.push(delimiterRun(s, i, end, out.length));
      out += s.slice(i, end);
      i = end;
      continue;
    }
    out += ch;
    i++;
  }

  return removeMatchedRuns(out, runs);
}

interface CodeSpan {
  start: number;
  end: number;
  content: string;
}

/** "`x`", "``a ` b``": a backtick run closed by the next run of the same length. */
function findCodeSpans(s: string): CodeSpan[] {
  if (!s.includes('`')) return [];
  const runs: Array<{ start: number; length: number }> = [];
  for (let i = 0; i < s.length; ) {
    if (s[i] !== '`' || (i > 0 && s[i - 1] === '\\')) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < s.length && s[end] === '`') end++;
    runs.push({ start: i, length: end - i });
    i = end;
  }
  // nextSame[k]: the next run with the same length, found right to left in one pass.
  const nextSame = new Array<number>(runs.length).fill(-1);
  const lastByLength = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    nextSame[k] = lastByLength.get(runs[k]!.length) ?? -1;
    lastByLength.set(runs[k]!.length, k);
  }
  const spans: CodeSpan[] = [];
  for (let k = 0; k < runs.length; ) {
    const close = nextSame[k]!;
    if (close < 0) {
      k++;
      continue;
    }
    const open = runs[k]!;
    const closer = runs[close]!;
    let content = s.slice(open.start + open.length, closer.start);
    if (content.length >= 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '') content = content.slice(1, -1);
    spans.push({ start: open.start, end: closer.start + closer.length, content });
    k = close + 1;
  }
  return spans;
}

/** Matching ] and ) for every [ and ( outside code spans and escapes; -1 when unmatched. */
function matchBrackets(s: string, codeSpans: CodeSpan[]): { closeBracket: Int32Array; closeParen: Int32Array } {
  const closeBracket = new Int32Array(s.length + 1).fill(-1);
  const closeParen = new Int32Array(s.length + 1).fill(-1);
  const brackets: number[] = [];
  const parens: number[] = [];
  let span = 0;
  for (let i = 0; i < s.length; i++) {
    const code = codeSpans[span];
    if (code !== undefined && code.start === i) {
      i = code.end - 1;
      span++;
      continue;
    }
    const ch = s[i];
    if (ch === '\\') i++;
    else if (ch === '[') brackets.push(i);
    else if (ch === ']' && brackets.length > 0) closeBracket[brackets.pop()!] = i;
    else if (ch === '(') parens.push(i);
    else if (ch === ')' && parens.length > 0) closeParen[parens.pop()!] = i;
  }
  return { closeBracket, closeParen };
}

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** CommonMark's flanking rules, so "snake_case_name" and "5 * 3" keep their characters. */
function delimiterRun(s: string, start: number, end: number, at: number): DelimiterRun {
  const before = start > 0 ? s[start - 1]! : ' ';
  const after = end < s.length ? s[end]! : ' ';
  const beforeSpace = WHITESPACE.test(before);
  const afterSpace = WHITESPACE.test(after);
  const beforePunct = PUNCTUATION.test(before);
  const afterPunct = PUNCTUATION.test(after);
  const leftFlanking = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
  const rightFlanking = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
  const char = s[start]!;
  const underscore = char === '_';
  return {
    at,
    length: end - start,
    char,
    canOpen: underscore ? leftFlanking && (!rightFlanking || beforePunct) : leftFlanking,
    canClose: underscore ? rightFlanking && (!leftFlanking || afterPunct) : rightFlanking,
    matched: false,
  };
}

/** Pairs each closing run with the nearest open run of the same character and length, then drops the pairs. */
function removeMatchedRuns(out: string, runs: DelimiterRun[]): string {
  if (runs.length === 0) return tidySpaces(out);
  const openers = new Map<string, DelimiterRun[]>();
  for (const run of runs) {
    const key = run.char + run.length;
    const stack = openers.get(key);
    if (run.canClose && stack !== undefined && stack.length > 0) {
      stack.pop()!.matched = true;
      run.matched = true;
    } else if (run.canOpen) {
      if (stack === undefined) openers.set(key, [run]);
      else stack.push(run);
    }
  }
  let result = '';
  let pos = 0;
  for (const run of runs) {
    if (!run.matched) continue;
    result += out.slice(pos, run.at);
    pos = run.at + run.length;
  }
  return tidySpaces(result + out.slice(pos));
}

// Removed images, comments and tags leave double spaces ("from  and"); one is enough.
const SPACE_RUN = /[ \t]{2,}/g;

function tidySpaces(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}
