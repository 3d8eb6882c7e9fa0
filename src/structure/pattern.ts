import { readFirstBuilt } from '../text/built-files.js';
import { formsOf } from './inflect.js';
import type { Tok, TokenView } from './tokens.js';

/**
 * Token patterns: a claim rule written as its sentence reads.
 *
 *   word            that word (lower case), or punctuation: , 's -
 *   (a|b c|d)       one of these; an alternative may be several words
 *   {cut|lay off}   every form of these lemmas: cut, cuts, cutting; lay off, laid off…
 *   [ORG] [POSS]    an organisation (named or referred to); POSS: one that owns what follows ("Meta's", "its")
 *   [ORGNAME]       an organisation named in so many words (not "its", "the company")
 *   [PERSON] [NAME] a person; any other name
 *   [MONEY] [COUNT] [Q]  an amount of money, a count, either
 *   [value:COUNT]   a slot captured under a name (value, subject, counterparty…)
 *   _  _{1,3}       one word, or between 1 and 3 tokens, of any kind, within the clause
 *   ~{0,3}          between 0 and 3 words (no amount or name among them, but "its"), within the clause
 *   ^               the start of a sentence, a table cell or a bullet
 *   $               the end of the clause: the sentence's end or punctuation (, . ; : ! ?)
 *   \(  \)          a bracket as punctuation
 *   x?              any element may be optional
 *
 * A short aside in brackets or between spaced dashes may be stepped over anywhere after a
 * match's first token ("3,000 jobs - out of a total workforce of 6,500 - could be lost").
 *
 * Example: '[subject:ORG] {cut} [value:COUNT] _{0,3} (jobs|positions|roles)'. Matching is
 * anchored at a token and backtracks over short gaps only, so it runs in time linear in the
 * sentence for a rule; patterns compile once, at module load.
 */

export type SlotType = 'ORG' | 'ORGNAME' | 'POSS' | 'PERSON' | 'NAME' | 'MONEY' | 'COUNT' | 'Q';

type Elem =
  | { t: 'words'; words: Set<string>; bits: Uint32Array; opt: boolean }
  | { t: 'alts'; alts: Elem[][]; opt: boolean }
  | { t: 'slot'; type: SlotType; name?: string; opt: boolean }
  | { t: 'gap'; min: number; max: number; wordsOnly: boolean }
  | { t: 'end' }
  | { t: 'start' };

/** What a match's first token can be: words, slot kinds, or anything (a leading gap). */
interface First {
  words: Set<string>;
  /** The same words as bits by their number (filled in by compile). */
  bits: Uint32Array;
  slots: Set<SlotType>;
  any: boolean;
}

export interface Pattern {
  source: string;
  elems: Elem[];
  first: First;
  /** Word sets every match needs (one word of each): a sentence lacking one is not tried. */
  required: Array<Set<string>>;
  /** The same sets by their number in the registry below (a sentence marks the ones it has once). */
  requiredIds: number[];
  /** Slot kinds every match needs (bits of SLOT_BIT): a sentence without such a token is not tried. */
  requiredSlots: number;
}

export interface Match {
  start: number;
  /** Index after the last matched token. */
  end: number;
  slots: Record<string, Tok>;
}

/**
 * Split at a separator outside brackets: a pattern's elements at spaces, an alternative's
 * choices at "|". ("\(" is the bracket itself, as a word; empty pieces between spaces are dropped.)
 */
function splitTopLevel(src: string, sep: ' ' | '|'): string[] {
  const out: string[] = [];
  const sepCode = sep.charCodeAt(0);
  let depth = 0;
  let from = 0;
  // (one scan by character codes; pieces are sliced, not built a character at a time)
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 92) {
      i++; // "\(": the next character is escaped
      continue;
    }
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) depth--;
    else if (c === sepCode && depth === 0) {
      if (i > from || sep === '|') out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  if (src.length > from || sep === '|') out.push(src.slice(from));
  return out;
}

const split = (src: string) => splitTopLevel(src, ' ');
const splitAlternatives = (body: string) => splitTopLevel(body, '|');

const START_PUNCT = new Set(['|', '•', '*', '-', ':', ';', '"', '(']);
const END_PUNCT = new Set([',', '.', ';', ':', '!', '?', '"', ')', '-']);
const SLOT_TYPES = new Set<SlotType>(['ORG', 'ORGNAME', 'POSS', 'PERSON', 'NAME', 'MONEY', 'COUNT', 'Q']);

