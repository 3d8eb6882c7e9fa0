import { createRequire } from 'node:module';

// Readability is loaded on the first HTML page, not at start-up.
const require = createRequire(import.meta.url);
let readability: typeof import('@mozilla/readability') | null = null;
const readabilityModule = () => (readability ??= require('@mozilla/readability') as typeof import('@mozilla/readability'));
import { collapseSpaces, type DomDocument, type DomNode, parseDocument, treeDepth } from './html-dom.js';
import { dropLabelLines, flatten, MAIN_ARTICLE, WHOLE_PAGE } from './html-lines.js';
import { stripTags } from './html-strip.js';

export interface HtmlText {
  text: string;
  title: string | null;
  warnings: string[];
}

/**
 * Readability's cost grows steeply with nesting depth (seconds at 500 levels, a minute
 * at 2000); real article pages stay well under 100.
 */
const MAX_READABILITY_DEPTH = 200;

/**
 * HTML → the article's plain text: Readability picks the main article (dropping
 * navigation, related-story boxes, ads and footers), then its DOM is flattened with
 * block boundaries kept as line breaks. The headline, which Readability moves out of
 * the body, is put back as the first line. Pages where Readability finds nothing
 * fall back to the body text without scripts, navigation, headers, footers and asides.
 */
export function htmlToText(raw: string): HtmlText {
  try {
    return readWithDom(raw);
  } catch (err) {
    // linkedom recurses per nesting level; thousands of unclosed tags overflow the stack.
    if (!(err instanceof RangeError)) throw err;
    return { text: dropLabelLines(stripTags(raw)), title: null, warnings: ['HTML too deeply nested to parse; tags stripped instead'] };
  }
}

function readWithDom(raw: string): HtmlText {
  const document = parseDocument(raw);
  const title = pageTitle(document);
  const tooDeep = document.documentElement !== null && treeDepth(document.documentElement) > MAX_READABILITY_DEPTH;
  removeBoilerplate(document);

  const article = tooDeep ? null : readArticle(document);
  if (article !== null) {
    const body = dropLabelLines(flatten(article.content, MAIN_ARTICLE));
    const headline = collapseSpaces(article.title ?? '');
    const firstLine = body.slice(0, body.indexOf('\n') === -1 ? body.length : body.indexOf('\n'));
    const text = headline === '' || firstLine === headline ? body : body === '' ? headline : `${headline}\n\n${body}`;
    return { text, title, warnings: [] };
  }

  // Readability changes the document it reads, so the fallback parses again.
  const page = tooDeep ? document : parseDocument(raw);
  if (!tooDeep) removeBoilerplate(page);
  const text = page.body === null ? '' : dropLabelLines(flatten(page.body, WHOLE_PAGE));
  const warnings: string[] = [];
  if (tooDeep) warnings.push('HTML too deeply nested for article detection; using all page text');
  else if (text !== '') warnings.push('no main article found in HTML; using all page text');
  return { text, title, warnings };
}

function readArticle(document: DomDocument): { content: DomNode; title: string | null } | null {
  try {
    // The serializer hands back the article's DOM node, so block structure survives.
    const reader = new (readabilityModule().Readability)<DomNode>(document as never, { serializer: (node: unknown) => node as DomNode });
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
