import { describe, expect, it } from 'vitest';
import { graphemes, graphemeWidth, SIMPLE_TEXT, stringWidth } from '../src/render/width.js';

/**
 * The table's widths skip the grapheme segmenter (ICU) for text of characters that are each one
 * cluster of one cell (src/render/width.ts, SIMPLE_TEXT): for every such character, alone and
 * beside others of them, the segmenter gives what the shortcut assumes.
 */
describe('width without the segmenter', () => {
  const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const clusters = (text: string) => Array.from(seg.segment(text), (s) => s.segment);
  const simple: string[] = [];
  for (let c = 0; c < 0x10000; c++) if (SIMPLE_TEXT.test(String.fromCharCode(c))) simple.push(String.fromCharCode(c));

  it('takes only characters that are one cluster, one cell wide, joining no neighbour', () => {
    expect(simple.length).toBeGreaterThan(1000);
    const hex = (s: string) => [...s].map((c) => `U+${c.codePointAt(0)!.toString(16)}`).join(' ');
    const bad: string[] = [];
    for (const a of simple) {
      if (graphemeWidth(a) !== 1 || clusters(a).length !== 1) bad.push(hex(a));
      // (each beside itself and beside a spread of the others, on both sides)
      for (let k = simple.indexOf(a) % 11; k < simple.length; k += 11) {
        const b = simple[k]!;
        if (clusters(a + b).length !== 2 || clusters(b + a).length !== 2) bad.push(hex(a + b));
      }
      if (clusters(a + a).length !== 2) bad.push(hex(a + a));
    }
    expect(bad).toEqual([]);
  });

  it('measures and cuts as the segmenter does', () => {
    for (const text of ['Acme Corp', '£3.9m — “up” 10%', '─── ≥ 90 · x', 'naïve café', 'e\u0301', '日本', '👍🏽', 'a\u00adb', 'x\u200dy', '©\u200d®']) {
      expect(graphemes(text), text).toEqual(clusters(text));
      expect(stringWidth(text), text).toBe(clusters(text).reduce((n, g) => n + graphemeWidth(g), 0));
    }
  });
});
