// The currency table (src/values/currencies*.ts) against Intl's own list: every ISO 4217 code
// and every English name CLDR gives reads as its currency, on either side of a number.
import { describe, expect, it } from 'vitest';
import { readQuantities } from '../src/values/index.js';
import { CURRENCIES } from '../src/values/currencies.generated.js';
import { DEFAULT_ISSUERS, SHARED_NAMES } from '../src/values/currencies.js';

function currencyOf(input: string): string | null | undefined {
  const got = readQuantities(input);
  return got.length === 1 ? got[0]!.currency : undefined;
}

describe('currencies: every ISO code', () => {
  it.each(CURRENCIES.map((r) => r[0]))('%s before and after a scaled number', (code) => {
    expect(currencyOf(`It spent ${code} 5.2 billion.`)).toBe(code);
    expect(currencyOf(`It spent 5.2 billion ${code}.`)).toBe(code);
    expect(currencyOf(`It spent ${code}5.2bn.`)).toBe(STRICT.has(code) ? undefined : code);
  });
});

// glued to digits a code that is an English word stays a name ("COP26", "AMD64")
const STRICT = new Set(CURRENCIES.map((r) => r[0]).filter((c) => readQuantities(`${c}26`).length === 0));

describe('currencies: every CLDR name with its country', () => {
  // "Sierra Leonean leones" is both the leone and its withdrawn predecessor: the current one reads
  const named = CURRENCIES.filter((r) => r[1] !== '' && r[0] !== 'SLL');
  it.each(named.map((r) => [r[0], `${r[1]} ${r[3]}`] as const))('%s: "%s"', (code, name) => {
    expect(currencyOf(`The fund holds 5 billion ${name}.`)).toBe(code);
  });
});

describe('currencies: shared names', () => {
  it.each([...SHARED_NAMES].map(([form, codes]) => [form, codes.join(' ')] as const))('"%s" (%s) has a default issuer', (_form, codes) => {
    expect(DEFAULT_ISSUERS.some((c) => codes.split(' ').includes(c))).toBe(true);
  });
});

describe('currencies: letter symbols taken from CLDR are CLDR symbols of their currency', () => {
  it.each([['RM', 'MYR'], ['Rp', 'IDR'], ['zł', 'PLN'], ['Kč', 'CZK'], ['FCFA', 'XAF']])('%s is %s', (symbol, code) => {
    const row = CURRENCIES.find((r) => r[0] === code)!;
    expect([row[4], row[5]]).toContain(symbol);
  });
});
