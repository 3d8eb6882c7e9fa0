import { CONVERSION_OPEN } from '../claims/amount-rules.js';
import type { Actor } from '../entities/coreference.js';
import type { RawClaim } from '../claims/extractor.js';
import type { Quantity } from '../values/index.js';
import { resolveShared } from '../values/currencies.js';
import type { Refiner } from './refiner.js';

/**
 * Overlap removal and merging. Each amount belongs to one claim: where two rules read the
 * same words, the surer one keeps them. Then a fact stated several times — a key-facts
 * bullet and the body, a headline and the lede — becomes one claim with many evidence
 * entries.
 */

// Types whose claims stand without an amount: they lose the amount, not the claim.
const VALUE_OPTIONAL = new Set(['hiring', 'compute_deal', 'departure']);

export const oneClaimPerAmount: Refiner = (_ctx, claims) => {
  const owner = new Map<number, RawClaim>();
  for (const c of claims) {
    if (!c.value) continue;
    const cur = owner.get(c.value.start);
    if (!cur || c.confidence > cur.confidence || (c.confidence === cur.confidence && VALUE_OPTIONAL.has(cur.type) && !VALUE_OPTIONAL.has(c.type))) owner.set(c.value.start, c);
  }
  const out: RawClaim[] = [];
  for (const c of claims) {
    const own = c.value ? owner.get(c.value.start) : undefined;
    // (an amount said of each of several companies is each one's: "X and Y each secured $5 million")
    if (!c.value || own === c || (c.shared && own?.shared && own.type === c.type)) out.push(c);
    else if (VALUE_OPTIONAL.has(c.type)) out.push({ ...c, value: null });
  }
  return out;
};

/**
 * The same sum twice: a claim whose money is another claim's amount converted in brackets right after it ("taking home
 * 24.38 billion won ($23.1 million)") states the same fact in another currency, and gives way to the amount as written.
 */
export const convertedAmounts: Refiner = (ctx, claims) => {
  const drop = new Set<RawClaim>();
  for (const c of claims) {
    const q = c.value;
    if (!q || q.kind !== 'money') continue;
    const original = claims.find((o) => o !== c && o.type === c.type && o.subject === c.subject && o.value?.kind === 'money' && o.value.currency !== q.currency && o.value.end <= q.start && CONVERSION_OPEN.test(ctx.text.slice(o.value.end, q.start)) && /^\s?\)/.test(ctx.text.slice(q.end, q.end + 2)));
    if (original) drop.add(c);
  }
  // ("Mobius Labs nabs $6M" over "has closed a €5.2 million (~$6.1M) funding round": the same sum told elsewhere in the article in
  // the currency it was converted to — within 3 %, as conversions are rounded — is the same fact too)
  for (const o of claims) {
    const q = o.value;
    if (!q || q.kind !== 'money' || drop.has(o)) continue;
    const converted = (ctx.quantities.get(o.sentence.index) ?? []).find((x) => x.kind === 'money' && x.start > q.end && x.currency !== q.currency && CONVERSION_OPEN.test(ctx.text.slice(q.end, x.start)) && /^\s?\)/.test(ctx.text.slice(x.end, x.end + 2)));
    const amount = converted?.amount;
    if (!amount) continue;
    for (const c of claims) {
      const v = c.value;
      if (c === o || c.type !== o.type || c.subject !== o.subject || !v || v.kind !== 'money' || v.currency !== converted.currency || v.amount === null || c.sentence === o.sentence) continue;
      if (Math.abs(v.amount - amount) <= 0.03 * amount) drop.add(c);
    }
  }
  return drop.size ? claims.filter((c) => !drop.has(c)) : claims;
};

/**
 * A compute deal whose money is stated somewhere in the article ("worth about $30 billion a year") is not
 * also a second claim valued in the compute it buys ("agreed to lease 4.5 gigawatts from Oracle"): the amount
 * of compute gives way to the money, and the two readings merge into one claim.
 */
