import type { RawClaim, SentenceView } from '../extractor.js';
import type { ClaimRule, RuleMatch } from '../rules.js';
import { sectionRule } from '../sections.js';
import { CLUB_NAME_WORDS, ENTRANTS, MOVE_TO, OCCUPATIONS, PLACED_ON_PACKAGE, PLACEMENT_VERB } from '../staff-words.js';
import { employerTiedBefore, mainCompany, surnameOf } from '../people.js';
import { topicAsSubject } from '../slots.js';
import type { Tok } from '../../structure/tokens.js';

// A player or a club in a sentence of someone lured away: sport
const LURED_PLAYER = new RegExp(`\\b(?:striker|midfielder|defender|goalkeeper|winger|player|players|club|clubs|coach|squad|${CLUB_NAME_WORDS})\\b`);

/**
 * hiring as token rules, beside the source-finding extractor in ./extract.ts: hires with a
 * count and no source ("will hire 250,000 people"), sources after a description ("from hedge
 * fund manager Visium", "from such giants as Baidu and Tencent"), people who worked at the
 * source, a veteran of the source hired, moves "from X to Y", and a hirer's "poaching of … from X".
 */

// Who is hired
// (and nationals a company takes on under a localisation drive: "plans to hire 100 UAE nationals")
// (a firm's partners are its people where a rival takes them: "a raid on Holland & Knight taking 20 partners")
const STAFF = `(${OCCUPATIONS.join('|')}|people|brokers|experts|talent|performers|team|teams|members|agents|investigators|crew|nationals|locals|partners)`;
// Students a company takes on from campuses: "considering hiring over 20,000 students from college campuses" (not a university's
// intake: "Kestrel University recruited 500 students")
const CAMPUS_HIRES = '(students|graduates) from (college|university|engineering|business)? (campus|campuses|colleges|universities)';
const HIRE = '{hire|rehire|recruit|poach|pluck|snag|lure|entice|woo|headhunt|bring on|bring over|bring in|take on|snap up|nab|tap|attract|grab|steal|sign up|acquihire|acqui-hire|absorb|scoop up|land|onboard|secure the services of|enlist the services of}';
// Verbs that only mean hiring ("take on" may be to compete, "tap" to use, "attract" to draw customers)
const HIRE_ONLY = '{hire|rehire|recruit|poach|lure|headhunt|bring on|bring over|bring in|snap up|nab|acquihire|acqui-hire|secure the services of|enlist the services of}';
// Counted hires: "take on 200 apprentices" too, not "attracted 3,000 engineers to its conference"
const HIRE_COUNT = '{hire|rehire|recruit|poach|lure|headhunt|bring on|bring in|take on|snap up|nab|sign up|onboard}';
// The words between "from" and a source: "from hedge fund manager Visium", "from such giants as Baidu", "from rival Meta"
const FROM = 'from ~{0,4} ([POSS] (\')?)?';
// A person or people named by their company: "Apple veteran", "three Barclays traders", "a top Apple artificial intelligence executive"
const ROLE = '(veteran|veterans|executive|executives|exec|execs|alum|alumni|alumnus|engineer|engineers|researcher|researchers|employee|employees|staff|staffers|scientist|scientists|president|ceo|cto|cfo|coo|chief|head|vice|vp|svp|evp|director|directors|manager|managers|designer|designers|leader|leaders|talent|banker|bankers|trader|traders|dealmaker|dealmakers|analyst|analysts|economist|economists|developer|developers|programmers|founder|founders|co-founder|co-founders|boss|star|stars|specialists|salespeople|brokers|second-in-command|deputy|deputies|lieutenant|lieutenants|partner|partners|lawyer|lawyers|officer|officers|chairman|chairwoman|counsel)';
// How many of them: "a string of", "three", "dozens of"
const HOW_MANY = '(a half - dozen|a half-dozen|a half dozen|half a dozen|a couple of|a few|a|an|one|several|some|many|more|scores of|a number of|a string of|a clutch of|a raft of|a slew of|a group of|a team of|a handful of|a host of|a trio of|a pair of|a batch of|a wave of|a team of [value:COUNT]|[value:COUNT])';
// Hired to advise: a firm engaged, not its people ("hired Goldman Sachs bankers to advise on the sale")
const ADVISER = '(to|as) (its|their|the|an|a|lead)? (advise|adviser|advisers|advisor|advisors|consultant|consultants|underwrite|underwriter|underwriters|arrange|represent|audit|auditor|auditors|defend|sue|investigate|review|lobby|lobbyists|manage the|run the sale|handle the|explore|broker)';
// Joining a board is no hire ("appointed former Copperleaf Labs executive Dana Roe to its board", "as a non-executive director")
const BOARD = '((to|on|onto) (its|the|their) _{0,2} (board|boards)|board of (directors|trustees|governors)|(as|a|an) _{0,1} (non-executive|independent|outside|nonexecutive|non-exec) (director|directors|chair|chairman)|(to|on) _{0,2} (advisory|supervisory) (board|council)|board (member|seat|director))';
// Named in a list or a ranking, not to a post ("named Raj Patel, a former X executive, one of its 40 under 40")
const LISTED = '(one of|among) (its|the|their|this year\'s)? _{0,4} (list|lists|most|top|best|brightest|influential|powerful|rising|under|[COUNT])';
// Words that may stand between a company and the role it names: modifiers, never a preposition, article or verb
const NOT_MODIFIER = new Set(['to', 'for', 'on', 'in', 'at', 'of', 'with', 'as', 'by', 'from', 'and', 'or', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'that', 'which', 'who', 'about', 'after', 'before', 'over', 'into', 'than', 'it', 'they', 'this', 'these', 'those', ',', '.', ';', ':', '-']);
// Who may open "X joined Y from Z" and not be a person: pronouns for companies, customers changing supplier
const NOT_A_MOVER = new Set(['it', 'this', 'that', 'which', 'they', 'we', 'you', 'there', 'the', 'a', 'an', 'also', 'then', 'customers', 'subscribers', 'users', 'viewers', 'players', 'fans', 'members', 'shoppers', 'students', 'investors', 'clients', 'listeners', 'readers', 'passengers', 'shares', 'stocks', 'funds', 'money', 'cash']);
// A modifier is an adjective or a noun used as one ("artificial intelligence", "sales"): a past form or another plural
// is more likely a verb or a head noun of its own ("Samsung's suppliers worried analysts")
const ED_ADJECTIVES = new Set(['advanced', 'automated', 'connected', 'embedded', 'integrated', 'seasoned', 'experienced', 'talented', 'distributed', 'applied', 'unmanned', 'managed', 'regulated', 'listed', 'based', 'accomplished', 'respected', 'celebrated', 'acclaimed', 'renowned']);
const PLURAL_MODIFIERS = new Set(['sales', 'operations', 'communications', 'systems', 'services', 'markets', 'news', 'electronics', 'graphics', 'robotics', 'payments', 'analytics', 'devices', 'products', 'games', 'logistics', 'ads', 'maps', 'physics', 'economics', 'genomics', 'semiconductors', 'chips', 'equities', 'derivatives', 'securities', 'rates', 'sports', 'materials', 'batteries', 'autos', 'cars', 'vehicles', 'models', 'labs', 'research']);
const modifiersOnly = (m: RuleMatch): Partial<RawClaim> | null => {
  const from = m.toks.indexOf(m.slots.counterparty!);
  for (let i = from + 1; i < m.end - 1; i++) {
    const w = m.toks[i]!.lower;
    if (w === "'s" || w === "'") continue;
    if (NOT_MODIFIER.has(w) || w.endsWith('ly')) return null;
    if (w.endsWith('ed') && !ED_ADJECTIVES.has(w)) return null;
    if (/[^s]s$/.test(w) && !PLURAL_MODIFIERS.has(w)) return null;
  }
  // (the role word owns something else: "a Google Cloud engineer's favourite tool")
  if (m.toks[m.end]?.lower === "'s") return null;
  return {};
};

// Words between a hirer and its verb: "Uber poaches", "Amazon said it will hire", "Zentrix AI plans to hire"
const AUX = '(has|have|had|will|would|is|are|was|were|also|now|not only|recently|then|could|may|might|is to|to|plans to|planned to|expects to|hopes to|aims to|intends to|wants to|is set to|is expected to|is planning to|is looking to|said it will|said it would|said it has|says it will|says it is|said it is|announced it will)';
const WHEN = '((earlier|later)? (this|last|next) (year|month|week|quarter)|(on|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday))';
const ABOUT = '(up to|about|around|nearly|more than|some|another|an additional|an extra|a further|as many as|at least)';
// A counted hire with no source named
const COUNT_VETOES: Record<string, string> = {
  // (the source after the count: not "Apart from Capgemini, Cognizant said it was considering hiring 20,000 students")
  'hiring/has-a-source': '[value:COUNT] _{0,12} from _{0,5} [ORGNAME]',
  // "hired about 30 former employees of Tesla": the source is named after "of"
  'hiring/people-of-a-company': `${STAFF} of (the|rival|startup)? [ORG]`,
  // "the DS also lets players take on up to 16 other people": someone else takes them on, and not as staff
  'hiring/someone-else': `(let|lets|allow|allows|allowed|enable|enables|help|helps) ~{0,3} ${HIRE}`,
  'hiring/other-people': `${HIRE} _{0,3} other`,
  // "signed up three million members to its Reward loyalty card": members of a scheme are customers, not staff
  'hiring/scheme-members': '[value:COUNT] ~{0,2} (members|customers|users|subscribers|shoppers|cardholders) (to|for|on|of) (its|the|their|[POSS])? _{0,3} (card|cards|scheme|schemes|programme|programmes|program|programs|service|services|app|apps|platform|plan|plans|club)',
  // ("ITC added 68 more employees, earning more than a crore": staff counted by their pay, a bracket that grew, no one hired)
  'hiring/pay-bracket': `[value:COUNT] ~{0,2} ${STAFF} ,? (earning|who earn|who earned|drawing|taking home|paid|with (a|an)? (salary|salaries|pay|remuneration)) (more|over|above|in excess|at least|upwards)`,
};

// The hirer named right before the verb is the clause's subject, not an object ("The deal with Nissan will create 700 jobs")
const PREPOSITIONS = new Set(['with', 'of', 'for', 'by', 'to', 'from', 'at', 'in', 'on', 'between', 'like', 'including', 'than', 'against', 'about', 'over', 'under']);
const subjectNotObject = (m: RuleMatch): Partial<RawClaim> | null => (PREPOSITIONS.has(m.toks[m.toks.indexOf(m.slots.subject!) - 1]?.lower ?? '') ? null : {});

// ("30 bankers have left to join rivals such as Jefferies and UBS": the count is of all who left, not of the first rival's hire)
const countOfOneHirer = (m: RuleMatch): Partial<RawClaim> | null => {
  const i = m.toks.indexOf(m.slots.subject!);
  const before = m.toks[i - 1]?.lower ?? '';
  const next = m.toks[i + 1]?.lower === ',' ? m.toks[i + 2] : m.toks[i + 1];
  const listed = before === 'including' || before === 'as' || before === 'like' || ((next?.lower === 'and' || next?.lower === 'or' || m.toks[i + 1]?.lower === ',') && m.toks.slice(i + 1, i + 4).some((t) => t.kind === 'org'));
  return listed ? { value: null } : {};
};

