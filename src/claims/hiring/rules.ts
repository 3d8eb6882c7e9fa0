import type { ClaimRule } from '../rules.js';

/**
 * hiring as token rules, beside the source-finding extractor in ./extract.ts: hires with a
 * count and no source ("will hire 250,000 people"), sources after a description ("from hedge
 * fund manager Visium", "from such giants as Baidu and Tencent"), people who worked at the
 * source, a veteran of the source hired, moves "from X to Y", and a hirer's "poaching of … from X".
 */

// Who is hired
const STAFF = '(people|workers|employees|staff|staffers|engineers|researchers|scientists|developers|executives|managers|directors|bankers|traders|brokers|analysts|specialists|designers|experts|talent|performers|hires|team|teams|members|recruits|graduates|salespeople|drivers|nurses|agents|technicians|programmers|interns|physicists|investigators)';
const HIRE = '{hire|recruit|poach|lure|entice|woo|headhunt|bring on|bring over|bring in|take on|snap up|nab|tap|attract|grab|steal|sign up|acquihire|acqui-hire}';
// The words between "from" and a source: "from hedge fund manager Visium", "from such giants as Baidu", "from rival Meta"
const FROM = 'from ~{0,4}';

export const RULES: ClaimRule[] = [
  // "Citadel LLC will hire 17 portfolio managers from hedge fund manager Visium Asset Management",
  // "ByteDance hires top performers from such giants as Baidu Inc. and Tencent Holdings Ltd."
  {
    reason: 'hiring/hired-from-list',
    match: `${HIRE} (up to|about|around|nearly|more than|at least|some|another|an additional)? [value:COUNT]? ~{0,4} ${STAFF} (of [value:COUNT] and [value2:COUNT])? ~{0,6} ${FROM} [counterparty:ORG]`,
    confidence: 0.88,
    list: true,
    examples: [
      ['Citadel LLC will hire 17 portfolio managers from hedge fund manager Visium Asset Management.', 'Citadel LLC', '17 portfolio managers'],
      ['ByteDance Ltd hires top performers from such giants as Baidu Inc. and Tencent Holdings Ltd.', 'ByteDance Ltd', null],
    ],
  },
  // "Apple has hired at least 46 people who worked at Tesla directly before"
  {
    reason: 'hiring/people-who-worked-at',
    match: `${HIRE} (about|around|nearly|more than|at least|some)? [value:COUNT]? ~{0,3} ${STAFF} (who|that) (had|have|previously|once|all|used to)? (worked|work|were working|was working|were employed|worked previously) (at|for) [counterparty:ORG]`,
    confidence: 0.88,
    examples: [['Apple has hired at least 46 people who worked at Tesla directly before.', 'Apple', 'at least 46 people']],
  },
  // "has hired Apple Inc. (AAPL) veteran Peter Stern", "hired former Tesla Autopilot engineers", "hired scores of ex-Tesla employees"
  {
    reason: 'hiring/hired-veteran-of',
    match: `${HIRE} (a|an|two|three|several|scores of|dozens of|some|many)? (former|ex-|ex|longtime|long-time)? [counterparty:ORG] (\\( _ \\))? (veteran|veterans|executive|executives|alum|alumni|alumnus|engineer|engineers|researcher|researchers|employees|staff|staffers|scientist|scientists|president|ceo|cto|cfo|coo|chief|head|vice|vp|svp|director|manager|managers|designer|leader|leaders|talent|executive)`,
    confidence: 0.85,
    examples: [['Ford Motor has hired Apple Inc. (AAPL) veteran Peter Stern to lead a new division.', 'Ford Motor', null]],
  },
  // "Jane Okafor joins Quillmark from Stripe", "Field joined Tesla in 2013 from Apple"
  {
    reason: 'hiring/joined-from',
    match: `([PERSON]|${STAFF}|(ceo|cfo|cto|coo|chief|president|founder|co-founder|executive|head)) ~{0,3} {join|rejoin|return to|move to|defect to|jump to|switch to|sign for} [subject:ORG] ~{0,4} ${FROM} [counterparty:ORG]`,
    confidence: 0.85,
    examples: [['Doug Field joined Tesla Motors in 2013 from Apple.', 'Tesla Motors', null]],
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
    match: `[subject:POSS] (extraction|poaching|hiring|recruitment|recruiting|raid|capture|hire|hires|acquisition|signing) of _{0,12} ${FROM} [counterparty:ORG]`,
    confidence: 0.82,
    examples: [['Citigroup’s extraction of four managing directors from the broker Hoare Govett was the latest.', 'Citigroup', null]],
  },
  // "Meta hired OpenAI's head of research", "poached Google's top AI researcher", "lured away two of Apple's designers"
  {
    reason: 'hiring/hired-someones-staff',
    match: `${HIRE} (away)? (two|three|four|five|several|some|many|dozens|a|an|one|a number|a handful|[COUNT])? (of)? [counterparty:POSS] ~{0,4} (head|chief|ceo|cto|cfo|coo|president|vice|vp|director|executive|executives|researcher|researchers|engineer|engineers|scientist|scientists|designer|designers|staff|employees|talent|team|founder|founders|co-founder|co-founders|lead|leader|leaders|veteran|veterans|star|stars|architect|manager|managers)`,
    confidence: 0.85,
    examples: [['Meta Platforms hired OpenAI’s head of research last month.', 'Meta Platforms', null]],
  },
  // "hired Jane Doe, a former Google executive", "has appointed Raj Patel, previously at Stripe,"
  {
    reason: 'hiring/hired-person-from',
    match: `{hire|poach|lure|recruit|appoint|name|tap|bring in|welcome|add} [PERSON] , (a|an|the|who|who was|who is|who has|previously|formerly|most recently)? (former|ex-|ex|previously|formerly|longtime|veteran|recently)? ~{0,3} (at|of|from|with)? [counterparty:ORG]`,
    confidence: 0.82,
    examples: [['Quillmark Labs has hired Jane Doe, a former Google executive, as chief operating officer.', 'Quillmark Labs', null]],
  },
  // "has hired Priya Raman, who previously led Google's AI team", "appointed Tom Ellis, who spent ten years at Stripe"
  {
    reason: 'hiring/hired-who-was-at',
    match: `{hire|poach|lure|recruit|appoint|name|tap|bring in|welcome|add} [PERSON] , (who|who had|who has) (previously|formerly|most recently|until recently|recently|once)? (led|ran|headed|worked at|worked for|was at|was with|spent _{1,3} at|was _{0,4} at|was _{0,4} of|oversaw) ~{0,3} [counterparty:ORG]`,
    confidence: 0.8,
    examples: [['Quillmark Labs has hired Priya Raman, who previously led Google’s AI team.', 'Quillmark Labs', null]],
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
  // "20 engineers have left Google for Meta", "she quit Apple to join Tesla"
  {
    reason: 'hiring/left-for',
    match: `([PERSON]|${STAFF}|(ceo|cfo|cto|coo|chief|president|founder|co-founder|executive|head|he|she|they)) ~{0,4} {leave|quit|depart|exit} [counterparty:ORG] ~{0,3} (for|to join|to work for|to become _{0,4} at|to lead _{0,4} at) [subject:ORG]`,
    confidence: 0.85,
    examples: [['Twenty engineers have left Google Research for Meta Platforms this year.', 'Meta Platforms', null]],
  },
  // "a former Airbnb executive who joined xAI", "OpenAI researchers defected to Meta"
  {
    reason: 'hiring/former-staff-joined',
    match: `(former|ex-|ex)? [counterparty:ORG] ~{0,2} ${STAFF} ~{0,4} {join|defect to|move to|jump to|switch to|head to|sign with} [subject:ORG]`,
    confidence: 0.8,
    examples: [['Several OpenAI researchers have joined Meta Platforms in recent weeks.', 'Meta Platforms', null]],
  },
  // "Amazon is looking to hire 250,000 people", "Target will hire nearly 100,000 people for the holidays"
  {
    reason: 'hiring/hire-count',
    vouches: true,
    match: `${HIRE} (up to|about|around|nearly|more than|some|another|an additional|as many as|at least)? [value:COUNT] ~{0,3} ${STAFF}`,
    confidence: 0.8,
    unless: {
      'hiring/has-a-source': 'from _{0,5} [ORG]',
      'hiring/from-a-place': '(from|across) (universities|colleges|schools|the military|the industry|around the world|abroad)',
      // "the DS also lets players take on up to 16 other people": someone else takes them on, and not as staff
      'hiring/someone-else': `(let|lets|allow|allows|allowed|enable|enables|help|helps) ~{0,3} ${HIRE}`,
      'hiring/other-people': `${HIRE} _{0,3} other`,
    },
    examples: [['Amazon said it is looking to hire 250,000 people for the holiday season.', 'Amazon', '250,000 people']],
  },
];
