import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, it } from 'vitest';
import { assertBuilt, cli, onTerminal, ROOT, SLOW } from './check-cli.js';

/**
 * Issue #14, what the output shows, through the built binary on the articles of test/data/cli:
 * digits.txt "Quillmark raised $412.5 million at a valuation of $12.75 billion."; repeated.txt
 * a $10B valuation on lines 1 and 5 and a headcount on line 3; formula-cells.txt three claims in
 * sentences that begin with "=", "@" and "-"; hired-per-review.txt a hiring claim reported "according
 * to a review of professional networking profiles".
 */

const DIGITS = 'test/data/cli/digits.txt';
const REPEATED = 'test/data/cli/repeated.txt';
const FORMULAS = 'test/data/cli/formula-cells.txt';
const HIRED = 'test/data/cli/hired-per-review.txt';
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');

beforeAll(() => assertBuilt());

describe.concurrent('values as written (item 5)', SLOW, () => {
  it('"$412.5 million" and "$12.75 billion" keep their digits in table, markdown and html', async ({ expect }) => {
    const [table, markdown, html] = await Promise.all([cli(DIGITS), cli(DIGITS, '--format', 'markdown'), cli(DIGITS, '--format', 'html')]);
    for (const r of [table, markdown, html]) expect(r.code).toBe(0);
    for (const out of [table.stdout, markdown.stdout]) {
      expect(out).toMatch(/\$412\.5M/);
      expect(out).toMatch(/\$12\.75B/);
      expect(out).not.toMatch(/\$413M|\$12\.8B/);
    }
    const { document } = parseHTML(html.stdout);
    const values = [...document.querySelectorAll('.card .big')].map((e) => e.textContent);
    expect(values.sort()).toEqual(['$12.75B', '$412.5M']);
  });
});

describe.concurrent('csv (item 6)', SLOW, () => {
  it('cells that begin with = + - @ start with a quote; every column of the claim is there; all evidence', async ({ expect }) => {
    const [csv, json] = await Promise.all([cli(FORMULAS, '--format', 'csv'), cli(FORMULAS, '--format', 'json')]);
    expect(csv.code).toBe(0);
    const rows = parse(csv.stdout, { columns: true }) as Array<Record<string, string>>;
    const claims = (JSON.parse(json.stdout) as { claims: Array<{ id: string; evidence: Array<{ text: string; line: number }>; value: { text: string }; reason: string; resource?: string }> }).claims;
    expect(rows.map((r) => r.id)).toEqual(claims.map((c) => c.id));
    // The sentences begin with "=", "@" and "-": no cell a spreadsheet would run is left.
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.map((r) => r.evidence)).toEqual(claims.map((c) => `'${c.evidence[0]!.text}`));
    expect(rows.map((r) => r.evidence[1])).toEqual(['=', '@', '-']);
    rows.forEach((row, i) => {
      const claim = claims[i]!;
      expect(row).toMatchObject({ value_text: claim.value.text, line: String(claim.evidence[0]!.line), reason: claim.reason, resource: claim.resource ?? '' });
    });
    expect(rows.map((r) => r.line)).toEqual(['1', '3', '5']);
  });

  it('every evidence of a claim stated twice, with its lines', async ({ expect }) => {
    const r = await cli(REPEATED, '--format', 'csv');
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    const valuation = rows.find((row) => row.type === 'valuation')!;
    expect(valuation.evidence_lines).toBe('1; 5');
    expect(valuation.evidence_all.split('\n')).toEqual(['Zentrix AI valued at $10 billion', 'Zentrix AI was valued at $10 billion in March, the company said.']);
    expect(Object.keys(valuation)).toEqual(expect.arrayContaining(['id', 'value_text', 'line', 'round', 'period', 'resource', 'reason']));
  });
});

