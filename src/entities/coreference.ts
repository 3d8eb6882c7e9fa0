import type { Sentence } from '../text/sentences.js';
import type { EntityRecord, EntityTable } from './aliases.js';
import type { NameMention } from './organizations.js';

/**
 * Who each sentence talks about. An actor is an organisation named in the sentence, or a
 * phrase that refers to one ("the company", "the startup", "it", "its", "the San
 * Francisco-based firm"), resolved to the entity it means.
 */

export interface Actor {
  start: number;
  end: number;
  entity: EntityRecord;
  /** How the sentence points at the entity. */
  via: 'name' | 'anaphor';
  /** "Meta's", "its": the actor owns what follows. */
  possessive: boolean;
  text: string;
}

export interface Reference {
  /** Organisation actors of each sentence, in text order. */
  actors: Actor[][];
  /** The entity a subjectless sentence (a bullet, a headline, a fragment) is about. */
  topic: Array<EntityRecord | null>;
  /** The article's main entity. */
  main: EntityRecord | null;
}

// "the company", "the startup", "the San Francisco-based company", "the Chinese AI lab", "the search giant"
const DEFINITE = /\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:[A-Za-z][\w.-]*(?:,? [A-Z][\w-]*)?-based |(?!(?:the|a|an|this|that|its|their|and|or|of|to|in|on|for|with|is|was|are|were|has|had|will|would|values?|valued)\b)[a-z][\w-]* ){0,3}?(company|startup|start-up|firm|lab|business|group|giant|maker|chipmaker|developer|provider|unicorn|operator|outfit|venture|platform|company's|startup's|firm's|lab's|group's|giant's)\b/g;
// "it", "its", "It's" — pronouns that stand for an organisation in business prose
const PRONOUN = /\b(?:[Ii]ts|[Ii]t)\b/g;
// "It is a story of…", "it said", "It's worth…": dummy or non-organisation uses
const DUMMY_IT = /^(?:is|was|'s|has been|seems|appears|looks|remains|makes|takes|means|matters|said|says|added|noted|wrote)\b|^(?:is|was) (?:not )?(?:a|an|the|also|still|now|worth|clear|likely|possible|unclear|time|hard|easy|important|true)\b/;

const STARTUP_WORDS = /^(?:startup|start-up|unicorn|venture|outfit)/;
const GIANT_WORDS = /^(?:giant|group)/;

/** Pick the entity a referring phrase means: the most recent fitting organisation. */
function resolve(head: string, recent: EntityRecord[], main: EntityRecord | null): EntityRecord | null {
  const fits = (e: EntityRecord) =>
    e.kind === 'organization' && !e.media && (STARTUP_WORDS.test(head) ? !e.giant : GIANT_WORDS.test(head) ? e.giant : true);
  return recent.find(fits) ?? (main && fits(main) ? main : null);
}

export function resolveReferences(text: string, sentences: Sentence[], names: NameMention[], table: EntityTable): Reference {
  const mentionsBySentence: Array<Array<{ m: NameMention; e: EntityRecord }>> = sentences.map(() => []);
  names.forEach((m, i) => {
    const e = table.entityOf[i];
    if (e && e.kind === 'organization') mentionsBySentence[m.sentence]!.push({ m, e });
  });

  const counts = new Map<EntityRecord, number>();
  for (const list of mentionsBySentence) for (const { e } of list) if (!e.media) counts.set(e, (counts.get(e) ?? 0) + 1);
  // The main entity: most named, with a head start for the first organisation of the article.
  const firstOrg = mentionsBySentence.flat().find(({ e }) => !e.media)?.e ?? null;
  let main: EntityRecord | null = null;
  let best = -1;
  for (const [e, n] of counts) {
    const score = n + (e === firstOrg ? 3 : 0) - (e.giant ? 1 : 0);
    if (score > best) [main, best] = [e, score];
  }

  const actors: Actor[][] = [];
  const topic: Array<EntityRecord | null> = [];
  let recent: EntityRecord[] = []; // most recent first
  let listTopic: { block: number; entity: EntityRecord } | null = null;
  for (const s of sentences) {
    const named = mentionsBySentence[s.index]!;
    const list: Actor[] = named
      .filter(({ e }) => !e.media)
      .map(({ m, e }) => ({ start: m.start, end: m.end, entity: e, via: 'name' as const, possessive: m.possessive, text: text.slice(m.start, m.end) }));
    const recentBefore = recent;
    const referring: Actor[] = [];
    DEFINITE.lastIndex = 0;
    for (let d = DEFINITE.exec(s.text); d; d = DEFINITE.exec(s.text)) {
      const start = s.start + d.index;
      // named organisations earlier in the same sentence come first: "Character.AI said its…"
      const earlier = list.filter((a) => a.end <= start).map((a) => a.entity).reverse();
      const e = resolve(d[1]!.toLowerCase(), [...earlier, ...recentBefore], main);
      if (e) referring.push({ start, end: start + d[0].length, entity: e, via: 'anaphor', possessive: /'s$/.test(d[0]), text: text.slice(start, start + d[0].length) });
    }
    PRONOUN.lastIndex = 0;
    for (let p = PRONOUN.exec(s.text); p; p = PRONOUN.exec(s.text)) {
      const start = s.start + p.index;
      const possessive = p[0].toLowerCase() === 'its';
      if (!possessive && DUMMY_IT.test(s.text.slice(p.index + p[0].length + 1))) continue;
      if (referring.some((r) => r.start <= start && start < r.end)) continue;
      const earlier = list.filter((a) => a.end <= start).map((a) => a.entity).reverse();
      const e = resolve('company', [...earlier, ...recentBefore], main);
      if (e) referring.push({ start, end: start + p[0].length, entity: e, via: 'anaphor', possessive, text: text.slice(start, start + p[0].length) });
    }
    const all = [...list, ...referring].sort((a, b) => a.start - b.start);
    actors.push(all);

    // Bullets of one list share the subject of the first bullet that names one.
    if (s.kind === 'bullet' || s.kind === 'table') {
      if (!listTopic || listTopic.block !== s.block) listTopic = null;
      if (!listTopic && list[0]) listTopic = { block: s.block, entity: list[0].entity };
      topic.push(listTopic?.entity ?? recent[0] ?? main);
    } else {
      topic.push(recent[0] ?? main);
    }
    // Salience: this sentence's first-named organisation becomes the most recent.
    const salient = all.filter((a) => !a.entity.media);
    if (salient.length) {
      const first = salient[0]!.entity;
      recent = [first, ...salient.slice(1).map((a) => a.entity).filter((e) => e !== first), ...recent.filter((e) => !salient.some((a) => a.entity === e))].slice(0, 6);
    }
  }
  return { actors, topic, main };
}
