import { MONTHS } from '../text/months.js';
import { isKnownSurname } from './surnames.js';
import { splitsFromDigits } from '../values/currencyMarks.js';
import { Memo } from '../text/memo.js';
import type { Sentence } from '../text/sentences.js';
import { isDemonym, isKnownPlace, KNOWN_BY_KEY, NOT_ORG_WORDS, PRODUCT_BY_LOWER } from './gazetteer.js';
import { isDictionaryWord } from './dictionary.js';
import { isCommonWord, isFunctionWord, Lexicon, lexiconBits } from './lexicon.js';
import { BODY_HEAD, COUNTRY_WORDS, evidenceOf, POSSESSIVE_NAME_HEAD, isCoinage, isOrgColumn, looksLikeFirstName, INDEX_FIRST, ORG_POSSESSION, PERSON_HEAD_AFTER, SPEAKER_AFTER, LEGAL_SUFFIX, noEvidence, ORG_FIRST, ORG_HEADS } from './evidence.js';
import { decideKinds, type Typed } from './typing.js';
import { nameKey } from './aliases.js';
import { DATELINE } from '../text/dateline.js';
import { isSignOrPunctuation } from '../text/normalize.js';

/**
 * Find the names in an article — runs of capitalised words — and tell organisations from
 * people, places and products by gazetteer, word shape, lexicon and context. Unknown
 * companies ("Zentrix AI", "Quillmark") are found by shape and context, not by a list.
 */

export type NameKind = 'org' | 'person' | 'place' | 'product' | 'other';

export interface NameMention {
  start: number;
  end: number;
  /** The name as written, possessive and trailing dot removed. */
  surface: string;
  kind: NameKind;
  /** Nothing in the article says what the name is: it is taken for an organisation. */
  assumed: boolean;
  sentence: number;
  possessive: boolean;
}

/**
 * A word of a sentence. Its text is sliced from the sentence only when asked: most words are
 * lower-case and only ever asked whether they are capitalised.
 */
class Token {
  private sliced: string | undefined = undefined;
  // What the lexicon and gazetteer say of the word, asked once per word (several passes ask);
  // made only for words that are asked about, so a lower-case word stays small
  private said: { bits?: number; known?: string | null; opener?: boolean } | undefined = undefined;

  constructor(
    private readonly source: string,
    private readonly base: number,
    readonly start: number,
    readonly end: number,
    readonly cap: boolean,
  ) {}

  get length(): number {
    return this.end - this.start;
  }

  /** The UTF-16 unit `k` places into the word (negative: before it). */
  codeAt(k: number): number {
    return this.source.charCodeAt(this.start - this.base + k);
  }

  get text(): string {
    return (this.sliced ??= this.source.slice(this.start - this.base, this.end - this.base));
  }

  /** The text between this word and a later one of the same source (" & " in "Swaine & Moore"). */
  gapTo(next: Token): string {
    return this.source.slice(this.end - this.base, next.start - this.base);
  }

  /** What the lexicon says of the word (lexiconBits). */
  get lexicon(): number {
    const said = (this.said ??= {});
    return (said.bits ??= lexiconBits(this.text));
  }

  /** Opens sentences without being a name ("But", "The"): isFunctionWord. */
  get isFunction(): boolean {
    return Lexicon.function(this.lexicon);
  }

  /** An ordinary English word: isCommonWord. */
  get isCommon(): boolean {
    return Lexicon.common(this.lexicon);
  }

  /** The gazetteer's name for the word alone, if any: knownOrgName. */
  get knownAs(): string | undefined {
    const said = (this.said ??= {});
    if (said.known === undefined) said.known = knownOrgName(this.text) ?? null;
    return said.known ?? undefined;
  }

  /** Could the word open a known name? */
  get opensKnown(): boolean {
    const said = (this.said ??= {});
    return (said.opener ??= opensKnownName.get(this.text));
  }

  /** The same word without its last `n` characters ("Meta's" → "Meta"). */
  shortened(n: number): Token {
    return new Token(this.source, this.base, this.start, this.end - n, this.cap);
  }

  /** The capitalised rest of the word after its first `n` characters ("ex-Tesla" → "Tesla"). */
  after(n: number): Token {
    return new Token(this.source, this.base, this.start + n, this.end, true);
  }
}

// "xAI", "eBay", "iPhone": lower-case start, capital inside
const CAMEL = /^[a-z]{1,3}[A-Z]/;
export { LEGAL_SUFFIX, ORG_HEADS } from './evidence.js';
// Context after a name that only a company takes: "Quillmark raised", "Zentrix, a startup".
// Written as small expressions tried in turn, not one: V8 takes tens of milliseconds to
// compile one large alternation of optional phrases, and every run pays it at start-up.
// (Each is matched against the lower-cased text after the name.)
const NAME_LEAD = /^(?:'s)?,? /;
// Adverbs between a name and its verb: "Quillmark has raised", "Zentrix also signed"
const ADVERBS = ['has ', 'have ', 'had ', 'is ', 'was ', 'also ', 'recently ', 'just ', 'reportedly ', 'previously ', 'will ', 'would ', 'said it ', 'is now ', 'now '];
// ("Ruby, which had 50 engineers": a relative clause on "which" is the name's, as an adverb would be)
const STRONG_ADVERBS = ['has ', 'have ', 'had ', 'is ', 'was ', 'also ', 'recently ', 'just ', 'reportedly ', 'now ', 'which ', 'which has ', 'which had ', 'which is ', 'which was ', 'which now ', 'which today '];
const COMPANY_VERB = /^(?:raised|raises|raising|secured|secures|securing|lands|landed|bags|bagged|nabs|nabbed|hits|hit|valued|was valued|is valued|employs|employed|hired|hires|hiring|poached|recruited|laid off|lays off|cut|cuts|announced|announces|signed|signs|launched|acquired|invested|led|leads|closed|closes|reported|reports|posted|generated|generates|plans|filed|ipo|is in talks|in talks|is raising|counts|serves|has \d|had \d|has about|has nearly|has more than|said on|said in a|told|was founded|founded|is based|is headquartered|was started|was spun|grew|grows|doubled|tripled|expanded|opened|unveiled|partnered|struck|inked|agreed|will use|uses|rents|leases)\b/;
// The nouns that say a name is a company's, in an apposition ("Tarsel, the French home-improvement marketplace,"); with a few
// more after "is"/"became" ("X is a subsidiary", "X became a giant")
const COMPANY_KINDS = 'startup|start-up|company|firm|maker|provider|developer|lab|operator|unicorn|platform|marketplace|chipmaker|business|retailer|lender|bank|insurer';
const COMPANY_NOUN = `${COMPANY_KINDS}|giant|group|subsidiary|investor|fund|venture`;
// (not after a preposition: "Staff at Orrin Bank", "Staff across the bank" are the bank's people)
const DESCRIBED_AS_COMPANY = new RegExp(`^(?:(?:is|was|became|becomes|remains|has become) )?(?!(?:at|in|of|from|for|with|by|across|to|on|throughout|within|inside)\\b)(?:[\\w']+ ){0,2}?(?:a|an|the)? ?(?:[\\w-]+ ){0,4}?(?:${COMPANY_NOUN})\\b`);
const LEGAL_AFTER = /^(?:inc|corp|ltd|llc)\b/;
// What only a company has, said of a word capitalised inside a sentence: "Sorrel's workforce", "Quillon's chief
// executive" (not "the Company's shareholders" of a filing, nor a sentence's opening word: "Company's shareholders approve…")
const COMPANY_POSSESSION = /^'s (?:(?:full-time|total|global|current) )?(?:chief executive|ceo|cfo|cto|board of directors|share price|shareholders|investors|backers|staff|employees|workforce|headcount|valuation|annual revenue|revenues?|co-?founders?)\b/i;

/** `re` (anchored) matches at the start of `x`, or after one of the adverbs. */
function afterAdverb(re: RegExp, x: string, adverbs: readonly string[]): boolean {
  if (re.test(x)) return true;
  for (const a of adverbs) if (x.startsWith(a) && re.test(x.slice(a.length))) return true;
  return false;
}

/** "Quillmark raised…", "Quillmark, a robotics startup…", "Quillmark Inc": what follows makes it a company. */
function orgCueAfter(after: string): boolean {
  const lead = NAME_LEAD.exec(after);
  if (!lead) return false;
  const x = after.slice(lead[0].length).toLowerCase();
  return afterAdverb(COMPANY_VERB, x, ADVERBS) || DESCRIBED_AS_COMPANY.test(x) || LEGAL_AFTER.test(x);
}

// The strong form of orgCueAfter: a business verb right after ("Quillmark has raised", not "… led by")
// (only verbs a company does: "Revenue grew", "Sales doubled" open with ordinary nouns)
const APPOSITION = /^, (?:a|an|the) [^,]{1,50}, /;
const RESULT_VERB = /^(?:reported|posted|generated|grew|doubled|hit|reached|passed|topped|surpassed)\b/;
const COMPANY_APPOSITION = new RegExp(String.raw`^, (?:a|an|the) (?:[\w-]+ ){0,4}?(?:${COMPANY_KINDS})\b` + PERSON_HEAD_AFTER + SPEAKER_AFTER);
// (and what only a company has or does: "Windsurf had about 250 employees", "Poolside is in talks to raise", "Lovable hit
// $100 million in annual recurring revenue"; "Iris reduced its workforce by 160", "Ruby, which had 50
// engineers"; "Jasper said on Wednesday that its Teams had 75 million daily active users": a speaker whose own are users)
// (a charge taken, costs cut, sites operated, a period's results, revenue grown to: "Glacier will take a $60 million charge",
// "Quarry, which already operates more than 180 data centres", "Ridge half year sales DKK 83,296 million")
const BUSINESS_VERB = /^(?:raised|raises|secured|secures|landed|lands|employs|hired|hires|poached|announced|announces|signed|signs|valued|was valued|is valued|is raising|was founded|is based|is headquartered|laid off)\b(?! by)|^(?:has|had|now has|employs|employed) (?:about |around |nearly |more than |over |some |roughly |almost |just |only )?[\d.,]+(?: (?:million|billion|lakh|crore|m|bn))? (?:full-time )?(?:employees|staff|staffers|workers|engineers|researchers|developers|users|customers|subscribers)\b|^(?:cut|cuts|reduced|reduces|trimmed|trims|slashed|slashes|shrank|halved) (?:its|their) (?:workforce|headcount|staff|payroll)\b|^(?:said|says|announced|reported) (?:on [a-z]+ |in a statement |today |yesterday |this week )?(?:that )?its (?:[\w.,-]+ ){0,6}?(?:users|customers|subscribers|revenues?|sales|profits?|employees|workforce|headcount|valuation)\b|^(?:is|was|are) in (?:advanced |early |preliminary )?talks to (?:raise|acquire|buy|merge)\b|^(?:hit|hits|reached|passed|crossed|surpassed|topped) (?:[$€£¥]|us\$)[\d.,]+(?: (?:million|billion|m|bn))? in (?:annual recurring revenue|arr|annuali[sz]ed revenue)\b|^(?:will take|takes|took|has taken|booked|books|will book) an? (?:(?:[$€£¥]|us\$)[\d.,]+ ?(?:million|billion|m|bn)? )?(?:one-off |one-time |restructuring |pre-tax )?(?:charge|writedown|write-down|impairment)\b|^is (?:moving|planning|looking|seeking|set) to (?:cut|reduce|trim|slash) (?:costs|jobs|its workforce|staff)\b|^which (?:already |now |also |currently )?(?:operates|employs|runs|owns|sells|manufactures)\b|^(?:half[- ]year|full[- ]year|quarterly|annual|first[- ]half|(?:first|second|third|fourth)[- ]quarter) (?:net |operating |pre-tax )?(?:sales|revenues?|profits?|earnings|results)\b|^has grown to [^.;]{1,40} in (?:annual )?(?:revenue|sales|arr)\b|^(?:said|says|stated|announced) (?:on [a-z]+ |today |yesterday |last week |earlier |this week )?(?:that )?it (?:will|would|has|had|is|was|plans|planned|expects|expected|intends|aims|hopes|agreed|reached|signed|completed|closed)\b/;
const VERB_LEAD = /^,? /;
const PLACED_SAID_ITS = /^, of [a-z][\w .'-]{1,30}(?:, [a-z][\w .'-]{1,30})?, (?:said|says|announced|reported) (?:on [a-z]+ |today |yesterday )?(?:that )?(?:it|its)\b/;
const APPOSITION_LEAD = /^, (?:a|an|the) [^,]{1,50},,? /;

/** "Quillmark, a robotics startup, has raised…": the strong cue, for a name that is also an ordinary word. */
function orgVerbAfter(after: string): boolean {
  const x = after.toLowerCase();
  // ("Meadow, of Holon, Israel, said it closed its public offering": a name placed by its town, speaking of itself)
  if (PLACED_SAID_ITS.test(x)) return true;
  const appos = APPOSITION.exec(x);
  if (appos && afterAdverb(RESULT_VERB, x.slice(appos[0].length), STRONG_ADVERBS)) return true;
  if (COMPANY_APPOSITION.test(x)) return true;
  for (const lead of [VERB_LEAD.exec(x), APPOSITION_LEAD.exec(x)]) {
    if (lead && afterAdverb(BUSINESS_VERB, x.slice(lead[0].length), STRONG_ADVERBS)) return true;
  }
  return false;
}

const GAZETTEER = KNOWN_BY_KEY;
const PRODUCT_NAMES = PRODUCT_BY_LOWER;

// (asked of the same words many times an article: remembered as written, no lower-casing)
const knownAs = new Memo((surface) => GAZETTEER.get(surface.toLowerCase()) ?? null);
/** The gazetteer's canonical name for a surface form, if it is a known organisation. */
export const knownOrgName = (surface: string): string | undefined => knownAs.get(surface) ?? undefined;


