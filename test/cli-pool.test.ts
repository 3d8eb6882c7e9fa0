import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A batch of more than 20 inputs with --jobs 2 runs on the worker pool (src/parallel/pool.ts): the built CLI
 * must print the same articles, byte for byte and in input order, as it does in process, and
 * report bad inputs the same way.
 */
const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'newsfacts.js');
const FIXTURES = ['wire-story.txt', 'roundup.txt', 'press-release.txt', 'key-facts-box.txt'];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-pool-'));
  for (let i = 0; i < 24; i++) copyFileSync(join(ROOT, 'fixtures', FIXTURES[i % FIXTURES.length]!), join(dir, `a${String(i).padStart(2, '0')}.txt`));
  writeFileSync(join(dir, 'z-empty.txt'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: ROOT, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('many inputs on the worker pool', { timeout: 120_000 }, () => {
  it('prints every article in input order, identical to the in-process run, and reports bad inputs', async () => {
    const pooled = await cli('--format', 'ndjson', '--jobs', '2', dir, join(dir, 'missing.txt'));
    expect(pooled.code).toBe(3);
    expect(pooled.stderr).toContain(`${join(dir, 'missing.txt')}: no such file`);
    expect(pooled.stderr).toContain(`${join(dir, 'z-empty.txt')}: warning: empty input`);
    const lines = pooled.stdout.trim().split('\n');
    expect(lines).toHaveLength(25);
    const names = lines.map((l) => (JSON.parse(l) as { source: { name: string } }).source.name);
    expect(names).toEqual([...Array.from({ length: 24 }, (_, i) => join(dir, `a${String(i).padStart(2, '0')}.txt`)), join(dir, 'z-empty.txt')]);
    // the same files in process (four inputs, below the pool's threshold)
    const few = await cli('--format', 'ndjson', ...[0, 1, 2, 3].map((i) => join(dir, `a0${i}.txt`)));
    expect(few.code).toBe(0);
    expect(few.stdout.trim().split('\n')).toEqual(lines.slice(0, 4));
  });
});
