import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patternSources } from '../src/claims/rules/registry.js';
import { extract } from '../src/index.js';
import { compiledSources } from '../src/structure/pattern.js';
import { sharedData } from './shared-data.js';

/**
 * Nothing is compiled outside the build's pattern snapshot: every pattern an extraction compiles
 * is one scripts/build-patterns.mjs compiles (patternSources in src/claims/rules/registry.ts). A
 * pattern left out is compiled at run time by every run that reaches it, and the first such
 * compile makes the pattern module number every snapshot set by its words (bench/PROFILE.md §19:
 * two compensation patterns had cost a cold article ~5 % of its instructions).
 */
const fixtureDir = join(import.meta.dirname, '..', 'fixtures');
const formatOf = (f: string) => (f.endsWith('.md') ? 'markdown' : f.endsWith('.html') ? 'html' : 'text');
const articlesIn = (dir: string) => readdirSync(dir).filter((f) => /\.(?:txt|md|html)$/.test(f) && f !== 'README.md').sort();

function compiledOutside(dir: string): string[] {
  for (const f of articlesIn(dir)) extract(readFileSync(join(dir, f), 'utf8'), { name: f, format: formatOf(f) });
  const snapshotted = new Set(patternSources());
  return compiledSources().filter((s) => !snapshotted.has(s));
}

describe('pattern snapshot coverage', () => {
  it('the fixtures compile no pattern the snapshot lacks', () => {
    expect(compiledOutside(fixtureDir)).toEqual([]);
    expect(compiledSources().length).toBeGreaterThan(0);
  });

  const dev = sharedData('devset', 'the pattern snapshot coverage of the dev set');
  it.skipIf(!dev)('the dev set compiles no pattern the snapshot lacks', () => {
    expect(compiledOutside(dev!)).toEqual([]);
  });
});
