import type { RawClaim } from '../claims/extractor.js';
import type { Refiner } from './refiner.js';

/**
 * An amount two companies share is neither's, nor is a merged company's that does not exist yet: "Infosys, TCS's combined
 * headcount drops by over 11,700", "TCS and Infosys hired a record 1.85 lakh freshers between them", "Orvale and Kestrel
 * together employ 9,000 people". The sentence gives the pair's total, and a claim for the one the rules picked would state
 * the other's share as its own.
 */
export const dropJointAmounts: Refiner = (_ctx, claims) => claims.filter((c) => !(c.value && isJoint(c)));

// Two names joined by a comma, "and" or "&", then the pair's possessive total ("X and Y's combined", "X, Y's joint")
// (not a place before a comma: "In London, Kestrel's total headcount")
const PAIR_TOTAL = /(?<!\b(?:[Ii]n|[Aa]t|[Oo]n|[Ff]or|[Ff]rom|[Tt]o|[Bb]y|[Ww]ith|[Oo]f|[Aa]cross|[Ll]ike) )(?<![A-Za-z])[A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,3}(?:,| and| &) [A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,3}['’]s? (?:combined|joint|total|collective|aggregate)\b/;
// ("X and Y together employ", "X and Y jointly hired")
const PAIR_TOGETHER = /[A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,3} (?:and|&) [A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,3}(?: \([^)]{1,20}\))? (?:together|jointly|collectively|between them)\b/;
// ("… 1.85 lakh freshers between them", "… 40,000 staff between the two")
const BETWEEN_THEM_AFTER = /^[^.;]{0,40}?\b(?:between them|between the two(?: companies| firms| banks)?|combined)\b/;

// ("…an intention to create the biggest ever such combination: 3100 lawyers and $3.6 billion in revenue", "the combined firm will
// have 10,000 staff": a merged company that does not exist yet is neither party)
// ("approved their merger with the combined 1400-lawyer firm": the size said between "combined" and its noun)
const MERGED_BEFORE = /\b(?:combination|combined (?:firm|company|group|entity|business|bank|operation)|merged (?:firm|company|group|entity|business|bank)|enlarged (?:group|firm|company|bank))\b[^.;]{0,80}$|\b(?:combined|merged|enlarged) $/i;

// ("the five major groups—Samsung, SK, Hyundai Motor, LG, and Lotte—announced plans to hire more than 260,000", "X, Y and Z
// said they would cut 35,000 jobs": a list of three or more companies announcing one number gives their total, no one's count —
// unless it says each has it: "both", "each", "apiece", "respectively")
const NAME = String.raw`[A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,3}`;
const LIST_ANNOUNCES = new RegExp(String.raw`(?:^|[—–?(:]\s*|,\s|\b(?:and|while|as|after|when)\s)${NAME}(?:, ${NAME}){1,},? (?:and|&) ${NAME}\s*[—–?)]?\s*(?:have |had |has |also |jointly |together |all |each |recently )?(?:announced|said|say|says|plan|planned|pledged|promised|unveiled|agreed|committed|vowed|intend|intended|will|would|expect|expected)\b[^.;]*$`);
const EACH = /\b(?:each|both|apiece|respectively|every one|per company|a piece)\b/i;
const LISTED_TOTALS = new Set(['hiring', 'headcount', 'departure', 'user_count', 'revenue']);
// (the sizes two companies sum to; cuts a combined company makes are the buyer's: "the combined company will shed thousands of jobs")
const SUMMED = new Set(['revenue', 'headcount', 'valuation', 'user_count']);

function isJoint(c: RawClaim): boolean {
  const s = c.sentence;
  const q = c.value!;
  if (q.start < s.start || q.end > s.end) return false;
  const before = s.text.slice(0, q.start - s.start);
  const after = s.text.slice(q.end - s.start);
  return PAIR_TOTAL.test(before) || PAIR_TOGETHER.test(before) || BETWEEN_THEM_AFTER.test(after) || (SUMMED.has(c.type) && MERGED_BEFORE.test(before)) || (LISTED_TOTALS.has(c.type) && LIST_ANNOUNCES.test(before) && !EACH.test(s.text));
}

/**
 * A relative clause on a pair says its amount of each: "…close to Netflix or Disney, both of which claim more than 200 million
 * streaming users" is a claim of Disney's (the subject picked) and one of Netflix's.
 */
export const pairRelative: Refiner = (ctx, claims) => {
  const out: RawClaim[] = [];
  for (const c of claims) {
    out.push(c);
    const actors = ctx.actors[c.sentence.index] ?? [];
    const i = actors.findIndex((a) => a.entity === c.subject && a.via === 'name' && c.value && a.end <= c.value.start && PAIR_RELATIVE.test(ctx.text.slice(a.end, c.value.start)));
    if (i < 1) continue;
    const [a, b] = [actors[i - 1]!, actors[i]!];
    if (a.via !== 'name' || a.entity === b.entity || a.entity === c.counterparty || a.entity.kind !== 'organization' || !/^,? (?:and|or|&) $/.test(ctx.text.slice(a.end, b.start))) continue;
    c.shared = true;
    out.push({ ...c, subject: a.entity });
  }
  return out;
};
const PAIR_RELATIVE = /^, (?:both|each|all) of (?:which|whom|them) /;