/**
 * An element, every kind with the same fields in the same order (fields of other kinds undefined; a
 * gap, an end and a start are never optional): V8 gives them one hidden class, so the matcher's
 * reads of `t`, `opt`, `bits`… stay monomorphic and its optimised code is not thrown away when an
 * element of another kind comes by.
 */
function elem(t: Elem['t'], opt: boolean, words?: Set<string>, bits?: Uint32Array, alts?: Elem[][], type?: SlotType, name?: string, min?: number, max?: number, wordsOnly?: boolean): Elem {
  return { t, opt, words, bits, alts, type, name, min, max, wordsOnly } as Elem;
}

// Compiled parts by their source: rules share their word lists ("(jobs|positions|roles…)", "{cut|eliminate…}"),
// and start-up pays for each only once
const PARTS = new Map<string, Elem>();

function compileElems(src: string): Elem[] {
  return split(src.trim()).map((part): Elem => {
    let e = PARTS.get(part);
    if (!e) PARTS.set(part, (e = compilePart(part)));
    return e;
  });
}

function compilePart(part: string): Elem {
  {
    let p = part;
    const opt = p.endsWith('?') && p.length > 1;
    if (opt) p = p.slice(0, -1);
    const gap = /^([_~])(?:\{(\d+),(\d+)\})?$/.exec(p);
    if (gap) return elem('gap', false, undefined, undefined, undefined, undefined, undefined, gap[2] ? Number(gap[2]) : 1, gap[3] ? Number(gap[3]) : 1, gap[1] === '~');
    if (p === '$') return elem('end', false);
    if (p === '^') return elem('start', false);
    if (p.startsWith('[') && p.endsWith(']')) {
      const [name, type] = p.slice(1, -1).includes(':') ? p.slice(1, -1).split(':') : [undefined, p.slice(1, -1)];
      if (!SLOT_TYPES.has(type as SlotType)) throw new Error(`pattern: unknown slot ${p}`);
      return elem('slot', opt, undefined, undefined, undefined, type as SlotType, name);
    }
    if (p.startsWith('{') && p.endsWith('}')) {
      const lemmas = p.slice(1, -1).split('|');
      const alts = lemmas.flatMap((l) => formsOf(l)).map((form) => form.split(' '));
      return alternatives(alts.map((ws) => ws.map((w): Elem => wordsElem(new Set([w]), false))), opt);
    }
    if (p.startsWith('(') && p.endsWith(')')) {
      return alternatives(splitAlternatives(p.slice(1, -1)).map((a) => compileElems(a)), opt);
    }
    return wordsElem(new Set([p.replace(/\\(.)/g, '$1').toLowerCase()]), opt);
  }
}

/** Alternatives that are all single words become one word set (the common, fast case). */
function alternatives(alts: Elem[][], opt: boolean): Elem {
  if (alts.every((a) => a.length === 1 && a[0]!.t === 'words' && !a[0]!.opt)) {
    const words = new Set<string>();
    for (const a of alts) for (const w of (a[0] as { words: Set<string> }).words) words.add(w);
    return wordsElem(words, opt);
  }
  return elem('alts', opt, undefined, undefined, alts);
}

/** The first words of an element (for the required-word test), or null when it can match a slot or nothing. */
// (parts are shared between patterns: their first words are worked out once)
const FIRST_WORDS = new WeakMap<Elem, Set<string> | null>();
const ALL_WORDLIKE = new WeakMap<Set<string>, boolean>();

function firstWords(e: Elem): Set<string> | null {
  if (e.t === 'words') return e.words;
  if (e.t !== 'alts') return null;
  let known = FIRST_WORDS.get(e);
  if (known === undefined) FIRST_WORDS.set(e, (known = firstWordsOfAlts(e)));
  return known;
}

function firstWordsOfAlts(e: Elem & { t: 'alts' }): Set<string> | null {
  const out = new Set<string>();
  for (const a of e.alts) {
    const first = a[0];
    const ws = first && !('opt' in first && first.opt) ? firstWords(first) : null;
    if (!ws) return null;
    for (const w of ws) out.add(w);
  }
  return out;
}

/** The tokens a sequence can start with (optional elements let the next ones start it too). */
function firstOf(elems: Elem[], into: First = { words: new Set(), bits: new Uint32Array(0), slots: new Set(), any: false }): First {
  for (const e of elems) {
    if (e.t === 'start' || e.t === 'end') continue;
    if (e.t === 'gap') {
      into.any = true;
      return into;
    }
    if (e.t === 'words') for (const w of e.words) into.words.add(w);
    else if (e.t === 'slot') {
      into.slots.add(e.type);
      // (a slot for an organisation may be a pronoun written as a word: "its")
    } else for (const alt of e.alts) firstOf(alt, into);
    if (!('opt' in e) || !e.opt) return into;
  }
  into.any = true;
  return into;
}

