// The corpus is the spec (Duckling style): every line of src/values/corpus.ts is one test.
import { describe, expect, it } from 'vitest';
import { readQuantities } from '../src/values/index.js';
import { negative, notMoney, positive } from '../src/values/corpus.js';

describe('values corpus: reads', () => {
  it.each(positive)('%s', (input, expected) => {
    const got = readQuantities(input);
    for (const q of got) expect(input.slice(q.start, q.end)).toBe(q.text);
    // toMatchObject on arrays also requires the same number of quantities
    expect(got).toMatchObject(expected);
  });
});

describe('values corpus: never an amount', () => {
  it.each(negative)('%s', (input) => {
    expect(readQuantities(input).map((q) => q.text)).toEqual([]);
  });
});

describe('values corpus: read, but never money', () => {
  it.each(notMoney)('%s', (input) => {
    const got = readQuantities(input);
    expect(got.length).toBeGreaterThan(0);
    expect(got.filter((q) => q.kind === 'money' || q.currency !== null).map((q) => q.text)).toEqual([]);
  });
});

describe('values: spans and order', () => {
  it('returns quantities in text order, non-overlapping, inside the text', () => {
    const input = positive.map(([line]) => line).join(' ');
    const got = readQuantities(input);
    let last = 0;
    for (const q of got) {
      expect(q.start).toBeGreaterThanOrEqual(last);
      expect(q.end).toBeGreaterThan(q.start);
      expect(input.slice(q.start, q.end)).toBe(q.text);
      last = q.end;
    }
  });
});

describe('values: reading stops at a limit', () => {
  it('returns the first amounts only', () => {
    const got = readQuantities('It raised $1 million, then $2 million, then $3 million.', true, 2);
    expect(got.map((q) => [q.text, q.amount])).toEqual([['$1 million', 1_000_000], ['$2 million', 2_000_000]]);
  });
});

// Speed is measured in benchmarks, not asserted here; these only prove that adversarial
// megabyte lines (no nested quantifiers, bounded look-ahead) finish and return.
describe('values: adversarial input completes', () => {
  const MB = 1 << 20;
  it.each([
    ['$1$1$1…', '$1'.repeat(MB / 2)],
    ['1,1,1,…', '1,'.repeat(MB / 2)],
    ['digits', '7'.repeat(MB)],
    ['1,111,111,… with a bad tail', '1' + ',111'.repeat(MB / 4) + '1'],
    ['one one one …', 'one '.repeat(MB / 4)],
    ['spaced groups', '1 '.repeat(MB / 2)],
    ['hyphens', '1-'.repeat(MB / 2)],
    ['hedges', 'more than '.repeat(MB / 10)],
  ])('%s', (_name, input) => {
    const got = readQuantities(input);
    expect(Array.isArray(got)).toBe(true);
  });
});
