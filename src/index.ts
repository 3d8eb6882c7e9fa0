/**
 * newsfacts as a library: `extract(text)` returns the same object that
 * `newsfacts --format json` prints for one article.
 */
import { toPlainText, type InputFormat } from './input/index.js';
import { extractFromPlainText } from './pipeline.js';
import type { Article, ClaimType } from './schema.js';

export { Article as ArticleSchema, Claim as ClaimSchema, Value as ValueSchema, Entity as EntitySchema, CLAIM_TYPES, articleJsonSchema } from './schema.js';
export type { Article, Claim, ClaimType, Entity, Evidence, Modality, Resource, Source, Value } from './schema.js';
export { CLAIM_TYPE_INFO } from './claims/types.js';
// What `check`, `diff` and `conflicts` do, on articles `extract` returned: the CLI is a shell over these.
export { checkArticle, diffArticles, findConflicts, parseExpectation, type CheckOptions, type CheckReport, type ConflictsOptions, type ConflictsReport, type DiffReport, type Expectation } from './check/index.js';

export interface ExtractOptions {
  /** Shown as source.name (default "<text>"). */
  name?: string;
  /** How to read the input: plain text (default), markdown or html. */
  format?: InputFormat;
  /** Only these claim types (default all). */
  types?: readonly ClaimType[];
  /** Include the plain text that offsets index as `text`. */
  withText?: boolean;
}

/** Extract the claims an article makes. Deterministic: the same input gives the same output. */
export function extract(input: string, options: ExtractOptions = {}): Article {
  const format = options.format ?? 'text';
  const plain = toPlainText(input, format);
  return extractFromPlainText(plain.text, {
    name: options.name,
    format,
    types: options.types,
    title: plain.title,
    warnings: plain.warnings,
    withText: options.withText,
  });
}
