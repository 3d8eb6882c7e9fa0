import { DATELINE } from '../../text/dateline.js';
import { providerOf } from '../../entities/aliases.js';
import { isDemonym, isKnownPlace } from '../../entities/gazetteer.js';
import type { Extractor, RawClaim, SentenceView } from '../extractor.js';
import { ruleExtractor } from '../rules.js';
import { before, pickSubject } from '../slots.js';
import { CLASS_NOUNS, companyMeasure, ownedUsersBefore, PART_OF_BASE, RULES } from './rules.js';

/**
 * user_count: how many users, customers or subscribers a company (or the owner of a
 * product) has: "30 million daily active users", "Monthly active users: 80 million".
 */

const NOUN_AFTER_USER = /^\s*(?:queries|requests|transactions|orders|calls|complaints|messages|interactions|visits|searches|payments|deliveries|tickets|reviews|loans|sessions|conversations|accounts? opened|data|records)\b/i;
const DESCRIBED_THING = /^\s+(?:[A-Z][\w-]*\s+)?(?:site|website|server|tracker|forum|page|channel|group|clone|rival)\b/;
const USER_UNITS = new Set(['users', 'customers', 'subscribers']);
// An unnamed product opening the sentence, its owner in an apposition, then the verb of having users:
// "The app, owned by Tarrow Labs, counts …" (groups: the owner's name up to its comma, the rest before the amount)
const OWNED_PRODUCT = /^\W*(?:[Tt]he|[Ii]ts) (?:[a-z-]+ )?(?:app|service|platform|network|site|website|game|product|messenger|chatbot|wallet), (?:which is |which was )?(?:owned|run|operated|made|developed) by ([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})(, (?:now |already |also )?(?:has|had|have|counts|counted|boasts|serves|reached|reaches|hit|hits|topped|tops|crossed|crosses|passed|surpassed) (?:more than |over |about |around |nearly |some |almost )?)$/;
// "Monthly active users: 80 million", "a user base of 1 million"
const USERS_BEFORE = /\b(?:(?:daily|monthly|weekly) active users|users|user base|customers|customer base|subscribers|subscriber base|mau|maus|dau|daus)(?: (?!within|in|at|from|on|near|across|around|for)[\w-]+){0,3}? (?:of|at|to|reached|hit|topped|surpassed|passed|crossed|exceeded|is|was|were|are|totaled|grew to|rose to|near|nearly|doubled to|tripled to) ?$|\b(?:(?:daily|monthly|weekly) active users|users|customers|subscribers|mau|dau)\s*[:-]\s*$/;
// (a survey or study of N users counts respondents, not the user base)
// (nor is an audience a company might reach: "a potential audience of 25 million subscribers")
const NOT_USERS = /\b(?:lost|lose|losing|loss|losses|decline|fall|drop|shed|churned|fewer|hack|breach|leaked|exposed|affected|impacted|survey|surveyed|poll|polled|study|sample|interviewed|potential|prospective|measurements|statistics)\b/;
// "added 2 million subscribers", "won 300,000 new customers": a flow into the user base, not its size
// ("predicting 10 million total subscribers by 2010", "expects 10 million subscribers": a forecast)
const CLASS_WITH_BEFORE = new RegExp(`\\b(?:${CLASS_NOUNS}) (?:that have|which have|with) (?:at least |more than |over |fewer than |less than |under )?$`);
const FLOW_OR_FORECAST = /\b(?:(?:net )?(?:addition|additions|increase|increases|rise|rises|growth|gain|gains|jump|decline|declines|drop|drops|fall|falls|loss|losses|churn|outflow|inflow) (?:of|by)|add|adds|added|adding|gain|gains|gained|gaining|won|win|wins|winning|signed up|signs up|signing up|net adds of|predict|predicts|predicted|predicting|forecast|forecasts|forecasting|project|projects|projected|projecting|expect|expects|expected|expecting|target|targets|targeted|targeting)\b(?: (?:another|an additional|a further|a net|net|more than|over|about|around|some|nearly|almost|roughly|up to|at least|just over|just under|close to|an estimated))* ?$/;
// "expects to reach 10 million subscribers by 2026", "aims to have 50 million users": a goal, not a user base
// ("smartphone penetration—projected to exceed 140 million users by the end of 2025": a forecast)
// A name's verb of having users, right before the amount ("Threads logged ", "X has about ")
// A platform's slot before a product's name: "on iOS and Android", "across Android"
const PLATFORM_SLOT = /\b(?:on|across|via|through)\s+(?:(?:both|the)\s+)?(?:[\w-]+\s+(?:and|or)\s+)?$/i;
const HAS_USERS_GAP = /^(?:['’]s)? (?:(?:now|also|already|reportedly|recently|just) )?(?:has|had|have|logged|logs|counts|counted|reached|reaches|hit|hits|boasts|boasted|claims|claimed|crossed|surpassed|topped|attracted|attracts|drew|draws|pulled in|racked up|amassed|gained|added|serves|served) (?:about |around |nearly |more than |over |some |roughly |almost |an estimated |close to )?$/;
const GOAL = /\b(?:expects?|expected|expecting|projected|forecast|predicted|anticipated|tipped|slated|due|aims?|aimed|aiming|wants?|wanted|wanting|plans?|planned|planning|hopes?|hoped|hoping|targets?|targeted|targeting|seeks?|seeking|intends?|intending|on (?:course|track)|poised|set|likely|able|ambition is|goal is|aim is|bid) to (?:(?:more than |at least )?(?:double|triple) (?:to )?|(?:\w+ )?(?:reach|have|hit|top|pass|touch|get to|sign up|attract|cross|surpass|exceed|grow to|grow its [\w ]{1,20} to|serve|win|gain|add|acquire|onboard|amass|build)\b)(?: (?:an? |the )?(?:[\w-]+ ){0,2}?(?:of|to))?(?: (?:about|around|some|nearly|more than|over|at least|up to|roughly|an estimated))? ?$/;
// "account details of more than one million customers", "the data of 3 million users": records about people, not a user base
const RECORDS_OF = /\b(?:details|data|records|information|names|addresses|passwords|e-mails|emails|numbers|files) of (?:(?:about|around|some|nearly|more than|over|almost|up to) )?$/;
// "there will be 20 million subscribers to IPTV", "There are also 1.2 million cable customers in the UK": a market, counted for no one
const THERE_ARE = /\bthere (?:is|are|was|were|will be|would be|could be|may be|might be|should be|are now|were only|are also|are already)(?: \w+ly)?(?: (?:also|now|only|already|still))?(?: (?:an estimated|about|around|roughly|some|more than|over|nearly|almost|just over|just under|fewer than|less than|up to))? ?$/;
// "support the 10-20 million subscribers that it was aiming for", "the 5 million users it hopes to reach": a goal named after the count
const GOAL_AFTER = /^(?: (?:that|which))? (?:it|they|he|she|we|the (?:company|firm|group)) (?:is |was |are |were |had been |has been )?(?:(?:aim(?:s|ed|ing)?|hop(?:es|ed|ing)?|target(?:s|ed|ing)?|expect(?:s|ed|ing)?|forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?)(?: for)?(?=\s*(?:[,.;:!?)]|$|by |within |in the next ))|(?:aim(?:s|ed|ing)?|hop(?:es|ed|ing)?|plan(?:s|ned|ning)?|expect(?:s|ed|ing)?|want(?:s|ed|ing)?|intend(?:s|ed|ing)?|seek(?:s|ing)?) to (?:reach|have|hit|get|sign up|attract|serve|win|gain|add)\b)/;
// ("the nearly 16 million subscribers Netflix added during the quarter": a count whose clause after it says someone added them is
// a flow, not the user base)
const FLOW_AFTER = /^\s+(?:that\s+|which\s+)?(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}|it|they|the (?:company|firm|group|service|platform|streamer|operator|bank))\s+(?:had\s+|has\s+|have\s+)?(?:just\s+|also\s+)?(?:added|gained|lost|won|shed|signed up|picked up|attracted|acquired)\b/;
/** The clause after a count says it is a goal ("the 5 million users it hopes to reach") or a flow ("… Netflix added"). */
function goalOrFlowAfter(view: SentenceView, q: { end: number }): boolean {
  const after = view.text.slice(q.end, Math.min(view.sentence.end, q.end + 60));
  return GOAL_AFTER.test(after) || FLOW_AFTER.test(after);
}
// "up to five other iTunes users": people beside the ones meant
const LEVEL_AFTER_CHANGE = /\b(?:decline|declines|declined|declining|fall|falls|fell|falling|drop|drops|dropped|dropping)\b[^,;:]{0,40}\bto (?:about |around |roughly |nearly |just over |just under )?$/;
const OTHER = /\bother\b/;