// Whole patterns by their source: vetoes are shared by many rules of several claim types
const COMPILED = new Map<string, Pattern>();

export function compile(source: string): Pattern {
  let p = COMPILED.get(source);
  if (!p) COMPILED.set(source, (p = fromSnapshot(source) ?? compileHere(source)));
  return p;
}

/** Every source compiled so far (a test asks that each is one the build snapshots: patternSources). */
export function compiledSources(): string[] {
  return [...COMPILED.keys()];
}

/** Are all the words of the set words of the sentence's word set (not punctuation nor "'s", which are not marked)? */
function wordlike(ws: Set<string>): boolean {
  let known = ALL_WORDLIKE.get(ws);
  if (known === undefined) ALL_WORDLIKE.set(ws, (known = [...ws].every((w) => /^[\p{L}\p{N}]/u.test(w))));
  return known;
}

// Words too common to make a good gate: of the word sets a match needs, one with these is chosen last
const COMMON_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'at', 'for', 'to', 'on', 'by', 'with', 'from', 'as', 'and', 'or', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'their', 'his', 'her', 'that', 'this', 'which', 'who', 'will', 'would', 'than', 'more', 'about', 'up', 'out', 'over', 'into', 'some', 'all']);
const setCost = (ws: Set<string>): number => {
  let cost = 0;
  for (const w of ws) cost += COMMON_WORDS.has(w) ? 64 : 1;
  return cost;
};
const cheapest = (sets: Array<Set<string>>): Set<string> => sets.reduce((best, s) => (setCost(s) < setCost(best) ? s : best));

/** Every match of the pattern holds an amount (a money, count or either slot it cannot do without). */
export function needsAmount(p: Pattern): boolean {
  return (p.requiredSlots & (SLOT_BIT.MONEY | SLOT_BIT.COUNT | SLOT_BIT.Q)) !== 0;
}

/** Every match of the pattern holds a person's name (a [PERSON] slot it cannot do without). */
export function needsPerson(p: Pattern): boolean {
  return (p.requiredSlots & SLOT_BIT.PERSON) !== 0;
}

/** The word sets every match of an element needs (one word of each), through its alternatives. */
// (shared parts: worked out once)
const ELEM_REQUIRED = new WeakMap<Elem, Array<Set<string>>>();

function requiredOfElem(e: Elem): Array<Set<string>> {
  if (e.t === 'words') return !e.opt && wordlike(e.words) ? [e.words] : [];
  if (e.t !== 'alts' || e.opt) return [];
  let known = ELEM_REQUIRED.get(e);
  if (known) return known;
  known = [];
  // An alternative's match is a match of one of its choices: one word of some set each choice
  // needs, so one of the union of a set from each (the first words, and the cheapest set of each)
  const first = firstWords(e);
  if (first && wordlike(first)) known.push(first);
  const each: Array<Set<string>> = [];
  for (const alt of e.alts) {
    const sets = requiredOfSeq(alt);
    if (!sets.length) break;
    each.push(cheapest(sets));
  }
  if (each.length === e.alts.length) {
    const union = new Set<string>();
    for (const s of each) for (const w of s) union.add(w);
    if (!first || union.size !== first.size || [...union].some((w) => !first.has(w))) known.push(union);
  }
  ELEM_REQUIRED.set(e, known);
  return known;
}

function requiredOfSeq(elems: Elem[]): Array<Set<string>> {
  const out: Array<Set<string>> = [];
  for (const e of elems) for (const s of requiredOfElem(e)) out.push(s);
  return out;
}

/** The slot kinds every match of a sequence needs (bits of SLOT_BIT), through its alternatives. */
function requiredSlotsOfSeq(elems: Elem[]): number {
  let bits = 0;
  for (const e of elems) {
    if (e.t === 'slot' && !e.opt) bits |= SLOT_BIT[e.type];
    else if (e.t === 'alts' && !e.opt) {
      // (the kinds every choice needs)
      let common = -1;
      for (const alt of e.alts) common &= requiredSlotsOfSeq(alt);
      bits |= common === -1 ? 0 : common;
    }
  }
  return bits;
}

function compileNew(source: string): Pattern {
  const elems = compileElems(source);
  const required = requiredOfSeq(elems);
  // (a slot that is not optional must take a token that fits it)
  const requiredSlots = requiredSlotsOfSeq(elems);
  const requiredIds = [...new Set(required.map(setId))];
  const first = firstOf(elems);
  first.bits = bitsOf(first.words);
  return { source, elems, first, required, requiredIds, requiredSlots };
}

