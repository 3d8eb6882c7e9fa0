import type { RawClaim, SentenceView } from './extractor.js';
import type { Quantity } from '../values/index.js';
import { clauseAround } from './slots.js';

/**
 * "HSBC's Stuart Gulliver and Lloyds' Antonio Horta-Osorio received €9.5m and €8.8m
 * respectively", "Quillmark and Tessaly were valued at $2bn and $900m respectively": a list of
 * companies and a list of amounts of the same length, paired in order by "respectively". A rule
 * reads one amount of the list with one subject; the claim is spread over the pairs.
 */

// What may stand between two amounts of the list: a comma, "and", a conversion in brackets
const BETWEEN_AMOUNTS = /^\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)$/;
// …and after the last one, before "respectively" (a few words, a year: "N102 million in 2015 respectively")
const BEFORE_RESPECTIVELY = /^\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:[a-z\d]+\s+){0,3}?respectively\b/;
// …or right before the first ("stood respectively at 49.09 million, 29.63 million and…")
const RESPECTIVELY_BEFORE = /\brespectively,? (?:at |to |of )?(?:about |around |nearly )?$/;
// Between the last name of a list and the first amount of a list paired with it unsaid: a verb of a few words, nothing else
const IMPLIED_VERB = /^\s+(?:[a-z]+\s+){1,3}$/;
// What may stand between two companies of the list: a comma, "and", a person and their title
const BETWEEN_NAMES = /^(?:'s?)?(?:\s+[\w.'’-]+){0,5}?\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/;

export function spreadRespectively(view: SentenceView, claims: RawClaim[]): RawClaim[] {
  const explicit = view.lower.includes('respectively');
  if (!claims.length || !(explicit || view.lower.includes(' and '))) return claims;
  const out: RawClaim[] = [];
  const spread = new Set<string>();
  // (a conversion in brackets right after an amount is that amount again: "€9.5m (£7.4m) and €8.8m")
  const amountsOf = view.quantities.filter((x) => !(view.text[x.start - 1] === '(' && view.text[x.end] === ')'));
  for (const c of claims) {
    const q = c.value;
    const at = q ? amountsOf.findIndex((x) => x.start === q.start && x.end === q.end) : -1;
    if (!q || at < 0) {
      if (!c.pairedOnly) out.push(c);
      continue;
    }
    // the amounts of the list, from the first one
    let first = at;
    while (first > 0 && amountsOf[first - 1]!.kind === q.kind && BETWEEN_AMOUNTS.test(view.text.slice(amountsOf[first - 1]!.end, amountsOf[first]!.start))) first--;
    const amounts = [amountsOf[first]!];
    for (let k = first + 1; k < amountsOf.length && amountsOf[k]!.kind === q.kind && BETWEEN_AMOUNTS.test(view.text.slice(amountsOf[k - 1]!.end, amountsOf[k]!.start)); k++) amounts.push(amountsOf[k]!);
    const last = amounts[amounts.length - 1]!;
    const said = explicit && (BEFORE_RESPECTIVELY.test(view.text.slice(last.end, last.end + 40).toLowerCase()) || RESPECTIVELY_BEFORE.test(view.text.slice(Math.max(view.sentence.start, amounts[0]!.start - 30), amounts[0]!.start).toLowerCase()));
    if (amounts.length < 2 || (!said && explicit)) {
      if (!c.pairedOnly) out.push(c);
      continue;
    }
    // the companies of the list: before the amounts, in the clause, joined by commas and "and"
    const [clauseStart] = clauseAround(view, amounts[0]!.start);
    const before = view.actors.filter((a) => a.start >= clauseStart && a.end <= amounts[0]!.start && a.entity.kind === 'organization' && !a.entity.media);
    let names = before.slice(-1);
    for (let k = before.length - 2; k >= 0 && names.length < amounts.length; k--) {
      if (!BETWEEN_NAMES.test(view.text.slice(before[k]!.end, names[0]!.start))) break;
      names = [before[k]!, ...names];
    }
    const entities = names.map((a) => a.entity);
    // (with no "respectively", only a list of names right before its verb and the list of amounts: "BSNL and MTNL have 1.76 lakh and
    // 22,000 employees", "A and B raised $5 million and $3 million")
    const implied = !said && names.length >= 2 && IMPLIED_VERB.test(view.text.slice(names[names.length - 1]!.end, amounts[0]!.start));
    if (names.length !== amounts.length || new Set(entities).size !== entities.length || (!said && !implied)) {
      if (!c.pairedOnly) out.push(c);
      continue;
    }
    const key = `${c.type}:${amounts[0]!.start}`;
    if (spread.has(key)) continue;
    spread.add(key);
    names.forEach((a, k) => out.push({ ...c, subject: a.entity, subjectVia: a.via, value: amounts[k]!, cueAt: amounts[k]!.start, pairedOnly: false }));
  }
  return out;
}

