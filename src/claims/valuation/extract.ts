import type { Extractor, RawClaim, SentenceView } from '../extractor.js';
import { actorAfter, after, before, pickSubject } from '../slots.js';

/**
 * valuation: what a company is valued at. Rules look at the words around each money
 * amount; the subject is the company the sentence values (an object after "valuing",
 * "valuation for", else the sentence's subject).
 */

interface Rule {
  reason: string;
  confidence: number;
  /** Words before the amount (lower case, same clause). */
  before?: RegExp;
  /** Words after the amount (lower case, same clause). */
  after?: RegExp;
}

const RULES: Rule[] = [
  // "valued at $12 billion", "valuing it at more than $2.5 billion", "values the company at $32 billion"
  { reason: 'valuation/valued-at', confidence: 0.92, before: /\bvalu(?:ed|ing|es)\b(?: [^ ]+){0,6}? (?:at|near|around|to|of)(?: an? (?:estimated |reported |implied )?)? ?$/ },
  // "a valuation of $5 billion", "its valuation to $63 billion", "valuation: $4.5B"
  { reason: 'valuation/valuation-of', confidence: 0.9, before: /\bvaluations?(?: (?:of|at|to|near|around|from|was|is|reached|hit|topped|rose to|jumped to|climbed to|fell to|dropped to|cut to|slashed to|marked down to|stands at|stood at|now stands at|\w+ to))+ (?:an? )?(?:estimated |reported )?$|\bvaluations?: $/ },
  // "a $32 billion valuation", "$10B post-money", "at a $3 billion pre-money valuation"
  { reason: 'valuation/amount-valuation', confidence: 0.92, after: /^(?: \w+)? (?:post-money|pre-money|valuation|valuations)\b/ },
  // "is now worth $5 billion", "was worth about $1 billion" — a company, not a deal
  { reason: 'valuation/worth', confidence: 0.75, before: /\b(?:is|was|are|were|be|been|now) (?:now |currently |reportedly |already )?worth $/ },
  // "Valuation: $3.2B" in a key-facts box
  { reason: 'valuation/label', confidence: 0.85, before: /^\W*(?:valuation|post-money valuation|valuation \(post-money\))\s*[:-]\s*$/ },
];

// Amounts that are not company valuations: a market's size, a share price, a deal's worth.
const NOT_A_COMPANY = /\b(?:market|industry|sector|economy|deal|contract|acquisition|merger|transaction|package|purchase|stake|shares?|portfolio|fund|real estate|property|home|house|assets?)\b[^.;]{0,25}$/;
const PER_SHARE = /^ ?(?:a|per) share\b|^ ?apiece\b/;

export const valuation: Extractor = {
  type: 'valuation',
  extract(view: SentenceView): RawClaim[] {
    const claims: RawClaim[] = [];
    for (const q of view.quantities) {
      if (q.kind !== 'money') continue;
      const pre = before(view, q.start);
      const post = after(view, q.end);
      const rule = RULES.find((r) => (!r.before || r.before.test(pre)) && (!r.after || r.after.test(post)));
      if (!rule) continue;
      if (PER_SHARE.test(post)) continue;
      if (rule.reason === 'valuation/valued-at' && NOT_A_COMPANY.test(pre.replace(/\bvalu(?:ed|ing|es)\b.*$/, ''))) continue;
      if (rule.reason === 'valuation/worth' && NOT_A_COMPANY.test(pre)) continue;
      const cueAt = rule.before ? q.start - pre.length + (pre.search(/valu|worth/) >= 0 ? pre.search(/valu|worth/) : 0) : q.start;
      // "valuing Lyft at…", "values the company at…", "a valuation for the company", "valued it at"
      const objectAfterVerb = /\bvalu(?:ing|es|ed) ([^ ]+(?: [^ ]+){0,5}) (?:at|near|around)(?: an?)? ?$/.exec(pre);
      let picked = null;
      if (objectAfterVerb) {
        const at = q.start - pre.length + objectAfterVerb.index + objectAfterVerb[0].indexOf(' ') + 1;
        const obj = actorAfter(view, at, 6);
        if (obj && obj.start < q.start) picked = { entity: obj.entity, via: obj.via, actor: obj };
      }
      if (!picked) {
        const forAfter = /^(?: \w+)? (?:post-money |pre-money )?valuations? (?:for|of) /.exec(post);
        if (forAfter) {
          const obj = actorAfter(view, q.end + forAfter[0].length, 30);
          if (obj) picked = { entity: obj.entity, via: obj.via, actor: obj };
        }
      }
      picked ??= pickSubject(view, cueAt);
      if (!picked) continue;
      claims.push({
        type: 'valuation',
        subject: picked.entity,
        counterparty: null,
        value: q,
        sentence: view.sentence,
        reason: rule.reason,
        confidence: rule.confidence,
        subjectVia: picked.via,
        cueAt,
      });
    }
    return claims;
  },
};
