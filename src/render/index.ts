import type { Article } from '../schema.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson, renderNdjsonLine } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { RenderOptions } from './options.js';
import { renderTable } from './table.js';

export type { RenderOptions } from './options.js';
export { formatValue } from './value.js';
export { renderNdjsonLine } from './json.js';

export { OUTPUT_FORMATS, openOutput, type OutputFormat, type OutputStream } from './formats.js';
import type { OutputFormat } from './formats.js';

/**
 * The whole output for a batch of articles. json is one object when there is one article
 * and `single` is set, else an array. Every result ends with '\n'.
 */
export function render(articles: Article[], format: OutputFormat, opts: RenderOptions & { single: boolean }): string {
  switch (format) {
    case 'table':
      return renderTable(articles, opts);
    case 'json':
      return renderJson(articles, opts.single);
    case 'ndjson':
      return articles.map(renderNdjsonLine).join('');
    case 'markdown':
      return renderMarkdown(articles, opts);
    case 'csv':
      return renderCsv(articles);
    case 'html':
      return renderHtml(articles, opts);
  }
}
