import type { Article, Claim, ClaimType, Modality } from '../schema.js';
import { NameIndex } from './names.js';
import { groupByIdentity } from './pairing.js';
import { valuesAgree } from './values.js';

/** One source's statement in a conflict. */
export interface ConflictEntry {
  /** source.name of the article, as given. */
  source: string;
  claim: Claim;
}

/** Claims of one type about one subject (and counterparty) whose values disagree across sources. */
export interface Conflict {
  type: ClaimType;
  /** Canonical name in the first source that states it. */
  subject: string;
  counterparty: string | null;
  /** Every statement of the sources in disagreement, in input order, then article order. */
  entries: ConflictEntry[];
}

export interface ConflictsReport {
  /** The articles compared, in input order. */
  sources: string[];
  counts: { conflicts: number };
  /** In order of their first entry. */
  conflicts: Conflict[];
}

// A denial or a condition is not a rival figure: "has not raised at $20B" agrees with anyone.
// Nor, unless asked, is a hope: "in talks at $20 billion" does not contradict "valued at $10 billion".
const COMPARED: readonly Modality[] = ['asserted', 'reported'];

export interface ConflictsOptions {
  /** Compare hedged claims too ("in talks to raise at a $20 billion valuation"). */
  includeHedged?: boolean;
}

interface Entry {
  sourceIndex: number;
  claim: Claim;
}

/**
 * Two sources disagree about one claim when they give it values that can be compared
 * (same currency, both numeric) and none of the values one gives agrees with any the other
 * gives (agree: within 1% or overlapping ranges). An article may state several values of one
 * claim over time ($6B last year, $18B now): it disagrees with another source only when the
 * two share no value at all. Statements within one article are never compared to each other.
 */
export function findConflicts(articles: readonly Article[], opts: ConflictsOptions = {}): ConflictsReport {
  const names = new NameIndex(articles);
  const compared = new Set<Modality>(opts.includeHedged ? [...COMPARED, 'hedged'] : COMPARED);
  const entries: Entry[] = articles.flatMap((a, sourceIndex) => a.claims.filter((c) => c.value !== null && compared.has(c.modality)).map((claim) => ({ sourceIndex, claim })));
  const conflicts: Conflict[] = [];
  for (const group of groupByIdentity(entries, (e) => e.claim, names).values()) {
    const bySource = new Map<number, Entry[]>();
    for (const e of group) bySource.set(e.sourceIndex, [...(bySource.get(e.sourceIndex) ?? []), e]);
    const sources = [...bySource.keys()];
    const inConflict = new Set<number>();
    for (let i = 0; i < sources.length; i++) {
      for (let j = i + 1; j < sources.length; j++) {
        if (disagree(bySource.get(sources[i]!)!, bySource.get(sources[j]!)!)) {
          inConflict.add(sources[i]!);
          inConflict.add(sources[j]!);
        }
      }
    }
    if (!inConflict.size) continue;
    const shown = group.filter((e) => inConflict.has(e.sourceIndex));
    const first = shown[0]!.claim;
    conflicts.push({
      type: first.type,
      subject: first.subject,
      counterparty: first.counterparty,
      entries: shown.map((e) => ({ source: articles[e.sourceIndex]!.source.name, claim: e.claim })),
    });
  }
  return { sources: articles.map((a) => a.source.name), counts: { conflicts: conflicts.length }, conflicts };
}

function disagree(a: readonly Entry[], b: readonly Entry[]): boolean {
  let compared = false;
  for (const x of a) {
    for (const y of b) {
      const agree = valuesAgree(x.claim.value!, y.claim.value!);
      if (agree) return false;
      if (agree === false) compared = true;
    }
  }
  return compared;
}
