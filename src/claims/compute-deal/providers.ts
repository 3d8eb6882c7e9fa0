import type { EntityRecord } from '../../entities/aliases.js';
import type { SentenceView } from '../extractor.js';

/**
 * Who sells compute, by the article's own words: the gazetteer knows a few providers; an
 * article that names one nobody has heard of still says what it is ("cloud provider
 * Varrowind", "Tellmor's GPUs", "Quarnet will supply computing capacity to…", "capacity
 * rented from Ostrava Grid", "Helvane Cloud"). A company the article so describes is a
 * seller of compute in every sentence of that article, as a known provider is.
 */
export function sellsCompute(view: SentenceView, e: EntityRecord): boolean {
  if (e.compute) return true;
  // (asked only for the names of compute sentences: each is looked up once per article)
  let article = sellersByArticle.get(view.entities);
  if (!article) sellersByArticle.set(view.entities, (article = { known: new Map(), windows: cueWindows(view.text) }));
  let sells = article.known.get(e);
  if (sells === undefined) article.known.set(e, (sells = isSeller(view.text, article.windows, e)));
  return sells;
}

// One answer per name per article (the entity table is made once per article), and where to look
const sellersByArticle = new WeakMap<object, { known: Map<EntityRecord, boolean>; windows: Array<[number, number]> }>();

// Words of compute: a seller is described with one of them near its name (every cue below but a
// deal "to purchase" has one)
const COMPUTE_WORDS = String.raw`clouds?|gpus?|tpus?|chips?|chip-?makers?|servers?|data[- ]?cent(?:er|re)s?|datacent(?:er|re)s?|compute|computing|hosting|colocation|hyperscal\w*|neoclouds?|accelerators?|supercomputers?|semiconductors?|capacity|infrastructure|web services|instances|clusters?`;

