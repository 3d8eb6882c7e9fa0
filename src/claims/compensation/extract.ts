import type { Quantity } from '../../values/index.js';
import { compile, matchAll, type Pattern } from '../../structure/pattern.js';
import { tokensOf } from '../../structure/tokens.js';
import type { Extractor, RawClaim, SentenceView } from '../extractor.js';
import type { Actor } from '../../entities/coreference.js';
import { ruleExtractor } from '../rules.js';
import { clauseAround, hasGenericSubject, personsPast, pickSubject, slotOf, type PickOptions } from '../slots.js';
import { EARN_VERB, EARNED_NOT_PAY, HIS_PAY, PEOPLES_PAY, NOT_EMPLOYEES, PAY_HEADING, PEOPLE_EARN, PEOPLE_WORD, PERSON_EARNS, PERSON_RANKED, RULES, hourlyInPassage, underPayHeadingAt } from './rules.js';
import { LEGAL_SUFFIX, ORG_HEADS, knownOrgName } from '../../entities/organizations.js';
import { isKnownFirstName } from '../../entities/gazetteer.js';
import { isFirstName } from '../../entities/lexicon.js';
import { LIST_OF, employerOf, employerTiedBefore, surnameOf, tiedEmployer } from '../people.js';

// Pay is at least a thousand a year; smaller sums are pay only per hour, day, week or month ("$20.50 per hour")
const PER_PERIOD = new Set(['hour', 'day', 'week', 'month']);
// ("its average hourly pay to $16.40", "an hourly minimum of $15": the rate said before the amount)
// ("hourly pay will rise from £10.25 to £11": past the rate a change started from)
const RATE_BEFORE = /\b(?:hourly|weekly|monthly|per-hour)\b[^$€£¥\d.;]{0,40}(?:from (?:[$€£¥]|[A-Z]{3} ?)?\s?[\d.,]+ to )?$/i;
// ("take $1 salaries", "a $1 annual salary": a token salary, said as such)
const TOKEN_SALARY = /^(?:-a-year)? (?:annual |yearly |base |token |symbolic |nominal )?(?:salary|salaries)\b/i;
const plausible = (q: Quantity, view?: SentenceView) =>
  q.kind === 'money' &&
  ((q.amount ?? q.max ?? q.min ?? 0) >= 1000 ||
    (!!q.per && PER_PERIOD.has(q.per)) ||
    (!!view && RATE_BEFORE.test(view.text.slice(Math.max(view.sentence.start, q.start - 60), q.start))) ||
    (!!view && hourlyInPassage(view, q)) ||
    (!!view && TOKEN_SALARY.test(view.text.slice(q.end, q.end + 24)))) &&
  q.per !== 'share';

