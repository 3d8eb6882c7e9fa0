import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import type { CheckReport } from '../src/check/index.js';
import { Article } from '../src/schema.js';
import { builtWithScratch, cli, data, ROOT, SLOW } from './check-cli.js';
import { sharedData } from './shared-data.js';

/**
 * `newsfacts check` as a user runs it: the built binary in a child process. The article
 * test/data/check/zentrix-v1.txt states a $10B valuation, ~140 people and a $2B cloud deal
 * with Google; each expect file beside it asks for something else.
 */

const ARTICLE = data('zentrix-v1.txt');
const check = (expect: string, ...more: string[]) => cli('check', ARTICLE, '--expect', data(expect), ...more);
const report = (stdout: string) => JSON.parse(stdout) as CheckReport;

const scratch = builtWithScratch('check');

describe.concurrent('check: expected claims', SLOW, () => {
  it('pass: every expected claim found, names in other forms and a value within 1%: exit 0, a ✓ per claim', async ({ expect }) => {
    const r = await check('zentrix.expect.json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ valuation Zentrix AI $10B');
    expect(r.stdout).toContain('✓ headcount Zentrix AI ~140 people');
    expect(r.stdout).toContain('✓ compute_deal Zentrix AI ← Google $2B');
    expect(r.stdout).toMatch(/^ok: 3 of 3 expected claims found$/m);
    expect(r.stdout).not.toMatch(/\x1b\[/); // no colour into a pipe
  });

  it('pass, as json: the report lists each expectation with the claim that answers it', async ({ expect }) => {
    const r = await check('zentrix.expect.json', '--format', 'json');
    expect(r.code).toBe(0);
    const rep = report(r.stdout);
    expect(rep).toMatchObject({ file: ARTICLE, expect: data('zentrix.expect.json'), strict: false, ok: true, counts: { expected: 3, found: 3, missing: 0, different: 0, extra: 0 } });
    expect(rep.found.map((f) => [f.expected.subject, f.claim.subject, f.claim.type, f.claim.value?.amount])).toEqual([
      ['zentrix ai, inc.', 'Zentrix AI', 'valuation', 10_000_000_000],
      ["Zentrix AI's", 'Zentrix AI', 'headcount', 140],
      ['Zentrix', 'Zentrix AI', 'compute_deal', 2_000_000_000],
    ]);
    expect(rep.found[0]!.claim.evidence[0]!.text).toBe('Zentrix AI valued at $10 billion as investors chase reasoning models');
  });

  it('a missing claim: exit 1, named with its expected value', async ({ expect }) => {
    const [text, json] = await Promise.all([check('zentrix-missing.expect.json'), check('zentrix-missing.expect.json', '--format', 'json')]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('✗ missing: funding Zentrix AI $200M');
    expect(text.stdout).toMatch(/^FAIL: 1 missing \(3 of 4 expected claims found\)$/m);
    expect(json.code).toBe(1);
    const rep = report(json.stdout);
    expect(rep.ok).toBe(false);
    expect(rep.missing).toEqual([{ expected: { type: 'funding', subject: 'Zentrix AI', value: { amount: 200_000_000, currency: 'USD' } } }]);
    expect(rep.counts).toEqual({ expected: 4, found: 3, missing: 1, different: 0, extra: 0 });
  });

  it('a wrong value: exit 1, expected and found values with the evidence', async ({ expect }) => {
    const [text, json] = await Promise.all([check('zentrix-wrong-value.expect.json'), check('zentrix-wrong-value.expect.json', '--format', 'json')]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('≠ valuation Zentrix AI: expected $12B, found $10B (evidence, line 1: "Zentrix AI valued at $10 billion as investors chase reasoning models")');
    expect(text.stdout).toMatch(/^FAIL: 1 different/m);
    const rep = report(json.stdout);
    expect(rep.different).toHaveLength(1);
    expect(rep.different[0]!.fields).toEqual(['amount']);
    expect(rep.different[0]!.claim.value?.amount).toBe(10_000_000_000);
    expect(rep.missing).toEqual([]);
    expect(rep.extra).toEqual([]); // the $10B claim answers the $12B expectation; it is not also extra
  });

  it('an extra claim passes without --strict and fails with it', async ({ expect }) => {
    const [loose, strict, strictJson] = await Promise.all([
      check('zentrix-partial.expect.json'),
      check('zentrix-partial.expect.json', '--strict'),
      check('zentrix-partial.expect.json', '--strict', '--format', 'json'),
    ]);
    expect(loose.code).toBe(0);
    expect(loose.stdout).toContain('+ extra: headcount Zentrix AI ~140 people');
    expect(loose.stdout).toMatch(/^ok: 1 of 1 expected claim found; 2 extra/m);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('+ extra: compute_deal Zentrix AI ← Google $2B');
    expect(strict.stdout).toMatch(/^FAIL: 2 extra/m);
    const rep = report(strictJson.stdout);
    expect(rep).toMatchObject({ strict: true, ok: false });
    expect(rep.extra.map((c) => c.type)).toEqual(['headcount', 'compute_deal']);
  });

  it('the expect file may be a whole article, one object or an array of one', async ({ expect }) => {
    const saved = await cli('--format', 'json', ARTICLE);
    expect(saved.code).toBe(0);
    const asArray = join(scratch(), 'array.expect.json');
    writeFileSync(asArray, `[${saved.stdout}]`);
    const r = await cli('check', ARTICLE, '--expect', asArray, '--strict');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe.concurrent('check: bad expect files exit 2, naming the file and the problem', SLOW, () => {
  it.for([
    ['bad-not-json.expect.json', /: not JSON: /],
    ['bad-shape.expect.json', /: not an expect file: claims\[0\]\.subject: .*claims\[0\]\.value\.amount: /],
    ['bad-type.expect.json', /: unknown claim type: claims\[1\]\.type 'market_cap'; valid: valuation, headcount, /],
  ] as const)('%s', async ([file, problem], { expect }) => {
    const r = await check(file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`newsfacts: ${data(file)}: `);
    expect(lines[0]).toMatch(problem);
  });

  it('a missing expect file: exit 2, named', async ({ expect }) => {
    const r = await check('no-such.expect.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`newsfacts: ${data('no-such.expect.json')}: no such file\n`);
  });

  it('an array of two articles: exit 2', async ({ expect }) => {
    const two = join(scratch(), 'two.expect.json');
    writeFileSync(two, JSON.stringify([{ claims: [] }, { claims: [] }]));
    const r = await cli('check', ARTICLE, '--expect', two);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${two}: holds 2 articles`);
  });

  it('a missing article: exit 3; no --expect: usage error, exit 2', async ({ expect }) => {
    const [noArticle, noExpect] = await Promise.all([cli('check', data('nope.txt'), '--expect', data('zentrix.expect.json')), cli('check', ARTICLE)]);
    expect(noArticle.code).toBe(3);
    expect(noArticle.stderr).toBe(`newsfacts: ${data('nope.txt')}: no such file\n`);
    expect(noExpect.code).toBe(2);
    expect(noExpect.stderr).toMatch(/--expect/);
  });
});

describe('check: snapshot round trip', SLOW, () => {
  // `newsfacts x --format json > x.expect.json`, then `check x --expect x.expect.json --strict`, for every fixture.
  const fixtures = readdirSync(join(ROOT, 'fixtures')).filter((f) => /\.(txt|md|html?)$/.test(f) && f !== 'README.md').sort();

  it('finds the fixtures', ({ expect }) => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  it.concurrent.for(fixtures)('%s', async (name, { expect }) => {
    const file = `fixtures/${name}`;
    const saved = await cli('--format', 'json', file);
    expect(saved.code).toBe(0);
    const snapshot = join(scratch(), `${name}.expect.json`);
    writeFileSync(snapshot, saved.stdout);
    const article = Article.parse(JSON.parse(saved.stdout));
    const r = await cli('check', file, '--expect', snapshot, '--strict', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rep = report(r.stdout);
    expect(rep.counts).toEqual({ expected: article.claims.length, found: article.claims.length, missing: 0, different: 0, extra: 0 });
    // Each expectation is answered by the very claim it was saved from.
    expect(rep.found.map((f) => f.claim.id)).toEqual(article.claims.map((c) => c.id));
  });
});

describe.concurrent('help and types', SLOW, () => {
  it('--help lists check, diff and conflicts and what exit 1 means for them', async ({ expect }) => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    for (const cmd of ['check', 'diff', 'conflicts']) expect(r.stdout).toMatch(new RegExp(`^\\s+${cmd} `, 'm'));
    expect(r.stdout).toMatch(/^\s+1\s+.*\n(?:\s{5,}.*\n)*/m);
    expect(r.stdout).toContain('check: an expected claim is missing');
    expect(r.stdout).toContain('diff: claims');
    expect(r.stdout).toContain('conflicts: some found');
  });

  // The README's claim-type table is the repository's own statement of the types; the team's
  // CLAIMS.md (beside the repository, when there) must say the same.
  const documentedIn = (text: string) => [...new Set([...text.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]))].sort();
  const claimsMd = sharedData('CLAIMS.md', 'types against the team’s CLAIMS.md (test/check.test.ts)');

  it('types lists every claim type of the README', async ({ expect }) => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('\n## Claim types');
    const section = readme.slice(start, readme.indexOf('\n#', start + 1));
    const documented = documentedIn(section);
    expect(documented.length).toBeGreaterThanOrEqual(9);
    const r = await cli('types');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => l.split(/\s+/)[0]).sort()).toEqual(documented);
  });

  it.skipIf(!claimsMd)('types lists every claim type of CLAIMS.md', async ({ expect }) => {
    const documented = documentedIn(readFileSync(claimsMd!, 'utf8'));
    const r = await cli('types');
    expect(r.stdout.trimEnd().split('\n').map((l) => l.split(/\s+/)[0]).sort()).toEqual(documented);
  });

  it('check --help gives its exit codes', async ({ expect }) => {
    const r = await cli('check', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: newsfacts check \[options\] <file>/m);
    for (const code of [0, 1, 2, 3, 4]) expect(r.stdout).toMatch(new RegExp(`^\\s+${code}\\s+\\S`, 'm'));
  });
});
