import type { ExpectedClaim } from '../src/claims/example.js';
import type { Article, Claim } from '../src/schema.js';

/**
 * Compare an expected claim (corpus line or golden file) with an extracted one: every field
 * the expectation gives must match exactly (numbers within 0.1%); fields left out are not checked.
 */
export function mismatches(expected: ExpectedClaim, got: Claim): string[] {
  const out: string[] = [];
  const eq = (field: string, want: unknown, have: unknown) => {
    const same = typeof want === 'number' && typeof have === 'number' ? Math.abs(want - have) <= 1e-3 * Math.max(1, Math.abs(want)) : want === have;
    if (!same) out.push(`${field}: want ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
  };
  if (expected.counterparty !== undefined) eq('counterparty', expected.counterparty, got.counterparty);
  if (expected.value === null) eq('value', null, got.value);
  else if (expected.value) {
    if (!got.value) out.push('value: want a value, got null');
    else for (const [k, v] of Object.entries(expected.value)) eq(`value.${k}`, v, (got.value as Record<string, unknown>)[k]);
  }
  if (expected.modality) eq('modality', expected.modality, got.modality);
  if (expected.resource) eq('resource', expected.resource, got.resource);
  if (expected.round !== undefined) eq('round', expected.round, got.round ?? null);
  if (expected.period !== undefined) eq('period', expected.period, got.period ?? null);
  for (const e of expected.evidence ?? []) {
    if (!got.evidence.some((ev) => ev.text.replace(/\s+/g, ' ').includes(e.replace(/\s+/g, ' ')))) out.push(`evidence: no evidence contains ${JSON.stringify(e)}`);
  }
  return out;
}

const key = (type: string, subject: string) => `${type} · ${subject}`;

/**
 * Pair expected claims with extracted ones (same type and subject, best field match) and
 * report what is missing, different and extra. Empty result: the article is exactly right.
 */
export function compareClaims(expected: ExpectedClaim[], article: Article): string[] {
  const problems: string[] = [];
  const left = [...article.claims];
  for (const want of expected) {
    const candidates = left.filter((c) => c.type === want.type && c.subject === want.subject);
    if (!candidates.length) {
      problems.push(`missing: ${key(want.type, want.subject)}${want.counterparty ? ' ← ' + want.counterparty : ''} ${JSON.stringify(want.value ?? '')}`);
      continue;
    }
    const scored = candidates.map((c) => ({ c, m: mismatches(want, c) })).sort((a, b) => a.m.length - b.m.length);
    const best = scored[0]!;
    left.splice(left.indexOf(best.c), 1);
    for (const m of best.m) problems.push(`different: ${key(want.type, want.subject)}: ${m}`);
  }
  for (const c of left) problems.push(`extra: ${key(c.type, c.subject)}${c.counterparty ? ' ← ' + c.counterparty : ''} ${JSON.stringify(c.value?.text ?? '')} «${c.evidence[0]!.text.slice(0, 80)}»`);
  return problems;
}
