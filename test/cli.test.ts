import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withSlot } from './child-slots.js';
import { sharedData } from './shared-data.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article, CLAIM_TYPES } from '../src/schema.js';

/**
 * The built binary as a user runs it: `node bin/newsfacts.js …` in a child process,
 * checking exit code, stdout and stderr. These are properties of the CLI (formats, order,
 * stdin = file, exit codes, error lines), not of the extraction, which changes under us.
 * `npm test` builds first; running vitest alone needs a fresh `npm run build`.
 */

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'newsfacts.js');
const WIRE = 'fixtures/wire-story.txt';
const SPORTS = 'fixtures/no-claims-sports.txt';
/** Plain prose with no number and no company: no claim whatever the extractors do. */
const NO_CLAIMS = 'test/data/cli/no-claims.txt';
const SEED = sharedData('seed/talent-war-article.txt', 'the seed article via stdin (test/cli.test.ts)');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** A Node stack frame: what must never reach a user without --debug. */
const STACK_FRAME = /^\s+at .+[(:]\d+/m;

interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface CliOptions {
  /** Written to stdin, which is then closed; stdin is closed empty when not given (unless keepStdinOpen). */
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  keepStdinOpen?: boolean;
  onSpawn?: (child: ReturnType<typeof spawn>) => void;
}

/** The environment of a plain non-TTY run: no colour switches inherited from the test runner. */
function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}


function runChild(command: string, args: string[], opts: CliOptions = {}): Promise<Result> {
  return withSlot(() => spawnChild(command, args, opts));
}

function spawnChild(command: string, args: string[], opts: CliOptions): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: cleanEnv(opts.env), stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else if (!opts.keepStdinOpen) child.stdin.end();
    opts.onSpawn?.(child);
  });
}

/** Runs with no stdin, no env and no hooks depend only on argv: several tests share one run. */
const shared = new Map<string, Promise<Result>>();

function cli(args: string[], opts: CliOptions = {}): Promise<Result> {
  if (Object.keys(opts).length) return runChild(process.execPath, [BIN, ...args], opts);
  const key = JSON.stringify(args);
  if (!shared.has(key)) shared.set(key, runChild(process.execPath, [BIN, ...args], opts));
  return shared.get(key)!;
}

/** Generous: a test may queue behind others for a slot on a busy 2-core machine. */
const SLOW = { timeout: 60_000 };

function json(r: Result): unknown {
  return JSON.parse(r.stdout);
}

function articleOf(r: Result): Article {
  return Article.parse(json(r));
}

function articlesOf(r: Result): Article[] {
  const parsed = json(r);
  expect(Array.isArray(parsed)).toBe(true);
  return (parsed as unknown[]).map((a) => Article.parse(a));
}

