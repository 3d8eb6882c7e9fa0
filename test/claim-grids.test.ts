// Each claim type said the common ways, each with five endings and with or without a wire dateline: every sentence
// gives the claim (Orrin Labs, and its value or its provider). Written as grids so a new way to say a claim is one line.
// (The grids met real failures: "About 1,200 Orrin Labs employees will lose their jobs", "Up to 1,200 jobs are at
// risk at Orrin Labs", "Vessel Capital invested $40 million in Orrin Labs at a $2 billion valuation" (no valuation),
// and "Vessel Capital led Orrin Labs’ $40 million Series B", whose lead the possessive's apostrophe hid.)
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

type Want = { type: string; value?: number; counterparty?: string };
const FORMS: Array<[string, Want]> = [
  ['Orrin Labs raised $40 million', { type: 'funding', value: 40e6 }],
  ['Orrin Labs has raised $40 million in a Series B round', { type: 'funding', value: 40e6 }],
  ['Orrin Labs secured $40m in fresh funding', { type: 'funding', value: 40e6 }],
  ['Orrin Labs closed a $40 million Series B', { type: 'funding', value: 40e6 }],
  ['Orrin Labs bagged ₹300 crore in funding', { type: 'funding', value: 3e9 }],
  ['Orrin Labs has completed a €40m Series B', { type: 'funding', value: 40e6 }],
  ['Orrin Labs raised $40 million in a round led by Vessel Capital', { type: 'funding', value: 40e6, counterparty: 'Vessel Capital' }],
  ['Vessel Capital led a $40 million round in Orrin Labs', { type: 'funding', value: 40e6, counterparty: 'Vessel Capital' }],
  ['Vessel Capital led Orrin Labs’ $40 million Series B', { type: 'funding', value: 40e6, counterparty: 'Vessel Capital' }],
  ['Orrin Labs closed a $40 million Series B led by Vessel Capital and Kestrel Ventures', { type: 'funding', value: 40e6, counterparty: 'Vessel Capital' }],
  ['Orrin Labs employs 1,200 people', { type: 'headcount', value: 1200 }],
  ['Orrin Labs has a workforce of 1,200', { type: 'headcount', value: 1200 }],
  ['Orrin Labs now has more than 1,200 employees', { type: 'headcount', value: 1200 }],
  ['The 1,200-employee Orrin Labs raised $40 million', { type: 'headcount', value: 1200 }],
  ['Orrin Labs, which employs 1,200 people, raised $40 million', { type: 'headcount', value: 1200 }],
  ['Orrin Labs was valued at $2 billion', { type: 'valuation', value: 2e9 }],
  ['The round values Orrin Labs at $2 billion', { type: 'valuation', value: 2e9 }],
  ['Orrin Labs raised $100 million at a $2 billion valuation', { type: 'valuation', value: 2e9 }],
  ["Orrin Labs' valuation rose to $2 billion", { type: 'valuation', value: 2e9 }],
  ['Vessel Capital invested $40 million in Orrin Labs at a $2 billion valuation', { type: 'valuation', value: 2e9, counterparty: 'Vessel Capital' }],
  ['Orrin Labs raised $40 million from Vessel Capital, valuing the company at $2 billion', { type: 'valuation', value: 2e9 }],
  ['Orrin Labs generated $500 million in revenue last year', { type: 'revenue', value: 5e8 }],
  ["Orrin Labs' revenue rose 20% to $500 million", { type: 'revenue', value: 5e8 }],
  ['Engineers at Orrin Labs earn about $300,000 a year', { type: 'compensation', value: 3e5 }],
  ['Orrin Labs will cut 1,200 jobs', { type: 'departure', value: 1200 }],
  ['Orrin Labs plans to eliminate about 1,200 roles', { type: 'departure', value: 1200 }],
  ['About 1,200 Orrin Labs employees will lose their jobs', { type: 'departure', value: 1200 }],
  ['Orrin Labs is cutting 10% of its workforce, or about 1,200 people', { type: 'departure', value: 1200 }],
  ['Up to 1,200 jobs are at risk at Orrin Labs', { type: 'departure', value: 1200 }],
  ['Orrin Labs now has more than 30 million monthly active users', { type: 'user_count', value: 30e6 }],
  ['Orrin Labs said its user base had grown to 30 million', { type: 'user_count', value: 30e6 }],
  ['More than 30 million people use Orrin Labs', { type: 'user_count', value: 30e6 }],
  ['Orrin Labs signed a $2 billion cloud deal with Vessel Cloud', { type: 'compute_deal', counterparty: 'Vessel Cloud' }],
  ['Orrin Labs will rent GPUs from Vessel Cloud', { type: 'compute_deal', counterparty: 'Vessel Cloud' }],
  ['Vessel Cloud will provide Orrin Labs with 10,000 GPUs', { type: 'compute_deal', counterparty: 'Vessel Cloud' }],
  ['Orrin Labs is renting servers from Vessel Cloud, a GPU cloud provider', { type: 'compute_deal', counterparty: 'Vessel Cloud' }],
];
const ENDINGS = ['.', ' in March.', ', the company said.', ', according to a filing.', ', people familiar with the matter said.'];
const OPENINGS = ['', 'LONDON (Reuters) - '];

describe('claims said the common ways', () => {
  it.each(FORMS)('reads: %s …', (form, want) => {
    const missed: string[] = [];
    for (const opening of OPENINGS) for (const ending of ENDINGS) {
      const text = opening + form + ending;
      const found = extract(text).claims.some(
        (c) => c.type === want.type && c.subject === 'Orrin Labs' && (want.counterparty === undefined || c.counterparty === want.counterparty) && (want.value === undefined || (c.value?.amount ?? c.value?.max ?? c.value?.min) === want.value),
      );
      if (!found) missed.push(text);
    }
    expect(missed).toEqual([]);
  });
});
