import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadInput, toPlainText } from '../src/input/index.js';
import { stripInline } from '../src/input/markdown.js';

const DATA = 'test/data/input';

describe('Markdown to plain text', () => {
  test('article: front matter, comment, markup and image gone; lines, bullets and table rows kept', async () => {
    const loaded = await loadInput(`${DATA}/article.md`, { maxBytes: 1_000_000 });
    expect(loaded.format).toBe('markdown');
    expect(loaded.title).toBe('Acme Robotics raises $40 million');
    expect(loaded.warnings).toEqual([]);
    expect(loaded.text).toBe(
      [
        'Acme Robotics raises $40 million',
        '',
        'By Jane Doe \u00b7 March 3, 2025',
        '',
        'Acme Robotics has raised $40 million in a Series B round led by',
        'Northwind Ventures, the company said.',
        '',
        'Key numbers',
        '',
        'Metric | Value',
        'Employees | ~120',
        'Valuation | $300 million',
        '',
        '\u2022 Robots run in 14 warehouses.',
        '\u2022 Revenue expected: more than $25 million.',
        '1. A second factory is planned in Ohio.',
        '',
        '"We\'re hiring across the board," said chief executive Maria Lopez.',
      ].join('\n'),
    );
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('title is the first level-1 heading, not a level-2 one', () => {
    expect(toPlainText('## Sub\n\n# Main #\n\n# Later', 'markdown').title).toBe('Main');
    expect(toPlainText('Setext title\n============\n\nBody.', 'markdown')).toEqual({ text: 'Setext title\n\nBody.', title: 'Setext title', warnings: [] });
    expect(toPlainText('No heading here.', 'markdown').title).toBeNull();
  });

  test('pipe tables: one row per line, cells joined by " | ", separator rows dropped, escaped pipes kept', () => {
    const md = '| Company | Raised |\n| --- | :---: |\n| Acme | **$40M** |\n| Beta \\| Gamma | $1B |\n\nAfter.';
    expect(toPlainText(md, 'markdown').text).toBe('Company | Raised\nAcme | $40M\nBeta | Gamma | $1B\n\nAfter.');
    expect(toPlainText('Company | Raised\n--- | ---\nAcme | $40M', 'markdown').text).toBe('Company | Raised\nAcme | $40M');
  });

  test('fenced code goes with its fences (code is not prose); rules go; link definitions go; footnotes keep their note', () => {
    const md = 'Intro.\n\n```js\nconst a = "**x**";\n```\n\n---\n\nSee [the filing][1] and the note.[^1]\n\n[1]: https://example.com\n[^1]: Source: Reuters.';
    expect(toPlainText(md, 'markdown').text).toBe('Intro.\n\nSee the filing and the note.\n\nSource: Reuters.');
    // a block with no blank line around it still ends the paragraph before it
    expect(toPlainText('Before.\n~~~\nx = 1\n~~~\nAfter.', 'markdown').text).toBe('Before.\n\nAfter.');
  });

  test('multi-line HTML comments are dropped', () => {
    expect(toPlainText('Before.\n<!-- a\nb\nc -->\nAfter <!-- x --> this.', 'markdown').text).toBe('Before.\nAfter this.');
  });

  test('blockquotes, nested lists and task boxes', () => {
    expect(toPlainText('> > Deep **quote**\n\n- one\n  - two\n- [x] done\n3) third', 'markdown').text).toBe('Deep quote\n\n\u2022 one\n\u2022 two\n\u2022 done\n3. third');
  });

  test('a front-matter opener that never closes is a rule, not front matter', () => {
    expect(toPlainText('---\nAcme raised $2B.', 'markdown').text).toBe('Acme raised $2B.');
  });

  test('CRLF Markdown', () => {
    expect(toPlainText('# T\r\n\r\nA *b* c.\r\n', 'markdown')).toEqual({ text: 'T\n\nA b c.', title: 'T', warnings: [] });
  });
});

describe('inline Markdown', () => {
  test.each([
    ['links become their text', 'Led by [Northwind](https://nw.vc "NW") and [Acme (US)](https://x.com/a_(b)).', 'Led by Northwind and Acme (US).'],
    ['images are dropped', 'Logo ![Acme logo](logo.png) here.', 'Logo here.'],
    ['strong and emphasis', '**Acme** raised *about* $2B, __really__ _big_.', 'Acme raised about $2B, really big.'],
    ['strike-through', 'Valued at ~~$1B~~ $2B.', 'Valued at $1B $2B.'],
    ['nested emphasis', '***Acme*** and *a **b** c*', 'Acme and a b c'],
    ['code spans keep their content verbatim', 'Run `npm i **x**` and ``a ` b``.', 'Run npm i **x** and a ` b.'],
    ['a single tilde means "about" and stays', 'Roughly ~140 employees', 'Roughly ~140 employees'],
    ['intraword underscores stay', 'The snake_case_name and __init__ file', 'The snake_case_name and init file'],
    ['arithmetic asterisks stay', '5 * 3 = 15 and 2*3*4', '5 * 3 = 15 and 234'],
    ['lone asterisk stays', 'Revenue* (*unaudited)', 'Revenue* (*unaudited)'],
    ['escapes', 'Not \\*emphasis\\* and \\[not a link\\](x)', 'Not *emphasis* and [not a link](x)'],
    ['entities', 'AT&amp;T &rsquo; &#8217; &#x2019; &unknown; & more', 'AT&T \u2019 \u2019 \u2019 &unknown; & more'],
    ['inline HTML tags dropped, autolinks kept', 'A <span class="x">tag</span><br>and <https://example.com>.', 'A tag and https://example.com.'],
    ['brackets that are not links stay', 'He said [sic] it was [big].', 'He said [sic] it was [big].'],
    ['footnote references go', 'Reuters reported it.[^2]', 'Reuters reported it.'],
  ])('%s', (_name, input, expected) => {
    expect(stripInline(input)).toBe(expected);
  });

  // Speed is measured in the benchmark; here adversarial lines (which a backtracking pattern
  // would take minutes over) must come back, within the test's time-out, with their text.
  test.each([
    ['brackets', '['.repeat(100_000), '['.repeat(100_000)],
    // (paired markers go, the letters stay)
    ['emphasis marks', '*a'.repeat(100_000), 'a'.repeat(100_000)],
    ['backticks', '`a'.repeat(100_000), 'a'.repeat(100_000)],
    ['underscores', '_'.repeat(100_000) + 'x', '_'.repeat(100_000) + 'x'],
    ['entity starts', '&#'.repeat(100_000), '&#'.repeat(100_000)],
  ])('pathological line: %s', (_name, evil, expected) => {
    expect(toPlainText(evil, 'markdown').text).toBe(expected);
  });

  test('pathological lines of unclosed links and tags come back', () => {
    for (const evil of ['<a '.repeat(50_000), '![['.repeat(50_000), '](('.repeat(50_000)]) {
      const { text } = toPlainText(evil, 'markdown');
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(evil.length);
    }
  });

  test('the article fixture round-trips through the file loader unchanged', () => {
    expect(toPlainText(readFileSync(`${DATA}/article.md`, 'utf8'), 'markdown').text.split('\n')[0]).toBe('Acme Robotics raises $40 million');
  });
});
