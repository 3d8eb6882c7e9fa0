import type { ClaimType } from '../schema.js';
import type { Quantity } from '../values/index.js';
import { compile, matchAll, mayMatch, needsAmount, needsPerson, type Match, type Pattern } from '../structure/pattern.js';
import { tokensOf, type Tok, type TokenView } from '../structure/tokens.js';
import type { Extractor, RawClaim, SentenceView } from './extractor.js';
import { cellAt, joinedNames, pickSubject, type Picked, type PickOptions } from './slots.js';

/**
 * Claim rules as data: a token pattern (src/structure/pattern.ts) that reads like the sentence,
 * the named vetoes that stop it, where its subject comes from, and examples that test it.
 *
 *   { reason: 'departure/cut-jobs',
 *     match: '{cut|eliminate|slash} [value:COUNT] _{0,3} (jobs|positions|roles)',
 *     unless: { 'departure/not-jobs-at-company': '…' },
 *     examples: [['Bell Canada will eliminate 690 jobs.', 'Bell Canada', '690 jobs']] }
 *
 * Slots a pattern may capture: `value` (the amount), `subject` and `counterparty` (organisations).
 * Without a `subject` slot the subject is the organisation the sentence is about where the
 * match starts (pickSubject: possessive, relative clause, clause subject, "the company", topic).
 */
export interface ClaimRule {
  reason: string;
  /** The pattern (see pattern.ts). */
  match: string;
  confidence: number;
  /**
   * The relation holds only for an employer or a company ("eliminate 690 jobs", "employs 300
   * people"), so it vouches for a subject the article says nothing else about.
   */
  vouches?: boolean;
  /** Named vetoes: a match of any of these in the same clause as the rule's match drops it. A veto's `value` slot must be the rule's. */
  unless?: Record<string, string>;
  /** How the subject is picked when the pattern captures none. */
  pick?: PickOptions;
  /** A cheap test of the sentence before the pattern is tried ("a line under a list label", "a table row"). */
  when?: (view: SentenceView) => boolean;
  /** What else the claim carries, or null to drop it (a check a pattern cannot say). */
  extra?: (m: RuleMatch, view: SentenceView) => Partial<RawClaim> | null;
  /**
   * The captured counterparty heads a list ("from Credit Suisse First Boston and Morgan Stanley"):
   * one claim for each, the second taking the amount captured as `value2` ("two teams of four and seven").
   */
  list?: boolean;
  /**
   * The captured subject heads a list ("to join rival firms such as Jefferies and UBS"): one claim for each, the others
   * without the amount.
   */
  subjectList?: boolean;
  /** [text, subject, value text or null]: sentences this rule reads (test/rules.test.ts). */
  examples?: Array<[text: string, subject: string, value: string | null]>;
}

export interface RuleMatch extends Match {
  toks: Tok[];
}

interface Compiled {
  rule: ClaimRule;
  pattern: Pattern;
  vetoes: Array<[name: string, pattern: Pattern]>;
}

/**
 * The clause number of each token (a clause break ends its clause). A relative clause about someone (", who joined …
 * from Citigroup") is a clause of its own: what it says of that person vetoes nothing said of its sentence's subject.
 */
const SECOND_PREDICATE = new Set(['now', 'has', 'had', 'have', 'employs', 'employed', 'counts', 'counted', 'is', 'was', 'are', 'were']);
const FINITE_AFTER_NOW = new Set(['has', 'had', 'have', 'employs', 'employed', 'counts', 'is', 'was', 'are', 'were']);
function clausesOf(toks: Tok[]): number[] {
  const out: number[] = [];
  let c = 0;
  // (", which has 3,000 employees, has responded by reviewing pay for its technical staff": a relative clause on a company
  // belongs with its antecedent; what the sentence goes on to say after it closes is another clause)
  let inWhich = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if ((t.lower === 'who' || t.lower === 'whom') && toks[i - 1]?.lower === ',') c++;
    if (t.lower === 'which' && toks[i - 1]?.lower === ',') inWhich = true;
    // ("cut about 3% of its workforce last year and now has roughly 46,500 employees": a second verb of the subject after
    // "and" says another thing)
    if (t.lower === 'and' && SECOND_PREDICATE.has(toks[i + 1]?.lower ?? '') && (toks[i + 1]!.lower !== 'now' || FINITE_AFTER_NOW.has(toks[i + 2]?.lower ?? ''))) c++;
    out.push(c);
    if (t.brk) c++;
    else if (inWhich && t.lower === ',' && toks[i - 1]?.lower !== 'which') {
      inWhich = false;
      c++;
    }
  }
  return out;
}