/** The rules in ./rules.ts. */
// The words before a company a person came from: "who joined from", "formerly of", "previously at"
const CAME_FROM = /\b(?:(?:joined|joins|joining|came|comes|moved|moves|arrived|arrives|defected|poached|lured|hired|recruited)(?: [\w-]+){0,3} from|(?:formerly|previously|once) (?:of|at|with)) (?:the )?$/i;
// (or a company the person left: "…awards he forfeited when he left the Commonwealth Bank of Australia")
const cameFrom = (view: SentenceView, a: Actor) => CAME_FROM.test(slotOf(view, a)) || personsPast(view, a);
// After a company's name: its shares, as what is paid
const SHARES_OF = /^(?:['’]s?)? (?:share|shares|stock|equity|restricted stock|restricted share)s? (?:award|awards|options|grant|grants|units|plan)\b/i;
// ("…after rejoining Halvorn", "were offered $1.5 million a year to join Zentrix": the company joined pays)
const JOINED_SLOT = /\b(?:(?:after|since|when|on|upon|for) (?:re)?join(?:ing|ed)|to (?:re)?join|to move to) (?:the )?$/i;

// "CEO Dana Roe of Halvard Robotics earned…": the employer may sit in an "of"/"at" slot
// ("He then tried to lure Raj Patel with a package worth…": the employer an earlier sentence tied him to)
// ("Henri Castel, who joined from Halvard Search, will get…": the company a person came from does not pay him now)
const PICK_EMPLOYER: PickOptions = {
  allowSlot: /\b(?:of|at) $/,
  // ("a Vodafone UK share award worth Sh34.09 million": the company whose shares are awarded is no payer)
  // ("Mr Meij had topped the ACSI's list with realised pay of $36.8 million": the maker of a list or a report is no payer)
  skip: (view, a) => cameFrom(view, a) || SHARES_OF.test(view.text.slice(a.end, a.end + 30)) || (a.possessive && LIST_OF.test(view.text.slice(a.end, a.end + 30))),
  fallback: (view, cueAt) => {
    const e = tiedEmployer(view, cueAt);
    if (e) return { entity: e, via: 'anaphor', actor: null };
    // ("Demola Sogunle received N158 million in yearly income, according to Stanbic IBTC's reports": pay a company's own
    // report discloses is that company's, when the sentence names no other)
    const discloser = view.actors.find((a) => a.via === 'name' && a.possessive && !a.entity.media && !a.entity.investor && /\baccording to (?:the )?$/i.test(slotOf(view, a)) && /^['’]s? (?:latest |annual |yearly |own )?(?:reports?|filings?|accounts|financial statements|annual report|proxy)\b/i.test(view.text.slice(a.end, a.end + 40)));
    if (discloser && view.actors.every((a) => a.entity === discloser.entity || a.entity.media) && view.names.some((n) => n.kind === 'person' && n.end <= cueAt)) return { entity: discloser.entity, via: discloser.via, actor: discloser };
    // ("Dupont earned $14.9 million after rejoining Halvorn in May", "Some engineers were offered $1.5 million a year to join
    // Zentrix": the company a person or people paid join or rejoin pays them)
    const joined = view.actors.find((a) => a.start > cueAt && a.via === 'name' && !a.entity.media && !a.entity.investor && JOINED_SLOT.test(slotOf(view, a)));
    if (joined && (view.names.some((n) => n.kind === 'person' && n.end <= cueAt) || PEOPLE_WORD.test(view.text.slice(view.sentence.start, cueAt)))) return { entity: joined.entity, via: joined.via, actor: joined };
    // (a sentence whose only companies are ones its person came from is about the passage's company)
    const topic = view.topic;
    // (not the company it names as the one the person came from: "Marc Bolland, formerly of Heineken, will be paid £1.6m" is no pay of
    // Heineken's, even where Heineken is the passage's company)
    return topic && topic.kind === 'organization' && !topic.assumed && !topic.media && !topic.investor && view.actors.length > 0 && view.actors.every((a) => a.entity !== topic && (a.entity.media || cameFrom(view, a))) ? { entity: topic, via: 'topic', actor: null } : null;
  },
};
const byRules = ruleExtractor('compensation', RULES, { plausible, pick: PICK_EMPLOYER });

/**
 * "Halvard Robotics faced a revolt over pay. Chief executive Jane Roe received $162 million last
 * year." / "She took home £3.9m.": a person who is paid, in a sentence that names no company, is
 * paid by the company the passage is about. (The shared subject picker treats a person opening a
 * clause as a subject of its own, about no company; for pay, the person is the company's.)
 */
// ("up 19.74 per cent from the previous year": a time compared with, no other job)
const OTHER_PAYER = /\b(?:before|previously|(?:previous|prior)(?! (?:year|years|financial year|fiscal year|fiscal|quarter|period|month|twelve months|12 months)\b)|formerly|former|once|used to|as an? |when (?:he|she) (?:was|worked)|from (?:investors|backers|the sale|selling|the government|a fund|donors)|in (?:funding|investment|grants?|donations|winnings|prize money|damages|compensation for|a settlement))\b/i;
let personEarns: Pattern | null = null;
let peopleEarn: Pattern | null = null;
let hisPay: Pattern | null = null;
let peoplesPay: Pattern | null = null;
// The sentence before says the company is changing what it pays ("will raise the salaries of its junior bankers")
const PAY_WORDS = String.raw`pay|pays|paying|salar(?:y|ies)|wages?|bonus(?:es)?|compensation|remuneration`;
const PAY_BEFORE = new RegExp(String.raw`\b(?:${PAY_WORDS}|raises?)\b[^.!?]*[.!?]?\s*$`, 'i');
const PAY_WORD = new RegExp(String.raw`\b(?:${PAY_WORDS})\b`, 'i');
let vetoes: Pattern[] | null = null;
/** A veto of pay for a person (EARNED_NOT_PAY) matches the sentence with no amount or with this one. */
function notPay(tv: ReturnType<typeof tokensOf>, q: Quantity): boolean {
  vetoes ??= Object.values(EARNED_NOT_PAY).map((p) => compile(p));
  return vetoes.some((v) => matchAll(v, tv).some((x) => !x.slots.value || x.slots.value.q === q));
}

function paidByTopic(view: SentenceView): RawClaim[] {
  // (the person's own employer when the article tied them to one: "Emeka Emuwa (Union Bank) – N164 million" / "Emuwa
  // received N164 million in 2020")
  const topic = tiedEmployer(view, view.sentence.end) ?? view.topic;
  // (an investment firm as the topic pays its own people too: "Managing partner Dana Roe raked in about $18 million")
  if (!topic || topic.kind !== 'organization' || topic.media || topic.assumed) return [];
  // (a sentence that names an organisation is the rules' to read — but for one the person came from: "Henri Castel,
  // who joined from Halvard Search, will get an annual base salary of $600,000")
  // (the company itself named in the person's apposition is no other payer: "Kwon, who leads Samsung's chip division, received…")
  // (but not a post it says is past: "Peter Lask, the former Orrin Bank boss, now earns £2m a year at his new venture")
  if (view.actors.some((a) => !a.entity.media && !cameFrom(view, a) && (a.entity !== topic || /\b(?:former|ex-|then|onetime|one-time)\s*$/i.test(view.text.slice(Math.max(view.sentence.start, a.start - 12), a.start))))) return [];
  if (hasGenericSubject(view)) return [];
  const tv = tokensOf(view);
  personEarns ??= compile(PERSON_EARNS);
  peopleEarn ??= compile(PEOPLE_EARN);
  const out: RawClaim[] = [];
  // (the sentence before, or a sentence of the passage a few lines up: "…will raise the salaries of its junior bankers. The
  // lender said the pay boost… (a quote) … It is understood US-based analysts will receive an extra $10,000")
  const payBefore = PAY_BEFORE.test(view.text.slice(Math.max(0, view.sentence.start - 300), view.sentence.start)) || PAY_WORD.test(view.text.slice(Math.max(0, view.sentence.start - 800), view.sentence.start));
  hisPay ??= compile(HIS_PAY);
  peoplesPay ??= compile(PEOPLES_PAY);
  for (const m of [...matchAll(personEarns, tv), ...matchAll(hisPay, tv), ...(payBefore ? [...matchAll(peopleEarn, tv), ...matchAll(peoplesPay, tv)] : [])]) {
    const value = m.slots.value!;
    const q = value.q!;
    if (!plausible(q)) continue;
    // ("Jane Roe, a nurse, earned $40,000 a year before she founded it": pay from another job or time — in the amount's own
    // clause: "President Koji Sato was paid 826 million yen, while former Vice Chairman Shigeru Hayakawa received…" is two)
    // ("former Vice Chairman Shigeru Hayakawa": a former title names the person, not another job)
    const [from, to] = clauseAround(view, q.start);
    if (OTHER_PAYER.test(view.text.slice(from, Math.max(to, q.end)).replace(/\b[Ff]ormer (?=[A-Z])/g, ''))) continue;
    if (notPay(tv, q)) continue;
    out.push({ type: 'compensation', subject: topic, counterparty: null, value: q, sentence: view.sentence, reason: 'compensation/person-of-topic', confidence: 0.7, subjectVia: 'topic', cueAt: value.start });
  }
  return out;
}

// A ranking row: "1 Sony Hirai Kazuo ¥2.71 billion ¥914 million", "3. Kessler Holdings — Martin Albrecht — ¥1.95 billion",
// "- Jane Moss (Quillmark Labs) — $31m": a rank or bullet, the names, then the amounts (this year's, a year earlier's)
const ROW_LEAD = /^\s*(?:\d{1,3}[.)]?\s+|[-•*▪]\s+)?/;
const NAME_SEPARATOR = /\s*(?:[—–|:,()]|\s-\s)\s*/;
// (between a row's amounts also the words of a change: "¥2.71 billion, up from ¥914 million", "$5.2m (vs $4.1m in 2023)")
const ROW_FILLER = /^(?:[\s—–|:,()\-]|\b(?:up|down|from|vs|versus|against|compared|with|to|a|year|earlier|ago|last|previous|prior|in|fy)\b\.?|\b(?:19|20)\d\d\b)*$/i;
const NAME_WORD = /^[\p{Lu}][\p{L}'’.&-]*$|^&$|^(?:of|and|the|de|i)$/u;

const firstNameLike = (w: string) => isKnownFirstName(w) || isFirstName(w.toLowerCase());
const orgLike = (words: string[]) => {
  const last = words[words.length - 1]!;
  return ORG_HEADS.has(last) || LEGAL_SUFFIX.test(last) || /^(?:Pharmaceutical|Holdings?|Corporation|Company|Motor|Heavy|Chemical|Trading|Bank|Group|Electric)$/.test(last) || !!knownOrgName(words.join(' '));
};
const personLike = (words: string[]) => words.length >= 2 && words.length <= 3 && (firstNameLike(words[0]!) || (words.length === 2 && firstNameLike(words[1]!)));

/** The employer's name in a row's names: two parts ("Jane Moss (Quillmark Labs)"), or one run of words to split ("Sony Hirai Kazuo"). */
function employerOfRow(names: string): string | null {
  const parts = names.split(NAME_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.some((p) => !p.split(/\s+/).every((w) => NAME_WORD.test(w)))) return null;
  if (parts.length === 2) {
    const [a, b] = parts.map((p) => p.split(/\s+/)) as [string[], string[]];
    const aOrg = orgLike(a), bOrg = orgLike(b);
    if (aOrg !== bOrg) return aOrg ? parts[0]! : parts[1]!;
    const aPerson = personLike(a), bPerson = personLike(b);
    if (aPerson !== bPerson) return aPerson ? parts[1]! : parts[0]!;
    return null;
  }
  if (parts.length !== 1) return null;
  const words = parts[0]!.split(/\s+/);
  // (a company's name alone, ending in a company's last word: "Harlow Wynn LLP – £135,000")
  if (orgLike(words)) return parts[0]!;
  if (words.length < 3) return null;
  // The company ends where a company's last word or a known company's name ends, and a name of two or three words follows
  for (let k = words.length - 2; k >= Math.max(1, words.length - 3); k--) {
    if (orgLike(words.slice(0, k)) && !['&', 'of', 'and', 'the', 'de', 'i'].includes(words[k]!.toLowerCase())) return words.slice(0, k).join(' ');
  }
  // …or where a person's name starts ("Takeda Pharmaceutical Christophe Weber"; "Hirai Kazuo": the given name last)
  for (let k = words.length - 2; k >= Math.max(1, words.length - 3); k--) if (personLike(words.slice(k))) return words.slice(0, k).join(' ');
  // (a ranking of Japanese executives: the family and given name, two words, close the row)
  return words.slice(0, -2).join(' ');
}

/**
 * The rows of a ranking in a sentence: a line of its own (a bullet, a heading-like line), or rows the sentence
 * splitter ran together ("Compensation Previous Year 1 Sony Hirai Kazuo ¥2.71 billion ¥914 million 2 Seven & i…"),
 * cut where the ranks 1, 2, 3… follow an amount. Each row with the span its names start at.
 */
function rowsOf(view: SentenceView): Array<{ start: number; end: number; header: string }> {
  const { sentence, quantities } = view;
  const ranks: number[] = [];
  let next = 1;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    if (q.kind !== 'count' || !/^\d{1,3}\.?$/.test(view.text.slice(q.start, q.end)) || q.amount !== next) continue;
    const prev = quantities[i - 1];
    if (next > 1 && !(prev && prev.kind === 'money' && /^[\s.,;]*$/.test(view.text.slice(prev.end, q.start)))) continue;
    ranks.push(q.start);
    next++;
  }
  if (ranks.length >= 2) {
    const header = view.text.slice(sentence.start, ranks[0]!).trim();
    return ranks.map((start, k) => ({ start, end: ranks[k + 1] ?? sentence.end, header: header.split(/\s+/).length <= 12 ? header : '' }));
  }
  return sentence.kind === 'heading' || sentence.kind === 'bullet' ? [{ start: sentence.start, end: sentence.end, header: '' }] : [];
}

/** A line that is a pay label and one amount ("Pay: £10.5 million"), under a line that names the company (the sentence's topic). */
function payLabelLine(view: SentenceView): RawClaim | null {
  const m = /^\s*([^:\n]{2,30}):\s*/.exec(view.sentence.text);
  const topic = view.topic;
  // ("9. Nicandro Durante: Orvanta" above "Pay: £11.4 million": the company after the colon of a ranked entry of a person)
  const ranked = rankedAbove(view);
  const rankedOrg = ranked ? view.entities.byName(ranked) : undefined;
  const subject = rankedOrg && rankedOrg.kind === 'organization' && !rankedOrg.media ? rankedOrg : topic;
  if (!m || !PAY_LABEL.test(m[1]!.trim()) || !subject || subject.kind !== 'organization' || subject.media || (subject.assumed && subject !== rankedOrg) || view.quantities.length !== 1) return null;
  const q = view.quantities[0]!;
  if (q.kind !== 'money' || q.start !== view.sentence.start + m[0].length || !/^\s*[.;]?\s*$/.test(view.text.slice(q.end, view.sentence.end)) || !plausible(q, view)) return null;
  // (only where the line above names it: a label under a heading of the company's own)
  if (view.actors.length) return null;
  return { type: 'compensation', subject, counterparty: null, value: q, sentence: view.sentence, reason: 'compensation/pay-label-line', confidence: 0.76, subjectVia: 'topic', cueAt: q.start, vouched: subject === rankedOrg };
}
/** The company of a ranked entry of a person on the line above ("9. Nicandro Durante: Orvanta"): the name after the colon. */
function rankedAbove(view: SentenceView): string | null {
  const lineStart = view.text.lastIndexOf('\n', view.sentence.start - 1);
  const above = view.text.slice(0, Math.max(0, lineStart)).trimEnd();
  const line = above.slice(above.lastIndexOf('\n') + 1);
  const m = RANKED_ENTRY.exec(line);
  return m ? m[2]!.trim() : null;
}
const RANKED_ENTRY = /^\s*\d{1,3}[.)]\s+([A-Z][^:\n]{2,80}):\s*([A-Z][^:\n]{1,60}?)\s*$/;
const PAY_LABEL = /^(?:(?:total|annual|base|basic|fixed|realised|realized|single figure|headline)\s+)?(?:pay|salary|salaries|compensation|remuneration|package|pay package|bonus|earnings|wage|wages)$/i;
function rankedRows(view: SentenceView): RawClaim[] {
  const { text, sentence } = view;
  if (sentence.kind === 'table' || sentence.text.length > 1200) return [];
  const out: RawClaim[] = [];
  for (const row of rowsOf(view)) {
    const line = text.slice(row.start, row.end).replace(/[\s.;]+$/, '');
    if (line.length > 160) continue;
    const amounts = view.quantities.filter((q) => q.start >= row.start && q.end <= row.start + line.length && q.kind === 'money');
    if (!amounts.length) continue;
    // (names, then amounts only: "¥2.71 billion ¥914 million")
    const first = amounts[0]!;
    let rest = text.slice(first.end, row.start + line.length);
    for (const q of amounts.slice(1)) rest = rest.replace(text.slice(q.start, q.end), '');
    if (!ROW_FILLER.test(rest)) continue;
    const lead = ROW_LEAD.exec(line)![0];
    const names = text.slice(row.start + lead.length, first.start).replace(/[\s—–|:,(-]+$/, '');
    if (!names || /\d/.test(names)) continue;
    // ("Pay: £10.5 million" under "10. Bob Dudley: BP": a label of pay is no name; the line is the name above's)
    if (PAY_LABEL.test(names)) continue;
    const heading = PAY_HEADING.test(row.header) ? row.header : underPayHeadingAt(view, sentence.start);
    if (!heading || NOT_EMPLOYEES.test(heading)) continue;
    // ("1. Dana Roe of Orvale Systems: $151.4 million": the one company the entity reader found among the row's names is its employer)
    const namesStart = row.start + lead.length;
    const rowOrgs = view.actors.filter((a) => a.start >= namesStart && a.end <= first.start && a.entity.kind === 'organization' && !a.entity.media);
    const typedEmployer = rowOrgs.length === 1 && new Set(view.names.filter((n) => n.start >= namesStart && n.end <= first.start).map((n) => n.kind)).has('person') ? rowOrgs[0]! : null;
    const employer = typedEmployer ? typedEmployer.entity.name : employerOfRow(names);
    if (!employer || employer.split(/\s+/).length > 5) continue;
    const actor = typedEmployer ?? view.actors.find((a) => a.entity.kind === 'organization' && a.entity.name === employer);
    const entity = actor?.entity ?? view.entities.byName(employer) ?? view.entities.ensure(employer);
    if (entity.kind !== 'organization' || entity.media) continue;
    for (const q of amounts) {
      if (!plausible(q)) continue;
      out.push({ type: 'compensation', subject: entity, counterparty: null, value: q, sentence, reason: 'compensation/ranked-line', confidence: 0.8, subjectVia: 'name', cueAt: q.start, vouched: true });
    }
  }
  return out;
}

/**
 * A row whose cells come one per line under a pay heading ("CEO pay at the big lenders / Halvard Bank / Dana Roe /
 * $39.3 million"): a line that is only an amount, after one to three short lines of names with no blank line between,
 * one of them a company's name.
 */
function cellRow(view: SentenceView): RawClaim[] {
  const { text, sentence, quantities } = view;
  if (quantities.length !== 1 || quantities[0]!.kind !== 'money') return [];
  const q = quantities[0]!;
  const rest = text.slice(sentence.start, q.start) + text.slice(q.end, sentence.end).replace(/^\s*(?:a|per)\s+year\b/, '').replace(/[.;]\s*$/, '');
  if (!/^\s*$/.test(rest) || !plausible(q)) return [];
  const lines: string[] = [];
  let end = sentence.start - 1;
  while (lines.length < 4 && end > 0 && text[end] === '\n') {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (!line) break;
    lines.push(line);
    end = start - 1;
  }
  if (!lines.length || lines.length > 3 || lines.some((l) => l.length > 60 || /\d/.test(l))) return [];
  const employer = lines.find((l) => orgLike(l.split(/\s+/)));
  const heading = underPayHeadingAt(view, Math.max(0, end + 1));
  if (!employer || !heading || NOT_EMPLOYEES.test(heading)) return [];
  const entity = view.entities.byName(employer) ?? view.entities.ensure(employer);
  if (entity.kind !== 'organization' || entity.media) return [];
  return [{ type: 'compensation', subject: entity, counterparty: null, value: q, sentence, reason: 'compensation/cell-row', confidence: 0.72, subjectVia: 'name', cueAt: q.start, vouched: true }];
}

/**
 * Pay levels listed after a claim, with their verb left out: "first-year analysts get $110,000,
 * second-years $125,000 and third-years $140,000", "first-years get $15,000, second-years $20,000,
 * and senior associates up to $75,000". Between one amount and the next: only a comma or "and"
 * and who is paid (a level, a year, people), no other verb, name or preposition.
 */
const LEVEL_WORD = /^(?:[a-z]+-(?:years?|level|grade|tier)|senior|junior|new|current|incoming|existing|top|mid-level|entry-level|experienced|first|second|third|fourth|fifth|year|level|grade|band|vice|presidents?|managing|principal|staff|associates?|analysts?|engineers?|directors?|partners?|managers?|interns?|trainees?|graduates?|workers?|employees?|nurses?|drivers?|pilots?|researchers?|scientists?|bankers?|lawyers?|consultants?|developers?|get|gets|earn|earns|make|makes|receive|receives|will|can|could|up|to|as|much|about|around|roughly|nearly|more|than|and|with|while|the|at|least)$/;
// ", and stock options worth", " plus a signing bonus of": another part of one person's pay, named with its own words
// (after a comma alone too, in a list of the parts: "a basic annual salary of £750,000, shares worth £1.74M and standard benefits")
const PAY_PART_AFTER = /^(?:\s+(?:in (?:cash|stock|shares|salary)|(?:cash |stock |share |signing |retention )?(?:bonus|salary|award|grant|package)))?(?:,?\s+(?:and|plus|along with|as well as)|,)\s+(?:a |an |another |further |additional )?(?:[\w-]+\s+){0,2}?(?:stock options|share options|options|restricted stock units|restricted stock|stock units|performance shares|shares|stock|equity|rsus|bonus|bonuses|salary|award|awards|grant|grants)\s+(?:worth|valued at|of|totall?ing)\s+(?:about |around |up to |nearly |more than |some |roughly )?$/i;
const PAY_PART_BEFORE = /^\s+(?:in (?:cash|stock|shares|salary|options))?(?:,?\s+(?:and|plus|along with|as well as)|,)\s+(?:another |a further |an additional |up to |a potential )?$/i;
const PART_NAMED_AFTER = /^(?:-?worth)?\s+(?:of|in)\s+(?:restricted |performance |deferred )?(?:cash|shares|stock|options|share options|stock options|equity|bonus|bonuses|rsus)\b/i;
// Between two amounts of one pay: where the first is paid, then "and" (" an hour outside London, and ", " outside of London and ")
const BY_PLACE = /^\s*(?:(?:a|an|per)\s+(?:hour|week|month|year)\s+)?(?:outside|inside|within|in|across|for staff in|for workers in)\s+(?:of\s+)?(?:the\s+)?(?:[A-Z][\w'’-]*|capital|city)(?:\s+[A-Z][\w'’-]*){0,2}\s*,?\s*(?:and|while|but|or)\s+$/;

// "£50,000 (up from £45,000) in year one and £55,000 in year two": an earlier level in brackets, passed over; then the pay of
// another year of the scale
const EARLIER_IN_BRACKETS = /^\s*\(\s*(?:up|down|rising|falling)?\s*from\s+$/i;
// ("£45,000 in their first year and £51,000 in the second": the year may be the people's own)
const BY_YEAR = /^\s*(?:in|for) (?:the |their |its |his |her )?(?:year|first year|second year|third year|final year|years?) ?(?:one|two|three|four|1|2|3|4)?\s*,?\s*(?:and|while|but)\s+(?:then\s+)?$/i;
const RISING_TO = /^\s*(?:(?:a|an|per)\s+(?:year|month)\s*)?,\s*(?:rising|going up|increasing|climbing|moving up)\s+to\s+$/i;
const LATER_YEAR_AFTER = /^\s*(?:(?:a|an|per)\s+(?:year|month)\s+)?(?:in|for|from)\s+(?:the\s+|their\s+|its\s+)?(?:second|third|fourth|fifth|next|following|final)\s+year\b/i;
// "Dh18,000 a month (Dh14,000 if the staff live in company housing)": the same pay on a condition, in brackets
const CONDITION_AFTER = /^\s*(?:(?:a|an|per)\s+(?:hour|week|month|year)\s+)?(?:if|for|when|with|without|under|in)\b/i;

function listedLevels(view: SentenceView, found: RawClaim[]): RawClaim[] {
  const out: RawClaim[] = [];
  const moneys = view.quantities.filter((q) => q.kind === 'money');
  for (const claim of found) {
    let k = moneys.findIndex((q) => q.start === claim.value?.start);
    if (k < 0) continue;
    let from = moneys[k]!.end;
    for (; k + 1 < moneys.length; k++) {
      const next = moneys[k + 1]!;
      if (found.some((c) => c.value?.start === next.start) || out.some((c) => c.value?.start === next.start)) break;
      const between = view.text.slice(from, next.start);
      from = next.end;
      // (the earlier level in brackets is the levels' to read: the scale goes on after it)
      const close = /^\s*\)/.exec(view.text.slice(next.end, next.end + 3));
      if (EARLIER_IN_BRACKETS.test(between) && close) {
        from = next.end + close[0].length;
        continue;
      }
      // "a base wage of $110,000, rising to $125,000 in their second year": the next level of the scale, by year
      if (RISING_TO.test(between) && LATER_YEAR_AFTER.test(view.text.slice(next.end, next.end + 40))) {
        if (!plausible(next) || (claim.value?.per ?? null) !== (next.per ?? null)) break;
        out.push({ ...claim, value: next, cueAt: next.start, reason: `${claim.reason}, compensation/listed-by-year`, confidence: claim.confidence - 0.04 });
        continue;
      }
      // "£50,000 in year one and £55,000 in year two"
      if (BY_YEAR.test(between.replace(/^\s*\)/, ''))) {
        if (!plausible(next) || (claim.value?.per ?? null) !== (next.per ?? null)) break;
        out.push({ ...claim, value: next, cueAt: next.start, reason: `${claim.reason}, compensation/listed-by-year`, confidence: claim.confidence - 0.04 });
        continue;
      }
      // "Dh18,000 a month (Dh14,000 if …)": the pay on a condition, same currency
      if (/^\s*(?:(?:a|an|per)\s+(?:hour|week|month|year)\s+)?\(\s*$/i.test(between) && next.currency === claim.value!.currency && CONDITION_AFTER.test(view.text.slice(next.end, next.end + 30))) {
        out.push({ ...claim, value: next, cueAt: next.start, reason: `${claim.reason}, compensation/listed-on-condition`, confidence: claim.confidence - 0.06 });
        continue;
      }
      // "restricted stock units valued at $36 million and stock options worth $5 million": a second part of the pay
      if (PAY_PART_AFTER.test(between)) {
        if (!plausible(next)) break;
        out.push({ ...claim, value: next, cueAt: next.start, reason: `${claim.reason}, compensation/listed-part`, confidence: claim.confidence - 0.04 });
        continue;
      }
      // "will be paid £1.6m in cash and £1m-worth of shares": a second part named after its amount
      if (PAY_PART_BEFORE.test(between) && PART_NAMED_AFTER.test(view.text.slice(next.end, next.end + 30))) {
        if (!plausible(next)) break;
        out.push({ ...claim, value: next, cueAt: next.start, reason: `${claim.reason}, compensation/listed-part`, confidence: claim.confidence - 0.04 });
        continue;
      }
      // "£10.30 an hour outside London, and £11.50 for workers in it": the same pay where it differs by place
      if (BY_PLACE.test(between)) {
        const a = claim.value!.amount ?? claim.value!.min ?? 0, b = next.amount ?? next.min ?? 0;
        if (!(plausible(next) || (a > 0 && b > 0 && b / a < 3 && a / b < 3 && (next.per ?? claim.value!.per) === claim.value!.per))) break;
        out.push({ ...claim, value: next, cueAt: next.start, reason: `${claim.reason}, compensation/listed-by-place`, confidence: claim.confidence - 0.04 });
        continue;
      }
      // (a rate's own words: "$110,000 a year, second-years $125,000 a year")
      // ("a $202,500 starting salary and current first-years $205,000": the pay's own noun after the first amount)
      const rest = between.replace(/^\s*(?:starting |base |annual |basic |entry-level )?(?:salary|pay|package)\b/i, '');
      const words = rest.replace(/^\s*(?:a|an|per|each)\s+(?:year|annum|month|week|day|hour)\b/i, '').split(/[\s,]+/).filter(Boolean);
      if (!/^\s*(?:,|,?\s+and\b|;)/.test(rest) || words.length > 6 || !words.every((w) => LEVEL_WORD.test(w))) break;
      if (!words.some((w) => /-years?$|^(?:senior|junior|new|top|mid-level|entry-level|experienced|first|second|third|fourth|fifth)$/.test(w) || /s$/.test(w))) break;
      if (!plausible(next) || (claim.value?.per ?? null) !== (next.per ?? null)) break;
      out.push({ ...claim, value: next, cueAt: next.start, reason: `${claim.reason}, compensation/listed-level`, confidence: claim.confidence - 0.04 });
    }
  }
  return out;
}

/**
 * "Hock Tan, the highest-paid CEO in the survey at $162 million, has to stay … and Broadcom's share
 * price must…": a person ranked by pay, whose employer the sentence (or the next) names after the
 * amount, as an owner ("Broadcom's") or a speaker ("Broadcom said").
 */
let personRanked: Pattern | null = null;
function rankedPersonsEmployer(view: SentenceView): RawClaim[] {
  personRanked ??= compile(PERSON_RANKED);
  const tv = tokensOf(view);
  const out: RawClaim[] = [];
  for (const m of matchAll(personRanked, tv)) {
    const value = m.slots.value!;
    if (!plausible(value.q!)) continue;
    // (the person may be a name nothing vouches for, read as a company; any other company before the amount is the rules' to read)
    const named = tv.toks[m.start]!;
    if (named.kind === 'org' && !(named.actor?.entity.assumed && named.actor.via === 'name' && !named.actor.possessive)) continue;
    if (view.actors.some((a) => a.start < value.start && a.start !== named.start && !a.entity.media)) continue;
    const nextStop = view.text.slice(view.sentence.end).search(/[.!?](?:\s|$)/);
    const limit = view.sentence.end + (nextStop < 0 ? 0 : Math.min(nextStop, 300));
    let best: { at: number; entity: RawClaim['subject'] } | null = null;
    for (const e of view.entities.entities) {
      if (e.kind !== 'organization' || e.media || e.investor || e === named.actor?.entity) continue;
      for (const name of [e.name, ...e.aliases]) {
        if (name.length < 2) continue;
        let at = view.text.indexOf(name, value.end);
        while (at >= 0 && at < limit) {
          const after = view.text.slice(at + name.length, at + name.length + 12);
          const bounded = !/[\p{L}\d]/u.test(view.text[at - 1] ?? ' ') && /^\s?['’]s?\b|^\s?['’]|^\s+said\b/u.test(after);
          if (bounded) {
            if (!best || at < best.at) best = { at, entity: e };
            break;
          }
          at = view.text.indexOf(name, at + 1);
        }
      }
    }
    if (!best) continue;
    out.push({ type: 'compensation', subject: best.entity, counterparty: null, value: value.q!, sentence: view.sentence, reason: 'compensation/ranked-person-employer', confidence: 0.72, subjectVia: 'name', cueAt: value.start });
  }
  return out;
}

/**
 * A person paid, whose employer the sentence ties to them by a title or a possessive: "the $15.3 million
 * paid to Orrin Bank CEO and Chairman Peter Lask", "Peter Lask, chairman of Orrin Bank, was paid
 * £5m", "Peter Lask, the Orrin Bank boss, took seventh place with a pay package of €6m". The employer
 * pays (a past post only when the sentence names no new one).
 */
// Between the person and the amount: a verb of being paid, or the pay's own words right before the amount
// (the rules' verbs of being paid, as an expression)
const PAID_VERB = new RegExp(`\\b${EARN_VERB}\\b`);
const PAY_OF = /\b(?:pay|salary|package|compensation|remuneration|bonus|paycheques?|paychecks?|pay cheques?|award|pay deal|pay award|pay-out|payout)\s+(?:of|worth|valued at|totall?ing)\s+(?:about|around|nearly|more than|some|up to|almost|roughly|an estimated)?\s*$/i;
// After the amount: "paid (in 2017) to", "awarded to"
const PAID_TO = /^\s*(?:\([^()]{1,40}\)\s*)?(?:in (?:pay|compensation|salary|bonus(?:es)?|total)\s+)?(?:paid|awarded|granted|given|handed)\s+(?:(?:in|during|for) (?:\d{4}|the year|fiscal \d{4})\s+|last year\s+|this year\s+)?to\s+/i;
// "Other pay deals in the spotlight include the £8.45 million for X's Dana Roe": an amount "for" a person, where the clause
// before it is a list of pay awards (a pay noun, not the verb: "will pay £50m for X's striker" is a transfer fee)
const PAID_FOR = /^\s*for\s+/i;
const PAY_AWARDS_BEFORE = /\b(?:pay (?:deals?|packages?|awards?|packets?|settlements?|cheques?|checks?)|remuneration (?:deals?|packages?|awards?)|(?:executive|boss(?:es)?['’]?|bosses['’]|CEO|chief executives?['’]?) pay)\b/i;
// "Total remuneration of X Chairman Y grew around 54 per cent year-on-year to ₹25.18 crore": the pay of a person, then its level
const PAY_NOUN_OF = /\b(?:pay|salary|compensation|remuneration|pay package|package|earnings)\s+(?:of|for)\s+(?:the\s+)?(?:[\w&.'’-]+\s+){0,8}$/i;
const LEVEL_VERB = /^\s+(?:(?:has|had|have)\s+)?(?:rose|grew|increased|jumped|climbed|fell|dropped|declined|was|were|stood|came|totall?ed|reached|amounted)\b[^.;]{0,70}?\b(?:to|at|of)\s*(?:about|around|nearly|some|roughly)?\s*$/i;
const NEW_POST = /\b(?:now|new (?:role|job|employer|post|company|venture)|since (?:joining|moving)|after (?:joining|moving))\b/i;
function paidPersonsEmployer(view: SentenceView): RawClaim[] {
  const people = view.names.filter((n) => n.kind === 'person');
  if (!people.length || !view.actors.length) return [];
  const { text } = view;
  const out: RawClaim[] = [];
  let tv: ReturnType<typeof tokensOf> | null = null;
  for (const q of view.quantities) {
    if (q.kind !== 'money' || !plausible(q, view)) continue;
    let paid: (typeof people)[number] | undefined;
    const after = text.slice(q.end, Math.min(view.sentence.end, q.end + 140));
    const to = PAID_TO.exec(after);
    const forPaid = !to && PAY_AWARDS_BEFORE.test(text.slice(view.sentence.start, q.start)) ? PAID_FOR.exec(after) : null;
    const tie = to ?? forPaid;
    if (tie) paid = people.find((p) => p.start >= q.end + tie[0].length && p.start - (q.end + tie[0].length) <= 60 && !/[,;]/.test(text.slice(q.end + tie[0].length, p.start)));
    if (!paid) {
      // the person the clause before the amount is about: no other person, no full stop between
      paid = [...people].reverse().find((p) => p.end <= q.start && q.start - p.end <= 180);
      if (paid) {
        const gap = text.slice(paid.end, q.start);
        if (/[;:]/.test(gap) || people.some((p) => p !== paid && p.start > paid!.end && p.end <= q.start)) paid = undefined;
        else if (!PAID_VERB.test(gap.replace(/^,[^,]{1,120},/, '')) && !PAY_OF.test(gap) && !(PAY_NOUN_OF.test(text.slice(Math.max(view.sentence.start, paid.start - 120), paid.start)) && LEVEL_VERB.test(gap))) paid = undefined;
      }
    }
    if (!paid) continue;
    const employer = employerOf(view, paid);
    if (!employer || (employer.former && NEW_POST.test(view.sentence.text))) continue;
    // (pay from another job or time, said outside the tie: "Peter Lask, the former Orrin Bank boss," is the tie's own)
    const lo = Math.min(paid.start, employer.actor.start) - view.sentence.start;
    const hi = Math.max(paid.end, employer.actor.end) - view.sentence.start;
    const s = view.sentence.text;
    if (OTHER_PAYER.test(s.slice(0, lo) + ' '.repeat(hi - lo) + s.slice(hi))) continue;
    tv ??= tokensOf(view);
    if (notPay(tv, q)) continue;
    out.push({ type: 'compensation', subject: employer.actor.entity, counterparty: null, value: q, sentence: view.sentence, reason: 'compensation/paid-persons-employer', confidence: 0.7, subjectVia: 'name', cueAt: q.start, vouched: employer.titled || undefined });
  }
  return out;
}

/**
 * The frame of pay, whatever its words: an amount of money in a clause that says who is paid (a person named, people by
 * their work, "he" or "she") and then that they are paid (a pay noun or a verb of being paid, between them and the amount,
 * or the pay's noun right after it: "walking away with over R89 million in remuneration", "can now command more than $10
 * million a year", "President Jun Sato was paid 826 million yen"), paid by the company the clause is about, the company
 * a title tied the person to, or the company the person joins. Read where no other reading of pay took the sentence.
 */
// (not "earnings" or "income": a company's profit; not "package" alone: rescue packages; not "offer": takeover offers)
const PAY_BETWEEN = /\b(?:pa(?:y|ys|id)|salar(?:y|ies)|wages?|compensation|remuneration|bonus(?:es)?|payday|pay-?days?|paycheck|paycheque|stipends?|ctc|take-home|(?:took|take|takes|taking) home|pocket(?:ed|s|ing)?|command(?:s|ed|ing)?|walk(?:ed|ing|s)? (?:away|off) with|payouts?|pay-outs?|earn(?:s|ed|ing)?)\b/i;
const PAY_AFTER_AMOUNT = /^\s*(?:(?:a|per) (?:year|annum|month) |annually )?(?:in|as) (?:total |annual |base |basic |fixed |variable )?(?:pay|salary|salaries|wages|compensation|remuneration|bonus(?:es)?|stock awards?|pay and bonuses|salary and bonus(?:es)?)\b/i;
const EARNER_PRONOUN = /\b(?:he|she|him|her|his)\b/i;
const OWN_INCOME = /^\s+(?:[\w-]+\s+){0,2}(?:income|earnings)\b/i;
const PEOPLE_WORDS = new RegExp(PEOPLE_WORD.source, 'gi');
const ATTRIBUTIVE = /^\s+(?:pay|compensation|remuneration|salar(?:y|ies)|wages?|bonus(?:es)?|costs?|benefits?)\b/i;
const EACH = /\b(?:each|apiece|a head|per head|per person|on average|an average|a median|the average|the median)\b/i;
// Pay said of a class of employers: "salaries at US firms", "pay across the big banks", "wages at rival companies"
const AT_MANY_EMPLOYERS = /\b(?:pay|salar(?:y|ies)|wages?|bonus(?:es)?|compensation|packages?)\s+(?:at|across|in|of)\s+(?:(?:the|all|most|many|some|other|rival|top|big|large|leading|[A-Z]{2,3}|[A-Z][a-z]+)\s+){0,3}(?:firms|companies|banks|employers|businesses|startups|lenders|rivals|competitors|labs)\b/;
// An amount as text says it ("£421 million", "N33.2bn", "3 crore"), whether or not the view kept it as a claim's candidate
// (not readQuantities: the reader itself drops some amounts, "the bonus pool of £421 million")
const OTHER_AMOUNT = /(?:[£$€¥₹]|\b(?:Rs|N|Sh|KSh|R)\.?)\s?\d[\d.,]*(?:\s?(?:million|billion|bn|mn|m|k|crore|lakh)\b)?|\b\d[\d.,]*\s?(?:million|billion|bn|mn|crore|lakh)\b/g;
// What joins two amounts of one list or one range: "£1m and £2m", "£1m (€1.2m), plus £2m", "£1m to £2m"
const LIST_JOIN_AFTER = /^\s*(?:\([^()]{0,40}\)\s*)?(?:,|;|and\b|or\b|plus\b|to\b|with\b)/i;
const RELATIVE_PAYEE = /^\s*(?:\([^()]{0,40}\)\s*)?(?:that|which)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:took home|earned|was paid|drew|pocketed)\b/;
function payFrame(view: SentenceView): RawClaim[] {
  const out: RawClaim[] = [];
  const { text } = view;
  let tv: ReturnType<typeof tokensOf> | null = null;
  for (const q of view.quantities) {
    if (q.kind !== 'money' || !plausible(q, view)) continue;
    // ("compared with the ₹137 crore that Vijayakumar took home": the amount a relative clause's person took is that person's — their
    // own employer's, or nobody's this can tell)
    const payee = RELATIVE_PAYEE.exec(text.slice(q.end, Math.min(view.sentence.end, q.end + 80)));
    if (payee) {
      tv ??= tokensOf(view);
      const own = notPay(tv, q) ? null : employerTiedBefore(view, surnameOf(payee[1]!), q.start);
      if (own && !own.media && !own.investor) out.push({ type: 'compensation', subject: own, counterparty: null, value: q, sentence: view.sentence, reason: 'compensation/relative-payee', confidence: 0.66, subjectVia: 'anaphor', cueAt: q.start });
      continue;
    }
    const [from, to] = clauseAround(view, q.start);
    const lead = text.slice(from, q.start);
    // Who is paid, before the amount in its clause: the first of a person, people by their work, or a pronoun
    // ("executive compensation", "staff pay": a word for people before a pay noun only says whose pay it is)
    const person = view.names.find((n) => n.kind === 'person' && n.start >= from && n.end <= q.start);
    const word = [...lead.matchAll(PEOPLE_WORDS)].find((w) => !ATTRIBUTIVE.test(lead.slice(w.index! + w[0].length)));
    const pronoun = EARNER_PRONOUN.exec(lead);
    const at = Math.min(person ? person.end - from : Infinity, word ? word.index! + word[0].length : Infinity, pronoun ? pronoun.index + pronoun[0].length : Infinity);
    if (at === Infinity) continue;
    // (people counted or in the plural are paid a total — "731 executives received compensation exceeding ¥100 million",
    // "The 10 highest-paid CEOs earned ₹834 crore" — unless the amount is a rate or each one's: "top researchers can command
    // $10 million a year")
    const many = word && word.index! + word[0].length === at && /s$/i.test(word[0]) && !person && !pronoun;
    if (many && !q.per && !EACH.test(text.slice(from, to))) continue;
    // (players, actors and stars earn from clubs, films and fans)
    if (NOT_EMPLOYEES.test(text.slice(from, to))) continue;
    // ("his total income": a person's income is pay, where a company's is its profit)
    const ownIncome = !!pronoun && pronoun.index + pronoun[0].length === at && /^(?:his|her)$/i.test(pronoun[0]) && OWN_INCOME.test(lead.slice(at));
    if (!PAY_BETWEEN.test(lead.slice(at)) && !PAY_AFTER_AMOUNT.test(text.slice(q.end, to)) && !ownIncome) continue;
    // (the pay word belongs to another amount before this one, not in a list with it: "said the overall bonus pool of £421 million
    // – 21% down – remained outrageous and he pledged he would not be taking a £1 million incentive")
    // (the amounts of the view are claims' candidates only: an amount a filter dropped still stands in the text)
    const other = [...lead.slice(at).matchAll(OTHER_AMOUNT)].pop();
    const rest = other ? lead.slice(at + other.index! + other[0].length) : '';
    if (other && !PAY_BETWEEN.test(rest) && !LIST_JOIN_AFTER.test(rest) && !PAY_AFTER_AMOUNT.test(text.slice(q.end, to))) continue;
    if (OTHER_PAYER.test(text.slice(from, Math.max(to, q.end)).replace(/\b[Ff]ormer (?=[A-Z])/g, ''))) continue;
    // ("NQ salaries at US firms have gone up five times including one firm's move to £225,000": pay at a class of employers)
    if (AT_MANY_EMPLOYERS.test(lead)) continue;
    tv ??= tokensOf(view);
    if (notPay(tv, q)) continue;
    // (a person or "he"/"she" in a clause that names no company: the employer a title tied them to, before the topic)
    const named = view.actors.some((a) => a.via === 'name' && !a.entity.media && a.start >= from && a.end <= to);
    const tied = !named && (person || pronoun) ? tiedEmployer(view, q.start) : null;
    // ("His bonuses (Sh191 million) overshadow Mwangi's allowances": "his" with no tie to an employer is nobody this can tell)
    if (!named && !tied && pronoun && pronoun.index + pronoun[0].length === at) continue;
    const picked = tied ? { entity: tied, via: 'anaphor' as const } : (pickSubject(view, q.start, PICK_EMPLOYER) ?? PICK_EMPLOYER.fallback!(view, q.start));
    if (!picked || picked.entity.kind !== 'organization' || picked.entity.media || picked.entity.investor) continue;
    out.push({ type: 'compensation', subject: picked.entity, counterparty: null, value: q, sentence: view.sentence, reason: 'compensation/pay-frame', confidence: 0.66, subjectVia: picked.via, cueAt: q.start });
  }
  return out;
}

/** compensation: the rules in ./rules.ts, then a person paid in a sentence that names no company. */
// A payment to a company's people said just before: "GTB paid N224 million to its highest paid director"
const PAID_TO_PEOPLE = /\bpa(?:id|ys)\b[^.;]{0,80}?\bto (?:its|their|the company's|the bank's) (?:[\w-]+ ){0,3}?(?:directors?|executives?|ceos?|chief executives?|bosses|boss|chairman|staff|employees|workers)\b/i;
// A company and the verb of paying (or "with"), right before an amount: "UBA which paid N138 million", "First Bank with N118 million"
const PAYER_BEFORE = /^(?:['’]s?)?,? (?:which |that )?(?:also )?(?:paid|pays|with|gave)(?: (?:the sum of|a total of|a sum of|about|nearly|some|over|more than))? $/;

/**
 * "…Union Bank, which paid the sum of N172 million to its highest paid director. Next on the list is UBA which paid
 * N138 million, and then First Bank with N118 million": a ranking of payments to people goes on in sentences that
 * leave the people out; each company right before "which paid"/"with" and an amount paid that amount to its people.
 */
function paidLikeBefore(view: SentenceView, taken: RawClaim[]): RawClaim[] {
  const own = view.text.slice(view.sentence.start, view.sentence.end);
  const before = view.text.slice(Math.max(0, view.sentence.start - 400), view.sentence.start);
  // (this sentence's own payment counts only where the rules took it as pay: not "paid £2m to its former chairman")
  if (!PAID_TO_PEOPLE.test(before) && !(taken.length > 0 && PAID_TO_PEOPLE.test(own))) return [];
  const out: RawClaim[] = [];
  for (const q of view.quantities) {
    if (q.kind !== 'money' || !plausible(q, view) || taken.some((c) => c.value?.start === q.start)) continue;
    const payer = [...view.actors].reverse().find((a) => a.end <= q.start && a.via === 'name' && !a.entity.media && !a.entity.investor && PAYER_BEFORE.test(view.text.slice(a.end, q.start)));
    if (!payer) continue;
    out.push({ type: 'compensation', subject: payer.entity, counterparty: null, value: q, sentence: view.sentence, reason: 'compensation/paid-like-before', confidence: 0.7, subjectVia: payer.via, cueAt: q.start });
  }
  return out;
}

/**
 * Pay is a rate each employer pays: "Infosys and Wipro are offering up to Rs 8 lakh to freshers" is a claim of each. The
 * other companies coordinated with a claim's subject, named right before its amount with only commas and "and" between them.
 */
function payersTogether(view: SentenceView, claims: RawClaim[]): RawClaim[] {
  const out = [...claims];
  for (const c of claims) {
    if (c.subjectVia !== 'name' || c.shared) continue;
    // ("UBS AG's Sergio Ermotti, Lloyds Banking Group Plc's António Horta-Osório and HSBC Holdings Plc's Stuart Gulliver each
    // receiving compensation packages above €8 million": people listed by their employers, each paid the amount)
    // (a legal suffix may stand between the name and its "'s": "UBS AG's")
    const owners = view.actors.filter((a) => a.via === 'name' && a.end <= c.cueAt && view.names.some((n) => n.kind === 'person' && n.start > a.end && n.start - a.end <= 40 && (a.possessive ? /^['’]?s?\s+(?:[\w-]+\s+){0,3}?$/ : /^ (?:AG|Inc|Ltd|plc|PLC|Plc|SA|NV|Corp|LLC|Co|SE|ASA|AB|Oyj)['’]s\s+(?:[\w-]+\s+){0,3}?$/).test(view.text.slice(a.end, n.start))));
    if (owners.length >= 2 && owners.some((a) => a.entity === c.subject) && /\beach\b/.test(view.text.slice(owners[owners.length - 1]!.end, c.cueAt))) {
      c.shared = true;
      for (const a of owners) if (a.entity !== c.subject && !a.entity.media && !a.entity.investor && !out.some((x) => x !== c && x.subject === a.entity && x.value === c.value)) out.push({ ...c, subject: a.entity, shared: true });
      continue;
    }
    const at = view.actors.findIndex((a) => a.entity === c.subject && a.via === 'name' && a.end <= c.cueAt);
    if (at < 0) continue;
    const group = [view.actors[at]!];
    for (let i = at - 1; i >= 0 && COORDINATED.test(view.text.slice(view.actors[i]!.end, group[0]!.start)) && view.actors[i]!.via === 'name' && !view.actors[i]!.possessive; i--) group.unshift(view.actors[i]!);
    for (let i = at + 1; i < view.actors.length && view.actors[i]!.end <= c.cueAt && COORDINATED.test(view.text.slice(group[group.length - 1]!.end, view.actors[i]!.start)) && view.actors[i]!.via === 'name' && !view.actors[i]!.possessive; i++) group.push(view.actors[i]!);
    if (group.length < 2) continue;
    // (the last of them right before its verb: nothing but a verb chain between it and the amount, no other name; "have claimed
    // that they are offering" goes on with the same subjects)
    if (view.actors.some((a) => a.start > group[group.length - 1]!.end && a.end <= c.cueAt)) continue;
    if (!/^\s+(?:(?:are|were|have|had|all|both|also|now|reportedly|each|together|currently|already|still|recently|will|would|could|can)\s+)*[a-z]+(?:ing|ed|s)?\b/.test(view.text.slice(group[group.length - 1]!.end, c.cueAt))) continue;
    c.shared = true;
    for (const a of group) if (a.entity !== c.subject && !a.entity.media && !a.entity.investor) out.push({ ...c, subject: a.entity, shared: true });
  }
  return out;
}
const COORDINATED = /^(?:,|,? and|,? or|,? as well as)\s+$/;

export const compensation: Extractor & { rules: typeof RULES } = {
  type: 'compensation',
  rules: RULES,
  extract(view: SentenceView): RawClaim[] {
    return payersTogether(view, extractPay(view));
  },
};

function extractPay(view: SentenceView): RawClaim[] {
  // ("10. Bob Dudley: BP" / "Pay: £10.5 million": a label line of pay under a line naming the company is that company's pay)
  const labelled = payLabelLine(view);
  if (labelled) return [labelled];
  const found = byRules.extract(view);
  // (a ranking's rows read as rows where the rule for a ranked row could not: the rules read a
  // row's names as one, or rows that run together as one sentence)
  if (!found.length) {
    const cells = cellRow(view);
    if (cells.length) return cells;
  }
  if (!found.some((c) => c.reason === 'compensation/ranked-row')) {
    // (a row's reading wins where a rule read the amount for someone else; where they agree, the rule's claim stays)
    const rows = rankedRows(view);
    const agree = (r: RawClaim) => found.find((c) => c.value === r.value && c.subject === r.subject);
    if (rows.length) return rows.map((r) => agree(r) ?? r);
  }
  if (found.length) {
    const all = [...found, ...listedLevels(view, found)];
    return [...all, ...paidLikeBefore(view, all)];
  }
  const continued = paidLikeBefore(view, []);
  if (continued.length) return continued;
  const employed = paidPersonsEmployer(view);
  if (employed.length) return employed;
  const ranked = rankedPersonsEmployer(view);
  if (ranked.length) return ranked;
  const topicPaid = paidByTopic(view);
  if (topicPaid.length) return [...topicPaid, ...listedLevels(view, topicPaid)];
  const framed = payFrame(view);
  return framed;
}
