import type { EntityRecord } from '../../entities/aliases.js';
import { computeProviderOf } from '../../entities/aliases.js';
import { isKnownPlace } from '../../entities/gazetteer.js';
import type { Resource } from '../../schema.js';
import type { Extractor, RawClaim, SentenceView } from '../extractor.js';
import { anyOf } from '../gate.js';
import type { Actor } from '../../entities/coreference.js';
import { actorList, before, clauseAround, hasForeignSubject, isObjectSlot, isOwnerOfNext, jointSubjects, nearest, pickSubject, slotOf } from '../slots.js';
import { ruleExtractor } from '../rules.js';
import { RULES as TOKEN_RULES } from './rules.js';
import { sellsCompute } from './providers.js';

// An investment, not a deal's money: "as part of the Amazon $50B investment deal, to spend $138 billion"
// (money invested to buy compute is the deal's: "a fresh $1.5-billion investment to procure 8,000 GPUs")
const INVESTMENT_AFTER = /^\s*(?:investment (?:deal|in [A-Z])|(?:equity )?stake\b|funding round\b)/;
// From an amount to the name of its deal's other side: " deal with ", " order for 18,000 "
const BOUND_TO = /^\s+(?:[\w-]+\s+){0,3}?(?:deal|deals|contract|contracts|agreement|agreements|commitment|partnership|pact)\s+(?:with|from)\s+(?:the\s+|rival\s+)?$|^\s+(?:[\w-]+\s+){0,2}?(?:order|orders|purchase|purchases)\s+(?:for|of|from)\s+(?:[\d,.]+\s+)?$/i;

/** The token rules of ./rules.ts, run beside the extractor below. */
const tokenRules = ruleExtractor('compute_deal', TOKEN_RULES, {
  // "leveraging Nvidia chips supplied by Dell": a maker named for its chips is not the customer
  pick: { skip: (view, a) => namedForChips(view, a) || inFrontedPhrase(view, a) },
});

export const computeRules: Extractor = { type: 'compute_deal', extract: (view) => describedSellers(view, twoCompanies(unfronted(view, tokenRules.extract(view)))) };

/** A provider the article describes as a seller of compute ("cloud provider X", "X's GPUs") is a company by that description (refine/typed-subjects.ts). */
function describedSellers(view: SentenceView, claims: RawClaim[]): RawClaim[] {
  for (const c of claims) if (c.counterparty?.assumed && sellsCompute(view, c.counterparty)) c.providerDescribed = true;
  return claims;
}

/**
 * "renting Tessaly Cloud TPUs" read with Tessaly as the customer: a company's own cloud, named as
 * the company plus a word, is the company itself, and no company buys from itself.
 */
function twoCompanies(claims: RawClaim[]): RawClaim[] {
  return claims.filter((c) => !c.counterparty || !sameCompany(c.subject, c.counterparty));
}
function sameCompany(a: EntityRecord, b: EntityRecord): boolean {
  const names = (e: EntityRecord) => [e.name, ...e.aliases].map((n) => n.toLowerCase());
  return names(a).some((x) => names(b).some((y) => x === y || x.startsWith(y + ' ') || y.startsWith(x + ' ')));
}

