import nlp from 'compromise';

/**
 * compromise's English lexicon, read once: it knows first names, places, months and the
 * common words that start sentences ("Existing", "Understanding"), which tells a
 * capitalised word that is a name from one that is capitalised only by position.
 */
type Tags = string | string[] | undefined;

let lexicon: Record<string, Tags> | null = null;
function lex(): Record<string, Tags> {
  if (!lexicon) lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, Tags> } } } }).world().model.one.lexicon;
  return lexicon;
}

function tagsOf(word: string): string[] {
  const t = lex()[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'Demonym', 'Address']);
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PROPER_TAGS = new Set(['Organization', 'ProperNoun', 'Person', 'LastName', ...PLACE_TAGS, ...FIRST_NAME_TAGS]);

export const isFirstName = (w: string): boolean => tagsOf(w).some((t) => FIRST_NAME_TAGS.has(t));
export const isLastName = (w: string): boolean => tagsOf(w).includes('LastName');
export const isPlaceWord = (w: string): boolean => tagsOf(w).some((t) => PLACE_TAGS.has(t));
export const isKnownOrgWord = (w: string): boolean => tagsOf(w).includes('Organization');
/** A common English word (capitalised only because it starts a sentence or a headline). */
export function isCommonWord(w: string): boolean {
  const tags = tagsOf(w);
  return tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t));
}

// Closed-class words that start sentences: "But Meta…", "The company…", "With approximately…"
const FUNCTION_TAGS = /^(?:Determiner|Conjunction|Preposition|Pronoun|Adverb|Possessive|QuestionWord|Copula|Modal|Negative|Date|Cardinal|Ordinal|TextValue|Value)$/;
const SENTENCE_OPENERS = new Set(
  ('It Its They Their We Our He She His Her This That These Those Some Many Most All Both Each Other Such Why What How Who ' +
    'Where When While If As After Before Despite Combined Still Yet So Also Now Today Yesterday Last Next Earlier Later ' +
    'Already Meanwhile However Instead Including Among Like Unlike Only Even Just Then Thus Overall Together ' +
    'Inside Behind Beyond Exclusive Breaking Report Analysis Opinion Watch Meet Here There Sources Source Investors You Your We Our Us I My Let Ask Tell Mostly Less More').split(' '),
);

/** A word that opens sentences without being a name: "But", "The", "With", "Meanwhile". */
export function isFunctionWord(word: string): boolean {
  return SENTENCE_OPENERS.has(word) || tagsOf(word).some((t) => FUNCTION_TAGS.test(t));
}
