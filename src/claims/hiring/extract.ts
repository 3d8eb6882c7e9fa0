import { CLUB_NAME_WORDS, OCCUPATIONS, WEIGHTY_NOUNS } from '../staff-words.js';
import type { Actor } from '../../entities/coreference.js';
import type { Extractor, RawClaim, SentenceView } from '../extractor.js';
import { anyOf } from '../gate.js';
import { actorAfter, actorList, clauseAround, isObjectSlot, isOwnerOfNext, jointSubjects, pickSubject } from '../slots.js';
import { ruleExtractor } from '../rules.js';
import { mainCompany, subjectPersonsEmployer } from '../people.js';
import { REFUSED_OFFER } from './moves.js';
import { RULES as TOKEN_RULES, frontedLength } from './rules.js';
import { isDemonym, isKnownPlace } from '../../entities/gazetteer.js';

/** The token rules of ./rules.ts, run beside the extractor below (which finds sources after the verb). */
// ("Roe poached three researchers from Quillmark Labs" after "Zentrix AI CEO Dana Roe": the boss's company hires)
export const hiringRules = ruleExtractor('hiring', TOKEN_RULES, {
  countUnit: 'people',
  pick: {
    fallback: (view, cueAt) => {
      const e = subjectPersonsEmployer(view, cueAt);
      return e ? { entity: e, via: 'anaphor', actor: null } : null;
    },
  },
});

/**
 * Companies listed after a colon that each hired a count: "the following firms all hired 2 partners apiece: Burges Salmon,
 * Charles Russell, Fladgate and Withers" — a hire of that count by each company of the list (no source named).
 */
const EACH_HIRED = /\b(?:firms|companies|banks|businesses|employers|lenders|funds|startups|groups|insurers|retailers),?\s+(?:(?:all|each|also|have|had|both)\s+)*(?:hired|recruited|added|took on|taken on|brought in|poached)\s+$/i;
const PEOPLE_THEN_COLON = /^\s+(?:new\s+|more\s+)?(?:[a-z-]+\s+)?(?:partners|people|staff|lawyers|bankers|engineers|employees|executives|laterals|hires|recruits|analysts|associates|researchers)\s+(?:apiece|each|in total)?\s*:\s*$/i;
export const hiringEach: Extractor = {
  type: 'hiring',
  extract(view: SentenceView): RawClaim[] {
    // (the sentence's own colon: a search of the text would run on to the article's end for each sentence)
    const at = view.sentence.text.indexOf(':');
    if (at < 0) return [];
    const colon = view.sentence.start + at;
    const q = view.quantities.find((x) => x.kind === 'count' && x.end <= colon && EACH_HIRED.test(view.text.slice(view.sentence.start, x.start)) && PEOPLE_THEN_COLON.test(view.text.slice(x.end, colon + 1)));
    if (!q) return [];
    const value = q.unit === null ? { ...q, unit: 'people' } : q;
    return view.actors
      // (the list says they are firms: each name is vouched for as a company)
      .filter((a) => a.start > colon && a.via === 'name' && a.entity.kind === 'organization' && !a.entity.media)
      .map((a) => ({ type: 'hiring' as const, subject: a.entity, counterparty: null, value, sentence: view.sentence, reason: 'hiring/each-of-list', confidence: 0.74, subjectVia: 'name' as const, cueAt: a.start, vouched: true, shared: true }));
  },
};

/**
 * hiring told in a sentence of its own after the hire: "Rest of the executives were from HCL Technologies, Zensar and Tech
 * Mahindra", "The new recruits came from Kestrel Bank and Orrin Capital" — the people of a hire just told came from the companies
 * listed, and the company the passage is about hired them.
 */
const HIRES_CAME_FROM = /^\W*(?:(?:the )?(?:rest|remainder|others|most|many|some|half|all|several|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten) of (?:the |these |those |its |their )?(?:[\w-]+ )?(?:hires|recruits|executives|partners|bankers|lawyers|engineers|researchers|staff|employees|people|them)|(?:the|these|those|its|their|other) (?:new |recent |latest |other )?(?:hires|recruits|executives|partners|bankers|lawyers|engineers|researchers))\s+(?:(?:were|was|are|had|have|all|also|mostly|largely|mainly|reportedly) )*(?:(?:came|come|hailed|hail|poached|hired|recruited|lured|drawn) )?from (?:rivals? |companies |firms |banks )?(?:such as |including |like )?$/i;
// (a hire told just before: its verb in the sentences before this one)
const HIRE_TOLD_BEFORE = /\b(?:hir(?:ed|es|ing)|poach(?:ed|es|ing)|recruit(?:ed|s|ing)|lur(?:ed|es|ing)|brought in|taken on|took on)\b/i;
export const hiresCameFrom: Extractor = {
  type: 'hiring',
  cue: () => ({ pattern: /\bfrom\b/, named: true }),
  extract(view: SentenceView): RawClaim[] {
    const first = view.actors.find((a) => a.via === 'name' && HIRES_CAME_FROM.test(view.text.slice(view.sentence.start, a.start)));
    const hirer = view.topic;
    if (!first || !hirer || hirer.kind !== 'organization' || hirer.media || hirer.investor) return [];
    if (!HIRE_TOLD_BEFORE.test(view.text.slice(Math.max(0, view.sentence.start - 400), view.sentence.start))) return [];
    return actorList(view, first.start)
      .filter((a) => a.entity !== hirer && !a.entity.media)
      .map((a) => ({ type: 'hiring' as const, subject: hirer, counterparty: a.entity, value: null, sentence: view.sentence, reason: 'hiring/hires-came-from', confidence: 0.72, subjectVia: 'topic' as const, cueAt: a.start }));
  },
};

