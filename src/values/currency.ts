/**
 * Currency markers before or after an amount, for every currency of currencies.ts: signs
 * ("$", "€", "₦", "₪"; "20€", "35$"), letters glued to a sign ("US$", "HK$", "MX$", "7.25US$"),
 * ISO codes on either side ("KES 13.4 billion", "42 SAR", "MYR42"), letter symbols ("Rs",
 * "RM", "zł") and names ("dollars", "Saudi riyals", "1.5 trillion won"). Values are ISO 4217
 * codes. A code or name that is an English word too is read only where the number around it
 * makes it a currency (see currencies.ts).
 */
import { PhraseTable, type Token } from './tokens.js';
import { isSingularCurrencyName, matchCurrencyName, type CurrencyName } from './currencies.js';
import { codeEntry, dollarSuffixCode, singleLetterSign, isLetterSymbol, isLetterSymbolAfter, prefixedSignCode, signCode } from './currencyMarks.js';

export interface CurrencyMark {
  code: string;
  /** Index after the marker. */
  next: number;
  /** "50 cents": the marker names a hundredth of the currency. */
  factor?: number;
  /** A code that is an English word too ("TRY", "ALL"): the amount must look like a price. */
  strict?: boolean;
  /** Issuers of a shared name or mark ("dinars", "Rs"), resolved once the amount's span is known. */
  shared?: readonly string[];
  /** Written as a name ("dollars"): "and 65 cents" may follow. */
  name?: boolean;
  /** An ISO code ("SAR"), not a sign or letter symbol. */
  iso?: boolean;
  /** A bare sign ("$") that several currencies write: a code after the number may name which ("$18 million CAD"). */
  sign?: string;
  /** A single capital ("R42.9 million", "N208 million"): a currency only before a scaled amount. */
  scaled?: boolean;
}

/**
 * What the number next to a currency looks like, as bits (the reader asks at every amount, so
 * no object is made): the names and codes that are English words too ask for these.
 */
export type AmountShape = number;
/** Scaled, or 1,000 and more and no year: "1.5 trillion won", "35,000 rand". */
export const LARGE = 1;
/** Scaled, grouped in thousands or with cents: "TRY 5 billion", "PHP 1,250", "ALL 12.50". */
export const PRICE_LIKE = 2;
/** A plain number that may be a year: "the 2004 Euros" is a tournament. */
export const YEAR_LIKE = 4;
/** The shape of a number the caller has not measured: only unambiguous markers pass. */
export const ANY_SHAPE: AmountShape = LARGE | PRICE_LIKE;

// Minor units after the amount: "50 cents a share", "20 pence", "5 euro cents".
const MINOR_UNITS = new PhraseTable<string>([
  ['cents', 'USD'], ['cent', 'USD'], ['US cents', 'USD'], ['euro cents', 'EUR'], ['pence', 'GBP'], ['penny', 'GBP'],
]);

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

// Words that may follow an amount whose currency is also an English word or a name ("a dollar
// a day", "a dollar and 65 cents", "TRY 5 billion in 2024"); a noun or a name after it makes
// it a compound or a count ("a dollar store", "a euro zone country", "6,000 AMD Instinct
// GPUs", "2 billion AMD chips").
const FUNCTION_WORDS = new Set(`a an per each apiece and or to than in on at from by for is was were will would
  could can may might has had have that which last this next more less of with as`.split(/\s+/));

/** True when nothing but punctuation or a function word follows: the amount ends there. */
export function endsPhrase(t: Token | undefined): boolean {
  return t === undefined || t.kind !== 'word' || FUNCTION_WORDS.has(t.lower);
}

/** "TOP 10 TIPS": a word of capitals (a headline), not a code beside a price. */
export function isShouting(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text.length >= 2 && t.text === t.text.toUpperCase() && t.text !== t.lower;
}

