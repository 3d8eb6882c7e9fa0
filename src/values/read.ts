/**
 * The quantity reader: one left-to-right pass over the tokens. At each token it tries,
 * in order, a date to skip, a vague magnitude, then hedge? (range opener)? amount
 * (range)? followed by a counted noun, a trailing hedge and a "per". Every step looks
 * at a bounded number of tokens, so the pass is linear.
 */
import type { Quantity } from './quantity.js';
import { tokenize, type Token } from './tokens.js';
import { readDigits } from './digits.js';
import { readWordNumber } from './numberWords.js';
import { readScale, readHyphenScale, isScaleWord } from './scales.js';
import { readCurrencyBefore, readCurrencyAfter, resolveYenSign } from './currency.js';
import { readHedgeBefore, readHedgeAfter, readGluedHedge, readRangeOpener, isOverDuration, type Hedge } from './qualifiers.js';
import { readCountedNoun, isCountedNoun } from './count.js';
import { readVague, readOfCurrency } from './vague.js';
import { identifierBefore, nonAmountAfter, monthDayAt, isResolution } from './never.js';
import { readPer } from './per.js';

/** One end of an amount: "$10", "12 billion dollars". */
interface Side {
  value: number;
  /** The number before its scale: "12" in "12 billion". */
  raw: number;
  scale: number | null;
  currency: string | null;
  /** The currency came from "¥" (JPY or CNY by context). */
  yenSign: boolean;
  from: number;
  next: number;
  /** A plain four-digit number 1900..2100 with nothing else: a year unless a noun says otherwise. */
  yearLike: boolean;
  /** A lone "one": a pronoun unless something else makes it an amount. */
  loneOne: boolean;
  /** An all-caps name came right before ("RTX 4090"). */
  softIdentifier: boolean;
}

type SideResult = Side | { skip: number } | null;

// Space-grouped thousands ("1 200 000", NBSP or thin spaces) and phone numbers
// ("415 555 0100") are both digit groups one space apart; at most this many are joined.
const MAX_GROUPS = 8;
const ALL_DIGITS = /^\d+$/;

// A year standing alone: "in 2025". With a counted noun right after it is a count
// ("2000 employees") unless a date word comes first ("in 2023 engineers…").
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'from', 'of', 'early', 'late', 'mid', 'through', 'throughout', 'circa', 'fiscal', 'fy', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2']);

const DASHES = new Set(['-', '–', '—', '‒', '−', '﹣', '－']);

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Read the number (digits or words) at tokens[k]: value, end index and flags. */
function readNumberAt(tokens: readonly Token[], k: number): { value: number; next: number; plainYear: boolean; loneOne: boolean; scaled: boolean; digits: boolean } | { skip: number } | null {
  const t = tokens[k];
  if (!t) return null;
  if (t.kind === 'num') {
    // Digit groups one space apart: thousands ("1 200 000") or a phone number ("415 555 0100").
    let end = k + 1;
    while (end - k < MAX_GROUPS && tokens[end]?.kind === 'num' && tokens[end]!.start - tokens[end - 1]!.end === 1 && ALL_DIGITS.test(tokens[end]!.text) && ALL_DIGITS.test(tokens[end - 1]!.text)) end++;
    if (end - k >= 2) {
      const groups = tokens.slice(k, end).map((g) => g.text);
      const thousands = groups[0]!.length <= 3 && groups[0]![0] !== '0' && groups.slice(1).every((g) => g.length === 3);
      // the group after the last must not be digits glued on ("1 200 000.5" is fine, "1 200 0001" no)
      if (thousands) {
        const dec = tokens[end]?.text === '.' && glued(tokens[end - 1], tokens[end]) && tokens[end + 1]?.kind === 'num' && glued(tokens[end], tokens[end + 1]);
        const value = Number(groups.join('')) + (dec ? Number('0.' + tokens[end + 1]!.text) : 0);
        return { value, next: dec ? end + 2 : end, plainYear: false, loneOne: false, scaled: false, digits: true };
      }
      // "415 555 0100", "555 0100": three groups, or a last group of four or more digits
      if (end - k >= 3 || groups[groups.length - 1]!.length >= 4) return { skip: end };
    }
    const d = readDigits(t.text);
    // "3.1.2", "10.0.0.1", "12.05.2025", "007": no number
    if (!d) return { skip: k + 1 };
    const plainYear = d.plain && d.intDigits === 4 && d.value >= YEAR_MIN && d.value <= YEAR_MAX;
    return { value: d.value, next: k + 1, plainYear, loneOne: false, scaled: false, digits: true };
  }
  const w = readWordNumber(tokens, k);
  if (!w) return null;
  return { value: w.value, next: w.next, plainYear: false, loneOne: w.loneOne, scaled: w.scaled, digits: false };
}

