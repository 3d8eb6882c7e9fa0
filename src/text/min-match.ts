/**
 * The fewest UTF-16 code units any match of a regular expression can span, read from its
 * source: every character, class, escape and `.` takes at least one, an assertion, a
 * lookaround or a back-reference none, `*` and `?` make their atom optional, `{n,…}` takes it
 * n times, an alternation its shortest branch. A lower bound: a subject shorter than it has no
 * match. Where the source could be read more than one way, the smaller count is taken.
 */
export function minMatchLength(source: string): number {
  // One function with a stack of open groups, not a recursive parser: it runs over a few dozen
  // long expressions in a cold run, and V8 optimises no function of more than 1,000 bytes of
  // bytecode under the CLI's flags (articles.ts) — small recursive helpers were hot enough for
  // TurboFan to compile three of them (~40 M instructions, more than they saved).
  // Each open group: the shortest of its finished branches, the sum of its current branch, and
  // whether it is a lookaround (which takes no characters).
  const best: number[] = [];
  const sum: number[] = [];
  const around: boolean[] = [];
  let top = 0;
  best[0] = Infinity;
  sum[0] = 0;
  around[0] = false;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source.charCodeAt(i);
    let atom = -1;
    if (c === 0x7c /* | */) {
      best[top] = Math.min(best[top]!, sum[top]!);
      sum[top] = 0;
      i++;
      continue;
    }
    if (c === 0x5e /* ^ */ || c === 0x24 /* $ */) {
      i++;
      continue;
    }
    if (c === 0x28 /* ( */) {
      let look = false;
      i++;
      if (source.charCodeAt(i) === 0x3f /* ? */) {
        const k = source[i + 1];
        if (k === '=' || k === '!') {
          look = true;
          i += 2;
        } else if (k === '<' && (source[i + 2] === '=' || source[i + 2] === '!')) {
          look = true;
          i += 3;
        } else if (k === '<') i = source.indexOf('>', i) + 1;
        else i += 2;
      }
      top++;
      best[top] = Infinity;
      sum[top] = 0;
      around[top] = look;
      continue;
    }
    if (c === 0x29 /* ) */) {
      if (top === 0) return 0;
      const group = Math.min(best[top]!, sum[top]!);
      const look = around[top]!;
      top--;
      i++;
      atom = look ? 0 : group;
    } else if (c === 0x5c /* \ */) {
      const e = source[i + 1]!;
      i += 2;
      if (e === 'b' || e === 'B') continue;
      atom = 1;
      if (e >= '1' && e <= '9') {
        while (source.charCodeAt(i) >= 0x30 && source.charCodeAt(i) <= 0x39) i++;
        atom = 0;
      } else if (e === 'k' && source[i] === '<') {
        i = source.indexOf('>', i) + 1;
        atom = 0;
      } else if ((e === 'u' || e === 'p' || e === 'P') && source[i] === '{') i = source.indexOf('}', i) + 1;
      else if (e === 'u') i += 4;
      else if (e === 'x') i += 2;
      else if (e === 'c') i += 1;
    } else if (c === 0x5b /* [ */) {
      i++;
      if (source[i] === '^') i++;
      while (i < n && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      atom = 1;
    } else {
      i++;
      atom = 1;
    }
    // the times the atom is taken at least (a brace that is no quantifier stays a character of its own)
    const q = source[i];
    let times = 1;
    let quantified = true;
    if (q === '*' || q === '?') {
      i++;
      times = 0;
    } else if (q === '+') i++;
    else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i, i + 24));
      if (m) {
        i += m[0].length;
        times = Number(m[1]);
      } else quantified = false;
    } else quantified = false;
    if (quantified && source[i] === '?') i++; // lazy
    sum[top] = sum[top]! + atom * times;
  }
  if (top !== 0 || i < n) return 0;
  const min = Math.min(best[0]!, sum[0]!);
  return Number.isFinite(min) ? min : 0;
}

const MIN_LENGTH = new WeakMap<RegExp, number>();

/**
 * Whether `re` may match a string of `s`'s length — asked before running it on an empty or
 * one-character string. V8 keeps such a string one byte a character whatever the text it came
 * from, and compiles a regular expression once for each kind of string it runs on: on an article
 * with a character beyond Latin-1, ~80 expressions were compiled a second time only to run on ""
 * or "." (the context before a name opening its sentence, after one ending it). A global or
 * sticky expression is always run (its lastIndex changes either way).
 */
export function mayMatchLength(re: RegExp, s: string): boolean {
  if (re.global || re.sticky) return true;
  let min = MIN_LENGTH.get(re);
  if (min === undefined) MIN_LENGTH.set(re, (min = minMatchLength(re.source)));
  return s.length >= min;
}

/** `re.test(s)`, not run on a string of zero or one character that `re` cannot match (see mayMatchLength). */
export function testsOn(re: RegExp, s: string): boolean {
  return (s.length > 1 || mayMatchLength(re, s)) && re.test(s);
}
