import type { SentenceView } from '../claims/extractor.js';
import type { Actor } from '../entities/coreference.js';
import type { NameMention } from '../entities/organizations.js';
import type { Quantity } from '../values/index.js';
import { INTENSIFIER_WORDS } from '../values/qualifiers.js';
import { isDictionaryWord } from '../entities/dictionary.js';

/**
 * A candidate sentence read once into tokens that the claim rules match: words (lower case),
 * punctuation, and slots — an amount, an organisation the sentence names or refers to ("Meta",
 * "the startup", "its"), a person, another name. An amount's counted noun stays a word after
 * its slot ("approximately 690 | jobs"), so a rule can say what is counted; the claim keeps
 * the whole amount. Clause breaks (";", brackets, a spaced dash, "but", "while"…) are marked,
 * and no gap in a rule crosses one.
 */

export type TokKind = 'word' | 'punct' | 'qty' | 'org' | 'person' | 'name';

export interface Tok {
  kind: TokKind;
  /** Absolute offsets of what the token stands for. */
  start: number;
  end: number;
  /** Lower-cased text of a word or punctuation, or of a pronoun that is an organisation ("its"); '' for other slots. */
  lower: string;
  /** The number of `lower` among the words patterns spell (src/structure/pattern.ts), -1 when none; set by the matcher. */
  wid: number;
  q?: Quantity;
  actor?: Actor;
  name?: NameMention;
  /** The token ends a clause: a rule's gap never runs over it. */
  brk: boolean;
  /**
   * On the opening bracket or dash of a short aside ("3,000 jobs - out of a total workforce of
   * 6,500 - could be lost", "(YoY)"): the index after its close. A rule may step over the aside.
   */
  asideEnd?: number;
}

export interface TokenView {
  toks: Tok[];
  /** Every word of the sentence (lower case), for a rule's quick "has it any of my words?" test. */
  words: Set<string>;
  /** The pattern vocabulary the tokens' `wid`s were read under (-1: not yet). */
  vocab: number;
}

/**
 * A token, every kind with the same fields in the same order (V8 gives them one hidden class: the
 * matcher's property reads stay monomorphic, and its optimised code is not thrown away each time a
 * token of another kind or a marked aside comes by).
 */
function newTok(kind: TokKind, start: number, end: number, lower: string, brk: boolean, q: Quantity | undefined, actor: Actor | undefined, name: NameMention | undefined): Tok {
  return { kind, start, end, lower, wid: -1, q, actor, name, brk, asideEnd: undefined };
}

const BREAK_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though', 'however']);
const BREAK_PUNCT = new Set([';', '(', ')', '[', ']', ':']);

// (an em dash is no word's part: "9,100 roles—about 4% of its workforce—set to go" has a clause between dashes)
const isUpper = (c: number) => c >= 65 && c <= 90;
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && c !== 0x2014 && c !== 0x2015);

/** The tokens of a sentence, made once and kept on its view. */
export function tokensOf(view: SentenceView): TokenView {
  const memo = view.memo as { tokens?: TokenView };
  return (memo.tokens ??= tokenize(view));
}

interface Slot {
  start: number;
  end: number;
  tok: Tok;
  /** A counted noun inside an amount's span, left as words: where it starts. */
  nounAt?: number;
}

const NUMBER_WORD = /^(?:\d[\d,.]*[a-z]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|dozen|dozens|lakh|lakhs|crore|crores|half|score|scores|several|few|many)$/i;

/** Where the number of an amount's text ends ("about 4,800 employees" → after "4,800"; "three-man" → after "three"). */
function numberEnd(text: string): number {
  let last = 0;
  for (const m of text.matchAll(/[^\s-]+/g)) {
    if (NUMBER_WORD.test(m[0].replace(/[.,]$/, '').replace(/^[~≈<>+$€£¥]+/, ''))) last = m.index + m[0].length;
  }
  return last || text.length;
}