// The noun a count of hires is of, read past its modifiers ("4,600 new college students", "1,000 new talents"): a plural
// that names people, not things hired or rented ("hired three banks to run the sale", "hire 40 coaches", "recruit 300
// patients" for a trial, "recruited 12 players")
const COUNT_NOUN_ENDS = new Set(['in', 'from', 'at', 'by', 'to', 'for', 'on', 'over', 'within', 'across', 'this', 'last', 'next', 'and', 'or', 'who', 'that', 'which', 'with', 'as', 'per', 'each', 'a', 'an', 'the', 'into', 'before', 'after', 'during', 'under', 'of', 'through', 'since', 'until', 'if']);
const NOT_PEOPLE = new Set(['banks', 'firms', 'companies', 'agencies', 'advisers', 'advisors', 'consultancies', 'vehicles', 'cars', 'buses', 'coaches', 'vans', 'trucks', 'lorries', 'planes', 'aircraft', 'jets', 'helicopters', 'boats', 'ships', 'vessels', 'rooms', 'venues', 'halls', 'offices', 'premises', 'machines', 'cranes', 'patients', 'participants', 'volunteers', 'subjects', 'customers', 'clients', 'users', 'members', 'subscribers', 'merchants', 'sellers', 'suppliers', 'schools', 'sites', 'players', 'footballers', 'athletes', 'riders', 'signings', 'horses', 'dogs', 'times', 'years', 'months', 'weeks', 'days', 'hours', 'shares', 'votes', 'seats', 'jobs', 'roles', 'positions', 'posts', 'places', 'spaces', 'slots', 'percent', 'households', 'homes', 'families', 'lawmakers', 'voters']);
const CAMPUS_MODIFIERS = new Set(['college', 'university', 'campus', 'graduate', 'engineering', 'final-year', 'mba']);
const PEOPLE_SINGULARS = new Set(['talent', 'staff', 'personnel', 'people', 'crew', 'workforce', 'manpower']);
function peopleNamedAfter(m: RuleMatch): Partial<RawClaim> | null {
  let head = '';
  let modifier = '';
  for (let i = m.end; i < m.toks.length && i < m.end + 4; i++) {
    const t = m.toks[i]!;
    if (t.kind !== 'word' || COUNT_NOUN_ENDS.has(t.lower)) break;
    modifier = head;
    head = t.lower;
  }
  if (!head || NOT_PEOPLE.has(head)) return null;
  // (students a school or college recruits enrol: only students from a campus, "college students", become staff)
  if ((head === 'students' || head === 'pupils') && !CAMPUS_MODIFIERS.has(modifier)) return null;
  if (PEOPLE_SINGULARS.has(head)) return {};
  return /^[a-z-]{3,}[^su]s$/.test(head) && !/(?:ss|us|is)$/.test(head) ? {} : null;
}

// The company people left, when the sentence names none: the article's main company, if it is not the one they went to
const leftMainCompany = (m: RuleMatch, view: SentenceView, more: Partial<RawClaim>): Partial<RawClaim> | null => {
  const left = mainCompany(view);
  return left && left !== m.slots.subject!.actor!.entity ? { ...more, counterparty: left } : null;
};

// A deal with a company that may take its people too: "license X's technology", "paid X $650 million to license", "a stake in X"
const DEAL_WITH = '{license|licence} [counterparty:POSS] (\'?)|(licensing|license|licence) (deal|agreement|pact) (for|with) ~{0,4} [counterparty:ORG]|{pay} [counterparty:ORG] [MONEY]? (to|for) {license|licence}|stake in [counterparty:ORG]|{invest} _{0,3} in [counterparty:ORG]';

// The owner named right before a unit of its own ("Carnegie Mellon's National Robotics Engineering Center"): where people worked
const UNIT_NAME = /\b(?:Center|Centre|Institute|Department|Division|Unit|Laboratory|Laboratories|School|Faculty|Team|Desk|Program|Programme)$/;
const unitOfOwner = (m: RuleMatch): Partial<RawClaim> | null => {
  const i = m.toks.indexOf(m.slots.counterparty!);
  // ("hired three traders from Orvale's rival Kestrel Capital": the owner of a rival named after it is not where they worked)
  const after = m.toks[i + 1]?.lower === "'s" || m.toks[i + 1]?.lower === "'" ? m.toks[i + 2] : m.toks[i + 1];
  if (m.slots.counterparty!.actor?.possessive && after && /^(?:rival|rivals|competitor|competitors|peer|peers)$/.test(after.lower)) return null;
  const owner = m.toks[i - 1]?.lower === "'s" ? m.toks[i - 2] : m.toks[i - 1];
  const unit = m.slots.counterparty!.actor?.entity;
  return owner?.kind === 'org' && owner.actor?.possessive && owner.actor.via === 'name' && unit && UNIT_NAME.test(unit.name) ? { counterparty: owner.actor.entity } : {};
};

// ("who ran European ECM at Goldman Sachs": a unit named at its company — the company is where the person worked)
const unitAtCompany = (m: RuleMatch): Partial<RawClaim> | null => {
  const i = m.toks.indexOf(m.slots.counterparty!);
  const next = m.toks[i + 2];
  return /^(?:at|of)$/.test(m.toks[i + 1]?.lower ?? '') && next?.kind === 'org' && next.actor ? { counterparty: next.actor.entity } : {};
};

