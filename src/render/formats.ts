import type { Article } from '../schema.js';
import type { RenderOptions } from './options.js';

/** Every --format, the default first. */
export const OUTPUT_FORMATS = ['table', 'json', 'ndjson', 'markdown', 'csv', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * Output written as articles come: `next` gives what to print for one more article (table,
 * markdown, csv and ndjson print it at once; json and html, one document, print nothing
 * until `end`).
 */
export interface OutputStream {
  next(article: Article): string;
  end(): string;
}

/** Each article printed as soon as it is done; `index` counts from 0. */
function perArticle(print: (article: Article, index: number) => string): OutputStream {
  let index = 0;
  return { next: (article) => print(article, index++), end: () => '' };
}

/** One document for the whole batch, printed at the end. */
function whole(print: (articles: Article[]) => string): OutputStream {
  const all: Article[] = [];
  return {
    next: (article) => {
      all.push(article);
      return '';
    },
    end: () => print(all),
  };
}

/**
 * The output of one format, its renderer loaded on demand: a run prints one format, and the
 * table's colours, the CSV writer and the HTML report need not load for JSON (start-up time).
 */
export async function openOutput(format: OutputFormat, opts: RenderOptions & { single: boolean }): Promise<OutputStream> {
  switch (format) {
    case 'table': {
      const { renderTable } = await import('./table.js');
      return perArticle((article) => renderTable([article], opts));
    }
    case 'json': {
      const { renderJson } = await import('./json.js');
      return whole((articles) => renderJson(articles, opts.single));
    }
    case 'ndjson': {
      const { renderNdjsonLine } = await import('./json.js');
      return perArticle(renderNdjsonLine);
    }
    case 'markdown': {
      const { renderMarkdown } = await import('./markdown.js');
      return perArticle((article, i) => (i ? '\n' : '') + renderMarkdown([article], opts));
    }
    case 'csv': {
      const { renderCsvHeader, renderCsvRows } = await import('./csv.js');
      return perArticle((article, i) => (i ? '' : renderCsvHeader()) + renderCsvRows(article));
    }
    case 'html': {
      const { renderHtml } = await import('./html.js');
      return whole((articles) => (articles.length ? renderHtml(articles, opts) : ''));
    }
  }
}
