import type { Quantity } from '../values/index.js';
import type { Actor } from '../entities/coreference.js';
import type { ClaimType } from '../schema.js';
import type { RawClaim, SentenceView } from './extractor.js';
import { typeOfHeader } from './sections.js';

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
    // (a bare count counts what the type counts: people, or users)
    const unit = type === 'user_count' ? 'users' : 'people';
    const claims = flat.rows.flatMap((row) => row.values.map((q): RawClaim => ({ type, subject: row.actor.entity, counterparty: null, value: kind === 'count' && q.unit === null ? { ...q, unit } : q, sentence: view.sentence, reason: `${type}/flat-table-row`, confidence: 0.78, subjectVia: 'name', cueAt: q.start, vouched: true })));
    return { type, claims };
  }
  return null;
}
