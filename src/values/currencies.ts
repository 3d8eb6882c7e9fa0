/**
 * The world's currencies as word tables: ISO 4217 codes, English names with their plurals,
 * and symbols, built once at load from the Intl data in currencies.generated.ts (made at build
 * time by scripts/build-currencies.mjs) and from what CLDR does not say: which names and codes
 * are English words too, the spellings the press uses beside CLDR's ("reais", "roubles",
 * "kronor"), and which issuer a name shared by several means when the sentence does not say.
 */
import { CURRENCIES } from './currencies.generated.js';
import { builtTable } from './tables.js';
import { PhraseTable, table, type Token } from './tokens.js';

/**
 * How freely a currency name is read after a number:
 * - free: after any number ("8 riyals", "twelve shekels");
 * - guarded: an English word too ("won", "rand", "dong", "lei"): only written in lower case and
 *   after a scaled or 1,000+ number ("1.5 trillion won", "35,000 rand"), never "Burnout 3 won";
 * - adjective: an English word read only with its country ("Brazilian reais"), never bare
 *   ("the 25,000 mark", "the 5 real reasons", "two Grand Slam crowns").
 */
export type NameLevel = 'free' | 'guarded' | 'adjective';

export interface CurrencyName {
  /** The ISO code; for a name several currencies share ("dinars"), the default issuer's. */
  code: string;
  /** Every issuer of a shared name, resolved by the sentence's countries; null when the name is one currency's. */
  shared: readonly string[] | null;
  level: NameLevel;
  /** Read only as written in lower case: "60 bucks" but not the "Bucks". */
  lowerOnly: boolean;
  /** A singular name ("dollar"): "a dollar" reads 1. */
  singular: boolean;
}

// Names that are English words too (see NameLevel). Accented and plain spellings both.
const GUARDED = new Set(`won rand dong lei lek leke lekë kip kips pula pulas som soms dram drams tala vatu vatus
  leone leones lari laris lev leva kina loti lotis balboa balboas quetzal quetzals gourde gourdes guarani
  guaranis afghani afghanis lempira lempiras córdoba córdobas cordoba cordobas bolívar bolívars bolivar
  bolivars dobra dobras colón colóns colones`.split(/\s+/));
const ADJECTIVE_ONLY = new Set(`real reals mark marks gold rights sucre sucres sol soles colon colons crown
  crowns`.split(/\s+/));
// With its country a name is a currency, except where the country-and-word is a sentence too:
// "two South Korean won gold", "three Brazilian real fans", "two Zimbabwean gold medals".
const GUARDED_WITH_ADJECTIVE = new Set(['won', 'real', 'reals', 'gold']);

// Plurals and spellings English news uses besides CLDR's, keyed by CLDR's singular.
const MORE_FORMS = table<string[]>({
  real: ['reais'], lira: ['lire', 'liras'], krona: ['kronor'], krone: ['kroner'], króna: ['krónur', 'kronur'],
  zloty: ['zlotys', 'zlotych', 'zloties'], shekel: ['sheqel', 'sheqels', 'shekalim', 'sheqalim'],
  ruble: ['rouble', 'roubles'], rupiah: ['rupiahs'], naira: ['nairas'], dirham: ['dirhems'], lek: ['leke'],
  denar: ['denars'], hryvnia: ['hryvnias', 'hryvnya', 'hryvnyas'], forint: ['forints'], koruna: ['korunas', 'koruny'],
  cedi: ['cedis'], taka: ['takas'], kwacha: ['kwachas'], kyat: ['kyats'], tenge: ['tenges'], riel: ['riels'],
  yuan: [], yen: [], won: [], baht: [], rand: [], ringgit: ['ringgits'], peso: ['pesos'], dinar: ['dinars'],
  escudo: ['escudos'], metical: ['meticais'], lilangeni: ['emalangeni'], loti: ['maloti'], leu: ['lei'],
  lev: ['leva'], tugrik: ['tugriks', 'tögrög'], manat: ['manats'], som: ['soms'], sol: ['soles'], colón: ['colones'],
});