function slotsOf(view: SentenceView): Slot[] {
  const slots: Slot[] = [];
  // (an amount's counted words stay open to names: "10,000 Nvidia H800 GPUs" keeps Nvidia a slot)
  const taken = (s: number, e: number) => slots.some((x) => s < (x.nounAt ?? x.end) && x.start < e);
  for (const q of view.quantities) {
    // the counted noun ("jobs", "equity derivatives specialists") stays as words
    const nounAt = q.kind === 'count' && q.noun ? numberEnd(q.text) : q.text.length;
    const end = q.start + nounAt;
    // ("employs a record 4,500 people": the intensifier before an amount goes into its slot, read past by every rule)
    slots.push({ start: q.start, end: q.end, nounAt: end < q.end ? end : undefined, tok: newTok('qty', q.start, q.end, '', false, q, undefined, undefined) });
  }
  for (const a of view.actors) {
    if (taken(a.start, a.end)) continue;
    // ("its", "their": a pronoun is also the word it is, for rules that spell it: "reduce its workforce")
    const lower = a.via === 'anaphor' && !a.text.includes(' ') ? a.text.toLowerCase() : '';
    slots.push({ start: a.start, end: a.end, tok: newTok('org', a.start, a.end, lower, false, undefined, a, undefined) });
  }
  for (const n of view.names) {
    if (taken(n.start, n.end)) continue;
    // ("applications for Voluntary Retirement Scheme (VRS)": a title-cased run of ordinary words that names nothing the article
    // types is read as its words, for rules that spell them)
    if (n.kind === 'other' && COMMON_TITLE.test(n.surface) && n.surface.split(' ').every((w) => isDictionaryWord(w.toLowerCase()))) continue;
    const kind: TokKind = n.kind === 'person' ? 'person' : 'name';
    slots.push({ start: n.start, end: n.end, tok: newTok(kind, n.start, n.end, '', false, undefined, undefined, n) });
  }
  return slots.sort((a, b) => a.start - b.start);
}

// Two or more title-cased words, nothing else
const COMMON_TITLE = /^[A-Z][a-z]+(?: [A-Z][a-z]+)+$/;

// A quoted run of one to three words, with no punctuation of its own
const SCARE_QUOTED = /^"[\w'’-]+(?: [\w'’-]+){0,2}"/;
const SCARE_CLOSE = /"[\w'’-]+(?: [\w'’-]+){0,2}"$/;

/** The double quote at `k` opens or closes scare quotes ('a "lifestyle" bonus'). */
function scareQuoted(text: string, k: number, to: number): boolean {
  return SCARE_QUOTED.test(text.slice(k, Math.min(to, k + 40))) || SCARE_CLOSE.test(text.slice(Math.max(0, k - 40), k + 1));
}

