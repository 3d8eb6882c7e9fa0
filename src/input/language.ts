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

// A lower-case ASCII word of up to LONGEST letters as a number (base 27): looked up without
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

/** End of the run of letters from i. */
function lettersFrom(text: string, i: number): number {
  for (let n = letterAt(text, i); n; n = letterAt(text, i)) i += n;
  return i;
}

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
    const start = i;
    // the common case, read inline: a run of lower-case ASCII letters
    let c = text.charCodeAt(i);
    let code = 0;
    while (c >= 97 && c <= 122) {
      code = code * 27 + c - 96;
      c = text.charCodeAt(++i);
    }
    const lower = i > start && !(c >= 65 && c <= 90) && c !== 39 && c < 128;
    if (!lower) {
      if (i === start && !letterAt(text, i)) {
        i++;
        continue;
      }
      i = lettersFrom(text, i);
      for (;;) {
        const d = text.charCodeAt(i);
        if ((d !== 39 && d !== 0x2019) || !letterAt(text, i + 1)) break;
        i = lettersFrom(text, i + 1);
      }
    }
    words++;
    if (i - start > LONGEST) continue;
    if (lower ? FUNCTION_WORD_CODES.has(code) : ENGLISH_FUNCTION_WORDS.has(text.slice(start, i).toLowerCase())) english++;
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
