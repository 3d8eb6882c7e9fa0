import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The slice of the DOM this module reads; linkedom's nodes provide it. */
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  localName?: string;
  previousElementSibling?: DomNode | null;
  outerHTML?: string;
  textContent?: string | null;
  isConnected?: boolean;
  getAttribute?(name: string): string | null;
  hasAttribute?(name: string): boolean;
  remove?(): void;
}

interface DomDocument {
  documentElement: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  body: DomNode | null;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

export interface HtmlText {
  text: string;
  title: string | null;
  warnings: string[];
}

/**
 * HTML → the article's plain text: Readability picks the main article (dropping
 * navigation, related-story boxes, ads and footers), then its DOM is flattened with
 * block boundaries kept as line breaks. The headline, which Readability moves out of
 * the body, is put back as the first line. Pages where Readability finds nothing
 * fall back to the body text without scripts, navigation, headers, footers and asides.
 */
export function htmlToText(raw: string): HtmlText {
  const document = parseDocument(raw);
  const title = pageTitle(document);
  const warnings: string[] = [];
  removeBoilerplate(document);

  const article = readArticle(document);
  if (article !== null) {
    const body = dropLabelLines(flatten(article.content, MAIN_ARTICLE));
    const headline = collapseSpaces(article.title ?? '');
    const text = headline !== '' && !body.startsWith(headline) ? (body === '' ? headline : `${headline}\n\n${body}`) : body;
    return { text, title, warnings };
  }

  // Readability changes the document it reads, so the fallback parses again.
  const page = parseDocument(raw);
  removeBoilerplate(page);
  const text = page.body === null ? '' : dropLabelLines(flatten(page.body, WHOLE_PAGE));
  if (text !== '') warnings.push('no main article found in HTML; using all page text');
  return { text, title, warnings };
}

function readArticle(document: DomDocument): { content: DomNode; title: string | null } | null {
  try {
    // The serializer hands back the article's DOM node, so block structure survives.
    const reader = new Readability<DomNode>(document as never, { serializer: (node: unknown) => node as DomNode });
    const parsed = reader.parse();
    if (parsed === null || parsed.content === null || parsed.content === undefined) return null;
    return { content: parsed.content, title: parsed.title ?? null };
  } catch {
    return null; // Readability trips over some malformed pages; the fallback still reads them
  }
}

/** `<title>`, else og:title, whitespace collapsed; null when the page has neither. */
function pageTitle(document: DomDocument): string | null {
  const fromTitle = collapseSpaces(document.querySelector('title')?.textContent ?? '');
  if (fromTitle !== '') return fromTitle;
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute?.('content') ?? '';
  const fromOg = collapseSpaces(og);
  return fromOg === '' ? null : fromOg;
}

// Class / id words of page furniture that Readability can keep when it sits beside the
// article ("ad-leaderboard", "newsletter-signup", "related-stories", "share-bar").
const BOILERPLATE_WORDS = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'promo', 'promoted',
  'newsletter', 'signup', 'subscribe', 'subscription', 'paywall', 'related', 'recommended',
  'recirc', 'recirculation', 'popular', 'trending', 'sidebar', 'share', 'sharing', 'social',
  'sponsor', 'sponsored', 'outbrain', 'taboola', 'comments', 'cookie', 'cookies', 'consent',
  'breadcrumb', 'breadcrumbs', 'newsletters',
]);
// ARIA landmarks that are never the article: site header, menus, sidebars, footer.
const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'complementary', 'contentinfo', 'search', 'dialog', 'alertdialog']);
/** An element holding more than this share of the page's text is the article itself, whatever its class says. */
const MAX_BOILERPLATE_SHARE = 0.4;
const CLASS_WORD_SEPARATORS = /[\s_-]+/;

/**
 * Removes ads, newsletter boxes, related-story lists and share bars before Readability
 * runs: Readability judges by text density, and a short promo with a full stop next to
 * the article can pass as one of its paragraphs.
 */
function removeBoilerplate(document: DomDocument): void {
  const pageText = document.body?.textContent?.length ?? 0;
  for (const el of Array.from(document.querySelectorAll('[class], [id], [role]'))) {
    if (el.isConnected === false || !looksLikeBoilerplate(el)) continue;
    if ((el.textContent?.length ?? 0) > pageText * MAX_BOILERPLATE_SHARE) continue;
    el.remove?.();
  }
}

