import type { Quantity } from './quantity.js';
import { MONTHS } from '../text/months.js';
import { BEYOND_PLAIN } from '../text/normalize.js';

/**
 * A test by an expression of Unicode letter classes, asked with ASCII classes of a text with no letter or digit beyond ASCII
 * (BEYOND_PLAIN: the same matches there); the expression as written is made, and compiled, only for a text that needs it.
 */
function plainOr(source: string): (s: string) => boolean {
  let full: RegExp | undefined;
  const plain = new RegExp(source.replaceAll('\\p{Lu}', 'A-Z').replaceAll('\\p{L}', 'A-Za-z').replaceAll('\\p{N}', '0-9'), 'u');
  return (s) => (BEYOND_PLAIN.test(s) ? (full ??= new RegExp(source, 'u')) : plain).test(s);
}

/**
 * A counted noun said once for two parallel counts: "Corvane Music with 60 million subscribers and
 * Orrin Music with 55 million", "Orrin Works has over 3.37 lakh and Kestrel Industries has nearly 2
 * lakh employees". The bare count takes the other's noun when only a conjunction, a name and a verb
 * of having stand between the two, and nothing is counted after the bare one.
 */

// Between the two counts: a conjunction, then at most a name (capitalised words) and a verb of having or a qualifier
const BETWEEN = plainOr(String.raw`^\s*,?\s*(?:and|while|whereas|but|compared with|against|versus|vs\.?)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}&.'’-]*){0,3}\s+)?(?:with|has|had|have|counts|counted|employs|employed|at)?\s*(?:about|around|roughly|nearly|almost|over|more than|some|just|only|close to)?\s*$`);
// (or a list's comma, then a name and its verb: "NatWest has 19 million customers, Barclays UK has over 20 million"; the
// verb may be left out: "Hyundai Motor Group had 174,952 employees, LG 158,791, and SK 117,438")
const COMMA_NAME = plainOr(String.raw`^\s*,\s+(?:and\s+)?(?:the\s+)?[\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}&.'’-]*){0,3}\s+(?:(?:with|has|had|have|counts|counted|employs|employed|at)\s*)?(?:about|around|roughly|nearly|almost|over|more than|some|just|only|close to)?\s*$`);
// After the bare count: the clause ends, or a time or "respectively" closes it
// (or the list goes on: "Aircel 7.86 crore and Tata Teleservices 6.61 crore")
const ENDS = new RegExp(String.raw`^\s*(?:[.,;:)!?]|$|and\s+(?:the\s+)?[A-Z]|respectively\b|each\b|apiece\b|in (?:\d{4}|${MONTHS})\b|last year\b|this year\b|a year (?:earlier|ago|before)\b|at the end\b|by the end\b)`, 'i');
// (and the next in such a list: "… 60 million on PhonePe and 30 million on Paytm")
const AHEAD_OF = plainOr(String.raw`^(?:\s*,?\s*(?:ahead of|behind|followed by|trailed by|against|compared with|versus|vs\.?|and)|\s+(?:on|at)\s+[\p{Lu}][\p{L}\p{N}&.'’ -]{0,40}?\s*(?:,|,?\s+and))\s+(?:about|around|roughly|nearly|almost|over|more than|some|just|only)?\s*$`);
// (and a list over places: "29.2 million monthly users in Indonesia, 4.3 million in Vietnam and 2 million in Thailand")
const IN_PLACE_LIST = plainOr(String.raw`^\s+(?:in|across)\s+(?:the\s+)?[\p{Lu}][\p{L}.'’ -]{0,30}?\s*(?:,|,?\s+and|;)\s+(?:about|around|roughly|nearly|almost|over|more than|some|just|only)?\s*$`);
const ON_NAME = plainOr(String.raw`^\s+(?:on|at|for|with)\s+[\p{Lu}]`);
const IN_NAME = plainOr(String.raw`^\s+(?:in|across)\s+(?:the\s+)?[\p{Lu}]`);
// (and a list over times: "about 500 million weekly users by the end of March and around 700 million by late summer")
const WHEN = String.raw`(?:in|by|at|as of|as at|during)\s+(?:the\s+)?(?:(?:end|start|beginning|middle) of\s+(?:the\s+)?)?(?:(?:early|mid|late)[-\s]+)?(?:${MONTHS}|\d{4}|summer|spring|autumn|fall|winter|(?:first|second|third|fourth) quarter|year|quarter|Q[1-4])\b[\w ,-]{0,12}?`;
const TIME_LIST = new RegExp(String.raw`^\s+${WHEN}\s*(?:,|,?\s+and|;)\s+(?:about|around|roughly|nearly|almost|over|more than|some|just|only)?\s*$`, 'i');
const WHEN_AFTER = new RegExp(String.raw`^\s+${WHEN}`, 'i');
const PART_OF_WHOLE = /^\s+of\s+(?:the|its|their|all)\s+(?:about|around|roughly|nearly|some|over|more than)?\s*$/;
const bare = (q: Quantity) => q.kind === 'count' && q.unit === null && q.noun === null;

