import { providerOf } from '../../entities/aliases.js';
import type { RawClaim, SentenceView } from '../extractor.js';
import type { ClaimRule, RuleMatch } from '../rules.js';
import { labelAbove } from '../sections.js';

/**
 * user_count rules: the relations the extractor in ./extract.ts (a count whose noun is users,
 * customers or subscribers) does not see — a user noun before the number ("subscriber numbers
 * rose to 1.2 million", "monthly active users (MAUs) of 300 million"), a product used by a count
 * of people or companies ("is used by 3 million people", "5,000 businesses use X's software"),
 * businesses that are customers ("serves 2 million businesses", "counts 30,000 companies as
 * customers"), members and accounts of a service, and the earlier figure ("up from 800").
 * A flow (added, lost, churned) is not the size of a user base; a survey's sample, a country's
 * subscribers and a market are no company's users.
 */

// Nouns that count a company's users when it is the owner
const USER_NOUN = '(users|user|customers|customer|subscribers|subscriber|members|membership|memberships|accounts|subscriptions|clients|maus|daus|mau|dau)';
// What customers may be when they are not people: "serves 2 million businesses"
const BUSINESSES = '(businesses|companies|merchants|brands|organizations|organisations|enterprises|retailers|restaurants|hospitals|clinics|schools|universities|banks|advertisers|publishers|sellers|firms|startups|teams|institutions|insurers|lenders|developers|creators|households|homes)';
// Who uses a product: people or businesses
const USERS_OF = `(people|users|customers|consumers|developers|students|teachers|doctors|lawyers|creators|${BUSINESSES.slice(1, -1)})`;
// A sentence opening with the base its parts are counted in: "Of the 10.2mn customers, …", "Of its 50 million subscribers, …"
export const PART_OF_BASE = /^\W*(?:Of|Among) (?:the|its|their|these|our) [\d.,]+\s?(?:mn|m|million|bn|billion|k|lakh|crore)? (?:[a-z-]+ ){0,2}(?:customers|users|subscribers|subs|members|accounts|clients),/;
const QUAL = '(about|around|approximately|roughly|nearly|almost|some|more than|over|just over|close to|upwards of|at least|an estimated)?';
// A level reached, not a change: "rose to", "doubled to"
// What a company's users are counted as: "subscriber numbers", "customer count", "its active customer database"
const TALLY = '(numbers|number|count|base|tally|total|figures|database|databases)';
// ("its total number of users is up 28% to 191 million": "up" or "down" after a copula is a change too)
const RISE = '({rise|grow|climb|jump|increase|double|triple|swell|soar|surge|expand|balloon|fall|drop|decline|decrease|slip|shrink|edge up|edge down|go up|go down|go|shoot up|leap|rocket|spike|dip|slide|tumble|plunge}|(is|are|was|were) (up|down))';
const REACH = '{reach|top|pass|surpass|exceed|cross|hit|near|approach|hover|average}';

// "were hit by the outage", "were left without power": people something happened to, not a user base
const HAPPENED_TO = '[value:COUNT] _{0,4} (were|was|are|have been|had been|will be) (hit|affected|left|stranded|exposed|impacted|caught|targeted|warned|told|asked|notified|compromised|defrauded|charged|overcharged|without)';
// "a survey of 2,000 users", "lost 1 million subscribers", "added 2.4 million": a sample or a flow
const SAMPLE_OR_FLOW = '({survey|poll|interview|study|lose|shed|churn|add|sign|attract|win|gain|expect|forecast|predict|target|aim|hope|want|plan} (another|an additional|additional|new|net|a net|more|about|around|some|up to|nearly)?|sample of|survey of|study of|poll of|panel of) [value:COUNT]';
// "the union, which has 100,000 members": members of what is no company
const NOT_A_COMPANY = '(union|unions|party|parties|club|clubs|association|society|federation|league|parliament|council|committee|board|church|congress|coalition|alliance|co-op|cooperative|guild|wto|opec|nato|eu|un|charity|charities|trust|movement|fans|supporters|followers)';
// "(a|per|each|every) day": a rate of visits, not a user base
const PER_DAY = '[value:COUNT] _{0,2} (a|per|each|every) (day|hour|minute|week)';

