import { hash } from 'node:crypto';
import { compensation } from './claims/compensation/extract.js';
import { computeDeal, computeRules } from './claims/compute-deal/extract.js';
import { departure } from './claims/departure/extract.js';
import type { Extractor, RawClaim, SentenceView } from './claims/extractor.js';
import { spreadBracketed, spreadEach, spreadGapped, spreadRespectively } from './claims/respectively.js';
import { funding, fundingRules } from './claims/funding/extract.js';
import { headcount } from './claims/headcount/extract.js';
import { hiresCameFrom, hiring, hiringEach, hiringRules } from './claims/hiring/extract.js';
import { personMoves } from './claims/hiring/moves.js';
import { ruleExtractor } from './claims/rules.js';
import { cellAt } from './claims/slots.js';
import { sectionLabelOf, sectionRule, segmentRule } from './claims/sections.js';
import { cellColumnClaim, cellColumnLabel, flatTableClaims, isCountCell } from './claims/flat-table.js';
import { revenue } from './claims/revenue/extract.js';
import { userCount } from './claims/user-count/extract.js';
import { valuation } from './claims/valuation/extract.js';
import { buildEntities, markPublications, markReporters, type EntityRecord, type EntityTable } from './entities/aliases.js';
import { markRoles } from './entities/roles.js';
import { answerSentences, isLabelTable, resolveReferences, type Reference } from './entities/coreference.js';
import { findNames, type NameMention } from './entities/organizations.js';
import type { InputFormat } from './input/index.js';
import { confidenceOf } from './refine/confidence.js';
import { assignIds } from './refine/ids.js';
import { dealValueInNextSentence } from './refine/deal-value.js';
import { computeMoneyFirst, convertedAmounts, countMeetsSource, departureToNamedRival, departureYieldsToHiring, localDollar, oneClaimPerAmount, mergeRepeats } from './refine/merge.js';
import { otherLevels } from './refine/levels.js';
import { leadFromNextSentence } from './refine/lead.js';
import { assignModality } from './refine/modality.js';
import { requireTypedSubjects } from './refine/typed-subjects.js';
import { dropJointAmounts, pairRelative } from './refine/joint-amounts.js';
import { directSourceOnly } from './refine/direct-source.js';
import { dealDirectionByVerb, powerFromEnergyCompany, tenantIsCustomer } from './refine/deal-direction.js';
import type { Refiner } from './refine/refiner.js';
import type { Article, Claim, ClaimType, Entity } from './schema.js';
import { candidateGate, type Gate } from './spot/candidates.js';
import { shareCountedNouns, shareMoneyScales } from './values/ellipsis.js';
import { byCodeUnits, lineColumnAt, lineStartsOf, normalizeForMatching } from './text/normalize.js';
import { splitSentences, tableCells, type Sentence } from './text/sentences.js';
import { readQuantities, type Quantity } from './values/index.js';
import { codeEntry, isLetterSymbol, signCode } from './values/currencyMarks.js';
import { BARE_DOLLAR, dollarLocale, namesRupeeCountry, RUPEE_MARK, rupeeLocale } from './values/locale.js';

/**
 * The flow of one article: text → spot → values → entities → claims → refine → article.
 * Nothing goes back. Each stage adds to the Doc what the later ones read.
 */

interface Doc {
  original: string;
  /** Matching text: same length as original, look-alikes folded. */
  text: string;
  types: Set<ClaimType>;
  sentences: Sentence[];
  candidates: Sentence[];
  quantities: Map<number, Quantity[]>;
  names: NameMention[];
  entities: EntityTable;
  reference: Reference;
  raw: RawClaim[];
}

// A sentence (at most 1,200 characters) with more amounts than this is a dump of numbers, not
// prose ("$1$1$1…"): only its first ones are read, so such input stays cheap.
const MAX_AMOUNTS = 100;

/** The claim types' extractors, in the order ties between them are settled. */
// "Name: value" lines under a label ("Users:", "Employee strength"), for the types still read by their own extractors
// (headcount and compensation have the rule in their rule sets)
const SECTION_LISTS = (['valuation', 'funding', 'revenue', 'user_count'] as const).map((t) => ruleExtractor(t, t === 'user_count' ? [sectionRule(t), segmentRule(t)] : [sectionRule(t)], t === 'user_count' ? { countUnit: 'users' } : {}));

export const EXTRACTORS: Extractor[] = [valuation, funding, fundingRules, revenue, headcount, userCount, compensation, computeDeal, computeRules, hiring, hiringRules, hiringEach, hiresCameFrom, personMoves, departure, ...SECTION_LISTS];

