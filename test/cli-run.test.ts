import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, run, type Deps, type Io } from '../src/cli.js';
import { Article } from '../src/schema.js';

/**
 * `run(argv, io, deps)` in process, for what a child process cannot easily show: a TTY
 * stdin or stderr, an extractor that crashes, and the moment each ndjson line is written.
 */

interface FakeIo extends Io {
  out(): string;
  err(): string;
  /** Both streams as one terminal would show them: stdout and stderr writes in order. */
  screen(): string;
}

function fakeIo(opts: { stdinTTY?: boolean; stdoutTTY?: boolean; stderrTTY?: boolean; stdin?: string; env?: NodeJS.ProcessEnv } = {}): FakeIo {
  const stdin = Object.assign(Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]), { isTTY: opts.stdinTTY });
  const stdout = Object.assign(new PassThrough(), { isTTY: opts.stdoutTTY });
  const stderr = Object.assign(new PassThrough(), { isTTY: opts.stderrTTY, columns: 60 });
  let out = '';
  let err = '';
  let screen = '';
  stdout.on('data', (d: Buffer) => {
    out += d.toString('utf8');
    screen += d.toString('utf8');
  });
  stderr.on('data', (d: Buffer) => {
    err += d.toString('utf8');
    screen += d.toString('utf8');
  });
  return { stdin, stdout, stderr, env: opts.env ?? {}, out: () => out, err: () => err, screen: () => screen };
}

/** An extract that does no NLP: a valid empty article, so batch tests stay fast. */
const emptyExtract: NonNullable<Deps['extract']> = (text, o = {}) => ({
  schemaVersion: 1,
  source: { name: o.name ?? '<text>', format: o.format ?? 'text', chars: text.length, sha256: o.sha256 ?? '', title: o.title ?? null },
  entities: [],
  claims: [],
  warnings: o.warnings ?? [],
});

const tmp = mkdtempSync(join(tmpdir(), 'newsfacts-run-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A directory of n tiny articles, a-000.txt … */
function articles(n: number): string {
  const dir = join(tmp, `batch-${n}`);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `a-${String(i).padStart(3, '0')}.txt`), `Acme Robotics employs about ${i + 10} people.\n`);
  return dir;
}

describe('usage', () => {
  it('no arguments with a terminal on stdin: usage on stderr, exit 2', async () => {
    const io = fakeIo({ stdinTTY: true });
    expect(await run([], io, { extract: emptyExtract })).toBe(EXIT.usage);
    expect(io.err()).toMatch(/^Usage: newsfacts /m);
    expect(io.out()).toBe('');
  });

  it('no arguments with piped stdin: reads it', async () => {
    const io = fakeIo({ stdin: 'Acme Robotics employs about 120 people.\n' });
    expect(await run(['--format', 'json'], io, { extract: emptyExtract })).toBe(EXIT.ok);
    expect(Article.parse(JSON.parse(io.out())).source.name).toBe('<stdin>');
  });
});

describe('every output format, with the real pipeline', () => {
  it.each(['table', 'json', 'ndjson', 'markdown', 'csv', 'html'])('--format %s: exit 0, output, nothing on stderr', async (format) => {
    const io = fakeIo();
    expect(await run(['--format', format, 'fixtures/wire-story.txt', 'fixtures/markdown-blog.md'], io)).toBe(EXIT.ok);
    expect(io.err()).toBe('');
    expect(io.out().endsWith('\n')).toBe(true);
    if (format !== 'csv') for (const name of ['wire-story.txt', 'markdown-blog.md']) expect(io.out()).toContain(name);
  });

  it("'-' twice is a usage error", async () => {
    const io = fakeIo({ stdin: 'text' });
    expect(await run(['-', '-'], io)).toBe(EXIT.usage);
    expect(io.err()).toBe("newsfacts: '-' (stdin) can be given only once\n");
  });
});