/**
 * hiring: a company hires people who come from another company. One claim per
 * (hirer, source) pair. The source is named after "from" ("recruiting from Meta, OpenAI
 * and Apple"), as the people's former employer ("former Google researchers", "two
 * co-founders of Brindle AI", "Windmere AI's co-founders are joining Google").
 */

interface Rule {
  reason: string;
  confidence: number;
  /** Finds the hire verb; the hirer is the sentence subject unless `hirerAfter`. */
  verb: RegExp;
  /** The hirer is the object after the verb ("joining Google", "joined xAI"). */
  hirerAfter?: boolean;
  /** The sentence subject is the source ("X lost five engineers to Meta"). */
  loserIsSource?: boolean;
}

const PEOPLE = '(?:(?:top|senior|leading|star|key|elite|former|some|several|dozens of|hundreds of|many|more|other|its|their|two|three|four|five|six|seven|eight|nine|ten|[0-9,]+|about|around|nearly|more than|at least|ai|ml|robotics|robotic|machine learning|research|top-rated|veteran|talented|high-profile|[\\w-]+)\\s+){0,5}?(?:researchers?|engineers?|scientists?|employees?|staff(?:ers)?|executives?|talent|people|leaders?|co-?founders?|founders?|team members?|members|workers|hires|experts?|specialists?|developers?|designers?|managers?|investigators?|ceos?|ctos?|cfos?|team)';

