import { describe, expect, test } from 'vitest';
import { detectFormat, toPlainText } from '../src/input/index.js';

describe('detectFormat', () => {
  test.each([
    ['a.txt', 'text'],
    ['a.TEXT', 'text'],
    ['a.md', 'markdown'],
    ['a.MD', 'markdown'],
    ['a.markdown', 'markdown'],
    ['a.html', 'html'],
    ['a.htm', 'html'],
    ['a.xhtml', 'html'],
  ] as const)('extension decides: %s → %s, whatever the content', (name, format) => {
    expect(detectFormat(name, '<html><p>x</p></html>\n# Heading\n[a](b)')).toBe(format);
  });

  test.each([
    ['doctype', '<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['<html> after whitespace', '  \n<html lang="en">', 'html'],
    ['many tags', '<div><p>One</p><p>Two</p><p>Three</p></div>', 'html'],
    ['a couple of inline tags in prose', 'Acme <b>raised</b> money.', 'text'],
    ['heading on the first line', '# Title\n\nJust a paragraph.', 'markdown'],
    ['heading and link', 'Intro\n\n## Part\n\nSee [the filing](https://example.com).', 'markdown'],
    ['pipe table with separator', '| a | b |\n|---|---|\n| 1 | 2 |', 'markdown'],
    ['dash bullets alone are plain text too', '- one\n- two\n- three', 'text'],
    ['plain prose', 'Plain text. Acme raised $2 billion.\n\nMore text, 5 * 3 and #1 rank.', 'text'],
    ['empty', '', 'text'],
  ] as const)('sniffing without a known extension: %s', (_name, raw, format) => {
    expect(detectFormat(null, raw)).toBe(format);
    expect(detectFormat('notes.json', raw)).toBe(format);
    expect(detectFormat('<stdin>', raw)).toBe(format);
  });

  test('sniffing looks only at the start of a huge input', () => {
    // markup 10 MB in is never reached: the input is judged by its opening
    expect(detectFormat(null, 'word '.repeat(2_000_000) + '<!doctype html><html><body><p>x</p></body></html>')).toBe('text');
    expect(detectFormat(null, '<!doctype html><html><body>' + 'word '.repeat(2_000_000))).toBe('html');
  });
});

describe('language and emptiness warnings', () => {
  test('whitespace-only input counts as empty', () => {
    expect(toPlainText('  \r\n\t\n', 'text')).toEqual({ text: '  \r\n\t\n', title: null, warnings: ['empty input'] });
  });

  test('Markdown or HTML without words is empty', () => {
    expect(toPlainText('<!-- nothing -->\n![img](x.png)', 'markdown').warnings).toEqual(['empty input']);
    expect(toPlainText('<html><body><script>var a;</script></body></html>', 'html').warnings).toEqual(['empty input']);
  });

  test('German and Spanish prose are flagged too', () => {
    const de = 'Das Unternehmen hat am Montag mitgeteilt, dass es vierzig Millionen Euro von mehreren Investoren eingesammelt habe. Mit dem Geld sollen neue Ingenieure eingestellt und eine zweite Fabrik im Norden des Landes gebaut werden, sagte die Chefin.';
    const es = 'La empresa anunció el lunes que había recaudado cuarenta millones de euros de varios inversores europeos. Según la directora, el dinero se destinará a contratar ingenieros y a construir una nueva fábrica en el norte del país el próximo año.';
    expect(toPlainText(de, 'text').warnings).toEqual(['text does not look like English']);
    expect(toPlainText(es, 'text').warnings).toEqual(['text does not look like English']);
  });

  test('English with many names and numbers is not flagged', () => {
    const en = 'Thinking Machines Lab, the AI startup founded by former OpenAI CTO Mira Murati, raised $2 billion at a $12 billion valuation, according to people familiar with the matter. Investors include Andreessen Horowitz, Nvidia, AMD and Cisco. The company has about 30 employees, many of them hired from OpenAI, Meta and Mistral.';
    expect(toPlainText(en, 'text').warnings).toEqual([]);
  });
});