// Every word a pattern spells, numbered: a token's word is looked up once (its `wid`), and an
// element asks a bit by that number instead of looking the word up in its set each time
const WORD_IDS = new Map<string, number>();
/** For each word number, the required sets that hold it. */
const SETS_OF_WID: Array<number[] | undefined> = [];

function wordId(w: string): number {
  let id = WORD_IDS.get(w);
  if (id === undefined) {
    WORD_IDS.set(w, (id = WORD_IDS.size));
    SETS_OF_WID.push(undefined);
    registry++;
  }
  return id;
}

function bitsOf(words: Set<string>): Uint32Array {
  return bitsOfIds([...words].map(wordId));
}

/** The bits of these word numbers. */
function bitsOfIds(ids: number[]): Uint32Array {
  let most = -1;
  for (const id of ids) if (id > most) most = id;
  const bits = allocBits(most >= 0 ? (most >>> 5) + 1 : 0);
  for (const id of ids) bits[id >>> 5]! |= 1 << (id & 31);
  return bits;
}

// Word bits are views on shared buffers: a typed array of its own per element (thousands of them,
// most a few hundred bytes) cost start-up an allocation outside the heap each, several times
// what the element's other work costs.
const BITS_POOL = 16384;
let pool = new ArrayBuffer(0);
let poolUsed = 0;

function allocBits(length: number): Uint32Array {
  if (poolUsed + length > pool.byteLength >>> 2) {
    pool = new ArrayBuffer(Math.max(BITS_POOL, length) * 4);
    poolUsed = 0;
  }
  const bits = new Uint32Array(pool, poolUsed * 4, length);
  poolUsed += length;
  return bits;
}

function wordsElem(words: Set<string>, opt: boolean): Elem {
  return elem('words', opt, words, bitsOf(words));
}

/** Is the word numbered wid (-1: none) among the bits? */
function hasWord(bits: Uint32Array, wid: number): boolean {
  const k = wid >>> 5;
  return wid >= 0 && k < bits.length && (bits[k]! & (1 << (wid & 31))) !== 0;
}

const SLOT_BIT: Record<SlotType, number> = { ORG: 1, POSS: 2, PERSON: 4, NAME: 8, MONEY: 16, COUNT: 32, Q: 64, ORGNAME: 128 };

// Every required word set of every pattern, numbered (sets equal in their words share a number),
// and for each word the sets that hold it: a sentence marks the sets its words meet once, and each
// pattern then asks its sets' marks instead of looking its words up in the sentence again.
const SET_IDS = new Map<string, number>();
let marks = new Float64Array(256);
let setCount = 0;
/** Bumped when a set is added: marks made before it are stale. */
let registry = 0;

function setId(set: Set<string>): number {
  const key = [...set].sort().join('\u0000');
  let id = SET_IDS.get(key);
  if (id === undefined) {
    SET_IDS.set(key, (id = setCount++));
    for (const w of set) {
      const wid = wordId(w);
      const ids = SETS_OF_WID[wid];
      if (ids) ids.push(id);
      else SETS_OF_WID[wid] = [id];
    }
    if (setCount > marks.length) {
      const grown = new Float64Array(marks.length * 2);
      grown.set(marks);
      marks = grown;
    }
    registry++;
  }
  return id;
}

/** The sentence the marks are for (with the registry they were made under), and its mark. */
let markedView: TokenView | null = null;
let markedRegistry = -1;
let mark = 0;
let markedSlots = 0;

function markSentence(view: TokenView): void {
  if (markedView === view && markedRegistry === registry) return;
  const { toks } = view;
  // (the words' numbers, read again when patterns compiled since brought new words)
  if (view.vocab !== registry) {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      t.wid = t.lower ? WORD_IDS.get(t.lower) ?? -1 : -1;
    }
    view.vocab = registry;
  }
  mark++;
  let slots = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // (a pronoun that is an organisation is also its word: "its")
    if (t.wid >= 0 && (t.kind === 'word' || t.kind === 'org')) {
      const ids = SETS_OF_WID[t.wid];
      if (ids) for (let k = 0; k < ids.length; k++) marks[ids[k]!] = mark;
    }
    switch (t.kind) {
      case 'org':
        slots |= SLOT_BIT.ORG | SLOT_BIT.NAME | (t.actor?.possessive ? SLOT_BIT.POSS : 0) | (t.actor?.via === 'name' ? SLOT_BIT.ORGNAME : 0);
        break;
      case 'person':
        slots |= SLOT_BIT.PERSON | SLOT_BIT.NAME;
        break;
      case 'name':
        slots |= SLOT_BIT.NAME;
        break;
      case 'qty':
        slots |= SLOT_BIT.Q | (t.q!.kind === 'money' ? SLOT_BIT.MONEY : t.q!.kind === 'count' ? SLOT_BIT.COUNT : 0);
        break;
    }
  }
  markedSlots = slots;
  markedView = view;
  markedRegistry = registry;
}

