import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadInput, toPlainText } from '../src/input/index.js';
import { stripTags } from '../src/input/html-strip.js';

const DATA = 'test/data/input';
const opts = { maxBytes: 1_000_000 };

describe('HTML article extraction', () => {
  test('boilerplate page: only the headline and the article body survive', async () => {
    const loaded = await loadInput(`${DATA}/boilerplate-page.html`, opts);
    expect(loaded.format).toBe('html');
    expect(loaded.title).toBe('Acme Robotics raises $40 million to build warehouse robots | The Daily Widget');
    expect(loaded.warnings).toEqual([]);
    const paragraphs = loaded.text.split('\n\n');
    expect(paragraphs).toEqual([
      'Acme Robotics raises $40 million to build warehouse robots',
      'Acme Robotics, a Boston start-up that builds autonomous forklifts, has raised $40 million in a Series B round led by Northwind Ventures, the company said on Monday. The round values the company at about $300 million, according to a person familiar with the matter.',
      'The company now employs roughly 120 people & plans to double its engineering staff by next year. \u201cWe\u2019re hiring across the board,\u201d said chief executive Maria Lopez.',
      'Acme\u2019s robots are already running in 14 warehouses across North America, and the company signed a multi-year cloud agreement with a large provider to train its navigation models.',
      'Lopez said the new funding will go toward manufacturing, with a second factory planned in Ohio. The company expects revenue of more than $25 million this year, up from $9 million last year.',
      'Investors have poured money into warehouse automation as retailers struggle to hire workers, and several rivals have raised large rounds in the past year.',
    ]);
    // The related-stories aside, the ad, the nav, the newsletter box, the footer and the script are gone.
    for (const junk of ['Zenith', 'Quarry Labs', 'Helios', 'Related stories', 'Bolt Cloud', 'Subscribe', 'newsletter', 'All rights reserved', 'Privacy', 'dataLayer', 'font-family']) {
      expect(loaded.text).not.toContain(junk);
    }
  });

  test('entities decoded (&amp; &rsquo; &nbsp; &#8217; &mdash;), breaks, lists and tables kept as lines, title whitespace collapsed', () => {
    const out = toPlainText(readFileSync(`${DATA}/entities.html`, 'utf8'), 'html');
    expect(out).toEqual({
      text: [
        'Ben & Jerry\u2019s deal',
        '',
        'Ben & Jerry\u2019s parent agreed to pay $2\u00a0billion, the company\u2019s filing said \u2014 a record.',
        '',
        'First line',
        'Second line',
        '',
        '\u2022 One item',
        '\u2022 Two items',
        '',
        'Company | Valuation',
        'Acme | $300 million',
      ].join('\n'),
      title: 'Ben & Jerry\u2019s deal',
      warnings: [],
    });
  });

  test('og:title when there is no <title>', () => {
    const out = toPlainText('<html><head><meta property="og:title" content="Acme &amp; Co"></head><body><p>Acme raised $2 billion.</p></body></html>', 'html');
    expect(out.title).toBe('Acme & Co');
  });

  test('no <title>: title is null', () => {
    expect(toPlainText('<p>Acme raised $2 billion.</p>', 'html')).toEqual({ text: 'Acme raised $2 billion.', title: null, warnings: [] });
  });

  test('a bare fragment without <html>/<body> is read', () => {
    expect(toPlainText('<p>One.</p>\n<p>Two &amp; three.</p>', 'html').text).toBe('One.\n\nTwo & three.');
  });

  test('ordered lists count from start=, <br><br> makes one blank line, pre keeps its lines', () => {
    const out = toPlainText('<html><head></head><body><ol start="3"><li>x</li><li>y</li></ol><p>a<br><br><br>b</p><pre>line 1\n  line 2</pre></body></html>', 'html');
    expect(out.text).toBe('3. x\n4. y\n\na\n\nb\n\nline 1\n  line 2');
  });

  test('hidden elements, scripts, styles and ad labels are dropped', () => {
    const out = toPlainText(
      '<html><head><style>p{}</style></head><body><article><p>Visible.</p><p hidden>Hidden one.</p><p style="display: none">Hidden two.</p><p aria-hidden="true">Hidden three.</p><p>ADVERTISEMENT</p><script>var secret = 1;</script><p>Also visible.</p></article></body></html>',
      'html',
    );
    expect(out.text).toBe('Visible.\n\nAlso visible.');
  });

  test('a table cell with paragraphs stays on its row', () => {
    const out = toPlainText('<table><tr><td><p>Acme</p><p>Robotics</p></td><td>$2B</td></tr></table>', 'html');
    expect(out.text).toBe('Acme Robotics | $2B');
  });

  test('empty page: empty text and the empty warning', () => {
    expect(toPlainText('<html><head><title>Nothing</title></head><body></body></html>', 'html')).toEqual({
      text: '',
      title: 'Nothing',
      warnings: ['empty input'],
    });
  });

  test('pages nested too deeply for Readability fall back to the page text, with a warning', () => {
    const html = `<html><head><title>T</title></head><body><nav>Menu</nav><p>Intro.</p>${'<div>'.repeat(400)}Deep text.${'</div>'.repeat(400)}</body></html>`;
    expect(toPlainText(html, 'html')).toEqual({
      text: 'Intro.\n\nDeep text.',
      title: 'T',
      warnings: ['HTML too deeply nested for article detection; using all page text'],
    });
  });

  test('a 5 MB page converts whole', () => {
    const para = '<p>Acme Robotics raised $40 million in a Series B round led by Northwind Ventures, the company said on <a href="/x">Monday</a>.</p>\n';
    const parts = ['<!doctype html><html><head><title>Big</title></head><body><article>'];
    let size = 0;
    while (size < 5_000_000) {
      const block = `<div class="section">${para.repeat(20)}</div>`;
      parts.push(block);
      size += block.length;
    }
    parts.push('</article></body></html>');
    // (its speed is the benchmark's business: here it must come back, whole, within the time-out)
    const out = toPlainText(parts.join(''), 'html');
    expect(out.text.split('Acme Robotics raised $40 million').length - 1).toBe(20 * (parts.length - 2));
    expect(out.text.startsWith('Big\n\nAcme Robotics raised $40 million')).toBe(true);
  }, 60_000);
});

describe('tag stripping without a DOM (last resort for pages linkedom cannot parse)', () => {
  test('blocks become lines, skipped elements vanish, entities decoded, table cells joined', () => {
    const html =
      '<!doctype html><html><head><title>T</title><script>var a = "<p>x</p>";</script></head><body><nav><a>Home</a></nav>' +
      '<p>Acme &amp; Co raised&nbsp;$2B.</p><!-- comment --><ul><li>one</li><li>two</li></ul>' +
      '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>5 < 6<br>end<footer>foot</footer></body></html>';
    expect(stripTags(html)).toBe('Acme & Co raised\u00a0$2B.\n\n\u2022 one\n\u2022 two\n\na | b\nc | d\n\n5 < 6\nend');
  });
});
