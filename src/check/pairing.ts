import type { Claim } from '../schema.js';
import type { NameIndex } from './names.js';
import { sameValue, valueDistance } from './values.js';

/**
 * What makes two claims "the same claim" across versions or sources: type, subject and
 * counterparty, names compared by canonical name or alias.
 */
export function claimIdentity(claim: Claim, names: NameIndex): string {
  return [claim.type, names.key(claim.subject), claim.counterparty === null ? '' : names.key(claim.counterparty)].join('\u0000');
}

export interface Pairing {
  /** Pairs with the same value and modality. */
  same: Array<[Claim, Claim]>;
  /** Pairs with another value or modality, matched by closest value. */
  changed: Array<[Claim, Claim]>;
  /** Left over on each side. */
  onlyA: Claim[];
  onlyB: Claim[];
}

/** Two statements of one claim that say the same: the same value, stated the same way ("raised" is not "denied raising"). */
export function sameStatement(a: Claim, b: Claim): boolean {
  return sameValue(a.value, b.value) && a.modality === b.modality;
}

/** A pairing cost far below any two distinct values' distance: of equal values, same modalities pair first. */
export const MODALITY_PENALTY = 1e-6;

/**
 * Pairs the claims of one identity on two sides. An article can hold two valuations of one
 * company ($6B last year, $18B now), so equal statements pair first, then what is left by
 * closest value; only leftovers are unpaired. Ties break on article order, so the result is
 * deterministic.
 */
export function pairClaims(a: readonly Claim[], b: readonly Claim[]): Pairing {
  const restA = [...a];
  const restB = [...b];
  const same: Array<[Claim, Claim]> = [];
  for (let i = 0; i < restA.length; ) {
    const j = restB.findIndex((c) => sameStatement(restA[i]!, c));
    if (j >= 0) {
      same.push([restA[i]!, restB[j]!]);
      restA.splice(i, 1);
      restB.splice(j, 1);
    } else i++;
  }
  const candidates: Array<{ i: number; j: number; d: number }> = [];
  restA.forEach((x, i) => restB.forEach((y, j) => candidates.push({ i, j, d: valueDistance(x.value, y.value) + (x.modality === y.modality ? 0 : MODALITY_PENALTY) })));
  candidates.sort((p, q) => p.d - q.d || p.i - q.i || p.j - q.j);
  const takenA = new Set<number>();
  const takenB = new Set<number>();
  const changed: Array<[Claim, Claim]> = [];
  for (const { i, j } of candidates) {
    if (takenA.has(i) || takenB.has(j)) continue;
    takenA.add(i);
    takenB.add(j);
    changed.push([restA[i]!, restB[j]!]);
  }
  return { same, changed, onlyA: restA.filter((_, i) => !takenA.has(i)), onlyB: restB.filter((_, j) => !takenB.has(j)) };
}

/** Claims grouped by identity, groups in order of their first claim. */
export function groupByIdentity<T>(items: readonly T[], claimOf: (item: T) => Claim, names: NameIndex): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = claimIdentity(claimOf(item), names);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