// Every description of a seller has a word of compute, or a deal "with" it, within 120 characters
// of the name: only the stretches of text around those words are searched for names
const WINDOW_CUE = new RegExp(String.raw`\b(?:${COMPUTE_WORDS}|deals?|agreements?|contracts?|partnerships?|pact)\b`, 'gi');
function cueWindows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  WINDOW_CUE.lastIndex = 0;
  for (let m = WINDOW_CUE.exec(text); m; m = WINDOW_CUE.exec(text)) {
    const from = Math.max(0, m.index - 140);
    const to = Math.min(text.length, m.index + m[0].length + 140);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

// What compute is sold as (the nouns a provider is named with)
const SOLD = String.raw`(?:[Cc]loud|GPUs|TPUs|[Cc]hips|AI chips|[Aa]ccelerators|[Ss]ervers|GPU servers|[Dd]ata ?[Cc]ent(?:er|re)s|[Dd]atacent(?:er|re)s|[Ss]upercomputers?|[Cc]ompute capacity|[Cc]omputing capacity|[Cc]omputing power|[Cc]ompute power)`;

// A word that can stand between a name and what it sells ("latest", "Nvidia-powered", "AI"), not a
// function word or a verb form ("with Pellworth for cloud services", "Pellworth renting cloud chips")
const MODIFIER = String.raw`(?!(?:for|to|with|from|on|in|of|at|by|and|or|as|is|are|was|were|will|would|has|have|had|its|their|the|a|an|that|which|who|said|says|also|rent|rents|rented|use|uses|used|buy|buys|bought|pays?|paid)\b)(?![a-z]+ing\b)[A-Za-z0-9][\w-]*`;

// "Tellmor's GPUs", "Varrowind cloud", "Helvane Cloud (HCX) datacentres", "Ostrava's AI chips" —
// not the customer's side of it ("Pellworth's cloud bill", "its own chips", "Pellworth's cloud contracts")
const NAMED_WITH_COMPUTE = new RegExp(
  String.raw`^(?: \([A-Z]{2,6}\))?(?:(?:'s|’s) (?!own\b|in-house\b|internal\b)(?:${MODIFIER} ){0,2}?|(?: (?:[A-Z][\w-]*|[\w-]*\d[\w-]*))? )${SOLD}\b(?! (?:bills?|spend\w*|costs?|needs|budgets?|usage|contracts?|deals?|commitments?|migration|strategy|purchases|orders)\b)`,
);
const MADE_BY_OTHER_AFTER = /^['’]?s? (?:[\w-]+ ){0,3}?(?:chips?|processors?|accelerators?|semiconductors?)\W{0,3}(?:(?:which|that) (?:are|were|is|will be) )?(?:produced|made|manufactured|fabricated|built|fabbed) (?:by|at)\b/i;
const MAKES_FOR_BEFORE = /\b(?:produc\w*|mak(?:e|es|ing)|made|manufactur\w*|fabricat\w*|build(?:s|ing)?|built|fab(?:s|bed|bing)?) (?:the )?$/;
// A company's name that says it: "Helvane Cloud", "Quarnet Web Services", "Ostrava Compute", "Orrin Cloud Infrastructure"
const PROVIDER_NAME = /(?:\b\w+ Cloud (?:Infrastructure|Services)|\bCloud|Web Services|Compute|Data ?Cent(?:er|re)s|Datacent(?:er|re)s|Hosting)$/;

// The trade before a name: "cloud provider Varrowind", "US chipmaker Tellmor", "GPU cloud startup Quarnet",
// "the biggest clouds — Ardent, Helvane and Quarnet", "its largest cloud rival, Quarnet"
const TRADE_BEFORE = new RegExp(
  String.raw`\b(?:(?:cloud|cloud[- ]computing|cloud[- ]services?|cloud[- ]infrastructure|gpu[- ]cloud|ai[- ]cloud|data[- ]?cent(?:er|re)|datacent(?:er|re)|chip|semiconductor|gpu|server|hosting|colocation|compute|computing|ai[- ]infrastructure|hyperscale)[- ](?:provider|company|giant|firm|operator|unit|division|arm|business|supplier|vendor|maker|designer|specialist|startup|start-up|rival|competitor|landlord|developer|group|player|heavyweight)s?|chip-?makers?|chip makers?|hyperscalers?|neoclouds?|clouds)[ ,:–—-]*(?:such as |like |including |namely )?(?:the )?$`,
);
// A name's description after it: "Quarnet, a Nordic GPU cloud provider, …", "Quarnet is a data centre operator"
// (not a person's post at one: "Tamsin Orr, the head of chip maker Quarnet")
const TRADE_AFTER = new RegExp(
  String.raw`^(?:,| is| was) (?:a|an|the) (?:(?! of )[^,.;]){0,50}?\b(?:cloud|gpu|data[- ]?cent(?:er|re)|datacent(?:er|re)|chip|semiconductor|compute|computing|hosting|server|hyperscale|neocloud)s?[- ](?:provider|company|operator|firm|maker|startup|start-up|specialist|supplier|business|giant|vendor|designer|landlord|developer|group)\b`,
  'i',
);
// The provider supplies: "Quarnet will begin supplying computing power to …", "Tellmor is selling 9,000 GPUs to …"
// (not "sold its server business": a sale of a business is no supply)
const SUPPLIES = new RegExp(
  String.raw`^(?: \([A-Z]{2,6}\))? (?:(?:will|would|has|have|had|is|are|was|were|to|also|now|already|can|could|agreed to|plans to|began|begins|begin|start|started|starts|continues|continued|is set to|is expected to) ){0,3}(?:supply|supplies|supplying|supplied|provide|provides|providing|provided|deliver|delivers|delivering|delivered|rent(?:s|ed|ing)? out|leas(?:e|es|ed|ing) out|sell(?:s|ing)?|sold) (?!by\b|its\b|their\b|the business\b|a stake\b)[^.;]{0,60}?\b(?:compute|computing|capacity|gpus?|servers?|chips?|tpus?|cloud|data[- ]?cent\w*|datacent\w*|ai infrastructure|accelerators?|supercomputers?|graphics processing units?)\b`,
  'i',
);
// Compute had from the name: "GPUs supplied by Quarnet", "servers rented from (AI) startup Quarnet",
// "a deal with Quarnet to purchase …", "deployments on Quarnet", "capacity hosted by Quarnet"
const HAD_FROM = new RegExp(
  String.raw`(?:\b(?:gpus?|servers?|chips?|tpus?|capacity|compute|computing power|cloud(?: services)?|data[- ]?cent\w*|datacent\w*|infrastructure|accelerators?|instances|clusters?) (?:[\w-]+ ){0,2}(?:supplied|provided|delivered|hosted|operated|rented|leased) by|\b(?:rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas\w+|reserv\w+|procur\w+|order(?:s|ed|ing)?) [^.;]{0,50}?\b(?:gpus?|servers?|chips?|tpus?|capacity|compute|computing power|cloud|data[- ]?cent\w*|datacent\w*|accelerators?|instances|clusters?|supercomputers?)\b[^.;]{0,30}? from|\b(?:deploy\w*|run(?:s|ning)?|workloads) (?:[\w-]+ ){0,3}on) (?:the )?(?:\([^()]{0,12}\) |[\w-]+ ){0,4}$`,
);
// "signed a deal with Quarnet to purchase cloud capacity": the buyer's deal with a seller
const DEAL_WITH = /\b(?:deals?|agreements?|contracts?|partnerships?|pact) (?:[\w-]+ ){0,3}?with (?:the )?$/;
const TO_BUY = /^ (?:to|for) (?:purchase|buy|rent|lease|access|use|secure|reserve)\b/i;
// Chosen as one: "picked Quenby as its cloud provider", "named Quenby as their key infrastructure partner"
const AS_PROVIDER = /^ as (?:its|their|the|a|an|our) (?:[\w-]+ ){0,3}?(?:cloud|compute|computing|gpu|infrastructure|data[- ]?cent(?:er|re)|hosting|chip)s? (?:provider|partner|supplier|vendor)\b/i;
// The provider's customers: "Varrowind's biggest cloud customer", "GPU customers of Quarnet"
const CUSTOMER_OF = new RegExp(String.raw`^(?:'s|’s)? (?:[a-z][\w-]* ){0,2}?(?:cloud|gpu|compute|computing|data[- ]?cent(?:er|re)|hosting) (?:customers?|clients?|tenants?)\b`, 'i');
const CUSTOMER_BEFORE = /\b(?:cloud|gpu|compute|hosting) (?:customers?|clients?|tenants?) of (?:the )?$/;

// Names listed before this one in the same list: "Ardent, Helvane and " before "Quarnet"
const LIST_ITEM = /(?:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}(?: \([A-Z]{2,6}\))?(?:, and |, | and ))$/;

const COMPUTE_WORD = new RegExp(String.raw`\b(?:${COMPUTE_WORDS})\b`, 'i');

/** Does the article describe this organisation, anywhere, as a seller of compute? */
function isSeller(text: string, windows: Array<[number, number]>, e: EntityRecord): boolean {
  if (e.kind !== 'organization' || e.media) return false;
  const surfaces = [...new Set([e.name, ...e.aliases])].filter((s) => s.length >= 2);
  if (surfaces.some((s) => PROVIDER_NAME.test(s))) return true;
  if (!windows.length) return false;
  const re = new RegExp(`(?:${surfaces.map(escape).sort((a, b) => b.length - a.length).join('|')})`, 'g');
  const wordChar = (c: string | undefined) => c !== undefined && /[\w-]/.test(c);
  for (const [from, to] of windows) {
    for (const m of text.slice(from, to).matchAll(re)) {
      const start = from + m.index!;
      const end = start + m[0].length;
      // (a whole name, judged on the whole text: "Quenby" is not in "Quenbyx")
      if (wordChar(text[start - 1]) || wordChar(text[end])) continue;
      if (describesSeller(text, start, end)) return true;
    }
  }
  return false;
}

function describesSeller(text: string, start: number, end: number): string | null {
  // within the sentence: cut at a full stop followed by a space or a line break
  let beforeText = text.slice(Math.max(0, start - 120), start);
  const cut = Math.max(beforeText.lastIndexOf('. '), beforeText.lastIndexOf('\n'));
  if (cut >= 0) beforeText = beforeText.slice(cut + 1);
  let afterText = text.slice(end, end + 120);
  const stop = afterText.search(/\.(?:\s|$)|\n/);
  if (stop >= 0) afterText = afterText.slice(0, stop);
  // (the names listed before this one share its description)
  let head = beforeText;
  for (let i = 0; i < 5; i++) {
    const item = LIST_ITEM.exec(head);
    if (!item) break;
    head = head.slice(0, item.index);
  }
  const lowerBefore = beforeText.toLowerCase();
  // (cheap first: no word of compute around the name leaves only a deal "to purchase")
  if (!COMPUTE_WORD.test(beforeText) && !COMPUTE_WORD.test(afterText)) return DEAL_WITH.test(lowerBefore) && TO_BUY.test(afterText) ? 'deal-with-to-buy' : null;
  // ("Tesla's AI5 chips—produced by Taiwan Semiconductor", "Samsung manufactures Tesla's A14 chips": a company's own design
  // that another makes for it says it buys, not sells)
  if (NAMED_WITH_COMPUTE.test(afterText) && !MADE_BY_OTHER_AFTER.test(afterText) && !MAKES_FOR_BEFORE.test(lowerBefore)) return 'named-with-compute';
  if (TRADE_BEFORE.test(head.toLowerCase())) return 'trade-before';
  if (TRADE_AFTER.test(afterText)) return 'trade-after';
  if (SUPPLIES.test(afterText)) return 'supplies';
  if (HAD_FROM.test(lowerBefore)) return 'had-from';
  if (DEAL_WITH.test(lowerBefore) && TO_BUY.test(afterText)) return 'deal-with-to-buy';
  if (AS_PROVIDER.test(afterText)) return 'chosen-as-provider';
  if (CUSTOMER_OF.test(afterText) || CUSTOMER_BEFORE.test(lowerBefore)) return 'customer-of';
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
