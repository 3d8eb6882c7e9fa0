import type { Actor } from '../entities/coreference.js';
import type { SentenceView } from './extractor.js';
import type { EntityRecord } from '../entities/aliases.js';
import { ORG_HEADS } from '../entities/evidence.js';

/**
 * Whom a person named in a sentence works for, as the sentence ties them: by a title between the
 * two ("Orrin Bank chief executive Peter Lask", "Peter Lask, chairman and CEO of Orrin Bank",
 * "Peter Lask, the Orrin Bank boss"), or by a possessive ("Orrin Bank's Peter Lask"). A person
 * merely near a company ("Peter Lask said Orrin Bank…") has no employer here.
 */
export interface Employer {
  actor: Actor;
  /** The tie says the post is past ("the former Orrin Bank boss", "ex-Orrin Bank chief Peter Lask"). */
  former: boolean;
  /** A title ties the two (the company employs people: evidence it is one). */
  titled: boolean;
}

// The words of a title, each (a title of several: "CEO and Chairman", "chief exec", "group finance director", "portfolio
// manager", "equities trader")
const TITLE_WORD = /^(?:co-ceo|co-head|co-president|co-chair|co-chairman|co-chief|joint|interim|acting|chief|executive|exec|officer|ceo|cfo|cto|coo|cio|cmo|chairman|chairwoman|chairperson|chair|president|vice|boss|founder|co-founder|cofounder|head|managing|director|md|cmd|deputy|senior|group|global|finance|financial|operating|technology|technical|investment|marketing|design|product|sales|data|research|engineering|legal|strategy|digital|commercial|risk|equity|equities|trading|banking|portfolio|fund|general|country|regional|vp|svp|evp|banker|trader|analyst|economist|strategist|lawyer|partner|manager|engineer|scientist|researcher|designer|and|&|former|ex-|then|outgoing|incoming|new|longtime|long-time|veteran|top|star)$/i;
// The word that makes a run of title words a post someone holds
const TITLE_HEAD = /^(?:co-ceo|co-head|co-president|co-chair|co-chairman|chief|executive|exec|officer|ceo|cfo|cto|coo|cio|cmo|chairman|chairwoman|chairperson|chair|president|boss|founder|co-founder|cofounder|head|director|md|cmd|vp|svp|evp|banker|trader|analyst|economist|strategist|lawyer|partner|manager|engineer|scientist|researcher|designer)$/i;
const PAST = /\b(?:former|then|outgoing)\b|\bex-/i;

// A ticker in brackets right after a company's name: " (JPM)", " (NYSE: JPM)", " (AXP)"
const TICKER_AFTER = /^\s*\((?:[A-Z]{2,9}\s*:\s*)?[A-Z][A-Z.]{0,5}\)/;

/** Whether the words between a company and a person are a post at it: " finance chief ", " portfolio manager ", " co-CEO ". */
export const titledBetween = (gap: string): boolean => titleRun(gap).ok;

function titleRun(gap: string): { ok: boolean; former: boolean } {
  const words = gap.trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 6) return { ok: false, former: false };
  const ok = words.every((w) => TITLE_WORD.test(w)) && words.some((w) => TITLE_HEAD.test(w));
  return { ok, former: ok && PAST.test(gap) };
}

