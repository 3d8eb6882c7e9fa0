import { createRequire } from 'node:module';
import { CLAIM_TYPES } from '../claims/type-names.js';
import type { ClaimType } from '../schema.js';

// commander is CommonJS: required directly, it loads in half the time an ES import takes
// (no export scan of its source). Loaded only when asked for: a plain run over files parses its
// few options without it (cli.ts, plainArgs).
let commanderModule: typeof import('commander') | undefined;
export const loadCommander = (): typeof import('commander') => (commanderModule ??= createRequire(import.meta.url)('commander') as typeof import('commander'));
/** (the parsers below run only under commander, which is loaded by then) */
const invalid = (message: string): Error => new (loadCommander().InvalidArgumentError)(message);

/** Inputs larger than this are refused unless --max-bytes says otherwise. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** How an input is read: a format, or JSON Lines (one article per line). */
export const INPUT_FORMATS = ['text', 'markdown', 'html', 'jsonl'] as const;
export type CliInputFormat = (typeof INPUT_FORMATS)[number];

/** --jobs: a whole number of worker threads. */
export function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw invalid(`'${value}' is not a number of threads (1..256)`);
  return n;
}

export function parseTypes(value: string): ClaimType[] {
  const types = value.split(',').map((t) => t.trim()).filter(Boolean);
  const bad = types.filter((t) => !(CLAIM_TYPES as readonly string[]).includes(t));
  if (bad.length || !types.length) throw invalid(`unknown claim type ${bad.map((b) => `'${b}'`).join(', ') || "''"}; valid: ${CLAIM_TYPES.join(', ')}`);
  return types as ClaimType[];
}

// Binary prefixes as the default "50MB" always meant them; "1e7" and "10_000_000" are plain bytes.
const SIZE_SCALES: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** "50MB", "10MiB", "512k", "1e7", "1048576" → bytes. */
export function parseBytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?(?:e\+?\d+)?)\s*([a-z]*)$/i.exec(value.trim().replace(/_/g, ''));
  const scale = m ? SIZE_SCALES[m[2]!.toLowerCase()] : undefined;
  const bytes = m && scale !== undefined ? Math.floor(Number(m[1]) * scale) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw invalid(`not a size: '${value}' (e.g. 50MB, 10MiB, 1e7, 1048576)`);
  return bytes;
}

export function parseConfidence(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw invalid(`must be a number from 0 to 1, got '${value}'`);
  return n;
}

/** The formats a report (check, diff, conflicts, types) can take. */
export type ReportFormat = 'text' | 'json' | 'ndjson';

/**
 * A report's --format: the main command's names where they make sense ("table" is the text
 * report, "json" and "ndjson" the JSON report), and a message of its own for the others.
 */
export function reportFormatParser(command: string): (value: string) => ReportFormat {
  return (value) => {
    if (value === 'text' || value === 'table') return 'text';
    if (value === 'json' || value === 'ndjson') return value;
    if (value === 'markdown' || value === 'csv' || value === 'html') throw invalid(`'${value}' is not a format of ${command}; use table (the default) or json`);
    throw invalid(`'${value}' is not a format; use table (the default) or json`);
  };
}