const LATIN_AT = /\p{sc=Latin}/uy;
const MARK_AT = /\p{M}/uy;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_AFTER_HYPHEN = /-\p{Ll}/u;
const SHOUTED = /^[\p{Lu}0-9.&-]+$/u;
// ("9mobile": one digit and a word of five letters or more, no unit or scale glued on: not "5million", "3months")
const DIGIT_NAME = /^\d+(?:-\d+)*(?:[a-z]+[A-Z]|-[A-Z][a-z]|[A-Z][a-z]{2,})|^\d(?!(?:million|billion|thousand|trillion|hundred|percent|crore|lakhs?|months?|years?|weeks?|minutes?|seconds?|hours?|metres?|meters?|miles|tonnes?|times)\b)[a-z]{5,}$/;
// Short words after a hyphen that describe the name before it: "Tokyo-led", "UK-born", "Gulf-run"
const DESCRIPTIVE_TAIL = new Set(['led', 'run', 'born', 'bred', 'made', 'wide', 'like', 'free', 'only', 'area', 'era', 'size', 'type', 'area', 'hit', 'bound', 'held', 'set', 'up', 'in', 'on', 'off', 'out', 'for', 'to', 'era']);

/** Length of the Latin letter at i (2 for a surrogate pair), or 0. */
function latinAt(text: string, i: number, c: number): number {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (isSignOrPunctuation(c)) return 0;
  LATIN_AT.lastIndex = i;
  return LATIN_AT.test(text) ? LATIN_AT.lastIndex - i : 0;
}

/**
 * text.charCodeAt(i), or -1 past either end (where charCodeAt gives NaN: no character test below
 * tells them apart), without asking V8 for a code there: its optimised code reads inside the string
 * only and holds codes as small integers, and is thrown away (and compiled again) the first time a
 * read is not.
 */
const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** Length of a character that can start a token (a Latin letter or a digit) at i, or 0. */
function startAt(text: string, i: number): number {
  // (past the end: nothing, as the letter test below finds)
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return 1;
  return latinAt(text, i, c);
}

/** Length of a character that continues a token at i (letter, combining mark, digit, & or +), or 0. */
function innerAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 38 || c === 43 ? 1 : 0;
  const n = latinAt(text, i, c);
  if (n || isSignOrPunctuation(c)) return n;
  MARK_AT.lastIndex = i;
  return MARK_AT.test(text) ? MARK_AT.lastIndex - i : 0;
}

const isAsciiWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Words of Latin script with their joiners, one scan: "Character.AI", "Amazon.com", "AT&T",
 * "Coca-Cola", "xAI", "23andMe", "Meta's" (possessive split later). A dot or hyphen joins only
 * when a letter or digit follows; an apostrophe only before a final "s". Other scripts end a
 * word, so mojibake such as "HPâ€™s" glues nothing onto a name.
 */
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const CURRENCY_GLUED = /^(?:Dhs?|K?Sh|Ksh|Rs|Rp|Tk|QR)\d[\d.,]*$/;
const LETTER_GLUED = /^[NKRP]\d[\d.,]*(?:bn|m|mn|k|tn)?$/;
const SCALE_AFTER = /^\s+(?:million|billion|trillion|crore|lakh)\b/i;
const POSSESSIVE_DETERMINER = /^(?:Their|His|Her|Our|Its|My|Your)$/;
const SCALE_WORD = /^(?:Bn|Bln|Mn|Mln|Tn|Trn|Cr|Crs|Lakhs?|Crores?|Thousand|Million|Billion|Trillion)$/;
// ("AED137.3bn", "SAR42", "MYR1.2m": any currency's code glued to its amount — the codes the quantity reader splits from digits)
const CODE_GLUED = /^([A-Z][A-Za-z]{1,3})\d[\d.,]*(?:bn|m|mn|k|tn|b)?$/;
const codeGlued = (word: string): boolean => {
  const m = CODE_GLUED.exec(word);
  return !!m && splitsFromDigits(m[1]!);
};
const isDigitAscii = (c: number) => c >= 48 && c <= 57;

const COLUMNS_ARE_NAMES = /^\s*\|?\s*(?:|metric|metrics|measure|figure|figures|kpi|item|)\s*\|\s*[A-Z]/i;

export function tokenize(text: string, base: number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = startAt(text, i);
    if (!first) {
      i++;
      continue;
    }
    let j = i + first;
    for (;;) {
      const inner = innerAt(text, j);
      if (inner) {
        j += inner;
        continue;
      }
      // (the end of the text ends the word)
      if (j >= n) break;
      const c = text.charCodeAt(j);
      // ("working for Rivian.Tesla says": two sentences glued by a full stop without its space are two words)
      if (c === 46 && isLowerAscii(text.charCodeAt(j - 1)) && isUpperAscii(codeAt(text, j + 1)) && isLowerAscii(codeAt(text, j + 2))) break;
      if ((c === 46 || c === 45) && startAt(text, j + 1)) j++;
      else if (c === 39 && codeAt(text, j + 1) === 115 && !isAsciiWordChar(codeAt(text, j + 2))) j++;
      // ("Pandora A/S": the Danish and Norwegian legal form, two capitals joined by a slash, is one word)
      else if (c === 47 && j - i === 1 && text.charCodeAt(i) === 65 && text.charCodeAt(j + 1) === 83 && !isAsciiWordChar(codeAt(text, j + 2))) j++;
      // ("O’Brien", "D'Souza", "O'Neill": an Irish or Romance particle glued by an apostrophe to a capitalised name)
      else if ((c === 39 || c === 8217) && j - i === 1 && /[ODL]/.test(text[i]!) && isUpperAscii(codeAt(text, j + 1)) && isLowerAscii(codeAt(text, j + 2))) j++;
      else break;
    }
    // ("$US50b", "$A200m": the letters of a dollar glued to its amount are no word)
    // ("Rs 1,085-Rs 1,125": digits after a thousands separator end a number, they start no name like "7-Eleven")
    const inNumber = i > 1 && (text.charCodeAt(i - 1) === 44 || text.charCodeAt(i - 1) === 46) && isDigitAscii(text.charCodeAt(i - 2)) && isDigitAscii(text.charCodeAt(i));
    // ("Dh137.3 billion", "KSh3 billion": a currency's letters glued to its amount are no name — one letter only when a decimal,
    // a scale or a scale word says amount: "N2.04 billion", "R3.5m", "K20bn"; "N26", "K52" are banks)
    // (each glued form opens with a capital and has a digit among its second to fifth characters: most words ask no expression,
    // and are not sliced for one)
    const mayBeGlued = isUpperAscii(text.charCodeAt(i)) && (isDigitAscii(codeAt(text, i + 1)) || isDigitAscii(codeAt(text, i + 2)) || isDigitAscii(codeAt(text, i + 3)) || isDigitAscii(codeAt(text, i + 4)));
    const signAfter = j - i <= 3 && text.charCodeAt(j) === 36 && isDigitAscii(codeAt(text, j + 1));
    const word = mayBeGlued || signAfter ? text.slice(i, j) : '';
    // ("CA$6.5 million", "HK$2bn", "US$40": a dollar's letters before its sign and amount are no name either)
    const signLetters = signAfter && /^[A-Z]+$/.test(word);
    // ("AUD 21.4 million", "AUD $21.4 million", "KES 13.4 billion": a currency's code, a space, then its amount)
    const spacedCode = j - i === 3 && text.charCodeAt(j) === 32 && (isDigitAscii(codeAt(text, j + 1)) || (codeAt(text, j + 1) === 36 && isDigitAscii(codeAt(text, j + 2)))) && isUpperAscii(text.charCodeAt(i + 2)) && splitsFromDigits(text.slice(i, j));
    if (spacedCode || signLetters || (mayBeGlued && (CURRENCY_GLUED.test(word) || codeGlued(word) || (LETTER_GLUED.test(word) && (/\.\d|[a-z]$/.test(word) || SCALE_AFTER.test(text.slice(j, j + 12))))))) {
      i = j;
      continue;
    }
    // ("$2.22 Bn", "INR 7.5 Cr", "$40 Million": a scale's word or abbreviation after an amount, capitalised, is no name)
    if (j - i <= 8 && i > 0 && isDigitAscii(text.charCodeAt(text.charCodeAt(i - 1) === 32 ? i - 2 : i - 1)) && SCALE_WORD.test(text.slice(i, j))) {
      i = j;
      continue;
    }
    // ("BT_20180314_JHVW14PR7V.jpg", "@Kestrel_Labs": a word joined by an underscore is a file's or a handle's name, no word of prose)
    const underscored = text.charCodeAt(j) === 95 || (i > 0 && text.charCodeAt(i - 1) === 95);
    if (!(i > 0 && text.charCodeAt(i - 1) === 36 && /\d/.test(text.slice(i, j)))) out.push(new Token(text, base, base + i, base + j, !inNumber && !underscored && isCapitalised(text, i, j)));
    i = j;
  }
  return out;
}

/**
 * Is text[i, j) capitalised: a capital first ("Meta", "Émile") or a camel-case start ("xAI",
 * "eBay")? "California-based" is a word. (Read in place: a lower-case word is never sliced.)
 */
function isCapitalised(text: string, i: number, j: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122) {
    // "xAI", "eBay", "iPhone", "easyJet": one to four lower-case letters, then a capital
    let k = i + 1;
    while (k < j && k - i < 4 && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k++;
    if (k >= j) return false;
    const d = text.charCodeAt(k);
    if (!(d >= 65 && d <= 90)) return false;
  } else if (c >= 48 && c <= 57) {
    // "23andMe", "7-Eleven", "1-800-Flowers.com": digits, then letters with a capital (not "3M", "5G", "10K")
    return DIGIT_NAME.test(text.slice(i, j));
  } else if (c < 128 ? !(c >= 65 && c <= 90) : !UPPER_FIRST.test(text.slice(i, j))) return false;
  const hyphen = text.indexOf('-', i);
  if (hyphen < 0 || hyphen >= j || !LOWER_AFTER_HYPHEN.test(text.slice(i, j))) return true;
  // "Park Ji-won", "Seo-yeon": a short lower-case part after the hyphen is part of a name;
  // "California-based", "Tokyo-listed", "Meta-offering" describe or glue on a word
  const tail = text.slice(hyphen + 1, j);
  return tail.length <= 4 && !DESCRIPTIVE_TAIL.has(tail) && !tail.includes('-');
}

/** "Meta's" → "Meta", possessive (a token ends in an apostrophe only before a final "s"). */
function isPossessive(t: Token): boolean {
  const n = t.length;
  return n > 2 && t.codeAt(n - 2) === 39 && (t.codeAt(n - 1) === 115 || t.codeAt(n - 1) === 83);
}

const withoutPossessive = (t: Token): Token => (isPossessive(t) ? t.shortened(2) : t);

// Short words a headline in title case still writes in lower case
// Short words headline style capitalises: lower-case, they are prose
const SHORT_PROSE = new Set(['is', 'are', 'was', 'has', 'had', 'new', 'its', 'his', 'her', 'who', 'now', 'not', 'all', 'our', 'way', 'top', 'big', 'set', 'get', 'got', 'say', 'see', 'may', 'can', 'did', 'out', 'off', 'why', 'how', 'be', 'it', 'he', 'we', 'do', 'no', 'so', 'up']);
const HEADLINE_LOWER = new Set(['with', 'from', 'into', 'over', 'than', 'onto', 'upon', 'amid', 'after', 'about', 'versus', 'while', 'despite']);

/**
 * Is the sentence title-cased ("Google Is Spending Billions on Robotics Talent")? Then capitals
 * say little. (`possessives`: judge "Meta's" as "Meta".)
 */
