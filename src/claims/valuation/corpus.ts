import type { ClaimCorpus } from '../example.js';

/**
 * valuation: what a private company is said to be worth.
 *
 * Conventions kept throughout this file:
 * - counterparty is null unless the investor that set the price is named; a named
 *   round leader ("led by X", "X led the round, which valued…") is that investor.
 * - A public company's market capitalisation is NOT a valuation claim (see negatives).
 * - An earlier valuation stated in the same sentence ("up from $2 billion") is its own claim.
 * - "in talks", "seeking", "could", "is said to" → hedged; "according to", "reportedly" → reported.
 * - Money: amount in units, ISO currency; "more than"/"north of" → min = amount;
 *   "as much as" → max = amount; ranges → amount null, min/max set.
 */
export const corpus: ClaimCorpus = {
  type: 'valuation',
  positive: [
    {
      note: 'a sentence opened by "It" (the passage\'s company) that "was then worth" an amount, and a company "then worth" one',
      text: 'Kestrel Games raised $1 billion in 2021. It was then worth $28.7 billion. Orvane Play raised money too. The company was then worth $3 billion.',
      claims: [
        { type: 'valuation', subject: 'Kestrel Games', value: { amount: 28_700_000_000, currency: 'USD', text: '$28.7 billion' } },
        { type: 'valuation', subject: 'Orvane Play', value: { amount: 3_000_000_000, currency: 'USD', text: '$3 billion' } },
      ],
    },
    {
      note: 'a valuation that "remains" an amount',
      text: 'Kestrel Foods added $98 million to its round. The firm\'s valuation remains more than $2 billion (£1.51 billion).',
      claims: [{ type: 'valuation', subject: 'Kestrel Foods', value: { min: 2_000_000_000, currency: 'USD', text: 'more than $2 billion' } }],
    },
    {
      note: 'a name right before ", valued at" is what is valued, and a ranking "led by" it names no lead investor; "Non-banking" opening a sentence is a word, no company',
      text: 'Discounting Kestrel Financial’s awe-inspiring valuation of over $150 billion, the unicorns’ list is currently led by Orvane Pay, valued at an impressive $35.25 billion. Non-banking finance company Tarrow Investments is picking up a stake in Orvane Pay.',
      claims: [
        { type: 'valuation', subject: 'Kestrel Financial', counterparty: null, value: { min: 150_000_000_000, currency: 'USD', text: 'over $150 billion' } },
        { type: 'valuation', subject: 'Orvane Pay', counterparty: null, value: { amount: 35_250_000_000, currency: 'USD', text: '$35.25 billion' } },
      ],
    },
    {
      note: 'a stake sold in a company, "giving its subsidiary an equity valuation of": the company the stake is in is valued, not the seller',
      text: 'Kestrel Industries said it will sell a 2.3% stake in Kestrel Platforms to Orvane Equity Partners for ₹11,367 crore, giving its subsidiary an equity valuation of ₹4.91 trillion.',
      claims: [{ type: 'valuation', subject: 'Kestrel Platforms', value: { amount: 4_910_000_000_000, currency: 'INR', text: '₹4.91 trillion' } }],
    },
    {
      note: 'a name inside an opening participial phrase ("Known for … savvy Orvane Video marketing,") is neither the subject nor what "the e-commerce platform" after the comma means',
      text: 'Kestrel Style is in talks to raise up to $3 billion. Known for jaw-dropping outfit prices and savvy Orvane Video marketing, the e-commerce platform raked in around 100 billion yuan in revenue in 2021 and was valued at $50 billion earlier that year.',
      claims: [{ type: 'valuation', subject: 'Kestrel Style', value: { amount: 50_000_000_000, currency: 'USD', text: '$50 billion' } }],
    },
    {
      note: 'the company named in a relative clause on a valuation ("the $1.1bn valuation at which X raised $120m") is the one valued, and so is the figure compared with it',
      text: 'Kestrel Chat is raising money again. The latest funding is being raised at a $2.76bn valuation, more than double the $1.1bn valuation at which Kestrel Chat raised $120m in October 2014.',
      claims: [
        { type: 'valuation', subject: 'Kestrel Chat', value: { amount: 2_760_000_000, currency: 'USD', text: '$2.76bn' } },
        { type: 'valuation', subject: 'Kestrel Chat', value: { amount: 1_100_000_000, currency: 'USD', text: '$1.1bn' } },
      ],
    },
    {
      note: 'a headline\'s round "as valuation hits" a level: the valuation is the level the verb reaches, not the round before "as"',
      text: 'Tessmark raises $2bn as valuation hits $30bn\n\nBrovia Health valuation tops €4bn after new round',
      claims: [
        { type: 'valuation', subject: 'Tessmark', value: { amount: 30_000_000_000, currency: 'USD', text: '$30bn' } },
        { type: 'valuation', subject: 'Brovia Health', value: { amount: 4_000_000_000, currency: 'EUR', text: '€4bn' } },
      ],
    },
    {
      note: 'a round "propelling its valuation beyond $1 billion": a valuation of at least that, of the company the passage describes',
      text: 'A standout moment in 2024 was Orrin Pay’s ascent to unicorn status. The digital payment and banking platform secured $110 million in funding from a consortium of investors, including Kestrel Bank’s Africa Investment Fund, propelling its valuation beyond $1 billion.',
      claims: [{ type: 'valuation', subject: 'Orrin Pay', value: { min: 1_000_000_000, currency: 'USD', text: 'beyond $1 billion' } }],
    },
    {
      note: 'a valuation that "has crossed" or "surpassed" a level, owned by the company referred to by its trade',
      text: "Orvane has raised $460 million in a Series F round. With this funding, the edtech startup's valuation has crossed $13 billion.",
      claims: [{ type: 'valuation', subject: 'Orvane', value: { amount: 13_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'a company\'s value that changed to a level ("The value of X … decreased to $ 74 billion"), past an aside on its earlier level; the value of a deal is none',
      text: 'The value of Orvane, previously rated at $ 95 billion by private investors, decreased to $ 74 billion. The value of Kestrel Labs fell to $5 billion. The value of the deal rose to $9 billion.',
      claims: [
        { type: 'valuation', subject: 'Orvane', value: { amount: 95_000_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Orvane', value: { amount: 74_000_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Kestrel Labs', value: { amount: 5_000_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'companies named after a spaced dash ("from Estonia – Tern and Orvane"), the last with an apposition, then "which are worth $ 8.4 and $ 1.5 billion, respectively": each its own',
      text: 'There are 1,170 unicorns in the world, two of them from Estonia – Tern and Orvane, a developer of identification technology, which are worth $ 8.4 and $ 1.5 billion, respectively.',
      claims: [
        { type: 'valuation', subject: 'Tern', value: { amount: 8_400_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Orvane', value: { amount: 1_500_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a scale said once for a list of amounts paired by "respectively" ("worth $8.4 and $1.5 billion, respectively"): the first is $8.4 billion',
      text: 'Estonia has two unicorns. Halvard and Orvane are worth $8.4 and $1.5 billion, respectively.',
      claims: [
        { type: 'valuation', subject: 'Halvard', value: { amount: 8_400_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Orvane', value: { amount: 1_500_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a group and its flagship company: "the group\'s flagship company, X" is X, and "the group" after it is still the group',
      text: "The spat between the heirs of India's biggest conglomerate, Tarsel Group, has spilled over. Meanwhile, the group's flagship company, Tarsel Industries, has its board meeting on Friday. The family controls 48% of the group, which is worth $17bn.",
      claims: [{ type: 'valuation', subject: 'Tarsel Group', value: { amount: 17_000_000_000, currency: 'USD' } }],
    },
    { text: 'Halvard Mobile offers voice and data services.\nAlso read: Kestrel experimentation highest in Kenya, Nigeria & South Africa – Report\nFennick Data pegged the company\'s valuation at $1 billion.', note: 'a link to another story ("Also read: …") is page furniture: its first word is no company to take the next line\'s valuation', claims: [{ type: 'valuation', subject: 'Halvard Mobile', value: { amount: 1_000_000_000, currency: 'USD' } }] },
    {
      note: 'the object of a name\'s verb of judging ("Fennick Data pegged the company\'s valuation at") is another company — the one the article just spoke of, not the judge (that would be "its")',
      text: 'Founded in 2012, Quillmark is the best known of the three. Fennick Data pegged the company\'s valuation at $1.04 billion.',
      claims: [{ type: 'valuation', subject: 'Quillmark', value: { amount: 1_040_000_000, currency: 'USD' } }],
    },
    {
      note: 'a valuation compared with another company\'s market cap (", greater than the market cap of X") is still the raiser\'s valuation; only a market cap said of the amount itself is none',
      text: 'Quillmark, a six-year-old rapid delivery service, has raised fresh funds at an $11.8 billion valuation, greater than the market cap of Brightwell Stores, Britain’s second largest grocer.',
      claims: [{ type: 'valuation', subject: 'Quillmark', value: { amount: 11_800_000_000, currency: 'USD', text: '$11.8 billion' } }],
    },
    {
      note: 'a description made of a person\'s two-word name and a participle ("the Orla Quenby-fronted fintech", like "the Lagos-based fintech") refers back to the article\'s company, not to the person',
      text: 'Tallyhop said it had 3 million users in Spain. The milestone follows news from the Orla Quenby-fronted fintech, valued at $45 billion, that its revenue grew.',
      claims: [{ type: 'valuation', subject: 'Tallyhop', value: { amount: 45_000_000_000, currency: 'USD', text: '$45 billion' } }],
    },
    {
      note: '"the AI startup", "the A.I. startup", "the UK company": a description with an acronym before the company noun refers back as "the startup" does',
      text: 'Harwick is on track for a new funding round that would value the AI startup at 12 billion euros. Orvale makes robots. Investors valued the UK company at $40 million.',
      claims: [
        { type: 'valuation', subject: 'Harwick', value: { amount: 12_000_000_000, currency: 'EUR' } },
        { type: 'valuation', subject: 'Orvale', value: { amount: 40_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'the company right before the verb past its legal suffix\'s dot ("API Holdings Pvt. was valued at"), not the first company of the list',
      text: 'In rough order of size: messaging bots startup Orvale hit $1.4 billion, digital pharmacy API Holdings Pvt. was valued at close to $1.5 billion.',
      claims: [{ type: 'valuation', subject: 'API Holdings Pvt', value: { amount: 1_500_000_000, currency: 'USD', text: 'close to $1.5 billion' } }],
    },
    {
      note: 'a startup named by what it is worth ("the $30 billion startup"), and a round\'s price right after its size ("raised $100 million at $2 billion")',
      text: 'Harwick AI, the $30 billion startup, hired ten engineers. Orvale Labs raised $100 million at $2 billion.',
      claims: [
        { type: 'valuation', subject: 'Harwick AI', value: { amount: 30_000_000_000, currency: 'USD', text: '$30 billion' } },
        { type: 'valuation', subject: 'Orvale Labs', value: { amount: 2_000_000_000, currency: 'USD', text: '$2 billion' } },
      ],
    },
    {
      note: 'a round "that would value it around" a sum: the hedge "around" belongs to the amount, the object "it" stands right before it',
      text: 'Harwick AI is in talks for a new $5 billion funding round that would value it around $45 billion.',
      claims: [{ type: 'valuation', subject: 'Harwick AI', value: { amount: 45_000_000_000, currency: 'USD', text: 'around $45 billion' } }],
    },
    {
      note: 'a valuation "as high as" a sum, and a key-facts label whose sum is glued to "+" before its scale ("Valuation: US$2+ billion")',
      text: 'Harwick AI also closed a $300 million share sale in April at a valuation as high as $29 billion, TechCrunch reports.\n\nOrvale Pay\nValuation: US$2+ billion\nFounded: 2018',
      claims: [
        { type: 'valuation', subject: 'Harwick AI', value: { amount: 29_000_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Orvale Pay', value: { min: 2_000_000_000, currency: 'USD', text: 'US$2+ billion' } },
      ],
    },
    {
      note: '"the startup" a round values is the one invested in ("a significant investment in X as part of a funding round that values the startup at…"), not the investor that is the sentence\'s subject',
      text: 'Harwick Media has also committed to making a “significant investment” in Orvale Labs as part of a funding round that values the startup at about $130 million.',
      claims: [{ type: 'valuation', subject: 'Orvale Labs', value: { amount: 130_000_000, currency: 'USD', text: 'about $130 million' } }],
    },
    {
      note: 'an earlier figure after another measure ("at a $183 billion valuation, growing revenue from $1 billion") is that measure\'s, not an earlier valuation',
      text: 'Harwick AI followed with $13 billion at a $183 billion valuation, growing revenue from $1 billion to $5.5 billion run-rate in just 10 months.',
      claims: [{ type: 'valuation', subject: 'Harwick AI', value: { amount: 183_000_000_000, currency: 'USD', text: '$183 billion' } }],
    },
    {
      note: 'a worth "estimated to be" (a hedge between the name and "worth"), said of two companies at once ("X of the U.S. and Chinese smartphone maker Y are both estimated to be worth more than $40 billion"): each of them',
      text: 'Meanwhile, even bigger heavyweights are preparing to go public. Harwick Technologies of the U.S. and Chinese smartphone maker Orvale are both estimated to be worth more than $40 billion.',
      claims: [
        { type: 'valuation', subject: 'Harwick Technologies', value: { min: 40_000_000_000, currency: 'USD', text: 'more than $40 billion' } },
        { type: 'valuation', subject: 'Orvale', value: { min: 40_000_000_000, currency: 'USD', text: 'more than $40 billion' } },
      ],
    },
    {
      note: 'a company named inside an apposition on the subject ("Tessaly, another Orrin Labs rival, …", "Tessaly, a rival to Orrin Labs, …") is not what "the startup" that follows refers to, nor the one raising',
      text: 'AI startup Tessaly, another Orrin Labs rival, is in talks to raise $2 billion, which would value the startup at $60 billion. Kestrel Data, a rival to Orrin Labs, is raising $300 million.',
      claims: [
        { type: 'valuation', subject: 'Tessaly', value: { amount: 60_000_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a round whose size is said first, "at" an amount: the amount prices the company (a valuation, not a second round)',
      text: 'Orrin Ledger raised $500 million in a round at $4 billion, the company said.',
      claims: [{ type: 'valuation', subject: 'Orrin Ledger', value: { amount: 4_000_000_000, currency: 'USD', text: '$4 billion' } }],
    },
    {
      note: 'a round that "pegs" the company at an amount values it (not "pegs its losses at", "peg the market at")',
      text: 'Orrin Freight builds routing software. Its latest fundraise pegs the company at $9 billion. Analysts peg the market at $40 billion, and Orrin Freight pegged its losses at $2 million.',
      claims: [{ type: 'valuation', subject: 'Orrin Freight', value: { amount: 9_000_000_000, currency: 'USD', text: '$9 billion' } }],
    },
    {
      note: 'a valuation "in the process of raising" an amount: the amount raised is no second valuation',
      text: 'Halvard Foods has recently received a 3 trillion won valuation in the process of raising hundreds of millions of dollars.',
      claims: [{ type: 'valuation', subject: 'Halvard Foods', value: { amount: 3000000000000, currency: 'KRW', text: '3 trillion won' } }],
    },
    {
      note: 'a round that leaves the company "landing at" an amount, or "crossing the $1 bn threshold": its value after the round',
      text: 'Kestrel Labs secured a massive $600 million round in March, just crossing the $1 bn threshold. Halvard AI raised $125 million in February, landing at $1.125 bn.',
      claims: [
        { type: 'valuation', subject: 'Kestrel Labs', value: { amount: 1000000000, currency: 'USD', text: '$1 bn' } },
        { type: 'valuation', subject: 'Halvard AI', value: { amount: 1125000000, currency: 'USD', text: '$1.125 bn' } },
      ],
    },
    {
      note: 'names compared with a claim\'s subject, each with its own amount in brackets ("just ahead of Kestrel Bank ($5.1bn) and Tarrow Pay ($5.05bn)"), carry the same measure; a conversion in brackets is no other company\'s',
      text: 'Orrin Pay is valued at $5.25bn (£4.1bn), just ahead of Kestrel Bank ($5.1bn) and Tarrow Pay ($5.05bn).',
      claims: [
        { type: 'valuation', subject: 'Orrin Pay', value: { amount: 5_250_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Kestrel Bank', value: { amount: 5_100_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Tarrow Pay', value: { amount: 5_050_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a table of one company\'s rounds: its valuation column is the company\'s just spoken of, not the investor\'s in the row',
      text: 'Orrin Glass makes smart windows for offices.\n\nFunding Date | Share Class | Amount Raised | Post-Money Valuation | Key Investors |\n---|---|---|---|---|\n11/02/2018 | Series H | $608MM | $3.84B | Kestrel Capital |',
      claims: [{ type: 'valuation', subject: 'Orrin Glass', value: { amount: 3_840_000_000, currency: 'USD' } }],
    },
    {
      note: 'a company where a person "once" held a post, in an apposition, is no subject of what the sentence says',
      text: 'Covenant Intelligence Inc., the research lab started by Dana Roe, once chief scientist at Orrin AI, is now valued at $32 billion.',
      claims: [{ type: 'valuation', subject: 'Covenant Intelligence Inc.', value: { amount: 32_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'verbs that set a company\'s price: a transaction that "priced the company at" (past an aside), "marks the company at", "put it at a value of"',
      text: 'Kestrel Pay was last valued in 2021, when another secondary transaction, in which Orrin Capital and Tarsel Partners were the lead buyers, priced the company at US$45 billion. Canvo is a design company. Wattle Ventures now marks the company at $25.6bn. Narwhal Security needed just 72 hours to collect US$210 million, which put it at a value of $1.2 billion.',
      claims: [
        { type: 'valuation', subject: 'Kestrel Pay', value: { amount: 45_000_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Canvo', value: { amount: 25_600_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Narwhal Security', value: { amount: 1_200_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'one of a crowd of investors named in a row is not "the company" a phrase goes on about',
      text: 'Tensorhub is a hub for AI models. Last year it closed a $235m Series D that brought in Orrin Cloud, Kestrel Chips, Halvard Semi and Corvel Software; reports at the time put the company\'s value at $4.5bn.',
      claims: [{ type: 'valuation', subject: 'Tensorhub', value: { amount: 4_500_000_000, currency: 'USD' } }],
    },
    {
      note: 'the earlier figure after "values X at" ("up from AU$150 million")',
      text: 'The raise values Kestrel AI at AU$400 million, up from AU$150 million a year ago.',
      claims: [
        { type: 'valuation', subject: 'Kestrel AI', value: { amount: 400_000_000, currency: 'AUD' } },
        { type: 'valuation', subject: 'Kestrel AI', value: { amount: 150_000_000, currency: 'AUD' } },
      ],
    },
    {
      note: 'a verb that sets what a company is worth ("puts Parlance AI\'s worth at", "puts its worth at"), and a round that "priced it at"',
      text: 'The sale puts Parlance AI\'s worth at $2.5bn, a person familiar with the matter said. Vantor closed a half-billion-dollar round that priced it at $4.3 billion. Kestrel Pay now puts its worth at $63 billion.',
      claims: [
        { type: 'valuation', subject: 'Parlance AI', value: { amount: 2_500_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Vantor', value: { amount: 4_300_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Kestrel Pay', value: { amount: 63_000_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a word of pay inside a hyphenated modifier ("buy-now-pay-later") is no pay package',
      text: 'Klarvik is Europe\'s biggest fintech. The buy-now-pay-later lender, which was valued at $6.7 billion in its last funding round, has shrunk.',
      claims: [{ type: 'valuation', subject: 'Klarvik', value: { amount: 6_700_000_000, currency: 'USD' } }],
    },
    {
      note: 'a company named after its product and "maker" ("values Quillcode maker Anysphere at"): the maker is valued',
      text: 'The round, which was led by Thrive Capital, values Quillcode maker Anysphere at $9.9 billion.',
      claims: [{ type: 'valuation', subject: 'Anysphere', value: { amount: 9_900_000_000, currency: 'USD' } }],
    },
    {
      note: 'the price tag a funding round puts on a company ("landed $6.6 billion in funding at a $157 billion price tag"); a takeover\'s price tag is no valuation',
      text: 'And not long before that, Orrin AI landed $6.6 billion in funding at a $157 billion price tag.',
      claims: [{ type: 'valuation', subject: 'Orrin AI', value: { amount: 157_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'a valuation in an apposition describing the company before it (", another Chinese AI startup with a valuation of", ", a startup valued at"), after an investor that led a round in it',
      text: 'Orrin Group led a round in Kestrel AI, another Chinese AI startup with a valuation of $2.5bn. Tarsel Capital invested in Halvard Labs, a startup valued at $900m.',
      claims: [
        { type: 'valuation', subject: 'Kestrel AI', value: { amount: 2_500_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Halvard Labs', value: { amount: 900_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a valuation that a company "saw … plunge 49% to", and the figure it fell "from the previous"; a quote that runs over two sentences keeps its own subject for the second ("While the valuation surged …")',
      text: 'Halvard Republica Inc. saw its valuation plunge 49% to 10.8 trillion won on July 4 from the previous 21.1 trillion won seen on January 7. The industry insider added: “Kestrel Market received hefty investment in mid-2021 with a valuation of 3 trillion won. While the valuation surged to around 5 trillion won since then, some say it has fallen.”',
      claims: [
        { type: 'valuation', subject: 'Halvard Republica Inc.', value: { amount: 10_800_000_000_000, currency: 'KRW' } },
        { type: 'valuation', subject: 'Halvard Republica Inc.', value: { amount: 21_100_000_000_000, currency: 'KRW' } },
        { type: 'valuation', subject: 'Kestrel Market', value: { amount: 3_000_000_000_000, currency: 'KRW' } },
        { type: 'valuation', subject: 'Kestrel Market', value: { amount: 5_000_000_000_000, currency: 'KRW', approximate: true } },
      ],
    },
    {
      note: 'a word of the company\'s name that is a cue of a thing valued ("Kestrel Pay", "pay"): no thing',
      text: 'Kestrel Pay was valued at $400 million.',
      claims: [{ type: 'valuation', subject: 'Kestrel Pay', value: { amount: 400_000_000, currency: 'USD' } }],
    },
    {
      note: '"the $18 billion that fellow rival X is now valued at": the company valued follows the amount',
      text: 'The new funding values Kestrel AI at $24 billion post-money, well ahead of the $18 billion that fellow generative AI rival Corvid Labs is now valued at.',
      claims: [
        { type: 'valuation', subject: 'Kestrel AI', value: { amount: 24_000_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Corvid Labs', value: { amount: 18_000_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'an outlet only cited ("…, Halvard TV learns", "as Halvard TV had reported") is not "the company" or "its"',
      text: 'Kestrel Pay’s board has given an in-principle nod for an initial public offer, Halvard TV learns. The IPO, which is expected this year as Halvard TV had reported earlier, will give the company a valuation of more than $25 billion, a big jump from its current $16 billion valuation.',
      claims: [
        { type: 'valuation', subject: 'Kestrel Pay', value: { min: 25_000_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Kestrel Pay', value: { amount: 16_000_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a source cited in an "as X had reported" aside is no subject',
      text: 'Kestrel Pay’s board has approved a listing. The IPO, which is expected this year as Halvard News had reported earlier, follows a round at a $16 billion valuation.',
      claims: [{ type: 'valuation', subject: 'Kestrel Pay', value: { amount: 16_000_000_000, currency: 'USD' } }],
    },
    {
      note: '"an offer for X …, valuing the company at": the company bid for, even when the bidder opens the sentence with an apposition',
      text: 'Halvane, Japan\'s third-largest lender, tabled a higher offer for Orrick Trust than its rival, valuing the company at $35bn.',
      claims: [{ type: 'valuation', subject: 'Orrick Trust', value: { amount: 35_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'two companies and two valuations paired by "respectively"',
      text: 'Quillmark and Tessaly were valued at $2.4 billion and $900 million respectively in their latest rounds.',
      claims: [
        { type: 'valuation', subject: 'Quillmark', value: { amount: 2_400_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Tessaly', value: { amount: 900_000_000, currency: 'USD' } },
      ],
    },
    {
      note: '"an offer for X, valuing it at": what a bid values is the company bid for, not the bidder',
      text: 'Brenner Boerse tabled a 530 pence-per-share offer for the Harbour Exchange, valuing it at £1.3bn.',
      claims: [{ type: 'valuation', subject: 'Harbour Exchange', value: { amount: 1_300_000_000, currency: 'GBP', text: '£1.3bn' } }],
    },
    {
      note: 'the names leading a secondary sale are investors by that role, not the company valued (none of them known to the gazetteer)',
      text: "Zenkev's shares now trade at $1,381 each, the report said. Only a year earlier, a secondary sale led by Tistis, Orvan Capital Partners and Brancor Global had set the valuation at $45 billion.",
      claims: [{ type: 'valuation', subject: 'Zenkev', counterparty: 'Tistis', value: { amount: 45_000_000_000, currency: 'USD', text: '$45 billion' } }],
    },
    {
      note: '"X and Y have taken stakes in Z": X and Y are investors, so "the young company" valued is Z (and "confirmed to W" makes W a news outlet, no subject)',
      text: 'Ardent Corp. and Pellam Inc. have taken stakes in Lorvane Labs, the robotics research firm, a source confirmed to Stellwire. Their participation anchors a $500 million funding round, which now values the young company at $4 billion.',
      claims: [{ type: 'valuation', subject: 'Lorvane Labs', value: { amount: 4_000_000_000, currency: 'USD', text: '$4 billion' } }],
    },
    {
      note: 'an unknown name that "has led a $40 million Series B in" another is an investor, never "the startup" valued',
      text: 'Quarrow has led a $40 million Series B in Tessaly, with participation from investors including Belvin Hale and Tosk. The round values the startup at $300 million.',
      claims: [{ type: 'valuation', subject: 'Tessaly', value: { amount: 300_000_000, currency: 'USD', text: '$300 million' } }],
    },
    {
      note: 'a reference opening the main clause after a fronted "founded by … from X and Y" is the company, not the list',
      text: 'Quillmark sells search tools. Founded by engineers from Google and Stripe, the startup was most recently valued at $700 million.',
      claims: [{ type: 'valuation', subject: 'Quillmark', value: { amount: 700_000_000, currency: 'USD', text: '$700 million' } }],
    },
    {
      note: "an investor's mark: \"X's valuation of the company\" values the company, X is the counterparty",
      text: 'Some Quillmark backers, including Northzone, have cut their marks. Northzone’s valuation of the company fell to $2.1 billion.',
      claims: [{ type: 'valuation', subject: 'Quillmark', counterparty: 'Northzone', value: { amount: 2_100_000_000, currency: 'USD', text: '$2.1 billion' } }],
    },
    {
      note: 'an active "valuing X at" after a sale: the sale is not what is valued',
      text: 'Tessellate Bio has launched a secondary share sale, valuing the biotech darling at a staggering $9 billion.',
      claims: [{ type: 'valuation', subject: 'Tessellate Bio', value: { amount: 9_000_000_000, currency: 'USD', text: '$9 billion' } }],
    },
    {
      note: 'an intensifier before the amount is read past ("worth a whopping"), and "the fintech" is the company the passage is about',
      text: 'Marrow Pay started in a garage in 2019. Today the fintech is worth a whopping $4 billion, its investors say.',
      claims: [{ type: 'valuation', subject: 'Marrow Pay', value: { amount: 4_000_000_000, currency: 'USD', text: '$4 billion' } }],
    },
    {
      note: 'companies listed as examples ("including X and Y") are not what "the company" refers to',
      text: "A handful of Quillmark investors — including Accel and Northzone — marked down the company’s valuation, which had peaked at $8 billion.",
      claims: [{ type: 'valuation', subject: 'Quillmark', value: { amount: 8_000_000_000, currency: 'USD', text: '$8 billion' } }],
    },
    {
      note: 'headline with a participle and no finite verb; "$4B" shorthand',
      text: 'Zentrix AI valued at $4B',
      claims: [
        {
          type: 'valuation',
          subject: 'Zentrix AI',
          counterparty: null,
          value: { amount: 4_000_000_000, currency: 'USD', approximate: false, text: '$4B' },
        },
      ],
    },
    {
      note: 'wire copy; the raise amount must not be taken for the valuation',
      text: 'SAN FRANCISCO (Reuters) - Halvard Robotics, a maker of warehouse robots, said on Tuesday it had raised $350 million in a funding round that values the company at $2.8 billion.',
      claims: [
        {
          type: 'valuation',
          subject: 'Halvard Robotics',
          counterparty: null,
          value: { amount: 2_800_000_000, currency: 'USD', approximate: false, text: '$2.8 billion' },
        },
      ],
    },
    {
      note: 'post-money valuation after the raise amount',
      text: 'Quillmark has raised $120 million at a $1.1 billion post-money valuation.',
      claims: [
        {
          type: 'valuation',
          subject: 'Quillmark',
          counterparty: null,
          value: { amount: 1_100_000_000, currency: 'USD', approximate: false, text: '$1.1 billion' },
        },
      ],
    },
    {
      note: '"in talks to raise … at a valuation of about" → hedged, approximate',
      text: 'Pellucid Labs is in talks to raise new funding at a valuation of about $20 billion.',
      claims: [
        {
          type: 'valuation',
          subject: 'Pellucid Labs',
          counterparty: null,
          value: { amount: 20_000_000_000, currency: 'USD', approximate: true, text: 'about $20 billion' },
          modality: 'hedged',
        },
      ],
    },
    {
      note: '"seeking a valuation" → hedged; euros',
      text: 'Norrland Compute is seeking a valuation of roughly €3 billion in its next funding round.',
      claims: [
        {
          type: 'valuation',
          subject: 'Norrland Compute',
          counterparty: null,
          value: { amount: 3_000_000_000, currency: 'EUR', approximate: true, text: 'roughly €3 billion' },
          modality: 'hedged',
        },
      ],
    },
    {
      note: 'people familiar with the matter → reported',
      text: 'Brightwave Health was valued at $900 million in the deal, according to people familiar with the matter.',
      claims: [
        {
          type: 'valuation',
          subject: 'Brightwave Health',
          counterparty: null,
          value: { amount: 900_000_000, currency: 'USD', approximate: false, text: '$900 million' },
          modality: 'reported',
        },
      ],
    },
    {
      note: '"reportedly" → reported; "US$" prefix',
      text: 'Vantablack Systems is reportedly valued at US$4.7 billion after its latest round.',
      claims: [
        {
          type: 'valuation',
          subject: 'Vantablack Systems',
          counterparty: null,
          value: { amount: 4_700_000_000, currency: 'USD', approximate: false, text: 'US$4.7 billion' },
          modality: 'reported',
        },
      ],
    },
    {
      note: 'NBSP between number and magnitude, smart apostrophe; the earlier valuation is a second claim',
      text: 'Copperleaf AI’s valuation has climbed to $7.5\u00a0billion, up from $2\u00a0billion a year ago.',
      claims: [
        {
          type: 'valuation',
          subject: 'Copperleaf AI',
          counterparty: null,
          value: { amount: 7_500_000_000, currency: 'USD', approximate: false, text: '$7.5\u00a0billion' },
        },
        {
          type: 'valuation',
          subject: 'Copperleaf AI',
          counterparty: null,
          value: { amount: 2_000_000_000, currency: 'USD', approximate: false, text: '$2\u00a0billion' },
        },
      ],
    },
    {
      note: 'scraped text with no space before the currency sign ("hits$2bn")',
      text: 'Ostrava Labs hits$2bn valuation after new raise',
      claims: [
        {
          type: 'valuation',
          subject: 'Ostrava Labs',
          counterparty: null,
          value: { amount: 2_000_000_000, currency: 'USD', approximate: false, text: '$2bn' },
        },
      ],
    },
    {
      note: 'tilde with a space ("~ $10B") in an appositive',
      text: 'Meridian Dynamics, now valued at ~ $10B, plans to open an office in Tokyo.',
      claims: [
        {
          type: 'valuation',
          subject: 'Meridian Dynamics',
          counterparty: null,
          value: { amount: 10_000_000_000, currency: 'USD', approximate: true, text: '~ $10B' },
        },
      ],
    },
    {
      note: 'small seed valuation in euros with "m" suffix',
      text: 'Paris-based Lumen Ordinal has been valued at €20m in a seed round.',
      claims: [
        {
          type: 'valuation',
          subject: 'Lumen Ordinal',
          counterparty: null,
          value: { amount: 20_000_000, currency: 'EUR', approximate: false, text: '€20m' },
        },
      ],
    },
    {
      note: '"worth" about a private startup; pounds sterling',
      text: 'London fintech Harrowgate is now worth £500 million following its latest funding round.',
      claims: [
        {
          type: 'valuation',
          subject: 'Harrowgate',
          counterparty: null,
          value: { amount: 500_000_000, currency: 'GBP', approximate: false, text: '£500 million' },
        },
      ],
    },
    {
      note: 'pre-money valuation, company as object of "gives"',
      text: 'The new financing gives Tessellate Bio a pre-money valuation of $640 million.',
      claims: [
        {
          type: 'valuation',
          subject: 'Tessellate Bio',
          counterparty: null,
          value: { amount: 640_000_000, currency: 'USD', approximate: false, text: '$640 million' },
        },
      ],
    },
    {
      note: '"values X at"',
      text: 'The deal values Corvid Security at $1.25 billion, including the new capital.',
      claims: [
        {
          type: 'valuation',
          subject: 'Corvid Security',
          counterparty: null,
          value: { amount: 1_250_000_000, currency: 'USD', approximate: false, text: '$1.25 billion' },
        },
      ],
    },
    {
      note: 'key-facts bullets with no subject; the heading line names the company',
      text: 'Sablefish Analytics — at a glance\n• Founded 2019 in Austin\n• Valuation: $1.9B (post-money, March 2025)\n• Employees: about 180',
      claims: [
        {
          type: 'valuation',
          subject: 'Sablefish Analytics',
          counterparty: null,
          value: { amount: 1_900_000_000, currency: 'USD', approximate: false, text: '$1.9B' },
        },
      ],
    },
    {
      note: 'markdown table row; the column header says what the number is',
      text: '| Company | Valuation | Last round |\n|---|---|---|\n| Kiteline AI | $3.2B | Series C |',
      claims: [
        {
          type: 'valuation',
          subject: 'Kiteline AI',
          counterparty: null,
          value: { amount: 3_200_000_000, currency: 'USD', approximate: false, text: '$3.2B' },
        },
      ],
    },
    {
      note: 'each table row\'s value belongs to that row\'s company, a one-word name included',
      text: '| Company | Valuation | Employees |\n|---|---|---|\n| Zentrix AI | $4B | 1,200 |\n| Quillmark | $900M | 300 |',
      claims: [
        { type: 'valuation', subject: 'Zentrix AI', value: { amount: 4_000_000_000, currency: 'USD', text: '$4B' } },
        { type: 'valuation', subject: 'Quillmark', value: { amount: 900_000_000, currency: 'USD', text: '$900M' } },
      ],
    },
    {
      note: 'a table pasted from a spreadsheet: tab-separated cells, one row per company',
      text: 'Company\tValuation\tEmployees\nZentrix AI\t$4B\t1,200\nQuillmark\t$900M\t300',
      claims: [
        { type: 'valuation', subject: 'Zentrix AI', value: { amount: 4_000_000_000, currency: 'USD', text: '$4B' } },
        { type: 'valuation', subject: 'Quillmark', value: { amount: 900_000_000, currency: 'USD', text: '$900M' } },
      ],
    },
    {
      note: 'mojibake of UTF-8 punctuation read as Windows-874 or Windows-1252 ("Zentrix AIโ€™s", "Quillmarkâ€™s", "โ€”") still marks a possessive and a dash',
      text: 'Zentrix AIโ€™s valuation rose to $4bn this year. Quillmarkâ€™s backers value it at $900m โ€” double its last round.',
      claims: [
        { type: 'valuation', subject: 'Zentrix AI', value: { amount: 4_000_000_000, currency: 'USD', text: '$4bn' } },
        { type: 'valuation', subject: 'Quillmark', value: { amount: 900_000_000, currency: 'USD', text: '$900m' } },
      ],
    },
    {
      note: 'each name with its own "valued at" in brackets or an apposition: the cue nearest the amount, the name before it',
      text: 'Halvard Robotics (valued at $10bn) and Copperleaf AI (valued at $4bn) lead the pack. Zentrix AI, valued at $3bn, and Quillmark Systems, valued at $900m, follow.',
      claims: [
        { type: 'valuation', subject: 'Halvard Robotics', value: { amount: 10_000_000_000, currency: 'USD', text: '$10bn' } },
        { type: 'valuation', subject: 'Copperleaf AI', value: { amount: 4_000_000_000, currency: 'USD', text: '$4bn' } },
        { type: 'valuation', subject: 'Zentrix AI', value: { amount: 3_000_000_000, currency: 'USD', text: '$3bn' } },
        { type: 'valuation', subject: 'Quillmark Systems', value: { amount: 900_000_000, currency: 'USD', text: '$900m' } },
      ],
    },
    {
      note: 'bullets "Name: value" under a label: a coined name opening a bullet before its colon is a company, not a fact-box label',
      text: 'Current valuations:\n- Halvard Robotics: $450 million\n- Copperleaf AI: $600 million',
      claims: [
        { type: 'valuation', subject: 'Halvard Robotics', value: { amount: 450_000_000, currency: 'USD', text: '$450 million' } },
        { type: 'valuation', subject: 'Copperleaf AI', value: { amount: 600_000_000, currency: 'USD', text: '$600 million' } },
      ],
    },
    {
      note: 'a table copied from a web page one cell a line: the header cells, then rows of as many cells',
      text: 'The most valuable AI startups\n\nCompany\nValuation\nEmployees\nZentrix AI\n$4bn\n1,200\nCorvid Labs\n$900M\n300\nHalvard Robotics\n$2.1bn\n850\n\nSource: company filings.',
      claims: [
        { type: 'valuation', subject: 'Zentrix AI', value: { amount: 4_000_000_000, currency: 'USD', text: '$4bn' } },
        { type: 'valuation', subject: 'Corvid Labs', value: { amount: 900_000_000, currency: 'USD', text: '$900M' } },
        { type: 'valuation', subject: 'Halvard Robotics', value: { amount: 2_100_000_000, currency: 'USD', text: '$2.1bn' } },
      ],
    },
    {
      note: 'a ranked list under a label that names the measure ("The most valuable startups:")',
      text: 'The most valuable startups:\n1. Zentrix AI — $4bn\n2. Quillmark — $900m',
      claims: [
        { type: 'valuation', subject: 'Zentrix AI', value: { amount: 4_000_000_000, currency: 'USD', text: '$4bn' } },
        { type: 'valuation', subject: 'Quillmark', value: { amount: 900_000_000, currency: 'USD', text: '$900m' } },
      ],
    },
    {
      note: 'Q&A; the short form in the question resolves to the full name in the answer',
      text: 'Q: What is Driftwood worth today?\nA: Investors valued Driftwood Labs at about $750 million in the last round.',
      claims: [
        {
          type: 'valuation',
          subject: 'Driftwood Labs',
          counterparty: null,
          value: { amount: 750_000_000, currency: 'USD', approximate: true, text: 'about $750 million' },
        },
      ],
    },
    {
      note: 'coreference: "the startup" in the second sentence is the company named in the first',
      text: 'Brightline Robotics said on Monday it had closed a $75 million round. The investment values the startup at $600 million.',
      claims: [
        {
          type: 'valuation',
          subject: 'Brightline Robotics',
          counterparty: null,
          value: { amount: 600_000_000, currency: 'USD', approximate: false, text: '$600 million' },
          evidence: ['values the startup at $600 million'],
        },
      ],
    },
    {
      note: 'apposition between subject and verb',
      text: 'Zentrix AI, a San Francisco-based startup, was valued at $4.5 billion in March.',
      claims: [
        {
          type: 'valuation',
          subject: 'Zentrix AI',
          counterparty: null,
          value: { amount: 4_500_000_000, currency: 'USD', approximate: false, text: '$4.5 billion' },
        },
      ],
    },
    {
      note: 'unicorn WITH a number is a claim',
      text: 'Fernhill became Estonia’s newest unicorn on Wednesday, with a valuation of $1.05 billion.',
      claims: [
        {
          type: 'valuation',
          subject: 'Fernhill',
          counterparty: null,
          value: { amount: 1_050_000_000, currency: 'USD', approximate: false, text: '$1.05 billion' },
        },
      ],
    },
    {
      note: 'the named round leader sets the price → counterparty',
      text: 'Thrive Capital led a $400 million round that values Quillmark at $5 billion.',
      claims: [
        {
          type: 'valuation',
          subject: 'Quillmark',
          counterparty: 'Thrive Capital',
          value: { amount: 5_000_000_000, currency: 'USD', approximate: false, text: '$5 billion' },
        },
      ],
    },
    {
      note: 'lead investor named in a relative clause → counterparty',
      text: 'Sequoia Capital led the round, which valued Halvard Robotics at $3.5 billion.',
      claims: [
        {
          type: 'valuation',
          subject: 'Halvard Robotics',
          counterparty: 'Sequoia Capital',
          value: { amount: 3_500_000_000, currency: 'USD', approximate: false, text: '$3.5 billion' },
        },
      ],
    },
    {
      note: '"more than doubles" qualifies the change, not the amount: exact value',
      text: 'The round more than doubles Orbital Loom’s valuation to $2.4 billion.',
      claims: [
        {
          type: 'valuation',
          subject: 'Orbital Loom',
          counterparty: null,
          value: { amount: 2_400_000_000, currency: 'USD', approximate: false, text: '$2.4 billion' },
        },
      ],
    },
    {
      note: 'range with a dash and a shared magnitude; in talks → hedged',
      text: 'Cinder Labs is in talks to raise money at a $10–12 billion valuation.',
      claims: [
        {
          type: 'valuation',
          subject: 'Cinder Labs',
          counterparty: null,
          value: { amount: null, min: 10_000_000_000, max: 12_000_000_000, currency: 'USD', text: '$10–12 billion' },
          modality: 'hedged',
        },
      ],
    },
    {
      note: '"as much as" → upper bound; "could" → hedged',
      text: 'The deal could value Greyfriar Systems at as much as $50 billion.',
      claims: [
        {
          type: 'valuation',
          subject: 'Greyfriar Systems',
          counterparty: null,
          value: { amount: 50_000_000_000, max: 50_000_000_000, currency: 'USD', approximate: true, text: 'as much as $50 billion' },
          modality: 'hedged',
        },
      ],
    },
    {
      note: 'denied → negated',
      text: 'Tidewater AI denied a report that it had been valued at $8 billion in a private share sale.',
      claims: [
        {
          type: 'valuation',
          subject: 'Tidewater AI',
          counterparty: null,
          value: { amount: 8_000_000_000, currency: 'USD', approximate: false, text: '$8 billion' },
          modality: 'negated',
        },
      ],
    },
    {
      note: '"If …" → conditional',
      text: 'If the deal closes, Lattice Forge would be valued at about $1.4 billion.',
      claims: [
        {
          type: 'valuation',
          subject: 'Lattice Forge',
          counterparty: null,
          value: { amount: 1_400_000_000, currency: 'USD', approximate: true, text: 'about $1.4 billion' },
          modality: 'conditional',
        },
      ],
    },
    {
      note: '"is said to be" → hedged; "close to" is approximate',
      text: 'Aurelian Bio is said to be valued at close to $3 billion.',
      claims: [
        {
          type: 'valuation',
          subject: 'Aurelian Bio',
          counterparty: null,
          value: { amount: 3_000_000_000, currency: 'USD', approximate: true, text: 'close to $3 billion' },
          modality: 'hedged',
        },
      ],
    },
    {
      note: 'tech-blog register, "M" suffix, emoji',
      text: 'Big news for Stackwise: the dev-tools startup just closed its Series B at a $650M valuation 🎉',
      claims: [
        {
          type: 'valuation',
          subject: 'Stackwise',
          counterparty: null,
          value: { amount: 650_000_000, currency: 'USD', approximate: false, text: '$650M' },
        },
      ],
    },
    {
      note: 'press-release dateline with a date and year that are not amounts',
      text: 'PALO ALTO, Calif., June 3, 2025 /PRNewswire/ -- Ferrous Energy, the grid-storage company, today announced a $210 million Series C financing at a post-money valuation of $1.7 billion.',
      claims: [
        {
          type: 'valuation',
          subject: 'Ferrous Energy',
          counterparty: null,
          value: { amount: 1_700_000_000, currency: 'USD', approximate: false, text: '$1.7 billion' },
        },
      ],
    },
    {
      note: 'possessive subject with a trailing apostrophe',
      text: 'Kestrel Dynamics’ $6 billion valuation makes it the most valuable drone startup in Europe.',
      claims: [
        {
          type: 'valuation',
          subject: 'Kestrel Dynamics',
          counterparty: null,
          value: { amount: 6_000_000_000, currency: 'USD', approximate: false, text: '$6 billion' },
        },
      ],
    },
    {
      note: '"more than" → min = amount, approximate',
      text: 'Halcyon Quantum is now valued at more than $2 billion, its chief executive told reporters.',
      claims: [
        {
          type: 'valuation',
          subject: 'Halcyon Quantum',
          counterparty: null,
          value: { amount: 2_000_000_000, min: 2_000_000_000, currency: 'USD', approximate: true, text: 'more than $2 billion' },
        },
      ],
    },
    {
      note: 'wire-headline abbreviation "bln" with the currency as a word after the number',
      text: 'Veritas Grid valued at 1.2 bln euros in latest funding',
      claims: [
        {
          type: 'valuation',
          subject: 'Veritas Grid',
          counterparty: null,
          value: { amount: 1_200_000_000, currency: 'EUR', approximate: false, text: '1.2 bln euros' },
        },
      ],
    },
    {
      note: 'amount spelled out in words; "Investors now value X at"',
      text: 'Investors now value Mirepoint at roughly four billion dollars.',
      claims: [
        {
          type: 'valuation',
          subject: 'Mirepoint',
          counterparty: null,
          value: { amount: 4_000_000_000, currency: 'USD', approximate: true, text: 'roughly four billion dollars' },
        },
      ],
    },
    {
      note: 'Canadian dollars ("C$")',
      text: 'Toronto’s Northvane AI was valued at C$1.5 billion in the round.',
      claims: [
        {
          type: 'valuation',
          subject: 'Northvane AI',
          counterparty: null,
          value: { amount: 1_500_000_000, currency: 'CAD', approximate: false, text: 'C$1.5 billion' },
        },
      ],
    },
    {
      note: 'two companies in one sentence, each with its own valuation',
      text: 'Zentrix AI was valued at $4 billion, while rival Halvard Robotics fetched a $2.5 billion valuation.',
      claims: [
        {
          type: 'valuation',
          subject: 'Zentrix AI',
          counterparty: null,
          value: { amount: 4_000_000_000, currency: 'USD', approximate: false, text: '$4 billion' },
        },
        {
          type: 'valuation',
          subject: 'Halvard Robotics',
          counterparty: null,
          value: { amount: 2_500_000_000, currency: 'USD', approximate: false, text: '$2.5 billion' },
        },
      ],
    },
    {
      note: '"north of" → min = amount, approximate',
      text: 'The fresh capital gives Quartzline a valuation north of $800 million.',
      claims: [
        {
          type: 'valuation',
          subject: 'Quartzline',
          counterparty: null,
          value: { amount: 800_000_000, min: 800_000_000, currency: 'USD', approximate: true, text: 'north of $800 million' },
        },
      ],
    },
    {
      note: 'raise and valuation of similar size in one sentence: only the one after "valuation" counts',
      text: 'Opaline Health raised $40 million at a $400 million valuation.',
      claims: [
        {
          type: 'valuation',
          subject: 'Opaline Health',
          counterparty: null,
          value: { amount: 400_000_000, currency: 'USD', approximate: false, text: '$400 million' },
        },
      ],
    },
    {
      note: 'data-provider attribution → reported; "last valued at"',
      text: 'Sorrel Robotics was last valued at $1.3 billion, according to PitchBook data.',
      claims: [
        {
          type: 'valuation',
          subject: 'Sorrel Robotics',
          counterparty: null,
          value: { amount: 1_300_000_000, currency: 'USD', approximate: false, text: '$1.3 billion' },
          modality: 'reported',
        },
      ],
    },
    {
      note: 'tender offer / secondary sale that "values the company at"',
      text: 'Zentrix AI is letting employees sell shares in a tender offer that values the company at $9 billion.',
      claims: [
        {
          type: 'valuation',
          subject: 'Zentrix AI',
          counterparty: null,
          value: { amount: 9_000_000_000, currency: 'USD', approximate: false, text: '$9 billion' },
        },
      ],
    },
    {
      note: '"implies a valuation of about $X for <company>" (company after the amount)',
      text: 'The share sale implies a valuation of about $14 billion for Greyfriar Systems.',
      claims: [
        {
          type: 'valuation',
          subject: 'Greyfriar Systems',
          counterparty: null,
          value: { amount: 14_000_000_000, currency: 'USD', approximate: true, text: 'about $14 billion' },
        },
      ],
    },
    {
      note: 'a valuation that went "from X to Y": both levels, the new one too ("slashed from $45.6 billion last year to just $6.5 billion")',
      text: 'Halvard Pay is closing a round that would see the lender\'s valuation slashed from $45.6 billion last year to just $6.5 billion.',
      claims: [
        { type: 'valuation', subject: 'Halvard Pay', value: { amount: 6_500_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Halvard Pay', value: { amount: 45_600_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a valuation that rose by a share to a level ("jumped 50% to"), and a stake marked down "implying a valuation of" — the company the stake is in',
      text: 'Halvard Pay\'s valuation jumped 50% to $12 billion. Orrin Capital marked down its stake in Quorvex Labs, implying a valuation of $3 billion.',
      claims: [
        { type: 'valuation', subject: 'Halvard Pay', value: { amount: 12_000_000_000, currency: 'USD' } },
        { type: 'valuation', subject: 'Quorvex Labs', value: { amount: 3_000_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a verb that changes a valuation, named as its object, then the level it went to, past an aside on the earlier level ("tripled the company\'s valuation, which was around $400 million in 2022, to a staggering $1 billion"): both levels are the company\'s',
      text: 'Lagos-based Tarvo Pay raised $110 million. This new financing round has almost tripled the company\'s valuation, which was around $400 million in 2022, to a staggering $1 billion.',
      claims: [
        { type: 'valuation', subject: 'Tarvo Pay', value: { amount: 400_000_000, currency: 'USD', text: 'around $400 million' } },
        { type: 'valuation', subject: 'Tarvo Pay', value: { amount: 1_000_000_000, currency: 'USD', text: '$1 billion' } },
      ],
    },
    {
      note: 'an amount opening the sentence ("The $18 billion valuation puts X ahead") is the company\'s after the verb, past a wire\'s dateline too (test/robust.test.ts puts one before)',
      text: 'The $18 billion valuation puts Tarvo AI ahead of its rivals.',
      claims: [{ type: 'valuation', subject: 'Tarvo AI', value: { amount: 18_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'a thing named inside a relative clause on the company ("which offers employee benefits") is what it does, not what is valued',
      text: 'Kestrel Foods, which offers employee benefits, was valued at $2 billion.',
      claims: [{ type: 'valuation', subject: 'Kestrel Foods', value: { amount: 2_000_000_000, currency: 'USD', text: '$2 billion' } }],
    },
    {
      note: 'a round and the value it sets in one sentence are one company\'s: "the company" valued is the one the money went into, not a name in the apposition between',
      text: 'Kestrel Lake will put $500 million into Orvale Group, the parent of Premier League champions Orvale City, valuing the company at $4.8 billion.',
      claims: [{ type: 'valuation', subject: 'Orvale Group', value: { amount: 4_800_000_000, currency: 'USD', text: '$4.8 billion' } }],
    },
    {
      note: 'a deal "giving the company a $4.8 billion value"',
      text: "Orvale FC's owner sold a stake to Kestrel Lake, giving the company a $4.8 billion value.",
      claims: [{ type: 'valuation', subject: 'Orvale FC', value: { amount: 4_800_000_000, currency: 'USD', text: '$4.8 billion' } }],
    },
    {
      note: 'a deal that "values the business as" an amount',
      text: 'Kestrel Lake invested $1 billion in Orvale Commerce, in a deal that values the business as $5 billion.',
      claims: [{ type: 'valuation', subject: 'Orvale Commerce', value: { amount: 5_000_000_000, currency: 'USD', text: '$5 billion' } }],
    },
  ],
  negative: [
    { text: 'Orvale Learn cut jobs.\n\n From\n early-stage startups to "soonicorns" (set to become unicorns with a \nvaluation of $1 billion and above) and the unicorns -- all are bracing \nfor a harsh winter ahead.', note: 'a class of companies defined by their value, across a wrapped line with a space before its break' },
    { text: 'Kestrel Watches were among the gifts. Initially valued at $235,000, authorities said a final tally of the bribes came to $241,843.', note: 'an opening "valued at" phrase is said of the clause\'s subject after the comma: authorities, no company' },
    { text: 'Orvale will supply chips to Kestrel. Dana Roe, leading a startup valued at around $500 billion, described the partnership as critical.', note: 'the value of an unnamed company a person leads is not the named company before it' },
    { text: 'Orvale Research also noted that the top-performing sector when it comes to time taken to reach a US$1 billion valuation was auto and transportation, whose 31 unicorns took an average of four years.', note: 'the time taken to reach a valuation is a threshold, no company\'s value' },
    { text: 'Orrin Compute is a British firm. Valued at up to $14 billion, the multi-year contract marks a major step for Orrin Compute.', note: 'an opening "Valued at" describes the clause\'s subject, here a contract: no company\'s valuation' },
    { text: 'In the first phase, Orrin Air will purchase 18,000 units of the Kestrel K200 chips, the latest produced by Halvard Semiconductor, valued at an estimated $630 to $720 million.', note: 'goods bought (chips, units, jets) are what is valued, not their maker named after "produced by"' },
    { text: 'Orrin will also establish a cloud cluster within Kestrel\'s supercluster, under a four-year engagement valued at over $1 billion.', note: 'an engagement, a collaboration or a commitment valued at an amount is a deal\'s worth, no company\'s' },
    { text: 'Stratacore rents servers to Kestrel Chips. A second, smaller agreement, valued at 200 million dollars, covers a further 8,000 machines.', note: 'an agreement valued at an amount is a deal\'s worth, no company\'s' },
    { text: 'Kestrel Pay shares have fallen. The business is worth about AU$1.2 billion on the ASX.', note: 'a listed company\'s price "on the ASX" is its market capitalisation' },
    { text: 'Zentrix AI signed a multiyear agreement to buy GPU capacity from Orrin Cloud valued at $17.4 billion.', note: 'the worth of a deal, "valued at" after its other side, is no valuation of that side' },
    { text: 'Halvard Pay makes payment software. Its revenue rose from $10 million to $20 million.', note: 'a change "from X to Y" of something other than a valuation' },
    { text: 'Zentrix AI poached researchers. Some Zentrix AI offers were worth more than $300 million over four years.', note: 'offers worth an amount are no valuation' },
    { text: 'Quorvex became the region’s third unicorn (a privately held startup that reaches a valuation of $1 billion) this spring.', note: 'a unicorn defined: the valuation of a class of companies, not of the one named' },
    { text: 'Last quarter saw 14 rounds by unicorns – startups valued at $1bn or more – and dozens of smaller ones.', note: '"startups valued at $1bn or more": a class of companies defined' },
    { text: 'Follow Harbour Times on Facebook and Twitter\nThe round valued the company at $2bn, people familiar said.', note: 'page furniture ("Follow X on Facebook and Twitter") names the publication and its channels: no topic for "the company"' },
    { text: 'League table\n\nTeam\nPlayed\nPoints\nKingsbridge Rovers\n10\n25\nCorvid Athletic\n10\n22\nHalvard Town\n10\n19', note: 'a one-cell-a-line table of no measure of ours' },
    { text: 'The global AI chip market could be worth $400 billion by 2030, analysts estimate.', note: 'market size, not a company' },
    {
      text: 'Nvidia’s market capitalization topped $3 trillion on Wednesday.',
      note: 'convention: the market cap of a listed company is not a valuation claim',
    },
    {
      text: 'Meta is worth more than $1.5 trillion on the stock market.',
      note: 'convention: stock-market worth of a listed company is market cap, not a valuation claim',
    },
    { text: 'Regulators fined Zentrix AI $45 million for breaching data-protection rules.', note: 'a fine' },
    { text: 'Halvard Robotics won a contract valued at $300 million to supply robots to a grocery chain.', note: '"valued at" describes the contract, not the company' },
    { text: 'Quillmark raised $50 million in a Series A round led by Benchmark.', note: 'funding amount only; no valuation stated' },
    { text: 'Corvid Security achieved unicorn status last year.', note: 'unicorn with no number gives no claim' },
    { text: 'The round values the company at $2 billion.', note: 'no company named anywhere in the text' },
    { text: 'Shares of Oracle rose 4% to $182.50 in early trading.', note: 'stock price' },
    { text: 'Startup valuations across the sector fell by as much as 40% in 2023.', note: 'percentage and year, no company' },
    { text: 'Microsoft’s stake in Pellucid Labs is now worth about $10 billion.', note: 'value of a stake, not of the company' },
    { text: 'The house in Palo Alto where Zentrix AI was founded is valued at $4 million.', note: '"valued at" describes a house' },
    { text: 'Halvard Robotics values its customers above everything else, the CEO said.', note: 'verb "values" without money' },
    { text: 'Quillmark reported revenue of $120 million for 2024.', note: 'revenue, not valuation' },
    { text: 'Tidewater AI spent $2 billion on computing last year.', note: 'spending' },
    { text: 'Kestrel Dynamics’ inventory was valued at $30 million at the end of the year.', note: 'asset value, not the company' },
    { text: 'Fernhill’s founders each own about 15% of the company.', note: 'ownership percentage' },
    { text: 'Investors increasingly value growth over profitability, Brightline Robotics’ CFO said.', note: '"value" as a verb of preference' },
    { text: 'Our favourite startups:\n1. Zentrix AI — founded 2019\n2. Quillmark — 300 staff', note: 'a list under a label that names no measure of value' },
    { text: 'The Harwick Tolls IPO was oversubscribed 49 times across all tranches, with a total gross demand valued at AED184.2 billion.', note: 'the demand for shares in an offering is valued, not the company' },
    { text: 'The league is made up of eight startups with at least a $1 billion valuation, including Harwick Pay.', note: 'a class of companies by their value ("startups with at least a $1 billion valuation") values none of them' },
    { text: 'The cuts will cost the $US45 billion ($66 billion) company up to $US75 million in one-off expenses.', note: 'the worth a company is named by, not a startup, is as often a listed company\'s market value: no valuation' },
    { text: 'Harwick Bank raised $100 million at 5% interest.', note: 'a rate after a raise is no price of the company' },
    { text: 'Kestrel Foods\' pay package for Dana Roe included long-term incentives valued at Rs 2.76 crore.', note: 'incentives of a pay package valued: pay, no company\'s valuation' },
    { text: 'The contract gives it a $300 million value over five years.', note: 'a contract\'s value, no company valued' },
  ],
};
