import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadScript, saveScriptCache } from '../src/cli/script.js';
import { extractFromPlainText } from '../src/pipeline.js';

/**
 * The CLI runs the extraction from one built script with V8's code cache of it (src/cli/script.ts,
 * dist/extract.cjs): the same articles as the modules, and a cache used only for its own source.
 */
describe('extraction script', () => {
  it('takes its cache, and never the cache of another source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-script-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 's.cjs');
    const line = (digit: string) => `// build ${digit.repeat(40)}\n`;
    writeFileSync(file, `${line('1')}exports.twice = (x) => x * 2; exports.url = __import_meta_url;\n`);
    const first = loadScript<{ twice(x: number): number; url: string }>(file);
    expect(first.cached).toBe(false);
    expect(first.exports.twice(21)).toBe(42);
    expect(first.exports.url).toMatch(/^file:.*s\.cjs$/);
    saveScriptCache(file, first);
    expect(loadScript<{ twice(x: number): number }>(file).cached).toBe(true);
    // another build of the same length: V8 alone would take the cache (it checks the length)
    writeFileSync(file, `${line('2')}exports.twice = (x) => x * 3; exports.url = __import_meta_url;\n`);
    const other = loadScript<{ twice(x: number): number }>(file);
    expect(other.cached).toBe(false);
    expect(other.exports.twice(21)).toBe(63);
  });

  const built = new URL('../dist/extract.cjs', import.meta.url);
  it.skipIf(!existsSync(built))('the built script (dist/extract.cjs) reads the fixtures as the modules do', () => {
    const { exports } = loadScript<{ extractFromPlainText: typeof extractFromPlainText }>(built.pathname);
    const fixtures = new URL('../fixtures/', import.meta.url);
    for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(new URL(f, fixtures), 'utf8');
      expect(exports.extractFromPlainText(text, { name: f }), f).toEqual(extractFromPlainText(text, { name: f }));
    }
  });
});
