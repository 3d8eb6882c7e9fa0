import chalk, { Chalk, type ChalkInstance } from 'chalk';
import type { Article, Claim } from '../schema.js';
import type { RenderOptions } from './options.js';
import { TYPE_COLORS } from './palette.js';
import { StyledText, type Style } from './styled.js';
import { graphemes, padEnd, sanitizeInline, stringWidth } from './width.js';
import { evidenceLines } from './evidence-lines.js';
import { formatValue } from './value.js';

const ROW_INDENT = 4;
const SUBJECT_INDENT = 2;
const GAP = 2;
const QUOTE_LINES = 3;
/** Below this the quote moves under its row instead of sharing the line. */
const MIN_QUOTE_COLUMN = 24;
const DEFAULT_WIDTH = 100;
const MIN_WIDTH = 8;

interface Column {
  /** Header labels, longest first; the longest that fits is shown. */
  labels: string[];
  width: number;
  comfortable: number;
  min: number;
}

interface Painter {
  c: ChalkInstance;
  type(claim: Claim): Style;
}

/** The table for journalists: per article a header, then claims grouped by subject. */
export function renderTable(articles: Article[], opts: RenderOptions): string {
  const c = new Chalk({ level: opts.color ? chalk.level || 1 : 0 });
  const paint: Painter = { c, type: (claim) => (s) => c[TYPE_COLORS[claim.type].terminal](s) };
  // Narrower than MIN_WIDTH is not a terminal anyone reads; lines then may exceed it.
  const width = Number.isFinite(opts.width) && opts.width > 0 ? Math.max(MIN_WIDTH, Math.floor(opts.width)) : DEFAULT_WIDTH;
  // One set of column widths for every article, so a batch reads as one aligned table.
  const claims = articles.flatMap((a) => a.claims);
  const all = claims.map((claim) => claimCells(claim, paint));
  // A column with nothing in it (modality, when every claim is a plain assertion) is left out.
  const shown = COLUMN_SPECS.map((spec, k) => !spec.optional || all.some((row) => row[k]!.width > 0));
  const cells = new Map(claims.map((claim, i) => [claim, all[i]!.filter((_, k) => shown[k])]));
  const specs = COLUMN_SPECS.filter((_, k) => shown[k]);
  const quoteNatural = Math.max(0, ...claims.map((claim) => stringWidth(sanitizeInline(claim.evidence[0]?.text ?? '')) + 2));
  const columns = claims.length ? sizeColumns(specs, [...cells.values()], quoteNatural, width) : null;
  const blocks = articles.map((article) => renderArticle(article, { width, explain: opts.explain, paint, cells, columns }));
  return blocks.join('\n') + '\n';
}

interface Layout {
  width: number;
  explain: boolean;
  paint: Painter;
  cells: Map<Claim, StyledText[]>;
  /** null: too narrow for columns, claims are stacked. */
  columns: Column[] | null;
}

function renderArticle(article: Article, { width, explain, paint, cells: cellsOf, columns }: Layout): string {
  const { c } = paint;
  const lines: string[] = [];
  const n = article.claims.length;
  const header = new StyledText(sanitizeInline(article.source.name), (s) => c.bold(s));
  const title = article.source.title ? sanitizeInline(article.source.title) : '';
  if (title) header.append(`  ${title}`);
  header.append(`  ${countOf(n)}`, (s) => c.dim(s));
  lines.push(...unglue(header.wrap(width, 2)));
  lines.push(c.dim('─'.repeat(width)));

  for (const warning of article.warnings) {
    const text = new StyledText(`⚠ ${sanitizeInline(warning)}`, (s) => c.yellow(s));
    lines.push(...text.wrap(width - SUBJECT_INDENT).map((l) => ' '.repeat(SUBJECT_INDENT) + l));
  }
  if (n === 0) {
    lines.push(...new StyledText('no claims found', (s) => c.dim(s)).wrap(width - SUBJECT_INDENT).map((l) => ' '.repeat(SUBJECT_INDENT) + l));
    return lines.join('\n') + '\n';
  }

  if (columns) {
    const quoteWidth = width - ROW_INDENT - columns.reduce((sum, col) => sum + col.width + GAP, 0);
    const beside = quoteWidth >= MIN_QUOTE_COLUMN;
    const labels = columns.map((col) => c.dim(col.labels.find((l) => l.length <= col.width) ?? col.labels[col.labels.length - 1]!));
    if (beside) labels.push(c.dim('evidence'));
    lines.push(joinRow(labels.map((l) => [l]), columns, ROW_INDENT)[0]!);
    for (const [subject, claims] of groupBySubject(article.claims)) {
      lines.push(...subjectHeader(subject, claims.length, width, paint));
      for (const claim of claims) {
        if (!beside && claim !== claims[0]) lines.push('');
        const cells = cellsOf.get(claim)!.map((cell, k) => cell.wrap(columns[k]!.width, CELL_LINES));
        if (beside) {
          cells.push(quoteLines(claim, quoteWidth, paint));
          lines.push(...joinRow(cells, columns, ROW_INDENT));
        } else {
          lines.push(...joinRow(cells, columns, ROW_INDENT));
          const under = ROW_INDENT + 2;
          lines.push(...quoteLines(claim, width - under, paint).map((l) => ' '.repeat(under) + l));
        }
        if (explain) lines.push(...reasonLines(claim, width, paint));
      }
    }
  } else {
    // Too narrow for columns: each claim as a short stack of wrapped lines.
    for (const [subject, claims] of groupBySubject(article.claims)) {
      lines.push(...subjectHeader(subject, claims.length, width, paint));
      for (const claim of claims) lines.push(...stackedClaim(claim, width, paint), ...(explain ? reasonLines(claim, width, paint) : []));
    }
  }
  return lines.join('\n') + '\n';
}

