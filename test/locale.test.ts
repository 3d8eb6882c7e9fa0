import { describe, expect, it } from 'vitest';
import { dollarLocale } from '../src/values/locale.js';
import { extract } from '../src/index.js';

// A bare "$" in an Australian article is the Australian dollar (src/values/locale.ts)
describe('dollar locale', () => {
  it('reads an Australian article\'s bare "$" as AUD', () => {
    const text = 'SYDNEY - The head of Brisbane-based Tarrow Health was the best-paid chief executive on the ASX last year. Tarrow Health chief executive Mia Hale received $47.6 million in realised pay, the Australian Council of Investors said.';
    expect(dollarLocale(text)).toBe('AUD');
    const pay = extract(text).claims.find((c) => c.type === 'compensation');
    expect(pay?.subject).toBe('Tarrow Health');
    expect(pay?.value).toMatchObject({ amount: 47_600_000, currency: 'AUD', text: '$47.6 million' });
  });
  it('leaves "$" as USD in an article about the United States, or one that writes "A$" itself', () => {
    expect(dollarLocale('Tarrow Health, listed on the Nasdaq in New York, paid its US chief executive $4 million; an Australian unit was sold.')).toBeNull();
    expect(dollarLocale('Sydney-based Tarrow Health raised A$40 million from Australian investors and $10 million from Melbourne funds.')).toBeNull();
  });
  it('keeps an explicit "US$" a US dollar in an Australian article', () => {
    const text = 'Melbourne software maker Quarrow Labs, listed on the ASX, raised US$50 million from Australian and Asian investors.';
    const round = extract(text).claims.find((c) => c.type === 'funding');
    expect(round?.value).toMatchObject({ amount: 50_000_000, currency: 'USD' });
  });
  it('reads a bare "$" as CAD in an article about Canada all but alone, "US$" lettered apart', () => {
    const text = "Canada's top venture deals raised over $1 billion this year. Montreal's Orrin Pay led, having raised $207 million in a series D, after a US$61 million round in 2015. Toronto's Kestrel Health followed with $111 million.";
    expect(dollarLocale(text)).toBe('CAD');
    const rounds = extract(text).claims.filter((c) => c.type === 'funding');
    expect(rounds.find((c) => c.subject === 'Kestrel Health')?.value).toMatchObject({ amount: 111_000_000, currency: 'CAD', text: '$111 million' });
  });
  it('leaves "$" as USD in a Canadian story on American rounds', () => {
    expect(dollarLocale('Toronto-based Orrin Pay opened an office in New York after the US round; American investors in San Francisco put $50 million into Canadian start-ups.')).toBeNull();
  });
});
