// Round trip: format a random amount the ways reporters write it, embed it in a sentence,
// read it back, get the same value.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readQuantities } from '../src/values/index.js';

type Bound = 'exact' | 'above' | 'under';

// Scale spellings, each with the factor it means and whether it is glued to the digits.
const SCALES: Array<{ factor: number; spell: string; glued: boolean; needsCurrency?: boolean }> = [
  { factor: 1e3, spell: 'thousand', glued: false }, { factor: 1e3, spell: 'k', glued: true },
  { factor: 1e3, spell: 'K', glued: true },
  { factor: 1e6, spell: 'million', glued: false }, { factor: 1e6, spell: 'm', glued: true },
  { factor: 1e6, spell: 'M', glued: true }, { factor: 1e6, spell: 'mn', glued: false },
  { factor: 1e6, spell: 'mln', glued: false }, { factor: 1e6, spell: 'MM', glued: true },
  { factor: 1e6, spell: 'M', glued: false, needsCurrency: true },
  { factor: 1e9, spell: 'billion', glued: false }, { factor: 1e9, spell: 'bn', glued: true },
  { factor: 1e9, spell: 'bn', glued: false }, { factor: 1e9, spell: 'B', glued: true },
  { factor: 1e9, spell: 'b', glued: true }, { factor: 1e9, spell: 'bln', glued: false },
  { factor: 1e9, spell: 'B', glued: false, needsCurrency: true },
  { factor: 1e12, spell: 'trillion', glued: false }, { factor: 1e12, spell: 'tn', glued: true },
  { factor: 1e12, spell: 'T', glued: true },
];

// Currency spellings: before (glued or spaced) or after the amount.
const CURRENCIES: Array<{ code: string; before?: string; after?: string }> = [
  { code: 'USD', before: '$' }, { code: 'USD', before: 'US$' }, { code: 'USD', before: 'USD' },
  { code: 'USD', before: 'USD ' }, { code: 'USD', after: ' dollars' }, { code: 'USD', after: ' USD' },
  { code: 'EUR', before: '€' }, { code: 'EUR', before: 'EUR ' }, { code: 'EUR', after: ' euros' },
  { code: 'EUR', after: ' €' }, { code: 'GBP', before: '£' }, { code: 'GBP', before: 'GBP ' },
  { code: 'GBP', after: ' pounds' }, { code: 'JPY', after: ' yen' }, { code: 'CNY', after: ' yuan' },
  { code: 'CNY', before: 'RMB ' }, { code: 'INR', before: '₹' }, { code: 'INR', after: ' rupees' },
  { code: 'CHF', before: 'CHF ' }, { code: 'CHF', after: ' Swiss francs' }, { code: 'CAD', before: 'C$' },
  { code: 'AUD', before: 'A$' }, { code: 'HKD', before: 'HK$' }, { code: 'SGD', before: 'S$' },
  { code: 'KRW', before: '₩' }, { code: 'KRW', before: 'KRW ' },
  // every currency of the world: codes, names and signs from Intl's table (currencies.ts)
  { code: 'KES', before: 'KES ' }, { code: 'NGN', before: 'NGN' }, { code: 'SAR', after: ' SAR' },
  { code: 'NGN', after: ' naira' }, { code: 'SAR', after: ' Saudi riyals' }, { code: 'ZAR', after: ' rand' },
  { code: 'KRW', after: ' won' }, { code: 'NGN', before: '₦' }, { code: 'BRL', before: 'R$' },
  { code: 'TRY', before: 'TRY ' }, { code: 'IDR', before: 'Rp ' }, { code: 'USD', after: '$' },
  { code: 'PLN', after: ' zlotys' }, { code: 'MXN', after: ' Mexican pesos' }, { code: 'ILS', before: '₪' },
];

