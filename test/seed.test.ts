import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { sharedData } from './shared-data.js';

/**
 * The reference article (../shared/seed, not copied into the project): its claims must come
 * out exactly, by the general rules. Skipped only where the shared folder is absent.
 */
const seedPath = sharedData('seed/talent-war-article.txt', 'the seed article’s claims (test/seed.test.ts)');
const hasSeed = seedPath !== null;

describe.skipIf(!hasSeed)('seed article', () => {
  const text = seedPath ? readFileSync(seedPath, 'utf8') : '';
  const article = extract(text, { name: 'talent-war-article.txt' });
  const core = article.claims.filter((c) => !(c.subject === 'Meta' && (c.type === 'user_count' || c.type === 'departure')));
  const summary = core.map((c) => [c.type, c.subject, c.counterparty, c.value?.amount ?? null, c.value?.min ?? null, c.value?.max ?? null, c.value?.currency ?? null]);

  it('gives exactly the reference claims', () => {
    expect(summary.sort()).toEqual(
      [
        ['valuation', 'Thinking Machines Lab', null, 12000000000, null, null, 'USD'],
        ['headcount', 'Thinking Machines Lab', null, 140, null, null, null],
        ['compute_deal', 'Thinking Machines Lab', 'Google', null, 2000000000, null, 'USD'],
        ['compute_deal', 'Thinking Machines Lab', 'Nvidia', null, null, null, null],
        ['hiring', 'Thinking Machines Lab', 'Meta', null, null, null, null],
        ['hiring', 'Thinking Machines Lab', 'OpenAI', null, null, null, null],
        ['hiring', 'Thinking Machines Lab', 'Anthropic', null, null, null, null],
        ['hiring', 'Thinking Machines Lab', 'Apple', null, null, null, null],
        ['hiring', 'Thinking Machines Lab', 'Microsoft', null, null, null, null],
        ['hiring', 'Meta', 'Thinking Machines Lab', null, null, null, null],
        ['compensation', 'Meta', null, null, 1000000, 9999999, 'USD'],
      ].sort(),
    );
  });

  it('reads the values as stated', () => {
    const byType = (t: string, cp: string | null = null) => core.find((c) => c.type === t && c.counterparty === cp)!;
    expect(byType('valuation').value).toMatchObject({ text: '$12 billion', approximate: false });
    expect(byType('headcount').value).toMatchObject({ text: '~140 employees', amount: 140, approximate: true, unit: 'people' });
    expect(byType('compute_deal', 'Google')).toMatchObject({ resource: 'cloud', value: { text: 'multi-billion-dollar', min: 2000000000, max: null } });
    expect(byType('compute_deal', 'Nvidia').resource).toBe('gpu');
    expect(byType('compensation').value).toMatchObject({ text: 'seven-figure', min: 1000000, max: 9999999, currency: 'USD' });
  });

  it('keeps TML and Thinking Machines Lab as one entity', () => {
    expect(article.entities.find((e) => e.name === 'Thinking Machines Lab')?.aliases).toContain('TML');
  });

  it('merges repeated statements into one claim with several evidence entries', () => {
    const valuation = core.find((c) => c.type === 'valuation')!;
    expect(valuation.evidence).toHaveLength(3);
    // the first statement is the key-facts bullet, marker excluded (the seed's text is read, not copied here)
    const bullet = text.split('\n').find((l) => l.includes('$12 billion'))!.replace(/^\s*•\s*/, '').trim();
    expect(valuation.evidence[0]!.text).toBe(bullet);
    expect(bullet.startsWith('•')).toBe(false);
    for (const e of valuation.evidence) expect(e.text).toContain('$12 billion');
    const headcount = core.find((c) => c.type === 'headcount')!;
    expect(headcount.evidence.map((e) => /~?140|approximately 140/.exec(e.text)?.[0])).toEqual(['~140', 'approximately 140', '140']);
  });

  it('gives offsets that slice the text, with 1-based line and column', () => {
    for (const c of article.claims) {
      for (const e of c.evidence) {
        expect(text.slice(e.start, e.end)).toBe(e.text);
        const lines = text.slice(0, e.start).split('\n');
        expect(e.line).toBe(lines.length);
        expect(e.column).toBe(lines[lines.length - 1]!.length + 1);
      }
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extract(text, { name: 'talent-war-article.txt' }))).toBe(JSON.stringify(article));
  });
});
