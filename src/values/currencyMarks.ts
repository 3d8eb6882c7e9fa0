/**
 * Currency codes and signs: every ISO 4217 code of currencies.generated.ts (case-sensitive:
 * "SAR", never "sar"), the letter symbols the press writes like codes ("Rs", "RM", "zł"), the
 * one-character signs ("$", "€", "₦", "₪") and letters glued to a sign ("HK$", "MX$", "E£"),
 * all from Intl's data. Apart from currencies.ts because the tokenizer asks it which codes to
 * split from digits ("MYR42").
 */
import { CURRENCIES } from './currencies.generated.js';
import { builtTable } from './tables.js';

// Codes that are English words or common acronyms: "ALL 5 players", "TOP 10", "COP26",
// "AMD64", "PHP 8", "SDG 13", "NPR", "TRY". Read only before or after a scaled or price-like
// number ("TRY 5 billion", "PHP 1,250"), never in an all-capitals headline.
// Some are also the sports codes of teams and nations in score lines ("ARS 2", "ANG 1", "SLE 0",
// "MKD 3").
const STRICT_CODES = new Set(`ALL TOP CUP MOP TRY BOB GEL MAD PEN SOS LAK AMD COP PHP SDG NPR CVE BAM ARS TMT ERN CRC
  BTN SVC RON AWG IRR CDF SCR STN ANG SLE MKD BSD`.split(/\s+/));

// Letter symbols read like codes: CLDR's where a news reader meets them ("RM 42", "Rp 5 triliun"
// is not English but "Rp5 trillion" is; "500 zł", "20 Kč", "FCFA 10 billion") and the South
// Asian and East African press's "Rs", "Tk", "KSh", "Sh"; the Gulf's "Dh"; "RMB" for the yuan. Single letters
// ("R", "K", "P", "L", "Q") and words ("kr", "Ft", "KM" for kilometres) are too often
// something else.
const LETTER_SYMBOLS = new Map(Object.entries({ RM: 'MYR', Rp: 'IDR', zł: 'PLN', Kč: 'CZK', FCFA: 'XAF', Rs: 'INR', RMB: 'CNY', Tk: 'BDT', KSh: 'KES', Ksh: 'KES', Kshs: 'KES', KShs: 'KES', Sh: 'KES', Dh: 'AED', Dhs: 'AED', SR: 'SAR', QR: 'QAR' }));
// Of these, the Gulf's riyal letters are also road and product names ("SR 520", "QR code"): read like strict codes, only
// with a scaled or price-like amount ("SR37.5 billion", "QR 2bn")
const GUARDED_LETTER_SYMBOLS = new Set(['SR', 'QR']);
// Of these, the ones written after the number: "500 zł", "38 RM"; "75Rs" only glued.
const LETTER_SYMBOLS_AFTER = new Set(['RM', 'zł', 'Kč', 'FCFA']);

export interface CodeEntry {
  code: string;
  /** An English word or acronym too (STRICT_CODES). */
  strict: boolean;
  /** Other issuers when the mark is shared ("Rs": India, Pakistan, Sri Lanka, Nepal…). */
  shared: readonly string[] | null;
}

interface Marks {
  codes: Map<string, CodeEntry>;
  symbols: Map<string, string>;
  prefixed: Map<string, string>;
  signUsers: Map<string, string[]>;
}

/** The tables as the build saves them (values/tables.ts): each Map as its entries. */
type SavedMarks = { [K in keyof Marks]: Array<[string, Marks[K] extends Map<string, infer V> ? V : never]> };

/** The code and sign tables, for the build to save. */
export function saveMarks(marks: Marks = buildCodes()): SavedMarks {
  return { codes: [...marks.codes], symbols: [...marks.symbols], prefixed: [...marks.prefixed], signUsers: [...marks.signUsers] };
}

export function readMarks(saved: SavedMarks): Marks {
  return { codes: new Map(saved.codes), symbols: new Map(saved.symbols), prefixed: new Map(saved.prefixed), signUsers: new Map(saved.signUsers) };
}

