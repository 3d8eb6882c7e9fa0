import { stringify } from 'csv-stringify/sync';
import type { Article } from '../schema.js';

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'type',
  'subject',
  'counterparty',
  'amount',
  'min',
  'max',
  'currency',
  'unit',
  'approximate',
  'modality',
  'attribution',
  'confidence',
  'evidence',
  'start',
  'end',
  'source',
] as const;

/** RFC 4180: a header row, then one row per claim across all articles; empty cell for null. */
export function renderCsv(articles: Article[]): string {
  const rows: Array<Array<string | number | boolean>> = [[...CSV_COLUMNS]];
  for (const article of articles) {
    for (const claim of article.claims) {
      const v = claim.value;
      const ev = claim.evidence[0];
      rows.push([
        claim.type,
        claim.subject,
        claim.counterparty ?? '',
        v?.amount ?? '',
        v?.min ?? '',
        v?.max ?? '',
        v?.currency ?? '',
        v?.unit ?? '',
        v ? v.approximate : '',
        claim.modality,
        claim.attribution ?? '',
        claim.confidence,
        ev?.text ?? '',
        ev?.start ?? '',
        ev?.end ?? '',
        article.source.name,
      ]);
    }
  }
  return stringify(rows, {
    record_delimiter: '\r\n',
    cast: { boolean: (b) => (b ? 'true' : 'false'), number: (n) => String(n) },
  });
}
