import type { ClaimCorpus } from '../example.js';

/**
 * compute_deal: a company getting compute (cloud, GPUs, TPUs, chips, data-center
 * capacity or power) from a provider.
 *
 * Conventions kept throughout this file:
 * - subject is the company getting compute, whichever side of the verb it stands on.
 * - counterparty is the provider; a product maps to its maker: Azure → Microsoft,
 *   Google Cloud → Google, AWS / Amazon Web Services / Trainium → Amazon, OCI → Oracle.
 *   When GPUs are rented from a cloud, the cloud is the provider, not the GPU maker.
 * - value is money when stated, else a count (unit "GPUs", "MW", "GW"), else null.
 * - resource follows what is provided: GPUs → gpu, TPUs → tpu, cloud services → cloud,
 *   data-center capacity / lease → datacenter, named accelerators called "chips" → chips,
 *   electricity → power. A specific word (TPU, GPU) wins over "cloud" in a provider name.
 */
export const corpus: ClaimCorpus = {
  type: 'compute_deal',
  positive: [
    {
      note: 'the customers a seller of compute "has also nabbed", in a relative clause on it, each after a country\'s possessive',
      text: "Orla Retail is moving its workloads to Google Cloud, which has also nabbed the UK's Vodafone and Spain's Telefónica.",
      claims: [
        { type: 'compute_deal', subject: 'Orla Retail', counterparty: 'Google', value: null },
        { type: 'compute_deal', subject: 'Vodafone', counterparty: 'Google', value: null },
        { type: 'compute_deal', subject: 'Telefónica', counterparty: 'Google', value: null },
      ],
    },
    {
      note: 'a provider selling to a list: each customer listed after "to" is a customer',
      text: 'Nvidia will sell chips to Loxley Data, Fenner Robotics and Holm Brothers.',
      claims: [
        { type: 'compute_deal', subject: 'Loxley Data', counterparty: 'Nvidia', value: null },
        { type: 'compute_deal', subject: 'Fenner Robotics', counterparty: 'Nvidia', value: null },
        { type: 'compute_deal', subject: 'Holm Brothers', counterparty: 'Nvidia', value: null },
      ],
    },
    {
      note: 'power bought from a list of energy companies named by their last word ("Wind", "Solar"): each is a provider',
      text: 'Amazon signed power purchase agreements with Quillon Energy, Brenna Wind and Coldwater Solar for its data centres.',
      claims: [
        { type: 'compute_deal', subject: 'Amazon', counterparty: 'Quillon Energy', value: null },
        { type: 'compute_deal', subject: 'Amazon', counterparty: 'Brenna Wind', value: null },
        { type: 'compute_deal', subject: 'Amazon', counterparty: 'Coldwater Solar', value: null },
      ],
    },
    {
      note: 'the customers "of" a seller of compute, listed after "include"',
      text: 'Customers of Corvid Cloud include Kestrel AI, Morrow Labs and Pyxis AI.',
      claims: [
        { type: 'compute_deal', subject: 'Kestrel AI', counterparty: 'Corvid Cloud', value: null },
        { type: 'compute_deal', subject: 'Morrow Labs', counterparty: 'Corvid Cloud', value: null },
        { type: 'compute_deal', subject: 'Pyxis AI', counterparty: 'Corvid Cloud', value: null },
      ],
    },
    {
      note: 'a seller that "counts" companies "among its customers"',
      text: 'Google Cloud counts Orla Retail, Wexford Stores and Kinder Retail among its customers.',
      claims: [
        { type: 'compute_deal', subject: 'Orla Retail', counterparty: 'Google', value: null },
        { type: 'compute_deal', subject: 'Wexford Stores', counterparty: 'Google', value: null },
        { type: 'compute_deal', subject: 'Kinder Retail', counterparty: 'Google', value: null },
      ],
    },
    {
      note: 'examples of a trade opening the sentence ("Retailers including …") are its joint subject',
      text: 'Retailers including Orla Retail, Wexford Stores and Kinder Retail use Google Cloud.',
      claims: [
        { type: 'compute_deal', subject: 'Orla Retail', counterparty: 'Google', value: null },
        { type: 'compute_deal', subject: 'Wexford Stores', counterparty: 'Google', value: null },
        { type: 'compute_deal', subject: 'Kinder Retail', counterparty: 'Google', value: null },
      ],
    },
    {
      note: 'a company that "turned to" a seller for its cloud',
      text: 'Orla Retail has turned to Google for its cloud computing.',
      claims: [{ type: 'compute_deal', subject: 'Orla Retail', counterparty: 'Google', value: null }],
    },
    {
      note: 'a company splitting its cloud spending "between" two sellers buys from both',
      text: 'Kinder Retail split its cloud workloads between Google and Microsoft last year.',
      claims: [
        { type: 'compute_deal', subject: 'Kinder Retail', counterparty: 'Google', value: null },
        { type: 'compute_deal', subject: 'Kinder Retail', counterparty: 'Microsoft', value: null },
      ],
    },
    {
      note: 'a provider that "would give" a customer compute, the customer named first ("would give Tarrow Labs cloud infrastructure")',
      text: 'Orvane Cloud would give Tarrow Labs cloud infrastructure to train and run AI models under the agreement under discussion.',
      claims: [{ type: 'compute_deal', subject: 'Tarrow Labs', counterparty: 'Orvane Cloud', value: null }],
    },
    {
      note: 'a customer "bolstering its usage of" a provider\'s cloud',
      text: 'Kestrel Grocers is bolstering its usage of Microsoft Azure and cloud software.',
      claims: [{ type: 'compute_deal', subject: 'Kestrel Grocers', counterparty: 'Microsoft', value: null }],
    },
    {
      note: 'a company that plans "to use AWS Trainium to host" its models is AWS\'s customer (hosting is the purpose of its use, no service it sells), and "a $4 billion commitment to" a seller of compute is the deal\'s money (the use told after it is the same deal)',
      text: 'Tarrow Pins today announced a planned $4 billion commitment to Amazon Web Services through 2031. Tarrow Pins plans to use AWS Trainium to host and run its large language models.',
      claims: [
        { type: 'compute_deal', subject: 'Tarrow Pins', counterparty: 'Amazon', value: { amount: 4_000_000_000, currency: 'USD', text: '$4 billion' } },
      ],
    },
    {
      note: 'a provider\'s customer, then a relative clause of what it committed: the commitment is the deal\'s money',
      text: 'Kestrel AI is Orvale Cloud’s biggest customer, which has reportedly committed $4 billion in GPU capacity through 2029.',
      claims: [{ type: 'compute_deal', subject: 'Kestrel AI', counterparty: 'Orvale Cloud', value: { amount: 4_000_000_000, currency: 'USD', text: '$4 billion' } }],
    },
    {
      note: 'a headline that names both sides and one amount of a deal ("… Soar on Massive $7 Billion AI Infrastructure Agreement"), over a body that tells the deal without its worth: the headline\'s amount is the deal\'s',
      text: 'Orvale Digital and Kestrel Cloud Soar on Massive $7 Billion AI Infrastructure Agreement\n\nKestrel Cloud will deploy AI and high-performance computing hardware at Orvale Digital’s new data center campus in North Dakota under two 15-year leases.',
      claims: [{ type: 'compute_deal', subject: 'Kestrel Cloud', counterparty: 'Orvale Digital', value: { amount: 7_000_000_000, currency: 'USD', text: '$7 Billion' } }],
    },
    {
      note: 'a provider described by its relation to another company between commas ("X, Kestrel Semi’s nearest rival, would provide"): that company is no customer; a state\'s formal name ("the Kingdom of Saudi Arabia") is a place, not one either',
      text: 'Orvale Semiconductor, Kestrel Semi’s nearest rival in AI accelerators, would provide chips and software for data centers “stretching from the Kingdom of Saudi Arabia to the United States” in a US$10 billion project, Tarrow Labs and Orvale Semiconductor said.',
      claims: [{ type: 'compute_deal', subject: 'Tarrow Labs', counterparty: 'Orvale Semiconductor', value: { amount: 10_000_000_000, currency: 'USD', text: 'US$10 billion' } }],
    },
    {
      note: 'a seller of compute that "struck a cloud deal with" a customer, the customer\'s earlier provider told in a relative clause: the seller supplies, the earlier provider is no party',
      text: 'Orrin Cloud reportedly struck a cloud deal in June with Halvard AI, which had earlier relied on Kestrel Cloud\'s infrastructure.',
      claims: [{ type: 'compute_deal', subject: 'Halvard AI', counterparty: 'Orrin Cloud' }],
    },
    {
      note: '"the sale of … chips to X": the one the sale goes to gets the maker\'s chips, whoever approves the sale',
      text: "The US has approved the sale of cutting-edge Kestrel Semi chips to Tarrow42, the firm at the centre of the UAE's AI efforts.",
      claims: [{ type: 'compute_deal', subject: 'Tarrow42', counterparty: 'Kestrel Semi' }],
    },
    {
      note: 'a provider in a relative clause that "will give it access to" compute: giving access is providing, "it" is the main clause\'s subject, and the provider is not the chip maker\'s customer',
      text: 'Halvard Soft has signed a $9.7 billion cloud services contract with AI cloud services provider Orrin Cloud, which will give it access to some of Kestrel Chips\' processors.',
      claims: [{ type: 'compute_deal', subject: 'Halvard Soft', counterparty: 'Orrin Cloud', value: { amount: 9_700_000_000 } }],
    },
    {
      note: '"than" that bounds an amount ("agreed to spend more than $10 billion on cloud services from X") makes no rival of X; rivals named after "namely" ("larger rivals in the space, namely Amazon Web Services and Microsoft Azure") are no providers, a product\'s maker among them',
      text: 'Orvale Platforms has reportedly agreed to spend more than $10 billion on cloud services from Kestrel Cloud, as the search giant seeks to catch up with larger rivals in the space, namely Amazon Web Services and Microsoft Azure.',
      claims: [{ type: 'compute_deal', subject: 'Orvale Platforms', counterparty: 'Kestrel Cloud', value: { min: 10_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'a company that "chose not to exercise" (or "decided not to renew", "declined to", "walked away from") a deal: the deal is told as negated',
      text: 'Orvale chose not to exercise a nearly $12 billion option to buy more data-center capacity from Kestrel Cloud, people familiar with the matter said.',
      claims: [{ type: 'compute_deal', subject: 'Orvale', counterparty: 'Kestrel Cloud', value: { min: null, amount: 12_000_000_000, currency: 'USD' }, modality: 'negated' }],
    },
    {
      note: 'a company moving what it runs to a cloud, with words between the verb and "to" ("will move one million 5G customers to Amazon Web Services (AWS) cloud"); staff moved near a provider\'s campus are no deal',
      text: 'Kestrel Telecom will move one million 5G customers to Amazon Web Services (AWS) cloud later this month, its executives said. Orvale Bank moved 500 staff to its new office near Amazon’s campus.',
      claims: [{ type: 'compute_deal', subject: 'Kestrel Telecom', counterparty: 'Amazon' }],
    },
    {
      note: 'the deal\'s worth told a sentence later after a first predicate ("The deal will be valid for a couple of years, and is allegedly worth north of $2 billion")',
      text: 'Orvale Cloud has signed a significant deal with telecommunications giant Kestrel Telecom to provide its cloud platform. The deal will be valid for a couple of years, and is allegedly worth north of $2 billion, sources said.',
      claims: [{ type: 'compute_deal', subject: 'Kestrel Telecom', counterparty: 'Orvale Cloud', value: { min: 2_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'a provider\'s own chips supplied after a dash-set aside ("Nvidia will inject funding in stages—beginning with a $10 billion tranche—and supply its advanced GPUs to fuel Kestrel\'s data centers"): the one whose data centres they fuel is the customer, not a provider by owning them',
      text: 'Nvidia will inject funding in stages—beginning with a $10 billion tranche—and supply its advanced GPUs to fuel Kestrel’s data centers.',
      claims: [{ type: 'compute_deal', subject: 'Kestrel', counterparty: 'Nvidia', value: { amount: 10_000_000_000 } }],
    },
    {
      note: 'power is the energy company\'s to sell, whatever else the sentence names: "a renewable energy deal … with wind energy developer X to supply power to the facility" (a backer inside the customer\'s apposition, "backed by Y", is no party), "a contract with energy firm X for data center power" (the customer\'s name says data centres; the deal is for power)',
      text: 'Tarsel, a data centre platform backed by Orvale Investments, signed a 20-year renewable energy deal worth $2 billion with wind energy developer Kestrel Ventos to supply power to the facility.\n\nLatin American operator Halvard Data Centers has signed a large contract with Italian energy firm Quarrel Energia for data center power.',
      claims: [
        { type: 'compute_deal', subject: 'Tarsel', counterparty: 'Kestrel Ventos', value: { amount: 2_000_000_000 } },
        { type: 'compute_deal', subject: 'Halvard Data Centers', counterparty: 'Quarrel Energia' },
      ],
    },
    {
      note: '"it" after a verb of saying is the speaker named before it, a few lower-case words between ("Orrin Cloud had in May said it formed…"), not the company of the sentence before; "purchases of the seller\'s chips" is no buying by the subject',
      text: 'Tarsel Labs also signed agreements in May. Orrin Cloud had in May said it formed a $10 billion collaboration with Halvard AI that included purchases of Orrin Cloud’s advanced AI chips.',
      claims: [{ type: 'compute_deal', subject: 'Halvard AI', counterparty: 'Orrin Cloud', value: { amount: 10_000_000_000 } }],
    },
    {
      note: 'a joint subject — a pair ("Kestrel Electronics and Vantor Group have signed deals with…") or a list set off by dashes after a plural noun, after a dateline ("SEOUL — Four major corporations — A, B, C and D — as well as the government have sealed deals with…") — is a customer each; the chips deployed ("Blackwell processors") name their maker, no party when a seller is named',
      text: 'Kestrel Electronics and Vantor Group have signed deals with Orrin Cloud to rent 50,000 GPUs.\n\nSEOUL — Four major corporations — Pellam Motor, Quillon Foods, Harwick Steel and Tarsel — as well as the government have just sealed deals with Orrin Cloud to deploy 260,000 Blackwell processors.',
      claims: [
        { type: 'compute_deal', subject: 'Kestrel Electronics', counterparty: 'Orrin Cloud' },
        { type: 'compute_deal', subject: 'Vantor Group', counterparty: 'Orrin Cloud' },
        { type: 'compute_deal', subject: 'Pellam Motor', counterparty: 'Orrin Cloud' },
        { type: 'compute_deal', subject: 'Quillon Foods', counterparty: 'Orrin Cloud' },
        { type: 'compute_deal', subject: 'Harwick Steel', counterparty: 'Orrin Cloud' },
        { type: 'compute_deal', subject: 'Tarsel', counterparty: 'Orrin Cloud' },
      ],
    },
    {
      note: 'a relative clause on the partner named after "with" ("a partnership with Orrin Compute, which will provide Halvard AI with…") makes it the provider; the chips a provider supplies, made by another ("Blackwell GPUs"), name no second provider',
      text: 'The project is based on a strategic partnership with Orrin Compute, which will provide Halvard AI with some 18,000 Blackwell GPU processors.\n\nKestrel Cloud will provide Vantor Labs with 4,000 Blackwell GPUs.',
      claims: [
        { type: 'compute_deal', subject: 'Halvard AI', counterparty: 'Orrin Compute' },
        { type: 'compute_deal', subject: 'Vantor Labs', counterparty: 'Kestrel Cloud' },
      ],
    },
    {
      note: 'power flows from the energy company: two names before "signed a PPA" ("X Cloud and Y Energy signed a 10-year PPA to power a data centre campus") is X\'s power from Y, whichever the reading put first',
      text: 'Harwick Cloud and Orvale Energy signed a 10-year PPA to power a data centre campus.',
      claims: [{ type: 'compute_deal', subject: 'Harwick Cloud', counterparty: 'Orvale Energy' }],
    },
    {
      note: 'a deal\'s worth opening the next sentence, the deal its subject ("Valued at up to $14 billion, the multi-year contract…"): the deal\'s money',
      text: 'Orrin Compute has signed a deal with Kestrel Soft to supply around 200,000 Nvidia GPUs for its cloud. Valued at up to $14 billion, the multi-year contract marks a major step for Orrin Compute.',
      claims: [{ type: 'compute_deal', subject: 'Kestrel Soft', counterparty: 'Orrin Compute', value: { max: 14_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'the companies a relative clause lists on the subject ("the banking group, which includes Kestrel, Halvard and the Bank of Orrin, has signed…") are not the one signing',
      text: 'Kestrel Banking Group is moving to the cloud. As part of the programme, the banking group, which includes Kestrel, Halvard and the Bank of Orrin, has now signed a five-year deal with Google Cloud to deploy a range of services.',
      claims: [{ type: 'compute_deal', subject: 'Kestrel Banking Group', counterparty: 'Google' }],
    },
    {
      note: 'a customer\'s own chip design made by another ("Tessaly\'s AI5 chips—produced by Kestrel Semiconductor", "Samsung manufactures Tessaly\'s chips") does not make the customer a seller: the chip deal still runs from the foundry to it',
      text: 'Tessaly Inc announced a $16.5 billion chip supply agreement with Samsung Electronics, a move that could revive Samsung’s contract chip manufacturing business. Tessaly’s AI5 chips—produced by Kestrel Semiconductor—are expected to begin production next year. Currently, Samsung manufactures Tessaly’s A14 chips.',
      claims: [{ type: 'compute_deal', subject: 'Tessaly', counterparty: 'Samsung', value: { amount: 16_500_000_000, currency: 'USD' } }],
    },
    {
      note: 'a company that "will be among the largest customers of both" two cloud providers has a deal with each',
      text: 'Kestrel Compute will provide GPU capacity to Halvard Soft. The deal means that Halvard Soft will be among the largest customers of both Kestrel Compute and Orrin Cloud.',
      claims: [
        { type: 'compute_deal', subject: 'Halvard Soft', counterparty: 'Kestrel Compute' },
        { type: 'compute_deal', subject: 'Halvard Soft', counterparty: 'Orrin Cloud' },
      ],
    },
    {
      note: 'a provider in a clause of its own, opened by a company of its own ("…, while Orrin Retail acquired a data center campus from Tessaly Energy"), is that company\'s provider, not the first clause\'s; the first clause\'s energy company is its own',
      text: 'Halvard Soft signed a deal with Kestrel Energy to restart a unit at a nuclear plant in Pennsylvania, while Orrin Retail acquired a nuclear data center campus from Tessaly Energy.',
      claims: [
        { type: 'compute_deal', subject: 'Halvard Soft', counterparty: 'Kestrel Energy' },
        { type: 'compute_deal', subject: 'Orrin Retail', counterparty: 'Tessaly Energy' },
      ],
    },
    {
      note: 'a deal with an energy company (a name ending in Power, Energy, Nuclear…) to power data centers: its power is compute\'s power, bought by the other side',
      text: 'Halvard Search has announced a deal with the startup company Kestrel Power for the construction of 7 small nuclear reactors in order to supply power to its data centers.',
      claims: [{ type: 'compute_deal', subject: 'Halvard Search', counterparty: 'Kestrel Power' }],
    },
    {
      note: 'a deal "for" the provider "to supply" chips "to" a company: the provider is the verb\'s subject, the company after "to" the customer; the announcer (a surname alone) and the chips\' model are no party',
      text: 'Nvidia will provide its latest Blackwell GB300 systems for the project. While in the region, Huang also announced a deal for Nvidia to supply 18,000 Blackwell chips to the Saudi company Halvard AI for data centres totalling 500 megawatts.',
      claims: [{ type: 'compute_deal', subject: 'Halvard AI', counterparty: 'Nvidia', value: { amount: 18000, text: '18,000 Blackwell chips' } }],
    },
    {
      note: 'an agreement "that will see" the provider (and its short form in brackets) "provide it with" cloud: the object "it" is the customer, not the provider named right before the verb',
      text: 'Orrin Telecom’s digital unit has signed a five year agreement that will see Kestrel Web Services (KWS) provide it with the needed cloud infrastructure in the years ahead.',
      claims: [{ type: 'compute_deal', subject: 'Orrin Telecom', counterparty: 'Kestrel Web Services' }],
    },
    {
      note: 'clauses with subjects of their own, only the last about compute: the deal is the last clause\'s ("…, and Orrin Cloud recently landed a $30 billion cloud deal with Kestrel AI"), not the first clause\'s seller',
      text: 'Microsoft has already poured nearly $14 billion into Kestrel AI, Amazon invested $8 billion in Tarrow Labs, and Oracle recently landed a $30 billion cloud deal with Kestrel AI.',
      claims: [{ type: 'compute_deal', subject: 'Kestrel AI', counterparty: 'Oracle', value: { amount: 30_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'chips written out ("12 000 Nvidia graphics processing units", a space between thousands) and a chip\'s model name before the word ("18,000 next-generation Blackwell GPUs from NVIDIA"), bought by the owner of the agreement',
      text: 'Kestrel Technologies has begun building its AI factory in Cape Town, having recently acquired 12 000 Nvidia graphics processing units (GPUs). Orrin AI’s flagship agreement buys 18,000 next-generation Blackwell GPUs from NVIDIA.',
      claims: [
        { type: 'compute_deal', subject: 'Kestrel Technologies', counterparty: 'Nvidia', value: { amount: 12_000 } },
        { type: 'compute_deal', subject: 'Orrin AI', counterparty: 'Nvidia', value: { amount: 18_000 } },
      ],
    },
    {
      note: 'a second verb of the same subject that gives compute ("will invest … in X and supply it with 10 gigawatts of systems") makes the subject the provider',
      text: 'Kestrel Semiconductor will invest $100 billion in Orvane AI and supply it with 100,000 GPUs.',
      claims: [{ type: 'compute_deal', subject: 'Orvane AI', counterparty: 'Kestrel Semiconductor' }],
    },
    {
      note: 'the other side of a cloud agreement the subject agrees to pay for sells the compute, though nothing else says it sells any; an owner named before it ("with Dana Roe\'s Kestrel Systems") is no party',
      text: "Orrin Search has entered into a cloud-services agreement with Dana Roe's Kestrel Systems, agreeing to pay $920 million per month for computing power through 2029.",
      claims: [{ type: 'compute_deal', subject: 'Orrin Search', counterparty: 'Kestrel Systems', value: { amount: 920_000_000, currency: 'USD' } }],
    },
    {
      note: 'a company that "hands" a provider an amount for computing',
      text: 'Kestrel Apps hands Orrin Web Services about 30 million dollars every month for cloud computing. Halvard Phones hands Amazon Web Services about 30 million dollars every month, a broadcaster has reported.',
      claims: [
        { type: 'compute_deal', subject: 'Kestrel Apps', counterparty: 'Orrin Web Services', value: { amount: 30_000_000, currency: 'USD' } },
        { type: 'compute_deal', subject: 'Halvard Phones', counterparty: 'Amazon', value: { amount: 30_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a provider that "has landed X as a customer in an agreement worth" an amount; research run "on" a provider\'s processing units',
      text: 'Orrin Cloud has landed Tessaly AI as a customer in an agreement worth 38 billion dollars. Covenant AI has agreed to run its research on Orrin Cloud\'s tensor processing units.',
      claims: [
        { type: 'compute_deal', subject: 'Tessaly AI', counterparty: 'Orrin Cloud', value: { amount: 38_000_000_000, currency: 'USD' } },
        { type: 'compute_deal', subject: 'Covenant AI', counterparty: 'Orrin Cloud' },
      ],
    },
    {
      note: 'a deal\'s later money told right after its first ("worth up to $11.9 billion, followed by a $4 billion add-on in May"); a sentence that says which side supplies the other ("Orrin Cloud is Tarsel\'s second source") sets the deal\'s direction (Orrin Cloud sells compute by its name)',
      text: 'Zentrix AI struck an initial cloud deal with Orrin Cloud in March worth up to $11.9 billion, followed by a $4 billion add-on in May. Orrin Cloud is Tarsel AI\'s second source, with Tarsel AI intending to spend up to $10 billion on 500 megawatts of AI compute.',
      claims: [
        { type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'Orrin Cloud', value: { amount: 11_900_000_000, currency: 'USD' } },
        { type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'Orrin Cloud', value: { amount: 4_000_000_000, currency: 'USD' } },
        { type: 'compute_deal', subject: 'Tarsel AI', counterparty: 'Orrin Cloud', value: { amount: 10_000_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a deal\'s money told in the next sentence, of "the deal" ("The deal is worth $12 billion"); a next sentence about another deal, named, keeps its money',
      text: 'Halvard Labs has agreed to buy computing capacity from Orrin Cloud. The deal is worth $12 billion over five years, people familiar with the matter said. Kestrel AI will rent GPUs from Orrin Cloud. The contract with Tarsel Group, signed last year, is worth $2 billion.',
      claims: [
        { type: 'compute_deal', subject: 'Halvard Labs', counterparty: 'Orrin Cloud', value: { amount: 12_000_000_000, currency: 'USD' } },
        { type: 'compute_deal', subject: 'Kestrel AI', counterparty: 'Orrin Cloud' },
      ],
    },
    {
      note: 'a provider\'s biggest customer named after an aside ("X’s biggest customer, prior to this deal, was Y"); a bank\'s customer is no compute deal',
      text: 'Orrin Cloud’s biggest customer, prior to this deal, was Zentrix AI. Halvard Bank’s biggest customer was Kestrel Foods.',
      claims: [{ type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'Orrin Cloud' }],
    },
    {
      note: 'a company a provider "counts among its customers", one that "became a customer of" a provider, and a provider that "will host" a company\'s workloads',
      text: 'Orrin Cloud counts Zentrix AI among its customers. Kestrel Labs became a customer of Orrin Cloud last year. Under the agreement, Orrin Cloud will host Tarsel AI’s workloads.',
      claims: [
        { type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'Orrin Cloud' },
        { type: 'compute_deal', subject: 'Kestrel Labs', counterparty: 'Orrin Cloud' },
        { type: 'compute_deal', subject: 'Tarsel AI', counterparty: 'Orrin Cloud' },
      ],
    },
    {
      note: 'a deal read twice — by the compute it buys ("4.5 gigawatts") and by its money ("worth about $30 billion per year") — is one claim, valued in money',
      text: 'Zentrix AI has agreed to lease 4.5 gigawatts of computing power from Halvard Cloud as part of a deal worth about $30 billion per year.',
      claims: [{ type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'Halvard Cloud', value: { amount: 30_000_000_000 } }],
    },
    {
      note: 'an investment named beside the deal ("as part of the $50B investment deal") is not the deal\'s money; the spending is',
      text: 'Zentrix AI has now committed, as part of the Halvard Cloud $50B investment deal, to spend $138 billion on Halvard Cloud’s chips.',
      claims: [{ type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'Halvard Cloud', value: { amount: 138_000_000_000 } }],
    },
    {
      note: 'an amount that names its deal\'s other side ("a $10 billion deal with Y") is that side\'s; the maker of chips the project uses ("Nvidia’s Blackwell chips") is no party beside a seller the sentence names a deal with',
      text: 'Zentrix AI has broken ground on its first data centres, a project that combines Nvidia’s Blackwell chips with a $10 billion deal with AMD.',
      claims: [{ type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'AMD', value: { amount: 10_000_000_000 } }],
    },
    {
      note: 'a chip maker named for a model of two words ("NVIDIA H100 SXM GPUs") is no party when the seller is named after "from"',
      text: 'Among them, Sarvo, co-founded by Pratik Kumar, secured the most significant allocation: 4096 Orrin H100 SXM GPUs from Yarrow Labs.',
      claims: [{ type: 'compute_deal', subject: 'Sarvo', counterparty: 'Yarrow Labs' }],
    },
    {
      note: 'a provider that "formed an agreement with" a customer "to provide" AI infrastructure or GPU capacity (the customer named before the verb of giving is no chip maker)',
      text: 'In September, CoreWeave formed an agreement with Tessaly Labs to provide artificial intelligence infrastructure for $17.4B over the next five years. CoreWeave signed an agreement with Quarrow AI to provide GPU capacity.',
      claims: [
        { type: 'compute_deal', subject: 'Tessaly Labs', counterparty: 'CoreWeave', value: { amount: 17_400_000_000, currency: 'USD' } },
        { type: 'compute_deal', subject: 'Quarrow AI', counterparty: 'CoreWeave' },
      ],
    },
    {
      note: 'a provider\'s possessive deal "to supply" a customer, its money before the verb; "procure" buys chips named "graphics processing units"',
      text: 'Orrin Cloud\'s nearly $3B deal to supply GPU capacity to Halvex Platforms is moving quickly. Yarrow Infrastructure plans a fresh $1.5-billion investment to procure another 8,000 Nvidia graphics processing units (GPUs).',
      claims: [
        { type: 'compute_deal', subject: 'Halvex Platforms', counterparty: 'Orrin Cloud', value: { amount: 3_000_000_000, currency: 'USD' } },
        { type: 'compute_deal', subject: 'Yarrow Infrastructure', counterparty: 'Nvidia', value: { amount: 1_500_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a noun after a determiner is no verb of supplying ("diversifying its compute supply"): the company announcing the partnership gets the chips',
      text: 'Tessaly Labs is diversifying its compute supply: the company has announced a long-term partnership with Orrin Micro to deploy Orrin Micro GPUs in its data centres.',
      claims: [{ type: 'compute_deal', subject: 'Tessaly Labs', counterparty: 'Orrin Micro' }],
    },
    {
      note: 'a seller of nothing but compute as subject, its customer after "with", no compute word in the sentence (the article names compute)',
      text: 'CoreWeave rents GPUs to AI labs. CoreWeave expanded its agreement with Zentrix AI by US$6.5 billion.',
      claims: [{ type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'CoreWeave', value: { amount: 6_500_000_000, currency: 'USD' } }],
    },
    {
      note: 'the provider named after a describing apposition that closes with a comma ("with GPU-heavy cloud service, CoreWeave,")',
      text: 'Zentrix AI has signed a five-year, $11.9 billion agreement with GPU-heavy cloud service, CoreWeave, people close to the deal said.',
      claims: [{ type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'CoreWeave', value: { amount: 11_900_000_000, currency: 'USD' } }],
    },
    {
      note: 'a company that is a compute seller\'s customer "for GPU capacity"',
      text: 'Zentrix AI is Halvard Cloud’s biggest customer for GPU capacity.',
      claims: [{ type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'Halvard Cloud' }],
    },
    {
      note: 'a company\'s models trained "on" a seller\'s chips',
      text: 'Zentrix AI trains its models on Halvard Cloud’s TPUs.',
      claims: [{ type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'Halvard Cloud' }],
    },
    {
      note: 'a company\'s models trained "on" a seller named alone, whose name says it sells compute ("Orrin Web Services", "Orrin Cloud Infrastructure"), and models "of" a company running on one',
      text: 'Zentrix AI trains its models on Orrin Web Services. Pellmore Labs’ chatbot runs on Halvard Cloud Infrastructure.',
      claims: [
        { type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'Orrin Web Services' },
        { type: 'compute_deal', subject: 'Pellmore Labs', counterparty: 'Halvard Cloud Infrastructure' },
      ],
    },
    {
      note: 'chips "got" or "received" from a seller of compute, with their count',
      text: 'Zentrix AI will receive 40,000 Nvidia GB300 chips from Orrin Cloud.',
      claims: [{ type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'Orrin Cloud', value: { amount: 40_000 } }],
    },
    {
      note: 'a two-sided lease read both ways; the sentence whose verb says who provides decides, and the lease\'s amount goes with it (not a round: "a $2.1 billion, 12-year lease")',
      text: 'Pellum Mining secured a $2.1 billion, 12-year lease with Quillmark to provide AI cloud capacity and power. The deal requires Pellum to provide data centre space and power for Quillmark\u2019s AI workloads.',
      claims: [{ type: 'compute_deal', subject: 'Quillmark', counterparty: 'Pellum Mining', value: { amount: 2_100_000_000, currency: 'USD' } }],
    },
    {
      note: 'a seller of compute as the subject of a two-sided partnership: the other side is its customer',
      text: 'GPU cloud provider Ostrevia has expanded its partnership with Quillmark in a new deal worth up to $2.1 billion.',
      claims: [{ type: 'compute_deal', subject: 'Quillmark', counterparty: 'Ostrevia', value: { max: 2_100_000_000, currency: 'USD' } }],
    },
    {
      note: 'an unknown provider the article describes as a seller ("a cloud provider based in Oslo", "a chip maker") is a company by that description',
      text: 'Pellmore Labs will rent GPU servers from Ostrevia, a cloud provider based in Oslo, under a three-year deal. Its rival Quenby trains on accelerators supplied by Perrow Systems, a chip maker.',
      claims: [
        { type: 'compute_deal', subject: 'Pellmore Labs', counterparty: 'Ostrevia', value: null },
        { type: 'compute_deal', subject: 'Quenby', counterparty: 'Perrow Systems', value: null },
      ],
    },
    {
      note: '"a deal with the company": an object reference is not the clause subject; a maker named for its chips is not the provider (one deal, stated twice)',
      text: 'Halvard Robotics leases servers from CoreWeave. Halvard Robotics made another $80 million deal with the company to lease 900 servers equipped with Nvidia chips.',
      claims: [
        { type: 'compute_deal', subject: 'Halvard Robotics', counterparty: 'CoreWeave', value: { amount: 80_000_000, currency: 'USD', text: '$80 million' } },
      ],
    },
    {
      note: "a provider's customers listed: each customer gets compute from the provider",
      text: "CoreWeave’s largest customers include Quillmark and Zentrix AI, according to its filing.",
      claims: [
        { type: 'compute_deal', subject: 'Quillmark', counterparty: 'CoreWeave', value: null },
        { type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'CoreWeave', value: null },
      ],
    },
    {
      note: 'capacity built for a customer, in a key-facts list about the provider',
      text: 'Crusoe at a glance\n- Active builds: a 300MW campus for Halvard Robotics in Texas',
      claims: [{ type: 'compute_deal', subject: 'Halvard Robotics', counterparty: 'Crusoe', resource: 'datacenter' }],
    },
    {
      note: '"servers equipped with its own chips": the pronoun is the customer, the cloud after "from" is the provider',
      text: 'Norrland Compute will lease 2,000 servers equipped with its own accelerators from Lambda.',
      claims: [{ type: 'compute_deal', subject: 'Norrland Compute', counterparty: 'Lambda' }],
    },
    {
      note: '"signed a $X deal with <provider> for cloud computing"',
      text: 'Zentrix AI signed a $10 billion deal with Oracle for cloud computing capacity.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Zentrix AI',
          counterparty: 'Oracle',
          resource: 'cloud',
          value: { amount: 10_000_000_000, currency: 'USD', approximate: false, text: '$10 billion' },
        },
      ],
    },
    {
      note: '"will rent GPUs from"; "three-year" is not a value',
      text: 'Halvard Robotics will rent GPUs from CoreWeave under a three-year contract.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Halvard Robotics',
          counterparty: 'CoreWeave',
          resource: 'gpu',
          value: null,
        },
      ],
    },
    {
      note: 'GPU purchase: the maker is the provider; count of GPUs as value, maker and model inside the value text',
      text: 'Quillmark has secured 10,000 Nvidia H100 GPUs to train its next model.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Quillmark',
          counterparty: 'Nvidia',
          resource: 'gpu',
          value: { amount: 10000, unit: 'GPUs', approximate: false, text: '10,000 Nvidia H100 GPUs' },
        },
      ],
    },
    {
      note: 'power purchase agreement → power; "15-year" is not a value',
      text: 'Norrland Compute signed a 15-year power purchase agreement with Vattenfall to supply its Luleå data center campus.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Norrland Compute',
          counterparty: 'Vattenfall',
          resource: 'power',
          value: null,
        },
      ],
    },
    {
      note: '"will use Google’s TPUs" → tpu',
      text: 'Pellucid Labs will use Google’s TPUs to train its models.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Pellucid Labs',
          counterparty: 'Google',
          resource: 'tpu',
          value: null,
        },
      ],
    },
    {
      note: '"data center capacity from" → datacenter',
      text: 'Copperleaf AI is buying data center capacity from Oracle in Texas.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Copperleaf AI',
          counterparty: 'Oracle',
          resource: 'datacenter',
          value: null,
        },
      ],
    },
    {
      note: 'product name Azure maps to Microsoft',
      text: 'Under the agreement, Kiteline AI will run all of its workloads on Azure.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Kiteline AI',
          counterparty: 'Microsoft',
          resource: 'cloud',
          value: null,
        },
      ],
    },
    {
      note: 'Google Cloud maps to Google; committed spend; "five years" is not a value',
      text: 'Sablefish Analytics has committed to spend $300 million on Google Cloud over five years.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Sablefish Analytics',
          counterparty: 'Google',
          resource: 'cloud',
          value: { amount: 300_000_000, currency: 'USD', approximate: false, text: '$300 million' },
        },
      ],
    },
    {
      note: 'AWS maps to Amazon; "worth about" → approximate',
      text: 'Opaline Health picked AWS as its primary cloud provider in a deal worth about $150 million.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Opaline Health',
          counterparty: 'Amazon',
          resource: 'cloud',
          value: { amount: 150_000_000, currency: 'USD', approximate: true, text: 'about $150 million' },
        },
      ],
    },
    {
      note: 'accelerators called "chips" → chips; Trainium is Amazon’s',
      text: 'Tidewater AI will train its models on Amazon’s Trainium chips.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Tidewater AI',
          counterparty: 'Amazon',
          resource: 'chips',
          value: null,
        },
      ],
    },
    {
      note: 'wire copy, provider is the grammatical subject; "up to" → max',
      text: 'NEW YORK (Reuters) - CoreWeave has signed an agreement worth up to $4 billion to provide Meridian Dynamics with GPU computing capacity, the companies said on Monday.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Meridian Dynamics',
          counterparty: 'CoreWeave',
          resource: 'gpu',
          value: { amount: 4_000_000_000, max: 4_000_000_000, currency: 'USD', approximate: true, text: 'up to $4 billion' },
        },
      ],
    },
    {
      note: 'power in megawatts as the value',
      text: 'Meridian Dynamics signed a deal with Helion Grid to buy 500 megawatts of power for its data centers.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Meridian Dynamics',
          counterparty: 'Helion Grid',
          resource: 'power',
          value: { amount: 500, unit: 'MW', approximate: false, text: '500 megawatts' },
        },
      ],
    },
    {
      note: 'power in gigawatts as the value',
      text: 'Cinder Labs has agreed to buy 1.2 gigawatts of nuclear power from Ardent Nuclear to run its AI clusters.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Cinder Labs',
          counterparty: 'Ardent Nuclear',
          resource: 'power',
          value: { amount: 1.2, unit: 'GW', approximate: false, text: '1.2 gigawatts' },
        },
      ],
    },
    {
      note: 'Nvidia GPUs rented FROM a cloud: the cloud is the provider, not Nvidia',
      text: 'Brightline Robotics will rent Nvidia GPUs from CoreWeave.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Brightline Robotics',
          counterparty: 'CoreWeave',
          resource: 'gpu',
          value: null,
        },
      ],
    },
    {
      note: 'key-facts bullet with no subject; "multi-year" is not a value',
      text: 'Lattice Forge: key facts\n• Raised $90M Series B\n• Signed a multi-year GPU deal with Lambda\n• 110 employees',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Lattice Forge',
          counterparty: 'Lambda',
          resource: 'gpu',
          value: null,
        },
      ],
    },
    {
      note: '"in talks" → hedged; "more than N GPUs" → min',
      text: 'Greyfriar Systems is in talks with Oracle to rent more than 100,000 GPUs.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Greyfriar Systems',
          counterparty: 'Oracle',
          resource: 'gpu',
          value: { amount: 100000, min: 100000, unit: 'GPUs', approximate: true, text: 'more than 100,000 GPUs' },
          modality: 'hedged',
        },
      ],
    },
    {
      note: 'people familiar → reported; "Microsoft’s Azure cloud" → Microsoft',
      text: 'Aurelian Bio has agreed to spend $3 billion on Microsoft’s Azure cloud, according to people familiar with the matter.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Aurelian Bio',
          counterparty: 'Microsoft',
          resource: 'cloud',
          value: { amount: 3_000_000_000, currency: 'USD', approximate: false, text: '$3 billion' },
          modality: 'reported',
        },
      ],
    },
    {
      note: '"multi-billion-dollar" vague magnitude; Amazon Web Services → Amazon',
      text: 'Vantablack Systems struck a multi-billion-dollar agreement with Amazon Web Services for cloud computing.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Vantablack Systems',
          counterparty: 'Amazon',
          resource: 'cloud',
          value: { amount: null, min: 2_000_000_000, max: null, currency: 'USD', approximate: true, text: 'multi-billion-dollar' },
        },
      ],
    },
    {
      note: 'provider as subject, "provide X with data center capacity"; "10-year" is not a value',
      text: 'Oracle will provide Halcyon Quantum with data center capacity in Abilene, Texas, under a 10-year lease worth $1.8 billion.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Halcyon Quantum',
          counterparty: 'Oracle',
          resource: 'datacenter',
          value: { amount: 1_800_000_000, currency: 'USD', approximate: false, text: '$1.8 billion' },
        },
      ],
    },
    {
      note: 'press release; "Google Cloud" is the provider name but TPUs are what is provided → tpu',
      text: 'AUSTIN, Texas, May 12, 2025 /PRNewswire/ -- Sorrel Robotics today announced a multi-year agreement with Google Cloud for access to TPU capacity.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Sorrel Robotics',
          counterparty: 'Google',
          resource: 'tpu',
          value: null,
        },
      ],
    },
    {
      note: 'moving infrastructure to a cloud in a stated deal; "three-year" is not a value',
      text: 'Stackwise moved its entire infrastructure to Google Cloud in a $40 million, three-year deal.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Stackwise',
          counterparty: 'Google',
          resource: 'cloud',
          value: { amount: 40_000_000, currency: 'USD', approximate: false, text: '$40 million' },
        },
      ],
    },
    {
      note: 'euros, European provider, GPU capacity',
      text: 'Paris-based Lumen Ordinal signed a €200m agreement with Scaleway for GPU capacity.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Lumen Ordinal',
          counterparty: 'Scaleway',
          resource: 'gpu',
          value: { amount: 200_000_000, currency: 'EUR', approximate: false, text: '€200m' },
        },
      ],
    },
    {
      note: 'pounds sterling; "agreed a … contract with" (British usage)',
      text: 'Harrowgate agreed a £75 million cloud contract with Microsoft.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Harrowgate',
          counterparty: 'Microsoft',
          resource: 'cloud',
          value: { amount: 75_000_000, currency: 'GBP', approximate: false, text: '£75 million' },
        },
      ],
    },
    {
      note: 'scraped headline with no space before the amount ("secures$500m")',
      text: 'Fernhill secures$500m Nvidia GPU allocation',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Fernhill',
          counterparty: 'Nvidia',
          resource: 'gpu',
          value: { amount: 500_000_000, currency: 'USD', approximate: false, text: '$500m' },
        },
      ],
    },
    {
      note: 'coreference: "The company" in the second sentence',
      text: 'Kestrel Dynamics builds autonomous drones. The company has signed a deal to use Oracle’s cloud infrastructure to train its perception models.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Kestrel Dynamics',
          counterparty: 'Oracle',
          resource: 'cloud',
          value: null,
          evidence: ['Oracle’s cloud infrastructure'],
        },
      ],
    },
    {
      note: 'GPU purchase from a GPU maker other than Nvidia; count with brand and model name',
      text: 'Tessellate Bio agreed to purchase 6,000 AMD Instinct GPUs for its drug-discovery cluster.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Tessellate Bio',
          counterparty: 'AMD',
          resource: 'gpu',
          value: { amount: 6000, unit: 'GPUs', approximate: false, text: '6,000 AMD Instinct GPUs' },
        },
      ],
    },
    {
      note: '"has not signed" → negated',
      text: 'Quartzline said it has not signed any agreement with Nvidia for GPUs.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Quartzline',
          counterparty: 'Nvidia',
          resource: 'gpu',
          value: null,
          modality: 'negated',
        },
      ],
    },
    {
      note: '"If … will buy power" → conditional',
      text: 'If regulators approve the plan, Northvane AI will buy electricity from Bruce Power for its Ontario data center.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Northvane AI',
          counterparty: 'Bruce Power',
          resource: 'power',
          value: null,
          modality: 'conditional',
        },
      ],
    },
    {
      note: 'named accelerators called "chips" → chips',
      text: 'Opaline Health will deploy Cerebras chips for inference under a new agreement with the chipmaker.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Opaline Health',
          counterparty: 'Cerebras',
          resource: 'chips',
          value: null,
        },
      ],
    },
    {
      note: 'GPUs reserved on a cloud; count directly followed by "GPUs"',
      text: 'Orbital Loom has reserved 4,096 GPUs on CoreWeave’s cloud for two years.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Orbital Loom',
          counterparty: 'CoreWeave',
          resource: 'gpu',
          value: { amount: 4096, unit: 'GPUs', approximate: false, text: '4,096 GPUs' },
        },
      ],
    },
    {
      note: 'data-center lease; size in MW describes the campus (value not checked)',
      text: 'Veritas Grid will lease a 300-megawatt data center campus from Digital Realty.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Veritas Grid',
          counterparty: 'Digital Realty',
          resource: 'datacenter',
        },
      ],
    },
    {
      note: '"reportedly" → reported; "a year" is a rate, not part of the amount',
      text: 'Mirepoint has reportedly agreed to pay Oracle $5 billion a year for cloud computing.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Mirepoint',
          counterparty: 'Oracle',
          resource: 'cloud',
          value: { amount: 5_000_000_000, currency: 'USD', approximate: false, text: '$5 billion a year' },
          modality: 'reported',
        },
      ],
    },
    {
      note: 'two providers in one sentence → two claims',
      text: 'Copperleaf AI will split its training runs between Google Cloud and Microsoft Azure.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Copperleaf AI',
          counterparty: 'Google',
          resource: 'cloud',
          value: null,
        },
        {
          type: 'compute_deal',
          subject: 'Copperleaf AI',
          counterparty: 'Microsoft',
          resource: 'cloud',
          value: null,
        },
      ],
    },
    {
      note: 'apposition; "tapped … for" phrasing',
      text: 'Driftwood Labs, a Seattle coding-agent startup, has tapped Amazon Web Services for cloud computing in a deal worth more than $20 million.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Driftwood Labs',
          counterparty: 'Amazon',
          resource: 'cloud',
          value: { amount: 20_000_000, min: 20_000_000, currency: 'USD', approximate: true, text: 'more than $20 million' },
        },
      ],
    },
    {
      note: 'power from a named utility for data centers; nuclear',
      text: 'Corvid Security will draw nuclear power from Constellation Energy for its new data center in Pennsylvania.',
      claims: [
        {
          type: 'compute_deal',
          subject: 'Corvid Security',
          counterparty: 'Constellation Energy',
          resource: 'power',
          value: null,
        },
      ],
    },
    {
      note: 'a deal with a seller of nothing but compute, with no compute word in its sentence, in an article about compute',
      text: 'Halvard Robotics is spending heavily on GPUs.\n\nHalvard Robotics Inc. signed a deal worth up to $3 billion with CoreWeave over five years.',
      claims: [{ type: 'compute_deal', subject: 'Halvard Robotics', counterparty: 'CoreWeave', value: { amount: 3_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'a customer and a cloud as joint subjects of the deal: the cloud is the provider',
      text: 'Quillmark Inc. and Google Cloud signed a multi-year deal, the companies said on Tuesday.',
      claims: [{ type: 'compute_deal', subject: 'Quillmark Inc.', counterparty: 'Google', resource: 'cloud', value: null }],
    },
    {
      note: "a seller's name on the deal itself ('strikes $500m AWS deal'), headline style",
      text: 'Zentrix AI strikes $500m AWS deal',
      claims: [{ type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'Amazon', value: { amount: 500_000_000, currency: 'USD' } }],
    },
    {
      note: "'uses both X and Y': each is a provider",
      text: 'Stackwise Inc. uses both Amazon Web Services and Google Cloud for its compute needs.',
      claims: [
        { type: 'compute_deal', subject: 'Stackwise Inc.', counterparty: 'Amazon', resource: 'cloud' },
        { type: 'compute_deal', subject: 'Stackwise Inc.', counterparty: 'Google', resource: 'cloud' },
      ],
    },
    {
      note: "'move its … to <cloud>' (base form of the verb)",
      text: 'Greyfriar Systems said it would move its entire infrastructure to Amazon Web Services by 2026.',
      claims: [{ type: 'compute_deal', subject: 'Greyfriar Systems', counterparty: 'Amazon', resource: 'cloud' }],
    },
    {
      note: 'choosing a provider: chosen as its cloud provider',
      text: 'Opaline Health has chosen Microsoft Azure as its preferred cloud provider.',
      claims: [{ type: 'compute_deal', subject: 'Opaline Health', counterparty: 'Microsoft', resource: 'cloud' }],
    },
    {
      note: 'a bracketed aside before the provider is stepped over',
      text: 'Tidewater AI will spend nearly $2 billion over four years to rent servers from artificial intelligence (AI) startup CoreWeave.',
      claims: [{ type: 'compute_deal', subject: 'Tidewater AI', counterparty: 'CoreWeave', value: { amount: 2_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'a power purchase agreement with a utility for data centres',
      text: 'Cinder Labs Inc. has signed a power purchase agreement with utility Dominion Energy to supply its Virginia data centres.',
      claims: [{ type: 'compute_deal', subject: 'Cinder Labs Inc.', counterparty: 'Dominion Energy', resource: 'power' }],
    },
    {
      note: "a chip maker inside a compound ('Nvidia-powered') is no party; a cloud as subject of a two-sided deal is the seller",
      text: 'Amazon inks $38bn deal with Tidewater AI for Nvidia-powered cloud services',
      claims: [{ type: 'compute_deal', subject: 'Tidewater AI', counterparty: 'Amazon', value: { amount: 38_000_000_000, currency: 'USD' } }],
    },
    {
      note: "chips 'supplied by' a seller: the seller is the provider, not the chip maker nor the maker as customer",
      text: 'Zentrix AI Inc. will build a data center in Ohio using Nvidia chips supplied by Dell.',
      claims: [{ type: 'compute_deal', subject: 'Zentrix AI Inc.', counterparty: 'Dell' }],
    },
    {
      note: "'the company' after a name in a fronted phrase ('In true Musk fashion') is the article's company",
      text: 'Halvard Robotics Inc. ended talks with Oracle. In true Musk fashion, the company plans to build a massive AI data center in Memphis, leveraging Nvidia chips supplied by Dell and Supermicro.',
      claims: [
        { type: 'compute_deal', subject: 'Halvard Robotics Inc.', counterparty: 'Dell' },
        { type: 'compute_deal', subject: 'Halvard Robotics Inc.', counterparty: 'Supermicro' },
      ],
    },
    {
      note: 'a spaced dash closes an aside: the name after it is not in the deal slot',
      text: 'But after Zentrix AI restructured its board and started branching out — including a huge cloud deal with Amazon — Microsoft has made it clear it does not want to be tied to one lab.',
      claims: [{ type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'Amazon' }],
    },
    // Providers nobody has heard of: the article's own words say who sells compute (./providers.ts)
    {
      note: "a seller whose name says it ('… Cloud') is the provider even as the headline's subject",
      text: 'Varrowind Cloud signs $2bn deal with Pellmore Robotics for GPU capacity',
      claims: [{ type: 'compute_deal', subject: 'Pellmore Robotics', counterparty: 'Varrowind Cloud', resource: 'gpu', value: { amount: 2_000_000_000, currency: 'USD' } }],
    },
    {
      note: "an unknown seller described elsewhere in the article ('is a GPU cloud operator') is the provider of a deal it heads",
      text: 'Quenby Inc. is a GPU cloud operator based in Oslo.\n\nQuenby inks $75m deal with Halmark Systems for cloud services',
      claims: [{ type: 'compute_deal', subject: 'Halmark Systems', counterparty: 'Quenby', value: { amount: 75_000_000, currency: 'USD' } }],
    },
    {
      note: 'the provider supplies, with a description between its name and the verb',
      text: 'Ostrevia, a Nordic GPU cloud provider, will supply computing capacity to Kettering Bio under a three-year contract.',
      claims: [{ type: 'compute_deal', subject: 'Kettering Bio', counterparty: 'Ostrevia', value: null }],
    },
    {
      note: "a partner named by its trade ('chipmaker') sells the compute of the build",
      text: 'Zennor AI Inc. is teaming up with chipmaker Brackla to build a $2 billion supercomputer in Ohio.',
      claims: [{ type: 'compute_deal', subject: 'Zennor AI Inc.', counterparty: 'Brackla', resource: 'datacenter', value: { amount: 2_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'paying a seller of cloud an amount, with no compute word in the sentence',
      text: 'Corbel Analytics has paid Sondra Cloud close to $40 million under its contract.',
      claims: [{ type: 'compute_deal', subject: 'Corbel Analytics', counterparty: 'Sondra Cloud', value: { amount: 40_000_000, currency: 'USD', approximate: true } }],
    },
    {
      note: "servers rented 'from' a company are the company's to sell, described or not",
      text: 'Kettering Bio Ltd. will spend $120 million over four years to rent servers from Ostrevia Systems.',
      claims: [{ type: 'compute_deal', subject: 'Kettering Bio Ltd.', counterparty: 'Ostrevia Systems', value: { amount: 120_000_000, currency: 'USD' } }],
    },
    {
      note: "a seller of computing as subject of a deal 'with' a utility 'to supply' it: the utility supplies the power",
      text: 'Cloud provider Varrowind signed a deal with utility Fernholt Power to supply its data centres with electricity.',
      claims: [{ type: 'compute_deal', subject: 'Varrowind', counterparty: 'Fernholt Power', resource: 'power' }],
    },
    {
      note: "neither side known to sell compute: a verb of buying ('to rent') says who gets it",
      text: 'Halmark Systems signed a $75m deal with Quenby Inc. to rent cloud servers.',
      claims: [{ type: 'compute_deal', subject: 'Halmark Systems', counterparty: 'Quenby Inc.', value: { amount: 75_000_000, currency: 'USD' } }],
    },
    {
      note: "a verb of use and a company named with the cloud it owns ('on Quenby Inc.’s cloud'): the owner provides",
      text: "Pellmore Labs will run its models on Quenby Inc.'s cloud.",
      claims: [{ type: 'compute_deal', subject: 'Pellmore Labs', counterparty: 'Quenby Inc.', resource: 'cloud', value: null }],
    },
    {
      note: "training 'in' a company's data centres: the owner provides",
      text: "Pellmore Labs will train its models in Quenby Inc.'s data centers.",
      claims: [{ type: 'compute_deal', subject: 'Pellmore Labs', counterparty: 'Quenby Inc.', resource: 'datacenter' }],
    },
    {
      note: "GPUs 'hosted in' a company's data centres: the host provides; the count of GPUs is the value",
      text: 'Under the deal, Pellmore Labs will gain access to 20,000 GPUs hosted in Quenby Inc. data centres.',
      claims: [{ type: 'compute_deal', subject: 'Pellmore Labs', counterparty: 'Quenby Inc.', resource: 'gpu', value: { amount: 20000, unit: 'GPUs' } }],
    },
    {
      note: "chosen 'as its cloud provider', a legal suffix's full stop inside the phrase",
      text: 'Pellmore Labs picked Quenby Inc. as its cloud provider.',
      claims: [{ type: 'compute_deal', subject: 'Pellmore Labs', counterparty: 'Quenby Inc.', resource: 'cloud' }],
    },
    {
      note: "the signer of a contract 'to supply' a company named right after the verb is the provider",
      text: 'Quenby Inc. signed a $1bn contract to supply Pellmore Labs with cloud capacity.',
      claims: [{ type: 'compute_deal', subject: 'Pellmore Labs', counterparty: 'Quenby Inc.', value: { amount: 1_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'a seller whose shares moved "after announcing" a deal with a customer, and a seller\'s own agreement named for its customer ("its Halvard AI agreement")',
      text: 'Tessaly Cloud shares jumped 13% after announcing a $14.2 billion computing power agreement with Quorvex Labs. Tessaly Cloud, the GPU cloud provider, also expanded its Halvard AI agreement by $6.5 billion.',
      claims: [
        { type: 'compute_deal', subject: 'Quorvex Labs', counterparty: 'Tessaly Cloud', value: { amount: 14_200_000_000 } },
        { type: 'compute_deal', subject: 'Halvard AI', counterparty: 'Tessaly Cloud', value: { amount: 6_500_000_000 } },
      ],
    },
    {
      note: 'two deals in one sentence: each provider takes the amount said before it ("a $38 billion contract … from X, and … a separate $300 billion agreement with Y")',
      text: 'Zentrix AI made waves with a $38 billion contract to buy compute from Tessaly Cloud, and reports suggest it has also inked a separate $300 billion agreement with Orrin Compute.',
      claims: [
        { type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'Tessaly Cloud', value: { amount: 38_000_000_000 } },
        { type: 'compute_deal', subject: 'Zentrix AI', counterparty: 'Orrin Compute', value: { amount: 300_000_000_000 } },
      ],
    },
    {
      note: 'a deal "unveiled" with a provider, which is "to supply the … startup" (the customer by its description): the one the deal is with supplies',
      text: "Quillo AI on Thursday unveiled a deal with Alphabet Inc.'s Google to supply the artificial intelligence startup with more than a gigawatt of additional computing power, valued in the tens of billions of dollars.",
      claims: [{ type: 'compute_deal', subject: 'Quillo AI', counterparty: 'Google', value: { min: 20_000_000_000, max: 99_999_999_999, currency: 'USD' } }],
    },
    {
      note: 'a company that powers or equips its own infrastructure "with" a provider\'s GPUs gets compute from it',
      text: 'Orrin Telecom plans to power its computing infrastructure with GPUs from Nvidia. Kestrel Bank will equip its new data centres with AMD chips.',
      claims: [
        { type: 'compute_deal', subject: 'Orrin Telecom', counterparty: 'Nvidia' },
        { type: 'compute_deal', subject: 'Kestrel Bank', counterparty: 'AMD' },
      ],
    },
    {
      note: 'a chip\'s model number glued to a scale letter ("Ascend 910B AI chips") is no count of chips: the deal has no amount',
      text: 'In July, Huawei agreed to sell its Ascend 910B AI chips to Tarsel AI.',
      claims: [{ type: 'compute_deal', subject: 'Tarsel AI', counterparty: 'Huawei', value: null }],
    },
    {
      note: 'business a seller of compute "won from" a company makes the company its customer ("Google won business from OpenAI, which has primarily relied on Azure"), and not the other way round',
      text: 'In July, Orvale Cloud won business from Tarvo AI, which has primarily relied on Azure. Kestrel Compute won a contract from Quenby Bank for GPU capacity.',
      claims: [
        { type: 'compute_deal', subject: 'Tarvo AI', counterparty: 'Orvale Cloud' },
        { type: 'compute_deal', subject: 'Quenby Bank', counterparty: 'Kestrel Compute' },
      ],
    },
    {
      note: 'a provider (or its product) inside a relative clause on a company ("…and Tarvo AI, which continues to work with the number one and two cloud providers, …, Microsoft Azure") serves the clause\'s antecedent, not the sentence\'s first company',
      text: 'This is the first agreement between Orvale Cloud and Tarvo AI, which continues to work with the number one and two global cloud providers by market share, Kestrel Compute Services (30 percent) and Microsoft Azure (20 percent).',
      claims: [{ type: 'compute_deal', subject: 'Tarvo AI', counterparty: 'Microsoft' }],
    },
    {
      note: 'a data centre built "with Microsoft as the anchor tenant": the tenant is the customer, the builder its provider (not the reverse)',
      text: 'Tarsel Telecom will build a $545 million data centre in Dubai with Microsoft as the anchor tenant.',
      claims: [{ type: 'compute_deal', subject: 'Microsoft', counterparty: 'Tarsel Telecom', value: { amount: 545_000_000, currency: 'USD' } }],
    },
    {
      note: 'a collaboration with a cloud provider, as a partnership with one',
      text: 'Orvale Bank said it would broaden its collaboration with Amazon Web Services.',
      claims: [{ type: 'compute_deal', subject: 'Orvale Bank', counterparty: 'Amazon', value: null }],
    },
    {
      note: 'shifting workloads to a cloud provider, as moving them',
      text: 'Orvale Bank will shift critical workloads to Google Cloud over three years.',
      claims: [{ type: 'compute_deal', subject: 'Orvale Bank', counterparty: 'Google', value: null }],
    },
    {
      note: 'six words between the verb of moving and "to" ("moved a large portion of its conferencing capacity to AWS")',
      text: 'Orvale Video moved a large portion of its conferencing capacity to AWS last year.',
      claims: [{ type: 'compute_deal', subject: 'Orvale Video', counterparty: 'Amazon', value: null }],
    },
    {
      note: 'a deal read with the builder as customer is turned round where the next sentence names the other side the tenant ("Microsoft will be the primary tenant of the centre")',
      text: 'Tarsel Telecom is collaborating with Microsoft to build a $545 million data centre in Dubai. Microsoft will be the primary tenant of the centre, which will be built in stages.',
      claims: [{ type: 'compute_deal', subject: 'Microsoft', counterparty: 'Tarsel Telecom', value: { amount: 545_000_000, currency: 'USD' } }],
    },
    {
      note: 'a chip maker named for its chips spelt out ("Nvidia graphics processing units") is no customer of the supplier: the one supplied "to" is',
      text: 'Kestrel Grid will begin supplying Nvidia graphics processing units to Orvale Labs via its data centers next year.',
      claims: [{ type: 'compute_deal', subject: 'Orvale Labs', counterparty: 'Kestrel Grid', value: null }],
    },
  ],
  negative: [
    { text: 'Tarvo Shoes won business from Orvale Retail, and Quenby Bank won a contract from Kestrel Foods.', note: 'business won by companies that sell no compute, in a sentence that names none' },
    { text: "Orla Retail, which has also nabbed the UK's Vodafone as a client, sells shoes.", note: 'customers won by a company that sells no compute' },
    { text: 'Orrin42 rents out GPU clusters to AI labs. Tarrow Labs, a US tech venture, also plans to collaborate with Orrin42, in an agreement expected to be worth billions of dollars.', note: 'collaborating with a seller of compute, in an agreement that names no compute, is a partnership, no purchase' },
    { text: 'For the initial buildout of 100 MW, Kestrel Networks will provide networking equipment and Orrin Compute will provide its AI chips.', note: 'two providers, each with a verb of its own, name no customer: the second is no customer of the first' },
    { text: 'Vantor Power will supply 1,920 MW of grid power through 2042 to the Cumulus data center campus, which Vantor Power built.', note: 'a unit after a number ("MW") and a campus named for its site are no companies: no customer' },
    { text: 'If the Orrin chip is to win the market, it will need to find itself inside PCs, which predominantly run using Windows.', note: 'an operating system is a product, not compute: its maker is no provider' },
    { text: 'Kestrel Labs staff use Teams and Copilot every day.', note: 'office software is no compute' },
    { text: 'If Orrin is to challenge Nvidia\'s range of chips in the marketplace, it will need to find itself inside servers using its software.', note: 'a company challenged is a rival, not a provider' },
    { text: 'Orrin Chips reached a three-year deal with Kestrel Phones to supply the handset maker with 5G communications chips.', note: 'chips for phones, modems or cars are parts, not compute' },
    { text: 'The Osaka-based company, an alternative in Japan to data centers operated by Halvard Cloud and Kestrel Compute, is seeking to expand.', note: 'the providers a company is an alternative to supply nothing to it' },
    { text: 'Zentrix AI gets most of its data from Orrin Cloud’s customers and receives its funding from Halvard Capital.', note: 'data and funding had from a company are no compute' },
    { text: 'The Zentrix AI app runs on Orrin’s phones, and its games run on Halvard consoles.', note: 'an app on a maker\'s devices is no compute deal' },
    { text: 'An exclusive TechCrunch tour of Halvard Cloud’s chip lab reveals how it trains models for Zentrix AI and now holds a $138B commitment from Quillmark.', note: 'a news organisation named as the teller of a deal is no customer' },
    { text: 'UK startup Halvex has secured major partnerships with Tessaly and Quarrow for AI infrastructure projects worth billions.', note: '"partnerships … for AI infrastructure projects" says no one\'s side of a compute deal' },
    { text: 'Currently, Amazon Web Services and Microsoft Azure have taken over half of the market while the rest of the industry continues to spend on cloud infrastructure.', note: 'the deal word in a later clause with a subject of its own ("the rest of the industry"): the providers named before are no customer' },
    { text: 'As part of the two collaborations, Tessaly Chips will provide its GH200 Grace Hopper Superchip to the two companies.', note: 'what the provider owns ("its GH200 …") is no customer' },
    { text: 'Tessaly Cloud, the GPU cloud provider, sold shares worth $2 billion to Halvard AI.', note: 'a share sale by a cloud provider, no deal for compute' },
    { text: 'Halvard Bank rents offices in Leeds. Halvard Bank signed a deal with Zentrix AI.', note: 'a deal between two companies that sell no compute' },
    { text: 'Zentrix AI is Kestrel Bank’s biggest customer for loans.', note: "a bank's customer for loans" },
    { text: 'Corvid Retail runs its stores on Halvard Power’s tariffs.', note: 'stores, no compute' },
    { text: 'GPU cloud provider Ostrevia is expanding. In the near term, Ostrevia will provide a frontier-scale cluster of Nvidia GB300 NVL72 systems.', note: 'a chip maker named for its chips ("Nvidia GB300 systems") is no customer of the provider' },
    { text: 'Quillmark, a cloud computing startup founded in 2021, has landed partnerships with Microsoft and OpenAI.', note: 'what an apposition says the company is, is not what a deal provides' },
    { text: 'Nvidia is helping small cloud providers compete with traditional giants like Amazon and Google.', note: 'rivals named after "compete with" are not providers' },
    { text: 'Halvard Chips backs small cloud operators to reduce its dependence on tech giants like Orvale, Tarsel Cloud, and Kestrel Compute, which still buy most of its chips.', note: 'every name of a list after "like" stands where its first does: none is a provider' },
    { text: 'The deal has a total value of $1.3 billion over four years.', note: 'no company named: no claim' },
    { text: 'Nvidia unveiled its next-generation Blackwell Ultra GPU at a conference in San Jose.', note: 'product launch' },
    { text: 'Nvidia sold $30 billion worth of data center chips last quarter.', note: 'general sales, no buyer named' },
    { text: 'Texas utility Lone Star Electric signed a 20-year agreement to buy wind power from Brazos Wind Partners.', note: 'energy deal unrelated to compute' },
    { text: 'Google invested $2 billion in Zentrix AI.', note: 'equity investment, not compute' },
    { text: 'CoreWeave raised $1.1 billion in new debt financing.', note: 'the provider’s own funding' },
    { text: 'Oracle plans to build a new data center in Wisconsin.', note: 'provider build-out, no customer' },
    { text: 'Halvard Robotics launched a cloud platform for managing robot fleets.', note: 'the company sells a cloud product; it does not get compute' },
    { text: 'GPU rental prices fell by 20% in the first quarter.', note: 'market prices, no parties' },
    { text: 'Customers of Orla Retail include Kestrel AI and Morrow Labs.', note: 'the customers of a company that sells no compute' },
    { text: 'Kestrel AI has turned to Morrow Labs for advice on its hiring.', note: '"turned to" a company for something other than compute' },
    { text: 'Retailers including Orla Retail and Wexford Stores have cut their cloud budgets.', note: 'a trade\'s examples cutting budgets name no seller' },
    { text: 'Microsoft’s cloud revenue grew 30% in the quarter.', note: 'revenue' },
    { text: 'Amazon said its new Trainium3 chip will ship next year.', note: 'product announcement' },
    { text: 'Quillmark’s data center team grew to 40 engineers.', note: 'team size; "data center" is not a deal' },
    { text: 'Norrland Compute sells GPU capacity to universities across Scandinavia.', note: 'provider selling in general, no named buyer' },
    { text: 'A power outage knocked Zentrix AI’s service offline for three hours.', note: 'power, but no deal' },
    { text: 'Apple designs its own chips for the iPhone.', note: 'in-house chips, no provider' },
    { text: 'Meta said it would spend as much as $65 billion on capital expenditures this year.', note: 'capex, no provider' },
    { text: 'Kiteline AI’s model was trained on publicly available data.', note: 'training data, not compute' },
    { text: 'The Helio Grid relies on Solaris, the operating system, and will use idle servers to test software.', note: 'a provider must be a company the article vouches for: an operating system is none' },
    { text: 'Tesco Plc has signed a 10-year power purchase agreement with Brightline Energy to supply its stores.', note: 'a power purchase agreement for shops, not for computing' },
    { text: 'This amount would then be higher than what cab hailing company Quillmark, social media app Pinecrest and photo-sharing app Snapchat spend on AWS.', note: 'a comparison: the companies compared with are no parties here; an app of a company that sells no compute names no provider' },
    { text: 'Halvard Robotics signed an agreement with CoreWeave to acquire its software unit.', note: 'a takeover with a compute seller is no compute deal' },
    { text: 'Quillmark Inc. signed a marketing deal with Lambda Labs.', note: 'a deal with a compute seller in an article that never speaks of compute' },
    { text: 'Mirepoint Inc. agreed to pay Oracle $5 million to settle a licensing dispute.', note: 'paying a cloud company for no compute' },
    { text: 'Orbis Networks chose Accenture as its primary consulting partner.', note: 'choosing a partner that sells no compute' },
    { text: 'The company chose Microsoft as its primary email provider.', note: 'choosing a provider of something else' },
    { text: 'Early partners include robotics firm Orbis Networks, software company Veritas Grid and lender Deutsche Bank.Trump says China can’t have Nvidia’s top AI chips as the company sells them elsewhere.', note: 'two sentences run together: names before the seam are not the later sentence’s subject' },
    { text: 'Nvidia-backed CoreWeave raised $7.5 billion in debt.', note: "an investor in a compound ('Nvidia-backed') is no provider" },
    { text: 'Sivana Robotics is training its next model, Grok, on data from its own fleet.', note: 'a product of a company that sells no compute is no provider' },
    { text: 'Ostrevia, a GPU cloud provider, supplies computing capacity to universities.', note: 'a seller supplying in general names no customer' },
    { text: 'Tallis AI competes with cloud providers such as Arvell Inc. and Carrick Ltd.', note: 'sellers named as rivals are no providers' },
    { text: "Pellmore Robotics's business model is to lease warehouse space, deploy servers with Brackla Inc. chips and rent them out.", note: 'a business model says what a company does for anyone, not a deal' },
    { text: 'Tessaly AI sells chips.\n\nTessaly plans to rent Tessaly Cloud TPUs for its own research staff.', note: "a company's own cloud ('Tessaly Cloud') is the company: no company buys from itself" },
    { text: 'Halmark Systems inks $75m deal with Quenby Inc. for cloud services', note: 'neither side known or described to sell compute and only a two-sided "with": who provides would be a guess' },
    { text: "Pellmore Labs hired 30 engineers from Quenby Inc.'s cloud team.", note: "people from a seller's cloud team are no compute" },
    { text: "Pellmore Labs's cloud revenue rose 20% as Quenby Inc. cut prices.", note: 'a company’s own cloud revenue is no purchase' },
    { text: 'Kestrel Telecom spent over Sh7 billion to move Orrin Pay servers from Germany to Kenya last month.', note: 'its own machines moved between two places: no compute bought from anyone' },
    { text: 'Orvale Bank announced a collaboration with Kestrel Labs on fraud detection.', note: 'a collaboration with a company that sells no compute' },
    { text: 'Orvale Bank shifted its focus to lending.', note: 'a shift of focus, no workload moved' },
  ],
};
