import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { patternSources } from '../src/claims/rules/registry.js';

/**
 * The build's snapshot of compiled patterns (src/structure/pattern.ts, scripts/build-patterns.mjs)
 * stands for compiling: every pattern read from a snapshot is, once decoded, what compiling its
 * source gives under the same word numbers, element for element.
 */
type PatternModule = typeof import('../src/structure/pattern.js');
const fresh = async (): Promise<PatternModule> => {
  vi.resetModules();
  return import('../src/structure/pattern.js');
};

async function expectSnapshotStandsFor(text: string, sources: string[]): Promise<void> {
  const m = await fresh();
  m.usePatternSnapshot(text);
  for (const source of sources) {
    const read = m.decoded(m.compile(source));
    const compiled = m.compileHere(source);
    expect(read, source).toEqual(compiled);
  }
}

describe('pattern snapshot', () => {
  const sources = patternSources();

  it('holds what compiling gives, for every pattern the extractors compile', async () => {
    const built = await fresh();
    for (const s of sources) built.compile(s);
    await expectSnapshotStandsFor(built.patternSnapshot(), sources);
  });

  it('leaves a source it lacks to be compiled, numbering its new words after its own', async () => {
    const built = await fresh();
    built.compile(sources[0]!);
    const m = await fresh();
    m.usePatternSnapshot(built.patternSnapshot());
    const other = '[subject:ORG] {frobnicate} [value:COUNT] (widgets|gizmos)';
    const p = m.compile(other);
    expect(m.decoded(p)).toEqual(m.compileHere(other));
    expect(p.required.length).toBeGreaterThan(0);
  });

  it('refuses to be read after patterns were compiled without it', async () => {
    const built = await fresh();
    built.compile(sources[0]!);
    const text = built.patternSnapshot();
    expect(() => built.usePatternSnapshot(text)).toThrow(/compiled before/);
  });

  const dist = new URL('../dist/structure/patterns.txt', import.meta.url);
  it.skipIf(!existsSync(dist))('the built file (dist/structure/patterns.txt) holds what compiling gives', async () => {
    const text = readFileSync(dist, 'utf8');
    const inFile = new Set(text.split('\n').filter((_, i, lines) => i > 3 + Number(lines[3]) && (i - 4 - Number(lines[3])) % 2 === 0));
    await expectSnapshotStandsFor(text, sources.filter((s) => inFile.has(s)));
  });
});