function tokenize(view: SentenceView): TokenView {
  const { text } = view;
  const toks: Tok[] = [];
  const words = new Set<string>();
  const slots = slotsOf(view);
  let si = 0;
  let i = view.sentence.start;
  const end = view.sentence.end;
  const pushText = (from: number, to: number) => {
    let k = from;
    while (k < to) {
      const c = text.charCodeAt(k);
      // (an asterisk is Markdown's emphasis or a footnote mark: "eliminating **4,000 support roles**")
      if (c === 32 || c === 10 || c === 42) {
        k++;
        continue;
      }
      if (isWordChar(c)) {
        let j = k + 1;
        // words keep inner dots, hyphens and apostrophes ("co-founder", "U.S.", "don't"), not a final "'s"
        while (j < to) {
          const d = text.charCodeAt(j);
          if (isWordChar(d)) j++;
          else if ((d === 45 || d === 46 || d === 39) && j + 1 < to && isWordChar(text.charCodeAt(j + 1)) && !(d === 39 && (text[j + 1] === 's' || text[j + 1] === 'S') && !isWordChar(text.charCodeAt(j + 2)))) j++;
          // "R&D", "M&A": an ampersand between capitals, unspaced, is inside one word
          else if (d === 38 && j + 1 < to && isUpper(text.charCodeAt(j - 1)) && isUpper(text.charCodeAt(j + 1))) j++;
          else break;
        }
        const lower = text.slice(k, j).toLowerCase();
        words.add(lower);
        toks.push(newTok('word', k, j, lower, BREAK_WORDS.has(lower), undefined, undefined, undefined));
        k = j;
        continue;
      }
      // "'s" after a word or a name
      if (c === 39 && (text[k + 1] === 's' || text[k + 1] === 'S') && !isWordChar(text.charCodeAt(k + 2))) {
        toks.push(newTok('punct', k, k + 2, "'s", false, undefined, undefined, undefined));
        k += 2;
        continue;
      }
      // ('a $20,000 "lifestyle" bonus', 'its "AI-first" staff'): quotes around a word or three are no words of the sentence
      if (c === 34 && scareQuoted(text, k, to)) {
        k++;
        continue;
      }
      const ch = text[k]!;
      // " - ", " -- ": a dash between spaces breaks a clause; a hyphen inside "30,000-strong" does not
      // (an em dash left glued between words by normalizeForMatching reads as one: "Lambda—a startup")
      const spacedDash = (ch === '-' && (text[k - 1] === ' ' || text[k + 1] === ' ')) || ch === '\u2014';
      toks.push(newTok('punct', k, k + 1, ch === '\u2014' ? '-' : ch, BREAK_PUNCT.has(ch) || spacedDash, undefined, undefined, undefined));
      k++;
    }
  };
  while (i < end) {
    const slot = slots[si];
    if (!slot || slot.start >= end) {
      pushText(i, end);
      break;
    }
    if (slot.start > i) pushText(i, slot.start);
    si++;
    if (slot.nounAt !== undefined) {
      // the counted words follow as words, and names among them as slots ("10,000 | Nvidia | H800 GPUs")
      const t = slot.tok;
      toks.push(newTok(t.kind, t.start, slot.nounAt, t.lower, t.brk, t.q, t.actor, t.name));
      i = slot.nounAt;
    } else {
      toks.push(slot.tok);
      // ("its" is also a word: a rule that spells it needs it in the word set it is woken by)
      if (slot.tok.lower) words.add(slot.tok.lower);
      i = Math.max(i, slot.end);
    }
  }
  const kept = dropIntensifiers(toks);
  markAsides(kept);
  return { toks: kept, words, vocab: -1 };
}

// "exceeding a remarkable $10 million", "employs a record 4,500 people": words that only marvel at an amount
const INTENSIFIERS = new Set(INTENSIFIER_WORDS);

/** The words of the sentence without an intensifier (and its article) right before an amount. */
function dropIntensifiers(toks: Tok[]): Tok[] {
  let out: Tok[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === 'word' && INTENSIFIERS.has(t.lower) && toks[i + 1]?.kind === 'qty') {
      out ??= toks.slice(0, i);
      // (and the article before it: "a whopping $2bn" reads "$2bn")
      if (out.length && /^(?:a|an)$/.test(out[out.length - 1]!.lower)) out.pop();
      continue;
    }
    out?.push(t);
  }
  return out ?? toks;
}

/** Longest aside a rule steps over, in tokens. */
const MAX_ASIDE = 14;

/** Mark short bracketed or dash-enclosed asides on their opening token. */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'its', 'their']);
const OBJECT_BEFORE = new Set(['with', 'from', 'to', 'by', 'of', 'for', 'in', 'at', 'on', 'including', 'like', 'as', 'than', 'and', 'or', 'between', 'against', 'into', 'over']);
const NOT_IN_APPOSITION = new Set(['which', 'who', 'that', 'and', 'or', 'said', 'says', 'told']);
/** The comma that closes a description opened at the comma `i` (an article or a possessive first, no amount, at most ten tokens), or -1. */
function appositionClose(toks: Tok[], i: number): number {
  const first = toks[i + 1]!;
  const possessive = (first.kind === 'name' || first.kind === 'org') && toks[i + 2]?.lower === "'s";
  // (or a description the article refers by: "Qantas, the national airline, expects…")
  const described = first.kind === 'org' && first.actor?.via === 'anaphor' && first.lower === '';
  if (!APPOSITION_OPENERS.has(first.lower) && !possessive && !described) return -1;
  for (let k = i + 2; k < toks.length && k <= i + 11; k++) {
    const u = toks[k]!;
    if (u.lower === ',') {
      const next = toks[k + 1];
      return next && next.kind === 'word' && !APPOSITION_OPENERS.has(next.lower) && next.lower !== 'and' ? k : -1;
    }
    if (u.brk || u.kind === 'qty' || u.kind === 'person' || NOT_IN_APPOSITION.has(u.lower)) return -1;
  }
  return -1;
}

