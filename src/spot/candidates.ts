import type { Extractor } from '../claims/extractor.js';
import type { Sentence } from '../text/sentences.js';

/**
 * The cheap pass: a sentence can hold a claim only if it has a number or a magnitude word, or
 * the words an extractor needs for a claim without an amount. Only candidates go on to quantity
 * reading and the extractors. The words come from the extractors themselves (`Extractor.cue`:
 * each rule set's required words, each hand-written extractor's verbs), so a rule or a verb added
 * there reaches the sentences it was written for; the hand list below keeps the cues of the
 * passages that name no verb of their own (a past post said of a person, a pay list, a share of the staff).
 */

// "$12 billion", "140", "seven-figure", "a dozen", "hundreds of", "millions": a digit, or one of one … twelve, twenty …
// ninety, hundred(s), thousand(s), million(s), billion(s), trillion, dozen(s), handful, half, figure, multi-million,
// multi-billion as a word — written as a tree of their letters, as TRIGGER below and for the same reason
const AMOUNT = /[0-9]|\b(?:one|t(?:w(?:o|e(?:lve|nty))|h(?:ree|irty|ousand(?:s)?)|en|rillion)|f(?:o(?:ur|rty)|i(?:ve|fty|gure))|s(?:ix(?:ty)?|even(?:ty)?)|e(?:ight(?:y)?|leven)|nine(?:ty)?|h(?:undred(?:s)?|a(?:ndful|lf))|m(?:illion(?:s)?|ulti-(?:million|billion))|billion(?:s)?|dozen(?:s)?)\b/;
// Claims that need no amount: "recruiting from Meta", "cloud deal with Google", "leaving Meta". Each phrase is met where a
// word starts with it ("recruit" in "recruitment"): hire, hiring, recruit, poach, pluck, lure, luring, join, defect, brought
// on/in, bring(s|ing) in/on, talent, cloud, gpu, tpu, compute, computing, chip, data center/centre (also "data-", "datacenter"),
// azure, aws, web services, supercomputer, power purchase, electricity, nuclear, rent, lease, leasing, infrastructure, capacity,
// hosting, offers, customers, clients, tenants, leave, leaving, left, depart, exit, quit, resign, exodus, walk(s|ed|ing)
// out/away, step(s|ped|ping) down, oust, appoint, names, named, naming, mov(e|es|ed|ing) from/to/over, woo, came/comes from,
// tapped, snag, sign(s|ed|ing) on, lands, landed, team (now |also )includ, previously, formerly, worked at/for, years/decades
// at/with, gone to, alumni, fired, sack, dismiss, part(s|ed|ing) ways/company, lose, losing, lost, valued, valuation, raised,
// funding, workforce, headcount, layoff, laid off, lay(s|ing) off, redundan, job cuts, a/one third/quarter/fifth/tenth of.
// Written as a tree of their letters, one branch a first letter (test/spot.test.ts checks it against the phrases written out):
// the runs of up to 200 files interpret their expressions, and there one alternative of ~130 tried at every word start cost
// ~3× what the tree does (the same when compiled to native code).
const TRIGGER = /\b(?:a(?: (?:fifth of|quarter of|t(?:enth of|hird of))|lumni|ppoint|ws|zure)|br(?:ing(?: (?:in|on)|ing (?:in|on)|s (?:in|on))|ought (?:in|on))|c(?:a(?:me from|pacity)|hip|l(?:ients|oud)|om(?:es from|put(?:e|ing))|ustomers)|d(?:ata(?: cent(?:er|re)|-cent(?:er|re)|cent(?:er|re))|e(?:cades (?:at|with)|fect|part)|ismiss)|e(?:lectricity|x(?:it|odus))|f(?:ired|ormerly|unding)|g(?:one to|pu)|h(?:eadcount|ir(?:e|ing)|osting)|infrastructure|jo(?:b cuts|in)|l(?:a(?:id off|nd(?:ed|s)|y(?: off|ing off|off|s off))|e(?:a(?:s(?:e|ing)|v(?:e|ing))|ft)|os(?:e|ing|t)|ur(?:e|ing))|mov(?:e(?: (?:from|over|to)|d (?:from|over|to)|s (?:from|over|to))|ing (?:from|over|to))|n(?:am(?:e(?:d|s)|ing)|uclear)|o(?:ffers|ne (?:fifth of|quarter of|t(?:enth of|hird of))|ust)|p(?:art(?: (?:company|ways)|ed (?:company|ways)|ing (?:company|ways)|s (?:company|ways))|luck|o(?:ach|wer purchase)|reviously)|quit|r(?:aised|e(?:cruit|dundan|nt|sign))|s(?:ack|ign(?: on|ed on|ing on|s on)|nag|tep(?: down|p(?:ed down|ing down)|s down)|upercomputer)|t(?:a(?:lent|pped)|e(?:am (?:also includ|includ|now includ)|nants)|pu)|valu(?:ation|ed)|w(?:alk(?: (?:away|out)|ed (?:away|out)|ing (?:away|out)|s (?:away|out))|eb services|o(?:o|rk(?:ed (?:at|for)|force)))|years (?:at|with))/;

const NAME_AFTER_FIRST = /[^\p{L}\p{N}]\p{Lu}/u;

/** The words of a lower-cased sentence, and the parts of its hyphenated words. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
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
    named = NAME_AFTER_FIRST.test(text);
    WORD.lastIndex = 0;
    for (let m; (m = WORD.exec(lower)) !== null; ) {
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
  if (res.length === 1 || !joinable) return (text) => res.some((re) => re.test(text));
  const all = new RegExp(res.map((re) => `(?:${re.source})`).join('|'), flags);
  return (text) => all.test(text);
}

/** An expression for lower-cased text: without its "i" flag when it spells no capital letter of its own. */
function lowerOnly(re: RegExp): RegExp {
  if (!re.flags.includes('i') || /[A-Z]/.test(re.source.replace(/\\[A-Za-z]/g, ''))) return re;
  return new RegExp(re.source, re.flags.replace('i', ''));
}

