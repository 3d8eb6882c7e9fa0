/** Fewer words than this and the guess is too noisy to report. */
const MIN_WORDS = 30;
/** English news prose runs at 35–50 % function words; other languages score well under this. */
const MIN_FUNCTION_WORD_SHARE = 0.15;

// Chosen to be frequent in English and rare as words in French, German, Spanish,
// Italian, Portuguese and Dutch ("a", "in", "on" and "die" are deliberately absent).
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'is', 'that', 'for', 'it', 'with', 'as', 'was', 'by', 'at',
  'from', 'has', 'have', 'had', 'be', 'are', 'were', 'been', 'its', 'an', 'this', 'which',
  'or', 'but', 'not', 'their', 'they', 'will', 'would', 'said', 'he', 'she', 'his', 'her',
  'we', 'our', 'you', 'who', 'what', 'than', 'more', 'about', 'after', 'into', 'also',
  'can', 'could', 'over', 'some', 'other', 'there', 'these', 'those', 'when', 'while',
  'up', 'out', 'new', 'i', 'do', 'does', 'did', 'so', 'if', 'all', 'one', 'two', 'its',
  'company', 'year', 'million', 'billion', 'people', 'according', 'just', 'only', 'most',
]);

const LONGEST = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

// An ASCII word of up to LONGEST letters as a number (lower-cased, base 27): looked up without
// making a string of it.
const codeOf = (word: string) => [...word].reduce((code, ch) => code * 27 + ch.charCodeAt(0) - 96, 0);
const FUNCTION_WORD_CODES = new Set([...ENGLISH_FUNCTION_WORDS].filter((w) => /^[a-z]+$/.test(w)).map(codeOf));
const LETTER_AT = /\p{L}/uy;

/** Length of the letter at i (2 for a surrogate pair), or 0. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(text) ? LETTER_AT.lastIndex - i : 0;
}

// (A-Z or a-z: setting bit 5 lower-cases an ASCII capital)
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * The words of the text (letter runs, with inner apostrophes: "don't", "company’s") and how
 * many are English function words. One scan, no match objects: it reads every article.
 */
export function countFunctionWords(text: string): { words: number; english: number } {
  let words = 0;
  let english = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first < 128 ? !isAsciiLetter(first) : !letterAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    // While the word is plain ASCII letters it is also read as a number (lower-cased, base 27)
    let code = 0;
    let plain = true;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (isAsciiLetter(c)) {
          code = code * 27 + (c | 32) - 96;
          i++;
          continue;
        }
        // an apostrophe joins two runs of letters: "don't"
        if (c === 39 && letterAt(text, i + 1)) {
          plain = false;
          i++;
          continue;
        }
        break;
      }
      if (c === 0x2019 && letterAt(text, i + 1)) {
        plain = false;
        i++;
        continue;
      }
      const len = letterAt(text, i);
      if (!len) break;
      plain = false;
      i += len;
    }
    words++;
    if (i - start > LONGEST) continue;
    if (plain ? FUNCTION_WORD_CODES.has(code) : ENGLISH_FUNCTION_WORDS.has(text.slice(start, i).toLowerCase())) english++;
  }
  return { words, english };
}

/**
 * Cheap guess whether text is English: the share of common English function words
 * among the words. Returns null when there are too few words to judge.
 */
export function looksEnglish(text: string): boolean | null {
  const { words, english } = countFunctionWords(text);
  if (words < MIN_WORDS) return null;
  return english / words >= MIN_FUNCTION_WORD_SHARE;
}
