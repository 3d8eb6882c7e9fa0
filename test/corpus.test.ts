import { describe, expect, it } from 'vitest';
import { corpus as compensation } from '../src/claims/compensation/corpus.js';
import { corpus as computeDeal } from '../src/claims/compute-deal/corpus.js';
import { corpus as departure } from '../src/claims/departure/corpus.js';
import type { ClaimCorpus } from '../src/claims/example.js';
import { corpus as funding } from '../src/claims/funding/corpus.js';
import { corpus as headcount } from '../src/claims/headcount/corpus.js';
import { corpus as hiring } from '../src/claims/hiring/corpus.js';
import { corpus as revenue } from '../src/claims/revenue/corpus.js';
import { corpus as userCount } from '../src/claims/user-count/corpus.js';
import { corpus as valuation } from '../src/claims/valuation/corpus.js';
import { extract } from '../src/index.js';
import { compareClaims } from './claim-match.js';

/**
 * Every claim type's corpus, run by one generic test (Duckling's Corpus.hs style): each
 * positive line gives exactly its expected claims of that type, each must-not-match line none.
 */
const CORPORA: ClaimCorpus[] = [valuation, headcount, computeDeal, hiring, funding, revenue, compensation, userCount, departure];

for (const corpus of CORPORA) {
  describe(`${corpus.type} corpus`, () => {
    it.each(corpus.positive.map((ex) => [ex.text, ex] as const))('finds: %s', (_text, ex) => {
      const article = extract(ex.text, { types: [corpus.type] });
      for (const c of article.claims) for (const e of c.evidence) expect(ex.text.slice(e.start, e.end)).toBe(e.text);
      expect(compareClaims(ex.claims, article)).toEqual([]);
    });
    it.each(corpus.negative.map((n) => (typeof n === 'string' ? [n, ''] : [n.text, n.note]) as const))('finds nothing in: %s', (text) => {
      const claims = extract(text, { types: [corpus.type] }).claims;
      expect(claims.map((c) => `${c.subject} ${c.value?.text ?? ''}`)).toEqual([]);
    });
  });
}
