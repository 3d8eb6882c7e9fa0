import type { ClaimCorpus } from '../example.js';

/**
 * funding: money a company raises from investors.
 *
 * Conventions kept throughout this file:
 * - counterparty is the lead investor when one is named ("led by X"), else null; investors
 *   only listed ("including X", "from a group of") leave it null. A single named investor
 *   with no "led by" ("an investment from Nvidia") is left unchecked.
 * - round is given only when stated ("seed", "pre-seed", "Series B"); omitted otherwise.
 * - The valuation in the same sentence is not the funding amount.
 */
export const corpus: ClaimCorpus = {
  type: 'funding',
  positive: [
    {
      note: 'a list of companies each with a relative clause, past a bracketed description of several words ("Tarsel Build (construction materials marketplace), which raised …"): each amount is its own company\'s',
      text: 'Big winners included Orvale Pay (fintech), which landed $120 million, and Tarsel Build (construction materials marketplace), which raised $83 million.',
      claims: [
        { type: 'funding', subject: 'Orvale Pay', counterparty: null, value: { amount: 120_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Tarsel Build', counterparty: null, value: { amount: 83_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'money spent after a round is no second round: one claim',
      text: 'Tarrow Bank raised $25 million in March and spent $55 million in August on new branches.',
      claims: [{ type: 'funding', subject: 'Tarrow Bank', counterparty: null, value: { amount: 25_000_000, currency: 'USD', text: '$25 million' } }],
    },
    {
      note: 'two rounds of one raiser, each told by its time ("raised $25 million in March and $55 million in August")',
      text: 'Tarrow Bank raised $25 million in March and $55 million in August 2021.',
      claims: [
        { type: 'funding', subject: 'Tarrow Bank', counterparty: null, value: { amount: 25_000_000, currency: 'USD', text: '$25 million' } },
        { type: 'funding', subject: 'Tarrow Bank', counterparty: null, value: { amount: 55_000_000, currency: 'USD', text: '$55 million' } },
      ],
    },
    {
      note: 'money a company "got", said to be a round by its lead after it',
      text: 'Tarrow Mall, an ecommerce platform, got $47 million led by Orvale Ventures.',
      claims: [{ type: 'funding', subject: 'Tarrow Mall', counterparty: 'Orvale Ventures', value: { amount: 47_000_000, currency: 'USD', text: '$47 million' } }],
    },
    {
      note: 'money a company "got" in a round named after it',
      text: 'Kestrel Apps got $5 million in seed funding.',
      claims: [{ type: 'funding', subject: 'Kestrel Apps', counterparty: null, value: { amount: 5_000_000, currency: 'USD', text: '$5 million' } }],
    },
    {
      note: 'a lender "is leading" a facility of the passage\'s company: the lender invests, the company raises (the leader had been read as the raiser)',
      text: 'Kestrel Solar has secured Sh8.2 billion of committed financing for expansion. Orvale Bank is leading a $55 million debt facility.',
      claims: [
        { type: 'funding', subject: 'Kestrel Solar', counterparty: null, value: { amount: 8_200_000_000, currency: 'KES', text: 'Sh8.2 billion' } },
        { type: 'funding', subject: 'Kestrel Solar', counterparty: 'Orvale Bank', value: { amount: 55_000_000, currency: 'USD', text: '$55 million' } },
      ],
    },
    {
      note: 'an investor that "led the" round of the passage\'s company',
      text: 'Kestrel Solar has raised a new round. Orvale Capital led the $55 million round.',
      claims: [{ type: 'funding', subject: 'Kestrel Solar', counterparty: 'Orvale Capital', value: { amount: 55_000_000, currency: 'USD', text: '$55 million' } }],
    },
    {
      note: 'an ordinal round before the investment word ("a $30 million first round investment in X")',
      text: 'Orvale Ventures has led a $30 million first round investment in Kestrel Analytics, a Beijing-based startup.',
      claims: [{ type: 'funding', subject: 'Kestrel Analytics', counterparty: 'Orvale Ventures', value: { amount: 30_000_000, currency: 'USD', text: '$30 million' } }],
    },
    {
      note: 'money invested in a company whose description opens with an -ing word ("vending machine operator X"): no spending on doing something',
      text: 'Orvale Ventures has invested $15 million in vending machine operator Kestrelbox in Shanghai.',
      claims: [{ type: 'funding', subject: 'Kestrelbox', counterparty: 'Orvale Ventures', value: { amount: 15_000_000, currency: 'USD', text: '$15 million' } }],
    },
    {
      note: 'an amount "in investments from" an investor described before its name, said of a company renamed after its owner\'s possessive ("X Comics’ parent company, Y, followed with …")',
      text: 'Webtoon site Orvale Comics’ parent company, Orvale Entertainment, followed with 50 billion won in investments from Korean private equity firm Tarrow Partners.',
      claims: [{ type: 'funding', subject: 'Orvale Entertainment', counterparty: 'Tarrow Partners', value: { amount: 50_000_000_000, currency: 'KRW', text: '50 billion won' } }],
    },
    {
      note: 'money "gathered" from investors',
      text: 'Kestrel Pay gathered $25 million from investors last month.',
      claims: [{ type: 'funding', subject: 'Kestrel Pay', counterparty: null, value: { amount: 25_000_000, currency: 'USD', text: '$25 million' } }],
    },
    {
      note: 'money "mopped up" from investors (Indian press)',
      text: 'Orvale Retail mopped up Rs 500 crore from anchor investors.',
      claims: [{ type: 'funding', subject: 'Orvale Retail', counterparty: null, value: { amount: 5_000_000_000, currency: 'INR', text: 'Rs 500 crore' } }],
    },
    {
      note: 'a table of funding flattened into one line: each company\'s amount is its funding',
      text: 'Funding raised this year Kestrel Robotics $12m Orvale Health $8m Tarrow Labs $5m',
      claims: [
        { type: 'funding', subject: 'Kestrel Robotics', counterparty: null, value: { amount: 12_000_000, currency: 'USD', text: '$12m' } },
        { type: 'funding', subject: 'Orvale Health', counterparty: null, value: { amount: 8_000_000, currency: 'USD', text: '$8m' } },
        { type: 'funding', subject: 'Tarrow Labs', counterparty: null, value: { amount: 5_000_000, currency: 'USD', text: '$5m' } },
      ],
    },
    {
      note: 'more money "added" to a round a company raised, and the round\'s new total it brings',
      text: 'Kestrel Foods has added an additional $98 million (£74.3 million) to the existing $385 million (£285 million) it raised from investors in September, bringing the round\'s total to $482 million (£365 million).',
      claims: [
        { type: 'funding', subject: 'Kestrel Foods', value: { amount: 98_000_000, currency: 'USD', text: '$98 million' } },
        { type: 'funding', subject: 'Kestrel Foods', value: { amount: 482_000_000, currency: 'USD', text: '$482 million' } },
      ],
    },
    {
      note: '"total investment in" a company, past an aside, "now stands at" an amount: money put into it, all told',
      text: 'Kestrel Eats raised money. Total investment in the London-based startup, which employs over 1,000 people worldwide, now stands at around $955 million (£723 million).',
      claims: [{ type: 'funding', subject: 'Kestrel Eats', value: { amount: 955_000_000, currency: 'USD', text: 'around $955 million' } }],
    },
    {
      note: 'money invested "in Indonesia-based on-demand ride platform X": a longer description of the company between "in" and its name',
      text: 'Diversified conglomerate Kestrel International has invested $100m in Indonesia-based on-demand ride platform Orvale Go as part of an ongoing series F round.',
      claims: [{ type: 'funding', subject: 'Orvale Go', counterparty: 'Kestrel International', value: { amount: 100_000_000, currency: 'USD', text: '$100m' } }],
    },
    {
      note: 'a round whose letter carries a plus ("a $40 million Series B+ round in X") is raised by the company after "in", not by its leads',
      text: 'Phone maker Tarrow Inc and Orvale Capital have co-led a $40 million Series B+ round in Kestrel Jinying Technology.',
      claims: [{ type: 'funding', subject: 'Kestrel Jinying Technology', counterparty: 'Orvale Capital', value: { amount: 40_000_000, currency: 'USD', text: '$40 million' } }],
    },
    {
      note: 'money "raked in from existing investors" is a round; a round named after its amount ("in a $180 million funding round") is one even after a word of valuation; "raked in $5bn in sales" is none',
      text: 'Berlin-based grocery service Orvale has raked in €150 million from existing investors. Tarrow Pay doubled its valuation in a $180 million funding round just one month later. Kestrel Foods raked in $5bn in sales last year.',
      claims: [
        { type: 'funding', subject: 'Orvale', value: { amount: 150_000_000, currency: 'EUR', text: '€150 million' } },
        { type: 'funding', subject: 'Tarrow Pay', value: { amount: 180_000_000, currency: 'USD', text: '$180 million' } },
      ],
    },
    {
      note: 'scraped copy that lost the space after a full stop ("won ($126.2 million).A total of…", "last year.Kestrel Brothers…") still ends its sentences; "received investments worth" a sum is a round, and the investor "from China’s Zorvak Capital" is the company, not the country',
      text: 'Orrin Pay received the largest investment of 143 billion won ($126.2 million).A total of 313 start-ups were funded last year.Kestrel Brothers, developer of a delivery app, received investments worth 57 billion won from China’s Zorvak Capital.',
      claims: [
        { type: 'funding', subject: 'Orrin Pay', value: { amount: 143_000_000_000, currency: 'KRW' } },
        { type: 'funding', subject: 'Kestrel Brothers', counterparty: 'Zorvak Capital', value: { amount: 57_000_000_000, currency: 'KRW', text: '57 billion won' } },
      ],
    },
    {
      note: 'a company described by two trades joined by "and" ("The digital payment and banking platform") is the company the passage is about, though the sentence names its investors',
      text: 'A standout moment in 2024 was Orrin Pay’s ascent to unicorn status. The digital payment and banking platform secured $110 million in funding from a consortium of investors, including Kestrel Bank’s Africa Investment Fund, propelling its valuation beyond $1 billion.',
      claims: [{ type: 'funding', subject: 'Orrin Pay', value: { amount: 110_000_000, currency: 'USD', text: '$110 million' } }],
    },
    {
      note: 'the top deals of a year of investment, each name with its amount and its country in brackets ("Greensill Capital ($800m, UK)"): each a round',
      text: 'The United Kingdom ranked second with $4.9 bn of investment across 359 deals. The top five deals in Europe were Quorvex ($800m, UK), Tessaly ($470m, Germany) and Brindle AI ($230m, UK).',
      claims: [
        { type: 'funding', subject: 'Quorvex', value: { amount: 800_000_000, currency: 'USD', text: '$800m' } },
        { type: 'funding', subject: 'Tessaly', value: { amount: 470_000_000, currency: 'USD', text: '$470m' } },
        { type: 'funding', subject: 'Brindle AI', value: { amount: 230_000_000, currency: 'USD', text: '$230m' } },
      ],
    },
    {
      note: 'a table column whose header gives its unit in brackets ("Raised (in millions)"): the header\'s words say what the figures are, the bracket their scale',
      text: 'Funding raised:\n| Company | Raised (in millions) |\n|---|---|\n| Orrin Labs | $12.5 |\n| Kestrel AI | $40 |',
      claims: [
        { type: 'funding', subject: 'Orrin Labs', value: { amount: 12_500_000, currency: 'USD', text: '$12.5' } },
        { type: 'funding', subject: 'Kestrel AI', value: { amount: 40_000_000, currency: 'USD', text: '$40' } },
      ],
    },
    {
      note: 'a list whose label names no measure ("The rest of the list includes:") goes on from the sentence before it, which names one (raised): each line\'s amount is its company\'s round',
      text: 'Orrin Labs was the top deal of the year, having raised $207 million in a series D.\nThe rest of the list includes:\n- Kestrel Pay: $130 million (Quebec City)\n- Tarrow Health: $111 million (Toronto)',
      claims: [
        { type: 'funding', subject: 'Orrin Labs', value: { amount: 207_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Kestrel Pay', value: { amount: 130_000_000, currency: 'USD', text: '$130 million' } },
        { type: 'funding', subject: 'Tarrow Health', value: { amount: 111_000_000, currency: 'USD', text: '$111 million' } },
      ],
    },
    {
      note: 'two companies and two amounts paired in order with no "respectively" ("A and B raised $5 million and $3 million"); one company raising two amounts from another is no pair',
      text: 'Orvane and Tarsel Labs raised $5 million and $3 million. Kelvar Pay raised $2 million and $1 million from Quillby Capital.',
      claims: [
        { type: 'funding', subject: 'Orvane', value: { amount: 5_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Tarsel Labs', value: { amount: 3_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Kelvar Pay', value: { amount: 2_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a scale said once for a list of amounts paired by "respectively" ("raised $2.5 and $4 million, respectively"): the first is $2.5 million',
      text: 'Kestrel Pay and Tarsel Labs raised $2.5 and $4 million, respectively.',
      claims: [
        { type: 'funding', subject: 'Kestrel Pay', value: { amount: 2_500_000, currency: 'USD' } },
        { type: 'funding', subject: 'Tarsel Labs', value: { amount: 4_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a company referred to by a phrase whose head comes after a noun of its trade ("the utility services provider"), not by the first noun ("the utility")',
      text: "Halvard Power is the emirate's sole provider of electricity. The announcement comes as the utility services provider raised Dh22.3 billion through the initial public offering.",
      claims: [{ type: 'funding', subject: 'Halvard Power', value: { amount: 22_300_000_000, currency: 'AED' } }],
    },
    {
      note: 'names a relative clause compares the subject with ("which is similar to X and Y") are not the subject: the passage\'s company raised it',
      text: 'Telvo is growing fast in Asia. Since its 2013 inception, the messaging service, which is similar to Kestrel Chat and Orrin Social, has raised a total of US$2.7bn in two rounds.',
      claims: [{ type: 'funding', subject: 'Telvo', value: { amount: 2_700_000_000 } }],
    },
    {
      note: 'a verb said once, then further names each right before an amount ("X raised $20m, Y $15m and Z $10m"): each name\'s round',
      text: 'Orrin Pay raised $20m, Kestrel Lend $15m and Halvard Credit $10m in the quarter.',
      claims: [
        { type: 'funding', subject: 'Orrin Pay', value: { amount: 20_000_000 } },
        { type: 'funding', subject: 'Kestrel Lend', value: { amount: 15_000_000 } },
        { type: 'funding', subject: 'Halvard Credit', value: { amount: 10_000_000 } },
      ],
    },
    {
      note: 'a refusal to say something ("declined to comment on its valuation") negates nothing; a refusal of the act itself ("declined to raise") does',
      text: 'Halvard raised $30 million but declined to comment on its valuation. Brightwell declined to raise $50 million from investors.',
      claims: [
        { type: 'funding', subject: 'Halvard', value: { amount: 30_000_000, currency: 'USD' }, modality: 'asserted' },
        { type: 'funding', subject: 'Brightwell', value: { amount: 50_000_000, currency: 'USD' }, modality: 'negated' },
      ],
    },
    {
      note: 'a company described in a closed apposition with a capitalised word ("Halvard AI, an Emirati firm,") is "the Emirati firm" later: "an investment by the tech giant in the Emirati firm" puts money into it, not into the giant; "Like Orvale, the Swiss bank…" (no closing comma) describes no one',
      text: 'Halvard AI, an Emirati firm, builds data centres. Earlier this year, Halvard AI and Microsoft announced a $1.5 billion strategic investment by the tech giant in the Emirati firm.',
      claims: [{ type: 'funding', subject: 'Halvard AI', counterparty: 'Microsoft', value: { amount: 1_500_000_000, currency: 'USD' } }],
    },
    {
      note: 'the money raised to date told as "raises the total invested in X (, a relative clause,) to" or "takes the total raised by X to": the company named in the total',
      text: 'Backers have invested $768 million in the business. The latest round raises the total invested in Quillmark, whose name means “bring” in Turkish, to $2 billion. A second round takes the total raised by Halvard Foods to $300 million.',
      claims: [
        { type: 'funding', subject: 'Quillmark', value: { amount: 2_000_000_000, currency: 'USD', text: '$2 billion' } },
        { type: 'funding', subject: 'Halvard Foods', value: { amount: 300_000_000, currency: 'USD', text: '$300 million' } },
      ],
    },
    {
      note: 'an angel network named among a round\'s participants ("Orvale Angel Network") is an investor, never "the company" of a later sentence',
      text: 'Kestrel Smart raised $3 million from several investors. Other participants in that round included Orvale Angel Network, Tarsel Capital managing director Dana Roe and Tom Reyes. At the time, the company said it was also in talks to raise $25 million in a Series A round.',
      claims: [
        { type: 'funding', subject: 'Kestrel Smart', value: { amount: 3_000_000 } },
        { type: 'funding', subject: 'Kestrel Smart', value: { amount: 25_000_000 } },
      ],
    },
    {
      note: 'a lender named after "from", its acronym in brackets after it ("a $150 million credit facility from Kestrel Private Credit (KPC)"), is no raiser of a round the sentence opens with ("The raise includes…")',
      text: 'Financial management software provider to SMEs, Quarrel, raises $50m equity and $150m debt. The raise includes $50 million in Series B equity from Orvale Capital and a $150 million credit facility from Kestrel Private Credit (KPC), as per a press report.',
      claims: [
        { type: 'funding', subject: 'Quarrel', value: { amount: 50_000_000 } },
        { type: 'funding', subject: 'Quarrel', value: { amount: 150_000_000 } },
      ],
    },
    {
      note: 'a count of companies heading a related story\'s headline ("Read here: 121 African tech startups raised $466m") raised a total, not the company the page spoke of last',
      text: 'Roam raised $24 million in the quarter.\nRead here: 121 African tech startups raised $466m in Q1 2024, led by Nigeria’s Kestrel',
      claims: [{ type: 'funding', subject: 'Roam', value: { amount: 24_000_000 } }],
    },
    {
      note: 'a description that shares a word and its head noun with the one a company was introduced by ("Nigerian mobility financing company, Quarrel" … "the vehicle financing company") refers to it, not to the company named last ("tech startup analytics company, Orvale Insights"); a shared word alone under another head noun does not ("media conglomerate X" is not "the social media firm")',
      text: 'Nigerian mobility financing company, Quarrel has been named among the top funded fintechs. This was revealed in a report by tech startup analytics company, Orvale Insights in its annual report. While the vehicle financing company didn’t come close to the top, its $100 million funding back in March was impressive.',
      claims: [{ type: 'funding', subject: 'Quarrel', value: { amount: 100_000_000 } }],
    },
    {
      note: 'a newsletter\'s headline of several stories, each name with its country\'s flag ("Kestrel Pay 🇧🇷 to invest…, Orvale 🇺🇾 fraud allegations…, and Tarsel 🇲🇽 raises $50 Million"): the flag is no word between a name and its verb, and the last clause\'s own subject raised it',
      text: 'Dealflow #40 - Kestrel Pay 🇧🇷 to invest $159 Million in Colombia 🇨🇴 amid record profits, Orvale 🇺🇾 fraud allegations send stock into freefall, and Tarsel 🇲🇽 raises $50 Million in debt financing.',
      claims: [{ type: 'funding', subject: 'Tarsel', value: { amount: 50_000_000 } }],
    },
    {
      note: 'a raise "by" a company in a newsletter\'s bullet ("the $33 million Series A raise by Kestrel Pay") is its own; a round "in a funding round led by X" names X the lead, not a company invested in',
      text: "Still in the brief, we bring you news about:\n\n  • the $33 million Series A raise by Kestrel Pay\n  • Halvard TV's plan to open an office in Kenya\n\nThe news: Kestrel Pay (formerly Kestrel Finance) has raised $33 million Series A in a funding round led by Orvale Capital.",
      claims: [{ type: 'funding', subject: 'Kestrel Pay', counterparty: 'Orvale Capital', value: { amount: 33_000_000 } }],
    },
    {
      note: 'a raiser in an apposition before a modal ("Europe\'s hope to rival X, Y, may have just raised close to…"), and a round owned by its raiser with its lead glued before "round" ("X\'s $40 billion Y-led round")',
      text: 'Europe’s hope to rival Harwick AI, Orvale Alpha, may have just raised close to 500 million euros ($534 million) from investors this week. Kestrel AI\'s $40 billion Brindle-led round became the largest private tech funding ever.',
      claims: [
        { type: 'funding', subject: 'Orvale Alpha', value: { amount: 500_000_000, currency: 'EUR' } },
        { type: 'funding', subject: 'Kestrel AI', value: { amount: 40_000_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'an investor named after another round\'s amount leads that round only ("X, which raised USD 40 million…, and Y, which secured USD 35 million led by Z"); a bracketed conversion between is the same round',
      text: 'Other investments included automotive company Harwick Motors, which raised USD 40 million in its Series C round, and interior design startup Orvale Spaces, which secured USD 35 million led by Kestrel Pillar. Brindle Labs raised $10 million (£8m) led by Tessaly Ventures.',
      claims: [
        { type: 'funding', subject: 'Harwick Motors', counterparty: null, value: { amount: 40_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Orvale Spaces', counterparty: 'Kestrel Pillar', value: { amount: 35_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Brindle Labs', counterparty: 'Tessaly Ventures', value: { amount: 10_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a round\'s owner raises what the round "was set to raise" (an investor joining it is no raiser); a ranking\'s "led with a $14 million round" is the company\'s own round, not a lead of another\'s',
      text: 'State investor Kestrel Holdings is joining Orvale Tech\'s series H funding round, which was set to raise at least US$200 million. Among early-stage deals, healthtech startup Brindle raised $3.09 million in funding and fintech startup Abound led with a $14 million round.',
      claims: [
        { type: 'funding', subject: 'Orvale Tech', value: { min: 200_000_000, currency: 'USD', text: 'at least US$200 million' } },
        { type: 'funding', subject: 'Brindle', value: { amount: 3_090_000, currency: 'USD', text: '$3.09 million' } },
        { type: 'funding', subject: 'Abound', value: { amount: 14_000_000, currency: 'USD', text: '$14 million' } },
      ],
    },
    {
      note: 'a round "picked up" ("it picked up about ¥15.3 billion", "which has picked up over $90 million in VC funding") is raised as one "raised"',
      text: 'Tokyo-based Tessaly Drive announced Monday it picked up about ¥15.3 billion in its latest round. Orvale Ledger, which has picked up over $90 million in VC funding, has 150 staff.',
      claims: [
        { type: 'funding', subject: 'Tessaly Drive', value: { amount: 15_300_000_000, currency: 'JPY', text: 'about ¥15.3 billion' } },
        { type: 'funding', subject: 'Orvale Ledger', value: { amount: 90_000_000, currency: 'USD', text: 'over $90 million' } },
      ],
    },
    {
      note: 'a headline\'s sum in dollars that the story gives in euros with a rounded conversion ("$6M" over "€5.2 million (~$6.1M)") is one round; its lead named after "The Series A investment is led by"',
      text: 'Tessaly Vision nabs $6M to help more sectors tap into computer vision\n\nBerlin-based Tessaly Vision has closed a €5.2 million (~$6.1M) funding round. The Series A investment is led by Orrin Ventures, along with Kestrel Labs.',
      claims: [{ type: 'funding', subject: 'Tessaly Vision', counterparty: 'Orrin Ventures', value: { amount: 5_200_000, currency: 'EUR' } }],
    },
    {
      note: 'the lead of a round named in the next sentence after an attribution ("According to reports, the upcoming funding round of X will be spearheaded by Y")',
      text: 'Online retailer Tessaly to raise $2 billion; targets US IPO. According to reports, the upcoming funding round of Tessaly will be spearheaded by Orrin Capital, with other participants including Kestrel Partners.',
      claims: [{ type: 'funding', subject: 'Tessaly', counterparty: 'Orrin Capital', value: { amount: 2_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'a company named inside an apposition on the subject ("Kestrel Data, a rival to Orrin Labs, is raising…") is not the one raising',
      text: 'Kestrel Data, a rival to Orrin Labs, is raising $300 million.',
      claims: [{ type: 'funding', subject: 'Kestrel Data', value: { amount: 300_000_000, currency: 'USD' } }],
    },
    {
      note: 'a name the gazetteer knows as an investor ("Lightspeed") that owns a round raised is the company raising it, not the report\'s author the article names most',
      text: "Kestrel Data and Orrin Insights have released their report on Canadian venture capital. Kestrel Data said Montreal came out on top. That number is thanks in no small part to Lightspeed's US$120 million Series C funding round last October.",
      claims: [{ type: 'funding', subject: 'Lightspeed', value: { amount: 120000000, currency: 'USD', text: 'US$120 million' } }],
    },
    {
      note: 'a second investor and its own amount with the verb left out ("and Orrin Soft up to $5 billion") invest in the same company',
      text: 'Under the deal, Kestrel Chips will invest up to $10 billion and Orrin Soft up to $5 billion in Halvard AI.',
      claims: [
        { type: 'funding', subject: 'Halvard AI', counterparty: 'Kestrel Chips', value: { max: 10000000000, currency: 'USD', text: 'up to $10 billion' } },
        { type: 'funding', subject: 'Halvard AI', counterparty: 'Orrin Soft', value: { max: 5000000000, currency: 'USD', text: 'up to $5 billion' } },
      ],
    },
    {
      note: 'what a valuation came "on the back of" is a raise, not the valuation; "The raising was led by US investor X" names the lead a sentence on',
      text: 'Halvard Pay became the latest unicorn. The valuation came on the back of a $US100 million raise for the fintech. The raising was led by US investor Orrin Capital.',
      claims: [{ type: 'funding', subject: 'Halvard Pay', counterparty: 'Orrin Capital', value: { amount: 100000000, currency: 'USD', text: '$US100 million' } }],
    },
    {
      note: 'a round named then its amount ("a Series A for US$25 million"); a lead investor named three sentences on, over sentences with no other amount; a title at the end of a fronted "Founded by" phrase is no title of the name after the comma',
      text: 'Neobank Sparkle raised US$3.1 million in a seed round for expansion efforts. Founded by a former banker, Sparkle provides banking services. It is licensed as a micro financing bank. The seed round was led by Leadway Assurance. Kestrel Pay raised two rounds this year, a Series A for US$25 million followed by a US$55 million Series B.',
      claims: [
        { type: 'funding', subject: 'Sparkle', counterparty: 'Leadway Assurance', value: { amount: 3_100_000, currency: 'USD' } },
        { type: 'funding', subject: 'Kestrel Pay', value: { amount: 25_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Kestrel Pay', value: { amount: 55_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a description of the company with an acronym in brackets before its noun ("the business-to-business (B2B) company") refers to it',
      text: 'Kestrel Foods laid off staff in 2023. This was exactly a year after the business-to-business (B2B) company raised Ksh.2.3 billion ($50 million) in a series C round.',
      claims: [{ type: 'funding', subject: 'Kestrel Foods', value: { amount: 2_300_000_000, currency: 'KES' } }],
    },
    {
      note: 'a table of one company\'s rounds: no column names companies, the companies in its rows are its investors — the rows are the company\'s just spoken of',
      text: 'Orrin Glass makes smart windows for offices.\n\nFunding Date | Share Class | Amount Raised | Post-Money Valuation | Key Investors |\n---|---|---|---|---|\n11/02/2018 | Series H | $608MM | $3.84B | Kestrel Capital |',
      claims: [
        { type: 'funding', subject: 'Orrin Glass', value: { amount: 608_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a ranked list under a label of rounds, each name with a description in brackets before its amount',
      text: "Tech funding passed £130m in October.\n\nOctober's largest rounds\n1. Wyvern Silicon (Bristol, semiconductors): $30m\n2. Lendwell (London, lending platform for small businesses): £21m\n3. Foldtech (Cambridge, intelligent packaging): £18m",
      claims: [
        { type: 'funding', subject: 'Wyvern Silicon', value: { amount: 30_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Lendwell', value: { amount: 21_000_000, currency: 'GBP' } },
        { type: 'funding', subject: 'Foldtech', value: { amount: 18_000_000, currency: 'GBP' } },
      ],
    },
    {
      note: 'the total "the company has collected since" its founding; a raise that "came to" an amount past an aside; "has taken in … from investors"; a round in apposition called "a deal" is still a round; the lead named next as "X led it"; a subordinate clause\'s own subject ("when Valkyr closed a Series B that brought in")',
      text: 'Kestrel Bio raised $30 million. The round lifts the total the company has collected since its 2018 founding to more than $190 million.\n\nCovenant AI was founded in 2024. Its first raise, announced in September 2024, came to US$1 billion.\n\nSince it was set up in 2012, Canvo has taken in $560m from investors.\n\nVaultline opened the year by announcing funding of 167.5 million dollars, a deal that lifted its valuation to $1.4bn.\n\nTessaly AI raised $2 billion. Birchfield Capital led it; Orrin Chips and Halvard Cloud both bought in.\n\nOrrin Group\'s venture arm came in late in 2023, when Valkyr closed a Series B that brought in 500 million US dollars.',
      claims: [
        { type: 'funding', subject: 'Kestrel Bio', value: { amount: 30_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Kestrel Bio', value: { min: 190_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Covenant AI', value: { amount: 1_000_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Canvo', value: { amount: 560_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Vaultline', value: { amount: 167_500_000, currency: 'USD' } },
        { type: 'funding', subject: 'Tessaly AI', counterparty: 'Birchfield Capital', value: { amount: 2_000_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Valkyr', value: { amount: 500_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'list items of a company and the money it got from investors ("- Kumo Pay: ¥6.7bn, …, from a group of investors"); a second clause whose subject has a relative clause before its verb (", and Forexly, which runs…, landed")',
      text: 'Fintech is among the winners:\n\n- Mobile payments operator Kumo Pay: ¥6.7bn, announced last September, from a group of investors that included Orrin Finance.\n- Cloud accounting software maker Tsumiki: 6,500 million yen in total, disclosed a month earlier, from Halvard Bank and other backers.\n\nLending startup Tallyfin closed a C$92 million round, and Forexly, which runs a cloud platform for foreign exchange, landed CA$6.5 million.',
      claims: [
        { type: 'funding', subject: 'Kumo Pay', value: { amount: 6_700_000_000, currency: 'JPY' } },
        { type: 'funding', subject: 'Tsumiki', value: { amount: 6_500_000_000, currency: 'JPY' } },
        { type: 'funding', subject: 'Tallyfin', value: { amount: 92_000_000, currency: 'CAD' } },
        { type: 'funding', subject: 'Forexly', value: { amount: 6_500_000, currency: 'CAD' } },
      ],
    },
    {
      note: 'money raised "from its IPO" (the raiser\'s own listing is no investor), "brought in", a half-billion-dollar round, and givers in a list who "put a combined" sum into a company (none of them leads)',
      text: 'Rivane collected $11.9 billion from its IPO. Kairo Inc. announced it had brought in about 15.3 billion yen. Vantor closed a half-billion-dollar round in May. Its investors, including Ridgeline Ventures and Harbor Peak Partners, had put a combined $414m into Tessaly.',
      claims: [
        { type: 'funding', subject: 'Rivane', value: { amount: 11_900_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Kairo Inc.', value: { amount: 15_300_000_000, currency: 'JPY' } },
        { type: 'funding', subject: 'Vantor', value: { amount: 500_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Tessaly', counterparty: null, value: { amount: 414_000_000, currency: 'USD' } },
      ],
    },
    {
      note: '"it" is not the company its own clause names after it as an owner ("It led Sepetly\'s round": the investor just spoken of led it)',
      text: 'Mubara Capital is no stranger to Sepetly. It led Sepetly\'s $768mn round in March last year.',
      claims: [{ type: 'funding', subject: 'Sepetly', counterparty: 'Mubara Capital', value: { amount: 768_000_000, currency: 'USD' } }],
    },
    {
      note: 'a fact box\'s label of a round and its amount, with its lead after a comma ("- Latest round: €1.7 billion, led by X"), and a total raised',
      text: 'Zentrix AI at a glance\n\nKey facts\n- Latest round: €1.7 billion, led by Orrin Capital\n- Total raised: $2 billion',
      claims: [
        { type: 'funding', subject: 'Zentrix AI', counterparty: 'Orrin Capital', value: { amount: 1_700_000_000, currency: 'EUR' } },
        { type: 'funding', subject: 'Zentrix AI', value: { amount: 2_000_000_000, currency: 'USD' } },
      ],
    },
    {
      note: '"its" in an apposition to a name is not that name\'s, and "the company"/"it" inside a relative clause on a company is not that company: the investor is the name the relative clause hangs on',
      text: 'Zentrix AI sells a coding assistant. The chatbot developer also relies heavily on Orrin Cloud, its largest shareholder, which has invested $8 billion in the company. Brindle Labs relies on Kestrel Capital, which has invested $40 million in it.',
      claims: [
        { type: 'funding', subject: 'Zentrix AI', counterparty: 'Orrin Cloud', value: { amount: 8_000_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Brindle Labs', counterparty: 'Kestrel Capital', value: { amount: 40_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'an investor "contributing €1.3 billion of the total investment" to the round the sentence before told: that company\'s, the investor its lead',
      text: 'Halvard AI raised €1.7 billion in a Series C. Kestrel Litho is contributing €1.3 billion of the total investment.',
      claims: [
        { type: 'funding', subject: 'Halvard AI', value: { amount: 1_700_000_000, currency: 'EUR' } },
        { type: 'funding', subject: 'Halvard AI', counterparty: 'Kestrel Litho', value: { amount: 1_300_000_000, currency: 'EUR' } },
      ],
    },
    {
      note: 'a key-facts list under a colon line that names no one: about the company its paragraph named; an investor\'s possessive investment ("Orrin Group’s $2.7 billion investment") is that company\'s round, the investor its lead',
      text: 'It is important to take stock of how massive Halvard AI’s footprint has become. According to data up through 2025:\n- Over 28 million monthly active users worldwide\n- Orrin Group’s $2.7 billion investment drove a $10 billion valuation\n',
      claims: [{ type: 'funding', subject: 'Halvard AI', counterparty: 'Orrin Group', value: { amount: 2_700_000_000, currency: 'USD' } }],
    },
    {
      note: 'an adjective of size before the amount raised ("has also raised a notable $11 billion")',
      text: 'Zentrix AI builds chatbots. The company has also raised a notable $11 billion in 2024 so far.',
      claims: [{ type: 'funding', subject: 'Zentrix AI', value: { amount: 11_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'money invested "in" a company described after a place\'s possessive ("in the United Arab Emirates’ top AI firm G42", "in Kenya’s biggest fintech X")',
      text: 'Orrin Corp. will invest $1.5 billion in the United Arab Emirates’ top AI firm G42, the companies said. Tarsel Group invested $200 million in Kenya’s biggest fintech Halvard Pay.',
      claims: [
        { type: 'funding', subject: 'G42', counterparty: 'Orrin Corp.', value: { amount: 1_500_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Halvard Pay', counterparty: 'Tarsel Group', value: { amount: 200_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'an investor "leading a financing round of at least $X for" a startup: the startup raises, the investor leads',
      text: 'Orrin Group is leading a financing round of at least $600m for Chinese AI startup Zentrix AI, marking a big bet on the sector.',
      claims: [{ type: 'funding', subject: 'Zentrix AI', counterparty: 'Orrin Group', value: { min: 600_000_000, currency: 'USD' } }],
    },
    {
      note: 'the money raised to date, told as "brings the total X has raised since … to" and "bringing the total raised to"; money "has been funneled into" a company, in the passive',
      text: 'Halvard Labs raised $10 million. This new financing brings the total Halvard Labs has raised since inception in 2009 to $35 million. In the past five years, 420 billion won has been funneled into Kestrel Market.',
      claims: [
        { type: 'funding', subject: 'Halvard Labs', value: { amount: 10_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Halvard Labs', value: { amount: 35_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Kestrel Market', value: { amount: 420_000_000_000, currency: 'KRW' } },
      ],
    },
    {
      note: 'a photo credit\'s library ("Photo by … on Unsplash") and a dateline\'s agency ("SEOUL, AJU -") are no subject; the company raising is',
      text: 'Photo by Leonie Wise on Unsplash\n\nSEOUL, AJU - The operator of online grocery service Halvard Market has attracted 200 billion won ($163 million) from investors.',
      claims: [{ type: 'funding', subject: 'Halvard Market', value: { amount: 200_000_000_000, currency: 'KRW' } }],
    },
    {
      note: 'a month after the round word ("raised $100 million in funding in March"): the "in" names no company invested in',
      text: 'Tessaly Robotics raised $100 million in funding in March.',
      claims: [{ type: 'funding', subject: 'Tessaly Robotics', value: { amount: 100_000_000, currency: 'USD' } }],
    },
    {
      note: '"after closing" an amount "in series B funding in early March", in a sentence about the valuation that came with it',
      text: 'Tessaly Robotics was last valued at $400 million after closing $100 million in series B funding in early March.',
      claims: [{ type: 'funding', subject: 'Tessaly Robotics', value: { amount: 100_000_000, currency: 'USD' } }],
    },
    {
      note: 'a headline total for "Indian startups", and "the continent secured": many companies, no round of the passage\'s company; "the most attractive startup haven" is no reference to a startup',
      text: 'Kestrel Pay raised $12m last week.\n\nNigerian Startups Raised $497 Million In August\n\nNigeria remained the most attractive startup haven in Africa as the continent secured a total of $533.3 million in funding in August.',
      claims: [{ type: 'funding', subject: 'Kestrel Pay', value: { amount: 12000000, currency: 'USD' } }],
    },
    {
      note: '"X led this segment with a seed round": a company that led a list is no lead investor; "backed by" names the lead',
      text: 'Healthcare company Kestrel Health led this segment with an impressive USD 218 million seed round, backed by Halvard Capital.',
      claims: [{ type: 'funding', subject: 'Kestrel Health', counterparty: 'Halvard Capital', value: { amount: 218000000, currency: 'USD' } }],
    },
    {
      note: 'a round "at" an amount after the verb that sums it up',
      text: 'Gurugram-based health education startup Corvid Learn announced that it has raised additional funding, summing up its Series A round at $3 million.',
      claims: [{ type: 'funding', subject: 'Corvid Learn', value: { amount: 3000000, currency: 'USD' } }],
    },
    {
      note: 'the money raised so far, "bringing its total capital to"',
      text: 'Kestrel Quantum raised over $300 million in its Series B funding round, bringing its total capital to $600 million.',
      claims: [{ type: 'funding', subject: 'Kestrel Quantum', value: { amount: 300000000, currency: 'USD' } }, { type: 'funding', subject: 'Kestrel Quantum', value: { amount: 600000000, currency: 'USD' } }],
    },
    {
      note: '"the latest round brought in"',
      text: 'Corvid Design’s latest round brought in $100 million.',
      claims: [{ type: 'funding', subject: 'Corvid Design', value: { amount: 100000000, currency: 'USD' } }],
    },
    {
      note: 'a round with no amount said ("an undisclosed amount of funding from X")',
      text: 'Delhi-based parking platform Kestrel Park has raised an undisclosed amount of funding from Halvard Fund and angels.',
      claims: [{ type: 'funding', subject: 'Kestrel Park', counterparty: 'Halvard Fund' }],
    },
    {
      note: 'a dated list of raises under a line that introduces them ("These raises include:"), each line\'s amount its company\'s',
      text: 'Kestrel Ventures had a busy month. These raises I\'m talking about include:\n\nSep 13: Kestrel Pay: $210 million\nSep 14: Halvard Foods: $41.5 million',
      claims: [{ type: 'funding', subject: 'Kestrel Pay', value: { amount: 210000000, currency: 'USD' } }, { type: 'funding', subject: 'Halvard Foods', value: { amount: 41500000, currency: 'USD' } }],
    },
    {
      note: 'names with an amount in brackets after "fundraisers include", with nationalities before them and "as well as" between',
      text: 'Other fundraisers include Senegalese Kestrel Jobs ($1m) and Halvard Agro ($390k) as well as Cameroon’s Brightline Farms ($500k).',
      claims: [{ type: 'funding', subject: 'Kestrel Jobs', value: { amount: 1000000, currency: 'USD' } }, { type: 'funding', subject: 'Halvard Agro', value: { amount: 390000, currency: 'USD' } }, { type: 'funding', subject: 'Brightline Farms', value: { amount: 500000, currency: 'USD' } }],
    },
    {
      note: 'a total for many startups in the present tense ("Indian startups secure…") is no round of the passage\'s company',
      text: 'Kestrel Pay raised $12m last week. Indian startups secure $585.71 million in funding this week.',
      claims: [{ type: 'funding', subject: 'Kestrel Pay', value: { amount: 12_000_000, currency: 'USD' } }],
    },
    {
      note: 'totals over many startups ("38 startups raised…", "saw 42 startups secure…") are no round of the passage\'s company',
      text: 'Kestrel Pay raised $12m last week. In May, 38 startups raised $255.2 million, followed by a drop in June which saw 42 startups secure $152.8 million.',
      claims: [{ type: 'funding', subject: 'Kestrel Pay', value: { amount: 12_000_000, currency: 'USD' } }],
    },
    {
      note: '"a whopping $2bn": the article and intensifier before an amount fall out of the rule\'s way',
      text: 'Tessaly has raised a whopping $2bn in new funding from sovereign investors.',
      claims: [{ type: 'funding', subject: 'Tessaly', value: { amount: 2_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'a picture credit\'s outlet ("Image Source: X/Outlet") is page furniture, not what "the fintech company" means',
      text: 'Image Source: Ada Obi/Lagos Ledger\n\nYesterday\u2019s announcement by Paylumo, Nigeria\u2019s leading fintech, was a breath of fresh air. The fintech company announced that it had raised $110 million in Series C funding.',
      claims: [{ type: 'funding', subject: 'Paylumo', value: { amount: 110_000_000, currency: 'USD' } }],
    },
    {
      note: 'a roundup list of relative clauses ("X that raised $N"): each amount is the name\'s before it, known or not; a bracketed other name and an apposition step aside',
      text: 'Other startups that raised $10m or more this year include Kestrel Dynamics, which raised $36.5m across two rounds, Varrowin (Halto) that raised $18m, Pellum, a marketplace, that raised $17.5m and Quorvex that secured $15m.',
      claims: [
        { type: 'funding', subject: 'Kestrel Dynamics', value: { amount: 36_500_000, currency: 'USD' } },
        { type: 'funding', subject: 'Varrowin', value: { amount: 18_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Pellum', value: { amount: 17_500_000, currency: 'USD' } },
        { type: 'funding', subject: 'Quorvex', value: { amount: 15_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'names with an amount in brackets each, in a sentence about the most funding raised',
      text: 'The companies to receive the most funding so far this year were Quorvex Medical (\u20ac30m), Tessaly (\u20ac26m) and Brindle Labs (\u20ac22.5m).',
      claims: [
        { type: 'funding', subject: 'Quorvex Medical', value: { amount: 30_000_000, currency: 'EUR' } },
        { type: 'funding', subject: 'Tessaly', value: { amount: 26_000_000, currency: 'EUR' } },
        { type: 'funding', subject: 'Brindle Labs', value: { amount: 22_500_000, currency: 'EUR' } },
      ],
    },
    {
      note: '"the company behind ChatGPT" means the product\'s owner, named earlier, not the last company named',
      text: 'OpenAI signed a cloud deal with CoreWeave last year. CoreWeave has since grown fast. The company behind ChatGPT has now raised $6.6 billion from investors.',
      claims: [{ type: 'funding', subject: 'OpenAI', value: { amount: 6_600_000_000, currency: 'USD' } }],
    },
    {
      note: 'money "from the state fund X" is a round from a sovereign investor, not public money "from the state"',
      text: 'Quenby raised $300mn from the state fund Oskar Holdings in a deal that cut its valuation in half.',
      claims: [{ type: 'funding', subject: 'Quenby', value: { amount: 300_000_000, currency: 'USD', text: '$300mn' } }],
    },
    {
      note: 'a news agency in a dateline glued to the sentence is never "the startup" it reports on',
      text: 'Kessho AI builds small models. (Bloomberg) -- Growing risks are heightening interest in the Tokyo-based startup, which received $100 million last year.',
      claims: [{ type: 'funding', subject: 'Kessho AI', value: { amount: 100_000_000, currency: 'USD', text: '$100 million' } }],
    },
    {
      note: 'investors by what the article says they do, not by name: "X and Y have taken stakes in Z" makes X and Y investors, so "the young company" is Z; "a source confirmed to W" makes W a news outlet',
      text: 'Ardent Corp. and Pellam Inc. have taken stakes in Lorvane Labs, the robotics research firm, a source confirmed to Stellwire. Their participation anchors a $500 million funding round, which now values the young company at $4 billion.',
      claims: [
        { type: 'funding', subject: 'Lorvane Labs', value: { amount: 500_000_000, currency: 'USD', text: '$500 million' } },
      ],
    },
    {
      note: 'an unknown name that "has led a $40 million Series B in" another is the investor; the name after "Series B in" is the company, not a place',
      text: 'Quarrow has led a $40 million Series B in Tessaly, with participation from investors including Belvin Hale and Tosk. The round values the startup at $300 million.',
      claims: [
        { type: 'funding', subject: 'Tessaly', counterparty: 'Quarrow', value: { amount: 40_000_000, currency: 'USD', text: '$40 million' }, round: 'Series B' },
      ],
    },
    {
      note: 'an investor "invested $X in Y\'s Series B"; "secured a further $X of investment"; "secures$2bn" glued',
      text: 'Harbor Lane Capital invested $20 million in Quillmark\'s Series B. Zentrix AI has secured a further $50m of investment. Copperleaf AI secures$2bn from sovereign wealth funds.',
      claims: [
        { type: 'funding', subject: 'Quillmark', value: { amount: 20_000_000, currency: 'USD', text: '$20 million' }, round: 'Series B' },
        { type: 'funding', subject: 'Zentrix AI', value: { amount: 50_000_000, currency: 'USD', text: '$50m' } },
        { type: 'funding', subject: 'Copperleaf AI', value: { amount: 2_000_000_000, currency: 'USD', text: '$2bn' } },
      ],
    },
    {
      note: 'the lead named in a "with" phrase ("with X leading the round", "with X as lead investor")',
      text: 'Rapidex Labs has raised $120 million in funding, with Westgate Capital leading the round. Tarnwick raised £40m, with Oakwell Capital as lead investor.',
      claims: [
        { type: 'funding', subject: 'Rapidex Labs', counterparty: 'Westgate Capital', value: { amount: 120_000_000, currency: 'USD', text: '$120 million' } },
        { type: 'funding', subject: 'Tarnwick', counterparty: 'Oakwell Capital', value: { amount: 40_000_000, currency: 'GBP', text: '£40m' } },
      ],
    },
    {
      note: 'a backer "has backed X with $N"; a single backer of the round leads',
      text: 'Westgate Capital has backed Rapidex Labs with $120 million. Corvane Bio raised $75 million in a round backed by Halden Ventures.',
      claims: [
        { type: 'funding', subject: 'Rapidex Labs', counterparty: 'Westgate Capital', value: { amount: 120_000_000, currency: 'USD', text: '$120 million' } },
        { type: 'funding', subject: 'Corvane Bio', counterparty: 'Halden Ventures', value: { amount: 75_000_000, currency: 'USD', text: '$75 million' } },
      ],
    },
    {
      note: 'a headline\'s capitalised verb ends the name before it ("Korvi Pay Raises $30 Mn"); "₹250 Cr" is crore',
      text: 'Korvi Pay Raises $30 Mn\n\nKorvi Pay, a payments startup, said it will use the money to expand. Its rival Tarnwick Health has raised ₹250 Cr in Series B funding.',
      claims: [
        { type: 'funding', subject: 'Korvi Pay', value: { amount: 30_000_000, currency: 'USD', text: '$30 Mn' } },
        { type: 'funding', subject: 'Tarnwick Health', value: { amount: 2_500_000_000, currency: 'INR', text: '₹250 Cr' }, round: 'Series B' },
      ],
    },
    {
      note: '"an investment of $N from X", "funding of $N from X": a single investor after "from" leads; "fresh capital of $N"',
      text: 'Korvi Pay has secured an investment of $30 million from Tiger Hill Partners. Fintech unicorn Tarnwick Health has raised fresh capital of $45 million.',
      claims: [
        { type: 'funding', subject: 'Korvi Pay', counterparty: 'Tiger Hill Partners', value: { amount: 30_000_000, currency: 'USD', text: '$30 million' } },
        { type: 'funding', subject: 'Tarnwick Health', value: { amount: 45_000_000, currency: 'USD', text: '$45 million' } },
      ],
    },
    {
      note: 'a hedge in the main clause ("…, said it would expand") is not the relative clause\'s ("which raised $30 million")',
      text: 'Korvi Pay, which raised $30 million last year, said it would expand into Asia.',
      claims: [{ type: 'funding', subject: 'Korvi Pay', modality: 'asserted', value: { amount: 30_000_000, currency: 'USD', text: '$30 million' } }],
    },
    {
      note: 'a roundup of names each with its amount in brackets ("X ($120m, Series C), Y ($45m, Series B) and Z ($12m seed)")',
      text: 'The biggest rounds this week: Halvard Robotics ($120m, Series C), Copperleaf AI ($45m, Series B) and Quillmark ($12m seed).',
      claims: [
        { type: 'funding', subject: 'Halvard Robotics', value: { amount: 120_000_000, currency: 'USD', text: '$120m' } },
        { type: 'funding', subject: 'Copperleaf AI', value: { amount: 45_000_000, currency: 'USD', text: '$45m' } },
        { type: 'funding', subject: 'Quillmark', value: { amount: 12_000_000, currency: 'USD', text: '$12m' } },
      ],
    },
    {
      note: 'the investor named right after "from" leads the vehicles it brings ("from X through its vehicles including Y and Z")',
      text: 'Logistics startup Rapidex became a unicorn after raising $80 million in a Series D round from Westgate Capital through its funds including Setu Fund and Konark Trust.',
      claims: [{ type: 'funding', subject: 'Rapidex', counterparty: 'Westgate Capital', value: { amount: 80_000_000, currency: 'USD', text: '$80 million' }, round: 'Series D' }],
    },
    {
      note: 'a round being worked on or wanted is hedged ("is working to raise", "wants to raise")',
      text: 'Klarvik Pay is working to raise about $650 million. Tarnwick Health wants to raise $40 million this year.',
      claims: [
        { type: 'funding', subject: 'Klarvik Pay', modality: 'hedged', value: { amount: 650_000_000, currency: 'USD', text: 'about $650 million' } },
        { type: 'funding', subject: 'Tarnwick Health', modality: 'hedged', value: { amount: 40_000_000, currency: 'USD', text: '$40 million' } },
      ],
    },
    {
      note: 'in a list of deals each possessive owns its own amount, even a one-word name beside a vouched one',
      text: 'Notable deals included Halvard Robotics’ $92 million round and Tarnwick’s $6.5 million seed.',
      claims: [
        { type: 'funding', subject: 'Halvard Robotics', value: { amount: 92_000_000, currency: 'USD', text: '$92 million' } },
        { type: 'funding', subject: 'Tarnwick', value: { amount: 6_500_000, currency: 'USD', text: '$6.5 million' }, round: 'seed' },
      ],
    },
    {
      note: 'a shared sign\'s currency named after the number ("$18 million CAD")',
      text: 'Ottawa-based Brantwell Health announced today that it has secured $18 million CAD in Series A financing.',
      claims: [{ type: 'funding', subject: 'Brantwell Health', value: { amount: 18_000_000, currency: 'CAD', text: '$18 million CAD' }, round: 'Series A' }],
    },
    {
      note: 'debt financing is funding ("raised $50m in debt financing from")',
      text: 'Quillmark raised $50m in debt financing from Silicon Valley Bank.',
      claims: [{ type: 'funding', subject: 'Quillmark', counterparty: 'Silicon Valley Bank', value: { amount: 50_000_000, currency: 'USD', text: '$50m' } }],
    },
    {
      note: 'what a company has raised to date ("bringing its total funding to $X")',
      text: 'Orrery Bio added four new investors to its $60 million Series B, bringing the company’s total funding to more than $140 million since 2019.',
      claims: [
        { type: 'funding', subject: 'Orrery Bio', value: { amount: 60_000_000, currency: 'USD', text: '$60 million' } },
        { type: 'funding', subject: 'Orrery Bio', value: { amount: 140_000_000, min: 140_000_000, currency: 'USD', text: 'more than $140 million' } },
      ],
    },
    {
      note: 'the amount before its raiser ("the $240 million X had raised")',
      text: 'The sale price is a steep drop from the US$240 million Ostrava Labs had previously raised in venture funding.',
      claims: [{ type: 'funding', subject: 'Ostrava Labs', value: { amount: 240_000_000, currency: 'USD', text: 'US$240 million' } }],
    },
    {
      note: 'the lead investor named in the next sentence ("The round, led by …")',
      text: 'Quillmark has raised $60 million in new funding. The round, led by growth investor Harbor Lane Capital, also included Accel.',
      claims: [{ type: 'funding', subject: 'Quillmark', counterparty: 'Harbor Lane Capital', value: { amount: 60_000_000, currency: 'USD', text: '$60 million' } }],
    },
    {
      note: 'the lead named past an aside between two dashes',
      text: 'Pellmar Bank just landed a US $90 million Series C — its first round with outside money — led by returning backer Orvane Partners.',
      claims: [{ type: 'funding', subject: 'Pellmar Bank', counterparty: 'Orvane Partners', value: { amount: 90_000_000, currency: 'USD', text: 'US $90 million' } }],
    },
    {
      note: 'a lead described by place, stage and kind of firm ("led by Lagos-based early-stage VC firm X")',
      text: 'Tovane raised $2.6m in a seed round led by Lagos–based early-stage VC firm Carrow Venture Capital, with participation from Nettle Ventures.',
      claims: [{ type: 'funding', subject: 'Tovane', counterparty: 'Carrow Venture Capital', value: { amount: 2_600_000, currency: 'USD', text: '$2.6m' } }],
    },
    {
      note: 'the investor as a modifier of the round ("a X-led $70 million Series B")',
      text: 'Eight months later, Quarrel Pay had raised a Halden Ventures-led $70 million Series B.',
      claims: [{ type: 'funding', subject: 'Quarrel Pay', counterparty: 'Halden Ventures', value: { amount: 70_000_000, currency: 'USD', text: '$70 million' } }],
    },
    {
      note: 'the next sentence names the lead with a description before it ("Pan-African venture firm X led the round")',
      text: 'Kenyan foodtech startup Marrowby raises $1M pre-seed for its meals service. Pan-African venture capital firm Sable Rock Ventures led the pre-seed round.',
      claims: [{ type: 'funding', subject: 'Marrowby', counterparty: 'Sable Rock Ventures', value: { amount: 1_000_000, currency: 'USD', text: '$1M' } }],
    },
    {
      note: 'the next sentence names the lead of the amount ("The $10 million is being led by X")',
      text: 'Nigerian fintech Vennor has raised a $10 million seed round. The $10 million is being led by Tarrow Global, with Elmfield Capital participating.',
      claims: [{ type: 'funding', subject: 'Vennor', counterparty: 'Tarrow Global', value: { amount: 10_000_000, currency: 'USD', text: '$10 million' } }],
    },
    {
      note: 'a single investor "from the X" leads',
      text: 'Halvex snags $1.46 billion from the Orrin Growth Fund.',
      claims: [{ type: 'funding', subject: 'Halvex', counterparty: 'Orrin Growth Fund', value: { amount: 1_460_000_000, currency: 'USD', text: '$1.46 billion' } }],
    },
    {
      note: '"closed a $X Series C led by"',
      text: 'Halvard Robotics closed a $200 million Series C led by Kestrel Partners.',
      claims: [
        {
          type: 'funding',
          subject: 'Halvard Robotics',
          counterparty: 'Kestrel Partners',
          value: { amount: 200_000_000, currency: 'USD', approximate: false, text: '$200 million' },
          round: 'Series C',
        },
      ],
    },
    {
      note: 'key-facts bullet with no subject; the first line names the company',
      text: 'Zentrix AI announces new funding\n• Raised $200M Series B led by Arbor Street Capital\n• Plans to double its team by 2026',
      claims: [
        {
          type: 'funding',
          subject: 'Zentrix AI',
          counterparty: 'Arbor Street Capital',
          value: { amount: 200_000_000, currency: 'USD', approximate: false, text: '$200M' },
          round: 'Series B',
        },
      ],
    },
    {
      note: 'seed round, no investor named',
      text: 'Quillmark raised $12 million in seed funding.',
      claims: [
        {
          type: 'funding',
          subject: 'Quillmark',
          counterparty: null,
          value: { amount: 12_000_000, currency: 'USD', approximate: false, text: '$12 million' },
          round: 'seed',
        },
      ],
    },
    {
      note: 'euros; investors described but no lead named',
      text: 'Norrland Compute secured €150m in new funding from a group of Nordic pension funds.',
      claims: [
        {
          type: 'funding',
          subject: 'Norrland Compute',
          counterparty: null,
          value: { amount: 150_000_000, currency: 'EUR', approximate: false, text: '€150m' },
        },
      ],
    },
    {
      note: 'wire copy, "in a funding round led by"',
      text: 'SAN FRANCISCO (Reuters) - Copperleaf AI has raised $1.5 billion in a funding round led by Lightspeed Venture Partners, the company said on Thursday.',
      claims: [
        {
          type: 'funding',
          subject: 'Copperleaf AI',
          counterparty: 'Lightspeed Venture Partners',
          value: { amount: 1_500_000_000, currency: 'USD', approximate: false, text: '$1.5 billion' },
        },
      ],
    },
    {
      note: 'people familiar → reported',
      text: 'Tidewater AI has raised about $300 million in new capital, according to people familiar with the matter.',
      claims: [
        {
          type: 'funding',
          subject: 'Tidewater AI',
          counterparty: null,
          value: { amount: 300_000_000, currency: 'USD', approximate: true, text: 'about $300 million' },
          modality: 'reported',
        },
      ],
    },
    {
      note: '"in talks to raise" → hedged; "including X" names an investor but not a lead',
      text: 'Greyfriar Systems is in talks to raise $500 million from investors including Thrive Capital.',
      claims: [
        {
          type: 'funding',
          subject: 'Greyfriar Systems',
          counterparty: null,
          value: { amount: 500_000_000, currency: 'USD', approximate: false, text: '$500 million' },
          modality: 'hedged',
        },
      ],
    },
    {
      note: 'scraped headline with no space ("secures$60m")',
      text: 'Fernhill secures$60m Series B to expand across Europe',
      claims: [
        {
          type: 'funding',
          subject: 'Fernhill',
          counterparty: null,
          value: { amount: 60_000_000, currency: 'USD', approximate: false, text: '$60m' },
          round: 'Series B',
        },
      ],
    },
    {
      note: 'pounds sterling',
      text: 'Harrowgate has raised £40 million in a Series B round.',
      claims: [
        {
          type: 'funding',
          subject: 'Harrowgate',
          counterparty: null,
          value: { amount: 40_000_000, currency: 'GBP', approximate: false, text: '£40 million' },
          round: 'Series B',
        },
      ],
    },
    {
      note: '"investment from" a single named investor (counterparty left unchecked)',
      text: 'Kiteline AI received a $250 million investment from Nvidia.',
      claims: [
        {
          type: 'funding',
          subject: 'Kiteline AI',
          value: { amount: 250_000_000, currency: 'USD', approximate: false, text: '$250 million' },
        },
      ],
    },
    {
      note: 'coreference: "The startup has raised … to date"',
      text: 'Driftwood Labs builds coding agents for banks. The startup has raised $18 million to date.',
      claims: [
        {
          type: 'funding',
          subject: 'Driftwood Labs',
          counterparty: null,
          value: { amount: 18_000_000, currency: 'USD', approximate: false, text: '$18 million' },
          evidence: ['raised $18 million'],
        },
      ],
    },
    {
      note: '"has not raised" → negated, no value',
      text: 'Stackwise has not raised any outside capital since its founding.',
      claims: [
        {
          type: 'funding',
          subject: 'Stackwise',
          counterparty: null,
          value: null,
          modality: 'negated',
        },
      ],
    },
    {
      note: 'tech-blog headline verb "bags"',
      text: 'Lattice Forge bags $90M Series B',
      claims: [
        {
          type: 'funding',
          subject: 'Lattice Forge',
          counterparty: null,
          value: { amount: 90_000_000, currency: 'USD', approximate: false, text: '$90M' },
          round: 'Series B',
        },
      ],
    },
    {
      note: 'pre-seed; "a two-person startup" is not money',
      text: 'Mirepoint, a two-person startup, raised a $2.5 million pre-seed round led by Hustle Fund.',
      claims: [
        {
          type: 'funding',
          subject: 'Mirepoint',
          counterparty: 'Hustle Fund',
          value: { amount: 2_500_000, currency: 'USD', approximate: false, text: '$2.5 million' },
          round: 'pre-seed',
        },
      ],
    },
    {
      note: 'press release; date in the dateline',
      text: 'BOSTON, April 2, 2025 /PRNewswire/ -- Tessellate Bio today announced the close of an oversubscribed $85 million Series B financing led by Atlas Venture.',
      claims: [
        {
          type: 'funding',
          subject: 'Tessellate Bio',
          counterparty: 'Atlas Venture',
          value: { amount: 85_000_000, currency: 'USD', approximate: false, text: '$85 million' },
          round: 'Series B',
        },
      ],
    },
    {
      note: '"more than" → min; cumulative funding',
      text: 'Orbital Loom has raised more than $100 million from investors since 2021.',
      claims: [
        {
          type: 'funding',
          subject: 'Orbital Loom',
          counterparty: null,
          value: { amount: 100_000_000, min: 100_000_000, currency: 'USD', approximate: true, text: 'more than $100 million' },
        },
      ],
    },
    {
      note: '"If …" → conditional',
      text: 'If it hits its milestones, Cinder Labs will receive a further $50 million from its existing investors.',
      claims: [
        {
          type: 'funding',
          subject: 'Cinder Labs',
          counterparty: null,
          value: { amount: 50_000_000, currency: 'USD', approximate: false, text: '$50 million' },
          modality: 'conditional',
        },
      ],
    },
    {
      note: 'raise and valuation in one sentence: the raise is the funding amount',
      text: 'Opaline Health raised $40 million at a $400 million valuation.',
      claims: [
        {
          type: 'funding',
          subject: 'Opaline Health',
          counterparty: null,
          value: { amount: 40_000_000, currency: 'USD', approximate: false, text: '$40 million' },
        },
      ],
    },
    {
      note: 'headline without a verb; euros; lead investor',
      text: 'Veritas Grid: €25m Series A led by Northzone',
      claims: [
        {
          type: 'funding',
          subject: 'Veritas Grid',
          counterparty: 'Northzone',
          value: { amount: 25_000_000, currency: 'EUR', approximate: false, text: '€25m' },
          round: 'Series A',
        },
      ],
    },
    {
      note: 'apposition; lead investor named before the amount',
      text: 'Corvid Security, an Israeli cyber startup, said Index Ventures led its $30 million Series A.',
      claims: [
        {
          type: 'funding',
          subject: 'Corvid Security',
          counterparty: 'Index Ventures',
          value: { amount: 30_000_000, currency: 'USD', approximate: false, text: '$30 million' },
          round: 'Series A',
        },
      ],
    },
    {
      note: 'money invested in a company (not in doing something) is still that company\'s round',
      text: 'Marrow Hotels said it planned to invest $48m in Orlan Palace Ltd, the hotel group.',
      claims: [{ type: 'funding', subject: 'Orlan Palace Ltd', counterparty: 'Marrow Hotels', value: { amount: 48_000_000, currency: 'USD', text: '$48m' } }],
    },
    {
      note: 'a lower-case company name after its description, and an abbreviation inside the description ("secured by SME lending platform quorvo")',
      text: 'The top rounds were the $30m raised by Orrin Chips and the £21m secured by SME lending platform quorvo.',
      claims: [
        { type: 'funding', subject: 'Orrin Chips', value: { amount: 30_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'quorvo', value: { amount: 21_000_000, currency: 'GBP' } },
      ],
    },
    {
      note: 'backers named before "-backed" describe the company after them ("Halvard and Orrin Capital-backed Quorvex Trade raised…")',
      text: 'Halvard and Orrin Capital-backed Quorvex Trade raised $1bn from existing investors.',
      claims: [{ type: 'funding', subject: 'Quorvex Trade', value: { amount: 1_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'a credit line is money raised: "a $5 million debt facility from X" (a facility that is a plant is not)',
      text: 'Paylumo, owned by Tessaly Holdings, received a $5 million debt facility from Orrin Lending.',
      claims: [{ type: 'funding', subject: 'Paylumo', counterparty: 'Orrin Lending', value: { amount: 5_000_000, currency: 'USD' } }],
    },
    {
      note: 'an investment "by X in Y": Y raised it, X invested',
      text: 'It was the most money closed in a month since the $200 million investment by Orrin Capital in Tessaly Switch.',
      claims: [{ type: 'funding', subject: 'Tessaly Switch', value: { amount: 200_000_000, currency: 'USD' } }],
    },
    {
      note: 'the next in a list of rounds ("…; Kestrel Bank followed with $25 million")',
      text: 'Halvard Pay opened March with a $170 million Series C; Kestrel Bank followed with $25 million.',
      claims: [
        { type: 'funding', subject: 'Halvard Pay', value: { amount: 170_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Kestrel Bank', value: { amount: 25_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'an amount said of each of several companies ("X and Y each secured $5 million", "Both X, a …, and Y, a …, secured $20 million each")',
      text: 'Fintech startup Quorvo and deeptech venture Tesslo each secured $5 million. Both Halvard Home, a furniture brand, and Orrin Devices, a phone maker, secured $20 million each.',
      claims: [
        { type: 'funding', subject: 'Quorvo', value: { amount: 5_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Tesslo', value: { amount: 5_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Halvard Home', value: { amount: 20_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Orrin Devices', value: { amount: 20_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a pronoun opening a fronted clause ("A year after it raised …,") is the main clause\'s subject named after the comma, not the company of the sentence before',
      text: 'Kestrel Pay raised $170 million in March. A year after it raised a seed round of $3.1m, Nigerian Education Technology (Edtech) platform, Orrin Learn announced that it has closed a $7.5m Series A round.',
      claims: [
        { type: 'funding', subject: 'Kestrel Pay', value: { amount: 170_000_000, currency: 'USD', text: '$170 million' } },
        { type: 'funding', subject: 'Orrin Learn', value: { amount: 3_100_000, currency: 'USD', text: '$3.1m' } },
        { type: 'funding', subject: 'Orrin Learn', value: { amount: 7_500_000, currency: 'USD', text: '$7.5m' } },
      ],
    },
    {
      note: 'an investment a company "made in" another, the investor named inside the phrase, is the other\'s round from it',
      text: 'One of the most headline-grabbing wins so far is the $14.3 billion investment Kestrel recently made in Orrin Data.',
      claims: [{ type: 'funding', subject: 'Orrin Data', counterparty: 'Kestrel', value: { amount: 14_300_000_000, currency: 'USD', text: '$14.3 billion' } }],
    },
    {
      note: 'an investment "for a 49% stake in" a company is that company\'s round',
      text: 'Kestrel Capital made a $14.3 billion investment for a 49% stake in Orrin Data.',
      claims: [{ type: 'funding', subject: 'Orrin Data', counterparty: 'Kestrel Capital', value: { amount: 14_300_000_000, currency: 'USD', text: '$14.3 billion' } }],
    },
    {
      note: 'a company after "as" with a business verb in the present ("comes as Orrin Robotics adds $40 million") is that clause\'s subject, not an object of "as"',
      text: 'Orrin Robotics makes delivery robots. The milestone comes as Orrin Robotics adds $40 million in Series A funding.',
      claims: [{ type: 'funding', subject: 'Orrin Robotics', value: { amount: 40_000_000, currency: 'USD', text: '$40 million' } }],
    },
    {
      text: 'Gulf startups had a busy quarter. Tarvo secured $15 million, Mizra raised $28 million in March, Quell9 gathered $25 million, and Ombrix closed $40 million.',
      claims: [
        { type: 'funding', subject: 'Tarvo', value: { amount: 15_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Mizra', value: { amount: 28_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Quell9', value: { amount: 25_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Ombrix', value: { amount: 40_000_000, currency: 'USD' } },
      ],
      note: 'a list of clauses, each name with its own verb after the comma that closes the previous amount: each amount is its own name\'s',
    },
    {
      note: 'money invested in a company described first by its country\'s possessive and what it does ("in Abu Dhabi\'s artificial intelligence technology holding company G42") is that company\'s round',
      text: 'Orvale Soft ( ORVL ) will invest $1.5 billion in Abu Dhabi\'s artificial intelligence technology holding company Tarq42, the companies said Tuesday.',
      claims: [{ type: 'funding', subject: 'Tarq42', counterparty: 'Orvale Soft', value: { amount: 1_500_000_000, currency: 'USD' } }],
    },
    {
      note: 'money raised "in debt" after a verb of raising is a round of borrowing ("said it would raise $2 billion in debt"), unlike debt owed',
      text: 'Tarvo Cloud said it would raise $2 billion in debt and float more shares to fund the deal.',
      claims: [{ type: 'funding', subject: 'Tarvo Cloud', value: { amount: 2_000_000_000, currency: 'USD' } }],
    },
    {
      note: 'a name nothing vouches for, right before the verb of its own amount ("we saw Quenby Amp raise $135 million"), is that amount\'s subject — not the vouched name earlier in the sentence',
      text: 'Tarvo Foods raised $72 million in August, for example, while in July we saw Quenby Amp raise $135 million.',
      claims: [
        { type: 'funding', subject: 'Tarvo Foods', value: { amount: 72_000_000, currency: 'USD' } },
        { type: 'funding', subject: 'Quenby Amp', value: { amount: 135_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'an investment announced with whoever puts it in ("announced an investment of $40 million from Orvale Capital") stays a round, unlike one announced alone',
      text: 'Tarvo Labs announced an investment of $40 million from Orvale Capital.',
      claims: [{ type: 'funding', subject: 'Tarvo Labs', counterparty: 'Orvale Capital', value: { amount: 40_000_000, currency: 'USD' } }],
    },
    {
      note: '"obtained" as a verb of raising, of a loan facility led by a bank',
      text: 'Orvale Pay obtained a $55 million loan facility led by Kestrel Bank.',
      claims: [{ type: 'funding', subject: 'Orvale Pay', counterparty: 'Kestrel Bank', value: { amount: 55_000_000, currency: 'USD', text: '$55 million' } }],
    },
    {
      note: 'a warehouse facility (a lender\'s credit line) from a named lender is money raised, not a building',
      text: 'Orvale Lending secured a $400 million warehouse facility from Kestrel Capital.',
      claims: [{ type: 'funding', subject: 'Orvale Lending', counterparty: 'Kestrel Capital', value: { amount: 400_000_000, currency: 'USD', text: '$400 million' } }],
    },
    {
      note: 'an amount in brackets after a name, past a few words describing the company ("Kestrel Grid (AI data centers, $1.1B Series B)"): each bracket\'s amount is its own name\'s, not the first name\'s',
      text: 'Other big rounds went to Kestrel Grid (AI data centers, $1.1B Series B) and Orvale Chips (inference processors, $750M Series E).',
      claims: [
        { type: 'funding', subject: 'Kestrel Grid', value: { amount: 1_100_000_000, currency: 'USD', text: '$1.1B' } },
        { type: 'funding', subject: 'Orvale Chips', value: { amount: 750_000_000, currency: 'USD', text: '$750M' } },
      ],
    },
    {
      note: '"who" said of a company that received what is called an investment: a round, not pay',
      text: 'Cleantech came second, thanks to Kenya’s Orvale Energy who received a $40m investment from Kestrel Fund.',
      claims: [{ type: 'funding', subject: 'Orvale Energy', counterparty: 'Kestrel Fund', value: { amount: 40_000_000, currency: 'USD', text: '$40m' } }],
    },
    {
      note: 'money an investor "committed" to a company',
      text: 'Kestrel Capital committed $1 billion to Orvale Health in its latest round.',
      claims: [{ type: 'funding', subject: 'Orvale Health', counterparty: 'Kestrel Capital', value: { amount: 1_000_000_000, currency: 'USD', text: '$1 billion' } }],
    },
    {
      note: 'a company named after the amount with a word of pay in its name ("Orvale Pay") is no pay: the words of what the money is are read past names',
      text: 'Kestrel Capital invested $40 million in Orvale Pay, a payments start-up.',
      claims: [{ type: 'funding', subject: 'Orvale Pay', counterparty: 'Kestrel Capital', value: { amount: 40_000_000, currency: 'USD', text: '$40 million' } }],
    },
  ],
  negative: [
    { text: 'Tarvo Chips is building two fabs near Phoenix, Arizona, having announced an investment of US$40 billion. Orvale Steel announced an investment of $4 billion in new plants.', note: 'an investment a company announces, naming no one who puts it in, is its own spending' },
    { text: 'Tarvo Telecom\'s broadband acceleration program cost it $1 billion in new capital in the first quarter, and Orvale Net spent $2 billion of fresh capital on towers.', note: 'capital a programme costs or a company spends is spending, no round' },
    { text: 'Tarvo Pay is a US neobank. Orvale Wire reached out to ask if Tarvo Pay actually signed the term sheet for the new $50 million raise — with Quenby Capital taking in $25 million — but the company declined to comment.\n\nFollow Orvale Wire on Facebook and Twitter', note: 'an outlet that "reached out to ask" about a raise is no party to it, and asking if a term sheet was signed asserts no round' },
    { text: 'Kestrel Bank hid $500m in debt from investors, and Orvale Retail is drowning in $80m in debt.', note: 'debt hidden or owed is a liability, no round' },
    { text: 'Kestrel Foods got $47 million from the sale of its bakery arm.', note: 'money got from a sale is no round' },
    { text: 'Kestrel Capital holds $5 billion in investments across Asia.', note: 'investments a fund holds are its assets, no round' },
    { text: 'Jarvis said the sale, which raked in more than the £100m analysts had expected, would enhance its position.', note: 'what a sale raked in is no funding' },
    { text: 'Fines imposed this year Kestrel Bank $12m Orvale Finance $8m Tarrow Capital $5m', note: 'a flattened table of fines, no funding' },
    { text: 'Kestrel Media reports on startups. Gov’t sees startups raising USD 850 mn this year, but it’s going to be a tough slog.', note: 'the government\'s forecast for startups as a whole, under a short form of "government", is no company\'s round' },
    { text: 'The spending plan presented to the National Assembly this week shows that the Judiciary will receive Sh15.3 billion and the Police Sh9 billion.', note: 'a state body\'s budget allocation is no round a company raised' },
    { text: 'Second highest paid director is Sir Dan Roe, chief executive of advertising company Orvale Group, who on the same measure received £11.6m.', note: 'money "who" received (a person) is pay, no round the company raised' },
    { text: 'Mergers slowed this year. The top deals were Quorvex ($800m, UK), Tessaly ($470m, Germany) and Brindle AI ($230m, UK).', note: 'top deals after a sentence about mergers, not investment: no rounds' },
    { text: "Canada's top venture deals raised over $1 billion this year. Montreal's Orrin Labs led the list.", note: 'a plural a country owns ("Canada\'s top venture deals") raised a total over many companies, none of it the passage\'s company\'s' },
    { text: 'Orrin Labs opened a new office this year, and its sales reached $90 million.\nThe rest of the list includes:\n- Kestrel Pay: $130 million\n- Tarrow Health: $111 million', note: 'a label that names no measure, after a sentence that names another measure (sales): the list\'s lines are no rounds' },
    { text: 'Riyadh: A venture capital fund that\'s backed by Orvale Investment Fund and China\'s Kestrel Group is close to raising $1 billion to back technology start-ups in Asia.', note: 'the backers named after "backed by" are not the subject; money raised "to back start-ups" is an investor\'s fund, no round' },
    { text: 'Orvane Motor will invest $1.3 billion in the Kestrel Truck Plant to support production of its new pickup. The move comes a month after Halvard Motors announced a $121 million investment to support Tarrow production.', note: 'a carmaker investing in its own plant, or announcing an investment to support production, spends on itself: no round raised' },
    { text: 'Kestrel Ride led the 23 deals in Singapore that raised US$2.68b. Meanwhile, in Asia, 317 deals raised a total of US$14.6b. Tarsia smashed its record with 41 deals that raised US$3.1b.', note: 'a count of deals (or startups) raising a sum is a market total, no company\'s round, even beside a company that led them' },
    { text: 'Kestrel Pay raised money last year. Late-stage funding stood at $1.3 billion in Q3 2023, an 84% decline. Early-stage funding worth $1.2 billion was observed in Q3 2023. Global fintech funding totaled $15 billion in the first quarter of this year.', note: 'a market\'s funding total opening its sentence is no company\'s round' },
    { text: 'Halvard Bank is big. Orvale Bank was also saved by a 2008 bailout, but the Government will sell its remaining stake in days and is expected to make a £500m profit on its £20.3bn investment.', note: 'the sum an investor put in long ago, on which it now makes a profit, is no round' },
    { text: 'Read here: 121 African tech startups raised $466m in Q1 2024, led by Nigeria’s Kestrel', note: 'a count of companies heading a related story\'s headline raised a total, no one company (the page\'s topic raised nothing of it)' },
    { text: 'Orrin Games took in $1.2 billion in the three months to June.', note: 'money taken in over a period is income, not a round' },
    { text: 'Orvane Telecom is making a significant investment of $1 billion to increase its regional data centre capacity. Halvard announced a $500 million investment in its own data centres.', note: 'a company that makes an investment, or invests in its own operations, is no company funded' },
    { text: 'Tarsel Wessing raised pay again. Trainee pay is also up, with rookies receiving £50,000 (up from £45,000) in year one.', note: 'people "receiving" money in a passage about pay are paid, not a company funded' },
    { text: "Shares in Orrin Motors rose. Park Min-jun, who leads Orrin Motors' most profitable battery division in charge of the world's biggest cell business, received a total of 9.2 billion won for the first half.", note: 'a person who received money, past a long relative clause naming the company, is paid, not funded' },
    { text: 'Presenting the budget, Kestrel Holdings said it was made up of ₦178 billion capital expenditure and ₦146 billion recurrent expenditure.', note: 'capital expenditure is spending, no funding round' },
    { text: 'Investors were cautious. The Amazon-style marketplace had previously raised over $8.6 million.', note: 'a name made a likeness ("Amazon-style") is no company that raised' },
    { text: "Deals of that size are now routine in Israel's technology sector, whose startups raised $10 billion last year, according to Kestrel Data.", note: 'the startups of a sector, named by "whose", are no one company' },
    { text: 'Tessaly Media said digital subscriptions now bring in more than £500,000 per month.', note: 'money by the month is income, no round' },
    { text: 'Orrin AI and Kestrel Cloud set up Stargate last year. The joint venture has raised about $50 billion from its founding partners.', note: '"the joint venture" is no single company of the article' },
    { text: 'Zentrix AI at a glance\n\nKey facts\n- Revenue: $40 million\n- Valuation: $2 billion', note: 'labels of revenue and valuation are no round' },
    { text: 'Zentrix AI will receive $350 million of Orrin Cloud stock as part of the agreement.', note: "another company's shares received in a deal are no round raised" },
    { text: 'The deal involves Halvard AI receiving $350 million worth of equity in Orrin Cloud, the sources said.', note: 'shares of another company received are no round raised' },
    { text: 'For comparison, according to Kestrel Insights’ data, start-ups in Africa have raised a total of over $13 billion in equity.', note: 'a source of figures ("according to X\'s data") raised nothing' },
    { text: '"We need at least $20bn (£10.6bn) in investment," said Halvard Ventures chief Tom Reyes.', note: 'money needed is no round raised' },
    { text: 'Shares in Halvard Motors fell. Kestrel Bank followed with a $2 billion bond sale.', note: '"followed with" an amount where no round is spoken of' },
    { text: 'Halvard Motors will invest $50 million in a new facility in Ohio.', note: 'money spent on a plant "facility" is no round' },
    { text: 'Kestrel Infra plans to double down on AI with a fresh $1.5-billion investment to procure another 8,000 graphics processing units.', note: 'an investment "to procure" GPUs is money the company spends, not money put into it' },
    { text: 'New Delhi, March 29 (IANS) The domestic startup ecosystem secured more than $150 million this week.', note: "a dateline, then an ecosystem's total" },
    { text: 'Corvid Rides plans to invest $500 million in its Vietnam business.', note: 'money put into its own business' },
    { text: 'In 2015, twelve of the current and some former executives received a total of €63.2 million.', note: 'executives paid, not a round' },
    { text: 'Halvard Labs is paying $1.5 million per employee in equity.', note: "one person's amount is pay" },
    { text: "Quillo AI's average employee received $800,000 in equity last year.", note: 'one person (a singular occupation word) receiving equity is paid, no round' },
    { text: 'Pakistani startups finally joined the big league in 2021, collectively raising $350 million.', note: 'a total of many' },
    { text: 'Kestrel Tech’s fresher pay ranges from ₹1.5–5 lakh, though select candidates in its elite track have historically secured up to ₹6.5–7 lakh.', note: 'candidates paid, not a round' },
    { text: 'Halvard Capital led the pack with returns of 30% last year.', note: 'leading the pack is no round' },
    { text: 'The round, which values Corvid Design at $2 billion, was its first.', note: 'a valuation, no round amount' },
    { text: 'Fintech companies raised $2.1 billion across the region in 2023.', note: 'a capitalised word before "companies" says which companies, it names none' },
    { text: 'Analysts ranked the chains by sales: Ferrow Stores (\u00a330m), Halden (\u00a326m) and Pellum (\u00a322m) led the table.', note: 'names with bracketed amounts in a sentence about sales, not funding' },
    { text: 'Greyholm Bank is lifting junior pay: first-years get $100,000, while those in their second year will now receive $115,000.', note: 'people paid ("those in their second year will now receive"), not a round' },
    { text: 'Tessaline Group said its new chief executive, Mara Quell, will receive £2.1 million of shares over three years.', note: 'a person named before "will receive": pay, not a round' },
    { text: "Park Min-jun, an Orrin Motors president who leads the carmaker's battery business unit, came in third, receiving some 5.1 billion won.", note: 'a person past a long apposition and a second clause, "receiving" money: paid, not funded' },
    { text: 'Lee Jae-won, chairman of energy and telecom conglomerate Tessaly Group, received a 1 billion won in the first half of the year.', note: 'a person who "received a" sum: paid, not a company funded' },
    { text: 'Dana Roe of Quillmark took home £58.7m. She was followed by Ana Mott of Brenvik Systems, who received £32m.', note: 'a person "who received" money is paid, not a company funded' },
    { text: 'In 2021 Halvard Robotics put $300m into a three-year Quorvex program and has produced Quorvex versions of its software.', note: 'money put into a programme a name modifies is spending, not a round' },
    { text: 'The former Quillmark executive arranged a $2 billion bond sale through two banks.', note: 'a person\'s past employer ("the former X executive") is not the company raising' },
    { text: 'Halvard Robotics had a record year. Some 12 executives received ¥800 million or more in 2023, up from 9 people a year earlier.', note: 'people receiving money are paid, not funded' },
    { text: 'Zentrix AI is valued at $4 billion.', note: 'valuation only' },
    { text: 'Halvard Robotics reported revenue of $80 million.', note: 'revenue' },
    { text: 'Brenvale raised $10 billion across growth, AI, and defense funds. Tarsel has raised $400 million for its fourth fund, and Orvale closed a $250 million debut fund.', note: 'an investor raising funds of its own ("across … funds", "for its fourth fund", "a $X debut fund") from its backers: no round in a company' },
    { text: 'Key takeaways\n- Zentrix AI is restructuring into a public benefit corporation.\n- Orvale Ventures has raised $2 billion, its largest haul yet.', note: 'a bullet with a subject of its own (an investor) is not the list\'s earlier company\'s: no topic for it' },
    { text: 'Tarsel Lines, Ltd.’s investment worth $5.3 million paved the way for the opening of a training academy in Manila. Its planned investment of $2 million will follow.', note: 'a company\'s own investment ("X\'s investment worth $N", "its planned investment of") is money it puts in, no round it raised' },
    { text: 'Orvale Health received more than $7 million from the federal government to expand its clinics, and Tarsel Farms got $2 million from the Kenyan government.', note: 'public money "from the federal government", "from the Kenyan government" is no round from investors' },
    { text: 'The fund raised $1 billion from limited partners to invest in climate startups.', note: 'an unnamed VC fund, no company raising' },
    { text: 'Quillmark spent $5 million on marketing last year.', note: 'spending' },
    { text: 'Pellucid Labs raised prices by 10% for enterprise customers.', note: '"raised" prices' },
    { text: 'Copperleaf AI raised concerns about the proposed regulation.', note: '"raised" concerns' },
    { text: 'Venture funding for AI startups reached $100 billion in 2024.', note: 'market total, no company' },
    { text: 'Zentrix AI makes inspection robots. Total funding for European robotics startups reached $12 billion last year.', note: 'a market total, though a company was just named: "total funding" needs an owner' },
    { text: 'Quorvex Trade is growing fast. The Halvard Labs and Orrin Capital-backed company first raised $1bn from existing investors.', note: 'backers named inside a modifier ("the X and Y-backed company") are no subject of the sentence (the company meant is not named here)' },
    { text: 'Kestrel Pay makes payment software. Late-stage rounds witnessed a total funding of $1.8 billion in the quarter, up from $1.3 billion raised in the quarter before.', note: 'a market\'s sum ("a total funding of", "$X raised" with no raiser) after a company was named' },
    { text: 'Norrland Compute invested $30 million in a new data center.', note: 'the company invests; it does not raise' },
    { text: 'Korvi Pay has a paid-up capital of Rs 10 crore, its filings show.', note: 'paid-up capital is no round' },
    { text: 'The government has backed the Brantwell Health project with $18 million in grants for victims.', note: '"backed … with" money for victims is no round' },
    { text: 'Kestrel Dynamics was fined $2 million by the aviation regulator.', note: 'a fine' },
    { text: 'Cordova Mining reported a record year. Ms Reyes said the industry expects to see investment worth $8bn over the next five years.', note: 'the clause has its own subject, the industry: no claim for the article\'s company' },
    { text: 'Vallon Wines cut prices again. Efforts to promote Chilean wine abroad are to be boosted by an extra 2.5m euros in funding.', note: 'funding for an effort, not for the company the article is about' },
    { text: 'Tellhaven Group is the state\'s largest lender. The government has already pumped $20bn into two of its largest banks.', note: 'money put into "two of" a set of banks names no one company' },
    { text: 'Meanwhile, Aerolux has said it plans a joint venture with Tamsin Engines to make turbine parts, with an initial investment of $4.5m.', note: 'a joint venture\'s start-up investment is no round' },
    { text: 'The Relief Fund website has so far received almost £6 million, with more than 9,000 donations being made online every hour.', note: 'donations are no round' },
    { text: 'Vantrell Systems runs the nuclear safety project. So far it has only received $9m from the US and the UK.', note: 'money from countries is state money, no round' },
    { text: 'Card fraud is growing fast at Kestrel Bank, with criminals netting an estimated £1bn last year.', note: 'what criminals net is no round' },
    { text: 'Edinburgh-based developer Tallis Games has seen its latest title pull in an estimated £20m in game sales.', note: 'sales are revenue, not a round' },
    { text: 'For Lyncrest it is the beginning of a £20m investment in TV-on-demand.', note: 'the company invests in a service: a name glued to a hyphenated word is no company' },
    { text: 'Swiss drugmaker Halvex has announced 5.6bn euros ($7.4bn; £3.9bn) of purchases to make its generics unit the world\'s biggest.', note: 'purchases after a bracketed conversion are spending, no round' },
    { text: 'Sales of stakes in firms including Poland\'s Vistula Telecom raised 1.2bn euros.', note: 'a company named after "including X\'s" is an object: the stake\'s seller raised the money' },
    { text: 'The Harbour Times\n\nStartups raised a record amount last year. Of the total, private funds invested 1.4 trillion won, or 35 percent, of money injected into the local startup industry.', note: '"the startup industry" is an industry, not a reference to the one company named' },
    { text: 'Before the announcement, Harlow Motors had invested some £280m in Vesta production at the plant.', note: 'money put into making a product is spending, no round' },
    { text: 'Marrow Hotels said it planned to invest $48m in renovating parts of the Orlan Palace including the ballroom.', note: 'money put into doing something ("in renovating …") is spending, no round for the thing worked on' },
    { text: 'Orvane confirmed a partnership with Yottal, which plans to deploy more than 20,000 Orvane processors as part of a $2 billion investment.', note: 'money spent on a build-out ("deploy … as part of a $2 billion investment") is no round' },
    { text: 'Axial wants to call private shops that raise $1 billion "minotaurs," and here at Tallis Data we follow them.', note: 'an amount in a relative clause on many companies ("shops that raise $1 billion") is none of them' },
    { text: 'Dana Roe received N158 million in yearly income in 2020, up from N155 million in 2019.', note: 'money received "in yearly income" is pay, no round' },
    { text: 'The trillion-dollar debts of Kelvran banks, for example, have had no effect on stock markets further afield.', note: 'debts owed are a liability, not money raised' },
    { text: 'The chip boss confirmed Orvane is selling 120,000 graphics processing units to the UK as part of an £11 billion investment.', note: 'a sale "as part of" a programme of investment, whatever the verb, is no round raised by the seller' },
    { text: 'Revenue rose to $19.8 billion, with the airline announcing a $500 million shareholder buyback, scheduled for September.', note: 'a buyback returns money to shareholders: no round raised' },
    { text: 'Harwick Air chief Dana Roe said: "We\'ve shifted from heavy losses to a strong profit and pipeline of investment worth billions of dollars."', note: 'a pipeline of investment is the company\'s own spending, no round' },
    { text: 'Orvane Cloud sells compute to banks. In addition, the company recently announced a €1.4 billion investment in Sweden to expand its data centres.', note: 'an investment announced into a place, its purpose after it, is the announcer\'s spending: no round' },
    { text: 'Kestrel Bank’s Mark Dale refused a bonus, receiving £1.6 million.', note: 'a person refusing a bonus and receiving an amount is paid: no round' },
    { text: 'Kestrel Bank posted record profits.\nGet your Orrin Tees and hoodies!\n\nBlack Owned EdTech App Raises $10.6 Million in Two Years', note: 'a later headline of a page whose doer is described in title case ("EdTech App Raises"), no company named, is no news of a name before it' },
    { text: 'Orvale Logistics will build a $400 million warehouse facility in Texas.', note: 'a warehouse built is spending, no credit line' },
    { text: 'Orvale Pay obtained a $55 million contract from Kestrel Bank.', note: 'a contract obtained is business won, no money raised' },
    { text: 'Dana Roe, who received a $4m investment from her father, founded Orvale.', note: 'a person who received an investment: no company funded' },
    { text: 'Orvale committed $10 billion to its Texas plant.', note: 'money committed to its own plant is spending' },
    { text: 'Orvale committed $1 billion to building new data centres.', note: 'money committed to doing something is spending' },
  ],
};
