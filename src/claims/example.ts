import type { ClaimType, Modality, Resource } from '../schema.js';

/**
 * The shape of corpus lines (src/claims/<type>/corpus.ts) and fixture golden files
 * (fixtures/NAME.expected.json): a claim as a fact-checker writes it down, without
 * ids, offsets or confidence. Fields left out are not checked.
 */
export interface ExpectedClaim {
  type: ClaimType;
  subject: string;
  /** null means "must be null"; absent means "not checked". */
  counterparty?: string | null;
  /** null means "no value"; a field left out of the object is not checked. */
  value?: {
    amount?: number | null;
    min?: number | null;
    max?: number | null;
    currency?: string | null;
    unit?: string | null;
    approximate?: boolean;
    /** The exact words the value was read from. */
    text?: string;
  } | null;
  modality?: Modality;
  resource?: Resource;
  round?: string | null;
  period?: string | null;
  /** Substrings each of which must lie inside one of the claim's evidence texts. */
  evidence?: string[];
}

/** A short text (one to three sentences) and every claim of the corpus's type it states. */
export interface ClaimExample {
  text: string;
  claims: ExpectedClaim[];
  /** Why the line is here: the class of text it stands for. */
  note?: string;
}

/** Positive examples and must-not-match texts (which give no claim of the corpus's type). */
export interface ClaimCorpus {
  type: ClaimType;
  positive: ClaimExample[];
  negative: Array<string | { text: string; note: string }>;
}
