import chalk, { Chalk, type ChalkInstance } from 'chalk';
import { formatValue } from '../render/value.js';
import type { Claim, ClaimType, Value } from '../schema.js';
import { expectedAsValue, type CheckReport } from './check.js';
import type { Conflict, ConflictsReport } from './conflicts.js';
import type { DiffReport } from './diff.js';
import type { ExpectedClaim } from './expect.js';
import { valuesAgree } from './values.js';

/**
 * The human reports of check, diff and conflicts: one line per claim, a mark first
 * (✓ ✗ ≠ + - ~), the summary last. Colour only when asked (the CLI asks on a TTY).
 * The reports' JSON form is the report objects themselves.
 */

export interface TextOptions {
  color: boolean;
}

// What an expectation without a unit counts, so "140" reads "140 people".
const DEFAULT_UNIT: Partial<Record<ClaimType, string>> = { headcount: 'people', hiring: 'people', departure: 'people', user_count: 'users' };

const EVIDENCE_CHARS = 100;

function painter(opts: TextOptions): ChalkInstance {
  return new Chalk({ level: opts.color ? chalk.level || 1 : 0 });
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EVIDENCE_CHARS ? flat.slice(0, EVIDENCE_CHARS - 1) + '…' : flat;
}

function evidence(claim: Claim, c: ChalkInstance): string {
  const first = claim.evidence[0]!;
  return c.dim(`(evidence, line ${first.line}: "${excerpt(first.text)}")`);
}

function parties(type: string, subject: string, counterparty: string | null | undefined): string {
  return `${type} ${subject}${counterparty ? ` ← ${counterparty}` : ''}`;
}

function describeClaim(claim: Claim): string {
  return `${parties(claim.type, claim.subject, claim.counterparty)}${claim.value ? ' ' + formatValue(claim.value) : ''}`;
}

function expectedValue(want: ExpectedClaim, found?: Claim): Value | null {
  return expectedAsValue(want.value, found?.value?.unit ?? DEFAULT_UNIT[want.type] ?? null);
}

function describeExpected(want: ExpectedClaim): string {
  const value = expectedValue(want);
  return `${parties(want.type, want.subject, want.counterparty)}${value ? ' ' + formatValue(value) : ''}${want.modality ? ` (${expectedModality(want)})` : ''}`;
}