// Refiners run in this order: modality first (confidence reads it), then each amount to one claim.
// (the lead investor named a sentence later comes before merging, so repeats agree on it)
const REFINERS: Refiner[] = [requireTypedSubjects, dropJointAmounts, pairRelative, assignModality, oneClaimPerAmount, localDollar, convertedAmounts, otherLevels, dealValueInNextSentence, computeMoneyFirst, dealDirectionByVerb, powerFromEnergyCompany, tenantIsCustomer, departureToNamedRival, departureYieldsToHiring, countMeetsSource, directSourceOnly, leadFromNextSentence];

let gate: Gate | null = null;

const STAGES: Array<[name: string, run: (doc: Doc) => void]> = [
  ['text', (doc) => {
    doc.text = normalizeForMatching(doc.original);
    doc.sentences = splitSentences(doc.text);
    // A line break inside a sentence (hard-wrapped wire copy) is only a space to the rules.
    doc.text = joinWrappedLines(doc.text, doc.sentences);
  }],
  ['spot', (doc) => {
    // (the gate of every extractor, built once: the words of one type's rules only widen it)
    const cue = (gate ??= candidateGate(EXTRACTORS));
    // (and a table's count cell under a name's cell, which holds no cue word: "TLT Solicitors |" / "8 |")
    doc.candidates = doc.sentences.filter((s, i) => cue(s) || isCountCell(s, doc.sentences[i - 1]));
  }],
  ['values', (doc) => {
    // (a bare "$" in an article from a country of dollars is that country's: "reduce $15 billion in costs" at Qantas is AUD)
    const local = doc.candidates.length ? dollarLocale(doc.text) : null;
    const rupee = doc.candidates.length ? rupeeLocale(doc.text) : null;
    for (const s of doc.candidates) {
      // fresh objects from the reader: shifted to article offsets in place, no copies
      const found = readQuantities(s.text, true, MAX_AMOUNTS);
      for (const q of found) {
        q.start += s.start;
        q.end += s.start;
        if (local && q.currency === 'USD' && BARE_DOLLAR.test(doc.text.slice(Math.max(0, q.start - 3), q.end))) q.currency = local;
        if (rupee && q.currency === 'INR' && RUPEE_MARK.test(doc.text.slice(q.start, q.end)) && !namesRupeeCountry(s.text)) q.currency = rupee;
      }
      // ("X with 60 million subscribers and Y with 55 million": a noun said once counts both)
      shareCountedNouns(doc.text, found);
      // ("worth $8.4 and $1.5 billion, respectively": a scale said once for a list of amounts)
      shareMoneyScales(doc.text, found);
      doc.quantities.set(s.index, found);
    }
  }],
  // Entities read every sentence: names are learnt from the whole article.
  ['entities', (doc) => {
    doc.names = findNames(doc.text, doc.sentences);
    doc.entities = buildEntities(doc.names, doc.text);
    markPublications(doc.text, doc.names, doc.entities);
    markReporters(doc.text, doc.names, doc.entities);
    markRoles(doc.text, doc.names, doc.entities);
    doc.reference = resolveReferences(doc.text, doc.sentences, doc.names, doc.entities);
  }],
  ['claims', (doc) => {
    const extractors = EXTRACTORS.filter((e) => doc.types.has(e.type));
    const namesBySentence = new Map<number, NameMention[]>();
    for (const n of doc.names) {
      const list = namesBySentence.get(n.sentence);
      if (list) list.push(n);
      else namesBySentence.set(n.sentence, [n]);
    }
    const answers = answerSentences(doc.sentences);
    for (const s of doc.candidates) {
      const view: SentenceView = {
        sentence: s,
        lower: s.text.toLowerCase(),
        text: doc.text,
        quantities: doc.quantities.get(s.index) ?? [],
        actors: doc.reference.actors[s.index] ?? [],
        names: namesBySentence.get(s.index) ?? [],
        topic: doc.reference.topic[s.index] ?? null,
        tableHeader: undefined,
        section: sectionLabelOf(doc.sentences, s),
        inAnswer: answers.has(s.index),
        entities: doc.entities,
        memo: {},
      };
      let header: Sentence | undefined;
      if (s.kind === 'table') {
        const table = tableOf(doc, s);
        view.tableHeader = table.labels;
        view.columnOrgs = table.columnOrgs;
        header = table.header;
        if (table.labels) scaleByColumn(view);
      }
      const found: RawClaim[] = [];
      // (a table flattened into one line, "Firm Trainee pay NQ rates Allen & Overy £50,000 £107,500 Clifford Chance …": its rows are
      // read as rows, and the type its header names is not read again as prose)
      const flat = s.kind !== 'table' ? flatTableClaims(view, doc.types) : null;
      if (flat) found.push(...flat.claims);
      // (a table copied one cell per line: a count under a company's name, under a label that says what is counted)
      const prev = doc.sentences[s.index - 1];
      const cell = prev && /\|\s*$/.test(prev.text) ? cellColumnClaim(view, prev, doc.reference.actors[prev.index] ?? [], cellColumnLabel(doc.sentences, s.index), doc.types) : null;
      if (cell) found.push(cell);
      // (most extractors find nothing in a sentence: no spread call for an empty answer)
      for (const e of extractors) {
        if ((flat && e.type === flat.type) || (cell && e.type === cell.type)) continue;
        const claims = e.extract(view);
        for (let k = 0; k < claims.length; k++) found.push(claims[k]!);
      }
      // (a company named only in the header: that cell is evidence too)
      if (view.columnOrgs && header) for (const c of found) if (view.columnOrgs.includes(c.subject)) c.alsoIn = [header];
      doc.raw.push(...spreadGapped(view, spreadBracketed(view, spreadEach(view, spreadRespectively(view, found)))));
    }
  }],
  ['refine', (doc) => {
    for (const refine of REFINERS) doc.raw = refine({ text: doc.text, sentences: doc.sentences, actors: doc.reference.actors, quantities: doc.quantities }, doc.raw);
  }],
];