type RuleOptions = {
  countUnit?: string;
  plausible?: (q: Quantity, view: SentenceView) => boolean;
  pick?: PickOptions;
  /** A measure of a stock (staff, users): a value a change starts "from" also gives the value it goes "to". */
  changeEnds?: boolean;
};

/**
 * One extractor's rules, compiled on first use, and which of them the sentence being read wakes:
 * one with required words when it has one of each set and the slots it needs (mayMatch: the
 * sentence marks the sets its words meet once, for every type), one without when its `when`
 * test passes (or it has none).
 */
interface RuleSet {
  type: ClaimType;
  rules: readonly ClaimRule[];
  opts: RuleOptions;
  compiled: Compiled[] | null;
  always: number[];
  woken: Uint32Array;
  generation: number;
}

/** An extractor made of rules: every rule's matches become raw claims, one claim per amount (first rule wins). */
export function ruleExtractor(type: ClaimType, rules: readonly ClaimRule[], opts: RuleOptions = {}): Extractor & { rules: readonly ClaimRule[] } {
  const set: RuleSet = { type, rules, opts, compiled: null, always: [], woken: new Uint32Array(0), generation: 0 };
  return {
    type,
    rules,
    // A rule with an amount slot needs an amount; the others need a word of each of their required sets
    cue() {
      const compiled = compiledOf(set);
      const rules: Array<{ sets: ReadonlyArray<ReadonlySet<string>>; person: boolean }> = [];
      for (const { pattern } of compiled) {
        if (needsAmount(pattern)) continue;
        if (!pattern.required.length) return { any: true };
        rules.push({ sets: pattern.required, person: needsPerson(pattern) });
      }
      return { rules };
    },
    // (the work in functions of the module, not in this closure: each of the ~16 rule extractors
    // has its own closure, which V8 would optimise once each; and under 1,000 bytes of bytecode
    // each, as a batch optimises nothing bigger, BATCH_V8_FLAGS)
    extract: (view: SentenceView): RawClaim[] => extractRules(set, view),
  };
}

/** The set's rules compiled (once: compile keeps each source's pattern, so a veto shared by many rules is compiled once). */
function compiledOf(set: RuleSet): Compiled[] {
  if (set.compiled) return set.compiled;
  const all = set.rules.map((rule) => ({ rule, pattern: compile(rule.match), vetoes: Object.entries(rule.unless ?? {}).map(([n, p]) => [n, compile(p)] as [string, Pattern]) }));
  set.woken = new Uint32Array(all.length);
  set.always = [];
  all.forEach((c, i) => {
    if (!c.pattern.required.length) set.always.push(i);
  });
  return (set.compiled = all);
}

/** Mark the rules the sentence wakes with `gen`; false when it wakes none. */
function wake(set: RuleSet, compiled: Compiled[], tv: TokenView, view: SentenceView, gen: number): boolean {
  let any = false;
  for (const i of set.always) {
    // (a sentence without the slots the pattern needs has no match of it: its `when`, which
    // may read the text around the sentence, is not asked)
    const { rule, pattern } = compiled[i]!;
    if (mayMatch(pattern, tv) && (!rule.when || rule.when(view))) {
      set.woken[i] = gen;
      any = true;
    }
  }
  for (let i = 0; i < compiled.length; i++) {
    const { rule, pattern: p } = compiled[i]!;
    if (p.required.length && mayMatch(p, tv) && (!rule.when || rule.when(view))) {
      set.woken[i] = gen;
      any = true;
    }
  }
  return any;
}