/** A count that may be the one a user noun before it names: bare ("rose to 1.2 million") or itself of users. */
const userish = (m: RuleMatch): Partial<RawClaim> | null => {
  const q = m.slots.value!.q!;
  // ("its user base now stands at 45 million people": people after a user noun are its users)
  if ((q.unit === null && q.noun === null) || q.unit === 'people' && /^(?:people|persons|users)$/.test(q.noun ?? '')) return {};
  return /^(?:users|customers|subscribers)$/.test(q.unit ?? '') || /^(?:members|subs|accounts|clients|businesses|companies|merchants|brands|organi[sz]ations|enterprises|retailers|firms)$/.test(q.noun ?? '') ? {} : null;
};

// Words for a kind of user between an owner's name and its user noun ("X mobile subscribers", "X paying customers")
const USER_KIND = /^(?:mobile|active|paying|paid|broadband|internet|data|fixed|prepaid|postpaid|monthly|daily|weekly|registered|retail|business|digital|premium|streaming|wireless|cellular|fibre|fiber|voice|app|online)$/;

// A company's own measure of its users: "monthly active users", "MAUs", "paying subscribers", "premium members"
// (and a results statement's "overall customers", "total subscribers": the reporting company's own count)
const DATELINE_AFTER = /^(?:,? [A-Z][a-z]{2,9}\.? \d{1,2})?\s*(?:\([^)]{1,24}\))?\s*[-—–]/;
const COMPANY_MEASURE = /\b(?:(?:monthly|daily|weekly) (?:active|average) (?:users|subscribers|members|accounts)|maus|daus|(?:paying|paid|premium) (?:users|subscribers|members|customers|accounts)|(?:overall|total) (?:active )?(?:customers|subscribers|users|members))\b/i;
/** The words up to a count name a company's own measure of its users, and the sentence no place ("internet users in Kenya": a market's). */
export function companyMeasure(view: SentenceView, upTo: string): boolean {
  // (not a dateline's place: "LONDON (Reuters) - Kestrel Telecom said…")
  return COMPANY_MEASURE.test(upTo) && !view.names.some((n) => n.kind === 'place' && !(n.start - view.sentence.start < 4 && DATELINE_AFTER.test(view.text.slice(n.end, n.end + 30))));
}

/**
 * The user noun has an owner: "Sorrel Media's subscriber numbers", "its customer count", "users of its
 * chatbot", "subscribers at Halvard Media" — a count of users nobody owns is a market's.
 */
const owned = (m: RuleMatch, view?: SentenceView): Partial<RawClaim> | null => {
  const { toks } = m;
  for (let i = m.start - 1; i >= Math.max(0, m.start - 5); i--) {
    const t = toks[i]!;
    if (t.brk) break;
    // ("Sorrel Media's subscriber numbers", "the number of Sorrel Media subscribers": a name right before the noun owns it)
    if (t.kind === 'org' && t.actor?.possessive) return userish(m);
    // ("MTN Nigeria mobile subscribers have declined by 1.3 million to 70.2 million": a name before kinds of users names whose)
    if (t.kind === 'org' && i < m.start - 1 && toks.slice(i + 1, m.start).every((x) => USER_KIND.test(x.lower))) return userish(m);
    if (t.kind === 'org' || t.kind === 'qty') break;
  }
  for (let i = m.start + 1; i < Math.min(toks.length, m.start + 6); i++) {
    const t = toks[i]!;
    if (/^(?:of|at|for|to|on)$/.test(t.lower) && toks[i + 1]?.kind === 'org') return userish(m);
    if (t.brk || t.kind === 'qty') break;
  }
  // (or the sentence before said whose they are: "…a jump in subscribers to its streaming service. The number of
  // subscribers went from 57.5 million to 116 million")
  if (view && ownedUsersBefore(view)) return userish(m);
  // ("Total monthly active users (MAUs) grew by 29% year-on-year to 320 million": a company's own measure of its users, in a
  // sentence naming no place — "internet users in Kenya" are a market's)
  return view && companyMeasure(view, view.text.slice(view.sentence.start, m.toks[m.end - 1]?.start ?? view.sentence.end)) ? userish(m) : null;
};

