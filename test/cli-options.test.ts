import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { withSlot } from './child-slots.js';
import { assertBuilt, cli, data, onTerminal, ROOT, SLOW } from './check-cli.js';

/**
 * Issue #14, the smaller items (11) and the one input loop (12), through the built binary.
 * digits.txt has two claims (Quillmark); no-claims.txt none; the test/data/check articles are
 * described in cli-ci.test.ts.
 */

const DIGITS = 'test/data/cli/digits.txt';
const NO_CLAIMS = 'test/data/cli/no-claims.txt';
const RAISED = data('funding-raised.txt');
const DENIED = data('funding-denied.txt');
const TEN = data('valued-10b.txt');
const FIFTEEN = data('short-name-15b.txt');
const BIN = join(ROOT, 'bin', 'newsfacts.js');

beforeAll(() => assertBuilt());

/**
 * `newsfacts FILE - --format F` with stdin held open: what stdout holds once `marker` appears
 * (or after `wait` ms), before stdin is closed. A format that streams prints FILE's article
 * while the run still waits for stdin.
 */
function beforeStdinCloses(format: string, marker: string, wait = 20_000): Promise<{ before: string; code: number | null }> {
  return withSlot(
    () =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, DIGITS, '-', '--format', format], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: 'pipe' });
        let out = '';
        let before: string | null = null;
        const close = () => {
          if (before !== null) return;
          before = out;
          child.stdin.end();
        };
        const timer = setTimeout(close, wait);
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          out += d;
          if (out.includes(marker)) close();
        });
        child.on('error', reject);
        child.on('close', (code) => {
          clearTimeout(timer);
          resolve({ before: before ?? '', code });
        });
      }),
  );
}

