// A counted noun said once for two parallel counts (src/values/ellipsis.ts).
import { describe, expect, it } from 'vitest';
import { readQuantities } from '../src/values/index.js';
import { shareCountedNouns } from '../src/values/ellipsis.js';

const read = (text: string) => {
  const qs = readQuantities(text, true, 50);
  shareCountedNouns(text, qs);
  return qs.map((q) => [q.text, q.unit, q.noun]);
};

describe('counted nouns shared by parallel counts', () => {
  it('gives a later bare count the noun of the one before ("with N subscribers and Y with M")', () => {
    expect(read('Corvane Music has 60 million subscribers and Orrin Music has 55 million.')).toEqual([
      ['60 million subscribers', 'subscribers', 'subscribers'],
      ['55 million', 'subscribers', 'subscribers'],
    ]);
  });

  it('gives an earlier bare count the noun of the one after ("has N and Y has M employees")', () => {
    expect(read('Orrin Works has over 3.37 lakh and Kestrel Industries has nearly 2 lakh employees.')).toEqual([
      ['over 3.37 lakh', 'people', 'employees'],
      ['nearly 2 lakh employees', 'people', 'employees'],
    ]);
  });

  it('leaves a bare count alone when something else is counted after it or other words stand between', () => {
    expect(read('It has 300 employees and 12 offices.')).toEqual([
      ['300 employees', 'people', 'employees'],
      ['12', null, null],
    ]);
    expect(read('It had 300 employees, and revenue rose by 12 last year.')).toEqual([
      ['300 employees', 'people', 'employees'],
      ['12', null, null],
    ]);
  });
});