/** "asserted", "asserted or reported", and for no modality named: "not negated". */
function expectedModality(want: ExpectedClaim): string {
  if (want.modality === undefined) return 'not negated';
  return Array.isArray(want.modality) ? want.modality.join(' or ') : want.modality;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `newsfacts check` for people. */
export function renderCheckText(r: CheckReport, opts: TextOptions): string {
  const c = painter(opts);
  const lines = [c.bold(`${r.file}: checked against ${r.expect}${r.strict ? ' (strict)' : ''}`)];
  for (const f of r.found) lines.push(`${c.green('✓')} ${describeClaim(f.claim)}`);
  for (const d of r.different) {
    const want = expectedValue(d.expected, d.claim);
    const got = d.claim.value ? formatValue(d.claim.value) : 'no value';
    // (a value the expectation leaves out is the claim's own)
    const wanted = want ? formatValue(want) : d.expected.value === undefined ? got : 'no value';
    // "expected $12B, found $10B"; "expected $200M (not negated), found $200M (negated)"
    const modality = d.fields.includes('modality');
    const expected = modality ? `${wanted} (${expectedModality(d.expected)})` : wanted;
    const found = modality ? `${got} (${d.claim.modality})` : got;
    lines.push(`${c.yellow('≠')} ${parties(d.claim.type, d.claim.subject, d.claim.counterparty)}: expected ${expected}, found ${found} ${evidence(d.claim, c)}`);
  }
  for (const m of r.missing) lines.push(`${c.red('✗')} missing: ${describeExpected(m.expected)}`);
  for (const e of r.extra) lines.push(`${r.strict ? c.red('+') : c.cyan('+')} extra: ${describeClaim(e)} ${evidence(e, c)}`);
  const problems = [
    r.counts.missing && `${r.counts.missing} missing`,
    r.counts.different && `${r.counts.different} different`,
    r.strict && r.counts.extra && `${r.counts.extra} extra`,
  ].filter(Boolean);
  lines.push(
    r.ok
      ? c.green(`ok: ${r.counts.found} of ${plural(r.counts.expected, 'expected claim')} found`) + (r.counts.extra && !r.strict ? `; ${r.counts.extra} extra (an error only with --strict)` : '')
      : c.red(`FAIL: ${problems.join(', ')}`) + ` (${r.counts.found} of ${plural(r.counts.expected, 'expected claim')} found)`,
  );
  return lines.join('\n') + '\n';
}

/** `newsfacts diff` for people: ~ changed, + added, - removed, then the summary. */
export function renderDiffText(r: DiffReport, opts: TextOptions): string {
  const c = painter(opts);
  const lines = [c.bold(`${r.old} → ${r.new}`)];
  for (const ch of r.changed) {
    // "$10B → $12B"; a fact flipped: "$200M asserted → $200M negated"
    const side = (claim: Claim) => [claim.value ? formatValue(claim.value) : 'no value', ch.fields.includes('modality') ? claim.modality : ''].filter(Boolean).join(' ');
    lines.push(`${c.yellow('~')} ${parties(ch.new.type, ch.new.subject, ch.new.counterparty)}: ${side(ch.old)} → ${side(ch.new)} ${evidence(ch.new, c)}`);
  }
  for (const a of r.added) lines.push(`${c.green('+')} ${describeClaim(a)} ${evidence(a, c)}`);
  for (const d of r.removed) lines.push(`${c.red('-')} ${describeClaim(d)} ${evidence(d, c)}`);
  lines.push(
    r.identical
      ? `no change: ${plural(r.counts.unchanged, 'claim')} the same in both`
      : `${r.counts.added} added, ${r.counts.removed} removed, ${r.counts.changed} changed, ${r.counts.unchanged} unchanged`,
  );
  return lines.join('\n') + '\n';
}

/** `newsfacts conflicts` for people: each disagreement with every source's value and evidence. */
export function renderConflictsText(r: ConflictsReport, opts: TextOptions): string {
  const c = painter(opts);
  const lines: string[] = [];
  for (const k of r.conflicts) {
    lines.push(`${c.yellow('≠')} ${c.bold(parties(k.type, k.subject, k.counterparty))}: ${valueClusters(k).join(' vs ')}`);
    const places = k.entries.map((e) => `${e.source}:${e.claim.evidence[0]!.line}:${e.claim.evidence[0]!.column}`);
    const placeWidth = Math.max(...places.map((p) => p.length));
    const values = k.entries.map((e) => formatValue(e.claim.value));
    const valueWidth = Math.max(...values.map((v) => v.length));
    k.entries.forEach((e, i) => {
      const who = e.claim.attribution ? ` (${e.claim.modality} per ${e.claim.attribution})` : e.claim.modality === 'asserted' ? '' : ` (${e.claim.modality})`;
      lines.push(`    ${places[i]!.padEnd(placeWidth)}  ${values[i]!.padEnd(valueWidth)}  ${c.dim(`"${excerpt(e.claim.evidence[0]!.text)}"`)}${who}`);
    });
  }
  const across = `across ${plural(r.sources.length, 'article')}`;
  lines.push(r.conflicts.length ? `${plural(r.conflicts.length, 'conflict')} ${across}` : `no conflicts ${across}`);
  return lines.join('\n') + '\n';
}

/** "$10B (2 sources) vs $15B": the values of a conflict, those that agree counted as one. */
function valueClusters(k: Conflict): string[] {
  const clusters: Array<{ value: Value; sources: Set<string> }> = [];
  for (const e of k.entries) {
    const value = e.claim.value!;
    const home = clusters.find((cl) => valuesAgree(cl.value, value));
    if (home) home.sources.add(e.source);
    else clusters.push({ value, sources: new Set([e.source]) });
  }
  return clusters.map((cl) => `${formatValue(cl.value)}${cl.sources.size > 1 ? ` (${cl.sources.size} sources)` : ''}`);
}

/** The JSON form of any report: stable key order, no timestamps, names as given. */
export function renderReportJson(report: CheckReport | DiffReport | ConflictsReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
