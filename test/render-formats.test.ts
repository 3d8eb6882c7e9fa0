import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { render } from '../src/render/index.js';
import { nestSpans, type SpanNode } from '../src/render/nest-spans.js';
import type { Article } from '../src/schema.js';
import { emptyArticle, HOSTILE_TEXT, hostileArticle, wireArticle } from './render-sample.js';

const opts = { color: false, width: 100, explain: false, single: false };

describe('markdown', () => {
  const out = render([wireArticle(), hostileArticle(), emptyArticle()], 'markdown', opts);
  const rows = out.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| type |'));

  it('has a heading per article and one row per claim', () => {
    expect(out).toContain('### fixtures/wire-story.txt — Zentrix Reasoning Lab valued at $12 billion\n');
    expect(out).toContain('### &lt;stdin&gt;\n');
    expect(out).toContain('_No claims found._');
    expect(rows).toHaveLength(6);
    expect(rows[0]).toBe(
      '| valuation | Zentrix Reasoning Lab | — | $12B | reported (per Bloomberg) | 0.93 | “Zentrix Reasoning Lab valued at $12 billion with only ~140 employees” (line 1; +1 more: line 3) |',
    );
  });

  it('escapes pipes and folds line breaks so each row keeps its 7 cells', () => {
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(9);
    expect(rows[4]).toContain('| Evil \\| Corp |');
    expect(rows[4]).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(rows[5]).toContain('“&amp; Co. Evil \\| Corp');
    expect(rows[5]).not.toContain('\n');
  });
});

describe('csv', () => {
  const articles = [wireArticle(), hostileArticle()];
  const out = render(articles, 'csv', opts);
  const records = parse(out, { columns: true }) as Array<Record<string, string>>;

  it('has the documented header', () => {
    expect(out.split('\r\n')[0]).toBe(
      'type,subject,counterparty,amount,min,max,currency,unit,approximate,modality,attribution,confidence,evidence,start,end,source,' +
        'id,value_text,line,round,period,resource,investors,reason,evidence_lines,evidence_all,source_id',
    );
  });

  it('parses back to the same values, one row per claim across articles', () => {
    const claims = articles.flatMap((a) => a.claims.map((claim) => ({ claim, source: a.source.name })));
    expect(records).toHaveLength(claims.length);
    records.forEach((r, i) => {
      const { claim, source } = claims[i]!;
      const ev = claim.evidence[0]!;
      expect(r.type).toBe(claim.type);
      expect(r.subject).toBe(claim.subject);
      expect(r.counterparty).toBe(claim.counterparty ?? '');
      expect(r.amount).toBe(claim.value?.amount == null ? '' : String(claim.value.amount));
      expect(r.min).toBe(claim.value?.min == null ? '' : String(claim.value.min));
      expect(r.evidence).toBe(ev.text);
      expect(Number(r.start)).toBe(ev.start);
      expect(Number(r.end)).toBe(ev.end);
      expect(r.source).toBe(source);
    });
    expect(records[0]).toMatchObject({ amount: '12000000000', currency: 'USD', approximate: 'false', modality: 'reported', attribution: 'Bloomberg', confidence: '0.93' });
    expect(records[2]).toMatchObject({ amount: '', min: '2000000000', max: '', approximate: 'true', counterparty: 'Google' });
    // Quotes, a line break and an escape character survive the round trip.
    expect(records[5]!.evidence).toBe('& Co.\nEvil | Corp \u001b[31mhas 30 staff');
  });
});

