import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import type { CheckReport, ConflictsReport, DiffReport } from '../src/check/index.js';
import { builtWithScratch, cli, data, SLOW } from './check-cli.js';

/**
 * Issue #14, what CI sees, through the built binary. The articles (test/data/check):
 * funding-raised.txt "Zentrix AI raised $200 million … led by Accel" and funding-denied.txt
 * "Zentrix AI denied a report that it raised $200 million …"; valued-10b.txt names "Zentrix AI"
 * ($10B), short-name-15b.txt only "Zentrix" ($15B), hedged-20b.txt "is in talks … at a $20
 * billion valuation".
 */

const RAISED = data('funding-raised.txt');
const DENIED = data('funding-denied.txt');
const TEN = data('valued-10b.txt');
const FIFTEEN = data('short-name-15b.txt');
const HEDGED = data('hedged-20b.txt');

const scratch = builtWithScratch('ci');

describe.concurrent('a fact flip is a change (item 2)', SLOW, () => {
  it('the articles read as asserted and negated', async ({ expect }) => {
    const [raised, denied] = await Promise.all([cli('--format', 'json', RAISED), cli('--format', 'json', DENIED)]);
    const claimOf = (stdout: string) => (JSON.parse(stdout) as { claims: Array<{ type: string; subject: string; modality: string; value: { amount: number } }> }).claims[0]!;
    expect(claimOf(raised.stdout)).toMatchObject({ type: 'funding', subject: 'Zentrix AI', modality: 'asserted', value: { amount: 200_000_000 } });
    expect(claimOf(denied.stdout)).toMatchObject({ type: 'funding', subject: 'Zentrix AI', modality: 'negated', value: { amount: 200_000_000 } });
  });

  it('diff: asserted → negated is one changed claim, exit 1', async ({ expect }) => {
    const [text, json] = await Promise.all([cli('diff', RAISED, DENIED), cli('diff', RAISED, DENIED, '--format', 'json')]);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('~ funding Zentrix AI ← Accel: $200M asserted → $200M negated (evidence, line 1: "Zentrix AI denied a report that it raised $200 million');
    expect(text.stdout).toMatch(/^0 added, 0 removed, 1 changed, 0 unchanged$/m);
    const rep = JSON.parse(json.stdout) as DiffReport;
    expect(rep.identical).toBe(false);
    expect(rep.changed.map((c) => [c.old.modality, c.new.modality, c.fields])).toEqual([['asserted', 'negated', ['modality']]]);
  });

  it('check --strict against the snapshot of the asserted version fails on the denial, exit 1', async ({ expect }) => {
    const saved = await cli('--format', 'json', RAISED);
    const snapshot = join(scratch(), 'raised.expect.json');
    writeFileSync(snapshot, saved.stdout);
    const [same, flipped] = await Promise.all([cli('check', RAISED, '--expect', snapshot, '--strict'), cli('check', DENIED, '--expect', snapshot, '--strict', '--format', 'json')]);
    expect(same.code).toBe(0);
    expect(flipped.code).toBe(1);
    const rep = JSON.parse(flipped.stdout) as CheckReport;
    expect(rep.ok).toBe(false);
    expect(rep.different.map((d) => [d.claim.modality, d.fields])).toEqual([['negated', ['modality']]]);
  });

  it('check: an expectation without a modality is not answered by a denial; one naming "negated" is', async ({ expect }) => {
    const [raised, denied, wantsDenial] = await Promise.all([
      cli('check', RAISED, '--expect', data('funding.expect.json')),
      cli('check', DENIED, '--expect', data('funding.expect.json')),
      cli('check', DENIED, '--expect', data('funding-denied.expect.json')),
    ]);
    expect(raised.code).toBe(0);
    expect(raised.stdout).toContain('✓ funding Zentrix AI ← Accel $200M');
    expect(denied.code).toBe(1);
    expect(denied.stdout).toContain('≠ funding Zentrix AI ← Accel: expected $200M (not negated), found $200M (negated)');
    expect(wantsDenial.code).toBe(0);
  });
});

describe.concurrent('names across articles (item 3)', SLOW, () => {
  it('conflicts: "Zentrix AI … $10 billion" and "Zentrix … $15 billion" conflict, exit 1', async ({ expect }) => {
    const [text, json] = await Promise.all([cli('conflicts', TEN, FIFTEEN), cli('conflicts', TEN, FIFTEEN, '--format', 'json')]);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('≠ valuation Zentrix AI: $10B vs $15B');
    const rep = JSON.parse(json.stdout) as ConflictsReport;
    expect(rep.conflicts).toHaveLength(1);
    expect(rep.conflicts[0]!.entries.map((e) => [e.source, e.claim.subject, e.claim.value?.amount])).toEqual([
      [TEN, 'Zentrix AI', 10_000_000_000],
      [FIFTEEN, 'Zentrix', 15_000_000_000],
    ]);
  });

  it('diff: the short name is one changed claim, not one removed and one added', async ({ expect }) => {
    const r = await cli('diff', TEN, FIFTEEN, '--format', 'json');
    expect(r.code).toBe(1);
    const rep = JSON.parse(r.stdout) as DiffReport;
    expect(rep.counts).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 0 });
    expect([rep.changed[0]!.old.subject, rep.changed[0]!.new.subject, rep.changed[0]!.fields]).toEqual(['Zentrix AI', 'Zentrix', ['value']]);
  });

  it('a hedged "in talks at $20 billion" conflicts with nothing unless --include-hedged', async ({ expect }) => {
    const [plain, included] = await Promise.all([cli('conflicts', TEN, HEDGED, '--format', 'json'), cli('conflicts', TEN, HEDGED, '--include-hedged', '--format', 'json')]);
    expect(plain.code).toBe(0);
    expect((JSON.parse(plain.stdout) as ConflictsReport).conflicts).toEqual([]);
    expect(included.code).toBe(1);
    const rep = JSON.parse(included.stdout) as ConflictsReport;
    expect(rep.conflicts[0]!.entries.map((e) => [e.claim.modality, e.claim.value?.amount])).toEqual([
      ['asserted', 10_000_000_000],
      ['hedged', 20_000_000_000],
    ]);
  });
});
