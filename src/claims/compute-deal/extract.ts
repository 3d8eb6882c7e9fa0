import type { EntityRecord } from '../../entities/aliases.js';
import { providerOf } from '../../entities/aliases.js';
import type { Resource } from '../../schema.js';
import type { Extractor, RawClaim, SentenceView } from '../extractor.js';
import { anyOf } from '../gate.js';
import { actorList, before, isObjectSlot, nearest, pickSubject, slotOf } from '../slots.js';
import { ruleExtractor } from '../rules.js';
import { RULES as TOKEN_RULES } from './rules.js';

/** The token rules of ./rules.ts, run beside the extractor below. */
export const computeRules = ruleExtractor('compute_deal', TOKEN_RULES, {
  // "leveraging Nvidia chips supplied by Dell": a maker named for its chips is not the customer
  pick: { skip: (view, a) => a.entity.compute && /^(?:'s)? (?:[\w-]+ ){0,2}?(?:gpus?|chips?|servers?|tpus?|accelerators?|h\d+s?|processors?)\b/i.test(view.text.slice(a.end, a.end + 30)) },
});

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
const DEAL = /\b(?:deals?|agreements?|contracts?|reserv(?:e|es|ed|ing)|draw(?:s|ing)?|drew|tapp(?:ed|ing)|moved|mov(?:e|es|ing) (?:its|their)|migrat(?:e|es|ed|ing)|switch(?:es|ed|ing)?|partnerships?|partnered|partnering|commitments?|committed|commit|signed|signs|inked|struck|strikes|secured|secures|rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|order(?:s|ed)?|access to|will use|to use|uses|using|used|run(?:s|ning)? on|built on|tap(?:s|ped|ping)?|provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|spend(?:s|ing)?|spent|deploy(?:s|ed|ing)?|customer|client|tenant|capacity from|through)\b/;
// The provider gives: "Nvidia will supply TML with GPUs", "CoreWeave provides compute to X"
const PROVIDER_VERB = /^(?:[\w' ]{0,30}?)(?:provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|rent(?:s|ed|ing)? (?:out )?(?:\w+ ){0,3}?to|leas(?:e|es|ed|ing) (?:\w+ ){0,3}?to|deliver(?:s|ed|ing)?|host(?:s|ed|ing)?|build(?:s|ing)? (?:\w+ ){0,4}?for|built (?:\w+ ){0,4}?for)\b/;
// Words before a name that make it the provider: "deal with X", "from X", "on X", "X's GPUs"
const PROVIDER_SLOT = /\b(?:with|from|on|through|via|using|use|to use|access to|tapped|taps|pay|pays|paid|(?:moved|migrated|switched|shifted)(?: [\w-]+){0,3} to|partnered with|partnership with|contract with|deal with|agreement with)\s+(?:(?:the |a |an )?(?:[\w-]+ ){0,3}?)?$/;
// Not a purchase of compute: product launches, share sales, chip exports to countries
const NOT_A_DEAL = /\b(?:launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|announce[sd]? (?:a |its )?new (?:model|product|chip|phone)|stock|shares|earnings|revenue|profit|tariffs?|export controls?|sanctions?)\b/;

// Verbs of using a provider's product: "trains its models on Azure", "moved to Google Cloud"
const USE_VERB = /\b(?:runs?|running|ran|train(?:s|ed|ing)?|host(?:s|ed|ing)?|built|build(?:s|ing)?|deploy(?:s|ed|ing)?|mov(?:e|es|ed|ing)|migrat(?:e|es|ed|ing)|commitment|uses?|using|relies|rely)\b/;

const APPOSITION = /, (?:a|an|the) [^,]{0,80}?\b(?:startup|start-up|company|firm|provider|operator|maker|developer|business|unicorn|lab)\b[^,]{0,80},/g;

// "1.2GW campus for OpenAI", "a data center for Microsoft": capacity built for a customer
const CAPACITY = /\b(?:campus(?:es)?|data[ -]?cent(?:er|re)s?|clusters?|facility|facilities|supercomputers?|capacity)\b/;
const BUILT_FOR = new RegExp(`${CAPACITY.source} (?:[\\w-]+ ){0,2}?for $`);
const PROVIDERS_CUSTOMERS = /\b(?:customers|clients|tenants)\b (?:include|including|such as|like|are)\b/;
// Every way to a claim needs one of these words: a resource named, a provider's customers,
// capacity built for someone
const ANY_COMPUTE = anyOf([...RESOURCES.map(([re]) => re), PROVIDERS_CUSTOMERS, CAPACITY]);

function resourceOf(text: string): Resource | null {
  for (const [re, r] of RESOURCES) if (re.test(text)) return r;
  return null;
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
    const owner = [...view.actors].reverse().find((a) => a.possessive && a.end <= at && at - a.end <= 30 && a.entity.compute);
    if (owner) for (const c of actorList(view, at + include[0].length)) make({ entity: c.entity, via: c.via }, owner.entity, at, 'compute_deal/customers-of-provider', 'cloud');
  }
  for (const a of view.actors) {
    if (!BUILT_FOR.test(view.text.slice(Math.max(view.sentence.start, a.start - 50), a.start).toLowerCase())) continue;
    const builder = pickSubject(view, a.start, { exclude: [a.entity] });
    if (builder && (builder.entity.compute || builder.via === 'topic')) make({ entity: a.entity, via: a.via }, builder.entity, a.start, 'compute_deal/capacity-for-customer', resourceOf(lower) ?? 'datacenter');
  }
  return out;
}

export const computeDeal: Extractor = {
  type: 'compute_deal',
  extract(view: SentenceView): RawClaim[] {
    const lower = view.lower;
    if (!ANY_COMPUTE.test(lower)) return [];
    const viaCustomers = customersOfProvider(view, lower);
    if (viaCustomers.length) return viaCustomers;
    // "Quillmark, a cloud computing startup founded in 2021, has landed partnerships with …": words that
    // describe a company in an apposition say what it is, not what a deal provides
    const resource = resourceOf(lower.replace(APPOSITION, ', '));
    if (!resource) return [];
    // power is compute only for computing: "a PPA for its data centers", a tech company buying power — not "a dam designed to produce 12,600 MW"
    const powerForComputing = resource !== 'power' || /\b(?:data ?cent(?:er|re)s?|ai|computing|compute|cloud|servers?|gpus?|power purchase agreements?|ppas?)\b/.test(lower);
    let deal = DEAL.exec(lower);
    // "runs all of its training jobs on Azure": a provider's product and a verb of use
    const namesProduct = view.names.some((n) => n.kind === 'product' && providerOf(n.surface));
    if (!deal && namesProduct) deal = USE_VERB.exec(lower);
    if (!deal || NOT_A_DEAL.test(lower)) return [];
    const cueAt = view.sentence.start + deal.index;

    // Providers: named products ("Azure" → Microsoft), possessive owners of the compute
    // ("Nvidia's GPUs", "Google's TPUs"), actors in a provider slot, actors doing the providing.
    const providers: EntityRecord[] = [];
    // providers only because they make the chips named ("deal … to lease servers equipped with Nvidia chips")
    const makersOnly = new Set<EntityRecord>();
    for (const n of view.names) {
      if (n.kind !== 'product') continue;
      const p = providerOf(n.surface);
      const e = p ? view.entities.ensure(p) : null;
      if (e && !providers.includes(e)) providers.push(e);
    }
    const productProviders = [...providers];
    const providerVerbActor = view.actors.find((a) => !isObjectSlot(view, a) && PROVIDER_VERB.test(view.text.slice(a.end, view.sentence.end).toLowerCase()));
    for (const a of view.actors) {
      // "servers fitted with its own accelerators": a pronoun is the customer talking about itself
      if (a.via === 'anaphor' && /^(?:it|its|they|their|we|our)$/i.test(a.text)) continue;
      const slot = slotOf(view, a);
      // "Nvidia's latest GPU chips", "AMD chips", "Google TPUs": the maker or owner of the compute
      const after = view.text.slice(a.end, a.end + 40).toLowerCase();
      // (directly, or through a model name: "Nvidia H100 GPUs" — not "Halvard will rent GPUs")
      const makerOf = /^ (?:[a-z]*\d[a-z0-9-]*s? |instinct |blackwell |hopper |latest |newest |custom |ai )?(?:gpus?|chips?|tpus?|accelerators?|processors?|servers?|cloud)\b/.test(after);
      // ("Nvidia's latest GPU chips", "Google's TPUs" — not "its training jobs on Azure")
      const ownerOf = a.possessive && a.via !== 'anaphor' && /^(?:'s)? (?:[a-z0-9-]+ ){0,2}?(?:gpus?|chips?|tpus?|tensor|accelerators?|processors?|servers?|cloud|data[ -]?cent\w+|compute|computing|infrastructure|capacity|supercomputers?|h\d+s?|blackwell|hopper)\b/.test(after);
      const ownsCompute = (ownerOf || makerOf) && resourceOf(after) !== null;
      if (PROVIDER_SLOT.test(slot) || ownsCompute) {
        // ("equipped with Nvidia chips": named for its chips, even after "with")
        if ((makerOf || !PROVIDER_SLOT.test(slot)) && !providers.includes(a.entity)) makersOnly.add(a.entity);
        for (const x of [a, ...actorList(view, a.start).slice(1)]) if (!providers.includes(x.entity)) providers.push(x.entity);
      } else makersOnly.delete(a.entity);
    }
    let subjectPick;
    if (providerVerbActor) {
      // "CoreWeave will provide TML with GPUs": the provider is the subject, the customer the object
      providers.unshift(providerVerbActor.entity);
      const customer = view.actors.find((a) => a.entity !== providerVerbActor.entity && a.start > providerVerbActor.end && !a.entity.media);
      subjectPick = customer ? { entity: customer.entity, via: customer.via, actor: customer } : null;
    } else {
      // a maker may still be the customer when another provider is named: "Nvidia … leases servers with Nvidia chips from CoreWeave"
      const sellers = providers.filter((p) => !makersOnly.has(p) || providers.every((q) => makersOnly.has(q)));
      subjectPick = pickSubject(view, Math.max(cueAt, view.actors.find((a) => sellers.includes(a.entity))?.start ?? cueAt), { exclude: sellers });
    }
    if (!subjectPick) return [];
    let customer = subjectPick.entity;
    // A provider must look like one: known to sell compute, owner of the compute named
    // ("Nvidia's GPUs"), behind a named product, or sold "from"/"on" — not any partner.
    // ("competing with giants like Amazon and Google" names rivals, not providers)
    const rivalOnly = (p: EntityRecord) => view.actors.filter((a) => a.entity === p).every((a) => /\b(?:compet\w*|rivals?|like|such as|versus|vs\.?|than)\b[^,;]{0,40}$/.test(slotOf(view, a)));
    const plausible = (p: EntityRecord) => {
      if (!productProviders.includes(p) && rivalOnly(p)) return false;
      if (p.compute || productProviders.includes(p) || p === providerVerbActor?.entity) return true;
      return view.actors.some((a) => a.entity === p && (/\b(?:from|on|through|via|using) (?:[\w-]+ ){0,2}$/.test(slotOf(view, a)) || resourceOf(view.text.slice(a.end, a.end + 30).toLowerCase()) !== null || resourceOf(slotOf(view, a).slice(-25)) !== null));
    };
    let unique = providers.filter((p, i) => p !== customer && providers.indexOf(p) === i && p.kind === 'organization' && plausible(p));
    // "rent Nvidia GPUs from CoreWeave": when a seller is named, the chip maker is not a party
    if (unique.some((p) => !makersOnly.has(p))) unique = unique.filter((p) => !makersOnly.has(p));
    // "Amazon signs $5bn deal with Quillmark": a provider as subject of a two-sided deal is the seller
    // (not when the subject is plainly the buyer: "Zentrix AI committed $2 billion to build … with CoreWeave")
    const buyerVerb = /\b(?:commit(?:s|ted)?|spend(?:s|ing)?|spent|pay(?:s|ing)?|paid|buy(?:s|ing)?|bought|rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|order(?:s|ed)?|us(?:e|es|ed|ing)|tap(?:s|ped)?)\b/.test(lower);
    if (customer.compute && !buyerVerb && unique.length === 1 && !unique[0]!.compute && !/\bfrom\b/.test(lower)) {
      [customer, unique] = [unique[0]!, [customer]];
    }
    if (!unique.length) return [];
    if (!powerForComputing && !customer.compute && !customer.giant) return [];
    // The money of the deal: "a $2 billion five-year contract", "$5 billion over seven years"
    // (a deal "valued at" an amount is worth it; a company valued at one is not the deal)
    const money = nearest(view.quantities, cueAt, (q) => q.kind === 'money' && (!/\b(?:valu|raised|revenue|funding)\w*\W*$/.test(before(view, q.start, 30)) || /\b(?:deal|contract|agreement|partnership|arrangement|commitment|lease)\b[^.;]{0,60}\bvalued (?:at )?$/.test(before(view, q.start, 90))));
    // no money stated: the amount of compute ("10,000 Nvidia H100 GPUs", "500 megawatts")
    const amountOfCompute = money ? undefined : view.quantities.find((q) => q.kind === 'count' && q.unit !== null && /^(?:GPUs|chips|TPUs|GW|MW|GWh|MWh|servers)$/.test(q.unit));
    return unique.map((p, i) => ({
      type: 'compute_deal' as const,
      subject: customer,
      counterparty: p,
      value: unique.length === 1 || i === 0 ? money ?? amountOfCompute ?? null : null,
      sentence: view.sentence,
      reason: providerVerbActor ? 'compute_deal/provider-supplies' : 'compute_deal/deal-with-provider',
      confidence: 0.82,
      subjectVia: subjectPick.via,
      cueAt,
      resource,
    }));
  },
};
