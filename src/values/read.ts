/**
 * The quantity reader: one left-to-right pass over the tokens. At each token it tries,
 * in order, a date to skip, a vague magnitude, then hedge? (range opener)? amount
 * (range)? followed by a counted noun, a trailing hedge and a "per". Every step looks
 * at a bounded number of tokens, so the pass is linear.
 */
import type { Quantity } from './quantity.js';
import { tokenize, type Token } from './tokens.js';
import { readCurrencyAfter, ANY_SHAPE } from './currency.js';
import { readHedgeBefore, readHedgeAfter, readGluedHedge, readRangeOpener, isOverDuration, type Hedge } from './qualifiers.js';
import { readCountedNoun } from './count.js';
import { readVague, readOfCurrency, impliedCurrency, isVagueAnchor } from './vague.js';
import { NUMBER_WORDS } from './numberWords.js';
import { monthDayAt } from './never.js';
import { readPer } from './per.js';
import { isSingularCurrencyName, resolveShared, RUPEES } from './currencies.js';
import { readSide, type Side } from './amount.js';
import { readRangeEnd, joinRange } from './range.js';
import { readScale } from './scales.js';

// Verbs and words of change before "from … to": "grew from 300 to 900" is a change, not a range
const CHANGE_WORDS = new Set(
  ('rose grew increased jumped climbed surged soared rocketed expanded doubled tripled swelled ballooned fell dropped declined ' +
    'shrank shrunk slid slipped slumped plunged tumbled decreased contracted cut raised lifted boosted reduced lowered trimmed ' +
    'slashed went moved changed rise grow increase jump climb fall drop decline shrink rising growing increasing jumping climbing ' +
    // (participles after "has", "have", "had": "subscriptions have risen from 8.5 million to 14.9 million")
    'risen grown fallen gone swollen soaring surging dipped dipping edged ' +
    'falling dropping declining shrinking up down raise lift boost hike hiked bump bumped reduce lower trim raising lifting boosting hiking').split(' '),
);

// A company's measure right before "from … to": "doubled its revenue from $61 billion to $130 billion" is a change
const MEASURES = new Set('revenue revenues sales turnover income profit profits earnings valuation headcount workforce staff staffing users subscribers customers employees payroll pay salary salaries wage wages'.split(' '));
// Words a verb of change may stand across before "from": "raised salaries for graduates from", "boosted its user base from"
const CHANGE_OBJECT = /^(?:its|their|his|her|the|a|for|of|base|hourly|annual|basic|starting|minimum|average|pay|salary|salaries|wage|wages|rates?|graduates?|staff|workers?|employees?|analysts?|associates?|lawyers?|nurses?|drivers?|user|users|customer|customers|headcount|workforce|revenue|revenues|sales|count|numbers?|[a-z]+-(?:year|level|time)s?)$/;

/** A word of change or a company's measure before "from" at j, past a comma and a year: "its revenue in 2024, from". */
function changeBefore(tokens: readonly Token[], j: number): boolean {
  let k = j - 1;
  if (tokens[k]?.text === ',') k--;
  // ("grew by 22.5 per cent from $2.85 billion to $3.49 billion": the change's size stands between the verb and "from")
  const by = byPercentBefore(tokens, k);
  if (by >= 0) k = by;
  if (tokens[k - 1]?.lower === 'in' && /^(?:19|20)\d\d$/.test(tokens[k]?.text ?? '')) k -= 2;
  const w = tokens[k]?.lower ?? '';
  if (CHANGE_WORDS.has(w) || MEASURES.has(w)) return true;
  // (a verb of change a few words back, across its object: "raised salaries for graduates from £30,000 to £35,000")
  // ("raise its starting salary for college graduates from 300,000 yen to 330,000 yen": an object of up to six words, the
  // nouns before "from" any lower-case words)
  for (let back = k - 1; back >= Math.max(0, k - 6) && (CHANGE_OBJECT.test(tokens[back + 1]?.lower ?? '') || (back + 1 >= k - 1 && /^[a-z]+$/.test(tokens[back + 1]?.text ?? ''))); back--) {
    if (CHANGE_WORDS.has(tokens[back]?.lower ?? '')) return true;
  }
  // (a verb of change earlier in the clause, before a comma: "rose by 21% over a year, from 35.5 million to 42.8 million")
  if (tokens[j - 1]?.text === ',') {
    for (let back = j - 2; back >= Math.max(0, j - 10); back--) {
      const t = tokens[back]!;
      if (t.text === ',' || t.text === ';' || t.text === '.') break;
      if (CHANGE_WORDS.has(t.lower) && t.lower !== 'up' && t.lower !== 'down') return true;
    }
  }
  return false;
}