/** One end of an amount at tokens[i]: currency? number scale? currency?. */
function readSide(text: string, tokens: readonly Token[], i: number, inRange: boolean): SideResult {
  const before = readCurrencyBefore(tokens, i);
  const k = before ? before.next : i;
  const n = readNumberAt(tokens, k);
  if (n === null) return null;
  if ('skip' in n) return n;
  let softIdentifier = false;
  if (!before && !inRange) {
    const id = identifierBefore(tokens, k);
    if (id === 'hard') {
      // "pp. 12-14": the whole span of pages goes
      const dash = tokens[n.next];
      return { skip: dash && DASHES.has(dash.text) && tokens[n.next + 1]?.kind === 'num' ? n.next + 2 : n.next };
    }
    softIdentifier = id === 'soft';
  }
  let j = n.next;
  let scale: number | null = null;
  let currency = before?.code ?? null;
  const after = tokens[j];
  // A word glued to the digits is a scale ("2bn"), a unit ("1GW", count.ts), a currency
  // code ("100EUR") or marks a non-amount ("3rd", "1990s", "4o").
  const gluedWord = after !== undefined && after.kind === 'word' && glued(tokens[j - 1], after);
  const gluedOk = gluedWord && !isResolution(tokens, j) && (isScaleWord(after) || isCountedNoun(after) || readCurrencyAfter(tokens, j, true) !== null);
  if (!gluedOk || !gluedWord) {
    const dayCandidate = n.digits && !before && n.value >= 1 && n.value <= 31 && Number.isInteger(n.value);
    const skip = nonAmountAfter(tokens, k, j, dayCandidate, before !== null);
    if (skip !== null) return { skip };
  }
  if (n.digits || !n.scaled) {
    // "$1.5bn", "2 million", "$4.2 B", "$5-billion"
    const sc = n.digits ? readScale(tokens, j, currency !== null) ?? readHyphenScale(tokens, j) : null;
    if (sc) {
      scale = sc.factor;
      j = sc.next;
    }
  }
  let value = scale === null ? n.value : n.value * scale;
  const large = scale !== null || n.scaled || n.value >= 1000;
  const suffix = readCurrencyAfter(tokens, j, large);
  // "$5 million USD" repeats the currency; "50 cents" prices in hundredths ("$5 cents" is no form)
  if (suffix && (currency === null ? true : currency === suffix.code && suffix.factor === undefined)) {
    currency = suffix.code;
    j = suffix.next;
    if (suffix.factor !== undefined) value *= suffix.factor;
  }
  // "₹500 crore" "Rs 10 lakh" need no check; "¥" is resolved once the span is known.
  const yenSign = before !== null && tokens[i]!.text === '¥' && suffix === null;
  if (yenSign && currency === 'JPY') currency = resolveYenSign(text, tokens[i]!.start, tokens[j - 1]!.end);
  return {
    value: roundFloat(value), raw: n.value, scale, currency, yenSign, from: i, next: j,
    yearLike: n.plainYear && scale === null && currency === null,
    loneOne: n.loneOne && currency === null && scale === null,
    softIdentifier,
  };
}

/** 1.1 * 1e9 is 1100000000.0000002 in binary floating point; a reporter meant 1100000000. */
function roundFloat(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  const r = Number(x.toPrecision(12));
  return r;
}