// The sentence before names a company's users by "its", or by the company's possessive, or their growth ("X said the user growth beat…")
// (or the company's total, in a results passage: "Total customer base rose by 5.8 per cent… Data users grew by 11.1 per cent…")
const OWNED_USERS_BEFORE = /\b(?:its|their)\s+(?:[\w+-]+\s+){0,3}?(?:users|subscribers|customers|members|user base|subscriber base|customer base)\b|\b(?:its|their|the|total|overall|underlying)\s+(?:user|subscriber|customer|member)\s+(?:growth|base|numbers|count)\b|\b(?:users|subscribers|customers|members)\s+(?:to|of|on|at)\s+its\b/i;
/** A user count in a sentence that names no owner, right after a sentence about the company's own users. */
export function ownedUsersBefore(view: SentenceView): boolean {
  const start = view.sentence.start;
  const prev = view.text.slice(Math.max(0, start - 300), start);
  const cut = Math.max(prev.lastIndexOf('. ', prev.length - 3), prev.lastIndexOf('\n', prev.length - 3));
  return OWNED_USERS_BEFORE.test(cut >= 0 ? prev.slice(cut + 1) : prev);
}

// "ranks publishers with at least 100,000 paying digital subscribers": a class of companies by their size, none of them
export const CLASS_NOUNS = 'publishers|companies|firms|startups|start-ups|apps|platforms|services|brands|outlets|titles|newspapers|businesses|operators|networks|banks|lenders';
const CLASS_WITH = `(${CLASS_NOUNS}) (that have|which have|with) (at least|more than|over|fewer than|less than|under)? [value:COUNT]`;
// ("has 4,346 members of staff", "members of the team": the company's people, no users)
const STAFF_MEMBERS = '[value:COUNT] ~{0,2} members of (staff|the staff|the team|the workforce|its staff|their staff|the crew|the cabin crew)';
const NOT_USERS = { 'user_count/happened-to': HAPPENED_TO, 'user_count/sample-or-flow': SAMPLE_OR_FLOW, 'user_count/class-of-companies': CLASS_WITH, 'user_count/staff-members': STAFF_MEMBERS };

// A factbox's user label on the line above a figure ("Customers", "Monthly active users")
const USERS_LABEL_ABOVE = labelAbove('total |paying |paid |active |registered ', 'customers|users|subscribers|members|monthly active users|weekly active users|daily active users|maus?|daus?');

// The service or company users are "on", "of" or "at", right after the user noun
const USERS_ON = /\b(?:users|customers|subscribers|members|accounts)\s+(?:on|of|at)\s+(?:the\s+)?$/i;

