import { extname } from 'node:path';

export type InputFormat = 'text' | 'markdown' | 'html';

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** Sniffing looks at the start of the input only, so it costs the same on any size. */
const SNIFF_CHARS = 65536;

// <p>, </div>, <br/>, <a href=…>: tags that occur in web pages, not in prose or Markdown.
const HTML_TAG = /<\/?(?:html|head|body|p|div|span|a|br|h[1-6]|ul|ol|li|table|tr|td|th|article|section|header|footer|nav|main|aside|script|style|meta|link|img|strong|em|b|i|blockquote|figure|title)\b[^<>]{0,2000}>/gi;
// "# Heading" (ATX), "[text](url)" links, fences, "**bold**", table separator rows.
const MD_HEADING = /^ {0,3}#{1,6}[ \t]+\S/gm;
const MD_LINK = /\[[^\[\]\n]{1,500}\]\([^()\s]{1,2000}\)/g;
const MD_FENCE = /^ {0,3}(?:```|~~~)/gm;
const MD_BOLD = /\*\*[^*\n]{1,200}\*\*/g;
const MD_TABLE_SEPARATOR = /^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*\|/gm;
const MD_FIRST_LINE_HEADING = /^\s*#{1,6}[ \t]+\S/;
// "- item", "* item", "+ item": plain text uses dashes too, so these only add weight.
const MD_BULLET = /^ {0,3}[-*+][ \t]+\S/gm;

/**
 * The input's format: by file extension when it has a known one, else sniffed from
 * the content (HTML by doctype / <html> / many tags, Markdown by its markup, else text).
 */
export function detectFormat(name: string | null, raw: string): InputFormat {
  if (name !== null) {
    const byExtension = FORMAT_BY_EXTENSION[extname(name).toLowerCase()];
    if (byExtension !== undefined) return byExtension;
  }
  return sniffFormat(raw.slice(0, SNIFF_CHARS));
}

function sniffFormat(head: string): InputFormat {
  const start = head.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || (start.startsWith('<?xml') && start.includes('<html'))) {
    return 'html';
  }
  const tags = count(head, HTML_TAG);
  const tableSeparators = count(head, MD_TABLE_SEPARATOR);
  const strongMarkdown = count(head, MD_HEADING) + count(head, MD_LINK) + count(head, MD_FENCE) + tableSeparators + count(head, MD_BOLD);
  // A table separator row or a "# " heading as the first line is enough on its own.
  const decisive = tableSeparators > 0 || MD_FIRST_LINE_HEADING.test(head) ? 3 : 0;
  const markdown = 2 * strongMarkdown + count(head, MD_BULLET) + decisive;
  if (tags >= 5 && tags >= markdown) return 'html';
  if (strongMarkdown >= 1 && markdown >= 3) return 'markdown';
  return 'text';
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