let tmp = '';
beforeAll(() => {
  const dist = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(dist)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does)');
  if (statSync(join(ROOT, 'src', 'cli.ts')).mtimeMs > statSync(dist).mtimeMs + 1000) {
    throw new Error('dist/cli.js is older than src/cli.ts: run `npm run build` first (npm test does)');
  }
  tmp = mkdtempSync(join(tmpdir(), 'newsfacts-cli-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.concurrent('output formats', SLOW, () => {
  it('prints a table with the subject and a value, exit 0, nothing on stderr', async ({ expect }) => {
    const r = await cli([WIRE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Parallax Reasoning Labs');
    expect(r.stdout).toMatch(/\$\d[\d.,]*\s?[BMK]?/);
  });

  it('--format json prints one Article that the zod schema accepts', async ({ expect }) => {
    const r = await cli(['--format', 'json', WIRE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const article = articleOf(r);
    expect(article.source).toMatchObject({ name: WIRE, format: 'text' });
    expect(article.claims.length).toBeGreaterThan(0);
  });

  it('--format json with two files prints an array in input (not sorted) order', async ({ expect }) => {
    expect(WIRE > SPORTS).toBe(true); // so input order is not also sorted order
    const r = await cli(['--format', 'json', WIRE, SPORTS]);
    expect(r.code).toBe(0);
    expect(articlesOf(r).map((a) => a.source.name)).toEqual([WIRE, SPORTS]);
  });

  it('--format ndjson prints one Article per line in input order', async ({ expect }) => {
    const files = [SPORTS, WIRE, 'fixtures/markdown-blog.md'];
    const r = await cli(['--format', 'ndjson', ...files]);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => Article.parse(JSON.parse(l)).source.name)).toEqual(files);
  });

  it('--format json on a directory is an array even when it holds one article', async ({ expect }) => {
    const dir = join(tmp, 'one-article');
    mkdirSync(dir);
    writeFileSync(join(dir, 'only.txt'), 'Acme Robotics raised $40 million in a Series B round.\n');
    const r = await cli(['--format', 'json', dir]);
    expect(r.code).toBe(0);
    expect(articlesOf(r).map((a) => a.source.name)).toEqual([join(dir, 'only.txt')]);
  });

  it('a directory argument walks .txt, .md and .html in sorted order, other files skipped', async ({ expect }) => {
    const dir = join(tmp, 'walk');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const line = 'Acme Robotics employs about 120 people.\n';
    for (const name of ['c.txt', 'a.md', 'b.html', 'sub/d.txt', 'notes.json', 'image.png']) writeFileSync(join(dir, name), line);
    const r = await cli(['--format', 'ndjson', dir]);
    expect(r.code).toBe(0);
    const names = r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as Article).source.name);
    expect(names).toEqual(['a.md', 'b.html', 'c.txt', 'sub/d.txt'].map((n) => join(dir, n)));
  });
});

describe.concurrent('stdin', SLOW, () => {
  it('`< file` and `-` give the file’s JSON with source.name <stdin>, byte-identical on two runs', async ({ expect }) => {
    const input = readFileSync(join(ROOT, WIRE));
    const [fromFile, fromFileAgain, piped, dash] = await Promise.all([
      cli(['--format', 'json', WIRE]),
      cli(['--format', 'json', WIRE]),
      cli(['--format', 'json'], { input }),
      cli(['--format', 'json', '-'], { input }),
    ]);
    for (const r of [fromFile, piped, dash]) expect(r.code).toBe(0);
    expect(fromFileAgain.stdout).toBe(fromFile.stdout);
    expect(dash.stdout).toBe(piped.stdout);
    const file = articleOf(fromFile);
    const stdin = articleOf(piped);
    expect(stdin.source.name).toBe('<stdin>');
    expect({ ...stdin, source: { ...stdin.source, name: WIRE } }).toEqual(file);
  });

  it.skipIf(!SEED)('the seed article gives the same claims via stdin as from the file', async ({ expect }) => {
    const [fromFile, piped] = await Promise.all([cli(['--format', 'json', SEED!]), cli(['--format', 'json'], { input: readFileSync(SEED!) })]);
    expect(fromFile.code).toBe(0);
    expect(piped.code).toBe(0);
    const file = articleOf(fromFile);
    const stdin = articleOf(piped);
    expect(stdin.claims).toEqual(file.claims);
    const valuation = file.claims.find((c) => c.type === 'valuation' && c.subject === 'Thinking Machines Lab');
    expect(valuation?.value).toMatchObject({ amount: 12000000000, currency: 'USD' });
  });
});

describe.concurrent('options', SLOW, () => {
  it('--type valuation,headcount keeps only those types', async ({ expect }) => {
    const [all, some] = await Promise.all([cli(['--format', 'json', WIRE]), cli(['--format', 'json', '--type', 'valuation,headcount', WIRE])]);
    expect(some.code).toBe(0);
    const kept = articleOf(some).claims;
    expect(kept.length).toBeGreaterThan(0);
    for (const c of kept) expect(['valuation', 'headcount']).toContain(c.type);
    expect(kept).toEqual(articleOf(all).claims.filter((c) => c.type === 'valuation' || c.type === 'headcount'));
  });

  it('--type foo: exit 2, names foo and lists the valid types, no stack trace', async ({ expect }) => {
    const r = await cli(['--type', 'valuation,foo', WIRE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("'foo'");
    for (const t of CLAIM_TYPES) expect(r.stderr).toContain(t);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('an unknown option: exit 2 with the usage line', async ({ expect }) => {
    const r = await cli(['--bogus', WIRE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^newsfacts: unknown option '--bogus'$/m);
    expect(r.stderr).toMatch(/^Usage: newsfacts /m);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('bad option values are usage errors (exit 2)', async ({ expect }) => {
    const results = await Promise.all([
      cli(['--format', 'xml', WIRE]),
      cli(['--min-confidence', '1.5', WIRE]),
      cli(['--max-bytes', 'lots', WIRE]),
    ]);
    for (const r of results) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^Usage: newsfacts /m);
      expect(r.stderr).not.toMatch(STACK_FRAME);
    }
  });

  it('--fail-on-empty: exit 1 without claims, 0 with', async ({ expect }) => {
    const [empty, some] = await Promise.all([cli(['--fail-on-empty', NO_CLAIMS]), cli(['--fail-on-empty', WIRE])]);
    expect(empty.code).toBe(1);
    expect(some.code).toBe(0);
  });

  it('--min-confidence drops the claims below it', async ({ expect }) => {
    const [all, high] = await Promise.all([cli(['--format', 'json', WIRE]), cli(['--format', 'json', '--min-confidence', '0.99', WIRE])]);
    expect(high.code).toBe(0);
    const before = articleOf(all).claims;
    const after = articleOf(high).claims;
    expect(after).toEqual(before.filter((c) => c.confidence >= 0.99));
    expect(after.length).toBeLessThan(before.length);
  });
});

describe.concurrent('information commands', SLOW, () => {
  it('--version prints the package version', async ({ expect }) => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });

  it('--help shows examples and every exit code', async ({ expect }) => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: newsfacts /m);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('Exit codes:');
    for (const code of [0, 1, 2, 3, 4, 130]) expect(r.stdout).toMatch(new RegExp(`^\\s+${code}\\s+\\S`, 'm'));
  });

  it('schema prints a JSON Schema whose claim fields are described', async ({ expect }) => {
    const r = await cli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as {
      $schema: string;
      properties: { claims: { items: { properties: Record<string, { description?: string }>; required: string[] } } };
    };
    expect(schema.$schema).toMatch(/^https:\/\/json-schema\.org\//);
    const claim = schema.properties.claims.items;
    expect(claim.required).toEqual(expect.arrayContaining(['id', 'type', 'subject', 'counterparty', 'value', 'modality', 'attribution', 'evidence', 'confidence']));
    const undescribed = Object.entries(claim.properties).filter(([, p]) => !p.description).map(([k]) => k);
    expect(undescribed).toEqual([]);
  });

  it('types lists the nine claim types, one per line', async ({ expect }) => {
    const r = await cli(['types']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual([...CLAIM_TYPES]);
    expect(lines).toHaveLength(9);
  });
});

describe.concurrent('bad input (issue #5)', SLOW, () => {
  it('a missing file: one stderr line, exit 3, and the other inputs are still printed', async ({ expect }) => {
    const missing = join(tmp, 'missing.txt');
    const r = await cli(['--format', 'json', WIRE, missing, SPORTS]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`newsfacts: ${missing}: no such file\n`);
    expect(articlesOf(r).map((a) => a.source.name)).toEqual([WIRE, SPORTS]);
  });

  it('a binary file: exit 3, named', async ({ expect }) => {
    const path = join(tmp, 'photo.txt');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 0, 0xff, 0xfe, 0]));
    const r = await cli([path]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`^newsfacts: ${escape(path)}: .*binary`, 'm'));
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a directory without articles: exit 3, named', async ({ expect }) => {
    const dir = 'test/data/input/empty-dir-articles';
    const r = await cli([dir]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`^newsfacts: ${escape(dir)}: `, 'm'));
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('an empty file: no claims, a warning, exit 0', async ({ expect }) => {
    const path = join(tmp, 'empty.txt');
    writeFileSync(path, '');
    const r = await cli(['--format', 'json', path]);
    expect(r.code).toBe(0);
    const article = articleOf(r);
    expect(article.claims).toEqual([]);
    expect(article.warnings.length).toBeGreaterThan(0);
    expect(r.stderr).toContain('warning');
  });

  it('non-English text: a warning, exit 0', async ({ expect }) => {
    const r = await cli(['--format', 'json', 'test/data/input/french.txt']);
    expect(r.code).toBe(0);
    expect(articleOf(r).warnings.join(' ')).toMatch(/english/i);
  });

  it('--max-bytes: exit 3 with "larger than --max-bytes", for a file and for stdin', async ({ expect }) => {
    const [file, stdin] = await Promise.all([cli(['--max-bytes', '100', WIRE]), cli(['--max-bytes', '100'], { input: readFileSync(join(ROOT, WIRE)) })]);
    expect(file.code).toBe(3);
    expect(file.stderr).toContain(`${WIRE}: larger than --max-bytes`);
    expect(stdin.code).toBe(3);
    expect(stdin.stderr).toContain('<stdin>: larger than --max-bytes');
  });

  it('HTML: only the article’s claims, none from navigation, ads or related stories', async ({ expect }) => {
    const r = await cli(['--format', 'json', 'test/data/input/boilerplate-page.html']);
    expect(r.code).toBe(0);
    const article = articleOf(r);
    expect(article.source.format).toBe('html');
    expect(article.claims.some((c) => c.subject === 'Acme Robotics')).toBe(true);
    // Companies that appear only in the ad, the script, the related-stories box and the footer.
    const elsewhere = ['Zenith Analytics', 'Quarry Labs', 'Globex', 'Helios Compute', 'Initech', 'Bolt Cloud', 'The Daily Widget', 'Daily Widget'];
    for (const c of article.claims) {
      expect(elsewhere).not.toContain(c.subject);
      expect(elsewhere).not.toContain(c.counterparty);
      for (const e of c.evidence) for (const name of elsewhere) expect(e.text).not.toContain(name);
    }
  });
});

describe.concurrent('the process', SLOW, () => {
  it('output into a closed pipe: no EPIPE and no stack trace', async ({ expect }) => {
    const r = await runChild('bash', ['-c', 'set -o pipefail; node bin/newsfacts.js --format ndjson --with-text fixtures/*.txt fixtures/*.txt | head -1']);
    expect(r.stderr).not.toMatch(/EPIPE/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    Article.parse(JSON.parse(r.stdout));
  });

  it('Ctrl-C while waiting for stdin: exit 130 (or killed by SIGINT), no trace', async ({ expect }) => {
    const r = await cli([], {
      keepStdinOpen: true,
      onSpawn: (child) => setTimeout(() => child.kill('SIGINT'), 1500),
    });
    expect(r.code === 130 || r.signal === 'SIGINT').toBe(true);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stdout).toBe('');
  });

  it('NO_COLOR and a non-TTY stdout give a plain table; FORCE_COLOR=1 colours it', async ({ expect }) => {
    const [plain, noColor, forced] = await Promise.all([cli([WIRE]), cli([WIRE], { env: { NO_COLOR: '1' } }), cli([WIRE], { env: { FORCE_COLOR: '1' } })]);
    expect(plain.stdout).not.toContain('\x1b');
    expect(noColor.stdout).not.toContain('\x1b');
    expect(forced.stdout).toMatch(/\x1b\[\d+m/);
    expect(forced.stdout.replace(/\x1b\[\d+(;\d+)*m/g, '')).toBe(plain.stdout);
  });
});

// The adversarial inputs, through the real CLI: each finishes (within the test's
// time-out; its speed per megabyte is the benchmark's row), prints an article, no trace.
describe('pathological text', SLOW, () => {
  const MB = 1 << 20;
  it.each([
    ['a megabyte of "$1$1$1"', '$1'.repeat(MB / 2)],
    ['a megabyte of "1,1,1,"', '1,'.repeat(MB / 2)],
    ['a 500 KB word', 'a'.repeat(500 * 1024)],
    ['100,000 capitalised words in a row', Array.from({ length: 100_000 }, (_, i) => `Word${String.fromCharCode(65 + (i % 26))}`).join(' ')],
  ])('%s: exit 0, no claims, the whole text read', async (name, text) => {
    const file = join(tmp, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, text);
    const r = await cli([file, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const article = articleOf(r);
    expect(article.claims).toEqual([]);
    expect(article.source.chars).toBe(text.length);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