/** "China's 340 million mobile users", "the 22.8 million UK net users", "Thousands of UK dial-up users": a country's or a market's users. */
// A company's verb of having right before its count: "Starling has around ", "Barclays now counts over "
const HAS_BEFORE = /\b(?:has|had|have|counts|counted|boasts|boasted|serves|served|claims|claimed)\s+(?:(?:about|around|some|nearly|almost|over|more than|roughly|close to|just over|just under|an estimated)\s+)?$/;

const MILESTONE_BEFORE = /\b(?:hit|hits|hitting|pass(?:ed|es|ing)?|cross(?:ed|es|ing)?|reach(?:ed|es|ing)?|surpass(?:ed|es|ing)?|top(?:ped|s|ping)?|broke|breaks|breaking|exceed(?:ed|s|ing)?) the $/;
const MILESTONE_AFTER = /^\s+(?:mark|milestone|threshold|barrier)\b/;

function isMarketCount(view: SentenceView, q: { start: number; end: number }): boolean {
  const pre = view.text.slice(Math.max(view.sentence.start, q.start - 40), q.start);
  const owner = /([A-Z][\w.]*(?: [A-Z][\w.]*)*)(?:'s|') (?:(?:about|around|some|nearly|almost|over|more than|estimated|an estimated) )?$/.exec(pre);
  if (owner && (isKnownPlace(owner[1]!.toLowerCase()) || isDemonym(owner[1]!.toLowerCase()))) return true;
  // ("it had hit the 10 million UK retail customer mark": a milestone passed is the passer's own count, in one country or all)
  if (MILESTONE_BEFORE.test(pre) && MILESTONE_AFTER.test(view.text.slice(q.end, q.end + 16))) return false;
  // the words inside the count's noun phrase ("22.8 million UK net users", "Thousands of UK dial-up users")
  // (not a company's own, which it has: "Starling has around 3.6 million UK customers" — its customers in one country)
  if (HAS_BEFORE.test(pre) && view.actors.some((a) => a.end <= q.start && a.end >= q.start - 40 && !a.possessive && HAS_BEFORE.test(view.text.slice(a.end, q.start)) && /^\s+(?:(?:now|also|still|already|currently)\s+)?[a-z]+\s/.test(view.text.slice(a.end, q.start)))) return false;
  const inside = view.text.slice(q.start, q.end).split(/\s+/);
  return inside.some((w) => /^[A-Z]/.test(w) && (isKnownPlace(w.replace(/[^\w.]/g, '').toLowerCase()) || isDemonym(w.toLowerCase())));
}

