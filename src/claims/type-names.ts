/** The claim types of CLAIMS.md, in the order `newsfacts types` lists them. */
export const CLAIM_TYPES = [
  'valuation',
  'headcount',
  'compute_deal',
  'hiring',
  'funding',
  'revenue',
  'compensation',
  'user_count',
  'departure',
] as const;
