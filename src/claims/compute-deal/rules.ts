import type { ClaimRule, RuleMatch } from '../rules.js';
import type { SentenceView } from '../extractor.js';
import type { Resource } from '../../schema.js';
import { sellsCompute } from './providers.js';

/**
 * compute_deal as token rules, beside the extractor in ./extract.ts: money spent to rent
 * compute from a provider, money paid to a cloud, GPUs bought from a maker, compute supplied
 * by a provider, a partner building a data centre. The provider must sell compute (known to,
 * or named with the compute it sells).
 */

const RESOURCE = '(servers|server|gpus|gpu|chips|chip|accelerators|processors|processing units|tpus|capacity|compute|computing|cloud|infrastructure|data|datacenter|datacentre|datacenters|datacentres|supercomputer|supercomputers|clusters|cluster|h100s|h200s|b200s|a100s|h800s|instances|power|electricity)';

// The work a company runs on compute
const WORK = '(models|model|workloads|workload|services|service|chatbot|chatbots|ai|systems|software|apps|app|products|research|training|inference|experiments|work)';

// What the deal is for, by the words of the sentence
function resourceOf(text: string): Resource {
  if (/\btpus?\b|tensor processing/i.test(text)) return 'tpu';
  if (/\bgpus?\b|\b[hab]\d{3}s?\b|graphics processing/i.test(text)) return 'gpu';
  if (/\b(?:power purchase|electricity|nuclear|megawatts?|gigawatts?)\b/i.test(text)) return 'power';
  if (/\bcloud\b/i.test(text)) return 'cloud';
  if (/\b(?:data ?cent(?:er|re)s?|campus|supercomputers?|facility|ai factory)\b/i.test(text)) return 'datacenter';
  if (/\b(?:chips?|accelerators?|processors?)\b/i.test(text)) return 'chips';
  return 'cloud';
}

