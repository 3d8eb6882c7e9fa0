/**
 * Numbers that are never amounts: dates ("May 22", "22 May 2025", "2025-05-22"),
 * percentages ("45%", "45 percent", "(SNAP -4.70%)"), versions and model names
 * ("GPT-4", "Llama 3.1", "iOS 18"), ordinals ("3rd"), times ("10:30", "9 a.m."),
 * scores ("3-1"), ratings ("4.5/5", "4 stars"), phone numbers, page numbers ("p. 12"),
 * fractions ("two-thirds"). Years and scores are decided in read.ts, once the whole
 * amount (currency, scale, noun) is known. Each rule returns the index to skip to, so
 * the pieces of a rejected number ("10:30" → "30") are not read again.
 */
import type { Token } from './tokens.js';
import { isScaleWord } from './scales.js';
import { isCountedNoun } from './count.js';

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

function isNum(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'num';
}

// Words after which a number names a thing, not an amount. Lower-cased.
// "Llama 3.1" "iOS 18" "Windows 11" "Chapter 11" "Series 2" "Phase 3" "page 12" "Fortune 500"
// "S&P 500" ("P") "FTSE 100" "Model 3" "Route 66" "Section 230" "Form 10-K" "Boeing 737".
const IDENTIFIER_WORDS = new Set(`gpt llama gemini claude grok qwen deepseek mistral mixtral sonnet opus haiku
  gemma phi falcon sora veo imagen dall midjourney llava whisper codex o
  windows android ios ipados macos watchos visionos iphone ipad pixel galaxy python java node firefox
  chrome xbox playstation ps switch ubuntu debian kubernetes office web industry formula covid
  model series version ver v phase stage tier level chapter section article rule page pages p pp no
  number gen generation mark mk vol volume issue episode season act title proposition prop amendment
  figure fig table exhibit appendix item form schedule class category grade type size gate terminal
  route highway interstate flight room suite floor apollo artemis boeing airbus fortune nasdaq ftse
  dow russell dax nikkei cac kospi stoxx sensex nifty topix index batch cohort`.split(/\s+/));

// Words before "number" that make it a verb: "now number", "will number"
const VERB_BEFORE_NUMBER = new Set(['now', 'currently', 'still', 'already', 'together', 'collectively', 'combined', 'which', 'that', 'will', 'would', 'could', 'may', 'might', 'to', 'should', 'now']);

// Abbreviations closed by a period: "p. 12", "No. 1", "pp. 12-14", "Vol. 3", "Fig. 2", "Art. 5"
const DOTTED_IDENTIFIERS = new Set(['p', 'pp', 'no', 'vol', 'fig', 'art', 'sec', 'ch', 'v', 'ver', 'nos', 'para', 'eq']);

const MONTHS = new Set(`January February March April May June July August September October November
  December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`.split(/\s+/));

/** True for a capitalised month name ("May", not the verb "may"). */
export function isMonth(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && MONTHS.has(t.text);
}

/**
 * How the words before the number at tokens[k] rule it out: 'hard' (never an amount:
 * "GPT-4", "Chapter 11", "#1", "+1 415…"), 'soft' (an identifier unless a currency,
 * scale or counted noun follows: "SDXL 1", "iPhone 16"), or null.
 */
export function identifierBefore(tokens: readonly Token[], k: number): 'hard' | 'soft' | null {
  const prev = tokens[k - 1];
  const num = tokens[k]!;
  if (!prev) return null;
  if (glued(prev, num)) {
    // "#1", "@2x", "/2025", "'90s", "+1 415", "v.2"
    if ('#@/\\\'+_&=*^'.includes(prev.text)) return 'hard';
    // "GPT-4", "COVID-19", "H-1B", "pre-2020", "mid-2025"
    if (prev.text === '-' && tokens[k - 2]?.kind === 'word' && glued(tokens[k - 2], prev)) return 'hard';
    // "v.2", "a.5": a point glued between a word and digits
    if (prev.text === '.' && tokens[k - 2]?.kind === 'word') return 'hard';
    // "10:30" seen from its second half ("Twitter:2,300", a label glued to its value, is no time)
    if (prev.text === ':' && tokens[k - 2]?.kind !== 'word') return 'hard';
  }
  // "p. 12", "No. 1"
  if (prev.text === '.' && tokens[k - 2] && glued(tokens[k - 2], prev) && DOTTED_IDENTIFIERS.has(tokens[k - 2]!.lower)) return 'hard';
  if (prev.kind === 'word') {
    // "subscribers now number 152 million", "staff will number 3,500": the verb; "number 10" names a place or a rank
    if (prev.text === 'number') return VERB_BEFORE_NUMBER.has(tokens[k - 2]?.lower ?? '') ? null : 'soft';
    if (IDENTIFIER_WORDS.has(prev.lower)) return 'hard';
    // "iOS 18", "macOS 15", "iPhone 16": mixed case marks a product name.
    if (/^[a-z]+[A-Z]/.test(prev.text)) return 'hard';
    // "SDXL 1", "RTX 4090", "A320": an all-caps name right before a bare number.
    // (not a number grouped in thousands, which no model is named by: "LG 158,791, and SK 117,438")
    if (prev.text.length >= 2 && /^[A-Z][A-Z0-9]+$/.test(prev.text) && !/^\d{1,3}(?:,\d{3})+$/.test(num.text)) return 'soft';
  }
  return null;
}