const HEDGES: Array<{ words: string; bound: Bound }> = [
  { words: 'about ', bound: 'exact' }, { words: 'approximately ', bound: 'exact' },
  { words: '~', bound: 'exact' }, { words: 'roughly ', bound: 'exact' }, { words: 'nearly ', bound: 'exact' },
  { words: 'around ', bound: 'exact' }, { words: 'some ', bound: 'exact' },
  { words: 'more than ', bound: 'above' }, { words: 'over ', bound: 'above' },
  { words: 'at least ', bound: 'above' }, { words: 'upwards of ', bound: 'above' },
  { words: 'up to ', bound: 'under' }, { words: 'less than ', bound: 'under' },
  { words: 'as much as ', bound: 'under' },
];

const NOUNS: Array<{ noun: string; unit: string }> = [
  { noun: 'employees', unit: 'people' }, { noun: 'AI researchers', unit: 'people' },
  { noun: 'full-time staff', unit: 'people' }, { noun: 'engineers', unit: 'people' },
  { noun: 'Nvidia GPUs', unit: 'GPUs' }, { noun: 'monthly active users', unit: 'users' },
  { noun: 'paying customers', unit: 'customers' }, { noun: 'megawatts', unit: 'MW' },
];

const LEADS = ['The startup said it raised', 'Sources put the figure at', 'It reported', 'Analysts expect'];
const TAILS = ['.', ' last week.', ', the filing shows.', ' in its latest round.'];

/** "1234567" → "1,234,567" (or grouped with a thin or no-break space). */
function group(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

// A mantissa: an integer, or a decimal with one or two places ("1.5", "4.25").
const mantissa = fc.oneof(
  fc.integer({ min: 1, max: 999 }).map((n) => ({ value: n, text: String(n) })),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 99 })).map(([i, f]) => {
    const t = `${i}.${String(f).padStart(2, '0').replace(/0$/, '')}`;
    return { value: Number(t), text: t };
  }),
);

// A whole number written with thousands separators: "1,250,000", "12 500".
const grouped = fc.tuple(fc.integer({ min: 1000, max: 999_999_999 }), fc.constantFrom(',', ',', '\u00A0', '\u2009'))
  .map(([n, sep]) => ({ value: n, text: group(n, sep) }));

const money = fc.record({
  amount: fc.oneof(
    fc.tuple(mantissa, fc.constantFrom(...SCALES)).map(([m, s]) => ({ ...m, scale: s })),
    grouped.map((g) => ({ ...g, scale: null })),
  ),
  currency: fc.constantFrom(...CURRENCIES),
  hedge: fc.option(fc.constantFrom(...HEDGES), { nil: undefined }),
  lead: fc.constantFrom(...LEADS),
  tail: fc.constantFrom(...TAILS),
});

function close(a: number | null | undefined, b: number): boolean {
  return a !== null && a !== undefined && Math.abs(a - b) <= Math.abs(b) * 1e-9;
}

