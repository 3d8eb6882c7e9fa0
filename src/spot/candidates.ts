import type { Extractor } from '../claims/extractor.js';
import { BEYOND_PLAIN } from '../text/normalize.js';
import { testTree } from '../text/regex-tree.js';
import type { Sentence } from '../text/sentences.js';

/**
 * The cheap pass: a sentence can hold a claim only if it has a number or a magnitude word, or
 * the words an extractor needs for a claim without an amount. Only candidates go on to quantity
 * reading and the extractors. The words come from the extractors themselves (`Extractor.cue`:
 * each rule set's required words, each hand-written extractor's verbs), so a rule or a verb added
 * there reaches the sentences it was written for; the hand list below keeps the cues of the
 * passages that name no verb of their own (a past post said of a person, a pay list, a share of the staff).
 */

// "$12 billion", "140", "seven-figure", "a dozen", "hundreds of", "millions": a digit, or one of these as a word
const AMOUNT_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|dozen|dozens|handful|half|figure|multi-(?:million|billion)';
// Claims that need no amount: "recruiting from Meta", "cloud deal with Google", "leaving Meta". Each phrase is met where a
// word starts with it ("recruit" in "recruitment").
const TRIGGER_PHRASES = 'hir(?:e|es|ed|ing)|recruit|poach|pluck|lur(?:e|ed|ing)|join|joins|joined|joining|defect|brought on|talent|cloud|gpus?|tpus?|compute|computing|chips?|data[ -]?cent(?:er|re)s?|azure|aws|web services|supercomputer|power purchase|electricity|nuclear|rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|infrastructure|capacity|hosting|offers|customers|clients|tenants|leav(?:e|es|ing)|left|depart|exit|quit|resign|exodus|walk(?:s|ed|ing)? (?:out|away)|step(?:s|ped|ping)? down|ousts?|ousted|appoint(?:s|ed|ing|ment)?|nam(?:es|ed|ing)|mov(?:e|es|ed|ing) (?:from|to|over)|woo(?:s|ed|ing)?|(?:came|comes) from|tapped|snag(?:s|ged)?|brought in|bring(?:s|ing)? (?:in|on)|sign(?:s|ed|ing)? on|land(?:s|ed)|team (?:now |also )?includ|previously|formerly|worked (?:at|for)|(?:years|decades) (?:at|with)|gone to|alumni|fired|sack(?:s|ed)?|dismiss(?:es|ed)?|part(?:s|ed|ing)? (?:ways|company)|los(?:e|es|ing)|lost|valu(?:ed|ation)|raised|funding|workforce|headcount|layoffs?|laid off|lay(?:s|ing)? off|redundan|job cuts|(?:a|one) (?:third|quarter|fifth|tenth) of';

/**
 * The phrases an alternation of letters spells: "(?:…|…)" groups, "[ -]" classes of single characters and "?" after
 * either or after a letter ("hir(?:e|ing)" → "hire", "hiring").
 */
export function phrasesOf(src: string): string[] {
  let i = 0;
  const alt = (): string[] => {
    const out = seq();
    while (src[i] === '|') {
      i++;
      out.push(...seq());
    }
    return out;
  };
  const seq = (): string[] => {
    let acc = [''];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let atom: string[];
      if (src.startsWith('(?:', i)) {
        i += 3;
        atom = alt();
        i++;
      } else if (src[i] === '[') {
        const j = src.indexOf(']', i);
        atom = [...src.slice(i + 1, j)];
        i = j + 1;
      } else atom = [src[i++]!];
      if (src[i] === '?') {
        i++;
        atom = [...atom, ''];
      }
      acc = acc.flatMap((a) => atom.map((b) => a + b));
    }
    return acc;
  };
  return alt();
}

/**
 * One expression for a list of phrases as a tree of their letters, one branch a first letter ("hire", "hiring" →
 * "hir(?:e|ing)"): the same phrases, each tried only where its first letters are met. The runs of up to 200 files interpret
 * their expressions, and there one alternative of ~180 phrases tried at every word start costs ~3× what the tree does.
 */