/** The provider sells compute: known to, or named right before the compute it sells ("Nvidia GPUs", "Amazon's cloud"). */
function provides(m: RuleMatch, view: SentenceView) {
  const p = m.slots.counterparty?.actor;
  if (!p) return null;
  const after = view.text.slice(p.end, p.end + 40).toLowerCase();
  const sells = sellsCompute(view, p.entity) || /^(?:'s)? (?:[\w-]+ ){0,2}?(?:cloud|gpus?|chips?|servers?|tpus?|data ?cent|compute|computing|supercomputer|infrastructure|h\d+|accelerators?)/.test(after);
  return sells ? { resource: resourceOf(view.sentence.text) } : null;
}

// Money paid "for" compute: "… $1 billion over five years for computing capacity"
const PAID_FOR_COMPUTE = /\bfor (?:[\w-]+ ){0,3}?(?:cloud|compute|computing|servers?|gpus?|tpus?|data ?cent(?:er|re)s?|hosting)\b/i;

export const RULES: ClaimRule[] = [
  // "will spend nearly $10 billion between 2023 and 2030 to rent servers from CoreWeave"
  {
    reason: 'compute_deal/spend-to-rent-from',
    match: `{spend|pay|commit|invest|earmark|allocate} (up to|about|nearly|as much as|more than|roughly|around)? [value:MONEY] ~{0,7} (to|on|for) ~{0,2} {rent|lease|buy|use|access|purchase|reserve|secure} ~{0,4} ${RESOURCE} ~{0,4} (from|with|at|on) ~{0,4} [counterparty:ORG]`,
    confidence: 0.86,
    extra: provides,
    examples: [['Halvard Robotics Corp. will spend nearly $4 billion between 2026 and 2031 to rent servers from CoreWeave.', 'Halvard Robotics Corp.', 'nearly $4 billion']],
  },
  // "pays as much as $30 million every month to Amazon's cloud services company", "spending billions on Google AI chips"
  {
    reason: 'compute_deal/pays-provider',
    match: '{pay|spend|commit} (up to|about|nearly|as much as|more than|roughly|around)? [value:MONEY] ~{0,4} (to|on|with) [counterparty:ORG]',
    confidence: 0.8,
    extra: provides,
    examples: [['Quillmark Systems pays as much as $12 million every month to Amazon’s cloud services company.', 'Quillmark Systems', 'as much as $12 million every month']],
  },
  // ("announced a planned $4 billion commitment to Amazon Web Services through 2031": a commitment of money to a seller of compute)
  {
    reason: 'compute_deal/commitment-to-provider',
    match: '[value:MONEY] (spending|spend|purchase|cloud|compute|computing|infrastructure|capacity|multiyear|multi-year)? (commitment|commitments|pledge) (to|with) [counterparty:ORG]',
    confidence: 0.8,
    extra: provides,
    examples: [['Quillmark Systems today announced a planned $4 billion commitment to Amazon Web Services through 2031.', 'Quillmark Systems', '$4 billion']],
  },
  // "agreed to pay Oracle $5 billion a year for cloud computing", "pays AWS about $30 million a month": the payee a seller of compute
  {
    reason: 'compute_deal/pays-provider-amount',
    // ("Apple hands Amazon Web Services about 30 million dollars every month")
    match: '{pay|hand|give} [counterparty:ORG] (up to|about|nearly|as much as|more than|roughly|around|some|over)? [value:MONEY]',
    confidence: 0.8,
    // (or any payee, when the money is "for" compute: "agreed to pay Quenby Inc. $1 billion over five years for computing capacity")
    extra: (m, view) => {
      const payee = m.slots.counterparty?.actor;
      if (!payee) return null;
      // (the sentence says compute, or the payee's own name does: "Amazon Web Services", "Orrin Cloud")
      const sells = sellsCompute(view, payee.entity) && (/\b(?:cloud|comput\w*|servers?|gpus?|tpus?|chips?|data ?cent\w*|capacity|infrastructure|hosting|aws|azure)\b/i.test(view.sentence.text) || /\b(?:web services|cloud|compute)\b/i.test(payee.text));
      return sells || PAID_FOR_COMPUTE.test(view.sentence.text) ? { resource: resourceOf(view.sentence.text) } : null;
    },
    examples: [
      ['Mirepoint has agreed to pay Oracle $5 billion a year for cloud computing.', 'Mirepoint', '$5 billion a year'],
      ['Pellmore Labs agreed to pay Quenby Inc. $1 billion over five years for computing capacity.', 'Pellmore Labs', '$1 billion'],
    ],
  },
  // "has reserved 4,096 GPUs from CoreWeave", "to rent Nvidia chips from Oracle", "leases capacity from Microsoft"
  {
    reason: 'compute_deal/rent-from',
    // (a chip's model name may stand before the word: "buys 18,000 next-generation Blackwell GPUs from NVIDIA")
    match: `{rent|lease|buy|purchase|order|reserve|source|procure|acquire|secure} (up to|about|some|more than|nearly)? [value:COUNT]? ~{0,3} ([NAME] ~{0,2})? ${RESOURCE} ~{0,4} from ~{0,4} [counterparty:ORG]`,
    confidence: 0.82,
    extra: provides,
    examples: [['Zentrix AI had planned to rent specialised chips from Oracle over several years.', 'Zentrix AI', null]],
  },
  // "he purchased 10,000 Nvidia H800 GPUs", "ordered 50,000 AMD chips", "acquired 12 000 Nvidia graphics processing units": the
  // chips' maker sells them
  {
    reason: 'compute_deal/bought-chips',
    match: `{buy|purchase|order|acquire|secure|stockpile|buy up|snap up} (up to|about|some|more than|nearly)? [value:COUNT] [counterparty:ORG] _{0,2} (gpus|gpu|chips|chip|accelerators|processors|tpus|h100s|h200s|b200s|a100s|h800s|h20s|h100|h800|a100|h200|b200|superchips|processing units|graphics cards)`,
    confidence: 0.84,
    extra: provides,
    examples: [['Deepseek Labs purchased 10,000 Nvidia H800 GPUs before the ban.', 'Deepseek Labs', '10,000 Nvidia H800 GPUs']],
  },
  // "leveraging Nvidia chips supplied by Dell and Supermicro", "GPUs provided by CoreWeave"
  {
    reason: 'compute_deal/supplied-by',
    match: `${RESOURCE} ~{0,2} (supplied|provided|delivered|hosted|operated|built) by [counterparty:ORG]`,
    confidence: 0.78,
    // ("an alternative in Japan to data centers operated by Microsoft": the ones it is set against supply nothing to it)
    unless: { 'compute_deal/alternative-to': '(alternative|alternatives|rival|rivals|competitor|competitors) _{0,3} to _{0,3}' + ` ${RESOURCE}` },
    list: true,
    extra: (m, view) => (m.slots.counterparty?.actor && sellsCompute(view, m.slots.counterparty.actor.entity) ? { resource: resourceOf(view.sentence.text) } : null),
    examples: [['Zentrix AI plans a data center in Ohio, using Nvidia chips supplied by Dell and Supermicro.', 'Zentrix AI', null]],
  },
  // "Zentrix AI is Halvard Cloud's biggest customer for GPU capacity", "became one of CoreWeave's largest tenants"
  {
    reason: 'compute_deal/customer-of',
    // ("Microsoft is CoreWeave’s largest customer, which has allegedly committed $10 billion in GPU capacity": the commitment is
    // the deal's money)
    match: `[subject:ORG] (is|was|has become|became|remains|is now|was already) (the|a|an|one of)? [counterparty:POSS] (')? ~{0,2} (customer|customers|client|clients|tenant|tenants) (for|of)? ~{0,3} ${RESOURCE}? (, (which|who|and) (has|have|had)? (reportedly|allegedly|already|so far)? (committed|agreed to spend|spent|signed deals worth|signed contracts worth) (about|around|some|nearly|more than|over|up to)? [value:MONEY])?`,
    confidence: 0.78,
    extra: (m, view) => (/\b(?:cloud|comput\w*|servers?|gpus?|tpus?|chips?|data ?cent\w*|capacity|infrastructure|hosting)\b/i.test(view.sentence.text) ? provides(m, view) : null),
    examples: [
      ['Zentrix AI is CoreWeave’s biggest customer for GPU capacity.', 'Zentrix AI', null],
      ['Zentrix AI is Orrin Cloud’s largest customer, which has allegedly committed $10 billion in GPU capacity between 2023 and 2030.', 'Zentrix AI', '$10 billion'],
    ],
  },
  // "Zentrix AI became a customer of Orrin Cloud", "Orrin Cloud counts Zentrix AI among its customers"
  {
    reason: 'compute_deal/customer-of-provider',
    match: `([subject:ORG] (is|was|has become|became|remains|is now|was already|has been|will be|would be|will become) (the|a|an|one of|among)? ~{0,2} (customer|customers|client|clients|tenant|tenants) (of|at) (both)? [counterparty:ORG]|[counterparty:ORG] {count|list|name} [subject:ORG] (among|as) (its|one of its|a) ~{0,2} (customers|clients|tenants|customer|client|tenant)|[counterparty:POSS] (')? ~{0,2} (customer|client|tenant) (, _{1,6} ,)? (was|is|remains|has been|had been) [subject:ORG]|[counterparty:ORG] (has|have|had|will)? (also)? {land|win|sign|add|secure|sign up} [subject:ORG] as (a|an|its|their)? ~{0,2} (customer|client|tenant) (in (a|an) ~{0,3} (deal|agreement|contract|pact) (worth|valued at) (about|around|some|nearly|more than)? [value:MONEY])?)`,
    confidence: 0.76,
    // (a word of compute in the sentence, or a provider known to sell it: "CoreWeave's biggest customer … was Microsoft")
    extra: (m, view) => (/\b(?:cloud|comput\w*|servers?|gpus?|tpus?|chips?|data ?cent\w*|capacity|infrastructure|hosting)\b/i.test(view.sentence.text) || (m.slots.counterparty?.actor && sellsCompute(view, m.slots.counterparty.actor.entity)) ? provides(m, view) : null),
    examples: [
      ['Zentrix AI became a customer of Orrin Cloud last year.', 'Zentrix AI', null],
      ['Orrin Cloud counts Zentrix AI among its biggest customers for GPU capacity.', 'Zentrix AI', null],
      ['Orrin Cloud’s biggest customer, prior to this deal, was Zentrix AI.', 'Zentrix AI', null],
      ['Orrin Cloud has landed Zentrix AI as a customer in an agreement worth 38 billion dollars.', 'Zentrix AI', '38 billion dollars'],
      ['The deal means that Zentrix AI will be among the largest customers of both Orrin Cloud and Kestrel Compute.', 'Zentrix AI', null],
    ],
    list: true,
  },
  // "Orrin Cloud will host Zentrix AI's workloads": the provider runs a company's work
  {
    reason: 'compute_deal/hosts-workloads',
    match: `[counterparty:ORG] (will|would|is to|is set to|agreed to|has agreed to|also)? {host|run|power|serve} [subject:POSS] (')? ~{0,2} (workloads|workload|models|model|training|inference|ai|services|chatbot)`,
    confidence: 0.74,
    extra: provides,
    examples: [['Under the agreement, Orrin Cloud will host Zentrix AI’s workloads.', 'Zentrix AI', null]],
  },
  // "Zentrix AI trains its models on Google's TPUs", "runs its chatbot on Azure": the compute a company's work runs on
  {
    reason: 'compute_deal/runs-on',
    // ("has agreed to run its research on Google Cloud's tensor processing units")
    // ("trains its models on Amazon Web Services", "runs its chatbot on Orrin Cloud": on the seller itself, named alone)
    // ("Zentrix AI's models run on Orrin Cloud": the work's owner before it)
    match: `({train|run|host|serve|conduct|do} (its|their|the)? ~{0,3} ${WORK} on ([counterparty:POSS] (')? ~{0,2} ${RESOURCE}|[counterparty:ORG])|[subject:POSS] (')? ~{0,2} ${WORK} (will|would|now|also|currently|mostly|largely|primarily|are|is|were|was|will be|have been)? {run|train|host|power} on ([counterparty:POSS] (')? ~{0,2} ${RESOURCE}|[counterparty:ORG]))`,
    confidence: 0.76,
    extra: provides,
    examples: [
      ['Zentrix AI trains its models on Google’s TPUs.', 'Zentrix AI', null],
      ['Zentrix AI trains its models on Orrin Web Services.', 'Zentrix AI', null],
      ['Zentrix AI’s models run on Orrin Cloud.', 'Zentrix AI', null],
    ],
  },
  // "Poolside will get 40,000 GB300 chips from CoreWeave", "receives computing capacity from Orrin Cloud": compute had from a seller
  {
    reason: 'compute_deal/gets-from',
    match: `{get|receive|obtain|gain|draw} (access to)? (up to|about|some|more than|nearly)? [value:COUNT]? ~{0,3} ([NAME] ~{0,2})? (gpus|gpu|chips|chip|accelerators|processors|processing units|tpus|capacity|compute|computing|servers|clusters|supercomputers|h100s|h200s|b200s|a100s|instances) ~{0,3} from ~{0,3} [counterparty:ORG]`,
    confidence: 0.78,
    extra: provides,
    examples: [['Zentrix AI will get 40,000 GB300 chips from Orrin Cloud.', 'Zentrix AI', '40,000 GB300 chips']],
  },
  // "teaming up with US chipmaker Nvidia to build a €1-billion data centre in Munich"
  {
    reason: 'compute_deal/partner-to-build',
    match: '{team up|partner|join forces|work|collaborate} with ~{0,3} [counterparty:ORG] to {build|develop|deploy|construct|create} ~{0,3} [value:MONEY]? ~{0,3} (data|datacenter|datacentre|supercomputer|cluster|factory|campus|facility|infrastructure)',
    confidence: 0.78,
    extra: provides,
    examples: [['Nordwerk Telecom is teaming up with US chipmaker Nvidia to build a €2-billion data centre in Leipzig.', 'Nordwerk Telecom', '€2-billion']],
  },
];