export function buildCodes(): Marks {
  const codes = new Map<string, CodeEntry>();
  for (const [code] of CURRENCIES) codes.set(code, { code, strict: STRICT_CODES.has(code), shared: null });
  // who else writes "Rs": CLDR's narrow symbol of the Pakistani, Sri Lankan, Nepalese… rupees
  for (const [symbol, code] of LETTER_SYMBOLS) {
    const others = CURRENCIES.filter((r) => (r[4] === symbol || r[5] === symbol) && r[0] !== code).map((r) => r[0]);
    codes.set(symbol, { code, strict: GUARDED_LETTER_SYMBOLS.has(symbol), shared: others.length > 0 ? [code, ...others] : null });
  }
  // One-character signs: a sign several currencies use ("$", "£", "¥") belongs to the one
  // whose own symbol it is (US dollar, pound sterling, yen); other signs to their one user.
  const owners = new Map<string, string[]>();
  const own = new Map<string, string>();
  const prefixed = new Map<string, string>();
  for (const [code, , , , symbol, narrow] of CURRENCIES) {
    for (const s of [symbol, narrow]) {
      if (s.length === 1 && !/\p{L}/u.test(s)) {
        const list = owners.get(s) ?? [];
        if (!list.includes(code)) list.push(code);
        owners.set(s, list);
        if (s === symbol) own.set(s, code);
      } else if (/^\p{Lu}[\p{L}]*[^\p{L}\s.]$/u.test(s) && !prefixed.has(s)) {
        // "HK$", "MX$", "R$", "CN¥", "E£", "GH₵": letters glued to a sign
        prefixed.set(s, code);
      }
    }
  }
  const symbols = new Map<string, string>();
  for (const [s, list] of owners) {
    const code = own.get(s) ?? (list.length === 1 ? list[0] : undefined);
    if (code) symbols.set(s, code);
  }
  // full-width forms of East Asian text
  symbols.set('＄', 'USD');
  symbols.set('￥', 'JPY');
  // the press's prefixes beside CLDR's: "C$" is the Canadian dollar in English news (CLDR
  // gives it to the córdoba), "S$" Singapore's, "US$", "AU$", "NT$", and "T$" the Taiwan dollar as Reuters writes it (CLDR gives it to the paʻanga)
  // "CAD$18 million", "AUD$ 5bn": a code glued to the sign its currency writes
  for (const [code, , , , symbol, narrow] of CURRENCIES) {
    for (const sign of new Set([symbol.slice(-1), narrow])) if (sign.length === 1 && !/\p{L}/u.test(sign) && !prefixed.has(code + sign)) prefixed.set(code + sign, code);
  }
  for (const [p, code] of Object.entries({ US$: 'USD', C$: 'CAD', CA$: 'CAD', CAN$: 'CAD', A$: 'AUD', AU$: 'AUD', S$: 'SGD', SG$: 'SGD', NZ$: 'NZD', NT$: 'TWD', T$: 'TWD', R$: 'BRL', 'GH¢': 'GHS' })) {
    prefixed.set(p, code);
  }
  return { codes, symbols, prefixed, signUsers: owners };
}

// (as the build made them, else built here)
const SAVED_MARKS = builtTable<SavedMarks>('marks');
const MARKS = SAVED_MARKS ? readMarks(SAVED_MARKS) : buildCodes();

/** An ISO code ("SAR", case-sensitive) or a letter symbol read like one ("Rs", "RM"). */
export function codeEntry(word: string): CodeEntry | undefined {
  return MARKS.codes.get(word);
}

/** A letter symbol that may stand after the number ("38 RM", "500 zł"). */
export function isLetterSymbolAfter(word: string): boolean {
  return LETTER_SYMBOLS_AFTER.has(word);
}

/** True for a letter symbol rather than an ISO code. */
export function isLetterSymbol(word: string): boolean {
  return LETTER_SYMBOLS.has(word);
}

/** True when the currency `code` writes the one-character `sign` ("CAD" and "$", "EGP" and "£"). */
export function writesSign(code: string, sign: string): boolean {
  return MARKS.signUsers.get(sign)?.includes(code) ?? false;
}

/** A one-character currency sign ("$", "€", "₦", "₪"). */
export function signCode(sign: string): string | undefined {
  return MARKS.symbols.get(sign);
}

// the signs that close a prefixed sign ("$", "¥", "£", "₵"): a word glued to any other
// character ("company's") is looked up no further
const PREFIX_SIGNS = new Set([...MARKS.prefixed.keys()].map((p) => p[p.length - 1]!));

/** Letters glued to a sign ("HK" and "$", "MX" and "$", "CN" and "¥", "E" and "£"). */
export function prefixedSignCode(prefix: string, sign: string): string | undefined {
  return PREFIX_SIGNS.has(sign) ? MARKS.prefixed.get(prefix + sign) : undefined;
}

/** The letters of a dollar written sign first, as Australian and some Asian papers do ("$US1.5 billion", "$A200m", "$NZ45m", "$HK3bn"). */
export function dollarSuffixCode(letters: string): string | undefined {
  return /^[A-Z]{1,3}$/.test(letters) ? MARKS.prefixed.get(letters + '$') : undefined;
}

// The single letters that English-language papers in South Africa and Nigeria write for their currencies
const SINGLE_LETTER_SIGNS = new Map([['R', 'ZAR'], ['N', 'NGN']]);
// (only before a scaled amount: "R42.9 million", "N903m"; "R2", "N95" are names)
// ("R69.3-million", as South African papers hyphenate the scale)
// (or a figure grouped in thousands, as pay and prices are written: "N110,000 monthly", "R15,000 a month")
const SCALED_DIGITS = /^\d[\d,.]*(?:\s|-)?(?:million|billion|trillion|bn|mn|m|tn)\b|^\d{1,3}(?:,\d{3})+(?![\d,])/i;

/** The currency a single capital glued to a number writes ("R" → ZAR), if any. */
export function singleLetterSign(letter: string): string | undefined {
  return SINGLE_LETTER_SIGNS.get(letter);
}

/** A single capital the tokenizer splits from the scaled amount glued after it ("N208 million"). */
export function splitsSingleLetter(letter: string, rest: string): boolean {
  return SINGLE_LETTER_SIGNS.has(letter) && SCALED_DIGITS.test(rest);
}

/** Codes and letter symbols the tokenizer splits from digits glued after them ("MYR42", "Rs500"). */
export function splitsFromDigits(word: string): boolean {
  const e = MARKS.codes.get(word);
  // "COP26", "AMD64", "SDG13" stay one word: a strict code glued to digits is a name (not the riyal's letters: "SR37.5")
  return e !== undefined && (!e.strict || GUARDED_LETTER_SYMBOLS.has(word));
}