export const computeMoneyFirst: Refiner = (_ctx, claims) => {
  const key = (c: RawClaim) => `${c.subject.name}\u0000${c.counterparty?.name ?? ''}`;
  const withMoney = new Set(claims.filter((c) => c.type === 'compute_deal' && c.value?.kind === 'money').map(key));
  if (!withMoney.size) return claims;
  return claims.map((c) => (c.type === 'compute_deal' && c.value && c.value.kind !== 'money' && withMoney.has(key(c)) ? { ...c, value: null } : c));
};

/** Do two values state the same fact? Amounts within 1%, or overlapping ranges. */
export function sameValue(a: Quantity | null, b: Quantity | null, optional: boolean): boolean {
  if (!a || !b) return optional || a === b;
  if (a.currency !== b.currency && a.currency && b.currency) return false;
  const lo = (q: Quantity) => q.min ?? q.amount ?? -Infinity;
  const hi = (q: Quantity) => q.max ?? q.amount ?? Infinity;
  if (a.amount !== null && b.amount !== null) {
    // ("to 4.48 lakh workers, from 4.46 lakh": two figures written to the same precision are two facts;
    // "$1.5bn" and "$1.52bn" may be one rounded)
    if (a.amount !== b.amount && !a.approximate && !b.approximate && samePrecision(a.text, b.text)) return false;
    return Math.abs(a.amount - b.amount) <= 0.01 * Math.max(Math.abs(a.amount), Math.abs(b.amount));
  }
  // ("recruiting thousands of extra staff", then "taking on 10,000 temporary workers": a vague count of people is loose at the top,
  // and a figure within ten times its upper bound states it)
  const vague = a.amount === null && a.kind === 'count' && a.rule?.startsWith('vague/') ? a : b.amount === null && b.kind === 'count' && b.rule?.startsWith('vague/') ? b : null;
  const exact = vague === a ? b : a;
  if (vague && exact.amount !== null && vague.min !== null && vague.max !== null) return exact.amount >= vague.min && exact.amount <= 10 * (vague.max + 1);
  return lo(a) <= hi(b) && lo(b) <= hi(a);
}

/** The digits of the first number in an amount's words ("4.48 lakh" → "448"), or null. */
function digitsOf(text: string): string | null {
  const m = /\d[\d,.]*/.exec(text);
  return m ? m[0].replace(/[^\d]/g, '').replace(/^0+/, '') : null;
}
function samePrecision(a: string, b: string): boolean {
  const da = digitsOf(a), db = digitsOf(b);
  return da !== null && db !== null && da.length === db.length && da.length >= 2;
}

interface Group {
  claims: RawClaim[];
  /** Distinct values stated in the group (a repeat states the same one: usually one entry). */
  values: Array<Quantity | null>;
  /** The other parties named in the group (at most one, except for value-optional types). */
  counterparties: Set<RawClaim['counterparty']>;
}

/** One party, however found: "AWS" and the maker of "Trainium" are both Amazon (records made apart, one name). */
const sameParty = (a: RawClaim['counterparty'], b: RawClaim['counterparty']): boolean => a === b || (!!a && !!b && a.name === b.name);

/**
 * Group repeats: same type, subject and counterparty, and the same value. Text order kept.
 * Groups are indexed by type and subject, and each keeps its distinct values, so a long
 * article of repeats merges in linear time.
 */