/** type, counterparty, value, modality, confidence: the cells left of the quote. */
function claimCells(claim: Claim, paint: Painter): StyledText[] {
  const { c } = paint;
  const counterparty = claim.counterparty ? sanitizeInline(claim.counterparty) : '';
  return [
    new StyledText(claim.type, paint.type(claim)),
    counterparty ? new StyledText(counterparty) : new StyledText('—', (s) => c.dim(s)),
    new StyledText(formatValue(claim.value), (s) => c.bold(s)),
    modalityCell(claim, paint),
    new StyledText(claim.confidence.toFixed(2), claim.confidence < 0.5 ? (s) => c.dim(s) : undefined),
  ];
}

const MODALITY_MARKERS: Record<Claim['modality'], string> = {
  asserted: '',
  reported: 'reported',
  hedged: '? hedged',
  conditional: 'if …',
  negated: '✗ negated',
};

function modalityCell(claim: Claim, paint: Painter): StyledText {
  const { c } = paint;
  const marker = MODALITY_MARKERS[claim.modality];
  const style: Style | undefined =
    claim.modality === 'reported' ? (s) => c.dim(s) : claim.modality === 'negated' ? (s) => c.red(s) : claim.modality === 'asserted' ? undefined : (s) => c.yellow(s);
  const cell = new StyledText(marker, style);
  if (claim.attribution) cell.append(`${marker ? ' ' : ''}per ${sanitizeInline(claim.attribution)}`, (s) => c.dim(s));
  return cell;
}

// Per column: header labels from longest to shortest; widest useful width; the width it
// shrinks to while the quote column is below its preferred width; the narrowest before it
// is unreadable (null: never shrink, so a claim type or value never wraps).
// An optional column is dropped when all its cells are empty.
interface ColumnSpec {
  labels: string[];
  cap: number;
  comfortable: number | null;
  min: number | null;
  optional?: boolean;
}
const COLUMN_SPECS: ColumnSpec[] = [
  { labels: ['type'], cap: 14, comfortable: null, min: null },
  { labels: ['counterparty', 'with'], cap: 24, comfortable: 12, min: 6 },
  { labels: ['value'], cap: 16, comfortable: null, min: null },
  { labels: ['modality'], cap: 30, comfortable: 15, min: 8, optional: true },
  { labels: ['conf'], cap: 4, comfortable: null, min: null },
];
/** The quote column wants this much before other columns give up their comfort. */
const PREFERRED_QUOTE_COLUMN = 60;
const CELL_LINES = 3;

/**
 * Column widths sized to content, then shrunk (their cells wrap) in two passes: to a
 * comfortable width while the quote column is under its preferred width, then to the minimum
 * while it is under MIN_QUOTE_COLUMN. Null when even the quote-under-row layout cannot fit.
 */
