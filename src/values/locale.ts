/**
 * Which dollar a bare "$" is. Most English news writes "$" for US dollars, but an article from Australia
 * writes its own that way: Australian papers say "$15 billion" for Australian dollars, and readers there
 * read it so (and Canadian papers, writing about Canada alone). The article's country is read from its words — a dateline, the country's name and demonym,
 * its exchange, its cities — against the words of the United States; only a clear lead changes "$", and never where the article writes that country's sign itself
 * ("A$": then a bare "$" is the other dollar).
 */

import { issuerByCount, RUPEES } from './currencies.js';

interface Locale {
  code: string;
  words: RegExp;
  /** How many of its words an article needs, and how many times its US words. */
  least: number;
  times: number;
  /** The country's own sign or code: when the article writes it, a bare "$" is not that currency. */
  own: RegExp;
}

// (Australia's press and Canada's, measured: Singaporean outlets write "$" for US dollars as often as for their own — a Singapore
// paper's story on Vietnamese wallets — and New Zealand's is untested)
const LOCALES: Locale[] = [
  { code: 'AUD', least: 2, times: 2, words: /\b(?:Australia|Australian|Australians|Aussie|ASX|Sydney|SYDNEY|Melbourne|MELBOURNE|Brisbane|Perth|Canberra|Adelaide)\b/g, own: /\b(?:A|AU)\$|\bAUD\b|Australian dollars?/ },
  // (Canada's press only where the article is about Canada all but alone — three of its words, more than thrice its US words: a
  // Canadian outlet's story on US rounds names the US, "Canada's top VC deals … Montreal … Toronto" does not)
  { code: 'CAD', least: 3, times: 3, words: /\b(?:Canada|Canadian|Canadians|TSX|Toronto|TORONTO|Montreal|Montréal|MONTREAL|Vancouver|VANCOUVER|Ottawa|OTTAWA|Calgary|CALGARY|Edmonton|Quebec|Québec|Ontario|Alberta|British Columbia|Winnipeg|Halifax)\b/g, own: /\b(?:C|CA|CAN|CDN)\$|\bCAD\b|Canadian dollars?/ },
];
// (not the letters of a sign: "US$166 million" says the article letters US dollars, no word of the US)
const US_WORDS = /\b(?:U\.S\.(?!\s?\$)|US(?!\s?\$)|USA|United States|American|Americans|Wall Street|Nasdaq|NYSE|Washington|New York|California|Silicon Valley|San Francisco|Seattle)\b/g;

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** The currency a bare "$" stands for in this article, when it is not the US dollar; else null. */
export function dollarLocale(text: string): string | null {
  if (!text.includes('$')) return null;
  const us = count(text, US_WORDS);
  let best: { code: string; n: number } | null = null;
  for (const l of LOCALES) {
    const n = count(text, l.words);
    if (n >= l.least && n > us * l.times && !l.own.test(text) && (!best || n > best.n)) best = { code: l.code, n };
  }
  return best?.code ?? null;
}

/** An amount written with a bare "$" (not "US$", "A$", "USD"…). */
export const BARE_DOLLAR = /(?:^|[^A-Za-z$])\$\s?\d/;

/**
 * The rupee an article's "Rs" and "rupees" stand for when a sentence names no country: the issuer whose country the article
 * names most ("In Pakistan, … Rs127m" three sentences later is PKR); null when that is India's or no country is named.
 */
export function rupeeLocale(text: string): string | null {
  if (!RUPEE_MARK.test(text)) return null;
  const code = issuerByCount(text, RUPEES);
  return code === 'INR' ? null : code;
}

/** The rupee's marks: "Rs", "Rs.", "rupees", "₨". */
export const RUPEE_MARK = /\bRs(?![A-Za-z])|\brupees?\b|₨/i;

/** Whether a sentence names the country of any rupee itself (then its own reading stands). */
export const namesRupeeCountry = (sentence: string): boolean => issuerByCount(sentence, RUPEES) !== null;
