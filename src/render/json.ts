import type { Article } from '../schema.js';

/** Pretty JSON: one object for a single article when `single`, else an array, in input order. */
export function renderJson(articles: Article[], single: boolean): string {
  const payload = single && articles.length === 1 ? articles[0] : articles;
  return JSON.stringify(payload, null, 2) + '\n';
}

/** One compact JSON object on one line; JSON.stringify escapes any newline inside strings. */
export function renderNdjsonLine(article: Article): string {
  return JSON.stringify(article) + '\n';
}
