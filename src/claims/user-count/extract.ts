import { providerOf } from '../../entities/aliases.js';
import { isDemonym, isKnownPlace } from '../../entities/gazetteer.js';
import type { Extractor, RawClaim, SentenceView } from '../extractor.js';
import { before, pickSubject } from '../slots.js';

/**
 * user_count: how many users, customers or subscribers a company (or the owner of a
 * product) has: "30 million daily active users", "Monthly active users: 80 million".
 */

const USER_UNITS = new Set(['users', 'customers', 'subscribers']);
// "Monthly active users: 80 million", "a user base of 1 million"
const USERS_BEFORE = /\b(?:(?:daily|monthly|weekly) active users|users|user base|customers|customer base|subscribers|subscriber base|mau|maus|dau|daus)(?: (?!within|in|at|from|on|near|across|around|for)[\w-]+){0,3}? (?:of|at|to|reached|hit|topped|surpassed|passed|crossed|exceeded|is|was|were|are|totaled|grew to|rose to|near|nearly|doubled to|tripled to) ?$|\b(?:(?:daily|monthly|weekly) active users|users|customers|subscribers|mau|dau)\s*[:-]\s*$/;
// (a survey or study of N users counts respondents, not the user base)
// (nor is an audience a company might reach: "a potential audience of 25 million subscribers")
const NOT_USERS = /\b(?:lost|lose|losing|loss|losses|decline|fall|drop|shed|churned|fewer|hack|breach|leaked|exposed|affected|impacted|survey|surveyed|poll|polled|study|sample|interviewed|potential|prospective|measurements|statistics)\b/;
// "there will be 20 million subscribers to IPTV", "There are also 1.2 million cable customers in the UK": a market, counted for no one
const THERE_ARE = /\bthere (?:is|are|was|were|will be|would be|could be|may be|might be|should be|are now|were only|are also|are already)(?: \w+ly)?(?: (?:also|now|only|already|still))?(?: (?:an estimated|about|around|roughly|some|more than|over|nearly|almost|just over|just under|fewer than|less than|up to))? ?$/;
// "up to five other iTunes users": people beside the ones meant
const OTHER = /\bother\b/;

/** "China's 340 million mobile users", "the 22.8 million UK net users", "Thousands of UK dial-up users": a country's or a market's users. */
function isMarketCount(view: SentenceView, q: { start: number; end: number }): boolean {
  const pre = view.text.slice(Math.max(view.sentence.start, q.start - 40), q.start);
  const owner = /([A-Z][\w.]*(?: [A-Z][\w.]*)*)(?:'s|') (?:(?:about|around|some|nearly|almost|over|more than|estimated|an estimated) )?$/.exec(pre);
  if (owner && (isKnownPlace(owner[1]!.toLowerCase()) || isDemonym(owner[1]!.toLowerCase()))) return true;
  // the words inside the count's noun phrase ("22.8 million UK net users", "Thousands of UK dial-up users")
  const inside = view.text.slice(q.start, q.end).split(/\s+/);
  return inside.some((w) => /^[A-Z]/.test(w) && (isKnownPlace(w.replace(/[^\w.]/g, '').toLowerCase()) || isDemonym(w.toLowerCase())));
}

export const userCount: Extractor = {
  type: 'user_count',
  extract(view: SentenceView): RawClaim[] {
    const claims: RawClaim[] = [];
    for (const q of view.quantities) {
      if (q.kind !== 'count') continue;
      const pre = before(view, q.start, 60);
      const byUnit = q.unit !== null && USER_UNITS.has(q.unit);
      if (!byUnit && !(q.unit === null && USERS_BEFORE.test(pre))) continue;
      if (NOT_USERS.test(pre.slice(-30)) || THERE_ARE.test(pre) || OTHER.test(view.text.slice(Math.max(view.sentence.start, q.start - 8), q.end)) || isMarketCount(view, q)) continue;
      // "a handful of big customers": a vague few is no user count
      if (q.amount === null && (q.max ?? Infinity) < 1000) continue;
      // "Teams had 30 million daily active users": the product's owner
      const product = [...view.names].reverse().find((n) => n.kind === 'product' && n.end <= q.start);
      const owner = product ? providerOf(product.surface) : undefined;
      const ownerEntity = owner ? view.entities.ensure(owner) : undefined;
      const picked = ownerEntity && !view.actors.some((a) => a.end <= q.start && a.start > product!.end)
        ? { entity: ownerEntity, via: 'name' as const, actor: null }
        : pickSubject(view, q.start);
      if (!picked) continue;
      claims.push({
        type: 'user_count',
        subject: picked.entity,
        counterparty: null,
        // "Customers: 1,200", "user base doubled to 8 million": the label says what is counted
        value: q.unit ? q : { ...q, unit: /customer/.test(pre) ? 'customers' : /subscriber/.test(pre) ? 'subscribers' : 'users' },
        sentence: view.sentence,
        reason: byUnit ? 'user_count/amount-users' : 'user_count/users-label',
        confidence: byUnit ? 0.85 : 0.8,
        subjectVia: picked.via,
        cueAt: q.start,
      });
    }
    return claims;
  },
};
