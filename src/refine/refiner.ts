import type { RawClaim } from '../claims/extractor.js';
import type { Actor } from '../entities/coreference.js';
import type { Sentence } from '../text/sentences.js';
import type { Quantity } from '../values/index.js';

/** What refiners may read besides the claims. */
export interface RefineContext {
  /** Matching text of the whole article. */
  text: string;
  sentences: Sentence[];
  /** Organisations each sentence names or refers to. */
  actors: Actor[][];
  /** The amounts of each sentence the spot gate let through, by sentence index (article offsets). */
  quantities: Map<number, Quantity[]>;
}

/** One refinement step: claims in, claims out. Order lives in src/pipeline.ts. */
export type Refiner = (ctx: RefineContext, claims: RawClaim[]) => RawClaim[];
