import { testTree } from '../text/regex-tree.js';
import { tableCells, type Sentence } from '../text/sentences.js';
import { providerOf, type EntityRecord, type EntityTable } from './aliases.js';
import { SITE_COMMODITY } from './evidence.js';
import { profileHeadings, type NameMention } from './organizations.js';

/**
 * Who each sentence talks about. An actor is an organisation named in the sentence, or a
 * phrase that refers to one ("the company", "the startup", "it", "its", "the San
 * Francisco-based firm"), resolved to the entity it means.
 */

export interface Actor {
  start: number;
  end: number;
  entity: EntityRecord;
  /** How the sentence points at the entity. */
  via: 'name' | 'anaphor';
  /** "Meta's", "its": the actor owns what follows. */
  possessive: boolean;
  text: string;
}

export interface Reference {
  /** Organisation actors of each sentence, in text order. */
  actors: Actor[][];
  /** The entity a subjectless sentence (a bullet, a headline, a fragment) is about. */
  topic: Array<EntityRecord | null>;
  /** The article's main entity. */
  main: EntityRecord | null;
}

// "the company", "the startup", "the San Francisco-based company", "the Chinese AI lab", "the search giant", "the
// business-to-business (B2B) company" (an acronym in brackets among the words before the noun)
// (a noun half of a hyphenated word ends no phrase: "the group-texting startup", not "the group"; "The venture-backed X")
// (nor a noun that modifies the head after it: "the utility services provider", not "the utility"; "the group's flagship company" is the
// group's)
// ("the digital payment and banking platform": two modifiers joined by "and" before the noun)
const DEFINITE_NOUNS = 'company|startup|start-up|firm|lab|business|group|giant|maker|chipmaker|automaker|carmaker|developer|provider|unicorn|operator|outfit|venture|platform|app|lender|bank|insurer|retailer|carrier|airline|manufacturer|supplier|conglomerate|telco|broadcaster|streamer|neobank|drugmaker|fintech|darling|behemoth|juggernaut|powerhouse|upstart|newspaper|paper|miner|brewer|grocer|supermarket|utility|producer|chain';
// The company's own formal short form, capitalised as filings and the business press write it ("recruited by the Bank")
const FORMAL_NOUNS = 'Company|Bank|Group|Firm|Lender';
// ("The IT services major will hire…", "the auto major's shares": "major" as a noun, Indian business English — only after a
// word saying its line of business and before a verb or a possessive, not "the major banks")
const MAJOR = String.raw`(?<=[\w-] )major(?=['’]s\b| (?:will|would|has|had|is|was|said|says|reported|posted|plans|planned|announced|added|also|recently|expects|employs|employed|hired|hires|cut|cuts|laid|raised|on)\b|[,.;])`;
// (not "the same business": the same kind of business, no company referred to)
// ("the joint venture" is a venture of several companies, none of them by itself)
const DEFINITE = new RegExp(`\\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:[A-Za-z][\\w.-]*(?:,? [A-Z][\\w-]*)?-(?:based|headquartered|fronted|helmed|headed|founded) |[A-Z][a-z]+ |[A-Z](?:\\.[A-Z])+\\.? |[A-Z]{2,4} (?=(?:[a-z][\\w-]* ){0,1}(?:${DEFINITE_NOUNS})\\b)|\\([A-Z][\\w&-]{1,8}\\) |[A-Z]{2,5} (?=(?:[a-z][\\w-]* ){0,2}major\\b)|(?!(?:the|a|an|this|that|its|their|and|or|of|to|in|on|for|with|is|was|are|were|has|had|will|would|values?|valued|same|joint)\\b)[a-z][\\w-]* (?:and (?=(?:(?!(?:the|a|an|this|that|its|their)\\b)[a-z][\\w-]* ){1,2}(?:${DEFINITE_NOUNS})\\b))?){0,3}?(${DEFINITE_NOUNS}|${FORMAL_NOUNS}|${MAJOR})(?:'s)?(?![\\w'-])(?! (?:${DEFINITE_NOUNS}|industry|industries|sector|market|markets|business|fees?|rates?)\\b)(?!(?<!'s) (?:(?!(?:and|or|of|to|in|on|at|for|with|by|its|their|the|a|an|is|was|are|were|has|had|will|said)\\b)[a-z][\\w-]* ){1,2}(?:${DEFINITE_NOUNS})\\b)`, 'g');
// The head nouns on their own: a sentence with none of them cannot hold the phrase, and one
// plain search turns it away before the expression above runs (its words as a tree of their letters)
const DEFINITE_NOUN = testTree(new RegExp(`${DEFINITE_NOUNS}|${FORMAL_NOUNS}|major`));
// From a company to a pronoun inside a relative clause on it: ", which added 2.2 million customers, taking "
const RELATIVE_TO_PRONOUN = /^,? which (?:[^;.()"“”]|\.(?=\d)){0,120}$/;
// A text in a company's own voice: it speaks of its own staff, customers, business
const SELF_VOICE = /\b[Oo]ur (?:employees|people|workforce|staff|customers|clients|company|business|businesses|operations|parent company|subsidiaries|units|shareholders|investors|products|services)\b/;
const FIRST_PERSON_PLURAL = /\b(?:[Ww]e|[Oo]ur|[Uu]s)\b/g;
// "it", "its", "It's" — pronouns that stand for an organisation in business prose;
// "we", "our" — a company speaking of itself (a quote, an interview answer)
// A verb of saying or thinking between a name and "it": the "it" is the name's own clause's subject
const SAYS_BETWEEN = /\b(?:said|says|say|believes|believe|thinks|think|expects|expect|announced|announces|hopes|hope|claims|claim|reported|reports|added|adds|noted|notes|told|tells|warned|warns|confirmed|confirms|stated|states|argues|argued|insists|insisted)\b/;
const PRONOUN = /\b(?:[Ii]ts|[Ii]t|[Ww]e|[Oo]ur|[Uu]s)\b/g;
// "It is a story of…", "it said", "It's worth…": dummy or non-organisation uses
// (not "It was then worth $28.7 billion": worth an amount, "it" is the company)
const DUMMY_IT = /^(?!(?:is|was|'s|has been)(?: (?:now|then|still|already|reportedly|currently))? worth (?:about |around |nearly |roughly |some |more than |over |at least |an estimated |up to |as much as )?(?:[$€£¥₹]|US\$|\d))(?:(?:is|was|'s|has been|seems|appears|looks|remains|makes|takes|means|matters|said|says|added|noted|wrote)\b|(?:is|was) (?:not )?(?:a|an|the|also|still|now|worth|clear|likely|possible|unclear|time|hard|easy|important|true)\b)/;

const STARTUP_WORDS = /^(?:startup|start-up|unicorn|venture|outfit)/;
// Nouns that a company word can modify: "the startup industry", "the group stage", "the bank holiday"
const COMPOUND_HEAD = /^ (?:industry|sector|scene|scenes|ecosystem|ecosystems|market|markets|economy|space|landscape|boom|bubble|world|community|culture|stage|holiday|holidays|founders|founder|investors|funding|capital|haven|havens|hub|hubs|accelerator|incubator|visa|visas|rankings?|index|report|rounds|deals|activity|valuations|week|awards|competition)\b/;
// Head nouns said of any company, too common to single one out by its description
const GENERIC_HEAD = /^(?:company|companies|firm|group|business|startup|start-up|giant|venture|outfit|platform|unicorn|darling|behemoth|juggernaut|powerhouse|upstart)$/;
// A plural of companies as a clause's doer: "Some of Europe's biggest banks", "Big carmakers"
// (or the other way round, a company named as the owner of the next: "Vodacom Group affiliate Safaricom", "Alphabet unit Waymo" — the
// clause is about the one named last either way)
const OWNED_BEFORE_OWNER = /^ (?:parent|owner|parent company|holding company|owner company|group parent|affiliate|subsidiary|unit|arm|sister company|offshoot|spin-off|spinoff) $/;
export const COMPANY_PLURALS = 'banks|lenders|companies|firms|carmakers|automakers|insurers|retailers|airlines|carriers|startups|start-ups|telcos|operators|employers|manufacturers|groups';
const CLASS_OF_COMPANIES = new RegExp(`\\b(?:${COMPANY_PLURALS}|tech giants)\\b`, 'i');
const GIANT_WORDS = /^(?:giant|group)/;
// ("the group" for "Emirates Group", "the bank" for "Halvard Bank": a head noun the company's own name ends with)
// (a string test: it is asked for every candidate of every reference, where a new expression each time would be compiled)
const namedByHead = (e: EntityRecord, head: string): boolean => {
  const noun = /[a-z]+$/.exec(head.replace(/'s$/, ''))?.[0];
  if (!noun) return false;
  const name = e.name.toLowerCase();
  // ("Bank of Cyprus" is "the bank" too: a head noun opening an "X of Y" name)
  return name === noun || name.endsWith(` ${noun}`) || name.startsWith(`${noun} of `);
};

// Words before a name that put it in an object slot: "deal with X", "the Stripe of", "from X"
const OBJECT_BEFORE = /\b(?:from|with|by|to|including|than|at|of|for|like|versus|vs|over|into|in|on|as|per|through|via|against|between|among|about|after|before|behind|toward|towards|under|alongside|according to)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}$|\b[a-z]+\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}$/;

// "the company behind ChatGPT", "the maker of Fortnite", "the firm that owns TikTok"
const MAKER_OF = /\b[Tt]he (?:[a-z][\w-]* ){0,2}?(?:company|firm|startup|start-up|lab|maker|developer|creator|owner|operator|group|business|giant) (?:behind|of|(?:that|which) (?:makes|made|owns|owned|runs|developed|created|built|operates))\s+$/;
// "the ChatGPT maker", "ChatGPT's parent"
const PRODUCT_MAKER = /^(?:'s)? (?:maker|developer|creator|owner|parent|operator)(?:'s)?(?![\w-])/;

// The nouns a product is called by
const PRODUCT_NOUN = String.raw`(?:chatbot|app|assistant|platform|service|model|tool|product|game|browser|device|headset|phone|car|software|marketplace|network|site|website|brand|wallet|card)s?`;
// Between a company's possessive and its product: a lower-case word for the product ("'s chatbot ", "'s mobile app, ")
const OWNED_DESCRIPTOR = new RegExp(String.raw`^['’]s? (?:[a-z][\w-]* ){0,2}${PRODUCT_NOUN},? $`);
// ("Tessaly said its chatbot, Vireo, …": the company's own, by its pronoun, a verb or two after the name)
const ITS_DESCRIPTOR = new RegExp(String.raw`^(?: [a-z]+){0,2} (?:its|their) (?:[a-z][\w-]* ){0,2}${PRODUCT_NOUN},? $`);
// Between a company and a product it makes, named: "makes a chatbot called ", ", which launched an app named "
const MADE_AND_NAMED = /^(?:,? (?:which|that))? (?:also |now |recently |first |later )?(?:makes|made|launched|launches|built|builds|developed|develops|runs|operates|owns|offers|released|releases|created|creates|sells) (?:a|an|the|its|their) (?:[a-z][\w-]* ){0,3}?(?:called|named|dubbed|known as|branded) $/;

/**
 * Who owns each product the article names: the gazetteer's owner (when the article names it too),
 * or the company the article gives it to ("Tessaly's Vireo app", "Vireo maker Tessaly").
 */
function productOwners(text: string, names: NameMention[], table: EntityTable, defined?: Set<string>): Map<string, EntityRecord> {
  const out = new Map<string, EntityRecord>();
  names.forEach((n, i) => {
    if (n.kind !== 'product' || out.has(n.surface)) return;
    // (only an owner the article names: "the iPhone maker" in a story that never names Apple is left to the context)
    const known = providerOf(n.surface);
    const knownEntity = known ? table.byName(known) : undefined;
    if (knownEntity) {
      out.set(n.surface, knownEntity);
      return;
    }
    const prev = names[i - 1];
    const prevEntity = table.entityOf[i - 1];
    if (prev && prev.possessive && prevEntity?.kind === 'organization' && /^'s? $/.test(text.slice(prev.end, n.start))) out.set(n.surface, prevEntity);
    // ("Tessaly's chatbot, Vireo,", "Tessaly makes a chatbot called Vireo", "Tessaly, which launched an app named Vireo": a product
    // the article gives a company)
    else if (prev && prevEntity?.kind === 'organization' && prev.sentence === n.sentence && ((prev.possessive && OWNED_DESCRIPTOR.test(text.slice(prev.end, n.start))) || MADE_AND_NAMED.test(text.slice(prev.end, n.start)) || ITS_DESCRIPTOR.test(text.slice(prev.end, n.start)))) {
      out.set(n.surface, prevEntity);
      defined?.add(n.surface);
    }
    const next = names[i + 1];
    const nextEntity = table.entityOf[i + 1];
    const maker = PRODUCT_MAKER.exec(text.slice(n.end, n.end + 16));
    if (next && maker && nextEntity?.kind === 'organization' && next.start === n.end + maker[0].length + 1) out.set(n.surface, nextEntity);
  });
  return out;
}

// A site's kind after its name: "Yancoal's Donaldson coal operation", "Gold Fields' South Deep mine"
const SITE_NOUN_AFTER = new RegExp(String.raw`^ ${SITE_COMMODITY}(?:mine|mines|operation|operations|colliery|smelter|refinery|plant|factory|mill|works|steelworks|shipyard)\b`, 'i');
/** Sites the article gives a company by a possessive right before their name and kind ("Gold Fields' South Deep mine"). */
function siteOwners(text: string, names: NameMention[], table: EntityTable): Map<string, EntityRecord> {
  const out = new Map<string, EntityRecord>();
  names.forEach((n, i) => {
    if (n.kind !== 'place' || out.has(n.surface)) return;
    const prev = names[i - 1];
    const prevEntity = table.entityOf[i - 1];
    if (prev && prev.possessive && prevEntity?.kind === 'organization' && /^['’]s? $/.test(text.slice(prev.end, n.start)) && SITE_NOUN_AFTER.test(text.slice(n.end, n.end + 30))) out.set(n.surface, prevEntity);
  });
  return out;
}

// A subordinate clause opening a sentence, right before a pronoun: "A year after it…", "Since its IPO…", "When it…"
const FRONTED_CLAUSE_OPENER = /^\W*(?:(?:a|an|one|two|three|four|five|six|several|some|just|only|\d+|the)\s+)?(?:(?:years?|months?|weeks?|days?|decades?|shortly|soon|not long|long)\s+)?(?:after|before|since|when|while|although|though|once|until|because|even though|even as)\s+$/i;

// "Apple staffers", "Google alumni": a name before its people
// (but a count of them is the company's own staff: "More than 300 Kestrel SA managers have resigned from the company")
const COUNT_BEFORE_NAME = /\d[\d,.]*\s+(?:[a-z-]+\s+)?$/;
const PEOPLE_OF_NAME = /^ (?:staffers|staff|employees|workers|engineers|researchers|scientists|executives|alumni|alumnus|alumna|alum|veterans?|defectors?|recruits|hires)\b/;

// A name that describes a person by where they work or worked: "former OpenAI CTO", "an OpenAI co-founder", ", a Google
// researcher", "other OpenAI executives" — a role word right after the name, and before it a word that opens a description
const ROLE_AFTER_NAME = /^ (?:co-?founders?|founders?|ceo|cto|cfo|coo|cio|chief|president|vice president|vp|svp|evp|head|director|directors|executives?|execs?|employees?|engineers?|researchers?|scientists?|staffers?|staff|workers|alumni|alumnus|alumna|alum|veterans?|managers?|boss|leaders?|spokes(?:man|woman|person))\b/i;
const DESCRIPTION_BEFORE = /(?:^|[\s,(])(?:former|ex-|onetime|one-time|erstwhile|longtime|long-time|an?|one|two|three|four|five|several|other|many|some|more|top|senior|star|veteran|\d[\d,]*)\s*$/i;
// "the ex-Audi and Ford man", "a former Google executive": a company named as where a person worked before
const FORMER_BEFORE_NAME = /\b(?:former|ex-|onetime|one-time|erstwhile)\s*(?:[A-Z][\w&.'’-]*\s+(?:and|or)\s+)?$/i;
const PERSON_AFTER_NAME = /^(?:['’]s)?(?: (?:and|or) [A-Z][\w&.'’-]*)? (?:[a-z-]+ )?(?:man|woman|men|women|executive|exec|boss|veteran|alum|alumnus|employee|staffer|engineer|chief|ceo|cfo|cto|coo|president|head|director|manager|banker|partner|researcher|scientist|designer)s?\b/i;
function formerEmployerOfPerson(text: string, s: Sentence, a: { start: number; end: number }): boolean {
  return FORMER_BEFORE_NAME.test(text.slice(Math.max(s.start, a.start - 30), a.start)) && PERSON_AFTER_NAME.test(text.slice(a.end, a.end + 30));
}
function personModifier(text: string, s: Sentence, m: { start: number; end: number }): boolean {
  return ROLE_AFTER_NAME.test(text.slice(m.end, m.end + 24)) && DESCRIPTION_BEFORE.test(text.slice(Math.max(s.start, m.start - 14), m.start));
}

// A verb of judging another's worth or rank between a name and the phrase after it: " pegged ", " has estimated "
const JUDGING_VERB_BETWEEN = /^\s+(?:(?:has|had|have|also|now|recently|previously)\s+)?(?:pegged|pegs|put|puts|estimated|estimates|set|sets|placed|places|valued|values|rated|rates|ranked|ranks|reckoned|reckons|assessed|assesses|calculated|calculates|priced|prices)\s+$/;
// From a company to a phrase inside a relative clause on it, past an apposition: ", its largest shareholder, which has invested $8bn in "
const RELATIVE_ON = /^(?:,\s+(?:a|an|the|its|their)\s[^,;.]{1,40})?,\s+(?:which|who|that)\b[^.;,]*$/;
// A share of a whole, said of its subject: "X accounted for 62% of its revenue", "made up a third of its sales"
const SHARE_OF_ITS = /\b(?:accounted for|accounts for|account for|accounting for|made up|makes up|make up|represented|represents|contributed|contributes)\b[^.;]{0,40}\bof $/i;

// A word after a name that continues a noun phrase, not a verb: "the Google Nest mini promotion", "the Microsoft deal"
const NOUN_AFTER_NAME = /^ (?!(?:is|was|are|were|has|had|have|will|would|could|can|may|might|said|says|also|and|or|of|in|on|at|to|for|with|from|by|as|that|which|who|itself|now|then)\b)(?:[A-Z][\w-]*|[a-z][\w-]*(?<!ed))\b/;
// "American Airlines-owned", "SoftBank-backed", "Abu Dhabi-based": a name made a modifier of the noun after it
const OWNER_MODIFIER = /^(?:['’]s)?-(?:backed|owned|funded|controlled|supported|financed|led|run|operated)\b/;
// ("The NCC's statistics show that MTN … gained": the owner of a report that shows a clause is no subject of the news; the
// clause's company is)
const REPORT_OWNER = /^['’]s? (?:[a-z-]+ ){0,2}(?:statistics|data|figures|report|reports|survey|filings?|numbers|research|analysis|records|estimates) (?:also )?(?:show|shows|showed|say|says|said|reveal|reveals|revealed|indicate|indicates|indicated|suggest|suggests|suggested)\b/;
// "including X", "like X", "such as X" (and the rest of that list): examples, not the topic
const EXAMPLE_BEFORE = /\b(?:including|like|such as|versus|vs|than|among them)\s+$/;
const EXAMPLE_WORD = /\b(?:including|like|such as|versus|vs|than|among them)\b/i;

/** Actors in text order: a stable insertion sort, as a sentence has a handful. */
const SAID_IT = /\b(?:said|says|say|saying|announced|announces|announcing|added|adds|adding|confirmed|confirms|confirming|stated|states|stating|noted|notes|noting|disclosed|discloses|disclosing|revealed|reveals|revealing)\s+(?:that\s+)?$/;
// (the speaker, then lower-case words only: "AMD had in May said ", "Orrin also said ", "Orrin, which …, said " is not read)
const SPEAKER_GAP = /^(?:\s+(?:[a-z]+|in (?:January|February|March|April|May|June|July|August|September|October|November|December)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))){1,5}\s+$/;
// A description right before a name, ending in a company noun ("Nigerian mobility financing company, ", "wind energy developer "),
// and one in an apposition after it (", a data centre platform"): their words
const DESCRIBED_BEFORE = new RegExp(`(?:^|[.,;:—–-]\\s|\\b(?:the|a|an)\\s)((?:[A-Za-z][\\w'’-]* ){0,4}?)(${DEFINITE_NOUNS}),?\\s$`);
// (a capitalised word — "an Emirati firm" — only in an apposition closed by a comma: "Like Deutsche, the Swiss bank has…" is
// another bank)
const DESCRIBED_AFTER = new RegExp(`^,\\s(?:a|an|the)\\s((?:[a-z][\\w-]* ){0,4}?)(${DEFINITE_NOUNS})\\b|^,\\s(?:a|an|the)\\s((?:[A-Za-z][\\w-]* ){0,4}?)(${DEFINITE_NOUNS}),`);
// Words of a description that say nothing of which company ("the new company", "the largest startup")
const DESCRIPTOR_STOP = new Set(['the', 'this', 'that', 'new', 'big', 'biggest', 'large', 'larger', 'largest', 'small', 'smaller', 'major', 'leading', 'top', 'local', 'global', 'based', 'former', 'rival', 'same', 'other', 'own', 'young', 'privately', 'held', 'listed', 'public', 'private', 'latest', 'first', 'second', 'its', 'their', 'company', 'firm', 'startup', 'start-up']);
// "its" opening a clause: a verb within a few words ("and its shares rose", "and its board has approved")
const JOINED_CLAUSE = /^its\s+(?:[\w$.,%'’-]+\s+){0,5}?(?:is|was|are|were|has|have|had|will|would|could|can|may|might|rose|fell|jumped|grew|surged|slumped|[a-z]{3,}ed)\b/i;

function byStart(actors: Actor[]): Actor[] {
  for (let i = 1; i < actors.length; i++) {
    const a = actors[i]!;
    let j = i - 1;
    while (j >= 0 && actors[j]!.start > a.start) {
      actors[j + 1] = actors[j]!;
      j--;
    }
    actors[j + 1] = a;
  }
  return actors;
}

/** Is there an odd number of double quotes in text[from, to)? */
function oddQuotes(text: string, from: number, to: number): boolean {
  let odd = false;
  for (let i = text.indexOf('"', from); i >= 0 && i < to; i = text.indexOf('"', i + 1)) odd = !odd;
  return odd;
}

function isListedExample(text: string, s: Sentence, start: number, end = start): boolean {
  if (inExampleList(text, s, start)) return true;
  const pre = text.slice(s.start, start);
  // (names in a row on both sides count together)
  const before = LIST_BEFORE.exec(pre.slice(-200))?.[0].split(/,|\band\b|\bor\b/).filter((x) => x.trim()).length ?? 0;
  const after = LIST_AFTER.exec(text.slice(end, Math.min(s.end, end + 200)))?.[0].split(/,|\band\b|\bor\b/).filter((x) => x.trim()).length ?? 0;
  return before + after >= 2;
}
/** A name in a list of examples: "brands including Opel, Jeep, Fiat and Chrysler" (a word of example before the list). */
function inExampleList(text: string, s: Sentence, start: number): boolean {
  const pre = text.slice(s.start, start);
  // (most sentences have no word of example: the list expression is not run for them)
  if (!EXAMPLE_WORD.test(pre)) return false;
  const list = /^(.*?)(?:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)*)(?:(?:,|,? and|,? or) [A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)*)*(?:,|,? and|,? or) $/.exec(pre);
  return EXAMPLE_BEFORE.test((list ? list[1]! : pre).slice(-30).toLowerCase());
}
// ("…a Series D that brought in Google, Amazon, Nvidia and Salesforce; reports put the company's value at…": one of three or
// more names in a row is one of a crowd, not the company a phrase goes on about)
const LIST_NAME = String.raw`[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)*`;
const LIST_BEFORE = new RegExp(String.raw`(?:${LIST_NAME}(?:,|,? and|,? or) )+$`);
const LIST_AFTER = new RegExp(String.raw`^(?:(?:,|,? and|,? or) ${LIST_NAME})+`);

/**
 * Is a mention in the subject slot of its sentence (not an object, not inside a quote)?
 * `quoteOpen` says whether a quotation is already open where the sentence starts
 * ('"We are growing fast. LFG," they added.').
 */
function isSubjectSlot(text: string, s: Sentence, start: number, quoteOpen = false): boolean {
  const pre = text.slice(s.start, start);
  // (inside a quote that goes on into the next sentence, the quote's own subject is one: '…added: "Kestrel Market received
  // investment at a valuation of 3 trillion won. While the valuation surged…"')
  if (oddQuotes(text, s.start, start) !== quoteOpen && !(oddQuotes(text, s.start, s.end) !== quoteOpen && oddQuotes(text, s.start, start))) return false;
  // "including Accel, Index Ventures and Northzone": later members of a list share its slot
  const list = /(?:,|,? and|,? or) $/.test(pre) ? /^(.*?)(?:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)*)(?:(?:,|,? and|,? or) [A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)*)*(?:,|,? and|,? or) $/.exec(pre) : null;
  const head = list ? list[1]! : pre;
  // ("Known for … savvy TikTok marketing, the e-commerce platform raked in…": a name inside an opening participial phrase is no subject)
  if (FRONTED_PARTICIPLE.test(pre)) return false;
  return !OBJECT_BEFORE.test(head.slice(-40).toLowerCase());
}
// An opening participial phrase not yet closed by its comma: "Known for …", "Best known for …", "Founded in … by …", "Backed by …"
export const FRONTED_PARTICIPLE = /^\W*(?:(?:best|widely|perhaps best|also|once|long|now) )?(?:known|famous|famed|renowned|founded|co-founded|backed|based|headquartered|launched|started|created|owned|popular|loved|criticised|criticized|spun out|spun off|born|built)\b[^,;]*$/i;
// ("AI startup Anthropic, another OpenAI rival, is…": a name inside an apposition on a company named before it describes that one)
const IN_APPOSITION = /^,\s+(?:a|an|another|the|one of(?: the)?)\s(?![^,;]*\b(?:which|who|that|and|said|says)\b)[^,;()]*$/;

interface Salient {
  entity: EntityRecord;
  sentence: number;
}

/**
 * Pick the entity a referring phrase means: an organisation that is the subject earlier
 * in the same sentence, else the subject of one of the two sentences before, else the
 * article's main entity, else the most recent fitting organisation at all.
 */
function resolve(head: string, sameSentence: EntityRecord[], sameSentenceAny: EntityRecord[], subjects: Salient[], recent: EntityRecord[], main: EntityRecord | null, at: number, mainNearby = false, lastNamed: Salient[] = [], definite = false): EntityRecord | null {
  // an investor is "the firm" or "the fund", never "the startup" or "the company"
  // (and a news outlet is "the newspaper" or "the broadcaster", never "the startup" or "it")
  // ("the paper" is a newspaper the article names, nothing else)
  const fitsAsSubject = (e: EntityRecord) =>
    e.kind === 'organization' && !(EXCHANGE.test(e.name) && !/^(?:exchange|bourse|operator|market)/.test(head)) && !(PUBLIC_BODY.test(e.name) && COMPANY_HEAD.test(head)) && !(/^(?:newspaper|paper)/.test(head) && !e.media) && !(e.investor && /^(?:startup|start-up|company|lab|unicorn|business|maker|developer|provider)/.test(head)) &&
    !(e.media && !/^(?:newspaper|paper|title|daily|broadcaster|publisher|outlet|magazine|network|channel|station|agency|group|company|firm|business)/.test(head)) && (STARTUP_WORDS.test(head) ? !e.giant : GIANT_WORDS.test(head) ? e.giant || namedByHead(e, head) : true);
  // (an outlet is "the company" when a sentence has it as its subject or the article is about it — not when it is only
  // cited: "told VCCircle … the company raised $3 million" means the company the outlet was told about)
  const fits = (e: EntityRecord) => fitsAsSubject(e) && !(e.media && e !== main && !/^(?:newspaper|paper|title|daily|broadcaster|publisher|outlet|magazine|network|channel|station|agency)/.test(head));
  if (GIANT_WORDS.test(head) && ![...sameSentence, ...subjects.map((x) => x.entity), ...recent].some(fits)) {
    // "the fintech giant's 8,000 workers": a big company the gazetteer does not know
    return resolve('company', sameSentence, sameSentenceAny, subjects, recent, main, at, mainNearby, lastNamed);
  }
  const same = sameSentence.find(fitsAsSubject);
  if (same) return same;
  // "…led a $35 million Series A in Quarry AI, valuing the database startup at…": named just before, in any slot
  const earlierHere = sameSentenceAny.find(fits);
  if (earlierHere) return earlierHere;
  // "Oracle will provide Orrery Bio with GPUs. The company, which has 120 employees…": when the
  // article's subject was just named, even as an object, "the company" is still about it
  // (not a regulator or a ministry the article quotes most: "The KCC's statistics show that X gained… This brought its…")
  if (mainNearby && main && fits(main) && !(INSTITUTION.test(main.name) && subjects.some((x) => x.sentence >= at - 1 && x.entity !== main && fitsAsSubject(x.entity)))) return main;
  const near = subjects.find((x) => x.sentence >= at - 2 && fitsAsSubject(x.entity));
  // ("persuaded venture capitalists Sequoia Capital to fund Yahoo. … Now the firm employs 7,600":
  // an investor named in passing yields to the article's company, which it is about)
  if (near && near.entity.investor && main && main !== near.entity && !main.investor && fits(main)) return main;
  // ("Meta separately agreed a $14.2 billion deal with CoreWeave. \"Our customers…,\" its chief executive said. The company had
  // about 1,200 employees": a company named once, two sentences back, yields to the one the article is about)
  // (a phrase, not a pronoun: "It" goes on with the company just spoken of)
  if (definite && near && main && near.entity !== main && fits(main) && near.sentence < at - 1 && near.entity.mentions * 3 <= main.mentions) return main;
  if (near) return near.entity;
  // "…profiled a startup called Quillmark. By March it had…": the one just named, in any slot
  // (not a name said once in passing when the article is plainly about another: "Tulloch had worked with Facebook's AI
  // Research Group. It now employs around 30 engineers" is about the startup named eight times)
  const justNamed = lastNamed.find((x) => x.sentence === at - 1 && fits(x.entity) && !(main && main !== x.entity && fits(main) && x.entity.mentions * 4 <= main.mentions));
  if (justNamed) return justNamed.entity;
  if (main && fits(main)) return main;
  return recent.find(fits) ?? null;
}

// "Key facts", "At a glance", "TL;DR", "By the numbers": a box about the article's subject
const FACT_BOX = /\b(?:key facts|fast facts|quick facts|facts|at a glance|tl;?dr|highlights|by the numbers|in numbers|fact ?box|snapshot|summary|the deal|the round|what we know|key (?:numbers|figures|stats|statistics|metrics|data|points|takeaways)|in figures|the numbers|stats|statistics|metrics)\b/i;

/** After an owner's possessive: an amount it invested, "’s $2.7 billion investment", "'s £40m stake". */
export const INVESTMENT_OWNED = /^['’]?s? (?:(?:about|around|nearly|some|reported|latest|new|fresh|earlier) )?(?:[$€£¥]|US\$)?[\d.,]+ ?(?:[mb]n?|million|billion|bn)? (?:[\w-]+ )?(?:investment|stake|backing|injection)\b/i;

/**
 * Who the subjectless bullets of a list (or rows of a table) are about: the company a
 * bullet of the list opens with ("• Zentrix AI valued at…"), else the one the
 * line above the list names, else — for a key-facts box, or a list above all prose — the
 * article's main entity. A checklist in the middle of prose ("What I look for:") is about no one.
 */
/** The article names no other company a third as often as `main`. */
function soleCompany(main: EntityRecord, mentions: Array<Array<{ m: NameMention; e: EntityRecord }>>): boolean {
  const seen = new Set<EntityRecord>();
  for (const line of mentions) for (const { e } of line) if (e !== main && !e.media && e.kind === 'organization') seen.add(e);
  return [...seen].every((e) => e.mentions * 3 < main.mentions);
}

function listTopicOf(text: string, sentences: Sentence[], first: Sentence, mentions: Array<Array<{ m: NameMention; e: EntityRecord }>>, main: EntityRecord | null, subjects: Salient[], carried?: EntityRecord | null): EntityRecord | null {
  // (a list that names no company of its own: the subject of the last few sentences, else the article's company)
  const recentSubjectOr = (list: Sentence) => subjects.find((x) => x.sentence >= list.index - 6)?.entity ?? main;
  for (let i = first.index; i < sentences.length && sentences[i]!.block === first.block; i++) {
    const s = sentences[i]!;
    // "• Zentrix AI valued at…", "• Growth: Quillmark says…"
    // (after a label only when the company then does something: "Growth: WhatsApp says…", not "Leads: Mubadala Capital, …")
    const opener = mentions[i]!.find(
      ({ m, e }) =>
        !e.media &&
        // (not an investor owning its investment: "• Google’s $2.7 billion investment drove a $10 billion valuation")
        !INVESTMENT_OWNED.test(text.slice(m.end, m.end + 50)) &&
        (/^\W*$/.test(text.slice(s.start, m.start)) || (!e.assumed && /^\W*[A-Z][\w ]{0,30}:\s*$/.test(text.slice(s.start, m.start)) && /^(?:'s)? [a-z]+/.test(text.slice(m.end, m.end + 20)))),
    );
    if (opener) return opener.e;
  }
  // (a list whose items are parted by blank lines goes on from the item before: "Facts about X" over "* Revenue: …",
  // blank line, "* Employees: …")
  if (carried !== undefined) return carried;
  const above = sentences[first.index - 1];
  if (above) {
    const named = mentions[above.index]!.find(({ e }) => !e.media);
    if (named && (above.kind === 'heading' || /:\s*$/.test(above.text))) return named.e;
    // ("…how massive Halvard AI’s footprint has become. According to data up through 2025:": a colon line that names no one
    // introduces a list about the company its paragraph named)
    if (!named && /:\s*$/.test(above.text)) {
      for (let k = above.index - 1; k >= 0 && sentences[k]!.block === above.block; k--) {
        const inPara = mentions[k]!.find(({ e }) => !e.media && e.kind === 'organization');
        if (inPara) return inPara.e;
      }
      // ("The US expansion is real:" over "- 122M+ customers across Brazil, Mexico, Colombia", in a thread about one company: a
      // colon line of a paragraph of its own, over a list no item of which opens with a company, is about the company the
      // article is about — when no other company comes near it in mentions)
      if (main && !main.media && main.mentions >= 3 && soleCompany(main, mentions)) return main;
    }
    // (a label line ending in a colon too: "Key numbers:" over the list)
    if (FACT_BOX.test(above.text) && (above.kind !== 'body' || /:\s*$/.test(above.text))) return subjects[0]?.entity ?? main;
    // ("…Revenue climbed to £880m. ¶ Key numbers for the year: ¶ - Customers: 9.7 million", "Subscriber base at the end of
    // September" over "- U.S. streaming: 25.1 million": a heading or a colon line of common words over a list of labels and
    // values goes on about the company just spoken of)
    if (!named && (above.kind === 'heading' || /:\s*$/.test(above.text)) && COMMON_WORDS_LABEL.test(above.text.trim()) && KEY_VALUE_ITEM.test(first.text)) {
      const goesOn = recentSubjectOr(first);
      if (goesOn) return goesOn;
    }
  }
  const proseBefore = sentences.slice(0, first.index).some((s) => s.kind === 'body');
  // ("| Item | Detail |" over "| Amount | US$500 million |", "|---|---|" over "| Countries | 190 |": a table of labels and values
  // that names no company goes on about the company just spoken of)
  if (first.kind === 'table' && isLabelTable(sentences, first) && !sentences.some((x) => x.block === first.block && mentions[x.index]!.some(({ e }) => !e.media))) {
    return recentSubjectOr(first);
  }
  // ("| Funding Date | Share Class | Amount Raised | … | Key Investors |": a table of one company's records — no column of
  // company names, the companies in its rows only in a column of investors — goes on about the company just spoken of)
  if (first.kind === 'table' && isRecordTable(text, sentences, first, mentions)) return recentSubjectOr(first);
  return proseBefore ? null : main;
}

// A header cell of the companies a table lists; of the investors or other parties of a row
const NAMES_COLUMN = /^(?:company|companies|startup|startups|start-up|name|names|firm|firms|brand|brands|bank|banks|organi[sz]ations?|employer|employers|business|businesses|issuer|lender|insurer|platform|operator|group|player|players|unicorn|unicorns)$/i;
const PARTY_COLUMN = /\b(?:investors?|backers?|lead|leads|led by|acquirers?|buyers?|partners?|customers?|lenders?|underwriters?|advisers?|advisors?)\b/i;
const RECORD_COLUMN = /\b(?:amount|raised|round|valuation|funding|investment|series|share class|date|revenue|headcount|employees)\b/i;

function isRecordTable(text: string, sentences: readonly Sentence[], first: Sentence, mentions: Array<Array<{ m: NameMention; e: EntityRecord }>>): boolean {
  const header = tableCells(first.text);
  if (header.length < 3 || header.some((c) => NAMES_COLUMN.test(c)) || !header.some((c) => RECORD_COLUMN.test(c))) return false;
  const lead = /^\s*\|/.test(first.text) ? 1 : 0;
  for (let i = first.index + 1; i < sentences.length && sentences[i]!.block === first.block; i++) {
    const row = sentences[i]!;
    for (const { m } of mentions[i]!) {
      const cell = text.slice(row.start, m.start).split('|').length - 1 - lead;
      if (!PARTY_COLUMN.test(header[cell] ?? '')) return false;
    }
  }
  return true;
}

// A label of common words (a month, a year or a quarter may be named): "Key numbers for the year:", "Subscriber base at the end of September"
const COMMON_WORDS_LABEL = /^[A-Z][a-z]*(?: [a-z][\w-]*| (?:January|February|March|April|May|June|July|August|September|October|November|December)| \d{4}| Q[1-4])*:?$/;
// An item of a label and its value: "- Customers: 9.7 million", "U.S. streaming: 25.1 million"
const KEY_VALUE_ITEM = /^\W*[A-Z][\w .&'’-]{0,40}:\s/;

/** A table whose rows are a label and its values: a generic header ("| Item | Detail |", "| Metric | Q3 2012 | Q3 2011 |") or none. */
export function isLabelTable(sentences: readonly Sentence[], first: Sentence): boolean {
  const cells = tableCells(first.text);
  return cells.every((c) => /^:?-{2,}:?$/.test(c)) || /^(?:|item|items|metric|metrics|measure|measures|figure|figures|kpi|key|field|category|detail|details|fact|facts|key facts|at a glance)$/i.test(cells[0] ?? 'x');
}

// "according to Bloomberg", "told the Financial Times", "(Reuters) -", "a CNBC report", "the Journal's analysis"
// (an inverted attribution too: "…every week, writes The Verge", "…, says Reuters")
const CITED_BEFORE = /,\s*(?:writes|wrote|says|said|reports|reported|notes|noted|adds|added)\s+(?:the\s+)?$|\b(?:according to|confirmed to|confirmed with|told|telling|tells|tell|said to|reported by|cited by|citing|per|via|interview with|interviewed by|speaking to|spoke to|wrote in|writing in|published (?:by|in)|in|on|reports? (?:in|by))\s+(?:the\s+)?$|\($/i;
// ("The Australian Financial Review was told of one case…", "the paper understands": an outlet told a story)
const CITED_AFTER = /^(?:'s)?\s*(?:also |later |previously |first |earlier |separately |has |had |have )?(?:\)|(?:was|were|has been|had been) told|understands|reported|reports|reporting|report|said|says|wrote|writes|cited|citing|first reported|profiled|profiles|revealed|reveals|published|publishes|interviewed|obtained|reviewed|analy[sz]ed|learned|learnt|broke|described|quoted|quotes|noted|has learned|estimates?|estimated|calculated|found|noted|analysis|analyses|survey|data|ranking|rankings|list|index|journalists?|reporters?|correspondents?|columnists?|editors?|article|story|stories|investigation|sources?|calculations|tally|poll|interview|podcast|columns?)\b/i;

/**
 * A public body, a union or a state's treasury is no company: "Factory Workers Union", "Federal Reserve", "National Union of
 * Journalists", "Central Bank of Nigeria", "the Exchequer" (the body word is the name's head, or opens it before "of": "Union
 * Pacific", "Bank of England", "Union Bank of India" are not caught). It is never "the company" a passage speaks of, and no
 * claim's subject (refine/typed-subjects.ts).
 */
export const PUBLIC_BODY = /\b(?:Union|Association|Federation|Council|Commission|Authority|Ministry|Department|Agency|Bureau|Government|Party|Parliament|Congress|Senate|Court|Tribunal|Reserve|Committee|Charity|Regulator|Organisation|Organization|Monetary Fund|Guild|Syndicate|Judiciary|Legislature|Cabinet|Presidency|Police|Army|Navy|Military|Constabulary)$|^(?:The )?(?:National |General |International )?(?:Union|Ministry|Department|Association|Federation|Confederation|Council|Commission|Central Bank|Reserve Bank|Office|Court) (?:of|for)\b|\b(?:Exchequer|Treasury)\b/;
// (the heads a union is never called: "The company is also consulting on a proposal to axe four jobs", quoted from the National
// Union of Journalists, is the employer's)
const COMPANY_HEAD = /^(?:company|companies|firm|business|group|publisher|startup|start-up|retailer|lender|bank|employer|maker|manufacturer|carrier|airline|chain|operator|giant|brand)\b/;
const QUOTE_MARK = /["“”]/;
const STARTUP_HEAD = /^(?:startup|start-up|company|firm|business)$/i;
const INVESTED_IN_BEFORE = /\b(?:invest(?:ment|ments|s|ed|ing)?|stake|stakes|holding|shareholding)["”’']? (?:\w+ )?in (?:the )?$/i;
// Bodies that are no company: "Factory Workers Union", "Ministry of Finance", "International Monetary Fund"
// (and the exchanges where a company's results are filed or its shares trade: "In a statement to the ASX, Qantas said…",
// "results released on the Nigerian Stock Exchange")
const EXCHANGE = /\b(?:Stock Exchange|Securities Exchange|Bourse)$|^(?:ASX|NSE|BSE|NYSE|LSE|JSE|SGX|HKEX|TSX|DFM|ADX|NGX|KRX|Nasdaq|NASDAQ|Tadawul)$/;
const INSTITUTION = /\b(?:Union|Guild|Association|Federation|Council|Commission|Authority|Ministry|Department|Agency|Bureau|Government|Organisation|Organization|Party|Parliament|Congress|Senate|Court|Tribunal|Monetary Fund|Reserve|Central Bank|Regulator|Institute|University|Exchequer|Treasury|Stock Exchange|Securities Exchange|Stock Market|Bourse)\b|^(?:ASX|NSE|BSE|NYSE|LSE|JSE|SGX|HKEX|TSX|DFM|ADX|NGX|KRX|Nasdaq|NASDAQ|Tadawul)$/;

// The company a bid is for: "an offer for (the) X", "a takeover of X", "a bid to buy X"
const BID_FOR = /\b(?:offer|offers|bid|bids|approach|takeover|acquisition|purchase|buyout|tilt)\s+(?:for|of)\s+(?:the\s+)?$|\b(?:to buy|to acquire|to take over|bought|acquired|buying|acquiring)\s+(?:the\s+)?$/i;

const ACCORDING_TO = /\baccording to (?:the )?$/i;

/**
 * "According to the company's LinkedIn site, it employs 1,330 people", "in a post on its X account":
 * a platform named as where a company speaks is no party to what it says.
 */
function platformPage(text: string, m: NameMention): boolean {
  return /(?:'s|\bits|\btheir|\bhis|\bher)\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) && /^\s+(?:site|page|profile|account|post|posts|feed|channel|blog|website|handle)\b/i.test(text.slice(m.end, m.end + 12));
}

/** Is a news organisation's mention a citation of it as a source? */
function citesSource(text: string, s: Sentence, m: NameMention): boolean {
  return CITED_BEFORE.test(text.slice(Math.max(s.start, m.start - 30), m.start)) || CITED_AFTER.test(text.slice(m.end, m.end + 20));
}

/** Is the offset inside double quotes within the sentence? */
// After a quote: a verb of saying, a person's name and a post, then the company ("…," said Dana Roe, chief human resources
// officer, Tarsel"; "…," said Dana Roe, head of hiring at Tarsel")
const QUOTE_BY_POST_AT = /^\s*,?\s*(?:said|says|added|adds|explained|noted|told [\w ]{1,20}?)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+,\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,5}?(?:officer|chief|ceo|cfo|coo|cto|chro|head|director|president|founder|co-founder|chairman|chairwoman|chair|spokes(?:man|woman|person)|executive|manager|partner|md)(?:,|\s+(?:at|of|for|with))\s+(?:the\s+)?$/i;
// "…," said Tarsel chief human resources officer Dana Roe": the company right after the verb, its post after it
const SAID_ONLY = /^\s*,?\s*(?:said|says|added|adds|explained|noted)\s+$/;
const POST_AFTER_NAME = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,4}?(?:officer|chief|ceo|cfo|coo|cto|chro|head|director|president|founder|co-founder|chairman|chairwoman|chair|spokes(?:man|woman|person)|executive|manager|partner|md)\b/i;

function inQuote(sentence: string, at: number): boolean {
  return oddQuotes(sentence, 0, at);
}

/** Sentences that are part of an interview answer ("A: …", and the rest of its paragraph), by index. */
export function answerSentences(sentences: Sentence[]): Set<number> {
  const out = new Set<number>();
  let answerBlock = -1;
  for (const s of sentences) {
    if (/^\W*A\s*[:.-]/.test(s.text)) answerBlock = s.block;
    if (s.block === answerBlock) out.add(s.index);
  }
  return out;
}

export function resolveReferences(text: string, sentences: Sentence[], names: NameMention[], table: EntityTable): Reference {
  const mentionsBySentence: Array<Array<{ m: NameMention; e: EntityRecord }>> = sentences.map(() => []);
  names.forEach((m, i) => {
    const e = table.entityOf[i];
    // a news organisation cited as a source is no actor ("Bloomberg reported", "(Reuters)",
    // "according to the Journal"); in its own news it is one ("The Washington Post will cut 240 jobs")
    // (so is a name nothing vouches for "according to" which something is said: "according to the
    // Observer"; a company vouched for may speak for itself: "according to Rivian, its 14,000 staff…")
    if (e && e.kind === 'organization' && !e.furniture && !(e.media ? citesSource(text, sentences[m.sentence]!, m) : e.assumed && ACCORDING_TO.test(text.slice(Math.max(sentences[m.sentence]!.start, m.start - 20), m.start))) && !platformPage(text, m)) mentionsBySentence[m.sentence]!.push({ m, e });
  });

  // Lines that are one company's name alone, with prose after them: the heads of an article's sections
  let sectionHeads = 0;
  for (const [i, list] of mentionsBySentence.entries()) {
    const s = sentences[i]!;
    if (list.length === 1 && proseAfter(sentences, s) && isBareNameLine(text, s, list[0]!.m)) sectionHeads++;
  }

  // What each company was described as where it was named: "Nigerian mobility financing company, Moove", "Omnia, a data centre
  // platform" — the words of the description, for a later "the vehicle financing company" to find its company by
  // (each description with its head noun: "the social media firm" is not "Indian media conglomerate Times Group")
  // (made when a description with words of its own is first met: most articles have none)
  let describedMemo: Map<EntityRecord, { words: Set<string>; heads: Set<string>; at: number }> | null = null;
  const describedAll = () => {
    if (describedMemo) return describedMemo;
    const described = new Map<EntityRecord, { words: Set<string>; heads: Set<string>; at: number }>();
    for (const list of mentionsBySentence) {
      for (const { m, e } of list) {
        const before = DESCRIBED_BEFORE.exec(text.slice(Math.max(0, m.start - 80), m.start));
        const after = DESCRIBED_AFTER.exec(text.slice(m.end, m.end + 100));
        for (const found of [before, after]) {
          if (!found) continue;
          const words = (found[1] ?? found[3]!).toLowerCase().split(/\s+/).filter((w) => w.length > 2 && !DESCRIPTOR_STOP.has(w));
          if (!words.length) continue;
          const d = described.get(e) ?? { words: new Set<string>(), heads: new Set<string>(), at: m.start };
          for (const w of words) d.words.add(w);
          d.heads.add((found[2] ?? found[4]!).toLowerCase());
          described.set(e, d);
        }
      }
    }
    return (describedMemo = described);
  };
  // A quotation can run over several sentences of a paragraph: track whether one is open.
  const quoteOpenAtStart: boolean[] = [];
  let open = false;
  for (const s of sentences) {
    if (s.index > 0 && sentences[s.index - 1]!.block !== s.block) open = false;
    quoteOpenAtStart[s.index] = open;
    if (oddQuotes(s.text, 0, s.text.length)) open = !open;
  }
  const counts = new Map<EntityRecord, number>();
  // (a news organisation is the main subject only of its own news: counted when nothing else is named)
  // (a name that only says where a person works or worked counts half: "former OpenAI CTO Mira Murati", "an OpenAI
  // co-founder", "other OpenAI executives" are about people, and a story full of them is about the company they built or
  // joined)
  for (const [i, list] of mentionsBySentence.entries()) {
    for (const { m, e } of list) if (!e.media) counts.set(e, (counts.get(e) ?? 0) + (personModifier(text, sentences[i]!, m) ? 0.5 : 1));
  }
  // The main entity: most named, with a head start for the first organisation of the article.
  // (the first one named as a subject outside quotes: a headline quote is not the topic)
  const firstSubject = (): EntityRecord | undefined => {
    for (const [i, list] of mentionsBySentence.entries()) {
      const s = sentences[i]!;
      for (const { m, e } of list) {
        if (!e.media && !inQuote(text.slice(s.start, m.start), m.start - s.start) && isSubjectSlot(text, s, m.start, quoteOpenAtStart[i])) return e;
      }
    }
    return undefined;
  };
  const firstAsSubject = firstSubject();
  const firstOrg = firstAsSubject ?? mentionsBySentence.flat()[0]?.e ?? null;
  const onlyBareLines = (e: EntityRecord) =>
    mentionsBySentence.every((list, i) => list.every(({ m, e: x }) => x !== e || sentences[i]!.text.trim().replace(/[.:]$/, '') === m.surface));
  let main: EntityRecord | null = null;
  let best = -1;
  for (const [e, n] of counts) {
    // (a union, a ministry or a fund is rarely what a business story is about, however often named)
    // (an institution's head start only as the first subject: named first only as where results were filed, it is no topic)
    const institution = INSTITUTION.test(e.name);
    // (nor a name named once, alone on its line, that a page's furniture put first: "AddThis SmartLayers" over the headline)
    const headStart = e === firstOrg && (!institution || e === firstAsSubject) && !(e.mentions <= 1 && onlyBareLines(e));
    const score = n + (headStart ? 3 : 0) - (e.giant ? 1 : 0) - (institution ? 3 : 0);
    if (score > best) [main, best] = [e, score];
  }

  // (a company named only in list items — a ranking's rows — is no topic of the prose around them: "731 executives at listed
  // companies were paid ¥100 million or more" over "1. Kenji Aramaki, Sony: ¥2.71bn" is about none of the rows)
  // (a phrase or a pronoun refers back: before the article first names its main company, "the firm" is not it)
  const mainFirstSentence = main ? mentionsBySentence.findIndex((l) => l.some(({ e }) => e === main)) : -1;
  const mainInProse = !!main && mentionsBySentence.some((l, i) => sentences[i]!.kind !== 'bullet' && sentences[i]!.kind !== 'table' && l.some(({ e }) => e === main));
  // (products the article itself gives a company: where one is told, the product stands for its owner)
  const definedOwners = new Set<string>();
  const owners = productOwners(text, names, table, definedOwners);
  const sites = siteOwners(text, names, table);

  const actors: Actor[][] = [];
  const topic: Array<EntityRecord | null> = [];
  const profiles = profileHeadings(sentences);
  const firstProfile = profiles.size ? Math.min(...profiles) : -1;
  const answers = answerSentences(sentences);
  // A company speaking of itself throughout (an investor-relations page, a press release in the first person: "Our People …
  // we were 46,407 employees at the parent company"): its "we" outside quotes is the company named at the top
  // (the page's owner may be named only in its title line, "Petrobras. Investor Relations", where a page's furniture names no topic)
  const voiceOwner = !SELF_VOICE.test(text) || (text.match(FIRST_PERSON_PLURAL) ?? []).length < 4 ? null : [main, firstOrg].find((c) => !!c && mentionsBySentence.slice(0, 3).some((l) => l.some(({ e }) => e === c))) ?? null;
  const selfVoiced = !!voiceOwner;
  let recent: EntityRecord[] = []; // most recent first, any slot
  let subjects: Salient[] = []; // subjects of earlier sentences, most recent first
  let lastNamed: Salient[] = []; // organisations named in the latest sentence that named any, last first
  let listTopic: { block: number; entity: EntityRecord | null } | null = null;
  // The sentence being read and its named actors. (The helpers below read them; they are made
  // once, not for every sentence.)
  let s = sentences[0]!;
  let list: Actor[] = [];
  // What each named actor is — a subject, a possible antecedent — is asked once per sentence.
  // (the maps are made only for sentences that ask)
  let subjectSlot: Map<Actor, boolean> | undefined;
  const isSubject = (a: Actor) => {
    let v = (subjectSlot ??= new Map()).get(a);
    // (the owner of a report that shows a clause is no subject: "The NCC's statistics show that MTN…")
    if (v === undefined) subjectSlot.set(a, (v = isSubjectSlot(text, s, a.start, quoteOpenAtStart[s.index]) && !(a.possessive && REPORT_OWNER.test(text.slice(a.end, a.end + 50))) && !list.some((b) => b.end <= a.start && b.entity !== a.entity && a.start - b.end <= 60 && IN_APPOSITION.test(text.slice(b.end, a.start)))));
    return v;
  };
  // (not a company only listed as an example: "investors — including Blackbird, … and Frank Templeton")
  // (nor a company the people came from or worked with: "Founded by engineers from Stripe and Google, the startup…")
  let antecedent: Map<Actor, boolean> | undefined;
  const canBeAntecedent = (a: Actor) => {
    let v = (antecedent ??= new Map()).get(a);
    if (v === undefined) {
      // (nor a company bought or bid for: "once the acquisition of ISG was completed, the company would…" means the buyer)
      // (nor a name that only says whose people are meant: "the poached Apple staffers make up a small part of the car maker's…")
      // (nor a person's former employer: "The ex-Audi and Ford man will take over from Ann Hale, who is leaving the company")
      v = !FRONTED_PARTICIPLE.test(text.slice(s.start, a.start)) && !isListedExample(text, s, a.start, a.end) && !formerEmployerOfPerson(text, s, a) && !(PEOPLE_OF_NAME.test(text.slice(a.end, a.end + 24)) && !COUNT_BEFORE_NAME.test(text.slice(Math.max(s.start, a.start - 24), a.start))) && !/\b(?:from|by|with|at|than)\s+(?:(?:[A-Z][\w.&'-]*|the|a|an)\s+){0,3}$|\b(?:from|by|with|at|than)\s+(?:[A-Z][\w.&'-]*\s+){0,3}(?:and|or)\s+$|\b(?:acquisition|takeover|purchase|buyout|merger|bid|offer|stake|deal) (?:of|for|with|in) (?:the\s+)?$/i.test(text.slice(Math.max(s.start, a.start - 60), a.start));
      antecedent.set(a, v);
    }
    return v;
  };
  const earlierAny = (start: number) =>
    list
      .filter((a) => a.end <= start && canBeAntecedent(a))
      .map((a) => a.entity)
      .reverse();
  // "an offer for X, valuing it / the company at…": the company bid for, named earlier in the sentence
  const bidForAt = (start: number) =>
    /\bvalu(?:ing|es|ed|e)\s+$/i.test(text.slice(Math.max(s.start, start - 10), start)) ? [...list].reverse().find((a) => a.end <= start && BID_FOR.test(text.slice(Math.max(s.start, a.start - 30), a.start))) : undefined;
  const earlierSubjects = (start: number) =>
    list.filter((a) => a.end <= start && isSubject(a) && !PEOPLE_OF_NAME.test(text.slice(a.end, a.end + 24)) && !formerEmployerOfPerson(text, s, a)).map((a) => a.entity).reverse();
  for (const sentence of sentences) {
    s = sentence;
    const mainSoFar = mainFirstSentence >= 0 && mainFirstSentence <= s.index ? main : null;
    subjectSlot = undefined;
    antecedent = undefined;
    const named = mentionsBySentence[s.index]!;
    list = [];
    for (const { m, e } of named) {
      list.push({ start: m.start, end: m.end, entity: e, via: 'name', possessive: m.possessive, text: text.slice(m.start, m.end) });
    }
    const prev = sentences[s.index - 1];
    const mainNearby = !!main && !!prev && mentionsBySentence[prev.index]!.some(({ e }) => e === main);
    const referring: Actor[] = [];
    // "the ChatGPT maker", "the company behind ChatGPT", "the maker of Fortnite": the product's owner
    if (owners.size) {
      for (const n of names) {
        if (n.sentence !== s.index || n.kind !== 'product') continue;
        const owner = owners.get(n.surface);
        if (!owner) continue;
        const pre = MAKER_OF.exec(text.slice(Math.max(s.start, n.start - 40), n.start));
        const post = pre ? null : PRODUCT_MAKER.exec(text.slice(n.end, n.end + 16));
        const lead = post && /\b(?:[Tt]he|[Ii]ts|[Tt]his)\s+$/.exec(text.slice(Math.max(s.start, n.start - 5), n.start));
        if (pre) referring.push({ start: n.start - pre[0].length, end: n.end, entity: owner, via: 'anaphor', possessive: text.startsWith("'s", n.end), text: text.slice(n.start - pre[0].length, n.end) });
        // ("ChatGPT maker OpenAI": the owner is named right after; that name is the actor)
        else if (post && !names.some((o) => o.start === n.end + post[0].length)) {
          const start = lead ? n.start - lead[0].length : n.start;
          referring.push({ start, end: n.end + post[0].length, entity: owner, via: 'anaphor', possessive: /'s$/.test(post[0]), text: text.slice(start, n.end + post[0].length) });
        }
      }
    }
    // ("Tessaly makes a chatbot called Vireo. Vireo now has 400 million weekly users": the product the article gave a company stands
    // for it, outside the sentence that gave it)
    if (definedOwners.size) {
      for (const n of names) {
        if (n.sentence !== s.index || n.kind !== 'product' || !definedOwners.has(n.surface)) continue;
        const owner = owners.get(n.surface)!;
        if (list.some((a) => a.entity === owner) || referring.some((a) => a.start < n.end && n.start < a.end)) continue;
        referring.push({ start: n.start, end: n.end, entity: owner, via: 'anaphor', possessive: n.possessive, text: text.slice(n.start, n.end) });
      }
    }
    // ("Gold Fields' South Deep mine … South Deep employed 3,614 full-time employees": a site the article gives a company, named as
    // a sentence's doer where no company is, stands for its owner)
    if (sites.size) {
      for (const n of names) {
        if (n.sentence !== s.index || n.kind !== 'place') continue;
        const owner = sites.get(n.surface);
        if (!owner || list.length || referring.some((a) => a.start < n.end && n.start < a.end) || !isSubjectSlot(text, s, n.start, quoteOpenAtStart[s.index])) continue;
        referring.push({ start: n.start, end: n.end, entity: owner, via: 'anaphor', possessive: n.possessive, text: text.slice(n.start, n.end) });
      }
    }
    DEFINITE.lastIndex = 0;
    for (let d = DEFINITE_NOUN.test(s.text) ? DEFINITE.exec(s.text) : null; d; d = DEFINITE.exec(s.text)) {
      const start = s.start + d.index;
      // "The Halvard Group" is a name, not a reference
      if (list.some((a) => a.start < start + d[0].length && start < a.end)) continue;
      // ("the French tire manufacturer Michelin": a description right before the name it describes refers to no other)
      if (!/'s$/.test(d[0]) && list.some((a) => a.via === 'name' && a.start === start + d[0].length + 1 && text[a.start - 1] === ' ')) continue;
      if (referring.some((a) => a.start < start + d[0].length && start < a.end)) continue;
      // "the local startup industry", "the bank holiday": the noun modifies the next one, it names no company
      if (!/'s$/.test(d[0]) && COMPOUND_HEAD.test(text.slice(start + d[0].length, start + d[0].length + 16))) continue;
      // ("the giant rotating structure", "the giant screen": "giant" with nothing before it and a word after is an adjective)
      if (/^[Tt]he giant$/.test(d[0]) && /^ (?!(?:is|was|has|had|have|will|would|could|can|also|now|then|said|says|reported|posted|employs|plans|announced)\b)[a-z]/.test(text.slice(start + d[0].length, start + d[0].length + 16))) continue;
      // "Halvard Robotics Inc. (HRI), the robot maker founded by…": an apposition names its own
      // (not "Founded by researchers from Google, the startup was valued…": there the phrase is the subject)
      // ("The most covetous firm this edition was Kirkland & Ellis", "The biggest lender is Orrin Bank": a ranking's description
      // names the company the sentence then gives, not an earlier one)
      if (/^[Tt]he (?:most |least |[a-z]+est )/.test(d[0]) && list.some((a) => a.start > start && /^[^,;.]{0,40}?\b(?:was|is|were|are|remains|remained|became|becomes)\s+(?:the\s+)?$/.test(text.slice(start + d[0].length, a.start)))) continue;
      const verbNext = /^\s+(?:was|is|has|had|have|will|would|could|can|also|now|then|said|says|raised|became|remains)\b/.test(text.slice(start + d[0].length, start + d[0].length + 20));
      const appositive = verbNext ? undefined : [...list].reverse().find((a) => a.end <= start && /^(?:\s*\([^)]{1,20}\))?,\s*$/.test(text.slice(a.end, start)));
      if (appositive) {
        appositive.entity.assumed = false;
        referring.push({ start, end: start + d[0].length, entity: appositive.entity, via: 'anaphor', possessive: /'s$/.test(d[0]), text: text.slice(start, start + d[0].length) });
        continue;
      }
      // "Northzone's valuation of the company": the owner of the phrase is not the company it names
      const ownerOfPhrase = list.find((a) => a.possessive && a.end <= start && /^(?:'s)? (?:[a-z-]+ ){1,3}(?:of|for|in) $/.test(text.slice(a.end, start)))?.entity;
      // "Nvidia made a deal with the company": an object is not its own clause's subject (that would be "itself")
      // ("Amazon, its largest shareholder, which has invested $8 billion in the company": an object inside a relative clause
      // on a company is not that company)
      const objectOfIn = !/'s$/.test(d[0]) && /\b(?:in|into)\s+$/.test(text.slice(Math.max(s.start, start - 6), start));
      const relativeOn = objectOfIn ? [...list].reverse().find((a) => a.end <= start && RELATIVE_ON.test(text.slice(a.end, start))) : undefined;
      // ("took a $350 million stake in the company": what a company takes a stake in is another company)
      const asObject = /\b(?:with|from|to|by|for|against|versus|than)\s+$/.test(text.slice(Math.max(s.start, start - 12), start)) || (!/'s$/.test(d[0]) && /\b(?:stake|stakes|shareholding|holding|interest|investment|investments) in\s+$/.test(text.slice(Math.max(s.start, start - 24), start)));
      // ("CB Insights pegged the company's valuation at $1.04 billion": the object of a name's verb of judging is another company)
      const judgedBy = [...list].reverse().find((a) => a.end <= start && a.start >= s.start && !a.possessive && JUDGING_VERB_BETWEEN.test(text.slice(a.end, start)));
      // (not a name that only says whose counted people they are: "More than 300 Kestrel SA managers have resigned from the company")
      const countedOwner = (x: EntityRecord) => list.some((a) => a.entity === x && a.end <= start && COUNT_BEFORE_NAME.test(text.slice(Math.max(s.start, a.start - 24), a.start)) && /^ [a-z]/.test(text.slice(a.end, a.end + 2)));
      const clauseSubject = relativeOn ? relativeOn.entity : asObject ? earlierSubjects(start).filter((x) => !countedOwner(x)).at(-1) : judgedBy?.entity;
      const notOwner = (xs: EntityRecord[]) => xs.filter((x) => x !== ownerOfPhrase && x !== clauseSubject);
      const others = (xs: Salient[]) => xs.filter((x) => x.entity !== clauseSubject);
      // ("tabled a higher offer for UFJ than its rival, valuing the company at $35bn": the company bid for, as with "valuing it")
      const bidFor = bidForAt(start);
      // ("made a significant investment in ProRata as part of a funding round that values the startup at $130 million": the
      // startup is the one invested in, not the investor that is the sentence's subject)
      const investedIn = STARTUP_HEAD.test(d[1]!) ? [...list].reverse().find((a) => a.end <= start && INVESTED_IN_BEFORE.test(text.slice(Math.max(s.start, a.start - 40), a.start))) : undefined;
      // (a quotation naming no company between is no distance: "LTIMindtree isn't far behind. According to its CEO, \"…\" The IT
      // firm had a workforce of 84,438" — the firm just spoken of)
      let quoteGap = 0;
      while (s.index - 1 - quoteGap >= 0 && QUOTE_MARK.test(sentences[s.index - 1 - quoteGap]!.text) && !mentionsBySentence[s.index - 1 - quoteGap]!.some(({ e: x }) => x.kind === 'organization')) quoteGap++;
      // ("Nigerian mobility financing company, Moove … CB Insights … the vehicle financing company": the one company described
      // with a word of the phrase, named before it)
      const mods = d[0].toLowerCase().split(/\s+/).slice(1, -1).filter((w) => w.length > 2 && !DESCRIPTOR_STOP.has(w));
      const head = d[1]!.toLowerCase();
      const byWords = mods.length ? [...describedAll()].filter(([x, dd]) => dd.at < start && x !== ownerOfPhrase && x !== clauseSubject && mods.filter((w) => dd.words.has(w)).length >= (dd.heads.has(head) ? 1 : 2)) : [];
      const matched = byWords.length === 1 ? byWords[0]![0] : undefined;
      let e = bidFor ? bidFor.entity : investedIn ? investedIn.entity : matched ?? resolve(d[1]!.toLowerCase(), notOwner(earlierSubjects(start)), notOwner(earlierAny(start)), others(subjects), recent.filter((x) => x !== clauseSubject), main === clauseSubject ? null : mainSoFar, s.index - quoteGap, mainNearby, others(lastNamed), true);
      // ("SPAIN'S fifth-largest bank, Unicaja, … the main union at the bank, the CCOO, says … The bank currently employs 9,677": a
      // company found by nearness that is neither named nor described by the noun yields to the one company described by it)
      if (e && !mods.length && !GENERIC_HEAD.test(head) && !namedByHead(e, head) && !describedAll().get(e)?.heads.has(head)) {
        const byHead = [...describedAll()].filter(([x, dd]) => dd.at < start && dd.heads.has(head) && x !== ownerOfPhrase && x !== clauseSubject && x.kind === 'organization');
        if (byHead.length === 1) e = byHead[0]![0];
        // (or the one company the noun names, met before: "Bank of Cyprus … The Cyprus Business Mail understands that the bank…")
        else if (!byHead.length) {
          const near = new Set<EntityRecord>();
          for (let k = Math.max(0, s.index - 6); k <= s.index; k++) for (const { m, e: x } of mentionsBySentence[k]!) if (m.end <= start && x.kind === 'organization' && !x.media && namedByHead(x, head)) near.add(x);
          const byName = [...near].filter((x) => x !== ownerOfPhrase && x !== clauseSubject);
          if (byName.length === 1) e = byName[0]!;
        }
      }
      // ("the startup", "the lender": an article that calls a name so vouches for it as a company)
      if (e && e !== ownerOfPhrase && e !== clauseSubject) e.assumed = false;
      if (e && e !== ownerOfPhrase && e !== clauseSubject) referring.push({ start, end: start + d[0].length, entity: e, via: 'anaphor', possessive: /'s$/.test(d[0]), text: text.slice(start, start + d[0].length) });
    }
    // ("\"We added 35,000 freshers,\" said Dana Roe, chief human resources officer, Tarsel": a quote's "we" is the company
    // its attribution names the speaker's post at — after the quote closes, in the same sentence)
    const attributedTo = (sent: Sentence, at: number): EntityRecord | undefined => {
      const close = sent.text.slice(at).search(/["”]/);
      if (close < 0) return undefined;
      const from = sent.start + at + close + 1;
      const named = list.find((a) => a.start > from && a.via === 'name' && a.entity.kind === 'organization' && !a.entity.media && !a.entity.investor);
      if (!named || named.start - from > 160) return undefined;
      const between = text.slice(from, named.start);
      if (QUOTE_BY_POST_AT.test(between) || (SAID_ONLY.test(between) && POST_AFTER_NAME.test(text.slice(named.end, named.end + 60)))) return named.entity;
      return undefined;
    };
    // The company named as the subject of the clause after the first comma past `at`
    const mainClauseSubject = (at: number): EntityRecord | undefined => {
      const comma = text.indexOf(',', at);
      if (comma < 0 || comma >= s.end) return undefined;
      // (not a short form in brackets inside a description: "Nigerian Education Technology (Edtech) platform, uLesson")
      const a = list.find((x) => x.start > comma && x.via === 'name' && !x.possessive && text[x.start - 1] !== '(');
      return a && a.entity.kind === 'organization' && !a.entity.media && isSubjectSlot(text, s, a.start, quoteOpenAtStart[s.index]) ? a.entity : undefined;
    };
    PRONOUN.lastIndex = 0;
    for (let p = PRONOUN.exec(s.text); p; p = PRONOUN.exec(s.text)) {
      const start = s.start + p.index;
      const word = p[0].toLowerCase();
      const possessive = word === 'its' || word === 'our';
      if (word === 'it' && DUMMY_IT.test(s.text.slice(p.index + p[0].length).trimStart())) continue;
      if (referring.some((r) => r.start <= start && start < r.end)) continue;
      // ("Some of Europe's biggest banks have said … they plan to cut 130,000 jobs": "they" after a plural of companies, no company
      // named between, is those companies — no one of the article's)
      if ((word === 'they' || word === 'their' || word === 'them') && !list.some((a) => a.end <= start) && CLASS_OF_COMPANIES.test(s.text.slice(0, p.index))) continue;
      // "we" is the speaker's company — inside a quote or an interview answer only (elsewhere it is
      // the publication): the article's main entity unless the sentence names one first
      const firstPerson = word === 'we' || word === 'our' || word === 'us';
      if (firstPerson && !inQuote(s.text, p.index) && !answers.has(s.index) && !selfVoiced) continue;
      // ("Visium Asset Management said … that it will lay off 33 of its 110 employees": an investor
      // is no "the company", but it is the "it" of the sentence it is the subject of)
      const subject = earlierSubjects(start)[0];
      // ("…tabled an offer for the LSE, valuing it at £1.3bn": what a bid values is the company bid for)
      const bidFor = word === 'it' ? bidForAt(start) : undefined;
      // ("Airtel was followed by Reliance Jio, which added 2.2 million customers, taking its base to…": "it" inside a
      // relative clause on a company is that company)
      // (not an object of a preposition: "Amazon, which has invested $8 billion in it" — a company invests in another)
      const objectPronoun = /\b(?:in|into|to|from|with|for|on|of|at|by|than|against|about)\s+$/i.test(text.slice(Math.max(s.start, start - 10), start));
      const relative = firstPerson || bidFor || objectPronoun ? undefined : [...list].reverse().find((a) => a.end <= start && a.entity.kind === 'organization' && !a.entity.media && RELATIVE_TO_PRONOUN.test(text.slice(a.end, start)));
      // ("…believes that the New York Times, with its hiring of…": "its" in a phrase hung on a name right before is that name's,
      // a publication's too)
      const hungOn = possessive && !firstPerson && !relative ? [...list].reverse().find((a) => a.end <= start && a.entity.kind === 'organization' && /^,\s+(?:with|through|thanks to|despite|via|after|amid)\s+$/.test(text.slice(a.end, start))) : undefined;
      // ("…well ahead of Peacock and its 24 million users": "its" joined by "and" to a name right before is that name's — not
      // when "its" opens a clause of its own, "Zentra beat Orrin and its shares rose")
      const joined = possessive && !firstPerson && !relative && !hungOn ? [...list].reverse().find((a) => a.end <= start && a.entity.kind === 'organization' && !a.possessive && /^\s+and\s+$/.test(text.slice(a.end, start))) : undefined;
      const joinedNoClause = joined && !JOINED_CLAUSE.test(text.slice(start, Math.min(s.end, start + 80))) ? joined : undefined;
      // ("AMD had in May said it formed a $10 billion collaboration": "it" after a verb of saying is the speaker named before it,
      // a few lower-case words between — "Orrin said it would…")
      const speaker = word === 'it' && !relative && SAID_IT.test(text.slice(Math.max(s.start, start - 16), start)) ? [...list].reverse().find((a) => a.end <= start && a.via === 'name' && a.entity.kind === 'organization' && !a.entity.media && !a.possessive && SPEAKER_GAP.test(text.slice(a.end, start))) : undefined;
      // ("Microsoft accounted for 62% of its revenue": a share a company makes of "its" total is another company's total)
      const shareOfOther = !!subject && word === 'its' && SHARE_OF_ITS.test(text.slice(Math.max(s.start, start - 60), start));
      // ("relies on Amazon, its largest shareholder,": "its" in an apposition to a name is not that name's — it is the
      // sentence subject's, even when a phrase names it: "The Claude developer relies on Amazon, its…")
      // (an apposition closes with a comma: "In a blow to Quillmark Labs, its chief scientist Dana Roe is leaving" is the main clause)
      const apposed = possessive && !firstPerson && /^its\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*,/i.test(text.slice(start, start + 60)) ? [...list].reverse().find((a) => a.end <= start && /^,\s*$/.test(text.slice(a.end, start))) : undefined;
      const referringSubject = apposed ? referring.find((r) => r.end <= start && r.entity !== apposed.entity && isSubjectSlot(text, s, r.start, quoteOpenAtStart[s.index])) : undefined;
      // (what "its" means when it cannot mean one company: the same search with that company left out)
      const other = (x: EntityRecord) =>
        resolve('company', earlierSubjects(start).filter((y) => y !== x), earlierAny(start).filter((y) => y !== x), subjects.filter((y) => y.entity !== x), recent.filter((y) => y !== x), main === x ? null : mainSoFar, s.index, mainNearby, lastNamed.filter((y) => y.entity !== x));
      // ("In January the paper eliminated 20 jobs, and it closed its magazine": a phrase that is the sentence's subject goes on)
      const phraseSubject = !subject && !firstPerson ? referring.find((r) => r.end <= start && / /.test(r.text) && isSubjectSlot(text, s, r.start, quoteOpenAtStart[s.index])) : undefined;
      // ("…pointed to a speech by chief executive Matt Comyn. \"We have more than 48,000 employees,\" he told the forum": the
      // speaker's company is the one the sentences just before are about, when one of them was the subject)
      // (not where the article's main company is named in this sentence or the three before: then the quote is its own)
      const mainRecent = () => !!main && mentionsBySentence.slice(Math.max(0, s.index - 3), s.index + 1).some((l) => l.some(({ e }) => e === main));
      const quotedSpeaker = firstPerson && !subject && inQuote(s.text, p.index) && !mainRecent() ? subjects.find((x) => x.sentence >= s.index - 2 && x.sentence < s.index && x.entity.kind === 'organization' && !x.entity.media && !x.entity.investor && !INSTITUTION.test(x.entity.name))?.entity : undefined;
      // ("A year after it raised a seed round of $3.1m, Nigerian edtech platform uLesson announced…": a pronoun opening a fronted
      // clause, before any name, is the main clause's subject named after the comma)
      const cataphor = !firstPerson && !list.some((a) => a.end <= start) && FRONTED_CLAUSE_OPENER.test(text.slice(s.start, start)) ? mainClauseSubject(start) : undefined;
      let e = cataphor ? cataphor : firstPerson ? subject ?? attributedTo(s, p.index) ?? quotedSpeaker ?? (selfVoiced && !inQuote(s.text, p.index) ? voiceOwner : main) : bidFor ? bidFor.entity : referringSubject ? referringSubject.entity : apposed ? other(apposed.entity)
        : relative ? relative.entity : speaker ? speaker.entity : hungOn ? hungOn.entity : joinedNoClause ? joinedNoClause.entity : shareOfOther ? other(subject!) : phraseSubject ? phraseSubject.entity
        : subject?.investor && subject.kind === 'organization' ? subject : resolve('company', earlierSubjects(start), earlierAny(start), subjects, recent, mainSoFar, s.index, mainNearby, lastNamed);
      // ("Mubadala knows the company well. It led Sepetly's $768mn round": "it" is not the company the same clause names
      // as an owner after it — that company would be "its")
      const namedAfter = word === 'it' && e && !speaker ? list.find((a) => a.entity === e && a.via === 'name' && a.possessive && a.start > start) : undefined;
      // (an investor too: the company's own backer is who "it" is then)
      if (namedAfter && !/[,;:()"“”]/.test(text.slice(start, namedAfter.start))) e = subjects.find((x) => x.entity !== e && x.sentence >= s.index - 1 && x.entity.kind === 'organization')?.entity ?? other(e!);
      // ("an agreement that will see Kestrel Cloud provide it with cloud infrastructure": the object "it" of a verb is not the
      // name right before the verb — that would be "itself"; "Orrin said it would…" keeps its speaker)
      if (word === 'it' && e && /^\s+(?:with|to|a|an|the|for|into|\$|\d)/.test(text.slice(start + 2, start + 12))) {
        const doer = [...list].reverse().find((a) => a.end <= start && a.via === 'name');
        if (doer && doer.entity === e && /^\)?\s+(?:will\s+|would\s+|to\s+|can\s+|could\s+)?[a-z]+\s+$/.test(text.slice(doer.end, start)) && !SAYS_BETWEEN.test(text.slice(doer.end, start))) e = other(e);
      }
      if (e) referring.push({ start, end: start + p[0].length, entity: e, via: 'anaphor', possessive, text: text.slice(start, start + p[0].length) });
      // ("Zepto said its chief operating officer…", "Zepto pays its engineers…": a name that owns
      // "its" a verb or two later is no person — people own "his" and "her")
      if (e?.assumed && word === 'its' && list.some((a) => a.entity === e && !a.possessive && a.end <= start && /^ (?:[a-z]+ ){1,2}$/.test(text.slice(a.end, start)))) e.assumed = false;
    }
    const all0 = referring.length ? byStart(list.concat(referring)) : list;
    // ("The median pay at Google parent Alphabet rose…", "Facebook owner Meta said…": a company named as what the next one owns
    // describes the next one, which the clause is about)
    // (one actor from the first name's start to the owner's end, the owner's: "at Google parent Alphabet" is "at" Alphabet)
    const owned = (a: Actor, i: number) => a.via === 'name' && !a.possessive && all0[i + 1]?.via === 'name' && OWNED_BEFORE_OWNER.test(text.slice(a.end, all0[i + 1]!.start));
    const all = all0.some(owned) ? all0.flatMap((a, i) => (owned(a, i) ? [] : i > 0 && owned(all0[i - 1]!, i - 1) ? [{ ...a, start: all0[i - 1]!.start }] : [a])) : all0;
    actors.push(all);

    // (a union or a ministry just quoted is no topic of the business that follows)
    const previousSubject = subjects.find((x) => x.sentence >= s.index - 2 && !INSTITUTION.test(x.entity.name))?.entity;
    if (s.kind === 'bullet' || s.kind === 'table') {
      if (!listTopic || listTopic.block !== s.block) {
        const prev = sentences[s.index - 1];
        // (only a key-facts list, items of a label and its value: a list of news items names its own companies)
        const keyValue = (t: string) => /^\W*[A-Z][\w .&'’-]{0,40}:\s/.test(t);
        const goesOn: boolean = !!listTopic && !!prev && prev.kind === s.kind && prev.block === listTopic.block && keyValue(prev.text) && keyValue(s.text);
        listTopic = { block: s.block, entity: listTopicOf(text, sentences, s, mentionsBySentence, main, subjects, goesOn ? listTopic!.entity : undefined) };
      }
      // ("15. Yue Yuen Industrial ¶ > Total employees: 413,000 ¶ 14. Sodexo S.A. ¶ > Total employees: 427,981": in a list of
      // profiles, label lines under a line that is only a name are that name's, as in prose)
      const namedAbove = isLabelLine(s.text) ? nameAboveLabels(text, sentences, s.index, mentionsBySentence) : null;
      topic.push(namedAbove ?? listTopic.entity);
    } else {
      // ("9. Barclays / Base salary: £50,000 / Average bonus: £11,000": key-value lines under a line that is only a
      // name are that name's, however many lines down)
      const named = isLabelLine(s.text) ? nameAboveLabels(text, sentences, s.index, mentionsBySentence) : null;
      // (nor is the article's most-named organisation when it is an institution: no company is the topic then)
      // (a lede may describe the company before naming it — "A leading law firm has upped… Freshfields said" — but a sentence
      // more than two before the company's first naming is about no company yet)
      // (a headline is about the article's company wherever the body names it)
      const mainAhead = mainFirstSentence >= 0 && (mainFirstSentence <= s.index + 2 || s.kind === 'heading') ? main : null;
      // ("Thousands of high street jobs have been lost this year. ¶ Watt Brothers ¶ The Scottish department store chain…": the lede
      // of a list of company profiles is about all of them, no one company)
      const beforeProfiles = s.index < firstProfile;
      topic.push(named ?? previousSubject ?? (mainAhead && mainInProse && !beforeProfiles && !INSTITUTION.test(mainAhead.name) ? mainAhead : null));
    }
    // Salience: subjects of this sentence first, then every organisation it mentions.
    // (not a name that only says where a person worked: "Among them is Dana Roe, an OpenAI co-founder")
    // (nor a name inside a modifier of the noun after it: "Two American Airlines-owned regional airlines, Piedmont and Envoy, …")
    // (nor a name after "the" that modifies the noun after it: "The Google Nest mini promotion exceeded forecasts")
    const theModifier = (a: Actor) => a.via === 'name' && !a.possessive && /\b[Tt]he\s+(?:[A-Z][\w-]*\s+){0,3}$/.test(text.slice(Math.max(s.start, a.start - 40), a.start)) && NOUN_AFTER_NAME.test(text.slice(a.end, a.end + 30));
    const sentenceSubject = all.find((a) => isSubject(a) && !(a.via === 'name' && personModifier(text, s, a)) && !OWNER_MODIFIER.test(text.slice(a.end, a.end + 24)) && !theModifier(a))?.entity;
    // (the salience lists are updated in place: nothing keeps them past a sentence)
    // (a line that is only a name — page furniture, a widget's or a section's label: "AddThis SmartLayers" — has no subject)
    const bareName = all.length === 1 && isBareNameLine(text, s, all[0]!);
    // ("Here are plans announced by some of Europe's banks: ¶ HSBC ¶ Europe's biggest bank said…": in an article of sections
    // headed by a company's name alone, the heading is the subject of the prose under it)
    if (bareName && sectionHeads >= 2 && proseAfter(sentences, s) && all[0]!.entity.kind === 'organization' && !all[0]!.entity.media) makeSalient(subjects, all[0]!.entity, s.index);
    if (sentenceSubject && !bareName) makeSalient(subjects, sentenceSubject, s.index);
    // ("PRNoticias revealed that La Razon is the only newspaper… Now, it has 247 employees": the company a reported clause opens with
    // is what the next sentence goes on about, more than the one reporting it)
    const reporter = sentenceSubject && !bareName ? all.find((a) => a.entity === sentenceSubject && a.via === 'name') : undefined;
    const reported = reporter ? all.find((a) => a.start > reporter.end && a.via === 'name' && a.entity !== reporter.entity && a.entity.kind === 'organization' && !a.entity.media && REPORTED_CLAUSE_GAP.test(text.slice(reporter.end, a.start))) : undefined;
    if (reported) makeSalient(subjects, reported.entity, s.index);
    // (names inside a quotation — an exclamation, a product — are not what the next sentence refers to)
    if (list.length) {
      const outsideQuotes: Salient[] = [];
      for (let k = list.length - 1; k >= 0; k--) {
        // ("…owns brands including Opel, Jeep, Fiat, Peugeot, Citroen and Chrysler": one of a crowd of names is not what "the
        // company" of the next sentence is)
        if (oddQuotes(text, s.start, list[k]!.start) === quoteOpenAtStart[s.index] && !inExampleList(text, s, list[k]!.start)) outsideQuotes.push({ entity: list[k]!.entity, sentence: s.index });
      }
      if (outsideQuotes.length) lastNamed = outsideQuotes;
    }
    if (all.length) {
      const mentioned: EntityRecord[] = [];
      for (const a of all) if (!mentioned.includes(a.entity)) mentioned.push(a.entity);
      for (const e of recent) if (mentioned.length < 8 && !mentioned.includes(e)) mentioned.push(e);
      if (mentioned.length > 8) mentioned.length = 8;
      recent = mentioned;
    }
  }
  return { actors, topic, main };
}

/** A line (not prose) that is only the name at [start, end): "HSBC", "AddThis SmartLayers". */
/**
 * Prose follows the line: a sentence of the body, or — under a ranked list's numbered item ("9. Stack Overflow") — short lines of
 * its own that are no list items ("How it started: Laid off 40 employees in May").
 */
function proseAfter(sentences: Sentence[], s: Sentence): boolean {
  const next = sentences[s.index + 1];
  // ("3. FedEx. This delivery company has said…": a numbered item's name, then the item's own prose in the same item)
  return next?.kind === 'body' || (s.kind === 'bullet' && next?.kind === 'heading' && /^\s*\S+(?:\s+\S+){3,}/.test(next.text)) || (s.kind === 'bullet' && next?.kind === 'bullet' && next.block === s.block && /^\s*\S+(?:\s+\S+){3,}/.test(next.text));
}

function isBareNameLine(text: string, s: Sentence, name: { start: number; end: number }): boolean {
  // ("9. Stack Overflow": a ranked list's numbered entry)
  return s.kind !== 'body' && s.text.trim().replace(/[.:]$/, '').replace(/^#?\d{1,3}[.)]\s+/, '') === text.slice(name.start, name.end);
}

/** Put a sentence's subject first among the subjects of earlier sentences (six kept). */
// A verb of reporting and "that" between a reporter and the company its clause opens with ("… revealed that ")
const REPORTED_CLAUSE_GAP = /^ (?:(?:also|has|had|earlier) )?(?:revealed|reported|said|says|reports|found|finds|showed|shows|noted|notes|disclosed|confirmed|learned|learnt)(?: on \w+| yesterday| today)? that (?:the )?$/;
function makeSalient(subjects: Salient[], entity: EntityRecord, sentence: number): void {
  const was = subjects.findIndex((x) => x.entity === entity);
  if (was >= 0) subjects.splice(was, 1);
  subjects.unshift({ entity, sentence });
  if (subjects.length > 6) subjects.length = 6;
}

// A short "Key: value" line ("Base salary: £50,000", "Employees: 1,200")
const LABEL_LINE = /^[\p{Lu}][^:\n.!?]{0,40}:\s*\S[^\n]{0,40}$/u;
const isLabelLine = (t: string) => t.includes(':') && LABEL_LINE.test(t.trim());

/** The organisation a line of its own names, over the run of label lines that starts below it (at most eight up). */
function nameAboveLabels(text: string, sentences: readonly Sentence[], index: number, mentions: ReadonlyArray<ReadonlyArray<{ m: NameMention; e: EntityRecord }>>): EntityRecord | null {
  let k = index - 1;
  while (k >= 0 && index - k <= 8 && isLabelLine(sentences[k]!.text)) k--;
  if (k < 0 || index - k > 8) return null;
  const head = sentences[k]!;
  const named = mentions[k]!;
  if (named.length !== 1) return null;
  // (the line is the name, with at most a rank or a bullet: "9. Barclays", "- Kestrel Pay")
  const rest = (text.slice(head.start, named[0]!.m.start) + text.slice(named[0]!.m.end, head.end)).replace(/^\s*(?:\d{1,3}[.)]|[-•*▪])?\s*/, '').replace(/[\s:.]+$/, '');
  // (or a person's name and the company: "10. Bob Dudley: BP", "Martin Sorrell – WPP")
  return rest === '' || /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*\s*[:,–—-]?$/u.test(rest) ? named[0]!.e : null;
}
