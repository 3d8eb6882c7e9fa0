import { columnOf, type ClaimRule, type RuleMatch } from '../rules.js';
import { labelAbove, sectionRule } from '../sections.js';
import { ENDED_EMPLOYMENT, ENTRANTS, OCCUPATIONS } from '../staff-words.js';
import { MONTHS } from '../../text/months.js';

/**
 * headcount: how many people an organisation employs. A count is a headcount only through a
 * relation of employment — employs, has N employees, its N staff, a workforce of N, an
 * N-strong workforce, N people work at — never because "people" follows a number: people
 * killed, unemployed, attending, voting or living somewhere are no one's staff, and a flow
 * (hired, laid off, lost) is not the size of a company.
 */

// Nouns that name an organisation's people
const STAFF = '(employees|employee|staff|staffers|workers|engineers|researchers|scientists|developers|programmers|personnel|salespeople|specialists|consultants|bankers|analysts|physicists|designers|team|workforce)';
const STAFF_WORD = new RegExp(`^(?:${STAFF.slice(1, -1)}|${OCCUPATIONS.join('|')}|people|persons|individuals|others|agents|officers|craftsmen|volunteers|hands|locals|members)$`);
// …and "people", which needs a relation of employment before it
const PEOPLE = '(people|persons|individuals|full-time|staff|staffers|personnel|employees|workers|engineers|researchers|scientists|developers)';
// Verbs that count a stock: "has", "employs", "counts"
const HAS = '(has|had|have|having|with|counts|counted|boasts|boasted|numbers|numbered|totals|totalled|totaled) (now|currently|still|just|only|nearly|almost|barely|merely|a mere)?';
// What a company "has": people, or people of a trade ("12,000 cabin crew"), and the hedges before their count
// The trades a company's own people are counted by, after its possessive (not drivers, couriers or contractors: an app's; not
// its directors or executives, a board or a part)
const OWN_TRADES = `(${OCCUPATIONS.filter((o) => !/^(?:drivers|couriers|contractors|bus drivers|train drivers|truckers|hires|recruits|interns|graduates|freshers|apprentices|trainees|directors|executives|managers)$/.test(o)).join('|')})`;
const STAFF_OR_TRADE = `(${PEOPLE.slice(1, -1)}|${OCCUPATIONS.join('|')})`;
const ABOUT_COUNT = '(about|around|approximately|roughly|nearly|almost|some|more than|over|fewer than|less than|as many as|as few as|just|only|close to|a total of)?';

// A flow, not a size: "hired 300 engineers", "laid off 200 employees", "lost 25 engineers"
const FLOW_BEFORE = '({hire|recruit|poach|lure|lay off|cut|eliminate|shed|fire|lose|add|onboard|let go|furlough|affect|impact|bring on|welcome|train|sack|axe|dismiss|slash|reduce|trim|shrink|survey|interview|poll|attract|serve|support|help|kill|injure|evacuate|employ more|need|seek|want|plan|create|invite} (another|an additional|additional|new|extra|more|about|around|some|up to|nearly|almost|at least|as many as)?|another|additional|extra|more|new) [value:COUNT]';
// (the people's words may name where they work — "1,000 workers at Ford were laid off" — but no other clause's doer: "had about
// 250 employees when Google hired its CEO")
// ("Over 3,000 employees of Toshiba Corp's group companies in Japan have applied for its early retirement program")
const FLOW_AFTER = `[value:COUNT] (~{0,3} (at|of|in|with) (the)? [ORG] ('s)? _{0,5}|~{0,3}) (were|are|will|would|have|had|being|to|could|who|that)? (be|been|were|are|have|had)? (already|also|now)? ((applied|signed up|opted|volunteered) for (its|the|their|a|an)? ((voluntary|early)? (retirement|redundancy|redundancies|buyout|buyouts|severance|separation)|vrs|vss)|accepted early retirement|accepted a buyout|accepted buyouts|took early retirement|took voluntary redundancy|took a buyout|taking advantage|took advantage|taken advantage|taking up|took up|taken up|taken early retirement|taken voluntary redundancy|taken a buyout|laid off|cut|let go|fired|dismissed|retrenched|relieved|axed|culled|sacked|shed|made redundant|affected|impacted|eliminated|furloughed|hired|poached|recruited|lured|hired away|added|killed|injured|died|dead|missing|unemployed|jobless|homeless|evacuated|displaced|arrested|infected|left|quit|departed|joined|joining|onboarded|on-boarded|inducted|signed|walked|resigned|threatened|attended|voted|visited|applied|surveyed|polled|took part|lost|lose|losing|will lose|at rival|at other)`;
// "300 engineers from Kiteline AI", "40 researchers from rival labs": people who came from elsewhere (but
// "1,400 employees, up from 900" and "2,000 employees from 60 countries" are a size)
const FLOW_FROM = `[value:COUNT] (${STAFF}|people)? from (the|its)? ([ORG]|rival|rivals|other|competitors|competing)`;
// "3 million people on anti-Aids drugs", "eight people per thousand": people who are somewhere or something, not staff
const PEOPLE_WHO = '[value:COUNT] people (on|per|living|who|aged|infected|suffering|below|under|without|across the|around the|worldwide|globally)';
// "two of the people said", "three people briefed on the talks": sources
const SOURCES = '[value:COUNT] (of the|of those)? people (said|say|says|told|briefed|familiar|close|who spoke|speaking|involved|with knowledge)';
// "a four-person board", "500 attendees": people who are not staff
// (the words between are words or names, never another amount: "a workforce of 2,200 spread over 14 countries")
// (a film, space or rescue crew is no staff; "12,000 cabin crew" are an airline's)
// ("12,000 staff members", "350,000 team members" are staff; "80,000 union members", "500 members" are not)
const NOT_STAFF = '([value:COUNT] -? ([NAME] ~{0,1}|~{0,1} [NAME]|[NAME] [NAME]|~{0,2}) (board|panel|committee|council|jury|delegation|film crew|camera crew|space crew|tv crew|television crew|production crew|rescue crew|fire crew|crews|family|families|audience|attendees|visitors|fans|customers|users|students|patients|players|drivers|riders|households|squad|side|states|countries|nations|passengers|residents|citizens|voters|subscribers|shareholders|investors|clients|tourists|spectators|pupils|children|adults|victims|soldiers|troops|officers|prisoners|refugees|migrants|delegates|participants|volunteers|respondents|seats|mps|lawmakers|senators|companies|firms|businesses|employers|corporations|banks|lenders|insurers|startups|start-ups|brands|organisations|organizations)|[value:COUNT] -? (member|members)|[value:COUNT] ~{0,2} (club|party|union|board|family|church|gym|community|association|society|cooperative|co-operative|congregation|parliament|assembly|council|committee|cast|band) (member|members))';
// "200 of its 2,600 employees": the first count is a part
const PART_OF = '[value:COUNT] of (its|the|their|our|[POSS]|[ORG])';

// "its 300-strong sales team", "a 30-person research unit", "a team of 30 X researchers":
// a part of the company, not its size
const FUNCTIONS = '(sales|research|engineering|development|design|legal|marketing|support|security|product|trading|investment|management|leadership|executive|editorial|data|software|hardware|customer|technical|tech|founding|deal|advisory|negotiating|investigation|investigative|rescue|medical|in-house|special|project|games|ai|audit|compliance|finance|hr|it|ops|operations|policy|safety|investigations|newsroom|reporting|commercial|regional|local|uk|us|london|european|china|india)';
// (and a team someone runs, or one responsible for a thing: "Pang had been running a roughly 100-person team responsible for the
// company's large language models" — a part of the company, not its staff)
const SUB_TEAM = `([value:COUNT] -? (strong|person|people|man|member|staff)? ${FUNCTIONS} (team|teams|unit|division|department|desk|group|arm|squad|staff)|(a|one) (team|group|squad|unit|cohort|crew|band) of [value:COUNT] [ORG]|{run|lead|head|manage|oversee|build|direct} (a|an|the|his|her|their)? (roughly|about|around|some|nearly)? [value:COUNT] - (strong|person|people|member|staff) (team|group|unit|division)|[value:COUNT] - (strong|person|people|member|staff) (team|group|unit) (responsible for|in charge of|tasked with))`;
// "reduced its support headcount from 9,000 to 5,000": the staff of one function, a part of the company
const FUNCTION_STAFF = `(its|their|the|our|[POSS] ('s)?) ${FUNCTIONS} (headcount|staff|workforce|employees|team|teams)`;
// "40,000 developers building on it", "2,000 workers using its tools": people who use what it makes
const USERS_OF = '[value:COUNT] _{0,2} (building|using|who use|use|used|buying|playing|watching|subscribing|signed up|registered)';

