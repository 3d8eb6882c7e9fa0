import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExpectedClaim } from '../src/claims/example.js';
import { extract } from '../src/index.js';
import { compareClaims } from './claim-match.js';

/**
 * Golden tests: every team-written fixture gives exactly the claims its
 * NAME.expected.json lists (each listed field checked; nothing extra).
 */
const dir = join(import.meta.dirname, '..', 'fixtures');
const fixtures = readdirSync(dir).filter((f) => /\.(?:txt|md|html)$/.test(f) && f !== 'README.md').sort();

const formatOf = (f: string) => (f.endsWith('.md') ? 'markdown' : f.endsWith('.html') ? 'html' : 'text');

describe('fixtures', () => {
  it('there are at least eight fixture articles, each with a golden file', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    for (const f of fixtures) expect(readdirSync(dir)).toContain(f.replace(/\.\w+$/, '.expected.json'));
  });

  it.each(fixtures)('%s matches its golden file', (f) => {
    const raw = readFileSync(join(dir, f), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, f.replace(/\.\w+$/, '.expected.json')), 'utf8')) as { claims: ExpectedClaim[] };
    const article = extract(raw, { name: f, format: formatOf(f), withText: true });
    for (const c of article.claims) for (const e of c.evidence) expect(article.text!.slice(e.start, e.end)).toBe(e.text);
    expect(compareClaims(expected.claims, article)).toEqual([]);
  });
});
