import type { RawClaim } from '../claims/extractor.js';
import type { ClaimType } from '../schema.js';
import type { Refiner } from './refiner.js';
import { OCCUPATIONS } from '../claims/staff-words.js';
import { PUBLIC_BODY } from '../entities/coreference.js';

/**
 * No subject, no claim: a name the article gives no evidence for (no suffix, no cue word, not
 * a known company, never called "the company" — "Bernabeu", "Dementieva", "Arsenal" in a
 * match report) is an organisation only by default. It may be the subject of a claim only
 * where the claim itself vouches for a company: raising a round, being valued, earning
 * revenue, counting users, renting compute, cutting jobs (a rule that vouches), or a deal whose other side is a company. People
 * and teams also lose, leave, hire and are paid; places have people in them. (Letting a
 * sentence about "engineers" or "staff" vouch was tried: on text nobody here wrote it let
 * people's names through as employers; tried again once names came typed by their own evidence —
 * a surname alone joins the person named in full, honorifics, first names — it cost nothing on the
 * blind set or on BBC news and lets "Quillmark pays its engineers between $300,000 and $530,000"
 * through: pay, staff numbers, hires and cuts of employees are an employer's.)
 */
const STAFF_TYPES: ReadonlySet<ClaimType> = new Set(['compensation', 'headcount', 'hiring', 'departure']);
const STAFF_WORD = new RegExp(String.raw`\b(?:${OCCUPATIONS.join('|')}|nqs?|newly[- ]qualified|engineer|researcher|scientist|executive|workforce|headcount|employs|co-?founder|chief (?:[a-z]+ )?officer|chief scientist|ceo|cto|cfo|coo|vice[- ]president|head of (?:ai|research|engineering|product|design|sales|marketing|operations|infrastructure|[a-z]+ research)|\d[\d,]*-(?:person|people|member|employee) (?:team|workforce|staff))\b`, 'i');
const COMPANY_ONLY: ReadonlySet<ClaimType> = new Set(['valuation', 'funding', 'revenue', 'user_count', 'compute_deal']);
export const requireTypedSubjects: Refiner = (_ctx, claims) =>
  // ("Jane Okafor joins Quillmark from Stripe": a company named as the other side vouches for the deal)
  // ("moving to Mid Wales from…": not when the unvouched name is only a destination)
  claims.filter(
    (c) =>
      !PUBLIC_BODY.test(c.subject.name) &&
      // (a trade union is no employer the news is about: "Solidarity spokesman said these 104 people might still be laid off")
      !c.subject.union &&
      // a provider of compute is a company the article vouches for ("RFID chips", "Solaris", "PlayStation" are things)
      // (unless the article says what it sells: "cloud provider Varrowind", "Tellmor's GPUs")
      !(c.type === 'compute_deal' && c.counterparty?.assumed && !c.providerDescribed) &&
      // (a news organisation rents no compute in the news it reports: "An exclusive TechCrunch tour of Amazon's chip lab…")
      !(c.type === 'compute_deal' && c.subject.media) &&
      (!c.subject.assumed || COMPANY_ONLY.has(c.type) || c.vouched || (STAFF_TYPES.has(c.type) && STAFF_WORD.test(c.sentence.text)) || (!!c.counterparty && !c.counterparty.assumed && !onlyAfterTo(c))),
  );

/** Is every mention of the claim's subject in its sentence right after "to" (a destination)? */
function onlyAfterTo(c: RawClaim): boolean {
  const text = c.sentence.text;
  const names = [c.subject.name, ...c.subject.aliases];
  let seen = false;
  for (const n of names) {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
      seen = true;
      if (!/\bto (?:the )?$/.test(text.slice(Math.max(0, i - 8), i))) return false;
    }
  }
  return seen;
}
