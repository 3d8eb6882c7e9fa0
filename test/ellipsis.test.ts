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

  it('gives the next count of a list over times the noun of the first ("N users by the end of March and M by late summer")', () => {
    expect(read('It had about 500 million weekly users by the end of March and around 700 million by late summer.')).toEqual([
      ['about 500 million weekly users', 'users', 'users'],
      ['around 700 million', 'users', 'users'],
    ]);
    // (not a bare count that is no list's next: "300 staff in 2020 and 12 offices")
    expect(read('It had 300 staff in 2020 and 12 offices in Leeds.')).toEqual([
      ['300 staff', 'people', 'staff'],
      ['12', null, null],
    ]);
  });

  it('gives each count of a list over places the noun of the first ("N users in X, M in Y and K in Z")', () => {
    expect(read('It has 29.2 million monthly users in Indonesia, 4.3 million in Vietnam, 2 million in Thailand and 0.8 million in Singapore.')).toEqual([
      ['29.2 million monthly users', 'users', 'users'],
      ['4.3 million', 'users', 'users'],
      ['2 million', 'users', 'users'],
      ['0.8 million', 'users', 'users'],
    ]);
    // (not counts in places that count something else: "300 staff in Leeds, and 12 in 2020")
    expect(read('It had 300 staff in Leeds and revenue of 12 in 2020.')).toEqual([
      ['300 staff', 'people', 'staff'],
      ['12', null, null],
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
