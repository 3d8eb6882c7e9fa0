import { RULES as compensation } from '../compensation/rules.js';
import { RULES as computeDeal } from '../compute-deal/rules.js';
import { RULES as departure } from '../departure/rules.js';
import { RULES as funding } from '../funding/rules.js';
import { RULES as headcount } from '../headcount/rules.js';
import { RULES as hiring } from '../hiring/rules.js';
import { RULES as userCount } from '../user-count/rules.js';
import type { ClaimRule } from '../rules.js';

/** Every claim type's rules that are written as token patterns (src/claims/rules.ts). */
export const RULE_SETS: Record<string, readonly ClaimRule[]> = { compensation, compute_deal: computeDeal, departure, funding, headcount, hiring, user_count: userCount };

/**
 * Every lemma the claim rules name ({raise}, {lay off}): the build snapshots their forms
 * (scripts/build-lexicon.mjs) so that the command line never loads compromise to inflect them.
 */
export function ruleLemmas(): string[] {
  const out = new Set<string>();
  for (const rules of Object.values(RULE_SETS)) {
    for (const r of rules) {
      for (const p of [r.match, ...Object.values(r.unless ?? {})]) {
        for (const m of p.matchAll(/(?<!_)\{([^}]+)\}/g)) for (const l of m[1]!.split('|')) out.add(l.split(' ')[0]!);
      }
    }
  }
  return [...out].sort();
}
