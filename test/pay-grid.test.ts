// Pay said every way a person and their employer are tied, with every verb of being paid and shape of amount:
// each sentence of the grid gives the employer's compensation claim of that amount (8 × 9 × 7 × 3 = 1,512 sentences).
// (The grid met real failures: "received" read as funding when the one paid was named with an apposition, "collected".)
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const TIES = ["Orrin Bank's chief executive Dana Roe", 'Dana Roe, chief executive of Orrin Bank,', 'Orrin Bank chief executive Dana Roe', 'The chief executive of Orrin Bank', 'Orrin Bank boss Dana Roe', "Dana Roe, Orrin Bank's chief executive,", "Orrin Bank's boss", 'Dana Roe, who runs Orrin Bank,'];
const VERBS = ['received', 'was paid', 'earned', 'took home', 'was awarded', 'got', 'pocketed', 'collected', 'was handed'];
const AMOUNTS: Array<[string, number, string]> = [
  ['$12.5 million', 12.5e6, 'USD'],
  ['£3.1m', 3.1e6, 'GBP'],
  ['₹25 crore', 25e7, 'INR'],
  ['a pay package worth $12.5 million', 12.5e6, 'USD'],
  ['total compensation of $12.5 million', 12.5e6, 'USD'],
  ['a bonus of $2 million', 2e6, 'USD'],
  ['pay of $12.5 million', 12.5e6, 'USD'],
];
const TAILS = [' last year.', ', according to a filing.', ' in 2023, up 10%.'];

describe('pay of a person tied to an employer', () => {
  for (const tie of TIES) {
    it(`reads the employer's pay after: ${tie} …`, () => {
      const missed: string[] = [];
      for (const verb of VERBS) for (const [amount, value, currency] of AMOUNTS) for (const tail of TAILS) {
        const text = `${tie} ${verb} ${amount}${tail}`;
        const claims = extract(text).claims;
        const ok = claims.some((c) => c.type === 'compensation' && c.subject === 'Orrin Bank' && c.value?.amount === value && c.value?.currency === currency);
        // (and nothing read as money put into the bank)
        if (!ok || claims.some((c) => c.type === 'funding')) missed.push(text);
      }
      expect(missed).toEqual([]);
    });
  }
});
