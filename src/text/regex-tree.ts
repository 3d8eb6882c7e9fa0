import { readFirstBuilt } from './built-files.js';

/**
 * An expression asked only whether it matches (`test`), rewritten as a tree of its leading letters: the alternatives of
 * its groups spelled out as far as they are letters ("\b(?:hir(?:e|ing)|hold)s?\b" → "hire", "hiring", "hold" each
 * followed by "s?\b"), then put together again by their first letters, each letter's branch holding what follows it
 * ("\bh(?:i(?:r(?:e(?:s?\b)|ing(?:s?\b)))|old(?:s?\b))"). The same strings match somewhere as before: only a common first
 * letter is taken out of alternatives, and alternatives are reordered, which changes which match is found first and what
 * groups capture, but not whether there is one. The runs of up to 200 files interpret their expressions, and there an
 * alternation of tens of words is tried one word after another at every place a word may start; the tree tries a first
 * letter, then only that letter's words (bench/PROFILE.md §19, §20).
 *
 * What is spelled out: letters and other characters that stand for themselves, an escaped punctuation mark, a class of
 * such characters ("[ -]"), a non-capturing group, each optional ("?"). The rest of an alternative from the first thing
 * that is none of these (a \b, a look-ahead, a repeat, a capturing group) is kept as written, as the end of its branch.
 */

const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);
/** The most alternatives an expression is spelled out into; beyond it, it is kept as written. */
const MAX_SPELLED = 20_000;
/**
 * The longest rest that follows an alternative's every choice ("(?:e|es|ed|ing)\\b" → "e\\b", "es\\b", …): a longer one is
 * not copied to each, which would make the expression cost more to compile than the tree saves in a short run.
 */
const SHORT_REST = 16;

interface Spelled {
  /** The letters spelled out, as characters that stand for themselves. */
  lit: string;
  /** The rest, as written. */
  rest: string;
}

class TooMany extends Error {}