describe('colour', () => {
  const table = async (argv: string[], env: NodeJS.ProcessEnv, stdoutTTY = false) => {
    const io = fakeIo({ env, stdoutTTY });
    await run(argv, io, { extract: emptyExtract });
    return io.out();
  };

  it('on for a terminal, off for a pipe; NO_COLOR beats FORCE_COLOR; --no-color beats both', async () => {
    const dir = articles(1);
    expect(await table([dir], {}, true)).toMatch(/\x1b\[/);
    expect(await table([dir], {})).not.toContain('\x1b');
    expect(await table([dir], { FORCE_COLOR: '1' })).toMatch(/\x1b\[/);
    expect(await table([dir], { NO_COLOR: '1' }, true)).not.toContain('\x1b');
    expect(await table([dir], { NO_COLOR: '1', FORCE_COLOR: '1' })).not.toContain('\x1b');
    expect(await table(['--no-color', dir], { FORCE_COLOR: '1' }, true)).not.toContain('\x1b');
    expect(await table([dir], { FORCE_COLOR: '0' }, true)).not.toContain('\x1b');
  });
});

describe('internal errors', () => {
  const crash: Deps = {
    extract: () => {
      throw new TypeError("Cannot read properties of undefined (reading 'start')\nsecond line");
    },
  };

  it('exit 4 with one line that points to --debug, no trace', async () => {
    const io = fakeIo();
    expect(await run([articles(1)], io, crash)).toBe(EXIT.internal);
    const lines = io.err().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^newsfacts: .*a-000\.txt: internal error: Cannot read properties of undefined \(reading 'start'\) \(run again with --debug for the trace\)$/);
  });

  it('--debug prints the trace', async () => {
    const io = fakeIo();
    expect(await run(['--debug', articles(1)], io, crash)).toBe(EXIT.internal);
    expect(io.err()).toMatch(/^\s+at /m);
    expect(io.err()).not.toContain('--debug for the trace');
  });

  it('one crashing article does not lose the others; the worst exit code wins', async () => {
    const dir = articles(3);
    const io = fakeIo();
    const flaky: Deps = {
      extract: (text, o) => {
        if (o?.name?.endsWith('a-001.txt')) throw new Error('boom');
        return emptyExtract(text, o);
      },
    };
    expect(await run(['--format', 'ndjson', '--fail-on-empty', join(tmp, 'missing.txt'), dir], io, flaky)).toBe(EXIT.internal);
    const names = io.out().trimEnd().split('\n').map((l) => (JSON.parse(l) as Article).source.name);
    expect(names).toEqual([join(dir, 'a-000.txt'), join(dir, 'a-002.txt')]);
    expect(io.err()).toContain('missing.txt: no such file');
    expect(io.err()).toContain('a-001.txt: internal error: boom');
  });

  it('input error beats --fail-on-empty: exit 3', async () => {
    const io = fakeIo();
    expect(await run(['--fail-on-empty', join(tmp, 'missing.txt'), articles(1)], io, { extract: emptyExtract })).toBe(EXIT.input);
  });
});

describe('streaming and progress', () => {
  it('ndjson writes each article’s line before the next article is read', async () => {
    const io = fakeIo();
    const seenBefore: number[] = [];
    const counting: Deps = {
      extract: (text, o) => {
        seenBefore.push(io.out().split('\n').filter(Boolean).length);
        return emptyExtract(text, o);
      },
    };
    expect(await run(['--format', 'ndjson', articles(4)], io, counting)).toBe(EXIT.ok);
    expect(seenBefore).toEqual([0, 1, 2, 3]);
  });

  it('a progress line on a terminal stderr for more than 20 inputs, wiped at the end', async () => {
    const io = fakeIo({ stderrTTY: true });
    expect(await run(['--format', 'ndjson', articles(25)], io, { extract: emptyExtract })).toBe(EXIT.ok);
    const err = io.err();
    expect(err).toMatch(/\r\x1b\[K\[#* *\] 24\/25 /);
    expect(err).toMatch(/\] 24\/25 .*a-024\.txt/);
    expect(err.endsWith('\r\x1b[K')).toBe(true);
    expect(io.out().trimEnd().split('\n')).toHaveLength(25);
  });

  it('on a terminal showing both streams, the bar is wiped before each streamed line', async () => {
    const io = fakeIo({ stdoutTTY: true, stderrTTY: true });
    expect(await run(['--format', 'ndjson', articles(21)], io, { extract: emptyExtract })).toBe(EXIT.ok);
    const lines = io.screen().split('\n').filter(Boolean);
    expect(lines).toHaveLength(21);
    // Each line starts with a bar that was drawn and wiped ("\r\x1b[K"), then pure JSON.
    for (const line of lines) expect(line).toMatch(/^(\r\x1b\[K\[[# ]+\] \d+\/21 [^\r]*\r\x1b\[K)?\{"schemaVersion":1.*\}$/);
  });

  it('no progress line when stderr is not a terminal, or for 20 inputs or fewer', async () => {
    const pipe = fakeIo({ stderrTTY: false });
    await run(['--format', 'ndjson', articles(25)], pipe, { extract: emptyExtract });
    expect(pipe.err()).toBe('');
    const few = fakeIo({ stderrTTY: true });
    await run(['--format', 'ndjson', articles(20)], few, { extract: emptyExtract });
    expect(few.err()).toBe('');
  });

  it('warnings are printed on their own line, never after a half-drawn bar', async () => {
    const dir = articles(22);
    writeFileSync(join(dir, 'a-005.txt'), '');
    const io = fakeIo({ stderrTTY: true });
    await run(['--format', 'ndjson', dir], io, { extract: emptyExtract });
    expect(io.err()).toMatch(/\r\x1b\[Knewsfacts: .*a-005\.txt: warning: /);
  });
});
