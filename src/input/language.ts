/** Fewer words than this and the guess is too noisy to report. */
const MIN_WORDS = 30;
/** English news prose runs at 35–50 % function words; other languages score well under this. */
const MIN_FUNCTION_WORD_SHARE = 0.15;

// Chosen to be frequent in English and rare as words in French, German, Spanish,
// Italian, Portuguese and Dutch ("a", "in", "on" and "die" are deliberately absent).
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'is', 'that', 'for', 'it', 'with', 'as', 'was', 'by', 'at',
  'from', 'has', 'have', 'had', 'be', 'are', 'were', 'been', 'its', 'an', 'this', 'which',
  'or', 'but', 'not', 'their', 'they', 'will', 'would', 'said', 'he', 'she', 'his', 'her',
  'we', 'our', 'you', 'who', 'what', 'than', 'more', 'about', 'after', 'into', 'also',
  'can', 'could', 'over', 'some', 'other', 'there', 'these', 'those', 'when', 'while',
  'up', 'out', 'new', 'i', 'do', 'does', 'did', 'so', 'if', 'all', 'one', 'two', 'its',
  'company', 'year', 'million', 'billion', 'people', 'according', 'just', 'only', 'most',
]);

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/**
 * Cheap guess whether text is English: the share of common English function words
 * among the word tokens. Returns null when there are too few words to judge.
 */
export function looksEnglish(text: string): boolean | null {
  let words = 0;
  let english = 0;
  for (const match of text.matchAll(WORD)) {
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(match[0].toLowerCase())) english++;
  }
  if (words < MIN_WORDS) return null;
  return english / words >= MIN_FUNCTION_WORD_SHARE;
}
