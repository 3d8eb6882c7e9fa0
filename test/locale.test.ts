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
});