// A linking adverb between commas after a name, before its verb: "Royal Mail, meanwhile, has…", "Orrin, for its part, said…"
const LINKING = new Set(['meanwhile', 'however', 'too', 'also', 'though', 'instead', 'likewise', 'similarly', 'separately', 'alone', 'nevertheless', 'moreover', 'meantime', 'for its part', 'for their part', 'in turn', 'for example', 'for instance', 'by contrast', 'in contrast', 'in particular', 'in the meantime', 'on the other hand']);
/** The comma that closes a linking adverb opened at the comma `i` ("X, meanwhile, has…"), or -1. */
function linkingClose(toks: Tok[], i: number): number {
  let words = '';
  for (let k = i + 1; k < toks.length && k <= i + 5; k++) {
    const u = toks[k]!;
    if (u.lower === ',') return LINKING.has(words) && toks[k + 1]?.kind === 'word' ? k : -1;
    if (u.kind !== 'word') return -1;
    words = words ? `${words} ${u.lower}` : u.lower;
  }
  return -1;
}

function markAsides(toks: Tok[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // "Dana Roe, 24, a …": a person's age between commas
    // (no read past either end of the array: V8's optimised code assumes reads inside it)
    if (t.lower === ',' && i > 0 && toks[i - 1]!.kind === 'person' && i + 2 < toks.length && toks[i + 2]!.lower === ',') {
      const q = toks[i + 1]!.q;
      if (q && q.kind === 'count' && !q.unit && q.amount !== null && q.amount >= 16 && q.amount <= 99 && /^\d\d$/.test(q.text)) t.asideEnd = i + 3;
      continue;
    }
    // "Qantas, Australia’s flag carrier, expects to create 8,500 new roles": a description of a named company between commas,
    // opened by an article or a possessive, before the company's own verb
    // (not a name a preposition or a list takes: "partnering with Khazna, a UAE-based developer…", "firms including Goldman Sachs, the
    // fifth-biggest bank, are cutting")
    if (t.lower === ',' && i > 0 && toks[i - 1]!.kind === 'org' && toks[i - 1]!.actor?.via === 'name' && !toks[i - 1]!.actor!.possessive && i + 1 < toks.length && !OBJECT_BEFORE.has(toks[i - 2]?.lower ?? '')) {
      const close = Math.max(appositionClose(toks, i), linkingClose(toks, i));
      if (close > 0) t.asideEnd = close + 1;
      continue;
    }
    // ("360 people, or 5% of its then-workforce, were laid off": a share the count comes to, between commas after it)
    if (t.lower === ',' && i > 0 && i + 2 < toks.length && toks[i + 1]!.lower === 'or' && (toks[i + 2]!.kind === 'qty' || /^\d/.test(toks[i + 2]!.lower)) && (toks[i - 1]!.kind === 'qty' || toks[i - 1]!.kind === 'word')) {
      for (let k = i + 3; k < toks.length && k <= i + 12; k++) {
        const u = toks[k]!;
        if (u.lower === ',') {
          if (toks[k + 1]?.kind === 'word') t.asideEnd = k + 1;
          break;
        }
        // (a pronoun of the company is no name: "of its workforce")
        if (u.brk || (u.kind === 'org' && !u.lower) || u.kind === 'person') break;
      }
      continue;
    }
    const close = t.lower === '(' ? ')' : t.lower === '-' && t.brk ? '-' : null;
    if (!close) continue;
    for (let k = i + 1; k < toks.length && k <= i + MAX_ASIDE; k++) {
      const u = toks[k]!;
      if (u.lower === close && (close === ')' || u.brk)) {
        t.asideEnd = k + 1;
        break;
      }
      // (an aside holds no clause of its own)
      if (u.brk && u.lower !== ',') break;
    }
  }
}