// After an amount, what says each company of the list had it: "hired three partners apiece", "raised $5 million each"
// (not a time: "hired 20 engineers each month")
const EACH_AFTER = /^(?:\s+[a-z-]+){0,3}?\s*,?\s+(?:each|apiece)\b(?!\s+(?:month|year|week|day|quarter|time|season|hour|night))/;
// Between two companies of such a list: a comma or "and", nothing else
// (an abbreviation in brackets may follow a name, or be the name read: "Quanxin Integrated Circuit Manufacturing (QXIC) and …")
const LIST_JOIN = /^\)?\s*(?:\([A-Z][\w&.-]{0,9}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/;
// …or between the list and its verb: "Katten and TLT each hired three partners"
// (past an auxiliary: "X and Y have each hired more than 50 former TSMC employees")
const EACH_BEFORE_VERB = /^\)?\s+(?:\([A-Z][\w&.-]{0,9}\)\s+)?(?:(?:have|has|had|will|would|could|are|were|is|was)\s+)?each\b/;

/**
 * "Katten, Pinsent Masons and TLT hired three partners apiece", "Orrin and Kestrel each raised $5 million": one amount said of
 * every company of a list before it. A rule reads the amount with one subject of the list; the claim is each company's.
 */
export function spreadEach(view: SentenceView, claims: RawClaim[]): RawClaim[] {
  if (!claims.length || !(view.lower.includes('each') || view.lower.includes('apiece'))) return claims;
  const out: RawClaim[] = [];
  for (const c of claims) {
    const q = c.value;
    if (!q || c.shared) {
      out.push(c);
      continue;
    }
    const [clauseStart] = clauseAround(view, q.start);
    const before = view.actors.filter((a) => a.start >= clauseStart && a.end <= q.start && a.entity.kind === 'organization' && !a.entity.media && a.via === 'name');
    const last = before[before.length - 1];
    const afterList = last ? view.text.slice(last.end, q.start) : '';
    // (the list ends the clause's subject: only a verb phrase, no other name, between it and the amount)
    if (!last || (!EACH_AFTER.test(view.text.slice(q.end, q.end + 40)) && !EACH_BEFORE_VERB.test(afterList)) || /[,;:]/.test(afterList) || afterList.length > 60) {
      out.push(c);
      continue;
    }
    let names = [last];
    for (let k = before.length - 2; k >= 0; k--) {
      // (a name and its abbreviation in brackets are one item: "Hongxin Semiconductor Manufacturing Co. (HSMC)")
      if (before[k]!.entity === names[0]!.entity && /^\s*\($/.test(view.text.slice(before[k]!.end, names[0]!.start))) {
        names[0] = before[k]!;
        continue;
      }
      if (!LIST_JOIN.test(view.text.slice(before[k]!.end, names[0]!.start))) break;
      names = [before[k]!, ...names];
    }
    // (the rule's subject is one of the list: the last or the first, as the picker reads a coordination)
    if (names.length < 2 || !names.some((a) => a.entity === c.subject)) {
      out.push(c);
      continue;
    }
    out.push({ ...c, shared: true });
    for (const a of names) if (a.entity !== c.subject) out.push({ ...c, subject: a.entity, subjectVia: a.via, shared: true });
  }
  return out;
}

// Between a claim's amount and a name whose amount is bracketed after it: a comparison or a list
// A name's bracket up to its amount, a rank first where a ranking gives one: "X (fourth, 122.8 million won)", "Y (No. 3, $4bn)"
const BRACKET_OPEN = /^\s*\((?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)|No\.? ?\d{1,3})(?: place)?,\s*)?$/i;
const COMPARED_THEN = /(?:\b(?:ahead of|behind|followed by|compared (?:with|to)|versus|vs\.?|than|against|trailing|beating|overtaking|above|below|like|including)|,|\band)\s+(?:(?:the|rival|its|[A-Z][\w.'’-]*['’]s)\s+)?$/;

/**
 * "Rappi is widely cited at $5.25bn, just ahead of Brazil's QuintoAndar ($5.1bn) and C6 Bank ($5.05bn)": names compared with a
 * claim's subject, each with its own amount in brackets, carry the same measure. A rule reads the first amount with its cue; the
 * bracketed amounts after are the named companies' claims of the same type.
 */
export function spreadBracketed(view: SentenceView, claims: RawClaim[]): RawClaim[] {
  if (!claims.length || !view.sentence.text.includes('(')) return claims;
  const out = [...claims];
  const taken = new Set(claims.map((c) => c.value?.start));
  for (const c of claims) {
    const q = c.value;
    if (!q) continue;
    for (const q2 of view.quantities) {
      if (q2.start <= q.end || taken.has(q2.start) || q2.kind !== q.kind || (q.kind === 'money' && q2.currency !== q.currency)) continue;
      if (view.text[q2.end] !== ')') continue;
      const owner = view.actors.find((a) => a.via === 'name' && !a.entity.media && a.entity !== c.subject && a.end <= q2.start - 1 && BRACKET_OPEN.test(view.text.slice(a.end, q2.start)));
      if (!owner || !COMPARED_THEN.test(view.text.slice(Math.max(view.sentence.start, owner.start - 40), owner.start))) continue;
      // (the names between the claim and this one are the list's: no clause of another kind between)
      if (/[;:]|\b(?:but|while|whereas|which|who)\b/.test(view.text.slice(q.end, owner.start))) continue;
      taken.add(q2.start);
      out.push({ ...c, subject: owner.entity, subjectVia: 'name', counterparty: null, value: q2, cueAt: q2.start, reason: `${c.reason}, list/bracketed`, confidence: c.confidence - 0.05 });
    }
  }
  return out;
}

// Between a claim's amount and the next name of a gapped list, and between that name and its amount
const GAP_BEFORE_NAME = /^\s*(?:[,;]\s*(?:and\s+|while\s+)?|\s+and\s+)$/;
const GAP_NAME_THEN_AMOUNT = /^\s*(?:with\s+)?$/;

/**
 * "Orrin Bank raised $20m, Kestrel Bank $15m and Halvard Bank $10m", "the president of X earned Rs127m; Y Rs86m; Z Rs75m": a
 * verb said once, then further names each right before an amount of the same kind — each name's claim of the same type.
 */
export function spreadGapped(view: SentenceView, claims: RawClaim[]): RawClaim[] {
  if (!claims.length) return claims;
  const out = [...claims];
  const taken = new Set(claims.map((c) => c.value?.start));
  for (const c of claims) {
    let prev: Quantity | null = c.value;
    if (!prev || c.shared) continue;
    for (;;) {
      const p: Quantity = prev;
      const name = view.actors.find((a) => a.start >= p.end && a.via === 'name' && !a.entity.media && GAP_BEFORE_NAME.test(view.text.slice(p.end, a.start)));
      const q = name ? view.quantities.find((x) => x.start >= name.end && GAP_NAME_THEN_AMOUNT.test(view.text.slice(name.end, x.start))) : undefined;
      if (!name || !q || q.kind !== p.kind || (q.kind === 'money' && q.currency !== p.currency) || taken.has(q.start) || name.entity === c.subject) break;
      taken.add(q.start);
      out.push({ ...c, subject: name.entity, subjectVia: 'name', counterparty: null, value: q, cueAt: q.start, reason: `${c.reason}, list/gapped`, confidence: c.confidence - 0.05 });
      prev = q;
    }
  }
  return out;
}