const RULES: Rule[] = [
  // "Quillmark lost five engineers to Meta", "lost its head of design, Tom Reyes, to Y": the loser is the source, the one after "to" the hirer
  { reason: 'hiring/lost-to', confidence: 0.85, verb: /\b(?:lost|los(?:e|es|ing))(?= (?:[\w'’-]+,? ){0,8}?to [A-Z])/i, hirerAfter: true, loserIsSource: true },
  // "Windmere AI Founders Hired by Google", "whose best engineers were hired away by Amazon"
  { reason: 'hiring/hired-by', confidence: 0.85, verb: /\b(?:hired|poached|recruited|lured|snapped up|picked up|(?:reverse-)?acqui-?hired)(?: away)? by\b/, hirerAfter: true },
  // "hired 25 researchers from Northgate University", "has been recruiting engineers from Meta", "poached talent from OpenAI",
  // "appointing three partners from HWL Ebsworth", "taking four partners from Coleman Grieg" (a count of staff from a company)
  { reason: 'hiring/hired-from', confidence: 0.9, verb: /\b(?:hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|poach(?:es|ed|ing)?|pluck(?:s|ed|ing)?|lur(?:e|es|ed|ing)|draw(?:s|ing)? from|drew from|snapp(?:ed|ing) up|pick(?:s|ed|ing) up|brought on(?! behalf)|brought over|brought in|bring(?:s|ing)? (?:on(?! behalf)|over|in)|add(?:s|ed|ing)?(?= (?:\d+|[a-z]+) (?:former|ex-))|(?:appoint(?:s|ed|ing)?|t(?:ake|akes|ook|aking|aken))(?= (?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|a team of|a group of) (?:[\w-]+ ){0,2}?(?:partners|lawyers|attorneys|solicitors|bankers|engineers|researchers|staff|employees|executives|associates|people) from\b)|attract(?:s|ed|ing)?|acqui-?hir(?:e|es|ed|ing)|pull(?:s|ed|ing)? in|nabb(?:ed|ing)|snag(?:s|ged|ging)?|grabb(?:ed|ing)|tapp(?:ed|ing)|raid(?:s|ed|ing)?|wooed|woo(?:s|ing)?|extend(?:s|ed|ing)? (?:job )?offers|offer(?:s|ed|ing)? jobs)\b/ },
  // "Windmere AI's co-founders are joining Google", "will join Alphabet's Google", "defected to Meta"
  { reason: 'hiring/joins', confidence: 0.85, verb: /\b(?:join(?:s|ed|ing)?|will join|defect(?:s|ed|ing)? (?:en masse )?to|mov(?:e|es|ed|ing) to|jump(?:s|ed|ing)? (?:ship )?to|left (?:\w+ ){0,4}?for|leav(?:e|es|ing) (?:\w+ ){0,4}?for|exit(?:s|ed|ing)? (?:\w+ ){0,4}?for|decamp(?:s|ed|ing)? to|depart(?:s|ed|ing)? for|head(?:s|ed|ing)? to|(?:lured|poached|tempted|enticed|wooed)(?: away)? to)\b/, hirerAfter: true },
];

// "the Windsurf CEO and some researchers will join Google", "a Copperleaf veteran, joins…": a company named by the title of its person
// (not an outside commentator: "a Kestrel Partners analyst said Tom Reyes will join…")
const TITLE_AFTER = /^ (?:co-?founder|founder|(?:co-|joint |interim |acting |deputy )?ceo|co-head|co-president|co-chief executive|deputy chief executive|cto|cfo|coo|cio|cmo|cro|cso|cdo|chief executive|chief technology officer|chief scientist|president|chairman|executive|exec|veteran|alumnus|alum|engineer|researcher|scientist|boss|vice president|vp|director|manager|designer|developer)\b(?! of\b)(?!'s)/i;
// Between a verb of joining and the company joined: an article, or a descriptor ending in a company noun ("UK bank", "a
// new platform at")
const JOINED_GAP = new RegExp(String.raw`^\s*(?:the |rival |startup |start-up |ai startup |its |their |(?:[A-Z]{2,4}|[A-Z][a-z]+) (?:bank|lender|insurer|carrier|airline|broker|group|giant|${WEIGHTY_NOUNS}) |(?:a|the) new (?:platform|unit|team|division|desk|arm|venture) (?:at|of|within) )?$`);
// A person's time at the company they leave: "who spent a decade at X", "after nine years at X", "previously worked at X"
const TENURE_BEFORE = /\b(?:(?:years?|decades?|months?|stint|spell|tenure|career|time) (?:\w+ ){0,2}?(?:at|with)|(?:worked|working|served|serving) (?:\w+ ){0,2}?(?:at|for))\s+(?:the\s+)?$/;
// What follows a company joined beside its people: its own people, or a joint act
export const JOINED_BESIDE = /^(?:'s)? (?:ceo|chief|president|chairman|founder|co-founder|boss|executives?|officials?|(?:advisory |supervisory )?board)\b|^ (?:engineers|researchers|scientists|staff|employees|colleagues|workers)\b|^ (?:and [^,]{0,30} )?in (?:calling|urging|criticising|criticizing|backing|supporting|condemning|opposing|signing|pledging|suing|a (?:call|letter|pledge|lawsuit|suit|coalition|consortium|bid|campaign))\b|^ on stage\b/i;

// Between a company and its own verb: auxiliaries and adverbs only
const COMPANY_THEN_VERB = /^(?:\s+(?:would|will|also|has|have|had|is|are|was|were|to|could|may|might|should|shall|now|then|soon|later|recently|formally|officially|both|each|all))*\s+$/;
// What a company lures or poaches that is not its staff
// (and money: "attracted strong funding, getting multi-million-dollar funding from Wamda Capital")
const NOT_STAFF = /\b(?:customers?|shoppers?|users?|subscribers?|clients?|viewers?|listeners?|readers?|passengers?|patients?|students?|volunteers?|investors?|buyers?|advertisers?|depositors?|savers?|voters?|fans?|tourists?|visitors?|players?|gamers?|business|deposits|money|funds|cash|capital|funding|investments?(?! bank)|financing|backing|traffic|market share|accounts?|contracts?|orders?|members?)\b/;


// What moves to a rival that is not staff (NOT_STAFF without members or volunteers, who may be staff)
const NOT_MOVERS = /\b(?:customers?|shoppers?|users?|subscribers?|clients?|viewers?|listeners?|readers?|passengers?|patients?|students?|investors?|buyers?|advertisers?|depositors?|savers?|voters?|fans?|tourists?|visitors?|gamers?|deposits|money|funds|cash|capital|traffic|market share|accounts?|contracts?|orders?)\b/;

// The occupations' words, singular too ("engineer", "pilots"): one list with the other claim types (staff-words.ts)
const PEOPLE_WORDS = OCCUPATIONS.map((w) => (w.endsWith('s') ? `${w.slice(0, -1)}s?` : w)).join('|');
// MOVERS without its pronouns: a noun for people
const MOVER_NOUNS = new RegExp(String.raw`\b(?:${PEOPLE_WORDS}|talent|people|leaders?|co-?founders?|founders?|team|members|experts?|partners?|ceo|cto|cfo|coo|chief|president|head|director|vp)\b`);
/**
 * A company, or a list of them, opens the clause of the verb at `verbAt` as its subject ("Team8 said that Microsoft Ventures and
 * Qualcomm Ventures would join…") — not people "from X and Y" who join.
 */
function companiesJoin(view: SentenceView, verbAt: number): boolean {
  let i = view.actors.findLastIndex((a) => a.end <= verbAt);
  const last = view.actors[i];
  if (!last || last.possessive || last.via !== 'name' || !COMPANY_THEN_VERB.test(view.text.slice(last.end, verbAt))) return false;
  while (i > 0 && /^(?:,\s*|,?\s+and\s+)$/.test(view.text.slice(view.actors[i - 1]!.end, view.actors[i]!.start))) i--;
  return /(?:^\W*|[,;:]\s*|\b(?:that|while|and|but)\s+)(?:the\s+)?$/.test(view.text.slice(view.sentence.start, view.actors[i]!.start));
}

/** Where the last match of a pattern starts in a text, or -1. */
function lastMatch(re: RegExp, text: string): number {
  const g = new RegExp(re.source, 'g');
  let at = -1;
  for (let m = g.exec(text); m; m = g.exec(text)) at = m.index;
  return at;
}

// A club's or a racing team's name, or a word of sport
const SPORT_SIDE = new RegExp(`\\b(?:${CLUB_NAME_WORDS}|team|club|squad|racing|F1|Formula One|league|season)\\b`);
// Who can join or be hired away: people, roles, pronouns for them
const MOVERS = new RegExp(String.raw`\b(?:${PEOPLE_WORDS}|talent|people|leaders?|co-?founders?|founders?|team|members|experts?|partners?|ceo|cto|cfo|coo|chief|president|head|director|vp|boss|bosses|chairman|chairwoman|veterans?|alum|alumni|alumnus|he|she|they|who|whom|[a-z]+ists?)\b`);

// Any rule's verb (case-blind, as the first rule is; the others read lower-cased text)
const ANY_VERB = anyOf(RULES.map((r) => r.verb), 'i');

// "Quillmark employees", "Co-Founders", "OpenAI researchers": people named by their company
const PEOPLE_AFTER = /^(?:'s)? (?:top |senior |former |key |star )?(?:co-?founders?|founders?|employees|staff(?:ers)?|researchers|engineers|executives|scientists|talent|team)\b/i;

// The source company: "from Meta", "from startup Brindle AI", "from across the industry, including OpenAI"
const FROM_SLOT = /\b(?:from|of|including|includes|like|such as|and from|leaving|left|quitting|quit|departing)\s+(?:(?:the |startup |rival |ai startup |ai lab |companies |firms |labs )?(?:[\w-]+ ){0,2}?)?$/;
// ("from UK lending startup Funding Circle", "from British fintech firm X": a place or its people's adjective, then what the company
// does, before it; case kept)
const FROM_PLACE_SLOT = /\bfrom\s+(?:the\s+)?([A-Z][\w.-]*)\s+(?:[a-z][\w-]*\s+){1,2}$/;
// A person taken on by a past post: "the former president of …", "an ex-chief executive of …"
const FORMER_OFFICER = /^ (?:the|a|an|its|their) (?:former|ex-)\s*(?:[a-z-]+ ){0,2}?(?:president|chief|head|director|executive|ceo|cfo|cto|coo|manager|partner|chairman|chairwoman)\b/;
// "former Google researchers", "ex-OpenAI staff", "OpenAI veterans", "Meta alumni"; a post held before, named with its
// title: "previously chief operating officer at X", "the former head of research at X", "until recently a partner with X"
const FORMER_BEFORE = /\b(?:(?:former|ex-|previously at|formerly of|formerly at|alumni of|veterans? of)\s*|(?:former|previously|formerly|until recently|most recently|ex-[a-z][\w-]*)\s+(?:[a-z][\w-]*\s+){0,5}?(?:at|of|with)\s+(?:the\s+)?)$/;

const TEAM_LIST_TAIL = new RegExp(`^,? (?:and |or )?(?!(?:joined|join|joins|joining|have|has|had|are|were|was|is|left|moved|will)\\b)(?:[a-z][\\w-]* ){1,3}(?:(?:and|or) (?:[a-z][\\w-]* ){0,2})?${PEOPLE}\\b`);

const MONEY_OBJECT = /^\s+(?:(?:a|an|another|nearly|about|almost|over|more than|some|roughly|around|up to|a further|an extra|an additional)\s+)?(?:[$€£¥₹]|(?:US|A|C|S|HK|NZ)\$|(?:USD|EUR|GBP|INR|Rs\.?)\s?\d|\d[\d.,]*\s*(?:million|billion|m|bn|mn|crore|lakh)\b)/i;
const ENGAGED_AS = /^(?:['’]s?)?\s+(?:as|to act as) (?:a|an|its|their|the) (?:[\w-]+ )?(?:consultant|adviser|advisor|auditor|lawyer|counsel|broker|underwriter|bookrunner|supplier|vendor|contractor)\b/i;
const COMPARED_BEFORE = /\b(?:compared (?:to|with)|than|unlike|relative to|ahead of|outpac\w+|peers|rivals)\b[^.;]*$/;

// ("Three OpenAI researchers who built the company's Zurich office are leaving for": the counted people, a relative clause on
// them, then the verb)
const COUNTED_WHO = /^[\w,.-]+\s+(?:[A-Z][\w&.'’-]*\s+){0,3}(?:[a-z-]+\s+)?(?:researchers|engineers|scientists|employees|staff(?:ers)?|executives|developers|designers|managers|bankers|traders|analysts|people|workers)\s+(?:who|that)\s+[^;.]*$/;

// A count of time, not people: "after eight years at X"
const TIME_AFTER = /^\s*(?:years?|months?|decades?|weeks?|days?)\b/i;

/** "Microsoft's GitHub": a possessive owner of the company named right after it. */
function ownerOfNextName(view: SentenceView, a: Actor): boolean {
  return a.possessive && view.actors.some((b) => b.start > a.end && b.via === 'name' && /^['’]?s?\s+$/.test(view.text.slice(a.end, b.start)));
}

// The person taken, by their post at the company they leave: "hired a top-ranking designer at French automaker Renault"
const POST_AT_BEFORE = new RegExp(String.raw`\b(?:a|an|the|two|three|four|five|several|\d+) (?:[\w-]+ ){0,3}?(?:${PEOPLE_WORDS}|designer|executive|director|manager|partner|officer|head|chief|president|vp) (?:at|with) (?:[\w-]+ ){0,3}$`);
function sourcesFor(view: SentenceView, from: number, hirer: Actor | null): Actor[] {
  const out: Actor[] = [];
  for (const a of view.actors) {
    if (a.start < from || (hirer && a.entity === hirer.entity)) continue;
    // ("from Google's DeepMind": the owner of the company named next is not a source of its own)
    if (ownerOfNextName(view, a)) continue;
    const pre = view.text.slice(Math.max(view.sentence.start, a.start - 60), a.start).toLowerCase();
    // "of X" names the people's employer only after a people noun: "two co-founders of Inflection AI"
    // ("takes delivery of new Airbus jets": an "of" slot with words between is a source only after people too)
    const ofSource = /\bof\s+(?:[\w-]+\s+){0,2}$/.test(pre) && !/\bfrom\b/.test(pre);
    // "offers to several Quillmark employees": a company named right before the people it loses
    const peopleOfIt = PEOPLE_AFTER.test(view.text.slice(a.end, a.end + 40)) && /\b(?:to|of|at|several|some|many|dozens of|hundreds of|\d+)\s+$/.test(pre);
    // ("hired Tessaly Group as a consultant": a firm engaged for a service is no source of people)
    if (ENGAGED_AS.test(view.text.slice(a.end, a.end + 40))) continue;
    // ("It had hired more compared to its peers like Wipro, TCS": companies it is compared with lose no one to it)
    if (COMPARED_BEFORE.test(pre) && !/\bfrom\b/.test(pre)) continue;
    // ("rounding out a series of hiring announcements by top retailers including Target, Macy's…": companies that do the
    // same, listed after the ones who do it, lose no one)
    if (/\bby (?:[\w-]+ ){0,3}(?:including|includes|like|such as)\s+$/.test(pre)) continue;
    const placed = FROM_PLACE_SLOT.exec(view.text.slice(Math.max(view.sentence.start, a.start - 60), a.start));
    const fromPlace = !!placed && (isKnownPlace(placed[1]!.toLowerCase()) || isDemonym(placed[1]!.toLowerCase()));
    if ((FROM_SLOT.test(pre) && (!ofSource || isPeopleOf(view, a))) || fromPlace || FORMER_BEFORE.test(pre) || TENURE_BEFORE.test(pre) || peopleOfIt || POST_AT_BEFORE.test(pre)) {
      let list = actorList(view, a.start);
      // "former Tesla Autopilot, QA, Powertrain, mechanical design and firmware engineers": a list that
      // goes on in lower case lists teams of the first company, not companies
      if (list.length > 1 && TEAM_LIST_TAIL.test(view.text.slice(list[list.length - 1]!.end, list[list.length - 1]!.end + 80))) list = list.slice(0, 1);
      // ("…such as Google, Anthropic, Microsoft's GitHub": in a list too, the owner of the name right after it is no source)
      for (const x of list) if (!out.some((o) => o.entity === x.entity) && !ownerOfNextName(view, x)) out.push(x);
    }
  }
  // "from Tesla's Optimus team": people of a team come from the team's owner
  return out.map((x) => {
    const owner = view.actors.find((o) => o.possessive && o.end <= x.start && x.start - o.end <= 4);
    return owner && /^ (?:[\w-]+ )?(?:team|unit|division|group|lab|project|program|programme)\b/i.test(view.text.slice(x.end, x.end + 30)) ? owner : x;
  });
}

export const hiring: Extractor = {
  type: 'hiring',
  // (and a name: the company taken from is named)
  cue: () => ({ pattern: ANY_VERB, named: true }),
  extract(view: SentenceView): RawClaim[] {
    const lower = view.lower;
    if (!ANY_VERB.test(lower)) return [];
    for (const rule of RULES) {
      const m = rule.verb.exec(lower);
      if (!m) continue;
      const verbAt = view.sentence.start + m.index;
      const verbEnd = verbAt + m[0].length;
      // ("Grab snags $1.46 billion from the Vision Fund", "lured £2bn of deposits from rivals": money taken is no hire)
      if (MONEY_OBJECT.test(view.text.slice(verbEnd, verbEnd + 30))) continue;
      // ("The hires will report to Mustafa Suleyman, who co-founded DeepMind before joining Microsoft": after an article or a
      // possessive, "hires" and "recruits" are people, no verb)
      if (/^(?:hires|recruits)$/.test(m[0]) && /\b(?:the|these|those|its|their|his|her|our|new|recent|latest|such|top|senior|first)\s+$/.test(lower.slice(Math.max(0, m.index - 12), m.index))) continue;
      let hirer: { entity: Actor['entity']; via: RawClaim['subjectVia']; actor: Actor | null } | null = null;
      let sources: Actor[] = [];
      if (rule.loserIsSource) {
        const to = /^(?:,? [\w'’-]+){0,8}?,? to /i.exec(view.sentence.text.slice(m.index + m[0].length));
        // (people are lost: "lost five engineers to Meta" — not "a week after losing it to rival Pro Evolution Soccer")
        if (to && !MOVERS.test(to[0].toLowerCase())) continue;
        const obj = to ? actorAfter(view, verbEnd + to[0].length, 12) : null;
        const loser = pickSubject(view, verbAt, { topic: true });
        if (!obj || !loser || loser.entity === obj.entity) continue;
        hirer = { entity: obj.entity, via: obj.via, actor: obj };
        sources = loser.actor ? [loser.actor] : [];
        if (!sources.length) continue;
      } else if (rule.hirerAfter) {
        // someone moves: a person, people or a role before the verb ("moving to DVDs from VHS" moves no one)
        const mover = view.names.some((n) => n.kind === 'person' && n.end <= verbAt) || MOVERS.test(lower.slice(0, m.index));
        if (!mover) continue;
        // ("Microsoft Ventures and Qualcomm Ventures would join its syndicate as strategic investors": a company is the verb's own
        // subject — companies join a group, no one moves to them)
        if (companiesJoin(view, verbAt)) continue;
        // ("rejected both the takeover attempt and an offer to join Meta", "turned down an offer to join": no move)
        if (REFUSED_OFFER.test(lower.slice(Math.max(0, m.index - 90), m.index))) continue;
        // ("Former Chelsea boss joins Newcastle United", "ex-Ferrari boss joins Mercedes team": a manager moving between
        // clubs or racing teams is sport, no company's hire)
        if (/\b(?:boss|bosses|manager|coach)\b/.test(lower.slice(0, m.index)) && SPORT_SIDE.test(view.sentence.text)) continue;
        // ("Baikal Finance Group, which was snapped up days later by Rosneft": a company bought, not people hired)
        if (/^(?:snapped up|picked up)/.test(m[0]) && view.actors.some((a) => a.end <= verbAt && /^,? (?:which |that )?(?:was |were |has been |had been |is being |will be )?(?:[a-z]+ ){0,2}$/.test(view.text.slice(a.end, verbAt)))) continue;
        // (customers, money or orders moving to a rival are no hires: "Customers who spent years with X are moving to Y";
        // the noun nearest the verb decides: "Investors in Adept, whose top employees were hired away by Amazon" moves staff)
        if (!view.names.some((n) => n.kind === 'person' && n.end <= verbAt) && lastMatch(NOT_MOVERS, lower.slice(0, m.index)) > lastMatch(MOVER_NOUNS, lower.slice(0, m.index))) continue;
        // (the company joined comes right after the verb: "joined Google", "moved to the startup")
        // (past a descriptor ending in a company noun: "is moving to UK bank Barclays", "defected to a new platform at HSBC")
        const obj = actorAfter(view, verbEnd, 50);
        if (!obj || !JOINED_GAP.test(view.text.slice(verbEnd, obj.start))) {
          // "Former executives from Revolut and Nubank joined the team": the team of the company the passage is about
          const topic = view.topic;
          if (/^join/.test(m[0]) && /^ the (?:team|company|startup|start-up|firm|business|group|bank)\b/i.test(view.text.slice(verbEnd, verbEnd + 16)) && topic && topic.kind === 'organization' && !topic.media && !topic.investor && !topic.assumed) {
            const from = sourcesFor(view, view.sentence.start, null).filter((a) => a.end <= verbAt && a.entity !== topic);
            if (from.length) {
              hirer = { entity: topic, via: 'topic', actor: null };
              sources = from;
            }
          }
          // "Dana Lewis, who joined on 1 September from Vessel Group": joining the company the passage is about, from the one named
          if (!hirer && /^join/.test(m[0]) && topic && topic.kind === 'organization' && !topic.media && !topic.investor && !topic.assumed) {
            // ("who joins from South Africa’s MTN Group": a country's company, the country possessive)
            const from = view.actors.find((a) => a.start >= verbEnd && a.entity !== topic && /^(?: (?:on|in|last|this|earlier|late|early|at the start of|at the end of) [\w ,]{0,24}?)? from (?:the |rival )?(?:[A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s )?$/.test(view.text.slice(verbEnd, a.start)));
            if (from) {
              hirer = { entity: topic, via: 'topic', actor: null };
              sources = [from];
            }
          }
          if (!hirer) continue;
        }
        if (obj && !hirer) {
          hirer = { entity: obj.entity, via: obj.via, actor: obj };
          // "Windmere AI's co-founders are joining Google": the owner of the people is the source
          // (joining a company beside its people, not as one of them: "will join Goldman Sachs CEO David Solomon on stage",
          // "joined Google in calling for…")
          if (JOINED_BESIDE.test(view.text.slice(obj.end, obj.end + 40))) continue;
          // (in the mover's own clause: "Barclays' Antony Jenkins refused a bonus, while RBS's Ross McEwan joined the firm" — the
          // firm is his, and Barclays another man's)
          const clauseStart = clauseAround(view, verbAt)[0];
          const owners = view.actors.filter((a) => a.start >= clauseStart && a.end <= verbAt && a.entity !== obj.entity && (a.possessive || isPeopleOf(view, a) || PEOPLE_AFTER.test(view.text.slice(a.end, a.end + 40)) || TITLE_AFTER.test(view.text.slice(a.end, a.end + 40)) || /^, (?:an? [^,]{0,40})?whose /.test(view.text.slice(a.end, a.end + 60))));
          // ("…the iMac, Field left Apple for Tesla": the company left sits inside the verb's own words)
          const left = /^(?:left|leav|exit)/.test(m[0]) ? view.actors.find((a) => a.start > verbAt && a.end < verbEnd && a.entity !== obj.entity) : undefined;
          // ("Alphabet Inc.'s Google will license…, and the startup's two co-founders are moving to the search company": the owner of
          // the people who move, not an owner of another name)
          const peopleOwner = [...owners].reverse().find((a) => a.possessive && PEOPLE_AFTER.test(view.text.slice(a.end, a.end + 40).replace(/^(['’]s?)? (?:two|three|four|five|six|several|many|some|most|all|\d+) /, '$1 ')));
          // ("following First Citizens' acquisition of SVB, a group of 42 SVB employees … moved to HSBC": the name right before the
          // people who move, over a possessive of something else)
          const owner = peopleOwner ?? [...owners].reverse().find((a) => !a.possessive && PEOPLE_AFTER.test(view.text.slice(a.end, a.end + 40)) && !isOwnerOfNext(view, a)) ?? owners.find((a) => !isOwnerOfNext(view, a));
          sources = left ? [left] : owner ? [owner] : sourcesFor(view, view.sentence.start, hirer.actor).filter((a) => a.end <= verbAt || a.start > obj.end);
          // "the former Airbnb executive joined xAI"
          if (!sources.length) sources = view.actors.filter((a) => a.entity !== obj.entity && FORMER_BEFORE.test(view.text.slice(Math.max(view.sentence.start, a.start - 12), a.start).toLowerCase()));
        }
      } else {
        // "After recruiting five brokers from Merrill Lynch, Morgan Stanley won…", "Having poached three engineers from X, Y…":
        // the hirer is the main clause's subject, after the comma (rules.ts, hiring/after-hiring)
        const fronted = frontedLength(view);
        if (fronted && m.index < fronted) continue;
        // (a passive verb's subject is taken, not taking: "X, which was snapped up days later by Rosneft")
        // ("X is hiring engineers from Y" is progressive, not passive)
        if (!/ing$/.test(m[0]) && /\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?$/.test(lower.slice(0, m.index))) {
          // ("Godfrey Motsa has been hired from Vodacom to run…": a person taken from a company, by the company the passage is about)
          const passive = passiveFrom(view, m.index + m[0].length);
          if (passive) return [passive];
          continue;
        }
        hirer = pickSubject(view, verbAt);
        if (!hirer) continue;
        sources = sourcesFor(view, verbEnd, hirer.actor);
        // "lured shoppers from Sainsbury's", "poach new customers from rivals": what is won is not staff
        // (the object taken, up to a clause of its own: not "38 lawyers to join its business law … practices from X")
        // (not a former officer of a business: "hired the former president of the chip business at Samsung Electronics")
        const taken = view.text.slice(verbEnd, sources[0]?.start ?? verbEnd).toLowerCase();
        if (sources.length && NOT_STAFF.test(taken.replace(/ to (?!the\b)[a-z]+ .*$/, '')) && !FORMER_OFFICER.test(taken)) continue;
        // "Microsoft hired two co-founders of Inflection AI" is caught by FROM_SLOT ("of")
      }
      sources = sources.filter((s) => s.entity !== hirer!.entity && !s.entity.media && (PEOPLE_AFTER.test(view.text.slice(s.end, s.end + 40)) || pastPost(view, s) || !isObjectOfOtherVerb(view, s, verbEnd)));
      if (!sources.length) continue;
      // Each source's own count: "hired about a dozen researchers from X and at least five from Y"
      const ownCount = (s: Actor) => [...view.quantities].reverse().find((q) => q.kind === 'count' && (q.unit === 'people' || q.unit === null) && q.start >= verbEnd && q.end <= s.start && /^\s*(?:[\w-]+\s+){0,3}?(?:from|of|at)\s+(?:[\w-]+\s+){0,2}$/.test(view.text.slice(q.end, s.start)) && !TIME_AFTER.test(view.text.slice(q.end, s.start)));
      // ("eight executives each from Wipro, Accenture and IBM": a count given "each" is every listed source's)
      const eachCount = (s: Actor): ReturnType<typeof ownCount> => {
        const i = sources.indexOf(s);
        const prev = sources[i - 1];
        if (!prev || !/^\s*(?:,|,?\s*and|,?\s*or)\s*$/.test(view.text.slice(prev.end, s.start))) return undefined;
        const q = countOf(prev);
        return q && /\b(?:each|apiece)\b/.test(view.text.slice(q.end, prev.start)) ? q : undefined;
      };
      const countOf = (s: Actor) => ownCount(s) ?? eachCount(s);
      const sharedEach = (s: Actor) => {
        const q = countOf(s);
        return !!q && /\b(?:each|apiece)\b/.test(view.text.slice(q.end, s.start));
      };
      const countFor = (s: Actor) => {
        const own = countOf(s);
        // ("hired 40 researchers from X"; with "join"-verbs the people come first: "at least 25 researchers have defected to Halvard",
        // "42 members of X's technology department defected to…")
        const first =
          sources.length !== 1
            ? undefined
            : rule.loserIsSource
              ? // ("Jefferies wound up losing 24 people from its energy team to Cantor": the people lost, between the verb and the hirer)
                view.quantities.find((q) => q.kind === 'count' && q.unit === 'people' && q.start >= verbEnd && q.start - verbEnd <= 30 && q.end <= (hirer!.actor?.start ?? view.sentence.end) && !/[;.]/.test(view.text.slice(verbEnd, q.start)))
            : rule.hirerAfter && !rule.loserIsSource
              ? [...view.quantities].reverse().find((q) => q.kind === 'count' && q.unit === 'people' && q.end <= verbAt && (verbAt - q.end <= 30 || (verbAt - q.end <= 70 && /^\s+(?:of|from|at)\s/.test(view.text.slice(q.end, q.end + 6)) && !/[,;.]/.test(view.text.slice(q.end, verbAt))) || (verbAt - q.end <= 110 && COUNTED_WHO.test(view.text.slice(q.start, verbAt)))))
              : // (not a size said of the source after it: "hired staff from Brindle AI, a 40-person startup")
                // (nor the count of a hire that names one of its people with their own source: "hired 14 people…, including Tom
                // Cooper, who came from UBS")
                // (nor a count the hirer has: "ramped up its hiring effort and now has over 400 employees with many coming from Tesla")
                view.quantities.find((q) => q.kind === 'count' && q.unit === 'people' && q.start >= verbEnd && q.start - verbEnd <= 30 && q.start < s.start && !HAS_BEFORE.test(view.text.slice(verbEnd, q.start)) && !view.names.some((n) => n.kind === 'person' && n.start > q.end && n.end <= s.start));
        const q = own ?? first;
        return q ? { ...q, unit: 'people' } : null;
      };
      const claims: RawClaim[] = sources.map((s) => ({
        type: 'hiring' as const,
        subject: hirer!.entity,
        counterparty: s.entity,
        value: countFor(s),
        // (one count for each source is every one's, the first's too)
        ...(sharedEach(s) ? { shared: true } : {}),
        sentence: view.sentence,
        reason: rule.reason,
        confidence: rule.confidence - (hirer!.via === 'topic' ? 0.05 : 0),
        subjectVia: hirer!.via,
        cueAt: verbAt,
      }));
      // ("Tarrow Gates appointed three partners from X in December, and Bartier Perry took four partners from Y": a later clause of the
      // same verb with a hirer of its own takes the sources named after it)
      for (const later of laterHirers(view, rule.verb, m.index + m[0].length, hirer!.entity)) {
        sources.forEach((src, i) => {
          if (src.start > later.at && claims[i]) Object.assign(claims[i]!, { subject: later.actor.entity, subjectVia: later.actor.via, cueAt: later.at });
        });
      }
      // ("Soros Fund Management and Citadel hired three employees from Galleon": hirers named together at the head of the clause each
      // took people from the source; the count is theirs together, so the others carry none)
      const joint = hirer!.actor && !rule.hirerAfter ? jointSubjects(view, hirer!.actor).filter((a) => a.entity !== hirer!.entity && !sources.some((s) => s.entity === a.entity)) : [];
      for (const a of joint) for (const c of claims.slice(0, sources.length)) claims.push({ ...c, subject: a.entity, value: null, subjectVia: 'name' });
      return claims;
    }
    return [];
  },
};

/** The later uses of a hiring verb in the sentence whose own hirer is named right before them, after a clause break. */
function laterHirers(view: SentenceView, verb: RegExp, from: number, first: Actor['entity']): Array<{ at: number; actor: Actor }> {
  const out: Array<{ at: number; actor: Actor }> = [];
  const lower = view.lower;
  for (let i = from; i < lower.length; ) {
    const m = verb.exec(lower.slice(i));
    if (!m) break;
    const at = view.sentence.start + i + m.index;
    i += m.index + m[0].length;
    const doer = view.actors.findLast((a) => a.end <= at);
    if (!doer || doer.via !== 'name' || doer.possessive || doer.entity === first || view.text.slice(doer.end, at) !== ' ') continue;
    if (!LATER_CLAUSE_BEFORE.test(view.text.slice(Math.max(view.sentence.start, doer.start - 8), doer.start))) continue;
    out.push({ at, actor: doer });
  }
  return out;
}
const LATER_CLAUSE_BEFORE = /(?:,|;|, and|\band|\bwhile|\bwhereas)\s+$/;

// A count that follows a verb of having is the hirer's staff, not its hire
const HAS_BEFORE = /\b(?:has|have|had|employs|employed|counts|numbers|totals)\s+(?:[a-z]+\s+)?$/;

const PEOPLE_OF = new RegExp(`${PEOPLE} (?:of|from|at) (?:the |its )?(?:(?:ai )?startup |rival |[\\w-]+ )?$`);

/** "Godfrey Motsa has been hired from Vodacom": a named person taken "from" a company, in a passage about another company. */
function passiveFrom(view: SentenceView, afterVerb: number): RawClaim | null {
  const at = view.sentence.start + afterVerb;
  const from = /^ (?:away )?from (?:rival |the )?$/;
  const source = view.actors.find((a) => a.start > at && a.via === 'name' && from.test(view.text.slice(at, a.start)));
  // (the taker is the company the article is about)
  const topic = mainCompany(view);
  if (!source || !topic || topic === source.entity) return null;
  // (a person is the one taken, and the sentence names no company of its own that could be the taker)
  if (!view.names.some((n) => n.kind === 'person' && n.end <= at)) return null;
  if (view.actors.some((a) => a.via === 'name' && a.entity !== source.entity && !a.entity.media && !a.entity.assumed)) return null;
  return { type: 'hiring', subject: topic, counterparty: source.entity, value: null, sentence: view.sentence, reason: 'hiring/hired-from-passive', confidence: 0.72, subjectVia: 'topic', cueAt: at };
}

/** "co-founders of X", "employees of X", "X researchers" — the people belong to X. */
function isPeopleOf(view: SentenceView, a: { start: number; end: number }): boolean {
  const pre = view.text.slice(Math.max(view.sentence.start, a.start - 40), a.start).toLowerCase();
  return PEOPLE_OF.test(pre);
}

/** "after two decades at X", "previously chief operating officer at X": where a person worked before, said as such. */
function pastPost(view: SentenceView, a: Actor): boolean {
  const pre = view.text.slice(Math.max(view.sentence.start, a.start - 60), a.start).toLowerCase();
  return TENURE_BEFORE.test(pre) || FORMER_BEFORE.test(pre);
}

/** "…recruiting from Meta to work on models with Google": a later object slot of another verb. */
function isObjectOfOtherVerb(view: SentenceView, a: Actor, verbEnd: number): boolean {
  if (!isObjectSlot(view, a)) return false;
  const between = view.text.slice(verbEnd, a.start).toLowerCase();
  // (nor a former post at it: "hired the former president of the chip business at Samsung Electronics")
  return /\b(?:with|for|on|at|to) (?:\w+ ){0,3}$/.test(between) && !/\bfrom\b/.test(between) && !FROM_SLOT.test(between) && !POST_AT_BEFORE.test(between) && !FORMER_BEFORE.test(between.slice(-60));
}