/** The index of the parenthesis that closes the group opening at `open`. */
function closing(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The alternatives of a sequence's top level. */
export function topAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** How a quantifier at `at` reads: none, "?" (and not "??"), or another that stops the spelling. */
function quantifier(src: string, at: number): 'none' | 'optional' | 'other' {
  const q = src[at];
  if (q === '?') return src[at + 1] === '?' ? 'other' : 'optional';
  if (q === '*' || q === '+' || q === '{') return 'other';
  return 'none';
}

/** The alternatives a sequence spells out, each as the letters it begins with and the rest. */
function spell(src: string, count: { n: number }, spelled = false): Spelled[] {
  if (src === '') return [{ lit: '', rest: '' }];
  const stop = (): Spelled[] => [{ lit: '', rest: src }];
  const c = src[0]!;
  // (a word's letters are what tell alternatives apart: the words after it stay as written, or they would multiply)
  if (spelled && c === ' ') return stop();
  let chars: string[] | null = null;
  let after = 0;
  if (c === '\\') {
    const e = src[1];
    if (e === undefined || /[\p{L}\p{N}_]/u.test(e)) return stop();
    chars = [e];
    after = 2;
  } else if (c === '[') {
    const end = src.indexOf(']', 1);
    const inner = src.slice(1, end);
    // (only a class of characters that stand for themselves: no range, negation or escape)
    if (end < 0 || inner === '' || inner[0] === '^' || /[\\[]/.test(inner) || /.-./.test(inner)) return stop();
    chars = [...inner];
    after = end + 1;
  } else if (c === '(') {
    if (!src.startsWith('(?:')) return stop();
    const end = closing(src, 0);
    if (end < 0) return stop();
    const q = quantifier(src, end + 1);
    if (q === 'other') return stop();
    const rest = src.slice(end + 1 + (q === 'optional' ? 1 : 0));
    const alts = topAlternatives(src.slice(3, end));
    // (a first letter all alternatives share is taken out of the group: "(?:lost|los(?:e|es))…" → "l(?:ost|os(?:e|es))…")
    const first = alts[0]![0];
    if (q === 'none' && first !== undefined && !SPECIAL.has(first) && alts.every((a) => a[0] === first && quantifier(a, 1) === 'none')) {
      return spell(`${first}(?:${alts.map((a) => a.slice(1)).join('|')})${rest}`, count, spelled);
    }
    if (rest.length > SHORT_REST) return stop();
    const out: Spelled[] = [];
    for (const alt of alts) out.push(...spell(alt + rest, count, spelled));
    if (q === 'optional') out.push(...spell(rest, count, spelled));
    return out;
  } else if (SPECIAL.has(c)) return stop();
  else {
    const cp = String.fromCodePoint(src.codePointAt(0)!);
    chars = [cp];
    after = cp.length;
  }
  const q = quantifier(src, after);
  if (q === 'other') return stop();
  const rest = src.slice(after + (q === 'optional' ? 1 : 0));
  if ((q === 'optional' || chars.length > 1) && rest.length > SHORT_REST) return stop();
  const tails = spell(rest, count, true);
  const out: Spelled[] = [];
  for (const ch of chars) for (const t of tails) out.push({ lit: ch + t.lit, rest: t.rest });
  if (q === 'optional') out.push(...tails);
  count.n += out.length;
  if (count.n > MAX_SPELLED) throw new TooMany();
  return out;
}

const escapeChar = (c: string): string => (SPECIAL.has(c) ? `\\${c}` : c);

/** The tree of spelled-out alternatives: one branch a first letter, the rests where their letters end. */
function treeOf(items: readonly Spelled[]): string {
  const rests = new Set<string>();
  const byFirst = new Map<string, Spelled[]>();
  for (const it of items) {
    if (it.lit === '') {
      rests.add(it.rest);
      continue;
    }
    const first = String.fromCodePoint(it.lit.codePointAt(0)!);
    const next = { lit: it.lit.slice(first.length), rest: it.rest };
    const list = byFirst.get(first);
    if (list) list.push(next);
    else byFirst.set(first, [next]);
  }
  // (an alternative that ends here, nothing after it, matches as soon as its letters have: it goes first)
  const alts = [...rests].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : 0));
  for (const [c, rest] of byFirst) alts.push(escapeChar(c) + treeOf(rest));
  if (alts.length === 1) return alts[0] === '' || topAlternatives(alts[0]!).length === 1 ? alts[0]! : `(?:${alts[0]})`;
  return `(?:${alts.join('|')})`;
}

/**
 * The alternatives of a tree's root: one tree of the alternatives, but a long rest that several words share
 * ("(?:resurfac(?:e|es|ed|ing)|land(?:s|ed|ing)?|…) (?:in |up )?(?:a|an|the|his|her|their) …") follows one tree of those
 * words, not each of them.
 */
function rootOf(items: readonly Spelled[]): string[] {
  const byRest = new Map<string, Spelled[]>();
  for (const it of items) {
    const list = byRest.get(it.rest);
    if (list) list.push(it);
    else byRest.set(it.rest, [it]);
  }
  const main: Spelled[] = [];
  const alts: string[] = [];
  for (const [rest, list] of byRest) {
    if (rest.length >= 40 && list.length > 1) alts.push(treeOf(list.map((it) => ({ lit: it.lit, rest: '' }))) + rest);
    else main.push(...list);
  }
  if (main.length) alts.unshift(treeOf(main));
  return alts;
}

// The trees are written at build time (scripts/build-trees.mjs) as dist/text/regex-trees.json, an expression's flags and
// source to its tree's source, which a run reads at its first testTree: working them out took a cold article several
// milliseconds of JavaScript that runs once. An expression the file lacks (running from src, a rule edited since the
// build) has its tree worked out here.
export const TREES_FILE = 'regex-trees.json';
/**
 * Set (true, on globalThis) by what tells V8 to interpret regular expressions, before the modules that ask for trees
 * load: the CLI's runs of up to 200 files (src/cli/articles.ts, SHORT_RUN_V8_FLAGS). Without it testTree gives each
 * expression as it is: compiled to machine code (a batch, the library under V8's defaults) the trees match no faster
 * and cost more to compile (bbc/business, batch flags: 9,722.4 → 9,740.8 M instructions, bench/PROFILE.md §20).
 */
