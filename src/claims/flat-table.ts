import type { Quantity } from '../values/index.js';
import type { Actor } from '../entities/coreference.js';
import type { ClaimType } from '../schema.js';
import type { Sentence } from '../text/sentences.js';
import type { RawClaim, SentenceView } from './extractor.js';
import { typeOfHeader } from './sections.js';

/** A bare count counts what its claim type counts: users, or people. */
const countUnitOf = (type: ClaimType): string => (type === 'user_count' ? 'users' : 'people');

/** One row of a table whose line breaks were lost: a company's name, then its cells' amounts. */
export interface FlatRow {
  actor: Actor;
  values: Quantity[];
}

/**
 * A table flattened into one line by the page it was copied from: its header's words, then rows of a
 * company's name and the same number of amounts each, nothing else between ("Firm Trainee pay (Year 1)
 * Trainee pay (Year 2) NQ base rates Allen & Overy £50,000 £55,000 £107,500 Clifford Chance £50,000
 * £55,500 £107,500 …"). Returns the header's text and the rows, or null: at least two rows, every
 * amount of the kind asked in a row, every row opened by an organisation's name.
 */
export function flatRows(view: SentenceView, kind: Quantity['kind']): { header: string; rows: FlatRow[] } | null {
  const { text } = view;
  const amounts = view.quantities.filter((q) => q.kind === kind);
  if (amounts.length < 2) return null;
  // runs of amounts with only spaces between
  const runs: Quantity[][] = [];
  for (const q of amounts) {
    const run = runs.at(-1);
    if (run && /^[ \t]+$/.test(text.slice(run.at(-1)!.end, q.start))) run.push(q);
    else runs.push([q]);
  }
  if (runs.length < 2 || runs.some((r) => r.length !== runs[0]!.length)) return null;
  const rows: FlatRow[] = [];
  for (const [i, run] of runs.entries()) {
    // the row's name right before its amounts, after the row before with nothing between
    const actor = view.actors.findLast((a) => a.end <= run[0]!.start && a.via === 'name' && !a.possessive);
    if (!actor || actor.entity.kind !== 'organization' || actor.entity.media || !/^[ \t]+$/.test(text.slice(actor.end, run[0]!.start))) return null;
    if (i > 0 && !/^[ \t]+$/.test(text.slice(runs[i - 1]!.at(-1)!.end, actor.start))) return null;
    rows.push({ actor, values: run });
  }
  // (no other amount of the kind after the last row: the line is the table, not prose that goes on)
  if (view.quantities.some((q) => q.kind === kind && q.start > runs.at(-1)!.at(-1)!.end)) return null;
  const header = text.slice(view.sentence.start, rows[0]!.actor.start);
  // (a header of words with no amount in it: "Firm Trainee pay (Year 1) …")
  if (/\d{3,}|[$€£¥₹]/.test(header.replace(/\b(?:19|20)\d\d\b/g, '')) || header.trim().split(/\s+/).length < 2) return null;
  return { header, rows };
}

/**
 * The claims of a flattened table in the sentence, for the types asked: each row's amounts are its company's, of the one type the
 * header names for amounts of their kind (money: "pay", "funding"; counts: "employees", "users").
 */
export function flatTableClaims(view: SentenceView, types: ReadonlySet<ClaimType>): { type: ClaimType; claims: RawClaim[] } | null {
  for (const kind of ['money', 'count'] as const) {
    const flat = flatRows(view, kind);
    if (!flat) continue;
    const type = typeOfHeader(flat.header, kind === 'money');
    if (!type || !types.has(type)) continue;
    const unit = countUnitOf(type);
    const claims = flat.rows.flatMap((row) => row.values.map((q): RawClaim => ({ type, subject: row.actor.entity, counterparty: null, value: kind === 'count' && q.unit === null ? { ...q, unit } : q, sentence: view.sentence, reason: `${type}/flat-table-row`, confidence: 0.78, subjectVia: 'name', cueAt: q.start, vouched: true })));
    return { type, claims };
  }
  return null;
}

/**
 * A table copied one cell per line ("TLT Solicitors |" / "8 |" / "(8 laterals) |"): a line that is only a count, right under a line
 * that is only a company's name, under a label that names one claim type for counts ("Top partner recruiters in London") — the
 * count is the company's. `prevActors` are the actors of the sentence before (whose last line is the name).
 */
export function cellColumnClaim(view: SentenceView, prev: Sentence | undefined, prevActors: readonly Actor[], label: string | undefined, types: ReadonlySet<ClaimType>): RawClaim | null {
  if (!prev || label === undefined) return null;
  // (the cell's count; a bracketed note under it may count again: "5 |\n(3 laterals) |")
  const q = view.quantities[0] ?? null;
  if (!q || q.kind !== 'count' || !CELL_COUNT.test(view.sentence.text)) return null;
  const type = typeOfHeader(label, false);
  if (!type || !types.has(type)) return null;
  // (the name's line: the last line of the sentence before, only the name and a cell mark)
  const lastLine = prev.text.slice(prev.text.lastIndexOf('\n') + 1);
  const lineStart = prev.end - lastLine.length;
  const actor = prevActors.find((a) => a.via === 'name' && a.start >= lineStart && a.entity.kind === 'organization' && !a.entity.media);
  if (!actor || !/^\s*\|?\s*$/.test(view.text.slice(lineStart, actor.start)) || !/^\s*\|?\s*$/.test(view.text.slice(actor.end, prev.end))) return null;
  const unit = countUnitOf(type);
  return { type, subject: actor.entity, counterparty: null, value: q.unit === null ? { ...q, unit } : q, sentence: view.sentence, reason: `${type}/cell-column`, confidence: 0.74, subjectVia: 'name', cueAt: q.start, vouched: true, alsoIn: [prev] };
}
// A cell that is only a count, perhaps with a bracketed note on the next line: "8 |", "5 |\n(3 laterals) |"
const CELL_COUNT = /^\s*\d[\d,]*\s*\|?(?:\s+\([^)\n]{1,40}\)\s*\|?)?\s*$/;
/** A sentence that is a count's cell under a name's cell (read even where no cue word makes it a candidate). */
export const isCountCell = (s: { text: string }, prev: { text: string } | undefined): boolean => !!prev && /\|\s*$/.test(prev.text) && CELL_COUNT.test(s.text);

/** The label over a table copied one cell per line: the nearest line above with words only (a year may stand in it), no cell mark. */
export function cellColumnLabel(sentences: ReadonlyArray<{ text: string }>, index: number): string | undefined {
  for (let j = index - 1; j >= 0 && j >= index - 80; j--) {
    const lines = sentences[j]!.text.split('\n');
    for (let k = lines.length - 1; k >= 0; k--) {
      const line = lines[k]!.trim();
      if (!line || line.includes('|')) continue;
      if (/^\(.*\)$/.test(line)) continue;
      const words = line.replace(/^[-•*]\s*/, '').split(/\s+/);
      return words.length <= 14 && !/\d/.test(line.replace(/\b(?:19|20)\d\d\b/g, '')) ? line : undefined;
    }
  }
  return undefined;
}
