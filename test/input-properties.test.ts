import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeBytes } from '../src/input/decode.js';
import { toPlainText } from '../src/input/index.js';

// Strings built from the characters that drive the converters, so the generator hits markup often.
const markupy = fc
  .array(fc.constantFrom('<', '>', '/', 'p', 'div', 'br', 'li', 'td', '!--', '-->', '&amp;', '&', ';', '#', '*', '_', '~', '`', '[', ']', '(', ')', '!', '|', '-', ':', '\\', ' ', '\n', '\r\n', '\t', 'Acme', '$2B', '\u00a0', '\u2019', 'é'), { maxLength: 80 })
  .map((parts) => parts.join(''));

describe('converter properties', () => {
  test('text format is the identity', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => toPlainText(s, 'text').text === s));
  });

  test('Markdown and HTML never throw, never emit CR, trailing spaces or two blank lines in a row', () => {
    fc.assert(
      fc.property(markupy, fc.constantFrom('markdown' as const, 'html' as const), (s, format) => {
        const { text } = toPlainText(s, format);
        expect(text).not.toContain('\r');
        expect(text).not.toMatch(/[ \t]\n/);
        expect(text).not.toContain('\n\n\n');
        expect(text).toBe(text.trimEnd());
      }),
      { numRuns: 300 },
    );
  });

  test('UTF-8 text decodes to itself', () => {
    const printable = fc.string({ unit: 'grapheme' }).filter((s) => !/[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/.test(s));
    fc.assert(
      fc.property(printable, (s) => {
        const decoded = decodeBytes(Buffer.from(s, 'utf8'), 'x');
        expect(decoded).toEqual({ text: s.startsWith('\ufeff') ? s.slice(1) : s, warnings: [] });
      }),
    );
  });
});