describe.concurrent('smaller items (11)', SLOW, () => {
  it('--fail-on-empty names each input that gave nothing on stderr', async ({ expect }) => {
    const r = await cli('--fail-on-empty', '--format', 'ndjson', NO_CLAIMS, DIGITS);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`newsfacts: ${NO_CLAIMS}: no claims (--fail-on-empty)\n`);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('no colour on a terminal when TERM=dumb', async ({ expect }) => {
    const [dumb, xterm] = await Promise.all([onTerminal(`$NEWSFACTS ${DIGITS}`, 100, { TERM: 'dumb' }), onTerminal(`$NEWSFACTS ${DIGITS}`, 100, { TERM: 'xterm' })]);
    expect(xterm.stdout).toMatch(/\x1b\[\d+m/); // the terminal gets colour…
    expect(dumb.code).toBe(0);
    expect(dumb.stdout).toContain('$412.5M');
    expect(dumb.stdout).not.toContain('\x1b'); // …but not a dumb one
  });

  it('--max-bytes takes 10MiB and 1e7 (and 1e2 refuses a larger file)', async ({ expect }) => {
    const [mib, sci, small] = await Promise.all([cli('--max-bytes', '10MiB', DIGITS), cli('--max-bytes', '1e7', DIGITS), cli('--max-bytes', '1e2', 'test/data/check/zentrix-v1.txt')]);
    expect([mib.code, sci.code]).toEqual([0, 0]);
    expect(mib.stdout).toContain('Quillmark');
    expect(small.code).toBe(3);
    expect(small.stderr).toBe('newsfacts: test/data/check/zentrix-v1.txt: larger than --max-bytes (100 bytes)\n');
  });

  it('subcommands take the main command’s format names and --type', async ({ expect }) => {
    const [table, ndjson, typed, conflictsTyped] = await Promise.all([
      cli('diff', RAISED, DENIED, '--format', 'table'),
      cli('diff', RAISED, DENIED, '--format', 'ndjson'),
      cli('diff', RAISED, DENIED, '--type', 'valuation'),
      cli('conflicts', TEN, FIFTEEN, '--type', 'funding,headcount'),
    ]);
    expect(table.code).toBe(1);
    expect(table.stdout).toMatch(/^~ funding Zentrix AI/m);
    expect(ndjson.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(ndjson.stdout)).toMatchObject({ identical: false, counts: { changed: 1 } });
    expect(typed.code).toBe(0);
    expect(typed.stdout).toMatch(/^no change: 0 claims the same in both$/m);
    expect(conflictsTyped.code).toBe(0);
  });

  it('a format a report cannot take is a usage error of its own', async ({ expect }) => {
    const r = await cli('diff', RAISED, DENIED, '--format', 'csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'csv' is not a format of diff; use table (the default) or json");
    expect(r.stderr).toMatch(/^Usage: newsfacts diff /m);
  });

  it('types -f json lists the types; types -f csv is rejected with its own usage', async ({ expect }) => {
    const [json, csv, text] = await Promise.all([cli('types', '-f', 'json'), cli('types', '-f', 'csv'), cli('types')]);
    expect(json.code).toBe(0);
    const types = JSON.parse(json.stdout) as Array<{ type: string; core: boolean; summary: string }>;
    expect(types.map((t) => t.type)).toEqual(text.stdout.trimEnd().split('\n').map((l) => l.split(/\s+/)[0]));
    expect(types.filter((t) => t.core).map((t) => t.type)).toEqual(['valuation', 'headcount', 'compute_deal', 'hiring']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/^Usage: newsfacts types /m);
  });

  it.for([
    ['table', '$412.5M'],
    ['csv', 'funding-quillmark-1'],
    ['markdown', '| funding | Quillmark |'],
  ])('--format %s streams: the first article is printed while stdin is still open', async ([format, marker], { expect }) => {
    const r = await beforeStdinCloses(format!, marker!);
    expect(r.code).toBe(0);
    expect(r.before).toContain(marker);
  });

  it('no argument with a terminal on stdin: usage and exit 2, as the README’s exit code table says', async ({ expect }) => {
    const r = await onTerminal('$NEWSFACTS', 100);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^Usage: newsfacts /m);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/^\| 2 \| usage error: [^\n]*no argument with a terminal on stdin/m);
  });
});

describe.concurrent('one input loop for every command (12)', SLOW, () => {
  it('check, diff and conflicts read with the main command’s --max-bytes, warnings and input errors', async ({ expect }) => {
    const [main, check, diff, conflicts] = await Promise.all([
      cli('--max-bytes', '50', RAISED),
      cli('check', RAISED, '--expect', data('funding.expect.json'), '--max-bytes', '50'),
      cli('diff', RAISED, DENIED, '--max-bytes', '50'),
      cli('conflicts', RAISED, TEN, '--max-bytes', '50'),
    ]);
    const line = (file: string) => `newsfacts: ${file}: larger than --max-bytes (50 bytes)`;
    for (const r of [main, check, diff, conflicts]) expect(r.code).toBe(3);
    expect(main.stderr).toBe(line(RAISED) + '\n');
    expect(check.stderr).toBe(line(RAISED) + '\n');
    expect(diff.stderr).toBe(`${line(RAISED)}\n${line(DENIED)}\n`);
    expect(conflicts.stderr).toBe(`${line(RAISED)}\n${line(TEN)}\n`);
  });

  it('the same warning for the same input, whichever command reads it', async ({ expect }) => {
    const LATIN = 'test/data/cli/latin1.txt';
    const [main, diff, conflicts] = await Promise.all([cli('--format', 'json', LATIN), cli('diff', LATIN, LATIN), cli('conflicts', LATIN)]);
    const warning = `newsfacts: ${LATIN}: warning: not UTF-8; decoded as Windows-1252 (Latin-1)\n`;
    expect(main.stderr).toBe(warning);
    expect(diff.stderr).toBe(warning + warning);
    expect(conflicts.stderr).toBe(warning);
    expect(diff.code).toBe(0);
  });

  it('conflicts read a JSON Lines archive like the main command', async ({ expect }) => {
    const r = await cli('conflicts', 'test/data/cli/archive.jsonl', TEN, '--format', 'json');
    expect(r.code).toBe(3); // the archive's two bad lines
    expect((JSON.parse(r.stdout) as { sources: string[] }).sources).toEqual(['test/data/cli/archive.jsonl', 'test/data/cli/archive.jsonl', 'test/data/cli/archive.jsonl', TEN]);
  });
});