/** A sentence's vetoes, matched once each (a veto shared by several rules), and its clause numbers, made when a veto is first asked. */
interface VetoState {
  tv: TokenView;
  clauses: number[] | null;
  cache: Map<Pattern, Match[]>;
}

function extractRules(set: RuleSet, view: SentenceView): RawClaim[] {
  const compiled = compiledOf(set);
  const tv = tokensOf(view);
  // (marks in a reused array: a new set for every sentence and type showed in profiles)
  const gen = ++set.generation;
  if (!wake(set, compiled, tv, view, gen)) return [];
  const { type, opts } = set;
  const claims: RawClaim[] = [];
  const usedValues = new Set<Tok>();
  const vetoState: VetoState = { tv, clauses: null, cache: new Map() };
  for (let ci = 0; ci < compiled.length; ci++) {
    if (set.woken[ci] !== gen) continue;
    const { rule, pattern, vetoes } = compiled[ci]!;
    for (const m of matchAll(pattern, tv)) {
      const value = m.slots.value;
      if (value && usedValues.has(value)) continue;
      if (value?.q && opts.plausible && !opts.plausible(value.q, view)) continue;
      if (vetoes.length && isVetoed(vetoes, m, value, vetoState)) continue;
      // (written out: a spread made objects of ever new hidden classes here, ~180 over bbc)
      const rm: RuleMatch = { start: m.start, end: m.end, slots: m.slots, toks: tv.toks };
      const claim = toClaim(type, rule, rm, view, opts);
      if (!claim) continue;
      if (value) usedValues.add(value);
      claims.push(claim);
      if (rule.list && m.slots.counterparty) pushListed(claims, claim, m, tv, opts);
      if (rule.subjectList && m.slots.subject) for (const t of listAfter(tv.toks, tv.toks.indexOf(m.slots.subject))) if (t.actor!.entity !== claim.counterparty) claims.push({ ...claim, subject: t.actor!.entity, value: null });
      const partner = bothPartner(view, claim);
      if (partner) {
        claim.shared = true;
        claims.push({ ...claim, subject: partner });
      } else {
        const partners = listPartners(view, claim);
        if (partners.length) claim.shared = true;
        for (const p of partners) claims.push({ ...claim, subject: p });
      }
      const end = opts.changeEnds && claim.value ? changeEnd(view, claim.value) : null;
      if (end) claims.push({ ...claim, value: opts.countUnit && end.unit === null ? { ...end, unit: opts.countUnit } : end, cueAt: end.start, confidence: claim.confidence - 0.04 });
    }
  }
  return claims;
}

const FORECAST_BEFORE = /\b(?:could|would|will|may|might|plans?|planned|planning|hopes?|hoped|aims?|aimed|expects?|expected|targets?|targeted|intends?|intended|wants?|wanted|seeks?|proposed?)\b/i;
// From a change's first value to its last: " at the end of the previous year to roughly "
const TO_END = /^[^.;$€£¥\d]{0,60}?\bto (?:about |around |roughly |nearly |some |almost |just over |just under |more than |over )?$/;

/**
 * "reduced its workforce from 108,900 at the end of the previous year to roughly 75,000": where a value is the start of a
 * change, the count it ends at, of the same kind and read right after it.
 */
function changeEnd(view: SentenceView, q: Quantity): Quantity | null {
  if (!/\bfrom $/.test(view.text.slice(Math.max(view.sentence.start, q.start - 5), q.start))) return null;
  const i = view.quantities.indexOf(q);
  const next = i >= 0 ? view.quantities[i + 1] : view.quantities.find((x) => x.start >= q.end);
  if (!next || next.kind !== q.kind || next.currency !== q.currency || !TO_END.test(view.text.slice(q.end, next.start))) return null;
  // (a level the change may reach is no fact: "could see its workforce trimmed from 90,000 to 60,000 staff by 2012")
  if (FORECAST_BEFORE.test(view.text.slice(view.sentence.start, q.start)) || /^[^.;]{0,30}?\bby (?:the end of )?(?:19|20)\d\d\b/.test(view.text.slice(next.end, view.sentence.end))) return null;
  return next;
}

