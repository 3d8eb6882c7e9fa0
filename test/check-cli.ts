import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { withSlot } from './child-slots.js';

/**
 * The built binary in a child process, for the check, diff and conflicts tests: exit code,
 * stdout and stderr. Runs with the same argv share one child, and children are rationed to
 * the cores (each loads the NLP for about a second of CPU).
 */

export const ROOT = join(import.meta.dirname, '..');
export const DATA = 'test/data/check';
const BIN = join(ROOT, 'bin', 'newsfacts.js');

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Generous: a test may queue behind others for a slot on a busy 2-core machine. */
export const SLOW = { timeout: 90_000 };

/** Throws when dist/ is missing or older than the sources these tests exercise. */
export function assertBuilt(): void {
  const dist = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(dist)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does)');
  for (const src of ['src/cli.ts', 'src/check/check.ts', 'src/check/diff.ts', 'src/check/conflicts.ts']) {
    if (statSync(join(ROOT, src)).mtimeMs > statSync(dist).mtimeMs + 1000) throw new Error(`dist/ is older than ${src}: run \`npm run build\` first (npm test does)`);
  }
}

/**
 * The set-up of a test file of the built binary: checks dist/ is fresh, and gives a scratch
 * directory made before the tests and removed after them (call the result inside a test).
 */
export function builtWithScratch(name: string): () => string {
  let tmp = '';
  beforeAll(() => {
    assertBuilt();
    tmp = mkdtempSync(join(tmpdir(), `newsfacts-${name}-`));
  });
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });
  return () => tmp;
}

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env };
  delete e.NO_COLOR;
  delete e.FORCE_COLOR;
  return e;
}

export interface RunOptions {
  /** Written to stdin, which is then closed (stdin is closed empty otherwise). */
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
}

function spawnCli(args: string[], opts: RunOptions = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const e = env();
    for (const [k, v] of Object.entries(opts.env ?? {})) {
      if (v === undefined) delete e[k];
      else e[k] = v;
    }
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: e, stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    if (opts.input !== undefined) child.stdin!.end(opts.input);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const shared = new Map<string, Promise<Result>>();

/** `newsfacts …args` from the project root; the same argv runs once per test file. */
export function cli(...args: string[]): Promise<Result> {
  const key = JSON.stringify(args);
  if (!shared.has(key)) shared.set(key, withSlot(() => spawnCli(args)));
  return shared.get(key)!;
}

/** `newsfacts …args` with stdin or environment of its own: never shared. */
export function cliWith(args: string[], opts: RunOptions): Promise<Result> {
  return withSlot(() => spawnCli(args, opts));
}

/**
 * A shell command line with the built binary as $NEWSFACTS, under `script` so that it runs
 * on a terminal of `columns` columns (stdout or stderr can then be a terminal while the other
 * is a pipe). Its output is the terminal's, CR LF line ends turned back into LF.
 */
export function onTerminal(command: string, columns: number, env: Record<string, string> = {}): Promise<Result> {
  const line = `stty cols ${columns} rows 50; NEWSFACTS="${process.execPath} ${BIN}"; ${command}`;
  return withSlot(
    () =>
      new Promise((resolve, reject) => {
        const child = spawn('script', ['-qec', line, '/dev/null'], { cwd: ROOT, env: { ...process.env, ...env, NO_COLOR: undefined, FORCE_COLOR: undefined, COLUMNS: undefined }, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout: stdout.replace(/\r\n/g, '\n'), stderr }));
      }),
  );
}

/** A path under test/data/check, relative to the project root (as the CLI is given it). */
export function data(name: string): string {
  return `${DATA}/${name}`;
}