interface RawQuantity {
  from: number;
  next: number;
  amount: number | null;
  min: number | null;
  max: number | null;
  currency: string | null;
  unit: string | null;
  noun: string | null;
  approximate: boolean;
  bound: Quantity['bound'];
  per?: string;
  rule: string;
  money: boolean;
}

type ReadResult = { quantity: RawQuantity | null; next: number } | null;

/** Combine hedges: the first bound wins; any hedge makes the value approximate. */
function mergeHedge(a: Hedge | null, b: Hedge | null): Hedge | null {
  if (a === null) return b;
  if (b === null) return a;
  return a === 'about' ? b : a;
}

function readVagueAt(text: string, tokens: readonly Token[], i: number, from: number, hedge: Hedge | null): ReadResult {
  const v = readVague(tokens, i);
  if (!v) return null;
  let j = v.next;
  let currency = v.currency;
  let money = v.money;
  let unit: string | null = null;
  let noun: string | null = null;
  // "billions of dollars", "hundreds of millions of euros"
  const ofCur = readOfCurrency(tokens, j);
  if (ofCur) {
    currency = ofCur.code;
    money = true;
    j = ofCur.next;
  } else if (!money) {
    // "hundreds of millions of users", "dozens of researchers", "a handful of engineers"
    const cn = readCountedNoun(tokens, j, true);
    if (cn) {
      unit = cn.unit;
      noun = cn.noun;
      j = cn.next;
    } else {
      // "billions in funding" says nothing of currency: kept as a count with no unit
      const suffix = readCurrencyAfter(tokens, j, true);
      if (suffix) {
        currency = suffix.code;
        money = true;
        j = suffix.next;
      }
    }
  } else if (currency === null) {
    // "multi-billion-parameter model": a counted noun makes it a count after all
    const cn = readCountedNoun(tokens, j, false);
    if (cn) {
      money = false;
      unit = cn.unit;
      noun = cn.noun;
      j = cn.next;
    } else {
      // "seven-figure" means dollars in English news unless pounds or euros are named nearby
      currency = currencyNearby(text, tokens[from]!.start, tokens[j - 1]!.end);
    }
  }
  let min: number | null = v.min;
  let max: number | null = v.max;
  if (hedge === 'above') max = null;
  if (hedge === 'under') min = null;
  return {
    quantity: {
      from, next: j, amount: null, min, max, currency: money ? currency : null, unit, noun,
      approximate: true, bound: max === null ? 'above' : min === null ? 'under' : 'between', rule: v.rule, money,
    },
    next: j,
  };
}

const NEARBY = 60;
const POUNDS = /£|\bpounds?\b|\bsterling\b|\bGBP\b/i;
const EUROS = /€|\beuros?\b|\bEUR\b/i;

function currencyNearby(text: string, start: number, end: number): string {
  const window = text.slice(Math.max(0, start - NEARBY), Math.min(text.length, end + NEARBY));
  if (POUNDS.test(window)) return 'GBP';
  if (EUROS.test(window)) return 'EUR';
  return 'USD';
}