// The users of a list of companies, then their levels: "the subscribers of A, B and C stood respectively at"
const LIST_LEVEL_BEFORE = /\b(?:subscribers|subscriptions|users|customers)\b[^.;]{0,160}?\b(?:stood|stand|stands) respectively at $/;
/** ("…stood respectively at 49.09 million, 29.63 million and…"): the list's last company, for the pairing by "respectively" to spread. */
function respectivelyLast(view: SentenceView, at: number, pre: string) {
  if (!/\brespectively,? (?:at |to )?$/.test(pre)) return null;
  const last = view.actors.findLast((a) => a.end <= at && a.via === 'name' && !a.entity.media);
  return last ? { entity: last.entity, via: last.via, actor: last, paired: true } : null;
}

// A difference, not a count: "104,980 fewer MAUs", "2 million more customers than"
const DIFFERENCE_AFTER = /^\s+(?:fewer|less)\b|^\s+more\s+(?:[\w-]+\s+){0,3}?than\b/i;

/** A market's or a country's count, a rival's few, a difference, or a count that is no one's ("there are…"). */
function isNoOnesCount(view: SentenceView, q: { start: number; end: number }, pre: string): boolean {
  return THERE_ARE.test(pre) || DIFFERENCE_AFTER.test(view.text.slice(numberEnd(view, q), numberEnd(view, q) + 60)) || OTHER.test(view.text.slice(Math.max(view.sentence.start, q.start - 8), q.end)) || isMarketCount(view, q) || RECORDS_OF.test(pre);
}

