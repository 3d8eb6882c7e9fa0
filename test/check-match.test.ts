import { describe, expect, it } from 'vitest';
import { checkArticle, diffArticles, ExpectFileError, findConflicts, nameKey, NameIndex, parseExpectation } from '../src/check/index.js';
import { valueMismatches } from '../src/check/check.js';
import { valuesAgree } from '../src/check/values.js';
import type { Article, Claim, Value } from '../src/schema.js';

/**
 * The matching rules of check, diff and conflicts, in process on hand-made articles (no
 * NLP): names, values within 1%, ranges, pairing two values of one claim by closeness.
 */

function money(amount: number | null, extra: Partial<Value> = {}): Value {
  return { amount, min: null, max: null, currency: 'USD', unit: null, approximate: false, text: `$${amount}`, ...extra };
}

let offset = 0;
function claim(type: Claim['type'], subject: string, value: Value | null, extra: Partial<Claim> = {}): Claim {
  offset += 10;
  return {
    id: `${type}-${offset}`,
    type,
    subject,
    counterparty: null,
    value,
    modality: 'asserted',
    attribution: null,
    evidence: [{ text: `${subject} ${type}`, start: offset, end: offset + 5, line: 1, column: offset + 1 }],
    confidence: 0.9,
    ...extra,
  };
}

function article(name: string, claims: Claim[], entities: Article['entities'] = []): Article {
  return { schemaVersion: 1, source: { name, format: 'text', chars: 100, sha256: '', title: null }, entities, claims, warnings: [] };
}