/** A currency marker that opens an amount at tokens[i]: "$", "US$", "USD", "€", "Rs.", "KES". */
export function readCurrencyBefore(tokens: readonly Token[], i: number): CurrencyMark | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'sym') {
    // "$US1.5 billion", "$A200m": the sign, then letters naming the dollar, glued to the number
    const w = tokens[i + 1];
    if (t.text === '$' && w?.kind === 'word' && glued(t, w) && tokens[i + 2]?.kind === 'num' && glued(w, tokens[i + 2])) {
      const code = dollarSuffixCode(w.text);
      if (code) return { code, next: i + 2 };
    }
    const code = signCode(t.text);
    return code ? { code, next: i + 1, sign: t.text } : null;
  }
  if (t.kind !== 'word') return null;
  const nx = tokens[i + 1];
  // "US$4.7 billion", "HK$ 3bn", "MX$", "CN¥", "E£"
  if (nx && nx.kind === 'sym' && glued(t, nx)) {
    const code = prefixedSignCode(t.text, nx.text);
    if (code) return { code, next: i + 2 };
  }
  // "US $4.7 billion": some wires put a space between.
  if (nx && nx.text === '$' && t.text === 'US') return { code: 'USD', next: i + 2 };
  // ("AUD $21.4 million", "SGD $5m": a dollar's code, then its sign)
  if (nx && nx.text === '$' && /^[A-Z]{2}D$/.test(t.text) && tokens[i + 2]?.kind === 'num' && glued(nx, tokens[i + 2])) {
    const e = codeEntry(t.text);
    if (e) return { code: e.code, next: i + 2 };
  }
  // "U.S.$5 million"
  if (t.text === 'U' && nx?.text === '.' && tokens[i + 2]?.text === 'S' && tokens[i + 3]?.text === '.' && tokens[i + 4]?.text === '$') {
    return { code: 'USD', next: i + 5 };
  }
  // "KES 13.4 billion", "MYR42", "Rs 500 crore" (case-sensitive: "eur" or "all" are no codes;
  // every code and letter symbol read before a number is a capital and at most three more
  // letters, so most words are turned away by their first letter or length)
  // "R42.9 million" (the rand), "N208 million", "N903m" (the naira): a single capital glued to a number is
  // the currency only with a scale word after the number (the caller checks); "R2", "N95" are names
  if (t.text.length === 1 && nx?.kind === 'num' && glued(t, nx)) {
    const single = singleLetterSign(t.text);
    return single ? { code: single, next: i + 1, scaled: true } : null;
  }
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90 || t.text.length > 4) return null;
  const e = codeEntry(t.text);
  if (!e) return null;
  const mark: CurrencyMark = { code: e.code, next: i + 1 };
  if (e.strict) mark.strict = true;
  if (e.shared) mark.shared = e.shared;
  if (!isLetterSymbol(t.text)) mark.iso = true;
  // "Rs. 500 crore", "Kshs.177.8 billion": a letter symbol written as an abbreviation
  if (nx?.text === '.' && glued(t, nx) && isLetterSymbol(t.text)) mark.next = i + 2;
  return mark;
}

/** Whether a name read after a number is a currency there (see NameLevel in currencies.ts). */
function nameFits(name: CurrencyName, head: Token, shape: AmountShape): boolean {
  if (name.level === 'adjective') return false;
  if (name.lowerOnly && head.text !== head.lower) return false;
  if (name.level === 'guarded' && !(shape & LARGE)) return false;
  // "the 2004 Euros", "Euro 2008": a year before a capitalised name is a tournament
  if ((shape & YEAR_LIKE) !== 0 && head.text !== head.lower) return false;
  return true;
}

/**
 * A currency after the amount at tokens[i]: "dollars", "Saudi riyals", "EUR", "€" ("20 €",
 * "20€"), "35$", "7.25US$", "15¢", or a glued "-dollar" ("a 2-billion-dollar deal").
 */
export function readCurrencyAfter(tokens: readonly Token[], i: number, shape: AmountShape): CurrencyMark | null {
  const t = tokens[i];
  if (!t) return null;
  const gluedOn = glued(tokens[i - 1], t);
  // "a 2-billion-dollar deal", "a 5-million-euro fund"
  if (t.text === '-' && gluedOn) {
    const w = tokens[i + 1];
    if (w && glued(t, w) && w.kind === 'word') {
      const m = matchCurrencyName(tokens, i + 1);
      // "a 500-pound bomb" weighs; "a 5-million-pound deal" pays
      const weight = m?.name.code === 'GBP' && tokens[i - 1]!.kind === 'num';
      if (m && !weight && nameFits(m.name, tokens[m.next - 1]!, shape)) return nameMark(m.name, m.next);
    }
    return null;
  }
  if (t.kind === 'sym') {
    // "15¢"
    if (t.text === '¢') return { code: 'USD', next: i + 1, factor: 0.01 };
    // "20 €10", "$1$1": a sign glued to the next number opens that amount
    if (tokens[i + 1]?.kind === 'num' && glued(t, tokens[i + 1])) return null;
    const code = signCode(t.text);
    if (!code) return null;
    // "35$", "25k$"; a spaced "$" after a number begins the next amount
    if (code === 'USD' && !gluedOn) return null;
    return { code, next: i + 1 };
  }
  if (t.kind !== 'word') return null;
  // "7.25US$", "10HK$": letters and a sign glued on after the number
  const nx = tokens[i + 1];
  if (gluedOn && nx?.kind === 'sym' && glued(t, nx) && !(tokens[i + 2]?.kind === 'num' && glued(nx, tokens[i + 2]))) {
    const code = prefixedSignCode(t.text, nx.text);
    if (code) return { code, next: i + 2 };
  }
  // "500 EUR", "42 SAR", "38MYR", "38 RM", "75Rs"
  const e = codeEntry(t.text);
  if (e) {
    if (isLetterSymbol(t.text) && !isLetterSymbolAfter(t.text) && !(t.text === 'Rs' && gluedOn)) return null;
    if (e.strict && !(shape & PRICE_LIKE)) return null;
    const mark: CurrencyMark = { code: e.code, next: i + 1 };
    if (e.strict) mark.strict = true;
    if (e.shared) mark.shared = e.shared;
    return mark;
  }
  const minor = MINOR_UNITS.match(tokens, i);
  if (minor) return { code: minor.value, next: minor.next, factor: 0.01 };
  const m = matchCurrencyName(tokens, i);
  if (!m || !nameFits(m.name, tokens[m.next - 1]!, shape) || isContraction(tokens, m.next)) return null;
  return nameMark(m.name, m.next);
}

