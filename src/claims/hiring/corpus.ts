import type { ClaimCorpus } from '../example.js';

/**
 * hiring: a company hires people away from another organisation.
 *
 * Conventions kept throughout this file:
 * - subject is the hirer, counterparty the organisation the people come FROM (a
 *   university counts). Without a named source there is no hiring claim.
 * - one claim per (hirer, source) pair.
 * - value is the stated count, unit "people", text = qualifier + number + counted noun
 *   ("three researchers"); null when no count is stated (a single named person included);
 *   left unchecked for vague counts ("several", "dozens"). Modifiers between number and
 *   noun belong to the text ("7 former Palantir engineers").
 * - "lost N engineers to X" is hiring by X from the subject of "lost".
 */
export const corpus: ClaimCorpus = {
  type: 'hiring',
  positive: [
    {
      note: 'a team of people hired, its size the count ("has hired a team of 12 traders")',
      text: 'Morrow Capital has hired a team of 12 traders, the firm said.',
      claims: [{ type: 'hiring', subject: 'Morrow Capital', counterparty: null, value: { amount: 12, unit: 'people', text: '12 traders' } }],
    },
    {
      note: 'professionals are people paid for their work ("bring in as many as 500 telecom professionals")',
      text: 'Orvale Telecom is on a hiring spree, aiming to bring in as many as 500 telecom professionals in the next few months.',
      claims: [{ type: 'hiring', subject: 'Orvale Telecom', counterparty: null, value: { max: 500, unit: 'people', text: 'as many as 500 telecom professionals' } }],
    },
    {
      note: 'a table copied one cell per line ("Kestrel Law |" / "8 |" / "(8 laterals) |") under a label of hires: each count is the company\'s above it',
      text: 'Top partner recruiters in London 2024\nKestrel Law |\n8 |\n(8 laterals) |\nOrvale Legal |\n5 |\n(3 laterals) |',
      claims: [
        { type: 'hiring', subject: 'Kestrel Law', counterparty: null, value: { amount: 8, unit: 'people', text: '8' } },
        { type: 'hiring', subject: 'Orvale Legal', counterparty: null, value: { amount: 5, unit: 'people', text: '5' } },
      ],
    },
    {
      note: 'a hire, then "he most recently served as … of X" in the next sentence: the company left',
      text: 'Kestrel Pharma has named Kare Schultz as its chief executive. He most recently served as the president and CEO of Orvale Pharma, where he led a turnaround.',
      claims: [{ type: 'hiring', subject: 'Kestrel Pharma', counterparty: 'Orvale Pharma', value: null }],
    },
    {
      note: 'a person tied to a company by a title after the name, the surname with a capital inside ("McCaskill"), who hires in a later sentence: the company hires',
      text: 'Thomas McCaskill, the chief executive of Orvale Bank, spoke on Monday. McCaskill hired five managers from Tarrow Bank last month.',
      claims: [{ type: 'hiring', subject: 'Orvale Bank', counterparty: 'Tarrow Bank', value: { amount: 5, unit: 'people', text: 'five managers' } }],
    },
    {
      note: 'a fronted clause of hiring whose main clause opens with a person tied before to a company by a post below the top ("a senior executive at")',
      text: 'Dana Roe, a senior executive at Orvale Bank, is a modern-day gold panner. By hiring away a team of five relationship managers from Tarrow Bank last month, Ms. Roe was picking up more than people.',
      claims: [{ type: 'hiring', subject: 'Orvale Bank', counterparty: 'Tarrow Bank', value: { amount: 5, unit: 'people', text: 'five relationship managers' } }],
    },
    {
      note: 'a former post with a description of the company left ("former CFO at EV pure play X"), joining a company described by place and weight ("Detroit heavyweight Y")',
      text: 'Sherry Lane, former CFO at EV pure play Quorra Motors, will be joining Detroit heavyweight Tarrow Auto.',
      claims: [{ type: 'hiring', subject: 'Tarrow Auto', counterparty: 'Quorra Motors', value: null }],
    },
    {
      note: 'people who "followed" their manager "from" one company "to" another',
      text: 'About a dozen bankers followed Dana Roe from Harlow Securities to Denholm Partners.',
      claims: [{ type: 'hiring', subject: 'Denholm Partners', counterparty: 'Harlow Securities', value: { amount: 12, approximate: true, unit: 'people', text: 'About a dozen bankers' } }],
    },
    {
      note: 'a deal to license another company\'s technology and hire most of "its 70 staff": the count is the other company\'s staff, no count of the hire',
      text: "Pyxis AI agreed to pay $650 million to license Brightwell's technology and hire most of its 70 staff.",
      claims: [{ type: 'hiring', subject: 'Pyxis AI', counterparty: 'Brightwell', value: null }],
    },
    {
      note: 'one hire read twice in a sentence, once with the company left and once with no other party and no count: one claim',
      text: "Under the deal, Brightwell's founders and about 40 of its researchers will join Pyxis AI, while Brightwell will continue as an independent company.",
      claims: [{ type: 'hiring', subject: 'Pyxis AI', counterparty: 'Brightwell', value: { amount: 40, approximate: true, unit: 'people', text: 'about 40 of its researchers' } }],
    },
    {
      note: 'a company\'s new post "is" a person, whose past post names the company left ("who until last month ran the UK arm of X")',
      text: "Halden Foods' new chief executive is Priya Mehta, who until last month ran the UK arm of Orla Retail.",
      claims: [{ type: 'hiring', subject: 'Halden Foods', counterparty: 'Orla Retail', value: null }],
    },
    {
      note: 'a company that "persuaded" another\'s person "to join"',
      text: "In a major coup, Sable Pharma has persuaded Greyfield Biotech's head of oncology, Ruth Amis, to join as chief medical officer.",
      claims: [{ type: 'hiring', subject: 'Sable Pharma', counterparty: 'Greyfield Biotech', value: null }],
    },
    {
      note: 'another company\'s team hired with its size ("Wexford Stores\' entire e-commerce team of 14 people"): the team\'s size is the hire\'s count',
      text: "Kinder Retail has hired away Wexford Stores' entire e-commerce team of 14 people, the Grocer reported.",
      claims: [{ type: 'hiring', subject: 'Kinder Retail', counterparty: 'Wexford Stores', value: { amount: 14, unit: 'people', text: '14 people' } }],
    },
    {
      note: 'a person who "would become its head of design" (the company said so), then the past post told in the next sentence',
      text: 'Orvale Motors said on Tuesday that Luca Ferri would become its head of design from June. Ferri, 52, was previously design director at Kestrel Auto, where he worked for more than a decade.',
      claims: [{ type: 'hiring', subject: 'Orvale Motors', counterparty: 'Kestrel Auto', value: null }],
    },
    {
      note: 'a numbered list whose items open with a company\'s name alone ("3. Tarrow Parcel."): "this company" in the item\'s prose is that item\'s company',
      text: 'Here are several companies hiring:\n\n1. Kestrel Foods. This company is hiring 20,000 seasonal employees to work in its warehouses.\n\n2. Orvale Stores. This company plans to double the number of workers at each store.\n\n3. Tarrow Parcel. This delivery company has said it anticipates hiring 70,000 additional workers this year.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Foods', counterparty: null, value: { amount: 20_000, unit: 'people', text: '20,000 seasonal employees' } },
        { type: 'hiring', subject: 'Tarrow Parcel', counterparty: null, value: { amount: 70_000, unit: 'people', text: '70,000 additional workers' } },
      ],
    },
    {
      note: 'two kinds of the same workers between the count and the noun ("25,000 part time and full time workers")',
      text: 'Orvale Stores is hiring more than 25,000 part time and full time workers for the holidays.',
      claims: [{ type: 'hiring', subject: 'Orvale Stores', counterparty: null, value: { min: 25_000, unit: 'people', text: 'more than 25,000' } }],
    },
    {
      note: 'a person the passage\'s company appointed, who "joins from" a country\'s company ("from Germany’s Kestrel Mobile")',
      text: 'Orvale Telecom has appointed Dana Roe as chief executive. Roe, who joins from Germany’s Kestrel Mobile, will start in May.',
      claims: [{ type: 'hiring', subject: 'Orvale Telecom', counterparty: 'Kestrel Mobile', value: null }],
    },
    {
      note: 'a company named with its owner before it ("Tarrow Group affiliate Orvale Telecom") is the one the clause is about: the owner hires no one',
      text: 'Tarrow Group affiliate Orvale Telecom has appointed Dana Roe as chief executive. Roe, who joins from Kestrel Mobile, will start in May.',
      claims: [{ type: 'hiring', subject: 'Orvale Telecom', counterparty: 'Kestrel Mobile', value: null }],
    },
    {
      note: 'people new to work by what they are called ("freshers"), added by the company a pronoun stands for',
      text: 'Tarrow Tech said it added 1,078 freshers in the first quarter, compared with 3,096 in the previous quarter.',
      claims: [{ type: 'hiring', subject: 'Tarrow Tech', counterparty: null, value: { amount: 1078, unit: 'people', text: '1,078 freshers' } }],
    },
    {
      note: 'people a company acquires from another ("acquisition of a half-dozen laterals from"), "a half-dozen" with its hyphen read as 6',
      text: 'The figures are flattered by Halbrook Law’s acquisition of a half-dozen laterals from the London office of boutique Tarrow Legal.',
      claims: [{ type: 'hiring', subject: 'Halbrook Law', counterparty: 'Tarrow Legal', value: { amount: 6, text: 'a half-dozen laterals' } }],
    },
    {
      note: 'a league table of recruiters, one firm a line with its count of hires and their kinds in brackets (the first count is the total)',
      text: 'Top partner recruiters in London, March to April\nHalbrook Legal 5 (5 laterals)\nTarrow Law 4 (1 lateral, 3 verticals)\nOrvane Partners  (2 laterals)\nMost moves were in private equity.',
      claims: [
        { type: 'hiring', subject: 'Halbrook Legal', value: { amount: 5, text: '5' } },
        { type: 'hiring', subject: 'Tarrow Law', value: { amount: 4, text: '4' } },
        { type: 'hiring', subject: 'Orvane Partners', value: { amount: 2, text: '2 laterals' } },
      ],
    },
    {
      note: 'a vague count of hires ("thousands of extra staff"), then the figure in the next sentence, even past the vague words\' upper bound ("10,000"): one hire, told by its figure',
      text: 'Orvane Stores said it was recruiting thousands of extra staff for the festive season. The retailer said it is taking on 10,000 temporary workers, up from 7,000 last year.',
      claims: [{ type: 'hiring', subject: 'Orvane Stores', value: { amount: 10_000, text: '10,000 temporary workers' } }],
    },
    {
      note: 'hires counted after "an extra" or "another", the people left unsaid, said of the hires of the sentence before',
      text: 'Tarrow Mart said it was recruiting 12,000 seasonal workers. Halbrook Foods will take on an extra 8,000, and Orvane Stores plans to hire another 3,500 this year.',
      claims: [
        { type: 'hiring', subject: 'Tarrow Mart', value: { amount: 12_000, text: '12,000 seasonal workers' } },
        { type: 'hiring', subject: 'Halbrook Foods', value: { amount: 8_000, text: '8,000' } },
        { type: 'hiring', subject: 'Orvane Stores', value: { amount: 3_500, text: '3,500' } },
      ],
    },
    {
      note: 'seasonal hires counted as "temps", and a retailer\'s staff as "colleagues": the nouns of an employer\'s people',
      text: 'Orrin Retail is bringing in 15,000 temps for the Christmas period. Kestrel Stores is recruiting 3,000 colleagues for its new warehouses.',
      claims: [
        { type: 'hiring', subject: 'Orrin Retail', value: { amount: 15_000, text: '15,000 temps' } },
        { type: 'hiring', subject: 'Kestrel Stores', value: { amount: 3_000, text: '3,000 colleagues' } },
      ],
    },
    {
      note: 'a list of team moves, each with its own hirer before its verb (finite or -ing): the sources after each hirer are its own',
      text: 'These include Kestrel Law’s adding of a team from Orvane Legal in mid-January, Tarrow Gates appointing three partners from Halvard Ebsworth in December, and Bartier Perry taking four partners from mid-tier firm Coleman Grieg earlier in February. Dylan Partners hired two lawyers from Quill Legal in March, and Fenwick Hale hired three from Orrin Law.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Law', counterparty: 'Orvane Legal', value: null },
        { type: 'hiring', subject: 'Tarrow Gates', counterparty: 'Halvard Ebsworth', value: { amount: 3, text: 'three' } },
        { type: 'hiring', subject: 'Bartier Perry', counterparty: 'Coleman Grieg', value: { amount: 4, text: 'four' } },
        { type: 'hiring', subject: 'Dylan Partners', counterparty: 'Quill Legal', value: { amount: 2, text: 'two lawyers' } },
        { type: 'hiring', subject: 'Fenwick Hale', counterparty: 'Orrin Law', value: { amount: 3, text: 'three' } },
      ],
    },
    {
      note: 'a person\'s company in an apposition ("one of X\'s best-performing fund managers") and the company joined after "left to join"; people arriving "from rival X" in an inflow',
      text: 'David Felman, one of Kestrel’s best-performing fund managers in recent years, left to join New York hedge fund Orvane Capital Management. Tarrow Electronics is seeing an inflow of experienced workers, many incoming from rival Kestrel Chips.',
      claims: [
        { type: 'hiring', subject: 'Orvane Capital Management', counterparty: 'Kestrel', value: null },
        { type: 'hiring', subject: 'Tarrow Electronics', counterparty: 'Kestrel Chips', value: null },
      ],
    },
    {
      note: 'a hirer whose name opens with a first name ("Dylan Capital Europe") hires; the post a person held "at" a company is where they came from',
      text: 'Dylan Capital Europe hired Dana Roe, a currency strategist at Orvane Bank, this month.',
      claims: [{ type: 'hiring', subject: 'Dylan Capital Europe', counterparty: 'Orvane Bank', value: null }],
    },
    {
      note: 'people a company lost to another, said as a noun ("the loss of its health care team to X"): X hired them from the company',
      text: 'Kestrel Bank is embarrassed by the loss of its health care team to Orvane Securities, the Swiss-US investment bank.',
      claims: [{ type: 'hiring', subject: 'Orvane Securities', counterparty: 'Kestrel Bank', value: null }],
    },
    {
      note: 'a company "with" a count of entrants (graduates, freshers, trainees) has taken them on: hires, not its staff',
      text: 'Kestrel Audit saw the second highest rise in new staff with more than 850 graduates employed across the board. Orvane Partners was the largest employer with just over 1,200 graduates.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Audit', counterparty: null, value: { min: 850, text: 'more than 850 graduates' } },
        { type: 'hiring', subject: 'Orvane Partners', counterparty: null, value: { min: 1_200, text: 'just over 1,200 graduates' } },
      ],
    },
    {
      note: 'a company growing its own staff ("add 10,000 members to its workforce", "expanding pilot numbers by 800") hires; posts "will be created" as a company the sentence refers to expands are hires too',
      text: 'Kestrel Air will add 10,000 members to its workforce to handle an influx of passengers. Orvane Airways is poised to launch its biggest recruitment drive in a decade. The airline is expanding pilot numbers by 800. Tarrow Jet is hiring too: more than 1,000 new jobs will be created for cabin crew and pilots as the airline expands its fleet.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Air', counterparty: null, value: { amount: 10_000, text: '10,000 members' } },
        { type: 'hiring', subject: 'Orvane Airways', counterparty: null, value: { amount: 800, text: '800' } },
        { type: 'hiring', subject: 'Tarrow Jet', counterparty: null, value: { min: 1_000, text: 'more than 1,000 new jobs' } },
      ],
    },
    {
      note: 'people taken on in the passive, the hirer after "by", and "the Bank" capitalised as the business press writes a company\'s short form',
      text: 'Tessaly Bank dismissed staff who missed their targets. About 200 new hires were said to have been recruited by the Bank to drive the transformation.',
      claims: [{ type: 'hiring', subject: 'Tessaly Bank', counterparty: null, value: { amount: 200, text: 'About 200 new hires' } }],
    },
    {
      note: 'a company poaching another\'s group or division hires from it; a publication\'s reporter who "reports on his newsletter that" X does so is no hirer',
      text: 'Kestrel Wire’s Dana Roe reports on his Power On newsletter that Tarrow Labs keeps poaching Orvale Devices’ hardware engineering group.',
      claims: [{ type: 'hiring', subject: 'Tarrow Labs', counterparty: 'Orvale Devices', value: null }],
    },
    {
      note: 'a hire, then the person\'s past post in the next sentence under a title in capitals ("Chief Design Officer" is a post, no name) at a list of companies: each is a source',
      text: 'Kestrel Electronics has named Dana Roe its first-ever chief design officer. A celebrated industrial designer, Roe previously served as Chief Design Officer at Orvale Foods and Tarrow Brands.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Electronics', counterparty: 'Orvale Foods', value: null },
        { type: 'hiring', subject: 'Kestrel Electronics', counterparty: 'Tarrow Brands', value: null },
      ],
    },
    {
      note: 'a person hired, named by a post they held before ("the ex-head of X"): X is the source, as with "the former head of X"',
      text: 'Kestrel Bank hired the ex-head of Orvale Payments, Dana Roe, as chief technology officer.',
      claims: [{ type: 'hiring', subject: 'Kestrel Bank', counterparty: 'Orvale Payments', value: null }],
    },
    {
      note: 'hirers named together at the head of the clause each took people from the source; the count is theirs together, so only the one it was read with carries it',
      text: 'Kestrel Fund Management and Orvale Capital hired three analysts from Tarrow Partners, the hedge fund that closed.',
      claims: [
        { type: 'hiring', subject: 'Orvale Capital', counterparty: 'Tarrow Partners', value: { amount: 3, text: 'three analysts' } },
        { type: 'hiring', subject: 'Kestrel Fund Management', counterparty: 'Tarrow Partners', value: null },
      ],
    },
    {
      note: 'a place or its people\'s adjective, then what the source does, between "from" and the source ("from UK lending startup X")',
      text: 'Kestrel Bank hired an exec from UK lending startup Orvale Circle.',
      claims: [{ type: 'hiring', subject: 'Kestrel Bank', counterparty: 'Orvale Circle', value: null }],
    },
    {
      note: 'a linking adverb between commas ("X, meanwhile, has…") is stepped over to the company\'s verb; jobs a company has to fill, and vacancies it is "not only" recruiting for, are its hires',
      text: 'Orvale Post, meanwhile, has a massive 19,000 temporary holiday jobs to fill. Tarrow Retail is not only recruiting for 13,000 temporary vacancies this season, but also creating permanent posts.',
      claims: [
        { type: 'hiring', subject: 'Orvale Post', value: { amount: 19_000, text: '19,000 temporary holiday jobs' } },
        { type: 'hiring', subject: 'Tarrow Retail', value: { amount: 13_000, text: '13,000 temporary vacancies' } },
      ],
    },
    {
      note: 'applications a company received for a count of posts it advertised: the posts are its hires to come',
      text: 'Orvale Rail has received more than 40,000 applications for 1,200 newly advertised positions.',
      claims: [{ type: 'hiring', subject: 'Orvale Rail', value: { amount: 1_200, text: '1,200 newly advertised positions' } }],
    },
    {
      note: 'a description of the hirer between commas, opened by a possessive or an article ("Australia’s flag carrier", "the national airline"), is stepped over to the hirer\'s verb',
      text: 'Tarrow Air, Australia’s flag carrier, expects to create 8,500 new roles over the next decade. Orvale Air, the national airline, will create 2,000 new jobs.',
      claims: [
        { type: 'hiring', subject: 'Tarrow Air', value: { amount: 8_500, text: '8,500 new roles' } },
        { type: 'hiring', subject: 'Orvale Air', value: { amount: 2_000, text: '2,000 new jobs' } },
      ],
    },
    {
      note: 'a move told in the passive, from one company to the other ("was wooed away from Kestrel Labs in 2006 to Orrin Soft"): the one after "to" hired from the one after "from"',
      text: 'Orrin Soft keeps growing. Dana Roe was wooed away from Kestrel Labs in 2006 to Orrin Soft, where she now runs its maps business.',
      claims: [{ type: 'hiring', subject: 'Orrin Soft', counterparty: 'Kestrel Labs', value: null }],
    },
    {
      note: 'a reporter before "reported that" is not whom the report is about when the reported clause opens with companies of its own ("Orrin Research, reported that Chinese Kestrel Chips (KC) and Tarrow Semi have each hired…")',
      text: 'Earlier this month, Orrin Research, reported that Chinese Kestrel Chips (KC) and Tarrow Semi have each hired more than 50 former Halvard employees.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Chips', counterparty: 'Halvard', value: { min: 50 } },
        { type: 'hiring', subject: 'Tarrow Semi', counterparty: 'Halvard', value: { min: 50 } },
      ],
    },
    {
      note: 'jobs a company advertises or posts are hires it means to make ("advertised for just under 300 positions", "followed closely, posting 350 jobs"), with no source',
      text: 'Leading the way was Orrin Pay, which advertised for just under 300 positions, equivalent to 59 per cent of its workforce. Kestrel Pay followed closely, posting 350 jobs, representing 55 per cent of its workforce.',
      claims: [
        { type: 'hiring', subject: 'Orrin Pay', counterparty: null, value: { amount: 300, text: 'just under 300 positions' } },
        { type: 'hiring', subject: 'Kestrel Pay', counterparty: null, value: { amount: 350, text: '350 jobs' } },
      ],
    },
    {
      note: 'a person whose post names the company left, who "left for" another with nothing between: the company after "for" is the one joined, not the one left',
      text: 'Omar Haddad, head of Kestrel in Saudi Arabia, left for Orvane Partners.',
      claims: [{ type: 'hiring', subject: 'Orvane Partners', counterparty: 'Kestrel' }],
    },
    {
      note: 'two companies, each with its abbreviation in brackets, that "have each hired" people from a third: each company\'s hire',
      text: 'Earlier this month, a newspaper reported that Quillby Integrated Circuit Manufacturing (QICM) and Tarsel Semiconductor Manufacturing Co. (TSMX) have each hired more than 50 former Orvane employees.',
      claims: [
        { type: 'hiring', subject: 'Quillby Integrated Circuit Manufacturing', counterparty: 'Orvane', value: { min: 50 } },
        { type: 'hiring', subject: 'Tarsel Semiconductor Manufacturing Co.', counterparty: 'Orvane', value: { min: 50 } },
      ],
    },
    {
      note: 'a counted hire whose people are told by a long run of words ("three senior computer vision and machine learning engineers") from a competitor',
      text: 'Orvane announced today it has hired three senior computer vision and machine learning engineers from competitor Kestrel Labs.',
      claims: [{ type: 'hiring', subject: 'Orvane', counterparty: 'Kestrel Labs', value: { amount: 3 } }],
    },
    {
      note: 'a person whose post names the company left ("head of Kestrel in Saudi Arabia"), "leaving late last year for" the company joined; a "co-head of" a company "has been hired as president of" another',
      text: 'Kestrel asset managers in the Middle East have been in high demand, with Omar Haddad, head of Kestrel in Saudi Arabia and co-head of the regional asset-management arm, leaving late last year for Orvane Partners. Ivo Marek, co-head of Tarsel Capital in Russia, has been hired as president of Orrin Holdings, the investment vehicle of a businessman.',
      claims: [
        { type: 'hiring', subject: 'Orvane Partners', counterparty: 'Kestrel' },
        { type: 'hiring', subject: 'Orrin Holdings', counterparty: 'Tarsel Capital' },
      ],
    },
    {
      note: 'hard-wrapped copy whose line ends on a word that ends no sentence ("Bank of" / "Singapore is planning…"): the name and the sentence go on over the line',
      text: 'The private banking unit of Orvane Banking Corp\nis hiring more staff in Dubai, as the Singapore-based lender\nseeks to tap the growing riches of the Middle East.\nBank of\nTarsel is planning to hire around 20 relationship managers\nnext year to cater to the burgeoning pool of rich people\nliving in the Gulf, according to its market head.',
      claims: [{ type: 'hiring', subject: 'Bank of Tarsel', value: { amount: 20 } }],
    },
    {
      note: 'people counted who "joined our parent company" on a company\'s own page in the first person, or "joined the company" the sentence names: hires of that company',
      text: 'Kestrel Energy. Investor Relations\n\nOur People\n\nRespect for people is one of the principles of our Code of Ethics and was made explicit in our Strategic Positioning defined in September 2019. The Conduct Guide reinforces our principles. We affirm our policy of permanent union negotiation, with the consolidation of Collective Labor Agreements. As of December 2019, we were 46,407 employees at the parent company, along with 99,224 employees of service providers operating in our units. In 2019, 288 people joined our parent company. Orvale Systems said 412 people joined the company in 2019.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Energy', value: { amount: 288 } },
        { type: 'hiring', subject: 'Orvale Systems', value: { amount: 412 } },
      ],
    },
    {
      note: 'people who enter a company, employed ("plans to employ 50,000 IT freshers"), are hired, not its headcount; "employs 300 people" stays a size',
      text: 'Orvale Tech, the country\'s second largest IT company, also aims to recruit a large number of freshers this year. The company plans to employ 50,000 IT freshers. Kestrel employs 300 people.',
      claims: [{ type: 'hiring', subject: 'Orvale Tech', value: { amount: 50_000 } }],
    },
    {
      note: 'a list of companies that "each plan to hire" a number: each company\'s own',
      text: 'Halvard, Orvale and Kestrel Motor each plan to hire 2,000 new employees.',
      claims: [
        { type: 'hiring', subject: 'Halvard', value: { amount: 2000 } },
        { type: 'hiring', subject: 'Orvale', value: { amount: 2000 } },
        { type: 'hiring', subject: 'Kestrel Motor', value: { amount: 2000 } },
      ],
    },
    {
      note: 'a count given "each" for a list of sources ("eight executives each from X, Y and Z") is every listed source\'s',
      text: 'Tarsel poached 13 executives from Dunmore Group, 12 from Halvex Labs, and eight executives each from Orvale Systems, Brightwell Bank and Kestrel Tech.',
      claims: [
        { type: 'hiring', subject: 'Tarsel', counterparty: 'Dunmore Group', value: { amount: 13 } },
        { type: 'hiring', subject: 'Tarsel', counterparty: 'Halvex Labs', value: { amount: 12 } },
        { type: 'hiring', subject: 'Tarsel', counterparty: 'Orvale Systems', value: { amount: 8 } },
        { type: 'hiring', subject: 'Tarsel', counterparty: 'Brightwell Bank', value: { amount: 8 } },
        { type: 'hiring', subject: 'Tarsel', counterparty: 'Kestrel Tech', value: { amount: 8 } },
      ],
    },
    {
      note: 'a place that modifies the word after it ("from New York firm X") is stepped over on the way to the source, like any describing word',
      text: 'The largest team move this month was Orvale Law’s acquisition of a three-partner tax team from New York firm Tarsel Mallet LLP.',
      claims: [{ type: 'hiring', subject: 'Orvale Law', counterparty: 'Tarsel Mallet LLP' }],
    },
    {
      note: 'people a company "onboarded", "had … joining" or who "joined" it, counted: a hire of that count (no source named)',
      text: 'Tarsel Ltd had 43,000 freshers joining in the first half of this year. Its rival Kestrel Tech has onboarded 18,000 freshers during the quarter, and some 6,000 engineers joined Orvale Systems in the same period.',
      claims: [
        { type: 'hiring', subject: 'Tarsel Ltd', value: { amount: 43_000 } },
        { type: 'hiring', subject: 'Kestrel Tech', value: { amount: 18_000 } },
        { type: 'hiring', subject: 'Orvale Systems', value: { amount: 6_000 } },
      ],
    },
    {
      note: 'a quote\'s "we" is the company its attribution gives the speaker\'s post at ("…," said Dana Roe, chief human resources officer, Tarsel"), not the company of the sentence before',
      text: 'Orvale also took 26,000 professionals in FY22, whereas Kestrel Tech hired about 12,000 freshers.\n\n"We added 35,000 freshers in the last two quarters," said Dana Roe, chief human resources officer, Tarsel, during its results announcement.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Tech', value: { amount: 12_000 } },
        { type: 'hiring', subject: 'Tarsel', value: { amount: 35_000 } },
      ],
    },
    {
      note: 'a company named like a place, described as one ("carrier Andorra", "Andorra, the world\'s largest airline") and named often, is the company throughout; a news agency in a dateline ("Dubai – Tarsel: …") is no hirer',
      text: "Andorra may hire pilots from Orvale Airways, other carriers\n\nDubai – Tarsel: Government-owned carrier Andorra is reportedly seeking to hire pilots from other airlines including Orvale Airways.\n\nFacing a hiring challenge, Andorra, the world's largest airline by passengers, is trying to recruit staff. Andorra flies to 150 cities. Andorra said demand was strong.",
      claims: [{ type: 'hiring', subject: 'Andorra', counterparty: 'Orvale Airways' }],
    },
    {
      note: 'a person "rehired from" a rival, a name no first-name list knows ("Cam Gilbert"), by a company named short ("Halvard" for Halvard Bank)',
      text: 'Halvard Bank has been clearing out its London traders. The exit came just before Halvard rehired Cam Gilbert from Orvale Trust to run its rates business.',
      claims: [{ type: 'hiring', subject: 'Halvard Bank', counterparty: 'Orvale Trust' }],
    },
    {
      note: 'a table of who hired how many, copied one cell a line with each cell ending in its mark, its title cell with a year: each row\'s first count (the total) is its firm\'s; a firm named like a person ("Morgan Pell") or with an ordinary first word ("White & Vane") is a row\'s firm too',
      text: 'Partner hiring was at a record.\nTop partner recruiters in London 2024 |\nTotal hires |\nLateral hires |\nHalvard Legal |\n21 |\n7 |\nMorgan Pell |\n14 |\n10 |\nWhite & Vane |\n10 |\n7 |\nQuarrington Law |\n9 |\n3 |',
      claims: [
        { type: 'hiring', subject: 'Halvard Legal', value: { amount: 21 } },
        { type: 'hiring', subject: 'Morgan Pell', value: { amount: 14 } },
        { type: 'hiring', subject: 'White & Vane', value: { amount: 10 } },
        { type: 'hiring', subject: 'Quarrington Law', value: { amount: 9 } },
      ],
    },
    {
      note: 'people of any occupation lost to a rival ("lost about 10 pilots to Orvale Jet": the occupations are one list for every claim type)',
      text: 'Harwick Air has also lost about 10 pilots to Orvale Jet recently.',
      claims: [{ type: 'hiring', subject: 'Orvale Jet', counterparty: 'Harwick Air' }],
    },
    {
      note: 'a hirer\'s "poaching of" a rival\'s person named after any post ("customer advocate Dana Roe"), with the scraped possessive spaced from its name ("Harwick Bank ’s")',
      text: 'This raid closely followed Harwick Bank ’s poaching of Orvale Bank ’s customer advocate Dana Roe in March.',
      claims: [{ type: 'hiring', subject: 'Harwick Bank', counterparty: 'Orvale Bank' }],
    },
    {
      note: 'a person who quit one company to join another comes from the company quit, not from an employer before it named as "a former X employee"',
      text: 'Dana Roe, a former Harwick Bank employee, recently quit Orvale Bank to join Kestrel Bank.',
      claims: [{ type: 'hiring', subject: 'Kestrel Bank', counterparty: 'Orvale Bank' }],
    },
    {
      note: 'hires counted as new posts opened ("opening 100,000 new full and part time jobs"), more people employed ("is employing an additional 20,000 employees"), newcomers welcomed ("welcomed over 23,000 new associates"), and jobs added after a time phrase and two kinds of job ("earlier this year said it would add some 100,000 full-time, full-benefit jobs")',
      text: 'Harwick Stores said it will ramp up hiring, opening 100,000 new full and part time jobs across its centers. Orvale Mart announced that it is employing an additional 20,000 employees. Last week, Kestrel Grocers welcomed over 23,000 new associates to its organization. Brindle Retail earlier this year said it would add some 100,000 full-time, full-benefit jobs in Texas.',
      claims: [
        { type: 'hiring', subject: 'Harwick Stores', value: { amount: 100_000 } },
        { type: 'hiring', subject: 'Orvale Mart', value: { amount: 20_000 } },
        { type: 'hiring', subject: 'Kestrel Grocers', value: { amount: 23_000 } },
        { type: 'hiring', subject: 'Brindle Retail', value: { amount: 100_000 } },
      ],
    },
    {
      note: 'a hire named as a noun ("The hiring of Roe fills the last vacancy…") has no hirer later in the sentence; "the company" a veteran of another joined is the article\'s, not the veteran\'s old employer; "comes to X from Y" pairs the person\'s hire with the past post',
      text: 'Harwick Bikes has announced that Dana Roe will be joining the company on October 1st as its new chief financial officer. The hiring of Roe fills the last remaining vacancy in Harwick Bikes\' executive team, and comes two months after Orvale Sports veteran Ian Hale joined the company as its new chief operating officer.\nRoe comes to Harwick Bikes from Kestrel Mail, Inc. where she was vice president of finance.',
      claims: [
        { type: 'hiring', subject: 'Harwick Bikes', counterparty: 'Orvale Sports' },
        { type: 'hiring', subject: 'Harwick Bikes', counterparty: 'Kestrel Mail, Inc.' },
      ],
    },
    {
      note: 'a headline without a hirer\'s verb: a person described by a past employer ("Former X creative director") appointed another company\'s officer is hired by it from the first — not news of the first',
      text: 'Former Tessaly Motors creative director appointed Orvale Cars chief technology officer\n\nOrvale Cars recently appointed Dana Roe as its new chief technology officer. She will fill the vacancy left by Ian Hale.',
      claims: [{ type: 'hiring', subject: 'Orvale Cars', counterparty: 'Tessaly Motors' }],
    },
    {
      note: 'people who "moved from X to Chicago-based Y": where the company joined is based stands between "to" and its name',
      text: 'Last month, 11 corporate and finance lawyers moved from Kestrel Partners to Chicago-based Orrin & Vale, though the new attorneys work in other cities.',
      claims: [{ type: 'hiring', subject: 'Orrin & Vale', counterparty: 'Kestrel Partners', value: { amount: 11 } }],
    },
    {
      note: '"brought in" people, then a clause on what they join ("to join its business law … practices") before the firm they come from: the word "business" there is no customer taken',
      text: 'Orrin & Vale brought in 38 lawyers to join its business law, litigation and intellectual property practices from Kestrel, Dunmore & Reyes’s Boston office.',
      claims: [{ type: 'hiring', subject: 'Orrin & Vale', counterparty: 'Kestrel, Dunmore & Reyes', value: { amount: 38 } }],
    },
    {
      note: 'a count of people who "went to" a company, in a story about people leaving the article\'s company: a hire from it',
      text: 'According to a tracker, 457 people left Copperleaf Motors in the last three months. Copperleaf Motors had ordered a hiring freeze. As for non-automotive companies, 51 employees went to Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Motors', value: { amount: 51, text: '51 employees' } }],
    },
    {
      note: 'absorbing the core team "of AI startup" X is a hire from X; a company "reverse-acqui-hired by" another is where that one hired from',
      text: 'Halvard Search recently absorbed the core engineering team of AI startup Kestrel Code. The cuts follow a broader trend among AI startups like Orrin AI, which was recently reverse-acqui-hired by Tessaly Soft.',
      claims: [
        { type: 'hiring', subject: 'Halvard Search', counterparty: 'Kestrel Code' },
        { type: 'hiring', subject: 'Tessaly Soft', counterparty: 'Orrin AI' },
      ],
    },
    {
      note: 'a lone ordinary word after a known name ("from Google Brain") is its unit\'s word, no company of its own: the hire is from Google alone',
      text: 'Both scientists, who joined Halvard Labs two years ago from Google Brain, have reportedly accepted roles elsewhere.',
      claims: [{ type: 'hiring', subject: 'Halvard Labs', counterparty: 'Google' }],
    },
    {
      note: 'in a list of sources, the owner of the name right after it ("Orrin\'s Kestrel Code") is no source of its own',
      text: 'Halvard AI has also recruited from other AI competitors such as Tessaly Labs, Quillmark, Orrin’s Kestrel Code, and Northgate AI.',
      claims: [
        { type: 'hiring', subject: 'Halvard AI', counterparty: 'Tessaly Labs' },
        { type: 'hiring', subject: 'Halvard AI', counterparty: 'Quillmark' },
        { type: 'hiring', subject: 'Halvard AI', counterparty: 'Kestrel Code' },
        { type: 'hiring', subject: 'Halvard AI', counterparty: 'Northgate AI' },
      ],
    },
    {
      note: 'appointing or taking a count of partners "from" a firm is a hire from it',
      text: 'These include Halvard Legal appointing three partners from Kestrel Law in December. Tessaly Partners took four partners from mid-tier firm Orrin Legal earlier in February.',
      claims: [
        { type: 'hiring', subject: 'Halvard Legal', counterparty: 'Kestrel Law', value: { amount: 3, text: 'three' } },
        { type: 'hiring', subject: 'Tessaly Partners', counterparty: 'Orrin Legal', value: { amount: 4, text: 'four' } },
      ],
    },
    {
      note: 'a count the hirer has, after "hiring effort", is its staff, not the hire from the company its people came from',
      text: 'Orrin Motors ramped up its hiring effort and now has over 400 employees with an impressive percentage coming from Tessaly Motors.',
      claims: [{ type: 'hiring', subject: 'Orrin Motors', counterparty: 'Tessaly Motors' }],
    },
    {
      note: 'people of the article\'s company who leave to join rivals "such as" a list: each rival hires from the company the article is about; the count is of all who left',
      text: 'Halvard Bank has warned bankers who have left Halvard Bank not to poach their former colleagues. Around 30 bankers, including chair Tom Reyes, have left this year to join rival firms such as Kestrel Group and Orrin Capital.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Group', counterparty: 'Halvard Bank' },
        { type: 'hiring', subject: 'Orrin Capital', counterparty: 'Halvard Bank' },
      ],
    },
    {
      note: 'leaving a named company to join rivals "such as" a list: each rival hires; the count is not the first rival\'s',
      text: 'Around 30 bankers have left Halvard Bank this year to join rivals such as Kestrel Group and Orrin Capital.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Group', counterparty: 'Halvard Bank' },
        { type: 'hiring', subject: 'Orrin Capital', counterparty: 'Halvard Bank' },
      ],
    },
    {
      note: 'a count of the whole hire, then one of the people named with their own source: the count is the hirer\'s (no source), the pair has no count',
      text: 'In response to the exodus, Halvard Bank has hired roughly 20 bankers at the director and managing-director level, including Tom Reyes from Kestrel Group.',
      claims: [
        { type: 'hiring', subject: 'Halvard Bank', counterparty: null, value: { amount: 20, text: 'roughly 20 bankers' } },
        { type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Group' },
      ],
    },
    {
      note: 'employing some of another company\'s laid-off staff is hiring from it, with its count; the laid-off are not that company\'s headcount',
      text: 'Leading the way in hiring was Halvard Motors, which employed 56 of Tessaly Group’s 457 laid-off employees.',
      claims: [{ type: 'hiring', subject: 'Halvard Motors', counterparty: 'Tessaly Group', value: { amount: 56, text: '56' } }],
    },
    {
      note: 'a company\'s suffix and its full stop end the sentence before a name that opens the next one ("…from Globex Inc. Initech poached…"): the second sentence\'s hire is its own subject\'s',
      text: 'Zentrix AI said it had hired 12 engineers from Copperleaf Labs Inc. Halvard Robotics poached three senior executives from rival Quillmark Systems last month.',
      claims: [
        { type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs Inc.', value: { amount: 12, text: '12 engineers' } },
        { type: 'hiring', subject: 'Halvard Robotics', counterparty: 'Quillmark Systems', value: { amount: 3, text: 'three senior executives' } },
      ],
    },
    {
      note: '"its" in a phrase hung on a name right before ("the Kestrel Times, with its hiring of … from X") is that name\'s, not the sentence\'s first company (here a review that comments)',
      text: 'Ryan Chittum of Orrin Journalism Review believes that the Kestrel Times, with its hiring of respected business journalists Susanne Craig and Peter Lattman from Tarrow Media Group, is winning the war between the two papers.',
      claims: [{ type: 'hiring', subject: 'Kestrel Times', counterparty: 'Tarrow Media Group' }],
    },
    {
      note: 'a company\'s unit opening the sentence acts for it ("The Kenyan subsidiary of Orrin Bank has employed X"); employing a named person, with their post at another company in an apposition, is a hire from it; "the tier-1 South African lender" names no company',
      text: 'The Kenyan subsidiary of Orrin Bank, the tier-1 South African financial institution, has employed Sitoyo Lopokoiyit, the Managing Director of Kestrel Pay, as its new Chief Executive for Personal Banking.',
      claims: [{ type: 'hiring', subject: 'Orrin Bank', counterparty: 'Kestrel Pay' }],
    },
    {
      note: 'a person named as a company\'s ("Orrin Sport\'s Jim Scholefield"), appointed by another company in a later sentence to its executive committee, is a hire from the first; "the latest Big Pharma" is no company',
      text: 'Kestrel Pharma grabs consumer executive. Orrin Sport\'s Jim Scholefield will head up global IT and digital strategy. Kestrel Pharma became the latest Big Pharma to put digital on its priority list, appointing Scholefield to its executive committee.',
      claims: [{ type: 'hiring', subject: 'Kestrel Pharma', counterparty: 'Orrin Sport' }],
    },
    {
      note: 'a firm of partners\' names with commas ("Brannock, Tarrow & Quill") is one name, its first word its short form; attorneys are staff; "N of X\'s lawyers" hired are a hire from X with its count; "N attorneys from X were joining the firm"',
      text: '"People are finding their way," said Brannock, Tarrow & Quill chairman Ralph Baxter. Last week, Brannock announced that five attorneys from Kestrel Legal’s venture law group were joining the firm. Dechart Law added 63 attorneys from Orrin Legal. Also, Arnold & Pyne hired eight of Dorsey & Whitlow’s litigation and transactional lawyers.',
      claims: [
        { type: 'hiring', subject: 'Brannock, Tarrow & Quill', counterparty: 'Kestrel Legal', value: { amount: 5 } },
        { type: 'hiring', subject: 'Dechart Law', counterparty: 'Orrin Legal', value: { amount: 63 } },
        { type: 'hiring', subject: 'Arnold & Pyne', counterparty: 'Dorsey & Whitlow', value: { amount: 8 } },
      ],
    },
    {
      note: 'a ranking\'s description ("The most covetous firm this edition was X") names the company the sentence gives, not an earlier one; the next in the ranking, a firm named like a person ("followed by Charles Brannock Speechly, which hired four partners"), has its own count',
      text: 'Orrin Legal hired three partners in March. The most covetous firm this edition was Kestrel Law, which hired five partners, followed by Charles Brannock Speechly, which hired four partners.',
      claims: [
        { type: 'hiring', subject: 'Orrin Legal', value: { amount: 3 } },
        { type: 'hiring', subject: 'Kestrel Law', value: { amount: 5 } },
        { type: 'hiring', subject: 'Charles Brannock Speechly', value: { amount: 4 } },
      ],
    },
    {
      note: 'one count said of every company of a list ("hired three partners apiece"), and a list after a colon when its companies are introduced with a comma ("sixteen firms, hired two partners each:"); "each month" is a time, not a share',
      text: 'Meanwhile, Kestrel Law, Orrin Legal and Halvard & Co hired three partners apiece. In addition, sixteen firms, hired two partners each: Brannock LLP, Tarrow Legal and Quillon Law. After Sorrel Advisers cut jobs, Marrow Partners hired 20 engineers each month.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Law', value: { amount: 3 } },
        { type: 'hiring', subject: 'Orrin Legal', value: { amount: 3 } },
        { type: 'hiring', subject: 'Halvard & Co', value: { amount: 3 } },
        { type: 'hiring', subject: 'Brannock LLP', value: { amount: 2 } },
        { type: 'hiring', subject: 'Tarrow Legal', value: { amount: 2 } },
        { type: 'hiring', subject: 'Quillon Law', value: { amount: 2 } },
        { type: 'hiring', subject: 'Marrow Partners', value: { amount: 20 } },
      ],
    },
    {
      note: 'a person who "has left" a company, referred to by a descriptor, "and will join" another named after a place\'s possessive: the hirer and where they come from',
      text: 'Halvard Bank has lost two senior bankers in Asia. Dana Roe, a managing director, has left the British lender and will join Singapore\'s Orvale Capital Bank in its digital team, the people said.',
      claims: [{ type: 'hiring', subject: 'Orvale Capital Bank', counterparty: 'Halvard Bank' }],
    },
    {
      note: '"is leaving to join" a company described before its name ("private equity-backed fintech firm X"); where the person works told in an apposition "a banker in X\'s … team"',
      text: "Sam Reyes, a banker in Kestrel Capital's technology team in South-east Asia, is leaving to join private equity-backed fintech firm Tarrow Innovations, the report said.",
      claims: [{ type: 'hiring', subject: 'Tarrow Innovations', counterparty: 'Kestrel Capital' }],
    },
    {
      note: 'a person "was hired by" a company after years at another: the passive\'s agent is the hirer, the past post its source — not the company the person is now leaving for',
      text: 'Dana Roe, a senior director at Halvard Bank, has also left to join Orrin Securities, the people said. Roe, who is based in Hong Kong, was hired by Halvard Bank last year after more than a decade at Kestrel Capital.',
      claims: [
        { type: 'hiring', subject: 'Orrin Securities', counterparty: 'Halvard Bank' },
        { type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Capital' },
      ],
    },
    {
      note: 'a person "has been appointed to run" a company, told by the post they leave ("X\'s departing chief executive, Dana Roe,"): the company run hires from the one left',
      text: "Kestrel Bank's departing chief executive, Dana Roe, has been appointed to run Halvard National Bank as the lender seeks to rebuild its reputation.",
      claims: [{ type: 'hiring', subject: 'Halvard National Bank', counterparty: 'Kestrel Bank' }],
    },
    {
      note: 'a person "was named a director at" a company, past two asides, one saying the post held before ("who was X\'s third-ranking designer")',
      text: "Dana Roe, 37, who was Orvale Motors' third-ranking designer, was named a director at Halvard Motors, reporting to its design chief.",
      claims: [{ type: 'hiring', subject: 'Halvard Motors', counterparty: 'Orvale Motors' }],
    },
    {
      note: 'a company that "hired a top-ranking designer at" another: the person taken is told by their post at the company they leave',
      text: 'Halvard Motors announced this week it hired a top-ranking designer at French automaker Orvale Motors.',
      claims: [{ type: 'hiring', subject: 'Halvard Motors', counterparty: 'Orvale Motors' }],
    },
    {
      note: 'the people of a hire just told, in a sentence of their own ("Rest of the executives were from X, Y and Z"): the passage\'s company hired from each company listed',
      text: 'Kestrel Infotech poached 13 executives from Orvale Systems. Rest of the executives were from Halvard Tech, Tarrow and Brindle Infotech, according to a report.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Infotech', counterparty: 'Orvale Systems', value: { amount: 13 } },
        { type: 'hiring', subject: 'Kestrel Infotech', counterparty: 'Halvard Tech' },
        { type: 'hiring', subject: 'Kestrel Infotech', counterparty: 'Tarrow' },
        { type: 'hiring', subject: 'Kestrel Infotech', counterparty: 'Brindle Infotech' },
      ],
    },
    {
      note: 'students taken on "on a package of" pay are a company\'s hires (a campus\'s placements); a university enrolling students hires no one',
      text: 'In the 2011 batch, Halvard Sachs recruited 10 students on a package of Rs 2.6 million. Orrin Capital recruited 11 students with a package of Rs 2 million per annum. Kestrel University recruited 500 students this year.',
      claims: [
        { type: 'hiring', subject: 'Halvard Sachs', value: { amount: 10 } },
        { type: 'hiring', subject: 'Orrin Capital', value: { amount: 11 } },
      ],
    },
    {
      note: '"she" opening the sentence after a person\'s resignation is that person, going to a company: the company resigned from is where she comes from',
      text: 'Dana Roe has resigned from Kestrel Capital. She will join Halvard Bank next month.',
      claims: [{ type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Capital' }],
    },
    {
      note: 'a company\'s new post held by a person, in a sentence of its own, pairs with the past post told of the person in the next ("Roe spent a decade at X")',
      text: "Halvard Bank's new chief executive, Dana Roe, said profits rose. Roe spent a decade at Kestrel Capital.",
      claims: [{ type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Capital' }],
    },
    {
      note: 'a person apposed to a company\'s new post ("Halvard Bank\'s new chief executive, Dana Roe," or "Dana Roe, Halvard Bank\'s new CFO,") who previously ran or worked at another company is the first company\'s hire from it',
      text: "Halvard Bank's new chief executive, Dana Roe, previously ran Kestrel Capital's European business. Sam Reyes, Orvale Group's new finance chief, previously worked at Tessaly Partners.",
      claims: [
        { type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Capital' },
        { type: 'hiring', subject: 'Orvale Group', counterparty: 'Tessaly Partners' },
      ],
    },
    {
      note: 'a person who "starts at" a company, most recently at another, moves between them',
      text: 'Dana Roe, most recently a managing director at Kestrel Capital, starts at Halvard Bank next month.',
      claims: [{ type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Capital' }],
    },
    {
      note: 'companies listed after a colon that each hired a count ("the following firms all hired 2 partners apiece: …"): a hire of that count by each',
      text: 'In addition to the above, the following firms all hired 2 partners apiece: Kestrel Legal, Tarrow & Co and Orrin Partners LLP.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Legal', counterparty: null, value: { amount: 2 } },
        { type: 'hiring', subject: 'Orrin Partners LLP', counterparty: null, value: { amount: 2 } },
        { type: 'hiring', subject: 'Tarrow & Co', counterparty: null, value: { amount: 2 } },
      ],
    },
    {
      note: 'people a company counts who were "formerly at" another are a hire from it, no headcount',
      text: 'Shares in Kestrel rose. Kestrel\'s research lab now counts 11 researchers formerly at Orrin Labs.',
      claims: [{ type: 'hiring', subject: 'Kestrel', counterparty: 'Orrin Labs', value: { amount: 11 } }],
    },
    {
      note: 'people named by more occupations ("cabin attendants", "mechanics"): a hire with no source named',
      text: 'Shares in Kestrel Air rose. Kestrel Air expects to hire about 4,000 cabin attendants this year, it said.',
      claims: [{ type: 'hiring', subject: 'Kestrel Air', counterparty: null, value: { amount: 4000 } }],
    },
    {
      note: 'nationals a company plans to hire under a localisation drive',
      text: 'Kestrel Bank plans to hire 100 UAE nationals this year.',
      claims: [{ type: 'hiring', subject: 'Kestrel Bank', counterparty: null, value: { amount: 100 } }],
    },
    {
      note: 'people lured "away" from a unit named after its owner ("from Kestrel University\'s National Robotics Engineering Center"): the owner is where they worked',
      text: 'Orrin Rides has lured away at least 40 people from Kestrel University\'s National Robotics Engineering Center.',
      claims: [{ type: 'hiring', subject: 'Orrin Rides', counterparty: 'Kestrel University', value: { min: 40 } }],
    },
    {
      note: 'a person moving told by a post: "from X joined as partner at Y", "appointed P as CEO … from X", "P, X\'s discovery chief, became head of research at Y", "was appointed Y vice president … from X"; people or a team added from another firm',
      text: 'Chirag Rao from Orrin Advisory joined as partner at Kestrel Consulting. Tessaly Bank appointed Shayne Noble as CEO in the same year from Brackwell Chartered. Jan Lund, Halvard Pharma\'s discovery chief, became head of research at Corvel Therapeutics. Eddie Ndungu was recently appointed Kestrel Pay vice president for Fintech Africa from Orrin Group. Vale Partners announced the addition of three corporate partners from Tarsel Law. In 2012 Vale Partners gained a six-partner team from Orrin & Vale.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Consulting', counterparty: 'Orrin Advisory' },
        { type: 'hiring', subject: 'Tessaly Bank', counterparty: 'Brackwell Chartered' },
        { type: 'hiring', subject: 'Corvel Therapeutics', counterparty: 'Halvard Pharma' },
        { type: 'hiring', subject: 'Kestrel Pay', counterparty: 'Orrin Group' },
        { type: 'hiring', subject: 'Vale Partners', counterparty: 'Tarsel Law', value: { amount: 3 } },
        { type: 'hiring', subject: 'Vale Partners', counterparty: 'Orrin & Vale' },
      ],
    },
    {
      note: 'quitting one company "to head" another\'s business; "took on" people named as people ("two co-founders of X"); the owner of the people who move, not the owner of the company they move to ("Alphabet Inc.\'s Google will license…, and the startup\'s two co-founders are moving to the search company")',
      text: 'Neha Sanyal quit Orrin Cloud to head PayVeda\'s cloud business. In March, Kestrel Soft took on two co-founders of Cadence AI and most of its employees.\n\nAlphabet Inc.\'s Google will license the models behind Parlance AI\'s chatbots, and the startup\'s two co-founders are moving to the search company as part of the arrangement.',
      claims: [
        { type: 'hiring', subject: 'PayVeda', counterparty: 'Orrin Cloud' },
        { type: 'hiring', subject: 'Kestrel Soft', counterparty: 'Cadence AI', value: { amount: 2 } },
        { type: 'hiring', subject: 'Google', counterparty: 'Parlance AI' },
      ],
    },
    {
      note: 'a person leaving one company "to rejoin", "to return to", "to take a job at" another, or quitting "the" company for another: the second hires from the first',
      text: 'Dana Hollis left Orvane Airlines in January to return to Kestrel Consulting Group. Tom Reyes quit the Halvard Broadcasting Corporation for Corvel Radio last year. Mira Obi left Tessaly Bank last spring to take a senior role at Brackwell Capital.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Consulting Group', counterparty: 'Orvane Airlines' },
        { type: 'hiring', subject: 'Corvel Radio', counterparty: 'Halvard Broadcasting Corporation' },
        { type: 'hiring', subject: 'Brackwell Capital', counterparty: 'Tessaly Bank' },
      ],
    },
    {
      note: 'a counted hire of every trade the shared list knows ("cabin crew"), and a purpose after "from around the world" that names its own company: no source, the hire stands',
      text: 'Halden Air plans to hire 5,000 cabin crew this year. Corvel Group reported a record profit on Monday. The group is also seeking to hire thousands of pilots, engineers and other specialists from around the world to power its growth.',
      claims: [
        { type: 'hiring', subject: 'Halden Air', counterparty: null, value: { amount: 5_000 } },
        { type: 'hiring', subject: 'Corvel Group', counterparty: null, value: { min: 2_000 } },
      ],
    },
    {
      note: 'the hirer named only in the attribution after "the new hires come from X and Y" (backlog: not read yet)',
      text: 'The new hires come from Orrin Labs and Kestrel Cloud, Zentrix AI said.',
      claims: [
        { type: 'hiring', subject: 'Zentrix AI', counterparty: 'Orrin Labs' },
        { type: 'hiring', subject: 'Zentrix AI', counterparty: 'Kestrel Cloud' },
      ],
    },
    {
      note: 'a team counted inside "a team of eight engineers from X", and freshers a company adds',
      text: 'Kestrel Pay absorbed a team of eight engineers from Orrin Payments last quarter to rebuild its fraud engine. Tessaly Consulting, which employs over 6 lakh people, said last week it would add 40,000 freshers this year.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Pay', counterparty: 'Orrin Payments', value: { amount: 8 } },
        { type: 'hiring', subject: 'Tessaly Consulting', counterparty: null, value: { amount: 40_000 } },
      ],
    },
    {
      note: 'a unit named at its company ("who ran European ECM at Kestrel Capital"): the company is where the person worked, not the unit',
      text: 'Halvard Bank has hired Sarah Benn, who ran European ECM at Kestrel Capital, as its head of equity capital markets.',
      claims: [{ type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Capital' }],
    },
    {
      note: 'a company whose goods are delivered is no source of the people hired ("takes delivery of new X jets"): an "of" slot names a source only after people',
      text: 'Tessaly Air will recruit more than 17,300 employees this year as the carrier takes delivery of new Quenby Aerospace jets.',
      claims: [{ type: 'hiring', subject: 'Tessaly Air', counterparty: null, value: { min: 17_300 } }],
    },
    {
      note: 'a verb of taking people in two words ("snapped up", "scooped up") with the person\'s post at another company in an apposition',
      text: "Zentrix AI scooped up Dana Roe, Orrin Labs' head of research, last month.",
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Orrin Labs' }],
    },
    {
      note: 'a name after a conjunction of time with a verb of its own is that clause\'s subject: "after Kestrel Cloud hired its leaders" — "its" is the company bought, the hirer is Kestrel Cloud',
      text: 'Zentrix AI bought Brindle Labs after Kestrel Cloud hired its leaders.',
      claims: [{ type: 'hiring', subject: 'Kestrel Cloud', counterparty: 'Brindle Labs' }],
    },
    {
      note: 'people who "will join as" a post, no company named after, in a passage about one company: that company hires them from the one whose title they hold ("Orrin Air co-CEO Dana Roe will join as the chief executive of its loyalty programme")',
      text: 'Tessaly Airlines has made a number of new executive appointments. Tessaly Airlines says the team will help it grow. Orrin Air co-CEO Dana Roe will join as the chief executive of its loyalty programme.',
      claims: [{ type: 'hiring', subject: 'Tessaly Airlines', counterparty: 'Orrin Air' }],
    },
    {
      note: 'a count of people with a relative clause on them before the verb of going ("Three Orrin researchers who built the company\'s Zurich office are leaving for X"); the people a company hired, then where they came from',
      text: 'Three Orrin AI researchers who built the company\'s Zurich office are leaving for Tarsel Labs. Most of the engineers Kestrel Systems hired last year came from Quenby Robotics.',
      claims: [
        { type: 'hiring', subject: 'Tarsel Labs', counterparty: 'Orrin AI', value: { amount: 3 } },
        { type: 'hiring', subject: 'Kestrel Systems', counterparty: 'Quenby Robotics' },
      ],
    },
    {
      note: 'people hired "from Orrin\'s Quillmind": the company named after its owner\'s possessive is the one source, not the owner as a second',
      text: 'Kestrel Systems has hired more than 20 employees from Orrin\'s Quillmind, including Dana Roe.',
      claims: [{ type: 'hiring', subject: 'Kestrel Systems', counterparty: 'Quillmind', value: { amount: 20 } }],
    },
    {
      note: 'a participle of luring after the main clause, the people named with their employer\'s possessive ("…, luring away Quenby\'s Jan Leike and John Ives")',
      text: 'Tarsel Labs has been the biggest beneficiary, luring away Quenby AI\'s Jan Leike and John Ives.',
      claims: [{ type: 'hiring', subject: 'Tarsel Labs', counterparty: 'Quenby AI' }],
    },
    {
      note: 'a counted hire that names some of its people, each with the company they came from ("including Tom Warner, who joined the research team from Tarp recipient Quenby Bank, and Mark Ives, formerly UK chair of banking at Orrin Securities"): the count stays the hirer\'s own, each source is a hire of its own, and a company that only describes the next one is no source',
      text: 'Halvard Capital has taken on some 450 staff in equities alone in the past six months, including Tom Warner, who joined the European equities research team from Tarp recipient Quenby Bank, and Mark Ives, formerly UK chair of investment banking at Orrin Securities. Kestrel Bank has hired 14 people at managing director level since September, including Ann Cole, who came from Marlow Partners to be co-chair of global M&A.',
      claims: [
        { type: 'hiring', subject: 'Halvard Capital', value: { amount: 450 } },
        { type: 'hiring', subject: 'Halvard Capital', counterparty: 'Quenby Bank', value: null },
        { type: 'hiring', subject: 'Halvard Capital', counterparty: 'Orrin Securities', value: null },
        { type: 'hiring', subject: 'Kestrel Bank', value: { amount: 14 } },
        { type: 'hiring', subject: 'Kestrel Bank', counterparty: 'Marlow Partners', value: null },
      ],
    },
    {
      note: 'acqui-hires as Indian tech news tells them: the hyphenated verb in any tense, a descriptor before the company ("drone start-up X", "a Pune-based AI start-up called X"); a size said of the source after it is not the count hired',
      text: 'Quenby Foods acqui-hired drone start-up Tarsel Innovations a while ago. Orrin Cabs acqui-hired a Pune-based artificial intelligence start-up called Brindle.ai. Kestrel Labs hired staff from Marlow AI, a 40-person startup.',
      claims: [
        { type: 'hiring', subject: 'Quenby Foods', counterparty: 'Tarsel Innovations' },
        { type: 'hiring', subject: 'Orrin Cabs', counterparty: 'Brindle.ai' },
        { type: 'hiring', subject: 'Kestrel Labs', counterparty: 'Marlow AI', value: null },
      ],
    },
    {
      note: 'a company named by its name and the country it trades in ("Tessaly Australia") and by its name alone, the short form first (a headline): one company',
      text: 'Tessaly eyes a revival after hires\n\nTessaly Australia has poached Brindle Foods\' finance chief Okonta Reyes. Quenby Milk\'s chief people officer, Dana Roe, will join Tessaly in the same role.',
      claims: [
        { type: 'hiring', subject: 'Tessaly Australia', counterparty: 'Brindle Foods' },
        { type: 'hiring', subject: 'Tessaly Australia', counterparty: 'Quenby Milk' },
      ],
    },
    {
      note: 'a person taken on, named with their employer\'s possessive and a title ("poached Brindle Foods\' second-in-command Okonta Reyes", "hired Orvane Search’s Tiruvan Kasel"); a co-CEO who joins; a person who "will be" the hirer\'s officer',
      text: 'Halvard Air has poached Brindle Foods\' second-in-command Okonta Reyes to be its chief financial officer. Kestrel Telecom hired Orvane Search’s Tiruvan Kasel to help steer its expansion. Tarsel Air co-CEO Dana Roe will join Quenby Rail as chief executive. Marlow Group\'s Sam Ives will be Copperleaf Bank\'s chief transformation officer.',
      claims: [
        { type: 'hiring', subject: 'Halvard Air', counterparty: 'Brindle Foods' },
        { type: 'hiring', subject: 'Kestrel Telecom', counterparty: 'Orvane Search' },
        { type: 'hiring', subject: 'Quenby Rail', counterparty: 'Tarsel Air' },
        { type: 'hiring', subject: 'Copperleaf Bank', counterparty: 'Marlow Group' },
      ],
    },
    {
      note: 'a hire told as a noun with a count and the source as the people\'s modifier ("Zentrix AI’s recruitment of three Quillmark Labs engineers")',
      text: 'Zentrix AI’s recruitment of three Quillmark Labs engineers drew criticism.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Quillmark Labs', value: { amount: 3 } }],
    },
    {
      note: 'a licensing deal "for" a startup and a hire of "several key members, including" its boss: the licensee hires from the startup',
      text: 'Orrin Cloud announced a $2.4 billion licensing deal for AI coding startup Kestrel Code and has hired several key members, including CEO Dana Roe and co-founder Tom Reyes, to join its research division.',
      claims: [{ type: 'hiring', subject: 'Orrin Cloud', counterparty: 'Kestrel Code' }],
    },
    {
      note: 'a hire told in two steps: the count without a source, then the one source the people came from, a sentence later; and "absorbing" researchers from a rival',
      text: 'Halvard Bank hired four executives to widen its private-banking coverage in Brazil, two sources said. Dana Roe, a banker with two decades in the industry, had quit rival Kestrel Group before joining Halvard Bank. Zentrix AI pulled off a coup, absorbing three senior researchers from Quillmark Labs.',
      claims: [
        { type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Group', value: { amount: 4 } },
        { type: 'hiring', subject: 'Zentrix AI', counterparty: 'Quillmark Labs', value: { amount: 3 } },
      ],
    },
    {
      note: 'a boss tied to a company by a title who "poached" or "recruited" people (by surname, or "She"): the company hires',
      text: 'Zentrix AI CEO Dana Roe has been on a spree. Roe poached three researchers from Quillmark Labs last month. She also recruited about 30 engineers from Orrin AI.',
      claims: [
        { type: 'hiring', subject: 'Zentrix AI', counterparty: 'Quillmark Labs', value: { amount: 3 } },
        { type: 'hiring', subject: 'Zentrix AI', counterparty: 'Orrin AI', value: { amount: 30, approximate: true } },
      ],
    },
    {
      note: 'a person titled by a company\'s possessive ("its chief scientist Dana Roe", "its" being the company just named) who leaves to join another',
      text: 'In a blow to Quillmark Labs, its chief scientist Dana Roe is leaving to join Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Quillmark Labs' }],
    },
    {
      note: 'a person described as working "for" a company (", the project manager for X\'s sports car,") who joins another',
      text: 'Halvard Motors has been on a hiring spree. Dana Roe, the project manager for Kestrel Auto’s i8 sports car, joined Halvard Motors last month as its CEO.',
      claims: [{ type: 'hiring', subject: 'Halvard Motors', counterparty: 'Kestrel Auto' }],
    },
    {
      note: 'an officer "of" something (a place inside) lost "to" another company, and one "leaving" a company "for" another described by its trade',
      text: 'Corvane Stores is losing its EVP of US supply chain to Tarsel Medical Group, Bloomberg reported. Separately, its head of UK payments is leaving Halvard Bank for payments company Kestrel Pay.',
      claims: [
        { type: 'hiring', subject: 'Tarsel Medical Group', counterparty: 'Corvane Stores' },
        { type: 'hiring', subject: 'Kestrel Pay', counterparty: 'Halvard Bank' },
      ],
    },
    {
      note: 'a person with a former employer\'s title who "resurfaced in a new role at" / "has taken up a senior role at" another company',
      text: 'Former Kestrel Group CCO Jane Roe, who resigned unexpectedly in May, has resurfaced in a new role at Halvard Bank. Tom Reyes, who led sales at Corvane Foods, has taken up a senior role at Tarsel Retail.',
      claims: [
        { type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Group' },
        { type: 'hiring', subject: 'Tarsel Retail', counterparty: 'Corvane Foods' },
      ],
    },
    {
      note: 'a past post at an investment firm, told in the sentence after the hire: the firm is where the person comes from',
      text: 'Halvard Bank has appointed Jane Roe as its chief financial officer. She was previously a partner at Kestrel Capital.',
      claims: [{ type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Capital' }],
    },
    {
      note: 'people who defected "en masse to a new platform at" a company, counted before "of" their employer; a CIO "moving to UK bank X"',
      text: '42 members of Kestrel Bank’s technology department defected en masse to a new platform at Halvard Holdings. Orrin Bank CIO Dana Roe is moving to UK bank Tessaly, sources said.',
      claims: [
        { type: 'hiring', subject: 'Halvard Holdings', counterparty: 'Kestrel Bank', value: { amount: 42 } },
        { type: 'hiring', subject: 'Tessaly', counterparty: 'Orrin Bank' },
      ],
    },
    {
      note: '"lost its head of design, Tom Reyes, to Y": a person lost to a rival, named in an apposition',
      text: 'Halvard Auto has lost its head of design, Tom Reyes, to Kestrel Motors.',
      claims: [{ type: 'hiring', subject: 'Kestrel Motors', counterparty: 'Halvard Auto' }],
    },
    {
      note: 'signing a person from another company, the hirer named by a definite description ("the Chinese company")',
      text: 'Months before Lena Vogt joined Halvard Search, the Chinese company signed robotics scientist Omar Reyes from Kestrel Labs.',
      claims: [{ type: 'hiring', subject: 'Halvard Search', counterparty: 'Kestrel Labs' }],
    },
    {
      note: '"the IT services major": "major" as a noun after a line of business refers back to the company',
      text: 'Pelham Infotech reported a rise in profit. The IT services major will hire 40,000 freshers in FY22.',
      claims: [{ type: 'hiring', subject: 'Pelham Infotech', value: { amount: 40_000 } }],
    },
    {
      note: 'a person a title tied to a company in an earlier sentence ("Tessaly CEO Varun Mohan") joins another: hired from the first; movers coordinated ("Mohan and Chen join…")',
      text: 'Tessaly CEO Varun Mohan and co-founder Doug Chen built the coding tool. Orvane announced a licensing deal on Friday. Mohan and Chen join Orvane next week.',
      claims: [{ type: 'hiring', subject: 'Orvane', counterparty: 'Tessaly' }],
    },
    {
      note: 'a rival named in an apposition of its own after "from its rival,"',
      text: 'Orvane Bank has hired Sara Lind, a top executive from its rival, Tessaly Group.',
      claims: [{ type: 'hiring', subject: 'Orvane Bank', counterparty: 'Tessaly Group' }],
    },
    {
      note: 'a lawsuit or an accusation of poaching: the one who complains lost the people to the one accused; a claim names its own loss ("from them")',
      text: 'Quarrow Systems filed a lawsuit against Tessaly Motors for poaching critical engineers. Velmont Cars claims Orvane Auto is poaching staff from them.',
      claims: [
        { type: 'hiring', subject: 'Tessaly Motors', counterparty: 'Quarrow Systems' },
        { type: 'hiring', subject: 'Orvane Auto', counterparty: 'Velmont Cars' },
      ],
    },
    {
      note: 'an unnamed mover by a title ("Ex-X boss joins Y"); an appointment of an unnamed veteran "as" a post',
      text: 'Ex-Tessaly Group boss joins Orvane Labs. Quarrow Bank appoints Velmont Capital veteran as chief executive.',
      claims: [
        { type: 'hiring', subject: 'Orvane Labs', counterparty: 'Tessaly Group' },
        { type: 'hiring', subject: 'Quarrow Bank', counterparty: 'Velmont Capital' },
      ],
    },
    {
      note: 'a person past an apposition "left" one company "for" another described by place and kind ("for Beijing-based Web search provider X")',
      text: 'Zhang Yaqin, a long-time Tessaly Corp research executive, left the company for Beijing-based Web search provider Orvane Search.',
      claims: [{ type: 'hiring', subject: 'Orvane Search', counterparty: 'Tessaly Corp' }],
    },
    {
      note: 'a person "has been hired from" a company, in an article about another company named more than any other: that company hires',
      text: 'Orvane Mobile named a new chief executive on Monday. Orvane Mobile is rebuilding its management. Godfrey Motsa has been hired from Tessaly Telecom to run its southern markets.',
      claims: [{ type: 'hiring', subject: 'Orvane Mobile', counterparty: 'Tessaly Telecom' }],
    },
    {
      note: 'a title tie with a chief-officer abbreviation ("Former Tessaly Airline CCO Thierry Antinori"), then "will join" another',
      text: 'Former Tessaly Airline CCO Thierry Antinori has resurfaced in a new role. The chairman said Antinori will join Orvane Airways as chief strategy officer.',
      claims: [{ type: 'hiring', subject: 'Orvane Airways', counterparty: 'Tessaly Airline' }],
    },
    {
      note: 'a company "announced" a person "as its new" post, and the next sentence says where the person was before; "She joins from X" after an appointment',
      text: 'Security company Tarrow Five announced Kunal Anand as its new CTO on April 2. Anand was previously CTO at Quarrow Security for five years. Orvane Mobile appointed Ann Roe as chief people officer. She joins from beverages firm Tessaly Brewing.',
      claims: [
        { type: 'hiring', subject: 'Tarrow Five', counterparty: 'Quarrow Security' },
        { type: 'hiring', subject: 'Orvane Mobile', counterparty: 'Tessaly Brewing' },
      ],
    },
    {
      note: '"Other recent appointments include X\'s former banking chief, Name": the article\'s company hires from X',
      text: 'Orvane Mobile named a new chief operating officer. Orvane Mobile is rebuilding its management. Other recent appointments include Tessaly Africa\'s former investment banking chief, Stephen van Coller, to run its strategy.',
      claims: [{ type: 'hiring', subject: 'Orvane Mobile', counterparty: 'Tessaly Africa' }],
    },
    {
      note: '"is hiring … from X": a progressive verb, not a passive one',
      text: 'Tessaly Mind is hiring the chief executive and several top engineers from Vessel Voice, a startup working on voice interfaces.',
      claims: [{ type: 'hiring', subject: 'Tessaly Mind', counterparty: 'Vessel Voice' }],
    },
    {
      note: '"has pulled in" researchers from a list of companies: one claim per source',
      text: 'Over the past month, Tessaly Labs has pulled in senior researchers from Orrin AI, Kestrel Labs and Vessel Mind.',
      claims: [
        { type: 'hiring', subject: 'Tessaly Labs', counterparty: 'Orrin AI' },
        { type: 'hiring', subject: 'Tessaly Labs', counterparty: 'Kestrel Labs' },
        { type: 'hiring', subject: 'Tessaly Labs', counterparty: 'Vessel Mind' },
      ],
    },
    {
      note: '"exit X for Y": people leaving one company for another',
      text: 'Engineers are eight times more likely to exit Orrin AI for Tessaly Labs than the reverse.',
      claims: [{ type: 'hiring', subject: 'Tessaly Labs', counterparty: 'Orrin AI' }],
    },
    {
      note: '"who joined on <date> from X": the company the passage is about is the one joined',
      text: 'Orrin Foods named a new boss last month. Dana Lewis, who joined on 1 September from Vessel Group, has been granted options over 1.66 million shares.',
      claims: [{ type: 'hiring', subject: 'Orrin Foods', counterparty: 'Vessel Group' }],
    },
    {
      note: 'a person hired, "co-founder and former CEO of consumer chatbot startup X": the past employer after descriptive words',
      text: 'Corvane Systems earlier this year hired Dana Lewis, co-founder and former CEO of consumer chatbot startup Vessel AI, along with other employees.',
      claims: [{ type: 'hiring', subject: 'Corvane Systems', counterparty: 'Vessel AI' }],
    },
    {
      note: 'a planned hire of "freshers" (Indian English for new graduates), no source',
      text: 'Corvane Systems said it will hire 40,000 freshers this year.',
      claims: [{ type: 'hiring', subject: 'Corvane Systems', counterparty: null, value: { amount: 40_000, unit: 'people' } }],
    },
    {
      note: 'a person hired "of" the company they work for now: the company taken from',
      text: 'Halvard Labs has hired Keith Arden of Corvane Systems as senior vice president of its cloud business.',
      claims: [{ type: 'hiring', subject: 'Halvard Labs', counterparty: 'Corvane Systems' }],
    },
    {
      note: 'people from other companies "joined the team" of the company the passage is about',
      text: 'Kestrel Pay, a Gulf fintech, raised $230 million this year. Former executives from Halvard Bank and Corvid Payments joined the team.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Pay', counterparty: 'Halvard Bank' },
        { type: 'hiring', subject: 'Kestrel Pay', counterparty: 'Corvid Payments' },
      ],
    },
    {
      note: 'a backer named in a modifier ("the X-funded Y snagged…") is no subject',
      text: 'The Kestrel Ventures-funded Shapewell snagged Signpost Labs’ former tech director a few months ago.',
      claims: [{ type: 'hiring', subject: 'Shapewell', counterparty: 'Signpost Labs' }],
    },
    {
      note: 'sources in a list with a describing phrase before the second ("from Zentrix AI and French start-up Quillmark")',
      text: 'Kestrel Labs has also hired talent from Zentrix AI and French start-up Quillmark to build its platform.',
      claims: [
        { type: 'hiring', subject: 'Kestrel Labs', counterparty: 'Zentrix AI' },
        { type: 'hiring', subject: 'Kestrel Labs', counterparty: 'Quillmark' },
      ],
    },
    {
      note: "a hire and the person's past post told in two sentences, by surname",
      text: 'Zentrix AI has hired Raj Patel to run its research lab. Patel previously worked at Kestrel Labs, where he led the speech team.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Kestrel Labs' }],
    },
    {
      note: 'the past post first, the hire after, by surname',
      text: 'Raj Patel spent eight years at Kestrel Labs. In May, Zentrix AI hired Patel to run its research lab.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Kestrel Labs' }],
    },
    {
      note: 'a joining, then "She was previously … at X"',
      text: 'Dana Roe joined Corvid Retail in September. She was previously finance chief at Brightline Foods.',
      claims: [{ type: 'hiring', subject: 'Corvid Retail', counterparty: 'Brightline Foods' }],
    },
    {
      note: 'a company\'s new team "includes" a person formerly of another company',
      text: 'Zentrix AI’s new superintelligence team includes Raj Patel, who built Brightline’s search engine, and Maya Lin, formerly of Kestrel Labs.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Kestrel Labs' }],
    },
    {
      note: '"bringing on" a person, their employer in an apposition ("the lead of X\'s team"); the spot gate lets "bringing on" through',
      text: 'Zentrix AI is bringing on Raj Patel, the lead of Kestrel Labs’ multimodal team.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Kestrel Labs' }],
    },
    {
      note: '"landed" a person described as "the X scientist"',
      text: 'In a major coup, Zentrix AI has landed Raj Patel, the Kestrel Labs scientist behind its image model.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Kestrel Labs' }],
    },
    {
      note: '"signed on with" a company, the former employer in an apposition',
      text: 'Raj Patel, Kestrel Labs’ former chief scientist, has signed on with Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Kestrel Labs' }],
    },
    {
      note: 'left X, with an aside on the post held there, for Y',
      text: 'Raj Patel has left Kestrel Labs, where he led the reasoning team, for Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Kestrel Labs' }],
    },
    {
      note: 'a named person taken, the source said as where they held a similar role (src/claims/hiring/moves.ts)',
      text: 'The ride-hailing startup Zentrix has hired Tom Reyes as its chief product officer, recruiting him away from a similar role at Brightline Deals.',
      claims: [{ type: 'hiring', subject: 'Zentrix', counterparty: 'Brightline Deals' }],
    },
    {
      note: '"ex-X alum" before the person appointed; the name after "ex-" runs on over capitalised words',
      text: 'When Corvid Capital appointed ex-Kestrel Cloud alum Maya Lin as CIO in 2019, it made sense.',
      claims: [{ type: 'hiring', subject: 'Corvid Capital', counterparty: 'Kestrel Cloud' }],
    },
    {
      note: 'a person who "is departing X for Y"',
      text: 'Dana Roe is departing Kestrel Pay for Halvard Bank, where she will lead payments.',
      claims: [{ type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Pay' }],
    },
    {
      note: "a person the company names, held by their current employer's possessive",
      text: 'Halvard Bank has named Kestrel Pay’s Raj Patel as its new chief technology officer.',
      claims: [{ type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Pay' }],
    },
    {
      note: 'a past post in a relative clause ("who led engineering at X") and the company joined',
      text: 'Raj Patel, who led engineering at Kestrel Pay, is joining Halvard Bank.',
      claims: [{ type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Pay' }],
    },
    {
      note: 'the person\'s employer in an apposition after the name ("Raj Patel, X\'s engineering chief,")',
      text: 'Halvard Bank has lured Raj Patel, Kestrel Pay’s engineering chief, to run its technology division.',
      claims: [{ type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Pay' }],
    },
    {
      note: 'moving to a company after years running something at another',
      text: 'Raj Patel moves to Halvard Bank after eight years running engineering at Kestrel Pay.',
      claims: [{ type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Pay' }],
    },
    {
      note: 'joining, with no object, the company that announces it',
      text: 'Halvard Bank said Raj Patel, who has spent 11 years at Kestrel Pay, will join as chief technology officer in May.',
      claims: [{ type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Pay' }],
    },
    {
      note: 'a past post said with its tenure ("after two decades at X") stays the source though "at" reads like an object of another verb',
      text: 'Raj Patel, who joined Halvard Cloud in March after two decades at Kestrel Systems, has been on a hiring spree to make the company more competitive.',
      claims: [{ type: 'hiring', subject: 'Halvard Cloud', counterparty: 'Kestrel Systems' }],
    },
    {
      note: 'a post held before, named with its title ("previously chief operating officer at X"), is where the person came from',
      text: 'Maya Lin, previously chief operating officer at Brightline Foods, joined Corvid Retail in June.',
      claims: [{ type: 'hiring', subject: 'Corvid Retail', counterparty: 'Brightline Foods' }],
    },
    {
      note: '"plucked developers from" a list: each company listed is a source',
      text: 'Before it was bought, the messaging startup Pingly plucked developers from Corvid Labs, Stackwise and Brightline.',
      claims: [
        { type: 'hiring', subject: 'Pingly', counterparty: 'Corvid Labs' },
        { type: 'hiring', subject: 'Pingly', counterparty: 'Stackwise' },
        { type: 'hiring', subject: 'Pingly', counterparty: 'Brightline' },
      ],
    },
    {
      note: '"snagged X\'s former tech director": a company\'s person taken',
      text: 'The venture-backed Zentrix AI snagged Stackwise’s former tech director a few months ago.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Stackwise' }],
    },
    {
      note: 'an age before the person\'s company and title ("hired 28-year-old X CEO Tom Reyes")',
      text: 'Halvard Robotics recently hired 28-year-old Brindle AI CEO Tom Reyes to lead its new lab.',
      claims: [{ type: 'hiring', subject: 'Halvard Robotics', counterparty: 'Brindle AI' }],
    },
    {
      note: '"named X, formerly of Y, as its CFO": the spot gate lets "named" through to the appointment rule',
      text: 'Varrow Motors named Dana Roe, formerly of Kestrel Dynamics, as its new chief financial officer.',
      claims: [{ type: 'hiring', subject: 'Varrow Motors', counterparty: 'Kestrel Dynamics' }],
    },
    {
      note: '"snagged executives from" a list of companies, and "as well as from rival makers like" a second list',
      text: 'Over two years Varrow Motors has snagged executives from Kestrel Dynamics and Pellum Systems, as well as from rival car makers like Ostrava Motors and Lindqvist Auto.',
      claims: [
        { type: 'hiring', subject: 'Varrow Motors', counterparty: 'Kestrel Dynamics' },
        { type: 'hiring', subject: 'Varrow Motors', counterparty: 'Pellum Systems' },
        { type: 'hiring', subject: 'Varrow Motors', counterparty: 'Ostrava Motors' },
        { type: 'hiring', subject: 'Varrow Motors', counterparty: 'Lindqvist Auto' },
      ],
    },
    {
      note: 'a person "left X for Y" after a list of products they built: the company left is the source, not the products',
      text: 'Having overseen the Skylark Pad and the Vireo Book, Dana Roe left Kestrel Dynamics for Varrow Motors in 2021.',
      claims: [{ type: 'hiring', subject: 'Varrow Motors', counterparty: 'Kestrel Dynamics' }],
    },
    {
      note: 'two coined one-word names: the hire of researchers or of a named chief vouches for both as companies; ", including its head of…" and ", has joined X as chief scientist" are no role appositions making the source a person',
      text: 'Quillmark has hired three senior researchers from Brenvik, including its head of reasoning. Dana Roe, formerly of Ostrel, has joined Tavask as chief scientist.',
      claims: [
        { type: 'hiring', subject: 'Quillmark', counterparty: 'Brenvik', value: { amount: 3, text: 'three senior researchers' } },
        { type: 'hiring', subject: 'Tavask', counterparty: 'Ostrel', value: null },
      ],
    },
    {
      note: 'a hire "snagged" from a company, in a sentence with no number, reaches the rules',
      text: 'Zentrix AI snagged Tom Reyes from Copperleaf Labs.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' }],
    },
    {
      note: 'an appointment or a move in a sentence with no number still reaches the rules (the spot gate knows appoint, move, switch, woo)',
      text: 'Zentrix AI appointed Tom Reyes, a former Copperleaf Labs executive, as president. Dana Roe moved from Quillmark Systems to Halvard Robotics.',
      claims: [
        { type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' },
        { type: 'hiring', subject: 'Halvard Robotics', counterparty: 'Quillmark Systems' },
      ],
    },
    {
      note: 'a list that goes on in lower case lists teams of one company ("former X Vision, QA, Drivetrain, mechanical design and firmware engineers")',
      text: 'Halvard Robotics has also hired former Kestrel Vision, QA, Drivetrain, mechanical design and firmware engineers.',
      claims: [{ type: 'hiring', subject: 'Halvard Robotics', counterparty: 'Kestrel Vision' }],
    },
    {
      note: 'people counted before a "join"-verb, the source after "leaving"',
      text: 'At least 25 researchers have defected to Halvard Robotics, leaving Northgate University short of staff.',
      claims: [{ type: 'hiring', subject: 'Halvard Robotics', counterparty: 'Northgate University', value: { amount: 25, min: 25, unit: 'people' } }],
    },
    {
      note: '"poached N researchers from"',
      text: 'Meta has poached three researchers from OpenAI.',
      claims: [
        {
          type: 'hiring',
          subject: 'Meta',
          counterparty: 'OpenAI',
          value: { amount: 3, unit: 'people', approximate: false, text: 'three researchers' },
        },
      ],
    },
    {
      note: '"hired N engineers from"',
      text: 'Zentrix AI hired 300 engineers from Google over the past year.',
      claims: [
        {
          type: 'hiring',
          subject: 'Zentrix AI',
          counterparty: 'Google',
          value: { amount: 300, unit: 'people', approximate: false, text: '300 engineers' },
        },
      ],
    },
    {
      note: '"joins X from Y": a single named person, no count',
      text: 'Jane Okafor joins Quillmark from Stripe, where she led the payments team.',
      claims: [
        {
          type: 'hiring',
          subject: 'Quillmark',
          counterparty: 'Stripe',
          value: null,
        },
      ],
    },
    {
      note: '"lured away a dozen engineers from"',
      text: 'Halvard Robotics has lured away a dozen engineers from Tesla.',
      claims: [
        {
          type: 'hiring',
          subject: 'Halvard Robotics',
          counterparty: 'Tesla',
          value: { amount: 12, unit: 'people', text: 'a dozen engineers' },
        },
      ],
    },
    {
      note: 'acqui-hire of a whole team; "N-person team"',
      text: 'In an acqui-hire, Pellucid Labs brought on the entire 14-person team of Brindle AI.',
      claims: [
        {
          type: 'hiring',
          subject: 'Pellucid Labs',
          counterparty: 'Brindle AI',
          value: { amount: 14, unit: 'people', approximate: false, text: '14-person' },
        },
      ],
    },
    {
      note: '"former X researchers it hired"',
      text: 'Copperleaf AI’s new research lab is staffed largely by former DeepMind researchers it hired this spring.',
      claims: [
        {
          type: 'hiring',
          subject: 'Copperleaf AI',
          counterparty: 'DeepMind',
          value: null,
        },
      ],
    },
    {
      note: 'a company hiring from a university is hiring',
      text: 'Kiteline AI hired two professors from Stanford University to lead its robotics group.',
      claims: [
        {
          type: 'hiring',
          subject: 'Kiteline AI',
          counterparty: 'Stanford University',
          value: { amount: 2, unit: 'people', approximate: false, text: 'two professors' },
        },
      ],
    },
    {
      note: '"hired <person>, a former X executive"',
      text: 'Apple hired Marcus Lindqvist, a former Tesla executive, to run its car project.',
      claims: [
        {
          type: 'hiring',
          subject: 'Apple',
          counterparty: 'Tesla',
          value: null,
        },
      ],
    },
    {
      note: 'people familiar → reported; "several" (value not checked)',
      text: 'Anthropic has hired several senior engineers from Google, according to people familiar with the matter.',
      claims: [
        {
          type: 'hiring',
          subject: 'Anthropic',
          counterparty: 'Google',
          modality: 'reported',
        },
      ],
    },
    {
      note: 'two source companies → two claims',
      text: 'Sorrel Robotics has hired researchers from OpenAI and Google DeepMind.',
      claims: [
        {
          type: 'hiring',
          subject: 'Sorrel Robotics',
          counterparty: 'OpenAI',
          value: null,
        },
        {
          type: 'hiring',
          subject: 'Sorrel Robotics',
          counterparty: 'Google DeepMind',
          value: null,
        },
      ],
    },
    {
      note: 'two sources with their own counts; the second count has no noun after it',
      text: 'Northvane AI hired 20 engineers from Shopify and five from Amazon.',
      claims: [
        {
          type: 'hiring',
          subject: 'Northvane AI',
          counterparty: 'Shopify',
          value: { amount: 20, unit: 'people', approximate: false, text: '20 engineers' },
        },
        {
          type: 'hiring',
          subject: 'Northvane AI',
          counterparty: 'Amazon',
          value: { amount: 5, unit: 'people', approximate: false, text: 'five' },
        },
      ],
    },
    {
      note: '"X lost N engineers to Y": Y hires from X',
      text: 'Quillmark lost five engineers to Meta last month.',
      claims: [
        {
          type: 'hiring',
          subject: 'Meta',
          counterparty: 'Quillmark',
          value: { amount: 5, unit: 'people', approximate: false, text: 'five engineers' },
        },
      ],
    },
    {
      note: 'headline, "Former X engineers join Y"',
      text: 'Former Nvidia engineers join Driftwood Labs',
      claims: [
        {
          type: 'hiring',
          subject: 'Driftwood Labs',
          counterparty: 'Nvidia',
          value: null,
        },
      ],
    },
    {
      note: 'wire copy; "about N staff" → approximate',
      text: 'LONDON (Reuters) - Harrowgate has hired about 40 staff from Revolut as it expands its lending business.',
      claims: [
        {
          type: 'hiring',
          subject: 'Harrowgate',
          counterparty: 'Revolut',
          value: { amount: 40, unit: 'people', approximate: true, text: 'about 40 staff' },
        },
      ],
    },
    {
      note: 'key-facts bullet with no subject; hyphenated source name',
      text: 'Lattice Forge: key facts\n• Hired 12 engineers from Rolls-Royce in 2024\n• Opened a second office in Bristol',
      claims: [
        {
          type: 'hiring',
          subject: 'Lattice Forge',
          counterparty: 'Rolls-Royce',
          value: { amount: 12, unit: 'people', approximate: false, text: '12 engineers' },
        },
      ],
    },
    {
      note: '"at least N" → min; possessive source ("Apple’s … team")',
      text: 'Meta has poached at least 10 researchers from Apple’s foundation models team.',
      claims: [
        {
          type: 'hiring',
          subject: 'Meta',
          counterparty: 'Apple',
          value: { amount: 10, min: 10, unit: 'people', text: 'at least 10 researchers' },
        },
      ],
    },
    {
      note: 'single hire "poached its new chief scientist from"',
      text: 'Ostrava Labs poached its new chief scientist from Microsoft.',
      claims: [
        {
          type: 'hiring',
          subject: 'Ostrava Labs',
          counterparty: 'Microsoft',
          value: null,
        },
      ],
    },
    {
      note: 'coreference: "The company’s new CTO … joined from Y"',
      text: 'Stackwise has reshuffled its leadership. The company’s new CTO, Priya Raman, joined from Salesforce in March.',
      claims: [
        {
          type: 'hiring',
          subject: 'Stackwise',
          counterparty: 'Salesforce',
          value: null,
          evidence: ['joined from Salesforce'],
        },
      ],
    },
    {
      note: '"more than N people from" → min; "since 2023" is not a count',
      text: 'Tidewater AI has hired more than 50 people from Palantir since 2023.',
      claims: [
        {
          type: 'hiring',
          subject: 'Tidewater AI',
          counterparty: 'Palantir',
          value: { amount: 50, min: 50, unit: 'people', approximate: true, text: 'more than 50 people' },
        },
      ],
    },
    {
      note: '"is said to have hired" → hedged; vague count not checked',
      text: 'Fernhill is said to have hired several engineers from Wise.',
      claims: [
        {
          type: 'hiring',
          subject: 'Fernhill',
          counterparty: 'Wise',
          modality: 'hedged',
        },
      ],
    },
    {
      note: 'denied → negated',
      text: 'Vantablack Systems denied that it had hired any engineers from Ferrous Energy.',
      claims: [
        {
          type: 'hiring',
          subject: 'Vantablack Systems',
          counterparty: 'Ferrous Energy',
          value: null,
          modality: 'negated',
        },
      ],
    },
    {
      note: 'acqui-hire phrased as a deal to hire a startup’s CEO and team',
      text: 'Google struck a deal to hire Windmere AI’s chief executive and most of its research team.',
      claims: [
        {
          type: 'hiring',
          subject: 'Google',
          counterparty: 'Windmere AI',
          value: null,
        },
      ],
    },
    {
      note: 'a named person plus "dozens of staff" (vague count not checked)',
      text: 'Microsoft hired Sam Dalton and dozens of staff from Inflexion AI.',
      claims: [
        {
          type: 'hiring',
          subject: 'Microsoft',
          counterparty: 'Inflexion AI',
        },
      ],
    },
    {
      note: 'coreference: "It has hired" after a sentence naming the company',
      text: 'Brightwave Health is building a clinical AI team. It has hired eight data scientists from Epic Systems.',
      claims: [
        {
          type: 'hiring',
          subject: 'Brightwave Health',
          counterparty: 'Epic Systems',
          value: { amount: 8, unit: 'people', approximate: false, text: 'eight data scientists' },
          evidence: ['from Epic Systems'],
        },
      ],
    },
    {
      note: 'apposition; "recruited N engineers from"',
      text: 'Corvid Security, a Tel Aviv-based cyber startup, has recruited 25 engineers from Check Point.',
      claims: [
        {
          type: 'hiring',
          subject: 'Corvid Security',
          counterparty: 'Check Point',
          value: { amount: 25, unit: 'people', approximate: false, text: '25 engineers' },
        },
      ],
    },
    {
      note: 'Q&A; the answer names both companies',
      text: 'Q: How did Mirepoint build its team so fast?\nA: Mirepoint hired 30 engineers from Uber in a single month.',
      claims: [
        {
          type: 'hiring',
          subject: 'Mirepoint',
          counterparty: 'Uber',
          value: { amount: 30, unit: 'people', approximate: false, text: '30 engineers' },
        },
      ],
    },
    {
      note: '"snapped up"',
      text: 'Aurelian Bio snapped up six scientists from Genentech.',
      claims: [
        {
          type: 'hiring',
          subject: 'Aurelian Bio',
          counterparty: 'Genentech',
          value: { amount: 6, unit: 'people', approximate: false, text: 'six scientists' },
        },
      ],
    },
    {
      note: 'people as the grammatical subject: "N engineers defected from X to Y"',
      text: 'Four engineers defected from Rivian to Kestrel Dynamics.',
      claims: [
        {
          type: 'hiring',
          subject: 'Kestrel Dynamics',
          counterparty: 'Rivian',
          value: { amount: 4, unit: 'people', approximate: false, text: 'Four engineers' },
        },
      ],
    },
    {
      note: 'nominalised: "X’s hiring of N nurses from Y"',
      text: 'Opaline Health’s hiring of 30 nurses from Kaiser Permanente drew criticism from the union.',
      claims: [
        {
          type: 'hiring',
          subject: 'Opaline Health',
          counterparty: 'Kaiser Permanente',
          value: { amount: 30, unit: 'people', approximate: false, text: '30 nurses' },
        },
      ],
    },
    {
      note: '"brought over a team of N physicists from"',
      text: 'Halcyon Quantum brought over a team of 9 physicists from IBM.',
      claims: [
        {
          type: 'hiring',
          subject: 'Halcyon Quantum',
          counterparty: 'IBM',
          value: { amount: 9, unit: 'people', approximate: false, text: '9 physicists' },
        },
      ],
    },
    {
      note: 'real big-tech names on both sides; compound noun after the number',
      text: 'Nvidia has hired 40 chip designers from Intel this year.',
      claims: [
        {
          type: 'hiring',
          subject: 'Nvidia',
          counterparty: 'Intel',
          value: { amount: 40, unit: 'people', approximate: false, text: '40 chip designers' },
        },
      ],
    },
    {
      note: '"added N former X engineers" (modifiers are part of the value text)',
      text: 'Sablefish Analytics added 7 former Palantir engineers to its team.',
      claims: [
        {
          type: 'hiring',
          subject: 'Sablefish Analytics',
          counterparty: 'Palantir',
          value: { amount: 7, unit: 'people', approximate: false, text: '7 former Palantir engineers' },
        },
      ],
    },
    {
      note: '"has hired <person> from X as its head of design"',
      text: 'Quartzline has hired Lena Fischer from Airbnb as its head of design.',
      claims: [
        {
          type: 'hiring',
          subject: 'Quartzline',
          counterparty: 'Airbnb',
          value: null,
        },
      ],
    },
    {
      note: '"hired N engineers away from"',
      text: 'In a talent raid, Orbital Loom hired 22 engineers away from SpaceX.',
      claims: [
        {
          type: 'hiring',
          subject: 'Orbital Loom',
          counterparty: 'SpaceX',
          value: { amount: 22, unit: 'people', approximate: false, text: '22 engineers' },
        },
      ],
    },
    {
      note: 'tech-blog register with smart quotes; "ex-X" prefix',
      text: 'Greyfriar Systems just landed “a who’s who” of ex-Stripe engineers — 11 of them, per the company.',
      claims: [
        {
          type: 'hiring',
          subject: 'Greyfriar Systems',
          counterparty: 'Stripe',
          value: { amount: 11, unit: 'people' },
        },
      ],
    },
    {
      note: 'a planned hire with a count and no source: counterparty null (CLAIMS.md: "will hire 40,000 graduates this year"); hedged',
      text: 'Quillmark plans to hire 200 engineers this year.',
      claims: [
        { type: 'hiring', subject: 'Quillmark', counterparty: null, modality: 'hedged', value: { amount: 200, unit: 'people', text: '200 engineers' } },
      ],
    },
    {
      note: 'hires counted, no source named: counterparty null',
      text: 'Kiteline AI has hired 45 people since January.',
      claims: [
        { type: 'hiring', subject: 'Kiteline AI', counterparty: null, modality: 'asserted', value: { amount: 45, unit: 'people', text: '45 people' } },
      ],
    },
    {
      note: 'people named by their company with modifiers between: "a top X artificial intelligence executive"',
      text: 'Halvard Robotics has poached a top Kestrel Dynamics artificial intelligence executive.',
      claims: [{ type: 'hiring', subject: 'Halvard Robotics', counterparty: 'Kestrel Dynamics' }],
    },
    {
      note: 'headline: "hires three X traders"',
      text: 'Kestrel Partners hires three Ashgrove Securities traders',
      claims: [{ type: 'hiring', subject: 'Kestrel Partners', counterparty: 'Ashgrove Securities', value: { amount: 3, unit: 'people' } }],
    },
    {
      note: '"hired X’s <person>" (a plural possessive apostrophe)',
      text: 'Kestrel Partners has hired Ashgrove Securities’ John Miller to run its credit desk.',
      claims: [{ type: 'hiring', subject: 'Kestrel Partners', counterparty: 'Ashgrove Securities', value: null }],
    },
    {
      note: 'headline: "acqui-hires X": the company acqui-hired is the source',
      text: 'Zentrix AI acqui-hires Copperleaf Labs',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: 'an opening participle clause: the hirer is the subject after the comma',
      text: 'After hiring a team of six brokers from Ashgrove Securities last spring, Kestrel Partners doubled its client list.',
      claims: [{ type: 'hiring', subject: 'Kestrel Partners', counterparty: 'Ashgrove Securities', value: { amount: 6, unit: 'people' } }],
    },
    {
      note: 'a person’s new post in apposition, then the move "from" the source',
      text: 'Tom Reyes, head of credit trading at Kestrel Partners, moved with his four-man team from broker Ashgrove Securities in May.',
      claims: [{ type: 'hiring', subject: 'Kestrel Partners', counterparty: 'Ashgrove Securities', value: { amount: 4, unit: 'people' } }],
    },
    {
      note: 'nominalised with a possessive source: "X’s hiring of Y’s top engineer"',
      text: 'Quillmark Labs’ hiring of Stackwise Inc’s top engineer raised eyebrows.',
      claims: [{ type: 'hiring', subject: 'Quillmark Labs', counterparty: 'Stackwise Inc', value: null }],
    },
    {
      note: 'a surname that is also a word opens "joined X from Y"',
      text: 'Field joined Halvard Robotics in 2013 from Kestrel Dynamics, where he was a vice president.',
      claims: [{ type: 'hiring', subject: 'Halvard Robotics', counterparty: 'Kestrel Dynamics', value: null }],
    },
    {
      note: 'a counted hire, the hirer right before the verb in a subordinate clause',
      text: 'Shares in Brightwater Retail rose after Kestrel Stores said it will hire 3,000 workers.',
      claims: [{ type: 'hiring', subject: 'Kestrel Stores', counterparty: null, value: { amount: 3000, unit: 'people', text: '3,000 workers' } }],
    },
    {
      note: 'headline: "adds N staff", no source',
      text: 'Kestrel Partners adds 40 staff as it expands into Europe',
      claims: [{ type: 'hiring', subject: 'Kestrel Partners', counterparty: null, value: { amount: 40, unit: 'people', text: '40 staff' } }],
    },
    {
      note: 'a named company creating jobs will fill them: counterparty null',
      text: 'Halvard Robotics will create 2,000 new jobs at its Sunderland plant.',
      claims: [{ type: 'hiring', subject: 'Halvard Robotics', counterparty: null, value: { amount: 2000, unit: 'people', text: '2,000 new jobs' } }],
    },
    {
      note: '"former employees of X": one claim, with X, and no sourceless twin',
      text: 'Zentrix AI has hired about 30 former employees of Copperleaf Labs.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: { amount: 30, unit: 'people', approximate: true, text: 'about 30 former employees' } }],
    },
    {
      note: '"lost a team of N bankers to X": a longer object before "to"',
      text: 'Ashgrove Securities has lost a team of six bankers to Kestrel Partners.',
      claims: [{ type: 'hiring', subject: 'Kestrel Partners', counterparty: 'Ashgrove Securities' }],
    },
    {
      note: 'passive move: "was lured to X"',
      text: 'Copperleaf Labs’ chief executive, Tom Reyes, was lured to Zentrix AI with a big pay rise.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: 'an age between commas after the person',
      text: 'Mr Reyes, 52, left Ashgrove Securities for Kestrel Partners in 2015.',
      claims: [{ type: 'hiring', subject: 'Kestrel Partners', counterparty: 'Ashgrove Securities', value: null }],
    },
    {
      note: 'apprentices are hires',
      text: 'Halvard Robotics is taking on 200 apprentices this autumn.',
      claims: [{ type: 'hiring', subject: 'Halvard Robotics', counterparty: null, value: { amount: 200, unit: 'people' } }],
    },
    {
      note: 'the post names the hirer: "X’s new chief economist, <person>, joins from Y"',
      text: 'Kestrel Partners’ new chief economist, Sarah Chen, joins from Ashgrove Securities.',
      claims: [{ type: 'hiring', subject: 'Kestrel Partners', counterparty: 'Ashgrove Securities', value: null }],
    },
    {
      note: '"the latest X executive to join Y"',
      text: 'She is the latest Ashgrove Securities executive to join Kestrel Partners.',
      claims: [{ type: 'hiring', subject: 'Kestrel Partners', counterparty: 'Ashgrove Securities', value: null }],
    },
    {
      note: 'license-and-hire deal: "its founders" are the licensor’s',
      text: 'Halvard Robotics agreed to license Kestrel Dynamics’ technology and hire its founders.',
      claims: [{ type: 'hiring', subject: 'Halvard Robotics', counterparty: 'Kestrel Dynamics', value: null }],
    },
    {
      note: '"rehires X founder <person>"',
      text: 'Kestrel Stores rehires Ashgrove Retail founder Tom Reyes in $40m deal',
      claims: [{ type: 'hiring', subject: 'Kestrel Stores', counterparty: 'Ashgrove Retail', value: null }],
    },
    {
      note: 'a named company adding jobs: counterparty null',
      text: 'Halvard Motors said it would add 1,200 jobs over the next two years.',
      claims: [{ type: 'hiring', subject: 'Halvard Motors', counterparty: null, value: { amount: 1200, unit: 'people', text: '1,200 jobs' } }],
    },
    {
      note: 'a company named by the singular title of its person: "X executive <person> defects to Y"',
      text: 'Copperleaf Labs executive Tom Reyes defects to Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: '"a X veteran" in apposition to the mover',
      text: 'Tom Reyes, a Copperleaf Labs veteran, joins Zentrix AI as head of sales.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: 'a person\'s time at the company left: "who spent a decade at X"',
      text: 'Tom Reyes, who spent a decade at Copperleaf Labs, has joined Zentrix AI as chief scientist.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: 'time at the company left in a fronted phrase: "After nine years at X"',
      text: 'After nine years at Copperleaf Labs, Tom Reyes has joined Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: '"previously worked at X before joining Y"',
      text: 'Tom Reyes previously worked at Copperleaf Labs before joining Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: '"departs for" a company',
      text: 'Copperleaf Labs CFO Tom Reyes departs for Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: 'a passive hire, source before hirer: "hired away from X by Y"',
      text: 'Tom Reyes has been hired away from Copperleaf Labs by Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: '"was recruited from X by Y"',
      text: 'Tom Reyes was recruited from Copperleaf Labs by Zentrix AI last year.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: '"raiding X for talent": a raid on a company for its people',
      text: 'Zentrix AI has been raiding Copperleaf Labs for talent.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: 'an appointment verb with the source in apposition',
      text: 'Zentrix AI appointed Tom Reyes, a former Copperleaf Labs executive, as president.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: '"<person> moved from X to Y" with no number in the sentence',
      text: 'Tom Reyes moved from Copperleaf Labs to Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: 'a bullet of sources under a heading: no fronted clause, and the second item is no hirer',
      text: 'Zentrix AI: the key facts\n  • Zentrix AI valued at $2 billion with 90 employees\n  • Hiring from Copperleaf Labs, Kestrel Dynamics, and Halvard Robotics\n',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }, { type: 'hiring', subject: 'Zentrix AI', counterparty: 'Kestrel Dynamics', value: null }, { type: 'hiring', subject: 'Zentrix AI', counterparty: 'Halvard Robotics', value: null }],
    },
    {
      note: 'a name opening with an -ing word is no fronted participle clause ("Keeling Aerospace has hired…, …")',
      text: 'Keeling Aerospace has hired engineers from Copperleaf Labs, Kestrel Dynamics and Halvard Robotics.',
      claims: [{ type: 'hiring', subject: 'Keeling Aerospace', counterparty: 'Copperleaf Labs', value: null }, { type: 'hiring', subject: 'Keeling Aerospace', counterparty: 'Kestrel Dynamics', value: null }, { type: 'hiring', subject: 'Keeling Aerospace', counterparty: 'Halvard Robotics', value: null }],
    },
    {
      note: 'a fronted participle clause: the hirer opens the main clause even when "and its …" follows it',
      text: 'After luring 20 researchers from Copperleaf Labs, Zentrix AI and its backers are raising money.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: { amount: 20, unit: 'people', text: '20 researchers' } }],
    },
    {
      note: 'a company named by the title of its person: "the X CEO … will join Y"',
      text: 'The Copperleaf Labs chief scientist will join Zentrix AI next month.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: 'the title’s company, with more people joined to it',
      text: 'The Copperleaf Labs CEO and several senior researchers will join Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' }],
    },
    {
      note: '"people who worked at" a list of companies: one claim for each',
      text: 'Zentrix AI has hired engineers who previously worked at Copperleaf Labs, Kestrel Dynamics and Halvard Robotics.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }, { type: 'hiring', subject: 'Zentrix AI', counterparty: 'Kestrel Dynamics', value: null }, { type: 'hiring', subject: 'Zentrix AI', counterparty: 'Halvard Robotics', value: null }],
    },
    {
      note: 'paid X to license and hire its staff: "its" is the paid company',
      text: 'Zentrix AI paid Copperleaf Labs $650 million to license its models and hire most of its staff.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: 'a stake in X and its chief executive hired',
      text: 'Zentrix AI took a 49% stake in Copperleaf Labs and hired its chief executive, Tom Reyes.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: 'an investment in X and its founders hired',
      text: 'Zentrix AI invested $2 billion in Copperleaf Labs and hired its founders.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: null }],
    },
    {
      note: 'an appointment of a person named by their former company ("appointed former X executive <person> as")',
      text: 'Zentrix AI has appointed former Copperleaf Labs executive Tom Reyes as chief executive.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' }],
    },
    {
      note: 'a passive appointment: the person named by their former company, the post by its new one',
      text: 'Former Copperleaf Labs executive Tom Reyes has been appointed chief executive of Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' }],
    },
    {
      note: 'a passive appointment of a person whose past is told in an apposition',
      text: 'Tom Reyes, who previously led Copperleaf Labs’ cloud unit, was appointed chief executive of Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' }],
    },
    {
      note: '"brought in <person> from X"',
      text: 'In 2024 Zentrix AI brought in Tom Reyes from Copperleaf Labs to run its chip unit.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' }],
    },
    {
      note: 'staff added from a company',
      text: 'Zentrix AI added 12 researchers from Copperleaf Labs in the quarter.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: { amount: 12, unit: 'people' } }],
    },
    {
      note: 'a company that employs former staff of another',
      text: 'Zentrix AI now employs more than 30 former Copperleaf Labs engineers.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: { amount: 30, unit: 'people' } }],
    },
    {
      note: 'alumni of a company who now work at another',
      text: 'Some 40 Copperleaf Labs alumni now work at Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: { amount: 40, unit: 'people' } }],
    },
    {
      note: 'a company that has seen its staff leave for another: the loser is the source',
      text: 'Copperleaf Labs has seen 25 staff depart for Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: { amount: 25, unit: 'people' } }],
    },
    {
      note: '"bleeding talent to Y"',
      text: 'Copperleaf Labs is bleeding talent to Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' }],
    },
    {
      note: 'people lost "to rivals including Y"',
      text: 'Copperleaf Labs has lost about a dozen senior researchers to rivals including Zentrix AI.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' }],
    },
    {
      note: 'a count of people who left X for Y',
      text: 'At least 20 researchers have left Copperleaf Labs for Zentrix AI this year.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs', value: { amount: 20, unit: 'people' } }],
    },
    {
      note: 'a headline: "quits X, joins Y"',
      text: 'Tom Reyes quits Copperleaf Labs, joins Zentrix AI',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' }],
    },
    {
      note: 'roles to fill are hires without a source',
      text: 'Zentrix AI is looking to fill 1,000 roles this year.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: null, value: { amount: 1000 } }],
    },
    {
      note: 'a person\'s move told by a post taken ("will become X\'s chief financial officer", "will take over as chief executive of X", "take the helm at X") and a past post ("formerly of", "who led Y\'s…", "a Y alum", "a 20-year veteran of Y")',
      text: 'Dana Roe, formerly of Kestrel Securities, will become Halvard Bank\'s chief financial officer in June. Raj Mehta, who led Brenmoor Insurance\'s Asia business, will take over as chief executive of Tessaly Re. Sarah Lin, a Quorvex Systems alum, will take the helm at Vantor Labs. Orrin Pay named Tom Reyes, a 20-year veteran of Copperleaf Bank, as chief risk officer.',
      claims: [
        { type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Securities' },
        { type: 'hiring', subject: 'Tessaly Re', counterparty: 'Brenmoor Insurance' },
        { type: 'hiring', subject: 'Vantor Labs', counterparty: 'Quorvex Systems' },
        { type: 'hiring', subject: 'Orrin Pay', counterparty: 'Copperleaf Bank' },
      ],
    },
    {
      note: 'a move told over two sentences: "X is Y\'s new CFO." then "Before joining Y, X was … at Z", and "Ex-Z banker X joins Y" opening a headline',
      text: 'Halvard Bank reported results on Monday. Dana Roe is Halvard Bank\'s new CFO. Before joining Halvard Bank, Roe was chief financial officer at Kestrel Securities.\nEx-Brenmoor Insurance banker Raj Mehta joins Tessaly Re',
      claims: [
        { type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Securities' },
        { type: 'hiring', subject: 'Tessaly Re', counterparty: 'Brenmoor Insurance' },
      ],
    },
    {
      note: 'posts to recruit ("recruit about 1,000 R&D positions"): an ampersand inside "R&D" keeps it one modifier',
      text: 'Ostrava Telecom said it plans to recruit about one thousand R&D positions in Sweden over three years.',
      claims: [{ type: 'hiring', subject: 'Ostrava Telecom', counterparty: null, value: { amount: 1000 } }],
    },
    {
      note: 'a dashed range of new graduates hired ("15,000-20,000 freshers")',
      text: 'Velloran Infotech hires about 15,000-20,000 freshers on an average every year.',
      claims: [{ type: 'hiring', subject: 'Velloran Infotech', counterparty: null, value: { min: 15000, max: 20000 } }],
    },
    {
      note: '"make N new hires"',
      text: 'Zentrix AI expects to make 500 new hires in 2025.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: null, value: { amount: 500 } }],
    },
    {
      note: "a company's recruitment of a count of staff",
      text: 'Halvard Bank’s recruitment of 400 new staff will be completed by June.',
      claims: [{ type: 'hiring', subject: 'Halvard Bank', counterparty: null, value: { amount: 400 } }],
    },
    {
      note: "a bullet of hires by source under the company's heading",
      text: 'Zentrix AI Inc: the year in numbers\n• Hires from Copperleaf Labs: 12',
      claims: [{ type: 'hiring', subject: 'Zentrix AI Inc', counterparty: 'Copperleaf Labs', value: { amount: 12, unit: 'people' } }],
    },
    {
      note: "a person, named by their former company, among a company's latest hires",
      text: 'Tom Reyes, a former Copperleaf Labs researcher, is among Zentrix AI’s latest hires.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' }],
    },
    {
      note: '"X\'s latest hire is <person>, a former Y researcher"',
      text: 'Zentrix AI’s latest hire is Tom Reyes, a former Copperleaf Labs researcher.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' }],
    },
    {
      note: "a licensing deal that takes the other company's founders",
      text: 'Zentrix AI paid $900 million to license Copperleaf Labs’ models and take its founders.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' }],
    },
    {
      note: '"a half-dozen X researchers"',
      text: 'Zentrix AI recently hired a half-dozen Copperleaf Labs researchers.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' }],
    },
    {
      note: '(backlog: spot gate) "named former X executive <person> as"',
      text: 'Zentrix AI has named former Copperleaf Labs executive Tom Reyes as chief technology officer.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' }],
    },
    {
      note: '(backlog: spot gate) "snagged <person> from X"',
      text: 'Zentrix AI snagged Tom Reyes from Copperleaf Labs.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' }],
    },
    {
      note: "(backlog: spot gate) a company's team acquired",
      text: 'Zentrix AI acquired Copperleaf Labs’ team but not its technology.',
      claims: [{ type: 'hiring', subject: 'Zentrix AI', counterparty: 'Copperleaf Labs' }],
    },
    {
      note: 'a person said to be past at another company in an apposition, who "joins as" a post, in a passage about one company',
      text: 'Quorvex Labs raised $48 million. Quorvex Labs also named a new finance chief. Marcus Lyle, formerly vice president of sales at Orrin Systems, joins as chief revenue officer.',
      claims: [{ type: 'hiring', subject: 'Quorvex Labs', counterparty: 'Orrin Systems' }],
    },
    {
      note: 'an "alumna" of a company in an apposition, then the new post as the company\'s',
      text: "Dana Roe, an Orrin Systems alumna, is Quorvex Labs' new chief product officer.",
      claims: [{ type: 'hiring', subject: 'Quorvex Labs', counterparty: 'Orrin Systems' }],
    },
    {
      note: 'a hire, then where the person "had been" in the next sentence',
      text: 'Quorvex Labs has recruited Dana Roe as chief scientist. Roe had been at Orrin Systems since 2015.',
      claims: [{ type: 'hiring', subject: 'Quorvex Labs', counterparty: 'Orrin Systems' }],
    },
    {
      note: 'the post named before a colon, then the person and the company they ran',
      text: "Quorvex Labs has named a new chief executive: Dana Roe, who ran Orrin Systems' European business.",
      claims: [{ type: 'hiring', subject: 'Quorvex Labs', counterparty: 'Orrin Systems' }],
    },
    {
      note: 'appointing people by their former employer ("appoints former X leaders")',
      text: 'Quorvex Labs appoints former Orrin Systems leaders to run its chip unit.',
      claims: [{ type: 'hiring', subject: 'Quorvex Labs', counterparty: 'Orrin Systems' }],
    },
    {
      note: 'a past post of five words before "at" ("who ran European equity capital markets at X")',
      text: 'Separately, Quorvex Bank has hired Sarah Benn, who ran European equity capital markets at Orrin Securities, to lead its own ECM business in London.',
      claims: [{ type: 'hiring', subject: 'Quorvex Bank', counterparty: 'Orrin Securities' }],
    },
    {
      note: 'joining "as" a long post "at" the company',
      text: 'In December, Chirag Agrawal from Orrin Advisory joined as head of corporate finance and investment banking at Quorvex Partners.',
      claims: [{ type: 'hiring', subject: 'Quorvex Partners', counterparty: 'Orrin Advisory' }],
    },
    {
      note: 'a career told in one sentence: the company joined first, then the one moved to',
      text: 'Dana Roe joined Orrin Bank in 2012 as chief operating officer before moving to Quorvex Stores as CEO.',
      claims: [{ type: 'hiring', subject: 'Quorvex Stores', counterparty: 'Orrin Bank' }],
    },
    {
      note: 'the person after an apposition of their own, the post and a time, then "from" the company left',
      text: "Quorvex Bank, Dubai's biggest lender, appointed another Australian, Shayne Nelson, as CEO in the same year from Orrin Chartered.",
      claims: [{ type: 'hiring', subject: 'Quorvex Bank', counterparty: 'Orrin Chartered' }],
    },
    {
      note: 'the boss a title tied to the company recruits, after a fronted phrase of five words',
      text: 'Quorvex Labs chief executive Mira Roe has been busy. Before raising a single dollar, Roe recruited approximately 30 researchers and engineers from Orrin AI, Tarsel AI, and Corran AI.',
      claims: [
        { type: 'hiring', subject: 'Quorvex Labs', counterparty: 'Orrin AI', value: { amount: 30 } },
        { type: 'hiring', subject: 'Quorvex Labs', counterparty: 'Tarsel AI' },
        { type: 'hiring', subject: 'Quorvex Labs', counterparty: 'Corran AI' },
      ],
    },
    {
      note: 'people lost "to the competing … firm" the sentence named before are that firm\'s hire, not a departure (the firm named after two partners, known by its "units"); the count of people lost "to" a company',
      text: "Tarsel Partners is suing Cantor Halden's global and Hong Kong units over the loss of dozens of bankers to the competing New York firm. All told, Tarsel Partners wound up losing 24 people from its energy team to Cantor Halden over the last year.",
      claims: [{ type: 'hiring', subject: 'Cantor Halden', counterparty: 'Tarsel Partners', value: { amount: 24 } }],
    },
    {
      note: 'people who move named by their company right before the people noun ("42 SVB employees"), over a possessive of something else before ("First Citizens\' acquisition of"); a claim against a company "for poaching" people',
      text: "Following Tarsel Financial's acquisition of the struggling Orrin Valley Bank (OVB) last year, a group of 42 OVB employees from its technology department abruptly moved to Kestrel Bank on Easter Sunday. Other cases include Corran LLC's claim against Quorvex Global Management for poaching 22 employees.",
      claims: [
        { type: 'hiring', subject: 'Kestrel Bank', counterparty: 'Orrin Valley Bank', value: { amount: 42 } },
        { type: 'hiring', subject: 'Quorvex Global Management', counterparty: 'Corran LLC', value: { amount: 22 } },
      ],
    },
    {
      note: 'students hired from campuses are hires; a company named after "apart from" is no source of them',
      text: 'Apart from Halvard Tech, US-listed IT company Orrin Systems also said that it was considering hiring over 20,000 students from college campuses this year.',
      claims: [{ type: 'hiring', subject: 'Orrin Systems', value: { min: 20_000, text: 'over 20,000' } }],
    },
    {
      note: 'a person hired by a former post at a company\'s business ("the former president of the chip business at X") is hired from that company, though "business" follows the verb',
      text: 'Orrin Group, the nation’s third-largest conglomerate, also hired the former president of the chip business at Kestrel Electronics, as vice chairman.',
      claims: [{ type: 'hiring', subject: 'Orrin Group', counterparty: 'Kestrel Electronics' }],
    },
    {
      note: 'to hire or recruit a count of people is a hire, whatever word names them ("new talents", "new college students", "fresh faces" is no plural of people and stays out)',
      text: 'Tarsel, the French home-improvement marketplace, plans to recruit 1,000 new talents by the end of 2022. Last year, Orvale Telecom recruited more than 4,600 new college students from 23 universities.',
      claims: [
        { type: 'hiring', subject: 'Tarsel', value: { amount: 1_000 } },
        { type: 'hiring', subject: 'Orvale Telecom', value: { min: 4_600, text: 'more than 4,600' } },
      ],
    },
    {
      note: 'to secure or enlist "the services of" people is to hire them ("secured the services of two prominent X researchers", "enlisted the services of three traders from Y")',
      text: 'Tarsel Labs has once again secured the services of two prominent Orvale AI researchers, Jason Moe and Hyun Park. Kestrel Bank enlisted the services of three traders from Quenby Capital.',
      claims: [
        { type: 'hiring', subject: 'Tarsel Labs', counterparty: 'Orvale AI', value: { amount: 2 } },
        { type: 'hiring', subject: 'Kestrel Bank', counterparty: 'Quenby Capital', value: { amount: 3 } },
      ],
    },
    {
      note: 'a count of a company\'s people taken after its possessive ("hired JPMorgan\'s two senior bankers") is a hire of that count from it, and no headcount of it',
      text: 'New York-based Tarvo Bank said in an internal memo that it had hired Orvale Capital’s two senior bankers responsible for its international equity capital markets business.',
      claims: [{ type: 'hiring', subject: 'Tarvo Bank', counterparty: 'Orvale Capital', value: { amount: 2 } }],
    },
    {
      note: 'a post at a company named just before it, then the person holding it, who joins another ("Halvard Bank finance chief Dana Roe will join…")',
      text: 'Halvard Bank finance chief Dana Roe will join Orrin Capital in May, according to a memo seen by staff.',
      claims: [{ type: 'hiring', subject: 'Orrin Capital', counterparty: 'Halvard Bank', value: null }],
    },
    {
      note: 'a two-word post before the person ("Kestrel Partners portfolio manager Tom Reyes")',
      text: 'Kestrel Partners portfolio manager Tom Reyes is set to join Orvale Group as head of equities.',
      claims: [{ type: 'hiring', subject: 'Orvale Group', counterparty: 'Kestrel Partners', value: null }],
    },
    {
      note: 'named into the post of a company said by its possessive ("was named Tarsel Auto\'s president"), the person\'s last post in an apposition',
      text: 'Dana Roe, most recently chief operating officer of Kestrel Motors, was named Tarsel Auto\'s president and chief executive on Monday.',
      claims: [{ type: 'hiring', subject: 'Tarsel Auto', counterparty: 'Kestrel Motors', value: null }],
    },
    {
      note: 'leaving one company "to be" a post at another',
      text: 'Tom Reyes is leaving Halvard Bank to be head of trading at Orrin Capital.',
      claims: [{ type: 'hiring', subject: 'Orrin Capital', counterparty: 'Halvard Bank', value: null }],
    },
    {
      note: 'leaving one company "and began a new job at" another',
      text: 'Dana Roe left Kestrel Chips after 20 years and began a new job at Orvale Semiconductor in April.',
      claims: [{ type: 'hiring', subject: 'Orvale Semiconductor', counterparty: 'Kestrel Chips', value: null }],
    },
    {
      note: 'joining "as" a post at the company a relative "where" opens on, the person\'s former employer in an apposition',
      text: 'Let\'s start with Orvale Bank, where Dana Roe, the former executive from Kestrel Capital, recently joined as CEO.',
      claims: [{ type: 'hiring', subject: 'Orvale Bank', counterparty: 'Kestrel Capital', value: null }],
    },
    {
      note: 'leaving one company "to work with" another is a move',
      text: 'Tom Killian left Kestrel Games to work with Orvale Studios on a new game.',
      claims: [{ type: 'hiring', subject: 'Orvale Studios', counterparty: 'Kestrel Games', value: null }],
    },
    {
      note: 'people hired "from Orvale\'s rival Kestrel Capital": the rival is where they worked, not its possessive owner',
      text: 'Halvard Bank hired three traders from Orvale\'s rival Kestrel Capital.',
      claims: [{ type: 'hiring', subject: 'Halvard Bank', counterparty: 'Kestrel Capital', value: { amount: 3, text: 'three traders' } }],
    },
  ],
  negative: [
    { text: 'Kestrel Bank secured the services of Orvale Partners to run the sale, and has secured the services of a consultancy, Quenby Advisory.', note: 'a firm whose services are secured is engaged, not hired' },
    { text: 'Kestrel Pharma plans to recruit 300 patients for the trial, and Orvane hired three banks to run the sale. Tarrow Coaches hired 40 coaches for the final.', note: 'patients recruited for a trial, banks hired to run a sale, vehicles hired: things or people taken on who are no staff' },
    { text: 'Kestrel University recruited 500 students this year, and Orrin College hopes to recruit 2,000 students next year.', note: 'students a school recruits enrol; they are not hired' },
    { text: 'Kestrel Pay hired a team of consultants to review its books.', note: 'a firm\'s consultants engaged, no count of hires' },
    { text: 'Largest stores by floor space\nKestrel Foods |\n8 |\nOrvale Stores |\n5 |', note: 'a table one cell per line whose label counts no hires' },
    { text: 'Tarrow Tech said its app added 3 million new users in the quarter.', note: 'users added, not people hired' },
    {
      text: 'Orvane Retail’s acquisition of 40 stores from Tarrow Foods closed in May.',
      note: 'a company acquiring things from another (stores, assets) hires nobody: only people acquired are a hire',
    },
    {
      text: 'Largest law firms in London\nHalbrook Legal 5 (5 offices)\nTarrow Law (3 practice groups)',
      note: 'a firm on each line with counts in brackets of something else than hires (offices, practice groups) is no league table of recruiters',
    },
    {
      text: 'Halbrook Foods will take on an extra 22,000 tonnes of grain from its suppliers this year.',
      note: 'a count after "take on an extra" with its own noun, no people ("22,000 tonnes"), is no hire',
    },
    {
      text: 'Retailers hire tens of thousands of temporary workers for the Christmas rush\nSupermarkets are rushing to hire tens of thousands of seasonal workers. Some of the largest grocers say they need at least 74,000 extra workers.\nOrvane Stores said its sales rose 4% in the quarter.',
      note: 'a trade\'s companies, unnamed ("Retailers hire…", "Supermarkets are rushing to hire…"), hire for no one company: not for the company the article is about',
    },
    { text: 'The council approved a grant to Kestrel Foods, creating 400 jobs in the town.', note: 'posts a grant to a company creates are the grantor\'s plan told: the company is no subject, only the object of "to"' },
    { text: 'Tarrow University received 25,000 applications for 2,500 places on its courses.', note: 'places on courses applied for are no posts' },
    { text: 'Orvale Group added 68 employees earning more than a crore in FY24.', note: 'staff counted by their pay: a bracket that grew, no one hired' },
    { text: 'The striker was lured away from Kestrel Rovers to Orrin United last summer.', note: 'a player lured between clubs is sport, no company\'s hire' },
    { text: 'Orrin Bank posted 350 job losses last year, and 20 vacancies went unfilled at Kestrel Bank.', note: 'job losses posted are cuts, and vacancies left unfilled are no hires' },
    { text: 'The London Metal Exchange sees three more clearing members to join its precious metals contract by the end of the year.', note: 'members joining what a company owns ("its … contract") join no company\'s staff' },
    { text: 'Kestrel Bank hosted a conference on payments. The other speakers were from Orvale Capital and Halvard Securities.', note: 'people "from" companies with no hire told before are no one\'s hires' },
    { text: 'Founded by veterans of the Orvale Army\'s signals unit, Tarrow8 said that Kestrel Ventures and Halvard Ventures would join its cyber syndicate as strategic investors.', note: 'companies that are themselves the subject of "would join" join a group as investors: no one moves to them, whatever veterans the sentence names' },
    { text: 'In May last year, the five major groups—Halvard, Orvale, Kestrel Motor, Brightwell, and Tallyhop—announced plans to hire more than 260,000 new employees over five years.', note: 'a list of three or more companies announcing one number gives their total, no one\'s hiring (unless each is said to: "each plan to hire 2,000")' },
    { text: 'Some 2,000 workers joined Unite Group in protest, and 300 drivers joined Orvale Union last week.', note: 'people joining a union or a protest are no company\'s hires' },
    { text: 'Where Zentra\'s new partners came from:\nHalvard Legal: 11\nQuarrington Law: 4', note: 'a list of the hires\' origins under a label naming the hirer: the keys are sources, not hirers' },
    { text: 'Partners hired by Zentra Law:\nHalvard Legal: 11\nQuarrington Law: 4', note: 'a list of where the hires came from ("hired by X"): its keys hired no one' },
    { text: 'Orrin Retail lured shoppers from Kestrel Stores. Halvard Bank brought in new business from Dunmore Bank.', note: 'shoppers and business taken from a rival are no hires' },
    { text: 'Some 51 employees went to Zentrix AI headquarters for the product launch.', note: 'people who went to a company\'s building, in a story about no one leaving' },
    { text: 'Dana Roe, who founded the company a year ago after leaving Orrin AI, rejected both the takeover attempt and an offer to join Halvard Labs, the sources said.', note: 'an offer to join rejected is no move' },
    { text: '“Orrin can cut costs,” added Dana Roe, VP and GM at the Telecom Global Industry Business Unit at Kestrel Cloud.', note: '"VP and GM at": a general manager\'s initials are a post, not General Motors' },
    { text: 'Kestrel Legal is growing fast. The top five firms hire between 500 and 1,000 lawyers each; the largest banks hired 2,000 analysts.', note: 'a class of companies ("the top five firms", "the largest banks") hires for no company of the passage' },
    { text: 'Dana Roe has been doing a lot of hiring lately. In March, the firm poached a group of 43 attorneys from Kestrel & Reyes. Other firms are hiring too. Partners like it. In April, Orvale Legal reported record fees. Orvale Legal grew quickly, and Orvale Legal now has offices in six cities.', note: '"the firm" before any firm is named refers to none: not the company the article names first several sentences later (nor is a sentence that far ahead of it about that company)' },
    { text: "For the second year, Halvard Stores said it is hiring seasonal workers, rounding out a series of hiring announcements by top retailers including Tarsel, Orrin Mart and Corran Goods.", note: 'companies listed after the ones who also hire ("announcements by top retailers including X") lose no one' },
    { text: 'Tarsel Motors has hired Franz von Halden as its design director. Chairman Deepak Ahuja announced the hire on Monday. He had been chief financial officer of Quorvex Alliance.', note: '"he" after another person is named is that person, not the one hired before: no hire from Quorvex Alliance' },
    { text: "Kestrel Stores signed up three million members to its Reward loyalty card in the week following the launch.", note: 'members of a scheme signed up are customers, not staff' },
    { text: 'Kestrel Cloud said the hires will report to Dana Roe, head of the Orrin Labs partnership.', note: '"the hires" are people, no verb: nobody is hired from Orrin Labs here' },
    { text: 'Zentrix AI snapped up shares of Orrin Labs, the chipmaker.', note: 'shares snapped up are no people' },
    { text: 'Windsurf had about 250 employees when Orrin Labs hired its CEO.', note: 'a company that hires "its" chief: the pronoun is the hirer\'s own, no other company is named as a source' },
    { text: 'Tarrow Five announced results on Monday, chief executive John Reed said. Reed previously worked at Quarrow Security.', note: 'announcing results is no hire, whatever the speaker\'s past' },
    { text: 'The Scot was first choice to replace Harry Redmond, who left Fratton Park for rivals Saints earlier in December.', note: 'leaving a ground "for rivals" names no company described as one: sport' },
    { text: 'Orvane Labs hired Tessaly Group as a consultant on the merger.', note: 'a firm engaged for a service ("as a consultant") is no source of people' },
    { text: 'Former Harwick boss joins Tarrow United on a two-year deal.', note: 'a manager moving to a club is sport, no company\'s hire' },
    { text: 'Quarrow Bank appoints Velmont Capital as its adviser on the sale.', note: 'a firm appointed as adviser is no hire' },
    { text: 'Quarrow Systems filed a lawsuit against Tessaly Motors for copying its battery design.', note: 'a lawsuit about anything but people is no hire' },
    { text: 'Tessaly CEO Varun Mohan said sales rose. Mohan joined Tessaly in 2019.', note: 'joining the company the person is tied to is no hire from it' },
    { text: 'Halvex snags $1.46 billion from the Vision Fund.', note: 'money snagged "from" an investor is no hire' },
    { text: 'Pelham Infotech posted its results. It had hired more compared to its peers like Orvane, Tessaly, and Quarrow Tech for the second straight quarter.', note: 'companies it is compared with ("compared to its peers like X") lose no one to it' },
    { text: 'Pelham Infotech reported a rise in profit. The major banks will hire 40,000 graduates this year.', note: '"the major banks": an adjective, no reference to the company' },
    { text: 'Several fans joined the team on the pitch after the match.', note: 'fans joining a team on a pitch' },
    { text: 'Zentrix AI has hired Raj Patel. Patel said Kestrel Labs was a great place to work.', note: 'the person only speaks of another company' },
    { text: 'Zentrix AI has hired Raj Patel. He will work at its London office alongside Kestrel Labs engineers.', note: 'where he will work, not where he came from' },
    { text: 'The winning bidder was a previously unknown firm, Baikal Trading, which was snapped up days later by Kestrel Oil, a firm in the process of merging with Halvard Gas.', note: 'a company bought, a passive verb' },
    { text: 'Raj Patel, one of the founders of Kestrel Labs, has landed in London for talks with Zentrix AI.', note: 'landing in a city; "one of" the founders' },
    { text: 'Raj Patel left Kestrel Labs for a year to care for his father.', note: 'left for a year, no company' },
    { text: 'Zentrix AI’s board includes Raj Patel, formerly of Kestrel Labs.', note: "a board's members are no hires" },
    { text: 'Kestrel Magazine named Raj Patel, a former Halvard Pay executive, one of its 40 under 40.', note: 'named in a list, not to a post' },
    { text: 'Halvard Bank appointed Raj Patel, a former Kestrel Pay executive, to its board.', note: 'an appointment to a board' },
    { text: 'Northgate Rovers have appointed Tom Reyes, the former Ashgrove United manager, as head coach.', note: 'a club appointing a coach' },
    { text: 'Raj Patel, who led engineering at Kestrel Pay, joined Halvard Bank executives on stage.', note: "joining a company's executives, not the company" },
    { text: 'Halvard Bank hired Raj Patel to run its branch in Leeds, where he once worked for a rival lender.', note: 'no company named as where he worked' },
    { text: 'Raj Patel, a former Kestrel Pay engineer, joined the protest outside Halvard Bank.', note: 'joining a protest' },
    { text: 'Raj Patel, who spent a decade at Kestrel Pay, said Halvard Bank had lured many customers away.', note: 'customers lured, the person only speaks' },
    { text: 'Zentrix AI is hiring aggressively across research and sales.', note: 'no source company' },
    { text: 'Halvard Robotics hired Goldman Sachs to advise on its IPO.', note: 'hiring an adviser firm, not people from it' },
    { text: 'Priya Raman, Tom Ellis and Mei Chen joined the panel on Tuesday.', note: 'people joining, no companies' },
    { text: 'Stackwise hired a new chief financial officer last week.', note: 'no source company' },
    { text: 'Meta’s AI division employs 3,000 researchers.', note: 'headcount' },
    { text: 'Tidewater AI lost 12 engineers last year.', note: 'departure: no hiring company named' },
    { text: 'Ferrous Energy hired Bain & Company for a strategy review.', note: 'consultancy engagement' },
    { text: 'Sorrel Robotics partnered with Carnegie Mellon University on warehouse research.', note: 'partnership, not hiring' },
    { text: 'Opaline Health recruited 500 patients from three hospitals for its clinical trial.', note: 'patients, not employees' },
    { text: 'Norrland Compute joined the Green Grid Alliance in 2023.', note: 'a company joining an association' },
    { text: 'Marcus Lindqvist previously worked at Tesla and Rivian.', note: 'career history, no hiring company' },
    { text: 'Apple acquired Brindle AI’s patents for an undisclosed sum.', note: 'asset purchase, no people move' },
    { text: 'Striker 2005 is back at the top of the games charts, a week after losing it to rival Goal Rush 4.', note: 'losing \'it\' (a chart place) to a rival is no hiring' },
    { text: 'The suits, brought on behalf of Larkspur Records, cite people sharing music via services such as Tuneshare.', note: '\'brought on behalf of\' hires no one' },
    { text: 'The Nova handheld also lets players take on up to 16 other people over a wireless link.', note: 'players taking on other people are no hires' },
    { text: 'Halvard Robotics hired Kestrel Partners bankers to advise on its listing.', note: 'a firm’s bankers engaged as advisers' },
    { text: 'Quillmark Labs hired Brightwater Capital to advise its executive team.', note: 'an adviser firm; "to advise its" is no modifier of "executive"' },
    { text: 'Kestrel Partners hired Ashgrove Securities’ John Miller to advise on the merger.', note: 'a named person engaged as an adviser' },
    { text: 'Zentrix AI took on the team at Brightwater Capital in the final.', note: '"took on the team" is to compete' },
    { text: 'Zentrix AI relies on Kestrel Partners analysts it taps for market research.', note: '"taps" is to use, not to hire' },
    { text: 'Customers switched from Brightwater Bank to Kestrel Partners last year.', note: 'customers changing supplier' },
    { text: 'Tom Reyes, head of credit at Kestrel Partners, moved the meeting from Ashgrove Securities to the city.', note: 'a person moves a meeting, not a job' },
    { text: 'Zentrix AI’s praise of Copperleaf Labs’ engineers surprised analysts.', note: 'no hiring noun' },
    { text: 'Customers joined Kestrel Bank from Brightwater Bank in their thousands.', note: 'customers, not staff, join' },
    { text: 'Private employers added 241,000 jobs in March, according to Brightwater Analytics.', note: 'a payroll report: jobs added to an economy' },
    { text: 'Brightwater Analytics said private employers added 120,000 workers last month.', note: 'the company only reports others’ hiring' },
    { text: 'It aims to create 400,000 jobs through infrastructure spending.', note: 'job creation by an unnamed "it" (a government plan)' },
    { text: 'The scheme, backed by Brightwater Capital, aims to create 3,000 jobs.', note: 'a scheme creates jobs, its backer does not hire' },
    { text: 'Quillmark Labs lost a long-running patent case to Stackwise Inc.', note: 'losing a case to a rival moves no people' },
    { text: 'Shoppers were lured to Kestrel Stores by discounts.', note: 'shoppers, not staff' },
    { text: 'Mr Reyes, 52, left Ashgrove Securities for good in 2015.', note: 'no hiring company' },
    { text: 'Kestrel Stores lured shoppers from Brightwater Retail with price cuts.', note: 'shoppers won from a rival are no hires' },
    { text: 'Halvard Telecom poached customers from Kestrel Mobile with cheaper deals.', note: 'customers poached from a rival are no hires' },
    { text: 'Zentrix AI attracted 3,000 engineers to its developer conference.', note: '"attracted" to an event is no hiring' },
    { text: 'The deal with Halvard Motors will create 700 jobs.', note: 'the company is the object of "with", the deal creates the jobs' },
    { text: 'Quillmark Labs’ recruitment of Stackwise Inc’s suppliers worried analysts.', note: '"suppliers worried" is no modifier of "analysts"' },
    { text: 'Zentrix AI hired a Copperleaf Labs engineer’s favourite tool.', note: 'the role word owns something else' },
    { text: 'Zentrix AI’s chief executive, Tom Reyes, moved from London to New York.', note: 'a move between cities' },
    { text: 'She is the latest Kestrel Partners client to join the Ashgrove Club.', note: 'a client joining a club' },
    { text: 'Zentrix AI agreed to license Copperleaf Labs’ patents and hire its own engineers.', note: '"its own engineers" are the licensee’s' },
    { text: 'Former Copperleaf Labs executive Tom Reyes joined Zentrix AI in calling for tougher rules on chips.', note: 'joining a company in a joint act, not its staff' },
    { text: 'Halvard Robotics’ chief executive joined Zentrix AI in a letter to regulators.', note: 'joining a company in a letter' },
    { text: 'The Copperleaf Labs CEO joined Zentrix AI officials at the summit.', note: 'joining a company’s officials, not the company' },
    { text: 'The Copperleaf Labs CEO joined Zentrix AI on stage.', note: 'joining a company on stage' },
    { text: 'Zentrix AI invested $2 billion in Copperleaf Labs and hired its first chief financial officer.', note: '"its first" post is the investor’s own' },
    { text: 'Zentrix AI took a stake in Copperleaf Labs and hired its new chief executive, Tom Reyes.', note: '"its new" chief executive is the investor’s own' },
    { text: 'A Copperleaf Labs analyst said Tom Reyes will join Zentrix AI.', note: 'an analyst of X comments; the mover is not X\'s' },
    { text: 'A Copperleaf Labs executive joined Zentrix AI’s board as an observer.', note: 'joining a company\'s board is no hire' },
    { text: 'The Copperleaf Labs engineer joined Zentrix AI engineers for a hackathon.', note: 'joining a company\'s people, not the company' },
    { text: 'Customers who spent years with Copperleaf Labs are moving to Zentrix AI.', note: 'customers moving to a rival are no hires' },
    { text: 'Customers were lured away from Copperleaf Labs by Zentrix AI’s lower prices.', note: 'customers lured away are no hires' },
    { text: 'Clients were poached from Copperleaf Labs by Zentrix AI last year.', note: 'clients poached are no hires' },
    { text: 'Copperleaf Labs executive Tom Reyes departs for London on Monday.', note: 'departing for a place' },
    { text: 'Zentrix AI raided Copperleaf Labs’ patent portfolio for ideas.', note: 'a raid on things, not people' },
    { text: 'Police raided Copperleaf Labs for documents about Zentrix AI.', note: 'a police raid' },
    { text: 'Zentrix AI said police had raided Copperleaf Labs for talent agency files.', note: 'someone else’s raid, reported by the company' },
    { text: 'Zentrix AI invested in Copperleaf Labs and hired Tom Reyes as an adviser.', note: 'a person named outright after a deal may come from anywhere' },
    { text: 'Zentrix AI has appointed former Copperleaf Labs executive Tom Reyes to its board.', note: 'an appointment to a board is no hire' },
    { text: 'Zentrix AI has appointed former Copperleaf Labs executive Tom Reyes as a non-executive director.', note: 'a non-executive director is a board seat' },
    { text: 'Zentrix AI added 2,000 customers from Copperleaf Labs last quarter.', note: 'customers won from a rival' },
    { text: 'Rovers’ latest signing is Tom Reyes, a former Northgate United striker.', note: 'a club signing a player' },
    { text: 'Rovers signed Tom Reyes from Northgate United for £2m.', note: 'a club signing a player' },
    { text: 'Copperleaf Labs is losing customers to Zentrix AI.', note: 'customers lost to a rival' },
    { text: 'Copperleaf Labs has seen 25 customers leave for Zentrix AI.', note: 'customers leaving for a rival' },
    { text: 'Zentrix AI is looking to fill 1,000 orders this year.', note: 'orders, not posts, filled' },
    { text: 'Tom Reyes, an analyst at Kestrel Partners, said Zentrix AI would hire more engineers.', note: 'an analyst quoted; no count, no source' },
    { text: 'Some 2,000 protesters joined the march past Zentrix AI headquarters.', note: 'people joining a protest' },
    { text: 'Zentrix AI signed Copperleaf Labs chief executive Tom Reyes to a partnership. Reyes previously worked at Halvard Bank.', note: 'signing a person to a partnership, not from a company nor into a post' },
    { text: 'Halvard Auto lost market share, customers and revenue to Kestrel Motors.', note: 'a list of things lost to a rival, no people' },
    { text: 'Hiring top talent is nothing new, but the practice reached a new level when one bank set up a new division and hired 24 employees, doing the same business. Halvard Bank later named Tom Reyes to run its lending arm.', note: 'an unnamed bank ("one bank") hires, not the passage\'s company; "the same business" refers to no company' },
    { text: 'Kestrel Bank CEO Dana Roe is moving to the city of Leeds with her family.', note: 'moving to a place, no company' },
    { text: 'Tom Reyes was plucked from obscurity by a talent scout at Kestrel Records.', note: 'plucked from obscurity: no company hires from another' },
    { text: 'Halvard Cloud plucked customers from Kestrel Systems with lower prices.', note: 'customers plucked from a rival' },
    { text: 'Orvale Tech and Kestrel Systems hired a record 1.85 lakh freshers between them in the year that ended on March 31.', note: 'a count two companies hired between them is neither\'s' },
    { text: 'Harwick Stores opened 12 new stores last year and will open 300 new branches.', note: 'new stores opened are no posts filled' },
    { text: 'Kestrel Bank’s Mark Dale refused a bonus, while Orrin Bank’s Tom Reyes joined the firm in October.', note: 'the firm joined is the joiner\'s own (Orrin Bank); a company owning another clause\'s person is no source' },
    { text: 'Meanwhile, Orrin Shop, an online store, was another business that attracted strong funding, getting multi-million-dollar funding from Kestrel Capital and Tarsel Travel Group.', note: 'funding attracted "from" investors is money, no people hired from them' },
    { text: 'Kestrel Cloud chief executive Dana Roe joined Orvale Systems chief Tom Reyes on stage.', note: 'joining a person on stage: no move, though each is named by a company\'s post' },
    { text: 'Dana Roe, a former Halvard Bank executive, was named Orrin Capital\'s non-executive chair.', note: 'named to a company\'s board seat by its possessive: no hire' },
    { text: 'Dana Roe, a former Kestrel Capital banker, moved to London, where she joined as a partner.', note: 'joining "as" a post in a place a relative "where" opens on: no company joined' },
    { text: 'Two of these executives have joined Orvale Motors’ rivals.', note: 'the owner of the rivals joined is the company they left, no hirer' },
    { text: 'Three engineers have joined Orvale\'s rival Kestrel Labs.', note: 'joining a company\'s rival: the owner is no hirer' },
  ],
};
