import { sectionRule } from '../sections.js';
import { columnOf, type ClaimRule, type RuleMatch } from '../rules.js';
import type { SentenceView } from '../extractor.js';
import { topicAsSubject, type Picked } from '../slots.js';
import { ENDED_EMPLOYMENT, MOVE_TO, OCCUPATIONS } from '../staff-words.js';

// A table column of job cuts: "Jobs cut", "Layoffs", "Job losses", "Roles cut", "Redundancies"
const CUTS_COLUMN = /^\s*(?:jobs? (?:cut|cuts|lost|losses|axed|eliminated)|job cuts|job losses|layoffs|lay-offs|laid off|cuts|roles cut|positions cut|staff cut|headcount cut|redundancies|employees affected|workers affected)\b/i;

/** A count of people or jobs, or a bare count ('of 300 of them'), not of points, votes or stores. */
function peopleCount(m: RuleMatch): boolean {
  const q = m.slots.value!.q!;
  return q.unit === 'people' || (q.unit === null && !q.noun) || /^(?:jobs?|positions?|roles?|posts?)$/.test(q.noun ?? '');
}

/**
 * departure: people leave a company's employ — job cuts, layoffs, resignations, exits, a loss
 * of staff — and no hiring company is named (when one is, it is a hiring claim). The rules say
 * who leaves (staff, roles, a person) and what they leave (jobs, the company), so a lost match,
 * lost trust, lost sales or a player leaving the pitch never reads as one.
 */

// Who leaves: staff and the people in roles
const STAFF = `(jobs|job|positions|roles|posts|${OCCUPATIONS.join('|')}|people|individuals|leaders|members|jobholders|headcount|crew|bodies)`;
const ROLE = '(ceo|cfo|cto|coo|cmo|cio|cso|chief|president|presidents|vice-president|vice-presidents|chairman|chairwoman|founder|co-founder|cofounder|founders|co-founders|cofounders|director|directors|executive|executives|head|counsel|officer|officers|boss|svp|evp|vp|vps|lawyer|partner|partners|scientist|researcher|engineer|manager|leader)';
const LEAVE = '{resign|quit|depart|leave|step down|exit|walk out|walk away|defect}';
// Leaving a post: also stepping aside or standing down (said of officers: the rules that use it need a role word too)
const LEAVE_POST = LEAVE.replace('}', '|step aside|stand down}');
// The officers a board removes ("fired its CEO", "ousted its chief executive"); not a manager or
// a boss, whom clubs sack every week
const OFFICER = '(ceo|cfo|cto|coo|cmo|cio|chief|president|chairman|chairwoman|founder|co-founder|cofounder|director|executive|officer|svp|evp|vp)';
// The cut: verbs that take jobs or staff away
// What may stand between a count and what it counts: "2,100 more job cuts", "300 voluntary redundancies"
const ADJ = '(more|further|planned|new|additional|permanent|voluntary|compulsory|forced|management|staff|temporary|full-time|part-time|manufacturing|factory|retail|office|senior|other|top)';
// Passive words of a lay-off: "were laid off", "have been let go", "will be made redundant"
/**
 * "About 200 Halden AI employees were laid off", "Some 300 jobs at Halden AI have been eliminated": a count that opens the
 * sentence (a hedge at most before it), and a company named in the counted phrase, before any verb or clause break.
 */
