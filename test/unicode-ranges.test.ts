import { describe, expect, it } from 'vitest';
import * as generated from '../src/text/unicode-ranges.generated.js';
import { LETTER_MARK, LETTER_NUMBER } from '../src/text/unicode-ranges.js';

/**
 * The unions of Unicode properties written out as ranges (src/text/unicode-ranges.ts) hold the
 * same code points as the properties, under the Unicode version they were made with; under any
 * other, the properties themselves are used. When this Node's version differs, regenerate:
 * `node scripts/build-unicode-ranges.mjs`.
 */
const UNIONS = { LETTER_MARK: String.raw`\p{L}\p{M}`, LETTER_NUMBER: String.raw`\p{L}\p{N}` };
const USED = { LETTER_MARK, LETTER_NUMBER };

describe('unions of Unicode properties as ranges', () => {
  it(`are made for this Node's Unicode version (${process.versions.unicode}): else they go unused`, () => {
    expect(generated.UNICODE_VERSION).toBe(process.versions.unicode);
  });

  for (const [name, union] of Object.entries(UNIONS) as Array<[keyof typeof UNIONS, string]>) {
    it(`${name}: every code point in the ranges as in ${union}, and no other`, () => {
      const asProperties = new RegExp(`^[${union}]$`, 'u');
      const asUsed = new RegExp(`^[${USED[name]}]$`, 'u');
      const asRanges = new RegExp(`^[${generated[name]}]$`, 'u');
      const differ: number[] = [];
      for (let c = 0; c < 0x110000; c++) {
        const s = String.fromCodePoint(c);
        const want = asProperties.test(s);
        if (asUsed.test(s) !== want || (generated.UNICODE_VERSION === process.versions.unicode && asRanges.test(s) !== want)) differ.push(c);
        if (differ.length > 10) break;
      }
      expect(differ.map((c) => c.toString(16))).toEqual([]);
    });
  }
});
