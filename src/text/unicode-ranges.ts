import { LETTER_MARK as LETTER_MARK_RANGES, LETTER_NUMBER as LETTER_NUMBER_RANGES, UNICODE_VERSION } from './unicode-ranges.generated.js';

/**
 * Bodies of character classes (for expressions with the u flag) of two unions of Unicode
 * properties: `[${LETTER_MARK}]` is `[\p{L}\p{M}]`. Under the Unicode version the generated
 * ranges were made with (scripts/build-unicode-ranges.mjs), the ranges themselves: V8 builds a
 * union of properties by inserting one's ranges into the other's one at a time, ~1.5–3 M
 * instructions each time an expression holding one is parsed (when it is made, and again when
 * it first runs), where ranges already in order cost a plain read. Under any other version, the
 * properties as written: the same characters either way.
 */
const SAME_UNICODE = process.versions.unicode === UNICODE_VERSION;

/** Letters and combining marks: \p{L}\p{M}. */
export const LETTER_MARK: string = SAME_UNICODE ? LETTER_MARK_RANGES : String.raw`\p{L}\p{M}`;
/** Letters and numbers: \p{L}\p{N}. */
export const LETTER_NUMBER: string = SAME_UNICODE ? LETTER_NUMBER_RANGES : String.raw`\p{L}\p{N}`;