const SOURCED_RULES: ClaimRule[] = [
  // "Citadel LLC will hire 17 portfolio managers from hedge fund manager Visium Asset Management",
  // "Barings LLC's claim against Corinthia Global Management for poaching 22 employees": the one sued hired the claimant's people
  {
    reason: 'hiring/sued-for-poaching',
    match: `[counterparty:POSS] (claim|claims|lawsuit|lawsuits|suit|case|complaint|action|legal action) against [subject:ORG] (for|over) (allegedly)? {poach|hire|lure|recruit|steal} (away)? [value:COUNT]? ~{0,3} ${STAFF}`,
    confidence: 0.8,
    examples: [["Other cases include Barings LLC's claim against Corinthia Global Management for poaching 22 employees.", 'Corinthia Global Management', '22 employees']],
  },
  // "ByteDance hires top performers from such giants as Baidu Inc. and Tencent Holdings Ltd."
  {
    reason: 'hiring/hired-from-list',
    match: `${HIRE} (away)? (up to|about|around|nearly|more than|at least|some|another|an additional)? ((a|an) (team|group|unit|squad|trio|pair|desk) of)? [value:COUNT]? ~{0,6} ${STAFF} (of [value:COUNT] and [value2:COUNT])? ~{0,6} ${FROM} [counterparty:ORG]`,
    confidence: 0.88,
    list: true,
    // ("from Carnegie Mellon's National Robotics Engineering Center": a unit named after its owner — the owner is where they worked)
    extra: unitOfOwner,
    examples: [
      ['Citadel LLC will hire 17 portfolio managers from hedge fund manager Visium Asset Management.', 'Citadel LLC', '17 portfolio managers'],
      ['ByteDance Ltd hires top performers from such giants as Baidu Inc. and Tencent Holdings Ltd.', 'ByteDance Ltd', null],
    ],
  },
  // "grabbing 12 members of Merrill Lynch's financial institutions group", "hired five bankers of Kestrel's trading desk":
  // people of a company's unit, the company by its possessive
  {
    reason: 'hiring/members-of-unit',
    match: `${HIRE} (away)? (up to|about|around|nearly|more than|at least|some|another)? [value:COUNT]? (former|current|senior|top|key)? ${STAFF} of [counterparty:POSS] (')? ~{0,4} (team|teams|group|unit|division|desk|department|business|operation|operations|arm|practice|franchise|staff|workforce)`,
    confidence: 0.86,
    examples: [['Halvard Bank grabbed 12 members of Kestrel Capital’s financial institutions group.', 'Halvard Bank', '12 members']],
  },
  // "Apple has hired at least 46 people who worked at Tesla directly before"
  {
    reason: 'hiring/people-who-worked-at',
    match: `${HIRE} (about|around|nearly|more than|at least|some)? [value:COUNT]? ~{0,3} ${STAFF} (who|that) (had|have|previously|once|all|used to)? (worked|work|were working|was working|were employed|worked previously) (at|for) [counterparty:ORG]`,
    confidence: 0.88,
    list: true,
    examples: [['Apple has hired at least 46 people who worked at Tesla directly before.', 'Apple', 'at least 46 people']],
  },
  // "has hired Apple Inc. (AAPL) veteran Peter Stern", "hired former Tesla Autopilot engineers", "hired scores of ex-Tesla employees",
  // "poached a top Apple artificial intelligence executive", "hires three Barclays traders", "brings on former Apple engineering chief X"
  {
    reason: 'hiring/hired-veteran-of',
    // ("appoints former NVIDIA and AMD leaders": appointing people by their former employer)
    // ("adds ex-Kestrel Capital trader Dana Roe": adding a person by a past employer)
    match: `(${HIRE}|{appoint}|{add} (former|ex -|ex-|ex)|{acquire} (a good number of|a large number of|some|about|around|nearly|more than)?) (away)? ${HOW_MANY}? ([COUNT] - (year-old|year - old))? (top|senior|former|ex-|ex|longtime|long-time|veteran|star|key|leading|high-profile|prominent|another|more|other)? (former|ex-|ex)? [counterparty:ORG] (\\( _ \\))? ~{0,3} (${ROLE}|team|teams)`,
    confidence: 0.85,
    unless: { 'hiring/adviser': ADVISER, 'hiring/board': BOARD },
    extra: modifiersOnly,
    examples: [
      ['Ford Motor has hired Apple Inc. (AAPL) veteran Peter Stern to lead a new division.', 'Ford Motor', null],
      ['Halvard Robotics has poached a top Kestrel Dynamics artificial intelligence executive.', 'Halvard Robotics', null],
      ['Kestrel Partners hires three Ashgrove Securities traders', 'Kestrel Partners', 'three Ashgrove Securities traders'],
      ['Orvane Labs snaps up Tessaly Group research team.', 'Orvane Labs', null],
      ['Orvale reported results. Last month, it hired a slew of other Harwick AI researchers.', 'Orvale', null],
      ['Harwick Bank adds ex-Kestrel Capital trader Dana Roe', 'Harwick Bank', null],
      ['The car maker Orvale Motors has acquired a good number of 150 Harwick employees over the past couple of days.', 'Orvale Motors', '150 Harwick employees'],
    ],
  },
  // "Former Faraday creative director appointed Aston Martin chief technology officer", "Ex-Kestrel Bank trader named Orvale
  // Capital's head of rates": a person described by a past employer, given a post at another company
  {
    reason: 'hiring/former-of-appointed',
    match: `(former|ex -|ex-|ex|onetime|one-time|erstwhile) [counterparty:ORG] (')? ~{0,3} ${ROLE} (,? [PERSON] ,?)? (is|was|has been|have been|to be|gets|named|appointed|tapped|hired)? {appoint|name|tap|hire|install} (as)? (the|new)? [subject:ORG] (')? ~{0,3} ${ROLE}`,
    confidence: 0.8,
    unless: { 'hiring/board': BOARD },
    examples: [
      ['Former Tessaly Motors creative director appointed Orvale Cars chief technology officer', 'Orvale Cars', null],
      ['Ex-Kestrel Bank trader Dana Roe named Orvale Capital head of rates', 'Orvale Capital', null],
    ],
  },
  // "Jane Okafor joins Quillmark from Stripe", "Field joined Tesla in 2013 from Apple"
  {
    reason: 'hiring/joined-from',
    match: `([PERSON] (, [COUNT] ,)?|${STAFF}|(ceo|cfo|cto|coo|chief|president|founder|co-founder|executive|head|he|she)) ~{0,3} {join|rejoin|return to|move to|defect to|jump to|switch to|sign for} [subject:ORG] ~{0,4} ${FROM} [counterparty:ORG]`,
    confidence: 0.85,
    examples: [['Doug Field joined Tesla Motors in 2013 from Apple.', 'Tesla Motors', null]],
  },
  // "Orrick announced that five attorneys from Heller Ehrman's venture law group were joining the firm": people counted from a
  // company, joining another
  {
    reason: 'hiring/count-from-joining',
    match: `[value:COUNT] ~{0,2} ${STAFF} ${FROM} [counterparty:ORG] (')? ~{0,4} (are|were|is|was|will be|have been|had been|would be)? (joining|to join|join|joined|moving to|to move to|heading to) [subject:ORG]`,
    confidence: 0.82,
    examples: [['Last week, Orrin Legal announced that five attorneys from Kestrel Law’s venture group were joining the firm.', 'Orrin Legal', 'five attorneys']],
  },
  // "Field joined Tesla Motors in 2013 from Apple": a surname that is also a word opens the sentence
  {
    reason: 'hiring/surname-joined-from',
    match: `^ _ {join|rejoin|return to|move to|defect to|switch to} [subject:ORG] ~{0,4} from (rival)? [counterparty:ORG]`,
    confidence: 0.78,
    extra: (m, view) => {
      const t = m.toks[m.start]!;
      // (a word, or a name taken for a company on no evidence: "Field" after "Doug Field" elsewhere)
      const word = t.kind === 'word' ? !NOT_A_MOVER.has(t.lower) : t.kind === 'org' && !t.lower && !!t.actor?.entity.assumed;
      return word && /^[A-Z][a-z]+$/.test(view.text.slice(t.start, t.end)) ? {} : null;
    },
    examples: [['Field joined Halvard Robotics in 2013 from Kestrel Dynamics, where he was a vice president.', 'Halvard Robotics', null]],
  },
  // "the mass defection of corporate brokers from Merrill Lynch to Morgan Stanley"
  {
    reason: 'hiring/defection-from-to',
    match: `(defection|defections|exodus|migration|move|moves|transfer|transfers|flight|stampede) of ~{0,4} ${FROM} [counterparty:ORG] to [subject:ORG]`,
    confidence: 0.82,
    examples: [['It followed the mass defection of corporate brokers from Merrill Lynch to Morgan Stanley.', 'Morgan Stanley', null]],
  },
  // "Citigroup's extraction of the chief executive, four managing directors and two directors from Hoare Govett"
  {
    reason: 'hiring/poaching-of',
    match: `[subject:POSS] (')? (extraction|poaching|hiring|recruitment|recruiting|raid|hire|hires) of _{0,12} ${FROM} [counterparty:ORG]`,
    confidence: 0.82,
    examples: [['Citigroup’s extraction of four managing directors from the broker Hoare Govett was the latest.', 'Citigroup', null]],
  },
  // "Apple's hiring of Tesla's top engineer"
  {
    reason: 'hiring/poaching-of-someones',
    // ("Westpac's poaching of ANZ's customer advocate Evelyn Halls and NAB's CFO Nathan Goonan": a post of any name, then the person,
    // and every company of the list)
    match: `[subject:POSS] (')? (poaching|hiring|recruitment|recruiting|capture|hire|hires|signing) of ([value:COUNT] (former)? [counterparty:ORG] ~{0,2} (${ROLE}|${STAFF})|(former)? [counterparty:POSS] (')? (~{0,3} ${ROLE}|~{0,3} [PERSON]))`,
    confidence: 0.8,
    extra: (m) => (m.toks[m.end - 1]?.kind === 'person' ? {} : modifiersOnly(m)),
    list: true,
    examples: [
      ['Quillmark Labs’ hiring of Stackwise Inc’s top engineer raised eyebrows.', 'Quillmark Labs', null],
      ['Zentrix AI’s recruitment of three Quillmark Labs engineers drew criticism.', 'Zentrix AI', 'three Quillmark Labs engineers'],
    ],
  },
  // "Meta hired OpenAI's head of research", "poached Google's top AI researcher", "lured away two of Apple's designers"
  {
    reason: 'hiring/hired-someones-staff',
    // ("hired eight of Dorsey & Whitney's litigation and transactional lawyers": the count of them, any trade)
    match: `${HIRE} (away)? (two|three|four|five|several|some|many|most|much|all|half|dozens|scores|hundreds|a|an|one|a number|a handful|[value:COUNT])? (of)? [counterparty:POSS] (')? ([value:COUNT])? ~{0,4} (head|chief|ceo|cto|cfo|coo|president|vice|vp|director|executive|executives|researcher|researchers|engineer|engineers|scientist|scientists|designer|designers|staff|employees|talent|team|group|division|unit|department|lab|desk|ranks|workforce|bench|founder|founders|co-founder|co-founders|lead|leader|leaders|veteran|veterans|star|stars|architect|manager|managers|brightest|best|finest|minds|${STAFF.slice(1, -1)}) (of (about|around|some|nearly|more than|over)? [value:COUNT])?`,
    confidence: 0.85,
    // ("Citi has hired JPMorgan's two senior bankers": the count after the possessive)
    examples: [['Meta Platforms hired OpenAI’s head of research last month.', 'Meta Platforms', null], ['Orvale poaches Harwick AI’s brightest with $100 mn signing bonuses', 'Orvale', null], ['Tarrow Labs keeps poaching Kestrel’s hardware engineering group.', 'Tarrow Labs', null]],
  },
  // "Mark Zuckerberg has poached three of OpenAI's top researchers for Meta": a person hires for the company named after "for"
  {
    reason: 'hiring/person-hired-for',
    match: `[PERSON] (has|had|have|also|reportedly|personally)? ${HIRE} (away)? (two|three|four|five|six|seven|eight|nine|ten|several|some|a|an|one|a number|a handful|[value:COUNT])? (of)? [counterparty:POSS] (')? ~{0,4} (${ROLE}|${STAFF.slice(1, -1)}) (for|to join|to work at|to work for) [subject:ORG]`,
    confidence: 0.8,
    examples: [['Dana Roe has poached three of Harwick AI’s top researchers for Orvale.', 'Orvale', 'three']],
  },
  // "Barclays has hired JPMorgan's John Miller to run its investment bank"
  {
    reason: 'hiring/hired-someones-person',
    match: `${HIRE} (away)? [counterparty:POSS] (')? (former|ex-|top|star|veteran|longtime|long-time)? [PERSON]`,
    confidence: 0.82,
    unless: { 'hiring/adviser': ADVISER },
    examples: [['Kestrel Partners has hired Ashgrove Securities’ John Miller to run its investment bank.', 'Kestrel Partners', null]],
  },
  // "the entire 14-person team of Brindle AI", "snapped up the team behind Sparrow Labs"
  {
    reason: 'hiring/team-of',
    // ("took on two co-founders of Cadence AI": taking on people named as people is hiring them — not "took on the team at X in
    // the final", a side played against)
    match: `(${HIRE_ONLY} (the|its)? (entire|whole|core|full)? [value:COUNT]? ~{0,3} (team|staff|founders|co-founders|workforce|employees|engineers|researchers)|{take on|absorb|scoop up} (the|its)? (entire|whole|core|full)? [value:COUNT]? ~{0,3} (staff|founders|co-founders|workforce|employees|engineers|researchers)|{absorb|scoop up} (the|its)? (entire|whole|core|full)? ~{0,2} (team|teams)) (behind|of|at) (the|an?)? ~{0,2} (startup|start-up|rival|firm|company|lab)? [counterparty:ORG]`,
    confidence: 0.82,
    unless: { 'hiring/adviser': ADVISER },
    examples: [['In an acqui-hire, Pellucid Labs brought on the entire 14-person team of Brindle AI.', 'Pellucid Labs', '14-person']],
  },
  // "Inflection AI, which was recently reverse-acqui-hired by Microsoft": the one acqui-hired, in the passive
  {
    reason: 'hiring/acqui-hired-by',
    match: `[counterparty:ORG] (,)? (which|that)? (was|were|has been|had been|is being|got)? (recently|later|effectively|essentially|reportedly|then)? (acqui-hired|acquihired|reverse-acqui-hired|reverse-acquihired|reverse acqui-hired) by [subject:ORG]`,
    confidence: 0.82,
    examples: [['The cuts follow a trend among AI startups like Copperleaf Labs, which was recently reverse-acqui-hired by Zentrix AI.', 'Zentrix AI', null]],
  },
  // "Zentrix AI acqui-hires Copperleaf Labs": the company acqui-hired is where the people come from
  {
    reason: 'hiring/acqui-hired',
    // ("acqui-hired drone start-up TechEagle", "acqui-hired a Bangalore-based AI start-up called Pikup.ai")
    match: `(acqui-hire|acqui-hires|acqui-hired|acqui-hiring|acquihire|acquihires|acquihired|acquihiring) (the|a|an)? (_{0,7} (startup|start-up|firm|company|venture|lab|studio|developer|maker|rival) (called|named)?)? [counterparty:ORG]`,
    confidence: 0.85,
    examples: [
      ['Zentrix AI acqui-hires Copperleaf Labs team', 'Zentrix AI', null],
      ['Zentrix AI acqui-hired a Pune-based robotics start-up called Tarsel Labs.', 'Zentrix AI', null],
      ['Zentrix AI acqui-hired Los Angeles-based AI start-up Tarsel Labs, which builds chatbots.', 'Zentrix AI', null],
    ],
  },
  // "former DeepMind researchers it hired this spring": the people before the hirer
  {
    reason: 'hiring/staff-it-hired',
    match: `(former|ex-|ex)? [counterparty:ORG] ~{0,2} ${STAFF} (that|who|whom)? [subject:ORG] (has|had|have)? (recently|just)? ${HIRE_ONLY}`,
    confidence: 0.8,
    examples: [['Copperleaf AI’s new research lab is staffed largely by former DeepMind researchers it hired this spring.', 'Copperleaf AI', null]],
  },
  // "Several of the researchers Meta hired came from Google DeepMind": the hired people, then where they came from
  {
    reason: 'hiring/staff-it-hired-came-from',
    match: `${STAFF} (that|who|whom)? [subject:ORG] (has|had|have)? (recently|just)? ${HIRE_ONLY} ~{0,4} (mostly|largely|mainly|all)? (came|come|have come|had come|hail|hailed|were poached|were hired) from (rival)? [counterparty:ORG]`,
    confidence: 0.8,
    list: true,
    examples: [['Most of the engineers Orrin Labs hired last year came from Kestrel Systems.', 'Orrin Labs', null]],
  },
  // "Four engineers defected from Rivian to Kestrel Dynamics": source and hirer after the verb
  {
    reason: 'hiring/moved-from-to',
    match: `([PERSON]|[value:COUNT] ~{0,3} ${STAFF}|${STAFF}|(he|she|ceo|cfo|cto|coo|chief|president|founder|co-founder|executive|head)) ~{0,3} ({defect|move|switch|jump|jump ship|decamp|migrate|head|transfer|go}|{follow} ([PERSON]|(mr|ms|mrs|dr) _|him|her|them|_)) (ship)? (over)? from (rival)? [counterparty:ORG] to (rival|_)? [subject:ORG]`,
    confidence: 0.82,
    // ("to Chicago-based Orrin & Vale": one word between "to" and the company joined, a rival or where it is based)
    extra: (m) => {
      const at = m.toks.indexOf(m.slots.subject!);
      const between = m.toks[at - 1]!;
      return between.lower === 'to' || between.lower === 'rival' || /-(?:based|headquartered)$/.test(between.lower) ? {} : null;
    },
    examples: [
      ['Four engineers defected from Rivian to Kestrel Dynamics.', 'Kestrel Dynamics', 'Four engineers'],
      // (people who followed their manager: "Nine analysts followed Mr Pike from Harlow Securities to Denholm Partners")
      ['Nine analysts followed Mr Pike from Harlow Securities to Denholm Partners.', 'Denholm Partners', 'Nine analysts'],
      ['Last month, 11 corporate and finance lawyers moved from Kestrel Partners to Chicago-based Orrin & Vale.', 'Orrin & Vale', '11 corporate and finance lawyers'],
    ],
  },
  // "Zentrix AI has been raiding Copperleaf Labs for talent": a raid on a company for its people
  {
    reason: 'hiring/raid-for-staff',
    match: `[subject:ORG] (has|have|had|is|are|was|were)? (been)? (also|reportedly|quietly|repeatedly|aggressively)? {raid} (rival|rivals|startup)? [counterparty:ORG] (for) (its|their)? (top|best|senior|key|star)? (talent|${STAFF.slice(1, -1)})`,
    confidence: 0.8,
    extra: subjectNotObject,
    examples: [['Zentrix AI has been raiding Copperleaf Labs for talent.', 'Zentrix AI', null]],
  },
  // "the Swiss bank has raided Merrill Lynch, poaching Jonathan Grundy as head of energy": a raid told by whom it took
  {
    reason: 'hiring/raid-taking',
    // ("continued its expansion with a raid on Holland & Knight taking 20 partners": the raid as a noun, "on" its target)
    match: `{raid} (on)? (rival|rivals|startup)? [counterparty:ORG] (,|and)? {poach|hire|recruit|take|lure|grab|snap up|take on|bring in|bring over} ([PERSON]|(former|top|senior|key|star)? ~{0,2} ${STAFF}|${HOW_MANY} ~{0,2} ${STAFF})`,
    confidence: 0.82,
    examples: [
      ['Halvard Bank has raided Kestrel Capital, poaching Dana Roe as head of energy.', 'Halvard Bank', null],
      ['Orvale Law has continued its rapid expansion with a raid on Kestrel & Reyes taking 20 partners for its new office.', 'Orvale Law', '20'],
    ],
  },
  // "Infosys reportedly accused Cognizant of unethical poaching tactics": the accused hires from the accuser
  {
    reason: 'hiring/accused-of-poaching',
    match: `[counterparty:ORG] _{0,5} {accuse} (rival)? [subject:ORG] of (unethical|illegal|illegally|aggressive|aggressively|unfair|systematic|systematically)? (poaching|poach|hiring away|luring away|luring|headhunting) (its|their)? (top|senior|key|senior-level)? (talent|${STAFF.slice(1, -1)}|tactics|practices)?`,
    confidence: 0.75,
    examples: [['Its cross-town peer Tessaly Tech, too, reportedly accused Orvane Systems of unethical poaching tactics.', 'Orvane Systems', null]],
  },
  // "AstraZeneca replaced him with Roche pharma chief Pascal Soriot": the successor's employer is where the company hired from
  {
    reason: 'hiring/replaced-with',
    match: `[subject:ORG] (has|had|have|then|later|quickly)? {replace} (him|her|them|[PERSON]) with (rival|former|ex-)? [counterparty:ORG] ~{0,3} ${ROLE} [PERSON]`,
    confidence: 0.78,
    examples: [['Dana Roe quit under pressure and Halvard Pharma replaced him with Kestrel Bio pharma chief Sam Reyes.', 'Halvard Pharma', null]],
  },
  // "Tom Reyes was recruited from Copperleaf Labs by Zentrix AI", "has been hired away from X by Y": a passive hire, source first
  {
    reason: 'hiring/passive-from-by',
    match: `(was|were|been|being|is|are|be|get|got|gets) (quietly|reportedly|recently|successfully|eventually|later|first)? ${HIRE_ONLY} (away)? from (rival)? [counterparty:ORG] ~{0,3} by (rival)? [subject:ORG]`,
    confidence: 0.85,
    // people, not customers or deals ("Customers were lured away from X by Y's lower prices"; nor a hirer that owns the lure)
    extra: (m) => {
      const aux = m.toks.findIndex((t, k) => k >= m.start && /^(?:was|were|been|being|is|are|be|get|got|gets)$/.test(t.lower));
      const before = m.toks.slice(0, aux).map((t) => t.lower).join(' ');
      if (/\b(?:customers?|clients?|shoppers?|users?|subscribers?|buyers?|investors?|advertisers?|deals?|contracts?|orders?|business|accounts?|money|funds|deposits|traffic)\b/.test(before)) return null;
      return m.toks[m.toks.indexOf(m.slots.subject!) + 1]?.lower === "'s" || m.slots.subject!.actor?.possessive ? null : {};
    },
    examples: [['Tom Reyes was recruited from Copperleaf Labs by Zentrix AI last year.', 'Zentrix AI', null]],
  },
  // "After hiring a team of six brokers from X last spring, Y won…": the hirer is the main clause's subject
  {
    reason: 'hiring/after-hiring',
    match: `^ (after|having|since|by|following|with)? (having)? (hired|hiring|recruited|recruiting|poached|poaching|lured|luring|snapped up|snapping up|brought in|bringing in|brought on|bringing on) (away)? (a team of|a group of)? [value:COUNT]? ~{0,4} from ~{0,3} [counterparty:ORG] ~{0,4} , [subject:ORG]`,
    confidence: 0.8,
    // the name after the comma opens the main clause, not the next item of a list of sources ("Hiring from X, Y, Z and W")
    extra: (m) => {
      const i = m.toks.indexOf(m.slots.subject!);
      const next = m.toks[i + 1];
      const after = m.toks[i + 2];
      const listed = (t?: Tok) => !!t && (t.kind === 'org' || t.kind === 'name') && !t.lower; // a name, not "its"
      if (!next || next.lower === '.') return null;
      if (next.lower === ',' || next.lower === 'and' || next.lower === 'or' || next.lower === '&') {
        if (listed(after) || ((after?.lower === 'and' || after?.lower === 'or') && listed(m.toks[i + 3]))) return null;
      }
      return {};
    },
    examples: [['After hiring a team of six brokers from Ashgrove Securities last spring, Kestrel Partners doubled its client list.', 'Kestrel Partners', 'six brokers']],
  },
  // "By hiring away a team of five relationship managers from Chase last month, Mr. McCaskill was…": the main clause's subject is a
  // person the article tied to a company before ("Thomas E. McCaskill, a senior executive at NationsBank"), whose company hires
  {
    reason: 'hiring/after-hiring-person',
    match: `^ (after|having|since|by|following|with)? (having)? (hired|hiring|recruited|recruiting|poached|poaching|lured|luring|snapped up|snapping up|brought in|bringing in|brought on|bringing on) (away)? (a team of|a group of)? [value:COUNT]? ~{0,4} from ~{0,3} [counterparty:ORG] ~{0,4} , (mr|ms|mrs|dr)? (.)? [PERSON]`,
    confidence: 0.76,
    // (no company the sentence names hires — they are the source and its like: the person's tie decides, read past the fronted
    // clause's comma)
    pick: {
      skip: () => true,
      fallback: (view) => {
        const fronted = view.text.slice(view.sentence.start, view.sentence.end).indexOf(',');
        const person = view.names.find((n) => n.kind === 'person' && n.start > view.sentence.start + fronted);
        const surname = person ? surnameOf(view.text.slice(person.start, person.end)) : null;
        const e = surname ? employerTiedBefore(view, surname, view.sentence.start) : null;
        return e ? { entity: e, via: 'anaphor', actor: null } : null;
      },
    },
    examples: [['Thomas E. McCaskill, a senior executive at Orvale Bank, is a modern-day gold panner. By hiring away a team of five relationship managers from Tarrow Bank last month, Mr. McCaskill was picking up more than people.', 'Orvale Bank', 'five relationship managers']],
  },
  // "Tom Reyes, head of credit at Kestrel Partners, moved with his four-strong team from Ashgrove Securities": a person's new post, then the move
  {
    reason: 'hiring/now-at-moved-from',
    match: `[PERSON] , ~{0,6} (at|of) [subject:ORG] , (who)? (has|have|had)? {move|join|come|switch|defect|arrive} (over)? (with (his|her|their) [value:COUNT]? ~{0,3})? from ~{0,2} [counterparty:ORG]`,
    confidence: 0.8,
    examples: [['Tom Reyes, head of credit trading at Kestrel Partners, moved with his four-man team from broker Ashgrove Securities in May.', 'Kestrel Partners', 'four-man']],
  },
  // "Stripe's new chief scientist, Sarah Chen, joins from Google": the post names the hirer
  {
    reason: 'hiring/new-post-joins-from',
    match: `[subject:POSS] (')? (new|newly appointed|newly hired|incoming|recently hired|latest)? ~{0,3} ${ROLE} ,? [PERSON] ,? (who)? (has|had|will)? (recently)? {join|come|arrive|move|switch} (over)? from (rival)? [counterparty:ORG]`,
    confidence: 0.82,
    examples: [['Kestrel Partners’ new chief economist, Sarah Chen, joins from Ashgrove Securities.', 'Kestrel Partners', null]],
  },
  // "She is the latest Google executive to join OpenAI"
  {
    reason: 'hiring/latest-to-join',
    match: `(latest|first|second|third|fourth|fifth|another|newest|most senior|highest-ranking|the last) (former)? [counterparty:ORG] ~{0,2} ${ROLE} to (join|defect to|move to|jump to|leave for|decamp to|head to) (rival)? [subject:ORG]`,
    confidence: 0.82,
    examples: [['She is the latest Ashgrove Securities executive to join Kestrel Partners.', 'Kestrel Partners', null]],
  },
  // "Nvidia agreed to license Groq's technology and hire its founders", "paid Inflection $650 million to license its models
  // and hire most of its staff", "took a 49% stake in Scale AI and hired its CEO": a deal with a company that takes its people
  // ("its" is the other company; coreference takes it for the clause's subject)
  {
    reason: 'hiring/license-and-hire',
    match: `(${DEAL_WITH}) ~{0,4} (and|,) (has|have|had|will)? (also)? (to)? (${HIRE_ONLY}|{take}|{walk off with}|{make off with}) ((most of|many of|some of|all of|several of|a number of|much of)? [owner:POSS] ([COUNT])? ~{0,2} ${ROLE}|(several|some|many|a number of|a handful of|a few|its|the) ~{0,2} (key|senior|top|leading)? (members|staff|employees|engineers|researchers|leaders|executives|founders|co-founders|team members) (,)? (including|such as|among them))`,
    confidence: 0.8,
    // "its" or "their" (not "its own engineers", nor a post new to the hirer: "hired its first CFO", "its new chief executive")
    extra: (m) => {
      const owner = m.slots.owner;
      // ("…and has hired several key members, including CEO Dana Roe": people of the company the deal was with)
      if (!owner) return {};
      if (owner.lower !== 'its' && owner.lower !== 'their') return null;
      return m.toks.slice(m.toks.indexOf(owner), m.end).some((t) => /^(?:own|first|new|next|incoming|permanent|interim)$/.test(t.lower)) ? null : {};
    },
    examples: [
      ['Halvard Robotics agreed to license Kestrel Dynamics’ technology and hire its founders.', 'Halvard Robotics', null],
      ['Zentrix AI paid Copperleaf Labs $650 million to license its models and hire most of its staff.', 'Zentrix AI', null],
      ['Zentrix AI took a 49% stake in Copperleaf Labs and hired its chief executive, Tom Reyes.', 'Zentrix AI', null],
      ['Orrin Cloud announced a $2.4 billion licensing deal for AI coding startup Kestrel Code and has hired several key members, including CEO Dana Roe.', 'Orrin Cloud', null],
    ],
  },
  // "hired Jane Doe, a former Google executive", "has appointed Raj Patel, previously at Stripe,"
  {
    reason: 'hiring/hired-person-from',
    extra: unitAtCompany,
    match: `{hire|rehire|poach|lure|recruit|appoint|name|tap|bring in|welcome|add} [PERSON] , (a|an|the|who was|who is|who has|previously|formerly|most recently)? (former|ex-|ex|previously|formerly|longtime|veteran|recently)? ~{0,3} (at|of|from|with)? [counterparty:ORG]`,
    confidence: 0.82,
    unless: { 'hiring/adviser': ADVISER, 'hiring/board': BOARD, 'hiring/listed': LISTED },
    examples: [['Quillmark Labs has hired Jane Doe, a former Google executive, as chief operating officer.', 'Quillmark Labs', null]],
  },
  // "has hired Priya Raman, who previously led Google's AI team", "appointed Tom Ellis, who spent ten years at Stripe"
  {
    reason: 'hiring/hired-who-was-at',
    extra: unitAtCompany,
    match: `{hire|rehire|poach|lure|recruit|appoint|name|tap|bring in|welcome|add} [PERSON] , (who|who had|who has) (previously|formerly|most recently|until recently|recently|once)? (led|ran|headed|worked at|worked for|was at|was with|spent _{1,3} at|was _{0,4} at|was _{0,4} of|oversaw) ~{0,3} [counterparty:ORG]`,
    confidence: 0.8,
    unless: { 'hiring/adviser': ADVISER, 'hiring/board': BOARD, 'hiring/listed': LISTED },
    examples: [['Quillmark Labs has hired Priya Raman, who previously led Google’s AI team.', 'Quillmark Labs', null]],
  },
  // "David Felman, one of Kestrel's best-performing fund managers in recent years, left to join hedge fund Orvane": the person's
  // company in the apposition, the one joined after
  {
    reason: 'hiring/one-of-left-to-join',
    match: `[PERSON] , (one of|another of|a|an|the)? [counterparty:POSS] _{1,8} , (has|had|have)? (since|recently|then|now)? (left|quit|departed) (to join|for) ~{0,4} [subject:ORG]`,
    confidence: 0.76,
    examples: [['David Felman, one of Kestrel’s best-performing fund managers in recent years, left to join New York hedge fund Orvane Capital.', 'Orvane Capital', null]],
  },
  // "Orvane Electronics is seeing an inflow of experienced workers, many incoming from rival Kestrel Chips": people arriving from a
  // named company at the clause's company
  {
    reason: 'hiring/inflow-from',
    match: `(inflow|influx|stream|wave) of ~{0,3} ${STAFF} ,? (many|most|some|several|a number|mostly|largely|chiefly|mainly)? (of them)? (incoming|coming|arriving|recruited|hired|poached|drawn)? from (rival|competitor|competing)? [counterparty:ORG]`,
    confidence: 0.74,
    examples: [['Orvane Electronics is seeing an inflow of experienced workers, many incoming from rival Kestrel Chips.', 'Orvane Electronics', null]],
  },
  // "Priya Raman, formerly of Google, has joined Quillmark", "joins Quillmark after eight years at Stripe"
  {
    reason: 'hiring/joined-after-at',
    match: `([PERSON]|he|she) ,? ((formerly|previously|until recently|most recently) (of|at|with) [counterparty:ORG] ,)? ~{0,3} {join|rejoin|move to|defect to|jump to|switch to} [subject:ORG] (after|following) _{0,5} (at|with) [counterparty:ORG]`,
    confidence: 0.82,
    examples: [['Priya Raman joins Quillmark Labs after eight years at Stripe.', 'Quillmark Labs', null]],
  },
  {
    reason: 'hiring/formerly-of-joined',
    match: `[PERSON] , (formerly|previously|until recently|most recently|a veteran) (of|at|with) [counterparty:ORG] , ~{0,3} {join|rejoin|move to|defect to|jump to|switch to} [subject:ORG]`,
    confidence: 0.82,
    examples: [['Priya Raman, formerly of Google, has joined Quillmark Labs as chief scientist.', 'Quillmark Labs', null]],
  },
  // "20 engineers have left Google for Meta", "she quit Apple to join Tesla", "have quit the bank to join rival firms such
  // as Jefferies and UBS" (each rival of the list hires)
  {
    reason: 'hiring/left-for',
    match: `([PERSON] (, [COUNT] ,)?|[value:COUNT] ~{0,3} ${STAFF}|${STAFF}|(${ROLE}|he|she|they) ((of|for) _{1,5})?) ~{0,4} {leave|quit|depart|exit} (the)? [counterparty:ORG] _{0,3} (for|${MOVE_TO}|, {head} to|, {join}|and {join}|and {head} to) (rival|rivals (including|such as|like)|~{0,3} (company|firm|maker|group|provider|bank|startup|start-up|giant|retailer|lender|insurer|carrier|airline|platform|developer|companies|firms|makers|groups|providers|banks|startups|start-ups|giants|retailers|lenders|insurers|carriers|airlines|platforms|developers) (including|such as|like)?)? [subject:ORG]`,
    confidence: 0.85,
    subjectList: true,
    extra: countOfOneHirer,
    examples: [
      ['Several executives have quit Halvard Bank to join rival firms including Kestrel Group and Orrin Capital.', 'Kestrel Group', null],
      ['Twenty engineers have left Google Research for Meta Platforms this year.', 'Meta Platforms', 'Twenty engineers'],
      ['Its EVP of US supply chain is leaving Corvane Stores for medical device company Tarsel Medical.', 'Tarsel Medical', null],
    ],
  },
  // "Around 30 bankers have left this year to join rival firms such as Jefferies and UBS", in a story about the bank they
  // left: people of the article's company leaving to join rivals (the company left is the one the article is about)
  {
    reason: 'hiring/left-to-join-rivals',
    match: `[value:COUNT]? ~{0,3} ${STAFF} _{0,12} (have|had|has)? {leave|quit|depart|defect} (this year|last year|recently|since|in recent months|in recent weeks)? (to join|for) (rival|rivals|competing|competitor|competitors|other) ~{0,2} (firms|companies|banks|lenders|groups|funds|startups|employers|insurers|carriers|airlines|brokers|houses)? (including|such as|like) [subject:ORG]`,
    confidence: 0.76,
    subjectList: true,
    extra: (m, view) => leftMainCompany(m, view, { value: null }),
    examples: [['Halvard Bank has warned bankers who left Halvard Bank not to poach colleagues. Around 30 bankers, including chair Tom Reyes, have left this year to join rival firms such as Kestrel Group and Orrin Capital.', 'Kestrel Group', null]],
  },
  // "457 people left Tesla … 51 employees went to Apple", "Another 10 managed to move to SpaceX": a count of people who went
  // to a company, in a story about the company they left (the article's main company as the source)
  {
    reason: 'hiring/count-went-to',
    match: `(another|a further)? [value:COUNT] (former|ex-)? ~{0,2} (${STAFF}|people|of them)? (have|had|also)? (went|go|moved|have moved|managed to move|ended up|headed|defected|jumped ship|switched) (to|at) (rival|the)? ([PERSON] 's)? ~{0,3} [subject:ORG]`,
    confidence: 0.72,
    // (only where the story speaks of people leaving)
    extra: (m, view) => (/\b(?:left|leaving|quit|departed|laid off|lay off|layoffs|exodus|departures?|defections?|poach\w*)\b/i.test(view.text) ? leftMainCompany(m, view, {}) : null),
    examples: [['457 people left Copperleaf Motors in three months, and a quarter of them went to rivals. Copperleaf Motors cut staff. 51 employees went to Zentrix AI.', 'Zentrix AI', '51 employees']],
  },
  // "a former Airbnb executive who joined xAI", "OpenAI researchers defected to Meta"
  {
    reason: 'hiring/former-staff-joined',
    // ("About 10 Orvale relationship managers moved to Kestrel Bank": their count before the name)
    match: `((about|around|some|nearly|more than|over|at least|up to)? [value:COUNT])? (former|ex-|ex)? [counterparty:ORG] ~{0,2} ${STAFF} ~{0,4} {join|defect to|move to|jump to|switch to|head to|sign with} [subject:ORG]`,
    confidence: 0.8,
    examples: [
      ['Several OpenAI researchers have joined Meta Platforms in recent weeks.', 'Meta Platforms', null],
      ['About 10 Orvale relationship managers moved to Kestrel Bank in October.', 'Kestrel Bank', 'About 10 Orvale relationship managers'],
    ],
  },
  // "Zentrix AI has appointed former Copperleaf Labs executive Dana Roe as chief executive", "named Copperleaf Labs veteran
  // Dana Roe as CTO": an appointment of a person the text names by their company (not to a board, nor as an adviser)
  {
    reason: 'hiring/appointed-veteran-of',
    // ("appoints Tessaly Group veteran as CEO": the person unnamed, the post after "as")
    match: `{appoint|name|tap|pick|select|choose|land|snag} (a|an)? (top|senior|former|ex-|ex|longtime|long-time|veteran|star|key|leading|high-profile|prominent|another)? (former|ex-|ex)? [counterparty:ORG] ~{0,3} ${ROLE} ((,)? [PERSON]|as|to (lead|head|run))`,
    confidence: 0.8,
    unless: { 'hiring/adviser': ADVISER, 'hiring/board': BOARD },
    extra: (m) => modifiersOnly({ ...m, end: m.end - (m.toks[m.end - 2]?.lower === "," ? 2 : 1) }),
    examples: [
      ['Zentrix AI has appointed former Copperleaf Labs executive Dana Roe as chief executive.', 'Zentrix AI', null],
      ['Zentrix AI appoints Copperleaf Labs veteran as chief executive.', 'Zentrix AI', null],
    ],
  },
  // "Former Copperleaf Labs executive Dana Roe has been appointed chief executive of Zentrix AI": a passive appointment, the
  // person named by their former company, the post by its new one
  {
    reason: 'hiring/veteran-appointed-at',
    match: `(former|ex-|ex) [counterparty:ORG] ~{0,3} ${ROLE} ([PERSON]|[NAME]) ,? (has|had|will|is|was)? (been|be)? (appointed|named|hired|tapped|picked|chosen|selected|recruited|confirmed) (as)? ~{0,5} (of|at|by) (rival)? [subject:ORG]`,
    confidence: 0.8,
    unless: { 'hiring/board': BOARD },
    examples: [['Former Copperleaf Labs executive Dana Roe has been appointed chief executive of Zentrix AI.', 'Zentrix AI', null]],
  },
  // "Dana Roe, a former vice president at Copperleaf Labs, has been named chief technology officer of Zentrix AI",
  // "Dana Roe, who previously led Copperleaf Labs' cloud unit, was appointed CEO of Zentrix AI"
  {
    reason: 'hiring/person-of-appointed-at',
    match: `([PERSON]|[NAME]) , ((a|an|the)? (former|ex-|ex|previously|formerly|longtime|long-time|veteran|most recently|until recently) ~{0,4} (at|of|with|from)?|who (had|has)? (previously|formerly|most recently|until recently|once)? (led|ran|headed|worked at|worked for|was at|was with|spent _{1,3} at|oversaw)) ~{0,2} [counterparty:ORG] ~{0,3} , (has|had|will|is|was)? (been|be)? (appointed|named|hired|tapped|picked|chosen|selected|recruited) (as)? ~{0,5} (of|at|by) (rival)? [subject:ORG]`,
    confidence: 0.8,
    unless: { 'hiring/board': BOARD },
    examples: [['Dana Roe, a former vice president at Copperleaf Labs, has been appointed chief technology officer of Zentrix AI.', 'Zentrix AI', null]],
  },
  // "Zentrix AI has brought in Dana Roe from Copperleaf Labs", "snagged Dana Roe from Copperleaf Labs": a named person taken from a company
  {
    reason: 'hiring/took-person-from',
    match: `{hire|rehire|poach|lure|recruit|bring in|bring over|bring on|snag|land|nab|tap|pick|woo|appoint|name|headhunt} [PERSON] (away)? from (rival|startup)? [counterparty:ORG]`,
    confidence: 0.8,
    unless: { 'hiring/adviser': ADVISER, 'hiring/board': BOARD },
    examples: [['Zentrix AI has brought in Dana Roe from Copperleaf Labs to run its chip unit.', 'Zentrix AI', null]],
  },
  // "Zentrix AI added 12 researchers from Copperleaf Labs": staff added from a company (not customers or users)
  {
    reason: 'hiring/added-staff-from',
    match: `{add} ${ABOUT}? [value:COUNT]? (new|more|former|senior|top)? ~{0,3} ${STAFF} ~{0,3} from (rival|startup|rivals)? [counterparty:ORG]`,
    confidence: 0.8,
    list: true,
    examples: [['Zentrix AI added 12 researchers from Copperleaf Labs in the quarter.', 'Zentrix AI', '12 researchers']],
  },
  // "Zentrix AI now employs more than 30 former Copperleaf Labs engineers", "counts 15 former Copperleaf Labs researchers among its staff",
  // "now counts 11 researchers formerly at Copperleaf Labs", "employed 56 of Copperleaf Labs' 457 laid-off employees"
  {
    reason: 'hiring/employs-former-staff-of',
    match: `({employ|count|boast} ${ABOUT}? [value:COUNT] (former|ex-|ex) [counterparty:ORG] ~{0,3} (${STAFF}|${ROLE})|{employ} ${ABOUT}? [value:COUNT] of [counterparty:POSS] (')? _{0,4} (${STAFF}|${ROLE})|{employ|count|boast|have|include} ${ABOUT}? [value:COUNT] ~{0,2} (${STAFF}|${ROLE}) (who were)? (formerly|previously|once|until recently) (at|of|with) [counterparty:ORG])`,
    confidence: 0.78,
    extra: modifiersOnly,
    examples: [
      ['Zentrix AI now employs more than 30 former Copperleaf Labs engineers.', 'Zentrix AI', 'more than 30 former Copperleaf Labs engineers'],
      ['Zentrix AI’s research lab now counts 11 researchers formerly at Copperleaf Labs.', 'Zentrix AI', '11 researchers'],
      ['Zentrix AI employed 56 of Copperleaf Labs’ 457 laid-off employees.', 'Zentrix AI', '56'],
    ],
  },
  // "The Orvane Bank MDs who've come from Tessaly", "Orvane Bank has a CTO from Tessaly": its people who came from another
  {
    reason: 'hiring/staff-who-came-from',
    match: `([subject:POSS] (')?|[subject:ORG]) ~{0,2} (${STAFF}|${ROLE}|mds|md|partners) (who|that) ('ve|have|had|recently)? (come|came|moved|arrived|defected|joined) (over)? (recently)? from [counterparty:ORG]`,
    confidence: 0.76,
    examples: [['The fellow Orvane Bank MDs who have come from Tessaly Group recently include its head of data.', 'Orvane Bank', null]],
  },
  {
    reason: 'hiring/has-role-from',
    match: `[subject:ORG] (,)? (for reference|for example|for instance|too|also)? (,)? {have} (a|an|its|their|two|three|several) (new)? (${ROLE}|cio|cmo|ciso|general counsel) from [counterparty:ORG]`,
    confidence: 0.74,
    examples: [['Orvane Bank, for reference, has a CTO from Tessaly Group and a CIO from Quarrow Labs.', 'Orvane Bank', null]],
  },
  // "Some 40 Copperleaf Labs alumni now work at Zentrix AI", "former Copperleaf Labs engineers now work for Zentrix AI"
  {
    reason: 'hiring/former-staff-work-at',
    match: `[value:COUNT]? (former|ex-|ex)? [counterparty:ORG] ~{0,2} (${STAFF}|alumni|veterans) (now|currently|already)? ({work} (at|for)|are (now)? (at|with)|have (since)? gone to|have (since)? moved to|went to|ended up at) (rival)? [subject:ORG]`,
    confidence: 0.78,
    examples: [['Some 40 Copperleaf Labs alumni now work at Zentrix AI.', 'Zentrix AI', 'Some 40']],
  },
  // "Copperleaf Labs has seen 25 staff depart for Zentrix AI", "is bleeding talent to Zentrix AI", "lost a dozen researchers
  // to rivals including Zentrix AI": the company that loses people is the source, the one they go to hires
  {
    reason: 'hiring/saw-staff-leave-for',
    match: `[counterparty:ORG] ${AUX}? (been)? (seen|watched|seeing|watching|{see}) ${ABOUT}? [value:COUNT]? ~{0,3} (${STAFF}|${ROLE}) {depart|leave|defect|go|move|head|decamp|jump|jump ship|walk} (for|to|over to) (rival|rivals|startup)? [subject:ORG]`,
    confidence: 0.8,
    examples: [['Copperleaf Labs has seen 25 staff depart for Zentrix AI.', 'Zentrix AI', '25 staff']],
  },
  // "A123 Systems filed a lawsuit against Apple for poaching critical engineers", "Tesla sued Rivian, alleging it poached
  // staff", "Tesla accused Rivian of poaching 178 employees", "Tesla claims Rivian is poaching staff from them": the one
  // who complains lost the people to the one accused
  {
    reason: 'hiring/accused-of-poaching',
    match: `[counterparty:ORG] ${AUX}? ({file|bring} (a)? (lawsuit|suit|complaint|case) against|{sue}|{accuse}) [subject:ORG] (,)? (for|of|over|alleging|claiming|saying)? (that)? (it|the company|the firm)? (had|has|is|was|of)? (aggressively|systematically|illegally|improperly|unlawfully)? (poaching|poached|luring|lured|raiding|raided|hiring away|hired away|stealing|stole) (away)? ${ABOUT}? [value:COUNT]? ~{0,3} (${STAFF}|${ROLE}|talent|people)`,
    confidence: 0.78,
    examples: [
      ['Quarrow Systems filed a lawsuit against Tessaly Motors for poaching critical engineers.', 'Tessaly Motors', null],
      ['Quarrow Systems accused Tessaly Motors of poaching 178 employees.', 'Tessaly Motors', '178 employees'],
    ],
  },
  // (a claim names its own loss: "Tesla claims Rivian is poaching staff from them" — not "Analysts said Meta had poached 40 staff")
  {
    reason: 'hiring/claims-poaching-from-it',
    match: `[counterparty:ORG] ${AUX}? ({claim|allege|say|complain} (that)?) [subject:ORG] (is|was|has been|had been|had|has)? (aggressively|systematically|illegally|improperly|unlawfully)? (poaching|poached|luring|lured|raiding|raided|hiring away|hired away|stealing|stole) (away)? ${ABOUT}? [value:COUNT]? ~{0,3} (${STAFF}|${ROLE}|talent|people) (away)? from (them|it|us|the company|its ranks)`,
    confidence: 0.76,
    examples: [['Quarrow Systems claims Tessaly Motors is poaching staff from them.', 'Tessaly Motors', null]],
  },
  {
    reason: 'hiring/bleeding-to',
    match: `[counterparty:ORG] ${AUX}? (been)? {bleed|lose|haemorrhage|hemorrhage} ${ABOUT}? [value:COUNT]? ~{0,3} (${STAFF}|${ROLE}|talent) ((of|for) _{1,5})? to (rivals|competitors|companies|firms|startups|rival)? (including|such as|like|among them|notably)? [subject:ORG]`,
    confidence: 0.8,
    examples: [
      ['Copperleaf Labs is bleeding talent to Zentrix AI.', 'Zentrix AI', null],
      ['Copperleaf Labs is losing its EVP of US supply chain to Zentrix Health.', 'Zentrix Health', null],
    ],
  },
  // "Zentrix AI is looking to fill 1,000 roles this year": posts filled are people hired
  {
    reason: 'hiring/fill-roles',
    vouches: true,
    match: `[subject:ORG] ${AUX}? ${AUX}? {fill} ${ABOUT}? [value:COUNT] (new|open|more|extra|additional|full-time|permanent|temporary|seasonal)? ~{0,2} (roles|positions|jobs|vacancies|posts)`,
    confidence: 0.75,
    unless: COUNT_VETOES,
    extra: subjectNotObject,
    examples: [['Zentrix AI is looking to fill 1,000 roles this year.', 'Zentrix AI', '1,000 roles']],
  },
  // ("Royal Mail has a massive 19,000 temporary holiday jobs to fill": posts a company has to fill are hires it means to make)
  {
    reason: 'hiring/posts-to-fill',
    vouches: true,
    match: `[subject:ORG] ${AUX}? (has|have|had) (got)? ${ABOUT}? (a|an)? (massive|whopping|huge|further|record)? [value:COUNT] ~{0,3} (roles|positions|jobs|vacancies|posts) (still|yet)? to fill`,
    confidence: 0.74,
    unless: COUNT_VETOES,
    extra: subjectNotObject,
    examples: [['Orrin Post, meanwhile, has a massive 19,000 temporary holiday jobs to fill.', 'Orrin Post', '19,000 temporary holiday jobs']],
  },
  // "Morgan Lewis announced the addition of three corporate partners from Herbert Smith Freehills", "the firm gained a
  // six-partner, 18-lawyer team from Dewey & LeBoeuf": people or a team added from another company
  {
    reason: 'hiring/addition-from',
    match: `((addition|additions|arrival|arrivals|hiring|hire) of ${ABOUT}? [value:COUNT] ~{0,3} (${STAFF}|partners)|{gain|add|welcome|acquire} (a|an|the)? _{0,4} (team|teams|group) (of _{0,5})?) ${FROM} [counterparty:ORG]`,
    confidence: 0.8,
    examples: [
      ['Kestrel Law announced the addition of three corporate partners from Orrin Vale.', 'Kestrel Law', 'three'],
      ['In 2012 Kestrel Law gained a six-partner team from Orrin & Vale.', 'Kestrel Law', null],
    ],
  },
  // "Eddie Ndichu was recently appointed Opera vice president for Fintech Africa from KCB Group": a person appointed to a
  // post at a company, from another
  {
    reason: 'hiring/appointed-post-from',
    match: `[PERSON] (was|has been|is|had been|will be)? (recently|also|now|just)? {appoint|name|hire|recruit|poach} (as)? [subject:ORG] _{0,8} from (the)? [counterparty:ORG]`,
    confidence: 0.78,
    examples: [['Eddie Ndichu was recently appointed Kestrel Pay vice president for Fintech Africa from Orrin Group.', 'Kestrel Pay', null]],
  },
  // "Halvard Bank's recruitment of 400 new staff", "a hiring spree, adding 400 engineers"
  {
    reason: 'hiring/recruitment-of',
    match: `(([subject:POSS] (')? (planned|new)?) (recruitment|hiring|hire) of|(hiring|recruitment|recruiting) (spree|drive|push|binge) ,? (that|which)? (adding|taking on|bringing in|recruiting|hiring|added|took on|brought in|to add|to hire|to recruit|of)) ${ABOUT}? [value:COUNT] (new|more|extra|additional|full-time|permanent|temporary|seasonal)? ~{0,2} ${STAFF}`,
    confidence: 0.75,
    unless: COUNT_VETOES,
    examples: [['Halvard Bank’s recruitment of 400 new staff will be completed by June.', 'Halvard Bank', '400 new staff']],
  },
  // "Milbank's acquisition of a half-dozen laterals from the London office of Dickson Minto": people a company acquires from another
  // (people, not a company or its assets: "its acquisition of 40 stores from X" is no hire)
  {
    reason: 'hiring/acquisition-of-staff-from',
    match: `[subject:POSS] (')? (acquisition|capture|signing|addition) of (${HOW_MANY} ~{0,2}|(a|an|the) _{1,5}) ${STAFF} from ~{0,6} [counterparty:ORG]`,
    confidence: 0.75,
    unless: { 'hiring/someone-else': COUNT_VETOES['hiring/someone-else']!, 'hiring/other-people': COUNT_VETOES['hiring/other-people']! },
    examples: [['The figures are flattered by Orvane Law’s acquisition of a half-dozen laterals from the London office of boutique Kestrel Legal.', 'Orvane Law', 'a half-dozen laterals']],
  },
  // "Zentrix AI expects to make 500 new hires in 2025", "is hiring for 500 roles", "is seeking 2,000 new recruits",
  // "will employ an extra 300 people": hires counted without a source
  {
    reason: 'hiring/make-hires',
    vouches: true,
    match: `[subject:ORG] ${AUX}? ${AUX}? ({make} ${ABOUT}? [value:COUNT] (new|more|extra|additional|external|full-time)? (hires|appointments)|{hire|recruit} (for)? ${ABOUT}? [value:COUNT] (new|open|more|extra|additional)? ~{0,2} (roles|positions|posts|vacancies)|{hire|recruit} for ${ABOUT}? [value:COUNT] (new|open|more|extra|additional)? ~{0,2} jobs|{seek|look for} ${ABOUT}? [value:COUNT] (new|more|extra|additional)? ~{0,2} (recruits|hires|employees|staff|staffers|workers|engineers|developers|graduates|apprentices)|{employ} (an|a)? (extra|additional|further|another) [value:COUNT] ~{0,2} ${STAFF})`,
    confidence: 0.75,
    unless: COUNT_VETOES,
    extra: subjectNotObject,
    examples: [
      ['Zentrix AI expects to make 500 new hires in 2025.', 'Zentrix AI', '500 new hires'],
      ['Halvard Bank is hiring for 500 roles across Europe.', 'Halvard Bank', '500 roles'],
      ['Ostrava Telecom plans to recruit about 1,000 R&D positions in Sweden.', 'Ostrava Telecom', 'about 1,000 R&D positions'],
    ],
  },
  // "He was wooed away from Microsoft in 2006 to Google", "was lured from Kestrel Labs to Orrin Soft": a move from one to the other,
  // in the passive
  {
    reason: 'hiring/lured-from-to',
    vouches: true,
    match: `(was|were|been|being|is|are|get|got|gets) (wooed|lured|poached|tempted|enticed|prised|pried) (away)? from [counterparty:ORG] _{0,4} to (join)? [subject:ORG]`,
    confidence: 0.8,
    // (not a player lured between clubs: sport is no company's hire)
    extra: (_m, view) => (LURED_PLAYER.test(view.sentence.text) ? null : {}),
    examples: [['Dana Roe was wooed away from Kestrel Labs in 2006 to Orrin Soft.', 'Orrin Soft', null]],
  },
  // "Orrin Pay advertised for just under 300 positions", "followed closely, posting 350 jobs", "has 120 job openings": jobs a
  // company offers are hires it means to make
  {
    reason: 'hiring/advertised-jobs',
    vouches: true,
    match: `({advertise|post|list} (for)? ${ABOUT}? [value:COUNT] (new|open)? ~{0,2} (jobs|roles|positions|posts|vacancies|openings|listings|job ads)|{have} ${ABOUT}? [value:COUNT] (open|unfilled)? (job)? (openings|vacancies))`,
    confidence: 0.72,
    unless: COUNT_VETOES,
    examples: [
      ['Leading the way was Orrin Pay, which advertised for just under 300 positions.', 'Orrin Pay', 'just under 300 positions'],
      ['Orrin Pay followed closely, posting 350 jobs.', 'Orrin Pay', '350 jobs'],
      ['Kestrel Bank has 120 job openings in Sydney.', 'Kestrel Bank', '120 job openings'],
    ],
  },
  // "Dana Roe, a former Copperleaf Labs researcher, is among Zentrix AI's latest hires" (not a club's "signings")
  {
    reason: 'hiring/among-latest-hires',
    match: `([PERSON]|[NAME]) , (a|an|the)? (former|ex-|ex|longtime|long-time|veteran) [counterparty:ORG] ~{0,3} ${ROLE} , (is|was|are|were) (among|one of) [subject:POSS] (')? (latest|newest|new|recent|most recent|first|biggest|top|star)? (hires|recruits|appointments)`,
    confidence: 0.78,
    examples: [['Dana Roe, a former Copperleaf Labs researcher, is among Zentrix AI’s latest hires.', 'Zentrix AI', null]],
  },
  // "Zentrix AI's latest hire is Dana Roe, a former Copperleaf Labs researcher"
  {
    reason: 'hiring/latest-hire-is',
    match: `[subject:POSS] (')? (latest|newest|new|recent|most recent|first|biggest|top|star)? (hire|recruit|hires|recruits) (is|was|are|were|include|includes|included) ([PERSON]|[NAME]) , (a|an|the)? (former|ex-|ex|longtime|long-time|veteran|previously|formerly) ~{0,3} (at|of|from|with)? [counterparty:ORG]`,
    confidence: 0.78,
    examples: [['Zentrix AI’s latest hire is Dana Roe, a former Copperleaf Labs researcher.', 'Zentrix AI', null]],
  },
  // "Zentrix AI acquired Copperleaf Labs' team but not its technology": a company's people bought
  {
    reason: 'hiring/acquired-team-of',
    match: `{acquire|absorb|buy} [counterparty:POSS] (')? (entire|whole|core)? ~{0,2} (team|teams|staff|talent|engineers|researchers|workforce|employees)`,
    confidence: 0.75,
    extra: modifiersOnly,
    examples: [['In 2024 Zentrix AI acquired Copperleaf Labs’ team but not its technology.', 'Zentrix AI', null]],
  },
  // "Hires from Copperleaf Labs: 12": a list of hires by source
  {
    reason: 'hiring/hires-from-label',
    match: `^ (new)? (hires|recruits|hired|joiners) from [counterparty:ORG] (:|-)? [value:COUNT] $`,
    confidence: 0.7,
    pick: { topic: true },
    examples: [['Zentrix AI Inc: the year in numbers\n• Hires from Copperleaf Labs: 12', 'Zentrix AI Inc', '12']],
  },
  // "Milbank 6 (6 laterals)", "Dechert 3 (1 lateral, 2 verticals)", "Linklaters (3 laterals)": a league table of recruiters, a firm
  // on each line with its count of hires, their kinds in brackets (the first count is the total)
  {
    reason: 'hiring/recruiter-line',
    match: `^ [subject:ORGNAME] ([value:COUNT] \\( [COUNT] (lateral|laterals|hire|hires|recruit|recruits|vertical|verticals)|\\( [value:COUNT] (laterals|hires|recruits|lateral hires) \\) $)`,
    confidence: 0.7,
    examples: [['Top partner recruiters in London\nOrvane Law 6 (6 laterals)\nKestrel Legal 3 (1 lateral, 2 verticals)', 'Orvane Law', '6']],
  },
  // "Carnegie Mellon left decimated after Uber poaches 40 researchers": the company right before the verb hires
  {
    reason: 'hiring/hire-count',
    vouches: true,
    // ("Morrow Capital has hired a team of 12 traders": the team's size is the hire's count)
    match: `[subject:ORG] ${AUX}? ${AUX}? ${HIRE_COUNT} ((a|an) (team|group|squad|crew|cohort) of)? ${ABOUT}? [value:COUNT] ~{0,3} ${STAFF}`,
    confidence: 0.8,
    unless: COUNT_VETOES,
    extra: subjectNotObject,
    examples: [['Quillmark Labs left short-staffed after Zentrix AI poaches 40 researchers', 'Zentrix AI', '40 researchers'], ['Morrow Capital has hired a team of 12 traders.', 'Morrow Capital', '12 traders']],
  },
  // "Goldman Sachs recruited 10 students on a package of ₹2.5 million": students taken on with pay are hires (a campus's placements)
  {
    reason: 'hiring/students-on-package',
    vouches: true,
    match: `[subject:ORG] ${AUX}? ${PLACEMENT_VERB} ${ABOUT}? [value:COUNT] ~{0,2} ${PLACED_ON_PACKAGE}`,
    confidence: 0.78,
    unless: COUNT_VETOES,
    examples: [['In 2011, Halvard Sachs recruited 10 students on a package of ₹2.6 million.', 'Halvard Sachs', '10']],
  },
  // "Barclays has hired roughly 20 bankers this year, including Douglas Melsheimer from Goldman Sachs": the count is of
  // the whole hire, and the person named with their own source is one of them (that pair is hiring/hired-from's)
  {
    reason: 'hiring/hire-count-including',
    vouches: true,
    match: `[subject:ORG] ${AUX}? ${AUX}? ${HIRE_COUNT} ${ABOUT}? [value:COUNT] ~{0,3} ${STAFF} ~{0,6} , (including|among them) [PERSON]`,
    confidence: 0.8,
    unless: { 'hiring/someone-else': COUNT_VETOES['hiring/someone-else']!, 'hiring/other-people': COUNT_VETOES['hiring/other-people']! },
    extra: subjectNotObject,
    examples: [['Halvard Bank has hired roughly 20 bankers at the director level, including Tom Reyes from Kestrel Group.', 'Halvard Bank', 'roughly 20 bankers']],
  },
  // "The company plans to employ 50,000 IT freshers": people who enter the company, employed, are hired
  {
    reason: 'hiring/employ-entrants',
    match: `{employ} ${ABOUT}? [value:COUNT] ~{0,2} ${ENTRANTS}`,
    confidence: 0.76,
    unless: COUNT_VETOES,
    examples: [['Orvale Tech aims to recruit freshers this year. The company plans to employ 50,000 IT freshers.', 'Orvale Tech', '50,000']],
  },
  // "Barclays adds 40 staff", "Halvard Robotics said it would add 120 engineers" (not "jobs": payroll reports add jobs to an economy)
  {
    reason: 'hiring/add-staff',
    match: `[subject:ORG] ${AUX}? ${AUX}? {add} ${ABOUT}? [value:COUNT] (new|more|extra|additional|full-time|permanent|temporary|seasonal)? ~{0,2} (staff|employees|engineers|workers|researchers|developers|bankers|staffers|nurses|drivers|apprentices|trainees|recruits|hires|programmers|scientists|designers|freshers|graduates|interns|pilots|technicians|salespeople|consultants)`,
    confidence: 0.78,
    unless: COUNT_VETOES,
    extra: subjectNotObject,
    examples: [['Kestrel Partners adds 40 staff as it expands into Europe', 'Kestrel Partners', '40 staff']],
  },
  // "Tarsel had 43,000 freshers joining in the first half", "Orvale saw 500 new engineers join": people a company has
  // join it; "Some 43,000 freshers joined Tarsel": people who join a company named right after the verb
  {
    reason: 'hiring/staff-joining',
    vouches: true,
    match: `[subject:ORG] ({have|see|welcome}|has seen|have seen|had seen|has welcomed|have welcomed|had welcomed) ${ABOUT}? [value:COUNT] (new|more|fresh|additional)? ~{0,2} ${STAFF} (joining|join|joined|come on board|coming on board|came on board|onboarded)`,
    confidence: 0.76,
    unless: COUNT_VETOES,
    extra: subjectNotObject,
    examples: [['India’s largest IT services firm Tarsel Ltd had 43,000 freshers joining in the first half of this year.', 'Tarsel Ltd', '43,000 freshers']],
  },
  {
    reason: 'hiring/staff-joined',
    // ("288 people joined our parent company", "joined the company": the company the passage is about, by a phrase)
    match: `${ABOUT}? [value:COUNT] (new|more|fresh|additional)? ~{0,2} ${STAFF} ${AUX}? {join} ((our) (parent)? (company|group|firm|bank)|[subject:ORG])`,
    confidence: 0.74,
    // ("2,000 workers joined Unite in protest": people joining a union or a protest are no company's hires)
    // ("three more clearing members to join its precious metals contract": what a possessive owns is joined, not the owner)
    unless: { ...COUNT_VETOES, 'hiring/joined-cause': '{join} _{0,4} (union|unions|strike|strikes|protest|protests|walkout|walkouts|picket|pickets|march|rally|campaign|movement|lawsuit|petition|action)', 'hiring/joined-its-thing': '{join} (its|their|his|her)', 'hiring/joined-rival-of': "{join} (one of)? [ORG] ('s|’s|'|’)? (rival|rivals|competitor|competitors|peer|peers)" },
    // ("Two of these executives have joined Tata Motors' rivals": the owner of the rivals joined is the one they left)
    examples: [['Some 43,000 freshers joined Tarsel Consultancy in the first half of the year.', 'Tarsel Consultancy', 'Some 43,000 freshers']],
  },
  // "X was the largest employer with just over 1,200 graduates", "X saw the highest rise in new staff with more than 850 graduates
  // employed": a company with a count of entrants has taken them on
  {
    reason: 'hiring/with-entrants',
    match: `[subject:ORG] _{0,12} (with|has|had|have) ${ABOUT}? [value:COUNT] (new)? ~{0,1} ${ENTRANTS}`,
    confidence: 0.72,
    unless: COUNT_VETOES,
    extra: subjectNotObject,
    examples: [['Kestrel Audit was the largest employer with just over 1,200 graduates.', 'Kestrel Audit', 'just over 1,200 graduates']],
  },
  // "The loss of its health care specialist team to Credit Suisse First Boston, the Swiss-US investment bank, is embarrassing for
  // Deutsche": people a company lost to another, said as a noun — the other hired them
  {
    reason: 'hiring/loss-of-staff-to',
    match: `(loss|losses|departure|departures|defection|defections|exodus|exit) of [counterparty:POSS] ~{0,4} (${STAFF.slice(1, -1)}|team|teams|desk|unit|group|division) (, _{1,6} ,)? to (rival|competitor)? [subject:ORG]`,
    confidence: 0.76,
    examples: [['Kestrel Bank is embarrassed by the loss of its health care team to Orvane Securities.', 'Orvane Securities', null]],
  },
  // "About 200 new hires were said to have been recruited by the Bank", "500 nurses will be hired by Halvard Health": people taken
  // on, in the passive, with the hirer after "by"
  {
    reason: 'hiring/count-hired-by',
    vouches: true,
    match: `${ABOUT}? [value:COUNT] (new|more|fresh|additional|extra)? ~{0,2} (${STAFF.slice(1, -1)}|hires|recruits) (were|was|have been|had been|will be|are being|are to be|would be|are set to be|are said to have been|were said to have been) (hired|recruited|taken on|employed|onboarded|brought in) by [subject:ORG]`,
    confidence: 0.76,
    unless: COUNT_VETOES,
    examples: [['About 200 new hires were said to have been recruited by Kestrel Bank to drive the transformation.', 'Kestrel Bank', 'About 200 new hires']],
  },
  // "Qatar Airways will add 10,000 members to its workforce", "is expanding pilot numbers by 800": the company's own staff grow
  {
    reason: 'hiring/grow-workforce-by',
    match: `({add} ${ABOUT}? [value:COUNT] (new|more|extra|additional)? ~{0,2} (members|people|staff|employees|workers|positions|roles|jobs)? to (its|their|the|[POSS]) (global|total|own)? (workforce|headcount|payroll|staff|ranks)|{expand|increase|grow|boost|raise|lift|swell} (its|their|the)? (global|total)? (workforce|headcount|head count|payroll|staff|staffing|staff numbers|employee numbers|employee count|(${STAFF.slice(1, -1)}|pilot|worker|crew|nurse|driver|engineer|officer|agent|doctor|teacher) numbers) by ${ABOUT}? [value:COUNT])`,
    confidence: 0.76,
    unless: COUNT_VETOES,
    examples: [
      ['Kestrel Air will add 10,000 members to its workforce to handle an influx of passengers.', 'Kestrel Air', '10,000 members'],
      ['Kestrel Air is poised to launch its biggest recruitment drive in a decade. The airline is expanding pilot numbers by 800.', 'Kestrel Air', '800'],
    ],
  },
  // "More than 1,000 new jobs will be created for cabin crew and pilots as the airline expands": posts made, in the passive, where a
  // company the sentence names or refers to grows (never the passage's company alone: a government creates jobs too)
  {
    reason: 'hiring/jobs-will-be-created',
    match: `${ABOUT}? [value:COUNT] (new|more|extra|additional|full-time|permanent)? ~{0,2} (jobs|posts|positions|roles) (will be|would be|are to be|are being|have been|are set to be|are expected to be|could be) created`,
    confidence: 0.7,
    pick: { topic: false },
    unless: COUNT_VETOES,
    examples: [['Kestrel Air is hiring. More than 1,000 new jobs will be created for cabin crew and pilots as the airline expands its fleet.', 'Kestrel Air', 'More than 1,000 new jobs']],
  },
  // "Ford said it would add 1,200 jobs": a named company (payroll reports add jobs to an economy, "it" may be one)
  {
    reason: 'hiring/add-jobs',
    // ("X earlier this year said it would add some 100,000 full-time, full-benefit jobs": a time, and kinds of job before the noun)
    match: `[subject:ORG] ${WHEN}? ${AUX}? ${AUX}? {add} ${ABOUT}? [value:COUNT] (new|more|extra|additional|full-time|permanent|skilled|high-skilled|highly-skilled)? ~{0,2} (, ~{1,2})? (jobs|posts|positions|roles)`,
    confidence: 0.75,
    unless: COUNT_VETOES,
    extra: (m) => (m.slots.subject!.lower === '' ? subjectNotObject(m) : null),
    examples: [['Halvard Motors said it would add 1,200 jobs over the next two years.', 'Halvard Motors', '1,200 jobs']],
  },
  // "ramp up hiring, opening 100,000 new full and part time jobs", "is employing an additional 20,000 employees", "welcomed over
  // 23,000 new associates": new posts opened, more people employed, newcomers welcomed — the company's hires
  {
    reason: 'hiring/opening-new-jobs',
    match: `[subject:ORG] _{0,8} ({open|offer} ${ABOUT}? [value:COUNT] new ~{0,5} (jobs|posts|positions|roles|vacancies)|{employ|take on|onboard} (an additional|another|a further|an extra|additional) [value:COUNT] ~{0,2} ${STAFF}|{welcome|onboard} ${ABOUT}? [value:COUNT] new ~{0,2} ${STAFF})`,
    confidence: 0.72,
    unless: COUNT_VETOES,
    extra: (m) => (PREPOSITIONS.has(m.toks[m.toks.indexOf(m.slots.subject!) - 1]?.lower ?? '') || m.toks.slice(m.toks.indexOf(m.slots.subject!) + 1, m.toks.indexOf(m.slots.value!)).some((t) => t.lower === '.' || t.lower === ';' || (t.kind === 'org' && t.actor?.entity !== m.slots.subject!.actor?.entity)) ? null : {}),
    examples: [
      ['Harwick Stores said it will ramp up hiring, opening 100,000 new full and part time jobs across its centers.', 'Harwick Stores', '100,000'],
      ['Harwick Stores announced that it is employing an additional 20,000 employees to meet demand.', 'Harwick Stores', '20,000 employees'],
      ['Last week, Harwick Stores welcomed over 23,000 new associates to its organization.', 'Harwick Stores', 'over 23,000 new associates'],
    ],
  },
  // "Richard Clarke from Dentons will join as principal": a person from a named firm joining, the firm joined left to the passage
  // (the company the story is about hires)
  {
    reason: 'hiring/from-firm-will-join',
    match: `[PERSON] (, _{1,6} ,)? (from|of|formerly of|previously of|previously at|formerly at) [counterparty:ORG] (will|is to|is set to|is due to|has|have|also|will also)? (also)? {join} (as|in|on) (a|an|the)? ~{0,3} ($|and)`,
    confidence: 0.74,
    pick: { fallback: topicAsSubject },
    examples: [['Kestrel Law opened a Dubai office. Dana Roe from Halvard Legal will join as principal and two associates have also joined the team.', 'Kestrel Law', null]],
  },
  // "Qantas received 25 000 applications for 2 500 recently advertised jobs": the posts a company advertised, applied for
  {
    reason: 'hiring/applications-for-posts',
    match: `[subject:ORG] (has|had|have)? (received|receives|got|gets|drew|draws|attracted|attracts) ~{0,3} [COUNT] ~{0,1} (applications|applicants|candidates|cvs|résumés|resumes) (for|to fill) (just|only|about|around|some|up to|nearly|more than|over)? [value:COUNT] (recently|newly)? (advertised|available|open|vacant|new)? (positions|posts|jobs|roles|vacancies|openings)`,
    confidence: 0.74,
    vouches: true,
    unless: COUNT_VETOES,
    examples: [['Kestrel Air received 25 000 applications for 2 500 recently advertised jobs, its chief executive said.', 'Kestrel Air', '2 500 recently advertised jobs']],
  },
  // "the recruitment drive that SpiceJet is organising for just 150 positions", "Kestrel's hiring drive for 500 roles": posts a
  // company's drive fills
  {
    reason: 'hiring/drive-for-posts',
    match: `([subject:POSS] (recruitment|hiring) (drive|campaign|spree|exercise)|(recruitment|hiring) (drive|campaign|spree|exercise) (that|which) [subject:ORG] (is|was|has been|will be)? {organise|organize|hold|run|conduct|launch|plan}) (for|to fill) (just|only|about|around|some|up to|nearly|more than|over)? [value:COUNT] ~{0,2} (positions|posts|jobs|roles|vacancies|openings)`,
    confidence: 0.76,
    vouches: true,
    unless: COUNT_VETOES,
    examples: [['Pilots are expected to throng the recruitment drive that Kestrel Air is organising for just 150 positions on April 23.', 'Kestrel Air', '150 positions']],
  },
  // "Nissan Motor will create 2,000 new jobs at its Sunderland plant": a named company creating posts will fill them
  {
    reason: 'hiring/create-jobs',
    match: `[subject:ORG] ${AUX}? ${AUX}? {create} ${ABOUT}? [value:COUNT] (new|more|extra|additional|full-time|permanent|skilled|high-skilled|highly-skilled)? ~{0,2} (jobs|posts|positions|roles)`,
    confidence: 0.75,
    unless: COUNT_VETOES,
    // (a named company: "it" may stand for a government or a scheme)
    extra: (m) => (m.slots.subject!.lower === '' ? subjectNotObject(m) : null),
    examples: [['Halvard Robotics will create 2,000 new jobs at its Sunderland plant.', 'Halvard Robotics', '2,000 new jobs']],
  },
  // ("Dyson is planning to open a software lab in Manila, creating 400 software engineering jobs": the posts a company's own
  // plan creates, said after a comma of what the company does; the clause's company is the hirer)
  {
    reason: 'hiring/plan-creating-jobs',
    match: `, (creating|which will create) ${ABOUT}? [value:COUNT] (new|more|extra|additional|full-time|permanent|skilled|high-skilled|highly-skilled)? ~{0,2} (jobs|posts|positions|roles)`,
    confidence: 0.72,
    unless: COUNT_VETOES,
    // (a company the sentence names, not a topic from elsewhere: "The council approved the plan, creating 400 jobs")
    pick: { topic: false },
    examples: [['Halvard Robotics is planning to open a software lab in Lisbon, creating 400 software engineering jobs over three years.', 'Halvard Robotics', '400 software engineering jobs']],
  },
  // "Sainsbury's has said it will take on an extra 22,000.": hires counted after "an extra", "another", the people left unsaid
  // (said of the hires of the sentence before; the clause ends at the count, so no other noun is counted: "22,000 tonnes")
  {
    reason: 'hiring/hire-more-unsaid',
    match: `${HIRE_COUNT} (an extra|another|an additional|a further) [value:COUNT] (.|,|;|for|this|next|over|by|across)`,
    confidence: 0.72,
    unless: COUNT_VETOES,
    examples: [['Kestrel Foods said it was hiring 30,000 temporary staff. Orvane Stores has said it will take on an extra 22,000.', 'Orvane Stores', '22,000']],
  },
  // "HCLTech said it added 1,078 freshers", "onboarded 600 graduates": people added who are new to work by what they are called —
  // new hires, not a workforce that grew ("added 5,000 employees" may be a takeover's staff)
  {
    reason: 'hiring/added-new-people',
    vouches: true,
    match: `{add|onboard|induct|absorb|welcome} ${ABOUT}? [value:COUNT] (new)? (freshers|fresh graduates|graduates|graduate trainees|trainees|apprentices|interns|hires|recruits|joiners|campus hires)`,
    confidence: 0.76,
    unless: COUNT_VETOES,
    examples: [['Kestrel Tech said it added 1,078 freshers in the first quarter.', 'Kestrel Tech', '1,078 freshers']],
  },
  // "Amazon is looking to hire 250,000 people", "Target will hire nearly 100,000 people for the holidays"
  {
    reason: 'hiring/hire-count',
    vouches: true,
    // ("hiring more than 25,000 part time and full time workers": two kinds of the same workers)
    match: `${HIRE_COUNT} (up to|about|around|nearly|more than|some|another|an additional|as many as|at least)? [value:COUNT] ((part time|part-time|full time|full-time|seasonal|temporary|permanent) (and|or))? (~{0,3} ${STAFF}|${CAMPUS_HIRES})`,
    confidence: 0.8,
    unless: COUNT_VETOES,
    examples: [['Amazon said it is looking to hire 250,000 people for the holiday season.', 'Amazon', '250,000 people']],
  },
  // "Huawei recruited more than 4,600 new college students", "plans to recruit 1,000 new talents": to hire or recruit a
  // number of something is to take on people, whatever word the article calls them by (a word no list of occupations holds)
  {
    reason: 'hiring/hire-count',
    vouches: true,
    match: `{hire|rehire|recruit} ${ABOUT}? [value:COUNT]`,
    confidence: 0.74,
    unless: COUNT_VETOES,
    extra: peopleNamedAfter,
    examples: [['Tarsel Retail plans to recruit 1,000 new talents by the end of 2022.', 'Tarsel Retail', '1,000']],
  },
];