function companyOfCounted(view: SentenceView, cueAt: number): Picked | null {
  if (!COUNT_OPENER.test(view.text.slice(view.sentence.start, cueAt))) return null;
  const a = view.actors.find((x) => x.start > cueAt && x.via === 'name' && !x.entity.media && x.start - cueAt <= 60);
  if (a && !NOT_IN_PHRASE.test(view.text.slice(cueAt, a.start))) return { entity: a.entity, via: a.via, actor: a };
  // ("Up to 2800 jobs, about nine per cent of the Orvale workforce, will be cut": the workforce the count is a share of)
  const of = view.actors.find((x) => x.start > cueAt && x.start - cueAt <= 100 && !x.entity.media && /^[^.;]{0,70}\bof (?:the )?$/.test(view.text.slice(cueAt, x.start)) && SHARE_OF_WORKFORCE_AFTER.test(view.text.slice(x.end, x.end + 30)));
  return of ? { entity: of.entity, via: of.via, actor: of } : null;
}
const SHARE_OF_WORKFORCE_AFTER = /^(?:['’]s?)? (?:global |total |entire |local |domestic |[A-Z]{2,3} )?(?:workforce|staff|employees|headcount|jobs)\b/;
const COUNT_OPENER = /^\W*(?:(?:about|around|some|nearly|almost|roughly|approximately|more than|over|up to|as many as|at least|an estimated)\s+)?$/i;
const NOT_IN_PHRASE = /[,;:.()]|\b(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|been|be|being|said|says|told|to|by|with|for|than|from|and|or|who|which|that|former|ex|[a-z]+ed|[a-z]+ing)\b/i;

const LAID_OFF = '(laid off|made redundant|let go|dismissed|fired|sacked|furloughed|axed|retrenched|sent home)';
// A hedge before a count: "about 5,100 jobs", "Some 7,000 workers"
// The sentence before counted a company's staff ("had about 1,400 pilots.")
const STAFF_BEFORE = new RegExp(String.raw`\b\d[\d,.]*\s+(?:[a-z-]+\s+)?(?:employees|staff|workers|pilots|engineers|people|bankers|lawyers|nurses|drivers|cabin crew|members of staff)\b[^.]{0,40}\.\s*$`);
const APPROX = '(about|around|some|nearly|almost|roughly|more than|over|up to|approximately)';
// A scheme under which staff leave of their own accord: "Voluntary Retirement Scheme", "VRS", "early retirement programme"
const VOLUNTARY_EXIT = '((voluntary|early) (retirement|redundancy|separation|exit) (scheme|schemes|programme|program|programs|plan|package|offer)?|vrs|vss|vrs scheme|vss scheme)';
const CUT = '{cut|eliminate|slash|shed|axe|lay off|let go|trim|scrap|remove|reduce|furlough|shrink|dismiss|sack|fire|retrench|terminate|offload|chop|wipe out|send home}';

// A hiring company named: that sentence is a hiring claim ("left Google to join Quillmark", "lost five engineers to Meta")
const TO_A_COMPANY = `((${MOVE_TO}|joining|joined|to rival|for rival|to start|to launch|to found) (the)? [ORG]|, (and)? ({head} to|{join}|{move} to) (rival)? [ORG]|{depart|leave|defect|go|move|head|decamp|quit} (for|to|over to) (rival)? [ORG])`;
// "lost a dozen researchers to rivals including X", "is bleeding talent to X": the people go to a company (a hiring claim)
const LOST_TO = '{lose|bleed|haemorrhage|hemorrhage} _{0,5} to (rivals|competitors|companies|firms|startups|rival)? (including|such as|like|among them|notably)? [ORG]';
// What follows a leaving that is a leaving of a job: the company, the job, a time, the end of the clause
// ("left the company in March", "quit on Monday", "has left." — not "left books alone", "leaving no will")
const LEFT_WHAT = '($|[ORG]|(the|its|his|her|their|a|an) _{0,2} (company|firm|group|business|bank|lender|startup|start-up|board|post|job|role|position|team|organisation|organization|carrier|airline|retailer|insurer|broker|fund)|(in|on|last|this|next|later|earlier|after|following|amid|over|as|effective|immediately|at|by|since|before|when|once|within|to|for|with|without|because|from|just|only|barely|less|more|weeks|months|days|years) )';
// "quit Yukos shares", "exited its stake": leaving a holding
const HOLDING = `${'{resign|quit|depart|leave|step down|exit|walk out|walk away|defect}'} (from)? [ORG]? ('s)? (shares|stake|stakes|holding|holdings|stock|investment|market|markets|business|sector|country)`;
// "companies planning more than 10 redundancies": companies in general
// (and cuts counted across many companies: "161,411 employees were laid off from 1,051 tech companies", "larger rivals to cut thousands of jobs")
// (and counts of several companies summed: "Combined, Infosys and TCS witnessed a reduction of 34,851 employees")
const GENERIC = '((companies|firms|employers|businesses|industry|industries|sector|sectors|economy|economies|nationwide|net|nations|countries|country|region|regions|manufacturing|unemployment|jobless) _{0,6} [value:COUNT]|[value:COUNT] _{0,8} in (more than|over|about|some|nearly|at least)? [COUNT] _{0,2} (layoffs|job cuts|rounds|companies|firms)|[value:COUNT] (u.s.|us|uk|u.k.|american|british|european|indian|chinese|german|french|japanese|canadian|australian|tech|federal|government|public-sector) (employees|workers|staff|jobs)|[value:COUNT] _{0,5} (from|in|across|throughout) the (sector|industry|economy|country|region|market)|[value:COUNT] _{0,6} (from|at|across|by) [COUNT] ~{0,2} (companies|firms|startups|employers|businesses|banks|lenders)|(rivals|peers|companies|firms|startups|banks|lenders|employers) ~{0,2} to {cut|shed|lay off|axe|eliminate} _{0,2} [value:COUNT]|^ (combined|together|collectively|between them) , _{0,8} (\\( _{1,4} \\))? _{0,12} [value:COUNT]|[ORG] and [ORG] (together|combined|collectively|between them) _{0,10} [value:COUNT])';
// "died in 2002, leaving no will"
// "Correspondents say 6,000 job losses had been expected": a figure that was only expected (set against what was announced)
const EXPECTED = '[value:COUNT] _{0,4} (had been|were|was) (widely)? (expected|feared|forecast|predicted|anticipated|rumoured|rumored|mooted|speculated)';
const DIED = '{die|pass away|retire}';
// "Francese's hiring leaves Cannondale well-positioned", "the deal leaves X with debts": "leave" meaning "make", no exit
const LEAVES_IN_STATE = '{leave} [ORG] (well|well-positioned|well-placed|better-placed|well-equipped|well-capitalised|well-capitalized|well-funded|better-positioned|better|best|poorly|badly|strongly|ideally|uniquely|exposed|vulnerable|short|struggling|facing|poised|positioned|placed|able|unable|firmly|squarely)'

// What a company does that costs jobs: "the closure of X's plant", "X's restructuring"
const COMPANY_MOVE = '(closure|closures|restructuring|reorganisation|reorganization|overhaul|cuts|move|relocation|plan|plans|decision)';

// "save 500 jobs", "create 300 jobs": jobs kept or made
const NOT_CUT = '{save|protect|create|add|secure|safeguard|preserve|generate|support} _{0,2} [value:COUNT]';

// "terminated the employment of over 1,500 employees", "ended the contracts of 300 staff", "disengaged 140 workers"
const ENDS_EMPLOYMENT = `${ENDED_EMPLOYMENT} [value:COUNT] ~{0,3} ${STAFF}`;

export const RULES: ClaimRule[] = [
  // "…make a 3% reduction to its workforce, which translates to around 10,000 jobs": the share's count
  {
    reason: 'departure/cut-translates-to',
    match: `(reduction|reductions|cut|cuts) (to|in|of) (its|the|their|[POSS]) (global|total|entire|worldwide|corporate)? (workforce|headcount|staff|staffing) , (which|that) (translates|translate|amounts|amount|equates|equate|works out|equals) to ${APPROX}? [value:COUNT]`,
    confidence: 0.76,
    unless: { 'departure/generic': GENERIC },
    examples: [['Meanwhile, online shopping giant Orvale is expected to make a 3% reduction to its workforce, which translates to around 10,000 jobs.', 'Orvale', 'around 10,000 jobs']],
  },
  // "Nearly half of Tarsel's workforce was cut", "Twenty two percent of Kestrel Music's staff are losing their jobs": a share of a
  // company's staff leaving, said of the staff
  {
    reason: 'departure/share-of-staff-cut',
    match: `(about|around|roughly|nearly|almost|some|up to|more than|over)? ((a|one|two|three)? (half|third|quarter|fifth|tenth|thirds|quarters|fifths|tenths)|(_)? _ (%|percent|per cent)) of [subject:POSS] (global|total|entire|worldwide|own)? (workforce|staff|employees|headcount|workers|personnel) (was|were|has been|have been|is being|are being|will be|is to be|are to be|are|is) (also)? (cut|laid off|axed|let go|shed|eliminated|made redundant|losing their jobs|losing jobs|being cut|being laid off)`,
    confidence: 0.74,
    vouches: true,
    unless: { 'departure/generic': GENERIC },
    examples: [
      ["Meanwhile, nearly half of Tarsel's workforce was also cut after its takeover.", 'Tarsel', null],
      ["Twenty two percent of Kestrel Music's staff are losing their jobs.", 'Kestrel Music', null],
    ],
  },
  // "Jet Airways had about 1,400 pilots. Of these, 350-400 have already left and joined rival companies": a part of the staff just
  // counted has left — the company the sentence before is about
  {
    reason: 'departure/of-these-left',
    match: `^ (of|among) (these|them|those|this number) , ${APPROX}? [value:COUNT] (have|has|had)? (already|since|now|reportedly)? (left|quit|resigned|departed|gone|exited)`,
    confidence: 0.72,
    pick: { fallback: topicAsSubject },
    when: (view) => STAFF_BEFORE.test(view.text.slice(Math.max(0, view.sentence.start - 120), view.sentence.start)),
    examples: [['Kestrel Air had about 1,400 pilots. Of these, about 350 have already left and joined rival companies.', 'Kestrel Air', 'about 350']],
  },
  // "| Amazon | 14,000 | ~4% |" under "| Company | Jobs cut | Share of workforce |": a count in a column of cuts
  {
    reason: 'departure/column',
    match: '\\| (about|around|approx|approximately|~|up to|more than|over)? [value:COUNT] (\\||$)',
    when: (view) => view.sentence.kind === 'table',
    confidence: 0.82,
    extra: (m, view) => (CUTS_COLUMN.test(columnOf(view, m.slots.value!.start) ?? '') ? {} : null),
    examples: [['| Company | Jobs cut | Share |\n|---|---|---|\n| Orbital Loom Labs | 1,350 | 9% |', 'Orbital Loom Labs', '1,350']],
  },
  // "to cut 12% of its workforce", "lays off a third of its staff", "reduce its headcount by 15%": a share, no count
  {
    reason: 'departure/cut-share-of-staff',
    vouches: true,
    match: `(${CUT} (of)? (about|around|roughly|nearly|almost|approximately|some|up to|more than|over)? ([share:Q]|_ (%|percent|per cent)|(a|one|two|three)? (half|third|quarter|fifth|tenth|thirds|quarters|fifths|tenths)) of (its|the|their|our)? (global|total|entire|worldwide|corporate|current|remaining|own)? _{0,1} (workforce|staff|employees|headcount|jobs|workers|employees|personnel)|{make|announce|plan} (a|an) (about|around|roughly|nearly|almost|some|up to|more than|over)? _ (%|percent|per cent) (reduction|cut|cuts) (to|in|of) (its|the|their|our) (global|total|entire|worldwide|corporate)? (workforce|headcount|staff|staffing)|{reduce|cut|shrink|trim|slash|lower} (its|the|their|our) _{0,2} (workforce|headcount|staff|payroll|staffing) by (about|around|roughly|nearly|almost|some|up to|more than|over)? _ (%|percent|per cent)|(about|around|roughly|nearly|almost|approximately|some|up to|more than|over)? ([share:Q]|_ (%|percent|per cent)) of ([subject:POSS]|the [subject:ORG]|its|the|their|our) (global|total|entire|worldwide|corporate|current|remaining|own)? _{0,3} (workforce|staff|employees|jobs|workers|employees|personnel) (will|would|could|may|might|are to|is to|are set to|is set to|are expected to|is expected to|have|has|had|were|was|are|is) (already|now|eventually)? (be|been|being)? ({cut|lose|lay off|axe|eliminate|shed|disappear|make redundant}|go ($|,|by|under|in|over|as|through|within|across|from|at|after|before|when|if|next|this|last|later|soon|during|until)))`,
    confidence: 0.78,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    // ("a third", "a quarter" may arrive read as an amount: only a share will do, not "300 of its 2,000")
    extra: (m) => (!m.slots.share || /^(?:a|one|two|three) (?:half|third|quarter|fifth|tenth)s?$/i.test(m.slots.share.q!.text) ? {} : null),
    examples: [
      ['Halvard Robotics to cut 12% of workforce', 'Halvard Robotics', null],
      ['Halvard Labs said it would cut 28% of its onshore jobs.', 'Halvard Labs', null],
      ['Copperleaf AI lays off a third of its staff', 'Copperleaf AI', null],
      ['Zentrix AI said it would reduce its headcount by 15%.', 'Zentrix AI', null],
      ['Tarsel Learning has also slashed its workforce by 10 per cent.', 'Tarsel Learning', null],
      ['About 20 per cent of the Tarsel Air 30,000-strong workforce will go.', 'Tarsel Air', null],
      ['Some 15% of Tarsel Air’s staff will lose their jobs.', 'Tarsel Air', null],
    ],
  },
  // "is laying off 14% or 200 of its full-time employees": a share and the count it comes to
  {
    reason: 'departure/cut-share-or-count',
    vouches: true,
    match: `${CUT} (about|around|roughly|nearly|almost|some|up to|more than|over)? (_ (%|percent|per cent)|[Q]) (,|or|or about|or around|or roughly|or some|, or|—|-) (about|around|roughly|nearly|some)? [value:COUNT] (of (its|the|their|our) ~{0,3} ${STAFF}|${STAFF})`,
    confidence: 0.8,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [['Scale AI has announced it is laying off 14% or 200 of its full-time employees.', 'Scale AI', '200 of its full-time employees']],
  },
  // "made 60 staff redundant"
  {
    reason: 'departure/made-redundant',
    vouches: true,
    match: `{make} (up to|another|some|about|around|nearly)? [value:COUNT] _{0,2} ${STAFF} redundant`,
    confidence: 0.82,
    examples: [['Quillmark has made 60 staff redundant.', 'Quillmark', '60 staff']],
  },
  // "layoffs affecting roughly 150 people", "The layoffs at Zentrix AI affect about 70 employees",
  // "will close two factories, affecting 800 workers", "ends drug research in Spain, affecting 50 R&D jobs"
  {
    reason: 'departure/cuts-affecting',
    vouches: true,
    // ("has issued two Section 189 notices at its operations affecting up to roughly 6,000 jobs": notices of layoffs)
    // ("The cuts will affect 450 employees at Tarrow Bank": the employer after the staff)
    match: `((layoffs|lay-offs|job cuts|job cut|cuts|redundancies|closure|closures|restructuring|reduction|reductions|downsizing|notices) _{0,6} {affect|hit|impact}|{close|shut|shut down|shutter|end|halt|wind down|exit|cease|stop|relocate|consolidate} _{1,8} , (affecting|impacting|hitting)) (up to|as many as)? (about|around|roughly|nearly|some|more than|almost)? [value:COUNT] _{0,2} ${STAFF} ((at|across) [subject:ORG])?`,
    confidence: 0.78,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [
      ['Quillmark announced layoffs affecting roughly 150 people.', 'Quillmark', 'roughly 150 people'],
      ['The layoffs at Zentrix AI affect about 70 employees.', 'Zentrix AI', 'about 70 employees'],
      ['Halvard Robotics will close two factories, affecting 800 workers.', 'Halvard Robotics', '800 workers'],
      ['Orrin Tyres will close two sites in western France, impacting approximately 1,250 jobs.', 'Orrin Tyres', 'approximately 1,250 jobs'],
      ['Kestrel Pharma ends natural products drug research in Spain, affecting 50 R&D jobs there.', 'Kestrel Pharma', '50 R&D jobs'],
      ['Halvard Tech undertook a 2 percent workforce reduction impacting about 12,000 employees.', 'Halvard Tech', 'about 12,000 employees'],
      ['The cuts will affect 450 employees at Tarrow Bank.', 'Tarrow Bank', '450 employees'],
    ],
  },
  // "to cut 12,000 jobs", "eliminate approximately 690 jobs", "shed 3,000 to 5,000 regular workers", "axe 200 staff"
  {
    reason: 'departure/cut-jobs',
    vouches: true,
    // ("cut up to 3,000 out of its more than 15,000 employees": "out of" the whole)
    match: `${CUT} (up to|another|an additional|a further|a total of|some)? [value:COUNT] (out)? _{0,3} ${STAFF}`,
    confidence: 0.85,
    unless: { 'departure/jobs-kept': NOT_CUT, 'departure/lost-to-a-company': LOST_TO, 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [
      ['Bell Canada is set to eliminate approximately 690 jobs.', 'Bell Canada', 'approximately 690 jobs'],
      ['Deutsche Bank said it would cut 18,000 jobs by 2022.', 'Deutsche Bank', '18,000 jobs'],
      ['Orvale told unions it will cut up to 3,000 out of its more than 15,000 employees.', 'Orvale', 'up to 3,000'],
    ],
  },
  // "Eddington has slashed costs and cut 13,000 jobs during his tenure at BA": a boss's cuts are the company's he ran
  {
    reason: 'departure/cut-during-tenure',
    vouches: true,
    match: `${CUT} (up to|about|around|some|nearly|more than)? [value:COUNT] _{0,3} ${STAFF} (during|in|over) (his|her|their) ~{0,2} (tenure|time|years|reign|stint|spell) (at|with|in charge of|as _{1,4} (of|at)) [subject:ORG]`,
    confidence: 0.8,
    unless: { 'departure/jobs-kept': NOT_CUT },
    examples: [['Outspoken Dana Roe has slashed costs and cut 13,000 jobs during his tenure at Halvard Air and is credited with saving the airline.', 'Halvard Air', '13,000 jobs']],
  },
  // "will lose 500 jobs", "is losing 1,200 positions"
  {
    reason: 'departure/lose-jobs',
    match: '{lose} (up to|another|an additional|a further|some)? [value:COUNT] _{0,2} (jobs|positions|roles|posts)',
    confidence: 0.8,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [
      ['Heathrow Airport Holdings will lose 500 jobs when the terminal closes.', 'Heathrow Airport Holdings', '500 jobs'],
    ],
  },
  // "The closure of Halvard Robotics' Leeds plant will cost 300 jobs": what costs the jobs is the company's own
  {
    reason: 'departure/costs-jobs',
    vouches: true,
    match: `(${COMPANY_MOVE} (of|at|by) [subject:ORG]|[subject:POSS] _{0,3} ${COMPANY_MOVE}) _{0,4} {cost} (up to|about|around|some|nearly|almost|as many as)? [value:COUNT] _{0,2} (jobs|positions|roles|posts)`,
    confidence: 0.78,
    examples: [['The closure of Halvard Robotics’ Leeds plant will cost 300 jobs.', 'Halvard Robotics', '300 jobs']],
  },
  // "will lay off 33 of its 110 employees", "plans to make 200 redundant"
  {
    reason: 'departure/lay-off-count',
    vouches: true,
    match: '{lay off|make redundant|furlough|let go} (of)? (up to|another|some)? [value:COUNT]',
    confidence: 0.82,
    examples: [['Visium Asset Management said it will lay off 33.', 'Visium Asset Management', '33']],
  },
  // "recently terminated the employment of over 1,500 employees", "ended the contracts of 300 staff", "disengaged 140 workers":
  // a company ending its people's employment
  {
    reason: 'departure/terminated-employment',
    vouches: true,
    match: `[subject:ORG] (has|have|had|also|recently|has also|had also|on [A-Z]\\w+)? ${ENDS_EMPLOYMENT}`,
    confidence: 0.8,
    unless: { 'departure/generic': GENERIC },
    examples: [['Kestrel Bank and Tarsel Bank cut costs, and Orvale Bank disengaged 140 workers on Tuesday.', 'Orvale Bank', '140 workers']],
  },
  {
    reason: 'departure/terminated-employment',
    vouches: true,
    match: ENDS_EMPLOYMENT,
    confidence: 0.78,
    unless: { 'departure/generic': GENERIC },
    examples: [['Kestrel Bank Plc recently terminated the employment of over 1,500 employees of the bank it acquired.', 'Kestrel Bank Plc', 'over 1,500 employees']],
  },
  // "Bank of America is laying off technology staff in Charlotte", "Halvard Bank will cut jobs": cuts with no count
  {
    reason: 'departure/cuts-staff',
    match: `[subject:ORG] (is|are|was|were|has|have|had|will|would|plans to|is to|is set to|began|begins|started|has begun|has started)? (also|now|quietly|reportedly|again)? (laying off|lays off|laid off|cutting|cuts|{axe}|shedding|sheds|shed|sacking|sacks|sacked|firing|fires|fired|furloughing|furloughs|furloughed) (some|dozens of|hundreds of|thousands of|more|its|their|about|several|one (of|in) every _|one in _)? ~{0,2} ${STAFF}`,
    confidence: 0.72,
    unless: { 'departure/generic': GENERIC, 'departure/jobs-kept': NOT_CUT },
    // (a count is read by the rules above; here only cuts that name none)
    // ("one of every five workers": a share, no count)
    extra: (m) => (m.toks.slice(m.start, m.end).some((t) => t.kind === 'qty') && !m.toks.slice(m.start, m.end).some((t) => t.lower === 'every' || t.lower === 'in') ? null : {}),
    examples: [
      ['Halvard Bank is laying off technology staff in Charlotte, according to people familiar.', 'Halvard Bank', null],
      ['Halvard Lending is firing one of every five workers.', 'Halvard Lending', null],
    ],
  },
  // "Kestrel Bank announced layoffs", "Goldman Sachs and Morgan Stanley have unveiled multiple rounds of layoffs": cuts announced,
  // planned or begun, with no count
  {
    reason: 'departure/announced-layoffs',
    match: `[subject:ORG] (has|have|had|will|would|is|are|was|were)? (also|now|quietly|reportedly|again|already|recently)? (announced|announces|announce|announcing|unveiled|unveils|unveil|unveiling|plans|planned|planning|began|begins|begun|begin|started|starts|start|carried out|carries out|conducted|conducts|confirmed|confirms|initiated|launched|made|implemented|ordered) (a|an|the|its|their|new|fresh|another|more|further|sweeping|widespread|mass|major|deep|large-scale|significant)? ((multiple|several|two|three|new|fresh|more|further|another|a second|a third|a new|a fresh|its latest|the latest|a|an)? (round|rounds|wave|waves) of)? (layoffs|lay-offs|job cuts|redundancies|staff cuts|workforce reductions|headcount reductions)`,
    confidence: 0.72,
    subjectList: true,
    unless: { 'departure/generic': GENERIC, 'departure/jobs-kept': NOT_CUT },
    // (a count is read by the rules above; here only cuts that name none)
    extra: (m, view) => (view.quantities.some((q) => q.kind === 'count' && q.start >= m.toks[m.start]!.start) ? null : {}),
    examples: [
      ['Kestrel Bank announced layoffs on Monday.', 'Kestrel Bank', null],
      ['Kestrel Bank and Orvale Bank have unveiled multiple rounds of layoffs.', 'Orvale Bank', null],
    ],
  },
  // "Some 4,400 people will leave under the plans", "1,200 staff are to go as part of the restructuring": people leaving under
  // a plan of cuts are the company's the passage is about
  {
    reason: 'departure/leave-under-plan',
    vouches: true,
    match: `[value:COUNT] _{0,2} (people|staff|employees|workers|staffers|jobs|positions|roles) (will|would|are to|are set to|are expected to|could|are likely to|are due to) (also)? {leave|go|depart|exit} (under|as part of|in|through) (the|its|a|this|these|those)? ~{0,3} (plan|plans|programme|program|restructuring|restructure|cuts|scheme|schemes|overhaul|reorganisation|reorganization|shake-up|shakeup|cost-cutting|review)`,
    confidence: 0.78,
    unless: { 'departure/generic': GENERIC },
    examples: [['Orvale Software reported results. Some 4,400 people will leave under the plans, its finance chief said.', 'Orvale Software', 'Some 4,400 people']],
  },
  // "has started making redundancies that are expected to reach around 10,000", "layoffs that could total 1,500"
  {
    reason: 'departure/cuts-to-reach',
    vouches: true,
    match: `(redundancies|layoffs|lay-offs|job cuts|job losses|cuts) (that|which)? (are|were|is|will|could|may|might|would)? (be)? (expected|set|likely|due|forecast)? (to)? {reach|total|hit|number|affect|exceed|top} ${APPROX}? [value:COUNT]`,
    confidence: 0.76,
    unless: { 'departure/generic': GENERIC },
    examples: [['Orvale Retail has started making redundancies that are expected to reach around 10,000.', 'Orvale Retail', 'around 10,000']],
  },
  // "8,000 jobs will be impacted by an ambitious restructuring plan", "approximately 130 positions could be affected as part of
  // this layoff", "Gameskraft crisis deepens as 120 are laid off": jobs a plan of cuts touches, a bare count laid off
  {
    reason: 'departure/affected-by-cuts',
    vouches: true,
    match: `([value:COUNT] _{0,2} (jobs|positions|roles|posts|employees|staff|workers|people) (will|would|could|may|might|are|were|is|are set to|are expected to)? (be)? (affected|impacted|hit) (by|as part of|in|under) (the|this|its|an|a|their)? ~{0,3} (restructuring|restructure|plan|plans|cuts|layoff|layoffs|lay-offs|redundancies|reorganisation|reorganization|overhaul|programme|program)|(as|after|with) ${APPROX}? [value:COUNT] (are|were|have been|will be|are being) (laid off|made redundant|let go|sacked|fired|axed))`,
    confidence: 0.76,
    unless: { 'departure/generic': GENERIC },
    examples: [
      ['The workforce at Harwick Soft has been informed that 8,000 jobs will be impacted by an ambitious restructuring plan.', 'Harwick Soft', '8,000 jobs'],
      ['Harwick Games crisis deepens as 120 are laid off', 'Harwick Games', '120'],
    ],
  },
  // "as many as 300 jobs will be lost at Credit Suisse First Boston": the company after "at"
  {
    reason: 'departure/jobs-go-at',
    vouches: true,
    // ("Some 6,000 jobs at Tarrow Bank have been cut", "More than 300 positions at Orvale will be eliminated": the company between)
    match: `([value:COUNT] _{0,3} (jobs|positions|roles|posts) _{0,4} {cut|eliminate|go|axe|slash|shed|lose|scrap|disappear|chop} (at|in) [subject:ORG]|[value:COUNT] _{0,2} (jobs|positions|roles|posts) (at|in|across) [subject:ORG] (have|has|had|will|would|are|were|could|may|might|are set to|are expected to|are likely to|to)? (already|now|also|eventually|soon)? (be|been|being)? (already)? {cut|eliminate|go|axe|slash|shed|lose|scrap|disappear|chop})`,
    confidence: 0.82,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [
      ['As many as 300 jobs will be lost at Credit Suisse First Boston.', 'Credit Suisse First Boston', 'As many as 300 jobs'],
      ['Some 6,000 jobs at Tarrow Bank have already been cut.', 'Tarrow Bank', 'Some 6,000 jobs'],
    ],
  },
  // "650 management positions will be cut", "6,000 jobs will go", "Between 5,500 and 8,000 jobs to go"
  {
    reason: 'departure/jobs-go',
    vouches: true,
    // ("Up to 2800 jobs, about nine per cent of the Orvale workforce, will potentially be cut": a share in an apposition between)
    match: `[value:COUNT] _{0,3} (jobs|positions|roles|posts) (, _{1,10} (workforce|staff|employees|headcount|jobs) ,)? _{0,4} {cut|eliminate|go|axe|slash|shed|lose|scrap|disappear|chop}`,
    confidence: 0.82,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    pick: { fallback: companyOfCounted },
    examples: [['At Halvard Robotics, about 650 management positions will be cut.', 'Halvard Robotics', 'about 650 management positions']],
  },
  // "2,100 job cuts", "6,000 job losses", "20 layoffs", "240 buyouts", "1,000 redundancies"
  {
    reason: 'departure/count-of-cuts',
    vouches: true,
    // ("The 5,500-employee reduction in AstraZeneca's workforce", "a 300-job cut at X": a count-word and one cut)
    // (losses only of jobs: "3 wins, 4 draws, 4 losses" are a team's matches)
    match: `([value:COUNT] ${ADJ}? ${ADJ}? ((job|jobs)? (cuts|reductions|layoffs|lay-offs|redundancies|buyouts|dismissals|departures|exits|resignations)|(job|jobs) losses)|[value:COUNT] - (employee|person|people|job|worker|staff|position|role) (reduction|cut|layoff|lay-off|cull|purge)) ((in|at) ([subject:ORG]|[subject:POSS] (workforce|headcount|staff|payroll)))?`,
    confidence: 0.8,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [
      ['Northrop Grumman announced an additional 2,100 job cuts.', 'Northrop Grumman', '2,100 job'],
      ['The layoffs are in addition to 400 cuts in Halvard Bank’s U.S. commercial business.', 'Halvard Bank', '400'],
      ['The 5,500-employee reduction in Halvard Pharma’s workforce last year was the second largest.', 'Halvard Pharma', '5,500-employee'],
    ],
  },
  // "the loss of 500 jobs", "job cuts of 2,100", "the redundancy of up to 300 of them", "layoffs of 120 workers"
  {
    reason: 'departure/cuts-of-count',
    vouches: true,
    match: '(cut|cuts|reduction|reductions|loss|losses|elimination|shedding|axing|redundancy|redundancies|retrenchment|retrenchments|sacking|sackings|firing|firings|termination|terminations|layoff|layoffs|lay-offs|departure|departures|exodus|exit|exits|resignations|dismissal|dismissals) of (up to|about|around|some|nearly|almost)? [value:COUNT]',
    confidence: 0.8,
    unless: { 'departure/not-staff': 'of [value:COUNT] _{0,2} (customers|users|subscribers|shops|stores|branches|sites|plants|factories|contracts|agreements|deals|leases|licences|licenses|accounts|policies|routes|flights|products|projects|percent|%)', 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    // ("a costly loss of two points", "the loss of 5,000 votes": a count of something else)
    extra: (m) => (peopleCount(m) ? {} : null),
    examples: [['Tidewater AI has seen an exodus of about 30 researchers this year.', 'Tidewater AI', 'about 30 researchers']],
  },
  // "the redundancy of up to 300 of them at Ocado Group", "the loss of 800 jobs at the Arese plant of Fiat"
  {
    reason: 'departure/cuts-of-count-at',
    vouches: true,
    match: '(cut|cuts|reduction|reductions|loss|losses|elimination|redundancy|redundancies|layoff|layoffs|lay-offs|departure|departures|dismissal|dismissals) of (up to|about|around|some|nearly|almost)? [value:COUNT] ~{0,4} (at|in|from) [subject:ORG]',
    confidence: 0.8,
    extra: (m) => (peopleCount(m) ? {} : null),
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [['Staff were told of the redundancy of up to 300 of them at Harrowgate Group.', 'Harrowgate Group', 'up to 300']],
  },
  // "reduce its workforce by 240 people", "cut its headcount by 10,000"
  {
    reason: 'departure/reduce-workforce-by',
    vouches: true,
    match: '{reduce|cut|shrink|trim|slash|lower|decrease|downsize|pare} (its|the|their|our)? _{0,2} (workforce|headcount|staff|payroll|staffing|employee strength|staff strength|employee count|employee base|employee numbers|staff numbers|head count) by (about|around|roughly|nearly|some|up to|more than|over)? [value:COUNT]',
    confidence: 0.85,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [
      ['The Washington Post will reduce its workforce by 240 people.', 'Washington Post', '240 people'],
      ['In April, the ride-hailing app Zentrix announced it would cut staffing by 1,072 employees.', 'Zentrix', '1,072 employees'],
    ],
  },
  // "At Kestrel Telecom, job losses were 2,400 in the quarter", "Kestrel Telecom's layoffs totalled 1,200": the cuts' count said
  // after them
  {
    reason: 'departure/cuts-numbered',
    vouches: true,
    match: `((job|jobs) (cuts|losses)|layoffs|lay-offs|redundancies) (this year|so far|in total)? (were|was|totalled|totaled|came to|numbered|reached|stood at|amounted to) (about|around|roughly|nearly|some|more than|over|almost|close to)? [value:COUNT]`,
    confidence: 0.76,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [
      ['At Kestrel Telecom, job losses were 2,400 during the same period.', 'Kestrel Telecom', '2,400'],
      ['Kestrel Telecom’s layoffs totalled 1,200 last year.', 'Kestrel Telecom', '1,200'],
    ],
  },
  // "Rio's workforce was cut by 3,909 to 51,029 people", "its workforce will shrink by 40,000": the workforce's own fall
  {
    reason: 'departure/workforce-cut-by',
    vouches: true,
    match: '(workforce|headcount|payroll|staffing|staff numbers|employee numbers|worker numbers|employee count|staff count) ~{0,4} {cut|reduce|trim|slash|shrink|fall|drop|decline} by (another|a further)? (about|around|roughly|nearly|some|up to|more than|over|close to|almost)? [value:COUNT]',
    confidence: 0.82,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [
      ['Harrow Mining’s workforce was cut by 3,909 to 51,029 people during 2016.', 'Harrow Mining', '3,909'],
      ['Harrow Airlines said today its workforce will shrink by 40,000 in October.', 'Harrow Airlines', '40,000'],
      ['Harrow Telecom said its headcount had fallen by another 2,700 between July and September.', 'Harrow Telecom', '2,700'],
    ],
  },
  // "at least 38 people were laid off", "200 staff will be made redundant", "40 employees have been let go"
  {
    reason: 'departure/count-laid-off',
    vouches: true,
    match: `[value:COUNT] _{0,3} ${STAFF} _{0,4} (${LAID_OFF.slice(1, -1)}|cut)`,
    confidence: 0.8,
    // ("the bank, which employs 4,610 workers, wants to cut costs": a cut of something else after the staff counted)
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED, 'departure/cut-something-else': `[value:COUNT] _{0,3} ${STAFF} _{0,4} cut (costs|spending|prices|rates|emissions|debt|expenses|budgets|losses|fares|fees|output|production|capacity)` },
    examples: [['At the Washington Post, at least 38 people were laid off last year.', 'Washington Post', 'at least 38 people']],
  },
  // "About 200 Halden AI employees were laid off on Tuesday": the company named with the people laid off
  {
    reason: 'departure/company-staff-laid-off',
    vouches: true,
    match: `[value:COUNT] [subject:ORGNAME] ('s)? ~{0,2} ${STAFF} (were|was|have been|had been|will be|are being|were being|are to be|are set to be)? (${LAID_OFF.slice(1, -1)}|cut)`,
    confidence: 0.8,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [['About 200 Tessaly Dock employees were laid off on Tuesday.', 'Tessaly Dock', 'About 200 Tessaly Dock employees']],
  },
  // "Tessaly Dock relieved 1,400 workers of their jobs"
  {
    reason: 'departure/relieved-of-jobs',
    vouches: true,
    match: `{relieve} (about|around|some|nearly|up to|more than|over)? [value:COUNT] _{0,2} ${STAFF} of (their|its|the)? (jobs|job|positions|posts|duties|roles)`,
    confidence: 0.78,
    unless: { 'departure/generic': GENERIC },
    examples: [['Tessaly Dock relieved 1,400 workers of their jobs on Friday.', 'Tessaly Dock', '1,400 workers']],
  },
  // "Up to 900 Copperleaf Retail staff face the sack", "300 workers at Tessaly Dock face redundancy"
  {
    reason: 'departure/staff-face-the-sack',
    match: `(up to|about|around|some|nearly|as many as|more than)? [value:COUNT] ([subject:ORG] ('s)?)? _{0,2} ${STAFF} ((at|of|in) [subject:ORG])? (now|could|may|will|are set to|are likely to)? {face} (the sack|the axe|the chop|redundancy|redundancies|compulsory redundancy|layoffs|lay-offs|dismissal|job losses|losing their jobs|the loss of their jobs)`,
    confidence: 0.76,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [
      ['Up to 900 Copperleaf Retail staff face the sack.', 'Copperleaf Retail', 'Up to 900 Copperleaf Retail staff'],
      ['About 300 workers at Tessaly Dock face redundancy.', 'Tessaly Dock', 'About 300 workers'],
    ],
  },
  // "Kestrel Bank announced retrenchment plans that will see more than 200 sent home": a plan of cuts that sees a count leave
  {
    reason: 'departure/plan-will-see-leave',
    vouches: true,
    match: `(retrenchment|retrenchments|layoff|layoffs|lay-off|lay-offs|redundancy|redundancies|job cut|job cuts|restructuring) (plan|plans|programme|program|exercise)? (that|which) (will|would|could|is expected to|are expected to)? {see} ${APPROX}? [value:COUNT] ~{0,2} ${STAFF}? (sent home|${LAID_OFF.slice(1, -1)}|lose their jobs|leave|exit|go)`,
    confidence: 0.76,
    unless: { 'departure/generic': GENERIC },
    examples: [['Kestrel Bank Kenya also in July announced retrenchment plans that will see more than 200 sent home.', 'Kestrel Bank Kenya', 'more than 200']],
  },
  // "No fewer than 215 workers have been sacked by one of the banks in Nigeria, Tessaly Bank": the passive, the company after "by"
  {
    reason: 'departure/laid-off-by',
    vouches: true,
    match: `[value:COUNT] _{0,5} ${STAFF} _{0,4} (have|has|had|were|was|will|are|would)? (been|be)? ${LAID_OFF} by ((one of|the|a|an) _{0,6} ,)? [subject:ORG]`,
    confidence: 0.8,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [['No fewer than 215 workers on its payroll have been sacked by one of the commercial banks in Nigeria, Tessaly Bank, on Wednesday.', 'Tessaly Bank', 'No fewer than 215 workers']],
  },
  // "The plan, the global firm said, would affect more than 14,000 jobs": a company's move that touches jobs
  {
    reason: 'departure/move-affects-jobs',
    match: `(${COMPANY_MOVE.slice(1, -1)}|cutbacks|layoffs|lay-offs|job cuts|redundancies|programme|program) (, _{1,6} ,)? (would|will|could|may|might|is expected to|is set to|is likely to|is projected to)? {affect|impact|hit} ${APPROX}? [value:COUNT] (jobs|positions|roles|posts|employees|workers|staff)`,
    confidence: 0.74,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [['Orvane Motors said it would restructure. The plan, the global firm said, would affect more than 14,000 jobs.', 'Orvane Motors', 'more than 14,000 jobs']],
  },
  // "About 1,400 employees of Tessaly Dock were dismissed": the staff's company after "of" or "at"
  {
    reason: 'departure/staff-of-laid-off',
    vouches: true,
    match: `[value:COUNT] _{0,2} ${STAFF} (of|at) [subject:ORG] (were|was|have been|had been|will be|are|are being|were being|could be|would be)? ${LAID_OFF}`,
    confidence: 0.8,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [['About 1,400 employees of Tessaly Dock were dismissed on Friday.', 'Tessaly Dock', 'About 1,400 employees']],
  },
  // "cut 9% of its workforce, impacting about 4,800 employees"
  {
    reason: 'departure/cut-share-affecting',
    vouches: true,
    // ("lay off 6 percent of its global workforce, which is estimated to impact nearly 600 staff", "reduced it by 2%
    // (equivalent to 200 employees)")
    match: `${CUT} (of)? _{1,8} (impacting|affecting|or|equal to|about|roughly|around|amounting to|equating to|representing|totalling|totaling|translating to|translating into|, which _{0,4} {impact|affect|hit|amount to|equate to|represent}|\\( (equivalent to|equal to|equating to|or)|(—|–|-) or|,) ${APPROX}? [value:COUNT] (_{0,2} ${STAFF}|of (the|its|their) [COUNT] _{0,2} ${STAFF})`,
    confidence: 0.8,
    examples: [
      ['In February, Bell cut 9% of its workforce, impacting about 4,800 employees.', 'Bell', 'about 4,800 employees'],
      ['Kestrel Music will lay off 6 percent of its global workforce, which is estimated to impact nearly 600 staff.', 'Kestrel Music', 'nearly 600 staff'],
      ['Kestrel Music then reduced its staff by 2% (equivalent to 200 employees).', 'Kestrel Music', '200 employees'],
      ['Orrin Pharma says it will shed 12% of its workforce—or about 7,200 employees—in a cost programme.', 'Orrin Pharma', 'about 7,200 employees'],
    ],
  },
  // "laid off 10% (~30 staff) of its 300-member workforce": a share cut, its count in brackets
  // ("reduced its workforce by about 18% (around 5,600 jobs)": the workforce cut "by" the share)
  {
    reason: 'departure/cut-share-bracketed-count',
    vouches: true,
    match: `${CUT} ((its|the|their|our) _{0,2} (workforce|headcount|staff|payroll) by)? (about|around|roughly|nearly|some|up to|more than|over)? _{1,2} \\( (~|about|around|some|roughly|nearly|approximately)? [value:COUNT] ${STAFF}? \\)`,
    confidence: 0.78,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    extra: (m) => (peopleCount(m) ? {} : null),
    examples: [
      ['Kestrel Logistics laid off 10% (~30 staff) of its 300-member workforce in August.', 'Kestrel Logistics', '~30 staff'],
      ['Orvale Auto reduced its workforce by about 18% (around 5,600 jobs) last year.', 'Orvale Auto', 'around 5,600 jobs'],
    ],
  },
  // "told 300 staff they were at risk of redundancy", "warned 1,200 workers that their jobs could go"
  {
    reason: 'departure/told-staff-at-risk',
    vouches: true,
    match: `{tell|warn|inform|notify} (about|around|some|up to|nearly|more than)? [value:COUNT] _{0,2} ${STAFF} (that)? (they|their jobs|their roles) _{0,3} (at risk|redundancy|redundant|lose|losing|laid off|go|cut)`,
    confidence: 0.76,
    unless: { 'departure/generic': GENERIC },
    examples: [['Kestrel Media told 300 staff they were at risk of redundancy.', 'Kestrel Media', '300 staff']],
  },
  // "close up to half its stores, putting 750 jobs at risk", "placing 4,000 jobs in danger"
  {
    reason: 'departure/jobs-at-risk',
    match: `((putting|put|puts|placing|places|leaving|leaves|left) (up to|about|around|some|nearly|more than|as many as)? [value:COUNT] _{0,2} (jobs|roles|positions|posts|staff|workers|employees) (at risk|in danger|under threat|in jeopardy)|^ (up to|about|around|some|nearly|more than|as many as)? [value:COUNT] _{0,2} (jobs|roles|positions|posts) (are|were|could be|may be|will be)? (at risk|in danger|under threat|in jeopardy|set to go|to go) (at|in) [subject:ORG]|^ (up to|about|around|some|nearly|more than|as many as)? [value:COUNT] _{0,2} (jobs|roles|positions|posts) (are|were|could be|may be|will be|are now|would be) (at risk|in danger|under threat|in jeopardy) (under (the|its) (proposals|plans|plan|proposal|restructuring)|$))`,
    confidence: 0.7,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [
      ['Halvard Foods also announced it is to close up to half its stores, putting 750 jobs at risk.', 'Halvard Foods', '750 jobs'],
      ['Halvard Foods has announced plans to close its bakery in Leeds. Up to 300 jobs are at risk under the proposals, the company said.', 'Halvard Foods', 'Up to 300 jobs'],
    ],
  },
  // "increased its planned job cuts to as many as 5,000", "raised the number of layoffs to 1,200": a cut's new size
  {
    reason: 'departure/cuts-raised-to',
    vouches: true,
    match: `{increase|raise|lift|expand|boost|up|double} (its|their|the) (planned|proposed)? (number of)? (job cuts|layoffs|lay-offs|redundancies|job losses|cuts|headcount reduction) (target|plan|programme|program)? (to) (up to|about|around|roughly|nearly|some|as many as|more than)? [value:COUNT]`,
    confidence: 0.78,
    unless: { 'departure/generic': GENERIC },
    examples: [['Kestrel Air increased its planned job cuts to as many as 5,000, up from 4,000.', 'Kestrel Air', 'as many as 5,000']],
  },
  // "20,000 workers lost their jobs"
  {
    reason: 'departure/lost-their-jobs',
    vouches: true,
    match: `[value:COUNT] ([subject:ORG] ('s)?)? _{0,2} ${STAFF} ((at|in) [subject:ORG])? _{0,3} ({lose} (their|its|the) (jobs|job|positions|posts)|(will|would|could|are to|to)? (be|become) (out of work|out of a job|jobless)) ((at|in) [subject:ORG]|(when|as|after|once|because) [subject:ORG] {close|shut|cut|restructure|move|relocate|shift|merge|axe})?`,
    confidence: 0.8,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    // ("About 120 staff at Loxley Systems will lose their jobs as the firm shuts its Leeds office": the company the people are "at",
    // named, over "the firm" the clause after refers back to)
    extra: (m, view) => {
      const subject = m.slots.subject;
      if (!subject?.actor || subject.actor.via !== 'anaphor') return {};
      const at = view.actors.find((a) => a.via === 'name' && a.start >= m.toks[m.start]!.start && a.end <= subject.actor!.start && /\b(?:at|in) (?:the )?$/.test(view.text.slice(Math.max(view.sentence.start, a.start - 8), a.start)));
      return at ? { subject: at.entity, subjectVia: at.via } : {};
    },
    examples: [
      ['At WorldCom, 20,000 workers lost their jobs when the firm collapsed.', 'WorldCom', '20,000 workers'],
      ['About 500 people will lose their jobs at Copperleaf AI.', 'Copperleaf AI', 'About 500 people'],
      ['Copperleaf AI has announced that 2,000 employees will be out of work.', 'Copperleaf AI', '2,000 employees'],
      ['About 90 workers will lose their jobs when Halvard Robotics closes its Leeds plant.', 'Halvard Robotics', 'About 90 workers'],
      ['About 1,200 workers at Halvard Steel will lose their jobs when the plant shuts.', 'Halvard Steel', 'About 1,200 workers'],
    ],
  },
  // "announced a temporary shutdown of its zinc mine, putting up to 300 people out of work": a company's act that leaves its people
  // without work
  {
    reason: 'departure/put-out-of-work',
    match: `{put|throw|leave} (up to|about|around|roughly|nearly|almost|some|more than|over|at least|as many as)? [value:COUNT] _{0,2} ${STAFF} out of (work|a job|jobs)`,
    confidence: 0.76,
    unless: { 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [['Kestrel Mining announced a temporary shutdown of its zinc mine near Tarrow, putting up to 300 people out of work.', 'Kestrel Mining', 'up to 300 people']],
  },
  // "15 of its 40 engineers have left", "two of Paytm's vice presidents resigned"
  {
    reason: 'departure/part-of-staff-left',
    match: `[value:COUNT] of [subject:POSS] [COUNT]? _{0,3} ${STAFF} _{0,4} ${LEAVE}`,
    confidence: 0.8,
    unless: { 'departure/to-a-company': TO_A_COMPANY, 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [['Since last summer, 15 of its 40 engineers have left Stackwise Labs.', 'Stackwise Labs', '15']],
  },
  // "More than 20 engineers have quit Pellucid Labs", "40 staff walked out of Aurelian Bio"
  {
    reason: 'departure/count-left-company',
    // ("Two Vice Presidents Sujit Mishra and Nitin Sagar have resigned from X": the officers named between)
    match: `[value:COUNT] _{0,4} (${STAFF}|${ROLE}) _{0,8} ${LEAVE} (from|out of|of)? [subject:ORG]`,
    confidence: 0.82,
    unless: { 'departure/to-a-company': TO_A_COMPANY, 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [
      ['More than 20 engineers have quit Pellucid Labs in the past three months.', 'Pellucid Labs', 'More than 20 engineers'],
      ['Two Vice Presidents Raj Mehta and Tom Reyes have resigned from Halvard Pay.', 'Halvard Pay', 'Two'],
    ],
  },
  // "Five engineers on Kiteline AI's safety team resigned", "two senior vice presidents of Paytm had resigned"
  {
    reason: 'departure/count-of-company-left',
    match: `[value:COUNT] _{0,3} (${STAFF}|${ROLE}) (on|at|of|from|in) [subject:POSS]? _{0,3} ${LEAVE}`,
    confidence: 0.78,
    unless: { 'departure/to-a-company': TO_A_COMPANY, 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [['Five engineers on Kiteline AI’s safety team resigned last week.', 'Kiteline AI', 'Five engineers']],
  },
  // "two Vice Presidents (VP) Sujit Mishra and Nitin Sagar have resigned": people counted, their company the sentence's
  {
    reason: 'departure/count-resigned',
    match: `[value:COUNT] _{0,3} (${STAFF}|${ROLE}) _{0,8} {resign|quit|depart|step down|walk out}`,
    confidence: 0.72,
    unless: { 'departure/to-a-company': TO_A_COMPANY, 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [['At Paytm Payments Bank, two vice presidents have resigned.', 'Paytm Payments Bank', 'two']],
  },
  // "Harrowgate's finance chief has left the lender", "xAI's CFO departed", "Kiteline AI's safety team resigned"
  {
    reason: 'departure/owner-of-people',
    // ("Zentrix AI's head of research is leaving", "The company's chief financial officer, Dana Roe, has resigned")
    match: `[subject:POSS] _{0,3} (${ROLE}|${STAFF}|team) (of ~{1,2})? ([PERSON]|, [PERSON] ,)? (has|had|have|will|is|was|were|would|also|then|later|abruptly|suddenly|quietly|recently)? ${LEAVE} ${LEFT_WHAT}`,
    confidence: 0.75,
    unless: { 'departure/to-a-company': TO_A_COMPANY, 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [
      ['Harrowgate’s finance chief has left the lender.', 'Harrowgate', null],
      ['Zentrix AI’s head of research is leaving to start his own company.', 'Zentrix AI', null],
      ['Halvard Robotics said its chief financial officer, Dana Roe, has resigned.', 'Halvard Robotics', null],
    ],
  },
  // "Copperleaf AI has ousted its chief executive", "fired its CEO", "parted ways with its finance director"
  {
    reason: 'departure/removed-officer',
    vouches: true,
    // (the company must be the clause's named subject: "Laura Ashley is parting company with its chief executive" names no company the rules know)
    match: `[subject:ORG] (has|had|have|is|was|were|will|would|also|then|later|abruptly|suddenly|quietly|recently|is to|is set to|has now)? ({fire|sack|oust|dismiss|axe} (its|their) _{0,2} ${OFFICER}|{part} (ways|company) with (its|their)? _{0,2} ${OFFICER})`,
    confidence: 0.75,
    // ("dismissed its chairman's concerns": what the officer owns)
    unless: { 'departure/officer-owns': `{fire|sack|oust|dismiss|axe|part} _{0,3} ${OFFICER} 's` },
    examples: [
      ['Copperleaf AI has ousted its chief executive, Dana Roe.', 'Copperleaf AI', null],
      ['Halvard Robotics parted ways with its chief financial officer on Friday.', 'Halvard Robotics', null],
    ],
  },
  // "Dana Roe, chief executive of Copperleaf AI, will step down next year"
  {
    reason: 'departure/officer-of-left',
    match: `[PERSON] , _{0,3} ${ROLE} _{0,3} (of|at) [subject:ORG] , (has|had|have|will|is|was|would|also|then|later|abruptly|suddenly|quietly|recently|is to|is set to|plans to|intends to)? ${LEAVE_POST} ${LEFT_WHAT}`,
    confidence: 0.75,
    unless: { 'departure/to-a-company': TO_A_COMPANY, 'departure/died': DIED },
    examples: [['Dana Roe, chief executive of Copperleaf AI, will step down next year.', 'Copperleaf AI', null]],
  },
  // "Copperleaf AI co-founder Raj Mehta left the company", "xAI CFO Mike Liberatore departed"
  {
    reason: 'departure/company-role-left',
    match: `[subject:ORG] _{0,2} ${ROLE} [PERSON]? (has|had|have|will|is|was|were|would|also|then|later|abruptly|suddenly|quietly|recently)? ${LEAVE_POST} ${LEFT_WHAT}`,
    confidence: 0.75,
    unless: { 'departure/to-a-company': TO_A_COMPANY, 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [
      ['Copperleaf AI co-founder Raj Mehta left the company in March.', 'Copperleaf AI', null],
      ['Quorvex Systems chief executive Dana Roe is stepping aside after 22 years.', 'Quorvex Systems', null],
    ],
  },
  // "The chief executive of Clydesdale Bank has resigned", "The finance director of Kestrel Bank quit on Monday": a post "of" the
  // company, then its holder leaving
  {
    reason: 'departure/role-of-company-left',
    match: `^ (the)? _{0,2} ${ROLE} (of|at) [subject:ORG] ([PERSON] |, [PERSON] ,)? (has|had|have|will|is|was|were|would|also|then|later|abruptly|suddenly|quietly|recently)? ${LEAVE_POST} ${LEFT_WHAT}`,
    confidence: 0.74,
    unless: { 'departure/to-a-company': TO_A_COMPANY, 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [['The chief executive of Kestrel Bank has resigned just two months after its parent said it would sell the business.', 'Kestrel Bank', null]],
  },
  // "Lena Voss, the chief scientist, has left the company", "Ankit Sinha resigned from Paytm", "the CFO quit xAI"
  {
    reason: 'departure/left-company',
    match: `([PERSON]|${ROLE}|${STAFF}) _{0,8} ${LEAVE} (from|out of|of)? [subject:ORG]`,
    confidence: 0.78,
    unless: { 'departure/to-a-company': TO_A_COMPANY, 'departure/holding': HOLDING, 'departure/died': DIED, 'departure/leaves-in-state': LEAVES_IN_STATE },
    examples: [['Mark Sinha resigned from Paytm Payments Bank in March.', 'Paytm Payments Bank', null]],
  },
  // "Dana Roe will step down as chief executive of Quorvex Systems", "stood down as chairman of X"
  {
    reason: 'departure/left-post-of',
    // ("will leave his role as chief executive of X": the post named after "his role")
    // ("is stepping down as Quorvex Systems chairman": the company named before an officer's title)
    match: `([PERSON]|${ROLE}) _{0,8} ${LEAVE_POST} ((his|her|their) (role|post|position|job))? as (_{0,3} ${ROLE} (of|at) [subject:ORG]|(the)? [subject:ORG] _{0,2} ${OFFICER})`,
    confidence: 0.78,
    unless: { 'departure/to-a-company': TO_A_COMPANY, 'departure/died': DIED },
    examples: [
      ['Dana Roe will step down as chief executive of Quorvex Systems but remain chairman.', 'Quorvex Systems', null],
      ['Tom Reyes will leave his role as chief executive of Kestrel Bank in June.', 'Kestrel Bank', null],
      ['Tom Reyes is stepping down as Kestrel Bank chairman after a decade.', 'Kestrel Bank', null],
    ],
  },
  // "Tom Reyes, Kestrel Bank's chief executive, will leave his post": the person's post at the company in an apposition, then leaving
  {
    reason: 'departure/apposed-officer-left',
    match: `[PERSON] , (the)? [subject:POSS] _{0,2} ${OFFICER} , (has|had|have|will|would|is|was|is to|is set to|also|then|later|abruptly|suddenly|quietly|recently)? (also|now|soon)? ${LEAVE_POST} ${LEFT_WHAT}`,
    confidence: 0.76,
    unless: { 'departure/to-a-company': TO_A_COMPANY, 'departure/died': DIED },
    examples: [['Tom Reyes, Kestrel Bank’s chief executive, will leave his post at the end of next month.', 'Kestrel Bank', null]],
  },
  // "Zentrix AI faces new turmoil as Chief Financial Officer Dana Roe departed": an officer leaves the sentence's company
  {
    reason: 'departure/officer-left',
    // ("its CFO, Dana Roe, would also resign from the position": the name in commas, two words of time or mood before the verb)
    match: `${ROLE} _{0,3} [PERSON] (,)? (has|had|have|will|would|is|was|is to|is set to|also|then|later|abruptly|suddenly|quietly|recently)? (also|now|soon)? {resign|quit|depart|step down|step aside|stand down|leave} ${LEFT_WHAT}`,
    confidence: 0.7,
    pick: { topic: false },
    // ("Nvidia CEO Jensen Huang, left, and CoreWeave CEO …": a photo caption's place in the picture, set off by commas)
    unless: { 'departure/to-a-company': TO_A_COMPANY, 'departure/died': DIED, 'departure/caption': '[PERSON] , left ,' },
    examples: [['Zentrix AI faces new turmoil as Chief Financial Officer Dana Roe departed in late July.', 'Zentrix AI', null]],
  },
  // "Zentrix AI has lost 12 researchers", "Orbital Loom loses two top AI scientists", "Copperleaf AI lost 25 engineers to rivals"
  {
    reason: 'departure/losing-people',
    match: `{lose|bleed|shed} (up to|another|some|several|many|dozens of)? [value:COUNT]? _{0,3} (engineers|researchers|scientists|executives|staff|employees|talent|staffers|co-founders|cofounders|founders|leaders|managers|bankers|traders|specialists|developers|people)`,
    confidence: 0.72,
    // ("loses fewer people to rivals than any other lab": a comparison, no departure told)
    unless: { 'departure/lost-to-a-company': LOST_TO, 'departure/compared': '{lose|bleed|shed} (fewer|less|more|far fewer|far more) _{0,8} than' },
    examples: [['Zentrix AI has lost 12 researchers since January.', 'Zentrix AI', '12 researchers']],
  },
  // "Sorrel Robotics saw 40 employees leave", "has seen an exodus of senior staff"
  {
    reason: 'departure/saw-people-leave',
    match: `{see} [value:COUNT]? _{0,3} ${STAFF} ${LEAVE}`,
    confidence: 0.75,
    unless: { 'departure/to-a-company': TO_A_COMPANY },
    examples: [['Sorrel Robotics saw 40 employees leave after the pay cuts were announced.', 'Sorrel Robotics', '40 employees']],
  },
  // "Several senior researchers have walked out of Aurelian Bio", "researchers had left the company"
  {
    reason: 'departure/staff-left-company',
    match: `(several|many|dozens of|some|senior|top|key|any)? _{0,2} (engineers|researchers|scientists|executives|staff|employees|staffers|talent|managers|leaders|co-founders|founders) _{0,4} ${LEAVE} (from|out of|of)? [subject:ORG]`,
    confidence: 0.72,
    unless: { 'departure/to-a-company': TO_A_COMPANY, 'departure/generic': GENERIC, 'departure/expected': EXPECTED },
    examples: [['Several senior researchers have walked out of Aurelian Bio over strategy.', 'Aurelian Bio', null]],
  },
  // (last: the rules that name the company or the verb's object read a sentence first)
  // "22 executives at the rank of SVP and above have left", "where 22 SVPs have moved out": people who left, their company in
  // the sentence or the passage (a relative clause's antecedent, a fronted "since X took over as Y boss")
  {
    reason: 'departure/count-have-left',
    // ("More than 500 Halden AI employees have left": the company named with the people)
    match: `(at least|about|around|some|more than|nearly|over)? [value:COUNT] ([subject:ORGNAME] ('s)?)? ~{0,6} (${STAFF}|${ROLE}|svps|evps|vps|mds) (have|has|had) (since|now|also|all)? (left|quit|resigned|departed|exited|moved out|walked out|gone)`,
    confidence: 0.72,
    // (the whole of a part said before: "15 of its 40 engineers have left" is 15's)
    unless: { 'departure/to-a-company': TO_A_COMPANY, 'departure/generic': GENERIC, 'departure/expected': EXPECTED, 'departure/whole-of-part': '[COUNT] of (its|their|the|[POSS]) [value:COUNT]' },
    examples: [['Things are no better at Halvex Systems, where 22 SVPs have moved out in the past three years.', 'Halvex Systems', '22']],
  },
  // "has also fired 385 people more, bringing its total to 1,100": the running total of a company's cuts
  {
    reason: 'departure/bringing-total-to',
    match: `${CUT} _{0,8} , (bringing|taking|pushing) (its|the|their) (total|tally|count) (of (layoffs|job cuts|cuts|redundancies|departures))? (so far|this year)? to ${APPROX}? [value:COUNT]`,
    confidence: 0.74,
    unless: { 'departure/generic': GENERIC },
    examples: [['Online education firm Tarrow Learn has also fired 385 people more, bringing its total to 1,100.', 'Tarrow Learn', '1,100']],
  },
  // "plans to cut its 17,000 management and support staff by 30% - about 5,100 jobs": the jobs a share of the staff comes to
  {
    reason: 'departure/cut-share-comes-to',
    match: `${CUT} (its|their|the)? [COUNT]? ~{0,4} ${STAFF} by _{1,3} (-|,|—|or)? ${APPROX}? [value:COUNT] (jobs|positions|roles|people|employees|workers|staff)`,
    confidence: 0.78,
    // ("reduced its staff by 35 percent from 446 people": the level it fell from, not the cut)
    unless: { 'departure/generic': GENERIC, 'departure/level-from': 'by _{1,3} (percent|%|per cent) from [value:COUNT]' },
    examples: [['Orvane Airlines, meanwhile, plans to cut its 17,000 management and support staff by 30% - about 5,100 jobs.', 'Orvane Airlines', 'about 5,100 jobs']],
  },
  // ("Kestrel Telecom has received over 50,000 applications from its employees for its Voluntary Retirement Scheme": staff who
  // asked to leave under a company's scheme)
  {
    reason: 'departure/applications-to-leave',
    match: `[subject:ORG] (has|have|had|also|now|so far)? (already|also|now|so far)? {receive|get} ${APPROX}? [value:COUNT] (applications|requests|applicants) (from (its|their)? ~{0,2} ${STAFF})? (for|under|to join) (the|its|their|a)? ${VOLUNTARY_EXIT}`,
    confidence: 0.72,
    unless: { 'departure/generic': GENERIC },
    examples: [['Kestrel Telecom has received over 50,000 applications from its employees for Voluntary Retirement Scheme (VRS).', 'Kestrel Telecom', 'over 50,000']],
  },
  // "Some 7,000 unionized workers at Verizon accepted a buyout offer", "2,000 staff have taken voluntary redundancy"
  {
    reason: 'departure/took-buyout',
    // ("Some 450 Kestrel Property workers took…": the company's name before its staff; "expects some 450 workers to apply for early
    // retirement": a company's expectation of how many will)
    match: `${APPROX}? [value:COUNT] ([subject:ORG])? _{0,3} ${STAFF} ((at|of) ([subject:POSS] _{0,5}|[subject:ORG]))? (have|has|had)? (already|also|now|so far)? (accepted|took|taken|take|signed up for|applied for|opted for|opted into|to apply for|to sign up for|to opt for|to accept|to take) (a|the|an|its|their)? (${VOLUNTARY_EXIT}|(voluntary|early)? (buyout|buyouts|redundancy|redundancies|early retirement|retirement|severance|separation|exit) (offer|offers|package|packages|scheme|schemes|deal|deals|programme|program)?)`,
    confidence: 0.74,
    unless: { 'departure/generic': GENERIC },
    examples: [
      ['Some 7,000 unionized workers at Orvane Telecom accepted a buyout offer last month.', 'Orvane Telecom', 'Some 7,000 unionized workers'],
      ['Some 450 Kestrel Property workers took voluntary redundancy.', 'Kestrel Property', 'Some 450 Kestrel Property workers'],
      ['Kestrel Property expects some 450 workers to apply for early retirement.', 'Kestrel Property', 'some 450 workers'],
    ],
  },
  // "more than 2,000 people applied for Halvard Motor Co's recent retirement program", "Orvane Corp said that 844 had applied for
  // voluntary retirement": a company's scheme of leaving, owned by it, or a bare count that applied for one
  {
    reason: 'departure/applied-for-scheme',
    match: `(${APPROX}? [value:COUNT] _{0,3} ${STAFF} (have|has|had)? (already|also|now|so far)? (applied for|opted for|signed up for|accepted|took|taken) [subject:POSS] (recent|new|latest|planned|voluntary|early)? (retirement|buyout|buyouts|redundancy|separation|exit) (program|programme|programs|scheme|plan|offer|package)|${APPROX}? [value:COUNT] (had|have|has) (already|also|now|so far)? (applied for|opted for|signed up for|accepted|taken|took) (a|the|an|its|their)? ${VOLUNTARY_EXIT})`,
    confidence: 0.72,
    unless: { 'departure/generic': GENERIC },
    examples: [
      ['Among other manufacturers, more than 2,000 people applied for Halvard Motor Co’s recent retirement program.', 'Halvard Motor Co', 'more than 2,000 people'],
      ['Optical equipment maker Orvane Corp said in February that 844 had applied for voluntary retirement.', 'Orvane Corp', '844'],
    ],
  },
  // "…came at the top of the list with 622 workers taking advantage of the program", "Maeda saw applications from 525 workers":
  // staff who took up, or asked for, a scheme of leaving the passage just named
  {
    reason: 'departure/took-up-scheme',
    match: `(${APPROX}? [value:COUNT] _{0,3} ${STAFF} (have|has|had)? (already|also|so far)? (taking|took|taken|take|takes) (advantage of|up) (the|this|its|their|that) (program|programme|programs|scheme|offer|plan|package)|{see|receive|get} ${APPROX}? applications from ${APPROX}? [value:COUNT] _{0,2} ${STAFF})`,
    confidence: 0.7,
    when: (view) => LEAVING_SCHEME.test(view.text.slice(Math.max(0, view.sentence.start - 600), view.sentence.end)),
    unless: { 'departure/generic': GENERIC },
    examples: [
      ['Harrow Build, which offered early retirement for its employees age 35 or older, came top with 622 workers taking advantage of the program.', 'Harrow Build', '622 workers'],
      ['Voluntary redundancy schemes spread among builders. Among them, Orvane Corp. saw applications from 525 workers.', 'Orvane Corp.', '525 workers'],
    ],
  },
  sectionRule('departure'),
];
// A scheme under which staff leave of their own accord, said of the passage
const LEAVING_SCHEME = /\b(?:early|voluntary) (?:retirement|redundancy|redundancies|separation|exit)|\bVRS\b/i;
