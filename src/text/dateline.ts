/**
 * A wire dateline opening a sentence: "LONDON (Reuters) - ", "New Delhi, March 29 (IANS) ", "NEW YORK — ",
 * a syndicated feed's "India, July 29 -- ". The place is capitalised words ("Non-banking finance company (NBFC) " is none).
 * What follows it is the sentence's first word and its subject's place.
 */
const PLACE = String.raw`[A-Z][\w.'-]{0,20}(?: (?:[A-Z][\w.'-]{0,20}|de|del|da|do|al|el|es|of)){0,3}`;
const MONTH_DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}`;
export const DATELINE = new RegExp(
  String.raw`^(?:${PLACE},? (?:${MONTH_DAY},? )?(?:\d{4} )?\([A-Za-z.& ]{2,20}\)\s*(?:[-–—:]\s*)?` +
    String.raw`|[A-Z][A-Z.' ]{2,30}\s+[-–—]\s+` +
    String.raw`|${PLACE}, ${MONTH_DAY}(?:, \d{4})? ?(?:--|[-–—])\s+)`,
);