/** Where the number of an amount ends ("104,980 fewer MAUs": the reader may have taken the noun past the comparative). */
function numberEnd(view: SentenceView, q: { start: number; end: number }): number {
  const m = /^[^\d]*[\d.,]+(?:\s?(?:million|billion|thousand|lakh|crore|m|bn|mn|k)\b)?/i.exec(view.text.slice(q.start, q.end));
  return m ? q.start + m[0].length : q.end;
}

/** What is counted, from the count's noun or the label before it. */
function unitOf(noun: string): string {
  return /subscri|\bsubs\b|member/.test(noun) ? 'subscribers' : /customer|client|business|compan|merchant|brand|organi[sz]ation|enterprise|retailer|restaurant|hospital|clinic|school|universit|bank|advertiser|publisher|seller|firm|startup|institution|insurer|lender|household|home/.test(noun) ? 'customers' : 'users';
}

/** The user noun nearest before a count ("premium subscribers rose 15 percent on a year-on-year basis to 182 million"). */
function lastUserNoun(pre: string): string {
  let last = '';
  for (const m of pre.matchAll(/\b(?:subscri\w*|subs|members?|customers?|clients?|users?|maus?|daus?|accounts?)\b/g)) last = m[0];
  return last || pre.slice(-40);
}

// The relations the code below does not read: a user noun before the number, "used by", "serves N businesses"…
const USER_RULES = ruleExtractor('user_count', RULES, { countUnit: 'users' });