// "the CIPS employment index fell to 48.3": a survey's index, not staff
const INDEX = '(employment|payroll|payrolls|staffing|workforce|labour|labor) (index|indices|indexes|gauge|sub-index|indicator|indicators|rate|rates|survey|data|report|reading|component|costs|participation)';
// "payroll growth topped 200,000", "employment gains of 150,000": a change, not a level
const GROWTH = '(payroll|payrolls|employment|job|jobs|hiring) (growth|gains|gain|additions|creation)';
// ("Headcount Continues to Dip, Record a Fall of Over 11,000", "a net addition of 5,000": the size of a change, not of the staff)
const CHANGE_OF = '(fall|falls|drop|drops|decline|declines|decrease|decreases|reduction|reductions|increase|increases|rise|rises|jump|dip|loss|losses|addition|additions|cut|cuts|swing|shrinkage|contraction) (of|by) (over|about|around|nearly|more than|some|almost|roughly|an estimated|just over|just under)? [value:COUNT]';
// "his three-man team", "her 12-person staff": a person's team is not the company's headcount
const PERSONAL = '(his|her|my|your) [value:COUNT]';
// "one-third of OpenAI's full-time workforce — about 1,000 people": a share of the staff
// ("a quarter of its staff", not "the fourth consecutive quarter of a declining workforce": a quarter of a year)
// ("The number of employees at Korean conglomerates exceeded 3 million": the staff of a class of many companies together)
const MANY_EMPLOYERS = '(at|in|across|among|of|by) (all|the|local|domestic|foreign|listed|large|small|big|major|top|[COUNT])? ~{0,2} (companies|firms|conglomerates|corporations|enterprises|businesses|employers|startups|start-ups|banks|lenders|chaebols|smes|multinationals|manufacturers|carmakers|automakers|retailers|insurers|groups|telcos|telecoms|operators|carriers|airlines) _{0,5} [value:COUNT]';
const SHARE_OF = '(third|thirds|one-third|two-thirds|half|one-half|(a|one|three) (quarter|quarters)|one-quarter|three-quarters|fifth|one-fifth|percent|per cent|%|proportion|share|majority|minority|rest) of (the|its|their|[POSS])? _{0,3} (workforce|staff|employees|headcount|employee|people)';

// "This could see its workforce trimmed from 155,000 to 110,000 staff by 2010": a level the workforce may come down (or up) to, not its size
const TARGET = '(could|will|would|may|might|set to|expected to|plans to|aims to|is to|are to) _{0,6} to [value:COUNT]';

// "320 people working at the bank who've previously worked for X": the ones of its staff who came from somewhere, a part
// ("counts 11 researchers formerly at Orrin": the ones who came from elsewhere too)
// ("now employs 56 former Tessaly workers", "56 of Tessaly's 457 laid-off employees": people by the job they had or lost)
const CAME_FROM = `([value:COUNT] _{0,8} (who|that|who\'ve|who\'d|that\'ve) _{0,2} (worked|came|come|joined|moved) (at|for|from|over from)|[value:COUNT] ~{0,2} (formerly|previously|until recently) (at|of|with) [ORG]|[value:COUNT] (former|ex-|ex) _{0,3} ${STAFF_OR_TRADE}|[value:COUNT] (laid-off|retrenched|redundant|sacked|dismissed|departing|departed|displaced|furloughed) _{0,2} ${STAFF_OR_TRADE})`;

// "along with 99,224 employees of service providers", "5,000 workers at its suppliers": other companies' people
// The kinds of staff between a count and its noun, a list of them too: "6,230 permanent, temporary, and contracted employees"
const STAFF_KINDS = '(_{0,2}|~{1,2} ,? (and|or) ~{1,2}|~{1,2} , ~{1,2} ,? (and|or) ~{1,2})';
const OTHERS_STAFF = `[value:COUNT] _{0,2} ${STAFF} (of|at|from|with|employed by) (its|the|their|our|third-party|outside|external|local)? _{0,2} (service providers|providers|contractors|subcontractors|suppliers|vendors|partners|outsourcers|agencies|third parties|franchisees)`;

// ("…to license Brightwell's technology and hire most of its 70 staff": people a company hires are another's — "its" is the other one)
const STAFF_TAKEN = `{hire|poach|lure|recruit|take on|absorb} (most|all|many|some|half|part|much|the bulk)? (of)? (its|their|[POSS] (')?) (about|around|some|nearly|roughly)? [value:COUNT]`;

const MORE_THAN_BEFORE = '([value:COUNT] (more|new|additional|extra|fewer|less)|[value:COUNT] (people|staff|employees|workers|jobs) (more|fewer|less) than)';

// ("reducing its workforce by about 1 percent, a layoff of about 200 workers": the count of a cut after the workforce's word)
const CUT_OF = '(layoff|layoffs|lay-off|lay-offs|cut|cuts|reduction|reductions|loss|losses|elimination|redundancies|departure|departures) of (about|around|some|nearly|roughly|up to)? [value:COUNT]';
const NOT_A_HEADCOUNT = {
  // ("has 20 more engineers than a year ago", "has 300 new staff", "employed 300 people more than": a change, not a size)
  'headcount/more-than-before': MORE_THAN_BEFORE,
  // ("severing contracts with 500 global contractors": people a company has contracts with are no staff it has)
  'headcount/contracts-with': '(contract|contracts|ties|agreements|deals|relationships) with ~{0,2} [value:COUNT]',
  'headcount/others-staff': OTHERS_STAFF,
  // ("Nvidia is working with 1.5 million developers": people a company works with are no staff)
  'headcount/works-with': '{work|partner|collaborate|engage} with (about|around|some|more than|over|nearly)? [value:COUNT]',
  'headcount/function-staff': FUNCTION_STAFF,
  'headcount/came-from': CAME_FROM,
  'headcount/target': TARGET,
  'headcount/growth': GROWTH,
  'headcount/personal': PERSONAL,
  'headcount/share-of': SHARE_OF,
  'headcount/flow': FLOW_BEFORE,
  // ("terminated the employment of over 1,500 employees": people let go, no staff count)
  'headcount/terminated': `${ENDED_EMPLOYMENT} [value:COUNT]`,
  'headcount/flow-after': FLOW_AFTER,
  'headcount/flow-from': FLOW_FROM,
  'headcount/sources': SOURCES,
  'headcount/not-staff': NOT_STAFF,
  'headcount/part-of': PART_OF,
  'headcount/people-who': PEOPLE_WHO,
  'headcount/sub-team': SUB_TEAM,
  'headcount/users-of': USERS_OF,
  // ("a 3% reduction to its workforce, which translates to around 10,000 jobs": the jobs cut, not the workforce)
  // ("was the largest employer with just over 1,200 graduates": a year's intake of entrants is hires, not the staff)
  'headcount/entrants': `[value:COUNT] (new)? ~{0,1} ${ENTRANTS}`,
  // ("has hired away Wexford Stores' entire e-commerce team of 14 people": a team taken on, which is a hire's count)
  'headcount/team-taken': `{hire|poach|lure|recruit|snap up|take|acquire|bring over|lift} (away)? _{0,6} (team|group|desk|unit) of (about|around|some|nearly|more than|over)? [value:COUNT]`,
  'headcount/staff-taken': STAFF_TAKEN,
  'headcount/cut-translates': '(reduction|reductions|cut|cuts) _{0,6} , (which|that) (translates|translate|amounts|amount|equates|equate|works out|equals) to (about|around|roughly|nearly|some|more than|over)? [value:COUNT]',
};

// "The strike grew to 4,000 workers", "union membership swelled to 80,000 staff": people who are no company's count
const NOT_A_COMPANY = '(strike|strikes|protest|protests|walkout|walkouts|union|unions|membership|demonstration|demonstrations|rally|march|campaign|movement|petition|sector|industry|economy)';
// (people "on its payroll" or "on staff" are its staff: "people on" is otherwise no one's)
const { 'headcount/people-who': _peopleWho, ...NOT_A_HEADCOUNT_BUT_PEOPLE_ON } = NOT_A_HEADCOUNT;

// The line right above a bare figure is a staff label ("Number of employees\n4,200", "Headcount:\n1,200")
const LABEL_ABOVE = labelAbove('total |full-time |permanent |global ', 'number of employees|employees|headcount|workforce|staff|employee count|employee strength|staff numbers|team size');

// What makes an "N-person" size no company's size: a flow of people, a person's own, a team inside the company
const SIZE_VETOES = { 'headcount/flow': FLOW_BEFORE, 'headcount/personal': PERSONAL, 'headcount/sub-team': SUB_TEAM };

/** The clause opens with "the"/"this" and a common noun that stands for no company, right before the match ("The centre had…"). */
function ownThingSubject(m: RuleMatch): boolean {
  const a = m.toks[m.start - 2], b = m.toks[m.start - 1];
  const before = m.toks[m.start - 3];
  return !!a && !!b && /^(?:the|this|that)$/.test(a.lower) && b.kind === 'word' && /^[a-z]+$/.test(b.lower) && (!before || before.brk || before.lower === ',' || before.lower === ';');
}

// "plans to employ 50,000 IT freshers": people who enter the company are hired, not its size
const EMPLOY_ENTRANTS = `{employ} ~{0,3} [value:COUNT] ~{0,2} ${ENTRANTS}`;