describe('values property: money round trip', () => {
  it('reads back the amount, currency and hedge it was written with', () => {
    fc.assert(
      fc.property(money, ({ amount, currency, hedge, lead, tail }) => {
        const { scale } = amount;
        // a spaced single-letter scale needs a currency before it ("$4.2 B")
        fc.pre(!(scale?.needsCurrency && !currency.before));
        let num = amount.text;
        if (scale) num += (scale.glued ? '' : ' ') + scale.spell;
        const expr = (hedge?.words ?? '') + (currency.before ?? '') + num + (currency.after ?? '');
        const input = `${lead} ${expr}${tail}`;
        const value = scale ? amount.value * scale.factor : amount.value;
        const got = readQuantities(input);
        expect(got.map((q) => q.text)).toEqual([expr]);
        const q = got[0]!;
        expect(close(q.amount, value), `${input} → ${q.amount}, want ${value}`).toBe(true);
        expect(q.kind).toBe('money');
        expect(q.currency).toBe(currency.code);
        expect(q.approximate).toBe(hedge !== undefined);
        expect(q.bound).toBe(hedge?.bound ?? 'exact');
        if (q.bound === 'above') expect(q.min).toBe(q.amount);
        if (q.bound === 'under') expect(q.max).toBe(q.amount);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('values property: counts with nouns', () => {
  it('reads back the count and what it counts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 2, max: 999 }).map((n) => ({ value: n, text: String(n) })),
          grouped,
          fc.tuple(mantissa, fc.constantFrom({ f: 1e6, s: ' million' }, { f: 1e6, s: 'm' }, { f: 1e9, s: ' billion' }, { f: 1e3, s: 'k' }))
            .map(([m, s]) => ({ value: m.value * s.f, text: m.text + s.s })),
        ),
        fc.constantFrom(...NOUNS),
        fc.option(fc.constantFrom(...HEDGES), { nil: undefined }),
        (n, { noun, unit }, hedge) => {
          const expr = `${hedge?.words ?? ''}${n.text} ${noun}`;
          const input = `The company now has ${expr}, it said.`;
          const got = readQuantities(input);
          expect(got.map((q) => q.text)).toEqual([expr]);
          const q = got[0]!;
          expect(close(q.amount, n.value), `${input} → ${q.amount}`).toBe(true);
          expect(q.unit).toBe(unit);
          expect(q.kind).toBe('count');
          expect(q.bound).toBe(hedge?.bound ?? 'exact');
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('values property: ranges', () => {
  it('reads "$lo–hi scale" and "between $lo and $hi" back as bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }),
        fc.constantFrom(...SCALES.filter((s) => !s.needsCurrency)),
        fc.constantFrom('-', '–', '—', ' to ', ' - '),
        fc.constantFrom('short', 'both', 'between', 'from'),
        (x, y, scale, dash, style) => {
          const [lo, hi] = x < y ? [x, y] : [y, x + (x === y ? 1 : 0)];
          const s = (scale.glued ? '' : ' ') + scale.spell;
          const expr =
            style === 'short' ? `$${lo}${dash}${hi}${s}`
            : style === 'both' ? `$${lo}${s}${dash}$${hi}${s}`
            : style === 'between' ? `between $${lo}${s} and $${hi}${s}`
            : `from $${lo}${s} to $${hi}${s}`;
          const got = readQuantities(`It is valued at ${expr}, people said.`);
          expect(got.map((q) => q.text)).toEqual([expr]);
          expect(close(got[0]!.min, lo * scale.factor)).toBe(true);
          expect(close(got[0]!.max, hi * scale.factor)).toBe(true);
          expect(got[0]!.amount).toBeNull();
          expect(got[0]!.bound).toBe('between');
          expect(got[0]!.currency).toBe('USD');
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('values property: any text', () => {
  // Fragments that start rules (currencies, scales, hedges, dashes, dates) in random order.
  const FRAGMENTS = ['$', '€', '£', '¥', 'US', 'USD', '1', '12', '2025', '1,200', '0.5', '.', ',', '-', '–', ' ', '\u00A0',
    'billion', 'bn', 'm', 'B', 'k', 'about ', 'more than ', 'up to ', 'between ', ' and ', 'from ', ' to ', 'or ',
    'employees', '-person', 'seven-figure', 'multi', 'hundreds of ', 'millions', 'dozen', 'a ', 'two ', 'May ',
    '%', ':', '/', '(', ')', '+', 'GPT', 'a share', 'crore', 'lakh', 'dollars', 'won', 'one', 'SAR', 'TRY', 'rand',
    'riyals', 'a dollar', ' and 65 cents', '₦', 'R$', 'Rs', '¢', 'MYR', 'Kuwaiti ', 'dinars', 'CFA francs'];
  it('never throws; spans are in order, non-overlapping and match the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), (parts) => {
        const input = parts.join('');
        let last = 0;
        for (const q of readQuantities(input)) {
          expect(q.start).toBeGreaterThanOrEqual(last);
          expect(q.end).toBeGreaterThan(q.start);
          expect(input.slice(q.start, q.end)).toBe(q.text);
          expect(q.amount !== null || q.min !== null || q.max !== null).toBe(true);
          if (q.min !== null && q.max !== null) expect(q.min).toBeLessThanOrEqual(q.max);
          expect(q.kind === 'money').toBe(q.currency !== null);
          last = q.end;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
