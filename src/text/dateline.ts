/**
 * A wire dateline opening a sentence: "LONDON (Reuters) - ", "New Delhi, March 29 (IANS) ", "NEW YORK — ",
 * a syndicated feed's "India, July 29 -- ".
 * What follows it is the sentence's first word and its subject's place.
 */
export const DATELINE = /^(?:[A-Z][\w.' -]{1,30}?,? (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? )?(?:\d{4} )?\([A-Za-z.& ]{2,20}\)\s*(?:[-–—:]\s*)?|[A-Z][A-Z.' ]{2,30}\s+[-–—]\s+|[A-Z][\w.' ]{1,30}, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})? ?(?:--|[-–—])\s+)/;