export function mergeRepeats(claims: RawClaim[]): RawClaim[][] {
  const sorted = [...claims].sort((a, b) => a.sentence.start - b.sentence.start || (a.value?.start ?? 0) - (b.value?.start ?? 0));
  const groups: Group[] = [];
  const byKey = new Map<string, Group[]>();
  for (const c of sorted) {
    const optional = VALUE_OPTIONAL.has(c.type);
    const key = `${c.type}|${c.subject.id}|${c.subject.name}`;
    const candidates = byKey.get(key) ?? [];
    // A repeat may leave out the other party ("raises $1.5 bln" after "…led by Fenwick Ridge"):
    // for money types, a missing counterparty agrees with any.
    const g = candidates.find((group) => {
      const named = [...group.counterparties].filter((x) => x !== null);
      // (a claim of the same sentence that names no other party and no value says nothing the other does not: "Brightwell's founders
      // and about 40 of its researchers will join Pyxis AI" read once with Brightwell and once without)
      const silent = (x: RawClaim) => x.counterparty === null && !x.value;
      const counterpartyAgrees = optional
        ? sameParty(group.claims[0]!.counterparty, c.counterparty) || (group.claims.some((o) => o.sentence === c.sentence) && (silent(c) || group.claims.every(silent)))
        : c.counterparty === null || named.length === 0 || named.every((x) => sameParty(x, c.counterparty));
      // ("rose to 79.4 million from the 79 million it recorded": two exact amounts of one sentence are two facts, however near)
      const twoOfOneSentence = group.claims.some((o) => o.sentence === c.sentence && o.value && c.value && o.value.start !== c.value.start && !o.value.approximate && !c.value.approximate && o.value.amount !== c.value.amount);
      return counterpartyAgrees && !twoOfOneSentence && group.values.every((v) => sameValue(v, c.value, optional));
    });
    if (g) {
      g.claims.push(c);
      g.counterparties.add(c.counterparty);
      if (!g.values.some((v) => v === c.value || (v && c.value && v.amount === c.value.amount && v.min === c.value.min && v.max === c.value.max && v.currency === c.value.currency))) g.values.push(c.value);
    } else {
      const group: Group = { claims: [c], values: [c.value], counterparties: new Set([c.counterparty]) };
      groups.push(group);
      candidates.push(group);
      byKey.set(key, candidates);
    }
  }
  return groups.map((g) => g.claims);
}

/**
 * A departure whose people are, in the same sentence, hired by a named company is the
 * hiring claim's other side ("25 researchers defected to Halvard, leaving Northgate University"): only
 * the hiring claim stays, as CLAIMS.md asks.
 */
// (and a countless leaving — one person's — told a few sentences from a hire by another company from the one left: "Ford has
// brought in Nathan Corwell… Corwell, who left Apple in January 2023, helped build…" is the same move)
const MOVE_SPAN = 3;
export const departureYieldsToHiring: Refiner = (_ctx, claims) =>
  claims.filter((c) => c.type !== 'departure' || !claims.some((h) => h.type === 'hiring' && h.counterparty === c.subject && (h.sentence === c.sentence || (!c.value && Math.abs(h.sentence.index - c.sentence.index) <= MOVE_SPAN))));

/**
 * People who leave for a rival the sentence leaves unnamed, named a sentence or two later: "Six property bankers have defected
 * from Orrin Bank to join a rival institution … Two sources said the bankers were leaving to join Kestrel Bank" is Kestrel
 * Bank's hire from Orrin Bank (with the count), not a departure.
 */
