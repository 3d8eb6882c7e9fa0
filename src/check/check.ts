import type { Article, Claim, ClaimType, Modality, Value } from '../schema.js';
import type { Expectation, ExpectedClaim, ExpectedValue } from './expect.js';
import { NameIndex } from './names.js';
import { MODALITY_PENALTY } from './pairing.js';
import { TOLERANCE, valueDistance, within } from './values.js';

/** An expected claim and the claim that states it. */
export interface CheckFound {
  expected: ExpectedClaim;
  claim: Claim;
}

/** An expected claim whose type, subject and counterparty were found, but with another value. */
export interface CheckDifferent {
  expected: ExpectedClaim;
  claim: Claim;
  /** The fields that disagree: "amount", "min", "max", "currency", "value" (the value's), "modality". */
  fields: string[];
}

/** What `newsfacts check` reports. Every list is in a fixed order: expectations in file order, extras in article order. */
export interface CheckReport {
  /** The article as named on the command line (source.name). */
  file: string;
  /** The expect file as named on the command line. */
  expect: string;
  strict: boolean;
  /** True when the exit code is 0: nothing missing or different (and nothing extra with strict). */
  ok: boolean;
  counts: { expected: number; found: number; missing: number; different: number; extra: number };
  found: CheckFound[];
  missing: Array<{ expected: ExpectedClaim }>;
  different: CheckDifferent[];
  /** Claims of the article that no expectation names. A failure only with strict. */
  extra: Claim[];
}

export interface CheckOptions {
  /** Claims that are not expected make the check fail. */
  strict?: boolean;
  /** How the expect file is named in the report. */
  expectName?: string;
  /** Only claims and expectations of these types are compared (--type). */
  types?: readonly ClaimType[];
}

/**
 * Whether a claim's modality is one the expectation accepts: the one it names (or any of a
 * list), else any but negated: "denied it raised $200M" never answers "raised $200M".
 */
export function modalityFits(want: ExpectedClaim, got: Modality): boolean {
  if (want.modality === undefined) return got !== 'negated';
  return Array.isArray(want.modality) ? want.modality.includes(got) : want.modality === got;
}

/** Every field in which the claim fails the expectation: its value's, then "modality". */
function mismatches(want: ExpectedClaim, claim: Claim): string[] {
  const fields = valueMismatches(want.value, claim.value);
  if (!modalityFits(want, claim.modality)) fields.push('modality');
  return fields;
}

function sameParties(want: ExpectedClaim, claim: Claim, names: NameIndex): boolean {
  if (want.type !== claim.type || !names.same(want.subject, claim.subject)) return false;
  if (want.counterparty === undefined) return true;
  if (want.counterparty === null || claim.counterparty === null) return want.counterparty === claim.counterparty;
  return names.same(want.counterparty, claim.counterparty);
}

/** The expected value fields the claim's value does not meet; empty when it matches. */
export function valueMismatches(want: ExpectedValue | null | undefined, got: Value | null): string[] {
  if (want === undefined) return [];
  if (want === null || got === null) return want === got ? [] : ['value'];
  const out: string[] = [];
  if (want.amount != null) {
    const a = want.amount;
    // "$11B" expected, "$10–12B" found: inside the range is a match.
    const ok =
      got.amount !== null
        ? within(a, got.amount)
        : (got.min !== null || got.max !== null) && (got.min === null || a >= got.min * (1 - TOLERANCE)) && (got.max === null || a <= got.max * (1 + TOLERANCE));
    if (!ok) out.push('amount');
  }
  if (want.min != null && (got.min === null || !within(want.min, got.min))) out.push('min');
  if (want.max != null && (got.max === null || !within(want.max, got.max))) out.push('max');
  if (want.currency != null && want.currency.toUpperCase() !== (got.currency ?? '').toUpperCase()) out.push('currency');
  return out;
}

/** An expected value as a full Value, for formatting and for pairing by closeness. */
export function expectedAsValue(want: ExpectedValue | null | undefined, unit: string | null = null): Value | null {
  if (!want) return null;
  return {
    amount: want.amount ?? null,
    min: want.min ?? null,
    max: want.max ?? null,
    currency: want.currency ?? null,
    unit: want.unit ?? unit,
    approximate: false,
    text: '',
  };
}

/** How much an expectation pins down: the most specific ones pick their claim first. */
function specificity(want: ExpectedClaim): number {
  return (want.value !== undefined ? 2 : 0) + (want.counterparty !== undefined ? 1 : 0);
}

/**
 * Compares an article with what it is expected to state. An expected claim is found when a
 * claim has its type, its subject and counterparty (by canonical name or alias; case, legal
 * suffixes and possessives ignored) and a value within 1%. Each claim answers one expectation.
 */
export function checkArticle(article: Article, expectation: Expectation, opts: CheckOptions = {}): CheckReport {
  const wanted = (type: ClaimType) => !opts.types || opts.types.includes(type);
  const wants = expectation.claims.filter((w) => wanted(w.type));
  const claims = article.claims.filter((c) => wanted(c.type));
  const names = new NameIndex([article, expectation], wants.flatMap((w) => (w.counterparty ? [w.subject, w.counterparty] : [w.subject])));
  const used = new Set<Claim>();
  const foundFor = new Map<number, Claim>();
  const differentFor = new Map<number, Claim>();

  // Pass 1: exact matches, most specific expectations first (stable on ties).
  const order = wants.map((_, i) => i).sort((a, b) => specificity(wants[b]!) - specificity(wants[a]!) || a - b);
  for (const i of order) {
    const want = wants[i]!;
    const claim = claims.find((c) => !used.has(c) && sameParties(want, c, names) && mismatches(want, c).length === 0);
    if (claim) {
      used.add(claim);
      foundFor.set(i, claim);
    }
  }
  // Pass 2: what is left pairs with the same claim under another value or modality, the closest value first.
  for (const i of order) {
    if (foundFor.has(i)) continue;
    const want = wants[i]!;
    let best: Claim | undefined;
    let bestDistance = Infinity;
    for (const c of claims) {
      if (used.has(c) || !sameParties(want, c, names)) continue;
      // (of two claims at the same distance, the one of a fitting modality)
      const d = valueDistance(expectedAsValue(want.value, c.value?.unit ?? null), c.value) + (modalityFits(want, c.modality) ? 0 : MODALITY_PENALTY);
      if (d < bestDistance) [best, bestDistance] = [c, d];
    }
    if (best) {
      used.add(best);
      differentFor.set(i, best);
    }
  }

  const found: CheckFound[] = [];
  const different: CheckDifferent[] = [];
  const missing: Array<{ expected: ExpectedClaim }> = [];
  wants.forEach((want, i) => {
    const hit = foundFor.get(i);
    const near = differentFor.get(i);
    if (hit) found.push({ expected: want, claim: hit });
    else if (near) different.push({ expected: want, claim: near, fields: mismatches(want, near) });
    else missing.push({ expected: want });
  });
  const extra = claims.filter((c) => !used.has(c));
  const strict = !!opts.strict;
  return {
    file: article.source.name,
    expect: opts.expectName ?? '',
    strict,
    ok: missing.length === 0 && different.length === 0 && (!strict || extra.length === 0),
    counts: { expected: wants.length, found: found.length, missing: missing.length, different: different.length, extra: extra.length },
    found,
    missing,
    different,
    extra,
  };
}