/** Replace line breaks inside body sentences by spaces, keeping every offset. */
function joinWrappedLines(text: string, sentences: Sentence[]): string {
  let out = '';
  let from = 0;
  for (const s of sentences) {
    if (s.kind !== 'body' || !s.text.includes('\n')) continue;
    out += text.slice(from, s.start) + s.text.replace(/\n/g, ' ');
    s.text = s.text.replace(/\n/g, ' ');
    from = s.end;
  }
  return from === 0 ? text : out + text.slice(from);
}

// A column's header that gives its amounts' scale: "2013/14 sales (£m)", "Revenue ($bn)", "Funding (in millions)"
// (a currency there makes a bare figure under it an amount of that currency: "| Revenue (€m) |" over "| 1,204 |")
const COLUMN_SCALE = /\((?:in )?(US\$|[^\w\s()]|[A-Z]{3}(?= ?[mbk0t]))? ?(m|mn|mln|million|millions|bn|billion|billions|k|000s?|'000s?|thousands?)\)|\bin (?:(US\$|[^\w\s()]) ?)?(millions|billions|thousands)\b/;
// An amount that says its own scale: "£43.6bn", "$4 million"
const OWN_SCALE = /\d\s?(?:k|m|mn|mln|bn|b|tn|thousand|million|billion|trillion|lakh|crore)\b/i;

/** Amounts in a table's cells whose column header gives their scale ("(£m)" over "£43,570"): the amount as the header scales it. */
function scaleByColumn(view: SentenceView): void {
  for (const q of view.quantities) {
    if (OWN_SCALE.test(q.text)) continue;
    const m = COLUMN_SCALE.exec(view.tableHeader![cellAt(view, q.start)] ?? '');
    if (!m) continue;
    const sign = m[1] ?? m[3];
    const code = !sign ? undefined : sign === 'US$' ? 'USD' : sign.length === 3 ? (codeEntry(sign) && !isLetterSymbol(sign) ? sign : undefined) : signCode(sign);
    if (q.kind !== 'money') {
      // (a bare figure alone in its cell: "| 1,204 |" under "Revenue (€m)" is money, under "Users (m)" a count)
      if (q.unit || q.noun || !/^[\d,.]+$/.test(q.text)) continue;
      if (code) {
        q.kind = 'money';
        q.currency = code;
      }
    }
    const scale = m[2] ?? m[4]!;
    const f = /^b/i.test(scale) ? 1e9 : /^m/i.test(scale) ? 1e6 : 1e3;
    q.amount = q.amount === null ? null : q.amount * f;
    q.min = q.min === null ? null : q.min * f;
    q.max = q.max === null ? null : q.max * f;
  }
}

/**
 * A table row's header: the cells of the first row of its block ("| Company | Valuation | Staff |"). When that header names a
 * company over each column but the first ("| | WhatsApp | Twitter | Facebook |") and the rows are measures ("| Users | 450m |
 * 250m | 1.2bn |"), each cell is read as its row's label and belongs to its column's company.
 */
function tableOf(doc: Doc, row: Sentence): { labels?: string[]; columnOrgs?: Array<EntityRecord | null>; header?: Sentence } {
  const first = doc.sentences.find((x) => x.block === row.block && x.kind === 'table');
  if (!first || first === row) return {};
  const header = tableCells(first.text);
  const actors = doc.reference.actors[first.index] ?? [];
  const orgs = header.map((cell) => actors.find((a) => a.via === 'name' && a.text === cell)?.entity ?? null);
  const label = tableCells(row.text)[0] ?? '';
  // (a table of labels and values: "| Item | Detail |" over "| Amount | US$500 million |" — each value under its row's label)
  if (orgs.every((o) => !o) && isLabelTable(doc.sentences, first)) return { labels: header.map(() => label) };
  if (orgs[0] || orgs.filter(Boolean).length < 2 || orgs.slice(1).some((o) => !o)) return { labels: header };
  return { labels: header.map(() => label), columnOrgs: orgs, header: first };
}

export interface ExtractOptions {
  name?: string;
  format?: InputFormat;
  types?: readonly ClaimType[];
  sha256?: string;
  title?: string | null;
  warnings?: string[];
  withText?: boolean;
}

/** Run the flow over plain text and build the article the JSON output prints. */
export function extractFromPlainText(original: string, opts: ExtractOptions = {}): Article {
  const doc = {
    original,
    types: new Set(opts.types ?? []),
    quantities: new Map(),
    raw: [],
  } as unknown as Doc;
  if (!opts.types) doc.types = new Set(EXTRACTORS.map((e) => e.type));
  for (const [, run] of STAGES) run(doc);
  return toArticle(doc, opts);
}

function toArticle(doc: Doc, opts: ExtractOptions): Article {
  const lineStarts = lineStartsOf(doc.original);
  const groups = mergeRepeats(doc.raw);
  const firstMention = new Map<EntityRecord, number>();
  doc.names.forEach((m, i) => {
    const e = doc.entities.entityOf[i];
    if (e && !firstMention.has(e)) firstMention.set(e, m.start);
  });
  const unsorted = groups.map((group) => {
    const head = group[0]!;
    const evidence = [...new Map(group.flatMap((c) => [c.sentence, ...(c.alsoIn ?? [])]).map((s) => [s.start, s])).values()]
      .sort((a, b) => a.start - b.start)
      .map((s) => ({ text: doc.original.slice(s.start, s.end), start: s.start, end: s.end, ...lineColumnAt(lineStarts, s.start) }));
    // (a figure over a vague amount it falls in: "nine-figure compensation packages", then "around $125 million")
    const valued = group.find((c) => c.value && c.value.amount !== null) ?? group.find((c) => c.value) ?? head;
    const v = valued.value;
    // (the per-type fields are set after `confidence` and before `reason`: the order the JSON prints)
    const claim: Omit<Claim, 'id'> = {
      type: head.type,
      subject: head.subject.name,
      counterparty: group.find((c) => c.counterparty)?.counterparty?.name ?? null,
      value: v
        ? { amount: v.amount, min: v.min, max: v.max, currency: v.currency, unit: v.unit, approximate: v.approximate, text: doc.original.slice(v.start, v.end) }
        : null,
      modality: head.modality ?? 'asserted',
      attribution: group.find((c) => c.attribution)?.attribution ?? null,
      evidence,
      confidence: confidenceOf(group),
    } as Omit<Claim, 'id'>;
    if (head.type === 'compute_deal') claim.resource = group.find((c) => c.resource)?.resource ?? 'cloud';
    if (head.type === 'funding') {
      claim.round = group.find((c) => c.round)?.round ?? null;
      claim.investors = [...new Set(group.flatMap((c) => c.investors ?? []).map((e) => e.name))];
    }
    if (head.type === 'revenue') claim.period = group.find((c) => c.period)?.period ?? null;
    claim.reason = [...new Set(group.map((c) => c.reason))].join(', ');
    return claim;
  });
  const TYPE_ORDER = EXTRACTORS.map((e) => e.type);
  unsorted.sort(
    (a, b) =>
      a.evidence[0]!.start - b.evidence[0]!.start ||
      TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
      byCodeUnits(a.subject, b.subject) ||
      byCodeUnits(a.counterparty ?? '', b.counterparty ?? '') ||
      (a.value?.amount ?? a.value?.min ?? 0) - (b.value?.amount ?? b.value?.min ?? 0),
  );
  const claims = assignIds(unsorted);

  // Entities that claims refer to, in order of first mention.
  const referred = new Set<string>();
  for (const c of claims) {
    referred.add(c.subject);
    if (c.counterparty) referred.add(c.counterparty);
    for (const i of c.investors ?? []) referred.add(i);
  }
  const entities: Entity[] = doc.entities.entities
    .filter((e) => referred.has(e.name))
    .sort((a, b) => (firstMention.get(a) ?? Infinity) - (firstMention.get(b) ?? Infinity) || byCodeUnits(a.name, b.name))
    .map((e) => ({ name: e.name, kind: e.kind, aliases: e.aliases, mentions: e.mentions }));

  const warnings = [...(opts.warnings ?? [])];
  const article: Article = {
    schemaVersion: 1,
    source: {
      name: opts.name ?? '<text>',
      format: opts.format ?? 'text',
      chars: doc.original.length,
      // (one-shot hash: twice as fast as createHash for an article)
      sha256: opts.sha256 ?? hash('sha256', doc.original, 'hex'),
      title: opts.title ?? null,
    },
    entities,
    claims,
    warnings,
  };
  if (opts.withText) article.text = doc.original;
  return article;
}
