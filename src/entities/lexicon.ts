import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Memo } from '../text/memo.js';

/**
 * compromise's English lexicon, read once: it knows first names, places, months and the
 * common words that start sentences ("Existing", "Understanding"), which tells a
 * capitalised word that is a name from one that is capitalised only by position.
 *
 * Loading compromise costs ~0.4 s, so the build snapshots what these functions read
 * (scripts/build-lexicon.mjs → dist/entities/lexicon.txt: one bit set per word, made by
 * `lexiconSnapshot` below). Running from src/ (tests), the built snapshot is used if there
 * is one; without it — or when it was made under other tag rules than these — compromise
 * is loaded and the same bits computed from it, so every path answers alike.
 */
type Tags = string | string[] | undefined;

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'Demonym', 'Address']);
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PROPER_TAGS = new Set(['Organization', 'ProperNoun', 'Person', 'LastName', ...PLACE_TAGS, ...FIRST_NAME_TAGS]);
// Closed-class words that start sentences: "But Meta…", "The company…", "With approximately…"
const FUNCTION_TAGS = /^(?:Determiner|Conjunction|Preposition|Pronoun|Adverb|Possessive|QuestionWord|Copula|Modal|Negative|Date|Cardinal|Ordinal|TextValue|Value)$/;

const FIRST_NAME = 1;
const LAST_NAME = 2;
const PLACE = 4;
const ORG = 8;
/** Has tags, none of them proper: an ordinary word. */
const COMMON = 16;
const FUNCTION = 32;

/** The bits of one lexicon entry (0 for a word the lexicon does not know). */
function lexiconFlags(entry: Tags): number {
  if (entry === undefined) return 0;
  const tags = Array.isArray(entry) ? entry : [entry];
  let flags = 0;
  if (tags.some((t) => FIRST_NAME_TAGS.has(t))) flags |= FIRST_NAME;
  if (tags.includes('LastName')) flags |= LAST_NAME;
  if (tags.some((t) => PLACE_TAGS.has(t))) flags |= PLACE;
  if (tags.includes('Organization')) flags |= ORG;
  if (tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t))) flags |= COMMON;
  if (tags.some((t) => FUNCTION_TAGS.test(t))) flags |= FUNCTION;
  return flags;
}

const NON_ASCII = /[^\x00-\x7f]/;

// Which tags make which bits: a snapshot made under other rules is stale.
const RULES = JSON.stringify([[...FIRST_NAME_TAGS], 'LastName', [...PLACE_TAGS], 'Organization', [...PROPER_TAGS], FUNCTION_TAGS.source]);

/**
 * The snapshot's shape. `entries` is one string of sorted "word<TAB>bits" lines: parsing one
 * string is ~5× cheaper at start-up than building a 24k-entry Map; lookups binary-search it.
 * Only words of ASCII letters are in it; the few others ("cm²", "café") are `other`, lines of
 * their own, looked up in a map: so the file is ASCII and is read one byte a character (one
 * non-ASCII word made V8 decode the whole 270 KB file to two bytes a character, and every
 * search read that copy).
 */
export interface LexiconSnapshot {
  source: string;
  rules: string;
  entries: string;
  other: string;
}

/**
 * What the snapshot holds of a compromise lexicon: the words with any bit set, sorted.
 * scripts/build-lexicon.mjs writes it; the fallback below computes it, so both share one definition.
 */
export function lexiconSnapshot(lexicon: Record<string, Tags>, source: string): LexiconSnapshot {
  const lines: string[] = [];
  const other: string[] = [];
  // A plain-object lookup also finds Object.prototype's "constructor" (an ordinary word); keep it.
  for (const w of [...Object.keys(lexicon), 'constructor'].sort()) {
    const bits = lexiconFlags(lexicon[w]);
    if (bits) (NON_ASCII.test(w) ? other : lines).push(`${w}\t${bits}`);
  }
  return { source, rules: RULES, entries: lines.join('\n'), other: other.join('\n') };
}

/**
 * The snapshot as a file: a JSON line with its source and rules, then the entries as they
 * are (reading it is a plain read; JSON-parsing the entries took twice as long at start-up).
 */