describe('names', () => {
  it.each([
    ['Zentrix AI, Inc.', 'zentrix ai'],
    ["Zentrix AI's", 'zentrix ai'],
    ['Zentrix AI’s', 'zentrix ai'],
    ['ZENTRIX AI Ltd.', 'zentrix ai'],
    ['Acme Corp', 'acme'],
    ['The Walt Disney Company', 'walt disney'],
    ['Nvidia Corporation', 'nvidia'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('aliases of an entity are the same company; others are not', () => {
    const names = new NameIndex([{ entities: [{ name: 'Parallax Reasoning Labs', aliases: ['PRL', 'Parallax'] }] }]);
    expect(names.same('prl', 'Parallax Reasoning Labs Inc.')).toBe(true);
    expect(names.same("Parallax's", 'PRL')).toBe(true);
    expect(names.same('Parallax', 'Zentrix')).toBe(false);
  });
});

describe('values', () => {
  it('an amount within 1% matches; 2% off does not', () => {
    expect(valueMismatches({ amount: 10.09e9 }, money(10e9))).toEqual([]);
    expect(valueMismatches({ amount: 10.2e9 }, money(10e9))).toEqual(['amount']);
  });

  it('an expected amount inside a found range matches', () => {
    const range = money(null, { min: 10e9, max: 12e9 });
    expect(valueMismatches({ amount: 11e9 }, range)).toEqual([]);
    expect(valueMismatches({ amount: 13e9 }, range)).toEqual(['amount']);
    expect(valueMismatches({ min: 10.05e9, max: 12e9 }, range)).toEqual([]);
    expect(valueMismatches({ min: 9e9 }, range)).toEqual(['min']);
  });

  it('currency must be the same; null means no value', () => {
    expect(valueMismatches({ amount: 10e9, currency: 'eur' }, money(10e9))).toEqual(['currency']);
    expect(valueMismatches(null, null)).toEqual([]);
    expect(valueMismatches(null, money(1))).toEqual(['value']);
    expect(valueMismatches(undefined, money(1))).toEqual([]);
  });

  it('values agree within 1% or when ranges overlap; other currencies cannot be compared', () => {
    expect(valuesAgree(money(10e9), money(10.05e9))).toBe(true);
    expect(valuesAgree(money(10e9), money(12e9))).toBe(false);
    expect(valuesAgree(money(11e9), money(null, { min: 10e9, max: 12e9 }))).toBe(true);
    expect(valuesAgree(money(500, { min: 500 }), money(600))).toBe(true); // "more than 500" and 600
    expect(valuesAgree(money(10e9), money(12e9, { currency: 'EUR' }))).toBe(null);
  });
});

describe('check (library)', () => {
  const a = article('a.txt', [claim('valuation', 'Zentrix AI', money(6e9)), claim('valuation', 'Zentrix AI', money(18e9)), claim('headcount', 'Zentrix AI', { ...money(140), currency: null, unit: 'people' })], [
    { name: 'Zentrix AI', kind: 'organization', aliases: ['ZAI'], mentions: 3 },
  ]);

  it('two expectations of one claim type each find their own value, in either order', () => {
    const r = checkArticle(a, parseExpectation({ claims: [{ type: 'valuation', subject: 'ZAI', value: { amount: 18e9 } }, { type: 'valuation', subject: 'zentrix ai', value: { amount: 6e9 } }] }, 'x'));
    expect(r.ok).toBe(true);
    expect(r.found.map((f) => f.claim.value?.amount)).toEqual([18e9, 6e9]);
    expect(r.extra.map((c) => c.type)).toEqual(['headcount']);
  });

  it('a vague expectation does not take the claim a precise one needs', () => {
    const r = checkArticle(a, parseExpectation({ claims: [{ type: 'valuation', subject: 'Zentrix AI' }, { type: 'valuation', subject: 'Zentrix AI', value: { amount: 6e9 } }] }, 'x'));
    expect(r.ok).toBe(true);
    expect(r.found.map((f) => f.claim.value?.amount)).toEqual([18e9, 6e9]);
  });

  it('a wrong value pairs with the closest claim; counterparty null must be null', () => {
    const r = checkArticle(a, parseExpectation({ claims: [{ type: 'valuation', subject: 'Zentrix AI', value: { amount: 17e9 } }, { type: 'headcount', subject: 'Zentrix AI', counterparty: 'Meta' }] }, 'x'), { strict: true });
    expect(r.different.map((d) => d.claim.value?.amount)).toEqual([18e9]);
    expect(r.missing.map((m) => m.expected.type)).toEqual(['headcount']);
    expect(r.extra.map((c) => c.value?.amount)).toEqual([6e9, 140]);
  });

  it('expect file problems name the file', () => {
    expect(() => parseExpectation({ claim: [] }, 'f.json')).toThrow(ExpectFileError);
    expect(() => parseExpectation({ claims: [{ type: 'ipo', subject: 'X' }] }, 'f.json')).toThrow(/^f\.json: unknown claim type: claims\[0\]\.type 'ipo'/);
    expect(() => parseExpectation({ claims: [{ type: 'valuation', subject: 'X', value: { amount: '1' } }] }, 'f.json')).toThrow(/claims\[0\]\.value\.amount/);
  });
});

describe('diff (library)', () => {
  it('two valuations of one company pair by closest value: only $10B → $12B changed', () => {
    const before = article('v1', [claim('valuation', 'Zentrix AI', money(6e9)), claim('valuation', 'Zentrix AI', money(10e9))]);
    const after = article('v2', [claim('valuation', 'Zentrix AI', money(12e9)), claim('valuation', 'Zentrix AI', money(6e9))]);
    const r = diffArticles(before, after);
    expect(r.counts).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 1 });
    expect(r.changed.map((c) => [c.old.value?.amount, c.new.value?.amount])).toEqual([[10e9, 12e9]]);
  });

  it('a subject renamed to its alias is the same claim', () => {
    const before = article('v1', [claim('headcount', 'Zentrix', money(140))], [{ name: 'Zentrix', kind: 'organization', aliases: [], mentions: 1 }]);
    const after = article('v2', [claim('headcount', 'Zentrix AI', money(150))], [{ name: 'Zentrix AI', kind: 'organization', aliases: ['Zentrix'], mentions: 2 }]);
    expect(diffArticles(before, after).counts).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 0 });
  });

  it('another counterparty is another claim: one removed, one added', () => {
    const before = article('v1', [claim('hiring', 'Zentrix AI', null, { counterparty: 'Meta' })]);
    const after = article('v2', [claim('hiring', 'Zentrix AI', null, { counterparty: 'OpenAI' })]);
    expect(diffArticles(before, after).counts).toEqual({ added: 1, removed: 1, changed: 0, unchanged: 0 });
  });
});

describe('conflicts (library)', () => {
  it('an article with several values agrees with a source that gives one of them', () => {
    const history = article('a', [claim('valuation', 'Zentrix AI', money(6e9)), claim('valuation', 'Zentrix AI', money(18e9))]);
    const now = article('b', [claim('valuation', 'Zentrix AI', money(18e9))]);
    expect(findConflicts([history, now]).conflicts).toEqual([]);
  });

  it('negated claims and other currencies are not compared; statements within one article never conflict', () => {
    const a = article('a', [claim('valuation', 'Zentrix AI', money(10e9)), claim('valuation', 'Zentrix AI', money(30e9))]);
    const denied = article('b', [claim('valuation', 'Zentrix AI', money(20e9), { modality: 'negated' })]);
    const euros = article('c', [claim('valuation', 'Zentrix AI', money(20e9, { currency: 'EUR' }))]);
    expect(findConflicts([a, denied, euros]).conflicts).toEqual([]);
  });

  it('reports each disagreeing source once per conflict, in input order', () => {
    const r = findConflicts([
      article('a', [claim('funding', 'Zentrix AI', money(200e6), { counterparty: 'Accel' })]),
      article('b', [claim('funding', 'zentrix ai inc', money(250e6), { counterparty: 'accel' })]),
      article('c', [claim('funding', 'Zentrix AI', money(300e6), { counterparty: 'Sequoia' })]),
    ]);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]!.entries.map((e) => e.source)).toEqual(['a', 'b']);
  });
});