describe.concurrent('the table (item 8)', SLOW, () => {
  it('into a pipe with no terminal: 100 columns', async ({ expect }) => {
    const r = await cli(HIRED);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('─'.repeat(100));
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(100);
  });

  it('into a pipe with a terminal on stderr: that terminal’s width', async ({ expect }) => {
    const r = await onTerminal('$NEWSFACTS test/data/cli/hired-per-review.txt | cat', 72);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('─'.repeat(72));
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(72);
  });

  it.for([100, 72, 60, 44])('never breaks inside a word (%i columns)', async (columns, { expect }) => {
    const r = await onTerminal(`$NEWSFACTS ${HIRED} ${REPEATED} | cat`, columns);
    expect(r.code).toBe(0);
    const words = new Set(`${text(HIRED)} ${text(REPEATED)}`.split(/[\s“”]+/));
    // Each word the table cut short ("professional…") is a whole word of the articles…
    const cut = r.stdout.match(/[^\s“”…]+…/g) ?? [];
    for (const w of cut) expect(words, w).toContain(w.slice(0, -1));
    // …and so is every word it wrapped ("Anthro" / "pic" is not).
    const vocabulary = new Set(
      `${text(HIRED)} ${text(REPEATED)} ${HIRED} ${REPEATED} type with counterparty value modality conf evidence claim claims line lines more reported per hiring valuation headcount people K M B T`.match(
        /\p{L}+/gu,
      ),
    );
    for (const w of r.stdout.match(/\p{L}+/gu) ?? []) expect(vocabulary, w).toContain(w);
    expect(r.stdout).toContain('Anthropic');
  });

  it('shows the line of every evidence, so "+1 more" can be followed', async ({ expect }) => {
    const r = await cli(REPEATED);
    expect(r.stdout.replace(/\u00a0/g, ' ')).toContain('“Zentrix AI valued at $10 billion” (line 1; +1 more: line 5)');
    expect(r.stdout.replace(/\u00a0/g, ' ')).toContain('“Zentrix AI employs about 140 people.” (line 3)');
  });

  it('--explain in markdown (a rule column) and csv (the reason column)', async ({ expect }) => {
    const [md, csv, json] = await Promise.all([cli(DIGITS, '--format', 'markdown', '--explain'), cli(DIGITS, '--format', 'csv', '--explain'), cli(DIGITS, '--format', 'json')]);
    const claims = (JSON.parse(json.stdout) as { claims: Array<{ id: string; reason: string }> }).claims;
    expect(md.stdout).toContain('| type | subject | counterparty | value | modality | confidence | evidence | rule |');
    for (const c of claims) expect(md.stdout).toContain(`| ${c.reason.replace(/_/g, '\\_')} · ${c.id.replace(/_/g, '\\_')} |`);
    const rows = parse(csv.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.reason)).toEqual(claims.map((c) => c.reason));
  });
});

describe.concurrent('the HTML report of many articles (item 9)', SLOW, () => {
  it('opens with an index (article, claim count, link); cards show confidence and line', async ({ expect }) => {
    const [html, json] = await Promise.all([cli('--format', 'html', DIGITS, REPEATED), cli('--format', 'json', DIGITS, REPEATED)]);
    expect(html.code).toBe(0);
    const articles = JSON.parse(json.stdout) as Array<{ source: { name: string }; claims: Array<{ confidence: number; evidence: Array<{ line: number }> }> }>;
    const { document } = parseHTML(html.stdout);
    const rows = [...document.querySelectorAll('nav.index tbody tr')];
    expect(rows.map((tr) => [tr.querySelector('a')!.textContent, tr.querySelector('a')!.getAttribute('href'), tr.querySelector('.num')!.textContent])).toEqual(
      articles.map((a, i) => [a.source.name, `#a-${i}`, String(a.claims.length)]),
    );
    for (const [i] of articles.entries()) expect(document.getElementById(`a-${i}`)).not.toBeNull();
    // repeated.txt: the valuation on lines 1 and 5, the headcount on line 3
    const cards = [...document.querySelectorAll('#a-1 .card .where')].map((e) => e.textContent!);
    expect(cards).toHaveLength(articles[1]!.claims.length);
    articles[1]!.claims.forEach((c, k) => {
      expect(cards[k]).toContain(`confidence ${c.confidence.toFixed(2)}`);
      expect(cards[k]).toContain(`(line ${c.evidence[0]!.line}`);
      for (const e of c.evidence.slice(1)) expect(cards[k]).toMatch(new RegExp(`more: lines? .*\\b${e.line}\\b`));
    });
    expect(articles[1]!.claims.map((c) => c.evidence.map((e) => e.line))).toEqual([[1, 5], [3]]);
  });
});