describe('html', () => {
  const articles = [wireArticle(), hostileArticle()];
  const html = render(articles, 'html', opts);
  const { document } = parseHTML(html);

  it('marks every evidence span once, and the marks hold exactly the evidence text', () => {
    const spans = articles.flatMap((a, ai) => a.claims.flatMap((c, ci) => c.evidence.map((ev, ei) => ({ id: `m-${ai}-${ci}-${ei}`, claim: c.id, ev, ei }))));
    const marks = [...document.querySelectorAll('mark')];
    expect(marks.filter((m) => m.id)).toHaveLength(spans.length);
    for (const span of spans) {
      // A span split at a partial overlap is its first piece (with the id) plus its later pieces.
      const pieces = marks.filter((m) => m.getAttribute('data-claim') === span.claim && m.getAttribute('data-ev') === String(span.ei));
      expect(pieces[0]!.id).toBe(span.id);
      expect(pieces.map((m) => m.textContent).join('')).toBe(span.ev.text);
      expect(pieces[0]!.className).toMatch(/^t-[a-z_]+$/);
      expect(pieces[0]!.getAttribute('title')).toMatch(/ · /);
    }
    // Only the partially overlapping span in the hostile article needed splitting.
    expect(marks.filter((m) => m.hasAttribute('data-part'))).toHaveLength(1);
    expect(document.querySelector('#m-0-0-0')!.getAttribute('title')).toBe('valuation · Zentrix Reasoning Lab · $12B · reported');
  });

  it('links rows to marks and marks back to rows', () => {
    for (const a of document.querySelectorAll('.claims a[href^="#m-"]')) expect(document.querySelector(a.getAttribute('href')!)).not.toBeNull();
    for (const m of document.querySelectorAll('mark')) expect(document.getElementById(m.getAttribute('data-row')!)).not.toBeNull();
    expect(document.querySelectorAll('table.claims tbody tr')).toHaveLength(6);
    expect(document.querySelectorAll('.filter input[type=checkbox]')).toHaveLength(6);
  });

  it('loads nothing from outside the page', () => {
    expect(html).not.toMatch(/<[^>]*\s(src|href|action)\s*=\s*["']?\s*(https?:|\/\/|data:|javascript:)/i);
    expect(html).not.toMatch(/<link|<img|<iframe|@import|url\(/i);
    expect(document.querySelectorAll('[src]')).toHaveLength(0);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+\/=]+'/);
  });

  it('renders a hostile article inert', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>Bad');
    expect(html).not.toContain('"onload=');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('&#34;onload=alert(2) x=&#34;');
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.textContent).not.toContain('alert');
    for (const el of document.querySelectorAll('*')) for (const attr of el.attributes) expect(attr.name).not.toMatch(/^on/);
    expect(document.querySelector('#a-1 .text')!.textContent).toBe(HOSTILE_TEXT);
    expect(document.querySelector('#a-1 h2')!.textContent).toBe('<script>alert("title")</script>');
  });

  it('shows the quotes alone when the article text is absent', () => {
    const page = parseHTML(render([wireArticle(false)], 'html', opts)).document;
    const marks = [...page.querySelectorAll('mark')];
    expect(marks).toHaveLength(5);
    expect(marks.map((m) => m.textContent)).toContain('It has hired about 20 researchers from OpenAI and Meta over the past six months, and its 東京 office 🚀 opens in spring.');
    expect(page.querySelector('.text')).toBeNull();
  });

  it('is one page for several articles, a section each', () => {
    const articlesOut: Article[] = [wireArticle(), emptyArticle(), hostileArticle()];
    const page = parseHTML(render(articlesOut, 'html', opts)).document;
    expect(page.querySelectorAll('section.article')).toHaveLength(3);
    expect(page.querySelector('#a-1 .empty')!.textContent).toBe('No claims found.');
    expect(page.querySelectorAll('html')).toHaveLength(1);
  });
});

describe('nestSpans', () => {
  function flatten<T>(nodes: Array<SpanNode<T>>, depthOk: (n: SpanNode<T>) => void): Array<SpanNode<T>> {
    return nodes.flatMap((n) => {
      depthOk(n);
      return [n, ...flatten(n.children, depthOk)];
    });
  }

  it('splits a partial overlap and nests containment', () => {
    const tree = nestSpans([
      { start: 0, end: 10, data: 'a' },
      { start: 5, end: 15, data: 'b' },
      { start: 2, end: 4, data: 'c' },
    ]);
    expect(JSON.parse(JSON.stringify(tree))).toEqual([
      {
        start: 0,
        end: 10,
        data: 'a',
        part: 0,
        children: [
          { start: 2, end: 4, data: 'c', part: 0, children: [] },
          { start: 5, end: 10, data: 'b', part: 0, children: [] },
        ],
      },
      { start: 10, end: 15, data: 'b', part: 1, children: [] },
    ]);
  });

  it('always yields a valid nesting whose pieces tile each span exactly', () => {
    const span = fc.tuple(fc.nat(40), fc.nat(40)).map(([x, y]) => ({ start: Math.min(x, y), end: Math.max(x, y) }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), (raw) => {
        const spans = raw.map((s, i) => ({ ...s, data: i }));
        const nodes = flatten(nestSpans(spans), (n) => {
          for (const c of n.children) expect(c.start >= n.start && c.end <= n.end).toBe(true);
          for (let i = 1; i < n.children.length; i++) expect(n.children[i]!.start).toBeGreaterThanOrEqual(n.children[i - 1]!.end);
        });
        spans.forEach((s) => {
          const pieces = nodes.filter((n) => n.data === s.data).sort((a, b) => a.start - b.start);
          if (s.end === s.start) return expect(pieces).toHaveLength(0);
          expect(pieces[0]!.start).toBe(s.start);
          expect(pieces[0]!.part).toBe(0);
          expect(pieces.filter((p) => p.part === 0)).toHaveLength(1);
          expect(pieces[pieces.length - 1]!.end).toBe(s.end);
          for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.start).toBe(pieces[i - 1]!.end);
        });
      }),
    );
  });
});
