import { buildEntities } from '../entities/aliases.js';
import type { NameMention } from '../entities/organizations.js';

/** What names are learned from: an article's entities (or an expect file's). */
export interface NamedEntities {
  entities: ReadonlyArray<{ name: string; aliases: readonly string[]; kind?: string }>;
}

// Legal-form words that do not change which company is meant: "Zentrix AI, Inc." is "Zentrix AI".
// Only at the end of a name, so "Corp Holdings Group" keeps its first word.
const LEGAL_SUFFIX = /(?:[\s,]+(?:inc|incorporated|ltd|limited|corp|corporation|co|company|llc|plc|gmbh|ag|sa|s\.a|nv|n\.v|bv|pty|lp|llp)\.?)+$/i;
// "OpenAI's", "Anthropic’s", "Nvidia'" (a possessive, not a quote)
const POSSESSIVE = /['’](?:s)?$/i;

/**
 * The form two names are compared in: lower case, no possessive, no legal suffix, no
 * punctuation, single spaces. "Zentrix AI, Inc.'s" and "zentrix ai" give the same key.
 */
export function nameKey(name: string): string {
  let s = name.normalize('NFKC').trim();
  s = s.replace(POSSESSIVE, '');
  s = s.replace(LEGAL_SUFFIX, '');
  s = s.replace(/^the\s+/i, '');
  return s
    .toLowerCase()
    .replace(/[.,'’"“”()]/g, '')
    .replace(/[\s\u00a0-]+/g, ' ')
    .trim();
}

/**
 * Which names mean the same company: a canonical name and its aliases, taken from the
 * `entities` of every article given (union-find over name keys). Names no article lists
 * are still compared by key.
 */
export class NameIndex {
  private readonly parent = new Map<string, string>();

  /**
   * `names`: more names to place by the same rules (an expect file's subjects), after the
   * articles' own.
   */
  constructor(articles: ReadonlyArray<NamedEntities> = [], names: readonly string[] = []) {
    for (const article of articles) {
      for (const entity of article.entities) {
        const root = nameKey(entity.name);
        for (const alias of entity.aliases) this.union(root, nameKey(alias));
      }
    }
    // Across articles, the alias rules of extraction itself, as if the articles were one text
    // in the order given: "Zentrix" in one and "Zentrix AI" in another are one company, as they
    // would be within one article; "Quillmark" stated before "Quillmark Federal" are two.
    for (const group of aliasGroups(articles, names)) {
      const [first, ...rest] = group;
      for (const other of rest) this.union(nameKey(first!), nameKey(other));
    }
  }

  /** The same company under any of its names? */
  same(a: string, b: string): boolean {
    return this.key(a) === this.key(b);
  }

  /** One key per company: equal for a canonical name and each of its aliases. */
  key(name: string): string {
    return this.find(nameKey(name));
  }

  private find(k: string): string {
    let root = k;
    while (this.parent.has(root)) root = this.parent.get(root)!;
    // Path compression keeps later look-ups flat.
    let node = k;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  private union(a: string, b: string): void {
    if (!a || !b) return;
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller key is the root, so the result does not depend on the order of articles.
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/**
 * The names of all the articles (and any others) grouped by the alias rules of
 * `src/entities/aliases.ts`, each name a mention in turn: the groups with more than one name.
 */
function aliasGroups(articles: ReadonlyArray<NamedEntities>, names: readonly string[]): string[][] {
  const mentions: NameMention[] = [];
  const mention = (surface: string, kind: 'org' | 'person') => {
    const start = mentions.length * 2;
    mentions.push({ start, end: start + 1, surface, kind, assumed: false, sentence: mentions.length, possessive: false });
  };
  for (const article of articles) {
    for (const entity of article.entities) {
      const kind = entity.kind === 'person' ? 'person' : 'org';
      for (const name of [entity.name, ...entity.aliases]) mention(name, kind);
    }
  }
  for (const name of names) mention(name, 'org');
  if (mentions.length < 2) return [];
  return buildEntities(mentions)
    .entities.map((e) => [e.name, ...e.aliases])
    .filter((group) => group.length > 1);
}
