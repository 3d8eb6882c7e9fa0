import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describeFsError } from '../input/errors.js';
import { CLAIM_TYPES, Modality, type ClaimType } from '../schema.js';

/**
 * The expect file of `newsfacts check`: claims listed loosely, or a whole saved
 * `newsfacts --format json` output (one article, or an array holding one), so a snapshot
 * saved once can be checked ever after. Fields other than these (evidence, ids,
 * confidence, notes…) are allowed and ignored.
 */

const number = z.number().nullable().optional();

export const ExpectedValue = z.object({
  amount: number.meta({ description: 'Found within 1%, or inside the found range.' }),
  min: number.meta({ description: 'Lower bound, found within 1%.' }),
  max: number.meta({ description: 'Upper bound, found within 1%.' }),
  currency: z.string().nullable().optional().meta({ description: 'ISO 4217 code; must be equal.' }),
  unit: z.string().nullable().optional().meta({ description: 'Only shown in reports, not compared.' }),
});

export const ExpectedClaim = z.object({
  // A plain string here, checked against CLAIM_TYPES afterwards, so an unknown type gets
  // its own message naming the valid ones.
  type: z.string(),
  subject: z.string().min(1),
  counterparty: z.string().nullable().optional().meta({ description: 'Left out: not compared. null: the claim must have none.' }),
  value: ExpectedValue.nullable().optional().meta({ description: 'Left out: not compared. null: the claim must have none.' }),
  modality: z
    .union([Modality, z.array(Modality).min(1)])
    .optional()
    .meta({ description: 'The modality (or any of the modalities) the claim must have. Left out: any but negated.' }),
});

const ExpectedEntity = z.object({ name: z.string(), aliases: z.array(z.string()).default([]), kind: z.string().optional() });

export const ExpectFile = z.object({
  claims: z.array(ExpectedClaim),
  /** A snapshot's entities: their aliases count as names of the same company. */
  entities: z.array(ExpectedEntity).optional(),
});

export type ExpectedValue = z.infer<typeof ExpectedValue>;
export type ExpectedClaim = Omit<z.infer<typeof ExpectedClaim>, 'type'> & { type: ClaimType };
export interface Expectation {
  claims: ExpectedClaim[];
  entities: Array<{ name: string; aliases: string[]; kind?: string }>;
}

/** A problem with an expect file: the CLI prints `newsfacts: <file>: <problem>` and exits 2. */
export class ExpectFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ExpectFileError';
  }
}

/** "claims[2].value.amount" */
function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out || '(top level)';
}

/** Validates parsed JSON as an expectation; `file` only names it in errors. */
export function parseExpectation(json: unknown, file: string): Expectation {
  let doc = json;
  if (Array.isArray(doc)) {
    if (doc.length !== 1) throw new ExpectFileError(file, `holds ${doc.length} articles; an expect file describes one (save one article per file)`);
    doc = doc[0];
  }
  const parsed = ExpectFile.safeParse(doc);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const shown = issues.slice(0, 3).map((i) => `${formatPath(i.path)}: ${i.message}`);
    if (issues.length > 3) shown.push(`and ${issues.length - 3} more`);
    throw new ExpectFileError(file, `not an expect file: ${shown.join('; ')} (expected { "claims": [{ "type", "subject", "counterparty"?, "value"? }] } or a newsfacts --format json output)`);
  }
  const unknown = parsed.data.claims.flatMap((c, i) => ((CLAIM_TYPES as readonly string[]).includes(c.type) ? [] : [`claims[${i}].type '${c.type}'`]));
  if (unknown.length) throw new ExpectFileError(file, `unknown claim type: ${unknown.join(', ')}; valid: ${CLAIM_TYPES.join(', ')}`);
  return { claims: parsed.data.claims as ExpectedClaim[], entities: parsed.data.entities ?? [] };
}

/** Reads and validates an expect file; every problem is an ExpectFileError naming the file. */
export function readExpectation(file: string): Expectation {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ExpectFileError(file, describeFsError(err));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ExpectFileError(file, `not JSON: ${(err as Error).message}`);
  }
  return parseExpectation(json, file);
}
