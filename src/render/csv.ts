import { stringify } from 'csv-stringify/sync';
import type { Article, Claim } from '../schema.js';

/**
 * The CSV columns, in order. The first sixteen are those of the first release; later ones
 * are added at the end, so a script that reads columns by position keeps working.
 */
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
  'id',
  'value_text',
  'line',
  'round',
  'period',
  'resource',
  'investors',
  'reason',
  'evidence_lines',
  'evidence_all',
  'source_id',
] as const;

type Cell = string | number | boolean;

// OWASP, CSV injection: a cell a spreadsheet would read as a formula ("=HYPERLINK(…)",
// "+1", "-2+3", "@SUM(…)", or one behind a tab or carriage return) starts with a quote instead.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet shows as text, never runs. Numbers and booleans are written as they are. */
function safe(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function claimRow(article: Article, claim: Claim): Cell[] {
  const v = claim.value;
  const ev = claim.evidence[0];
  return [
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
    claim.id,
    v?.text ?? '',
    ev?.line ?? '',
    claim.round ?? '',
    claim.period ?? '',
    claim.resource ?? '',
    (claim.investors ?? []).join('; '),
    claim.reason ?? '',
    claim.evidence.map((e) => e.line).join('; '),
    // every statement of the claim, one per line of the cell, in text order
    claim.evidence.map((e) => e.text.replace(/\r\n?|\n/g, ' ')).join('\n'),
    article.source.id ?? '',
  ].map(safe);
}

const OPTIONS = {
  record_delimiter: '\r\n',
  cast: { boolean: (b: boolean) => (b ? 'true' : 'false'), number: (n: number) => String(n) },
} as const;

/** The header row. */
export function renderCsvHeader(): string {
  return stringify([[...CSV_COLUMNS]], OPTIONS);
}

/** One row per claim of one article (RFC 4180, empty cell for null). */
export function renderCsvRows(article: Article): string {
  return article.claims.length ? stringify(article.claims.map((claim) => claimRow(article, claim)), OPTIONS) : '';
}

/** RFC 4180: a header row, then one row per claim across all articles. */
export function renderCsv(articles: Article[]): string {
  return renderCsvHeader() + articles.map(renderCsvRows).join('');
}
