/**
 * The quantity module: every amount in a sentence read once (money and counts, hedges,
 * ranges, vague magnitudes), with its span. No claim type parses numbers itself.
 *
 * What claim extractors can rely on (the corpus in corpus.ts is the full spec):
 * - `currency` is any ISO 4217 code Intl knows (currencies.generated.ts), by code on either
 *   side ("KES 13.4 billion", "42 SAR", "MYR42"), sign ("₦5bn", "50€", "35$", "R$3bn"), or
 *   name with or without its country ("riyals", "Kenyan shillings", "a dollar"). A name
 *   several currencies share ("dinars", "pesos", "Rs") takes the country the sentence names,
 *   else the largest issuer's; names and codes that are English words ("won", "rand",
 *   "mark", "ALL", "TOP") are read only where the number makes them a currency.
 * - `kind` is 'money' exactly when `currency` is set. "seven-figure", "multi-billion"
 *   and "a billion-dollar" are money in USD unless pounds/euros are named within ~60
 *   characters. Vague plurals without a currency ("billions in funding") are counts
 *   with unit null.
 * - `bound`: 'exact' (amount), 'above' (amount = min, or only min for vague),
 *   'under' (amount = max), 'between' (amount null, min..max). Every hedge, bound,
 *   vague magnitude and "two or three" sets `approximate`; "nearly"/"almost"/"close to"
 *   are hedges, not bounds.
 * - Vague bounds: N-figure 10^(N-1)..10^N-1 (low/mid/high: first/middle/last third);
 *   multi-million/-billion ≥ 2×scale, no max; "billion-dollar" ≥ 1e9. A plural is at least
 *   two of its unit, up to where the next plural starts: dozens 24..99; hundreds 200..999;
 *   thousands 2,000..9,999; millions/billions/trillions 2X..10X-1; tens of X 20X..100X-1;
 *   hundreds of X 200X..1000X-1. Scores of 40..99; low/mid/high thousands (or millions…)
 *   1,000..4,999 / 4,000..6,999 / 5,000..9,999; a handful 3..9; several hundred 300..999;
 *   a few hundred 200..599; a few dozen 24..60.
 * - `unit` (counts): people, users, subscribers, customers, GPUs, chips, TPUs, GW, MW,
 *   GWh, MWh, servers, data centers, parameters, downloads, shares; `noun` is the head
 *   noun as written ("researchers", "person", "strong").
 * - `per` (money only): share, year, month, week, day, hour, each, person, user, seat.
 * - `rule` names the reading: money, money/range, count, count/range, vague/….
 */
export type { Quantity } from './quantity.js';
export { readQuantities } from './read.js';
