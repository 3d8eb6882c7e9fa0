import { normalizeForMatching } from '../text/normalize.js';
import { splitSentences } from '../text/sentences.js';
import { buildEntities } from './aliases.js';
import { findNames, type NameKind } from './organizations.js';

/**
 * The entity layer on its own: every name an article mentions and what it is. The entity
 * corpus (src/entities/corpus.ts) tests it; the pipeline runs the same steps.
 */

export type EntityKind = 'organization' | 'person' | 'place' | 'work' | 'other';

export interface TypedMention {
  /** The name as written (possessive removed). */
  surface: string;
  start: number;
  end: number;
  kind: EntityKind;
  /** For an organization or person: the canonical name of its entity. */
  entity: string | null;
}

const KIND: Record<NameKind, EntityKind> = { org: 'organization', person: 'person', place: 'place', product: 'work', other: 'other' };

/** Every name mention of a plain-text article, typed, in text order. */
export function typeMentions(text: string): TypedMention[] {
  const matching = normalizeForMatching(text);
  const sentences = splitSentences(matching);
  const names = findNames(matching, sentences);
  const table = buildEntities(names, matching);
  return names.map((m, i) => {
    const e = table.entityOf[i];
    const kind: EntityKind = e ? e.kind : KIND[m.kind];
    return { surface: text.slice(m.start, m.end), start: m.start, end: m.end, kind, entity: e?.name ?? null };
  });
}
