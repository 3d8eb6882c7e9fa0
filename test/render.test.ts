import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatValue, OUTPUT_FORMATS, render, renderNdjsonLine } from '../src/render/index.js';
import { grouped } from '../src/render/value.js';
import { stringWidth } from '../src/render/width.js';
import type { Article, Value } from '../src/schema.js';
import { count, emptyArticle, hostileArticle, money, wireArticle } from './render-sample.js';

const ESC = /\x1b\[/;
const plain = { color: false, width: 100, explain: false, single: false };

describe('formatValue', () => {
  const cases: Array<[Value | null, string]> = [
    [money(12e9, '$12 billion'), '$12B'],
    [money(1.5e9, '$1.5 billion'), '$1.5B'],
    [count(140, '~140 employees', { approximate: true }), '~140 people'],
    [money(null, 'multi-billion-dollar', { min: 2e9, approximate: true }), '≥ $2B'],
    [money(null, 'seven-figure', { min: 1e6, max: 9999999, approximate: true }), '$1M–$10M'],
    [money(null, '$10–12 billion', { min: 1e10, max: 1.2e10 }), '$10B–$12B'],
    [money(20e6, '€20 million', { currency: 'EUR' }), '€20M'],
    [money(500e6, '£500m', { currency: 'GBP' }), '£500M'],
    [money(5e9, '¥5 billion', { currency: 'JPY' }), '¥5B'],
    [money(20e6, 'CHF 20 million', { currency: 'CHF' }), 'CHF 20M'],
    [money(250e3, '$250,000'), '$250K'],
    [money(2e9, 'more than $2 billion', { min: 2e9, approximate: true }), '≥ $2B'],
    [count(1, '1 GW', { unit: 'GW' }), '1 GW'],
    [count(12000, '12,000 GPUs', { unit: 'GPUs' }), '12,000 GPUs'],
    [count(3.5e6, '3.5 million users', { unit: 'users' }), '3.5M users'],
    [count(0, '', { amount: null, min: 1000, max: 4999, approximate: true, text: 'low thousands' }), '1,000–4,999 people'],
    [count(500, 'up to 500 people', { max: 500, approximate: true }), '≤ 500 people'],
    [null, '—'],
  ];
  it.each(cases)('%j → %s', (value, expected) => {
    expect(formatValue(value)).toBe(expected);
  });
  // (written out instead of toLocaleString, which loads ICU's locales: it must say the same)
  it('grouped writes a number as toLocaleString("en-US", two decimals at most) does', () => {
    const same = (n: number) => {
      expect(grouped(n)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: 2 }));
    };
    for (const n of [0, 0.004, 0.005, 0.0049999, 1e-7, 5e-7, 1, 12, 999, 1000, 1005.5, 1.005, 2.675, 1.245, 0.1 + 0.2, 999.995, 999999.995, 123456.789, 4999, 1e20, 1e21, Infinity]) same(n);
    fc.assert(fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (n) => same(n + 0)), { numRuns: 2000 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), (k, d) => {
      same(k / 10 ** d);
    }), { numRuns: 2000 });
  });
});

describe('json and ndjson', () => {
  it('prints one object for a single article when asked, an array otherwise', () => {
    const a = wireArticle();
    const single = render([a], 'json', { ...plain, single: true });
    expect(single).toBe(JSON.stringify(a, null, 2) + '\n');
    expect(JSON.parse(single).claims[0].value.amount).toBe(12e9);
    const many = render([a, emptyArticle()], 'json', { ...plain, single: true });
    expect(JSON.parse(many)).toHaveLength(2);
    expect(JSON.parse(render([a], 'json', plain))).toHaveLength(1);
  });

  it('ndjson is one compact line per article', () => {
    const out = render([wireArticle(), hostileArticle()], 'ndjson', plain);
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[1]!).source.name).toBe('evil<img src=x onerror=alert(3)>.html');
    expect(renderNdjsonLine(wireArticle())).toBe(lines[0] + '\n');
  });

  it('every format ends with a newline', () => {
    for (const format of OUTPUT_FORMATS) expect(render([wireArticle()], format, plain).endsWith('\n')).toBe(true);
  });
});

