import { describe, expect, it } from 'vitest';
import { RULE_SETS } from '../src/claims/rules/registry.js';
import { extract } from '../src/index.js';
import type { ClaimType } from '../src/schema.js';

/**
 * Every rule's own examples (src/claims/<type>/rules.ts): the sentence gives a claim of the
 * rule's type, made by that rule, about that subject, with that value as written.
 */
for (const [type, rules] of Object.entries(RULE_SETS)) {
  describe(`${type} rules`, () => {
    const cases = rules.flatMap((r) => (r.examples ?? []).map(([text, subject, value]) => [r.reason, text, subject, value] as const));
    it.each(cases)('%s reads: %s', (reason, text, subject, value) => {
      const claims = extract(text, { types: [type as ClaimType] }).claims;
      // (the claim the rule made, before any a refiner derived from it: "…, level/other-end")
      const byRule = claims.filter((c) => c.reason?.split(', ').includes(reason) && c.subject === subject);
      const made = byRule.find((c) => c.reason!.split(', ').pop() === reason) ?? byRule[0];
      expect(made, `no claim by ${reason} about ${subject}; got ${JSON.stringify(claims.map((c) => [c.subject, c.reason]))}`).toBeDefined();
      expect(made!.value?.text ?? null).toBe(value);
    });
    it('has an example for every rule', () => {
      expect(rules.filter((r) => !r.examples?.length).map((r) => r.reason)).toEqual([]);
    });
  });
}
