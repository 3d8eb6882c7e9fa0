import { z } from 'zod';

/**
 * The output contract of ../shared/CLAIMS.md. This file is the single source of truth:
 * every type in the code is inferred from it, and `newsfacts schema` prints its JSON Schema.
 * Fields may be added; none may be renamed, dropped or change meaning.
 */

// The type names live in a zod-free module so the CLI can list them without loading zod.
export { CLAIM_TYPES } from './claims/type-names.js';
import { CLAIM_TYPES } from './claims/type-names.js';

export const ClaimType = z.enum(CLAIM_TYPES).meta({ description: 'What kind of fact the claim states.' });

export const Modality = z
  .enum(['asserted', 'reported', 'hedged', 'conditional', 'negated'])
  .meta({
    description:
      'asserted: stated as fact; reported: attributed to someone else; hedged: "may", "could", "in talks"; conditional: "if …"; negated: "has not raised", "denied".',
  });

export const Resource = z
  .enum(['cloud', 'gpu', 'tpu', 'datacenter', 'chips', 'power'])
  .meta({ description: 'compute_deal only: what kind of compute is provided.' });

export const Value = z
  .object({
    amount: z.number().nullable().meta({ description: 'The number when one is stated ("$12 billion" → 12000000000); null when only bounds are known.' }),
    min: z.number().nullable().meta({ description: 'Lower bound of a range, a vague magnitude or "more than"; else null.' }),
    max: z.number().nullable().meta({ description: 'Upper bound of a range, a vague magnitude or "up to"; else null.' }),
    currency: z.string().nullable().meta({ description: 'ISO 4217 code for money ("USD", "EUR"), else null.' }),
    unit: z.string().nullable().meta({ description: 'For counts, what is counted ("people", "GPUs", "users"), else null.' }),
    approximate: z.boolean().meta({ description: 'True when hedged by "about", "~", "nearly", "more than", "roughly", "some"…' }),
    text: z.string().meta({ description: 'The exact words the value was read from.' }),
  })
  .meta({ description: 'A normalised quantity.' });

export const Evidence = z
  .object({
    text: z.string().meta({ description: 'The exact text of the evidence: text.slice(start, end).' }),
    start: z.number().int().nonnegative().meta({ description: 'Offset (UTF-16 code units) into the decoded input text.' }),
    end: z.number().int().nonnegative().meta({ description: 'End offset, exclusive.' }),
    line: z.number().int().positive().meta({ description: '1-based line of start.' }),
    column: z.number().int().positive().meta({ description: '1-based column of start.' }),
  })
  .meta({ description: 'One place in the input that states the claim.' });

export const Claim = z
  .object({
    id: z.string().meta({ description: 'Stable across runs for the same input: type + subject slug + ordinal.' }),
    type: ClaimType,
    subject: z.string().meta({ description: 'Canonical name (as in entities) of the company the claim is about.' }),
    counterparty: z.string().nullable().meta({ description: 'Canonical name of the other party (provider, source company, lead investor), or null.' }),
    value: Value.nullable().meta({ description: 'The quantity, or null when the claim states none.' }),
    modality: Modality,
    attribution: z.string().nullable().meta({ description: 'Who the article says the claim comes from ("Bloomberg", "people familiar with the matter"), else null.' }),
    evidence: z.array(Evidence).min(1).meta({ description: 'Every place in the input that states this claim, in text order.' }),
    confidence: z.number().min(0).max(1).meta({ description: "The extractor's own estimate, 0..1; higher means more often right." }),
    resource: Resource.optional(),
    round: z.string().nullable().optional().meta({ description: 'funding only: "seed", "Series B"… when stated.' }),
    investors: z.array(z.string()).optional().meta({ description: 'funding only: other named investors besides the lead.' }),
    period: z.string().nullable().optional().meta({ description: 'revenue only: "annualized", "2025"… when stated.' }),
    reason: z.string().optional().meta({ description: 'The rule that made the claim (shown by --explain).' }),
  })
  .meta({ description: 'One fact the article states about a company.' });

export const Entity = z
  .object({
    name: z.string().meta({ description: 'Canonical name: the fullest form used in the article.' }),
    kind: z.enum(['organization', 'person']),
    aliases: z.array(z.string()).meta({ description: 'Other forms the entity appears under ("TML", "Thinking Machines").' }),
    mentions: z.number().int().nonnegative().meta({ description: 'How many times the entity is named.' }),
  })
  .meta({ description: 'An organisation (or person) that claims refer to.' });

export const Source = z
  .object({
    name: z.string().meta({ description: 'The path as given, or <stdin>.' }),
    format: z.enum(['text', 'markdown', 'html']),
    chars: z.number().int().nonnegative().meta({ description: 'Length of the text that offsets index.' }),
    sha256: z.string().meta({ description: 'SHA-256 of the input bytes.' }),
    title: z.string().nullable().optional().meta({ description: 'The title, for HTML (<title>) or a Markdown heading.' }),
    id: z.union([z.string(), z.number()]).optional().meta({ description: 'JSON Lines input only: the id the line gives, as given.' }),
    line: z.number().int().positive().optional().meta({ description: 'JSON Lines input only: the line of the archive (1-based) the article is on.' }),
  })
  .meta({ description: 'Where the article came from.' });

export const Article = z
  .object({
    schemaVersion: z.literal(1),
    source: Source,
    entities: z.array(Entity),
    claims: z.array(Claim),
    warnings: z.array(z.string()).meta({ description: 'Human-readable notes on the input (not English, empty, truncated…).' }),
    text: z.string().optional().meta({ description: 'With --with-text: the plain text that offsets index.' }),
  })
  .meta({ title: 'newsfacts article', description: 'The claims newsfacts found in one article.' });

export type ClaimType = z.infer<typeof ClaimType>;
export type Modality = z.infer<typeof Modality>;
export type Resource = z.infer<typeof Resource>;
export type Value = z.infer<typeof Value>;
export type Evidence = z.infer<typeof Evidence>;
export type Claim = z.infer<typeof Claim>;
export type Entity = z.infer<typeof Entity>;
export type Source = z.infer<typeof Source>;
export type Article = z.infer<typeof Article>;

/**
 * JSON Schema of one article, as `newsfacts schema` prints it. Generated in zod's input
 * mode so that objects stay open (no additionalProperties: false): CLAIMS.md lets later
 * versions add fields, and a script validating with an older schema must still accept them.
 */
export function articleJsonSchema(): unknown {
  return z.toJSONSchema(Article, { target: 'draft-2020-12', io: 'input' });
}