// Names CLDR does not give: [phrase, code, singular]. Country-name forms ("Kenya shillings")
// are made from the data below.
const ALIASES: ReadonlyArray<readonly [string, string, boolean]> = [
  ['U.S. dollars', 'USD', false], ['U.S. dollar', 'USD', true], ['American dollars', 'USD', false],
  ['pounds sterling', 'GBP', false], ['pound sterling', 'GBP', true], ['sterling', 'GBP', false],
  ['renminbi', 'CNY', false], ['yuan renminbi', 'CNY', false], ['Korean won', 'KRW', false],
  ['Israeli shekels', 'ILS', false], ['Israeli shekel', 'ILS', true], ['new shekels', 'ILS', false],
  ['Emirati dirhams', 'AED', false],
  ['Czech crowns', 'CZK', false], ['Swedish crowns', 'SEK', false], ['Norwegian crowns', 'NOK', false],
  ['Danish crowns', 'DKK', false], ['convertible marks', 'BAM', false], ['Taiwan dollars', 'TWD', false],
  ['Taiwanese dollars', 'TWD', false],
];
// "60 bucks": informal dollars, lower case only ("the Bucks" are a team).
const LOWER_ONLY_ALIASES: ReadonlyArray<readonly [string, string]> = [['bucks', 'USD']];

// A name several currencies share means, without a country in the sentence, the one of the
// largest economy among its issuers.
export const DEFAULT_ISSUERS: readonly string[] = ['USD', 'EUR', 'GBP', 'CHF', 'MXN', 'INR', 'IQD', 'IRR', 'SAR', 'KES', 'NOK', 'SEK',
  'AED', 'KRW', 'RUB', 'RON', 'AZN', 'UZS', 'ZMW', 'CRC', 'XCG', 'SLE', 'XOF'];
// "dollars" are US dollars in English news whatever country the sentence names ("Canada's
// Shopify raised 2 billion dollars"); other shared names follow the sentence's country.
const NO_CONTEXT = new Set(['USD']);

const byCode = new Map(CURRENCIES.map((row) => [row[0], row]));

// The two CFA franc zones are many countries each, which no code's letters name.
const ZONES = table<string[]>({
  XOF: ['Senegal', 'Senegalese', 'Ivory Coast', 'Ivorian', "Côte d'Ivoire", 'Mali', 'Malian', 'Burkina Faso', 'Niger',
    'Benin', 'Beninese', 'Togo', 'Togolese', 'Guinea-Bissau', 'West Africa', 'West African'],
  XAF: ['Cameroon', 'Cameroonian', 'Gabon', 'Gabonese', 'Chad', 'Chadian', 'Congo', 'Congolese', 'Equatorial Guinea',
    'Central African Republic', 'Central Africa', 'Central African'],
});

/** "Kuwaiti" and "Kuwait": the words that say which issuer a shared name means. */
function countryWords(code: string): string[] {
  const zone = ZONES.get(code);
  if (zone) return zone;
  const row = byCode.get(code);
  if (!row) return [];
  const words = [row[1], row[6]].filter((w) => w !== '' && w !== 'special drawing');
  // "Central African CFA" → "Central African"
  return words.map((w) => w.replace(/ CFA$| convertible$| new$/, ''));
}

function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Every spelling of a name's head: CLDR's singular and plural, the press's, without accents. */
function headForms(singular: string, plural: string): Array<[form: string, singular: boolean]> {
  const forms = new Map<string, boolean>([[singular, true]]);
  if (!forms.has(plural)) forms.set(plural, false);
  for (const f of MORE_FORMS.get(singular) ?? []) if (!forms.has(f)) forms.set(f, false);
  for (const [f, one] of [...forms]) {
    const plain = stripAccents(f);
    if (!forms.has(plain)) forms.set(plain, one);
  }
  return [...forms];
}

