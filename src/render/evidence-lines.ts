import type { Claim } from '../schema.js';

/**
 * Where a claim's statements are, so each can be found in the article: "(line 3)", or with
 * more statements than the one quoted "(line 3; +2 more: lines 7, 9)". `space` glues each
 * piece (a no-break space keeps it whole when the table wraps a quote).
 */
export function evidenceLines(claim: Claim, space = ' '): string {
  const [first, ...rest] = claim.evidence.map((e) => e.line);
  if (first === undefined) return '';
  if (rest.length === 0) return `(line${space}${first})`;
  return `(line${space}${first}; +${rest.length}${space}more: line${rest.length > 1 ? 's' : ''}${space}${rest.join(', ')})`;
}