/** Give each bare count its parallel count's noun, in place; the quantities of one sentence, in text order. */
export function shareCountedNouns(text: string, quantities: Quantity[]): void {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const a = quantities[i]!;
    const b = quantities[i + 1]!;
    if (a.kind !== 'count' || b.kind !== 'count') continue;
    const between = text.slice(a.end, b.start);
    // ("75 million transacting users, ahead of 60 million on PhonePe and 30 million on Paytm": a count compared with the
    // one before, on or at a company, counts the same)
    if (!bare(a) && bare(b) && AHEAD_OF(between) && ON_NAME(text.slice(b.end, b.end + 12))) {
      b.unit = a.unit;
      b.noun = a.noun;
      continue;
    }
    if (!bare(a) && bare(b) && IN_PLACE_LIST(between) && IN_NAME(text.slice(b.end, b.end + 16))) {
      b.unit = a.unit;
      b.noun = a.noun;
      continue;
    }
    if (!bare(a) && bare(b) && TIME_LIST.test(between) && WHEN_AFTER.test(text.slice(b.end, b.end + 40))) {
      b.unit = a.unit;
      b.noun = a.noun;
      continue;
    }
    // ("reaching 40 million of the around 50 million users": a part counts what its whole counts)
    if (bare(a) && !bare(b) && PART_OF_WHOLE.test(between)) {
      a.unit = b.unit;
      a.noun = b.noun;
      continue;
    }
    if (between.length > 60 || !(BETWEEN(between) || COMMA_NAME(between))) continue;
    // ("Airtel added over 17 lakh new mobile customers, Vodafone about 15 lakh": new ones counted are a flow, and so is the
    // count that shares their noun — left bare, it is read as no base of users)
    if (/\b(?:new|net|additional)\b/i.test(a.text)) continue;
    // "with 60 million subscribers and … with 55 million": the later one is bare
    if (!bare(a) && bare(b) && ENDS.test(text.slice(b.end, b.end + 24))) {
      b.unit = a.unit;
      b.noun = a.noun;
    } else if (bare(a) && !bare(b) && a.unit === null) {
      // "has over 3.37 lakh and … has nearly 2 lakh employees": the earlier one is bare
      a.unit = b.unit;
      a.noun = b.noun;
    }
  }
}

/**
 * A scale said once for a list of amounts: "Bolt and Veriff … are worth $8.4 and $1.5 billion, respectively", "raised $2.5, $4.1
 * and $7 million". An amount of the list written without its scale takes the last one's, where the list is plainly one of like
 * amounts: the same currency, only "and", "or" or a comma between, and a decimal in the bare amount or "respectively" after the list.
 */
const SCALE_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)$/;
const SCALES = [1e3, 1e5, 1e6, 1e7, 1e9, 1e12];
export function shareMoneyScales(text: string, quantities: Quantity[]): void {
  for (let i = quantities.length - 2; i >= 0; i--) {
    const a = quantities[i]!;
    const b = quantities[i + 1]!;
    if (a.kind !== 'money' || b.kind !== 'money' || a.amount === null || b.amount === null || a.currency !== b.currency || a.amount >= 1000) continue;
    if (!/\d$/.test(a.text) || !SCALE_JOIN.test(text.slice(a.end, b.start))) continue;
    const written = /(\d[\d,]*(?:\.\d+)?)(?!.*\d)/.exec(b.text);
    const factor = written ? b.amount / Number(written[1]!.replaceAll(',', '')) : 0;
    const scale = SCALES.find((f) => Math.abs(factor / f - 1) < 1e-9);
    if (!scale) continue;
    // (the list's last amount, and what comes after it)
    let last = i + 1;
    while (last + 1 < quantities.length && quantities[last + 1]!.kind === 'money' && SCALE_JOIN.test(text.slice(quantities[last]!.end, quantities[last + 1]!.start))) last++;
    if (!/\.\d/.test(a.text) && !/^[\s,]*(?:\([^()]{0,30}\)\s*)?,?\s*respectively\b/i.test(text.slice(quantities[last]!.end, quantities[last]!.end + 50))) continue;
    a.amount *= scale;
  }
}
