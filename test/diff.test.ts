import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import type { DiffReport } from '../src/check/index.js';
import { builtWithScratch, cli, data, ROOT, SLOW } from './check-cli.js';

/**
 * `newsfacts diff old new` as a user runs it. zentrix-v2.txt is the next version of
 * zentrix-v1.txt: the valuation goes from $10B to $12B, the headcount sentence is cut, a
 * hiring sentence is added, the Google deal stays.
 */

const V1 = data('zentrix-v1.txt');
const V2 = data('zentrix-v2.txt');
const report = (stdout: string) => JSON.parse(stdout) as DiffReport;

const scratch = builtWithScratch('diff');

describe.concurrent('diff', SLOW, () => {
  it('added, removed and changed: exit 1, one line each', async ({ expect }) => {
    const r = await cli('diff', V1, V2);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${V1} → ${V2}`);
    expect(lines.slice(1)).toEqual([
      '~ valuation Zentrix AI: $10B → $12B (evidence, line 1: "Zentrix AI valued at $12 billion as investors chase reasoning models")',
      '+ hiring Zentrix AI ← Meta ~12 people (evidence, line 7: "The company has hired about a dozen researchers from Meta in the past six months.")',
      '- headcount Zentrix AI ~140 people (evidence, line 5: "The startup employs about 140 people, most of them researchers.")',
      '1 added, 1 removed, 1 changed, 1 unchanged',
    ]);
  });

  it('as json: the claims themselves, old and new side by side for a change', async ({ expect }) => {
    const r = await cli('diff', V1, V2, '--format', 'json');
    expect(r.code).toBe(1);
    const rep = report(r.stdout);
    expect(rep).toMatchObject({ old: V1, new: V2, identical: false, counts: { added: 1, removed: 1, changed: 1, unchanged: 1 } });
    expect(rep.added.map((c) => [c.type, c.counterparty, c.value?.amount])).toEqual([['hiring', 'Meta', 12]]);
    expect(rep.removed.map((c) => [c.type, c.value?.amount])).toEqual([['headcount', 140]]);
    expect(rep.changed).toHaveLength(1);
    const [change] = rep.changed;
    expect([change!.old.type, change!.old.subject, change!.old.value?.amount, change!.new.value?.amount]).toEqual(['valuation', 'Zentrix AI', 10e9, 12e9]);
    expect(change!.new.evidence[0]!.text).toBe('Zentrix AI valued at $12 billion as investors chase reasoning models');
    // Stable output: names as given, no absolute path.
    expect(r.stdout).not.toContain(ROOT);
  });

  it('identical claims: exit 0 (also when only the wording changed)', async ({ expect }) => {
    const reworded = join(scratch(), 'reworded.txt');
    writeFileSync(
      reworded,
      readFileSync(join(ROOT, V1), 'utf8').replace('the company said on Tuesday', 'a spokesperson confirmed on Tuesday').replace('most of them researchers', 'a third of them engineers'),
    );
    const [same, text, json] = await Promise.all([cli('diff', V1, V1), cli('diff', V1, reworded), cli('diff', V1, reworded, '--format', 'json')]);
    expect(same.code).toBe(0);
    expect(same.stdout.trimEnd().split('\n').at(-1)).toBe('no change: 3 claims the same in both');
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(report(json.stdout)).toMatchObject({ identical: true, counts: { added: 0, removed: 0, changed: 0, unchanged: 3 }, added: [], removed: [], changed: [] });
  });

  it('reversed, added and removed swap', async ({ expect }) => {
    const r = await cli('diff', V2, V1, '--format', 'json');
    const rep = report(r.stdout);
    expect(rep.added.map((c) => c.type)).toEqual(['headcount']);
    expect(rep.removed.map((c) => c.type)).toEqual(['hiring']);
    expect(rep.changed.map((c) => [c.old.value?.amount, c.new.value?.amount])).toEqual([[12e9, 10e9]]);
  });

  it('a missing file: exit 3, named; one argument: usage error', async ({ expect }) => {
    const [missing, one] = await Promise.all([cli('diff', V1, data('nope.txt')), cli('diff', V1)]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toBe(`newsfacts: ${data('nope.txt')}: no such file\n`);
    expect(one.code).toBe(2);
  });
});
