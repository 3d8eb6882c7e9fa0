import type { Actor } from '../../entities/coreference.js';
import type { EntityRecord } from '../../entities/aliases.js';
import type { Extractor, RawClaim, SentenceView } from '../extractor.js';
import { actorAfter, joinedNames, pickSubject } from '../slots.js';
import { JOINED_BESIDE } from './extract.js';
import { WEIGHTY_NOUNS } from '../staff-words.js';
import { ROLE_AFTER, employerTiedBefore, mainCompany, surnameOf, titledBetween } from '../people.js';

/**
 * hiring read from one person's move: a company takes a named person ("Halvard Bank has lured Raj
 * Patel", "appointed ex-Kestrel Cloud alum Maya Lin as CIO") or a named person joins it ("Raj Patel,
 * who led engineering at Kestrel Pay, is joining Halvard Bank"), and the sentence says where that
 * person worked before — by a title ("ex-Kestrel Pay CTO"), a possessive ("Kestrel Pay's Raj Patel",
 * "Raj Patel, Kestrel Pay's engineering chief"), or a past post ("who has spent 11 years at X", "away
 * from a similar role at X", "after eight years running engineering at X"). The person ties the two
 * companies together, so no phrase need name both around one verb.
 */

// Verbs of taking a person on: the hirer is their subject, the person their object
// ("has persuaded Greyfield's head of oncology, Ruth Amis, to join as chief medical officer": won over to join)
const TAKE = /\b(?:(?:persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|coax(?:es|ed|ing)?|woo(?:s|ed|ing)?|tempt(?:s|ed|ing)?|entic(?:e|es|ed|ing))\b(?=[^.;]{0,80}\bto (?:join|come|move|switch)\b)|hir(?:e|es|ed|ing)|appoint(?:s|ed|ing)?|nam(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|recruit(?:s|ed|ing)?|poach(?:es|ed|ing)?|lur(?:e|es|ed|ing)|tap(?:s|ped|ping)?|snag(?:s|ged|ging)?|land(?:s|ed|ing)?|nab(?:s|bed|bing)?|brought in|bring(?:s|ing)? in|brought on|bring(?:s|ing)? on|brought aboard|bring(?:s|ing)? aboard|snap(?:s|ped|ping)? up|scoop(?:s|ed|ing)? up|select(?:s|ed|ing)?|picked|chose|chosen|sign(?:s|ed|ing)?|employ(?:s|ed|ing)?|engag(?:e|es|ed|ing))\b/g;
// The same in the passive, its agent after "by": "was hired by Halvard Bank"
// ("has been appointed to run National Australia Bank", "was named a director at GM": into a post at the company named next;
// "was named Teva's president and CEO": into the post of the company whose it is)
const TAKEN_BY = /\b(?:was|were|is|are|has been|have been|had been|being|been|got|gets|will be|is to be) (?:hired|recruited|poached|lured|headhunted|brought in|brought on|appointed|named|tapped) (?:by |(?:as )?(?:to (?:run|lead|head|oversee) |(?:the |a |an |its )?(?:new |next |permanent |interim )?(?:[\w-]+ ){0,4}?(?:chief|ceo|cfo|cto|coo|president|head|chairman|director|officer|boss|partner|executive)(?: [\w-]+){0,3}? (?:of|at|for|with) )(?:the )?|(?:as )?(?=[\w&][^,.;]{0,40}?['’]s? (?:new |next |permanent |interim |acting )?(?:[\w-]+ ){0,3}?(?:chief|ceo|cfo|cto|coo|president|head|chairman|chairwoman|director|officer|boss|partner|executive)\b))/g;
// "…, including Tom Warner", "among them Dana Roe": people named as part of what comes before
const INCLUDING_BEFORE = /,?\s*\b(?:including|among them|among whom|such as)\s+$/i;
// A hire of people before such a list: "has taken on some 450 staff in equities alone in the past six months"
const HIRED_BEFORE_LIST = /\b(?:hir(?:ed|es|ing)|recruit(?:ed|s|ing)|poach(?:ed|es|ing)|lur(?:ed|es|ing)|(?:tak(?:en|es|ing)|took) on|(?:brought|bring(?:s|ing)?) (?:in|on|over)|add(?:ed|s|ing)|grabb(?:ed|ing)|snapp(?:ed|ing) up)\b[^.;]{0,120}$/;
// Verbs of going to a company: the person is their subject, the company follows
// ("rejected both the takeover attempt and an offer to join Meta", "turned down an offer to join": no move)
export const REFUSED_OFFER = /\b(?:rejected|rejects|rejecting|declined|declines|declining|turned down|turns down|turning down|refused|refuses|spurned|rebuffed|snubbed)\b[^.;]{0,60}\b(?:offers?|invitations?|approach(?:es)?|bids?) to $/;
const GO = /\b(?:join(?:s|ed|ing)?|rejoin(?:s|ed|ing)?|mov(?:e|es|ed|ing) (?:over )?to|head(?:s|ed|ing)? to|defect(?:s|ed|ing)? to|jump(?:s|ed|ing)? (?:ship )?to|switch(?:es|ed|ing)? to|decamp(?:s|ed|ing)? to|sign(?:s|ed|ing)? on (?:with|at)|(?:become|becomes|became|becoming|is|was|will be) (?=[A-Z\w][^.;,]{0,40}['’]s? (?:new|next|incoming) (?:chief|ceo|cfo|cto|coo|president|head|chair|director|managing))|(?:become|becomes|became|becoming|will be|is to be|would be) (?=[A-Z\w][^.;,]{0,40}['’]s? (?:new |next |incoming |first )?(?:chief|ceo|cfo|cto|coo|president|head|chair|director|managing))|(?:become|becomes|became|becoming|will be|is to be|would be) (?=(?:its|their) (?:new |next |incoming |first )?(?:chief|ceo|cfo|cto|coo|president|head|chair|director|managing))|(?:take|takes|took|taken|taking) over as (?:[\w-]+ ){0,4}?(?:of|at)|(?:resurfac(?:e|es|ed|ing)|land(?:s|ed|ing)?|tak(?:e|es|ing)|took|taken|accept(?:s|ed|ing)?|start(?:s|ed|ing)?|assum(?:e|es|ed|ing)) (?:in |up )?(?:a|an|the|his|her|their) (?:new |similar |senior |top |leadership |key |different )?(?:[\w-]+ )?(?:role|job|post|position) (?:at|with)|(?:take|takes|took|taking) (?:the helm|charge) (?:at|of)|(?:start|starts|started|starting|begin|begins|began|beginning) (?:work |working )?(?:at|with)|(?:become|becomes|became|becoming) (?:the )?(?:new )?(?:[\w-]+ ){0,3}?(?:head|chief|director|president|officer|ceo|cfo|cto|coo|partner|vice president|managing director)(?: of [\w&-]+(?: [\w&-]+){0,2})? (?:at|of|with))\b/g;
// What may stand between a verb of going and the company gone to: "join the rival", "join Singapore's X", "join
// private equity-backed fintech firm X" (a place's possessive, words describing the company ending in a company noun)
const JOINED_GAP = new RegExp(String.raw`^\s*(?:(?:the|rival|startup|start-up) )?(?:[A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s )?(?:(?:an? |the )?(?:[\w-]+ ){0,4}?(?:company|firm|startup|start-up|bank|lender|insurer|group|lab|developer|maker|platform|provider|fintech|rival|retailer|carrier|operator|giant|consultancy|${WEIGHTY_NOUNS}|incumbent|challenger|house|outfit|specialist) )?$`);
// "named a new chief executive: Dana Roe"
const NEW_POST_COLON = /^ (?:a|an|its|their) (?:new|next|permanent|interim) (?:[\w-]+ ){0,4}?(?:chief|ceo|cfo|cto|coo|president|head|chair|chairman|director|officer|boss|leader)(?: [\w-]+){0,3}?: $/i;
// Appointing or naming someone to a post, not to a board, and not naming in a list ("named one of the 40 most…")
// ("appointing Scholefield to its executive committee": a seat among the company's executives)
const POST_AFTER = /^[^.;]{0,80}?\b(?:as|to run|to lead|to head|to oversee|its new|their new|chief|officer|president|head of|director|executive committee|management committee|leadership team|executive team|management team|operating committee)\b/i;
// (nor engaging a firm's people to advise: "hired X's John Miller to advise on the merger")
const BOARD_AFTER = /^[^.;]{0,60}?\b(?:(?:to|on|onto) (?:its|the|their) (?:\w+ ){0,2}board|non-executive|nonexecutive|independent director|board member|advisory|adviser|advisor|consultant|one of|to (?:advise|represent|audit|defend|review|lobby|underwrite|arrange|broker))\b/i;
// A sentence about sport: clubs appointing managers and signing players are no company's hires
const SPORT = /\b(?:coach|coaches|manager of|striker|midfielder|defender|goalkeeper|club|clubs|squad|league|season|fixture|match|cup|players?|rugby|football|cricket|tennis|golf|olympic)\b/i;
// Where a person worked before, said just before the company's name
const PAST_PRE = /(?:\bex-|\bformer |\bformer (?:[\w-]+ ){1,4}?(?:at|of|with) (?:[\w-]+ ){1,3}?|\bformerly (?:of |at |with |(?:[\w-]+ ){1,6}?(?:at|of|with) )|\b(?:previously|until recently|most recently|until last (?:year|month|week)) (?:(?:[\w-]+ ){0,6}?)?(?:at |with |of )|\bhad been (?:[\w-]+ ){0,4}?(?:at|with|of) |\bonce (?:at |with )|\baway from (?:(?:a|an|his|her|their|the) )?(?:[\w-]+ ){0,3}?(?:at |with )?|\b(?:years?|decades?|months?|stint|spell|tenure|career|time) (?:[\w-]+ ){0,3}?(?:at|with) |\b(?:worked|working|led|leading|ran|running|headed|heading|oversaw|overseeing|managed|managing|built|building) (?:[\w-]+ ){0,5}?(?:at|for) |\b(?:was|were|served as|serving as) (?:[\w-]+ ){0,5}?(?:at|of|with) |\b(?:veteran|alumnus|alumna|alum|graduate) of |\bwho (?:led|ran|headed|oversaw|managed|founded|co-founded|started) |\b(?:previously|formerly|once|until recently) (?:ran|led|headed|oversaw|managed|founded|co-founded) (?:the )?|\b(?:resigned|resigns|has resigned|quit|quits|departed|departs|left|leaves|leaving) (?:from )?(?:(?:his|her|a|the) (?:[\w-]+ ){0,3}?(?:post|role|job|position) (?:at|with) )?|\b(?:joins|joined|joining|comes|came|coming|moves|moved|arrives|arrived) (?:[\w-]+ ){0,6}?from (?:[\w-]+ ){0,3}?)(?:the |rival |startup )?$/i;
// A company's new post, then the person holding it: "X's new chief executive, Dana Roe"; or after the person: "Dana Roe, X's new CFO"
const NEW_POST = String.raw`['’]?s?\s+(?:new|incoming|newly appointed|next|newly hired)\s+(?:[\w-]+\s+){0,4}?(?:chief|ceo|cfo|cto|coo|cio|president|head|chair|chairman|chairwoman|director|officer|boss|leader|partner|executive)`;
// ("X's new chief executive, Dana Roe", "X's new chief executive is Dana Roe")
const NEW_POST_BEFORE_PERSON = new RegExp(String.raw`^${NEW_POST}(?:\s+[\w-]+){0,3}?(?:,|\s+(?:is|will be|is to be|would be))\s*$`, 'i');
const NEW_POST_OF_OWNER = new RegExp(String.raw`^${NEW_POST}\b`, 'i');
// (the sentences that may hold one: an owner's "'s" and a word of newness)
const NEW_POST_CUE = /['’]s? (?:new|incoming|newly appointed|next|newly hired) /;
// A company's team that now includes people: "X's new lab includes…"
const TEAM_INCLUDES = /\b(?:includes|include|included|including|counts|boasts|features)\b/g;
// Leaving one company for another, with an aside between ("left X, where he led the reasoning team, for Y")
const LEFT_FOR = /\b(?:left|leaves|leaving|quit|quits|quitting|departed|departs|departing)\b/g;
// (what may stand between "left" and "for" when no company is named after the verb: "leaving late last year for")
const LEFT_ONLY_FOR = /^(?: (?!(?:to|and|but|after|because|when|as|the|a|an|his|her|their|its)\b)[\w-]+){0,4}? for (?:rival |the )?$/;
// Customers, users and money are won from rivals too; only people move here
const NOT_PEOPLE = /\b(?:customers?|clients?|users?|subscribers?|shoppers?|accounts?|deposits?|business|contracts?|orders?)\b/i;

interface Person {
  start: number;
  end: number;
}

type Hirer = { entity: Actor['entity']; via: Actor['via'] | 'topic' };

/**
 * What the article has said so far of each person, for moves told over two sentences ("Zentrix AI has hired Raj
 * Patel. Patel previously worked at Kestrel Labs."): who took them, and where they worked before, by surname.
 * One memory per article (its entity table), read in text order.
 */
interface Memory {
  hired: Map<string, { hirer: Hirer; sentence: number }>;
  past: Map<string, { source: Actor; sentence: number }>;
  lastHired: string | null;
  /** The surname of the last person named in a sentence read: "he"/"she" after it is that person, not the one hired before. */
  lastNamed: string | null;
}
const MEMORY = new WeakMap<object, Memory>();
// How far apart, in sentences, the hire and the past post may be told
const MEMORY_SPAN = 4;
// A sentence about a person just named: "He previously worked at…", "She spent a decade at…"
const PRONOUN_OPENING = /^\W*(?:he|she)\b/i;
const surnameAt = (view: SentenceView, p: Person) => surnameOf(view.text.slice(p.start, p.end));

// A past post said without a verb of moving ("Patel previously worked at X", "ex-X engineer"): PAST_PRE anywhere in the sentence
const PAST_CUE = new RegExp(PAST_PRE.source.replace(/\$$/, ''), 'i');

export const personMoves: Extractor = {
  type: 'hiring',
  // (its verbs of taking, going, leaving and a team including, or a past post; the possessive and "of" ties only pair with those)
  // (the passive "was hired by", "was named a director at" needs no words of its own: its verbs are TAKE's)
  // (and a company's new post held by a person: "X's new chief executive, Dana Roe, said…")
  cue: () => ({ pattern: new RegExp([TAKE, GO, LEFT_FOR, TEAM_INCLUDES, PAST_CUE, NEW_POST_CUE].map((r) => r.source).join('|'), 'i'), named: true }),
  extract(view: SentenceView): RawClaim[] {
    const people: Person[] = view.names.filter((n) => n.kind === 'person');
    const pronoun = !people.length && PRONOUN_OPENING.test(view.sentence.text);
    if (!people.length && !pronoun) return [];
    let memory = MEMORY.get(view.entities);
    if (!memory) MEMORY.set(view.entities, (memory = { hired: new Map(), past: new Map(), lastHired: null, lastNamed: null }));
    const mem = memory;
    const lastNamed = mem.lastNamed;
    // (a sentence that names a person and no company still says who "he" is next)
    if (people.length) mem.lastNamed = surnameAt(view, people[people.length - 1]!);
    if (!view.actors.length) return [];
    const lower = view.lower;
    if (SPORT.test(lower)) return [];
    const index = view.sentence.index;
    const out: RawClaim[] = [];
    const seen = new Set<string>();
    const add = (hirer: Hirer, source: Actor, verbAt: number) => {
      if (hirer.entity === source.entity || source.entity.media || hirer.entity.media) return;
      const key = `${hirer.entity.name}\u0000${source.entity.name}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ type: 'hiring', subject: hirer.entity, counterparty: source.entity, value: null, sentence: view.sentence, reason: 'hiring/person-moves', confidence: 0.76, subjectVia: hirer.via === 'topic' ? 'topic' : hirer.via, cueAt: verbAt });
    };
    const base = view.sentence.start;
    // A hire with no past post in its sentence: remembered, and paired with one said nearby
    const remember = (hirer: Hirer, p: Person, verbAt: number) => {
      const key = surnameAt(view, p);
      mem.hired.set(key, { hirer, sentence: index });
      mem.lastHired = key;
      const past = mem.past.get(key);
      if (past && index - past.sentence <= MEMORY_SPAN) add(hirer, past.source, verbAt);
    };
    // A past post said of a person (or of "he"/"she" opening the sentence after a hire): paired with the hire remembered
    const pastPost = (key: string, source: Actor) => {
      mem.past.set(key, { source, sentence: index });
      const hire = mem.hired.get(key);
      // ("Porcini previously served as Chief Design Officer at PepsiCo and 3M": each company of a list the post was held at)
      if (hire && index - hire.sentence <= MEMORY_SPAN) for (const a of joinedNames(view, source)) add(hire.hirer, a, view.sentence.start);
    };
    if (pronoun) {
      // ("…von Holzhausen as its design director. … Previously, Ahuja was CFO of X. He also had been CFO of Y": "he" is Ahuja)
      if (mem.lastHired && (lastNamed === null || lastNamed === mem.lastHired) && /\b(?:previously|formerly|before|spent|worked|was|had been|comes|came|joins|joined|joining|most recently|until recently|served|ran|led|headed)\b/.test(lower)) {
        const source = sourceOf(view, { start: view.sentence.start, end: view.sentence.start + 2 }, [], null);
        if (source) pastPost(mem.lastHired, source);
      }
      // ("Dana Roe has resigned from Kestrel Capital. She will join Halvard Bank next month": "she" is the one just named, going
      // to a company; where she was is what was said of her before)
      if (lastNamed && !mem.hired.has(lastNamed)) {
        for (const m of lower.matchAll(GO)) {
      if (REFUSED_OFFER.test(lower.slice(Math.max(0, m.index! - 90), m.index!))) continue;
          const verbAt = base + m.index!;
          if (verbAt - view.sentence.start > 40) break;
          const hirer = actorAfter(view, verbAt + m[0].length, 12);
          if (!hirer) continue;
          const past = mem.past.get(lastNamed);
          if (past && index - past.sentence <= MEMORY_SPAN) add(hirer, past.source, verbAt);
          else mem.hired.set(lastNamed, { hirer, sentence: index });
          break;
        }
      }
      return out;
    }

    // "Halvard Bank has lured Raj Patel…", "appointed ex-Kestrel Cloud alum Maya Lin as CIO"
    for (const m of lower.matchAll(TAKE)) {
      const verbAt = base + m.index!;
      const verbEnd = verbAt + m[0].length;
      // the person taken comes within a few words, past titles and a former employer ("ex-Kestrel Pay CTO")
      // ("has named a new chief executive: Dana Roe": the post, then the person after a colon)
      const person = people.find((p) => p.start >= verbEnd && p.start - verbEnd <= 70 && (!/[.;:]|\b(?:and|or|to|who|which|that)\b/.test(view.text.slice(verbEnd, p.start)) || NEW_POST_COLON.test(view.text.slice(verbEnd, p.start))));
      if (!person) continue;
      const after = view.text.slice(person.end, view.sentence.end);
      if (BOARD_AFTER.test(after)) continue;
      // ("F5 announced Kunal Anand as its new CTO": announcing a person is hiring only into a post)
      if (/^(?:nam|appoint|select|pick|chose|announc|unveil)/.test(m[0]) && !POST_AFTER.test(after) && !NEW_POST_COLON.test(view.text.slice(verbEnd, person.start))) continue;
      // (signing a person is taking them on only from another company or into a post: not "signed Tom Reyes to a partnership")
      if (/^sign/.test(m[0]) && !/^\s+from\b/.test(after) && !POST_AFTER.test(after)) continue;
      if (NOT_PEOPLE.test(view.text.slice(verbEnd, person.start))) continue;
      const hirer = pickSubject(view, verbAt, { topic: false });
      if (!hirer?.actor) continue;
      // ("The hiring of Francese fills the last vacancy…, and comes after Bell Sports veteran John Doerr joined": a hire named as
      // a noun has its hirer before it, "X's hiring of" — not a company named later in the sentence)
      if (hirer.actor.start > verbAt && /\b(?:the|this|that|his|her)\s+$/i.test(view.text.slice(Math.max(view.sentence.start, verbAt - 6), verbAt))) continue;
      for (const p of listedFrom(view, people, person)) {
        const source = sourceOf(view, p, people, hirer.actor.entity) ?? tiedSource(view, p, hirer.actor.entity);
        if (source) add(hirer.actor, source, verbAt);
        else remember(hirer.actor, p, verbAt);
      }
    }

    // "Roe, who is based in Hong Kong, was hired by Halvard Bank after a decade at Kestrel Capital": the passive's agent takes
    // the person before it (and a past post said of that person in this sentence is this hire's, not an earlier one's)
    for (const m of lower.matchAll(TAKEN_BY)) {
      const verbAt = base + m.index!;
      const mover = [...people].reverse().find((p) => p.end <= verbAt && (verbAt - p.end <= 30 || /^(?:,[^,;]{1,90}){1,2},\s*$/.test(view.text.slice(p.end, verbAt))));
      const hirer = mover ? actorAfter(view, verbAt + m[0].length, 0) : null;
      if (!mover || !hirer || BOARD_AFTER.test(view.text.slice(hirer.end, view.sentence.end)) || /\b(?:non-executive|nonexecutive|independent|board|advis)/.test(m[0])) continue;
      const source = sourceOf(view, mover, people, hirer.entity) ?? tiedSource(view, mover, hirer.entity);
      if (source) {
        add(hirer, source, verbAt);
        mem.hired.set(surnameAt(view, mover), { hirer, sentence: index });
      } else remember(hirer, mover, verbAt);
    }

    // "Zentrix AI's new superintelligence team includes Raj Patel, who co-created X's chatbot, and Maya Lin, formerly of Y"
    for (const m of lower.matchAll(TEAM_INCLUDES)) {
      const verbAt = base + m.index!;
      let owner: Hirer | undefined = [...view.actors].reverse().find((a) => a.possessive && a.end <= verbAt && /^['’]?s?\s+(?:[\w-]+\s+){0,3}?(?:team|teams|lab|labs|group|unit|hires|recruits|roster|ranks)\s+(?:now\s+|also\s+)?$/i.test(view.text.slice(a.end, verbAt)));
      // ("Other recent appointments include Barclays Africa's former banking chief, Stephen van Coller": the article's company's)
      if (!owner && /^\W*(?:other |its |the |their )?(?:recent |new |latest |senior )*(?:appointments|hires|recruits|arrivals|additions) (?:also )?$/i.test(view.text.slice(view.sentence.start, verbAt))) {
        const main = mainCompany(view);
        if (main) owner = { entity: main, via: 'topic' };
      }
      if (!owner) continue;
      // (the person may come after their former employer and title: "include Barclays Africa's former banking chief, Stephen van Coller")
      const first = people.find((p) => p.start >= verbAt + m[0].length && (p.start - verbAt <= 40 || (p.start - verbAt <= 90 && /^ [A-Z][\w&.'’ -]*['’]s? (?:former |ex-)?(?:[\w-]+ ){0,4}?(?:chief|head|boss|director|officer|executive|president|manager|partner|lead)(?: of [\w ]+)?, $/.test(view.text.slice(verbAt + m[0].length, p.start)))));
      if (!first) continue;
      for (const p of listedFrom(view, people, first)) {
        const source = sourceOf(view, p, people, owner.entity);
        if (source) add(owner, source, verbAt);
      }
    }

    // "BarCap has taken on some 450 staff…, including Tom Warner, who joined … from Citigroup, and Mark Warham, formerly … at
    // Morgan Stanley": people named as part of a hire, each with the company they came from
    for (const first of people) {
      if (!INCLUDING_BEFORE.test(view.text.slice(Math.max(view.sentence.start, first.start - 14), first.start))) continue;
      const lead = HIRED_BEFORE_LIST.exec(lower.slice(0, first.start - base));
      if (!lead) continue;
      const verbAt = base + lead.index;
      const hirer = pickSubject(view, verbAt, { topic: false });
      if (!hirer?.actor) continue;
      for (const p of listedFrom(view, people, first)) {
        const source = sourceOf(view, p, people, hirer.actor.entity);
        if (source) add(hirer.actor, source, verbAt);
      }
    }

    // "Halvard Bank's new chief executive, Dana Roe, previously ran Kestrel Capital's European business", "Dana Roe, Halvard
    // Bank's new CFO, …": a person apposed to a company's new post is its hire
    for (const p of people) {
      const owner =
        [...view.actors].reverse().find((a) => a.possessive && a.end <= p.start && p.start - a.end <= 80 && NEW_POST_BEFORE_PERSON.test(view.text.slice(a.end, p.start))) ??
        view.actors.find((a) => a.possessive && a.start > p.end && a.start - p.end <= 3 && /^,\s*$/.test(view.text.slice(p.end, a.start)) && NEW_POST_OF_OWNER.test(view.text.slice(a.end, a.end + 60)));
      if (!owner) continue;
      const source = sourceOf(view, p, people, owner.entity);
      if (source) add(owner, source, p.start);
      else remember(owner, p, p.start);
    }

    // "Raj Patel has left Kestrel Labs, where he led the reasoning team, for Zentrix AI"
    for (const m of lower.matchAll(LEFT_FOR)) {
      const verbAt = base + m.index!;
      const verbEnd = verbAt + m[0].length;
      // ("Zhang Yaqin, a long-time Tessaly Corp research executive, left…": past an apposition too)
      const mover = [...people].reverse().find((p) => p.end <= verbAt && (verbAt - p.end <= 40 || /^,[^,;]{1,90},\s*$/.test(view.text.slice(p.end, verbAt))));
      if (!mover) continue;
      // (not the company after "for": "left for Orrin Partners" names the one joined)
      const after = actorAfter(view, verbEnd, 6);
      const source = after && !/^\s+for\s/.test(view.text.slice(verbEnd, after.start)) ? after : null;
      if (!source) {
        // ("Dana Roe, head of Kestrel in Saudi Arabia, leaving late last year for Orrin Partners": no company after the verb — the
        // one the person's post names is left, and the one after "for" joined)
        const joined = view.actors.find((a) => a.via === 'name' && a.start >= verbEnd && LEFT_ONLY_FOR.test(view.text.slice(verbEnd, a.start)));
        const from = joined ? sourceOf(view, mover, people, joined.entity) ?? tiedSource(view, mover, joined.entity) : null;
        if (joined && from) add(joined, from, verbAt);
        continue;
      }
      // ("left the United States company for Beijing-based Web search provider Baidu": words describing the new employer
      // between, ending in a company noun — not "left Fratton Park for rivals Saints")
      const hirer = view.actors.find((a) => a.start > source.end && a.entity !== source.entity && !a.entity.assumed && /\bfor (?:rival |the |startup |(?:[A-Z][\w]*-based |[\w-]+ ){0,4}(?:company|provider|firm|startup|start-up|maker|bank|group|giant|operator|platform|lender|insurer|carrier|airline|retailer|developer|lab) )?$/.test(view.text.slice(source.end, a.start)) && !/[.;]/.test(view.text.slice(source.end, a.start)));
      if (hirer) add(hirer, source, verbAt);
    }

    // "Raj Patel, who led engineering at Kestrel Pay, is joining Halvard Bank"
    for (const m of lower.matchAll(GO)) {
      if (REFUSED_OFFER.test(lower.slice(Math.max(0, m.index! - 90), m.index!))) continue;
      const verbAt = base + m.index!;
      const verbEnd = verbAt + m[0].length;
      // the mover: the last person before the verb in the sentence, with no other verb of going between
      // ("Before joining Halvard Bank, Roe was…": after a fronted "before/after joining X,", the person after the comma)
      const fronted = /^\W*(?:before|prior to|after|since|upon|on) $/i.test(view.text.slice(view.sentence.start, verbAt));
      const mover = fronted ? people.find((p) => p.start > verbAt) : [...people].reverse().find((p) => p.end <= verbAt);
      if (!mover) continue;
      let hirer = actorAfter(view, verbEnd, 70);
      if (hirer && !JOINED_GAP.test(view.text.slice(verbEnd, hirer.start))) hirer = null;
      // ("Chirag Agrawal from EY joined as partner at Deloitte South Asia": joining as a post at a company)
      if (!hirer) {
        const post = /^ as (?:an? |the |its |their )?(?:[\w&-]+ ){1,8}?(?:at|with) (?:the )?/i.exec(view.text.slice(verbEnd, verbEnd + 90));
        const at = post ? actorAfter(view, verbEnd + post[0].length, 2) : null;
        if (at && at.start === verbEnd + post![0].length) hirer = at;
      }
      // "Halvard Bank said Raj Patel, who…, will join as chief technology officer": joining the company that says so
      if (!hirer && /^ (?:as|in|on|next|this|later|from)\b/.test(view.text.slice(verbEnd, verbEnd + 8))) {
        // ("…Citigroup, where Vis Raghavan, the former executive from JPMorgan Chase, recently joined as CEO": the company the
        // relative "where" opens on)
        hirer = view.actors.find((a) => a.end <= mover.start && (/^ (?:said|says|announced|confirmed)(?: that)? $/.test(view.text.slice(a.end, mover.start)) || /^,? where $/.test(view.text.slice(a.end, mover.start)))) ?? null;
        // ("Jetstar Japan co-CEO Nick Rohrlach will join as the chief executive of its loyalty program": joining "as" a post,
        // no company named after, in a passage about one company — that company, from the person's own named before)
        const main = !hirer && /^ as\b/.test(view.text.slice(verbEnd, verbEnd + 4)) ? mainCompany(view) : null;
        if (main) {
          const own = sourceOf(view, mover, people, main) ?? tiedSource(view, mover, main);
          // (or after the name, said to be past: "Marcus Lyle, formerly vice president of sales at AMD, joins as…")
          const past = !!own && own.start >= mover.end && PAST_PRE.test(view.text.slice(Math.max(view.sentence.start, own.start - 90), own.start));
          if (own && own.via === 'name' && (own.end <= mover.start || past)) add({ entity: main, via: 'topic' }, own, verbAt);
          continue;
        }
      }
      if (!hirer) continue;
      // (joining a company beside its people or in an act: "joined X executives on stage", "joined X in calling for…")
      // (but "become Halvard Bank's chief financial officer" names the post itself)
      if (!/^(?:becom|will be|is to be|would be)/.test(m[0]) && JOINED_BESIDE.test(view.text.slice(hirer.end, hirer.end + 40))) continue;
      // ("Mohan and Chen join Orvane": any of the movers coordinated before the verb may have been tied to a company before)
      const coordinated = people.filter((p) => p.end <= mover.start && /^(?:\s*(?:,|\band\b)\s*(?:[A-Z][\w'’-]*\s*)*)+$/.test(view.text.slice(p.end, mover.start)));
      // ("Dana Roe joined Orrin Bank in 2012 as COO before moving to Quorvex Stores as CEO": the company joined first is the one left)
      const joinedFirst = /\b(?:before|then|later|subsequently)\s+$/i.test(view.text.slice(view.sentence.start, verbAt))
        ? view.actors.find((a) => a.start > mover.end && a.end <= verbAt && a.entity !== hirer!.entity && /\bjoined (?:the )?$/.test(view.text.slice(Math.max(view.sentence.start, a.start - 12), a.start)))
        : undefined;
      const source = sourceOf(view, mover, people, hirer.entity) ?? joinedFirst ?? [mover, ...coordinated].map((p) => tiedSource(view, p, hirer!.entity)).find((x) => x) ?? null;
      if (source) add(hirer, source, verbAt);
      else remember(hirer, mover, verbAt);
    }
    // Past posts said of the people named, for hires told in another sentence
    for (const p of people) {
      const key = surnameAt(view, p);
      const hire = mem.hired.get(key);
      const source = sourceOf(view, p, people, hire && hire.sentence === index ? hire.hirer.entity : null);
      if (source) pastPost(key, source);
    }
    return out;
  },
};

/**
 * The company an earlier sentence gave the person by a title ("Tessaly CEO Varun Mohan built the tool. … Mohan will
 * join Orvane"): the employer they leave for the hirer. (Not the hirer itself, nor a tie said in this sentence.)
 */
function tiedSource(view: SentenceView, person: Person, hirer: EntityRecord): Actor | null {
  const employer = employerTiedBefore(view, surnameAt(view, person), view.sentence.start);
  if (!employer || employer === hirer || employer.media || employer.investor) return null;
  // (a sentence naming another company says where the person comes from itself: "hiring Inflection AI's co-founders
  // Mustafa Suleyman…" after a headline's "DeepMind co-founder Mustafa Suleyman")
  if (view.actors.some((a) => a.via === 'name' && !a.entity.media && a.entity !== hirer && a.entity !== employer)) return null;
  return { start: person.start, end: person.start, entity: employer, via: 'anaphor', possessive: false, text: '' };
}

/** The person and the ones listed after them: "Raj Patel, who…, and Maya Lin, formerly of…". */
function listedFrom(view: SentenceView, people: Person[], first: Person): Person[] {
  const out = [first];
  for (const p of people) {
    if (p.start <= out[out.length - 1]!.end) continue;
    const gap = view.text.slice(out[out.length - 1]!.end, p.start);
    // (a list goes on with a comma or "and" after an aside of at most a clause, never past a full stop)
    if (gap.length > 120 || /[.;]/.test(gap) || !/(?:,|\band)\s+$/.test(gap)) break;
    out.push(p);
  }
  return out;
}

/** The company the person worked at before, as the sentence says it, other than the hirer. */
function sourceOf(view: SentenceView, person: Person, people: Person[], hirer: EntityRecord | null): Actor | null {
  for (const a of view.actors) {
    if (a.entity === hirer) continue;
    // (no other person between the two: the past post is this person's)
    const lo = Math.min(a.end, person.end);
    const hi = Math.max(a.start, person.start);
    if (people.some((p) => p !== person && p.start >= lo && p.end <= hi)) continue;
    if (Math.abs(a.start - person.start) > 140) continue;
    // (a company named before the person across a list's ", and" is the previous one's: "Tom Warner, who joined from X, and Mark Warham")
    if (a.end <= person.start && /,\s+and\s|;/.test(view.text.slice(a.end, person.start))) continue;
    // (a company that only describes the next one is no source: "from Tarp recipient Citigroup", "from SoftBank-backed Orrin")
    if (view.actors.some((b) => b.start > a.end && b.entity !== a.entity && /^(?:['’]s)?[ -](?:[a-z-]+ ){1,2}$/.test(view.text.slice(a.end, b.start)) && !/\b(?:and|or|to|for|from|at|of|in|by|with)\b/.test(view.text.slice(a.end, b.start)))) continue;
    const pre = view.text.slice(Math.max(view.sentence.start, a.start - 90), a.start);
    // "ex-Kestrel Pay CTO Raj Patel", "who led engineering at Kestrel Pay", "away from a similar role at X"
    if (PAST_PRE.test(pre) && !NOT_PEOPLE.test(pre.slice(-30))) return a;
    // ("Anne Asensio, 37, who was Renault's third-ranking designer, was named…": a post the person held at the possessor)
    if (a.possessive && a.start > person.end && /\bwho (?:was|had been|served as) (?:previously |formerly |once |most recently )?$/.test(pre) && ROLE_AFTER.test(view.text.slice(a.end, a.end + 50))) return a;
    // "Kestrel Pay's Raj Patel": the person's current employer, whom the taker takes them from
    // ("its chief scientist Dana Roe", "Quillmark's head of research Raj Patel": a title between)
    if (a.possessive && a.end <= person.start && /^['’]?s?\s+(?:(?:former|ex-|top|star|veteran|longtime|chief|head)\s+)?$|^['’]?s?\s+(?:former\s+|ex-)?(?:[\w-]+\s+){0,2}?(?:chief|head|scientist|engineer|researcher|officer|executive|economist|designer|director|president|founder|co-founder|lead|leader|manager|vp|cto|ceo|cfo|coo)(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?,?\s+$/.test(view.text.slice(a.end, person.start))) return a;
    // ("Jetstar Japan co-CEO Nick Rohrlach will join as…": the company whose title the person holds, right before the name)
    // ("Goldman Sachs banker Jane Doe is joining Citigroup", "Halvers Bank finance chief John Smith will join": any post's noun)
    if (!a.possessive && a.end <= person.start && titledBetween(view.text.slice(a.end, person.start))) return a;
    // "Barclays Africa's former investment banking chief, Stephen van Coller": the title in an apposition before the name
    if (a.possessive && a.end <= person.start && /^['’]?s?\s+(?:former\s+|ex-)?(?:[\w-]+\s+){0,4}?(?:chief|head|boss|director|officer|executive|president|manager|partner|lead)(?:\s+of\s+[\w ]+)?,\s+$/.test(view.text.slice(a.end, person.start))) return a;
    // "Raj Patel, Kestrel Pay's engineering chief,", "Raj Patel, the Kestrel Labs scientist behind…", "Raj Patel, the lead of
    // Kestrel Labs' multimodal team", "Raj Patel, a researcher at Kestrel Labs,"
    if (a.start >= person.end) {
      const gap = view.text.slice(person.end, a.start);
      // "hired Keith Strier of Nvidia as senior vice president": the company the person is of
      // ("signed scientist Ana Ruiz from Kestrel Labs": the company the person comes from)
      // ("appointed Shayne Nelson as CEO in the same year from Standard Chartered": after the post taken)
      // ("appointed another Australian, Shayne Nelson, as CEO in the same year from Standard Chartered": past the name's comma)
      if (/^,?\s+(?:as\s+[^,;.()]{1,40}?\s+)?(?:of|from)\s+(?:the\s+)?$/.test(gap)) return a;
      // ("Sara Lind, a top executive from its rival, Tessaly Group": the rival named in an apposition of its own)
      if (/^,\s+(?:(?:the|a|an)\s+)?(?:former\s+|ex-)?(?:[\w-]+\s+){0,4}?(?:at|of|with|from|for)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:startup|start-up|company|firm|lab|maker|giant|rival|platform|bank|group)\s+|(?:its|their|his|her)\s+(?:[\w-]+\s+)?(?:rival|competitor|peer|neighbou?r)(?: club| bank| firm)?,\s+)?$/i.test(gap) && !/\b(?:one|some|many|most|all|both|each|none|part|member|members|head of state)\s+(?:of|at)\s+(?:the\s+)?$/i.test(gap)) return a;
      // ("Sam Reyes, a banker in Kestrel Capital's technology team,": a post in a company's team)
      if (a.possessive && /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?in\s+$/.test(gap) && /^['’]s?\s+(?:[\w,-]+\s+){0,5}?(?:team|unit|division|desk|department|practice)\b/.test(view.text.slice(a.end, a.end + 80))) return a;
      if (/^,\s+(?:(?:until recently|most recently|previously|formerly|until last (?:year|month|week))\s+)?(?:(?:the|a|an)\s+)?(?:former\s+|ex-)?$/i.test(gap) && ROLE_AFTER.test(view.text.slice(a.end, a.end + 50))) return a;
    }
  }
  return null;
}
