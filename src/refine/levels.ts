import type { RawClaim } from '../claims/extractor.js';
import type { ClaimType } from '../schema.js';
import type { Quantity } from '../values/index.js';
import type { Refiner } from './refiner.js';

/**
 * A level told with the level it changed from or to is two claims: "grew from 10,674 at December 31, 2006 to 16,805",
 * "reduced its workforce from 108,900 at the end of the previous year to roughly 75,000", "increased to Rs 9,00,012 in
 * FY23 from Rs 8,14,332 in FY22", "employed over 100,000 staff members, but it dropped to around 63,000", "99,744 staff
 * members as compared to 101,104 as of December 31, 2015". Each type reads its own cue; when it has taken one end of
 * such a change, the other end is the same company's level at another time, of the same kind (a count of the same
 * thing, money in the same currency). Only types whose value is a level: a round raised or jobs cut from a number are
 * flows, not levels.
 */
const LEVEL_TYPES: ReadonlySet<ClaimType> = new Set(['headcount', 'user_count', 'compensation', 'revenue', 'valuation']);

const HEDGE = String.raw`(?:(?:about|around|nearly|almost|roughly|some|approximately|just|only|more than|over|under|less than|an estimated|a record|a|an|the|its|their|his|her)\s+)*`;
// A word of change or comparison
const CHANGE = /\b(?:up|down|ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|ing|en)?|grow(?:s|n|ing)?|grew|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|drop(?:s|ped|ping)?|shr[aiu]nk(?:s|ing)?|swell(?:s|ed|ing)?|swollen|slump(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|cut|rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|bump(?:s|ed)?|expand(?:s|ed|ing)?|br(?:ing|ings|inging|ought)|t(?:ake|akes|aking|ook)|push(?:es|ed|ing)?|plung(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|slid(?:e|es|ing)?|s[aiu]nk(?:s|ing)?|dip(?:s|ped|ping)?|slip(?:s|ped|ping)?|edg(?:e|es|ed|ing)|higher|lower|more|less|above|below|compared|versus|vs|against)\b/i;
// The end of the words between a level and the earlier one after it: "…, up 16.6 per cent from the", "as compared to"
// ("a jump from the previous rate of $51 an hour": the earlier level named by its noun)
// ("up 3.9% from the end of the previous year (308,745)": the earlier level in brackets after the time it was at)
const TO_EARLIER = new RegExp(String.raw`(?:\bfrom|\bcompared (?:with|to)|\bversus|\bvs\.?|\bagainst|\b(?:above|below|than))\s+${HEDGE}(?:(?:previous|prior|earlier|old|former|current|existing|present) (?:[\w-]+ )?(?:rate|level|figure|salary|pay|wage|total) of\s+)?$|\bfrom (?:the )?(?:end|start|close|beginning) of (?:the )?(?:previous|prior|last|preceding) (?:year|quarter|month|period)\s*\(\s*$`, 'i');
// Before the first level of "from X … to Y": "from", or "from a peak of"
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+(?:(?:a|its|the)\s+(?:peak|high|low|record)\s+of\s+)?${HEDGE}$`, 'i');
// Between the two levels of "from X … to Y", a time said of X ("in 2022", "at the end of the previous year")
const FROM_TO_BETWEEN = new RegExp(String.raw`^(?:\s+[^.;!?\s]+){0,8}?\s+to\s+${HEDGE}$`, 'i');
// "X …, but it dropped to Y": a level, then the level it went to
const WENT_TO_BETWEEN = new RegExp(String.raw`^[^.;!?]{0,50}?\b(?:but|and|before|then|which)\b[^.;!?]{0,30}?\b(?:dropp(?:ed|ing)|f[ae]ll(?:en|ing)?|rose|risen|grew|grown|climbed|declined|shrank|shrunk|swelled|increased|decreased|jumped|slumped|went|gone|reduced|cut) to\s+${HEDGE}$`, 'i');
// A level then the earlier one after it, said with "to": "increased to X in FY23 from Y"
const TO_BEFORE = new RegExp(String.raw`\b(?:to|at)\s+${HEDGE}$`, 'i');
// Before an amount that is a change, not a level: "up by 12 percent or ", "down by "
const CHANGE_AMOUNT_BEFORE = /\bby\s+(?:[\w.%-]+\s+){0,3}?(?:or\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?$/i;
// A verb of the future before "to" and a level: "will lift its total workforce to", "plans to grow staff to"
const TARGET_BEFORE = /\b(?:will|would|shall|plans? to|planning to|aims? to|aiming to|expects? to|intends? to|hopes? to|wants? to|is set to|are set to|is to|are to|seeks? to|targets?|targeting)\s+(?:[\w-]+\s+){0,5}?to\s+(?:(?:about|around|nearly|almost|roughly|some|approximately|more than|over)\s+)*$/i;
// The words between a level and the company it is of: "… for ", " at rival "
const OTHERS_LEVEL_BETWEEN = /^(?:\s+[a-z-]+){0,3}?\s+(?:for|at|by)\s+(?:the\s+|rival\s+)?$/;
const MAX_GAP = 120;
const MAX_RATIO = 50;

function sameKind(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  // (a rate said once: "$128,000 a year, up from $117,000")
  if (a.kind === 'money') return a.currency === b.currency && (!a.per || !b.per || a.per === b.per);
  // (a count of the same thing: "10 million users … 30 million", not "8,500 of its 47,500 employees … 254 offices")
  return b.unit === null || a.unit === null || a.unit === b.unit;
}

const level = (q: Quantity) => q.amount ?? q.min ?? q.max;

function near(a: Quantity, b: Quantity): boolean {
  const x = level(a), y = level(b);
  return x != null && y != null && x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) <= MAX_RATIO;
}

/** Are a and the next amount of its kind, b, the two ends of one change ("from a (in 2022) to b", "a, up from b", "a, but it dropped to b")? */
function linked(text: string, sentenceStart: number, a: Quantity, b: Quantity): boolean {
  const between = text.slice(a.end, b.start);
  // (a decimal point is no full stop: "up 3.9% from …")
  if (between.length > MAX_GAP || /[;!?]|\.(?!\d)/.test(between)) return false;
  const lead = text.slice(Math.max(sentenceStart, a.start - 60), a.start);
  // "from a (in 2022) to b"
  if (FROM_BEFORE.test(lead) && FROM_TO_BETWEEN.test(between)) return true;
  // "a, up (16%) from b", "a as compared to b", "increased to a in FY23 from b"
  if (TO_EARLIER.test(between) && (CHANGE.test(between) || (TO_BEFORE.test(lead) && CHANGE.test(lead)))) return true;
  // "a …, but it dropped to b"
  return WENT_TO_BETWEEN.test(between);
}

/**
 * The other ends of the changes the amount `q` is one end of, in its sentence: the amount after it and the one before it
 * ("from 57.5 million to 116 million in a year, up from 104 million over the quarter": 116 million has both).
 */
function otherEnds(text: string, sentenceStart: number, qs: readonly Quantity[], q: Quantity): Quantity[] {
  const i = qs.findIndex((x) => x.start === q.start);
  if (i < 0) return [];
  const ends: Quantity[] = [];
  // (the amounts right beside it of its kind: a change amount between — "up by 22 million to" — stands between)
  const after = qs.slice(i + 1).filter((x) => x.kind === q.kind);
  // ("N204.9 million…, up by 12 percent or N22 million from the N183 million": the change stands between, then the earlier level)
  const next = after[0] && CHANGE_AMOUNT_BEFORE.test(text.slice(q.end, after[0].start)) ? after[1] : after[0];
  if (next && sameKind(q, next) && near(q, next) && linked(text, sentenceStart, q, next)) ends.push(next);
  const prev = qs.slice(0, i).reverse().find((x) => x.kind === q.kind);
  if (prev && sameKind(prev, q) && near(prev, q) && linked(text, sentenceStart, prev, q)) ends.push(prev);
  return ends;
}

const NAMED_RELATIVE_AFTER = /^\s*(?:\([^()]{0,40}\)\s*)?(?:that|which|whom)\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:took|earned|received|got|made|had|has|drew|pocketed|collected|reported|posted|was paid)\b/;
export const otherLevels: Refiner = (ctx, claims) => {
  const taken = new Set<number>();
  for (const c of claims) if (c.value) taken.add(c.value.start);
  const added: RawClaim[] = [];
  for (const c of claims) {
    if (!c.value || !LEVEL_TYPES.has(c.type) || c.shared) continue;
    const qs = ctx.quantities.get(c.sentence.index);
    if (!qs) continue;
    for (const other of otherEnds(ctx.text, c.sentence.start, qs, c.value)) {
      if (taken.has(other.start)) continue;
      // ("will lift its total workforce to more than 55,000 from its current figure of 45,000": a level still to come is a target)
      if (other.start < c.value.start && TARGET_BEFORE.test(ctx.text.slice(Math.max(c.sentence.start, other.start - 90), other.start))) continue;
      // ("150 million people are using Snapchat daily, compared with an estimated 140 million for Twitter": another company's level)
      if ((ctx.actors[c.sentence.index] ?? []).some((a) => a.entity !== c.subject && a.start >= other.end && a.start - other.end <= 40 && OTHERS_LEVEL_BETWEEN.test(ctx.text.slice(other.end, a.start)))) continue;
      // ("…at ₹100 crore compared with the ₹137 crore that Vijayakumar took home": the level a relative clause gives another name)
      if (NAMED_RELATIVE_AFTER.test(ctx.text.slice(other.end, Math.min(c.sentence.end, other.end + 80)))) continue;
      taken.add(other.start);
      // (a bare figure counts what the other end counts: "shrank from 5,527 … to 3,422 staff")
      const value = other.kind === 'count' && other.unit === null && c.value.unit !== null ? { ...other, unit: c.value.unit } : other;
      added.push({ ...c, value, cueAt: other.start, reason: `${c.reason}, level/other-end`, confidence: c.confidence - 0.05 });
    }
  }
  return added.length ? [...claims, ...added] : claims;
};