/** A veto matches in the same clause as the match (and, when both capture a value, on the same value). */
function isVetoed(vetoes: Compiled['vetoes'], m: Match, value: Tok | undefined, st: VetoState): boolean {
  const clauses = (st.clauses ??= clausesOf(st.tv.toks));
  const inClause = new Set<number>();
  for (let i = m.start; i < m.end; i++) inClause.add(clauses[i]!);
  const vetoMatches = (vp: Pattern) => {
    let vm = st.cache.get(vp);
    if (!vm) st.cache.set(vp, (vm = matchAll(vp, st.tv)));
    return vm;
  };
  return vetoes.some(([, vp]) =>
    vetoMatches(vp).some((v) => {
      if (v.slots.value && value && v.slots.value !== value) return false;
      for (let i = v.start; i < v.end; i++) if (inClause.has(clauses[i]!)) return true;
      return false;
    }),
  );
}

/**
 * "Both the Australian carrier Qantas and Brazilian airline Latam have announced thousands of employees will be out of
 * work": a subject picked as the second of a pair after "both" shares the claim with the first.
 */
function bothPartner(view: SentenceView, claim: RawClaim): RawClaim['subject'] | null {
  const i = view.actors.findIndex((a) => a.entity === claim.subject && a.via === 'name');
  if (i < 1) return null;
  const b = view.actors[i]!, a = view.actors[i - 1]!;
  if (a.via !== 'name' || a.entity === b.entity || a.entity === claim.counterparty || a.entity.kind !== 'organization') return null;
  if (!/^ and (?:the )?(?:[\w-]+ ){0,3}$/.test(view.text.slice(a.end, b.start))) return null;
  return /\bboth (?:the )?(?:[\w-]+ ){0,3}$/i.test(view.text.slice(Math.max(view.sentence.start, a.start - 40), a.start)) ? a.entity : null;
}

/**
 * "Linklaters and Allen & Overy both raised NQ pay to £125,000", "BCLP, Travers Smith and Macfarlanes each pay…", "Allen & Overy
 * and Clifford Chance recently increased their cash offerings to £100,000": the subject picked is one of a list of names that does
 * the verb together — "both", "each" or "all" after the list, or "their" before the amount — and every name in it shares the claim.
 */
function listPartners(view: SentenceView, claim: RawClaim): Array<RawClaim['subject']> {
  // (the cue may be the subject itself, where a rule's match opens on it)
  const actor = view.actors.find((a) => a.entity === claim.subject && a.via === 'name' && !a.possessive && (a.end <= claim.cueAt || a.start === claim.cueAt));
  if (!actor) return [];
  let list = joinedNames(view, actor, (a) => a.entity !== claim.counterparty && (a.end <= claim.cueAt || a === actor));
  // (a list has one "and", before its last name: an earlier "and" joins clauses — "…after its takeover by rival UBS, and Goldman
  // Sachs and Morgan Stanley have unveiled…" lists two)
  const ands = list.slice(1).map((a, i) => /\band\b/.test(view.text.slice(list[i]!.end, a.start)));
  const lastAnd = ands.lastIndexOf(true);
  const earlierAnd = ands.slice(0, Math.max(0, lastAnd)).lastIndexOf(true);
  if (earlierAnd >= 0) list = list.slice(earlierAnd + 1);
  if (list.length < 2) return [];
  const rest = view.text.slice(list[list.length - 1]!.end, claim.cueAt);
  // (the list's own verb is the claim's: no clause between — "Opel and Saab have both had trouble, with Opel threatening to cut…")
  if (/[,;:]/.test(rest) || rest.length > 80) return [];
  // (an amount is every name's only when said to be: "both", "each", "their"; a claim with no amount is each name's by the list's verb:
  // "Goldman Sachs and Morgan Stanley have unveiled multiple rounds of layoffs")
  if (claim.value && !/^ (?:(?:have|had|will|would|also|now) )?(?:both|each|all)\b/.test(rest) && !/\btheir\b/.test(rest)) return [];
  const out: Array<RawClaim['subject']> = [];
  for (const a of list) if (a.entity !== claim.subject && !out.includes(a.entity)) out.push(a.entity);
  return out;
}