function levelOf(head: string, withAdjective: boolean): NameLevel {
  if (withAdjective) return GUARDED_WITH_ADJECTIVE.has(head) ? 'guarded' : 'free';
  if (ADJECTIVE_ONLY.has(head)) return 'adjective';
  return GUARDED.has(head) ? 'guarded' : 'free';
}

function chooseDefault(codes: readonly string[]): string {
  for (const c of DEFAULT_ISSUERS) if (codes.includes(c)) return c;
  // every shared name has its issuer above (test/values.currencies.test.ts checks it)
  return codes[0]!;
}

// "a pound of", "a yen for": singular names that "a" does not make an amount of 1
const NOT_WITH_A = new Set(['pound', 'yen', 'sucre']);

interface Names {
  phrases: PhraseTable<CurrencyName>;
  anchors: Set<string>;
  shared: Map<string, string[]>;
}

/**
 * The name tables as the build saves them (values/tables.ts), compact: each distinct name once
 * ([code, shared, level, lowerOnly, singular]), the phrases by first token as [parts, name's number].
 */
interface SavedNames {
  names: Array<[string, string[] | null, NameLevel, boolean, boolean]>;
  phrases: Array<[string, Array<[string[], number]>]>;
  anchors: string[];
  shared: Array<[string, string[]]>;
}

/** The name tables, for the build to save. */
export function saveNames(tables: Names = buildNames()): SavedNames {
  const names: SavedNames['names'] = [];
  const numbers = new Map<string, number>();
  const numberOf = (n: CurrencyName): number => {
    const row: SavedNames['names'][number] = [n.code, n.shared ? [...n.shared] : null, n.level, n.lowerOnly, n.singular];
    const key = JSON.stringify(row);
    let at = numbers.get(key);
    if (at === undefined) {
      numbers.set(key, (at = names.length));
      names.push(row);
    }
    return at;
  };
  const phrases = tables.phrases.groups().map(([first, list]) => [first, list.map((e) => [e.parts, numberOf(e.value)])] as [string, Array<[string[], number]>]);
  return { names, phrases, anchors: [...tables.anchors], shared: [...tables.shared] };
}

export function readNames(saved: SavedNames): Names {
  const names = saved.names.map(([code, shared, level, lowerOnly, singular]): CurrencyName => ({ code, shared, level, lowerOnly, singular }));
  const groups = saved.phrases.map(([first, list]) => [first, list.map(([parts, n]) => ({ parts, value: names[n]! }))] as const);
  return { phrases: PhraseTable.fromGroups(groups), anchors: new Set(saved.anchors), shared: new Map(saved.shared) };
}

export function buildNames(): Names {
  const entries = new Map<string, CurrencyName>();
  const add = (phrase: string, name: CurrencyName): void => {
    const key = phrase.toLowerCase();
    if (!entries.has(key)) entries.set(key, name);
  };
  // bare heads: "riyals" → SAR and QAR
  const bare = new Map<string, { codes: string[]; singular: boolean }>();
  const countryCount = new Map<string, number>();
  for (const row of CURRENCIES) if (row[6]) countryCount.set(row[6], (countryCount.get(row[6]) ?? 0) + 1);
  for (const [code, adjective, singular, plural, , , country] of CURRENCIES) {
    for (const [form, one] of headForms(singular, plural)) {
      const level = levelOf(form, true);
      // "Saudi riyals", "Bosnia-Herzegovina convertible marks"
      if (adjective) add(`${adjective} ${form}`, { code, shared: null, level, lowerOnly: false, singular: one });
      // "Kenya shillings": the country for the adjective, when it issues one currency
      if (country && country !== adjective && countryCount.get(country) === 1) {
        add(`${country} ${form}`, { code, shared: null, level, lowerOnly: false, singular: one });
      }
      let b = bare.get(form);
      if (!b) bare.set(form, (b = { codes: [], singular: one }));
      if (!b.codes.includes(code)) b.codes.push(code);
    }
  }
  for (const [phrase, code, one] of ALIASES) add(phrase, { code, shared: null, level: 'free', lowerOnly: false, singular: one });
  for (const [phrase, code] of LOWER_ONLY_ALIASES) add(phrase, { code, shared: null, level: 'free', lowerOnly: true, singular: false });
  // "CFA francs" are West or Central African by the country the sentence names
  for (const [phrase, one] of [['CFA francs', false], ['CFA franc', true]] as const) {
    add(phrase, { code: 'XOF', shared: ['XOF', 'XAF'], level: 'free', lowerOnly: false, singular: one });
  }
  const shared = new Map<string, string[]>();
  const anchors = new Set<string>();
  for (const [form, { codes, singular }] of bare) {
    const level = levelOf(form, false);
    const code = codes.length === 1 ? codes[0]! : chooseDefault(codes);
    const isShared = codes.length > 1 && !NO_CONTEXT.has(code);
    if (codes.length > 1) shared.set(form, codes);
    add(form, { code, shared: isShared ? codes : null, level, lowerOnly: level === 'guarded', singular });
    if (singular && level === 'free' && !NOT_WITH_A.has(form)) anchors.add(form);
  }
  return { phrases: new PhraseTable([...entries]), anchors, shared };
}

