import type { RawClaim } from '../claims/extractor.js';

/** What refiners may read besides the claims. */
export interface RefineContext {
  /** Matching text of the whole article. */
  text: string;
}

/** One refinement step: claims in, claims out. Order lives in src/pipeline.ts. */
export type Refiner = (ctx: RefineContext, claims: RawClaim[]) => RawClaim[];