export function snapshotText(snapshot: LexiconSnapshot): string {
  // (the words of `other` as JSON escapes: the file stays ASCII)
  const head = JSON.stringify({ source: snapshot.source, rules: snapshot.rules, other: snapshot.other }).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${head}\n${snapshot.entries}\n`;
}

function parseSnapshot(text: string): LexiconSnapshot {
  const nl = text.indexOf('\n');
  const head = JSON.parse(text.slice(0, nl)) as { source: string; rules: string; other?: string };
  // (a file of an earlier build, without `other`, is not used: its entries hold every word)
  if (typeof head.other !== 'string') throw new Error('lexicon snapshot of an earlier format');
  return { source: head.source, rules: head.rules, other: head.other, entries: text.slice(nl + 1, text.endsWith('\n') ? -1 : undefined) };
}

// Next to the built module (dist/entities), beside the command-line bundle (dist), or —
// running from src in tests — the built copy.
const LOCATIONS = ['./lexicon.txt', './entities/lexicon.txt', '../../dist/entities/lexicon.txt'];

function readSnapshot(): LexiconSnapshot {
  for (const at of LOCATIONS) {
    try {
      // (ASCII: see LexiconSnapshot)
      const snapshot = parseSnapshot(readFileSync(new URL(at, import.meta.url), 'latin1'));
      if (snapshot.rules === RULES) return snapshot;
    } catch {
      // try the next place
    }
  }
  // not built, or built under other rules: read compromise itself
  const nlp = createRequire(import.meta.url)('compromise') as { world(): { model: { one: { lexicon: Record<string, Tags> } } } };
  return lexiconSnapshot(nlp.world().model.one.lexicon, 'compromise');
}

let entries: string | null = null;
/** The snapshot's words that are not ASCII, with their bits. */
let others: Map<string, number> | null = null;

function readEntries(): string {
  const snapshot = readSnapshot();
  others = new Map();
  for (const line of snapshot.other ? snapshot.other.split('\n') : []) {
    const tab = line.indexOf('\t');
    others.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return snapshot.entries;
}

// (kept in the per-word memo as a flag of its own: one look-up answers isFunctionWord)
const OPENER = 1 << 30;
const SENTENCE_OPENERS = new Set(
  ('It Its They Their We Our He She His Her This That These Those Some Many Most All Both Each Other Such Why What How Who ' +
    'Where When While If As After Before Despite Combined Still Yet So Also Now Today Yesterday Last Next Earlier Later ' +
    'Already Meanwhile However Instead Including Among Like Unlike Only Even Just Then Thus Overall Together ' +
    'Inside Behind Beyond Exclusive Breaking Report Analysis Opinion Watch Meet Here There Sources Source Investors You Your We Our Us I My Let Ask Tell Mostly Less More').split(' '),
);
/** The bits of a word: binary search over the sorted lines, remembered per word as written. */
const flags = new Memo((word) => searchFlags(word.toLowerCase()) | (SENTENCE_OPENERS.has(word) ? OPENER : 0));

function searchFlags(w: string): number {
  let bits: number;
  const list = (entries ??= readEntries());
  // (a word that is not ASCII is none of the sorted entries)
  if (NON_ASCII.test(w)) return others!.get(w) ?? 0;
  bits = 0;
  // lo and hi are line starts: lines before lo sort before w, lines from hi on after it.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = mid === 0 ? 0 : list.lastIndexOf('\n', mid - 1) + 1;
    let end = list.indexOf('\n', start);
    if (end < 0) end = list.length;
    const tab = list.indexOf('\t', start);
    const cur = list.slice(start, tab);
    if (cur === w) {
      bits = Number(list.slice(tab + 1, end));
      break;
    }
    if (cur < w) lo = end + 1;
    else hi = start;
  }
  return bits;
}

/**
 * Everything the lexicon says of a word as one number, for a caller that asks several of the
 * questions below about the same word (one look-up); `Lexicon` reads it.
 */
export const lexiconBits = (word: string): number => flags.get(word);

export const Lexicon = {
  firstName: (bits: number): boolean => (bits & FIRST_NAME) !== 0,
  lastName: (bits: number): boolean => (bits & LAST_NAME) !== 0,
  place: (bits: number): boolean => (bits & PLACE) !== 0,
  common: (bits: number): boolean => (bits & COMMON) !== 0,
  function: (bits: number): boolean => (bits & (OPENER | FUNCTION)) !== 0,
};

export const isFirstName = (w: string): boolean => Lexicon.firstName(lexiconBits(w));
export const isLastName = (w: string): boolean => Lexicon.lastName(lexiconBits(w));
export const isPlaceWord = (w: string): boolean => Lexicon.place(lexiconBits(w));
/** A common English word (capitalised only because it starts a sentence or a headline). */
export const isCommonWord = (w: string): boolean => Lexicon.common(lexiconBits(w));
/** A word that opens sentences without being a name: "But", "The", "With", "Meanwhile". */
export const isFunctionWord = (w: string): boolean => Lexicon.function(lexiconBits(w));
