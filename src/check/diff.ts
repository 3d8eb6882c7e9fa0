import type { Article, Claim } from '../schema.js';
import { NameIndex } from './names.js';
import { claimIdentity, pairClaims } from './pairing.js';
import { sameValue } from './values.js';

/** One claim in both versions, with another value or modality: a valuation updated from $10B to $12B, a round now denied. */
export interface DiffChange {
  old: Claim;
  new: Claim;
  /** What changed: "value", "modality" or both. */
  fields: Array<'value' | 'modality'>;
}

/** What `newsfacts diff` reports: the claims added, removed and changed between two versions of an article. */
export interface DiffReport {
  /** source.name of each version, as given. */
  old: string;
  new: string;
  /** True when no claim was added, removed or changed (exit 0). */
  identical: boolean;
  counts: { added: number; removed: number; changed: number; unchanged: number };
  /** In the new version's order (first evidence offset). */
  added: Claim[];
  /** In the old version's order. */
  removed: Claim[];
  /** In the new version's order. */
  changed: DiffChange[];
}

/**
 * The claims added, removed and changed from `before` to `after`. Claims are the same claim
 * when type, subject and counterparty match (by canonical name or alias of either version);
 * such a pair with another value or modality (asserted, reported, hedged, conditional,
 * negated) is a change. Wording, evidence, attribution and confidence are not compared.
 */
export function diffArticles(before: Article, after: Article): DiffReport {
  const names = new NameIndex([before, after]);
  const groups = new Map<string, { old: Claim[]; new: Claim[] }>();
  const groupOf = (c: Claim) => {
    const key = claimIdentity(c, names);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { old: [], new: [] }));
    return g;
  };
  for (const c of before.claims) groupOf(c).old.push(c);
  for (const c of after.claims) groupOf(c).new.push(c);

  const added = new Set<Claim>();
  const removed = new Set<Claim>();
  const changed: DiffChange[] = [];
  let unchanged = 0;
  for (const g of groups.values()) {
    const p = pairClaims(g.old, g.new);
    unchanged += p.same.length;
    for (const [o, n] of p.changed) changed.push({ old: o, new: n, fields: changedFields(o, n) });
    for (const c of p.onlyA) removed.add(c);
    for (const c of p.onlyB) added.add(c);
  }
  const position = new Map(after.claims.map((c, i) => [c, i]));
  changed.sort((x, y) => position.get(x.new)! - position.get(y.new)!);
  const report = {
    old: before.source.name,
    new: after.source.name,
    identical: added.size === 0 && removed.size === 0 && changed.length === 0,
    counts: { added: added.size, removed: removed.size, changed: changed.length, unchanged },
    added: after.claims.filter((c) => added.has(c)),
    removed: before.claims.filter((c) => removed.has(c)),
    changed,
  };
  return report;
}

function changedFields(before: Claim, after: Claim): DiffChange['fields'] {
  const fields: DiffChange['fields'] = [];
  if (!sameValue(before.value, after.value)) fields.push('value');
  if (before.modality !== after.modality) fields.push('modality');
  return fields;
}
