import { COMPANY_PLURALS, FRONTED_PARTICIPLE, INVESTMENT_OWNED } from '../entities/coreference.js';
import type { Actor } from '../entities/coreference.js';
import type { EntityRecord } from '../entities/aliases.js';
import type { SentenceView } from './extractor.js';
import { MONTHS } from '../text/months.js';
import { DATELINE } from '../text/dateline.js';
import { isKnownPlace } from '../entities/gazetteer.js';

/**
 * Where things stand in a sentence: clauses, the words around an amount, and which
 * organisation fills the subject or an object slot. Shared by the extractors so that
 * "who is the subject" is decided one way for every claim type.
 */

// Clause breaks: "; ", " - ", parentheses, " but ", " while ", " whereas "
const CLAUSE_BREAK = /; | - | -- |\(|\)| but | while | whereas | although | though /g;

// Clause breaks of each sentence, found once (kept on the view every extractor shares):
// [position, length] pairs in text order.
function clauseBreaks(view: SentenceView): Array<[number, number]> {
  let breaks = view.memo.breaks;
  if (!breaks) {
    breaks = [];
    CLAUSE_BREAK.lastIndex = 0;
    const t = view.sentence.text;
    for (let m = CLAUSE_BREAK.exec(t); m; m = CLAUSE_BREAK.exec(t)) {
      // a short aside in brackets is no clause: "grew 58%, year-on-year (YoY), reaching…", "$3.25bn (£1.7bn)"
      if (m[0] === '(') {
        const close = t.indexOf(')', m.index);
        if (close > m.index && close - m.index <= 24) {
          CLAUSE_BREAK.lastIndex = close + 1;
          continue;
        }
      }
      breaks.push([view.sentence.start + m.index, m[0].length]);
    }
    view.memo.breaks = breaks;
  }
  return breaks;
}

/** Start and end of the clause around an offset. */
export function clauseAround(view: SentenceView, at: number): [number, number] {
  let start = view.sentence.start;
  let end = view.sentence.end;
  const breaks = clauseBreaks(view);
  for (let i = 0; i < breaks.length; i++) {
    const [pos, len] = breaks[i]!;
    if (pos + len <= at) {
      // ("the operators -- A, B, C -- stood respectively at …": an aside between two dashes before the point does not end the
      // clause either; the clause goes on from where it stood before the aside opened)
      if (i > 0 && asideClose(view, breaks, i - 1) === i) start = i > 1 ? breaks[i - 2]![0] + breaks[i - 2]![1] : view.sentence.start;
      else start = pos + len;
    } else if (pos >= at) {
      // ("raised $5 million - its first outside money - led by X": an aside between two dashes does not end the clause)
      const close = asideClose(view, breaks, i);
      if (close >= 0) {
        end = breaks[close + 1]?.[0] ?? view.sentence.end;
        break;
      }
      end = pos;
      break;
    }
  }
  return [start, end];
}

// The index of the dash that closes an aside opened by the dash at breaks[i] (a second dash before any other break, within
// a short stretch), or -1
function asideClose(view: SentenceView, breaks: Array<[number, number]>, i: number): number {
  const [pos, len] = breaks[i]!;
  const next = breaks[i + 1];
  if (!isDash(view, pos, len) || !next || !isDash(view, next[0], next[1]) || next[0] - pos > 150) return -1;
  // (only the first of a pair opens an aside: the dash before it must not be an opener itself)
  let k = i;
  while (k > 0 && isDash(view, breaks[k - 1]![0], breaks[k - 1]![1])) k--;
  return (i - k) % 2 === 0 ? i + 1 : -1;
}

// (a dateline's dash, "LONDON (Reuters) - ", opens no aside)
const isDash = (view: SentenceView, pos: number, len: number) => /^ --? $/.test(view.text.slice(pos, pos + len)) && DATELINE.exec(view.text.slice(view.sentence.start, pos + len))?.[0].length !== pos + len - view.sentence.start;

/**
 * Lower-cased words before an offset, within its clause (at most `max` characters). In a
 * table row, an amount's words-before are its column header: "| Kiteline AI | $3.2B |"
 * under "| Company | Valuation |" reads as "valuation: $3.2B".
 */
/** In a table row: the number of the cell an offset falls in (0 for the first, past a leading "|"). */
export function cellAt(view: SentenceView, at: number): number {
  return view.text.slice(view.sentence.start, at).split('|').length - 1 - (/^\s*\|/.test(view.sentence.text) ? 1 : 0);
}

export function before(view: SentenceView, at: number, max = 90): string {
  const key = wordsKey(at, max, 0);
  const memo = wordsMemo(view);
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  // ("rose 61 percent to$15.7 billion", "about$650 million": scraped text glues a word to the amount; the words before read as if
  // spaced)
  const out = GLUED.test(view.text.slice(Math.max(0, at - 1), at + 1)) ? `${beforeUncached(view, at, max)} ` : beforeUncached(view, at, max);
  memo.set(key, out);
  return out;
}
const GLUED = /^[A-Za-z][$£€¥₹]$/;

// Extractors ask for the same words around the same amount: computed once per sentence,
// kept on the view they share, under a number made of offset, reach and side.
// (reaches are under 1,024 characters)
const wordsKey = (at: number, max: number, side: 0 | 1) => (at * 1024 + max) * 2 + side;
function wordsMemo(view: SentenceView): Map<number, string> {
  return (view.memo.words ??= new Map());
}

function beforeUncached(view: SentenceView, at: number, max: number): string {
  if (view.sentence.kind === 'table' && view.tableHeader) {
    const header = view.tableHeader[cellAt(view, at)];
    const cellStart = view.text.lastIndexOf('|', at - 1) + 1;
    // (the header's words, not its unit in brackets: "Raised (in millions)" reads as "raised")
    if (header) return `${header.replace(/\s*\([^()]*\)/g, '').toLowerCase()}: ${view.text.slice(Math.max(cellStart, at - max), at).trimStart().toLowerCase()}`;
  }
  const [start] = clauseAround(view, at);
  return maskDecimals(view.text.slice(Math.max(start, at - max), at).toLowerCase());
}

// A decimal point is no full stop: "sales rose 2.2% to…" reads like "sales rose 2% to…" to the
// expressions that stop at a sentence's end ("[^.;]"). (Same length: offsets are unchanged.)
const DECIMAL_POINT = /(?<=\d)\.(?=\d)/g;
function maskDecimals(s: string): string {
  return s.includes('.') ? s.replace(DECIMAL_POINT, '·') : s;
}