function slotFits(type: SlotType, tok: Tok): boolean {
  switch (type) {
    case 'ORG':
      return tok.kind === 'org';
    case 'ORGNAME':
      return tok.kind === 'org' && tok.actor?.via === 'name';
    case 'POSS':
      return tok.kind === 'org' && !!tok.actor?.possessive;
    case 'PERSON':
      return tok.kind === 'person';
    case 'NAME':
      return tok.kind === 'name' || tok.kind === 'person' || tok.kind === 'org';
    case 'MONEY':
      return tok.kind === 'qty' && tok.q!.kind === 'money';
    case 'COUNT':
      return tok.kind === 'qty' && tok.q!.kind === 'count';
    case 'Q':
      return tok.kind === 'qty';
  }
}

/**
 * Match elems[ei..] at toks[ti..]; calls done(end) for each way to match, stopping at the first
 * that returns true (the first-found match is the one kept).
 */
/** What remains to match after an alternative: the rest of the enclosing sequence (a linked list). */
interface Rest {
  elems: Elem[];
  ei: number;
  next: Rest | null;
}

function run(elems: Elem[], ei: number, toks: Tok[], ti: number, slots: Record<string, Tok>, done: (end: number) => boolean, rest: Rest | null = null): boolean {
  if (ei === elems.length) return rest ? run(rest.elems, rest.ei, toks, ti, slots, done, rest.next) : done(ti);
  // a short aside may be stepped over: "3,000 jobs - out of a workforce of 6,500 - could be lost"
  const aside = toks[ti]?.asideEnd;
  if (aside !== undefined && ei > 0 && run(elems, ei, toks, aside, slots, done, rest)) return true;
  const e = elems[ei]!;
  // (the gap and slot cases in functions of their own: V8 optimises no function of more than
  // 1,000 bytes of bytecode in a batch (BATCH_V8_FLAGS), and the matcher is among the hottest)
  switch (e.t) {
    case 'gap':
      return runGap(e, elems, ei, toks, ti, slots, done, rest);
    case 'start': {
      const prev = toks[ti - 1];
      return (!prev || (prev.kind === 'punct' && START_PUNCT.has(prev.lower))) && run(elems, ei + 1, toks, ti, slots, done, rest);
    }
    case 'end': {
      // (the end is not consumed: "…left. " leaves the full stop to the next element)
      const t = toks[ti];
      return (!t || (t.kind === 'punct' && END_PUNCT.has(t.lower))) && run(elems, ei + 1, toks, ti, slots, done, rest);
    }
    case 'words': {
      const t = toks[ti];
      if (t && hasWord(e.bits, t.wid) && run(elems, ei + 1, toks, ti + 1, slots, done, rest)) return true;
      return e.opt && run(elems, ei + 1, toks, ti, slots, done, rest);
    }
    case 'slot':
      return runSlot(e, elems, ei, toks, ti, slots, done, rest);
    case 'alts': {
      const after: Rest = { elems, ei: ei + 1, next: rest };
      for (const alt of e.alts) {
        if (run(alt, 0, toks, ti, slots, done, after)) return true;
      }
      return e.opt && run(elems, ei + 1, toks, ti, slots, done, rest);
    }
  }
}

/** run() at a gap. */
function runGap(e: Elem & { t: 'gap' }, elems: Elem[], ei: number, toks: Tok[], ti: number, slots: Record<string, Tok>, done: (end: number) => boolean, rest: Rest | null): boolean {
  // a gap never runs over a clause break
  for (let n = 0; n <= e.max; n++) {
    if (n >= e.min && run(elems, ei + 1, toks, ti + n, slots, done, rest)) return true;
    const t = toks[ti + n];
    // (a word-only gap steps over an abbreviation or a term that is no party — "secured by SME lending platform iwoca" —
    // and over a place that modifies the word after it — "3.6 million UK customers" — not over a product or a person, nor
    // a place standing alone)
    if (!t || t.brk || (e.wordsOnly && t.kind !== 'word' && t.kind !== 'punct' && !(t.kind === 'org' && t.lower) && !(t.kind === 'name' && (t.name?.kind === 'other' || (t.name?.kind === 'place' && toks[ti + n + 1]?.kind === 'word' && /^[a-z]/.test(toks[ti + n + 1]!.lower)))))) return false;
  }
  return false;
}