// "Nvidia chips supplied by Dell": a maker named for its chips
function namedForChips(view: SentenceView, a: Actor): boolean {
  // ("NVIDIA GB300 NVL72 systems", "Nvidia H100s", "AMD MI300X accelerators", "Nvidia graphics processing units")
  // (the words between are a model's, not a verb's: "Tessaly Labs to provide GPU capacity" names a customer, not chips)
  return sellsCompute(view, a.entity) && /^(?:'s)? (?:(?:[a-z]*\d[\w-]*|tensor|core|grace|hopper|blackwell|instinct|cloud|data-?cent(?:er|re)|custom|latest|newest|own|ai|gaming|graphics|h\d+|nvl\d+|sxm\d?) ){0,2}?(?:gpus?|chips?|servers?|tpus?|accelerators?|processors?|superchips?|systems|graphics processing units?|tensor processing units?|[a-z]{0,3}\d{2,4}[a-z]{0,2}s?)\b/i.test(view.text.slice(a.end, a.end + 40));
}

/**
 * "In true Musk fashion, the company plans…": "the company" read as the name in the fronted
 * phrase before it means the company the article is about (the sentence's topic).
 */
function unfronted(view: SentenceView, claims: RawClaim[]): RawClaim[] {
  if (!claims.length || !view.topic) return claims;
  return claims.map((c) => {
    if (c.subjectVia !== 'anaphor' || c.subject === view.topic || c.counterparty === view.topic) return c;
    const fronted = view.actors.find((a) => a.entity === c.subject && a.via === 'name' && inFrontedPhrase(view, a));
    const anaphor = fronted && view.actors.find((a) => a.entity === c.subject && a.via === 'anaphor' && a.start > fronted.end && !/^(?:it|its|they|their)$/i.test(a.text));
    return anaphor ? { ...c, subject: view.topic!, subjectVia: 'topic' as const } : c;
  });
}

/**
 * compute_deal: a company gets compute (cloud, GPUs, TPUs, data centres, power) from a
 * provider. Needs both a compute word and a deal word in the sentence, a customer and a
 * provider; the provider is whoever the deal is "with"/"from", whose product or chips are
 * named ("Nvidia's GPUs", "Azure"), or who "provides"/"supplies" it.
 */

// Each: [pattern, resource]. The first that matches the sentence names the resource.
const RESOURCES: Array<[RegExp, Resource]> = [
  // "Google's TPUs", "tensor processing units", "Trainium chips" (custom accelerators count as TPU-like? no: chips)
  [/\b(?:tpus?|tensor processing units?)\b/, 'tpu'],
  // "100,000 GPUs", "Nvidia's latest GPU chips", "H100s", "Blackwell"
  [/\b(?:gpus?|graphics processing units?|h100s?|h200s?|b200s?|gb200s?|a100s?|blackwell|hopper)\b/, 'gpu'],
  // "a power purchase agreement", "electricity from Bruce Power", "nuclear power", "500 megawatts of power"
  [/\b(?:power purchase agreements?|ppas?|electricity|nuclear|power plants?|(?:mega|giga)watts? of (?:\w+ )?power|energy supply)\b/, 'power'],
  // "a $2 billion cloud contract", "Azure", "AWS", "cloud computing"
  [/\b(?:cloud|azure|aws|amazon web services|oci|cloud computing|compute capacity|computing capacity|computing power|compute)\b/, 'cloud'],
  // "data center capacity", "a 1.2GW campus", "supercomputer"
  [/\b(?:data[ -]?cent(?:er|re)s?|datacent(?:er|re)s?|campus(?:es)?|supercomputers?|server farms?|servers|colocation)\b/, 'datacenter'],
  // "a power purchase agreement", "nuclear", "megawatts"
  [/\b(?:power purchase agreements?|ppas?|electricity|nuclear|power plants?|megawatts?|gigawatts?|energy supply)\b/, 'power'],
  // "custom chips", "accelerators", "Trainium"
  [/\b(?:chips?|accelerators?|trainium|inferentia|semiconductors?|processors?)\b/, 'chips'],
];

// A deal, purchase or use: "signed a contract", "will rent", "access to", "runs on"
// (and what fills its machines: "plans to power its computing infrastructure with GPUs from Nvidia", "equip its data centres with")
const DEAL = /\b(?:(?:picked|picks|selected|selects|chose|chosen|chooses)\b(?=(?:[^.;]|\b(?:inc|corp|co|ltd|llc|plc)\.){0,60}\b(?:as (?:its|their|the) (?:[\w-]+ ){0,3}?(?:provider|partner|supplier|vendor|platform)|to (?:host|run|power|train|support)))|deals?|agreements?|contracts?|reserv(?:e|es|ed|ing)|draw(?:s|ing)?|drew|tapp(?:ed|ing)|moved|mov(?:e|es|ing) (?:its|their|(?:[\w-]+ ){1,5}to)|shift(?:s|ed|ing)? (?:[\w-]+ ){1,5}to|migrat(?:e|es|ed|ing)|switch(?:es|ed|ing)?|partnerships?|partnered|partnering|collaborations?|commitments?|committed|commit|signed|signs|inked|struck|strikes|secured|secures|rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|procur(?:e|es|ed|ing)|order(?:s|ed)?|access to|will use|to use|uses|using|used|usage of|run(?:s|ning)? on|built on|power(?:s|ed|ing)? (?:its|their|the|our) (?:[\w-]+ ){0,3}?with|equip(?:s|ped|ping)? (?:its|their|the|our) (?:[\w-]+ ){0,3}?with|tap(?:s|ped|ping)?|provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|sales? of|spend(?:s|ing)?|spent|deploy(?:s|ed|ing)?|customer|client|tenant|capacity from|through|host(?:s|ed|ing)?|turn(?:s|ed|ing)? to|(?:split|splits|splitting|divid(?:e|es|ed|ing)|spread(?:s|ing)?)(?= (?:[\w-]+ ){0,4}between))\b/;
// The provider gives: "Nvidia will supply TML with GPUs", "CoreWeave provides compute to X"
// (a noun after a determiner is no verb: "Meta is diversifying its compute supply")
// A second verb of the same subject that gives: "Nvidia will invest $100 billion in X and supply it with 10 gigawatts of systems"
// ("Nvidia will inject funding in stages—…—and supply its advanced GPUs to fuel OpenAI's data centers": its own chips supplied)
const AND_SUPPLIES = /^[^.;]{0,80}?[ —–]and (?:will |would |also |then |to )?(?:provid(?:e|es|ing)|suppl(?:y|ies|ying)) (?:(?:it|them|[a-z][\w-]* (?:[\w-]+ )?)?with\b|(?:its|their) (?:[\w-]+ ){0,3}(?:gpus?|chips?|processors?|accelerators?|computing power|compute|capacity)\b)/;
const USING_BEFORE_VERB = /\b(?:use|uses|used|using|deploy|deploys|deployed|deploying|adopt|adopts|adopted|adopting|tap|taps|tapping)\b/;
// ("Oracle would give Meta cloud infrastructure": giving a customer compute, the customer named first, is providing it)
const PROVIDER_VERB = /^(?:[\w'’ $.,()]{0,30}?)(?<!\b(?:its|their|the|a|an|our|his|her|compute|power|chip|energy|gpu|cloud) )(?:provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|(?:giv(?:e|es|ing)|gave) (?:[\w-]+ ){0,2}?access to|(?:giv(?:e|es|ing)|gave) (?=[\w&.-]+ (?:[\w&.-]+ )?(?:cloud|computing|compute|capacity|gpus?|chips|servers|infrastructure)\b)|rent(?:s|ed|ing)? (?:out )?(?:\w+ ){0,3}?to|leas(?:e|es|ed|ing) (?:\w+ ){0,3}?to|deliver(?:s|ed|ing)?|host(?:s|ed|ing)?|build(?:s|ing)? (?:\w+ ){0,4}?for|built (?:\w+ ){0,4}?for)\b(?! by\b)/;
// "CoreWeave has signed an agreement worth up to $4 billion to provide X with GPUs": the provider's deal, then its verb of giving
// (not "signed a deal with utility Fernholt Power to supply its data centres": the one the deal is with supplies)
const PROVIDER_DEAL_VERB = /^(?:[\w' ]{0,30}?)(?:sign(?:s|ed)?|ink(?:s|ed)?|struck|strikes|reached|agreed|entered into|form(?:s|ed)|seal(?:s|ed)|clinch(?:es|ed)|land(?:s|ed)|w[io]ns?)\b(?:(?! with )[^,;:]){0,80}?\bto (?:provide|supply|deliver|sell)\b/;
// "secured a $5.5 billion, 15-year lease with AWS to provide AI infrastructure": the subject's deal with a customer, to provide
// something not the subject's own (not "…with utility Fernholt Power to supply its data centres": there the other side supplies;
// nor "…with wind energy developer X to supply power to the facility": power comes from the energy company)
const PROVIDER_DEAL_WITH = /^(?:[\w' ]{0,30}?)(?:sign(?:s|ed)?|ink(?:s|ed)?|struck|strikes|secur(?:es|ed)|reached|agreed|entered into|form(?:s|ed)|seal(?:s|ed)|clinch(?:es|ed)|land(?:s|ed)|w[io]ns?)\b[^;:]{0,80}?\bwith\b[^;:,]{0,40}?\bto (?:provide|supply|deliver|sell)\b(?! (?:its|their|it|them|power|electricity|energy|renewable|green|clean|the (?:[\w-]+ ){0,3}?(?:startup|start-up|company|firm|lab|group|developer|maker))\b)/;
// Words before a name that make it the provider: "deal with X", "from X", "on X", "X's GPUs"
const PROVIDER_SLOT = /\b(?:with|from|on|through|via|using|uses?|used|to use|access to|tapped|taps|pay|pays|paid|(?:mov(?:e|es|ed|ing)|migrat(?:e|es|ed|ing)|switch(?:es|ed|ing)?|shift(?:s|ed|ing)?)(?: [\w-]+){0,7} to|(?:split|splits|splitting|divid(?:e|es|ed|ing)|spread(?:s|ing)?)(?: [\w-]+){0,4} between|(?:picked|picks|selected|selects|chose|chosen|chooses|tapped)|turn(?:s|ed|ing)? to|(?:supplied|provided|delivered|sold|leased|rented) by|hosted (?:in|on|by|at|across)|partnered with|partnership with|contract with|deal with|agreement with)\s+(?:(?:the |a |an )?(?:[\w-]*[a-z0-9][\w-]* ){0,3}?)?$|\b(?:with|from) (?:the |a |an )?(?:[\w-]*[a-z0-9][\w-]* ){0,3}?(?:service|provider|company|firm|operator|startup|specialist|giant|neocloud|player), $/;
// The words before an actor, bracketed asides left out: "from artificial intelligence (AI) startup CoreWeave"
function slotBefore(view: SentenceView, a: Actor): string {
  return view.text.slice(Math.max(view.sentence.start, a.start - 80), a.start).toLowerCase().replace(/ ?\([^()]{0,30}\)/g, '').slice(-60);
}
// "Nvidia-powered cloud services", "Nvidia-backed CoreWeave": a name inside a compound describes something else, it is no party
const IN_COMPOUND = /^-(?:powered|based|backed|equipped|accelerated|built|made|designed|owned|led|run|funded|supported|certified|optimi[sz]ed)\b/;
// A company named as the tenant or customer of a facility: "with Microsoft as the anchor tenant", "Microsoft will be the primary
// tenant" (read after the name; the deal-direction refiner reads it across an article too)
export const TENANT_AFTER = /^,? as (?:the |its |an? |their )?(?:[\w-]+ ){0,2}?(?:tenant|customer|client|offtaker)\b|^ (?:will be|would be|is|is to be|becomes|became|was) (?:the |its |an? )?(?:[\w-]+ ){0,2}?tenant\b/i;
// "strikes $500m AWS deal", "a new Azure contract": a seller's name on the deal itself
const NAMES_DEAL = /^(?:'s)? (?:[a-z-]+ )?(?:deal|contract|agreement|partnership|pact|tie-up)\b/;
// "Quillmark and Google Cloud signed a deal": a customer and a seller as joint subjects of the deal
const JOINT_DEAL = /^,? (?:have |has |had |on \w+ |today |jointly )?(?:signed|inked|struck|sealed|agreed|announced|unveiled|reached|entered|expanded|extended)\b/;
// A provider named only as the other side of a deal "with" it, neither known nor described to sell compute
// ("a $75m deal with Quenby" — not "Quenby GPUs", not "Azure")
function onlyAcrossDeal(view: SentenceView, p: EntityRecord, productProviders: EntityRecord[]): boolean {
  if (sellsCompute(view, p) || productProviders.includes(p)) return false;
  return view.actors.filter((a) => a.entity === p).every((a) => WITH_SLOT.test(slotBefore(view, a)) && !NAMED_FOR_COMPUTE.test(view.text.slice(a.end, a.end + 30)));
}
const WITH_SLOT = /\bwith\s+(?:(?:the |a |an )?(?:[\w-]*[a-z0-9][\w-]* ){0,3}?)?$/;
const NAMED_FOR_COMPUTE = /^(?:'s)? (?:(?!(?:for|to|with|from|on|in|of|and|at)\b)[\w-]+ ){0,2}?(?:gpus?|chips?|servers?|tpus?|cloud)\b/i;
// "than what ride-hailing firm Lyft … spends on AWS": a term of comparison is no party
const COMPARED = /\b(?:than|as much as|as many as|compared (?:with|to))\b[^;:]{0,80}$/;
// Not about buying compute from a seller: takeovers, stakes, lending, funding rounds
const NOT_COMPUTE_DEAL = /\b(?:acqui(?:re|res|red|ring|sition)|takeover|merger|merge|buyout|stake|invest(?:s|ed|ing|ment|ors?)?|funding|financing|loan|debt|credit|bonds?|sponsor\w*|lawsuit|settle\w*|licens\w*|royalt\w*)\b/;
// "In true Musk fashion, the company plans…": a name inside a fronted phrase is not the clause's subject
function inFrontedPhrase(view: SentenceView, a: Actor): boolean {
  return /^\W*(?:in|on|at|for|with|after|like|by|under)\s+(?:[\w'-]+\s+){0,3}$/i.test(view.text.slice(view.sentence.start, a.start)) && /^(?:'s)?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,/.test(view.text.slice(a.end, a.end + 40));
}
// "…Deutsche Bank.Trump says…": two sentences run together (scraped pages); a name before the seam is not the later one's subject
function beforeSeam(view: SentenceView, a: Actor, at: number): boolean {
  return /[a-z0-9)]\.(?=[A-Z][a-z])/.test(view.text.slice(a.start, at));
}
// Not a purchase of compute: product launches, share sales, chip exports to countries
// ", a Nordic GPU cloud provider," right after a name
// (the rest of the list before the name, and the maker's name before a product's: "rivals in the space, namely Amazon Web Services
// and Microsoft " before "Azure")
const RIVALS_NAMED = /\b(?:rivals?|competitors?)\b[^;.]{0,30},\s+(?:namely|including|such as|like|notably|chiefly|mainly)\s+(?:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}(?:,\s+|,?\s+and\s+))*(?:[A-Z][\w&.'’-]*\s+)?$/;
// (or a relation of another company: "AMD, Nvidia’s nearest rival in AI accelerators, would provide…")
const APPOSITION_AFTER = /^, (?:a|an|the|its|their|[\w&.-]+(?: [\w&.-]+){0,2}['’]s) [^,;]{0,80},/;
const CHIP_AFTER = /^\s*(?:[\w-]+\s+)?(?:gpus?|chips?|processors?|accelerators?|superchips?)\b/i;
// A sale of compute, then the one it goes to: "the sale of cutting-edge Nvidia chips to"
const SALE_TO_BEFORE = /\bsales? of (?:[\w-]+ ){0,5}?(?:chips?|gpus?|processors?|accelerators?|semiconductors|servers?|computing power|compute) to (?:the )?$/i;
// A relative clause telling another company's own provider, before this deal: "OpenAI, which had earlier relied on Microsoft's
// Azure infrastructure" — the provider named there is no party to the deal
const OTHER_PROVIDER_CLAUSE = /, (?:which|who|that) (?:had |has |have )?(?:earlier |previously |once |long |until now |until recently |so far |mostly |largely |exclusively |also )?(?:relied|rel(?:y|ies)|depended|depends?|used|uses|ran|runs|trained|trains)\b[^.;,]*$/;
// A name owning the chips right after it: "access to some of Kestrel Chips' processors" — their maker, no customer
const OWNS_CHIPS_AFTER = /^['’]s? (?:[\w-]+ ){0,2}?(?:gpus?|chips?|processors?|accelerators?|servers?|tpus?|superchips?)\b/i;
// The relative clause's object is a pronoun: ", which will give it access to", ", which will supply them with"
const RELATIVE_PRONOUN_OBJECT = /^,\s+(?:which|that)\s+(?:will\s+|would\s+|also\s+)?(?:provid|suppl|giv)\w*\s+(?:it|them)\b/i;
const RELATIVE_PROVIDES = /^,\s+(?:which|that)\s+(?:will\s+|would\s+|also\s+|is to\s+|has agreed to\s+|agreed to\s+)?(?:provid|suppl|deliver|sell|rent|lease|giv(?:e|es|ing)\s+(?:[\w-]+\s+){0,2}?access\b)/i;
// (a company's business model says what it does for anyone: "its business model is to lease space and rent out servers")
// (but "unveiled a deal with Google" is a deal: a launch or an unveiling of a deal, an agreement or a partnership)
// (nor chips for phones, modems or cars: "a deal with Apple to supply the iPhone maker with 5G communications chips" — parts, not compute)
const NOT_A_DEAL = /\b(?:(?:modem|5g|4g|lte|communications?|smartphone|phone|handset|wireless|rf|radio|automotive|car|camera|display) (?:chips?|chipsets?|components?|parts)|business model|(?:launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?)(?! (?:a|an|the|its|their) (?:[\w-]+ ){0,2}?(?:deal|agreement|contract|partnership|pact|tie-up)s?\b)|announce[sd]? (?:a |its )?new (?:model|product|chip|phone)|stock|shares|earnings|revenue|profit|tariffs?|export controls?|sanctions?)\b/;
// ("X shares jumped 13% after announcing a $14.2 billion agreement with Y": the market's answer to a deal, not a share sale)
const STOCK_REACTION = /^(?:[^.;]{0,60}?)\b(?:shares|stock)\b[^.;]{0,60}?\b(?:after|following|on (?:news|reports) (?:of|that))\b[^.;]{0,30}?\b(?:announc\w*|sign\w*|strik\w*|struck|ink\w*|seal\w*|reveal\w*|unveil\w*|the company|it)\b/;
/** The sentence is about something else than a deal (a launch, earnings, a share sale); a stock's move "after announcing" is left out. */
const notADeal = (lower: string) => {
  const reaction = STOCK_REACTION.exec(lower);
  return NOT_A_DEAL.test(reaction ? lower.slice(reaction[0].length) : lower);
};

// ("Safaricom spent over Sh7 billion to move M-Pesa servers from Germany to Kenya": its own machines moved between two places,
// no compute bought from anyone — not "moved its servers from AWS to Google Cloud")
const RELOCATION = /\b(?:mov|relocat|transferr?|shift)\w* (?:[\w'’-]+ ){0,4}?(?:servers?|data ?cent(?:er|re)s?|datacent(?:er|re)s?|infrastructure|systems|computers|hardware) (?:[\w-]+ ){0,2}?from (?:the )?([A-Z][\w-]*(?: [A-Z][\w-]*)?) to (?:the )?([A-Z][\w-]*(?: [A-Z][\w-]*)?)/;
const relocates = (text: string) => {
  const m = RELOCATION.exec(text);
  return !!m && isKnownPlace(m[1]!.toLowerCase()) && isKnownPlace(m[2]!.toLowerCase());
};

// A name and the compute it owns: "Quenby's cloud", "Quenby Inc.'s data centers", "Quenby GPUs"
const OWNED_COMPUTE = /^(?:'s|’s)? (?:(?!(?:for|to|with|from|on|in|of|and|at|is|was|will|has)\b)[\w-]+ ){0,2}?(?:cloud|data ?cent(?:er|re)s|datacent(?:er|re)s|supercomputers?)\b(?! (?:revenue|sales|business|team|unit|division|bill|costs?|spend\w*)\b)/i;
// The customer's payment after the deal's other side: ", agreeing to pay $920 million per month for computing power"
const PAYS_AFTER = /^(?:'s)?[^.;]{0,40}?\b(?:agreeing|agreed|committing|committed|set|due|expected) to (?:pay|spend)\b/;
// Verbs of using a provider's product: "trains its models on Azure", "moved to Google Cloud"
// An energy company by its name's last word ("Constellation Energy", "Kairos Power", "Talen Energy"): a deal for power with it buys its power
export const ENERGY_NAME = /\b(?:Energy|Power|Nuclear|Electric|Electricity|Utilities|Renewables|Solar|Wind)(?: (?:Corporation|Corp\.?|Inc\.?|Ltd|plc|Group|Company|Co\.?|Holdings))?$/;
const USE_VERB = /\b(?:runs?|running|ran|train(?:s|ed|ing)?|host(?:s|ed|ing)?|built|build(?:s|ing)?|deploy(?:s|ed|ing)?|mov(?:e|es|ed|ing)|migrat(?:e|es|ed|ing)|commitment|uses?|using|relies|rely)\b/;

const APPOSITION = /, (?:a|an|the) [^,]{0,80}?\b(?:startup|start-up|company|firm|provider|operator|maker|developer|business|unicorn|lab)\b[^,]{0,80},/g;

// "1.2GW campus for OpenAI", "a data center for Microsoft": capacity built for a customer
const CAPACITY = /\b(?:campus(?:es)?|data[ -]?cent(?:er|re)s?|clusters?|facility|facilities|supercomputers?|capacity)\b/;
const BUILT_FOR = new RegExp(`${CAPACITY.source} (?:[\\w-]+ ){0,2}?for $`);
const PROVIDERS_CUSTOMERS = /\b(?:customers|clients|tenants)\b (?:include|including|such as|like|are)\b/;
// "Customers of Corvid Cloud include…", "Corvid Cloud counts Kestrel AI and Morrow Labs among its customers": the provider by "of"
// or as the subject counting them
const CUSTOMERS_OF = /\b(?:customers|clients|tenants) of (?:the )?$/i;
// (the same words anywhere in a sentence: the gate of compute words, and the cheap test before asking who sells compute)
const CUSTOMERS_OF_WORDS = /\b(?:customers|clients|tenants) of\b/;
const INCLUDE_AFTER = /^ (?:include|includes|including|are|such as)\b/i;
// "Google Cloud, which has also nabbed the UK's Vodafone and Spain's Telefónica": customers a seller has won, in a relative clause on it
const WON_CLAUSE = String.raw`(?:which|that) (?:has |have |had )?(?:also |already |recently |now )?(?:won|nabbed|landed|snagged|signed up|signed on|bagged|secured|attracted|added|wooed|lured)`;
const WON_CUSTOMERS = new RegExp(String.raw`^,? ${WON_CLAUSE} (?:the )?(?:[A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s )?$`);
// ("In July, Google won business from OpenAI, which has primarily relied on Azure": the business a seller has won from a customer)
const BUSINESS_WON = String.raw`(?:won|landed|secured|snagged|clinched|bagged|nabbed) (?:new |more |fresh )?(?:business|work|a contract|contracts|a deal|deals|an order|orders) from`;
const WON_FROM = new RegExp(String.raw`^ (?:has |have |had )?(?:also |recently |just |now )?${BUSINESS_WON} (?:the )?$`);
const WON_WORDS = new RegExp(String.raw`\b${WON_CLAUSE}\b|\b${BUSINESS_WON}\b`);
const COUNTS_AMONG = /^ (?:now |also )?counts? (?:[^.;:]{1,120}?) among (?:its|their) (?:[\w-]+ )?(?:customers|clients|tenants)\b/i;
// Every way to a claim needs one of these words: a resource named, a provider's customers,
// capacity built for someone
const ANY_COMPUTE = anyOf([...RESOURCES.map(([re]) => re), PROVIDERS_CUSTOMERS, CUSTOMERS_OF_WORDS, /\bamong (?:its|their) (?:[\w-]+ )?(?:customers|clients|tenants)\b/, CAPACITY]);

function resourceOf(text: string): Resource | null {
  for (const [re, r] of RESOURCES) if (re.test(text)) return r;
  return null;
}

// A relative clause on a company up to a provider it works with or buys from: ", which continues to work with … "
const RELATIVE_WORKS_WITH = /^,? (?:which|who|that) (?:[a-z]+ ){0,4}(?:work(?:s|ed|ing)? with|rel(?:y|ies|ied|ying) on|us(?:e|es|ed|ing)|buy(?:s|ing)? (?:[a-z]+ ){0,3}from|rent(?:s|ed|ing)? (?:[a-z]+ ){0,3}from)(?: [^;.]{0,160})? $/;
// (one a company works with, not buys from: "plans to collaborate with Humain")
const WORKS_WITH = /\b(?:collaborat(?:e|es|ed|ing)|cooperat(?:e|es|ed|ing)|co-operat(?:e|es|ed|ing)|partner(?:s|ed|ing)?|team(?:s|ed|ing)? up|work(?:s|ed|ing)?) with $/;
/**
 * A deal with a seller of nothing but compute (known to sell compute, not a giant with other
 * businesses) after "with"/"from", in an article that speaks of compute elsewhere: "signed a deal
 * worth up to $3 billion with CoreWeave". Not a takeover, a stake, a loan or a funding round.
 */
function sellsOnlyCompute(view: SentenceView, lower: string): boolean {
  // (the words first: asking who sells compute reads the article around each name)
  if (!/\b(?:deals?|agreements?|contracts?)\b/.test(lower) || NOT_COMPUTE_DEAL.test(lower) || notADeal(lower) || !articleNamesCompute(view.text)) return false;
  // (not a seller one works with: "Global AI plans to collaborate with Humain, in an agreement worth billions" is a partnership)
  if (view.actors.some((a) => sellsCompute(view, a.entity) && !a.entity.giant && /\b(?:with|from) (?:[\w-]*[a-z][\w-]* ){0,2}$/.test(slotBefore(view, a)) && !WORKS_WITH.test(slotBefore(view, a)))) return true;
  // ("CoreWeave expanded its agreement with Zentrix AI by $6.5 billion": the seller as subject, its customer after "with")
  const first = view.actors[0];
  // ("CoreWeave expanded its OpenAI agreement by $6.5 billion": the customer named on the seller's own agreement)
  return !!first && first.via === 'name' && sellsCompute(view, first.entity) && !first.entity.giant && !isObjectSlot(view, first) && view.actors.some((b) => b.entity !== first.entity && !sellsCompute(view, b.entity) && (/\bwith (?:[\w-]*[a-z][\w-]* ){0,2}$/.test(slotBefore(view, b)) || ownAgreementWith(view, b)));
}
/** "its OpenAI agreement", "their Meta contract": the other side named on the subject's own deal. */
function ownAgreementWith(view: SentenceView, b: Actor): boolean {
  return /\b(?:its|their) $/.test(slotBefore(view, b)) && NAMES_DEAL.test(view.text.slice(b.end, b.end + 40).toLowerCase());
}
// (one article at a time: the answer for the last article read)
let lastArticle: [text: string, names: boolean] = ['', false];
function articleNamesCompute(text: string): boolean {
  if (lastArticle[0] !== text) lastArticle = [text, ANY_COMPUTE.test(text.toLowerCase())];
  return lastArticle[1];
}

/**
 * A provider's customers: "CoreWeave's largest customers include Quillmark and Zentrix AI",
 * "a 1.2GW campus for OpenAI" (in a provider's list or article). The provider is the owner
 * of the customers, or the subject/topic building the capacity; the customers are named after.
 */
function customersOfProvider(view: SentenceView, lower: string): RawClaim[] {
  const out: RawClaim[] = [];
  const make = (customer: { entity: EntityRecord; via: RawClaim['subjectVia'] }, provider: EntityRecord, at: number, reason: string, resource: Resource) => {
    if (customer.entity === provider || customer.entity.media || customer.entity.investor) return;
    out.push({ type: 'compute_deal', subject: customer.entity, counterparty: provider, value: null, sentence: view.sentence, reason, confidence: 0.74, subjectVia: customer.via, cueAt: at, resource });
  };
  // "CoreWeave's largest customers include Quillmark and Zentrix AI"
  const include = PROVIDERS_CUSTOMERS.exec(lower);
  if (include) {
    const at = view.sentence.start + include.index;
    const owner = [...view.actors].reverse().find((a) => a.possessive && a.end <= at && at - a.end <= 30 && sellsCompute(view, a.entity));
    if (owner) for (const c of actorList(view, at + include[0].length)) make({ entity: c.entity, via: c.via }, owner.entity, at, 'compute_deal/customers-of-provider', 'cloud');
  }
  // (the words first: asking who sells compute reads the article around each name)
  if (CUSTOMERS_OF_WORDS.test(lower) || /\bcounts?\b/.test(lower)) for (const a of view.actors) {
    if (a.possessive || !sellsCompute(view, a.entity)) continue;
    const after = view.text.slice(a.end, view.sentence.end);
    const inc = CUSTOMERS_OF.test(view.text.slice(Math.max(view.sentence.start, a.start - 20), a.start)) ? INCLUDE_AFTER.exec(after) : null;
    const counts = !inc && !isObjectSlot(view, a) ? COUNTS_AMONG.exec(after) : null;
    const from = inc ? a.end + inc[0].length : counts ? a.end + counts[0].indexOf('count') + 5 : -1;
    if (from < 0) continue;
    for (const c of actorList(view, from)) if (c.start < (counts ? a.end + counts[0].length : view.sentence.end)) make({ entity: c.entity, via: c.via }, a.entity, a.start, 'compute_deal/customers-of-provider', resourceOf(view.lower) ?? 'cloud');
  }
  for (const a of view.actors) {
    if (!BUILT_FOR.test(view.text.slice(Math.max(view.sentence.start, a.start - 50), a.start).toLowerCase())) continue;
    const builder = pickSubject(view, a.start, { exclude: [a.entity] });
    if (builder && (sellsCompute(view, builder.entity) || builder.via === 'topic')) make({ entity: a.entity, via: a.via }, builder.entity, a.start, 'compute_deal/capacity-for-customer', resourceOf(lower) ?? 'datacenter');
  }
  return out;
}

/** "…to Google Cloud, which has also nabbed the UK's Vodafone and Spain's Telefónica": the customers a seller of compute has won. */
function wonCustomers(view: SentenceView): RawClaim[] {
  const out: RawClaim[] = [];
  // (the words first: asking who sells compute reads the article around each name)
  if (!WON_WORDS.test(view.lower)) return out;
  for (const a of view.actors) {
    if (a.possessive || !sellsCompute(view, a.entity)) continue;
    const won = view.actors.find((c) => c.start > a.end && c.entity !== a.entity && c.via === 'name' && (WON_CUSTOMERS.test(view.text.slice(a.end, c.start)) || (!isObjectSlot(view, a) && WON_FROM.test(view.text.slice(a.end, c.start)))));
    if (!won || !ANY_COMPUTE.test(view.lower)) continue;
    for (const c of actorList(view, won.start)) {
      if (c.entity === a.entity || c.entity.media || c.entity.investor) continue;
      out.push({ type: 'compute_deal', subject: c.entity, counterparty: a.entity, value: null, sentence: view.sentence, reason: 'compute_deal/customers-won', confidence: 0.74, subjectVia: c.via, cueAt: c.start, resource: resourceOf(view.lower) ?? 'cloud' });
    }
  }
  return out;
}

export const computeDeal: Extractor = {
  type: 'compute_deal',
  // (a compute word, or a deal word for a deal with a seller of nothing but compute: dealsOf's own tests)
  // (and a name: the provider is named, or its product)
  cue: () => ({ pattern: new RegExp(`${ANY_COMPUTE.source}|\\b(?:deals?|agreements?|contracts?)\\b`, 'i'), named: true }),
  extract: (view) => {
    const won = wonCustomers(view);
    // ("Orvale Cloud won a contract from Tarvo Bank": the seller that won the business is no buyer from the one it won it from)
    const deals = addOns(view, supplierNamed(view, dealsOf(lastClauseOf(view)))).filter((d) => !won.some((w) => w.subject === d.counterparty && w.counterparty === d.subject));
    return describedSellers(view, twoCompanies(unfronted(view, [...deals, ...won])));
  },
};

// A company opening a clause of its own after a comma, and its verb: ", and Oracle recently landed", ", while Orrin signed"
const CLAUSE_VERB_AFTER = /^ (?:[a-z]+ly )?(?:has|had|have|is|was|will|would|could|[a-z]{3,}ed|struck|won|signed|landed|took|made|bought|paid|spent|got)\b/;
/**
 * "Microsoft has poured $14 billion into OpenAI, Amazon invested $8 billion in Anthropic, and Oracle landed a $30 billion cloud
 * deal with OpenAI": when a sentence runs clauses with subjects of their own and only the last speaks of compute, the deal is
 * the last clause's: the companies of the clauses before take no part in it.
 */
function lastClauseOf(view: SentenceView): SentenceView {
  const { text } = view;
  let seam = -1;
  for (const a of view.actors) {
    if (a.via !== 'name' || !/, (?:and |while |but |whereas )?$/.test(text.slice(Math.max(view.sentence.start, a.start - 8), a.start)) || !CLAUSE_VERB_AFTER.test(text.slice(a.end, a.end + 30))) continue;
    if (view.actors.some((b) => b.via === 'name' && b.end < a.start - 2 && CLAUSE_VERB_AFTER.test(text.slice(b.end, b.end + 30)))) seam = a.start;
  }
  if (seam < 0 || ANY_COMPUTE.test(view.lower.slice(0, seam - view.sentence.start))) return view;
  return { ...view, actors: view.actors.filter((a) => a.start >= seam), names: view.names.filter((n) => n.start >= seam), memo: {} };
}

// "a cloud deal … worth up to $11.9 billion, followed by a $4 billion add-on in May": more money for the same deal
const ADD_ON_BEFORE = /^[^.;]{0,50}?,?\s*(?:followed by|then|and|plus)\s+(?:a|an|another)\s*$/;
const ADD_ON_AFTER = /^\s*(?:[\w-]+\s+)?(?:add-on|addon|expansion|extension|top-up|follow-on)\b/;

/** The same deal's later money, told right after its first. */
function addOns(view: SentenceView, claims: RawClaim[]): RawClaim[] {
  const out = [...claims];
  for (const c of claims) {
    if (c.value?.kind !== 'money') continue;
    const next = view.quantities.find((q) => q.start >= c.value!.end && q.kind === 'money');
    if (!next || claims.some((x) => x.value === next) || !ADD_ON_BEFORE.test(view.text.slice(c.value.end, next.start)) || !ADD_ON_AFTER.test(view.text.slice(next.end, next.end + 30))) continue;
    out.push({ ...c, value: next, cueAt: next.start, confidence: c.confidence - 0.04 });
  }
  return out;
}

// "AMD is HUMAIN's second source", "Orrin Cloud became Kestrel's main supplier": the first supplies the second
const SUPPLIER_OF = /^ (?:is|was|has become|became|remains|will be|would be) (?:now |also )?(?:the |a |an |one of )?$/;
const SUPPLIER_NOUN = /^(?:['’]s?)? (?:[\w-]+ ){0,2}?(?:source|sources|supplier|suppliers|provider|providers|vendor|vendors)\b/;

/** A deal read the wrong way round in a sentence that says which side supplies the other. */
function supplierNamed(view: SentenceView, claims: RawClaim[]): RawClaim[] {
  if (!claims.length) return claims;
  for (const a of view.actors) {
    const b = view.actors.find((x) => x.start > a.end && x.possessive && x.entity !== a.entity && SUPPLIER_OF.test(view.text.slice(a.end, x.start)));
    if (!b || !SUPPLIER_NOUN.test(view.text.slice(b.end, b.end + 40))) continue;
    return claims.map((c) => (c.subject === a.entity && c.counterparty === b.entity ? { ...c, subject: b.entity, counterparty: a.entity } : c));
  }
  return claims;
}

const ENERGY_DESCRIBED = /\b(?:energy|power|utility|renewables?|wind|solar|hydro|nuclear|electricity)(?: [\w-]+){0,2} (?:firm|company|group|developer|producer|provider|supplier|utility|generator|giant|major)\s+$/i;
const POWER_DEAL = /\b(?:supply|supplying|supplies|provide|providing|provides|deliver|delivering) (?:[\w-]+ )?(?:power|electricity)\b|\b(?:contract|deal|agreement) (?:[^\s.;,]+ ){0,8}?for (?:[\w-]+ ){0,3}(?:power|electricity)\b|\b(?:renewable|clean|green|wind|solar) energy (?:deal|agreement|contract|supply)s?\b/;
const SUPPLIED_INFRA = /\bto (?:provide|supply|deliver)\b[^.;]{0,30}\b(?:ai|artificial intelligence) (?:computing )?infrastructure\b/;

function dealsOf(view: SentenceView): RawClaim[] {
  {
    const lower = view.lower;
    // ("formed an agreement with Microsoft to provide artificial intelligence infrastructure": AI infrastructure someone
    // provides is rented compute — not "partnerships … for AI infrastructure projects", which says no one's side)
    const suppliedInfra = SUPPLIED_INFRA.test(lower);
    const namesCompute = ANY_COMPUTE.test(lower) || suppliedInfra;
    // "The company signed a deal worth up to $3 billion with CoreWeave": a deal with a seller of
    // nothing but compute, in an article about compute, is a compute deal without a compute word
    const sellerDeal = !namesCompute && sellsOnlyCompute(view, lower);
    if (!namesCompute && !sellerDeal) return [];
    const viaCustomers = namesCompute ? customersOfProvider(view, lower) : [];
    if (viaCustomers.length) return viaCustomers;
    // "Quillmark, a cloud computing startup founded in 2021, has landed partnerships with …": words that
    // describe a company in an apposition say what it is, not what a deal provides
    // ("a renewable energy deal … with wind energy developer X to supply power to the facility": power, whatever the facility is)
    const resource = sellerDeal ? 'cloud' : POWER_DEAL.test(lower) ? 'power' : resourceOf(lower.replace(APPOSITION, ', ')) ?? (suppliedInfra ? 'cloud' : null);
    if (!resource) return [];
    // power is compute only for computing: "a PPA for its data centers", a tech company buying power — not "a dam designed to produce 12,600 MW"
    const powerForComputing = resource !== 'power' || /\b(?:data ?cent(?:er|re)s?|ai|computing|compute|cloud|servers?|gpus?)\b/.test(lower);
    let deal = DEAL.exec(lower);
    // "runs all of its training jobs on Azure": a provider's product and a verb of use
    const namesProduct = view.names.some((n) => {
      const p = n.kind === 'product' ? computeProviderOf(n.surface) : undefined;
      return !!p && view.entities.ensure(p).compute;
    });
    // "will run its models on Quenby's cloud", "trains in Quenby data centres": a verb of use and a named owner of compute
    const namesOwner = view.actors.some((a) => a.via === 'name' && OWNED_COMPUTE.test(view.text.slice(a.end, a.end + 40)));
    if (!deal && (namesProduct || namesOwner)) deal = USE_VERB.exec(lower);
    if (!deal || notADeal(lower) || relocates(view.text.slice(view.sentence.start, view.sentence.end))) return [];
    const cueAt = view.sentence.start + deal.index;

    // Providers: named products ("Azure" → Microsoft), possessive owners of the compute
    // ("Nvidia's GPUs", "Google's TPUs"), actors in a provider slot, actors doing the providing.
    const providers: EntityRecord[] = [];
    // providers only because they make the chips named ("deal … to lease servers equipped with Nvidia chips")
    const makersOnly = new Set<EntityRecord>();
    for (const n of view.names) {
      if (n.kind !== 'product') continue;
      const p = computeProviderOf(n.surface);
      const e = p ? view.entities.ensure(p) : null;
      // ("training xAI's next model, Grok", "apps like Snapchat": a product of a company that sells no compute names no provider)
      if (e && e.compute && !providers.includes(e)) {
        providers.push(e);
        // ("deals with Orrin Cloud to deploy 260,000 Blackwell processors": a chip names its maker, a party only when no one
        // else sells)
        if (CHIP_AFTER.test(view.text.slice(n.end, n.end + 30))) makersOnly.add(e);
      }
    }
    const productProviders = [...providers];
    const productOwner = (surface: string) => {
      const name = computeProviderOf(surface);
      return name ? view.entities.ensure(name) : null;
    };
    const providerVerbActor = view.actors.find((a) => {
      // ("an agreement that will see Amazon Web Services provide it with cloud infrastructure": the one seen doing is its verb's subject)
      // ("a deal for Nvidia to supply 18,000 Blackwell chips to Humain": the one a deal is "for" to do is its verb's subject too)
      const seenDoing = /\b(?:see|sees|saw|seen|let|lets)\s+(?:the\s+)?$/i.test(view.text.slice(Math.max(view.sentence.start, a.start - 12), a.start)) || (/\bfor\s+$/i.test(view.text.slice(Math.max(view.sentence.start, a.start - 5), a.start)) && /^ to (?:provide|supply|deliver|sell|build|rent|lease)\b/.test(view.text.slice(a.end, a.end + 20)));
      // ("a strategic partnership with Nvidia, which will provide Mistral with 18,000 GPUs": a relative clause's verb is its name's)
      // ("a contract with IREN, which will give it access to some of Nvidia's chips": giving access is providing)
      const relativeDoer = RELATIVE_PROVIDES.test(view.text.slice(a.end, a.end + 50));
      if ((isObjectSlot(view, a) && !seenDoing && !relativeDoer) || a.entity.media) return false;
      // ("Omnia, a data centre platform backed by Patria Investments, signed a deal … to supply power": a backer inside an apposition is
      // no doer of the sentence's verb)
      if (/\b(?:backed|owned|controlled|funded|founded|run|operated|led|acquired) by (?:the )?$/i.test(view.text.slice(Math.max(view.sentence.start, a.start - 16), a.start))) return false;
      // ("Ostrevia, a Nordic GPU cloud provider, will supply…": the description between name and verb is stepped over)
      const after = view.text.slice(a.end, view.sentence.end).toLowerCase();
      const rest = after.replace(APPOSITION_AFTER, '');
      // ("Pinterest plans to use AWS Trainium to host its models": a verb of hosting after the subject's own use of another's is the
      // purpose of that use, not a service the subject sells)
      const pv = PROVIDER_VERB.exec(rest);
      if ((pv && !USING_BEFORE_VERB.test(pv[0])) || AND_SUPPLIES.test(rest)) return true;
      // (the customer named after "with", and what is provided not the subject's own: the subject provides)
      if (!PROVIDER_DEAL_VERB.test(rest) && PROVIDER_DEAL_WITH.test(rest)) return true;
      const dealVerb = PROVIDER_DEAL_VERB.exec(rest);
      if (!dealVerb) return false;
      // ("signed a $1bn contract to supply Pellmore Labs with…": the one supplied is named right after the verb)
      const verbEnd = a.end + (after.length - rest.length) + dealVerb[0].length;
      const suppliedNamed = view.actors.some((b) => b.entity !== a.entity && b.via === 'name' && b.start >= verbEnd && /^ (?:the )?$/.test(view.text.slice(verbEnd, b.start)));
      return sellsCompute(view, a.entity) || a.via === 'anaphor' || suppliedNamed;
    });
    for (const a of view.actors) {
      // "servers fitted with its own accelerators": a pronoun is the customer talking about itself
      if (a.via === 'anaphor' && /^(?:it|its|they|their|we|our)$/i.test(a.text)) continue;
      const rest = view.text.slice(a.end, a.end + 40);
      if (IN_COMPOUND.test(rest)) continue;
      // "strikes $500m AWS deal": the seller named on the deal
      if (sellsCompute(view, a.entity) && NAMES_DEAL.test(rest.toLowerCase()) && !providers.includes(a.entity)) providers.push(a.entity);
      // "Quillmark and Google Cloud signed a deal": the seller of a joint pair
      const partner = view.actors.find((b) => b.start > a.end && / and $/.test(view.text.slice(a.end, b.start)) && view.text.slice(a.end, b.start).length <= 5);
      if (partner && JOINT_DEAL.test(view.text.slice(partner.end, partner.end + 40).toLowerCase()) && sellsCompute(view, a.entity) !== sellsCompute(view, partner.entity)) {
        const seller = sellsCompute(view, a.entity) ? a : partner;
        if (!providers.includes(seller.entity)) providers.push(seller.entity);
      }
      const slot = slotBefore(view, a);
      // "expanded its OpenAI agreement": the other side of the subject's deal (which side sells is settled below)
      if (!sellsCompute(view, a.entity) && ownAgreementWith(view, a) && !providers.includes(a.entity)) providers.push(a.entity);
      // "Nvidia's latest GPU chips", "AMD chips", "Google TPUs": the maker or owner of the compute
      const after = view.text.slice(a.end, a.end + 40).toLowerCase();
      // (directly, or through a model name: "Nvidia H100 GPUs" — not "Halvard will rent GPUs")
      // (a model name of two words too: "NVIDIA H100 SXM GPUs", "Nvidia H100 Tensor Core GPUs")
      const makerOf = /^ (?:[a-z]*\d[a-z0-9-]*s? (?:[a-z][a-z0-9-]* ){0,2}|instinct |blackwell |hopper |latest |newest |custom |ai )?(?:gpus?|graphics processing units?|tensor processing units?|chips?|tpus?|accelerators?|processors?|servers?|cloud)\b/.test(after);
      // ("Nvidia's latest GPU chips", "Google's TPUs" — not "its training jobs on Azure")
      const ownerOf = (a.possessive || /^ (?:data[ -]?cent|datacent)/.test(after)) && a.via !== 'anaphor' && /^(?:'s)? (?:[a-z0-9-]+ ){0,2}?(?:gpus?|chips?|tpus?|tensor|accelerators?|processors?|servers?|cloud|data[ -]?cent\w+|compute|computing|infrastructure|capacity|supercomputers?|h\d+s?|blackwell|hopper)\b/.test(after);
      const ownsCompute = (ownerOf || makerOf) && resourceOf(after) !== null;
      // ("an agreement with Elon Musk's SpaceX": a person or a company owning the name right after it stands in the slot for it,
      // and is no party itself unless it sells compute — not a place, "deals with South Korea's SK Hynix", nor a product, "on Azure's Nvidia instances")
      const owner = [...view.names].reverse().find((n) => n.end <= a.start && (n.kind === 'person' || n.kind === 'org') && /^['’]s? $/.test(view.text.slice(n.end, a.start)));
      const inSlot = PROVIDER_SLOT.test(slot) || (!!owner && PROVIDER_SLOT.test(slotBefore(view, { ...a, start: owner.start })));
      if ((inSlot && !(a.possessive && !ownsCompute && !sellsCompute(view, a.entity) && isOwnerOfNext(view, a))) || ownsCompute) {
        // ("equipped with Nvidia chips": named for its chips, even after "with")
        if ((makerOf || !inSlot) && !providers.includes(a.entity)) makersOnly.add(a.entity);
        for (const x of [a, ...actorList(view, a.start).slice(1)]) if (!providers.includes(x.entity)) providers.push(x.entity);
      } else makersOnly.delete(a.entity);
    }
    let subjectPick;
    if (providerVerbActor) {
      // "CoreWeave will provide TML with GPUs": the provider is the subject, the customer the object
      providers.unshift(providerVerbActor.entity);
      // (a product named is what it provides, made by others: "will provide Halvard with 18,000 Blackwell GPUs" is no deal with Nvidia)
      for (const p of productProviders) if (p !== providerVerbActor.entity) makersOnly.add(p);
      // (not a chip maker named for its chips: "CoreWeave will provide a cluster of NVIDIA GB300 systems to Quillmark")
      // (nor what the provider owns: "will provide its GH200 Grace Hopper Superchip to the two companies")
      // (nor a second provider with a verb of its own: "Cisco will provide networking equipment and AMD will provide its chips")
      // (nor a name inside the provider's apposition: "AMD, Nvidia’s nearest rival, would provide chips… Humain and AMD said")
      const asideEnd = providerVerbActor.end + (APPOSITION_AFTER.exec(view.text.slice(providerVerbActor.end, view.sentence.end))?.[0].length ?? 0);
      const customer = view.actors.find((a) => a.entity !== providerVerbActor.entity && a.start > asideEnd && !a.entity.media && !namedForChips(view, a) && !OWNS_CHIPS_AFTER.test(view.text.slice(a.end, a.end + 40)) && !/\b(?:its|their|his|her|our) $/i.test(view.text.slice(Math.max(view.sentence.start, a.start - 6), a.start)) && !/^ (?:will |would |also |then )(?:provid|suppl|deliver)/.test(view.text.slice(a.end, a.end + 24).toLowerCase()));
      subjectPick = customer ? { entity: customer.entity, via: customer.via, actor: customer } : null;
      // ("Microsoft signed a contract with IREN, which will give it access to Nvidia's chips": "it" in the relative clause on the
      // provider is the main clause's subject)
      if (!subjectPick && RELATIVE_PRONOUN_OBJECT.test(view.text.slice(providerVerbActor.end, providerVerbActor.end + 60))) subjectPick = pickSubject(view, providerVerbActor.start, { exclude: [providerVerbActor.entity], topic: false });
    } else {
      // a maker may still be the customer when another provider is named: "Nvidia … leases servers with Nvidia chips from CoreWeave"
      const sellers = providers.filter((p) => !makersOnly.has(p) || providers.every((q) => makersOnly.has(q)));
      const at = Math.max(cueAt, view.actors.find((a) => sellers.includes(a.entity))?.start ?? cueAt);
      // ("The US has approved the sale of cutting-edge Nvidia chips to G42": the one a sale of compute goes to)
      const soldTo = view.actors.find((a) => !sellers.includes(a.entity) && SALE_TO_BEFORE.test(view.text.slice(Math.max(view.sentence.start, a.start - 90), a.start)));
      subjectPick = soldTo ? { entity: soldTo.entity, via: soldTo.via, actor: soldTo } : pickSubject(view, at, { exclude: sellers, skip: (v, a) => inFrontedPhrase(v, a) || beforeSeam(v, a, at) || (sellers.length > 0 && makersOnly.has(a.entity) && namedForChips(v, a)) });
    }
    // ("Four major corporations — Kestrel, Vantor, Pellam and Quillon — have sealed deals with…": the dashed list is the subject)
    if (!subjectPick && !providerVerbActor) {
      const listed = view.actors.find((a) => a.start < cueAt && jointSubjects(view, a).length > 1);
      if (listed) subjectPick = { entity: listed.entity, via: listed.via, actor: listed };
    }
    if (!subjectPick) return [];
    // ("AWS and Microsoft Azure have taken half of the market while the rest of the industry continues to spend on cloud
    // infrastructure": the deal word sits in a later clause with a subject of its own)
    if (subjectPick.actor && subjectPick.actor.start < clauseAround(view, cueAt)[0] && hasForeignSubject(view, cueAt) && jointSubjects(view, subjectPick.actor).length < 2) return [];
    // "higher than what ride-hailing firm Lyft … spend on AWS": the customer compared with is no party to this deal
    if (subjectPick.actor && COMPARED.test(view.text.slice(view.sentence.start, subjectPick.actor.start).toLowerCase())) return [];
    let customer = subjectPick.entity;
    // A provider must look like one: known to sell compute, owner of the compute named
    // ("Nvidia's GPUs"), behind a named product, or sold "from"/"on" — not any partner.
    // ("competing with giants like Amazon and Google", "if Cell is to challenge Intel's range of chips" name rivals, not providers)
    // ("an alternative in Japan to data centers operated by Microsoft", "when Goldman appointed ex-AWS alum Marco Argenti":
    // a company offered as an alternative to, or a person's former employer, is no party either)
    // (an item of a list is where its list's first name is: "dependence on tech giants like Amazon, Microsoft, and Google")
    const listHead = (a: Actor) => view.actors.find((b) => b.start < a.start && actorList(view, b.start).includes(a)) ?? a;
    // ("as the search giant seeks to catch up with larger rivals in the space, namely Amazon Web Services and Microsoft Azure":
    // rivals named after "namely" too, products among them)
    // (where a company is named, by its name or by a product of its: "Microsoft Azure")
    const productsOf = (p: EntityRecord) => view.names.filter((n) => n.kind === 'product' && productOwner(n.surface) === p);
    const namedRival = (p: EntityRecord) => {
      const named: Array<{ start: number }> = [...view.actors.filter((a) => a.entity === p).map(listHead), ...productsOf(p)];
      return named.length > 0 && named.every((a) => RIVALS_NAMED.test(view.text.slice(Math.max(view.sentence.start, a.start - 60), a.start)));
    };
    // (not "than" bounding an amount: "agreed to spend more than $10 billion on cloud services from Google")
    const rivalOnly = (p: EntityRecord) => view.actors.filter((a) => a.entity === p).map(listHead).every((a) => /\b(?:compet\w*|rivals?|challeng(?:e|es|ed|ing)|take on|taking on|like|such as|versus|vs\.?|than(?! (?:about |around |some )?(?:[$€£¥₹]|US\$|A\$|C\$|\d)))\b[^,;]{0,40}$/.test(slotOf(view, a)) || /\b(?:alternatives? (?:[\w-]+ ){0,3}?to|instead of|unlike)\b[^,;]{0,40}$/i.test(view.text.slice(Math.max(view.sentence.start, a.start - 90), a.start)) || /\b(?:ex-|former |formerly (?:of |at )?)$/i.test(view.text.slice(Math.max(view.sentence.start, a.start - 12), a.start)));
    // (a provider named only in a relative clause telling another company's own provider: "OpenAI, which had earlier relied on
    // Microsoft's Azure infrastructure")
    const otherClauseOnly = (p: EntityRecord) => {
      const named: Array<{ start: number }> = [...view.actors.filter((a) => a.entity === p), ...productsOf(p)];
      return named.length > 0 && named.every((a) => OTHER_PROVIDER_CLAUSE.test(view.text.slice(view.sentence.start, a.start)));
    };
    const plausible = (p: EntityRecord) => {
      if (otherClauseOnly(p)) return false;
      if (namedRival(p) || (!productProviders.includes(p) && rivalOnly(p))) return false;
      if (sellsCompute(view, p) || productProviders.includes(p) || p === providerVerbActor?.entity) return true;
      // "a power purchase agreement with (utility) Vattenfall": the seller of the power named by the agreement
      if (resource === 'power' && (sellsCompute(view, customer) || /\b(?:data ?cent\w*|computing|cloud|servers?|ai)\b/.test(lower)) && (/\b(?:power purchase agreements?|ppas?|electricity|energy supply|(?:renewable |clean |green |wind |solar )?energy (?:deal|agreement|contract)s?|supply power|power supply)\b/.test(lower) || ENERGY_NAME.test(p.name)) && view.actors.some((a) => a.entity === p && /\b(?:with|from) (?:[\w-]+ ){0,3}$/.test(slotBefore(view, listHead(a))))) return true;
      // ("Google has entered into a cloud-services agreement with SpaceX, agreeing to pay $920 million per month": the other side
      // of a deal the customer pays for sells)
      if (buyerVerb && view.actors.some((a) => a.entity === p && /\b(?:agreements?|deals?|contracts?|arrangements?|partnership) with (?:[\w'’-]+ ){0,3}$/.test(slotBefore(view, a)) && PAYS_AFTER.test(view.text.slice(a.end, view.sentence.end)))) return true;
      return view.actors.some((a) => a.entity === p && (/\b(?:from|on|through|via|using) (?:[\w-]+ ){0,2}$/.test(slotBefore(view, listHead(a))) || resourceOf(view.text.slice(a.end, a.end + 30).toLowerCase()) !== null || resourceOf(slotOf(view, a).slice(-25)) !== null));
    };
    // "Amazon signs $5bn deal with Quillmark", "cloud provider CoreWeave has expanded its partnership with
    // OpenAI": a seller of compute as subject of a two-sided deal is the seller, the other side its customer
    // (not when the subject is plainly the buyer: "Zentrix AI committed $2 billion to build … with CoreWeave")
    // (not a noun of buying said of the seller's goods: "a collaboration with Humain AI that included purchases of AMD's chips")
    const buyerVerb = /\b(?:commit(?:s|ted)?|spend(?:s|ing)?|spent|pay(?:s|ing)?|paid|buy(?:s|ing)?|bought|rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|procur(?:e|es|ed|ing)|order(?:s|ed)?|us(?:e|es|ed|ing)|tap(?:s|ped)?)\b(?! of\b)/.test(lower);
    const others = providers.filter((p, i) => p !== customer && providers.indexOf(p) === i && p.kind === 'organization' && !makersOnly.has(p) && !otherClauseOnly(p));
    const sellerIsSubject = resource !== 'power' && !providerVerbActor && sellsCompute(view, customer) && !buyerVerb && others.length === 1 && !sellsCompute(view, others[0]!) && !productProviders.includes(others[0]!) && !/\bfrom\b/.test(lower);
    if (sellerIsSubject) customer = others[0]!;
    let unique = sellerIsSubject ? [subjectPick.entity] : providers.filter((p, i) => p !== customer && providers.indexOf(p) === i && p.kind === 'organization' && plausible(p));
    // "rent Nvidia GPUs from CoreWeave": when a seller is named, the chip maker is not a party
    if (unique.some((p) => !makersOnly.has(p))) unique = unique.filter((p) => !makersOnly.has(p));
    // ("will build a $545 million data center with Microsoft as the anchor tenant": the one named as the tenant or customer of what
    // the subject builds is the customer, the builder its provider)
    const tenant = providerVerbActor ? undefined : view.actors.find((a) => a.via === 'name' && unique.includes(a.entity) && TENANT_AFTER.test(view.text.slice(a.end, a.end + 40)));
    if (tenant && customer !== tenant.entity && customer.kind === 'organization') {
      unique = [customer];
      customer = tenant.entity;
    }
    if (!unique.length) return [];
    // "Halmark Systems inks $75m deal with Quenby for cloud services": when neither side is known or
    // described to sell compute, no verb says who gives and who buys, and the provider stands only
    // after a two-sided "with", the direction would be a guess: no claim
    // (power is the energy company's to sell: "a renewable energy deal with wind energy developer X", "…with Italian energy firm X")
    const energySeller = (p: EntityRecord) => resource === 'power' && (ENERGY_NAME.test(p.name) || view.actors.some((a) => a.entity === p && ENERGY_DESCRIBED.test(view.text.slice(Math.max(view.sentence.start, a.start - 40), a.start))));
    if (!providerVerbActor && !buyerVerb && !sellsCompute(view, customer) && unique.every((p) => onlyAcrossDeal(view, p, productProviders) && !energySeller(p))) return [];
    if (!powerForComputing && !sellsCompute(view, customer)) return [];
    // The money of the deal: "a $2 billion five-year contract", "$5 billion over seven years"
    // (a deal "valued at" an amount is worth it; a company valued at one is not the deal)
    const dealMoney = (q: (typeof view.quantities)[number]) => q.kind === 'money' && !INVESTMENT_AFTER.test(view.text.slice(q.end, q.end + 20)) && (!/\b(?:valu|raised|revenue|funding)\w*\W*$/.test(before(view, q.start, 30)) || /\b(?:deal|contract|agreement|partnership|arrangement|commitment|lease)\b[^.;]{0,60}\bvalued (?:at )?$/.test(before(view, q.start, 90)));
    const money = nearest(view.quantities, cueAt, dealMoney);
    // ("a $38 billion contract to buy compute from AWS, and … a separate $300 billion agreement with Oracle": with two
    // providers, each deal's money is the amount said before its provider, after the one before)
    // ("combines Nvidia's chips with a $10 billion deal with AMD", "a $540 million order for 18,000 Nvidia GPUs": an amount
    // naming its deal's other side is that side's)
    const boundMoney = (p: EntityRecord) => view.quantities.find((q) => dealMoney(q) && view.actors.some((a) => a.entity === p && !a.possessive && a.start > q.end && BOUND_TO.test(view.text.slice(q.end, a.start))));
    const moneyOf = (p: EntityRecord, i: number): (typeof view.quantities)[number] | null => {
      const own = boundMoney(p);
      if (own) return own;
      const first = i === 0 && money && !unique.some((o) => o !== p && boundMoney(o) === money) ? money : null;
      if (unique.length === 1) return money ?? null;
      const at = view.actors.find((a) => a.entity === p)?.start;
      const prev = i > 0 ? view.actors.find((a) => a.entity === unique[i - 1])?.end ?? view.sentence.start : view.sentence.start;
      if (at === undefined) return first;
      return [...view.quantities].reverse().find((q) => dealMoney(q) && q.end <= at && q.start >= prev) ?? first;
    };
    // no money stated: the amount of compute ("10,000 Nvidia H100 GPUs", "500 megawatts")
    // (a count of machines in the hundreds of millions is a model's number: "its Ascend 910B AI chips")
    const amountOfCompute = money ? undefined : view.quantities.find((q) => q.kind === 'count' && q.unit !== null && /^(?:GPUs|chips|TPUs|GW|MW|GWh|MWh|servers)$/.test(q.unit) && !(/^(?:GPUs|chips|TPUs|servers)$/.test(q.unit) && (q.amount ?? 0) >= 1e8));
    // ("Microsoft signed a deal with Constellation…, while Amazon acquired a nuclear data center campus from Talen Energy": a
    // provider in a clause of its own, that opens with a company of its own, is that company's provider)
    const clauseCustomer = (p: EntityRecord): EntityRecord => {
      const at = view.actors.find((a) => a.entity === p && !a.possessive);
      if (providerVerbActor) return customer;
      // (the provider named, or its product: "Microsoft Azure")
      const pAt = at?.start ?? view.names.find((n) => n.kind === 'product' && productOwner(n.surface) === p)?.start;
      if (pAt === undefined) return customer;
      // ("the first agreement between Google Cloud and Meta, which continues to work with … Amazon Web Services and Microsoft Azure":
      // a provider inside a relative clause serves the clause's antecedent)
      const antecedent = [...view.actors].reverse().find((a) => a.end <= pAt && a.entity !== p && a.via === 'name' && !a.possessive && a.entity.kind === 'organization' && RELATIVE_WORKS_WITH.test(view.text.slice(a.end, pAt)));
      if (antecedent) return antecedent.entity;
      if (!at) return customer;
      const [from] = clauseAround(view, at.start);
      if (from <= view.sentence.start) return customer;
      const own = view.actors.find((a) => a.start >= from && a.end <= at.start && a.via === 'name' && !a.possessive && a.entity !== p && a.entity.kind === 'organization' && !a.entity.media && /^\s*(?:(?:while|whereas|and|but)\s+)?$/i.test(view.text.slice(from, a.start)));
      return own && own.entity !== customer && !view.actors.some((b) => b.entity === customer && b.start >= from && b.start < at.start) ? own.entity : customer;
    };
    // ("Kestrel Electronics and Vantor Group have signed deals with Orrin Cloud": each of a joint subject is a customer, the amount
    // the first one's)
    // ("Nvidia will sell chips to Loxley Data, Fenner Robotics and Holm Brothers": each of a list the provider gives to is a customer)
    const joint = !subjectPick.actor || subjectPick.entity !== customer ? [] : (providerVerbActor ? actorList(view, subjectPick.actor.start).slice(1) : jointSubjects(view, subjectPick.actor)).filter((a) => a.entity !== customer && !unique.includes(a.entity) && !a.entity.media);
    const partners: RawClaim[] = unique.length === 1 ? joint.map((a) => ({ type: 'compute_deal', subject: a.entity, counterparty: unique[0]!, value: null, sentence: view.sentence, reason: providerVerbActor ? 'compute_deal/provider-supplies' : 'compute_deal/deal-with-provider', confidence: 0.8, subjectVia: a.via, cueAt, resource })) : [];
    return [...partners, ...unique.map((p, i) => ({
      type: 'compute_deal' as const,
      subject: clauseCustomer(p),
      counterparty: p,
      value: moneyOf(p, i) ?? (unique.length === 1 || i === 0 ? amountOfCompute ?? null : null),
      sentence: view.sentence,
      reason: providerVerbActor ? 'compute_deal/provider-supplies' : 'compute_deal/deal-with-provider',
      confidence: 0.82,
      subjectVia: subjectPick.via,
      cueAt,
      resource,
    }))];
  }
}
