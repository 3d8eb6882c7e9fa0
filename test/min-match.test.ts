import { describe, expect, it } from 'vitest';
import * as evidence from '../src/entities/evidence.js';
import { mayMatchLength, minMatchLength } from '../src/text/min-match.js';

/**
 * The shortest match a regular expression can make, read from its source (src/text/min-match.ts):
 * the name evidence runs no expression on a context shorter than that (only to spare V8 a second
 * compilation for one-byte strings), so the bound must never be above a real match's length.
 */
describe('minMatchLength', () => {
  const cases: Array<[string, number]> = [
    ['', 0], ['a', 1], ['ab', 2], ['a|bc', 1], ['(?:ab)?c', 1], ['a{3}', 3], ['a{2,}?b', 3], ['a{1}?b', 2],
    ['(?=abc)d', 1], ['(?<=x)yz', 2], ['(?<!x)yz', 2], ['\\bfoo\\b', 3], ['[abc]\\d', 2], ['^$', 0], ['(a)\\1', 1],
    ['\\u0041\\x41', 2], ['\\p{L}+', 1], ['x(?:a|bc|)y', 2], ['(?<n>ab)\\k<n>', 2], ['[^]]', 2], ['a{,2}', 5], ['\\[a]', 3],
  ];
  for (const [source, want] of cases) it(`/${source}/ takes at least ${want}`, () => expect(minMatchLength(source)).toBe(want));

  it('never says more than a match takes: no empty or one-character string matches past its bound', () => {
    const chars: string[] = [];
    for (let c = 0; c < 0x3000; c++) chars.push(String.fromCharCode(c));
    const regexps = Object.values(evidence).filter((v): v is RegExp => v instanceof RegExp);
    expect(regexps.length).toBeGreaterThan(2);
    for (const re of regexps) {
      const plain = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
      const min = minMatchLength(re.source);
      if (min >= 1) expect(plain.test(''), re.source).toBe(false);
      if (min >= 2) for (const c of chars) expect(plain.test(c), `${re.source} on ${JSON.stringify(c)}`).toBe(false);
    }
  });

  it('a global or sticky expression is always run (its lastIndex moves either way)', () => {
    expect(mayMatchLength(/abc/g, '')).toBe(true);
    expect(mayMatchLength(/abc/y, '')).toBe(true);
    expect(mayMatchLength(/abc/, '')).toBe(false);
    expect(mayMatchLength(/a?/, '')).toBe(true);
  });
});
