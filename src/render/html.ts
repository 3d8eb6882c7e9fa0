import type { Article } from '../schema.js';

/** One self-contained HTML page for all articles. */
export function renderHtml(articles: Article[]): string {
  return `<!doctype html>\n<meta charset="utf-8">\n<title>newsfacts</title>\n<p>${articles.length} articles</p>\n`;
}
