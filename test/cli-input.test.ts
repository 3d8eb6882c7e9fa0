import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { Article } from '../src/schema.js';
import { assertBuilt, cli, cliWith, ROOT, SLOW } from './check-cli.js';

/**
 * Issue #14, everyday inputs, through the built binary on test/data/cli: walk/ (an article, a
 * brief in notes/, and a README, a CHANGELOG, a LICENSE and a hidden draft that each state a
 * claim), code-block.md (one claim in prose, more inside a fenced code block), latin1.txt
 * ("£15.8m" and a curly apostrophe in Windows-1252 bytes), archive.jsonl (JSON Lines: two good
 * lines, a line that is not JSON, one without a text, a blank line, one without an id).
 */

const ndjson = (stdout: string) => stdout.trimEnd().split('\n').filter(Boolean).map((l) => Article.parse(JSON.parse(l)));

beforeAll(() => assertBuilt());

describe.concurrent('directory walks (item 4)', SLOW, () => {
  const WALK = 'test/data/cli/walk';

  it('read the articles, skip README/CHANGELOG/LICENSE-like and hidden files', async ({ expect }) => {
    const r = await cli('--format', 'ndjson', WALK);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const articles = ndjson(r.stdout);
    expect(articles.map((a) => a.source.name)).toEqual([join(WALK, 'notes/brief.md'), join(WALK, 'story.txt')]);
    expect(articles.flatMap((a) => a.claims.map((c) => c.subject))).not.toContain('Quillmark');
  });

  it('a README named on the command line is read', async ({ expect }) => {
    const r = await cli('--format', 'json', `${WALK}/README.md`);
    expect(r.code).toBe(0);
    const article = Article.parse(JSON.parse(r.stdout));
    expect(article.claims.map((c) => [c.type, c.subject, c.value?.amount])).toContainEqual(['funding', 'Quillmark', 80_000_000]);
  });

  it('--help says what a walk skips', async ({ expect }) => {
    const r = await cli('--help');
    expect(r.stdout).toMatch(/hidden files and folders and a project's own papers \(README, CHANGELOG, LICENSE/);
  });
});

describe.concurrent('Markdown code blocks (item 7)', SLOW, () => {
  it('a claim inside a fenced block gives nothing; the prose claim stays', async ({ expect }) => {
    const r = await cli('--format', 'json', 'test/data/cli/code-block.md');
    expect(r.code).toBe(0);
    const article = Article.parse(JSON.parse(r.stdout));
    expect(article.claims.map((c) => [c.type, c.subject, c.value?.amount, c.evidence[0]!.text])).toEqual([
      ['funding', 'Brindle Labs', 30_000_000, 'Brindle Labs raised $30 million in a Series A round led by Index Ventures.'],
    ]);
    expect(JSON.stringify(article)).not.toContain('Acme');
  });
});

describe.concurrent('Windows-1252 text (item 10)', SLOW, () => {
  it('"£15.8m" survives, one warning names the decoding', async ({ expect }) => {
    const bytes = readFileSync(join(ROOT, 'test/data/cli/latin1.txt'));
    expect(bytes.includes(0xa3)).toBe(true); // the pound sign as one Latin-1 byte
    const [file, piped] = await Promise.all([cli('--format', 'json', 'test/data/cli/latin1.txt'), cliWith(['--format', 'json'], { input: bytes })]);
    for (const [r, name] of [
      [file, 'test/data/cli/latin1.txt'],
      [piped, '<stdin>'],
    ] as const) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(`newsfacts: ${name}: warning: not UTF-8; decoded as Windows-1252 (Latin-1)\n`);
      const article = Article.parse(JSON.parse(r.stdout));
      expect(article.claims.map((c) => [c.type, c.subject, c.value?.text, c.value?.amount, c.value?.currency])).toEqual([['funding', 'Brindle Labs', '£15.8m', 15_800_000, 'GBP']]);
      expect(article.claims[0]!.evidence[0]!.text).toBe('Brindle Labs raised £15.8m in a seed round led by Index Ventures, the company’s founder said.');
      expect(article.claims[0]!.evidence[0]!.text).not.toContain('\ufffd');
    }
  });
});

describe.concurrent('JSON Lines archives (item 13)', SLOW, () => {
  const ARCHIVE = 'test/data/cli/archive.jsonl';
  const lines = readFileSync(join(ROOT, ARCHIVE), 'utf8').split('\n');

  it('one article per line, ids carried in order; bad lines named by number, the rest still read: exit 3', async ({ expect }) => {
    const r = await cli('--input-format', 'jsonl', '--format', 'ndjson', ARCHIVE);
    expect(r.code).toBe(3);
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(new RegExp(`^newsfacts: ${ARCHIVE}:3: not JSON: `));
    expect(errors[1]).toBe(`newsfacts: ${ARCHIVE}:4: no "text", "html" or "markdown" string`);
    const articles = ndjson(r.stdout);
    expect(articles.map((a) => [a.source.id, a.source.line, a.source.format])).toEqual([
      ['bbc-001', 1, 'text'],
      [2, 2, 'html'],
      [undefined, 6, 'text'],
    ]);
    expect(lines[5]).toContain('Helix Bio raised $12 million');
    expect(articles.map((a) => a.claims.map((c) => [c.type, c.subject, c.value?.amount]))).toEqual([
      [['funding', 'Zentrix AI', 200_000_000]],
      [['headcount', 'Brindle Labs', 85]],
      [['funding', 'Helix Bio', 12_000_000]],
    ]);
  });

  it('read from stdin, and found by the .jsonl extension without --input-format', async ({ expect }) => {
    const [piped, byName] = await Promise.all([cliWith(['--input-format', 'jsonl', '--format', 'ndjson'], { input: readFileSync(join(ROOT, ARCHIVE)) }), cli('--format', 'ndjson', ARCHIVE)]);
    expect(piped.code).toBe(3);
    expect(piped.stderr).toMatch(/^newsfacts: <stdin>:3: not JSON: /m);
    expect(ndjson(piped.stdout).map((a) => [a.source.name, a.source.id])).toEqual([
      ['<stdin>', 'bbc-001'],
      ['<stdin>', 2],
      ['<stdin>', undefined],
    ]);
    expect(ndjson(byName.stdout).map((a) => a.source.id)).toEqual(['bbc-001', 2, undefined]);
  });

  it('the id in csv (source_id) and a bad line with --max-bytes', async ({ expect }) => {
    const [csv, small] = await Promise.all([cli('--format', 'csv', ARCHIVE), cli('--format', 'ndjson', '--max-bytes', '100', ARCHIVE)]);
    expect(csv.stdout.split('\r\n')[1]).toMatch(/,bbc-001$/);
    expect(small.stderr).toMatch(new RegExp(`^newsfacts: ${ARCHIVE}:2: larger than --max-bytes \\(100 bytes\\)$`, 'm'));
    expect(ndjson(small.stdout).map((a) => a.source.line)).toEqual([1, 6]);
  });
});