/** One more claim for each organisation listed after the captured counterparty (the first taking `value2`). */
function pushListed(claims: RawClaim[], claim: RawClaim, m: Match, tv: TokenView, opts: RuleOptions): void {
  const more = listAfter(tv.toks, tv.toks.indexOf(m.slots.counterparty!));
  // ("eight executives each from Wipro, Accenture and IBM": the count is every name's)
  let each = false;
  for (let i = m.start; i < m.end && !each; i++) each = tv.toks[i]!.lower === 'each' || tv.toks[i]!.lower === 'apiece';
  if (each && claim.value && more.length) claim.shared = true;
  more.forEach((t, k) => {
    const q2 = each ? claim.value : k === 0 ? m.slots.value2?.q ?? null : null;
    if (t.actor!.entity !== claim.subject) claims.push({ ...claim, counterparty: t.actor!.entity, value: q2 && opts.countUnit && q2.unit === null ? { ...q2, unit: opts.countUnit } : q2, ...(each && q2 ? { shared: true } : {}) });
  });
}

function toClaim(type: ClaimType, rule: ClaimRule, m: RuleMatch, view: SentenceView, opts: { countUnit?: string; pick?: PickOptions }): RawClaim | null {
  const { countUnit } = opts;
  const first = m.toks[m.start]!;
  const q = m.slots.value?.q ?? null;
  // ("15 of its 40 engineers have left": a bare count of a type that counts people counts people)
  const value = q && countUnit && q.kind === 'count' && q.unit === null ? { ...q, unit: countUnit } : q;
  // (the subject is looked for before the amount when there is one: "Pay for X at Y totalled $151 million")
  const cueAt = m.slots.value?.start ?? first.start;
  let picked: Picked | null;
  const subjectTok = m.slots.subject;
  if (subjectTok?.actor) picked = { entity: subjectTok.actor.entity, via: subjectTok.actor.via, actor: subjectTok.actor };
  else {
    // (the other side of the deal is not its subject)
    const other = m.slots.counterparty?.actor?.entity;
    const pick = { ...opts.pick, ...rule.pick };
    // ("when Google hired its CEO": a pronoun other side that is the subject's own says nothing of another company)
    if (other && m.slots.counterparty!.actor!.via === 'anaphor' && pickSubject(view, cueAt, pick)?.entity === other) return null;
    picked = pickSubject(view, cueAt, other ? { ...pick, exclude: [...(pick.exclude ?? []), other] } : pick) ?? pick.fallback?.(view, cueAt) ?? null;
  }
  if (!picked) return null;
  const counterparty = m.slots.counterparty?.actor?.entity ?? null;
  if (counterparty === picked.entity) return null;
  const base: RawClaim = {
    type,
    subject: picked.entity,
    counterparty,
    value,
    sentence: view.sentence,
    reason: rule.reason,
    confidence: rule.confidence,
    subjectVia: picked.via,
    cueAt,
  };
  if (rule.vouches) base.vouched = true;
  if (!rule.extra) return base;
  const extra = rule.extra(m, view);
  return extra ? { ...base, ...extra } : null;
}

/** For an offset in a table row: the header of its column ("| Company | Employees |" → "Employees"). */
export function columnOf(view: SentenceView, at: number): string | undefined {
  if (view.sentence.kind !== 'table' || !view.tableHeader) return undefined;
  return view.tableHeader[cellAt(view, at)];
}

/** The organisations listed after the one at toks[i]: ", X", "and X", ", and X", "or X". */
function listAfter(toks: Tok[], i: number): Tok[] {
  const out: Tok[] = [];
  let k = i + 1;
  for (;;) {
    let j = k;
    if (toks[j]?.lower === ',') j++;
    if (toks[j]?.lower === 'and' || toks[j]?.lower === 'or') j++;
    const t = toks[j];
    if (j === k || !t || t.kind !== 'org' || t.actor?.via !== 'name') return out;
    out.push(t);
    k = j + 1;
  }
}
