import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sharedData } from './shared-data.js';
import { extract } from '../src/index.js';
import { render } from '../src/render/index.js';
import { stringWidth } from '../src/render/width.js';
import type { Article } from '../src/schema.js';

/**
 * Every output format on the real seed article (../shared/seed, not copied into the
 * project), extracted by the library, rather than on the hand-built samples of
 * render.test.ts and render-formats.test.ts. Skipped only where the shared folder is absent.
 */
const seedPath = sharedData('seed/talent-war-article.txt', 'every format on the seed article (test/render-seed.test.ts)');
const hasSeed = seedPath !== null;
const NAME = 'talent-war-article.txt';
const ESC = /\x1b\[/;
const opts = { color: false, width: 100, explain: false, single: true };

/** The injections of the hostile copy, each placed inside a sentence that carries a claim. */
const INJECTIONS = [
  {
    // Key Facts line: valuation and headcount.
    after: 'Thinking Machines Lab valued at $12 billion',
    payload: ' <script>alert(1)</script>',
    escaped: '&#60;script&#62;alert(1)&#60;/script&#62;',
  },
  {
    // Key Facts line: the Google compute deal.
    after: 'TML secured a multi-billion-dollar cloud deal',
    payload: ' "><img src=x onerror=alert(1)>',
    escaped: '&#34;&#62;&#60;img src=x onerror=alert(1)&#62;',
  },
  {
    // Key Facts line: hiring from five companies.
    after: 'Hiring from Meta,',
    payload: ' </mark>',
    escaped: '&#60;/mark&#62;',
  },
  {
    // Body: Meta hiring from TML.
    after: 'The company has its own aggressive hiring posture',
    payload: ' </mark><script>alert(1)</script>',
    escaped: '&#60;/mark&#62;&#60;script&#62;alert(1)&#60;/script&#62;',
  },
];

function hostile(text: string): string {
  let out = text;
  for (const { after, payload } of INJECTIONS) {
    const at = out.indexOf(after);
    if (at < 0) throw new Error(`"${after}" is not in the seed article`);
    out = out.slice(0, at + after.length) + payload + out.slice(at + after.length);
  }
  return out;
}

/** Undoes the markdown renderer's cell escaping. */
function unescapeCell(cell: string): string {
  return cell
    .trim()
    .replace(/\\([\\*_`[\]|])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The checks every HTML page must pass: each evidence span marked exactly, ids and links intact. */
function expectEveryEvidenceMarked(article: Article, document: Document): void {
  const marks = [...document.querySelectorAll('mark')];
  const total = article.claims.reduce((n, c) => n + c.evidence.length, 0);
  expect(new Set(article.claims.map((c) => c.id)).size).toBe(article.claims.length);
  // One mark with an id per evidence span; pieces split off at an overlap carry none.
  expect(marks.filter((m) => m.id)).toHaveLength(total);
  article.claims.forEach((claim, c) => {
    claim.evidence.forEach((ev, e) => {
      const pieces = marks.filter((m) => m.getAttribute('data-claim') === claim.id && m.getAttribute('data-ev') === String(e));
      expect(pieces.length, `${claim.id} evidence ${e}`).toBeGreaterThan(0);
      expect(pieces[0]!.id).toBe(`m-0-${c}-${e}`);
      expect(pieces[0]!.className).toBe(`t-${claim.type}`);
      expect(pieces.map((m) => m.textContent).join(''), `${claim.id} evidence ${e}`).toBe(ev.text);
    });
  });
  // Every mark belongs to a claim and a row of the table.
  for (const m of marks) expect(document.getElementById(m.getAttribute('data-row')!)).not.toBeNull();
  expect(document.querySelectorAll('table.claims tbody tr')).toHaveLength(article.claims.length);
  expect(document.querySelectorAll('.glance .card')).toHaveLength(article.claims.length);
  // The text around the marks is the article, unchanged.
  expect(document.querySelector('#a-0 .text')!.textContent).toBe(article.text);
}

function expectNoExternalResource(html: string, document: Document): void {
  expect(document.querySelectorAll('[src], link, img, iframe, object, embed')).toHaveLength(0);
  for (const el of document.querySelectorAll('[href]')) expect(el.getAttribute('href')!).toMatch(/^#/);
  expect(html).not.toMatch(/<link|@import|url\(|href="http/i);
}

describe.skipIf(!hasSeed)('every format on the seed article', () => {
  // (a skipped describe is still collected: without the seed, its body must not throw)
  const text = seedPath ? readFileSync(seedPath, 'utf8') : '';
  const article = extract(text, { name: NAME, withText: true });
  const { claims } = article;

  it('has the claims the formats are checked against', () => {
    expect(claims.length).toBeGreaterThanOrEqual(11);
    expect(article.text).toBe(text);
    // Shared and overlapping evidence (the Key Facts box) is what makes the seed a real test.
    const starts = claims.flatMap((c) => c.evidence.map((e) => `${e.start}:${e.end}`));
    expect(new Set(starts).size).toBeLessThan(starts.length);
  });

  it('json and ndjson give the article back', () => {
    expect(JSON.parse(render([article], 'json', opts))).toEqual(article);
    const lines = render([article], 'ndjson', opts).split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toEqual(article);
  });

  it('csv parses back to the claims, in order', () => {
    const out = render([article], 'csv', opts);
    const records = parse(out, { columns: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(claims.length);
    const cell = (x: number | string | null | undefined) => (x == null ? '' : String(x));
    records.forEach((r, i) => {
      const claim = claims[i]!;
      const ev = claim.evidence[0]!;
      expect(
        [r.type, r.subject, r.counterparty, r.amount, r.min, r.max, r.currency, r.evidence, r.start, r.end, r.source],
        claim.id,
      ).toEqual([
        claim.type,
        claim.subject,
        cell(claim.counterparty),
        cell(claim.value?.amount),
        cell(claim.value?.min),
        cell(claim.value?.max),
        cell(claim.value?.currency),
        ev.text,
        String(ev.start),
        String(ev.end),
        NAME,
      ]);
      // The numbers read back as the same numbers, not just the same strings.
      if (claim.value?.amount != null) expect(Number(r.amount)).toBe(claim.value.amount);
      expect(text.slice(Number(r.start), Number(r.end))).toBe(r.evidence);
    });
  });

  it('markdown has a row per claim, with its seven cells', () => {
    const out = render([article], 'markdown', opts);
    const lines = out.split('\n');
    const header = lines.indexOf('| type | subject | counterparty | value | modality | confidence | evidence |');
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 1]).toBe('|---|---|---|---|---|---:|---|');
    const rows = lines.slice(header + 2).filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(claims.length);
    rows.forEach((row, i) => {
      const claim = claims[i]!;
      const cells = row.split(/(?<!\\)\|/).slice(1, -1).map(unescapeCell);
      expect(cells, row).toHaveLength(7);
      expect(cells.slice(0, 3)).toEqual([claim.type, claim.subject, claim.counterparty ?? '—']);
      expect(cells[5]).toBe(claim.confidence.toFixed(2));
      expect(cells[6]).toContain(`“${claim.evidence[0]!.text}”`);
    });
  });

  describe('html', () => {
    const html = render([article], 'html', opts);
    const { document } = parseHTML(html);

    it('marks every evidence span of every claim, each with exactly its text', () => {
      expectEveryEvidenceMarked(article, document);
    });

    it("shows each claim's value words inside its quotes, in its colour", () => {
      const values = [...document.querySelectorAll('.text b.v')];
      for (const b of values) {
        const mark = b.closest('mark')!;
        expect(mark).not.toBeNull();
        expect(b.className).toMatch(/^v t-[a-z_]+$/);
      }
      const valuation = values.filter((b) => b.className === 'v t-valuation').map((b) => b.textContent);
      expect(valuation).toEqual(['$12 billion', '$12 billion', '$12 billion']);
      // A repeat that words the figure differently still has its number picked out.
      expect(values.filter((b) => b.className === 'v t-headcount').map((b) => b.textContent)).toEqual(['~140 employees', '140', '140']);
      // "Seven-figure" opening a sentence is still the compensation's "seven-figure".
      expect(values.filter((b) => b.className === 'v t-compensation').map((b) => b.textContent!.toLowerCase())).toContain('seven-figure');
    });

    it('loads nothing from outside the page', () => {
      expect(html).not.toMatch(/src=/i);
      expectNoExternalResource(html, document);
    });
  });

  describe('html of a hostile copy', () => {
    const evil = hasSeed ? hostile(text) : '';
    const bad = extract(evil, { name: '<script>alert("name")</script>.txt', withText: true });
    const html = render([bad], 'html', opts);
    const { document } = parseHTML(html);
    const evidence = bad.claims.flatMap((c) => c.evidence.map((e) => e.text));

    it('still has claims whose evidence holds every injection', () => {
      for (const { payload } of INJECTIONS) expect(evidence.some((e) => e.includes(payload.trim())), payload).toBe(true);
    });

    it('stays inert: the injected text is shown escaped, never as markup', () => {
      expect(html).not.toMatch(/<script>alert|<img|onerror=alert\(1\)>|"><img/i);
      for (const { escaped } of INJECTIONS) expect(html).toContain(escaped);
      // The only script is the page's own, and no element has an event attribute.
      const scripts = [...document.querySelectorAll('script')];
      expect(scripts).toHaveLength(1);
      expect(scripts[0]!.textContent).not.toContain('alert');
      expect(document.querySelectorAll('img')).toHaveLength(0);
      for (const el of document.querySelectorAll('*')) for (const attr of el.attributes) expect(attr.name).not.toMatch(/^on/i);
      // An injected </mark> closes nothing: opening and closing tags still pair up.
      expect((html.match(/<\/mark>/g) ?? []).length).toBe((html.match(/<mark[\s>]/g) ?? []).length);
      expect(document.querySelector('h2')!.textContent).toBe(bad.source.name);
    });

    it('still marks every evidence span exactly, injections included', () => {
      expectEveryEvidenceMarked(bad, document);
      expectNoExternalResource(html, document);
    });
  });

  describe('table without colour', () => {
    it.each([80, 100])('has no escape codes and fits %i columns', (width) => {
      const out = render([article], 'table', { ...opts, width });
      expect(out).not.toMatch(ESC);
      for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      // Every claim has its row: the value of each is printed.
      for (const claim of claims) expect(out).toContain(claim.type);
      expect(out).toContain(`${NAME}  · ${claims.length} claims`);
      expect(out).toContain('$12B');
      expect(out).toContain('~140 people');
    });

    it('with --explain too', () => {
      const out = render([article], 'table', { ...opts, width: 100, explain: true });
      expect(out).not.toMatch(ESC);
      for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(100);
      for (const claim of claims) expect(out).toContain(claim.id);
    });

    it('with colour, the printed width still fits', () => {
      const out = render([article], 'table', { ...opts, color: true, width: 100 });
      expect(out).toMatch(ESC);
      for (const line of out.split('\n')) expect(stringWidth(line.replace(/\x1b\[[0-9;]*m/g, ''))).toBeLessThanOrEqual(100);
    });
  });
});
