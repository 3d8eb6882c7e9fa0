import { RULES as compensation } from '../compensation/rules.js';
import { RULES as computeDeal } from '../compute-deal/rules.js';
import { RULES as departure } from '../departure/rules.js';
import { RULES as funding } from '../funding/rules.js';
import { RULES as headcount } from '../headcount/rules.js';
import { RULES as hiring } from '../hiring/rules.js';
import { RULES as userCount } from '../user-count/rules.js';
import type { ClaimRule } from '../rules.js';
import { EARNED_NOT_PAY, HIS_PAY, PEOPLE_EARN, PEOPLES_PAY, PERSON_EARNS, PERSON_RANKED } from '../compensation/rules.js';
import { sectionRule, segmentRule } from '../sections.js';
import { CLAIM_TYPES } from '../type-names.js';

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

/**
 * Every token pattern the extractors compile: the rules' own and their vetoes, the section-list
 * rule of each type (and the users' segment list), and the patterns compensation matches outside its rules. The build compiles
 * them once and snapshots the result (scripts/build-patterns.mjs → dist/structure/patterns.txt).
 */
export function patternSources(): string[] {
  const out: string[] = [];
  for (const rules of Object.values(RULE_SETS)) for (const r of rules) out.push(r.match, ...Object.values(r.unless ?? {}));
  for (const t of CLAIM_TYPES) out.push(sectionRule(t).match);
  out.push(segmentRule('user_count').match);
  out.push(PERSON_EARNS, PEOPLE_EARN, HIS_PAY, PEOPLES_PAY, PERSON_RANKED, ...Object.values(EARNED_NOT_PAY));
  return [...new Set(out)];
}