// Words that make the number before them a share or a rate: "45 percent", "25 basis points".
const PERCENT_WORDS = new Set(['percent', 'pct', 'percentage', 'bps', 'bp', 'ppt', 'pc', 'per-cent', 'percents']);
// Times of day: "9 a.m.", "10am", "3 pm", "5 o'clock", "10 GMT"
const TIME_WORDS = new Set(['am', 'pm', 'gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'jst', 'hrs']);
// Fractions: "two-thirds", "three quarters", "one-fifth"
const FRACTION_WORDS = new Set(`half halves third thirds quarter quarters fourth fourths fifth fifths sixth
  sixths seventh sevenths eighth eighths ninth ninths tenth tenths hundredth hundredths`.split(/\s+/));
// "4K video": what a glued K before these words names is a resolution
const SCREENS = new Set(['video', 'videos', 'resolution', 'display', 'displays', 'tv', 'tvs', 'screen', 'screens', 'monitor', 'monitors', 'content', 'streaming', 'camera', 'footage']);
// "one in five": ratios written out
const RATIO_WORDS = new Map([['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['twenty', 20], ['hundred', 100]]);
// Ordinal suffixes glued to digits: "3rd", "21st", "5th", "2nd"
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** "4K video", "8K TV": a glued K that names a resolution, not thousands. */
export function isResolution(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && t.text === 'K' && glued(tokens[j - 1], t) && SCREENS.has(tokens[j + 1]?.lower ?? '');
}

/** "1 in 5", "one in four": a small number, then a larger one up to 1,000 after "in". */
function isRatio(first: Token, second: Token | undefined): boolean {
  if (!second) return false;
  const a = first.kind === 'num' ? Number(first.text) : RATIO_WORDS.get(first.lower);
  const b = second.kind === 'num' ? Number(second.text) : RATIO_WORDS.get(second.lower);
  return a !== undefined && b !== undefined && a < b && b <= 1000;
}

/**
 * Whether what follows the number ending before tokens[j] makes it a non-amount; if so the
 * index to resume at. `numIndex` is the number's own token (for the phone rule);
 * `dayCandidate` allows "22 May"; `priced` (a currency came first) rules out ratios. Call it only when a word glued at j is no scale, unit or
 * currency: any other glued word ("3rd", "1990s", "4o") rules the number out.
 */
export function nonAmountAfter(tokens: readonly Token[], numIndex: number, j: number, dayCandidate: boolean, priced: boolean): number | null {
  const t = tokens[j];
  if (!t) return null;
  const numTok = tokens[numIndex]!;
  const isGlued = glued(tokens[j - 1], t);
  // "45%", "45 %", "-4.70%"
  if (t.text === '%' || t.text === '‰') return j + 1;
  if (t.kind === 'word') {
    if (isResolution(tokens, j)) return j + 2;
    // "45 percent", "45 per cent", "25 basis points", "3 percentage points"
    if (PERCENT_WORDS.has(t.lower)) return t.lower === 'percentage' && tokens[j + 1]?.lower.startsWith('point') ? j + 2 : j + 1;
    if (t.lower === 'per' && tokens[j + 1]?.lower === 'cent') return j + 2;
    if (t.lower === 'basis' && tokens[j + 1]?.lower.startsWith('point')) return j + 2;
    // "10am", "9 pm"
    if (TIME_WORDS.has(t.lower)) return j + 1;
    // "5 o'clock"
    if (t.lower === 'o' && (tokens[j + 1]?.text === "'" || tokens[j + 1]?.text === '’') && tokens[j + 2]?.lower === 'clock') return j + 3;
    // "9 a.m.", "3 p.m."
    if ((t.lower === 'a' || t.lower === 'p') && tokens[j + 1]?.text === '.' && glued(t, tokens[j + 1]) && tokens[j + 2]?.lower === 'm') {
      return tokens[j + 3]?.text === '.' ? j + 4 : j + 3;
    }
    // "4.5 stars", "three quarters", "two thirds"
    if (t.lower === 'stars' || t.lower === 'star' || FRACTION_WORDS.has(t.lower)) return j + 1;
    // "8 out of 10"
    if (t.lower === 'out' && tokens[j + 1]?.lower === 'of' && isNum(tokens[j + 2])) return j + 3;
    // "1 in 5 employees", "one in four": a ratio
    if (t.lower === 'in' && !priced && isRatio(numTok, tokens[j + 1])) return j + 2;
    // "22 May 2025", "22 of May"
    if (dayCandidate && (isMonth(t) || (t.lower === 'of' && isMonth(tokens[j + 1])))) return isMonth(t) ? j + 1 : j + 2;
    // "3rd", "21st", "1990s", "10x", "4o", "5G", "3D", "2FA": anything glued that is not a
    // scale, unit or currency (read.ts asks only when the glued word is none of those)
    if (isGlued) return j + 1;
    return null;
  }
  if (t.kind !== 'sym' || !isGlued) return null;
  const nx = tokens[j + 1];
  // "10:30", "3:1"
  if (t.text === ':' && isNum(nx) && glued(t, nx)) return j + 2;
  // "4.5/5", "24/7", "5/22/2025"
  if ((t.text === '/' || t.text === '\\') && isNum(nx) && glued(t, nx)) {
    let k = j + 2;
    while (tokens[k]?.text === '/' && glued(tokens[k - 1], tokens[k]) && isNum(tokens[k + 1]) && glued(tokens[k], tokens[k + 1])) k += 2;
    return k;
  }
  // "one-in-four jobs", "1-in-5", "one-out-of-four workers": a ratio written with hyphens
  if (t.text === '-' && nx?.lower === 'in' && glued(t, nx) && tokens[j + 2]?.text === '-' && glued(nx, tokens[j + 2]) && isRatio(numTok, tokens[j + 3])) return j + 4;
  if (t.text === '-' && nx?.lower === 'out' && glued(t, nx) && tokens[j + 2]?.text === '-' && tokens[j + 3]?.lower === 'of' && tokens[j + 4]?.text === '-' && isRatio(numTok, tokens[j + 5])) return j + 6;
  // "a 2-for-1 split", "3-for-2"
  if (t.text === '-' && nx?.lower === 'for' && glued(t, nx) && tokens[j + 2]?.text === '-' && isNum(tokens[j + 3])) return j + 4;
  // "Form 10-K", "8-K", "20-F": SEC form names
  if (t.text === '-' && nx && glued(t, nx) && nx.kind === 'word' && nx.text.length === 1 && nx.text >= 'A' && nx.text <= 'Z' && !glued(nx, tokens[j + 2])) return j + 2;
  // "4.5-star", "two-thirds", "one-third"
  if (t.text === '-' && nx && glued(t, nx) && nx.kind === 'word' && (nx.lower === 'star' || FRACTION_WORDS.has(nx.lower))) return j + 2;
  // "2025-05-22", "555-123-4567": three or more numbers joined by glued hyphens
  if (t.text === '-' && isNum(nx) && glued(t, nx) && tokens[j + 2]?.text === '-' && glued(nx, tokens[j + 2]) && isNum(tokens[j + 3]) && glued(tokens[j + 2], tokens[j + 3])) {
    let k = j + 4;
    while (tokens[k]?.text === '-' && glued(tokens[k - 1], tokens[k]) && isNum(tokens[k + 1]) && glued(tokens[k], tokens[k + 1])) k += 2;
    return k;
  }
  // "(415) 555-0100"
  if (t.text === ')' && tokens[numIndex - 1]?.text === '(' && glued(tokens[numIndex - 1], numTok) && isNum(nx)) {
    let k = j + 2;
    while (tokens[k]?.text === '-' && glued(tokens[k - 1], tokens[k]) && isNum(tokens[k + 1])) k += 2;
    return k;
  }
  return null;
}

/**
 * "May 22", "Jan. 5", "Sept 30th": a month name followed by a day. Returns the index after
 * the day, or null. A count after the month ("In March 500 employees left") is no day.
 */
export function monthDayAt(tokens: readonly Token[], i: number): number | null {
  if (!isMonth(tokens[i])) return null;
  let k = i + 1;
  if (tokens[k]?.text === '.' && glued(tokens[i], tokens[k])) k++;
  const d = tokens[k];
  if (!d || d.kind !== 'num' || !/^\d{1,2}$/.test(d.text) || Number(d.text) > 31 || Number(d.text) < 1) return null;
  k++;
  const after = tokens[k];
  if (after?.kind === 'word' && glued(d, after) && ORDINAL_SUFFIXES.has(after.lower)) return k + 1;
  // "In May 20 engineers left", "March 5 million": a count, not a day
  if (after?.kind === 'word' && (isScaleWord(after) || isCountedNoun(after))) return null;
  return k;
}