function isTitleCase(raw: Token[], possessives = false, dictionaryWords = false): boolean {
  // words of four letters or more
  let words = 0;
  let caps = 0;
  // (a row of figures is no headline: "Canara Bank 88,213 81,260 –6,953 ▼ Declining")
  // (numbers apart from each other, not the parts of one — "100,000" — and not years)
  let figures = 0;
  let figureEnd = -2;
  let lastFigure = -10;
  for (let ri = 0; ri < raw.length; ri++) {
    const r = raw[ri]!;
    const t = possessives ? withoutPossessive(r) : r;
    const c = t.codeAt(0);
    if (c >= 48 && c <= 57) {
      const joined = t.start === figureEnd + 1 && (t.codeAt(-1) === 44 || t.codeAt(-1) === 46);
      // (small counts standing alone are words of a headline: "as 6 Startups Become Unicorns in 4 Days" — not the first group
      // of "8,890")
      const next = raw[ri + 1];
      const small = t.length <= 2 && !(next && next.start === t.end + 1 && (next.codeAt(-1) === 44 || next.codeAt(-1) === 46));
      // (figures side by side, not figures words stand between: "Regular Employees Increased by 1,865, Non-Regular … by 4,962" is a headline)
      if (!joined && !/^(?:19|20)\d\d/.test(t.text) && !small) {
        if (++figures >= 2 && ri - lastFigure <= 2) return false;
        lastFigure = ri;
      }
      if (joined) lastFigure = ri;
      figureEnd = t.end;
    }
    // (a short lower-case word a headline would capitalise — "is", "new", "its" — makes it prose: "Dana Roe is Halvard Bank's new CFO.")
    if (t.length <= 3 && c >= 97 && c <= 122 && !t.cap && SHORT_PROSE.has(t.text)) return false;
    if (t.length <= 3 || !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
    // a sentence with ordinary lower-case words ("a $28 million Series A led by Brackwater Ventures") is prose
    // (headline style keeps short function words lower-case: "… and Signs … Agreement with Oracle")
    if (!t.cap && !HEADLINE_LOWER.has(t.text)) return false;
    words++;
    if (t.cap) caps++;
  }
  if (words < 3 || caps / words < 0.75) return false;
  // A line of names only ("Kestrel Dynamics (Lyon)") is not a headline in title case:
  // that needs capitalised ordinary words ("Is Paying Millions for").
  // ("China AI Startup Lumtibfen Targets $10 Billion Valuation": or three words of the dictionary, a headline's nouns and verbs —
  // asked of a line that is no table row and no label's line, whose names are as often made of such words)
  let ordinary = 0;
  for (const r of raw) {
    const t = possessives ? withoutPossessive(r) : r;
    if (t.cap && (t.isFunction || t.isCommon) && ++ordinary >= 2) return true;
  }
  if (!dictionaryWords) return false;
  // (not a company's head word: "Hiring from Copperleaf Labs, Kestrel Dynamics, and Halvard Robotics" is a list of names)
  let worded = ordinary;
  for (const r of raw) {
    const t = possessives ? withoutPossessive(r) : r;
    if (t.cap && !t.isFunction && !t.isCommon && !ORG_HEADS.has(t.text) && (isDictionaryWord(t.text) || isPluralOfWord(t.text)) && ++worded >= 3) return true;
  }
  return false;
}

interface Chunk {
  tokens: Token[];
  possessive: boolean;
}

// "Bank of America", "University of Tokyo": the words after which "of" stays inside a name
const INSTITUTION_OF = /^(?:Bank|University|Institute|Bureau|Department|Ministry|Government|Republic|Kingdom|Sultanate|Emirate|Principality|Commonwealth|Museum|College|School|Board|Council|Chamber|Royal|Federal|National|Association|Federation|Society|Commission|Office|Church|Academy|Hospital|Port|City|Isle|Bay|Gulf|Court|House|State|States|Union|Court|Centre|Center|Fund|Agency|Authority|Organisation|Organization|Library|Coast|Cape|Registrar|Comptroller|Controller|Secretary|Directorate|Inspectorate|Tribunal)$/;
// "Robin van Persie", "Leonardo da Vinci", "Khalid bin Mahfouz"
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'es']);
const isUpperAscii = (c: number) => c >= 65 && c <= 90;
// Titles that head a person's name inside a run of capitals: "Innovation Minister Ed Husic", "Coach Brad Gilbert"
const TITLE_WORDS = new Set('Minister Secretary Chancellor Governor Senator Mayor Coach Commissioner Ambassador Deputy Shadow Prime Prince Princess Sheikh Pope Archbishop Professor Spokesman Spokeswoman Spokesperson Captain Sen Rep Gov Gen Col Capt Lt Sgt Lord Baroness Baron President Presidents Vice VP VPs SVP EVP Chairman Chairwoman Director Directors Promoter Promoters'.split(' '));
// Words that open a sentence to describe the name after them: "Rival Quanta Silicon", "Carmaker Fiat"
const DESCRIBER = /^(?:Rivals?|Peers?|Competitors?|Partner|Parent|Owner|Start-?up|Carmaker|Automaker|Chipmaker|Drugmaker|Lender|Retailer|Insurer|Broker|Airline|Conglomerate|Miner|Brewer|Publisher|Broadcaster|Supermarket|Grocer|Fintech|Neobank|Unicorn|Marketplace|Manufacturer|Former|Struggling|Troubled|Embattled|Beleaguered|Ailing|Shares|Investors?|Analysts?|Chairman|Chairwoman|Boss|Striker|Midfielder|Defender|Coach|Manager|Captain|Singer|Actor|Actress|Director|Star|Veteran|Newcomer|Champion|Holder|Holders|Defending|Ex-\w+)$/;

// The last words of institutions whose names hold "and": "Securities and Exchange Commission" (a company's legal
// suffix too: "Korea Iron and Steel Co.", "Oil and Gas Corp")
const AND_INSTITUTION_HEADS = /^(?:Co\.?|Corp\.?|Inc\.?|Ltd\.?|Limited|Company|Corporation|Plc|plc|LLC|Bhd|Berhad|Holdings|Authority|Commission|Administration|Agency|Board|Council|Department|Office|Customs|Service|Services|Institute|Bureau|Committee|Association|Federation|Union|Workers|Society|Trust|Fund|Museum|Ministry|Court|Tribunal|Survey|Centre|Center|Party|Forum)$/;

/**
 * Does the "and" at raw[i] join an institution's name: ordinary capitalised words on both
 * sides ("Food and Drug"), ending, within three words, in an institution head? ("Google and
 * Microsoft" stay two.)
 */
function andJoinsInstitution(raw: Token[], i: number, cur: Chunk): boolean {
  const prev = cur.tokens[cur.tokens.length - 1]!;
  if (!(prev.isCommon || isDictionaryWord(prev.text)) || prev.knownAs) return false;
  for (let k = i + 1; k < raw.length && k <= i + 3; k++) {
    const t = raw[k]!;
    if (!t.cap || t.knownAs) return false;
    if (AND_INSTITUTION_HEADS.test(t.text)) return true;
    if (!(t.isCommon || isDictionaryWord(t.text))) return false;
  }
  return false;
}

