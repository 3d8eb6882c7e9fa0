import { describe, it, beforeAll } from 'vitest';
import type { ConflictsReport } from '../src/check/index.js';
import { assertBuilt, cli, data, SLOW } from './check-cli.js';

/**
 * `newsfacts conflicts files…` as a user runs it. zentrix-v1.txt and wire-agrees.txt both
 * put Zentrix AI at (about) $10B and ~140 people; blog-disagrees.txt says $15B.
 */

const V1 = data('zentrix-v1.txt');
const WIRE = data('wire-agrees.txt');
const BLOG = data('blog-disagrees.txt');
const report = (stdout: string) => JSON.parse(stdout) as ConflictsReport;

beforeAll(assertBuilt);

describe.concurrent('conflicts', SLOW, () => {
  it('found: exit 1, the disagreeing values with each source and its evidence', async ({ expect }) => {
    const r = await cli('conflicts', V1, WIRE, BLOG);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('≠ valuation Zentrix AI: $10B (2 sources) vs $15B');
    expect(lines[1]).toMatch(/^ {4}test\/data\/check\/zentrix-v1\.txt:1:1 +\$10B +"Zentrix AI valued at \$10 billion as investors chase reasoning models"$/);
    expect(lines[2]).toMatch(/^ {4}test\/data\/check\/wire-agrees\.txt:1:1 +~\$10B +"Reasoning start-up Zentrix AI raised new money at a valuation of roughly \$10 billion.*\(reported per /);
    expect(lines[3]).toMatch(/^ {4}test\/data\/check\/blog-disagrees\.txt:1:1 +\$15B +"Zentrix AI is now valued at \$15 billion, according to a person familiar with the talks\."/);
    expect(lines.at(-1)).toBe('1 conflict across 3 articles');
    expect(lines).toHaveLength(5); // the headcounts (~140 everywhere) agree
  });

  it('found, as json: one conflict, every statement with its source, in input order', async ({ expect }) => {
    const r = await cli('conflicts', V1, WIRE, BLOG, '--format', 'json');
    expect(r.code).toBe(1);
    const rep = report(r.stdout);
    expect(rep.sources).toEqual([V1, WIRE, BLOG]);
    expect(rep.counts).toEqual({ conflicts: 1 });
    const [k] = rep.conflicts;
    expect([k!.type, k!.subject, k!.counterparty]).toEqual(['valuation', 'Zentrix AI', null]);
    expect(k!.entries.map((e) => [e.source, e.claim.value?.amount, e.claim.evidence[0]!.text.slice(0, 33)])).toEqual([
      [V1, 10e9, 'Zentrix AI valued at $10 billion '],
      [WIRE, 10e9, 'Reasoning start-up Zentrix AI rai'],
      [BLOG, 15e9, 'Zentrix AI is now valued at $15 b'],
    ]);
  });

  it('none: sources that agree (within 1%, or one with several values) exit 0', async ({ expect }) => {
    // v1 and v2 disagree on the valuation ($10B and $12B); v1 and the wire agree on everything.
    const [agree, json, versions] = await Promise.all([cli('conflicts', V1, WIRE), cli('conflicts', V1, WIRE, '--format', 'json'), cli('conflicts', V1, data('zentrix-v2.txt'))]);
    expect(agree.stderr).toBe('');
    expect(agree.code).toBe(0);
    expect(agree.stdout).toBe('no conflicts across 2 articles\n');
    expect(report(json.stdout)).toEqual({ sources: [V1, WIRE], counts: { conflicts: 0 }, conflicts: [] });
    expect(versions.code).toBe(1);
  });

  it('one article alone has no conflicts; a missing one is an input error (exit 3)', async ({ expect }) => {
    const [alone, missing] = await Promise.all([cli('conflicts', V1), cli('conflicts', V1, data('nope.txt'))]);
    expect(alone.code).toBe(0);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toBe(`newsfacts: ${data('nope.txt')}: no such file\n`);
    expect(missing.stdout).toBe('no conflicts across 1 article\n');
  });
});
