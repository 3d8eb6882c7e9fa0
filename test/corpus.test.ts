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
import { CORPUS_BACKLOG } from './corpus.backlog.js';

/**
 * Every claim type's corpus, run by one generic test (Duckling's Corpus.hs style): each
 * positive line gives exactly its expected claims of that type, each must-not-match line none.
 */
const CORPORA: ClaimCorpus[] = [valuation, headcount, computeDeal, hiring, funding, revenue, compensation, userCount, departure];

for (const corpus of CORPORA) {
  describe(`${corpus.type} corpus`, () => {
    const positive = corpus.positive.filter((ex) => !(ex.text in CORPUS_BACKLOG));
    const negative = corpus.negative.map((n) => (typeof n === 'string' ? [n, ''] : [n.text, n.note]) as const).filter(([t]) => !(t in CORPUS_BACKLOG));
    const backlog = [...corpus.positive.filter((ex) => ex.text in CORPUS_BACKLOG).map((ex) => [ex.text, ex] as const)];
    const backlogNegative = corpus.negative.map((n) => (typeof n === 'string' ? n : n.text)).filter((t) => t in CORPUS_BACKLOG);

    it.each(positive.map((ex) => [ex.text, ex] as const))('finds: %s', (_text, ex) => {
      const article = extract(ex.text, { types: [corpus.type] });
      for (const c of article.claims) for (const e of c.evidence) expect(ex.text.slice(e.start, e.end)).toBe(e.text);
      expect(compareClaims(ex.claims, article)).toEqual([]);
    });
    it.each(negative)('finds nothing in: %s', (text) => {
      const claims = extract(text, { types: [corpus.type] }).claims;
      expect(claims.map((c) => `${c.subject} ${c.value?.text ?? ''}`)).toEqual([]);
    });
    // Known failures (test/corpus.backlog.ts): these must still fail, so a fix is noticed.
    if (backlog.length) {
      it.fails.each(backlog)('backlog, does not yet find: %s', (_text, ex) => {
        expect(compareClaims(ex.claims, extract(ex.text, { types: [corpus.type] }))).toEqual([]);
      });
    }
    if (backlogNegative.length) {
      it.fails.each(backlogNegative)('backlog, still finds something in: %s', (text) => {
        expect(extract(text, { types: [corpus.type] }).claims).toEqual([]);
      });
    }
    it('keeps at least 25 working examples and 10 must-not-match lines for a core type (15 and 8 otherwise)', () => {
      const core = ['valuation', 'headcount', 'compute_deal', 'hiring'].includes(corpus.type);
      expect(positive.length).toBeGreaterThanOrEqual(core ? 25 : 15);
      expect(negative.length).toBeGreaterThanOrEqual(core ? 10 : 8);
    });
  });
}