/** "David's Bridal": the possessor is a known first name alone, right before a capitalised word after one space. */
function firstNameBrand(owner: Token, sentenceText: string, base: number, next: Token): boolean {
  if (sentenceText.slice(owner.end - base, next.start - base).replace(/^['’]s?/, '') !== ' ') return false;
  return looksLikeFirstName(owner.text) && !next.isFunction;
}

/** "OYO Hotels and Homes": a name ending in a plural common noun, "and", and a single capitalised plural common noun that ends the run. */
function andJoinsPlurals(raw: Token[], i: number, cur: Chunk): boolean {
  if (cur.tokens.length < 2) return false;
  const prev = cur.tokens[cur.tokens.length - 1]!;
  const next = raw[i + 1];
  const plural = (t: Token) => /[a-z]s$/.test(t.text) && (t.isCommon || isDictionaryWord(t.text) || isPluralOfWord(t.text)) && !t.knownAs;
  return !!next && next.cap && plural(prev) && plural(next) && !raw[i + 2]?.cap;
}

// The company nouns after which a lower-case coined word is a company's name ("lender iwoca", "startup smallcase")
const LOWER_BRAND_WORDS = ['startup', 'start-up', 'lender', 'fintech', 'neobank', 'challenger', 'bank', 'insurer', 'broker', 'platform', 'marketplace', 'unicorn', 'edtech', 'proptech', 'insurtech', 'healthtech', 'agritech', 'company', 'firm', 'app', 'retailer', 'brand', 'maker', 'provider', 'operator', 'airline', 'carrier', 'telco'];
const LOWER_BRAND_CUE = new Set(LOWER_BRAND_WORDS);
const LOWER_BRAND_AT = new RegExp(`\\b(?:${LOWER_BRAND_WORDS.join('|')}) [a-z][a-z0-9]{3}`, 'i');

/** Runs of capitalised tokens joined by single spaces (or " & ", " of " inside institution names). */
function chunksOf(sentenceText: string, base: number, raw: Token[]): { chunks: Chunk[]; titleCase: boolean } {
  const chunks: Chunk[] = [];
  let cur: Chunk | null = null;
  // (the run so far goes on, ends or starts anew at each word: each case a function under the
  // 1,000 bytes of bytecode a batch optimises, BATCH_V8_FLAGS)
  for (let i = 0; i < raw.length; i++) cur = raw[i]!.cap ? capitalInRun(sentenceText, base, raw, i, cur, chunks) : lowerInRun(sentenceText, base, raw, i, cur, chunks);
  if (cur) chunks.push(cur);
  return { chunks, titleCase: isTitleCase(raw, true, !sentenceText.includes('|') && !sentenceText.includes(':')) };
}

/** "Slaughter and May": the run, "and" and the next capitalised word (or two) make a name the gazetteer knows. */
function andJoinsKnown(raw: Token[], i: number, cur: Chunk): boolean {
  if (!cur.tokens[0]!.opensKnown || !raw[i + 1]?.cap) return false;
  const head = cur.tokens.map((t) => t.text).join(' ');
  for (let k = i + 1; k <= i + 2 && raw[k]?.cap; k++) if (knownOrgName(`${head} and ${raw.slice(i + 1, k + 1).map((t) => t.text).join(' ')}`)) return true;
  return false;
}

/** The run after a lower-case word of a sentence (a lower-case word only ends it, but for a few). */
function lowerInRun(sentenceText: string, base: number, raw: Token[], i: number, cur: Chunk | null, chunks: Chunk[]): Chunk | null {
  const word = raw[i]!;
  // (a lower-case word only ends the run: no copy of it is needed)
  // "Greyfriar Systems plc": a lower-case legal suffix ends the name
  if (cur && !cur.possessive && (word.text === 'plc' || word.text === 'ltd') && sentenceText.slice(cur.tokens[cur.tokens.length - 1]!.end - base, word.start - base) === ' ') {
    cur.tokens.push(word);
    chunks.push(cur);
    return null;
  }
  // "Competition and Markets Authority", "Food and Drug Administration": "and" inside an institution's name
  // ("OYO Hotels and Homes": a plural common noun, "and", one more ending the run — a company's name of two lines of business)
  // ("Slaughter and May": a known firm's name with "and" in it)
  if (cur && !cur.possessive && word.text === 'and' && (andJoinsInstitution(raw, i, cur) || andJoinsPlurals(raw, i, cur) || andJoinsKnown(raw, i, cur))) {
    cur.tokens.push(word);
    return cur;
  }
  // ("Channel 5 News", "BBC Radio 4": a channel's or a station's short number inside a name, after a word that numbers one, or between
  // capitalised words)
  if (cur && !cur.possessive && /^\d{1,2}$/.test(word.text) && sentenceText.slice(cur.tokens[cur.tokens.length - 1]!.end - base, word.start - base) === ' ' && /^(?:Channel|Radio|Studio|Formula)$/.test(cur.tokens[cur.tokens.length - 1]!.text) && !/^[,.]\d/.test(sentenceText.slice(word.end - base, word.end - base + 2))) {
    cur.tokens.push(word);
    return cur;
  }
  // "Bank of America", "Robin van Persie": a particle between capitalised words stays inside
  if (cur && !cur.possessive && raw[i + 1]?.cap && sentenceText.slice(word.end - base, raw[i + 1]!.start - base) === ' ' && sentenceText.slice(cur.tokens[cur.tokens.length - 1]!.end - base, word.start - base) === ' ') {
    const particle = word.text;
    const prev = cur.tokens[cur.tokens.length - 1]!.text;
    if ((particle === 'of' && INSTITUTION_OF.test(prev)) || NAME_PARTICLES.has(particle)) {
      cur.tokens.push(word);
      return cur;
    }
  }
  // "San Francisco-based", "Tokyo-listed": the capitalised part ends the name, the rest describes it
  // "ex-Tesla employees", "ex-Google": a former employer's name after "ex-"
  if (word.length > 4 && word.codeAt(0) === 101 && word.codeAt(1) === 120 && word.codeAt(2) === 45 && isUpperAscii(word.codeAt(3))) {
    if (cur) chunks.push(cur);
    const rest = word.after(3);
    const tail = rest.text.indexOf('-');
    // ("ex-Kestrel Cloud alum": the name goes on in the capitalised words after it)
    if (tail > 0) {
      chunks.push({ tokens: [rest.shortened(rest.length - tail)], possessive: false });
      return null;
    }
    return { tokens: [rest], possessive: false };
  }
  // ("companies-most notably Meta-offering…": a dash written as a hyphen glues a name to a word)
  const hyphen = isUpperAscii(word.codeAt(0)) ? word.text.indexOf('-') : -1;
  // ("The Co-operative Bank", "Co-op Group": a capitalised prefix and its word are one word of the name, the run goes on)
  if (hyphen > 0 && HYPHEN_PREFIXES.has(word.text.slice(0, hyphen).toLowerCase()) && /^[a-z]+$/.test(word.text.slice(hyphen + 1))) {
    if (cur && !cur.possessive && sentenceText.slice(cur.tokens[cur.tokens.length - 1]!.end - base, word.start - base) === ' ') {
      cur.tokens.push(word);
      return cur;
    }
    if (cur) chunks.push(cur);
    return { tokens: [word], possessive: false };
  }
  if (hyphen > 0) {
    const head = word.shortened(word.length - hyphen);
    if (cur && !cur.possessive && sentenceText.slice(cur.tokens[cur.tokens.length - 1]!.end - base, word.start - base) === ' ') cur.tokens.push(head);
    else {
      if (cur) chunks.push(cur);
      cur = { tokens: [head], possessive: false };
    }
  }
  if (cur) chunks.push(cur);
  return null;
}

/** The run after a capitalised word of a sentence: the run it goes on, or a new one. */
function capitalInRun(sentenceText: string, base: number, raw: Token[], i: number, cur: Chunk | null, chunks: Chunk[]): Chunk {
  const word = raw[i]!;
  const token = withoutPossessive(word);
  const possessive = token !== word;
  // "David's Bridal", "Wendy's Kitchen": a lone first name's possessive before a capitalised word is a brand's name
  // (a person is not named by a first name alone in news: "Meta's Llama" stays owner and product)
  // ("Divi's Laboratories", "Dr Reddy's Laboratories", "Macy's Inc": a possessive before a lab's or a legal form's word is the
  // company's own name — a division after an owner's possessive is "Apple's Services", and stays the owner's)
  if (cur !== null && cur.possessive && POSSESSIVE_NAME_HEAD.test(token.text) && sentenceText.slice(cur.tokens[cur.tokens.length - 1]!.end - base, token.start - base).replace(/^['’]s?/, '') === ' ') {
    cur.tokens[cur.tokens.length - 1] = raw[i - 1]!;
    cur.tokens.push(token);
    cur.possessive = possessive;
    return cur;
  }
  if (cur !== null && cur.possessive && cur.tokens.length === 1 && firstNameBrand(cur.tokens[0]!, sentenceText, base, token)) {
    const own = raw[i - 1]!;
    cur.tokens[0] = own;
    cur.tokens.push(token);
    cur.possessive = possessive;
    return cur;
  }
  if (cur !== null && !cur.possessive && joinsRun(sentenceText, base, cur.tokens[cur.tokens.length - 1]!, token)) {
    cur.tokens.push(token);
    cur.possessive = possessive;
    return cur;
  }
  if (cur) chunks.push(cur);
  return { tokens: [token], possessive };
}

// One-word surnames joined by commas, "&" before the last, then no further name: "Orrick, Herrington & Sutcliffe"
const PARTNERS_NAME = /^[A-Z][a-z][A-Za-z]*(?:, [A-Z][a-z][A-Za-z]*){1,4} & [A-Z][a-z][A-Za-z]*(?![\w&-]|,? & |, [A-Z])/;

const AMPERSAND_CLOSED = / & $/;
const BRACKETED_BEFORE_SUFFIX = /^\) (?:Limited|Ltd|plc|PLC|Inc|LLC|Pvt|Pty|Pte|Company)\b/;
/** Whether a capitalised word goes on with the run whose last word is `last`. */
function joinsRun(sentenceText: string, base: number, last: Token, token: Token): boolean {
  const gap = sentenceText.slice(last.end - base, token.start - base);
  const prev = last.text;
  return (
    // ("Wotton + Kearney": a plus joins partners' names as an ampersand does)
    gap === ' ' || gap === ' & ' || gap === ' + ' ||
    // (a hard-wrapped line goes on with the name — not into a dateline in capitals: "…Engen Tham\nBEIJING/SHANGHAI Aug 28")
    (gap === '\n' && !/^[A-Z]{3,}$/.test(token.text)) ||
    // ("K. Krithivasan", "J.P. Morgan", "A.P. Moller": an initial or dotted initials go on with the name)
    (gap === '. ' && LEGAL_SUFFIX.test(prev) === false && /^[A-Z](?:\.[A-Z])*$/.test(prev)) ||
    // "Blu Smart Mobility Pvt. Ltd", "Kestrel Holdings Pty. Ltd", "Maju Sdn. Bhd.": a two-part legal suffix
    (gap === '. ' && /^(?:Pvt|Pty|Pte|Sdn|Co)$/.test(prev) && /^(?:Ltd|Limited|Bhd)$/.test(token.text)) ||
    // ("Yue Yuen Industrial (Holdings) Limited", "Turners (Soham) Ltd": a word in brackets inside a registered name, before its
    // legal suffix)
    (gap === ' (' && BRACKETED_BEFORE_SUFFIX.test(sentenceText.slice(token.end - base, token.end - base + 12))) ||
    (gap === ') ' && sentenceText[last.start - base - 1] === '(' && /^(?:Limited|Ltd|plc|PLC|Inc|LLC|Pvt|Pty|Pte|Company)$/.test(token.text)) ||
    // "Corvana Systems, Inc.", "Hon Hai Precision, Ltd": a legal suffix after a comma
    (gap === ', ' && /^(?:Inc|Ltd|LLC|Corp|Co|plc|PLC|AG|SA|NV|GmbH|Limited|LLP|LP)$/.test(token.text)) ||
    // ("Orrick, Herrington & Sutcliffe", "Epstein, Becker & Green", "Skadden, Arps, Slate, Meagher & Flom": a firm of partners'
    // names, one word each, commas between and "&" before the last — not a list of companies the gazetteer knows)
    // (not after a name its own "&" has closed: "…, Simpson Thacher & Bartlett, Trowers & Hamlins and White & Case" is a list)
    (gap === ', ' && PARTNERS_NAME.test(sentenceText.slice(last.start - base)) && !opensKnownName.get(prev) && !opensKnownName.get(token.text) && !AMPERSAND_CLOSED.test(sentenceText.slice(Math.max(0, last.start - base - 40), last.start - base)))
  );
}

// First words of the known names, so most words are ruled out as the start of one at once
// (each name's text up to its first space, without splitting the whole name: made at every load)
const firstWord = (k: string): string => {
  const space = k.indexOf(' ');
  return space < 0 ? k : k.slice(0, space);
};
const FIRST_WORDS = new Set([...GAZETTEER.keys(), ...PRODUCT_NAMES.keys()].map(firstWord));
const opensKnownName = new Memo((word) => FIRST_WORDS.has(word.toLowerCase()));

/** Split a chunk at words that cannot be part of an organisation name ("Nvidia CEO Jensen Huang"). */
// Units written in capitals after a number: power, energy, data, frequency, speed
const UNIT_ABBREVIATIONS = new Set(['MW', 'GW', 'KW', 'TW', 'MWh', 'GWh', 'KWh', 'TWh', 'MWp', 'GWp', 'MVA', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'Gbps', 'Mbps', 'Tbps', 'GHz', 'MHz', 'THz', 'MPH', 'KM', 'BPD', 'MMBtu', 'PFLOPS', 'EFLOPS', 'TFLOPS']);

function splitAtNonNameWords(tokens: Token[]): Token[][] {
  // "Dow Jones Industrial Average", "FTSE 100": an index is one name, whoever publishes it
  if (tokens.length > 1 && INDEX_FIRST.has(tokens[0]!.text)) return [tokens];
  // ("the United Arab Emirates": a place's name keeps a nationality word inside it)
  if (tokens.length > 2 && tokens.some((t) => NOT_ORG_WORDS.has(t.text)) && isKnownPlace(tokens.map((t) => t.text).join(' ').replace(/['’]s?$/, '').toLowerCase())) return [tokens];
  const mayBeKnown = tokens[0]!.opensKnown;
  const joined = mayBeKnown ? tokens.map((t) => t.text).join(' ') : '';
  if (mayBeKnown && (knownOrgName(joined) || PRODUCT_NAMES.has(joined.toLowerCase()))) return [tokens];
  // "Nvidia Blackwell GPUs", "GOOGL GOOG DeepMind": a known company beside other words is
  // a name of its own — unless the rest only completes it ("Halvard Energy Systems", "Alphabet Inc").
  // (once a known name at the start is completed by company words, a later known name among them splits nothing: "Hillhouse Capital
  // Group" is one name, not "Hillhouse" and "Capital Group")
  let completed = false;
  for (let i = 0; i < tokens.length && !completed; i++) {
    if (!tokens[i]!.opensKnown) continue;
    for (let k = Math.min(tokens.length, i + 5); k > i; k--) {
      if (!knownOrgName(tokens.slice(i, k).map((t) => t.text).join(' '))) continue;
      // ("MetLife Inc CEO Jane Roe": a legal suffix after the known name is the name's)
      while (k < tokens.length && LEGAL_SUFFIX.test(tokens[k]!.text)) k++;
      const rest = tokens.slice(k);
      // ("Absa Bank Kenya": a company word, then the country it trades in, completes it too)
      const heads = rest.length > 1 && COUNTRY_WORDS.has(rest[rest.length - 1]!.text.toLowerCase()) ? rest.slice(0, -1) : rest;
      if (i === 0 && heads.every((t) => ORG_HEADS.has(t.text) || LEGAL_SUFFIX.test(t.text))) {
        completed = true;
        break;
      }
      // ("the Washington Post Guild", "Ford Foundation": a body named after a company is its own name, no part of the company's)
      if (i === 0 && rest.length === 1 && BODY_HEAD.test(rest[0]!.text)) return [tokens];
      // ("Apple TV+", "Paramount Plus": a company's subscription service keeps its whole name — its owner's, read later)
      if (i === 0 && rest.length === 1 && /^[A-Z][\w]*\+$/.test(rest[0]!.text)) return [tokens];
      // ("Cravath Swaine & Moore": partners' names joined by an ampersand go on with a known firm's first name)
      // ("Simpson Thacher & Bartlett", "Davis Polk & Wardwell": a known firm of two partners' names, then "&" and a third that
      // opens no known name, is the firm's whole name)
      if (i === 0 && rest.length >= 2 && rest.slice(1).some((t, j) => rest[j]!.gapTo(t) === ' & ')) break;
      if (i === 0 && k >= 2 && rest.length === 1 && tokens[k - 1]!.gapTo(rest[0]!) === ' & ' && !rest[0]!.opensKnown) break;
      // ("Barclays UK", "Standard Chartered Kenya": a company's unit in a country; "Coupang Fulfillment Services": a unit named
      // by ordinary words and a company's last word)
      if (i === 0 && rest.length && rest.length <= 2 && COUNTRY_WORDS.has(rest.map((t) => t.text).join(' ').toLowerCase())) return [tokens];
      if (i === 0 && rest.length >= 2 && rest.length <= 3 && ORG_HEADS.has(rest[rest.length - 1]!.text) && rest.slice(0, -1).every((t) => t.isCommon || isDictionaryWord(t.text))) break;
      // ("OYO Hotels and Homes": lines of business joined by "and" complete a known name too)
      if (i === 0 && rest.some((t) => t.text === 'and') && rest.every((t) => t.text === 'and' || (/[a-z]s$/.test(t.text) && (t.isCommon || isDictionaryWord(t.text) || isPluralOfWord(t.text))))) break;
      if (i === 0 && k === tokens.length) break;
      // ("H. Lundbeck", "J. Sainsbury": a founder's initial before a known name is the company's full name)
      if (i === 1 && k === tokens.length && /^[A-Z](?:\.[A-Z])*$/.test(tokens[0]!.text) && tokens[0]!.gapTo(tokens[1]!) === '. ') return [tokens];
      // ("Brian Dupont", "Michael Dell": a one-word known name right after a first name — not an ordinary word: "Will Apple…" — is the person's surname)
      if (i > 0 && k === i + 1 && k === tokens.length && !tokens[i - 1]!.isCommon && looksLikeFirstName(tokens[i - 1]!.text)) break;
      // ("TransferMate Global Payments": a coined word before a known name of ordinary words ending the run opens a
      // longer name that the known one only happens to end — not a ticker or a known name before it: "GOOGL GOOG DeepMind")
      if (i > 0 && k === tokens.length && tokens.slice(i, k).every((t) => t.isCommon || isDictionaryWord(t.text)) && tokens.slice(0, i).every((t) => !t.opensKnown && !/^[A-Z0-9]{2,6}$/.test(t.text) && !t.isCommon && !isDictionaryWord(t.text))) break;
      const parts: Token[][] = [];
      if (i > 0) parts.push(...splitAtNonNameWords(tokens.slice(0, i)));
      parts.push(tokens.slice(i, k));
      // ("from Google Brain", "Amazon Prime": a lone ordinary word after a known name is its unit's or product's word, no name)
      const loneWord = rest.length === 1 && !rest[0]!.opensKnown && (rest[0]!.isCommon || isDictionaryWord(rest[0]!.text));
      if (rest.length && !loneWord) parts.push(...splitAtNonNameWords(rest));
      return parts;
    }
  }
  const parts: Token[][] = [];
  let cur: Token[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const t = tokens[at]!;
    // ("served as Chief Design Officer at PepsiCo", "Chief Commercial Officer": a post's title in capitals, its middle words too, is
    // no name)
    if (t.text === 'Chief' && cur.length === 0) {
      const end = tokens.findIndex((x, j) => j > at && j <= at + 3 && /^(?:Officer|Executive)$/.test(x.text));
      if (end > at + 1 && tokens.slice(at + 1, end).every((x) => /^[A-Z][a-z]+$/.test(x.text) && (x.isCommon || isDictionaryWord(x.text)))) {
        at = end;
        continue;
      }
    }
    // "Korvi Pay Raises $30 Mn", "Tarnwick Secures £40m": a headline's capitalised verb ends the name before it
    if (cur.length > 0 && HEADLINE_VERBS.has(t.text)) {
      parts.push(cur);
      cur = [];
      continue;
    }
    // "How Jasper Wren got French tech talking", "Meet Quillmark, …", "Exclusive: …": a headline's opening word is no part of a name
    if (cur.length === 0 && LEADING_NOT_NAME.has(t.text)) continue;
    // ("medtech giant ResMed Mick Farrell": a company's name run into its boss's — a first name that is no common word
    // after a name without one, then one or two surnames to the end — is two names)
    // (not after a label in capitals: "CO-FOUNDERS Ryan Smith")
    // (not a place after a particle: "National Bank of Abu Dhabi")
    if (cur.length > 0 && tokens.length - at >= 2 && tokens.length - at <= 3 && !t.isCommon && looksLikeFirstName(t.text) && !NAME_PARTICLES.has(cur[cur.length - 1]!.text) && cur[cur.length - 1]!.text !== 'of' && !isKnownPlace(tokens.slice(at).map((x) => x.text).join(' ').toLowerCase()) && !cur.some((c) => looksLikeFirstName(c.text) || /^(?:[A-Z]+-[A-Z]+|[A-Z]{6,})$/.test(c.text)) && tokens.slice(at + 1).every((x) => /^[A-Z][a-z'’-]+$/.test(x.text) && !ORG_HEADS.has(x.text) && !LEGAL_SUFFIX.test(x.text) && !x.isCommon) && !tokens.slice(at).some((x, j) => j > 0 && tokens[at + j - 1]!.gapTo(x) === ' & ')) {
      // (not partners' names joined by an ampersand, a firm's name: "Vartabedian Hester & Haynes")
      parts.push(cur);
      parts.push(tokens.slice(at));
      return parts;
    }
    // ("OpenAI's Jan Leike", "May Habib": a month that is also a first name, opening a run of one or two capitalised words,
    // is the first name — a date has a day or a year after the month)
    if (cur.length === 0 && MONTH_FIRST_NAMES.has(t.text) && tokens.length - at >= 2 && tokens.length - at <= 3 && tokens.slice(at + 1).every((x) => /^[A-Z][a-z'’-]+$/.test(x.text) && !NOT_ORG_WORDS.has(x.text) && !ORG_HEADS.has(x.text))) {
      cur.push(t);
      continue;
    }
    // "GOOGL GOOG": stock tickers in a row are not part of a name
    // (and a Reuters instrument code after a name: "Anglo American Platinum AMSJ.J", "Vodafone VOD.L")
    const ticker = (/^[A-Z]{2,5}$/.test(t.text) && (cur.length > 0 && /^[A-Z]{2,5}$/.test(cur[cur.length - 1]!.text))) || (cur.length > 0 && /^[A-Z0-9]{3,6}\.[A-Z]{1,2}$/.test(t.text));
    // ("US Airways", "UK Power Networks": a country code opening a company name stays in it)
    // ("API Holdings Pvt.": an acronym opening a name that ends in a company's head word or a legal suffix stays in it too)
    const lastWord = tokens[tokens.length - 1]!.text.replace(/\.$/, '');
    // (only before a legal suffix, and not a country's letters: "UAE Stargate AI" is the UAE's Stargate AI)
    const countryPrefix = cur.length === 0 && ((/^(?:US|UK|EU)$/.test(t.text) && tokens.length >= 2 && ORG_HEADS.has(lastWord)) || (/^[A-Z]{2,4}$/.test(t.text) && tokens.length >= 3 && LEGAL_SUFFIX.test(lastWord) && !isKnownPlace(t.text.toLowerCase())));
    if (((NOT_ORG_WORDS.has(t.text) && !(t.text === 'AI' && cur.length > 0)) || TITLE_WORDS.has(t.text) || ticker) && !countryPrefix) {
      if (cur.length) parts.push(cur);
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) parts.push(cur);
  return parts;
}

/**
 * Where a headline in title case run into a line's first sentence ends: at the first lower-case word a headline would
 * capitalise, when the words before it make a headline (six or more, a headline's verb among them). -1 if there is none.
 */
function runInHeadlineEnd(text: string, s: Sentence, raw: Token[]): number {
  if (s.start > 0 && text[s.start - 1] !== '\n' && !/\n\s*$/.test(text.slice(Math.max(0, s.start - 4), s.start))) return -1;
  let k = 0;
  for (; k < raw.length; k++) {
    const t = raw[k]!;
    const c = t.codeAt(0);
    if (c >= 97 && c <= 122 && !t.cap && (SHORT_PROSE.has(t.text) || (t.length > 3 && !HEADLINE_LOWER.has(t.text)))) break;
  }
  if (k >= raw.length - 2 || k < 6) return -1;
  const head = raw.slice(0, k);
  if (!head.some((t) => HEADLINE_VERBS.has(t.text)) || !isTitleCase(head, true)) return -1;
  return raw[k]!.start;
}

// A company's kind in lower case after capitalised words, past a bracketed short form: "… (Edtech) platform", "… firm"
// ("Chinese Autonomous driving firm JingChi": a lower-case word or two may stand before the noun)
const DESCRIBED_KIND_AFTER = /^(?: \([^()]{1,20}\))?(?: [a-z][\w-]*){0,2} (?:platform|startup|start-up|company|firm|provider|app|business|operator|marketplace|lender|fintech|unicorn)\b/;

// An ordinal that opens a company's name before its head word ("First Bank", "Second Harvest Group")
const ORDINAL_OPENER = /^(?:First|Second|Third)$/;

// Words of a label that opens a line of prose ("Total Employee Headcount: The total workforce…", "Key Figures: …")
const LABEL_WORDS = /\b(?:Total|Key|Employees?|Headcount|Figures|Facts|Revenue|Funding|Summary|Highlights|Valuation|Users|Customers|Staff|Workforce|Salary|Pay|Compensation|Overview|Update|Details|Numbers|Stats|Statistics|Data)\b/;

// What follows a product's name that tells it is one: its kind, or a verb of having users
const PRODUCT_TOLD = /^(?:['’]s)? (?:app|apps|chatbot|assistant|model|models|service|platform)\b|^ (?:now )?(?:has|had|have|counts|reached|hit|hits|topped|surpassed|crossed|passed)\b/;

const MONTH_FIRST_NAMES = new Set(['Jan', 'May', 'June', 'April', 'August']);
const DATE_PREPOSITION_BEFORE = /\b(?:in|on|since|by|until|till|from|of|during|last|this|next|early|late|mid|through|before|after)\s+$/i;

const LEADING_NOT_NAME = new Set('How Why What When Where Who Which Whose Inside Meet Exclusive Breaking Watch Opinion Analysis Explainer Explained'.split(' '));

// Prefixes of hyphenated English words ("pre-tax", "non-core", "co-founder")
const HYPHEN_PREFIXES = new Set(['pre', 'post', 'non', 'co', 'ex', 're', 'anti', 'multi', 'semi', 'mid', 'self', 'over', 'under', 'cross', 'inter', 'sub', 'super', 'on', 'year']);

// Verbs of business news in a headline's capitals, third person: no company name ends in them
const HEADLINE_VERBS = new Set(
  ('Raises Secures Bags Lands Nets Snags Grabs Closes Gets Receives Acquires Buys Hires Poaches Appoints Names Cuts Axes Sheds ' +
    'Slashes Lays Announces Launches Inks Eyes Files Valued Raised Secured Bagged Acquired Hired Joins Leaves Quits').split(' '),
);

// Abbreviations of things that are no organisation on their own ("mobile TV networks", "RFID
// chips", "ID fraud") but may end one ("Sky TV", "Fox TV")
// (and the trade's terms: "smarthome/IoT comparison platform", "a SaaS startup", "LLMs", "B2B payments"; a profile's "HQ: Washington DC")
const LONE_NOT_ORG = new Set(('TV TVs PC PCs DVD DVDs CD CDs MP3 PDA PDAs SMS MMS RFID WiFi Wi-Fi DSL ADSL VoIP PDF HD HDTV GPS ID IDs GDP PR HIV IT LCD LED OS IoT SaaS PaaS IaaS API APIs VR XR NFT NFTs EV EVs B2B B2C D2C ESG SME SMEs CPU CPUs GPU GPUs LLM LLMs KYC UPI POS ATM ATMs HQ HQs ' +
  // a results statement's measures alone, capitalised where a run-in heading glued them to prose ("Key features Revenue from
  // continuing operations increased…", "Headline earnings increased…"; not inside a name: "HM Revenue and Customs")
  'Revenue Revenues Turnover Profit Profits Earnings Headline Dividend Dividends').split(' '));

// A name's compound with a word of backing: "-led", "-backed", "-funded" (not "-owned", "-controlled": a family owns too)
const INVESTOR_COMPOUND_AFTER = /^-(?:led|backed|funded|financed)\b/;

/** A word of a headline that only a name can be: coined (no dictionary word, common word, given name, place or people). */
function isHeadlineCoinage(t: Token): boolean {
  const w = t.text;
  if (w.length < 4 || !/^[A-Z][a-z]+$/.test(w) || t.isCommon || t.isFunction) return false;
  const lower = w.toLowerCase();
  return !isMonthOrDay(lower) && !isKnownPlace(lower) && !isDemonym(lower) && !looksLikeFirstName(w) && !isDictionaryWord(lower) && !isPluralOfWord(w) && !isKnownSurname(w);
}
const MONTH_OR_DAY = new RegExp(`^(?:${MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$`);
const isMonthOrDay = (w: string) => MONTH_OR_DAY.test(w);

/**
 * Every name mention in the article. Two passes: names are learnt from ordinary sentences
 * first, then title-cased headlines are read with what was learnt (a headline capitalises
 * every word, so there only known names count).
 */
export function findNames(text: string, sentences: Sentence[]): NameMention[] {
  const mentions: NameMention[] = [];
  // The evidence of each mention, by mention (kinds are decided from all of them together)
  const typed: Typed[] = [];
  const deferred: Array<{ s: Sentence; chunks: Chunk[] }> = [];
  // Each sentence is split into words once; both passes read them.
  const words = sentences.map((s) => tokenize(s.text, s.start));
  const midCaps = midSentenceCapitals(text, sentences, words);
  // Function words the article also uses as a company's name: after a company noun ("startup Via") and as an owner ("Via's board")
  const namedLikeWord = functionWordNames(text, midCaps);
  // (the keys of a list of like figures, "Elsa: 450 million / Vera: 250 million", are names as a capital inside prose is)
  const listed = new Set(listedNames(text));
  for (const key of listed) midCaps.add(key);
  // Surfaces the first pass found: a title-cased headline only holds names the body uses
  const learnt = new Set<string>();
  // Words that open two sentences or more before a verb, never written in lower case in the article (asked lazily: once)
  let openers: Set<string> | undefined;
  const repeatedOpeners = () => (openers ??= subjectOpeners(text, sentences));
  const shortForms = shortFormsOf(sentences, words);
  // ("Piedmont has been losing pilots", "American, which has about 14,000 pilots": the first word of a company's two-word name the
  // article uses, a place or an adjective on its own, standing where a noun stands, is the company's short name)
  // ("Affirm Chief Executive Officer Max Levchin said…": the short form before an officer's title)
  const shortFormAt = (toks: Token[], s: Sentence) =>
    (toks.length > 1 && shortForms.has(toks[0]!.text) && OFFICER_TITLE_WORD.test(toks[1]!.text)) ||
    (toks.length === 1 && shortForms.has(toks[0]!.text) && (SHORT_FORM_AFTER.test(text.slice(toks[0]!.end, Math.min(s.end, toks[0]!.end + 12))) || (SHORT_FORM_BEFORE.test(text.slice(Math.max(s.start, toks[0]!.start - 8), toks[0]!.start)) && /^\s*(?:[.,;:)]|$)/.test(text.slice(toks[0]!.end, toks[0]!.end + 2)))));

  const modelCompanies = new Set<string>();
  const profiles = profileHeadings(sentences);
  const emit = (s: Sentence, toks: Token[], possessive: boolean, headline = false, profile = false) => {
    // "Nvidia CEO": a trailing title is not part of the name
    let last = toks.length;
    while (last > 0 && /^(?:CEO|Chief|Executive|Officer|founder|co-founder)$/.test(toks[last - 1]!.text)) last--;
    toks = toks.slice(0, last);
    // "Senegalese Kestrel Jobs", "Ghanaian Tarvo Pay": a nationality before a name describes it (not "Saudi Arabia", a place; not "British Airways",
    // "American Express": there the rest alone is a word, and the whole the name)
    if (toks.length >= 2 && isDemonym(toks[0]!.text.toLowerCase()) && knownOrgName(text.slice(toks[0]!.start, toks[toks.length - 1]!.end)) === undefined && !isKnownPlace(text.slice(toks[0]!.start, toks[toks.length - 1]!.end).toLowerCase())) {
      const rest = toks.slice(1);
      // ("Nigerian Education Technology (Edtech) platform, uLesson": a nationality and ordinary words before a company's noun
      // are its description in capitals, no name)
      if (rest.every((t) => t.isCommon || isDictionaryWord(t.text)) && DESCRIBED_KIND_AFTER.test(text.slice(toks[toks.length - 1]!.end, toks[toks.length - 1]!.end + 40))) return;
      // (and not an official name that keeps its country: "Saudi Tadawul Group Holding", "Nigerian Breweries")
      if (!rest.some((t) => ORG_HEADS.has(t.text) || LEGAL_SUFFIX.test(t.text) || t.text === 'Holding') && (rest.length >= 2 || !(rest[0]!.isCommon || isDictionaryWord(rest[0]!.text) || isPluralOfWord(rest[0]!.text)))) toks = rest;
    }
    if (!toks.length) return;
    const shortForm = !headline && shortFormAt(toks, s);
    const start = toks[0]!.start;
    let end = toks[toks.length - 1]!.end;
    // "Microsoft Corp." keeps its dot
    if (text[end] === '.' && /^(?:Inc|Corp|Co|Ltd|Plc)$/.test(toks[toks.length - 1]!.text)) end++;
    const surface = text.slice(start, end);
    const known = knownOrgName(surface) !== undefined;
    // ("…through Morgan Stanley … Inc.": a legal suffix alone is left of a name, never one)
    if (surface.length < 2 || /^[0-9]+$/.test(surface) || /^(?:Inc|Corp|Ltd|LLC|Plc|PLC|plc|Co|Limited|GmbH|AG|SA|NV)\.?$/.test(surface)) return;
    // (a one-word name is asked about through its word, which remembers the answers)
    const word = toks.length === 1 && surface === toks[0]!.text ? toks[0]! : null;
    // (a function word is a name where the article capitalises it inside prose: "invested $200 million into Via", "startup Via")
    if (toks.length === 1 && (NOT_ORG_WORDS.has(surface) || (LONE_NOT_ORG.has(surface) && !known) || ((word ? word.isFunction : isFunctionWord(surface)) && !known && !namedLikeWord.has(surface)))) return;
    // ("the Swiss-US investment bank", "Anglo-Dutch", "US-China talks": peoples or places joined by a hyphen describe, never name)
    if (toks.length === 1 && surface.includes('-') && !known && /^ [a-z]/.test(text.slice(end, end + 2)) && surface.split('-').every((p) => isDemonym(p.toLowerCase()) || isKnownPlace(p.toLowerCase()) || /^(?:US|UK|EU)$/.test(p))) return;
    // "Co-founder", "Ex-employees": the first part of a hyphenated word is no name
    // (but "a Tibkesnal-led $70 million Series B", "Orvane-backed": a coined word before "-led" or "-backed" is the investor's name)
    if (toks.length === 1 && !known && text.charCodeAt(end) === 45 && /[a-z]/.test(text[end + 1] ?? '') && !(INVESTOR_COMPOUND_AFTER.test(text.slice(end, end + 14)) && !(word ? word.isCommon : isCommonWord(surface)) && !isDictionaryWord(surface) && !isKnownPlace(surface.toLowerCase()) && !isDemonym(surface.toLowerCase()))) return;
    // ("1,920 MW of grid power", "a 2 GW campus", "40 TB"): a unit after a number is no name
    if (toks.length === 1 && UNIT_ABBREVIATIONS.has(surface) && /\d[\d,.]*\s?$/.test(text.slice(Math.max(0, start - 12), start))) return;
    // "DVDs", "PCs", "SUVs", "IPOs": a plural acronym is a thing, not a name
    if (toks.length === 1 && /^[A-Z]{2,5}s$/.test(surface) && !known) return;
    // ("MINING giant Rio Tinto shed…": a story's opening word set in capitals, an ordinary word before lower-case ones, is no name)
    // (three letters too, before a noun and a name: "OIL giant Royal Dutch Shell yesterday suffered…")
    if (toks.length === 1 && !known && (surface.length >= 4 || (surface.length === 3 && /^ [a-z]+ [A-Z]/.test(text.slice(end, end + 40)))) && start === firstWordStart(text, s) && /^[A-Z]+$/.test(surface) && /^ [a-z]/.test(text.slice(end, end + 2)) && isDictionaryWord(surface.toLowerCase())) return;
    // "Posted", "Talent", "Pipeline": an ordinary word that prose never capitalises is no name
    const rest = text.slice(end, Math.min(s.end, end + 80));
    // ("Sorrel's workforce", "Quillon's valuation": what only a company has, owned by the word, makes it a name)
    // (a plural of an ordinary word stays one even capitalised mid-sentence: "Startups in the Middle East secured…")
    // ("How it started: Reportedly laid off 60% of employees": an adverb of English opening a clause after a label's colon, before a verb)
    if (toks.length === 1 && !known && /^[A-Z][a-z]{3,}ly$/.test(surface) && /:\s*$/.test(text.slice(Math.max(s.start, start - 3), start)) && /^ [a-z]+(?:ed|s)?\b/.test(text.slice(end, end + 20)) && isDictionaryWord(surface.toLowerCase())) return;
    // ("4. Segment": unless it is a ranked list's numbered entry, alone on its line)
    const numberedAlone = start === s.start && text.slice(end, s.end).trim() === '' && numberedItem(text, s);
    // ("| 1 | Rick Smith | Axon | $164.5m |": unless it stands in a table's column of companies)
    const orgCell = s.kind === 'table' && isOrgColumn(columnOf(text, sentences, s, start) ?? '');
    if (toks.length === 1 && !headline && !shortForm && !numberedAlone && !orgCell && ((word ? word.isCommon : isCommonWord(surface)) || isDictionaryWord(surface) || isPluralOfWord(surface)) && !known && !PRODUCT_NAMES.has(surface.toLowerCase()) && !midCaps.has(surface) && !orgCueAfter(rest) && !orgVerbAfter(rest) && !(COMPANY_POSSESSION.test(rest) && !/\bthe $/i.test(text.slice(Math.max(0, start - 4), start))) && !repeatedOpeners().has(surface)) return;
    // "• Activation Costs: …", "• Venture Capital funding: …": a fact-box label, not a name
    // ("• Halvard Robotics: $450 million" under a label: a coined word makes it a name; "• HQ: Austin" stays a label)
    // ("• Kestrel Pay: $21 million", "• Alder Bank: …": two words or more ending in a company's word name a company)
    // ("Total Employee Headcount: The total workforce of…", "Key Figures: …": a label opening a line of prose too)
    if (!headline && !known && !(toks.length === 1 && listed.has(surface)) && (s.kind === 'bullet' || (/^\s*:\s*[A-Z\d]/.test(rest) && (toks.length >= 2 || /[A-Z][a-z]+\s+$/.test(text.slice(s.start, start))) && LABEL_WORDS.test(text.slice(s.start, end)))) && /^\W*(?:[A-Z][a-z]+\s+){0,2}$/.test(text.slice(s.start, start)) && /^(?: [a-z][\w-]*){0,3}\s*:/.test(rest) && !(toks.length >= 2 && ORG_HEADS.has(toks[toks.length - 1]!.text)) && !toks.some((t) => !(t.isCommon || isDictionaryWord(t.text) || isPluralOfWord(t.text)) && !/^[A-Z]{1,4}$/.test(t.text))) return;
    const before = text.slice(Math.max(s.start, start - 60), start);
    // "Tesla Inc. TSLA", "(GOOGL)": a ticker right after a name is not another company
    // (after a comma it is the next clause's subject: "Since the attacks in France, BA has cut…")
    const prevMention = mentions[mentions.length - 1];
    // (but "Halvard Robotics Inc. (HRI)" defines an acronym: its letters run through the name)
    const gapBefore = prevMention ? text.slice(prevMention.end, start) : '';
    const definesAcronym = gapBefore === ' (' && isAcronymOf(surface, prevMention!.surface);
    if (/^[A-Z]{1,5}(?:\.[A-Z]{1,2})?$/.test(surface) && prevMention && prevMention.sentence === s.index && /^\.?\s?\(?$/.test(gapBefore) && !known && !definesAcronym) return;
    // "SAN FRANCISCO, March 4 (Reuters) -": the agency of a dateline
    // ("SEOUL, AJU - Despite…": an agency after the dateline's city, before its dash)
    const dateline = ((before.endsWith('(') && /^\) ?[-—]/.test(rest)) || (/^\W*[A-Z][A-Z.' -]{2,30}, $/.test(text.slice(s.start, start)) && /^ ?[-—–] /.test(rest))) && start - s.start < 60 && !known;
    // "FOR IMMEDIATE RELEASE", "SAN FRANCISCO": shouting, not a name (single acronyms like "TML" stay)
    // ("HSBC UK": a known company's unit in a country is no shouting)
    const shouted = toks.length > 1 && toks.every((t) => SHOUTED.test(t.text)) && !known && !knownOrgName(toks[0]!.text);
    // "H100", "GB200", "MI300X": chip models, not companies
    const model = toks.length === 1 && /^[A-Z]{1,3}-?\d{1,4}[A-Z]?$/.test(surface);
    const found = evidenceOf({ surface, words: toks.map((t) => t.text), before, after: rest, numberedEntry: numberedAlone, profileHeading: profile, opensSentence: start === firstWordStart(text, s), listBefore: /(?:[,:]|\b(?:and|or))\s*$/.test(before) ? text.slice(Math.max(s.start, start - 400), start) : undefined, column: s.kind === 'table' ? columnOf(text, sentences, s, start) : undefined });
    const evidence = shortForm ? { ...found, org: found.org + SHORT_FORM_POINTS, why: [...found.why, 'org:short-form'] } : found;
    const mention: NameMention = {
      start,
      end,
      surface,
      kind: 'other',
      assumed: false,
      sentence: s.index,
      // "Alphabet Inc.'s Google": the possessive comes after the legal suffix's dot
      possessive: possessive || /^ ?'s\b/.test(text.slice(end, end + 4)) || (/s$/.test(surface) && /^'(?!\w)/.test(text.slice(end, end + 2))),
    };
    mentions.push(mention);
    // (a mention in a headline adds no evidence: headline words are capitalised for style)
    // ("NQ pay" in an article that also writes "its NQs": an abbreviation the article makes plural names a kind of thing or person)
    const pluralTerm = !known && /^[A-Z]{2,6}$/.test(surface) && wordInText(text, surface + 's');
    const forced = dateline || shouted || model || pluralTerm ? 'other' : evidence.other >= 5 ? 'other' : undefined;
    typed.push({ key: nameKey(surface), evidence: headline ? noEvidence() : evidence, forced });
    // ("German smartphone bank N26": a model-like name a company word vouches for is a company, in every mention)
    if (model && !headline && evidence.org >= 3 && evidence.org > evidence.other) modelCompanies.add(nameKey(surface));
    if (!headline) learnt.add(surface);
  };

  for (const s of sentences) {
    // The first row of a table is its header: column names, not companies — unless its first cell is empty or names the rows'
    // measures ("| | WhatsApp | Twitter |", "| Metric | Kestrel | Orrin |"): then each column is a company's
    if (s.kind === 'table' && sentences[s.index - 1]?.block !== s.block && !COLUMNS_ARE_NAMES.test(s.text)) continue;
    const { chunks, titleCase } = chunksOf(s.text, s.start, words[s.index]!);
    // ("4. Segment": a ranked list's numbered entry of one short name is no headline in title case)
    const numberedName = s.text.length <= 60 && !/[.,;:!?]$/.test(s.text.trim()) && s.text.trim().split(/\s+/).length <= 4 && numberedItem(text, s);
    // ("Watt Brothers ¶ The Scottish department store chain had 11 stores…", "Jack Wills ¶ Had about 100 stores…": a section's heading
    // that is a name alone, over prose that describes a company without naming it, names that company — however it looks)
    if (profiles.has(s.index)) {
      const toks = words[s.index]!;
      if (toks.length) emit(s, toks, false, false, true);
      continue;
    }
    if (titleCase && !numberedName) {
      deferred.push({ s, chunks });
      continue;
    }
    // ("Tesla's Former Head of Production Joins Competitor Lucid Motors Peter Hochholdinger had been at Tesla since 2016.": a
    // headline run into the first sentence of a line is read as a headline, up to where the prose begins)
    const headlineEnd = runInHeadlineEnd(text, s, words[s.index]!);
    const prose = headlineEnd < 0 ? chunks : chunks.filter((c) => c.tokens[0]!.start >= headlineEnd);
    if (headlineEnd >= 0) deferred.push({ s, chunks: chunks.filter((c) => c.tokens[0]!.start < headlineEnd) });
    const opening = firstWordStart(text, s);
    for (const chunk of prose) {
      let toks = chunk.tokens;
      // ("CEOs and Their Salaries of Millions", "Bosses defend Their Pay Packages": a possessive determiner capitalised in a
      // headline opens no name, and the words after it are a noun phrase's unless they make one of their own)
      if (POSSESSIVE_DETERMINER.test(toks[0]!.text) && toks[0]!.start !== opening) {
        toks = toks.slice(1);
        if (!toks.length || toks.every((t) => t.isCommon || isDictionaryWord(t.text) || isPluralOfWord(t.text))) continue;
      }
      // "| Company | Employees | HQ |": a table cell that is an ordinary word is a header
      // (not in a column of companies: "| 1 | Rick Smith | Axon | $164.5m |" under "| Rank | CEO | Company | Pay |")
      if (s.kind === 'table' && toks.length === 1 && (toks[0]!.isCommon || isDictionaryWord(toks[0]!.text)) && !toks[0]!.knownAs && !midCaps.has(toks[0]!.text) && !isOrgColumn(columnOf(text, sentences, s, toks[0]!.start) ?? '')) continue;
      // ("2017-May 2018: As on May 2018, …": a year label's words are no name)
      if (toks[toks.length - 1]!.end <= opening && YEAR_LABEL.test(text.slice(toks[0]!.start, opening))) continue;
      // Sentence-initial capital says nothing: "But Meta…", "The company…", "Existing investors…"
      if (toks[0]!.start === opening) {
        // "All Posts", "But Meta…": after opening function words, the next word still opens the sentence
        const before = toks.length;
        // (not a lone function word the article capitalises inside prose too: "Via, which employs about 700 people," after "into Via")
        // (a name's particle opens the name itself: "De Beers Canada has laid off…", "La Poste said…", "Van Leer…")
        // (nor an ordinal before a company's head word: "First Bank of Nigeria is planning…", "First Bank set to sack…")
        while (toks.length && toks[0]!.isFunction && !toks[0]!.knownAs && !(toks.length === 1 && namedLikeWord.has(toks[0]!.text)) && !(toks.length >= 2 && NAME_PARTICLE.test(toks[0]!.text) && toks[1]!.cap) && !(toks.length >= 2 && ORDINAL_OPENER.test(toks[0]!.text) && ORG_HEADS.has(toks[1]!.text))) toks = toks.slice(1);
        // "The Federal Reserve", "The United Auto Workers": after "The", a run of capitals is a name
        const afterArticle = toks.length >= 2 && toks.length < before && /^(?:The|the)$/.test(chunk.tokens[before - toks.length - 1]!.text);
        // "Globally, …", "Separately, …": an adverb opening a sentence ("Calendly, the scheduling
        // startup, …" is no word of English: a name)
        if (toks.length === 1 && /ly$/.test(toks[0]!.text) && text[toks[0]!.end] === ',' && (toks[0]!.isCommon || isDictionaryWord(toks[0]!.text))) toks = [];
        // ("Initially valued at $235,000, …", "Originally priced at…": an adverb made of an English word and "-ly" opens the sentence
        // before a participle — unless the article capitalises it elsewhere or knows it; "Chatterly has…" is a name)
        else if (toks.length === 1 && /^[A-Z][a-z]{3,}ly$/.test(toks[0]!.text) && !toks[0]!.knownAs && !midCaps.has(toks[0]!.text) && /^ (?:[a-z]+ed|known|built|made|set|told|given|seen|held|sold|bought|taken|shown|thought|paid|put)\b/.test(text.slice(toks[0]!.end, toks[0]!.end + 14)) && isDictionaryWord(toks[0]!.text.slice(0, -2).replace(/i$/, 'y'))) toks = [];
        // "Reality is…", "Talent is the first factor", "Modern AI…": an opening word is a name
        // only if the article also capitalises it mid-sentence, or the gazetteer knows it.
        // "Ex-Kestrel Securities banker Dana Roe joins…": the former employer's name after "Ex-" opening the sentence
        if (toks.length && /^Ex-[A-Z]/.test(toks[0]!.text) && toks[0]!.length > 4 && !toks[0]!.text.slice(3).includes('-')) toks = [toks[0]!.after(3), ...toks.slice(1)];
        const head = toks[0];
        // ("Gemini has more than 450 million monthly active users", "The Gemini app…": a known product, told as one)
        const productOpener = !!head && toks.length === 1 && PRODUCT_NAMES.has(head.text.toLowerCase()) && PRODUCT_TOLD.test(text.slice(head.end, Math.min(s.end, head.end + 30)));
        if (head && !head.knownAs && !productOpener && !CAMEL.test(head.text) && !/^[A-Z0-9]{2,}$/.test(head.text)) {
          // "Kestrel Dynamics (Lyon)", "Thinking Machines Lab": a company-name ending vouches for the opener
          const last = toks[toks.length - 1]!.text;
          const longName = toks.length >= 2 && ORG_HEADS.has(last) && (toks.length >= 3 || !/^(?:AI|Tech|Technology|Data|Digital|Health|Media)$/.test(last));
          // "Quillmark has raised…", "Fernhill became Estonia's newest unicorn": what follows tells
          // (for an ordinary word, only a business verb will do: "Financing led by…", "Rival ride-sharing company…" are not names)
          const rest = text.slice(toks[toks.length - 1]!.end, s.end).replace(/^'s/, '');
          // ("Non-banking finance company (NBFC) Kestrel Investments…": an opener of English parts joined by a hyphen is as ordinary)
          const ordinary = head.isCommon || isDictionaryWord(head.text) || (head.text.includes('-') && head.text.split('-').every((p) => HYPHEN_PREFIXES.has(p.toLowerCase()) || isDictionaryWord(p.toLowerCase())));
          // ("Lumen Ordinal's shares jumped…", "Orrin Works' chief executive said…": what only a company owns)
          const owns = ORG_POSSESSION.test(text.slice(toks[toks.length - 1]!.end, Math.min(s.end, toks[toks.length - 1]!.end + 60)));
          const cueAfter = (owns && (toks.length > 1 || !ordinary)) || (ordinary && toks.length === 1 ? orgVerbAfter(rest) : orgCueAfter(rest));
          // ("Pre-tax profits rose…", "Year-on-year sales…": a hyphenated opener of English parts is no coined name)
          const coined = !head.isCommon && !isDictionaryWord(head.text) && !(head.text.includes('-') && head.text.split('-').every((p) => HYPHEN_PREFIXES.has(p.toLowerCase()) || isDictionaryWord(p)));
          // ("Rival Quanta Silicon", "Chinese carmaker Geely": an ordinary opener before a longer name is a description)
          // ("Outspoken Eddington has slashed costs": an ordinary word before a name the article has already used — not a first
          // name: "Matt Williams insists…" after "Williams stays on")
          // (not a company's word the article used alone: "Bank bosses and their bonuses" before "Tarrow Bank: Chief executive…")
          const describedName = toks.length > 1 && toks[1]!.cap && (DESCRIBER.test(head.text) || ((head.isCommon || isDictionaryWord(head.text)) && !looksLikeFirstName(head.text) && learnt.has(text.slice(toks[1]!.start, toks[toks.length - 1]!.end)) && !(toks.length === 2 && ORG_HEADS.has(toks[1]!.text)))) && !midCaps.has(head.text);
          // ("Bank of England", "Banco de Chile": a particle inside makes the run one name)
          const particleInside = toks.length > 2 && !toks[1]!.cap;
          // ("Analysts have valued…", "Regulators said…": a plural of an ordinary word opening a sentence is its subject, no name)
          // (unless the article also capitalises it inside sentences: "its Travelers Life & Annuity arm… Travelers had sales of…")
          const plainPlural = toks.length === 1 && isPluralOfWord(head.text) && !midCaps.has(head.text);
          // ("Air Lorvane said…": a company word that opens a longer name)
          // ("First Bank of Nigeria is planning…": an ordinal before a company's head word)
          const companyOpener = toks.length > 1 && toks[1]!.cap && (ORG_FIRST.test(head.text) || (ORDINAL_OPENER.test(head.text) && ORG_HEADS.has(toks[1]!.text)));
          // ("Credit Suisse has offered…": a known company's name that opens with an ordinary word)
          // ("Standard Chartered Kenya paid…": or a known company's unit in a country)
          const knownRun = toks.length > 1 && toks[0]!.opensKnown && (knownOrgName(text.slice(toks[0]!.start, toks[toks.length - 1]!.end)) !== undefined || (toks.length > 2 && COUNTRY_WORDS.has(toks[toks.length - 1]!.text.toLowerCase()) && knownOrgName(text.slice(toks[0]!.start, toks[toks.length - 2]!.end)) !== undefined));
          // ("Dana Roe is…", "Tom Reyes joined…": a first name before a capitalised surname opens a person's name, whatever else the word means)
          const firstNameOpener = toks.length >= 2 && toks.length <= 3 && toks[1]!.cap && looksLikeFirstName(head.text);
          // ("Hero MotoCorp said…": an ordinary word right before a camel-case coinage is the coinage's first word)
          const camelNext = toks.length >= 2 && isCoinage(toks[1]!.text);
          // ("White & Case | 10 | 7": a table row's first cell, the whole cell a run of capitals, is the row's name)
          // (not a page's menu of ordinary words in a row with no figure: "| Top Stories |  |  |")
          const rowKey = s.kind === 'table' && toks.length > 1 && toks.every((t) => t.cap || t.text === '&') && /^\s*\|/.test(text.slice(toks[toks.length - 1]!.end, s.end)) &&
            (!toks.every((t) => t.text === '&' || t.isCommon || isDictionaryWord(t.text)) || /\d/.test(text.slice(toks[toks.length - 1]!.end, s.end)));
          // ("9. Stack Overflow", "4. Segment": a ranked list's numbered entry that is one run of capitals, alone on its line)
          const numberedEntry = toks.length <= 4 && toks.every((t) => t.cap) && text.slice(toks[toks.length - 1]!.end, s.end).trim() === '' && numberedItem(text, s);
          // ("Glacier is moving to cut costs … Glacier will take a charge": an English word that opens two sentences or more as their
          // subject, and that the article never writes in lower case, is a name the article goes on about)
          const repeatedSubject = toks.length === 1 && ordinary && repeatedOpeners().has(head.text);
          const openerIsName = !plainPlural && (repeatedSubject || knownRun || rowKey || numberedEntry || shortFormAt(toks, s) || afterArticle || firstNameOpener || particleInside || companyOpener || camelNext || midCaps.has(head.text) || (cueAfter && !describedName) || coined || (!head.isCommon && !describedName && toks.length > 1) || longName);
          // ("Discounting Kestrel Financial’s valuation…", "Citing Orvane Bank, …": a verb's -ing form opening the sentence before a name)
          const gerundOpener = toks.length > 1 && !knownRun && (!longName || toks.length >= 3) && !companyOpener && !midCaps.has(head.text) && /^[A-Z][a-z]{3,}ing$/.test(head.text) && (isDictionaryWord(head.text.slice(0, -3).toLowerCase()) || isDictionaryWord(head.text.slice(0, -3).toLowerCase() + 'e'));
          if (!openerIsName || describedName || gerundOpener) toks = toks.slice(1);
        }
        if (!toks.length) continue;
      }
      // ("in June Daxsel brought on…": a month after a preposition of time is the date, not a first name)
      if (MONTH_FIRST_NAMES.has(toks[0]!.text) && DATE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, toks[0]!.start - 12), toks[0]!.start))) toks = toks.slice(1);
      if (!toks.length) continue;
      for (const part of splitAtNonNameWords(toks)) {
        emit(s, part, chunk.possessive && part[part.length - 1] === toks[toks.length - 1]);
      }
    }
    // "SME lender iwoca", "fintech startup smallcase raised…": a lower-case coined word right after a company noun is a name
    // (the sentence asked once whether it has such a noun before a lower-case word: most have none, and the loop reads every word)
    if (!LOWER_BRAND_AT.test(s.text)) continue;
    const raw = words[s.index]!;
    for (let i = 1; i < raw.length; i++) {
      const t = raw[i]!;
      if (t.cap || !LOWER_BRAND_CUE.has(raw[i - 1]!.text.toLowerCase()) || !/^[a-z][a-z0-9]{3,}$/.test(withoutPossessive(t).text)) continue;
      const w = withoutPossessive(t);
      if (w.isCommon || w.isFunction || isDictionaryWord(w.text) || isPluralOfWord(w.text) || /(?:ing|ed|ly)$/.test(w.text)) continue;
      if (s.text.slice(raw[i - 1]!.end - s.start, t.start - s.start) !== ' ') continue;
      // (a contraction's stem is no name: "the app doesn't suffer")
      if (/^['’]t\b/.test(s.text.slice(t.end - s.start, t.end - s.start + 3))) continue;
      emit(s, [w], w !== t);
    }
  }
  // Headlines: only names already learnt or known; everything else there is ordinary words.
  for (const { s, chunks } of deferred) {
    for (const chunk of chunks) {
      const toks = chunk.tokens;
      let i = 0;
      while (i < toks.length) {
        let matched = 0;
        for (let j = Math.min(toks.length, i + 5); j > i; j--) {
          const surface = text.slice(toks[i]!.start, toks[j - 1]!.end);
          if (learnt.has(surface) || knownOrgName(surface) || PRODUCT_NAMES.has(surface.toLowerCase())) {
            matched = j - i;
            break;
          }
        }
        // ("Mollumzor Insider Share Sale Values Company Near $800 Billion": a coined word no dictionary, list of names or places
        // knows is a name in a headline too, with the company words after it — "Orvanta Labs")
        // (not beside another such word, a person's given name and surname: "Image Source: Wunmi Adeyemi/Lagos Daily")
        if (!matched && isHeadlineCoinage(toks[i]!) && !(toks[i + 1] && toks[i + 1]!.start <= toks[i]!.end + 1 && (isHeadlineCoinage(toks[i + 1]!) || isKnownSurname(toks[i + 1]!.text))) && !(toks[i - 1] && toks[i - 1]!.end >= toks[i]!.start - 1 && (isHeadlineCoinage(toks[i - 1]!) || looksLikeFirstName(toks[i - 1]!.text)))) {
          matched = 1;
          while (i + matched < toks.length && ORG_HEADS.has(toks[i + matched]!.text)) matched++;
        }
        if (matched) {
          emit(s, toks.slice(i, i + matched), chunk.possessive && i + matched === toks.length, true);
          i += matched;
        } else i++;
      }
    }
  }
  // What each name is, from all its mentions together
  if (modelCompanies.size) for (const t of typed) if (t.forced === 'other' && modelCompanies.has(t.key)) t.forced = undefined;
  const kinds = decideKinds(typed);
  // A term the article defines ("newly qualified (NQ) solicitors") is that term in every mention nothing else speaks for:
  // "the NQ rate", "London NQ rates", "NQs" (with no evidence they would be taken for companies)
  const defined = new Set(typed.filter((t) => t.forced === 'other' && t.evidence.why.some((w) => DEFINITIONS.has(w))).map((t) => t.key));
  const isDefined = (key: string) => defined.size > 0 && (defined.has(key) || defined.has(key.replace(/s$/, '')) || defined.has(key.slice(key.lastIndexOf(' ') + 1).replace(/s$/, '')));
  mentions.forEach((m, i) => {
    const t = typed[i]!;
    const kind = t.forced ?? kinds.get(t.key) ?? (isDefined(t.key) ? 'other' : null);
    m.kind = kind === 'work' ? 'product' : kind ?? 'org';
    m.assumed = kind === null;
  });
  // (the order of the mentions and of their evidence is the same: sort both together)
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  const sorted = order.map((i) => mentions[i]!);
  // ("the top three CEO/MDs — C Vijayakumar, Sajjan Jindal and Murali K Divi": a name of two or three words that nothing typed,
  // listed beside people, is a person's — in every mention of it)
  // (a list is read from its people inwards: each pass may make the next name along a person)
  for (let pass = 0, grew = true; grew && pass < 4; pass++) {
    grew = false;
    sorted.forEach((m, i) => {
      if (!m.assumed || m.kind !== 'org' || !/^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/.test(m.surface)) return;
      // (a comma alone may open the person's company instead, "Ivan Brandt, Orrick Freight: $61 million": an "and" joins a person
      // on one side, or people stand on both)
      const beside = (o: NameMention | undefined, gap: string) => (!!o && o.sentence === m.sentence && o.kind === 'person' && PERSON_LIST_GAP.test(gap) ? (/,\s*$/.test(gap) && !/\band\b/.test(gap) ? 1 : 2) : 0);
      const before = beside(sorted[i - 1], text.slice(sorted[i - 1]?.end ?? 0, m.start));
      const after = beside(sorted[i + 1], text.slice(m.end, sorted[i + 1]?.start ?? 0));
      // ("Giridhar Murthy, Lakshman Kakkirala and Aditya Kulkarni": the list's first name, a comma before the next, which "and" joins on)
      const next = sorted[i + 1], third = sorted[i + 2];
      const opensList = after === 1 && !!third && third.sentence === m.sentence && third.kind === 'person' && /^,?\s+and\s+$/.test(text.slice(next!.end, third.start));
      if (!(before === 2 || after === 2 || (before && after) || opensList)) return;
      for (const o of sorted) if (o.assumed && o.surface === m.surface) {
        o.kind = 'person';
        o.assumed = false;
      }
      grew = true;
    });
  }
  return sorted;
}

const PERSON_LIST_GAP = /^(?:,\s*|,?\s+and\s+|\s*&\s*)$/;
// The evidence of a name defined as a term in its own mention
const DEFINITIONS: ReadonlySet<string> = new Set(['abbreviation', 'plural-abbreviation', 'term-defined']);

// A line that is a key and a figure: "Vera: 250 million", "- Harvey: 6,337", "Elsa:55", "Orrin: $30 billion"
// ("United, 82,498, -0.1%", "Bank of India 51,459 50,564": a row of a list or a table that lost its cell marks, a comma or a space)
const KEYED_FIGURE_LINE = /^[ \t]*(?:[-•*][ \t]*)?([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})(?:[ \t]*:[ \t]*|,[ \t]+|[ \t]+(?=\d[\d,.]*(?:[ \t]+[-–+]?\d|,|%|$)))(?:[$€£¥]|Rs\.?|US\$)?[ \t]?\d/;

/**
 * The one-word keys of a list of like figures, two lines or more one under the other, when one key of the list is a name
 * (not an ordinary word) and none is a label: "Users:" / "Elsa: 450 million" / "Vera: 250 million" / "Harvey: 1.2
 * billion" lists companies, so "Vera" is one as "Elsa" is. A fact box of labels ("Revenue: $5m" / "Founded: 2015") lists none.
 */
function listedNames(text: string): string[] {
  const names: string[] = [];
  let block: string[] = [];
  const close = () => {
    if (block.length >= 2 && !block.some((k) => LABEL_WORDS.test(k)) && block.some((k) => k.split(' ').some((w) => !isCommonWord(w) && !isDictionaryWord(w) && !isPluralOfWord(w)))) {
      for (const k of block) if (!k.includes(' ')) names.push(k);
    }
    block = [];
  };
  for (const line of text.split('\n')) {
    // (a blank line between rows keeps the list open)
    if (!line.trim()) continue;
    const m = /\d/.test(line) ? KEYED_FIGURE_LINE.exec(line) : null;
    if (m) block.push(m[1]!);
    else close();
  }
  close();
  return names;
}

/** The header of the table column a position of a row lies in ("| Company | Employees |" → "Company"). */
function columnOf(text: string, sentences: Sentence[], row: Sentence, at: number): string | undefined {
  let first = row;
  while (first.index > 0 && sentences[first.index - 1]!.block === row.block && sentences[first.index - 1]!.kind === 'table') first = sentences[first.index - 1]!;
  if (first === row) return undefined;
  const cells = (t: string) => t.replace(/^\s*\|/, '').split('|');
  const col = cells(text.slice(row.start, at)).length - 1;
  return cells(first.text)[col]?.trim();
}

/** "Analysts", "Regulators": the plural of an ordinary word (the word list holds the singular). */
function isPluralOfWord(w: string): boolean {
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && isDictionaryWord(w.slice(0, -1));
}

/** "HRI" for "Halvard Robotics Inc.": same first letter, every letter in order in the name. */
function isAcronymOf(acronym: string, name: string): boolean {
  const n = name.toLowerCase();
  const a = acronym.toLowerCase();
  if (a[0] !== n[0]) return false;
  let i = 0;
  for (const ch of a) {
    i = n.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

// (asked for each mention of a sentence: the last answer is kept)
let firstWordOf: { text: string; s: Sentence; start: number; end: number; at: number } | null = null;

/** Offset of the first word of a sentence (after quotes, brackets and emoji). */
/** The text writes the word as a word of its own, case as given: "NQs" (an abbreviation's plural), "startups". */
/** Capitalised words that open two sentences or more as the subject of a verb and never appear in lower case in the text. */
function subjectOpeners(text: string, sentences: Sentence[]): Set<string> {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    if (s.kind === 'table' || s.kind === 'heading') continue;
    const at = firstWordStart(text, s);
    const m = SUBJECT_OPENER.exec(text.slice(at, Math.min(s.end, at + 60)));
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [w, n] of counts) if (n >= 2 && !isPluralOfWord(w) && !wordInText(text, w.toLowerCase())) out.add(w);
  return out;
}
// "Glacier is moving…", "Glacier will take…", "Glacier said…": a capitalised word, then an auxiliary or a verb in the past or third person
const SUBJECT_OPENER = /^([A-Z][a-z]{2,})(?:['’]s)? (?:(?:is|was|has|had|will|would|could|said|says|also|now|expects|plans|reported|announced|added|cut|raised|employs|hired)\b|[a-z]+(?:ed|es)\b)/;

function wordInText(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[\w'’]/.test(text[at - 1] ?? ' ') && !/[\w'’]/.test(text[at + word.length] ?? ' ')) return true;
  }
  return false;
}

// A list item's number before its text: "9. ", "#3 ", "12) "
const NUMBER_MARKER = /^[ \t]*#?\d{1,3}[.)]?[ \t]+$/;
/** The sentence is a list item a number opens ("9. Stack Overflow"): the number stands on its line before the sentence. */
// A heading of a profile: a short run of capitalised words (and "of", "and", "&", a number), no end stop
const PROFILE_HEADING = /^(?:[A-Z][\w'’.-]*|\d+)(?: (?:[A-Z][\w'’.-]*|\d+|of|and|&|de|the))*$/;
// The prose under it describes a company and names none: a verb with no subject ("Had 318 stores", "Closed all 37 stores"), the
// company by its kind ("The Scottish department store chain had…", "The pawnbrokers suddenly shut…"), or its size ("With 35 stores…")
const PROFILE_PROSE = /^(?:(?:Had|Has|Closed|Employs|Employed|Operates|Operated|Runs|Ran|Went|Collapsed|Shut|Owns|Owned|Opened|Sells|Sold|Makes|Made|Was founded|Is based|Was based|Filed|Entered|Fell|Called in)\b|(?:The|This) (?:[\w-]+ ){0,4}(?:chain|retailer|company|firm|group|brand|business|maker|bank|lender|airline|carrier|pawnbrokers?|jeweller|jeweler|restaurant|operator|manufacturer|start-?up|label|store|outlet|supplier|producer|builder|developer)s? (?:had|has|was|is|went|shut|closed|collapsed|employs|employed|operates|operated|called|entered|filed|fell|suddenly|which|that|,)|With (?:about |around |more than |nearly |some )?\d[\d,]* (?:stores|shops|branches|outlets|staff|employees|workers|sites|salons|restaurants|pubs)\b)/;
/** The headings of a list of company profiles: at least two lines that are a name alone over prose that describes a company. */
// (asked by the names pass and by coreference of the same sentences: worked out once per article)
const profilesOf = new WeakMap<Sentence[], Set<number>>();
export function profileHeadings(sentences: Sentence[]): Set<number> {
  let known = profilesOf.get(sentences);
  if (!known) profilesOf.set(sentences, (known = findProfileHeadings(sentences)));
  return known;
}
function findProfileHeadings(sentences: Sentence[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i]!;
    const next = sentences[i + 1]!;
    const line = s.text.trim();
    if (s.kind !== 'heading' || next.kind === 'heading' || line.length > 40 || line.split(' ').length > 5 || !PROFILE_HEADING.test(line)) continue;
    if (PROFILE_PROSE.test(next.text)) found.add(i);
  }
  return found.size >= 2 ? found : new Set();
}

const numberedItem = (text: string, s: Sentence): boolean => s.kind === 'bullet' && NUMBER_MARKER.test(text.slice(text.lastIndexOf('\n', s.start - 1) + 1, s.start));

// The particles that open names of Dutch, French, Spanish, Italian and Arabic make ("De Beers", "La Poste", "Al Rajhi")
const NAME_PARTICLE = /^(?:De|Van|Von|Der|Den|La|Le|Les|Du|Des|Da|Di|Del|Della|Dos|Das|El|Al)$/;
function firstWordStart(text: string, s: Sentence): number {
  const last = firstWordOf;
  if (last && last.s === s && last.text === text && last.start === s.start && last.end === s.end) return last.at;
  const at = firstWordStartOf(text, s);
  firstWordOf = { text, s, start: s.start, end: s.end, at };
  return at;
}

// A year, a span of years or a month and year opening a line before a colon: "2011-2012: ", "2017-May 2018: ", "FY24: "
const YEAR_LABEL = /^(?:FY\s?)?(?:\d{4}|[A-Z][a-z]+ \d{4})(?:\s*[-–\/]\s*(?:\d{2,4}|[A-Z][a-z]+ \d{4}))?\s*:\s+/;

function firstWordStartOf(text: string, s: Sentence): number {
  let i = s.start;
  while (i < s.end && !/[A-Za-z0-9]/.test(text[i]!)) i++;
  // "Q: Let's start…", "A: Mostly engineers…": an interview label is not the first word
  const label = /^(?:Q|A)\s*[:.-]\s*/.exec(text.slice(i, i + 6));
  if (label) {
    i += label[0].length;
    while (i < s.end && !/[A-Za-z0-9]/.test(text[i]!)) i++;
  }
  // ("2011-2012: Subscribers hit the 140 million mark", "2017-May 2018: As on May 2018, …": a timeline's year label)
  const yearLabel = YEAR_LABEL.exec(text.slice(i, Math.min(s.end, i + 30)));
  if (yearLabel && i + yearLabel[0].length < s.end) i += yearLabel[0].length;
  // "LONDON (Reuters) - The Copperleaf Labs chief…", "NEW YORK — At Halvard Bank…": the word after a dateline opens the sentence
  const dateline = DATELINE.exec(text.slice(i, Math.min(s.end, i + 80)));
  if (dateline && i + dateline[0].length < s.end) i += dateline[0].length;
  return i;
}

// What follows a company's short name standing as a noun: an owner's "'s", a relative clause, a verb ("American has",
// "Piedmont offered"); or, after a preposition, the clause's end ("pilots at American,")
// An officer's title word right after a company's short name ("Affirm Chief Executive Officer Max Levchin")
const OFFICER_TITLES = 'Chief|CEO|CFO|COO|CTO|President|Chairman|Chairwoman|Founder|Co-founder|Cofounder';
const OFFICER_TITLE_WORD = new RegExp(`^(?:${OFFICER_TITLES})$`);
// (or before an officer's title: "Affirm Chief Executive Officer Max Levchin")
const SHORT_FORM_AFTER = new RegExp(String.raw`^(?:['’]s?(?![\w'’])|, (?:which|who|whose)\b| (?:has|had|have|is|was|will|would|could|can|may|also|said|says|[a-z]{3,}ed)\b| (?:${OFFICER_TITLES})\b)`);
// (as much as a company word after the name: the long name's own word, said for it)
const SHORT_FORM_POINTS = 3;
const SHORT_FORM_BEFORE = /\b(?:at|to|from|for|by|with|and|than|joined|left)\s$/;
/**
 * First words of the article's two-word company names that end in a company word ("Piedmont Airlines", "American Airlines"):
 * not a function word and not a country ("China Mobile": "China has…" is the country).
 */
function shortFormsOf(sentences: Sentence[], words: Token[][]): Set<string> {
  const found = new Set<string>();
  for (const s of sentences) {
    if (s.kind === 'heading') continue;
    const toks = words[s.index]!;
    for (let i = 0; i + 1 < toks.length; i++) {
      const a = toks[i]!;
      const b = toks[i + 1]!;
      if (!a.cap || !b.cap || !ORG_HEADS.has(withoutPossessive(b).text) || b.start !== a.end + 1 || (i > 0 && toks[i - 1]!.cap && toks[i - 1]!.end + 1 === a.start)) continue;
      const c = toks[i + 2];
      // ("Affirm Holdings Inc.": a legal suffix after the company word still leaves the first word the name's own)
      if (c && c.cap && c.start === b.end + 1 && !(LEGAL_SUFFIX.test(c.text) && !(toks[i + 3]?.cap && toks[i + 3]!.start <= c.end + 2))) continue;
      if (a.isFunction || !/^[A-Z][a-z]{2,}$/.test(a.text) || COUNTRY_WORDS.has(a.text.toLowerCase())) continue;
      found.add(a.text);
    }
  }
  return found;
}

// A company noun right before a capitalised word, and a capitalised word owning something
const COMPANY_NOUN_THEN_NAME = /\b(?:startup|start-up|company|firm|group|platform|rival|unicorn|app|provider|maker|operator|lender|bank|retailer|insurer|carrier|developer)\s+([A-Z][a-z]{2,})\b/g;
const OWNER_NAME = /(?<=[a-z,;] )([A-Z][a-z]{2,})['’]s\b/g;
/** Function words ("Via", "Next") that the article names a company by: capitalised inside prose, after a company noun and as an owner. */
function functionWordNames(text: string, midCaps: ReadonlySet<string>): Set<string> {
  const cued = new Set<string>();
  const owned = new Set<string>();
  for (const m of text.matchAll(COMPANY_NOUN_THEN_NAME)) if (isFunctionWord(m[1]!)) cued.add(m[1]!);
  if (!cued.size) return cued;
  for (const m of text.matchAll(OWNER_NAME)) if (cued.has(m[1]!)) owned.add(m[1]!);
  return new Set([...owned].filter((w) => midCaps.has(w)));
}

/** A lower-case letter, a digit, "," ";" ")" "'" or '"', then a space, right before `at` (an ASCII character read as itself). */
// (or a spaced dash inside a sentence: "two of them from Estonia – Bolt and Veriff": prose goes on after it in lower case)
function lowerBeforeSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 2);
  if (c < 128 && text.charCodeAt(at - 1) === 32) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 44 || c === 59 || c === 41 || c === 39 || c === 34 || (c === 45 && text.charCodeAt(at - 3) === 32 && /[a-z0-9,]/.test(text[at - 4] ?? ''));
  return /[\p{Ll}0-9,;)'"] $/u.test(text.slice(at - 2, at)) || /[\p{Ll}0-9,] [–—] $/u.test(text.slice(at - 4, at));
}

/** Words the article capitalises after the first word of ordinary (not title-cased) sentences. */
function midSentenceCapitals(text: string, sentences: Sentence[], words: Token[][]): Set<string> {
  const seen = new Set<string>();
  for (const s of sentences) {
    if (s.kind === 'heading' || s.kind === 'table') continue;
    const tokens = words[s.index]!;
    if (isTitleCase(tokens)) continue;
    // the opening word, and the word after opening function words ("All Posts"), say nothing
    let opener = 0;
    const first = firstWordStart(text, s);
    while (opener < tokens.length && tokens[opener]!.start < first) opener++;
    while (opener < tokens.length - 1 && tokens[opener]!.isFunction) opener++;
    // only capitals inside running prose count: "…a startup called Gamma", not "Updated:Posted:"
    tokens.forEach((t, i) => {
      // (a plural of an ordinary word after a comma, which the article also writes in lower case, is a capital a clause's opener
      // kept: "As per a report by Wamda, Startups in the region secured…" beside "male-founded startups")
      if (t.cap && i > opener && lowerBeforeSpace(text, t.start) && !(/[,;] $/.test(text.slice(t.start - 2, t.start)) && isPluralOfWord(t.text) && wordInText(text, t.text.toLowerCase()))) seen.add(withoutPossessive(t).text);
    });
  }
  return seen;
}