const UNNAMED_RIVAL = /\bto (?:join|work for|move to|go to)\s+(?:an?|another|a new)\s+(?:[a-z-]+\s+){0,2}(?:rival|competitor|institution|bank|lender|firm|company|employer|group|business|startup|start-up)s?\b/i;
const JOINING = /\b(?:leaving|moving|going|heading|defecting|set|due|expected|poised|about|planning|preparing)\s+to\s+(?:join|work for|move to|go to)\s+(?:the\s+)?$/i;
const RIVAL_SPAN = 2;
// "over the loss of dozens of bankers to the competing New York firm": people lost to a rival the sentence has named already
const TO_THE_RIVAL = /\b(?:loss|losses|lost|losing|exodus|defection|departure|departures) of (?:[\w-]+ ){0,4}?to (?:the|its) (?:[\w-]+ ){0,3}?(?:competing|rival|competitor)(?: [A-Z][\w-]*| [a-z-]+){0,3}? (?:firm|bank|lender|company|group|business|broker|brokerage|startup|start-up|insurer|airline|carrier)\b/i;
export const departureToNamedRival: Refiner = (ctx, claims) => {
  const out: RawClaim[] = [];
  for (const c of claims) {
    const rivalBefore = c.type === 'departure' && TO_THE_RIVAL.test(c.sentence.text) ? (ctx.actors[c.sentence.index] ?? []).filter((a) => a.via === 'name' && a.entity !== c.subject && a.entity.kind === 'organization' && !a.entity.media) : [];
    const rival = rivalBefore.length > 0 && rivalBefore.every((a) => a.entity === rivalBefore[0]!.entity) ? rivalBefore[0]! : undefined;
    if (rival) {
      // (the same people lost, when the hire is read elsewhere already)
      if (!claims.some((h) => h.type === 'hiring' && h.subject === rival.entity && h.counterparty === c.subject)) out.push({ ...c, type: 'hiring', subject: rival.entity, counterparty: c.subject, subjectVia: 'name', reason: `${c.reason}, hiring/to-the-rival`, confidence: c.confidence - 0.05 });
      continue;
    }
    if (c.type !== 'departure' || !UNNAMED_RIVAL.test(c.sentence.text)) {
      out.push(c);
      continue;
    }
    let hirer: Actor | undefined;
    let told: (typeof ctx.sentences)[number] | undefined;
    for (let k = c.sentence.index + 1; k <= c.sentence.index + RIVAL_SPAN && k < ctx.sentences.length && !hirer; k++) {
      const s = ctx.sentences[k]!;
      hirer = ctx.actors[k]?.find((a) => a.via === 'name' && a.entity !== c.subject && a.entity.kind === 'organization' && !a.entity.media && JOINING.test(ctx.text.slice(Math.max(s.start, a.start - 40), a.start)));
      told = s;
    }
    if (!hirer || claims.some((h) => h.type === 'hiring' && h.subject === hirer!.entity && h.counterparty === c.subject)) {
      out.push(c);
      continue;
    }
    // (the sentence that names the hirer is evidence too)
    out.push({ ...c, type: 'hiring', subject: hirer.entity, counterparty: c.subject, subjectVia: 'name', reason: `${c.reason}, hiring/rival-named-later`, confidence: c.confidence - 0.05, alsoIn: [...(c.alsoIn ?? []), told!] });
  }
  return out;
};

/**
 * A hire told in two steps: "JPMorgan hired four executives … Taira had quit rival Credit Suisse before joining JPMorgan.
 * Bulgareli, Amarante and Freixo also left the Swiss lender": the count said without a source and the one source said
 * for the same hirer within the next few sentences are one hire. When the hirer's sourced claims there name exactly one
 * source and carry no count, that claim takes the count and the countless-sourced pair stays one claim.
 */
const SOURCE_SPAN = 4;
// ("hired 14 people…, including Tom Cooper, who came from UBS": the people named after the count are some of the counted)
const INCLUDING_NAMED = /,\s*(?:including|among them|such as)\s+(?:[a-z-]+\s+){0,3}[A-Z]/;
export const countMeetsSource: Refiner = (ctx, claims) => {
  const drop = new Set<RawClaim>();
  const out = claims.map((c) => {
    if (c.type !== 'hiring' || !c.counterparty || c.value) return c;
    const counted = claims.filter((h) => h.type === 'hiring' && h.subject === c.subject && !h.counterparty && h.value && c.sentence.index - h.sentence.index >= 0 && c.sentence.index - h.sentence.index <= SOURCE_SPAN);
    if (counted.length !== 1) return c;
    const head = counted[0]!;
    if (head.sentence === c.sentence && INCLUDING_NAMED.test(ctx.text.slice(head.value!.end, c.sentence.end))) return c;
    const sources = new Set(claims.filter((h) => h.type === 'hiring' && h.subject === c.subject && h.counterparty && h.sentence.index >= head.sentence.index && h.sentence.index - head.sentence.index <= SOURCE_SPAN).map((h) => h.counterparty));
    if (sources.size !== 1) return c;
    drop.add(head);
    return { ...c, value: head.value, reason: `${c.reason}, hiring/count-from-earlier-sentence` };
  });
  return out.filter((c) => !drop.has(c));
};