function sizeColumns(specs: ColumnSpec[], rows: StyledText[][], quoteNatural: number, width: number): Column[] | null {
  const columns = specs.map((spec, k) => {
    const natural = Math.max(...rows.map((r) => r[k]!.width));
    const shortest = spec.labels[spec.labels.length - 1]!.length;
    const w = Math.max(shortest, Math.min(natural, spec.cap));
    // A column never shrinks below its longest word (and a "…" after it, should the cell be
    // cut there): a cell wraps between words, never inside one.
    const word = Math.min(w, 1 + Math.max(...rows.map((r) => longestWord(r[k]!))));
    const floor = (limit: number | null) => (limit === null ? w : Math.min(w, Math.max(shortest, word, limit)));
    return { labels: spec.labels, width: w, comfortable: floor(spec.comfortable), min: floor(spec.min) };
  });
  const fixed = () => columns.reduce((sum, col) => sum + col.width + GAP, 0);
  const room = () => width - ROW_INDENT - fixed();
  // Shrink the widest shrinkable column one cell at a time: the layout degrades evenly.
  const shrinkUntil = (ok: () => boolean, limit: (col: Column) => number) => {
    while (!ok()) {
      const candidates = columns.filter((col) => col.width > limit(col));
      if (candidates.length === 0) return false;
      candidates.reduce((a, b) => (b.width > a.width ? b : a)).width--;
    }
    return true;
  };
  const preferred = Math.max(MIN_QUOTE_COLUMN, Math.min(PREFERRED_QUOTE_COLUMN, quoteNatural));
  shrinkUntil(() => room() >= preferred, (col) => col.comfortable);
  if (shrinkUntil(() => room() >= MIN_QUOTE_COLUMN, (col) => col.min)) return columns;
  // Quote goes under the row; the other columns must still fit on one line.
  if (room() + GAP >= 0) return columns;
  return null;
}

/** Cells of the widest word of a cell. */
function longestWord(text: StyledText): number {
  let longest = 0;
  let run = 0;
  text.chars.forEach((ch, i) => {
    run = ch === ' ' ? 0 : run + text.widths[i]!;
    longest = Math.max(longest, run);
  });
  return longest;
}

function joinRow(cells: string[][], columns: Column[], indent: number): string[] {
  const height = Math.max(...cells.map((c) => c.length));
  const out: string[] = [];
  for (let i = 0; i < height; i++) {
    const parts = cells.map((cell, k) => (k < columns.length && k < cells.length - 1 ? padEnd(cell[i] ?? '', columns[k]!.width) : (cell[i] ?? '')));
    out.push((' '.repeat(indent) + parts.join(' '.repeat(GAP))).trimEnd());
  }
  return out;
}

/** "· 3 claims", glued with no-break spaces so a wrap never pulls it apart. */
function countOf(n: number): string {
  return `·\u00a0${n}\u00a0${n === 1 ? 'claim' : 'claims'}`;
}

/** Back to plain spaces once wrapped (same width), for headers that copy-paste cleanly. */
function unglue(lines: string[]): string[] {
  return lines.map((l) => l.replace(/\u00a0/g, ' '));
}

function subjectHeader(subject: string, count: number, width: number, paint: Painter): string[] {
  const { c } = paint;
  const text = new StyledText(sanitizeInline(subject) || '(no subject)', (s) => c.bold(s));
  text.append(`  ${countOf(count)}`, (s) => c.dim(s));
  return unglue(text.wrap(width - SUBJECT_INDENT, 2)).map((l) => ' '.repeat(SUBJECT_INDENT) + l);
}

/** Subjects in order of their first evidence; claims within a subject likewise. */
function groupBySubject(claims: Claim[]): Map<string, Claim[]> {
  const firstStart = (claim: Claim) => Math.min(...claim.evidence.map((e) => e.start));
  const sorted = claims.map((claim, i) => ({ claim, i })).sort((a, b) => firstStart(a.claim) - firstStart(b.claim) || a.i - b.i);
  const groups = new Map<string, Claim[]>();
  for (const { claim } of sorted) {
    const list = groups.get(claim.subject);
    if (list) list.push(claim);
    else groups.set(claim.subject, [claim]);
  }
  return groups;
}

/**
 * The first evidence quote, value words highlighted, wrapped into at most QUOTE_LINES lines
 * of `width`; a longer quote is cropped to a window around the value, with "…" at the cuts.
 */