describe('table', () => {
  const articles = [wireArticle(), hostileArticle(), emptyArticle()];

  it.each([36, 60, 80, 100, 140])('fits %i columns, no escapes without colour', (width) => {
    const out = render(articles, 'table', { ...plain, width, explain: true });
    expect(out).not.toMatch(ESC);
    for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
    expect(out).toContain('Zentrix Reasoning Lab');
    expect(out).toContain('$12B');
    expect(out).toContain('~140 people');
    expect(out).toContain('≥ $2B');
    expect(out).toContain('Reasoning Lab valued');
    expect(out).toContain('no claims found');
    expect(out).toContain('⚠ input is empty');
  });

  it('puts type, counterparty, value, modality, confidence and the quote on one row at 140', () => {
    const out = render([wireArticle()], 'table', { ...plain, width: 140 });
    const lines = out.split('\n');
    expect(lines[0]).toBe('fixtures/wire-story.txt  Zentrix Reasoning Lab valued at $12 billion  · 4 claims');
    const row = lines.find((l) => l.includes('compute_deal'))!;
    expect(row).toMatch(/^ {4}compute_deal +Google +≥ \$2B +reported per people familiar +0\.81 +“The company has secured a multi-billion-dollar compute deal/);
    const valuation = lines.findIndex((l) => l.includes('valuation '));
    expect(lines.slice(valuation, valuation + 3).join('\n')).toContain('+1\u00a0more');
    // Subject header, then its four claims in order of first evidence.
    const order = ['valuation', 'headcount', 'compute_deal', 'hiring'].map((t) => lines.findIndex((l) => l.startsWith(`    ${t} `)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(lines.findIndex((l) => l === '  Zentrix Reasoning Lab  · 4 claims')).toBeLessThan(order[0]!);
  });

  it('keeps columns aligned when the quote holds CJK and emoji', () => {
    const out = render([wireArticle()], 'table', { ...plain, width: 100 });
    const lines = out.split('\n');
    const hiring = lines.findIndex((l) => l.startsWith('    hiring '));
    const quoteCol = stringWidth(lines[hiring]!.slice(0, lines[hiring]!.indexOf('“')));
    const block = lines.slice(hiring, hiring + 3);
    expect(block.join(' ')).toContain('東京');
    // Continuation lines start in the quote column.
    for (const l of block.slice(1)) expect(l.length - l.trimStart().length).toBe(quoteCol);
    expect(Math.max(...block.map(stringWidth))).toBeLessThanOrEqual(100);
  });

  it('crops a long quote around the value with "…"', () => {
    const out = render([wireArticle()], 'table', { ...plain, width: 90 });
    const lines = out.split('\n');
    const row = lines.findIndex((l) => l.includes('compute_deal'));
    const column = lines[row]!.indexOf('“');
    const quote = lines.slice(row, row + 3).map((l) => l.slice(column).trim()).filter(Boolean).join(' ');
    // cut at word edges on both sides, the quote's line after it
    expect(quote).toBe('“…has secured a multi-billion-dollar compute deal with Google…” (line\u00a03)');
  });

  it('colours and highlights the value words when colour is on', () => {
    const out = render([wireArticle()], 'table', { ...plain, color: true, width: 120 });
    expect(out).toMatch(ESC);
    // inverse (7) around the value words inside the quote.
    expect(out).toMatch(/\x1b\[7m\$12 billion\x1b\[27m/);
    for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(120);
  });

  it('never lets article text drive the terminal', () => {
    const colored = render([hostileArticle()], 'table', { ...plain, color: true, width: 100 });
    expect(colored).not.toContain('\x1b[31mhas');
    const out = render([hostileArticle()], 'table', { ...plain, width: 100 });
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f]/);
    // The escape is shown inert, and the line break inside the evidence is folded.
    expect(out).toContain('“& Co. Evil | Corp [31mhas 30 staff”');
    expect(out).toContain('✗ negated');
  });

  it('explain shows the rule under each row', () => {
    const out = render([wireArticle()], 'table', { ...plain, width: 100, explain: true });
    expect(out).toContain('↳ rule valuation/valued-at · valuation-zentrix-reasoning-lab-1');
    expect(out).toContain('↳ rule (not recorded)');
  });

  it('never exceeds the width, whatever the text (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 160 }),
      fc.string({ unit: fc.constantFrom('東', '京', '🚀', '👩‍💻', 'é', 'e\u0301', ' ', 'a', '|', '\n', '\t', '\u001b', '[', 'm', '\u202e'), maxLength: 160 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 4 }), fc.integer({ min: 8, max: 180 }), fc.boolean(), (parts, width, color) => {
        const article: Article = {
          ...wireArticle(false),
          claims: parts.map(([subject, quote, attribution], i) => ({
            ...wireArticle(false).claims[i % 4]!,
            subject,
            attribution,
            counterparty: attribution.slice(0, 9),
            evidence: [{ text: quote, start: i, end: i + quote.length, line: 1, column: 1 }],
            value: money(1e6, quote.slice(2, 12)),
          })),
        };
        const out = render([article], 'table', { ...plain, width, color, explain: true });
        for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(width);
        if (!color) expect(out).not.toMatch(ESC);
      }),
      { numRuns: 300 },
    );
  });
});