/**
 * The local dollar: an article that writes "$11.2 million (US$8.4 million)" uses a bare "$" for another dollar than the US
 * one — the dollar of the country the text names nearest each amount (Canada, Australia, New Zealand, Singapore, Hong Kong), as
 * the amount reader decides any shared sign (resolveShared). Every bare "$" amount of the article is then in that currency.
 */
export const localDollar: Refiner = (ctx, claims) => {
  const dateline = localDateline(ctx.text);
  if (!BARE_THEN_US.test(ctx.text) && !dateline) return claims;
  return claims.map((c) => {
    const v = c.value;
    if (!v || v.kind !== 'money' || v.currency !== 'USD' || !isBareDollar(ctx.text, v.start, v.end)) return c;
    const local = resolveShared(ctx.text, v.start, v.end, LOCAL_DOLLARS, dateline ?? 'USD');
    return local === 'USD' ? c : { ...c, value: { ...v, currency: local } };
  });
};
// "$11.2 million (US$8.4 million)", "$5.1bn (USD 3.7bn)"
const BARE_THEN_US = /(?<![A-Za-z.])\$\s?\d[\d.,]*(?:\s?(?:million|billion|trillion|m|bn|mn|tn))?\s?\((?:US\s?\$|USD|U\.S\.\s?\$)/;
const LOCAL_DOLLARS = ['CAD', 'AUD', 'NZD', 'SGD', 'HKD'];
// A dateline of a city of a country with its own dollar, no agency's tag after it ("TORONTO — Canadian Tire reported…"): the
// local press, which writes its own dollar bare — where the text writes no dollar with its country's letters ("C$", "US$")
const LOCAL_DATELINE = /^(?:[^\n]*\n){0,3}\s*(TORONTO|MONTREAL|MONTRÉAL|VANCOUVER|OTTAWA|CALGARY|EDMONTON|WINNIPEG|HALIFAX|QUEBEC CITY|SYDNEY|MELBOURNE|BRISBANE|PERTH|ADELAIDE|CANBERRA|AUCKLAND|WELLINGTON|CHRISTCHURCH)(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*[—–-]\s/;
const DATELINE_DOLLAR: Record<string, string> = { SYDNEY: 'AUD', MELBOURNE: 'AUD', BRISBANE: 'AUD', PERTH: 'AUD', ADELAIDE: 'AUD', CANBERRA: 'AUD', AUCKLAND: 'NZD', WELLINGTON: 'NZD', CHRISTCHURCH: 'NZD' };
const LETTERED_DOLLAR = /(?:\b(?:US|U\.S\.|C|CA|CDN|A|AU|NZ|S|SG|HK)\$|\b(?:USD|CAD|AUD|NZD|SGD|HKD)\b)/;
/** The dollar of a local dateline's country, or null. */
function localDateline(text: string): string | null {
  const m = LOCAL_DATELINE.exec(text.slice(0, 600));
  return m && !LETTERED_DOLLAR.test(text) ? DATELINE_DOLLAR[m[1]!] ?? 'CAD' : null;
}
/** The amount is written with a bare "$": no country's letters before the sign. */
function isBareDollar(text: string, start: number, end: number): boolean {
  const t = text.slice(start, end);
  const at = t.indexOf('$');
  if (at < 0) return false;
  return !/[A-Za-z.]$/.test(text.slice(Math.max(0, start - 4), start + at));
}
