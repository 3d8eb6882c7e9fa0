import type { InputFormat } from './format.js';
import { htmlToText } from './html.js';
import { looksEnglish } from './language.js';
import { markdownToText } from './markdown.js';

export interface PlainText {
  text: string;
  title: string | null;
  warnings: string[];
}

/**
 * Decoded input → the plain text that claim offsets index. Text passes through
 * untouched (CRLF, quotes and NBSP included); Markdown and HTML are reduced to their
 * words with one line per block. Adds 'empty input' and the not-English warning.
 */
export function toPlainText(raw: string, format: InputFormat): PlainText {
  let converted: PlainText;
  switch (format) {
    case 'text':
      converted = { text: raw, title: null, warnings: [] };
      break;
    case 'markdown':
      converted = { ...markdownToText(raw), warnings: [] };
      break;
    case 'html':
      converted = htmlToText(raw);
      break;
  }
  const warnings = [...converted.warnings];
  if (converted.text.trim() === '') warnings.push('empty input');
  else if (looksEnglish(converted.text) === false) warnings.push('text does not look like English');
  return { ...converted, warnings };
}