/** Try to read one quantity (or one non-amount to skip) starting at tokens[i]. */
function readAt(text: string, tokens: readonly Token[], i: number): ReadResult {
  // "May 22", "Jan. 5"
  const date = monthDayAt(tokens, i);
  if (date !== null) return { quantity: null, next: date };

  let hedgeTok = readHedgeBefore(tokens, i);
  let hedge: Hedge | null = hedgeTok?.hedge ?? null;
  let j = hedgeTok ? hedgeTok.next : i;

  const vague = readVagueAt(text, tokens, j, i, hedge);
  if (vague) return vague;

  const opener = readRangeOpener(tokens, j);
  const aStart = opener ? opener.next : j;
  const a = readSide(text, tokens, aStart, false);
  if (a === null) return null;
  if ('skip' in a) return { quantity: null, next: Math.max(a.skip, i + 1) };

  // A range: "$10–12 billion", "$10bn-$12bn", "between $5 million and $10 million",
  // "from 100 to 150 employees", "10 to 12 billion dollars".
  let b: Side | null = null;
  let dashRange = false;
  let orRange = false;
  {
    const sep = tokens[a.next];
    let bStart = -1;
    if (sep && DASHES.has(sep.text)) {
      // "10-12" but not "GPT-4-turbo"; the joiner of an opener also allows a dash: "between 10-12"
      bStart = a.next + 1;
      dashRange = true;
    } else if (sep && sep.kind === 'word' && (opener ? sep.lower === opener.joiner : sep.lower === 'to')) {
      bStart = a.next + 1;
    } else if (sep && sep.lower === 'or' && !opener && a.currency === null && a.scale === null) {
      // "two or three engineers", "5 or 6 people": a small range of counts
      bStart = a.next + 1;
      orRange = true;
    }
    if (bStart > 0) {
      const r = readSide(text, tokens, bStart, true);
      if (r !== null && 'skip' in r) {
        // "10-15%", "from 5% …": the second end is no amount, so neither is the first
        if (dashRange || opener) return { quantity: null, next: r.skip };
      } else if (r !== null && !(orRange && (r.currency !== null || r.value <= a.value))) {
        b = r;
      }
    }
  }
  // "two or three engineers" is as vague as "about"
  if (orRange && b) hedge = mergeHedge(hedge, 'about');
  // "$300 million over four years": "over" was no hedge
  if (hedgeTok && isOverDuration(tokens, i, (b ?? a).next)) {
    hedgeTok = null;
    hedge = null;
  }
  let from = opener && b ? i : (hedgeTok ? i : a.from);
  if (opener && !b) from = hedgeTok ? i : aStart;
  let lo = a;
  let hi = b;
  if (hi) {
    // "$10–12 billion": the scale of the second end carries back, unless the first is
    // already larger ("$500,000 to $1 million").
    if (lo.scale === null && hi.scale !== null && lo.raw <= hi.raw) {
      lo = { ...lo, value: roundFloat(lo.raw * hi.scale), scale: hi.scale };
    }
    if (lo.currency !== null && hi.currency === null) hi = { ...hi, currency: lo.currency };
    if (lo.currency === null && hi.currency !== null) lo = { ...lo, currency: hi.currency };
    // "$5m to €10m" are two amounts; "3-1" and "10-7" are scores (decided below)
    if (lo.currency !== hi.currency) hi = null;
  }
  let k = hi ? hi.next : lo.next;

  // "100+ employees", "100-plus", "40-odd researchers"
  const gh = readGluedHedge(tokens, k);
  if (gh) {
    hedge = mergeHedge(hedge, gh.hedge);
    k = gh.next;
  }

  const currency = hi ? hi.currency : lo.currency;
  let unit: string | null = null;
  let noun: string | null = null;
  let nounDirect = false;
  if (currency === null && !(lo.loneOne && !hi)) {
    const cn = readCountedNoun(tokens, k, !lo.loneOne);
    if (cn) {
      unit = cn.unit;
      noun = cn.noun;
      nounDirect = cn.next === k + 1 || (tokens[k]?.text === '-');
      k = cn.next;
    }
  } else if (currency === null && lo.loneOne) {
    // "one employee": a lone "one" needs its noun right after it
    const cn = readCountedNoun(tokens, k, false);
    if (cn && cn.next === k + 1) {
      unit = cn.unit;
      noun = cn.noun;
      nounDirect = true;
      k = cn.next;
    }
  }

  // "$5 billion or more", "100 or so"
  const ah = readHedgeAfter(tokens, k);
  if (ah) {
    hedge = mergeHedge(hedge, ah.hedge);
    k = ah.next;
    // "100 or so engineers": the noun may follow the hedge
    if (currency === null && unit === null && !lo.loneOne) {
      const cn = readCountedNoun(tokens, k, false);
      if (cn) {
        unit = cn.unit;
        noun = cn.noun;
        k = cn.next;
      }
    }
  }

  let per: string | undefined;
  if (currency !== null) {
    const p = readPer(tokens, k);
    if (p) {
      per = p.per;
      k = p.next;
    }
  }

  const skipPast = Math.max(k, i + 1);
  const scaled = lo.scale !== null || (hi !== null && hi.scale !== null);
  const bare = currency === null && !scaled && unit === null;
  // "3-1", "24-7", "2024-25": two bare numbers joined by a dash are a score or a date
  if (hi && dashRange && bare && !opener) return { quantity: null, next: skipPast };
  // "10-7": a falling "range" is no range
  if (hi && hi.value < lo.value) {
    if (bare) return { quantity: null, next: skipPast };
    hi = null;
    k = lo.next;
  }
  // "in 2025", "2020-2025", "from 2020 to 2025"
  if (lo.yearLike && (!hi || hi.yearLike) && (unit === null || !nounDirect || precededByDateWord(tokens, lo.from))) {
    return { quantity: null, next: skipPast };
  }
  // "one of the", "no one"
  if (lo.loneOne && !hi && unit === null && hedge === null) return { quantity: null, next: skipPast };
  // "RTX 4090": an all-caps name before a bare number
  if (lo.softIdentifier && bare) return { quantity: null, next: skipPast };

  if (hi === null && b !== null) {
    // the range fell apart: read the first end alone and let the scanner find the second
    return finish(lo, null, hedge, null, null, undefined, from, lo.next);
  }
  return finish(lo, hi, hedge, unit, noun, per, from, k);
}

