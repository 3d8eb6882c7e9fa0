/**
 * Currency markers before or after an amount: "$", "US$", "USD", "€", "£", "¥", "₹",
 * "Rs", "CHF", "C$", "A$", "HK$", "S$", "₩"; "dollars", "euros", "pounds sterling",
 * "yen", "yuan", "rupees", "francs", "won". Values are ISO 4217 codes.
 */
import { table, PhraseTable, type Token } from './tokens.js';

// "$5m" "€20m" "£1.2bn" "¥500" "₹500 crore" "₩1.5 trillion"
// Word tables are Maps (see table() in tokens.ts): "constructor" finds nothing in them.
const SYMBOLS = table<string>({
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '￥': 'JPY', '＄': 'USD',
});

// "US$4.7 billion" "C$" "A$" "HK$" "S$" "NZ$" "R$": a country prefix glued to "$".
const DOLLAR_PREFIXES = table<string>({
  US: 'USD', C: 'CAD', CA: 'CAD', CAN: 'CAD', A: 'AUD', AU: 'AUD', HK: 'HKD', S: 'SGD', SG: 'SGD',
  NZ: 'NZD', R: 'BRL', NT: 'TWD',
});

// "USD34.6 million" "EUR 20m" "CHF 10 million" "Rs 500 crore" "RMB 3bn": upper-case codes
// (case-sensitive, so "eur" or "won" in running text are not codes).
const CODES = table<string>({
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', INR: 'INR', Rs: 'INR',
  CHF: 'CHF', CAD: 'CAD', AUD: 'AUD', HKD: 'HKD', SGD: 'SGD', KRW: 'KRW', NZD: 'NZD',
});

// Written-out currencies after the amount: "10 to 12 billion dollars", "5 billion yuan".
const SUFFIX_WORDS = new PhraseTable<string>([
  ['dollars', 'USD'], ['dollar', 'USD'],
  ['US dollars', 'USD'], ['U.S. dollars', 'USD'], ['American dollars', 'USD'],
  ['Canadian dollars', 'CAD'], ['Australian dollars', 'AUD'], ['Hong Kong dollars', 'HKD'],
  ['Singapore dollars', 'SGD'], ['New Zealand dollars', 'NZD'],
  ['euros', 'EUR'], ['euro', 'EUR'],
  ['pounds sterling', 'GBP'], ['pounds', 'GBP'], ['pound', 'GBP'], ['sterling', 'GBP'], ['British pounds', 'GBP'],
  ['yen', 'JPY'], ['Japanese yen', 'JPY'],
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['Chinese yuan', 'CNY'],
  ['rupees', 'INR'], ['rupee', 'INR'], ['Indian rupees', 'INR'],
  ['francs', 'CHF'], ['Swiss francs', 'CHF'], ['franc', 'CHF'],
  ['won', 'KRW'], ['Korean won', 'KRW'], ['South Korean won', 'KRW'],
]);

export interface CurrencyMark {
  code: string;
  /** Index after the marker. */
  next: number;
  /** "50 cents": the marker names a hundredth of the currency. */
  factor?: number;
}

// Minor units after the amount: "50 cents a share", "20 pence", "5 euro cents".
const MINOR_UNITS = new PhraseTable<string>([
  ['cents', 'USD'], ['cent', 'USD'], ['US cents', 'USD'], ['euro cents', 'EUR'], ['pence', 'GBP'], ['penny', 'GBP'],
]);

/** A currency marker that opens an amount at tokens[i]: "$", "US$", "USD", "€", "Rs.". */
export function readCurrencyBefore(tokens: readonly Token[], i: number): CurrencyMark | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'sym') {
    const code = SYMBOLS.get(t.text);
    return code ? { code, next: i + 1 } : null;
  }
  if (t.kind !== 'word') return null;
  const nx = tokens[i + 1];
  // "US$4.7 billion", "HK$ 3bn"
  if (nx && nx.text === '$' && nx.start === t.end && DOLLAR_PREFIXES.has(t.text)) {
    return { code: DOLLAR_PREFIXES.get(t.text)!, next: i + 2 };
  }
  // "US $4.7 billion": some wires put a space between.
  if (nx && nx.text === '$' && t.text === 'US') return { code: 'USD', next: i + 2 };
  // "U.S.$5 million"
  if (t.text === 'U' && nx?.text === '.' && tokens[i + 2]?.text === 'S' && tokens[i + 3]?.text === '.' && tokens[i + 4]?.text === '$') {
    return { code: 'USD', next: i + 5 };
  }
  const code = CODES.get(t.text);
  if (!code) return null;
  // "Rs. 500 crore"
  if (t.text === 'Rs' && nx?.text === '.' && nx.start === t.end) return { code, next: i + 2 };
  return { code, next: i + 1 };
}

/**
 * A currency after the amount at tokens[i]: "dollars", "euros", "EUR", "€" ("20 €", "20€"),
 * or a glued "-dollar" ("a 2-billion-dollar deal"). `afterScale` permits "won", which
 * after a bare small number is usually the verb.
 */
export function readCurrencyAfter(tokens: readonly Token[], i: number, afterScaleOrLarge: boolean): CurrencyMark | null {
  const t = tokens[i];
  if (!t) return null;
  // "20 €", "500£"
  if (t.kind === 'sym' && t.text !== '$' && SYMBOLS.get(t.text)) return { code: SYMBOLS.get(t.text)!, next: i + 1 };
  // "a 2-billion-dollar deal", "a 5-million-euro fund"
  if (t.text === '-' && tokens[i - 1]?.end === t.start) {
    const w = tokens[i + 1];
    if (w && w.start === t.end && w.kind === 'word') {
      const m = SUFFIX_WORDS.match(tokens, i + 1);
      // "a 500-pound bomb" weighs; "a 5-million-pound deal" pays
      const weight = m?.value === 'GBP' && tokens[i - 1]!.kind === 'num';
      if (m && m.value !== 'KRW' && !weight) return { code: m.value, next: m.next };
    }
    return null;
  }
  if (t.kind !== 'word') return null;
  // "500 EUR"
  if (CODES.get(t.text) && t.text !== 'Rs') return { code: CODES.get(t.text)!, next: i + 1 };
  const minor = MINOR_UNITS.match(tokens, i);
  if (minor) return { code: minor.value, next: minor.next, factor: 0.01 };
  const m = SUFFIX_WORDS.match(tokens, i);
  if (!m) return null;
  if (m.value === 'KRW' && t.lower === 'won' && !afterScaleOrLarge) return null;
  return { code: m.value, next: m.next };
}

// "¥" alone is the yen, but Chinese amounts use it too: "¥5 billion (RMB)".
const YUAN_CONTEXT = /yuan|renminbi|\bRMB\b|\bCNY\b/i;
const YUAN_WINDOW = 80;

/** "¥" resolves to CNY when yuan, renminbi, RMB or CNY is written nearby, else JPY. */
export function resolveYenSign(text: string, start: number, end: number): string {
  const window = text.slice(Math.max(0, start - YUAN_WINDOW), Math.min(text.length, end + YUAN_WINDOW));
  return YUAN_CONTEXT.test(window) ? 'CNY' : 'JPY';
}

/** True when tokens[i] is a sign currency ("$", "€"…), used when deciding where a range ends. */
export function isCurrencySymbol(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'sym' && SYMBOLS.get(t.text) !== undefined;
}