export const INTERPRETED_REGEXPS = Symbol.for('newsfacts.interpretedRegexps');
const TREES_LOCATIONS = [`./${TREES_FILE}`, `./text/${TREES_FILE}`];
let built: Map<string, string> | null = null;
/** Every expression asked for so far, by its flags and source, and its tree's source (what the build writes). */
const ASKED = new Map<string, string>();
/** The trees given so far, by their flags and source. */
const TREES = new Set<string>();

/**
 * An expression's flags and source, as the built file has it: its characters outside ASCII written as \\u escapes, as
 * scripts/bundle.mjs writes the regular expressions of the script a run reads (an escaped one losing its backslash), so
 * that the modules the build reads and the script a run reads give the same key.
 */
function keyOf(flags: string, source: string): string {
  const ascii = source.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes: string, c: string) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${flags}/${ascii}`;
}

/**
 * An expression that matches a text wherever `re` matches it somewhere (for `test` only: not the same first match, nor
 * the same groups), its alternatives as trees of their letters. Its own alternatives that open with \b share one.
 */
export function testTree(re: RegExp): RegExp {
  // (a global or sticky expression's test starts at, and moves, its lastIndex: where a match ends counts)
  if (re.global || re.sticky || !(globalThis as Record<symbol, unknown>)[INTERPRETED_REGEXPS]) return re;
  if (!built) {
    const text = readFirstBuilt(TREES_LOCATIONS, import.meta.url);
    built = new Map(text === null ? [] : (JSON.parse(text) as Array<[string, string]>));
  }
  const key = keyOf(re.flags, re.source);
  // (a tree already: the gate asks again for a claim type's gate)
  if (TREES.has(key)) return re;
  let source = built.get(key) ?? ASKED.get(key);
  if (source === undefined) source = testTreeSource(re.source);
  ASKED.set(key, source);
  TREES.add(keyOf(re.flags, source));
  return source === re.source ? re : new RegExp(source, re.flags);
}

/** The expressions asked for so far, by their flags and source, and their trees' sources. */
export function askedTrees(): Array<[string, string]> {
  return [...ASKED];
}

/** The trees asked for so far, as the build's file (ASCII: other characters escaped). */
export function treesFile(): string {
  return JSON.stringify([...ASKED]).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The top-level alternatives, those that are a group followed by nothing taken apart ("(?:\bex-|\bformer )" → "\bex-", "\bformer "). */
function flattened(source: string): string[] {
  const out: string[] = [];
  for (const alt of topAlternatives(source)) {
    if (alt.startsWith('(?:') && closing(alt, 0) === alt.length - 1) out.push(...flattened(alt.slice(3, -1)));
    else out.push(alt);
  }
  return out;
}

/** testTree's source for an expression's source. */
export function testTreeSource(source: string): string {
  // (a back-reference or a named group would be renumbered or doubled)
  if (/\\[1-9]|\\k<|\(\?<[^=!]/.test(source)) return source;
  try {
    const bounded: Spelled[] = [];
    const others: Spelled[] = [];
    const count = { n: 0 };
    for (const alt of flattened(source)) {
      if (alt.startsWith('\\b')) bounded.push(...spell(alt.slice(2), count));
      else others.push(...spell(alt, count));
    }
    const parts: string[] = [];
    if (bounded.length) {
      const alts = rootOf(bounded);
      parts.push(`\\b${alts.length > 1 ? `(?:${alts.join('|')})` : alts[0]}`);
    }
    if (others.length) parts.push(...rootOf(others));
    return parts.join('|');
  } catch (err) {
    if (err instanceof TooMany) return source;
    throw err;
  }
}