function precededByDateWord(tokens: readonly Token[], from: number): boolean {
  const p = tokens[from - 1];
  return p !== undefined && p.kind === 'word' && YEAR_PREPOSITIONS.has(p.lower);
}

function finish(lo: Side, hi: Side | null, hedge: Hedge | null, unit: string | null, noun: string | null, per: string | undefined, from: number, next: number): ReadResult {
  const currency = hi ? hi.currency : lo.currency;
  const q: RawQuantity = {
    from, next, amount: null, min: null, max: null, currency, unit, noun,
    approximate: hedge !== null, bound: 'exact', rule: currency ? 'money' : 'count', money: currency !== null,
  };
  if (per !== undefined) q.per = per;
  if (hi) {
    q.min = lo.value;
    q.max = hi.value;
    q.bound = 'between';
    q.rule += '/range';
  } else {
    q.amount = lo.value;
    if (hedge === 'above') {
      q.min = lo.value;
      q.bound = 'above';
    } else if (hedge === 'under') {
      q.max = lo.value;
      q.bound = 'under';
    }
  }
  return { quantity: q, next };
}

// Tokens are made one window at a time so a megabyte of text never holds a million token
// objects at once. A quantity is at most ~70 tokens long, so a window only reads quantities
// starting before its last MARGIN tokens; the next window starts there, keeping BEHIND
// tokens of look-behind ("GPT-4", "in 2025" look back two tokens).
const WINDOW = 4096;
const MARGIN = 160;
const BEHIND = 4;

/** Every amount in `text`, in text order, non-overlapping; offsets index `text`. */
export function readQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  let offset = 0;
  let first = 0;
  for (;;) {
    const tokens = tokenize(text, offset, WINDOW);
    const whole = tokens.length < WINDOW;
    const last = whole ? tokens.length : tokens.length - MARGIN;
    let i = first;
    while (i < last) {
      const r = readAt(text, tokens, i);
      if (r === null) {
        i++;
        continue;
      }
      const q = r.quantity;
      if (q) out.push(toQuantity(text, tokens, q));
      i = Math.max(r.next, i + 1);
    }
    if (whole) return out;
    if (i >= tokens.length) {
      offset = tokens[tokens.length - 1]!.end;
      first = 0;
    } else {
      const keep = Math.max(0, i - BEHIND);
      offset = tokens[keep]!.start;
      first = i - keep;
    }
  }
}

function toQuantity(text: string, tokens: readonly Token[], q: RawQuantity): Quantity {
  const start = tokens[q.from]!.start;
  const end = tokens[q.next - 1]!.end;
  const quantity: Quantity = {
    kind: q.money ? 'money' : 'count',
    amount: q.amount, min: q.min, max: q.max, currency: q.currency, unit: q.unit, noun: q.noun,
    approximate: q.approximate, bound: q.bound, text: text.slice(start, end), start, end,
  };
  if (q.per !== undefined) quantity.per = q.per;
  quantity.rule = q.rule;
  return quantity;
}