export const RULES: ClaimRule[] = [
  // "employs about 140 people", "which employs around 3,400 people", "Microsoft employed about 228,000 people"
  {
    reason: 'headcount/employs',
    vouches: true,
    match: '{employ} (about|around|approximately|roughly|nearly|some|more than|over|almost|just|only|merely|a total of|a staff of|a workforce of|a team of|upwards of|in excess of|close to|well over|just over|just under)? [value:COUNT]',
    confidence: 0.9,
    unless: { 'headcount/part-of': PART_OF, 'headcount/not-staff': NOT_STAFF, 'headcount/came-from': CAME_FROM, 'headcount/employ-entrants': EMPLOY_ENTRANTS, 'headcount/more-than-before': MORE_THAN_BEFORE },
    // ("the first to employ 2k projectors": what is employed after the number is a thing, not staff)
    extra: (m) => {
      const next = m.toks[m.end];
      return next && next.kind === 'word' && /^[a-z]+s$/.test(next.lower) && !STAFF_WORD.test(next.lower) && !/^(?:across|as|plus|is|was|has|its|this|his|us)$/.test(next.lower) ? null : {};
    },
    examples: [
      ['Zentrix AI employs about 140 people.', 'Zentrix AI', 'about 140 people'],
      ['Orbital Loom Labs employs a total of 3,200 people.', 'Orbital Loom Labs', '3,200 people'],
    ],
  },
  // "…to around 100,000 from the 140,000 it employed in March": a count the company employs, in a clause on the count
  {
    reason: 'headcount/count-it-employed',
    vouches: true,
    match: '(the|its) [value:COUNT] (that|whom)? [subject:ORG] (had|has|have)? (once|previously|then|still)? {employ}',
    confidence: 0.8,
    unless: { 'headcount/part-of': PART_OF, 'headcount/not-staff': NOT_STAFF },
    examples: [['Halvard Air’s workforce will shrink to around 100,000 from the 140,000 it employed in March.', 'Halvard Air', '140,000']],
  },
  // "saw its headcount go up by 1,789 employees to 4.48 lakh workers", "headcount dipped by 1,083 workers, to 2.42 lakh":
  // the level a change ends at (its size after the change)
  {
    reason: 'headcount/changed-by-to',
    vouches: true,
    match: '(workforce|headcount|head count|employee count|staff numbers|staff count) (go|goes|went)? (up|down|rose|rise|rises|grew|grow|grows|fell|fall|falls|dipped|dip|dips|surged|surge|surges|increased|decreased|declined|climbed|jumped|shrank|shrunk|dropped) by [COUNT] _{0,3} ,? to [value:COUNT]',
    confidence: 0.85,
    unless: { 'headcount/target': TARGET },
    examples: [['Tessellate Bio saw its headcount go up by 1,789 employees to 4.48 lakh workers.', 'Tessellate Bio', '4.48 lakh workers']],
  },
  // "a 46% growth over the current 30,000 people who work on its platforms", "its 4,000 staff who work in Lagos": a company's
  // own people, counted, then said to work
  {
    reason: 'headcount/people-who-work',
    vouches: true,
    match: `(its|their|our|the (current|existing|present)) [value:COUNT] (${STAFF}|people) who (currently|now|today)? (work|are employed|are on the payroll)`,
    confidence: 0.78,
    unless: { 'headcount/share-of': SHARE_OF },
    examples: [['Kestrel Libre will hire 2,400 people. That is a 46% growth over the current 30,000 people who work on its two platforms.', 'Kestrel Libre', '30,000 people']],
  },
  // "The company's workforce — now 2,150 people —", "workforce, now 2,150 people"
  {
    reason: 'headcount/workforce-now',
    vouches: true,
    match: '(workforce|headcount|staff) (-|,) (now|currently|today)? [value:COUNT]',
    confidence: 0.82,
    // ("one-third of Orbis AI's full-time workforce — about 1,000 people —": a share of the staff)
    unless: { 'headcount/share-of': SHARE_OF },
    examples: [['Meridian Dynamics’ workforce — now 2,150 people — is split between Munich and Austin.', 'Meridian Dynamics', '2,150 people']],
  },
  // ("the loss of 9,000 of its total of 134,000 jobs worldwide": the whole a part is counted against)
  {
    reason: 'headcount/its-total-of',
    vouches: true,
    match: '(its|their|[POSS]) total (workforce|staff|headcount)? of [value:COUNT] (jobs|employees|staff|workers|people|positions|personnel)',
    confidence: 0.82,
    unless: { 'headcount/change-of': CHANGE_OF },
    examples: [['Halvard Motors announced the loss of 9,000 of its total of 134,000 jobs worldwide.', 'Halvard Motors', '134,000 jobs']],
  },
  // "a workforce of 2,600", "headcount stood at 212", "global headcount was 215,500", "company-wide employment is scheduled to total 46,000"
  {
    reason: 'headcount/workforce-of',
    vouches: true,
    match: '(workforce|work force|staff force|labour force|labor force|headcount|head count|payroll|employment|staffing|employee base|employee count|employees count|employee numbers|staff numbers|staff count|staff levels|employee strength|staff strength|workforce strength|total employees|total staff|personnel|number of (its|their)? (permanent|full-time|regular|domestic|global|overseas|local)? (employees|staff|workers)) (size|count|numbers|levels)? (as (on|of|at) _{1,6})? _{0,7} (as (on|of|at) _{1,6})? (of|at|to|was|is|were|are|stood|stands|reached|totaled|totalled|totals|total|numbered|numbers|hit|near|nearly|neared|nears|about|around|roughly|some|topped|passed|exceeded|exceeds|crossed|topping|reaching|surpassing|passing|exceeding|nearing|numbering|totalling|totaling|-) (now|currently|today|still|already|just)? [value:COUNT]',
    // ("the total number of employees in the Halvard Group increased… to 85,219": the company the staff are in)
    // ("The total workforce of TCS stood at 6,14,795": the company whose workforce it is)
    pick: { allowSlot: /\b(?:in|at) (?:the )?$|\b(?:workforce|headcount|head count|payroll|employee base|employee count|staff count|employee strength) of (?:the )?$/ },
    confidence: 0.9,
    unless: { 'headcount/cut-translates': NOT_A_HEADCOUNT['headcount/cut-translates'], 'headcount/change-of': CHANGE_OF, 'headcount/flow': FLOW_BEFORE, 'headcount/terminated': NOT_A_HEADCOUNT['headcount/terminated'], 'headcount/not-staff': NOT_STAFF, 'headcount/growth': GROWTH, 'headcount/index': INDEX, 'headcount/share-of': SHARE_OF, 'headcount/target': TARGET, 'headcount/function-staff': FUNCTION_STAFF, 'headcount/many-employers': MANY_EMPLOYERS, 'headcount/cut-of': CUT_OF },
    examples: [
      ['Norrland Compute has a workforce of 2,600.', 'Norrland Compute', '2,600'],
      ['Tessellate Bio’s headcount stood at 212 at the end of June.', 'Tessellate Bio', '212'],
      ['Tessellate Bio’s headcount is now around 300.', 'Tessellate Bio', 'around 300'],
      ['Norrland Compute’s employee base of 3,000 is mostly in Sweden.', 'Norrland Compute', '3,000'],
      ['Lattice Forge Ltd has a head count of about 3,000.', 'Lattice Forge Ltd', 'about 3,000'],
      ['Corvane Systems has an employee strength of nearly 2.5 lakh.', 'Corvane Systems', 'nearly 2.5 lakh'],
      ['At Kestrel Foods, the number of permanent employees as on March 31, 2024 was 24,567.', 'Kestrel Foods', '24,567'],
      ['Kestrel Telecom, with a staff force of over 6,500 employees, serves 35 million customers.', 'Kestrel Telecom', 'over 6,500 employees'],
    ],
  },
  // "14% of a workforce that then totalled 8,000", "Kestrel Pay, whose staff numbers about 8,000,": the whole staff, said in a
  // relative clause (a share of it said before is no bar: the amount is the whole)
  {
    reason: 'headcount/workforce-that-totalled',
    match: '((workforce|work force|headcount|staff) (that|which) (then|now|at the time|currently)?|whose (workforce|headcount|staff|payroll) (then|now|currently)?) (totalled|totaled|totals|numbered|numbers|stood at|stands at|was|is|reached|topped) (about|around|roughly|nearly|some|more than|over|almost|just over|close to)? [value:COUNT]',
    confidence: 0.84,
    unless: { 'headcount/not-staff': NOT_STAFF, 'headcount/function-staff': FUNCTION_STAFF },
    examples: [
      ['In November 2022 Kestrel Pay let go of around 1,120 people, 14% of a workforce that then totalled 8,000.', 'Kestrel Pay', '8,000'],
      ['Kestrel Pay, whose staff numbers about 8,000, said it would cut jobs.', 'Kestrel Pay', 'about 8,000'],
    ],
  },
  // "a staff of 80", "a team of 30 researchers", "a company of 1,800 people"
  {
    reason: 'headcount/staff-of',
    match: '(staff|team|company|firm|startup|start-up|business|group|studio|lab|agency|consultancy|outfit|practice) of (about|around|roughly|nearly|more than|over|some|just|only|fewer than|less than|under|close to|almost)? [value:COUNT]',
    confidence: 0.85,
    unless: NOT_A_HEADCOUNT,
    // ("a staff of 80"; but "a group of four", "a team of 11": only with a noun of people)
    // ("Pellucid Labs is a team of 30": a company that is a team is its staff)
    // ("Mirelle Labs has a team of about 160": a team the company has, with no noun after the number, is its staff)
    extra: (m) => (m.toks[m.start]!.lower !== 'staff' && !/^(?:people|persons|engineers|researchers|scientists|developers|specialists|employees|staff|physicists|analysts|bankers|traders|workers)$/.test(m.slots.value!.q!.noun ?? '') && !(m.toks[m.start]!.lower === 'team' && /^(?:is|was|are|were|'re|'s|remains|remained)$/.test(m.toks[m.start - 2]?.lower ?? '') && m.toks[m.start - 1]?.lower === 'a') && !(m.toks[m.start]!.lower === 'team' && m.slots.value!.q!.noun === null && m.toks[m.start - 1]?.lower === 'a' && /^(?:has|had|have|having|employs|employed|now|built|assembled)$/.test(m.toks[m.start - 2]?.lower ?? '')) ? null : {}),
    examples: [
      ['Quillmark Labs, which has a staff of 80, is based in Boston.', 'Quillmark Labs', '80'],
      ['Pellucid Labs has a team of 30 researchers, most of them from academia.', 'Pellucid Labs', '30 researchers'],
      ['Tessellate Bio is a team of 30 based in Paris.', 'Tessellate Bio', '30'],
      ['Mirelle Labs, founded in 2021, has a team of about 160.', 'Mirelle Labs', 'about 160'],
      ['Sorrento Games Inc, a studio of 450 people, is based in Montreal.', 'Sorrento Games Inc', '450 people'],
    ],
  },
  // "the company's 770 employees", "its 2,600 staff", "Northvane AI's 6,000-person workforce", "of its 1,400 employees"
  {
    reason: 'headcount/owned-staff',
    vouches: true,
    // ("the airline's 3,600 pilots", "its 2,000 nurses": the people of a trade a company has are its staff — not its drivers or
    // couriers, who work for apps as often as for an employer)
    match: `([subject:POSS]|[subject:ORG] ') (roughly|about|around|nearly|some|more than|over|almost|entire|total|global|current|full-time|own)? [value:COUNT] -? ${STAFF_KINDS} (${STAFF}|${OWN_TRADES}|person|people|strong|man)`,
    confidence: 0.88,
    unless: { 'headcount/not-staff': NOT_STAFF, 'headcount/part-of': PART_OF, 'headcount/sub-team': SUB_TEAM, 'headcount/came-from': CAME_FROM, 'headcount/staff-taken': STAFF_TAKEN },
    examples: [
      ['Brightwave Health laid off 120 of its 1,400 employees on Tuesday.', 'Brightwave Health', '1,400 employees'],
      ['Northvane AI’s 6,000-person workforce is spread across 14 offices.', 'Northvane AI', '6,000-person'],
      ['Greyfriar Systems’ 300-plus employees work from home.', 'Greyfriar Systems', '300-plus employees'],
    ],
  },
  // ("will cut 9,000 of its 134,000 jobs", "reduce the workforce by approximately 9,000 of the 78,400 positions in the company": the
  // jobs a part is counted against are all the company's jobs — its headcount; not the jobs of a place, "of its 2,000 jobs in Ohio")
  {
    reason: 'headcount/part-of-all-jobs',
    vouches: true,
    match: `[COUNT] (jobs|positions|roles)? of ((its|their|[POSS]) ~{0,1} [value:COUNT] (jobs|positions|roles|posts) (worldwide|globally|$|(in|by|from|over|within|before) (january|february|march|april|may|june|july|august|september|october|november|december)|(this|last|next|by|over|within|in|the) (year|month|week|quarter|decade|years|months|coming))|the ~{0,1} [value:COUNT] (jobs|positions|roles|posts) (in|at|across) (the|this)? (company|group|firm|business|bank|organisation|organization|[ORG]))`,
    confidence: 0.78,
    unless: { 'headcount/change-of': CHANGE_OF },
    examples: [
      ['Tarvo Health intends to reduce the global workforce by approximately 9,000 of the 78,400 positions in the company.', 'Tarvo Health', '78,400 positions'],
      ['Halvard Motors will cut 9,000 of its 134,000 jobs worldwide.', 'Halvard Motors', '134,000 jobs'],
    ],
  },
  // "laid off 90 of the approximately 750 employees": the whole a cut's part is of is the cutter's staff
  {
    reason: 'headcount/cut-part-of-the-whole',
    vouches: true,
    match: `{lay off|cut|fire|dismiss|let go|shed|axe|eliminate|furlough|sack|make redundant} (about|around|roughly|nearly|some|more than|over|almost)? [COUNT] _{0,2} of the (roughly|about|around|nearly|some|more than|over|almost|approximately)? [value:COUNT] (${STAFF}|people|workers)`,
    confidence: 0.8,
    unless: { 'headcount/not-staff': NOT_STAFF },
    examples: [['On June 1, Kestrel Group laid off 90 of the approximately 750 employees.', 'Kestrel Group', 'approximately 750 employees']],
  },
  // "With 35 stores and 350 staff, the jewellery chain went into administration": a fronted phrase of what the clause's subject has
  {
    reason: 'headcount/fronted-with-staff',
    vouches: true,
    match: `^ with ${ABOUT_COUNT} ([COUNT] ~{0,2} (stores|shops|branches|outlets|sites|offices|restaurants|salons|plants|factories|hotels|pubs|clinics) (and|,))? ${ABOUT_COUNT} [value:COUNT] ~{0,2} ${STAFF_OR_TRADE} ((in|across|worldwide|globally) ~{0,3})? , [subject:ORG]`,
    confidence: 0.76,
    unless: { 'headcount/not-staff': NOT_STAFF },
    examples: [['Kestrel Jewels is in trouble. With 35 stores and 350 staff, the jewellery chain went into administration in October.', 'Kestrel Jewels', '350 staff']],
  },
  // "struggling to cut some of the 57,000 people it directly employs": the people a company employs, in a relative clause on them
  {
    reason: 'headcount/people-it-employs',
    vouches: true,
    match: `${ABOUT_COUNT} [value:COUNT] ~{0,2} (${STAFF}|people|workers) (that|whom|who)? [subject:ORG] (directly|currently|now|still|globally|worldwide|already)? {employ}`,
    confidence: 0.78,
    unless: { 'headcount/not-staff': NOT_STAFF },
    examples: [['Investors have long criticized Kestrel Oil for struggling to cut some of the 57,000 people it directly employs.', 'Kestrel Oil', '57,000 people']],
  },
  // "about 1,900 of the 7,500 people who make up its staff worldwide": the people said to make up a company's staff
  {
    reason: 'headcount/people-who-make-up-staff',
    vouches: true,
    match: `${ABOUT_COUNT} [value:COUNT] (${STAFF}|people|workers) (who|that) ({make up|form|comprise|constitute}) (its|their|the|[POSS]) (global|total|entire|worldwide|current)? (staff|workforce|headcount|team|payroll)`,
    confidence: 0.78,
    unless: { 'headcount/not-staff': NOT_STAFF },
    examples: [['Kestrel Homes thanked the 7,500 people who make up its staff worldwide.', 'Kestrel Homes', '7,500 people']],
  },
  // "Apple has more than 160,000 full-time employees": full-time before the noun
  {
    reason: 'headcount/has-full-time',
    vouches: true,
    match: `${HAS} (about|around|roughly|nearly|some|more than|over|almost)? [value:COUNT] (full-time|part-time|permanent|regular|salaried) (employees|staff|workers|people)`,
    confidence: 0.85,
    unless: NOT_A_HEADCOUNT,
    examples: [['Apple has more than 160,000 full-time employees.', 'Apple', 'more than 160,000 full-time employees']],
  },
  // "Zentrix AI has thousands of employees", "with tens of thousands of workers": a vague plural of staff
  // (only a vague count reads "of": "has 40 of its employees" is a part)
  // (read before the counts of a trade: "thousands of employees" is no count of "of employees")
  {
    reason: 'headcount/has-vague-staff',
    vouches: true,
    match: `${HAS} [value:COUNT] of (full-time|permanent)? (employees|staff|staffers|workers|engineers|people|researchers)`,
    confidence: 0.75,
    unless: NOT_A_HEADCOUNT,
    extra: (m) => (m.slots.value!.q!.amount === null ? {} : null),
    examples: [['Zentrix AI has thousands of employees worldwide.', 'Zentrix AI', 'thousands of employees']],
  },
  // "According to Fennick Research, Zentrix AI has around 400 employees": the name right before "has" is its subject,
  // whoever else the sentence names
  {
    reason: 'headcount/org-has-staff',
    vouches: true,
    // ("TCS reported 593,314 employees at the end of the quarter": a company's own count, reported)
    // ("has some 45 wealth managers there", "has 20 software engineers": a trade's words before the people)
    match: `[subject:ORG] (now|currently|still|today|also|reportedly|already)? (${HAS}|reported|reports|recorded|records|disclosed|discloses) ${ABOUT_COUNT} [value:COUNT] ~{0,2} ${STAFF_OR_TRADE}`,
    confidence: 0.85,
    unless: NOT_A_HEADCOUNT,
    extra: (m) => (m.slots.value!.q!.noun === 'people' && m.toks[m.toks.indexOf(m.slots.subject!) + 1]?.lower === 'with' ? null : {}),
    examples: [
      ['According to Fennick Research, Zentrix AI has around 400 employees.', 'Zentrix AI', 'around 400 employees'],
      ['Halvard Robotics has 1,500 employees across four countries.', 'Halvard Robotics', '1,500 employees'],
      ['After a hiring spree, Opaline Health now counts 600 employees.', 'Opaline Health', '600 employees'],
      ['After a hiring spree, Opaline Health, the clinic chain, now counts 600 employees.', 'Opaline Health', '600 employees'],
      ['Kestrel Air currently has 12,000 cabin crew, including 2,000 on its largest jets.', 'Kestrel Air', '12,000'],
      ['At the end of the September quarter, Orvale Tech reported 593,314 employees, a decline of 19,755.', 'Orvale Tech', '593,314 employees'],
    ],
  },
  // "…to join Zentrix AI, a company with barely 1,200 employees": an apposition says what the named company has, wherever
  // the name stands in the sentence
  {
    reason: 'headcount/apposition-with',
    vouches: true,
    match: `[subject:ORG] , (a|an|the) ~{0,6} (company|firm|startup|start-up|business|group|lab|laboratory|maker|bank|lender|insurer|retailer|chain|developer|manufacturer|provider|operator|platform|outfit|venture|employer|conglomerate|airline|carrier|miner|supermarket|grocer) (with|that has|which has|that employs|which employs|employing) (now|currently|just|only|barely|merely|a mere|about|around|approximately|roughly|nearly|almost|some|more than|over|fewer than|less than|close to)? [value:COUNT] (direct|full-time|permanent|regular|salaried)? ${PEOPLE}`,
    confidence: 0.82,
    unless: NOT_A_HEADCOUNT,
    examples: [
      ['Several researchers have left to join Zentrix AI, a company with barely 1,200 employees.', 'Zentrix AI', '1,200 employees'],
      ["The Tessaly Group, the country's largest private sector employer with over 140,000 direct employees, created 4,608 jobs.", 'Tessaly Group', 'over 140,000 direct employees'],
    ],
  },
  // "Halvard Robotics has 1,500 employees", "now counts 600 employees", "has 38 people today, mostly engineers"
  {
    reason: 'headcount/has-staff',
    vouches: true,
    match: `${HAS} ${ABOUT_COUNT} [value:COUNT] ~{0,2} ${STAFF_OR_TRADE}`,
    confidence: 0.85,
    unless: NOT_A_HEADCOUNT,
    // ("The centre had eight specialists…": a subject of its own that is no company — a unit, a place — has them)
    extra: (m) => (m.slots.value!.q!.noun === 'people' && m.toks[m.start]!.lower === 'with') || ownThingSubject(m) ? null : {},
    examples: [
      ['Halvard Robotics, which makes robots for warehouses, has 1,500 employees across four countries.', 'Halvard Robotics', '1,500 employees'],
      ['After a hiring spree, Opaline Health, which runs 40 clinics, now counts 600 employees.', 'Opaline Health', '600 employees'],
    ],
  },
  // "TCS ended the third quarter with a 603,305 employee base", "has a 40,000 staff strength": the count of the staff as a whole
  {
    reason: 'headcount/employee-base',
    vouches: true,
    match: `${HAS} (a|an) ${ABOUT_COUNT} [value:COUNT] -? (employee|employees|staff|workforce|worker|headcount) (base|strength|count)`,
    confidence: 0.82,
    unless: NOT_A_HEADCOUNT,
    examples: [['Tarsel Consulting ended the third quarter with a 603,305 employee base.', 'Tarsel Consulting', '603,305 employee']],
  },
  // "…will lift its total workforce to more than 55,000 from its current figure of approximately 45,000 workers": the size now,
  // set against a target
  {
    reason: 'headcount/from-current',
    match: `from (its|their|the|a)? (current|present|existing) (figure|level|total|number|count|tally|headcount|workforce|staff|strength)? (of)? ${ABOUT_COUNT} [value:COUNT] ~{0,2} ${STAFF_OR_TRADE}`,
    confidence: 0.74,
    examples: [['The recruitment drive will lift Kestrel Air’s total workforce to more than 55,000 from its current figure of approximately 45,000 workers.', 'Kestrel Air', 'approximately 45,000 workers']],
  },
  // "cut 1,200 jobs, or 10% of its workforce, leaving it with about 10,800 staff": the staff left after cuts
  {
    reason: 'headcount/leaving-it-with',
    match: `(leaving|leaves|left) (it|the company|the firm|the bank|the group|the lender|[subject:ORG]) with (about|around|roughly|nearly|some|just|only|fewer than|more than|approximately)? [value:COUNT] (full-time|permanent)? ${STAFF}`,
    confidence: 0.78,
    // (the cuts and their share said before are what it is left after, no veto)
    examples: [['Halvard Bank cut 1,200 jobs, or 10% of its workforce, leaving it with about 10,800 staff.', 'Halvard Bank', 'about 10,800 staff']],
  },
  // "The remaining 110 employees will stay at Vectra", "Left with 3,300 employees after the recent layoff, Vedantu's founders…":
  // the staff left after cuts are the workforce
  {
    reason: 'headcount/remaining-staff',
    match: `((the|its|their)? (remaining|rest of the|rest of its) (about|around|roughly|nearly|some)? [value:COUNT] (full-time|permanent)? ${STAFF} (will|would|are to|are set to|are expected to)? {stay|remain} (at|with) [subject:ORG]|^ left with (about|around|roughly|nearly|some|just|only)? [value:COUNT] (full-time|permanent)? ${STAFF} _{0,8} , [subject:POSS])`,
    confidence: 0.74,
    // (a function's team named elsewhere in the sentence — "its founding team" — is not the staff counted here)
    unless: Object.fromEntries(Object.entries(NOT_A_HEADCOUNT).filter(([name]) => name !== 'headcount/function-staff')),
    examples: [
      ['The remaining 110 employees will stay at Vectra Robotics, which will be run by its head of operations.', 'Vectra Robotics', '110 employees'],
      ["Left with 3,300 employees after the recent layoff, Quillo Learn's founding team has taken a pay cut.", 'Quillo Learn', '3,300 employees'],
    ],
  },
  // "spent N12.5 billion in salaries and wages for 6,634 staff members": the staff a wage bill pays is the workforce
  {
    reason: 'headcount/wage-bill-for',
    match: `(salaries|wages|salary|wage|pay|payroll|staff costs|personnel costs|remuneration) (bill)? _{0,4} for (its|their)? (about|around|roughly|nearly|some|more than|over|its)? [value:COUNT] (full-time|permanent)? (staff|employees|workers|staffers|personnel) (members)?`,
    confidence: 0.76,
    // ("staff members" are staff: the not-staff veto's "members" is left out)
    unless: { 'headcount/flow': FLOW_BEFORE, 'headcount/target': TARGET, 'headcount/growth': GROWTH, 'headcount/part-of': PART_OF, 'headcount/function-staff': FUNCTION_STAFF },
    examples: [['Kestrel Bank spent $120 million in salaries and wages for 6,634 staff members.', 'Kestrel Bank', '6,634 staff members']],
  },
  // "it had $100m in ARR and 52 employees": a count of staff coordinated after another thing it has
  {
    reason: 'headcount/has-and-staff',
    vouches: true,
    match: '{have} _{1,6} and (about|around|roughly|nearly|some|more than|over|almost|just|only)? [value:COUNT] (employees|staff|staffers|engineers|workers)',
    confidence: 0.78,
    unless: NOT_A_HEADCOUNT,
    examples: [['As of November Gamma Labs had $100m in ARR and 52 employees.', 'Gamma Labs', '52 employees']],
  },
  // "Halvard Media, with 9 million customers and 4,000 employees, is growing": the same after the name's "with"
  {
    reason: 'headcount/with-and-staff',
    vouches: true,
    match: '[subject:ORG] , with _{1,6} and (about|around|roughly|nearly|some|more than|over|almost|just|only)? [value:COUNT] (employees|staff|staffers|engineers|workers) (,|$)',
    confidence: 0.78,
    unless: NOT_A_HEADCOUNT,
    examples: [['Halvard Media, with 9 million customers and 4,000 employees, is growing.', 'Halvard Media', '4,000 employees']],
  },
  // "At TML, with 140 people working toward…", "with about 90 employees on its payroll"
  {
    reason: 'headcount/with-people-working',
    match: 'with (about|around|roughly|nearly|some|more than|over|almost|just|only)? [value:COUNT] (people|employees|staff|engineers|researchers|workers) (working|employed|on)',
    confidence: 0.8,
    unless: NOT_A_HEADCOUNT,
    examples: [['At Thinking Machines Lab, with 140 people working toward a focused set of goals, the connection is shorter.', 'Thinking Machines Lab', '140 people']],
  },
  // "We're about 45 people now", "they are roughly 300 employees": a company speaking of itself
  {
    reason: 'headcount/we-are',
    match: "[subject:ORG] (' re|are|were|is|was) (now|currently|still|only|just)? (at|around|about)? [value:COUNT] (people|employees|staff|engineers|persons|strong)",
    confidence: 0.8,
    unless: NOT_A_HEADCOUNT,
    examples: [
      ['Q: How big is Ondine Robotics?\nA: We’re about 45 people now.', 'Ondine Robotics', 'about 45 people'],
      ['Ondine Robotics is growing fast. “We’re now at 150 people,” said Jane Doe, its chief executive.', 'Ondine Robotics', '150 people'],
    ],
  },
  // "Zentrix AI, founded in 2019 and now 250 people strong": a size said as strength
  {
    reason: 'headcount/people-strong',
    match: '[value:COUNT] (people|employees|staff|staffers|persons|workers|engineers) strong',
    confidence: 0.8,
    unless: NOT_A_HEADCOUNT,
    examples: [['Zentrix AI, founded in 2019 and now 250 people strong, makes chips.', 'Zentrix AI', '250 people']],
  },
  // "Kestrel Air's cabin crew is now 21,500 strong", "the airline's cabin crew numbers … are now 21,500 strong": a company's
  // people of one trade said as strength
  {
    reason: 'headcount/staff-are-strong',
    match: `${STAFF_OR_TRADE} (numbers|ranks|team|force)? _{0,8} (is|are|was|were|stands|stood) (now|currently|still|already)? (at)? (about|around|nearly|some|roughly|more than|over)? [value:COUNT] strong`,
    confidence: 0.74,
    unless: NOT_A_HEADCOUNT,
    examples: [['Kestrel Air hired 8,000 cabin crew last year. The airline’s cabin crew numbers crossed the 20,000 milestone in August and are now 21,500 strong.', 'Kestrel Air', '21,500']],
  },
  // "About 350 people work at Sorrel Robotics", "150 engineers work for the startup"
  {
    reason: 'headcount/people-work-at',
    vouches: true,
    // ("1.2 lakh employees work in the Indian offices of Capgemini": the company's offices or sites named before it)
    match: `[value:COUNT] _{0,2} (${STAFF}|people)? ((work|working|are employed|are on the payroll) (at|for|in) ((the|its) ~{0,2} (offices|office|operations|units|unit|plants|factories|stores|branches|sites|facilities|centres|centers|campuses) (of|at))?|(are|were)? employed by) [subject:ORG]`,
    confidence: 0.85,
    unless: NOT_A_HEADCOUNT,
    examples: [
      ['About 350 people work at Sorrel Robotics, most of them in Pittsburgh.', 'Sorrel Robotics', 'About 350 people'],
      ['At present, 1.2 lakh employees work in the Indian offices of Halvard Tech.', 'Halvard Tech', '1.2 lakh employees'],
      ['About 400 people are employed by Ferrous Energy at the site.', 'Ferrous Energy', 'About 400 people'],
    ],
  },
  // "At Vello Bikes, some 320 people work on the assembly line": the company named first, the people who work there after
  {
    reason: 'headcount/at-org-people-work',
    vouches: true,
    match: `^ at [subject:ORG] , (now|today)? [value:COUNT] (${STAFF}|people) (now|currently|still)? (work|are employed|are on the payroll)`,
    confidence: 0.8,
    unless: NOT_A_HEADCOUNT,
    examples: [['At Vello Bikes Inc, some 320 people work on the assembly line.', 'Vello Bikes Inc', 'some 320 people']],
  },
  // "the 1,200-strong workforce at Ferrous Energy", "a 45-person startup", "a 50-strong company", "the startup's 25-person team"
  // "Hyundai Motor Group had 174,952 employees, LG 158,791, and SK 117,438": a list that says the noun once, the later
  // counts right after their companies (the amount reader gave each the noun said first)
  {
    reason: 'headcount/listed-elided',
    match: '(,|and) [subject:ORG] (about|around|nearly|over|more than|some|almost|roughly)? [value:COUNT]',
    confidence: 0.78,
    extra: (m, view) => {
      const q = m.slots.value!.q!;
      if (!/^(?:employees|staff|staffers|workers|people|personnel|employee)$/i.test(q.noun ?? '') || /[a-z]/i.test(view.text.slice(q.start, q.end).replace(/\b(?:about|around|nearly|over|more than|some|almost|roughly|million|thousand|lakh|crore|k|m)\b/gi, ''))) return null;
      // (the count closes its item, past a time: "SK 117,438 in March", "… last year")
      return /^\s*(?:(?:in (?:\d{4}|[A-Z][a-z]+)|last year|this year|a year (?:earlier|ago|before))\s*)?(?:[,.;)]|and\b|$)/.test(view.text.slice(q.end, q.end + 30)) ? {} : null;
    },
    examples: [['Halvard Motor Group had 174,952 employees, Kestrel 158,791, and Orrin 117,438.', 'Kestrel', '158,791']],
  },
  // "Zentrix AI bought Brindle Labs, a two-person startup": the size in an apposition is its head's, not the clause subject's
  {
    reason: 'headcount/n-strong-apposition',
    // ("Halvard Bank, a 12,000-strong lender, said…")
    match: '[subject:ORG] , (a|an|the)? (small|tiny|young|new|lean|fast-growing|growing)? [value:COUNT] - (strong|person|man|woman|member|people|employee|staff|worker) (workforce|team|company|startup|start-up|firm|business|group|operation|outfit|lab|studio|developer|maker|lender|bank|retailer|insurer|carrier|airline|manufacturer|chain|consultancy|agency|publisher|giant|supplier|operator|provider|conglomerate|automaker|carmaker|chipmaker|drugmaker|steelmaker|planemaker|miner|brewer|grocer|telco|brokerage|fintech|unicorn|platform)',
    confidence: 0.87,
    unless: SIZE_VETOES,
    examples: [
      ['Kestrel Labs bought Brindle AI, a two-person startup, last year.', 'Brindle AI', 'two-person'],
      ['Kiteline AI, a 45-person startup based in Berlin, released its first model.', 'Kiteline AI', '45-person'],
      ['Lattice Forge Ltd, a 120-employee firm, makes turbine blades.', 'Lattice Forge Ltd', '120-employee'],
      ['Kestrel Motors, a 6,000-employee automaker, said it would add staff.', 'Kestrel Motors', '6,000-employee'],
    ],
  },
  {
    reason: 'headcount/n-strong',
    // ("the 1,200-employee Orrin Labs": a count of staff words only before a name — "the 11-man Arsenal side" is a team)
    // ("the 130-attorney firm", "a 400-lawyer practice": a firm of people of one trade, counted)
    // ("The 12,000-strong Tarvo Bank workforce": the company named between the count and its staff's noun)
    // ("20 per cent of the Tarvo Air 30,000-strong workforce": the company named before the count, as a possessor would be)
    match: '([value:COUNT] - (strong|person|man|woman|member|people|employee|staff|worker) (workforce|team|staff|company|startup|start-up|firm|business|group|operation|outfit|lab)|the [subject:ORG] [value:COUNT] - (strong|person|employee|staff|worker) (workforce|staff|payroll)|[value:COUNT] - (attorney|lawyer|solicitor|barrister) (firm|practice|partnership)|[value:COUNT] - (employee|staff|worker) [subject:ORG]|[value:COUNT] - (strong|person|employee|staff|worker) [subject:ORG] (workforce|staff|employees|payroll))',
    confidence: 0.85,
    unless: SIZE_VETOES,
    examples: [
      ['Lattice Forge is a 50-strong company headquartered in Leeds.', 'Lattice Forge', '50-strong'],
      ['Quarrel Law has hired three partners. The 130-attorney firm said the hires would strengthen its Dubai office.', 'Quarrel Law', '130-attorney'],
      ['The 1,200-employee Lattice Forge raised $40 million.', 'Lattice Forge', '1,200-employee'],
      ['About 20 per cent of the Lattice Forge 3,000-strong workforce will go.', 'Lattice Forge', '3,000-strong'],
    ],
  },
  // "the 50,000-employee industrial group", "a 300-person games studio": a size before the kind of company
  {
    reason: 'headcount/n-strong-kind',
    match: '[value:COUNT] - (strong|person|people|employee|staff|worker) ~{1,2} (company|firm|startup|start-up|business|group|maker|manufacturer|lender|bank|retailer|insurer|carrier|airline|developer|operator|provider|outfit|consultancy|agency|publisher|studio|chain|conglomerate|giant|supplier|producer)',
    confidence: 0.8,
    unless: { 'headcount/flow': FLOW_BEFORE, 'headcount/personal': PERSONAL, 'headcount/sub-team': SUB_TEAM, 'headcount/not-staff': NOT_STAFF },
    examples: [['Halvard Robotics, the 50,000-employee industrial group, reported a loss.', 'Halvard Robotics', '50,000-employee']],
  },
  // "The 1,200-strong workforce at Ferrous Energy", "the 300 engineers at Kiteline AI": the company after "at"
  {
    reason: 'headcount/staff-at',
    vouches: true,
    match: `(the|its|a|an)? [value:COUNT] -? (strong|person|people|full-time)? ${STAFF} (at|of|for|in) [subject:ORG]`,
    confidence: 0.82,
    unless: NOT_A_HEADCOUNT,
    // ("3,569 employees of its associate banks", "200 workers at its Leeds plant": the staff of something the company has — a
    // part, not its headcount)
    extra: (m) => {
      const subj = m.slots.subject!;
      const next = m.toks[m.toks.indexOf(subj) + 1];
      if (/^(?:its|their)$/.test(subj.lower) && next && next.kind === 'word' && !next.brk) return null;
      return m.toks[m.start]!.kind === 'qty' || /^(?:the|its)$/.test(m.toks[m.start]!.lower) ? {} : null;
    },
    examples: [['The 1,200-strong workforce at Ferrous Energy will move to a new campus next year.', 'Ferrous Energy', '1,200-strong']],
  },
  // "(~85-strong, fully remote)", "Copperleaf AI, 300-strong, …"
  {
    reason: 'headcount/strong-apposition',
    match: '(,|\\() [value:COUNT] - (strong|person|people)',
    confidence: 0.8,
    unless: { 'headcount/flow': FLOW_BEFORE },
    examples: [['Cinder Labs (~85-strong, fully remote) is hiring again.', 'Cinder Labs', '~85-strong']],
  },
  // "Employees: about 180", "| Employees | … 420", "Headcount - 1,200", "Inside Corvid Security: 90 employees";
  // "Total employees: 1,870", "Headcount (full-time): 640" (an aside in brackets is stepped over)
  {
    reason: 'headcount/label',
    // ("Employees worldwide: 188,000", "Employees in the U.S.: 25,000": where they work may follow the label)
    match: '^ (total|average|full-time|permanent|global)? (employees|engineers|staff|headcount|workforce|team size|employee count|people|staff numbers|number of employees) (worldwide|globally|overall|in total|group-wide|((in|outside|across) (the)? ~{1,2}))? (\\(|:|-|_ :) (about|around|roughly|approx|approximately|~)? [value:COUNT]',
    confidence: 0.85,
    examples: [
      ['Sablefish Analytics — at a glance\n• Founded 2019 in Austin\n• Employees: about 180', 'Sablefish Analytics', 'about 180'],
      ['Facts about Tarvex\n\n* Annual revenue: $61 billion.\n\n* Employees worldwide: 188,000.', 'Tarvex', '188,000'],
      ['Kelvra Systems is a chip designer based in Oslo.\nHeadcount (full-time): 640', 'Kelvra Systems', '640'],
      ['Kelvra Pharma\n\nEmployees 2013: 99,451\nRevenues 2013: $44.14 billion', 'Kelvra Pharma', '99,451'],
    ],
  },
  // "WhatsApp employees: 55", "Kelvra Systems headcount - 1,200": a label line that names its company first
  {
    reason: 'headcount/org-label',
    match: "^ ([subject:POSS]|[subject:ORG] '?) (total|full-time|permanent|global)? (employees|staff|headcount|workforce|employee count|employee strength|staff numbers|number of employees) (:|-) (about|around|roughly|approx|approximately|~)? [value:COUNT] $",
    confidence: 0.8,
    vouches: true,
    examples: [['Quorra Messaging Inc employees: 55', 'Quorra Messaging Inc', '55']],
  },
  // "Number of employees" on one line, "4,200" on the next: a factbox's label over its figure
  {
    reason: 'headcount/label-above',
    match: '^ (about|around|roughly|approx|approximately|~|over|more than)? [value:COUNT] $',
    confidence: 0.78,
    when: (view) => LABEL_ABOVE.test(view.text.slice(Math.max(0, view.sentence.start - 60), view.sentence.start)),
    examples: [['Tallis Motors Inc at a glance\nNumber of employees\n4,200', 'Tallis Motors Inc', '4,200']],
  },
  // "Headcount at year end 1,870", "Number of employees as of year-end: 1,870": a date after the label is a separator
  {
    reason: 'headcount/label-year-end',
    match: '^ (total|average|full-time|permanent|global)? (employees|staff|headcount|workforce|employee count|number of employees) (at|as at|as of) (the)? (year end|year-end|year -? end|end of year|end of the year) (:|-)? (about|around|roughly|approx|approximately|~)? [value:COUNT]',
    confidence: 0.85,
    examples: [['Zentrix AI annual report\nRevenue: $400m\nHeadcount at year end 1,870', 'Zentrix AI', '1,870']],
  },
  // "Zentrix AI is home to 4,500 employees", "Kelvra Systems, home to 300 engineers,": the named company is the home
  {
    reason: 'headcount/home-to',
    vouches: true,
    match: `[subject:ORG] (,|is|was|has become|remains) (now|currently|already|also)? home to (about|around|approximately|roughly|nearly|almost|some|more than|over|close to)? [value:COUNT] ${PEOPLE}`,
    confidence: 0.78,
    unless: NOT_A_HEADCOUNT,
    examples: [['Zentrix AI is home to 4,500 employees.', 'Zentrix AI', '4,500 employees']],
  },
  // "All 4,500 of Zentrix AI's employees will get a bonus": every one of them is the whole staff
  {
    reason: 'headcount/all-of-staff',
    vouches: true,
    match: 'all (of)? [value:COUNT] of [subject:POSS] (full-time|permanent|global)? (employees|staff|staffers|workers|workforce|people)',
    confidence: 0.8,
    unless: { 'headcount/personal': PERSONAL },
    examples: [['All 4,500 of Zentrix AI’s employees will get a bonus.', 'Zentrix AI', '4,500']],
  },
  // "Zentrix AI (450 employees) makes chips", "Kelvra Systems (about 90 staff, Tallinn)": the size in brackets after the name
  {
    reason: 'headcount/bracket',
    vouches: true,
    match: '[subject:ORG] \\( (about|around|roughly|approximately|some|nearly|over|more than|~)? [value:COUNT] (full-time)? (employees|staff|staffers|people|workers|engineers) (\\)|,|;)',
    confidence: 0.8,
    unless: NOT_A_HEADCOUNT,
    examples: [['Zentrix AI (450 employees) makes chips for robots.', 'Zentrix AI', '450 employees']],
  },
  // "| Orbital Loom | 420 | Denver |" under "| Company | Employees | HQ |": a count in a staff column
  {
    reason: 'headcount/column',
    match: '\\| (about|around|approx|approximately|~)? [value:COUNT]',
    when: (view) => view.sentence.kind === 'table',
    confidence: 0.85,
    extra: (m, view) => (/^(?:employees|staff|headcount|workforce|people|team size|employee count|staff numbers|team)\b/i.test(columnOf(view, m.slots.value!.start) ?? '') ? {} : null),
    examples: [['| Company | Employees | HQ |\n|---|---|---|\n| Orbital Loom Labs | 420 | Denver |', 'Orbital Loom Labs', '420']],
  },
  // "Inside Corvid Security: 90 employees, one office"
  {
    reason: 'headcount/label-after',
    match: '(:|,) [value:COUNT] (employees|staff|staffers|people|engineers) (,|$)',
    confidence: 0.75,
    unless: NOT_A_HEADCOUNT,
    examples: [['Inside Corvid Security: 90 employees, one office, zero outside investors', 'Corvid Security', '90 employees']],
  },  // "• Roughly 90 employees" in a key-facts box: a bullet that is only the count
  {
    reason: 'headcount/bullet',
    match: '^ [value:COUNT] (full-time|permanent)? (employees|staff|staffers|people|engineers|workers|researchers) $',
    confidence: 0.8,
    // (the line itself, not a bracket inside it: "- Kestrel laid off 10% (~30 staff) of its workforce")
    extra: (m, view) => (view.sentence.kind !== 'body' && /^[\s\-–•*▪·]*$/.test(view.text.slice(view.sentence.start, m.slots.value!.start)) ? {} : null),
    examples: [['Kelvra Systems: key facts\n• Founded 2018 in Tallinn\n• Roughly 90 employees', 'Kelvra Systems', 'Roughly 90 employees']],
  },

  // "supported by 27 people", "run by just 13 employees", "with only 50 engineers"
  {
    reason: 'headcount/run-by',
    match: '(supported|run|built|operated|staffed|powered) by (just|only|about|around|fewer than|less than|a team of)? [value:COUNT] (people|employees|staff|engineers|workers|persons)',
    confidence: 0.78,
    unless: NOT_A_HEADCOUNT,
    examples: [['Gamma Labs reached $50 million in revenue supported by 27 people.', 'Gamma Labs', '27 people']],
  },


  // "Kestrel Dynamics has 320 employees; its rival Halvard Robotics has about 1,100": a bare count after "has" beside staff words
  {
    reason: 'headcount/has-count',
    match: `(has|had|employs) (about|around|roughly|nearly|some|more than|over|almost|just)? [value:COUNT] ($|;|.|and|, while|while|whereas|(in|by|at) (the end of)? (${MONTHS}|[COUNT]|last year|this year)|last year|this year)`,
    confidence: 0.7,
    unless: NOT_A_HEADCOUNT,
    // (or a count whose staff noun is said once for it and a parallel count: src/values/ellipsis.ts)
    extra: (m, view) => {
      const q = m.slots.value!.q!;
      const shared = q.unit === 'people' && q.noun !== null && !q.text.endsWith(q.noun) && STAFF_WORD.test(q.noun);
      return (q.unit === null && /\b(?:employees|staff|workers|headcount|workforce)\b/.test(view.lower)) || shared ? {} : null;
    },
    examples: [
      ['Kestrel Dynamics has 320 employees; its rival Halvard Robotics has about 1,100.', 'Halvard Robotics', 'about 1,100'],
      ['Orrin Works has over 3.37 lakh and Kestrel Industries has nearly 2 lakh employees.', 'Orrin Works', 'over 3.37 lakh'],
    ],
  },
  // "its full-time staff shrank from 5,527 in 2022 to 3,422", "the workforce has grown to 900": staff that changed to a level
  {
    reason: 'headcount/staff-changed-to',
    vouches: true,
    match: '((staff|workforce|headcount|employees|employment|payroll|staffing)|(its|their|our|[POSS]) (team|ranks)) ~{0,2} {shrink|fall|drop|decline|grow|rise|increase|jump|swell|climb|slump|reach|balloon|contract|double|triple|expand} _{0,8} to (about|around|roughly|nearly|some|more than|just|only|under|over)? [value:COUNT]',
    confidence: 0.85,
    unless: { 'headcount/growth': GROWTH, 'headcount/share-of': SHARE_OF, 'headcount/target': TARGET },
    examples: [
      ['Lumen Systems said its full-time staff shrank from 5,527 to 3,422 over two years.', 'Lumen Systems', '3,422'],
      ['Copperleaf AI’s team has grown to 350 people.', 'Copperleaf AI', '350 people'],
    ],
  },
  // "…beyond the record 121,223 employees it had at the end of March", "the 4,000 staff the company employs": a count of staff
  // a company has, said as a relative clause on the count
  {
    reason: 'headcount/staff-it-had',
    vouches: true,
    match: '[value:COUNT] (full-time|permanent)? (employees|staff|staffers|workers|people) (that|whom)? (it|the company|the group|the firm|the bank|the airline|the business|[ORG]) (had|has|employed|employs|counted|counts|then had|now has|now employs)',
    confidence: 0.8,
    unless: NOT_A_HEADCOUNT,
    examples: [['Tessaly Air will take its workforce beyond the record 121,223 employees it had at the end of March.', 'Tessaly Air', '121,223 employees']],
  },
  // "added 2,492 employees in the quarter, taking its total to 317,788", "cut 500 jobs, bringing its headcount down to
  // 4,100": a flow of staff, then the level it brought the company to
  {
    reason: 'headcount/flow-bringing-total-to',
    vouches: true,
    // (a bare "total" only after staff added: "fired 385 people more, bringing its total to 1,100" totals the people fired)
    match: '({add} [COUNT] ~{0,2} (employees|staff|staffers|workers|people|engineers) _{0,8} ,? (taking|bringing|lifting|pushing|raising) (its|the|their|[POSS]) (total|overall|global)? (total|tally)|[COUNT] ~{0,2} (employees|staff|staffers|workers|people|jobs|roles|positions|hires|engineers) _{0,8} ,? (taking|bringing|lifting|pushing|raising|reducing|cutting|leaving|putting) (its|the|their|[POSS]) (total|overall|global)? (headcount|head count|workforce|staff|staff count|employee count|employee base|strength|employee strength)) (down|up)? (to|at) (about|around|roughly|nearly|some|more than|just over|just under|over|under)? [value:COUNT]',
    confidence: 0.82,
    unless: { 'headcount/target': TARGET },
    examples: [['Tessaly Infotech added 2,492 employees in the quarter, taking its total to 317,788.', 'Tessaly Infotech', '317,788']],
  },
  // "will lay off 10 percent of its workforce of about 2,600": the whole a share is taken of
  {
    reason: 'headcount/share-of-workforce-of',
    vouches: true,
    match: 'of (its|their|the|[POSS] (\'s|\')?) (global|total|entire|worldwide|full-time)? (workforce|staff|headcount) of (about|around|roughly|nearly|some|more than|over|almost|just over|close to)? [value:COUNT]',
    confidence: 0.82,
    unless: { 'headcount/not-staff': NOT_STAFF },
    examples: [['Norrland Compute will lay off 10 percent of its workforce of about 2,600.', 'Norrland Compute', 'about 2,600']],
  },
  // "Lattice Forge's team now numbers 230", "its staff totals 85"
  {
    reason: 'headcount/team-numbers',
    vouches: true,
    match: '(its|their|our|[POSS]) (team|staff|ranks) (now|currently|today)? (numbers|numbered|totals|totalled|totaled|stands at|stood at|swelled to|has swelled to) (about|around|roughly|nearly|some|more than|over|almost|just over|close to)? [value:COUNT]',
    confidence: 0.82,
    unless: NOT_A_HEADCOUNT,
    examples: [['Lattice Forge Ltd’s team now numbers 230.', 'Lattice Forge Ltd', '230']],
  },
  // "Kiteline AI has grown its team to 120", "more than doubled its workforce to 1,200": the company took its staff to a level
  {
    reason: 'headcount/grew-staff-to',
    vouches: true,
    match: '{grow|expand|double|triple|quadruple|swell|increase|boost|build|scale|reduce|trim|shrink|cut|slash} (its|their|our|the|[POSS]) (global|total|full-time|permanent)? (team|workforce|staff|headcount|employee base|ranks|payroll|(lawyer|engineer|banker|partner|employee|staff|worker) (count|numbers|headcount)) _{0,5} to (about|around|roughly|nearly|some|more than|over|almost|just over|just under|close to|under|below|fewer than)? [value:COUNT]',
    confidence: 0.82,
    unless: { 'headcount/growth': GROWTH, 'headcount/share-of': SHARE_OF, 'headcount/not-staff': NOT_STAFF, 'headcount/target': TARGET },
    examples: [
      ['Kiteline AI has grown its team to 120.', 'Kiteline AI', '120'],
      ['Pellucid Labs has more than tripled its team to 90 engineers.', 'Pellucid Labs', '90 engineers'],
      ['Kestrel Law has grown its lawyer count to 80.', 'Kestrel Law', '80'],
    ],
  },
  // "Zentrix AI has grown to 250 employees", "has grown from five founders to 600 staff": a company that grew to a staff
  {
    reason: 'headcount/grown-to-staff',
    vouches: true,
    match: '{grow|expand|swell|balloon|double|triple} _{0,4} to (about|around|roughly|nearly|some|more than|over|almost|just over|close to)? [value:COUNT] (full-time|permanent)? (employees|staff|staffers|workers|engineers|researchers|personnel)',
    confidence: 0.8,
    unless: { ...NOT_A_HEADCOUNT, 'headcount/not-a-company': NOT_A_COMPANY },
    examples: [
      ['Zentrix AI has grown to 250 employees since its founding in 2019.', 'Zentrix AI', '250 employees'],
      ['Halvard Robotics has grown from five founders to 600 employees.', 'Halvard Robotics', '600 employees'],
    ],
  },
  // "Halvard Robotics now has 2,300 people on its payroll", "4,200 people on staff"
  {
    reason: 'headcount/on-payroll',
    vouches: true,
    match: '[value:COUNT] (people|persons|employees|staff|staffers|workers|engineers|researchers) on (its|the|their|our|[POSS])? (payroll|payrolls|staff)',
    confidence: 0.82,
    unless: NOT_A_HEADCOUNT_BUT_PEOPLE_ON,
    examples: [['Halvard Robotics now has 2,300 people on its payroll.', 'Halvard Robotics', '2,300 people']],
  },
  // "Founded 2015 · 200 employees · HQ Berlin": a count of staff between the dots of a key-facts line
  {
    reason: 'headcount/dot-list',
    match: '(·|•|\\|) (about|around|roughly|approx|approximately|~|over|more than|nearly)? [value:COUNT] (full-time|permanent)? (employees|staff|staffers|people|engineers|workers|researchers) (·|•|\\||$)',
    confidence: 0.75,
    unless: NOT_A_HEADCOUNT,
    examples: [['Ferrous Energy\nFounded 2015 · 200 employees · HQ Berlin', 'Ferrous Energy', '200 employees']],
  },
  // "headcount has grown to 900, up from 300", "employs 41,000, down from 48,000": the earlier figure
  {
    reason: 'headcount/up-from',
    // ("had 8,100 employees, compared to 3,000 in 2017": a figure compared with, said of a time, is the earlier one)
    match: '([COUNT]|headcount|workforce|staff|employees|employment|people|workers|employ|employs|employed|employee base|employee count) _{0,12} (\\(|,)? (but|though|although)? (((up|down) from|from (a|its|the) (peak|high|low|record|record high|all-time high) (of)?|from (the|its)? (current|present|existing|today\'s)|from) [value:COUNT]|(compared (to|with)|versus|as against) [value:COUNT] (in|a year|last|the previous|the prior|at the end of|as of))',
    confidence: 0.75,
    // ("its staff shrank from 5,527 in 2022 to 3,422": the level it has changed to is the headcount, not where it started;
    // but "could see its workforce trimmed from 155,000 to 110,000 by 2010": a plan, and the figure it starts from is today's)
    // ("counts 24,000 tech workers laid off in January, down from 34,000 a year earlier": the earlier figure of a flow is a flow)
    unless: { ...NOT_A_HEADCOUNT, 'headcount/from-to': '(shrank|shrunk|fell|fallen|dropped|declined|grew|grown|rose|risen|increased|jumped|swelled|swollen|climbed|slumped|ballooned|contracted|expanded|went|gone) from [value:COUNT] _{0,6} to (about|around|roughly|nearly|some|just|only|under|over)? [COUNT]', 'headcount/flow-earlier': '[COUNT] ~{0,3} (laid off|cut|fired|let go|made redundant|furloughed|affected|hired|recruited|added) _{0,8} (up|down) from [value:COUNT]',
      // ("is taking on 10,000 temporary workers, up from 7,000 last year": the verb of the flow before its count)
      'headcount/flow-earlier-verb': '{hire|recruit|take on|bring in|add|cut|shed|lay off|axe} (about|around|nearly|some|roughly|an extra|another)? [COUNT] ~{0,3} _{0,4} (up|down) from [value:COUNT]' },
    // (the figure it came from is of what the level between counts: "serves 2,000 enterprise customers, up from 800" counts customers)
    extra: (m) => {
      const unit = m.slots.value!.q!.unit;
      if (unit !== null && unit !== 'people') return null;
      // (a count opening the match is a count of staff: "8,100 employees, compared to 3,000 in 2017" — not "an index fell
      // to 95.5 from 97.5")
      const opening = m.toks[m.start]!;
      if (opening.kind === 'qty' && !(opening.q?.unit === 'people' && /^(?:employees|staff|staffers|workers|people|personnel)$/.test(opening.q.noun ?? ''))) return null;
      for (let i = m.start; i < m.end; i++) {
        const t = m.toks[i]!;
        if (t.kind === 'qty' && t !== m.slots.value && t.q?.kind === 'count' && t.q.unit !== null && t.q.unit !== 'people') return null;
      }
      return {};
    },
    examples: [
      ['Copperleaf AI’s headcount has grown to roughly 900, up from 300 last year.', 'Copperleaf AI', '300'],
      ['Kestrel Electronics aims to increase its employee base to 1.3 million from the current 1.2 million.', 'Kestrel Electronics', '1.2 million'],
      ['At the end of 2024, Kestrel Shop had approximately 8,100 employees worldwide, compared to 3,000 in 2017.', 'Kestrel Shop', '3,000'],
      ['Kestrel Shop had 8,100 employees (but down from 11,600 in 2022).', 'Kestrel Shop', '11,600'],
      ['Orvale Tech’s headcount has been declining from a record 614,795 at the end of FY23.', 'Orvale Tech', '614,795'],
    ],
  },

  sectionRule('headcount'),
  // "the team is currently comprised of about 30 researchers", "its staff is made up of 120 engineers"
  {
    reason: 'headcount/team-comprised-of',
    match: `(team|staff|workforce|company|startup|lab) (is|was|are|were)? (currently|now|still|already)? (comprised|composed|made up|formed|consists|consisted) (of)? (about|around|approximately|roughly|nearly|almost|some|more than|over|just|only)? [value:COUNT] ${PEOPLE}`,
    confidence: 0.78,
    unless: NOT_A_HEADCOUNT,
    // ("the chief executive of Tessaly Lab, and the team is…": the team is the company its head runs)
    pick: { allowSlot: /\b(?:of|at) $/ },
    examples: [['Mira Roe will act as the chief executive of Tessaly Lab, and the team is currently comprised of about 30 researchers.', 'Tessaly Lab', 'about 30 researchers']],
  },
  // "laying off about 54 individuals from the remaining 270 employees", "its remaining 1,200 staff"
  {
    reason: 'headcount/remaining-staff',
    match: `(the|its|their|[POSS]) remaining [value:COUNT] ${PEOPLE}`,
    confidence: 0.74,
    examples: [['Now, Tarrow Logistics is laying off about 54 individuals from the remaining 270 employees.', 'Tarrow Logistics', '270 employees']],
  },
  // "staff sizes ranged from a low of 336 full-time employees (Austin-based DISCO)": the count's company in the bracket after it
  {
    reason: 'headcount/count-bracket-owner',
    match: `[value:COUNT] (full-time|part-time|permanent)? ${PEOPLE} \\( _{0,3} [subject:ORG] \\)`,
    confidence: 0.74,
    unless: NOT_A_HEADCOUNT,
    examples: [['Disclosed staff sizes ranged from a low of 336 full-time employees (Austin-based Tarrow Data) upwards.', 'Tarrow Data', '336 full-time employees']],
  },
];
