import { readFirstBuilt } from '../text/built-files.js';
import { createRequire } from 'node:module';

/**
 * Every written form of a word a rule names by its lemma: `{raise}` matches "raise", "raises",
 * "raised", "raising"; `{job}` matches "jobs"; `{lay off}` matches "laid off". The forms come
 * from compromise's conjugation and pluralisation, snapshotted at build time for every lemma
 * the rules use (scripts/build-lexicon.mjs → dist/entities/inflections.txt, one "lemma form
 * form…" line each), so the command line never loads compromise. A lemma the snapshot lacks
 * (running from src, or a rule edited since the build) is asked of compromise itself.
 * Regular endings are always added too: compromise leaves a few verbs uninflected ("abet").
 */

/** The regular forms of a verb or noun: third person / plural, past, gerund. */
export function regularForms(w: string): string[] {
  const s = /(?:s|x|z|ch|sh|o)$/.test(w) ? w + 'es' : /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w + 's';
  const past = /e$/.test(w) ? w + 'd' : /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ied' : w + 'ed';
  const gerund = /ie$/.test(w) ? w.slice(0, -2) + 'ying' : /[^eoy]e$/.test(w) ? w.slice(0, -1) + 'ing' : w + 'ing';
  return [s, past, gerund];
}

type Compromise = {
  world(): {
    model: unknown;
    methods: { two: { transform: { verb: { conjugate(v: string, model: unknown): Record<string, string> }; noun: { toPlural(n: string, model: unknown): string } } } };
  };
};

/** What compromise makes of one lemma: its conjugation and its plural. */
export function compromiseForms(nlp: Compromise, lemma: string): string[] {
  const world = nlp.world();
  const { verb, noun } = world.methods.two.transform;
  const c = verb.conjugate(lemma, world.model);
  return [c.PresentTense, c.PastTense, c.Gerund, c.Participle, noun.toPlural(lemma, world.model)].filter((f): f is string => !!f && !f.includes(' '));
}

/** The snapshot file's text for these lemmas. */
export function inflectionSnapshot(nlp: Compromise, lemmas: Iterable<string>): string {
  const lines: string[] = [];
  for (const lemma of [...new Set(lemmas)].sort()) lines.push([lemma, ...new Set(compromiseForms(nlp, lemma))].join(' '));
  return lines.join('\n') + '\n';
}

const LOCATIONS = ['./inflections.txt', './entities/inflections.txt', '../../dist/entities/inflections.txt'];

let snapshot: Map<string, string[]> | null = null;
let nlp: Compromise | null = null;

function readSnapshot(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const text = readFirstBuilt(LOCATIONS, import.meta.url);
  if (text === null) return map;
  for (const line of text.split('\n')) {
    const [lemma, ...forms] = line.split(' ');
    if (lemma) map.set(lemma, forms);
  }
  return map;
}

/** Every form of a one-word lemma (lower case). */
function wordForms(lemma: string): string[] {
  snapshot ??= readSnapshot();
  let known = snapshot.get(lemma);
  if (!known) {
    nlp ??= createRequire(import.meta.url)('compromise') as Compromise;
    known = compromiseForms(nlp, lemma);
    snapshot.set(lemma, known);
  }
  return [...new Set([lemma, ...regularForms(lemma), ...known])];
}

/** Every form of a lemma: "lay off" → "lay off", "lays off", "laid off", "laying off"… (the first word inflects). */
export function formsOf(lemma: string): string[] {
  const space = lemma.indexOf(' ');
  if (space < 0) return wordForms(lemma);
  const rest = lemma.slice(space);
  return wordForms(lemma.slice(0, space)).map((f) => f + rest);
}