export const userCount: Extractor = {
  type: 'user_count',
  extract(view: SentenceView): RawClaim[] {
    const claims: RawClaim[] = [];
    for (const q of view.quantities) {
      if (q.kind !== 'count') continue;
      const pre = before(view, q.start, 60);
      const byUnit = q.unit !== null && USER_UNITS.has(q.unit);
      if (!byUnit && !(q.unit === null && (USERS_BEFORE.test(pre) || LIST_LEVEL_BEFORE.test(before(view, q.start, 200))))) continue;
      // (not a level a change reached: "a 0.5% decline in subscribers to 62.5 million", "numbers declining by 2.6% to 5.2 million")
      if ((NOT_USERS.test(pre.slice(-30)) && !LEVEL_AFTER_CHANGE.test(pre)) || isNoOnesCount(view, q, pre)) continue;
      // ("ranks English-language publishers with at least 100,000 paying digital subscribers": a class of companies by size)
      if (CLASS_WITH_BEFORE.test(pre)) continue;
      if (FLOW_OR_FORECAST.test(pre) || GOAL.test(pre) || goalOrFlowAfter(view, q) || /\b(?:new|additional|extra|net new|incremental) (?:[\w-]+ )?(?:users|customers|subscribers|subs|members|accounts)\b/.test(view.text.slice(q.start, q.end))) continue;
      // "a handful of big customers", "dozens of users": a vague few is no user count ("hundreds of paying clients" is)
      if (q.amount === null && (q.min ?? 0) < 100) continue;
      // ("One user has already built a dock…", "two customers said…": a few people are an anecdote, no user base)
      if (q.amount !== null && q.amount < 10) continue;
      // ("can answer millions of customer queries", "2 million user transactions": a user noun modifying another counts that one)
      if (NOUN_AFTER_USER.test(view.text.slice(q.end, q.end + 24))) continue;
      // ("Yellow card: Coufal 55 Subs used: Soucek 14", "made three subs": a team's substitutes; subscribers abbreviated
      // are counted in thousands)
      if (q.noun?.toLowerCase() === 'subs' && (q.amount ?? q.min ?? 0) < 1000) continue;
      // ("40 million of the around 50 million users in Korea": the whole a part is taken from is a market, not the company's)
      if (/\b\d[\d.,]*(?:\s+(?:million|billion|m|bn|lakh|crore))?\s+of\s+(?:the|all)\s+(?:about|around|roughly|nearly|some|over|more than)?\s*$/i.test(view.text.slice(Math.max(view.sentence.start, q.start - 40), q.start))) continue;
      // ("the five Chase refugees … also represent some 50 potentially lucrative clients": the clients people bring or represent are
      // their book, no company's user base)
      if (/\b(?:represent(?:s|ed|ing)?|bring(?:s|ing)?|brought|handl(?:e|es|ed|ing)|look(?:s|ed|ing)? after)\s+(?:(?:some|about|around|nearly|over|more than|roughly|up to)\s+)?$/i.test(view.text.slice(Math.max(view.sentence.start, q.start - 40), q.start)) && /^(?:clients?|customers?|accounts?)$/i.test(q.noun ?? '')) continue;
      // ("1.8 million riders for Uber", "969,000 active riders": a ride app's users; a race's riders are a few hundred)
      if (q.noun?.toLowerCase() === 'riders' && (q.amount ?? q.min ?? 0) < 10_000) continue;
      // ("…, compared with an estimated 140 million for Tarrow Social": a count of the company named after "for" — user_count/users-for)
      if (view.actors.some((a) => a.start > q.end && a.via === 'name' && /^ for $/.test(view.text.slice(q.end, a.start)))) continue;
      // "Teams had 30 million daily active users": the product's owner
      // (not a platform the users were counted on: "…users on iOS and Android, while X pulled in 132 million")
      // (nor a product of a clause before a contrasted one with a subject of its own: "…, while X pulled in 132 million")
      const product = [...view.names].reverse().find((n) => n.kind === 'product' && n.end <= q.start && !PLATFORM_SLOT.test(view.text.slice(Math.max(view.sentence.start, n.start - 24), n.start)) && !/,\s+(?:while|whereas|but)\s+[A-Z]/.test(view.text.slice(n.end, q.start)));
      const owner = product ? providerOf(product.surface) : undefined;
      const ownerEntity = owner ? view.entities.ensure(owner) : undefined;
      // ("… ahead of 60 million on PhonePe": users counted on a company named right after)
      // (not when a name before the amount is its verb's subject: "Threads logged 115 million daily active users on iOS and Android"
      // counts the product's users, on those platforms)
      const ownSubject = view.names.some((n) => n.end <= q.start && n.start >= view.sentence.start && HAS_USERS_GAP.test(view.text.slice(n.end, q.start)));
      const onOwner = ownSubject ? undefined : view.actors.find((a) => a.start > q.end && a.via === 'name' && !a.entity.media && /^ (?:on|at) $/.test(view.text.slice(q.end, a.start)));
      // ("The app, owned by Tarrow Labs, counts more than 2 million daily users": an unnamed product's users are its owner's)
      // (past a wire's dateline: "LONDON (Reuters) - The app, …")
      const lead = view.text.slice(view.sentence.start, q.start);
      const dateline = DATELINE.exec(lead)?.[0].length ?? 0;
      const owned = OWNED_PRODUCT.exec(lead.slice(dateline));
      const ownerOfApp = owned ? view.actors.find((a) => a.via === 'name' && a.start === view.sentence.start + dateline + owned[0].length - owned[1]!.length - owned[2]!.length && !a.entity.media && !a.entity.investor) : undefined;
      const picked = onOwner
        ? { entity: onOwner.entity, via: onOwner.via, actor: onOwner }
        : ownerEntity && !view.actors.some((a) => a.end <= q.start && a.start > product!.end)
          ? { entity: ownerEntity, via: 'name' as const, actor: null }
          : pickSubject(view, q.start) ?? respectivelyLast(view, q.start, pre) ?? (ownerOfApp ? { entity: ownerOfApp.entity, via: ownerOfApp.via, actor: ownerOfApp } : null);
      if (!picked) continue;
      // ("police raided a BitTorrent site that let 10,000 users share films": a name after "a" before a thing's noun describes the
      // thing — its users are the site's, not the company's)
      if (picked.actor && /\b(?:a|an)\s+$/i.test(view.text.slice(Math.max(view.sentence.start, picked.actor.start - 4), picked.actor.start)) && DESCRIBED_THING.test(view.text.slice(picked.actor.end, picked.actor.end + 16))) continue;
      claims.push({
        type: 'user_count',
        subject: picked.entity,
        counterparty: null,
        // "Customers: 1,200", "user base doubled to 8 million": the label says what is counted
        value: q.unit ? q : { ...q, unit: /customer/.test(pre) ? 'customers' : /subscriber/.test(pre) ? 'subscribers' : 'users' },
        sentence: view.sentence,
        reason: byUnit ? 'user_count/amount-users' : 'user_count/users-label',
        confidence: byUnit ? 0.85 : 0.8,
        subjectVia: picked.via,
        ...('paired' in picked ? { pairedOnly: true } : {}),
        cueAt: q.start,
      });
    }
    const taken = new Set(claims.map((c) => c.value?.start));
    for (const c of USER_RULES.extract(view)) {
      const q = c.value;
      if (!q || taken.has(q.start) || isNoOnesCount(view, q, before(view, q.start, 60)) || GOAL.test(before(view, q.start, 60)) || goalOrFlowAfter(view, q)) continue;
      // ("internet users in the region rose to 800 million": prose that names no company counts a market, not the article's company)
      // ("Total monthly active users grew by 29% year-on-year to 320 million": a company's own measure is the company's)
      // ("Of the 10.2mn customers, 5.3mn were in the post-paid category": the parts of the base the passage counted, the company's)
      if (c.subjectVia === 'topic' && view.sentence.kind === 'body' && !ownedUsersBefore(view) && !companyMeasure(view, view.text.slice(view.sentence.start, q.start)) && !PART_OF_BASE.test(view.sentence.text)) continue;
      // "a handful of customers": a vague few is no user count
      if (q.amount === null && (q.min ?? 0) < 100) continue;
      // ("One user has already built a dock…", "two customers said…": a few people are an anecdote, no user base)
      if (q.amount !== null && q.amount < 10) continue;
      taken.add(q.start);
      // (what is counted: the noun after the number, "2 million businesses", else the label before it, "subscriber numbers")
      const next = /^\s+(?:[\w-]+\s+){0,2}[\w-]+/.exec(view.text.slice(q.end, Math.min(view.sentence.end, q.end + 40)))?.[0] ?? '';
      const noun = `${q.noun ?? ''} ${next}`.toLowerCase();
      claims.push({ ...c, value: { ...q, unit: /subscri|\bsubs\b|member|customer|client|business|compan|merchant|brand|organi[sz]ation|enterprise|retailer|bank|hospital|school|household|home|firm/.test(noun) ? unitOf(noun) : unitOf(lastUserNoun(view.text.slice(Math.max(view.sentence.start, q.start - 100), q.start).toLowerCase())) } });
    }
    return claims;
  },
};
