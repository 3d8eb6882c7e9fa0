import { decodeEntities } from './entities.js';
import { LINE_BLOCKS, LineWriter, PARAGRAPH_BLOCKS } from './html-lines.js';

// <p class="x">, </div>, <br/>: name and whether it closes. Attributes are bounded, so a
// stray "<" costs at most one bounded look-ahead.
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]{0,30})(?:[\s/][^<>]{0,4000})?>/y;
/** Elements whose whole content is skipped, up to their closing tag. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'head', 'title', 'nav', 'footer', 'aside', 'header', 'form', 'button', 'select', 'textarea']);

/**
 * HTML → text without building a DOM: the last resort for pages too deeply nested for
 * linkedom (whose parser recurses). One left-to-right pass; block tags become line
 * breaks as in the DOM path, skipped elements are jumped over to their closing tag.
 */
export function stripTags(raw: string): string {
  const out = new LineWriter();
  let cellInRow = false;
  let i = 0;
  while (i < raw.length) {
    const lt = raw.indexOf('<', i);
    const end = lt === -1 ? raw.length : lt;
    if (end > i) out.text(decodeEntities(raw.slice(i, end)));
    if (lt === -1) break;

    if (raw.startsWith('<!--', lt)) {
      const close = raw.indexOf('-->', lt + 4);
      i = close === -1 ? raw.length : close + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const tag = TAG.exec(raw);
    if (tag === null) {
      // "<!doctype …>", "<?xml …?>" or a bare "<" in text.
      const declaration = raw[lt + 1] === '!' || raw[lt + 1] === '?';
      const close = declaration ? raw.indexOf('>', lt) : -1;
      if (declaration) i = close === -1 ? raw.length : close + 1;
      else {
        out.text('<');
        i = lt + 1;
      }
      continue;
    }
    i = TAG.lastIndex;
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();

    if (!closing && SKIPPED.has(name) && !tag[0].endsWith('/>')) {
      const closeTag = new RegExp(`</${name}\\s*>`, 'gi');
      closeTag.lastIndex = i;
      const found = closeTag.exec(raw);
      i = found === null ? raw.length : closeTag.lastIndex;
      continue;
    }
    if (name === 'br') out.lineBreak();
    else if (name === 'tr') {
      cellInRow = false;
      out.blockBreak(1);
    } else if ((name === 'td' || name === 'th') && !closing) {
      if (cellInRow) out.cellSeparator();
      cellInRow = true;
    } else if (PARAGRAPH_BLOCKS.has(name)) out.blockBreak(2);
    else if (LINE_BLOCKS.has(name)) {
      out.blockBreak(1);
      if (name === 'li' && !closing) out.literal('• ');
    }
  }
  return out.finish();
}
