import type { Actor } from '../entities/coreference.js';
import type { EntityRecord, EntityTable } from '../entities/aliases.js';
import type { NameMention } from '../entities/organizations.js';
import type { ClaimType, Modality, Resource } from '../schema.js';
import type { Sentence } from '../text/sentences.js';
import type { Quantity } from '../values/index.js';

/** Everything an extractor may look at for one candidate sentence. */
export interface SentenceView {
  sentence: Sentence;
  /** The sentence's text in lower case (asked by most extractors: made once). */
  lower: string;
  /** Matching text of the whole article (normalised 1:1; offsets are original offsets). */
  text: string;
  /** Amounts in the sentence, absolute offsets. */
  quantities: Quantity[];
  /** Organisations the sentence names or refers to, in text order. */
  actors: Actor[];
  /** Names of every kind in the sentence (people, products…), absolute offsets. */
  names: NameMention[];
  /** Who a subjectless sentence is about (list topic, paragraph focus, main entity). */
  topic: EntityRecord | null;
  /** The sentence is part of an interview answer: its implicit speaker is the interviewee's company. */
  inAnswer?: boolean;
  /** For a "Name: value" line of a list: the label the list sits under ("Users:", "Employee strength"). */
  section?: string;
  /** For a table row: the cells of its table's header row (in a table with a company to each column: the row's own label, in every cell). */
  tableHeader?: string[];
  /** For a row of a table with a company to each column ("| | WhatsApp | Twitter |"): the company of each cell, by column. */
  columnOrgs?: Array<EntityRecord | null>;
  entities: EntityTable;
  /** What the shared helpers (claims/slots.ts) work out once per sentence for every extractor. */
  memo: { breaks?: Array<[number, number]>; words?: Map<number, string> };
}

/** A claim as an extractor finds it, before refinement (modality, merging, ids). */
export interface RawClaim {
  type: ClaimType;
  subject: EntityRecord;
  counterparty: EntityRecord | null;
  value: Quantity | null;
  sentence: Sentence;
  /** The rule that made it: "valuation/valued-at". */
  reason: string;
  /** How sure the rule is, before refiners adjust for subject resolution and modality. */
  confidence: number;
  /** How the subject was found. */
  subjectVia: 'name' | 'anaphor' | 'topic';
  /** The amount is said of each of several subjects ("X and Y each secured $5 million"): one claim per subject shares it. */
  shared?: boolean;
  /** The subject is only the last of a list paired by "respectively": the claim stands only if the pairing spreads it (respectively.ts). */
  pairedOnly?: boolean;
  /** The rule's relation holds only for a company: the subject needs no other evidence (refine/typed-subjects.ts). */
  vouched?: boolean;
  /** compute_deal: the article describes the provider as a seller of compute, which vouches for it as a company. */
  providerDescribed?: boolean;
  /** Other sentences the claim rests on (a table's header naming the company of a column). */
  alsoIn?: Sentence[];
  /** Offset of the words that triggered the rule (for modality scope). */
  cueAt: number;
  resource?: Resource;
  round?: string | null;
  investors?: EntityRecord[];
  period?: string | null;
  modality?: Modality;
  attribution?: string | null;
}

/** One claim type's extractor: sentence in, raw claims out. Independent of the others. */
export interface Extractor {
  type: ClaimType;
  extract(view: SentenceView): RawClaim[];
  /**
   * What a sentence with no amount needs for this extractor to find a claim in it: words (lower case, one of
   * them), an expression, or 'any' (no amount-free claim can be ruled out by words). None: every claim
   * it finds has an amount. The spot gate (src/spot/candidates.ts) is built from these.
   */
  cue?: () => Cue;
}

/** See Extractor.cue: a sentence may hold a claim with no amount when any part of the cue holds. */
export interface Cue {
  /** Word sets, by rule: a rule may match when the sentence has a word of each of its sets (and a capitalised word after its first when it needs a person's name). */
  rules?: ReadonlyArray<{ sets: ReadonlyArray<ReadonlySet<string>>; person: boolean }>;
  /** An expression the lower-cased sentence must match. */
  pattern?: RegExp;
  /** With the expression, a capitalised word after the sentence's first (a claim of it needs a named party). */
  named?: boolean;
  /** Words cannot rule a sentence out. */
  any?: boolean;
}