// "Having poached three engineers from Google, Microsoft now plans…": in an opening participle clause the hirer is the
// subject after the comma, which only hiring/after-hiring reads; a rule that picks the subject by itself stays out.
// (read from the text: the participle itself may have been taken for a name, "Having")
const FRONTED = /^(\s*(?:(?:after|having|since|following|by|with|before|when|while|once)\s+)?(?:having\s+)?)([a-z]+(?:ing|ed))\b[^,]*,/i;
// ("Hiring from Meta, OpenAI, Anthropic and Apple": what follows the comma is the rest of a list of names, no main clause)
const NAME = "[A-Z][\\w&.'’-]*(?:\\s+[A-Z][\\w&.'’-]*)*";
const NAMES_ONLY = new RegExp(`^\\s*(?:${NAME}\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+))*${NAME}\\s*[.;]?\\s*$`);
/**
 * The length of a sentence's opening participle clause, up to its first comma ("Having poached three engineers from X,"),
 * or 0. Not a name that opens with such a word ("Thinking Machines Lab has been recruiting…, …": a name running past the
 * word), nor a list of names after the comma.
 */
export function frontedLength(view: SentenceView): number {
  const f = FRONTED.exec(view.sentence.text);
  if (!f || NAMES_ONLY.test(view.sentence.text.slice(f[0].length))) return 0;
  const at = view.sentence.start + f[1]!.length;
  const end = at + f[2]!.length;
  if ([...view.actors, ...view.names].some((n) => n.start <= at && n.end > end)) return 0;
  return f[0].length;
}
const notFronted =
  (extra?: ClaimRule['extra']): NonNullable<ClaimRule['extra']> =>
  (m, view) => {
    const f = frontedLength(view);
    if (f && m.toks[m.start]!.start < view.sentence.start + f) return null;
    return extra ? extra(m, view) : {};
  };

// (the rules that read the fronted clause itself, its hirer after the comma, keep it)
export const RULES: ClaimRule[] = [...SOURCED_RULES.map((r) => (r.match.includes('[subject:') || r.reason.startsWith('hiring/after-hiring') ? r : { ...r, extra: notFronted(r.extra) })), sectionRule('hiring')];