function quoteLines(claim: Claim, width: number, paint: Painter): string[] {
  const { c } = paint;
  const quote = new StyledText(sanitizeInline(claim.evidence[0]?.text ?? ''));
  const valueText = claim.value ? sanitizeInline(claim.value.text) : '';
  let hlStart = valueText ? quote.find(valueText) : -1;
  let hlEnd = hlStart < 0 ? -1 : hlStart + graphemes(valueText).length;
  if (hlStart < 0) hlStart = hlEnd = 0;
  const suffix = ' ' + evidenceLines(claim, '\u00a0');
  const highlight: Style = (s) => c.bold.inverse(s);
  const quoteMark: Style = (s) => c.dim(s);

  const compose = (start: number, end: number): StyledText => {
    const body = quote.slice(start, end);
    const out = new StyledText('“', quoteMark);
    if (start > 0) out.append('…', quoteMark);
    const offset = out.chars.length;
    out.chars.push(...body.chars);
    out.widths.push(...body.widths);
    if (hlEnd > hlStart && hlEnd > start && hlStart < end) out.style(offset + Math.max(0, hlStart - start), offset + Math.min(end, hlEnd) - start, highlight);
    if (end < quote.chars.length) out.append('…', quoteMark);
    out.append('”', quoteMark);
    if (suffix) out.append(suffix, (s) => c.dim(s));
    return out;
  };

  const full = compose(0, quote.chars.length);
  if (full.wrapSpans(width).length <= QUOTE_LINES) return full.wrap(width);
  let budget = width * QUOTE_LINES - suffix.length - 4;
  while (budget > 4) {
    const [start, end] = windowAround(quote, hlStart, hlEnd, budget);
    const cropped = compose(start, end);
    if (cropped.wrapSpans(width).length <= QUOTE_LINES) return cropped.wrap(width);
    budget -= Math.max(1, Math.floor(width / 4));
  }
  return compose(hlStart, quote.chars.length).wrap(width, QUOTE_LINES);
}

/** Graphemes [start, end) of at most `budget` cells around [hlStart, hlEnd), snapped to word edges. */
function windowAround(text: StyledText, hlStart: number, hlEnd: number, budget: number): [number, number] {
  const n = text.chars.length;
  let start = hlStart;
  let end = hlStart;
  let used = 0;
  while (end < Math.max(hlEnd, hlStart) && used + text.widths[end]! <= budget) used += text.widths[end++]!;
  // Grow both ways, a little more context after the value than before it.
  let turn = 0;
  while (true) {
    const left = start > 0 && turn % 3 === 0 ? start - 1 : -1;
    const right = end < n ? end : -1;
    if (left >= 0 && used + text.widths[left]! <= budget) {
      used += text.widths[left]!;
      start = left;
    } else if (right >= 0 && used + text.widths[right]! <= budget) {
      used += text.widths[right]!;
      end = right + 1;
    } else if (start > 0 && used + text.widths[start - 1]! <= budget) {
      used += text.widths[start - 1]!;
      start--;
    } else break;
    turn++;
  }
  // Start and end on whole words: never half a word at either cut.
  if (start > 0 && text.chars[start - 1] !== ' ') {
    const space = text.chars.indexOf(' ', start);
    if (space >= 0 && space < hlStart) start = space + 1;
  }
  if (end < n && text.chars[end] !== ' ') {
    const space = text.chars.lastIndexOf(' ', end - 1);
    if (space > Math.max(hlEnd, start)) end = space;
  }
  return [start, end];
}

function reasonLines(claim: Claim, width: number, paint: Painter): string[] {
  const indent = Math.min(ROW_INDENT + 2, Math.floor(width / 5));
  const text = new StyledText(`↳ rule ${claim.reason ? sanitizeInline(claim.reason) : '(not recorded)'} · ${claim.id}`, (s) => paint.c.dim(s));
  return text.wrap(width - indent, 2).map((l) => ' '.repeat(indent) + l);
}

function stackedClaim(claim: Claim, width: number, paint: Painter): string[] {
  const { c } = paint;
  // Indents give way on very narrow terminals rather than push lines past the edge.
  const indent = Math.min(SUBJECT_INDENT + 2, Math.floor(width / 8));
  const under = indent + Math.min(2, Math.floor(width / 10));
  const head = new StyledText(claim.type, paint.type(claim))
    .append('  ')
    .append(formatValue(claim.value), (s) => c.bold(s))
    .append(`  ${claim.confidence.toFixed(2)}`, (s) => c.dim(s));
  const meta = modalityCell(claim, paint);
  if (claim.counterparty) meta.append(`${meta.chars.length ? ' · ' : ''}with ${sanitizeInline(claim.counterparty)}`);
  const body = [...(meta.chars.length ? meta.wrap(width - under, 2) : []), ...quoteLines(claim, width - under, paint)];
  return [...head.wrap(width - indent, 2).map((l) => ' '.repeat(indent) + l), ...body.map((l) => ' '.repeat(under) + l)];
}
