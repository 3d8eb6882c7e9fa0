import { CDATA, type DomNode, ELEMENT, TEXT } from './html-dom.js';

const ASCII_SPACE = /[ \t\n\r\f]+/g;

/** Elements whose content is never article text. */
const ALWAYS_SKIPPED = [
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'video', 'audio', 'img', 'picture', 'source', 'map', 'head', 'title', 'meta', 'link',
  'nav', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'input', 'dialog',
];
/** Inside Readability's article the <header> holds the headline and dek, so it stays. */
export const MAIN_ARTICLE = new Set(ALWAYS_SKIPPED);
/** On a whole page the <header> is the site's masthead. */
export const WHOLE_PAGE = new Set([...ALWAYS_SKIPPED, 'header']);

/** Blocks separated from their neighbours by a blank line. */
export const PARAGRAPH_BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table',
  'figure', 'hr', 'address', 'article', 'section', 'main', 'header', 'details', 'fieldset',
]);
/** Blocks that start a new line but not a new paragraph. */
export const LINE_BLOCKS = new Set(['div', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'legend', 'center']);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function isHidden(el: DomNode): boolean {
  if (el.hasAttribute?.('hidden')) return true;
  if (el.getAttribute?.('aria-hidden') === 'true') return true;
  const style = el.getAttribute?.('style');
  return style !== null && style !== undefined && HIDDEN_STYLE.test(style);
}

type Frame = { node: DomNode; exit: false } | { node: DomNode; exit: true; name: string };

/**
 * Depth-first walk with an explicit stack (deeply nested pages must not overflow the
 * call stack), writing text into a LineWriter.
 */
export function flatten(root: DomNode, skipped: Set<string>): string {
  const out = new LineWriter();
  const olCounters = new Map<DomNode, number>();
  let preDepth = 0;
  let cellDepth = 0;
  const stack: Frame[] = [{ node: root, exit: false }];

  while (stack.length > 0) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (frame.exit) {
      if (frame.name === 'pre') preDepth--;
      if (frame.name === 'td' || frame.name === 'th') cellDepth--;
      closeElement(out, frame.name, cellDepth);
      continue;
    }
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const value = node.nodeValue ?? '';
      if (preDepth > 0 && cellDepth === 0) out.verbatim(value);
      else out.text(value);
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const name = (node.localName ?? '').toLowerCase();
    if (skipped.has(name) || isHidden(node)) continue;

    openElement(out, node, name, cellDepth, olCounters);
    if (name === 'pre') preDepth++;
    if (name === 'td' || name === 'th') cellDepth++;
    stack.push({ node, exit: true, name });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  return out.finish();
}

function openElement(out: LineWriter, el: DomNode, name: string, cellDepth: number, olCounters: Map<DomNode, number>): void {
  if (cellDepth > 0) {
    // Inside a table cell every block boundary is a space, so a row stays one line.
    if (name === 'br' || PARAGRAPH_BLOCKS.has(name) || LINE_BLOCKS.has(name)) out.text(' ');
    return;
  }
  if (name === 'br') return out.lineBreak();
  if (name === 'td' || name === 'th') {
    const prev = el.previousElementSibling;
    if (prev !== null && prev !== undefined && (prev.localName === 'td' || prev.localName === 'th')) out.cellSeparator();
    return;
  }
  if (PARAGRAPH_BLOCKS.has(name)) out.blockBreak(2);
  else if (LINE_BLOCKS.has(name)) out.blockBreak(1);
  if (name === 'li') out.literal(listMarker(el, olCounters));
}

function closeElement(out: LineWriter, name: string, cellDepth: number): void {
  if (cellDepth > 0) {
    if (PARAGRAPH_BLOCKS.has(name) || LINE_BLOCKS.has(name)) out.text(' ');
    return;
  }
  if (PARAGRAPH_BLOCKS.has(name)) out.blockBreak(2);
  else if (LINE_BLOCKS.has(name)) out.blockBreak(1);
}

/** "• " under <ul>, "3. " under <ol> (honouring start=), the same markers Markdown gets. */
function listMarker(li: DomNode, olCounters: Map<DomNode, number>): string {
  const list = li.parentNode;
  if (list === null || list.localName !== 'ol') return '• ';
  const start = Number.parseInt(list.getAttribute?.('start') ?? '1', 10);
  const n = (olCounters.get(list) ?? (Number.isFinite(start) ? start : 1) - 1) + 1;
  olCounters.set(list, n);
  return `${n}. `;
}

/**
 * Collects text into lines: whitespace runs collapse to one space, lines are trimmed,
 * and breaks are deferred until the next text so that block boundaries never produce
 * more than one blank line, nor any at the start or end.
 */
export class LineWriter {
  private readonly lines: string[] = [];
  private line = '';
  private pendingSpace = false;
  /** 0: none, 1: new line, 2: blank line. */
  private pendingBreak = 0;

  text(value: string): void {
    const parts = value.split(ASCII_SPACE);
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) this.pendingSpace = true;
      if (parts[i] !== '') this.literal(parts[i]!);
    }
  }

  /** Preformatted text: its own line breaks are kept. */
  verbatim(value: string): void {
    const lines = value.split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) this.lineBreak();
      if (lines[i] !== '') this.literal(lines[i]!.replace(/\t/g, ' '), true);
    }
  }

  /** Cell boundary within a table row. */
  cellSeparator(): void {
    this.literal('|');
    this.line = `${this.line.slice(0, -1).trimEnd()} | `;
  }

  /** Appends text as is (after any pending break); only leading space on a new line goes, unless `keepIndent`. */
  literal(value: string, keepIndent = false): void {
    if (this.pendingBreak > 0) {
      if (this.line !== '' || this.lines.length > 0) {
        this.lines.push(this.line.trimEnd());
        if (this.pendingBreak === 2) this.lines.push('');
      }
      this.line = '';
      this.pendingBreak = 0;
      this.pendingSpace = false;
    }
    if (this.pendingSpace && this.line !== '' && !this.line.endsWith(' ')) this.line += ' ';
    this.pendingSpace = false;
    this.line += this.line === '' && !keepIndent ? value.trimStart() : value;
  }

  /** `<br>`: a second one in a row makes a blank line. */
  lineBreak(): void {
    this.pendingBreak = this.pendingBreak === 0 ? 1 : 2;
  }

  blockBreak(level: 1 | 2): void {
    if (level > this.pendingBreak) this.pendingBreak = level;
  }

  finish(): string {
    if (this.line.trim() !== '') this.lines.push(this.line.trimEnd());
    while (this.lines.length > 0 && this.lines[this.lines.length - 1] === '') this.lines.pop();
    return this.lines.join('\n');
  }
}

// "ADVERTISEMENT", "Story continues below advertisement": labels of ad slots, alone on their line.
const AD_LABEL_LINE = /^(?:advertisement|advertising|sponsored|sponsored content|story continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?)$/i;

/** Drops ad-slot labels left alone on a line, and the blank lines they leave behind. */
export function dropLabelLines(text: string): string {
  if (text === '') return text;
  const lines = text.split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    if (AD_LABEL_LINE.test(line.trim())) continue;
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}