export function letterTree(phrases: readonly string[]): string {
  const ends = phrases.includes('');
  const byFirst = new Map<string, string[]>();
  for (const p of phrases) {
    if (!p) continue;
    const rest = byFirst.get(p[0]!);
    if (rest) rest.push(p.slice(1));
    else byFirst.set(p[0]!, [p.slice(1)]);
  }
  const branches = [...byFirst].map(([c, rest]) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + letterTree(rest));
  if (!branches.length) return '';
  if (ends) return `(?:${branches.join('|')})?`;
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

const AMOUNT = new RegExp(`[0-9]|\\b(?:${letterTree(phrasesOf(AMOUNT_WORDS))})\\b`);
const TRIGGER = new RegExp(`\\b(?:${letterTree(phrasesOf(TRIGGER_PHRASES))})`);

const NAME_AFTER_FIRST = /[^\p{L}\p{N}]\p{Lu}/u;

/** The words of a lower-cased sentence, and the parts of its hyphenated words. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/**
 * The same words, and the same capital after the first, in a sentence with no letter or digit beyond ASCII: its other
 * characters are Latin-1's signs, general punctuation (’ “ ” – —) or currency signs, none a letter or a digit (nor, lower-cased,
 * any other). WORD's Unicode classes cost ~11 M instructions to compile (twice in a short run: bytecode, then machine code);
 * these next to nothing.
 */
const PLAIN_WORD = /[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*/g;
const PLAIN_NAME_AFTER_FIRST = /[^A-Za-z0-9][A-Z]/;
/** What joins the parts of such a word. */
const JOINER = /[-'’]/;

export interface Gate {
  (sentence: Sentence): boolean;
}

/** The gate for these extractors: an amount, the hand list, or any extractor's cue. */
export function candidateGate(extractors: readonly Extractor[]): Gate {
  const patterns: RegExp[] = [];
  const namedPatterns: RegExp[] = [];
  // Each rule's word sets: for a word, the (rule, set) pairs it fills; a rule is met when all its sets are
  const postings = new Map<string, number[]>();
  const setsOf: number[] = [];
  const personOf: boolean[] = [];
  // (every person the entity layer finds is named by a capitalised word; the first word of a sentence may be any)
  let named = false;
  for (const e of extractors) {
    const cue = e.cue?.();
    if (!cue) continue;
    if (cue.any) return () => true;
    if (cue.pattern) (cue.named ? namedPatterns : patterns).push(lowerOnly(cue.pattern));
    for (const { sets, person } of cue.rules ?? []) {
      const rule = setsOf.length;
      setsOf.push(sets.length);
      personOf.push(person);
      sets.forEach((set, k) => {
        for (const w of set) {
          const list = postings.get(w);
          if (list) list.push(rule * 32 + k);
          else postings.set(w, [rule * 32 + k]);
        }
      });
    }
  }
  // (each list as one expression: one scan of the sentence instead of one a pattern)
  const anyPattern = oneOf(patterns);
  const anyNamedPattern = oneOf(namedPatterns);
  const filled = new Uint32Array(setsOf.length);
  const seen = new Uint32Array(setsOf.length);
  let generation = 0;
  const fill = (w: string): boolean => {
    const list = postings.get(w);
    if (!list) return false;
    for (const x of list) {
      const rule = x >>> 5;
      const bit = 1 << (x & 31);
      if (seen[rule] !== generation) {
        seen[rule] = generation;
        filled[rule] = 0;
      }
      filled[rule]! |= bit;
      if (filled[rule] === 2 ** setsOf[rule]! - 1 && (named || !personOf[rule])) return true;
    }
    return false;
  };
  return (sentence) => {
    const text = sentence.text;
    // (every expression reads the lower-cased sentence, the extractors' without their "i" flag where they can)
    const lower = text.toLowerCase();
    if (AMOUNT.test(lower) || TRIGGER.test(lower)) return true;
    generation++;
    const plain = !BEYOND_PLAIN.test(text);
    named = plain ? PLAIN_NAME_AFTER_FIRST.test(text) : NAME_AFTER_FIRST.test(text);
    const words = plain ? PLAIN_WORD : WORD;
    words.lastIndex = 0;
    for (let m; (m = words.exec(lower)) !== null; ) {
      const w = m[0];
      if (fill(w)) return true;
      // (the rules' tokens split "company's" and "co-founder-turned-CEO" where a word's parts may be asked for)
      if (JOINER.test(w)) for (const part of w.split(JOINER)) if (part && fill(part)) return true;
    }
    return anyPattern(lower) || (named && anyNamedPattern(lower));
  };
}

/**
 * A test of whether any of these expressions matches a text: one expression of them all when
 * they can be joined (the same flags, none global or sticky, no back-reference or named group
 * whose numbering or name the join would change), a match being a match of one of them; else each in turn.
 */
export function oneOf(res: readonly RegExp[]): (text: string) => boolean {
  if (res.length === 0) return () => false;
  const flags = res[0]!.flags;
  const joinable = res.every((re) => re.flags === flags && !/[gy]/.test(flags) && !/\\[1-9]|\\k<|\(\?<[^=!]/.test(re.source));
  // (each asked only whether it matches: its words as a tree of their letters)
  if (res.length === 1 || !joinable) {
    const trees = res.map(testTree);
    return (text) => trees.some((re) => re.test(text));
  }
  const all = testTree(new RegExp(res.map((re) => `(?:${re.source})`).join('|'), flags));
  return (text) => all.test(text);
}

/** An expression for lower-cased text: without its "i" flag when it spells no capital letter of its own. */
function lowerOnly(re: RegExp): RegExp {
  if (!re.flags.includes('i') || /[A-Z]/.test(re.source.replace(/\\[A-Za-z]/g, ''))) return re;
  return new RegExp(re.source, re.flags.replace('i', ''));
}