export const RULES: ClaimRule[] = [
  // "Sorrel Media's subscriber numbers rose to 1.2 million", "weekly active users of its chatbot had doubled to 200 million"
  {
    reason: 'user_count/users-rose-to',
    match: `${USER_NOUN} ${TALLY}? _{0,6} ${RISE} _{0,8} to ${QUAL} [value:COUNT]`,
    confidence: 0.8,
    unless: NOT_USERS,
    pick: { allowSlot: USERS_ON },
    extra: owned,
    examples: [
      ['Sorrel Media’s subscriber numbers rose to 1.2 million.', 'Sorrel Media', '1.2 million'],
      ['Zentrix AI said weekly active users of its chatbot had doubled to 200 million.', 'Zentrix AI', '200 million'],
    ],
  },
  // "The number of Sorrel Media subscribers went from 57.5 million to 116 million": a name right before the user noun owns it
  {
    reason: 'user_count/named-users-rose-to',
    // ("The total number of Orrin subscribers rose by 21% over a year, from 35.5 million to 42.8 million")
    // ("Number of Tigo pesa subscribers increased to 7.1 million": a product's word or two between the name and its users)
    match: `(number|count|total) of [subject:ORG] ~{0,2} (paying|paid|active|registered|monthly active|weekly active|daily active)? ${USER_NOUN} _{0,6} ${RISE} _{0,9} to ${QUAL} [value:COUNT]`,
    confidence: 0.78,
    unless: NOT_USERS,
    extra: userish,
    examples: [['The number of Sorrel Media subscribers went from 57.5 million to 116 million.', 'Sorrel Media', '116 million']],
  },
  // "Twitter users were up 10% to 30.53 million", "Demaekan users increased to 3.73 million": a name right before the user noun
  // owns the users that changed to a level
  {
    reason: 'user_count/name-users-rose-to',
    match: `[subject:ORG] (paying|paid|active|registered|monthly active|weekly active|daily active)? ${USER_NOUN} ((were|was|are|is) (up|down)|${RISE}) _{0,8} to ${QUAL} [value:COUNT]`,
    confidence: 0.78,
    unless: NOT_USERS,
    extra: userish,
    examples: [['Halvard users were up 10% to 30.53 million, and Orvale users increased to 3.73 million.', 'Halvard', '30.53 million']],
  },
  // "Norrland Compute's customer count climbed past 2,500", "the platform's monthly active users topped 500 million"
  {
    reason: 'user_count/users-reached',
    match: `${USER_NOUN} ${TALLY}? _{0,6} ${REACH} (the|a)? ${QUAL} [value:COUNT]`,
    confidence: 0.78,
    unless: NOT_USERS,
    // ("Monthly active users on KakaoTalk averaged 44,859,000": the service the users are on owns them)
    pick: { allowSlot: USERS_ON },
    extra: owned,
    examples: [['Norrland Compute’s customer count has topped 2,500.', 'Norrland Compute', '2,500']],
  },
  // "monthly active users (MAUs) of 300 million", "a customer base of 4,000"
  {
    reason: 'user_count/users-of',
    match: `${USER_NOUN} ${TALLY}? (, (meanwhile|however|too|also) ,)? (now|currently|already)? (of|at|totalling|totaling|totalled|totaled|numbering|stood at|stands at|stand at|sit at|sits at|sat at) ${QUAL} [value:COUNT]`,
    confidence: 0.78,
    unless: NOT_USERS,
    extra: userish,
    examples: [['Norrland Compute reported monthly active users (MAUs) of 300 million.', 'Norrland Compute', '300 million']],
  },
  // "Halvard Media's subscribers now total 9 million", "its paying customers total 40,000": the owned user noun as subject
  {
    reason: 'user_count/users-number',
    match: `(paying|paid|active|registered|monthly active|weekly active|daily active)? ${USER_NOUN} ((to|of|at|on) [ORG])? (now|currently|already)? (number|numbered|total|totals|totalled|totaled) ${QUAL} [value:COUNT]`,
    confidence: 0.78,
    // ("new subscribers total 2 million": a flow)
    unless: { ...NOT_USERS, 'user_count/new': `new _{0,1} ${USER_NOUN}` },
    extra: owned,
    pick: { allowSlot: /\b(?:of|at|on|to) $/ },
    examples: [
      ['Halvard Media’s subscribers now total 9 million.', 'Halvard Media', '9 million'],
      ['Subscribers to Halvard Media now number 152 million.', 'Halvard Media', '152 million'],
    ],
  },
  // "The number of active users of Halvard Pay stood at 31.9 million": the number of an owned user noun, and its level
  {
    reason: 'user_count/number-of-users-was',
    match: `(total)? (number|count) of ~{0,3} ${USER_NOUN} ((of|at|on|to|using) [ORG])? _{0,3} (stood at|stands at|was|is|were|are|totalled|totaled|came to|amounted to|reached|hit|topped|crossed|passed|surpassed) ${QUAL} [value:COUNT]`,
    confidence: 0.78,
    unless: NOT_USERS,
    extra: owned,
    pick: { allowSlot: /\b(?:of|at|on|to|using) $/ },
    examples: [['The number of active users of Halvard Pay stood at 31.9 million.', 'Halvard Pay', '31.9 million']],
  },
  // "added 12 million subscribers, bringing its total to 233 million": the total after a flow
  {
    reason: 'user_count/bringing-total-to',
    match: `${USER_NOUN} _{0,6} ,? (bringing|taking|lifting|pushing|raising|giving it) (its|the|their) (overall|global|worldwide)? (total|tally|count|base|user base|subscriber base|customer base|number|membership) (to|of) ${QUAL} [value:COUNT]`,
    confidence: 0.78,
    unless: { 'user_count/happened-to': HAPPENED_TO },
    extra: userish,
    examples: [['Halvard Media added 12 million subscribers, bringing its total to 233 million.', 'Halvard Media', '233 million']],
  },
  // "This brought its total active customer database to 79.4 million", "The new activations took Halvard Tel's subscriptions to
  // 58.3 million": what a gain brought the owned user base to
  {
    reason: 'user_count/brought-users-to',
    match: `{bring|take|lift|push|raise|boost} ([subject:POSS]|its|their) (total|overall|global|worldwide|combined)? (active|paying|paid|registered|monthly active|weekly active|daily active)? ${USER_NOUN} ${TALLY}? to ${QUAL} [value:COUNT]`,
    confidence: 0.78,
    unless: { 'user_count/happened-to': HAPPENED_TO },
    examples: [
      ['Halvard Tel gained 392,440 new lines in July. This brought its total active customer database to 79.4 million.', 'Halvard Tel', '79.4 million'],
      ['The new activations took Halvard Tel’s total subscriptions to 58.3 million from 56.2 million.', 'Halvard Tel', '58.3 million'],
    ],
  },
  // "Brightwave Health's app is used by 3 million people", "trusted by more than 8,000 companies"
  {
    reason: 'user_count/used-by',
    match: `(used|trusted|relied on|relied upon|adopted|deployed|loved) by ${QUAL} [value:COUNT] _{0,2} ${USERS_OF}`,
    confidence: 0.78,
    unless: { ...NOT_USERS, 'user_count/per-day': PER_DAY },
    examples: [
      ['Brightwave Health’s app is used by 3 million people.', 'Brightwave Health', '3 million people'],
      ['Lattice Forge Ltd’s software is used by more than 8,000 companies.', 'Lattice Forge Ltd', 'more than 8,000'],
    ],
  },
  // "More than 5,000 businesses use Kelvra Systems' software", "100 million people use Halvard Media's app every month"
  {
    reason: 'user_count/n-use',
    // ("More than 900 companies, including Shopify and Ramp, now pay for…": past an aside naming some of them)
    // ("Four million people are paying for content published on Substack": what they pay for, published on the company's platform)
    match: `[value:COUNT] _{0,2} ${USERS_OF} (, _{1,8} ,)? (are|were)? (now|already|currently|still|regularly)? ({use|rely on|subscribe to|pay for|access} (the|a)? ([subject:POSS]|[subject:ORG])|(paying for|subscribing to) (content|news|articles|newsletters|videos|music|services) (published|hosted|offered|sold)? (on|by|from) [subject:ORG])`,
    confidence: 0.78,
    unless: { ...NOT_USERS, 'user_count/per-day': PER_DAY },
    examples: [['More than 5,000 businesses use Kelvra Systems’ software.', 'Kelvra Systems', 'More than 5,000']],
  },
  // "More than 900 companies now pay for the product": the product of the company the passage is about
  {
    reason: 'user_count/n-use-its-product',
    match: `[value:COUNT] _{0,2} ${USERS_OF} (, _{1,8} ,)? (now|already|currently|still|regularly)? {use|rely on|subscribe to|pay for} (the|its|their) (product|products|software|platform|app|apps|service|services|tool|tools)`,
    confidence: 0.72,
    unless: { ...NOT_USERS, 'user_count/per-day': PER_DAY },
    // (the customers named in the aside are users, not the owner: "the product" is the company's the passage is about)
    pick: { topic: false, skip: () => true, fallback: (view) => (view.topic ? { entity: view.topic, via: 'anaphor', actor: null } : null) },
    examples: [['Tessaly AI raised $40 million. More than 900 companies, including Shopify and Ramp, now pay for the product.', 'Tessaly AI', 'More than 900']],
  },
  // "100 million people use ChatGPT every week": the users of a product its owner makes
  {
    reason: 'user_count/n-use-product',
    match: `[value:COUNT] _{0,2} ${USERS_OF} (are|were)? (now|already|currently|still|regularly)? {use|rely on|subscribe to|pay for} (the)? [product:NAME]`,
    confidence: 0.76,
    unless: { ...NOT_USERS, 'user_count/per-day': PER_DAY },
    // (the sentence names no company: the product's owner is the subject)
    pick: {
      topic: false,
      fallback: (view, cueAt) => {
        const product = view.names.find((n) => n.kind === 'product' && n.start > cueAt);
        const owner = product ? providerOf(product.surface) : undefined;
        return owner ? { entity: view.entities.ensure(owner), via: 'name', actor: null } : null;
      },
    },
    examples: [['100 million people use ChatGPT every week.', 'OpenAI', '100 million people']],
  },
  // "1.8 million riders for Tarrow in Africa", "30 million customers for Corvex": a headline's count of users, their company after "for"
  {
    reason: 'user_count/users-for',
    // ("…, compared with an estimated 140 million for Tarrow Social": another company's count set beside the first, its noun shared)
    match: `(^ ${QUAL} [value:COUNT] (active|monthly|paying|registered|daily|weekly)? (users|riders|customers|subscribers)|(compared (with|to)|against|versus|vs|ahead of|behind) ${QUAL} [value:COUNT] (active|monthly|paying|registered|daily|weekly)? (users|riders|customers|subscribers)?) for [subject:ORG]`,
    confidence: 0.75,
    unless: NOT_USERS,
    examples: [
      ['1.8 million users for Tarrow Technologies in Africa.', 'Tarrow Technologies', '1.8 million users'],
      ['Orvane Chat has 150 million daily users, compared with an estimated 140 million for Tarrow Social.', 'Tarrow Social', 'an estimated 140 million'],
    ],
  },
  // "Copperleaf AI counts 30,000 businesses as customers", "which counts 40,000 businesses among its customers"
  {
    reason: 'user_count/as-customers',
    match: `[value:COUNT] _{0,2} ${USERS_OF} (as|among) (its|their|our|[POSS])? (customers|clients|users|subscribers|paying customers)`,
    confidence: 0.8,
    unless: NOT_USERS,
    examples: [['Copperleaf AI counts 30,000 businesses as customers.', 'Copperleaf AI', '30,000']],
  },
  // "The company says it's working with over 5,000 businesses across Mexico": businesses worked with are customers
  {
    reason: 'user_count/works-with-businesses',
    match: `({work|partner} with ${QUAL}) [value:COUNT] (paying|business|enterprise|corporate|active|small|small-business|b2b)? ${BUSINESSES}`,
    confidence: 0.72,
    unless: NOT_USERS,
    examples: [['Clarvo says it is currently working with over 5,000 businesses across Mexico and Brazil.', 'Clarvo', 'over 5,000']],
  },
  // "Tessellate Bio serves 2 million businesses", "has signed up 40,000 merchants", "has 20,000 paying organisations"
  {
    reason: 'user_count/serves-businesses',
    match: `({serve|sign up|have|count|boast|claim|onboard} ${QUAL}) [value:COUNT] (paying|business|enterprise|corporate|active|small|small-business|b2b)? ${BUSINESSES}`,
    confidence: 0.75,
    unless: NOT_USERS,
    // ("has 400 companies": a group's subsidiaries; only serving or signing up, or paying businesses, are customers)
    extra: (m, view) => {
      const verb = m.toks[m.start]!.lower;
      const paying = /\b(?:paying|business|enterprise|corporate|active|b2b)\s+\S+\s*$/.test(view.text.slice(m.slots.value!.start, m.toks[m.end - 1]!.end).toLowerCase());
      // ("has 5 million merchants", "counts 80,000 sellers": those who sell through a platform are its customers, never its subsidiaries)
      const platformSellers = /^(?:merchants|sellers|advertisers|creators|publishers|restaurants|retailers)$/.test(m.toks[m.end - 1]!.lower);
      return /^(?:serve|serves|served|serving|signed|sign|signs|signing|onboarded|onboard|onboards|onboarding)$/.test(verb) || paying || platformSellers ? {} : null;
    },
    examples: [
      ['Tessellate Bio serves 2 million businesses around the world.', 'Tessellate Bio', '2 million'],
      ['Copperleaf AI has 20,000 paying organisations on its platform.', 'Copperleaf AI', '20,000'],
      ['Kiranpay currently has 5 million merchants on its app.', 'Kiranpay', '5 million'],
    ],
  },
  // "Halvard Media's streaming service has 9 million members", "80 million monthly listeners", "4 million active accounts"
  {
    reason: 'user_count/has-members',
    match: `({have|count|boast|claim|reach|pass|top|surpass|serve|cross} ${QUAL}|with ${QUAL}) [value:COUNT] (paying|paid|premium|registered|active|monthly|weekly|daily|monthly active|weekly active|daily active|loyalty|funded|streaming)? (members|accounts|account holders|account-holders|wallets|listeners|players|viewers|readers|learners|patients|riders|students|consumers|shoppers|borrowers|cardholders|policyholders|depositors)`,
    confidence: 0.75,
    unless: { ...NOT_USERS, 'user_count/not-a-company': NOT_A_COMPANY },
    // (players, viewers, readers, students, patients and riders only with a word that makes them a service's: "registered players")
    extra: (m, view) => {
      const noun = m.toks[m.end - 1]!.lower;
      const modified = /^(?:paying|paid|premium|registered|active|monthly|weekly|daily|loyalty|funded|streaming)$/.test(m.toks[m.end - 2]!.lower);
      // ("has crossed 200 million wallets": a payment service's accounts)
      // ("has 40 million account holders": a bank's customers)
      return /^(?:members|accounts|account-holders|holders|wallets|listeners|learners)$/.test(noun) || modified ? {} : null;
    },
    examples: [
      ['Halvard Media’s streaming service has 9 million members.', 'Halvard Media', '9 million members'],
      ['Quillmark Systems’ game has 350 million registered players.', 'Quillmark Systems', '350 million'],
      ['Kiranpay said that the company has crossed 200 million wallets.', 'Kiranpay', '200 million'],
    ],
  },
  // "- Halvard Stream: added 2,638,628 paid subscribers, 64.8 million total": the total after a flow
  {
    reason: 'user_count/total-after',
    match: `${USER_NOUN} _{0,2} , ${QUAL} [value:COUNT] (total|in total|overall|altogether)`,
    confidence: 0.76,
    unless: NOT_USERS,
    extra: userish,
    examples: [['- Halvard Stream: added 2,638,628 paid subscribers, 64.8 million total', 'Halvard Stream', '64.8 million']],
  },
  // "Corvid Learn quadrupled its paid user base to 350,000", "has doubled its customer numbers to 2 million"
  {
    reason: 'user_count/grew-users-to',
    match: `{double|triple|quadruple|grow|expand|increase|boost|lift|swell} (its|their|[POSS]) (paid|paying|active|registered|monthly active|weekly active|daily active)? (user|users|customer|customers|subscriber|subscribers|member|members) (base|numbers|number|count|tally)? _{0,6} to ${QUAL} [value:COUNT]`,
    confidence: 0.78,
    unless: NOT_USERS,
    extra: userish,
    examples: [['Corvid Learn quadrupled its paid user base between February and September to 350,000.', 'Corvid Learn', '350,000']],
  },
  // "the 19 million Kenyans it counts as its customers": people a company counts as its users
  {
    reason: 'user_count/counted-as-customers',
    match: `[value:COUNT] _{0,2} (that|which|whom)? (it|they|[ORG]) {count|number} (as|among) (its|their)? (customers|clients|users|subscribers|members)`,
    confidence: 0.76,
    unless: NOT_USERS,
    examples: [['Kestrel Mobile is improving the lives of the 19 million Kenyans it counts as its customers.', 'Kestrel Mobile', '19 million']],
  },
  // "Subscribers — 9.3 million", "Monthly active users - 40 million": a key-facts line whose label is a user noun
  {
    reason: 'user_count/label-dash',
    match: `^ (total|paid|paying|active|registered|monthly active|weekly active|daily active)? ${USER_NOUN} (-|:) ${QUAL} [value:COUNT]`,
    confidence: 0.8,
    extra: userish,
    examples: [['Kelvra Systems is a streaming service.\nSubscribers — 9.3 million', 'Kelvra Systems', '9.3 million']],
  },
  // "Customers" on one line, "4,200" on the next: a factbox's label over its figure
  {
    reason: 'user_count/label-above',
    match: '^ (about|around|roughly|approx|approximately|~|over|more than)? [value:COUNT] $',
    confidence: 0.76,
    when: (view) => USERS_LABEL_ABOVE.test(view.text.slice(Math.max(0, view.sentence.start - 60), view.sentence.start)),
    examples: [['Tallis Pay at a glance\nCustomers\n4,200', 'Tallis Pay', '4,200']],
  },
  // "serves more than 2,000 enterprise customers, up from 800 a year earlier", "up more than 20% from 21.7 million members"
  {
    reason: 'user_count/up-from',
    match: `${USER_NOUN} (-|–|—)? _{0,12} ((up|down) _{0,6} from|from (a|its|the) (peak|high|low|record) of|{grow|rise|climb|jump|increase|double|triple|go|fall|drop|decline|shrink|swell|surge|soar} from|to ${QUAL} [COUNT] ,? from) ${QUAL} [value:COUNT]`,
    confidence: 0.72,
    unless: NOT_USERS,
    extra: userish,
    examples: [
      ['Cinder Labs now serves more than 2,000 enterprise customers, up from 800 a year earlier.', 'Cinder Labs', '800'],
      ['Trelly Music Inc’s premium subscribers climbed to 220 million from 180 million a year earlier.', 'Trelly Music Inc', '180 million'],
    ],
  },
  // "had 25.1 million domestic streaming customers and 4.3 million non-U.S. streaming subs": a second user count coordinated with the first
  {
    reason: 'user_count/and-users',
    match: `[COUNT] ~{0,3} (users|customers|subscribers|subs|members|accounts) and ${QUAL} [value:COUNT] _{0,8} (users|customers|subscribers|subs|members|accounts)`,
    confidence: 0.75,
    unless: NOT_USERS,
    extra: (m) => (/^(?:users|customers|subscribers)$/.test(m.toks.find((t) => t.kind === 'qty' && t.start < m.slots.value!.start && t.start >= m.toks[m.start]!.start)?.q?.unit ?? '') ? userish(m) : null),
    examples: [['At the end of September, Vantor Media Inc had 25.1 million domestic streaming customers and 4.3 million non-U.S. streaming subs.', 'Vantor Media Inc', '4.3 million']],
  },
  // "the 60.6 million paying subscribers revealed by Netflix in North America": users a company reported, said in the passive
  {
    reason: 'user_count/users-reported-by',
    match: `${QUAL} [value:COUNT] ~{0,2} ${USER_NOUN} (revealed|reported|disclosed|announced|claimed) by [subject:ORGNAME]`,
    confidence: 0.75,
    unless: NOT_USERS,
    extra: userish,
    examples: [['The number compares with the 60.6 million paying subscribers revealed by Orvane Stream in North America.', 'Orvane Stream', '60.6 million paying subscribers']],
  },
  // "Of the 10.2mn customers, 5.3mn were in the post-paid category, 3.7mn were in pre-paid": the parts of a base the sentence
  // opens with, each a count of the same users
  {
    reason: 'user_count/part-of-base',
    match: `[value:COUNT] (were|are|was|is) (in|on|from|with)`,
    confidence: 0.72,
    unless: NOT_USERS,
    extra: (m, view) => (PART_OF_BASE.test(view.sentence.text) && m.slots.value!.q!.unit === null && m.slots.value!.q!.noun === null ? {} : null),
    examples: [['Orvane Mobile reported its results. Of the 10.2mn customers, 5.3mn were in the post-paid category.', 'Orvane Mobile', '5.3mn']],
  },
];