// (as the build made them, else built here)
const SAVED_NAMES = builtTable<SavedNames>('names');
const NAMES = SAVED_NAMES ? readNames(SAVED_NAMES) : buildNames();

/** The currency name at tokens[i] ("dollars", "Saudi riyals", "1.5 trillion won"), unfiltered. */
export function matchCurrencyName(tokens: readonly Token[], i: number): { name: CurrencyName; next: number } | null {
  const m = NAMES.phrases.match(tokens, i);
  return m ? { name: m.value, next: m.next } : null;
}

/** Singular names "a" makes 1 of ("a dollar", "a euro", not "a pound of", "a yen for"). */
export function isSingularCurrencyName(lower: string): boolean {
  return NAMES.anchors.has(lower);
}

/** Shared bare names and their issuers, for tests. */
export const SHARED_NAMES: ReadonlyMap<string, readonly string[]> = NAMES.shared;

// The sentence's countries decide a shared name: [issuer, its words] per shared name, made on
// first use (most articles never meet one).
const contextPatterns = new Map<string, { pattern: RegExp; codeOf: Map<string, string> }>();

function contextFor(codes: readonly string[]): { pattern: RegExp; codeOf: Map<string, string> } {
  const key = codes.join(' ');
  let c = contextPatterns.get(key);
  if (!c) {
    const codeOf = new Map<string, string>();
    for (const code of codes) for (const w of countryWords(code)) if (!codeOf.has(w)) codeOf.set(w, code);
    const words = [...codeOf.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    c = { pattern: new RegExp(`(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`, 'gu'), codeOf };
    contextPatterns.set(key, c);
  }
  return c;
}

/** The issuers of "Rs", "rupees" and "crore" amounts. */
export const RUPEES = ['INR', 'PKR', 'BDT', 'NPR', 'LKR'];

/** The issuer of a shared name or sign whose country or adjective the text names most often, or null when it names none. */
export function issuerByCount(text: string, codes: readonly string[]): string | null {
  const { pattern, codeOf } = contextFor(codes);
  pattern.lastIndex = 0;
  const counts = new Map<string, number>();
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const code = codeOf.get(m[0]);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [code, n] of counts) if (best === null || n > counts.get(best)!) best = code;
  return best;
}

/**
 * The issuer of a shared name or sign at text[start..end): the one whose country or adjective
 * the text names nearest to it ("Kuwait's central bank … 40 million dinars" → KWD), else `fallback`.
 */
export function resolveShared(text: string, start: number, end: number, codes: readonly string[], fallback: string): string {
  const { pattern, codeOf } = contextFor(codes);
  pattern.lastIndex = 0;
  let best = fallback;
  let bestDistance = Infinity;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const at = m.index;
    const distance = at >= end ? at - end : start >= at + m[0].length ? start - at - m[0].length : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = codeOf.get(m[0]) ?? fallback;
    }
  }
  return best;
}