/** The lead investor of a round the sentence describes: "led by X", "X led the round". */
const RANKING_LED_BY = /\b(?:list|lists|ranking|rankings|table|chart|pack|field|league|index|leaderboard)['’]?\s+(?:(?:is|was|are|were|remains)\s+)?(?:(?:currently|still|now|firmly)\s+)?(?:led|headed) by\s+$/;
export function leadInvestor(view: SentenceView): Actor | null {
  for (const a of view.actors) {
    // (not a ranking a company tops: "the unicorns' list is currently led by Stripe")
    if (/\b(?:led by|co-led by|headed by|spearheaded by|anchored by)\s+(?:the |existing investor |investors? |venture firm )?$/.test(slotOf(view, a)) && !RANKING_LED_BY.test(slotOf(view, a))) return a;
    if (/^ (?:led|co-led|headed|anchored)\b/.test(view.text.slice(a.end, a.end + 10).toLowerCase())) return a;
    // ("Google’s $2.7 billion investment drove a $10 billion valuation": the owner of an investment made it)
    if (a.possessive && INVESTMENT_OWNED.test(view.text.slice(a.end, a.end + 50))) return a;
  }
  return null;
}


/** Lower-cased words after an offset, within its clause (at most `max` characters). */
export function after(view: SentenceView, at: number, max = 90): string {
  const key = wordsKey(at, max, 1);
  const memo = wordsMemo(view);
  let out = memo.get(key);
  if (out === undefined) {
    const [, end] = clauseAround(view, at);
    out = maskDecimals(view.text.slice(at, Math.min(end, at + max)).toLowerCase());
    memo.set(key, out);
  }
  return out;
}

/** Money too small to be a company's valuation, round, revenue or pay (a price: "$1", "$24.71"). */
export function isPocketMoney(q: { kind: string; amount: number | null; max: number | null; min: number | null }): boolean {
  return q.kind === 'money' && (q.amount ?? q.max ?? q.min ?? 0) < 1000;
}


// Words before a name that make it an object, not the subject: "led by X", "from X", "with X"
// (a word after a hyphen is half of a modifier: "the venture-backed X" is no object of "backed")
const OBJECT_SLOT = new RegExp(String.raw`(?:(?<!-)\b(?:from|with|by|to|across|throughout|around|inside|outside|within|beyond|near|during|amid|despite|since|until|upon|including|than|at|of|for|like|versus|vs|over|into|in|on|as|per|through|via|against|between|among|about|after|before|behind|toward|towards|under|alongside|according to|said|says|told|joined|join|joining|joins|backed|than)) (?:(?:the |a |an )?(?:(?!which |who |whom |that |(?:months?|years?|weeks?|days?|quarters?|decades?|${MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|fall|autumn|winter|\d+) )[a-z][\w-]*(?:'s)? ){0,3}?)?$`);

// (a verb of its own after the name: "After acquiring Tegus, Halvard Bank laid off 150 employees")
const CLAUSE_VERB_AFTER = /^ (?:has|have|had|is|was|were|are|will|would|can|could|says|said|now|also|then|laid off|lays off|cut|cuts|shed|sheds|hires|raises|employs|plans|[a-z]{3,}ed)\b/;

/** The word(s) right before an actor, lower-cased ("led by ", "from "). */
export function slotOf(view: SentenceView, actor: Actor): string {
  return view.text.slice(Math.max(view.sentence.start, actor.start - 40), actor.start).toLowerCase();
}

/** Is the actor an object ("from X", "with X", "led by X") rather than a subject? */
export function isObjectSlot(view: SentenceView, actor: Actor): boolean {
  const pre = slotOf(view, actor);
  // a pronoun has no descriptor before it: "over the past six months it…" — "it" is no object
  if (actor.via === 'anaphor' && /^(?:it|its|we|our|us)$/i.test(actor.text) && !/\b(?:from|with|by|to|at|of|for|in|on|into|than|about)\s+$/.test(pre)) return false;
  // "including Accel, Index Ventures and Northzone": the rest of a list shares its slot
  const prev = [...view.actors].reverse().find((a) => a.end <= actor.start);
  // (a reference after the comma starts the main clause: "…from Stripe and Google, the startup was valued")
  // (nor a name after the comma with its own verb: "Launched by Orrin Group, Kestrel Chat has grown to…")
  const gap = prev ? view.text.slice(prev.end, actor.start) : '';
  if (actor.via !== 'anaphor' && prev && /^(?:'s)?(?:,|,? and|,? or|,? as well as)\s+$/.test(gap) && isObjectSlot(view, prev) && !(/^,\s+$/.test(gap) && CLAUSE_VERB_AFTER.test(view.text.slice(actor.end, actor.end + 12)))) return true;
  // ("…after Google hired its leaders", "since Meta said": a name after a conjunction of time, with a verb of its own, is its clause's subject)
  if (/\b(?:after|before|since|until|once)\s+$/.test(pre) && !actor.possessive && CLAUSE_VERB_AFTER.test(view.text.slice(actor.end, actor.end + 12))) return false;
  // ("A spokesperson for the firm confirmed…", "a spokesman at X said": the company speaks through them, as its clause's subject)
  if (SPEAKER_FOR.test(pre)) return false;
  // ("The Kenyan subsidiary of Absa has employed…": a company's unit opening the sentence acts for the company)
  if (UNIT_OF_OPENING.test(view.text.slice(view.sentence.start, actor.start).replace(DATELINE, ''))) return false;
  // ("Known for … savvy TikTok marketing, the e-commerce platform was valued at…": a name inside an opening participial phrase)
  if (actor.via === 'name' && FRONTED_PARTICIPLE.test(view.text.slice(view.sentence.start, actor.start))) return true;
  // "Alphabet Inc.'s Google": the owner is not the subject, the owned is
  return OBJECT_SLOT.test(pre) && !/^(?:.*[.;:!?] |)$/.test(pre);
}
const RISE_OF = /,\s*(?:the )?(?:rise|growth|success|expansion|journey|popularity|story|dominance) of (?:the )?$/i;
const UNIT_OF_OPENING = /^\W*(?:the|a)\s+(?:[\w-]+\s+){0,3}(?:subsidiary|unit|arm|division|branch|affiliate)\s+of\s+$/i;
const SPEAKER_FOR = /(?:^|[.;:!?]\s+|^\W*)(?:a|an|the)\s+(?:spokes(?:person|man|woman)|representative|spokesperson)\s+(?:for|at|of)\s+$/i;

/**
 * "Nikesh Arora at Palo Alto Networks", "Steven Schwarzman of Blackstone": a name nothing vouches
 * for, directly followed by "at"/"of" and an organisation the article vouches for, is someone
 * who works there — not the company meant.
 */
function isAffiliated(view: SentenceView, a: Actor): boolean {
  if (!a.entity.assumed || a.via !== 'name') return false;
  const next = view.actors.find((x) => x.start >= a.end);
  return !!next && !next.entity.assumed && /^,? (?:(?:the |a |an )?[a-z][\w-]* ){0,4}?(?:at|of) (?:the )?$|^ (?:at|of) (?:the )?$/.test(view.text.slice(a.end, next.start));
}

// ("Nscale (AI data centers, $1.1B Series B)": past a few words describing the name, then a comma)
// A phrase opening the sentence that turns to a company: "Moving on to X,", "Turning to X,", "Let's start with X,", "As for X,"
const FRONTED_TOPIC = /^\W*(?:(?:moving|turning|coming|switching|going|looking) (?:on |back |over |now )?to|(?:let['’]s |we(?:['’]ll| will)? )?(?:start|begin|kick off) with|starting with|as for|over at|on to|next up,?) (?:the )?$/i;
const BRACKET_OWNER = /^\s*\(\s*(?:[A-Za-z][A-Za-z&'’ -]{0,40},\s*)?(?:about|around|roughly|over|nearly|up to|~)?\s*$/;

/** "…to replace awards he forfeited when he left the Commonwealth Bank of Australia": a company a person left or worked at before. */
export function personsPast(view: SentenceView, a: Actor): boolean {
  return a.via === 'name' && PERSONS_PAST_BEFORE.test(view.text.slice(Math.max(view.sentence.start, a.start - 50), a.start));
}
const PERSONS_PAST_BEFORE = /\b(?:he|she|they|who)\s+(?:had\s+|has\s+|once\s+|previously\s+|formerly\s+)?(?:left|quit|departed|joined from|worked at|worked for|was at|spent (?:[\w-]+\s+){1,3}at)\s+(?:the\s+)?$/i;

/** "The former Airbnb executive helped orchestrate…": a person's past employer, not the company meant. */
function isFormerEmployer(view: SentenceView, a: Actor): boolean {
  if (a.via !== 'name') return false;
  // ("the research lab started by Yuri Kalmanov, once chief scientist at OpenAI,": a post someone held there before)
  if (ONCE_POST_AT.test(view.text.slice(Math.max(view.sentence.start, a.start - 60), a.start))) return true;
  return /\b(?:former|ex-|onetime|one-time|erstwhile)\s*$/i.test(view.text.slice(Math.max(0, a.start - 12), a.start)) &&
    FORMER_ROLE.test(view.text.slice(a.end, a.end + 40));
}
const ONCE_POST_AT = /,\s*(?:who was\s+)?(?:once|formerly|previously|earlier)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:at|of|with)\s+(?:the\s+)?$/i;
const FORMER_ROLE = /^(?:'s)? (?:[a-z-]+ ){0,2}(?:executive|employee|engineer|staffer|official|boss|chief|head|researcher|scientist|manager|director|ceo|cfo|cto|coo|president|founder|co-founder|veteran|worker|banker|partner|leader|exec|adviser|advisor)s?\b/i;

/**
 * "Zentrix lured Orrin Labs' Jane Doe with…", "poached Apple's head of models": the company whose person a verb of
 * taking people takes is where they came from, not the taker.
 */
function isTakenFrom(view: SentenceView, a: Actor): boolean {
  const before = view.text.slice(Math.max(view.sentence.start, a.start - 40), a.start);
  if (a.possessive) return TAKING_BEFORE.test(before);
  // ("Meta has offered some OpenAI staff packages worth…": a name between a verb of paying or taking and the people it
  // names says where those people work)
  return a.via === 'name' && PEOPLE_NOUN_AFTER.test(view.text.slice(a.end, a.end + 24)) && PAYING_OR_TAKING_BEFORE.test(before);
}
const PEOPLE_NOUN_AFTER = /^ (?:[a-z-]+ )?(?:staff|staffers|employees|researchers|engineers|scientists|executives|talent|people|workers|bankers|traders|developers|designers|leaders|managers)\b/;
// Verbs of taking people on, in every form (the two expressions below share them)
const TAKE_VERBS = String.raw`lur(?:e|es|ed|ing)|poach(?:es|ed|ing)?|hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|woo(?:s|ed|ing)?|tempt(?:s|ed|ing)?`;
const PAYING_OR_TAKING_BEFORE = new RegExp(String.raw`\b(?:offer(?:s|ed|ing)?|pa(?:y|ys|id|ying)|giv(?:e|es|ing)|gave|award(?:s|ed|ing)?|grant(?:s|ed|ing)?|${TAKE_VERBS})(?: (?:some|several|many|a few|dozens of|hundreds of|top|senior|star|the|\d[\d,]*|its rival's|rival))*\s+$`, 'i');
const TAKING_BEFORE = new RegExp(String.raw`\b(?:${TAKE_VERBS}|entic(?:e|es|ed|ing)|court(?:s|ed|ing)|snag(?:s|ged|ging)?|nab(?:s|bed|bing)?|st(?:eal|eals|ole|olen|ealing)|(?:bring|brings|brought|bringing) (?:on|in|over)|land(?:s|ed|ing)?)(?: away)? (?:the )?$`, 'i');

/** "Alphabet's Google": an owner directly before another name is not the actor meant. */
export function isOwnerOfNext(view: SentenceView, actor: Actor): boolean {
  if (!actor.possessive) return false;
  const next = view.actors.find((a) => a.start > actor.end);
  // "Alphabet's Google", "its rival Halvard Robotics"
  return !!next && next.start - actor.end <= 30 && /^(?:'s|')?\s*(?:[a-z][\w-]*\s+){0,3}$/.test(view.text.slice(actor.end, next.start));
}

export interface Picked {
  entity: EntityRecord;
  via: 'name' | 'anaphor' | 'topic';
  actor: Actor | null;
}

/** The passage's company as a subject, for a rule whose sentence names none ("Of these, 350 have left", "X from Y will join as…"). */
export function topicAsSubject(view: SentenceView): Picked | null {
  const t = view.topic;
  return t && t.kind === 'organization' && !t.media ? { entity: t, via: 'topic', actor: null } : null;
}

export interface PickOptions {
  /** Entities that may not be the subject (the counterparty, media). */
  exclude?: EntityRecord[];
  /** Accept actors in object slots too (after "at", "of"…), matched against the words before them. */
  allowSlot?: RegExp;
  /** Investors (VCs, funds) lead rounds and mark valuations; they are not what is valued or funded. */
  notInvestors?: boolean;
  /** Fall back to the topic when the sentence names nobody. Default true. */
  topic?: boolean;
  /** Actors that may not be the subject for a reason of the claim type ("Nvidia chips": the chips' maker). */
  skip?: (view: SentenceView, a: Actor) => boolean;
  /** Asked when the picker finds nobody: a subject the claim type can find its own way ("he" → his employer). */
  fallback?: (view: SentenceView, cueAt: number) => Picked | null;
}

// A conjunction or a verb of saying, then a name's description ("after regional airline "), right before the name
const CONJUNCTION_SLOT = /\b(?:after|before|when|as|since|because|while|although|though|if|that|once|until|where|so|said|says|say|claimed|claims|added|noted|argued|believes|thinks|reckons)\s+((?:[a-z][\w-]*\s+){0,3})$/;
const NOT_DESCRIPTION = /\b(?:of|in|on|at|for|with|from|by|to|into|about|over|under|than|and|or|its|his|her|their|[a-z]+ing|[a-z]+ed)\s/;

/**
 * The subject for a claim whose cue is at `cueAt`: a possessive right before the cue
 * ("TML's $12 billion valuation", "its 2,600 staff"), else the first organisation to the
 * left that is not in an object slot (first in the clause, then in the sentence), else —
 * when the sentence names no organisation at all — its topic (a key-facts bullet, a
 * headline, a fragment).
 */
// Between a name and its amount: a relative clause's pronoun and one verb ("that raised", ", which has secured")
// ("Netflix or Disney, both of which claim more than 200 million users": a relative clause on a pair, src/refine/joint-amounts.ts)
// ("Tarsel Build (construction materials marketplace), which raised": past what the company does, in brackets)
const RELATIVE_BEFORE_CUE = /^(?:\s*\([^()]{1,60}\))?(?:, (?:a|an|the|its|their) [^,]{1,40})?,? (?:(?:both|each|all) of )?(?:which|that|who) (?:has |have |had |also |just |recently )?[a-z]+ (?:a |an |about |around |nearly |more than |over |some |up to )?[$€£¥]?$/;

const WITH_AMOUNT = /^,? with (?:about |around |nearly |more than |over |some |almost |roughly |just |only |an estimated |close to )?[$€£¥]?$/;

// From a name to the cue through a relative clause on it, and its coordinated verbs ("…, which has raised $90 million, has ")
// or a participle going on with its total ("Y, which added 2.2 million customers, taking its base to "), past an aside
// right after the pronoun ("HBO Max, which, combined with HBO, counted ")
// An apposition that describes the name before it and carries the cue: ", another Chinese AI startup with a valuation of",
// ", a fintech valued at", ", the startup now worth"
const DESCRIBED_WITH_CUE = /^, (?:another|a|an|the) (?:[\w-]+ ){0,4}?(?:startup|start-up|company|firm|unicorn|lab|maker|developer|platform|lender|bank|fintech|business|group|provider|rival|competitor)s? (?:with (?:a |an )?(?:[\w-]+ )?(?:(?:valuation|value|revenue|revenues|sales|workforce|staff|headcount|users|customers|subscribers)(?: of)? ?)?|(?:(?:now|recently|last|most recently) )?(?:(?:valued at|worth|that employs|employing|which employs) ?)?)(?:about |around |nearly |more than |some |roughly )?[$€£¥]?$/;
const RELATIVE_TO_CUE = /^(?: \([^()]{1,60}\))?(?:,| -| \()? (?:which|who|that|where|wherein)(?:, [^,;]{1,40},)? [^,;]{0,120}(?:, (?:and )?(?:has|have|had|is|was|are|were|employs|employed|raised|counts|serves|operates|reported|posted|now|also|recently|currently|taking|bringing|pushing|lifting)\b[^,;]{0,80})*$/;

// "Alphabet-backed", "Alphabet and Roc Nation-backed": a backer named inside a modifier of the company noun after it
const BACKED_AFTER = /^(?:['’]s)?(?: and [A-Z][\w&.'’]*(?: [A-Z][\w&.'’]*){0,3})?-(?:backed|owned|funded|controlled|supported|financed)\b/;
// ("The Amazon-style SaaS platform had raised…", "a Netflix-like service", "ChatGPT-era startups": a name made a likeness is no actor)
const LIKENESS_AFTER = /^-(?:style|styled|like|esque|inspired|type|sized|size|era|clone|killer|alike|rival|lite)\b/;
// ("A venture capital fund that's backed by Saudi Arabia's PIF and China's Alibaba Group is close to raising $1 billion": the agent
// of a participle before the cue backs, owns or runs the subject — it is not the subject)
const PARTICIPLE_AGENT_BEFORE = /\b(?:backed|owned|funded|financed|controlled|supported|run|founded|co-founded|operated|set up) by (?:[^,;.()]{0,80}?)$/;
// ("the messaging service, which is similar to WhatsApp and Twitter, has raised…": names a relative clause compares the subject
// with are none of its doers)
const COMPARED_ASIDE_BEFORE = /,\s+(?:which|that|who)\s+(?:is|are|was|were)\s+(?:often\s+|widely\s+|also\s+)?(?:similar to|like|unlike|comparable to|akin to|compared to|compared with|likened to)\s+[^,;()]*$/;
/** The name stands in an aside before the cue that says who backs, runs or resembles the subject: it is not the subject. */
const namedInAside = (view: SentenceView, a: Actor) => {
  const before = view.text.slice(Math.max(view.sentence.start, a.start - 90), a.start);
  return PARTICIPLE_AGENT_BEFORE.test(before) || COMPARED_ASIDE_BEFORE.test(before);
};

function backedModifier(view: SentenceView, a: Actor): boolean {
  const after = view.text.slice(a.end, a.end + 50);
  return BACKED_AFTER.test(after) || LIKENESS_AFTER.test(after);
}

// "317 deals raised a total of US$14.6b", "led the 23 deals in Singapore that raised", "565 startup investments were made … and
// valued at": a count of deals or companies is the clause's subject — a market's total, no one company's (not an adjunct: "in 3 rounds")
const COUNTED_DEALS = String.raw`\b(?:\d[\d,.]*|a total of \d[\d,.]*)\s+(?:[a-z-]+\s+){0,2}(?:deals|rounds|transactions|investments|startups|start-ups|companies|firms|businesses|ventures)\s+(?:(?:in|across|from) [^,;.]{1,40}?\s+)?`;
const COUNTED_DEALS_VERB = String.raw`(?:(?:have|had|has|were|was|together|collectively|jointly)\s+)*(?:raised|drew|attracted|secured|received|collected|made|valued|worth)\b[^.;]{0,50}$`;
// (a relative clause on the count after any preposition: "smashed its record with 23 deals that raised US$2.68b")
const COUNTED_DEALS_BEFORE_CUE = new RegExp(String.raw`(?<!\b(?:in|over|across|from|through|via|of|with|after)\s)${COUNTED_DEALS}${COUNTED_DEALS_VERB}|${COUNTED_DEALS}(?:that|which)\s+${COUNTED_DEALS_VERB}`);
// A decision or plan made by the name after it: "The decision by TSB to cut…"
const DECISION_BY = /\b(?:decision|decisions|plan|plans|move|moves|proposal|proposals|bid|attempt|attempts|intention|effort|efforts|announcement|choice|pledge|promise|commitment) by (?:the )?$/;
// A gerund right after a name, then the cue: " cutting over ", " hiring "
const GERUND_THEN_CUE = /^ [a-z]{3,}ing(?: (?:about|around|nearly|more than|over|some|up to|another|almost|roughly|at least))?(?: [$€£¥]| ?)$/;
// ("Axios wants to call private shops that raise $1 billion 'minotaurs'": the amount is the relative clause's, of many companies)
const MANY_THAT_BEFORE_CUE = /\b(?:companies|startups|start-ups|firms|shops|businesses|players|unicorns|ventures|outfits|those|ones)\s+(?:that|which|who)\s+(?:[a-z]+\s+){1,2}(?:(?:about|over|more than|at least|nearly|some)\s+)?(?:[$€£¥]|US\$)?$/;

// The verb of a clause with a subject of its own, right after that subject (past a relative clause on it): "…, while PalmPay
// claims…", "…, and Forexly, which runs a cloud platform, landed…"
const CLAUSE_VERB = 'has|had|have|is|was|are|were|will|would|could|can|counts|counted|reported|reports|posted|posts|employs|employed|hires|hired|raises|raised|secures|secured|lands|landed|closes|closed|bags|bagged|receives|received|wins|won|gets|got|claims|claimed|boasts|boasted|serves|served|adds|added';
// (any verb in the past: "while Persimmon experienced a revolt against the £75m bonus")
// A verb of raising and only an amount's hedge between a name and the amount: " raise ", " has raised about "
const VERB_THEN_CUE = /^ (?:(?:has|have|had|also|just|now|recently) )?(?:raise|raised|raises|secure|secured|secures|land|landed|lands|bag|bagged|bags|close|closed|closes|gather|gathered|collect|collected) (?:about |around |nearly |more than |over |some |up to |an? )?[$€£¥]?$/;
/** A list's comma right after an amount and its few words ("$28 million in March, "): what follows opens a clause of its own. */
function amountThenComma(view: SentenceView, at: number): boolean {
  return view.quantities.some((q) => q.end <= at && q.start >= view.sentence.start && AMOUNT_TAIL_COMMA.test(view.text.slice(q.end, at)));
}
const AMOUNT_TAIL_COMMA = /^(?: (?:[a-z]+|[A-Z][a-z]+|\d{1,4})){0,3},(?: and)? $/;
const OWN_CLAUSE_AFTER = new RegExp(String.raw`^(?:, (?:which|who) [^,;]{1,80},)? (?:${CLAUSE_VERB}|[a-z]{3,}ed)\b`);
// A pronoun subject with its verb inside a clause fronted before the cue: "when they were doing ", "as it was earning "
const FRONTED_OWN_SUBJECT = /\b(?:when|while|as|after|before|since|because|although|though|if|once|until)\s+(?:they|it|we|he|she)\s+(?:were|was|are|is|had|have|has|did|do|does|would|could|[a-z]+ed)\b/i;
// "Chatterly's parent, ", "its closest rival, ": a relation of a company, renamed by the name after the comma
const RELATION_BEFORE_APPOSITION = /(?:['’]s?|\b(?:[Ii]ts|[Tt]heir))(?: [a-z][\w-]*){0,2} (?:parent|owner|rival|competitor|subsidiary|unit|backer|investor|acquirer|partner|sister company|parent company|holding company), $/;
const RELATIVE_THEN_VERB = new RegExp(String.raw`^, (?:which|who) [^,;()]{1,80}, (?:${CLAUSE_VERB})\b(?: [a-z][\w'-]*){0,7} ?$`);
// ("National Bank, Canada’s sixth-largest by market capitalization, announced plans to…": a description of the name with no
// verb, closed by a comma before the name's own verb)
const DESCRIPTION_THEN_VERB = new RegExp(String.raw`^, (?:[A-Z][\w-]*['’]s |the |its )(?:[\w'’-]+ ){0,6}[\w'’-]+, (?:(?:also|just|recently|then|later|reportedly|now) )?(?:${CLAUSE_VERB}|[a-z]{3,}ed|said|says|plans|expects|intends|aims|hopes|wants|seeks|cut|cuts|axes|sheds)\b(?: [a-z][\w'-]*){0,7} ?$`);

// Flags written as two regional-indicator letters, with the space before each
const FLAGS = /\s*(?:\uD83C[\uDDE6-\uDDFF]){2}/g;
const SUFFIX_BEFORE_DOT = /\b(?:Pvt|Ltd|Inc|Corp|Co|Bhd|Pte|Pty|Plc|plc|Llc|LLC|S\.A|N\.V|Cos)$/;
const AMOUNT_THEN_SEPARATOR = /\d[\d.,]*%?(?:\s+[a-z][\w-]*){0,3}\s*(?:,|;|,?\s+and)\s*$/;
const LISTED_NAME_BEFORE = /(?:,|;|\band)\s+([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:[$€£¥]|Rs\.?\s?|₹)?$/;
const LISTED_ON = /\b(?:listed|traded|quoted|trading) (?:on|in) (?:the )?(?:(?:[A-Z][\w&.'-]*\s+){1,5}\()?$/;
const listedOn = (view: SentenceView, a: Actor) => LISTED_ON.test(view.text.slice(Math.max(view.sentence.start, a.start - 80), a.start));

export function pickSubject(view: SentenceView, cueAt: number, opts: PickOptions = {}): Picked | null {
  // (a table with a company to each column: the cell's column says whose it is)
  if (view.columnOrgs) {
    const org = view.columnOrgs[cellAt(view, cueAt)];
    return org && !opts.exclude?.includes(org) ? { entity: org, via: 'name', actor: null } : null;
  }
  const lead = view.text.slice(Math.max(view.sentence.start, cueAt - 80), cueAt);
  if (MANY_THAT_BEFORE_CUE.test(lead) || COUNTED_DEALS_BEFORE_CUE.test(lead) || GENERIC_ANTECEDENT.test(lead) || SOMEONES_COMPANY_BEFORE_CUE.test(lead)) return null;
  // (not an exchange companies are listed on: "chief executives of companies listed on the Nairobi Securities Exchange (NSE) have departed")
  const ok = (a: Actor) => !backedModifier(view, a) && !namedInAside(view, a) && !listedOn(view, a) && !opts.exclude?.includes(a.entity) && !(opts.notInvestors && a.entity.investor) && !opts.skip?.(view, a) && !isAffiliated(view, a) && !isOwnerOfNext(view, a) && !isFormerEmployer(view, a) && !isTakenFrom(view, a) && !modifiesMany(view, a) && !isSourceAside(view, a) && !inAppositionBefore(view, a, cueAt);
  let leftActors = view.actors.filter((a) => a.end <= cueAt && ok(a));
  // ("on the heels of Kestrel Bank cutting over 200 jobs": a name right before a gerund cue is its doer, even in an object's slot)
  const gerundDoer = leftActors.at(-1);
  // ("…, Tarrow Gates appointing three partners from X in December, and Bartier Perry taking four partners from Y": the cue's own
  // verb in its -ing form right after the name)
  if (gerundDoer && !gerundDoer.possessive && gerundDoer.via === 'name' && (GERUND_THEN_CUE.test(view.text.slice(gerundDoer.end, cueAt)) || (view.text.slice(gerundDoer.end, cueAt) === ' ' && /^[a-z]{3,}ing\b/.test(view.text.slice(cueAt, cueAt + 16))))) return { entity: gerundDoer.entity, via: gerundDoer.via, actor: gerundDoer };
  // ("The decision by TSB to cut 250 roles is a grave mistake": a decision or plan "by X to" do the cue's act makes X its doer)
  if (gerundDoer && !gerundDoer.possessive && /^ to (?:[a-z]+ ){1,2}(?:up to |about |around |some |nearly |more than |as many as )?[$€£¥]?$/.test(view.text.slice(gerundDoer.end, cueAt)) && DECISION_BY.test(slotOf(view, gerundDoer))) return { entity: gerundDoer.entity, via: gerundDoer.via, actor: gerundDoer };
  // A name nothing vouches for yields to an organisation the article vouches for that could be
  // the subject too ("Pay for Nikesh Arora at Palo Alto Networks totalled $151 million")
  const canBeSubject = (a: Actor) => !isObjectSlot(view, a) || (opts.allowSlot?.test(slotOf(view, a)) ?? false);
  // (not the owner right before the amount: "Halvard Robotics' $92 million round and Tarnwick's $6.5 million seed")
  // (nor the name a bracket with the amount follows: "Copperleaf AI ($45m) and Quillmark ($12m)")
  const ownsCue = (a: Actor | undefined) => !!a && ((a.possessive && /^(?:['’]s?)?\s?[$€£¥]?$/.test(view.text.slice(a.end, cueAt))) || BRACKET_OWNER.test(view.text.slice(a.end, cueAt)));
  // ("…include Bazaar, which raised $36.5m, Tajir that raised $17m, QisstPay that secured $15m": the name a
  // relative clause hangs on, right before the amount's verb, is its subject, known or not)
  // ("Jabberwock (Cheetay) that raised $18m": the name before a bracketed other name; "TAG, a marketplace, that raised")
  let relative = leftActors[leftActors.length - 1];
  const bracketed = relative && leftActors.length > 1 && / \($/.test(view.text.slice(leftActors[leftActors.length - 2]!.end, relative.start)) && view.text[relative.end] === ')';
  if (bracketed) relative = leftActors[leftActors.length - 2];
  if (relative && RELATIVE_BEFORE_CUE.test(view.text.slice(relative.end, cueAt))) return { entity: relative.entity, via: relative.via, actor: relative };
  // ("…, followed by Charles Russell Speechlys, which hired four partners": a name the sentence gives no organisation for, right
  // before the relative clause of the amount, is the clause's antecedent — no company before it)
  const lastName = view.names.findLast((n) => n.end <= cueAt && n.start >= view.sentence.start);
  if (lastName && (!relative || lastName.start >= relative.end) && !view.actors.some((a) => a.start <= lastName.start && lastName.end <= a.end) && /^,? which (?:has |have |had |also |just |recently )?[a-z]+ (?:a |an |about |around |nearly |more than |over |some |up to )?[$€£¥]?$/.test(view.text.slice(lastName.end, cueAt))) return null;
  // ("…, Idea Cellular 15.05 crore, BSNL 8.13 crore, Aircel 7.86 crore": in a list of names each before its amount, an amount right
  // after a capitalised name that is no organisation the article knows is that name's — no one's the picker could find)
  // (and an organisation so listed is the amount's: "Vodafone has 17.86 crore subscribers, Idea Cellular 15.05 crore and BSNL 8.13 crore")
  const listedName = LISTED_NAME_BEFORE.exec(view.text.slice(Math.max(view.sentence.start, cueAt - 50), cueAt));
  // (the name before it follows another amount of the list: "15.05 crore, Reliance Communications 10.62 crore" — not "the Qantas and
  // Jetstar 30,000-strong workforce", one amount of two names)
  const listedAt = listedName ? cueAt - listedName[0].length + listedName[0].indexOf(listedName[1]!) : -1;
  if (listedName && AMOUNT_THEN_SEPARATOR.test(view.text.slice(Math.max(view.sentence.start, listedAt - 60), listedAt))) {
    const named = view.actors.find((a) => a.via === 'name' && a.start >= cueAt - listedName[0].length && a.end <= cueAt && /^\s*(?:[$€£¥]|Rs\.?\s?|₹)?$/.test(view.text.slice(a.end, cueAt)));
    if (named) return ok(named) ? { entity: named.entity, via: named.via, actor: named } : null;
    if (!view.actors.some((a) => a.end > cueAt - listedName[0].length && a.end <= cueAt)) return null;
  }
  // "…is followed by Halvard Tel with 56 million subscribers": an amount right after "X with" is X's, wherever X stands
  const withOwner = leftActors[leftActors.length - 1];
  if (withOwner && !withOwner.possessive && WITH_AMOUNT.test(view.text.slice(withOwner.end, cueAt))) return { entity: withOwner.entity, via: withOwner.via, actor: withOwner };
  // "…, with Line at 218 million monthly active users, WeChat at 806 million": a name after "with" (or after a list's comma)
  // and the amount it stands "at"
  if (withOwner && !withOwner.possessive && /^ (?:[a-z]+ )?at (?:about |around |nearly |more than |over |some |almost |roughly |just )?[$€£¥]?$/.test(view.text.slice(withOwner.end, cueAt)) && /(?:\bwith|,|\band)\s+(?:the\s+)?$/.test(view.text.slice(Math.max(view.sentence.start, withOwner.start - 12), withOwner.start))) return { entity: withOwner.entity, via: withOwner.via, actor: withOwner };
  // (not a name that is its own clause's subject, after a contrast: "YouTube had 45.65 million MAUs, while KakaoTalk had 45.56 million")
  // ("Lending startup Tallyfin closed a C$92 million round, and Forexly, which runs…, landed CA$6.5 million": after ", and" too)
  // ("Ajras raised $28 million, Flow48 gathered $25 million": after a list's comma that closes another clause's amount, too)
  const ownClause = (a: Actor) =>
    (/(?:\b(?:while|whereas|but|when|after|since|because|as|once|until|before)|, and|;) $/.test(view.text.slice(Math.max(view.sentence.start, a.start - 9), a.start)) || amountThenComma(view, a.start)) &&
    OWN_CLAUSE_AFTER.test(view.text.slice(a.end, a.end + 100).replace(FLAGS, ''));
  // (nor the name right before the cue's own verb: "…, while in July we saw Culture Amp raise $135 million")
  const lastOne = leftActors[leftActors.length - 1];
  const verbsCue = (a: Actor) => a === lastOne && a.via === 'name' && !a.possessive && VERB_THEN_CUE.test(view.text.slice(a.end, cueAt));
  if (!ownsCue(lastOne) && leftActors.some((a) => a.entity.assumed) && leftActors.some((a) => !a.entity.assumed && canBeSubject(a))) leftActors = leftActors.filter((a) => !a.entity.assumed || ownClause(a) || verbsCue(a));
  // "TML's $12 billion valuation", "the company's 300 employees"
  const lastLeft = leftActors[leftActors.length - 1];
  const owner = lastLeft?.possessive && /^[\s$€£¥\w.,~-]{0,30}$/.test(view.text.slice(lastLeft.end, cueAt).replace(/^'s?/, '')) ? lastLeft : undefined;
  if (owner && cueAt - owner.end <= 30) return { entity: owner.entity, via: owner.via, actor: owner };
  // "Halvard Robotics ($120m, Series C), Copperleaf AI ($45m, Series B)": an amount opening a bracket after a name is that name's
  if (lastLeft && BRACKET_OWNER.test(view.text.slice(lastLeft.end, cueAt))) return { entity: lastLeft.entity, via: lastLeft.via, actor: lastLeft };
  // "the venture, which has around 30 people", "Quillmark, which was valued at…": a relative clause's antecedent
  // ("Halvard Robotics, where its chief executive made $9 million")
  // ("challenge Disney - which in 2004 reported revenues of $30bn": after a spaced dash too)
  // ("X, which has raised $90 million, has 150 employees": the relative clause goes on through coordinated verbs)
  // ("…a $1bn round in Kestrel AI, another Chinese AI startup with a valuation of $2.5bn": an apposition describing the name)
  const antecedent = [...leftActors].reverse().find((a) => RELATIVE_TO_CUE.test(view.text.slice(a.end, cueAt)) || DESCRIBED_WITH_CUE.test(view.text.slice(a.end, cueAt)));
  if (antecedent) return { entity: antecedent.entity, via: antecedent.via, actor: antecedent };
  const [clauseStart] = clauseAround(view, cueAt);
  // "…, while May's yearly sales are $14.4bn": a contrasted clause with its own owner is not about the first clause's company
  // (the break " while " ends before the clause: the clause itself opens with the owner)
  // ("…on iOS and Android, while X pulled in 132 million daily mobile users": nor one whose subject is a name read as no company)
  if (clauseStart > view.sentence.start && /\b(?:while|whereas|but) $/.test(view.text.slice(clauseStart - 9, clauseStart)) && /^[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*(?:'s | (?:has |had |have )?[a-z]+(?:ed|s)\b)/.test(view.text.slice(clauseStart, clauseStart + 60)) && !leftActors.some((a) => a.start >= clauseStart)) return null;
  // ("X's MD was the highest paid, while Kumar Birla was paid Rs 40.5 crore for being a director in four companies": a
  // contrasted clause about another person, naming no company, is not about the first clause's company)
  if (clauseStart > view.sentence.start && /\b(?:while|whereas) $/.test(view.text.slice(clauseStart - 9, clauseStart)) && view.names.some((n) => n.kind === 'person' && n.start >= clauseStart && n.start <= clauseStart + 2 && n.end <= cueAt) && !view.actors.some((a) => a.start >= clauseStart && a.end <= cueAt)) return null;
  // ("with Opel management threatening to cut 12,000 jobs": "with X …-ing" makes X the doer)
  const withDoer = (a: Actor) => /\bwith (?:the )?$/.test(slotOf(view, a)) && /^(?:'s)?(?: [a-z]+){0,2} [a-z]{3,}ing\b/.test(view.text.slice(a.end, a.end + 40));
  // ("Moving on to Bank of America, CEO Brian Moynihan's compensation…", "As for Orvale, its revenue…": a company a fronted phrase
  // turns to is what the sentence is about)
  const frontedTopic = (a: Actor) => FRONTED_TOPIC.test(view.text.slice(view.sentence.start, a.start).replace(DATELINE, '')) && /^,/.test(view.text.slice(a.end, a.end + 1));
  const eligible = (a: Actor) => !isObjectSlot(view, a) || withDoer(a) || (opts.allowSlot?.test(slotOf(view, a)) ?? false) || frontedTopic(a);
  // "…in which Quillmark was able to raise $80 million": the name right before the verb
  // chain (only lower-case words between) is its subject, whoever opened the sentence.
  // (a legal suffix's own dot is no gap: "API Holdings Pvt. was valued at")
  // (a flag after a name is no word: "Stori 🇲🇽 raises $50 Million")
  const rawGap = lastLeft ? view.text.slice(lastLeft.end, cueAt).replace(FLAGS, '') : '';
  const gap = lastLeft && rawGap.startsWith('.') && SUFFIX_BEFORE_DOT.test(lastLeft.text) ? rawGap.slice(1) : rawGap;
  // "…after PRL was valued at": a verb right after the name makes it that verb's subject
  // ("The milestone comes as Starship adds $40 million": a business verb in the present, too)
  const verbFollows = /^ (?:was|were|is|are|has|had|have|will|would|could|can|also|recently|just|reportedly|then|later|already|now|still|itself|[a-z]{3,}ed|raises|secures|lands|bags|closes|adds|cuts|sheds|axes|hires|employs)\b/.test(gap);
  // ("Its closest rival, Danish firm Coldvane, was valued at…": an apposition closes before the verb)
  // ("…, and Forexly, which runs a cloud platform for foreign exchange, landed CA$6.5 million": a relative clause before the verb)
  // ("Chatterly's parent, Brightwell, just crossed 1 billion users": a name renaming a relation of another closes before its verb)
  const appositionVerb = /^, (?:was|were|is|are|has|had|have|will|would|could|can|may|might|must|should)\b(?: [a-z][\w'-]*){0,7} ?$/.test(gap) || RELATIVE_THEN_VERB.test(gap) || DESCRIPTION_THEN_VERB.test(gap) ||
    (!!lastLeft && RELATION_BEFORE_APPOSITION.test(view.text.slice(Math.max(view.sentence.start, lastLeft.start - 40), lastLeft.start)) && /^, (?:(?:just|also|now|recently|already|reportedly|then) )?[a-z]{2,}(?:ed|s)\b(?: [a-z][\w'-]*){0,4} ?$/.test(gap));
  // ("X, valued at $10bn, and Y, valued at $4bn": a participle apposition is the name's before it)
  if (lastLeft && ok(lastLeft) && /^, (?:(?:now|currently|last|most recently|recently|previously|once) )?$/.test(gap) && /^(?:valued|worth)\b/.test(view.text.slice(cueAt, cueAt + 8))) return { entity: lastLeft.entity, via: lastLeft.via, actor: lastLeft };
  // ("Altman said Meta had offered…": a name after a verb of saying, then a verb, is the reported clause's subject)
  // ("…after regional airline Flybe announced…": a description of lower-case words may stand between, no preposition or verb)
  const conj = lastLeft ? CONJUNCTION_SLOT.exec(slotOf(view, lastLeft)) : null;
  const afterConjunction = !!conj && (!conj[1] || !NOT_DESCRIPTION.test(conj[1]));
  // ("Altman claimed Meta was offering huge incentives, like $100 million signing bonuses": examples after a comma are the clause's)
  const examples = /, (?:like|such as|including|notably) $/.test(gap);
  // (not a name a preposition takes inside the aside: "Sonatel, with the same number of customers as Telkom Kenya, had 2,000
  // employees")
  const asideObject = !!lastLeft && /\b(?:as|than|with|like|from|to|of|for|at|by|in|on|against|versus)\s+(?:the\s+)?$/i.test(view.text.slice(Math.max(view.sentence.start, lastLeft.start - 12), lastLeft.start));
  const nearest = lastLeft && (eligible(lastLeft) || (verbFollows && afterConjunction) || (appositionVerb && !asideObject)) && (lastLeft.start >= clauseStart || examples) && (appositionVerb || /^(?:'s)?(?: (?:[a-z][\w'-]*|Series [A-H]\d?|IPO)){0,8}(?:, (?:like|such as|including|notably))? ?$/.test(gap)) ? lastLeft : undefined;
  if (nearest && ok(nearest)) return { entity: nearest.entity, via: nearest.via, actor: nearest };
  const inClause = leftActors.find((a) => a.start >= clauseStart && eligible(a));
  // "Armed with Nvidia's GPUs, Zentrix AI is…": a fronted phrase, the subject follows
  // (not when the fronted clause has a subject of its own: "Back in 2018 when they were doing maybe $2M in revenue, Stripe offered
  // $1.2B to buy them" — the revenue is theirs, not Stripe's)
  const ownSubjectBefore = FRONTED_OWN_SUBJECT.test(view.text.slice(view.sentence.start, cueAt));
  const rightSubject = () =>
    ownSubjectBefore ? undefined : view.actors.find(
      (a) =>
        // ("With 50 million global customers, the rise of Revolut has been astonishing": the company whose rise is the subject)
        a.start >= cueAt && ok(a) && !a.possessive &&
        ((!isObjectSlot(view, a) && /,\s*$/.test(view.text.slice(view.sentence.start, a.start))) || RISE_OF.test(view.text.slice(view.sentence.start, a.start))) &&
        /^\s+(?:is|was|are|were|has|had|have|will|would|can|could|also|now|still|[a-z]+s|[a-z]+ed)\b/.test(view.text.slice(a.end, a.end + 20)),
    );
  // ("Sales reached 2 billion yen, the company said", "Revenue grew to N9.4 billion, according to its chief financial
  // officer": a figure with no company before it, attributed after it to the article's company by a reference, is that
  // company's — not by a name: "a production loss of up to 3,600 vehicles, BMW said" is no claim of BMW's)
  const attributedTo = () =>
    view.actors.find(
      (a) =>
        a.start >= cueAt && ok(a) && !a.entity.media && !a.entity.investor && a.via === 'anaphor' &&
        ((/,\s*$/.test(view.text.slice(view.sentence.start, a.start)) && /^\s+(?:said|says|added|reported|disclosed|told)\b/.test(view.text.slice(a.end, a.end + 12))) ||
          (a.possessive && /\baccording to $/i.test(slotOf(view, a)) && /^['’]?s? (?:chief|ceo|cfo|coo|cto|finance|founder|co-founder|president|spokes|head|filings?|annual report|results|accounts|statement)/i.test(view.text.slice(a.end, a.end + 24)))),
    );
  const pick = inClause ?? leftActors.find(eligible) ?? (leftActors.length === 0 ? rightSubject() ?? attributedTo() : undefined);
  if (pick && reportsOnOthers(view, pick, cueAt)) return null;
  // ("X Review, reported that A and B have each hired…": the one who reports is not whom the report is about when the reported
  // clause opens with a company of its own)
  const reported = pick ? reportedSubject(view, pick, cueAt) : undefined;
  if (reported && ok(reported)) return { entity: reported.entity, via: reported.via, actor: reported };
  if (pick) return { entity: pick.entity, via: pick.via, actor: pick };
  // "…to $3 billion, making it the company's best quarter": the only one the sentence refers to
  const referred = view.actors.filter((a) => ok(a));
  // (not when a subject of another kind opens the clause: "The joint venture has raised $50 billion from its partners")
  if (referred.length && referred.every((a) => a.via === 'anaphor' && a.entity === referred[0]!.entity) && !(view.sentence.kind === 'body' && /^\W*(?:the|a|an|this|that)\s/i.test(view.text.slice(clauseAround(view, cueAt)[0], cueAt)) && hasForeignSubject(view, cueAt))) return { entity: referred[0]!.entity, via: 'anaphor', actor: referred[0]! };
  // "The $18 billion valuation puts PRL ahead…": the amount opens the sentence, its company follows the verb
  // (past a wire's dateline: "LONDON (Reuters) - This is the first agreement between X and Y")
  if (leftActors.length === 0 && /^\W*(?:the|a|an|its|that|this|their)\b(?:\s+\S+){0,3}\s*$/i.test(view.text.slice(view.sentence.start, cueAt).replace(DATELINE, ''))) {
    // (nor a name's acronym in brackets after it: "a $150 million credit facility from Encina Private Credit (EPC)")
    const next = view.actors.find((a) => a.start > cueAt && ok(a) && !/\b(?:from|with|by|of|than|to|at|for|in|on|into|about)\s+(?:the\s+)?$/.test(slotOf(view, a)) && !/\(\s*$/.test(view.text.slice(Math.max(view.sentence.start, a.start - 2), a.start)));
    if (next) return { entity: next.entity, via: next.via, actor: next };
  }
  // (a sentence whose only organisations are investors — "a sale led by Coatue set the valuation at…" — is about the topic)
  // ("A: Everything runs on Amazon Web Services." — in an interview answer the speaker's company is meant)
  // ("Some positions include signing bonuses of $3,000, according to Amazon": the topic as its own source)
  const selfSourced = view.actors.length > 0 && view.actors.every((a) => a.entity === view.topic && /\baccording to (?:the )?$/.test(slotOf(view, a)));
  // ("…first-year analysts will earn about $85,000, the newspaper said": a sentence whose only organisations are the outlets citing it)
  // ("the Alphabet and Roc Nation-backed company first raised $1bn": names that only say who backs the company name nobody)
  const fragment = view.sentence.kind !== 'body' || view.actors.length === 0 || view.actors.every((a) => backedModifier(view, a) || personsPast(view, a)) || selfSourced || (!!view.inAnswer && view.actors.every((a) => !ok(a))) || (!!opts.notInvestors && view.actors.every((a) => a.entity.investor || a.entity.media));
  // ("Silicon Valley tech giant to cut more than 1,400 jobs after sales slow", a related story's headline inside a page: a line past
  // the title whose doer is a company described, not named, is no news of the passage's company)
  const describedDoer = view.sentence.kind === 'heading' && view.sentence.index > 1 && view.actors.length === 0 && DESCRIBED_DOER.test(view.text.slice(view.sentence.start, cueAt));
  // (nor the topic this sentence names as a person's past employer: "Former Faraday creative director appointed Aston Martin chief
  // technology officer" is no news of Faraday doing anything)
  // (nor the topic the sentence names as a backer or a likeness: "the messaging service, which is similar to WhatsApp and Twitter")
  const topicFormer = view.actors.some((a) => a.entity === view.topic && (isFormerEmployer(view, a) || namedInAside(view, a)));
  if ((opts.topic ?? true) && fragment && view.topic && !describedDoer && !topicFormer && !opts.exclude?.includes(view.topic) && !hasGenericSubject(view) && !((view.sentence.kind === 'body' || view.sentence.kind === 'bullet' || COUNTED_COMPANIES.test(view.text.slice(view.sentence.start, cueAt))) && hasForeignSubject(view, cueAt)) && !INDEFINITE_DOER.test(view.text.slice(view.sentence.start, cueAt).replace(/\([^()]*\)/g, ''))) {
    return { entity: view.topic, via: 'topic', actor: null };
  }
  return null;
}

// ("Read here: 121 African tech startups raised $466m in Q1 2024": a count of companies heads a headline's subject too)
const COUNTED_COMPANIES = /\b\d[\d,]*\s+(?:[\w-]+\s+){0,3}(?:startups|start-ups|companies|firms|businesses|fintechs|unicorns|banks|lenders|retailers|airlines|hospitals|employers|manufacturers)\b/i;

// "Altman, leading a startup valued at around $500 billion": the figure is an unnamed company's that a person leads, founded or
// joined — not the name before ("X, a startup valued at" stays X's: no verb of the person's before "a startup")
const SOMEONES_COMPANY_BEFORE_CUE = /\b(?:leading|leads|running|runs|heading|heads|founded|co-founded|founding|started|starting|joined|joining|left|leaving|backing|backs|backed|advising|advises)\s+(?:a|an|another|one)\s+(?:[\w-]+\s+){0,2}(?:startup|start-up|company|firm|business|lab|unicorn)\s+(?:now\s+|currently\s+|reportedly\s+|recently\s+)?(?:(?:valued|worth)(?:\s+at)?\s+(?:about\s+|around\s+|nearly\s+|some\s+|more than\s+|over\s+)?)?$/;

// A relative clause on a market, not a company: "carnage in the $320bn sector, which employs more than 1.3 million people"
// ("Israel's technology sector, whose startups raised $10 billion": the companies of a sector)
const GENERIC_ANTECEDENT = /\b(?:sector|industry|market|economy|country|nation|city|region|state|province|trade|government)s?\s*,?\s*(?:which|that|whose\s+(?:startups|start-ups|companies|firms|businesses|founders))\s+(?:[a-z]+\s+){0,3}$/;

// "…when one bank set up a new division and hired 24 employees": an unnamed company does what the sentence tells, not the
// passage's company
const INDEFINITE_DOER = /\b(?:one|another|a|an|some)\s+(?:(?:rival|competing|small|smaller|large|larger|big|bigger|local|regional|foreign|new|[a-z]+-based)\s+)?(?:bank|company|firm|startup|start-up|lender|insurer|business|competitor|employer|carrier|retailer|airline)(?:['’]s)?\s+(?!(?:of|in|on|at|to|with|for|from|by|that|which|who|whose|and|or|as|is|was|are|were|like|such)\b)[A-Za-z]{2,}\b/;

// "A company that secures…", "Startups that…", "Some firms…": a generic subject, about no one.
// (alternatives tried in turn: as one expression V8 took ~10 ms to compile it at start-up)
const BREADCRUMBS = /^(?:[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2}\s+[/>»›]\s+)+/;
// A wire story's dateline: "LONDON (Reuters) - ", "NEW YORK, May 3 (AP) — "
const WIRE_DATELINE = /^[A-Z][A-Z .'’-]{2,30}(?:, [A-Z][a-z]+\.? \d{1,2})? \([A-Za-z .]{2,20}\) ?[-–—] /;
const GENERIC_SUBJECT = [
  /^(?:half|most|many|some|all|none|few|two-thirds|a third|a quarter|one in \w+) of (?:the|these|those|its|their)\b/i,
  // ("Some of Europe's biggest banks have said…": part of a class of companies, named by a place's possessive)
  new RegExp(String.raw`^(?:half|most|many|some|all|several|a number|a handful|a few) of (?:[A-Z][\w-]*['’]s )(?:[\w-]+ ){0,2}(?:${COMPANY_PLURALS})\b`, 'i'),
  // (not a label: "Average bonus: £11,000" under a bank's name is that bank's)
  /^(?:the )?(?:median|average|typical|overall|combined)\b(?![^:\n]{0,30}:)/i,
  /^(?:(?:and|but|yet|so|still|even|now|today) )?(?:a|an|any|every|each|some|many|most|few|other|such|no|all|these|those) (?:[\w-]+ ){0,3}?(?:company|companies|startup|startups|firm|firms|organi[sz]ations?|labs?|businesses|players?|rivals?|competitors?|investors?|people|researchers|engineers|employees|workers|one|ones)\b/i,
  // ("CEOs pay packages rose to 11.81 crore": the pay of a class of people, no company's)
  /^(?:companies|startups|firms|organi[sz]ations|investors|researchers|people|engineers|employees|workers|analysts|ceos|bosses|executives|chief executives|bankers|directors)\b(?!\s*:)/i,
  // ("Retailers hire tens of thousands of temporary workers", "Supermarkets are rushing to hire…": a trade's companies, unnamed —
  // not "Retailers such as X…", which names them)
  new RegExp(String.raw`^(?:${COMPANY_PLURALS}|supermarkets|grocers|chains|businesses)\b(?!\s*:|,? (?:such as|including|like)\b)`, 'i'),
  // "Indian startups secure $585m", "Nigerian Startups Raised $497 Million", "20 startups collectively raised": many companies
  // ("How 10 Nigerian banks paid over N1 billion to top directors": a headline's count of banks)
  /^(?:(?:how|why|when|where) )?(?:[A-Z][a-z]+(?:-[a-z]+)? |\d[\d,]* )(?:[A-Za-z-]+ )?(?:startups|start-ups|companies|firms|businesses|fintechs|unicorns|scaleups|scale-ups|banks|lenders|insurers|carriers|airlines|telcos|retailers)\b(?!\s*:)/i,
  // ("The top five firms hire between 500 and 1,000 lawyers each", "The largest banks…", "Other lenders…": a class of companies)
  /^(?:the )?(?:top|largest|biggest|leading|big|major|other|smaller|larger|remaining|rival|mid-sized|mid-tier)(?: \w+)? (?:firms|companies|banks|lenders|insurers|carriers|airlines|retailers|startups|start-ups|players|businesses|operators|telcos|groups|employers)\b/i,
  // "The country's banking market…", "The economy…", "Retail sales…": a place or a market, about no company
  // ("Gov’t sees startups raising…": the government's short form too)
  /^(?:the )?(?:country|nation|state|economy|market|industry|sector|government|gov['’]?t|region|continent|city|retail sales|car sales|home sales|house prices|consumer spending|exports|imports)(?:'s)?\b/i,
];

// Words that may head the subject of a sentence about the article's company without naming it:
// the measure itself ("Total sales were…", "Revenues rose…", "About 300 jobs will go"), the deal
// or round ("The round was led by…"), its people ("Staff were told…").
const TOPIC_HEADS = new Set(
  ('sales revenue revenues turnover income profit profits earnings valuation value worth round rounds funding financing raise deal deals ' +
    'arr mrr run-rate bookings billings premiums ' +
    'agreement contract figure figures total number numbers staff staffing workforce headcount employees workers jobs posts positions roles ' +
    'cuts losses layoffs redundancies users customers subscribers members accounts listeners viewers players downloads pay salary salaries ' +
    'package bonus bonuses compensation shares stock offering listing flotation ipo sale secondary transaction tender employment ' +
    'app apps service services platform product products site website network brand business unit division operations chatbot model ' +
    'system software technology tool game console device phone handset ' +
    // the company's own moves ("the end of engine production would mean the loss of 800 jobs")
    'end closure move plan plans restructuring decision merger takeover changes shake-up reorganisation reorganization ' +
    // its sites, whose closing costs its jobs ("All five plants will halt production, resulting in the layoff of 3,300 workers")
    'closures plant plants factory factories mill mills site sites facility facilities works ' +
    // a company described, not named ("France's second largest carmaker enjoyed…")
    'company firm group carmaker maker manufacturer producer retailer chain bank lender insurer airline carrier operator giant startup start-up ' +
    // its people ("Top performers can make US$1 million", "Engineers were told…")
    // (not every trade: "Analysts expect…", "Lawyers for the family said…" are outsiders)
    'performers engineers researchers scientists executives managers hires recruits developers bankers traders graduates interns directors ' +
    'pilots drivers staffers people ' +
    'it they we its their this these that which who').split(' '),
);
// A reporting frame before the clause proper: "Mr Cartagena said (that)…", "it is feared (that)…"
const REPORT_FRAME = /^(?:.*?\b(?:said|says|say|added|adds|told [\w ]{1,30}?|reported|reports|announced|warned|explained|confirmed|claimed|noted|predicted|revealed)|it is (?:feared|expected|thought|believed|understood|estimated|likely|hoped|reported))(?: that)?,? /i;
const LEAD_VERB = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|shall|cut|cuts|shed|sheds|laid|lays|expects?|expected|plans?|planned|hopes?|wants?|needs?|says?|said|looks?|seems?|appears?|remains?|continues?|aims?|raise|secure|attract|receive|land|bag|draw|get|pull|see|saw|collectively|together|[a-z]+ed)$/;
/** "…as CNBC TV 18 had reported earlier, will give the company a valuation…": a source cited in an "as X reported" aside. */
/**
 * "Anthropic, another OpenAI rival, is in talks to raise…", "Tessaly, a rival to Orrin, raised…": a company named inside an
 * apposition on an earlier name (opened by an article after a comma, closed by a comma before the cue) describes that name; it
 * is not the clause's subject.
 */
function inAppositionBefore(view: SentenceView, a: Actor, cueAt: number): boolean {
  if (a.start >= cueAt) return false;
  // ("the banking group, which includes Lloyds, Halifax and the Bank of Scotland, has signed…": or a relative clause on it)
  // (both open with a comma right after the name: asked first, as this runs for every actor the picker weighs)
  const head = view.actors.find((b) => view.text.charCodeAt(b.end) === 44 && b.end <= a.start && b.entity !== a.entity && a.start - b.end <= 80 && ((b.via === 'name' && APPOSITION_OPEN.test(view.text.slice(b.end, a.start))) || RELATIVE_OPEN.test(view.text.slice(b.end, a.start))));
  if (!head) return false;
  // (closed before the cue: ", another OpenAI rival, is…"; a list in a relative clause closes after its last name)
  let close = view.text.indexOf(',', a.end);
  while (close >= 0 && close < cueAt && /^,\s*(?:and\s+)?(?:the\s+)?[A-Z]/.test(view.text.slice(close, close + 40)) && view.actors.some((x) => x.start > close && x.start - close <= 12 && x.start < cueAt)) close = view.text.indexOf(',', close + 1);
  return close >= 0 && close < cueAt && close - a.end <= 60 && !/[;.]/.test(view.text.slice(a.end, close));
}
const RELATIVE_OPEN = /^,\s+(?:which|that)\s+(?:includes|include|included|comprises|comprise|owns|owned|runs|ran|operates|operated|controls|controlled|also owns|counts|spans|brings together|is made up of)\s+[^,;()]*(?:,\s*(?:and\s+)?[^,;()]*)*$/i;
const APPOSITION_OPEN = /^,\s+(?:a|an|another|the|one of(?: the)?)\s(?![^,;]*\b(?:which|who|that|and|said|says)\b)[^,;()]*$/i;

function isSourceAside(view: SentenceView, a: Actor): boolean {
  // ("Dubai – Mubasher: Dubai government-owned carrier Emirates is…": the agency of a dateline opening the sentence)
  if (a.entity.media && /^:\s/.test(view.text.slice(a.end, a.end + 2)) && /^\W*[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2}\s[–—-]\s$/.test(view.text.slice(view.sentence.start, a.start))) return true;
  // ("TechCrunch reached out to ask if Varo actually signed the term sheet for the new $50 million raise": an outlet doing its
  // reporting is no party to what it asks about)
  if (a.entity.media && OUTLET_ASKS_AFTER.test(view.text.slice(a.end, a.end + 40))) return true;
  return /\bas\s+(?:the\s+)?$/i.test(view.text.slice(Math.max(view.sentence.start, a.start - 8), a.start)) && SOURCE_VERB_AFTER.test(view.text.slice(a.end, a.end + 60));
}
const OUTLET_ASKS_AFTER = /^ (?:has |had |also |then )?(?:reached out|asked|contacted|approached|emailed|called|spoke to|spoke with|interviewed|sought comment|requested comment|put (?:the|these) (?:questions?|claims?))\b/;
const SOURCE_VERB_AFTER = /^(?:[\s\w-]{0,16}?)\s(?:had |has |have |was |were )?(?:earlier |previously |first |also |exclusively )?(?:reported|reports|said|says|noted|notes|revealed|learned|learnt|learns|understands|wrote|writes|disclosed|announced)\b/i;

/** "Fintech companies raised…", "SoftBank-backed startups": a name that only says which of many companies are meant. */
function modifiesMany(view: SentenceView, a: Actor): boolean {
  if (a.possessive) return false;
  // ("the Union Square Ventures-funded Shapeways snagged…": a backer named in a modifier is no subject)
  if (/^-(?:funded|backed|owned|led|controlled|run|financed|supported)\b/.test(view.text.slice(a.end, a.end + 12))) return true;
  const next = /^ ([a-z-]+)(?: ([a-z-]+))?/.exec(view.text.slice(a.end, a.end + 40));
  return !!next && (MANY_COMPANIES.test(next[1]!) || (!!next[2] && /^(?:tech|technology|ai|software|payments?|lending|health|media|retail|energy|portfolio)$/.test(next[1]!) && MANY_COMPANIES.test(next[2])));
}

// A plural of companies heads the subject: "38 startups raised…", "Indian startups secure…", "Fintech companies raised…" — a
// total over many, about none of them
const MANY_COMPANIES = /^(?:startups|start-ups|companies|firms|businesses|fintechs|unicorns|scaleups|scale-ups|ventures|lenders|banks|insurers|retailers|brands|players|founders|entrepreneurs|telcos|telecoms|operators|carriers|airlines|automakers|carmakers|hospitals|employers|manufacturers|utilities|chains|miners|producers|continent|region|country|sector|industry|ecosystem)$/;

/**
 * Does the clause around the cue have a subject of its own that names no company and is no
 * measure of one ("the industry expects to see investment worth $10bn", "Efforts to promote
 * French wine are to be boosted by 3.5m euros in funding")? Such a sentence is not about the
 * article's topic, whatever the topic is.
 */
export function hasForeignSubject(view: SentenceView, cueAt: number): boolean {
  const [clauseStart] = clauseAround(view, cueAt);
  // ("Canada's top venture deals raised over $1 billion": a plural that a place owns is the place's many, no one company's)
  const owner = PLACE_OWNER.exec(view.text.slice(clauseStart, cueAt));
  if (owner && isKnownPlace(owner[1]!)) return true;
  return isForeignLead(view.text.slice(clauseStart, cueAt));
}
// A capitalised name's possessive, a few words and a plural head, then the verb ("Canada's top venture deals raised")
const PLACE_OWNER = /^\s*([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['’]s? (?:[a-z-]+ ){0,3}[a-z-]{2,}s (?:(?:have|has|had|collectively|together|also) )?(?:[a-z]+ed|raise|secure|attract|got|won|drew|took|are|were|will)\b/;

// "X estimates that …", "X predicts that …": a verb of saying or finding and its clause ("reports on his newsletter that")
const REPORTS_THAT = /\b(?:estimates?|estimated|predicts?|predicted|forecasts?|forecast|expects?|says?|said|believes?|thinks?|reckons?|suggests?|suggested|shows?|showed|found|finds|reports?|reported|claims?|claimed|warns?|warned|argues?|argued)(?: (?!that\b)[\w'’-]+){0,6}? that /;

/**
 * "Consultancy Strategy Analytics estimates that mobile broadcast networks will have acquired
 * around 51 million users": the one who reports is not whom the report is about when the
 * reported clause has a subject of its own. ("Monzo said that revenue rose to…" is about Monzo.)
 */
/** The company that opens the clause a reporter reports ("X reported that A and B have…" → A), if one does. */
function reportedSubject(view: SentenceView, actor: Actor, cueAt: number): Actor | undefined {
  const gap = view.text.slice(actor.end, cueAt);
  const m = REPORTS_THAT.exec(gap);
  if (!m) return undefined;
  const from = actor.end + m.index + m[0].length;
  const first = view.actors.find((a) => a.start >= from && a.end <= cueAt);
  // (right after "that", a demonym or a place's possessive at most before it: "reported that Chinese Quanxin…")
  // (a name: "its", "the company" after "that" refer back to the reporter)
  return first && first.via === 'name' && first.entity !== actor.entity && /^(?:the |[A-Z][a-z]+ |[A-Z][\w.]*['’]s )?$/.test(view.text.slice(from, first.start)) ? first : undefined;
}

function reportsOnOthers(view: SentenceView, actor: Actor, cueAt: number): boolean {
  const gap = view.text.slice(actor.end, cueAt);
  const m = REPORTS_THAT.exec(gap);
  if (!m) return false;
  const from = actor.end + m.index + m[0].length;
  if (view.actors.some((a) => a.start >= from && a.end <= cueAt)) return false;
  return isForeignLead(view.text.slice(from, cueAt));
}


// A company's chief, saying that he or she will act: "New CEO Bill Winters said he will ", "The chief executive says she plans to "
const EXECUTIVE_SAYS_HE = /^(?:(?:the|its|new|incoming|outgoing) )?(?:ceo|chief executive|chief executive officer|chairman|chairwoman|boss|president|managing director|group chief executive)\b[^.;:]{0,40}?\b(?:said|says|told [\w ]{1,30}?|announced|added)(?: that)?,? (?:he|she) (?:will|would|plans? to|planned to|intends? to|is to|was to|has|had|is|was|wants? to|aims? to)\b/i;

/** Does this run of words, up to a claim's cue, open with a subject that is no company and no measure of one? */
function isForeignLead(text: string): boolean {
  let lead = text.replace(/^[^A-Za-z$€£¥\d]+/, '');
  // a dateline: "New Delhi, March 29 (IANS) The domestic startup ecosystem secured…", "LONDON (Reuters) -"
  lead = lead.replace(DATELINE, '');
  // ("New CEO Bill Winters said he will cut 15,000 staff": a chief who says "he" will act speaks of acting for the company)
  if (EXECUTIVE_SAYS_HE.test(lead)) return false;
  lead = lead.replace(REPORT_FRAME, '');
  // a fronted adverbial: "Last year, …", "In the mountainous country surrounded by South Africa, …"
  // (only a phrase that opens like one: "The 865 million share offer, a mix of…, raised" keeps its subject)
  lead = lead.replace(/^(?:(?:in|on|at|after|before|since|during|despite|following|last|this|next|over|for|however|meanwhile|separately|by|as|with|without|under|from|when|once|if|although|though|according|earlier|later|overall|yesterday|today|now|then|still|also|instead|[a-z]+ly)\b[^,]{0,60}, )(?=[a-zA-Z$€£¥\d])/i, '');
  // ("A handful of researchers recruited this summer were offered…": people taken on are the passage's company's)
  if (TAKEN_ON_PEOPLE.test(lead)) return false;
  const words = lead.split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const subject: string[] = [];
  for (const w of words.slice(0, 8)) {
    const lw = w.toLowerCase().replace(/[^a-z0-9'$€£¥-]/g, '');
    if (subject.length > 0 && LEAD_VERB.test(lw)) break;
    subject.push(lw);
  }
  // the verb chain opens the clause ("…, up 27%", "raised $1bn"): no subject of its own
  if (subject.length === 0) return false;
  // ("52 hospitals, health systems laying off 4K workers": many companies before the cue's own verb are the subject too)
  if (subject.some((w) => MANY_COMPANIES.test(w)) && !/^(?:its|their|our)$/.test(subject[0]!)) return true;
  if (subject.length === words.length) return false;
  if (subject.some((w) => /\d|[$€£¥]/.test(w)) || /^(?:it|its|they|their|we|our|this|these|that|which|who)$/.test(subject[0]!)) return false;
  // the head noun: the last word before a preposition ("Efforts to promote French wine" → efforts)
  const prep = subject.findIndex((w, i) => i > 0 && /^(?:of|to|in|for|at|on|with|by|from|across|under|over)$/.test(w));
  const head = subject[(prep > 0 ? prep : subject.length) - 1]!.replace(/'s?$/, '');
  return !TOPIC_HEADS.has(head);
}

// "Employees at year end: 1,870", "Employees (full-time): 640", "Employees at year end 1,870"
const LABEL_LINE = /^(?:Employees|Staff|Workers|Engineers|Researchers|Customers|Users|Subscribers)\b(?:[^.:\n]{0,32}:|[^.:\n]{0,32}?\s~?[\d,.]+\s*$)/;

/** Does the sentence open with a generic subject ("A company that…") rather than lack one? */
export function hasGenericSubject(view: SentenceView): boolean {
  // a line that opens with a label is a key-value line, about the passage's company
  if (LABEL_LINE.test(view.sentence.text)) return false;
  // (a bullet under a company's heading is one of its key facts: "Amazon" / "- All seasonal employees make at least $18 per hour")
  if (view.sentence.kind === 'bullet' && underCompanyHeading(view)) return false;
  // (past a page's breadcrumb trail: "Home / Companies / News / CEOs pay packages rose…")
  // (and past a wire dateline: "LONDON (Reuters) - Some of Europe's biggest banks…")
  const opening = view.sentence.text.replace(/^[^A-Za-z]+/, '').replace(BREADCRUMBS, '').replace(WIRE_DATELINE, '');
  // ("A handful of researchers recruited this summer were offered…": people the passage's company took on are its own)
  if (TAKEN_ON_PEOPLE.test(opening)) return false;
  if (GENERIC_SUBJECT.some((re) => re.test(opening))) return true;
  // ("IT companies are now seeking skilled programmers… Salaries for these specialised roles range from Rs. 6 to 9 lakh": a
  // sentence that points back with "these" or "such" to what a class of companies does is about the class too)
  if (!BACK_REFERENCE.test(opening)) return false;
  const before = view.text.slice(Math.max(0, view.sentence.start - 400), view.sentence.start).trimEnd();
  const previous = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1).trim();
  return GENERIC_CLASS_OPENING.test(previous);
}
const BACK_REFERENCE = /\b(?:these|those|such)\s+(?:[\w-]+\s+){0,2}(?:roles|jobs|positions|posts|hires|recruits|staff|workers|employees|engineers|graduates|freshers|people|specialists|professionals)\b/i;
const GENERIC_CLASS_OPENING = /(?:^\W*|,\s+)(?:(?:many|most|some|several|other|the|[A-Z]{2,4}|[a-z]+)\s+)?(?:companies|firms|startups|start-ups|employers|banks|lenders|businesses|insurers|retailers|carriers|airlines|tech companies|it companies)\s+(?:are|were|have|had|will|would|can|could|now|also|[a-z]+ed|[a-z]+s)\b/i;
/** The bullet's list sits under a heading that is the topic company's name alone ("Amazon", "Target:"). */
function underCompanyHeading(view: SentenceView): boolean {
  const topic = view.topic;
  if (!topic) return false;
  const before = view.text.slice(Math.max(0, view.sentence.start - 1500), view.sentence.start).split('\n').map((l) => l.trim()).filter(Boolean).reverse();
  for (const line of before) {
    if (/^[-•*▪–]/.test(line)) continue;
    const name = line.replace(/[:.]$/, '').trim();
    return name === topic.name || topic.aliases.includes(name);
  }
  return false;
}
// ("each new hired regular worker will have a one-time bonus of RMB8,500": what each new worker is promised is the passage's company's)
const TAKEN_ON_PEOPLE = /^(?:(?:a handful of|a few|several|some|many|most|dozens of|a number of|the) (?:[\w-]+ ){0,2}?(?:researchers|engineers|scientists|employees|staff|hires|recruits|executives|bankers|people) (?:it |the company |the lab |the firm |the startup )?(?:recruited|hired|poached|lured|brought in|brought on|taken on|signed)\b(?! by\b)|(?:senior |junior |top )?(?:researchers|engineers|scientists|employees|staff|executives|bankers) (?:will|would|are to|are set to|stand to) (?:receive|get|be paid|be offered|earn)\b|(?:each|every) (?:[\w-]+ ){0,3}(?:worker|employee|hire|recruit|staffer|engineer|trainee|graduate|associate|analyst|staff member) (?:will|can|would|could|is to|is set to|stands to) (?:have|receive|get|be paid|be offered|earn)\b)/i;
// ("Engineers will receive hundreds of thousands of dollars each": what is promised to people is said of the passage's
// company; a general statement of what engineers earn is in the present tense)

// A headline's doer described by its trade, no name: "Silicon Valley tech giant to cut…", "EV maker cuts…"
// (in title case too: "Black Owned EdTech App Raises $10.6 Million in Two Years")
const DESCRIBED_DOER = /^\W*(?:[A-Z][\w-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}(?:giant|maker|firm|company|startup|start-up|group|bank|lender|carrier|airline|retailer|operator|platform|chipmaker|carmaker|automaker|insurer|unicorn|conglomerate|app|fintech|edtech|healthtech|proptech|insurtech|agritech)\s+(?:to|plans?|will|cuts?|slashes|sheds|axes|lays|is|has|says|raises|secures|bags|lands|closes|nets|gets|hires|agrees)\b/i;

/** The first actor that starts within `max` characters after `at` (skipping descriptors like "startup"). */
export function actorAfter(view: SentenceView, at: number, max = 40): Actor | null {
  // ("a £20m investment in TV-on-demand": a name glued to a hyphenated word is part of that word)
  const a = view.actors.find((x) => x.start >= at && x.start - at <= max && /^[\s\w.,'-]*$/.test(view.text.slice(at, x.start)) && !/^-[a-z]/.test(view.text.slice(x.end, x.end + 2)));
  if (!a) return null;
  // "Alphabet Inc.'s Google" → Google
  return isOwnerOfNext(view, a) ? view.actors.find((x) => x.start > a.end) ?? a : a;
}

/** Actors in a list starting at `at`: "Meta, Stripe, Anthropic, and Microsoft". */
export function actorList(view: SentenceView, at: number, maxGap = 40): Actor[] {
  const first = actorAfter(view, at, maxGap);
  if (!first) return [];
  const list = [first];
  let last = first;
  for (const a of view.actors) {
    if (a.start <= last.start) continue;
    // "…led by Lightspeed, the company said": a reference after a comma starts a new clause, not the list
    if (a.via === 'anaphor') break;
    const gap = view.text.slice(last.end, a.start);
    // ", ", " and ", ", and ", " as well as ", ", startup "
    // (", and French start-up Mistral": a describing phrase ending in a company noun may stand before the next name)
    // ("the UK's Vodafone and Spain's Telefónica": a country's possessive before each name)
    if (/^(?:'s)?(?:,|,? and|,? or|,? as well as|,? plus|\/)? ?(?:(?:the |AI |rival |startups? |companies )?|(?:the |a )?(?:[\w-]+ ){0,2}(?:startup|start-up|firm|company|lab|rival|group|bank|maker|developer|lender|platform)s? |(?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s )$/.test(gap) && gap.length > 0) {
      list.push(a);
      last = a;
    } else if (a.start > last.end) break;
  }
  return list;
}

/**
 * The run of named organisations the actor stands in, joined by commas, "and" or "&" ("Kestrel, Orvale and Tarrow"), in order;
 * `within` says which names may be in it (the actor alone when it is none of them).
 */
export function joinedNames(view: SentenceView, actor: Actor, within: (a: Actor) => boolean = () => true): Actor[] {
  const named = view.actors.filter((a) => a.via === 'name' && !a.possessive && a.entity.kind === 'organization' && (a === actor || within(a)));
  const i = named.indexOf(actor);
  if (i < 0) return [actor];
  const list = [actor];
  const joins = (gap: string) => /^(?:,|,? and|,? &) $/.test(gap);
  for (let j = i - 1; j >= 0 && joins(view.text.slice(named[j]!.end, list[0]!.start)); j--) list.unshift(named[j]!);
  for (let j = i + 1; j < named.length && joins(view.text.slice(list[list.length - 1]!.end, named[j]!.start)); j++) list.push(named[j]!);
  return list;
}

/**
 * The names a subject stands with at the head of its clause, in text order, itself among them: "Kestrel Electronics and Vantor
 * Group have signed deals…", "Four major corporations — Kestrel, Vantor, Pellam and Quillon — have sealed deals…" (a list set
 * off by dashes after a plural noun that opens the sentence). Just the actor when it stands alone.
 */
export function jointSubjects(view: SentenceView, actor: Actor): Actor[] {
  const list = joinedNames(view, actor);
  if (list.length < 2) return [actor];
  // (a wire's dateline is no part of the sentence: "LONDON (Reuters) - Kestrel and Orvale hired…")
  const lead = view.text.slice(view.sentence.start, list[0]!.start).replace(DATELINE, '');
  // (the pair opens the sentence, after "Both" at most, or a dashed aside after a plural noun that does)
  // (after a dateline too: "GYEONGJU — Four major Korean corporations — Kestrel, …")
  // (or examples of a plural noun opening its clause: "Retailers including Orla, Wexford and Kinder use…", "…, while retailers such as X
  // and Y have turned to…")
  const opens = /^\W*(?:both\s+)?$/i.test(lead) || /(?:^\W*|[—–:-]\s*)(?:[A-Za-z][\w-]*\s+){0,4}[a-z]+s\s*[—–-]\s*$/.test(lead) || /(?:^\W*|[,;]\s+(?:while|whereas|and|but)\s+|\b(?:while|whereas)\s+)(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][a-z]+s,?\s+(?:including|such as|like)\s+$/.test(lead);
  const rest = view.text.slice(list[list.length - 1]!.end, view.sentence.end);
  // ("… and Quillon — as well as the government have sealed…")
  const verbNext = /^\s*(?:[—–-]\s*)?(?:as well as [^,;—–]{1,40}?\s)?(?:have|has|had|will|would|are|were|also|just|each|both|all|jointly|together|[a-z]+ed|use|run|rely|rent|buy|lease|pay|employ|hire|plan|expect)\b/.test(rest);
  return opens && verbNext ? list : [actor];
}

/** The nearest quantity to an offset satisfying a test. */
export function nearest<T extends { start: number; end: number }>(items: T[], at: number, ok: (x: T) => boolean): T | undefined {
  let best: T | undefined;
  let bestDist = Infinity;
  for (const x of items) {
    if (!ok(x)) continue;
    const d = x.start >= at ? x.start - at : at - x.end;
    if (d < bestDist) [best, bestDist] = [x, d];
  }
  return best;
}

/**
 * The other companies a distributive amount is also said of: "X and Y each secured $5 million", "Both X, a brand, and Y,
 * a maker, secured $20 million each", "X of the U.S. and Chinese smartphone maker Y are both estimated to be worth more than
 * $40 billion" — the names coordinated with the subject before the amount, in its clause.
 */
export function coordinatedSubjects(view: SentenceView, q: { start: number; end: number }, subject: EntityRecord, exclude: readonly EntityRecord[] = []): Actor[] {
  // (the distributive word between the names and the amount, or right after the amount: "each raised", "$5 million each" — not
  // "500 jobs each year")
  const before = view.text.slice(Math.max(view.sentence.start, q.start - 120), q.start);
  const eachAfter = /^\s*(?:[a-z]+\s+)?each\b(?!\s+(?:year|month|week|day|quarter|time))/i;
  if (!/\b(?:each|both)\b/i.test(before) && !/\beach$/i.test(view.text.slice(q.start, q.end)) && !eachAfter.test(view.text.slice(q.end, Math.min(view.sentence.end, q.end + 16)))) return [];
  // (the sentence up to the amount: the list's commas and descriptions may split it into clauses; its shape is checked below)
  // (not a word describing the company after it: "Fintech startup Pelocal")
  const named = view.actors.filter((a) => a.via === 'name' && a.end <= q.start && !a.possessive && !a.entity.investor && !a.entity.media && !exclude.includes(a.entity) && !/^ (?:startup|start-up|platform|firm|company|venture|brand|maker|provider|lender)\b/.test(view.text.slice(a.end, a.end + 12)));
  if (named.length < 2 || !named.some((a) => a.entity === subject)) return [];
  // (joined as a list: only commas, "and", descriptions between them, no verb — a place the first is "of" may follow it)
  for (let i = 1; i < named.length; i++) {
    const gap = view.text.slice(named[i - 1]!.end, named[i]!.start);
    if (!COORDINATED_GAP.test(gap) || !/,|\band\b|&/.test(gap)) return [];
  }
  return named.filter((a, i) => a.entity !== subject && named.findIndex((b) => b.entity === a.entity) === i);
}
const COORDINATED_GAP = /^(?: of the (?:U\.S\.|US|UK|U\.K\.|[A-Z][a-z]+))?(?:,(?: (?:a|an|the) [^,;]{1,60},)?)? (?:and )?(?:[A-Za-z][\w-]* ){0,3}$/;