/** "2,000 won't": an apostrophe and "t" glued on make the word a verb. */
function isContraction(tokens: readonly Token[], i: number): boolean {
  const q = tokens[i];
  return q !== undefined && (q.text === "'" || q.text === '’') && glued(tokens[i - 1], q) && tokens[i + 1]?.lower === 't' && glued(q, tokens[i + 1]);
}

function nameMark(name: CurrencyName, next: number): CurrencyMark {
  const mark: CurrencyMark = { code: name.code, next, name: true };
  if (name.shared) mark.shared = name.shared;
  return mark;
}


/** "a dollar", "a euro", "an Australian dollar" at tokens[i]: an amount of 1, or null. */
export function readOneCurrency(tokens: readonly Token[], i: number): CurrencyMark | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || (t.lower !== 'a' && t.lower !== 'an')) return null;
  const m = matchCurrencyName(tokens, i + 1);
  if (!m || !m.name.singular) return null;
  const head = tokens[m.next - 1]!;
  if (!isSingularCurrencyName(head.lower)) return null;
  const after = tokens[m.next];
  if (after !== undefined) {
    if (after.kind === 'num' || (after.kind === 'sym' && glued(head, after) && after.text === '-')) return null;
    // "of" ends an amount but "a dollar of" does not ("a pound of flesh")
    if (!endsPhrase(after) || after.lower === 'of') return null;
  }
  return nameMark(m.name, m.next);
}

/** "and 65 cents", "and sixty-five cents" after "2 dollars": the cents, or null. */
export function readCentsAfter(tokens: readonly Token[], i: number, code: string): { cents: number; next: number } | null {
  let k = i;
  if (tokens[k]?.lower === 'and') k++;
  const m = tokens[k];
  if (!m) return null;
  let cents: number | null = null;
  let next = k + 1;
  if (m.kind === 'num' && /^\d{1,2}$/.test(m.text)) cents = Number(m.text);
  else if (m.kind === 'word') {
    const w = wordCents(tokens, k);
    if (w) [cents, next] = [w.value, w.next];
  }
  if (cents === null) return null;
  const unit = MINOR_UNITS.match(tokens, next);
  if (!unit || (unit.value === 'GBP') !== (code === 'GBP')) return null;
  return { cents, next: unit.next };
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "sixty-five", "forty", "nine": a number of cents in words. */
function wordCents(tokens: readonly Token[], k: number): { value: number; next: number } | null {
  const w = tokens[k]!.lower;
  const one = ONES.indexOf(w);
  if (one > 0) return { value: one, next: k + 1 };
  const ten = TENS.indexOf(w);
  if (ten < 2) return null;
  const h = tokens[k + 1];
  const u = tokens[k + 2];
  if (h?.text === '-' && glued(tokens[k], h) && u && glued(h, u)) {
    const unit = ONES.indexOf(u.lower);
    if (unit > 0 && unit < 10) return { value: ten * 10 + unit, next: k + 3 };
  }
  return { value: ten * 10, next: k + 1 };
}

// "¥" alone is the yen, but Chinese amounts use it too: "¥5 billion (RMB)".
const YUAN_CONTEXT = /yuan|renminbi|\bRMB\b|\bCNY\b/i;
const YUAN_WINDOW = 80;

/** "¥" resolves to CNY when yuan, renminbi, RMB or CNY is written nearby, else JPY. */
export function resolveYenSign(text: string, start: number, end: number): string {
  const window = text.slice(Math.max(0, start - YUAN_WINDOW), Math.min(text.length, end + YUAN_WINDOW));
  return YUAN_CONTEXT.test(window) ? 'CNY' : 'JPY';
}