function looksLikeBoilerplate(el: DomNode): boolean {
  const role = el.getAttribute?.('role');
  if (role !== null && role !== undefined && BOILERPLATE_ROLES.has(role.trim().toLowerCase())) return true;
  const names = `${el.getAttribute?.('class') ?? ''} ${el.getAttribute?.('id') ?? ''}`.toLowerCase();
  return names.split(CLASS_WORD_SEPARATORS).some((word) => BOILERPLATE_WORDS.has(word));
}

// "ADVERTISEMENT", "Story continues below advertisement": labels of ad slots, alone on their line.
const AD_LABEL_LINE = /^(?:advertisement|advertising|sponsored|sponsored content|story continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?)$/i;

function dropLabelLines(text: string): string {
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

const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'base', 'style']);

/**
 * linkedom builds no implied <html>/<head>/<body> (a fragment like "<p>…</p>" becomes the
 * root itself), but Readability needs them. Pages that lack them are rebuilt as a
 * complete document; well-formed pages are used as parsed.
 */
function parseDocument(raw: string): DomDocument {
  const { document } = parseHTML(raw) as unknown as { document: DomDocument };
  const root = document.documentElement;
  if (root !== null && root.localName === 'html' && hasChild(root, 'head') && hasChild(root, 'body')) return document;

  const top = root !== null && root.localName === 'html' ? root.childNodes : document.childNodes;
  let head = '';
  let body = '';
  for (const node of Array.from(top)) {
    if (node.nodeType === ELEMENT) {
      const name = node.localName ?? '';
      if (name === 'head' || HEAD_ELEMENTS.has(name)) head += name === 'head' ? innerHtml(node) : (node.outerHTML ?? '');
      else body += name === 'body' ? innerHtml(node) : (node.outerHTML ?? '');
    } else if (node.nodeType === TEXT || node.nodeType === CDATA) {
      body += escapeText(node.nodeValue ?? '');
    }
  }
  return (parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`) as unknown as { document: DomDocument }).document;
}

function hasChild(node: DomNode, name: string): boolean {
  return Array.from(node.childNodes).some((c) => c.nodeType === ELEMENT && c.localName === name);
}

function innerHtml(node: DomNode): string {
  return Array.from(node.childNodes)
    .map((c) => (c.nodeType === ELEMENT ? (c.outerHTML ?? '') : c.nodeType === TEXT ? escapeText(c.nodeValue ?? '') : ''))
    .join('');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ASCII_SPACE = /[ \t\n\r\f]+/g;

function collapseSpaces(text: string): string {
  return text.replace(ASCII_SPACE, ' ').trim();
}

// ---------------------------------------------------------------------------
// Flattening a DOM subtree into lines

/** Elements whose content is never article text. */
const ALWAYS_SKIPPED = [
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'video', 'audio', 'img', 'picture', 'source', 'map', 'head', 'title', 'meta', 'link',
  'nav', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'input', 'dialog',
];
/** Inside Readability's article the <header> holds the headline and dek, so it stays. */
const MAIN_ARTICLE = new Set(ALWAYS_SKIPPED);
/** On a whole page the <header> is the site's masthead. */
const WHOLE_PAGE = new Set([...ALWAYS_SKIPPED, 'header']);

/** Blocks separated from their neighbours by a blank line. */
const PARAGRAPH_BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table',
  'figure', 'hr', 'address', 'article', 'section', 'main', 'header', 'details', 'fieldset',
]);
/** Blocks that start a new line but not a new paragraph. */
const LINE_BLOCKS = new Set(['div', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'legend', 'center']);

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
function flatten(root: DomNode, skipped: Set<string>): string {
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
    if (prev !== null && prev !== undefined && (prev.localName === 'td' || prev.localName === 'th')) out.literal(' | ');
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
class LineWriter {
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
      if (lines[i] !== '') this.literal(lines[i]!.replace(/\t/g, ' '));
    }
  }

  literal(value: string): void {
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
    this.line += this.line === '' ? value.trimStart() : value;
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
