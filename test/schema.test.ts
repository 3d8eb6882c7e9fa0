import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { Article, articleJsonSchema } from '../src/schema.js';

/**
 * The output contract: what the built CLI prints for every fixture passes both the zod
 * `Article` schema and the JSON Schema that `newsfacts schema` prints (checked by a small
 * validator for the keywords zod emits, below; it refuses any keyword it does not know, so
 * a new one in the printed schema fails loudly instead of passing unchecked).
 */

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'newsfacts.js');
const run = promisify(execFile);
const cli = async (args: string[]) => (await run(process.execPath, [BIN, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 })).stdout;

type JsonSchema = { [keyword: string]: unknown };

/** Keywords that carry no constraint. */
const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'default', 'examples']);

/** Problems found in `value` at `path`, as "path: reason" lines; [] when valid. */
function validate(schema: JsonSchema, value: unknown, path = '$'): string[] {
  const problems: string[] = [];
  const fail = (reason: string) => problems.push(`${path}: ${reason}`);
  for (const [keyword, arg] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case 'type': {
        const types = Array.isArray(arg) ? (arg as string[]) : [arg as string];
        if (!types.some((t) => isType(value, t))) fail(`expected ${types.join(' | ')}, got ${JSON.stringify(value)?.slice(0, 40)}`);
        break;
      }
      case 'const':
        if (value !== arg) fail(`expected ${JSON.stringify(arg)}`);
        break;
      case 'enum':
        if (!(arg as unknown[]).includes(value)) fail(`${JSON.stringify(value)} not in ${JSON.stringify(arg)}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (arg as number)) fail(`${value} < ${arg}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (arg as number)) fail(`${value} > ${arg}`);
        break;
      case 'exclusiveMinimum':
        if (typeof value === 'number' && value <= (arg as number)) fail(`${value} <= ${arg}`);
        break;
      case 'exclusiveMaximum':
        if (typeof value === 'number' && value >= (arg as number)) fail(`${value} >= ${arg}`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (arg as number)) fail(`fewer than ${arg} items`);
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > (arg as number)) fail(`more than ${arg} items`);
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((v, i) => problems.push(...validate(arg as JsonSchema, v, `${path}[${i}]`)));
        break;
      case 'required':
        if (isObject(value)) for (const k of arg as string[]) if (!(k in value)) fail(`missing required property '${k}'`);
        break;
      case 'properties':
        if (isObject(value)) {
          for (const [k, sub] of Object.entries(arg as Record<string, JsonSchema>)) {
            if (k in value) problems.push(...validate(sub, value[k], `${path}.${k}`));
          }
        }
        break;
      case 'additionalProperties':
        if (isObject(value)) {
          const known = new Set(Object.keys((schema.properties as object | undefined) ?? {}));
          for (const k of Object.keys(value)) {
            if (known.has(k)) continue;
            if (arg === false) fail(`unexpected property '${k}'`);
            else if (typeof arg === 'object') problems.push(...validate(arg as JsonSchema, value[k], `${path}.${k}`));
          }
        }
        break;
      case 'anyOf':
        if (!(arg as JsonSchema[]).some((s) => validate(s, value, path).length === 0)) fail(`matches none of anyOf`);
        break;
      default:
        throw new Error(`validator does not know the JSON Schema keyword '${keyword}' at ${path}: teach it before trusting it`);
    }
  }
  return problems;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isType(v: unknown, t: string): boolean {
  switch (t) {
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return Number.isInteger(v);
    default:
      throw new Error(`unknown JSON Schema type '${t}'`);
  }
}

const FIXTURES = readdirSync(join(ROOT, 'fixtures'))
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => `fixtures/${f}`);
const HTML = ['test/data/input/boilerplate-page.html', 'test/data/input/entities.html'];
const INPUTS = [...FIXTURES, ...HTML];

let schema: JsonSchema;
let plain: unknown[];
let withText: unknown[];

beforeAll(async () => {
  const [schemaOut, plainOut, withTextOut] = await Promise.all([
    cli(['schema']),
    cli(['--format', 'json', ...INPUTS]),
    cli(['--format', 'json', '--with-text', ...INPUTS]),
  ]);
  schema = JSON.parse(schemaOut) as JsonSchema;
  plain = JSON.parse(plainOut) as unknown[];
  withText = JSON.parse(withTextOut) as unknown[];
}, 120_000);

describe('the printed JSON Schema', () => {
  it('is the schema generated from the zod source of truth', () => {
    expect(schema).toEqual(articleJsonSchema());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('the validator rejects what it should (so a pass below means something)', () => {
    const good = plain.find((a) => (a as Article).claims.length > 0) as Article;
    expect(validate(schema, good)).toEqual([]);
    const claim = good.claims[0]!;
    const broken = (c: object) => ({ ...good, claims: [{ ...claim, ...c }] });
    const { subject: _dropped, ...noSubject } = claim;
    expect(validate(schema, { ...good, claims: [noSubject] })).toEqual([expect.stringMatching(/claims\[0\]: missing required property 'subject'/)]);
    expect(validate(schema, broken({ modality: 'rumoured' }))).toEqual([expect.stringMatching(/claims\[0\]\.modality:/)]);
    expect(validate(schema, broken({ confidence: 1.5 }))).toEqual([expect.stringMatching(/claims\[0\]\.confidence: 1.5 > 1/)]);
    expect(validate(schema, broken({ evidence: [] }))).toEqual([expect.stringMatching(/claims\[0\]\.evidence: fewer than 1/)]);
    expect(validate(schema, broken({ value: { amount: 'twelve' } })).length).toBeGreaterThan(0);
    expect(validate(schema, { ...good, schemaVersion: 2 })).toEqual(['$.schemaVersion: expected 1']);
  });
});

describe.each(INPUTS.map((name, i) => ({ name, i })))('$name', ({ name, i }) => {
  it('passes the zod Article schema and the printed JSON Schema', () => {
    const article = plain[i] as Article;
    expect(article.source.name).toBe(name);
    expect(Article.safeParse(article).error?.issues ?? []).toEqual([]);
    expect(validate(schema, article)).toEqual([]);
  });

  it('with --with-text too, and every evidence span slices the text it quotes', () => {
    const article = withText[i] as Article;
    expect(validate(schema, article)).toEqual([]);
    const text = article.text!;
    expect(text.length).toBe(article.source.chars);
    const lines = text.split('\n');
    for (const claim of article.claims) {
      for (const e of claim.evidence) {
        expect(text.slice(e.start, e.end)).toBe(e.text);
        expect(lines[e.line - 1]!.slice(e.column - 1).startsWith(e.text.split('\n')[0]!)).toBe(true);
      }
      if (claim.value) for (const n of [claim.value.amount, claim.value.min, claim.value.max]) if (n !== null) expect(Number.isFinite(n)).toBe(true);
    }
    // --with-text adds the text and changes nothing else.
    const { text: _text, ...rest } = article;
    expect(rest).toEqual(plain[i]);
  });
});