/** run() at a slot. */
function runSlot(e: Elem & { t: 'slot' }, elems: Elem[], ei: number, toks: Tok[], ti: number, slots: Record<string, Tok>, done: (end: number) => boolean, rest: Rest | null): boolean {
  const t = toks[ti];
  if (t && slotFits(e.type, t)) {
    // "Meta's": the possessive's "'s" goes with the slot
    const next = e.type === 'POSS' && toks[ti + 1]?.lower === "'s" ? ti + 2 : ti + 1;
    const had = e.name ? slots[e.name] : undefined;
    if (e.name) slots[e.name] = t;
    if (run(elems, ei + 1, toks, next, slots, done, rest)) return true;
    if (e.name) {
      if (had) slots[e.name] = had;
      else delete slots[e.name];
    }
  }
  return e.opt && run(elems, ei + 1, toks, ti, slots, done, rest);
}

/** Could the sentence hold a match at all? (one word of each required set) */
export function mayMatch(p: Pattern, view: TokenView): boolean {
  markSentence(view);
  if ((p.requiredSlots & markedSlots) !== p.requiredSlots) return false;
  const ids = p.requiredIds;
  for (let k = 0; k < ids.length; k++) if (marks[ids[k]!] !== mark) return false;
  return true;
}

/** Every match of the pattern, left to right, not overlapping. */
export function matchAll(p: Pattern, view: TokenView): Match[] {
  if (!mayMatch(p, view)) return [];
  if (p.first === NOT_YET) decode(p);
  const out: Match[] = [];
  const { toks } = view;
  const { first } = p;
  for (let i = 0; i < toks.length; i++) {
    // (most positions fail on the first token: test it before setting up a match)
    if (!first.any) {
      const t = toks[i]!;
      const wordOk = hasWord(first.bits, t.wid);
      let slotOk = false;
      if (!wordOk && first.slots.size) for (const st of first.slots) if (slotFits(st, t)) slotOk = true;
      if (!wordOk && !slotOk) continue;
    }
    const slots: Record<string, Tok> = {};
    let end = -1;
    run(p.elems, 0, toks, i, slots, (e) => {
      // a match takes at least one token
      if (e === i) return false;
      end = e;
      return true;
    });
    if (end > i) {
      out.push({ start: i, end, slots: { ...slots } });
      i = end - 1;
    }
  }
  return out;
}

// ---- compiled patterns, snapshotted at build time -------------------------------------------
//
// Compiling the rules' patterns (lemma forms, word sets, their numbers) cost a cold run of one
// article some 45 ms of JavaScript that runs once and never warms up. The build compiles every
// pattern the rules spell (scripts/build-patterns.mjs) and writes the compiled form beside this
// module, as lines of text: the words in the order of their numbers, the required sets, every
// element once (elements shared between patterns stay shared), and each pattern's source and
// code. A run reads it at its first compile and numbers the words as the build did; a pattern
// takes its required sets at once (the sentence gate asks them of every rule) and decodes its
// elements only when a sentence first gets past that gate. A source the snapshot lacks (running
// from src, a rule edited since the build) is compiled as before, its new words numbered after
// the snapshot's.
//
//   newsfacts patterns 2
//   raise raises raised …                      the words, by number
//   0,1,2,3 4,5 …                              the required sets' words, by the sets' number
//   w 0 5,6,7                                  an element a line: words (optional?, numbers),
//   a 1 3,4|9                                    alternatives (elements of each), s 0 COUNT value:
//   g 0 3 1                                      a slot, a gap (min, max, words only), $ and ^
//   <source>                                   then two lines a pattern: its source, and its
//   12,13,14 5,6 ORG 0 2,7 1                     elements, first words, first slots, any, required sets, required slots

const SNAPSHOT_HEADER = 'newsfacts patterns 2';
// The file is ASCII, read one byte a character: a character that is not ("–", "·") is written
// as ESCAPE and its code in four hex digits, in the words' line and the sources, the only lines
// that may hold one (a few words and sources had made V8 decode and hold the whole 270 KB file
// two bytes a character).
const ESCAPE = '\u0001';
const ESCAPED = /\u0001([0-9a-f]{4})/g;
const unescaped = (line: string): string => (line.includes(ESCAPE) ? line.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : line);
const SNAPSHOT_LOCATIONS = ['./patterns.txt', './structure/patterns.txt'];
const NONE = '-';

