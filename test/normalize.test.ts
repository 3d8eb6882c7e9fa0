import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../src/text/normalize.js';

describe('normalizeForMatching', () => {
  it('folds look-alike characters one unit for one', () => {
    const text = 'Meta\u2019s \u201cAI\u201d\u00a0lab: $10\u201312 billion';
    const out = normalizeForMatching(text);
    expect(out).toBe('Meta\'s "AI" lab: $10-12 billion');
    expect(out.length).toBe(text.length);
  });

  it('keeps an em dash glued between words, a clause dash the tokenizers read as spaced', () => {
    expect(normalizeForMatching('Tessaly\u2014a startup\u2014announced')).toBe('Tessaly\u2014a startup\u2014announced');
    // a spaced em dash folds to a hyphen-minus, as before
    expect(normalizeForMatching('AI \u2014 and')).toBe('AI - and');
  });
});