// After the person: ", chairman and CEO of X", ", the former chief executive at X", ", who runs X"
const TITLE_OF_AFTER = /^,\s+(?:(?:the|its|a)\s+)?((?:[\w&-]+\s+){0,5}?)(?:of|at)\s+(?:the\s+)?$/i;
const RUNS_AFTER = /^,?\s+who\s+(?:runs|ran|leads|led|heads|headed|founded|co-founded|chairs|chaired)\s+(?:the\s+)?$/i;
// ", the (former) X boss", ", X's chief executive"
const APPOSITION_LEAD = /^,\s+(?:(?:the|a|an)\s+)?((?:former|ex-|then|outgoing|longtime)\s+)?$/i;
// A role after a company's name: "the Kestrel Labs scientist", "Kestrel Labs' former chief executive" (the words
// between captured; also read by the person-move reader, src/claims/hiring/moves.ts)
export const ROLE_AFTER = /^(?:['’]s?)?\s+((?:[\w&-]+\s+){0,3}?)(?:co-)?(?:chief executive|chief|ceo|cfo|cto|coo|chairman|chairwoman|president|boss|head|lead|leader|founder|co-founder|director|executive|officer|manager|engineer|researcher|scientist|partner|vp|veteran|alum|alumna|alumnus|alumni|designer|developer)\b/i;

/** The person at [start, end)'s employer as the sentence ties them, if it does. */
export function employerOf(view: SentenceView, person: { start: number; end: number }): Employer | null {
  const { text } = view;
  let best: Employer | null = null;
  for (const a of view.actors) {
    if (a.entity.media || a.entity.investor || a.via !== 'name') continue;
    if (a.end <= person.start && person.start - a.end <= 60) {
      // "Orrin Bank chief exec Peter Lask", "Orrin Bank's Peter Lask", "ex-Orrin Bank CEO Peter Lask"
      // ("JPMorgan Chase (JPM) CEO Jamie Dimon": a ticker in brackets after the name stands aside)
      const gap = text.slice(a.end, person.start).replace(TICKER_AFTER, '');
      const pre = text.slice(Math.max(view.sentence.start, a.start - 12), a.start);
      const past = /\b(?:ex-|former\s+)$/i.test(pre);
      // ("GSK (LSE:GSK)’s Emma Walmsley": the possessive after the ticker)
      if ((a.possessive ? /^['’]?s?\s+$/ : /^['’]s\s+$/).test(gap)) best = { actor: a, former: past, titled: false };
      else {
        const run = titleRun(gap.replace(/^['’]s?/, ''));
        if (run.ok && !/[,;()]/.test(gap)) best = { actor: a, former: past || run.former, titled: true };
      }
    } else if (a.start >= person.end && a.start - person.end <= 70) {
      const gap = text.slice(person.end, a.start);
      const of = TITLE_OF_AFTER.exec(gap);
      if (of && (titleRun(of[1]!).ok || /^(?:[\w-]+\s+){0,2}?(?:chief executive|chief|boss|head|founder|co-founder|chairman|chairwoman|president|director)\s+$/i.test(of[1]!))) {
        return best ?? { actor: a, former: PAST.test(gap), titled: true };
      }
      // "Denise Morrow of Brightwell", "Peter Lask at Orrin Bank": the company a name is given with
      if (/^\s+(?:of|at|from)\s+(?:the\s+)?$/i.test(gap)) return best ?? { actor: a, former: false, titled: false };
      if (RUNS_AFTER.test(gap)) return best ?? { actor: a, former: /\b(?:ran|led|headed|chaired)\b/.test(gap), titled: true };
      const lead = APPOSITION_LEAD.exec(gap);
      const role = lead && ROLE_AFTER.exec(text.slice(a.end, a.end + 50));
      if (lead && role && (!role[1] || titleRun(role[1]).ok || /^[\w&-]+\s+$/.test(role[1]))) {
        return best ?? { actor: a, former: !!lead[1] || PAST.test(role[1] ?? ''), titled: true };
      }
    }
  }
  return best;
}

/**
 * The employers an article ties its people to by a title ("Zentrix AI CEO Mark Dale", "Mark Dale, chief executive of
 * Zentrix AI"), in text order: for a later sentence that speaks of the person by surname or as "he"/"she" only
 * ("Dale offered some researchers $100 million", "He then tried to recruit Raj Patel with a package worth…").
 */
interface Tie {
  at: number;
  surname: string;
  employer: EntityRecord;
}
// ("Emirates Airline CCO Thierry Antinori", "Kestrel Bank chief financial officer Ann Roe")
const TIE_TITLE = String.raw`(?:co-?founder and |founder and )?(?:CEO|CFO|CTO|COO|CMO|CCO|CIO|CPO|chief executive(?: officer)?|Chief Executive(?: Officer)?|chief [a-z]+ officer|Chief [A-Z][a-z]+ Officer|founders?|co-founders?|Founder|boss|chairman|Chairman|chairwoman|president|President|Managing Director|managing director|MD)`;
// (a first name may be an initial: "C Vijayakumar", "K. Krithivasan")
// (a surname may have a capital inside: "McCaskill", "DiCaprio", "MacLeod")
const PERSON_NAME = String.raw`((?:[A-Z][a-z'’-]+ |[A-Z]\.? ){1,2}[A-Z][a-z'’-]+(?:[A-Z][a-z'’-]+)?)`;
const ORG_NAME = String.raw`([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})`;
// "Zentrix AI CEO Mark Dale", "Zentrix AI's chief executive Mark Dale"
// ("JPMorgan Chase (JPM) CEO Jamie Dimon": past a ticker in brackets)
const TIE_BEFORE = new RegExp(String.raw`${ORG_NAME}(?:['’]s)?(?: \((?:[A-Z]{2,9}: ?)?[A-Z][A-Z.]{0,5}\))? ${TIE_TITLE} ${PERSON_NAME}`, 'g');
// "Nike's Jim Scholefield", "Orrin Telecom's Jane Roe": a person the text names as a company's
const TIE_POSSESSIVE = new RegExp(String.raw`${ORG_NAME}['’]s ${PERSON_NAME}`, 'g');
// "Mark Dale, chief executive of Zentrix AI", "Mark Dale, the founder of Zentrix AI"
// ("C Vijayakumar the MD of HCL Technologies": the apposition without its comma)
// ("Thomas E. McCaskill, a senior executive at NationsBank", "Dana Roe, a partner at Orrin Law": a post below the top, after the
// person, ties too)
const TIE_AFTER = new RegExp(String.raw`${PERSON_NAME},? (?:the |a |an )?(?:${TIE_TITLE}|(?:senior |executive |group )?(?:executive|vice president|managing partner|partner|director)|head of [a-z]+(?: [a-z]+)?) (?:of|at) ${ORG_NAME}`, 'g');
// "Emeka Emuwa (Union Bank) – N164 million": a ranking's line gives the person's employer in brackets
// "Pawan Munjal, Managing Director and CEO, Hero MotoCorp, replaced…": the title and the company as two appositions, commas between
const TIE_COMMAS = new RegExp(String.raw`${PERSON_NAME}, (?:(?:Managing Director|managing director|MD|Chairman|chairman|Director) (?:and|&) )?${TIE_TITLE}, ${ORG_NAME}(?=[,.;])`, 'g');
const TIE_BRACKET = new RegExp(String.raw`${PERSON_NAME} \((?:the )?${ORG_NAME}\)`, 'g');
// A word every TIE_TITLE holds (CEO … CPO, "chief ", "Chief ", founder, boss, chairman, chairwoman, president)
const TIE_TITLE_WORD = /C[EFTOMCIP]O|[Cc]hief |[Ff]ounder|boss|[Cc]hairman|chairwoman|[Pp]resident|[Mm]anaging [Dd]irector|\bMD\b/;
// (and the posts below the top that only an apposition after the person ties: "a senior executive at")
const POST_AFTER_WORD = /, (?:the |a |an )?(?:senior |executive |group )?(?:executive|vice president|managing partner|partner|director|head of) /;
const TIES = new WeakMap<object, { text: string; ties: Tie[] }>();

// A title's first word the name's capitals ran into: "Samsung Electronics Vice Chairman Kwon Oh-hyun"
const TITLE_MODIFIER = / (?:Vice|Deputy|Executive|Senior|Acting|Interim|Joint|Co|Managing|Former)$/;
/** The organisation a name in the text stands for, trying it without leading words ("Following Zentrix AI" → "Zentrix AI"). */
function orgNamed(view: SentenceView, name: string): EntityRecord | undefined {
  while (TITLE_MODIFIER.test(name)) name = name.slice(0, name.lastIndexOf(' '));
  const words = name.split(' ');
  for (let i = 0; i < words.length; i++) {
    const e = view.entities.byName(words.slice(i).join(' '));
    if (e && e.kind === 'organization' && !e.media) return e;
  }
  return undefined;
}

// ("Tarrow Foods boss Ann Hale's pay fell": the surname without the possessive the name was matched with)
export const surnameOf = (name: string): string => name.split(/\s+/).pop()!.replace(/['’]s?$/, '').toLowerCase();
function tiesOf(view: SentenceView): Tie[] {
  const cached = TIES.get(view.entities);
  if (cached && cached.text === view.text) return cached.ties;
  const ties: Tie[] = [];
  // (each expression tried at every capital of the article: not where its title or its bracket is nowhere in the text)
  const titled = TIE_TITLE_WORD.test(view.text);
  if (titled) for (const m of view.text.matchAll(TIE_BEFORE)) {
    const employer = orgNamed(view, m[1]!);
    if (employer) ties.push({ at: m.index!, surname: surnameOf(m[2]!), employer });
  }
  if (view.text.includes(' (')) for (const m of view.text.matchAll(TIE_BRACKET)) {
    // (a name in brackets after a person is read as no name of its own: made an organisation here when its last word heads one)
    const name = m[2]!;
    const employer = orgNamed(view, name) ?? (name.includes(' ') && ORG_HEADS.has(name.slice(name.lastIndexOf(' ') + 1)) ? view.entities.ensure(name) : undefined);
    if (employer) ties.push({ at: m.index!, surname: surnameOf(m[1]!), employer });
  }
  // ("Nike's Jim Scholefield will head up…": a person named as a company's, with no title)
  if (view.text.includes('’s ') || view.text.includes("'s ")) for (const m of view.text.matchAll(TIE_POSSESSIVE)) {
    const employer = orgNamed(view, m[1]!);
    if (employer) ties.push({ at: m.index!, surname: surnameOf(m[2]!), employer });
  }
  for (const re of titled ? [TIE_AFTER, TIE_COMMAS] : POST_AFTER_WORD.test(view.text) ? [TIE_AFTER] : []) for (const m of view.text.matchAll(re)) {
    const employer = orgNamed(view, m[2]!);
    if (employer) ties.push({ at: m.index!, surname: surnameOf(m[1]!), employer });
  }
  ties.sort((a, b) => a.at - b.at);
  TIES.set(view.entities, { text: view.text, ties });
  return ties;
}

/** The employer a title tied a person (by surname) to before `at`, within the article ("Tessaly CEO Varun Mohan"). */
export function employerTiedBefore(view: SentenceView, surname: string, at: number): EntityRecord | null {
  return tiesOf(view).filter((t) => t.surname === surname && t.at < at).pop()?.employer ?? null;
}

// A short phrase fronted before a clause's subject: "Following that, ", "Before raising a single dollar, "
const FRONTED_PHRASE = String.raw`^\W*(?:[A-Za-z][\w'’-]*(?: [\w'’-]+){0,5}, )?`;
const FRONTED = new RegExp(`${FRONTED_PHRASE}$`);
// A clause opened by "he" or "she" ("Following that, he…")
const PRONOUN_SUBJECT = new RegExp(String.raw`${FRONTED_PHRASE}(?:he|she)\b`, 'i');
// A clause opened by what "his" or "her" owns: "His total income surged…", "Her pay package was…"
const PRONOUN_OWNER = new RegExp(String.raw`${FRONTED_PHRASE}(?:his|her) (?:[\w-]+ ){0,2}(?:pay|salary|income|earnings|remuneration|compensation|package|bonus|bonuses|wages?)\b`, 'i');

/**
 * The employer of the person a sentence's clause is about, when the sentence names no company: a person named before the cue whose
 * surname the article tied to an employer earlier, or "he"/"she" opening the sentence after such a tie (within a few sentences).
 */
// A preposition that makes the name after it part of a phrase, no clause's subject
const PHRASE_BEFORE = /\b(?:under|by|from|according to|in line with|in|at|of|with)\s+(?:the\s+)?$/i;

/** "the ACSI's list", "Kestrel's annual survey": what only says who made a list or a report (no employer of the people in it). */
export const LIST_OF = /^['’]?s? (?:[\w-]+ )?(?:list|lists|ranking|rankings|report|reports|survey|study|analysis|data|table|index|research|tally|league table)\b/i;

export function tiedEmployer(view: SentenceView, cueAt: number): EntityRecord | null {
  const employer = tiedEmployerOf(view, cueAt);
  // (a sentence that names another company is about that one: "…, though Meta disputed it" names the employer itself)
  // (not a body named after the amount in a phrase of its own: "…to $19 million in 2012, under Securities and Exchange Commission guidelines")
  // (nor the maker of a list the person tops: "Mr Meij had topped the ACSI's list with realised pay of…")
  return employer && view.actors.every((a) => a.via !== 'name' || a.entity.media || a.entity === employer || (a.possessive && LIST_OF.test(view.text.slice(a.end, a.end + 30))) || (a.start > cueAt && PHRASE_BEFORE.test(view.text.slice(Math.max(view.sentence.start, a.start - 20), a.start)))) ? employer : null;
}

/**
 * The employer of the person who opens the sentence as its subject ("Roe poached three researchers…", "She recruited…"),
 * as a title tied them earlier: the company that does what its boss does. Other companies named in the sentence
 * may be what it is done to (a hire's source).
 */
export function subjectPersonsEmployer(view: SentenceView, cueAt: number): EntityRecord | null {
  const lead = view.text.slice(view.sentence.start, cueAt);
  const person = view.names.find((n) => n.kind === 'person' && n.end <= cueAt);
  const opens = PRONOUN_SUBJECT.test(lead) || (!!person && FRONTED.test(view.text.slice(view.sentence.start, person.start)));
  return opens ? tiedEmployerOf(view, cueAt) : null;
}

function tiedEmployerOf(view: SentenceView, cueAt: number): EntityRecord | null {
  const ties = tiesOf(view);
  if (!ties.length) return null;
  // ("He later offered Raj Patel…": the pronoun is the subject, the person named after it the one paid)
  if (PRONOUN_SUBJECT.test(view.text.slice(view.sentence.start, cueAt)) || PRONOUN_OWNER.test(view.text.slice(view.sentence.start, cueAt))) {
    const before = ties.filter((t) => t.at < view.sentence.start).pop();
    return before && view.sentence.start - before.at <= 600 ? before.employer : null;
  }
  // (the first person named is the clause's subject: "Dale offered Raj Patel…")
  const person = view.names.find((n) => n.kind === 'person' && n.end <= cueAt);
  if (!person) return null;
  const surname = surnameOf(view.text.slice(person.start, person.end));
  return ties.filter((t) => t.surname === surname && t.at < person.start).pop()?.employer ?? null;
}

/** The company the article is about: its most-named company (not assumed, no outlet or investor), named more than any other. */
export function mainCompany(view: SentenceView): EntityRecord | null {
  const orgs = view.entities.entities.filter((e) => e.kind === 'organization' && !e.assumed && !e.media && !e.investor && !e.furniture).sort((a, b) => b.mentions - a.mentions);
  return orgs[0] && (orgs.length === 1 || orgs[0].mentions > orgs[1]!.mentions) ? orgs[0] : null;
}