/** The token before a "by 22.5 per cent" ("by 29%", "by 3 percentage points") that ends at k, or -1. */
function byPercentBefore(tokens: readonly Token[], k: number): number {
  let i = k;
  if (tokens[i]?.lower === 'cent' && tokens[i - 1]?.lower === 'per') i -= 2;
  else if (tokens[i]?.lower === 'points' && tokens[i - 1]?.lower === 'percentage') i -= 2;
  else if (/^(?:percent|pc|%)$/.test(tokens[i]?.lower ?? '')) i -= 1;
  else return -1;
  if (!/^\d[\d.,]*%?$/.test(tokens[i]?.text ?? '')) return -1;
  return tokens[i - 1]?.lower === 'by' ? i - 2 : -1;
}

// A year standing alone: "in 2025". With a counted noun right after it is a count
// ("2000 employees") unless a date word comes first ("in 2023 engineers…").
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'from', 'of', 'early', 'late', 'mid', 'through', 'throughout', 'circa', 'fiscal', 'fy', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2']);

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

const WRITTEN_SCALE = new Map([['hundred', 100], ['thousand', 1000]]);
const PLURAL_SCALE = /^(?:thousands|millions|billions|trillions)$/;

function readVagueAt(text: string, tokens: readonly Token[], i: number, from: number, hedge: Hedge | null): ReadResult {
  const v = readVague(tokens, i);
  if (!v) return null;
  let j = v.next;
  let currency = v.currency;
  let money = v.money;
  let unit: string | null = null;
  let noun: string | null = null;
  // "hundreds of thousands to millions of dollars": two magnitudes and the currency said once, after the second (one range)
  let v2: ReturnType<typeof readVague> = null;
  if (!money && v.max !== null && tokens[j]?.kind === 'word' && tokens[j]!.lower === 'to') {
    const second = readVague(tokens, j + 1);
    if (second && !second.money && second.max !== null && second.max > v.max && readOfCurrency(tokens, second.next)) {
      v2 = second;
      j = second.next;
    }
  }
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
      const suffix = readCurrencyAfter(tokens, j, ANY_SHAPE);
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
      currency = impliedCurrency(text, tokens[from]!.start, tokens[j - 1]!.end);
    }
  }
  // ("Group MTUs (millions of users)", "(in thousands)": a plural scale filling a bracket is a table's unit, no amount)
  if (PLURAL_SCALE.test(tokens[i]!.lower) && tokens[j]?.text === ')' && (tokens[i - 1]?.text === '(' || (tokens[i - 1]?.lower === 'in' && tokens[i - 2]?.text === '('))) return null;
  let min: number | null = v.min;
  let max: number | null = v2 ? v2.max : v.max;
  // ("up to multibillion": a bound the magnitude does not have leaves the one it has)
  if (hedge === 'above' && min !== null) max = null;
  if (hedge === 'under' && max !== null) min = null;
  // "several hundred thousand dollars a year": a rate, as for an exact amount
  let per: string | undefined;
  if (money && currency !== null) {
    const p = readPer(tokens, j);
    if (p) {
      per = p.per;
      j = p.next;
    }
  }
  return {
    quantity: {
      from, next: j, amount: null, min, max, currency: money ? currency : null, unit, noun,
      approximate: true, bound: max === null ? 'above' : min === null ? 'under' : 'between', rule: v.rule, money,
      ...(per ? { per } : {}),
    },
    next: j,
  };
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

  // A range: "$10–12 billion", "between $5 million and $10 million", "two or three"
  // "grew from 300 to 900", "fell from $10bn to $8bn": after a verb of change, "from … to" gives two amounts
  const change = opener !== null && opener.joiner === 'to' && changeBefore(tokens, j);
  const range = change ? null : readRangeEnd(text, tokens, a, opener?.joiner ?? null);
  if (range !== null && 'skip' in range) return { quantity: null, next: range.skip };
  const b = range?.end ?? null;
  const dashRange = range?.dash === true;
  // "two or three engineers" is as vague as "about"
  if (range?.or) hedge = mergeHedge(hedge, 'about');
  // "$300 million over four years": "over" was no hedge
  if (hedgeTok && isOverDuration(tokens, i, (b ?? a).next)) {
    hedgeTok = null;
    hedge = null;
  }
  let from = opener && b ? i : (hedgeTok ? i : a.from);
  if (change) from = hedgeTok ? i : aStart;
  if (opener && !b) from = hedgeTok ? i : aStart;
  let lo = a;
  let hi = b;
  if (hi) {
    // ("between three and five hundred", "two to three thousand": the written second end's last word scales the first)
    const written = WRITTEN_SCALE.get(tokens[hi.next - 1]?.lower ?? '');
    if (written && lo.scale === null && hi.scale === null && Number.isInteger(lo.value) && lo.value >= 1 && lo.value * written <= hi.value && hi.value % written === 0 && lo.value < hi.value / written * 10) lo = { ...lo, value: lo.value * written, raw: lo.value * written };
    const joined = joinRange(lo, hi);
    if (joined) [lo, hi] = joined;
    else hi = null;
  }
  let k = hi ? hi.next : lo.next;

  // "100+ employees", "100-plus", "40-odd researchers"
  const gh = readGluedHedge(tokens, k);
  if (gh) {
    hedge = mergeHedge(hedge, gh.hedge);
    k = gh.next;
    // ("US$2+ billion": the scale after the glued "+" is the amount's, as in "$2 billion+")
    const sc = !hi && lo.scale === null ? readScale(tokens, k, lo.currency !== null) : null;
    if (sc) {
      lo = { ...lo, value: lo.raw * sc.factor, scale: sc.factor, next: sc.next };
      k = sc.next;
    }
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

  // ("to cut 12.000 jobs", "1.500 workers": a continental thousands mark in a count of people, who come in no fractions)
  if (unit === 'people' && !hi && lo.scale === null) {
    const dotted = tokens.slice(aStart, lo.next).some((t) => /^\d{1,3}\.\d{3}$/.test(t.text));
    if (dotted) lo = { ...lo, value: lo.value * 1000, raw: lo.raw * 1000 };
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
  // ("Rs 4.5 LPA": lakhs per annum is a yearly rate)
  if (currency === 'INR' && tokens[k - 1]?.lower === 'lpa') per = 'year';
  else if (currency !== null) {
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
  // "10-7": a falling "range" is no range; "shrank from 5,527 to 3,422" is a change: two amounts,
  // read one at a time
  if (hi && hi.value < lo.value) {
    if (bare && dashRange) return { quantity: null, next: skipPast };
    hi = null;
    k = lo.next;
    if (opener) from = aStart;
  }
  // "from 5,527 in 2022 to 3,422": a year does not open a range of counts
  // ("fell 19% from 2011 to $19 million": nor of an amount with a scale — the year is a date, the amount the next)
  if (hi && lo.yearLike && !hi.yearLike && (bare || hi.scale !== null)) return { quantity: null, next: lo.next };
  // "in 2025", "2020-2025", "from 2020 to 2025" (not the level a count fell to: "cut average headcount from 2191 to 2059")
  if (lo.yearLike && (!hi || hi.yearLike) && (unit === null || !nounDirect || precededByDateWord(tokens, lo.from)) && !afterCountFrom(tokens, lo.from)) {
    return { quantity: null, next: skipPast };
  }
  // "one of the", "no one"
  if (lo.loneOne && !hi && unit === null && hedge === null) return { quantity: null, next: skipPast };
  // "RTX 4090": an all-caps name before a bare number
  if (lo.softIdentifier && bare) return { quantity: null, next: skipPast };

  if (hi === null && b !== null) {
    // the range fell apart: read the first end alone and let the scanner find the second
    return finish(lo, null, hedge, null, null, undefined, hedgeTok ? i : a.from, lo.next);
  }
  return finish(lo, hi, hedge, unit, noun, per, from, k);
}

/** "from 2191 to" right before: a bare number no year can be opened a change of counts, so the number after "to" is its level. */
function afterCountFrom(tokens: readonly Token[], from: number): boolean {
  const to = tokens[from - 1], n = tokens[from - 2], f = tokens[from - 3];
  return to?.lower === 'to' && f?.lower === 'from' && n !== undefined && /^\d[\d,]*$/.test(n.text) && !/^(?:1[89]|20)\d\d$/.test(n.text);
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

// Every quantity — and every non-amount the reader skips whole, such as a date — holds an
// anchor: digits, a number word or a vague magnitude word. The anchor comes at most REACH
// tokens after the quantity's first token ("in the neighbourhood of US$ 5": hedge 4 +
// currency 2; "between a dozen", "a couple of hundred" are shorter), so where no anchor is
// that near, the reader can jump ahead without trying each token. REACH keeps a margin.
const REACH = 12;

function isAnchor(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === 'num') return true;
  if (t.kind !== 'word') return false;
  const w = t.lower;
  if (NUMBER_WORDS.has(w) || isVagueAnchor(w)) return true;
  // "a dollar", "an Australian dollar" hold no number but are one ("the dollar" is none):
  // asked of "a" and "an" only, so other words cost one comparison
  return (w === 'a' || w === 'an') && (isSingularName(tokens[i + 1]) || isSingularName(tokens[i + 2]));
}

function isSingularName(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && isSingularCurrencyName(t.lower);
}

// (one buffer for every window: a window holds at most WINDOW tokens)
let anchorBuffer = new Int32Array(0);

/** For each token index, the index of the first anchor at or after it (tokens.length if none). */
function nextAnchors(tokens: readonly Token[]): Int32Array {
  if (anchorBuffer.length < tokens.length + 1) anchorBuffer = new Int32Array(Math.max(tokens.length + 1, 256));
  const next = anchorBuffer;
  next[tokens.length] = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) next[i] = isAnchor(tokens, i) ? i : next[i + 1]!;
  return next;
}

/**
 * Every amount in `text`, in text order, non-overlapping; offsets index `text` — or the first
 * `max` of them. (`jump: false` tries every token: the property tests check that jumping
 * reads the same.)
 */
export function readQuantities(text: string, jump = true, max = Infinity): Quantity[] {
  const out: Quantity[] = [];
  let offset = 0;
  let first = 0;
  for (;;) {
    const tokens = tokenize(text, offset, WINDOW);
    const whole = tokens.length < WINDOW;
    const last = whole ? tokens.length : tokens.length - MARGIN;
    const anchors = nextAnchors(tokens);
    let i = first;
    while (i < last) {
      if (jump && anchors[i]! - i > REACH) {
        i = Math.min(anchors[i]! - REACH, last);
        continue;
      }
      const r = readAt(text, tokens, i);
      if (r === null) {
        i++;
        continue;
      }
      const q = r.quantity;
      if (q) {
        out.push(toQuantity(text, tokens, q));
        if (out.length >= max) return out;
      }
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

// "crore" and "lakh" with no currency and no noun: money where the clause before speaks of money ("the CEO's compensation
// in 2020-21 was 80.84 crore", "valued at 10,000 crore") — the rupee of the country named nearest, India's by default
const INDIAN_MULTIPLIER_END = /\b(?:crores?|lakhs?|lacs?)$/i;
const MONEY_CUE_BEFORE = /\b(?:salar(?:y|ies)|pay|paid|package|packages|compensation|remuneration|ctc|bonus(?:es)?|revenues?|sales|turnover|profits?|income|earnings|valuation|valued|worth|funding|raised?|raising|investments?|invested|loans?|debt|costs?|spent|spend|capex|fine|penalty)\b[^.;!?]{0,40}$/i;

function toQuantity(text: string, tokens: readonly Token[], q: RawQuantity): Quantity {
  const start = tokens[q.from]!.start;
  const end = tokens[q.next - 1]!.end;
  const rupees = !q.money && q.unit === null && q.noun === null && INDIAN_MULTIPLIER_END.test(text.slice(Math.max(start, end - 8), end)) && MONEY_CUE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
  const quantity: Quantity = {
    kind: q.money || rupees ? 'money' : 'count',
    amount: q.amount, min: q.min, max: q.max, currency: rupees ? resolveShared(text, start, end, RUPEES, 'INR') : q.currency, unit: q.unit, noun: q.noun,
    approximate: q.approximate, bound: q.bound, text: text.slice(start, end), start, end, rule: rupees ? 'money/bare-crore' : q.rule,
  };
  if (q.per !== undefined) quantity.per = q.per;
  return quantity;
}
