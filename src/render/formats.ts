import type { Article } from '../schema.js';
import type { RenderOptions } from './options.js';

/** Every --format, the default first. */
export const OUTPUT_FORMATS = ['table', 'json', 'ndjson', 'markdown', 'csv', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export type Renderer = (articles: Article[], opts: RenderOptions & { single: boolean }) => string;

/**
 * The renderer of one format, loaded on demand: a run prints one format, and the table's
 * colours, the CSV writer and the HTML report need not load for JSON (start-up time).
 */
export async function loadRenderer(format: OutputFormat): Promise<Renderer> {
  switch (format) {
    case 'table': {
      const { renderTable } = await import('./table.js');
      return (articles, opts) => renderTable(articles, opts);
    }
    case 'json': {
      const { renderJson } = await import('./json.js');
      return (articles, opts) => renderJson(articles, opts.single);
    }
    case 'ndjson': {
      const { renderNdjsonLine } = await import('./json.js');
      return (articles) => articles.map(renderNdjsonLine).join('');
    }
    case 'markdown': {
      const { renderMarkdown } = await import('./markdown.js');
      return (articles) => renderMarkdown(articles);
    }
    case 'csv': {
      const { renderCsv } = await import('./csv.js');
      return (articles) => renderCsv(articles);
    }
    case 'html': {
      const { renderHtml } = await import('./html.js');
      return (articles) => renderHtml(articles);
    }
  }
}