interface Snapshot {
  lines: string[];
  words: string[];
  /** Each set's word numbers. */
  sets: string[];
  /** The line of each element. */
  elemsAt: number;
  decoded: Array<Elem | undefined>;
  /** The line of each pattern's code, by its source. */
  patterns: Map<string, number>;
  /** The sets' words, for numbering sets compiled later (filled when first needed). */
  setKeysPending: boolean;
}

let snapshot: Snapshot | null = null;
let snapshotLooked = false;

/** Patterns from the snapshot whose elements are not decoded yet, and the line of their code. */
const PENDING = new WeakMap<Pattern, number>();

const ids = (field: string): number[] => (field === NONE ? [] : field.split(',').map(Number));

function wordsOfIds(list: number[]): Set<string> {
  const { words } = snapshot!;
  const out = new Set<string>();
  for (const id of list) out.add(words[id]!);
  return out;
}

/** Take a snapshot's words, sets and patterns (only before anything was compiled). */
export function usePatternSnapshot(text: string): void {
  if (WORD_IDS.size || setCount) throw new Error('pattern snapshot: patterns were compiled before it was read');
  const lines = text.split('\n');
  if (lines[0] !== SNAPSHOT_HEADER) return;
  const words = unescaped(lines[1]!).split(' ');
  for (let i = 0; i < words.length; i++) {
    WORD_IDS.set(words[i]!, i);
    SETS_OF_WID.push(undefined);
  }
  const sets = lines[2]!.split(' ');
  for (const set of sets) {
    const id = setCount++;
    for (const wid of ids(set)) {
      const of = SETS_OF_WID[wid];
      if (of) of.push(id);
      else SETS_OF_WID[wid] = [id];
    }
  }
  let size = marks.length;
  while (setCount > size) size *= 2;
  if (size > marks.length) marks = new Float64Array(size);
  registry++;
  const elemCount = Number(lines[3]);
  const patterns = new Map<string, number>();
  for (let at = 4 + elemCount; at + 1 < lines.length; at += 2) patterns.set(unescaped(lines[at]!), at + 1);
  snapshot = { lines, words, sets, elemsAt: 4, decoded: [], patterns, setKeysPending: true };
}

function readPatternSnapshot(): void {
  snapshotLooked = true;
  // (a compile before the snapshot was looked for has numbered words of its own)
  if (WORD_IDS.size || setCount) return;
  const text = readFirstBuilt(SNAPSHOT_LOCATIONS, import.meta.url, 'latin1');
  if (text !== null) usePatternSnapshot(text);
}

/** The snapshot's sets by their words, before a pattern compiled here numbers its sets (setId). */
function fillSetKeys(): void {
  const snap = snapshot!;
  snap.setKeysPending = false;
  let id = 0;
  for (const set of snap.sets) SET_IDS.set(ids(set).map((wid) => snap.words[wid]!).sort().join('\u0000'), id++);
}

function decodeElem(i: number): Elem {
  const snap = snapshot!;
  let e = snap.decoded[i];
  if (e) return e;
  const f = snap.lines[snap.elemsAt + i]!.split(' ');
  const opt = f[1] === '1';
  switch (f[0]) {
    case 'w': {
      const list = ids(f[2]!);
      e = elem('words', opt, wordsOfIds(list), bitsOfIds(list));
      break;
    }
    case 'a':
      e = elem('alts', opt, undefined, undefined, f[2]!.split('|').map((alt) => ids(alt).map(decodeElem)));
      break;
    case 's':
      e = elem('slot', opt, undefined, undefined, undefined, f[2] as SlotType, f[3]);
      break;
    case 'g':
      e = elem('gap', false, undefined, undefined, undefined, undefined, undefined, Number(f[1]), Number(f[2]), f[3] === '1');
      break;
    case '$':
      e = elem('end', false);
      break;
    default:
      e = elem('start', false);
      break;
  }
  snap.decoded[i] = e;
  return e;
}

const NOT_YET: First = { words: new Set(), bits: new Uint32Array(0), slots: new Set(), any: false };

/** The pattern as the snapshot has it, its elements left for decode(), or null. */
function fromSnapshot(source: string): Pattern | null {
  if (!snapshotLooked) readPatternSnapshot();
  const at = snapshot?.patterns.get(source);
  if (at === undefined) return null;
  const f = snapshot!.lines[at]!.split(' ');
  const requiredSets = ids(f[4]!);
  const p: Pattern = {
    source,
    elems: [],
    first: NOT_YET,
    required: requiredSets.map(setOfId),
    requiredIds: [...new Set(requiredSets)],
    requiredSlots: Number(f[5]),
  };
  PENDING.set(p, at);
  return p;
}

