/**
 * The quantity module: every amount in a sentence read once (money and counts, hedges,
 * ranges, vague magnitudes), with its span. No claim type parses numbers itself.
 */
export type { Quantity } from './quantity.js';
export { readQuantities } from './read.js';