const SET_OF_ID: Array<Set<string>> = [];
/** A snapshot set's words (a pattern's `required`). */
function setOfId(id: number): Set<string> {
  let set = SET_OF_ID[id];
  if (!set) {
    SET_OF_ID[id] = set = wordsOfIds(ids(snapshot!.sets[id]!));
  }
  return set;
}

/** A snapshot pattern's elements and first tokens, decoded when a sentence first may match it. */
function decode(p: Pattern): void {
  const at = PENDING.get(p);
  if (at === undefined) return;
  PENDING.delete(p);
  const f = snapshot!.lines[at]!.split(' ');
  const first = ids(f[1]!);
  p.elems = ids(f[0]!).map(decodeElem);
  p.first = { words: wordsOfIds(first), bits: bitsOfIds(first), slots: new Set(f[2] === NONE ? [] : (f[2]!.split(',') as SlotType[])), any: f[3] === '1' };
}

/** The pattern with everything decoded (for comparing a snapshot's patterns with ones compiled here). */
export function decoded(p: Pattern): Pattern {
  decode(p);
  return p;
}

/** Compile a source here, ignoring the snapshot and the compiled patterns (for the same comparison). */
export function compileHere(source: string): Pattern {
  if (snapshot?.setKeysPending) fillSetKeys();
  return compileNew(source);
}

/** The compiled form of every pattern compiled so far, as the snapshot file's text (the build's). */
export function patternSnapshot(): string {
  const elems: string[] = [];
  const index = new Map<Elem, number>();
  const wid = (w: string) => WORD_IDS.get(w)!;
  const list = (xs: Array<number | string>) => (xs.length ? xs.join(',') : NONE);
  const bit = (b: boolean) => (b ? '1' : '0');
  const encode = (e: Elem): number => {
    let i = index.get(e);
    if (i !== undefined) return i;
    let line: string;
    switch (e.t) {
      case 'words':
        line = `w ${bit(e.opt)} ${list([...e.words].map(wid))}`;
        break;
      case 'alts':
        line = `a ${bit(e.opt)} ${e.alts.map((alt) => list(alt.map(encode))).join('|')}`;
        break;
      case 'slot':
        line = `s ${bit(e.opt)} ${e.type}${e.name === undefined ? '' : ` ${e.name}`}`;
        break;
      case 'gap':
        line = `g ${e.min} ${e.max} ${bit(e.wordsOnly)}`;
        break;
      case 'end':
        line = '$';
        break;
      case 'start':
        line = '^';
        break;
    }
    index.set(e, (i = elems.length));
    elems.push(line);
    return i;
  };
  const patterns: string[] = [];
  for (const p of COMPILED.values()) {
    decode(p);
    if (/[\n\r]/.test(p.source)) throw new Error(`pattern snapshot: a source on more than one line: ${p.source}`);
    const code = [list(p.elems.map(encode)), list([...p.first.words].map(wid)), list([...p.first.slots]), bit(p.first.any), list(p.required.map(setId)), String(p.requiredSlots)];
    patterns.push(p.source, code.join(' '));
  }
  const words = [...WORD_IDS.keys()];
  for (const w of words) if (/\s/.test(w) || w === '') throw new Error(`pattern snapshot: a word with a space: "${w}"`);
  const sets: string[] = [];
  for (const [key, id] of SET_IDS) sets[id] = list(key.split('\u0000').map(wid));
  const escape = (line: string): string => {
    if (line.includes(ESCAPE)) throw new Error(`pattern snapshot: a line holds the escape character: ${line}`);
    return line.replace(/[^\x00-\x7f]/g, (c) => ESCAPE + c.charCodeAt(0).toString(16).padStart(4, '0'));
  };
  for (const line of [...sets, ...elems]) if (/[^\x00-\x7f]/.test(line)) throw new Error(`pattern snapshot: a line of codes that is not ASCII: ${line}`);
  for (let i = 0; i < patterns.length; i += 2) {
    patterns[i] = escape(patterns[i]!);
    if (/[^\x00-\x7f]/.test(patterns[i + 1]!)) throw new Error(`pattern snapshot: a line of codes that is not ASCII: ${patterns[i + 1]}`);
  }
  return [SNAPSHOT_HEADER, escape(words.join(' ')), sets.join(' '), String(elems.length), ...elems, ...patterns].join('\n') + '\n';
}
