/**
 * The entity corpus: short news texts and what each capitalised name in them is. It is the
 * spec of the entity layer (typeMentions in src/entities/index.ts) and, run by
 * test/entities.corpus.test.ts, its test (Duckling's corpus idea: examples are the spec).
 *
 * Why it matters: only an organization can be the subject of a claim, so a person, place,
 * title or film typed as an organization turns into a false claim on real news.
 *
 * A line is `{ text, note, expect }`:
 * - `text`: one to three sentences of news prose (written for this corpus; names invented
 *   or well known, never copied from an article).
 * - `note`: the class of text the line stands for, so a failure says what class is broken.
 * - `expect`: `[surface, kind]` pairs, or `[surface, kind, occurrence]` when the name meant
 *   is not the surface's first occurrence ("Roddick" said after "Andy Roddick"). The surface
 *   is written exactly as in the text, without a possessive "'s" and without quotes; it is
 *   found as a whole word (no letter or digit on either side).
 *
 * How an expectation is read (the test applies exactly this):
 * - 'organization' is a MUST: some mention typed organization covers exactly the surface
 *   (a legal suffix's final dot and a possessive "'s" may fall either side of the span).
 * - every other kind is a MUST-NOT: no organization mention overlaps the surface; and if a
 *   mention covers exactly the surface, its kind is the one given. A name the layer does not
 *   report at all is fine ("Globally" need not be a mention).
 *
 * Kinds, and the calls made where real use is split:
 * - organization: companies, banks, funds, news agencies, government bodies and agencies
 *   (a ministry, a regulator, a central bank, NASA), universities, unions, and a sports club
 *   in business news about the club ("Manchester United's revenue"). Sports teams in match
 *   reports are not asserted either way. An exchange acting as a company ("the London Stock
 *   Exchange Group reported") is an organization.
 * - person: a person's name, with or without an honorific ("Mr Okafor", "Dame Helen
 *   Corrigan"), including a surname alone once the person is introduced.
 * - place: cities, countries, regions, streets and districts; "Silicon Valley" and "Wall
 *   Street" are places even when they stand for an industry; datelines ("LONDON (Reuters) -")
 *   are places.
 * - work: films, songs, albums, TV shows, books, games, and products and models ("iPhone",
 *   "ChatGPT", "Galaxy S24", "Model Y").
 * - other: everything else that is capitalised: sentence-initial adverbs and ordinary words
 *   ("Globally", "Meanwhile"), title-case headline words, titles and offices alone or before
 *   a name ("Prime Minister", "Chief executive"), months, days and holidays, demonyms and
 *   languages ("British", "Tamil"), events ("World Cup", "Six Nations", "Black Friday"),
 *   funding rounds ("Series B"), indices ("FTSE 100"), and exchanges and tickers in listing
 *   notation ("(NASDAQ: CRVN)", "NYSE-listed": the company is the organization, not these).
 * - A cue word before a name is not part of it: "Rival Quanta Silicon" is the organization
 *   "Quanta Silicon"; "Chipmaker Nvidia" is "Nvidia".
 */

/** What a name is. Mirrors the kinds typeMentions reports. */
export type EntityKind = 'organization' | 'person' | 'place' | 'work' | 'other';

/** A name of the text and its kind; the optional third element picks a later occurrence (1-based). */
export type ExpectedMention = [surface: string, kind: EntityKind, occurrence?: number];

/** One corpus line. */
export interface EntityExample {
  text: string;
  /** Why the line is here: the class of text it stands for. */
  note: string;
  expect: ExpectedMention[];
}

export const corpus: EntityExample[] = [
  {
    text: 'Dylan Capital Europe hired Dana Roe, a currency strategist at Orvane Bank, this month. Sam Reyes, former head of FX forwards at Orvane Bank, joined Kestrel Partners in January.',
    note: 'a first name opening a name whose next-to-last word is a company word ("Dylan Capital Europe") names a company; a business line\'s letters ("FX") are no company',
    expect: [['Dylan Capital Europe', 'organization'], ['FX', 'other'], ['Orvane Bank', 'organization'], ['Dana Roe', 'person']],
  },
  {
    text: 'Europe, March 3 -- Non-banking lender Tarrow Finance is buying a stake in Kestrel Foods for INR 7.5 Cr. The deal values Kestrel Foods at $2.2 Bn (INR 19,321 Cr).',
    note: 'a feed\'s dateline of place, month and day before "--" opens the sentence (its next word is an opener), and a scale\'s abbreviation after an amount ("7.5 Cr", "$2.2 Bn") is no name',
    expect: [['Europe', 'place'], ['Non-banking', 'other'], ['Tarrow Finance', 'organization'], ['Kestrel Foods', 'organization'], ['Cr', 'other'], ['Bn', 'other']],
  },
  {
    text: 'Non-banking finance company (NBFC) Tarrow Investments is buying a stake in Kestrel Foods. The NBFC will pay INR 7.5 crore.',
    note: 'a term the sentence opens with and defines by its initials in brackets ("Non-banking finance company (NBFC)") is a term, and no dateline of a place and an agency ("LONDON (Reuters)")',
    expect: [['Non-banking', 'other'], ['NBFC', 'other'], ['Tarrow Investments', 'organization'], ['Kestrel Foods', 'organization'], ['NBFC', 'other', 2]],
  },
  {
    text: 'He said: “Staff at Orvane Bank will be devastated.” Workers across the Kestrel Group were told on Monday.',
    note: 'people by their work, opening a quote or a sentence, before "at"/"across" and a company: the company\'s people, no company ("Staff at X" describes no company as "X, a bank" does)',
    expect: [['Staff', 'other'], ['Orvane Bank', 'organization'], ['Workers', 'other'], ['Kestrel Group', 'organization']],
  },
  {
    text: 'Orvane Stores said it was recruiting extra staff. The High Street stalwart is taking on 10,000 temporary workers, as Main Street lenders cut jobs.',
    note: 'the streets that stand for a trade ("the High Street stalwart", "Main Street lenders") are places, as "Wall Street" is: no company',
    expect: [['Orvane Stores', 'organization'], ['High Street', 'place'], ['Main Street', 'place']],
  },
  {
    text: 'Bosses and Their Salaries of Millions\nOrvane Bank paid its chief R10m, and shareholders at Tarrow Mining questioned His Pay Packages.',
    note: 'a possessive determiner capitalised in a headline or by mistake ("Their Salaries", "His Pay Packages") opens a noun phrase of ordinary words, no name',
    expect: [['Their Salaries', 'other'], ['Salaries', 'other'], ['Orvane Bank', 'organization'], ['Tarrow Mining', 'organization'], ['His Pay Packages', 'other'], ['Pay Packages', 'other']],
  },
  {
    text: 'The top three chiefs — C Vijayakumar, Sajjan Jindal and Murali K Divi — received more than ₹100 crore. Jindal of Orvane Steel came second, and Sajjan Jindal has said little.',
    note: 'a name nothing types, listed beside people ("C Vijayakumar, Sajjan Jindal and Murali K Divi"), is a person\'s, in its other mentions too',
    expect: [['C Vijayakumar', 'person'], ['Sajjan Jindal', 'person'], ['Murali K Divi', 'person'], ['Orvane Steel', 'organization'], ['Sajjan Jindal', 'person', 2]],
  },
  {
    text: 'Co-founders Giridhar Murthy, Lakshman Kakkirala and Aditya Bhatt moved to Orvane Labs.\n1. Mara Quell, Orrick Freight: $61 million',
    note: 'the first name of a list of people joined by "and" is a person\'s too; a name after one person and a comma alone may be the person\'s company ("Mara Quell, Orrick Freight")',
    expect: [['Giridhar Murthy', 'person'], ['Lakshman Kakkirala', 'person'], ['Aditya Bhatt', 'person'], ['Orvane Labs', 'organization'], ['Mara Quell', 'person'], ['Orrick Freight', 'organization']],
  },
  {
    text: 'Halbrook Law’s Reading office had increased salaries. Orvane Bank’s Leeds branch will close.',
    note: 'a company\'s site named by its town ("Halbrook Law’s Reading office", "Orvane Bank’s Leeds branch") is a place, though the town is also a word',
    expect: [['Halbrook Law', 'organization'], ['Reading', 'place'], ['Orvane Bank', 'organization'], ['Leeds', 'place']],
  },
  {
    text: 'Halbrook Legal became the latest City practice to raise its starting pay, and other City firms will follow.',
    note: '"the City", London\'s financial district, describing a firm ("the latest City practice") is a place, as "Wall Street" is',
    expect: [['Halbrook Legal', 'organization'], ['City', 'place'], ['City', 'place', 2]],
  },
  {
    text: 'Market leader Zentrel benefited from mobile money, while opposition leader Dana Roe criticised the fees. Industry leader Korvane Telecom kept quiet.',
    note: 'a leader of a market or an industry before a name is a company ("market leader Zentrel"), where a party\'s leader before one is a person',
    expect: [['Zentrel', 'organization'], ['Dana Roe', 'person'], ['Korvane Telecom', 'organization']],
  },
  {
    text: 'The Dar es Salaam Stock Exchange listed company grew, officials in Dar es Salaam said.',
    note: 'a place whose name has a lower-case particle inside ("Dar es Salaam") is one name, and the exchange named after it one organisation',
    expect: [['Dar es Salaam Stock Exchange', 'organization'], ['Dar es Salaam', 'place', 2]],
  },
  {
    text: 'Non-banking finance company Tarrow Investments is picking up a stake in Kestrel Foods. Discounting Orvane Pay’s valuation, the list is short.',
    note: 'an opener of English parts joined by a hyphen ("Non-banking") before a company noun, or a verb\'s -ing form before a name ("Discounting Orvane Pay’s"), is a word, no name',
    expect: [['Non-banking', 'other'], ['Tarrow Investments', 'organization'], ['Kestrel Foods', 'organization'], ['Orvane Pay', 'organization'], ['Discounting', 'other']],
  },
  {
    text: 'Orvane Securities, the Swiss-US investment bank, hired the team. US-China talks resumed on Monday.',
    note: 'peoples or places joined by a hyphen before a lower-case noun describe, never name',
    expect: [['Swiss-US', 'other'], ['US-China', 'other'], ['Orvane Securities', 'organization']],
  },
  {
    text: 'Thousands of high street jobs have been lost this year.\n\nWatt Brothers\n\nThe Scottish department store chain had 11 stores and 306 employees when it went into administration.\n\nJack Wills\n\nHad about 100 stores and 1,700 staff in the UK when it went into administration in August.\n\nLinks of London\n\nWith 35 stores and 350 staff, the jewellery chain went into administration in October.',
    note: 'a list of company profiles: a heading that is a name alone over prose describing a company without naming it names that company, even when it looks like a person ("Jack Wills") or holds a place ("Links of London")',
    expect: [['Watt Brothers', 'organization'], ['Jack Wills', 'organization'], ['Links of London', 'organization']],
  },
  {
    text: 'The market had a difficult year.\n\nOutlook\n\nThe company expects sales to rise.\n\nMarket Reaction\n\nShares fell 3% in early trading.',
    note: 'section headings of ordinary words over prose that names no kind of company are no names',
    expect: [['Outlook', 'other'], ['Market Reaction', 'other']],
  },
  {
    text: 'Not included in our rundown: Apple TV+, which is estimated to have about 25 million paid subscribers. Kestrel Media reported results, and Kestrel Media+ had 13 million.',
    note: 'a company\'s subscription service keeps its whole name ("Apple TV+", not "TV+"); one named after the company alone is the company\'s ("Kestrel Media+")',
    expect: [['Apple TV+', 'organization'], ['Kestrel Media', 'organization']],
  },
  {
    text: 'Glo gained subscribers while 9mobile lost 63,840 in June. Mexican challenger albo raised $45m, and the lender kuvera hired staff.',
    note: 'a name of a digit and a word ("9mobile"), and a lower-case coined name after a company noun ("challenger albo", "lender kuvera"), are companies — not "5million" or "3months"',
    expect: [['9mobile', 'organization'], ['albo', 'organization'], ['kuvera', 'organization']],
  },
  {
    text: 'Orrin Bank, the tier-1 South African financial institution, hired a New Zealander as its chief executive.',
    note: 'a demonym of two words ("South African", "New Zealander") is no company',
    expect: [['South African', 'other'], ['New Zealander', 'other'], ['Orrin Bank', 'organization']],
  },
  {
    text: 'Kestrel Pharma became the latest Big Pharma to put digital first, as Big Tech did before it. A string of BigLaw firms, among them Halvard + Kestrel, are poaching teams.',
    note: 'a trade\'s giants together ("Big Pharma", "Big Tech", "BigLaw") are no company; partners\' names joined by a plus ("Halvard + Kestrel") are one firm',
    expect: [['Big Pharma', 'other'], ['Big Tech', 'other'], ['Kestrel Pharma', 'organization'], ['BigLaw', 'other'], ['Halvard + Kestrel', 'organization']],
  },
  {
    text: 'A woman walks past the headquarters of Orrin Electronics in Seoul. Orrin Electronics ranked first, with 124,070 workers. [KESTREL1]\nThe number of employees grew. (Halvard Images)',
    note: 'an agency\'s or a photographer\'s credit in brackets closing a caption ("[NEWS1]", "(Getty Images)") is the picture\'s, no company of the story',
    expect: [['KESTREL1', 'other'], ['Halvard Images', 'other'], ['Orrin Electronics', 'organization']],
  },
  {
    text: 'MINING giant Kestrel Tinto shed close to 4000 workers across its global operations last year. BANKING group Orrin Capital kept its staff.',
    note: 'a story\'s opening word set in capitals, an ordinary word before lower-case ones ("MINING giant"), is no name; the name after it is',
    expect: [['MINING', 'other'], ['BANKING', 'other'], ['Kestrel Tinto', 'organization'], ['Orrin Capital', 'organization']],
  },
  {
    text: 'Corporate Kenya has recently seen some top executives exiting one company and walking into another.',
    note: '"Corporate" and a country: a country\'s business world, no company',
    expect: [['Corporate Kenya', 'other']],
  },
  {
    text: '"Corporate has long been a focus," says Morgan Lewis & Bockius managing partner Frances Murphy. The addition of three partners from Herbert Smith Freehills (HSF) has boosted Morgan Lewis\'s team. Meta is renting Tensor Processing Units (TPUs) from Google.',
    note: 'a firm named after people: its short form borrows the full name\'s kind over a first name and a surname ("Morgan Lewis" of "Morgan Lewis & Bockius"), and a name of three words given its initials in brackets is an organisation\'s — not a thing of ordinary words ("Tensor Processing Units (TPUs)")',
    expect: [['Morgan Lewis & Bockius', 'organization'], ['Herbert Smith Freehills', 'organization'], ['Tensor Processing Units', 'other'], ['Frances Murphy', 'person']],
  },
  {
    text: 'More Japanese executives join the club. In 2018, 731 executives at Japanese listed companies were paid more, while Korean lenders cut pay.',
    note: 'a nationality as an adjective before a noun ("Japanese executives", "at Japanese listed companies") is no name, whatever the cue words around it',
    expect: [['Japanese', 'other'], ['Korean', 'other']],
  },
  {
    text: 'Tallyfin closed a C$92 million round, and Forexly landed CA$6.5 million. Orrin Money raised AU$50 million and NZ$12 million.',
    note: 'a dollar\'s letters before its sign and amount ("CA$", "AU$", "NZ$") are no name',
    expect: [['Tallyfin', 'organization'], ['Forexly', 'organization'], ['Orrin Money', 'organization'], ['CA', 'other'], ['AU', 'other'], ['NZ', 'other']],
  },
  {
    text: 'Zentrix AI agreed to buy 550,000 chips from Orrin Semi for Colossus 2. It will train Vantor 3 on the cluster. Kestrel Group 2 Halvard Town 1 was the score. The group paid AED137.3bn for the airline.',
    note: 'a name with a version number is a product or a model ("for Colossus 2", "train Vantor 3"), and an ISO code glued to its amount ("AED137.3bn") is no name',
    expect: [['Zentrix AI', 'organization'], ['Orrin Semi', 'organization'], ['Colossus', 'other'], ['Vantor', 'other'], ['AED137.3bn', 'other']],
  },
  {
    note: 'other: a currency\'s letter symbol glued to its number is an amount ("N2.04 billion", "R3.5m", "K20bn"), no name; a model number stays what it was ("A320")',
    text: 'Its executive compensation was N2.04 billion. It paid R3.5m and K20bn. Airbus sold A320 jets.',
    expect: [['N2.04', 'other'], ['R3.5m', 'other'], ['K20bn', 'other'], ['Airbus', 'organization'], ['A320', 'other']],
  },
  {
    note: 'other: a unit a post is head of, inside a company named next ("head of Global Markets at Standard Bank", "head of Investment Banking at Kestrel Capital")',
    text: 'He was head of Global Markets at Quenby Bank. Dana Roe, head of Investment Banking at Kestrel Capital, will join Halvard Bank.',
    expect: [['Global Markets', 'other'], ['Quenby Bank', 'organization'], ['Investment Banking', 'other'], ['Kestrel Capital', 'organization'], ['Halvard Bank', 'organization']],
  },
  {
    note: 'work: a known product named by an ordinary word, opening a sentence and told as a product by what follows ("Gemini has more than…", "The Gemini app…")',
    text: 'Gemini has more than 450 million monthly active users. The Gemini app was updated last week.',
    expect: [['Gemini', 'work'], ['Gemini', 'work', 2]],
  },
  {
    note: 'other: a demonym and a singular noun for a kind of company after "the", capitalised by the writer ("The Irish Airline says…"), describe the company named before; a plural in a name stays a name ("American Airlines")',
    text: 'Tarsel Air plans to lay off 670 staff. The Irish Airline says it plans to save 97m euros. American Airlines said it would hire pilots.',
    expect: [['Tarsel Air', 'organization'], ['Irish Airline', 'other'], ['American Airlines', 'organization']],
  },
  {
    note: 'work: a product named before its maker ("Quillcode maker Anysphere", "Claude developer Anthropic"); the maker is the organization',
    text: 'The round values Quillcode maker Anysphere at $9.9 billion. Claude developer Anthropic raised $13 billion.',
    expect: [['Quillcode', 'work'], ['Anysphere', 'organization'], ['Claude', 'work'], ['Anthropic', 'organization']],
  },
  {
    note: 'other: ordinary words and "AI" before a company noun and a name describe that name ("Legal AI startup Harvey", "Generative AI company Quillwrite")',
    text: 'Legal AI startup Harvey raised $300 million. Generative AI company Quillwrite is valued at $2 billion.',
    expect: [['Legal AI', 'other'], ['Harvey', 'organization'], ['Generative AI', 'other'], ['Quillwrite', 'organization']],
  },
  {
    note: 'organization: an ordinary English word opening a sentence, named a company by what only a company has or does ("Windsurf had about 250 employees", "Poolside is in talks to raise", "Lovable hit $100 million in annual recurring revenue")',
    text: 'Windsurf had about 250 employees. Poolside is in talks to raise $2 billion. Lovable hit $100 million in annual recurring revenue.',
    expect: [['Windsurf', 'organization'], ['Poolside', 'organization'], ['Lovable', 'organization']],
  },
  {
    note: 'person: a month that is also a first name before a surname ("OpenAI\'s Jan Leike"), and a name after a post and a comma ("its head of foundation models, Tiruvan Kasel,"); organization: a coined name after a month of a date ("in June Daxsel")',
    text: 'Quenby lured away Orrin\'s Jan Leike and its head of foundation models, Tiruvan Kasel, with large packages. And in June Daxsel brought on two executives from Tarsel.',
    expect: [['Jan Leike', 'person'], ['Tiruvan Kasel', 'person'], ['Daxsel', 'organization'], ['Quenby', 'organization']],
  },
  {
    note: 'other: a label of ordinary words opening a line of prose, before its colon ("Total Employee Headcount:", "Key Figures:")',
    text: 'Total Employee Headcount: The total workforce of Tarsel stood at 6,14,795. Key Figures: Halvard Labs has 300 employees.',
    expect: [['Employee Headcount', 'other'], ['Key Figures', 'other'], ['Tarsel', 'organization'], ['Halvard Labs', 'organization']],
  },
  {
    note: 'organization: a known company\'s unit in a country ("Barclays UK", "HSBC UK": no shouting, and one name), and a unit named by ordinary words and a company word ("Coupang Fulfillment Services")',
    text: 'NatWest has 19 million customers, Barclays UK has over 20 million and HSBC UK has almost 15 million. Other large employers are Coupang Fulfillment Services with 46,306 employees.',
    expect: [['NatWest', 'organization'], ['Barclays UK', 'organization'], ['HSBC UK', 'organization'], ['Coupang Fulfillment Services', 'organization']],
  },
  {
    note: 'person: a name a hiring verb takes after its employer\'s possessive, whatever the first name ("hired Orvane’s Tiruvan Kasel"); the employer before the possessive is no person',
    text: 'Kestrel Telecom hired Orvane Search’s Tiruvan Kasel to help steer its expansion. Last year Tessaly poached Brindle Foods\' second-in-command Okonta Reyes.',
    expect: [['Kestrel Telecom', 'organization'], ['Orvane Search', 'organization'], ['Tiruvan Kasel', 'person'], ['Brindle Foods', 'organization'], ['Okonta Reyes', 'person']],
  },
  {
    note: 'other: financial measures in capitals ("EPS", "EBITDA", "GMV") are no companies',
    text: 'Quenby reported half-year EPS of DKK 12.08 and EBITDA of DKK 40 billion, while GMV rose 9%.',
    expect: [['Quenby', 'organization'], ['EPS', 'other'], ['EBITDA', 'other'], ['GMV', 'other']],
  },
  {
    note: 'a headline\'s opening word ("How", "Meet", "Exclusive") is no part of the name after it',
    text: 'Fundraising in the US and a founders factory: How Quillmark Labs got French tech talking. Meet Tarvolt Systems, the startup selling batteries.',
    expect: [['Quillmark Labs', 'organization'], ['Tarvolt Systems', 'organization']],
  },
  {
    note: 'organization: a name shaped like a person\'s ("Silas Wren") that is set to eliminate jobs is an employer; a country that "could lose thousands of jobs" stays a place',
    text: 'Silas Wren is set to eliminate approximately 690 jobs as part of its plan. Campaigners warn that Lesotho could lose thousands of jobs.',
    expect: [['Silas Wren', 'organization'], ['Lesotho', 'place']],
  },
  {
    note: 'organization: a company named after a person, with a company cue before its honorific ("drugmaker Dr Varma\'s"), stays a company in every later mention',
    text: "Profits at Indian drugmaker Dr Varma's fell 40%. Dr Varma's has built its name on generic medicines, and Dr Varma's shares fell.",
    expect: [['Varma', 'organization'], ['Varma', 'organization', 2], ['Varma', 'organization', 3]],
  },
  {
    note: 'other: a span of months ("January-May", "March–April") is a period, not a name',
    text: 'In January-May, investment in Quenby rose by a third; in the March–April period its sales fell.',
    expect: [['January-May', 'other'], ['Quenby', 'organization'], ['March–April', 'other']],
  },
  {
    note: 'other: an ISO currency code beside a number is part of the amount, not a company ("USD 200 million", "42 SAR")',
    text: 'Quenby made another USD 200 million deal with the company. Fees rose to 42 SAR a month, and losses reached KES 13.4 billion.',
    expect: [['Quenby', 'organization'], ['USD', 'other'], ['SAR', 'other'], ['KES', 'other']],
  },
  {
    note: 'other: a portfolio before an office ("Finance Minister", "Trade Secretary") is part of a title; "Air X" is an airline, even at a sentence start',
    text: 'The deal was backed by Finance Minister Omar Davies. Air Lorvane said its pilots would vote on the offer.',
    expect: [['Finance', 'other'], ['Omar Davies', 'person'], ['Air Lorvane', 'organization']],
  },
  {
    note: 'organization: the company a round goes into ("a $40 million Series B in X", "the seed round in X"), not a place after "in"',
    text: 'Quarrow has led a $40 million Series B in Tessaly. Last spring Brenna Ventures led the seed round in Oskery.',
    expect: [['Quarrow', 'organization'], ['Tessaly', 'organization'], ['Brenna Ventures', 'organization'], ['Oskery', 'organization']],
  },
  {
    note: 'organization: where people are hired from ("a team of six traders from X", "brokers from X to Y"); a name ending an apposition before ", said" is not the speaker',
    text: 'Ana Ruiz, a consultant at the search firm behind the defection of brokers from Halden Marsh to Corvin Lyle, said the moves were common. Last year Osprey Bank hired a team of six traders from Corvin Lyle.',
    expect: [['Ana Ruiz', 'person'], ['Halden Marsh', 'organization'], ['Corvin Lyle', 'organization'], ['Osprey Bank', 'organization']],
  },
  {
    note: 'person: a surname that is also a known company\'s name, right after a first name ("Brian Dupont", "Mary Ford"), is the person\'s; the company alone stays a company',
    text: 'Halvorn Insurance paid its new chief executive Brian Dupont $43.1 million. Analyst Mary Ford said Ford shares rose.',
    expect: [['Brian Dupont', 'person'], ['Mary Ford', 'person'], ['Halvorn Insurance', 'organization'], ['Ford', 'organization', 2]],
  },
  {
    note: 'person: initials without dots before a surname ("V S Parthasarathy"); a title\'s word "Group" alone is no company; initials glued by "&" ("M&M") are a firm, the trade\'s "M&A" and "R&D" are not',
    text: 'Shares of T&K rose after the report. Group CFO and CIO V S Parthasarathy received Rs 3.52 crore. M&A advisers and R&D staff were paid less.',
    expect: [['T&K', 'organization'], ['Group', 'other'], ['V S Parthasarathy', 'person'], ['M&A', 'other'], ['R&D', 'other']],
  },
  {
    note: 'organization: a word in brackets inside a registered name, before its legal suffix ("Kestrel Foods (Holdings) Ltd", "Turners (Soham) Ltd"), is part of the name; a place in brackets after a name without one is not',
    text: 'Shares in Kestrel Foods (Holdings) Ltd rose. Tarrow (Soham) Ltd employed 2,459 staff. Orvale Foods (Lyon) said.',
    expect: [['Kestrel Foods (Holdings) Ltd', 'organization'], ['Tarrow (Soham) Ltd', 'organization'], ['Orvale Foods', 'organization'], ['Lyon', 'place']],
  },
  {
    note: 'organization: large law firms the gazetteer knows, named after partners, are no person and no day ("Jones Day", "Paul Weiss")',
    text: 'Mayer Brown hired two partners from Jones Day, and Hogan Lovells lost one to Paul Weiss.',
    expect: [['Mayer Brown', 'organization'], ['Jones Day', 'organization'], ['Hogan Lovells', 'organization'], ['Paul Weiss', 'organization']],
  },
  {
    note: 'place: a state\'s formal name ("the Kingdom of Saudi Arabia", "the State of Qatar", "the Sultanate of Oman") is the country, no company; a bank "of" a country stays a bank',
    text: 'Data centers stretch from the Kingdom of Saudi Arabia to the State of Qatar and the Sultanate of Oman. Bank of Japan cut rates.',
    expect: [['Kingdom of Saudi Arabia', 'place'], ['State of Qatar', 'place'], ['Sultanate of Oman', 'place'], ['Bank of Japan', 'organization']],
  },
  {
    note: 'other: a trade\'s one word before a company noun and a name ("Edtech major", "Fintech unicorn") describes the name; a page\'s menu of ordinary words in a table row with no figure ("| Top Stories |") is no company',
    text: '| Top Stories |  |  |\n\nEdtech major Orvale-run Tarrow Learn forced more than 1,000 employees to resign. Fintech unicorn Kestrel Pay raised money.',
    expect: [['Top Stories', 'other'], ['Edtech', 'other'], ['Tarrow Learn', 'organization'], ['Fintech', 'other'], ['Kestrel Pay', 'organization']],
  },
  {
    note: 'person: one initial without a dot before a surname no dictionary knows ("K Ramadurai"), also after a company\'s possessive',
    text: 'Orvale Tech’s K Ramadurai received Rs 12 crore in FY25.',
    expect: [['Orvale Tech', 'organization'], ['K Ramadurai', 'person']],
  },
  {
    note: 'other: fiscal periods written as one word ("Q2FY23", "FY24", "H1FY25") are no companies',
    text: 'Halvex Tech had 219,325 employees in Q2FY23. Revenue rose in FY24 and again in H1FY25.',
    expect: [['Halvex Tech', 'organization'], ['Q2FY23', 'other'], ['FY24', 'other'], ['H1FY25', 'other']],
  },
  {
    note: 'organization: a one-word name a researcher or banker comes "from", even when a relative "who" follows (it is the person\'s)',
    text: 'The offer went to Lena Strobel, a senior AI researcher from Quillonix, who now leads the lab. Tomas Ferrer, a former banker from Varredo, joined too.',
    expect: [['Lena Strobel', 'person'], ['Quillonix', 'organization'], ['Tomas Ferrer', 'person'], ['Varredo', 'organization']],
  },
  {
    note: 'other: laws, plans and policies named in title case ("the American Rescue Plan", "the Inflation Reduction Act", "the Online Safety Bill") are no companies; a firm whose name has such a word inside keeps it',
    text: 'The city received $7 million under the American Rescue Plan. The Inflation Reduction Act and the Online Safety Bill passed, and Halvex Strategy Partners advised on both.',
    expect: [['American Rescue Plan', 'other'], ['Inflation Reduction Act', 'other'], ['Online Safety Bill', 'other'], ['Halvex Strategy Partners', 'organization']],
  },
  {
    note: 'organization: a possessive before a lab\'s or a legal form\'s word is the company\'s own name ("Tarsel\'s Laboratories", "Kestrel\'s Inc"); before a division\'s word it stays the owner\'s ("Halvex\'s Services revenue")',
    text: "The gap was widest at Tarsel's Laboratories. Kestrel's Inc followed, while Halvex's Services revenue grew.",
    expect: [["Tarsel's Laboratories", 'organization'], ["Kestrel's Inc", 'organization'], ['Halvex', 'organization'], ['Services', 'other']],
  },
  {
    note: 'organization: a company named after a doctor keeps the honorific in its name ("Dr Orvale\'s Laboratories")',
    text: "Dr Orvale's Laboratories reported higher sales.",
    expect: [["Dr Orvale's Laboratories", 'organization']],
  },
  {
    note: 'other: a clock time\'s marks and zone, whatever a page glued to them ("09:59 AM ISTLivemint"), are no name',
    text: '1 min read . 09:59 AM ISTDailypost\n\nUpdated: 10:30 GMT Tarsel Bank said profits rose.',
    expect: [['AM ISTDailypost', 'other'], ['GMT', 'other'], ['Tarsel Bank', 'organization']],
  },
  {
    note: 'organization: a firm named like a person is a firm by what only a business has ("X\'s turnover rose", "X reported a 10% increase in revenue", "X increased turnover")',
    text: "Lewis Halvey reported a 10% increase in revenue to £25 million. Charles Brennan's turnover rose 9% to £63 million, and Simon Harwick increased turnover by 17%.",
    expect: [['Lewis Halvey', 'organization'], ['Charles Brennan', 'organization'], ['Simon Harwick', 'organization']],
  },
  {
    note: 'other: a wire\'s instrument code in angle brackets ("<TRSL.N>", "<IPO-KSTR.N>") names no company of its own',
    text: 'A rare sale of a stake in Kestrel Group <IPO-KSTR.N> values the company at $12 billion, ahead of Tarsel Inc\'s <TRSL.O> debut.',
    expect: [['Kestrel Group', 'organization'], ['IPO-KSTR.N', 'other'], ['Tarsel Inc', 'organization'], ['TRSL.O', 'other']],
  },
  {
    note: 'other: the outlet after a credited name and a slash in a picture credit ("Image Source: Dana Roe/Tarselwire"), and "VC" for venture capital, are no companies of the story',
    text: 'Image Source: Dana Roe/Tarselwire\n\nFor a continent that has seen reduced VC investment, the announcement by Kestrel Pay, a leading fintech, was welcome.',
    expect: [['Tarselwire', 'other'], ['VC', 'other'], ['Kestrel Pay', 'organization']],
  },
  {
    note: 'other: plural titles in capitals ("MDs", "CEOs") end the company name before them',
    text: 'The fellow Orvane Bank MDs who have come from Tessaly Group include its head of data. Halvex CEOs rarely stay long.',
    expect: [['Orvane Bank', 'organization'], ['Tessaly Group', 'organization'], ['Halvex', 'organization']],
  },
  {
    note: 'other: a currency\'s letters glued to an amount ("Dh137.3", "KSh3") are no name; one letter and digits may be a bank\'s ("N26")',
    text: 'Tarrow Air revenue rose to a record Dh137.3 billion. Profit was KSh3 billion. N26 Bank, the German lender, grew too.',
    expect: [['Tarrow Air', 'organization'], ['Dh137.3', 'other'], ['KSh3', 'other'], ['N26 Bank', 'organization']],
  },
  {
    note: 'person: a picture credit or a reporting credit names a person, not a company ("Photograph by", "Additional reporting by", "Illustration:")',
    text: 'Photograph by Tamsin Orrell. Additional reporting by Kofi Brandt. Illustration: Wenna Falk.',
    expect: [['Tamsin Orrell', 'person'], ['Kofi Brandt', 'person'], ['Wenna Falk', 'person']],
  },
  {
    note: 'organization: an unknown one-word employer people "returned to" and that "has hired N people" (moving to a name is no evidence of a place)',
    text: 'Data from the careers site shows Tarvolt has hired at least 30 people from Quenby this year. Ms Hale had returned to Tarvolt to lead its battery work.',
    expect: [['Tarvolt', 'organization'], ['Tarvolt', 'organization', 2], ['Quenby', 'organization']],
  },
  {
    note: 'place: a city one "returned to" is still a place where the lexicon knows it',
    text: 'After a decade abroad, the chef returned to Lisbon and opened a bakery.',
    expect: [['Lisbon', 'place']],
  },
  // ── People with honorifics ─────────────────────────────────────────────────────────
  {
    note: 'person: "Mr" + surname, with a bank and a month in the same sentence',
    text: 'Mr Okafor, who became finance director of Lantern Bank in January, said the lender would not cut jobs this year.',
    expect: [['Mr Okafor', 'person'], ['Lantern Bank', 'organization'], ['January', 'other']],
  },
  {
    note: 'person: "Mrs" + surname who "founded" a business; a registry as organization',
    text: 'Mrs Haldane founded the bakery chain in 1998 and still owns a third of it, according to Companies House filings.',
    expect: [['Mrs Haldane', 'person'], ['Companies House', 'organization']],
  },
  {
    note: 'person: "Ms" + surname who "hired" (a company verb done by a person)',
    text: 'Ms Adeyemi hired two former Barclays traders to run the new desk, the firm said.',
    expect: [['Ms Adeyemi', 'person'], ['Barclays', 'organization']],
  },
  {
    note: 'person: "Dr" + full name with an appositive naming a university',
    text: 'Dr Siddharth Rao, a cardiologist at Imperial College London, led the trial of the device.',
    expect: [['Dr Siddharth Rao', 'person'], ['Imperial College London', 'organization']],
  },
  {
    note: 'person: "Sir" + full name who "announced"; an ampersand company',
    text: 'Sir Malcolm Tether, the retail tycoon, announced on Tuesday that he would step down from the board of Hallow & Finch.',
    expect: [['Sir Malcolm Tether', 'person'], ['Tuesday', 'other'], ['Hallow & Finch', 'organization']],
  },
  {
    note: 'person: "Lord" + title name at sentence start',
    text: 'Lord Ashcombe, a former trade minister, chairs the advisory board of Brightwater Capital.',
    expect: [['Lord Ashcombe', 'person'], ['Brightwater Capital', 'organization']],
  },
  {
    note: 'person: "Dame" + full name who "signed"',
    text: 'Dame Helen Corrigan signed the open letter alongside 40 other scientists, calling for a pause in the trials.',
    expect: [['Dame Helen Corrigan', 'person']],
  },
  {
    note: 'person: honorific + surname in a quote attribution after a company',
    text: '"We are not for sale," Mr Whitcombe told shareholders at Pennant Logistics\' annual meeting in Leeds.',
    expect: [['Mr Whitcombe', 'person'], ['Pennant Logistics', 'organization'], ['Leeds', 'place']],
  },

  // ── People with a title or role before the name ────────────────────────────────────
  {
    note: 'person: "Chief executive" + name at sentence start',
    text: 'Chief executive Priya Raman told analysts the company expected to double its sales team by the end of the year.',
    expect: [['Chief executive', 'other'], ['Priya Raman', 'person']],
  },
  {
    note: 'person: "CEO" + name after an opening phrase; the company in reported speech',
    text: 'Speaking at the launch, CEO Dara Okonkwo said Fernhill Payments had signed up 12,000 merchants.',
    expect: [['CEO', 'other'], ['Dara Okonkwo', 'person'], ['Fernhill Payments', 'organization']],
  },
  {
    note: 'person: "Founder" + Chinese name; a city',
    text: 'Founder Mei Lin started the company from her flat in Shenzhen in 2019.',
    expect: [['Founder', 'other'], ['Mei Lin', 'person'], ['Shenzhen', 'place']],
  },
  {
    note: 'person: "<Portfolio> Minister" + name (title+name, "Innovation Minister Ed Husic" style)',
    text: 'Science Minister Rosalind Achterberg said the grants would fund 300 research posts at regional universities.',
    expect: [['Science Minister', 'other'], ['Rosalind Achterberg', 'person']],
  },
  {
    note: 'person: "Industry Minister" + Pakistani name; a capital city standing for a government',
    text: 'Industry Minister Farah Qureshi said Canberra would match the investment dollar for dollar.',
    expect: [['Industry Minister', 'other'], ['Farah Qureshi', 'person'], ['Canberra', 'place']],
  },
  {
    note: 'person: "Prime Minister" + name; a state and a weekday',
    text: 'Prime Minister Narendra Modi opened the chip plant in Gujarat on Friday.',
    expect: [['Prime Minister', 'other'], ['Narendra Modi', 'person'], ['Gujarat', 'place'], ['Friday', 'other']],
  },
  {
    note: 'person: "Head coach" + Spanish name with a diacritic',
    text: 'Head coach Tomás Varga said his side had been unlucky not to win after hitting the post twice.',
    expect: [['Head coach', 'other'], ['Tomás Varga', 'person']],
  },
  {
    note: 'person: "Striker" + Ghanaian name in a match report',
    text: 'Striker Kwame Mensah scored twice in the second half to seal a 3-1 win.',
    expect: [['Striker', 'other'], ['Kwame Mensah', 'person']],
  },
  {
    note: 'person: "Manager" + Portuguese name in a match report',
    text: 'Manager Rui Salgado praised his defence after a fourth consecutive clean sheet.',
    expect: [['Manager', 'other'], ['Rui Salgado', 'person']],
  },
  {
    note: 'person: "Analyst" + Chinese name "of" a research firm',
    text: 'Analyst Jiahui Yu of Morningside Research said the valuation looked stretched.',
    expect: [['Analyst', 'other'], ['Jiahui Yu', 'person'], ['Morningside Research', 'organization']],
  },
  {
    note: 'place: a city between "-listed" and a company noun describes the noun ("the stock market-listed London fintech"), it is no company listed',
    text: 'Kristo Tamm is the chief executive of Orvane, the stock market-listed London fintech valued at £3.8 billion.',
    expect: [['Orvane', 'organization'], ['London', 'place']],
  },
  {
    note: 'organization: a company named by a function word ("Via"), told by a company noun before it and an owner\'s "\'s", also where it opens a sentence',
    text: 'On-demand shuttle startup Via has hit a $2.25 billion valuation. Noam Ohana will join Via\'s board. Via, which employs about 700 people, plans to expand.',
    expect: [['Via', 'organization', 2], ['Via', 'organization', 3]],
  },
  {
    note: 'other: the same function word as a preposition opening a sentence is no name',
    text: 'Via the app, users of Kestrel Pay can send money abroad. Next year the company will add loans.',
    expect: [['Via', 'other'], ['Next', 'other'], ['Kestrel Pay', 'organization']],
  },
  {
    note: 'other: letters joined to an underscore are a file\'s or a handle\'s name ("BT_20180314_JHVW14PR7V_3349320.jpg")',
    text: 'Orvane Motor chief\'s pay soars.\n\nBT_20180314_JHVW14PR7V_3349320.jpg\nMr Mueller earned 10.14m euros in pay and benefits.',
    expect: [['BT', 'other']],
  },
  {
    note: 'other: an ordinary word before a measure it qualifies ("Total remuneration", after a page\'s date prefix) is no company, though a company bears the name',
    text: 'date 2024-06-28 Total remuneration of Orrin Ltd Chairman Sanjiv Puri grew around 54 per cent to ₹25.18 crore.',
    expect: [['Total', 'other'], ['Orrin Ltd', 'organization']],
  },
  {
    note: 'organization: a known company\'s unit in a country keeps its ordinary first word where it opens a sentence ("Standard Chartered Kenya"), and a company word before the country ("Absa Bank Kenya")',
    text: 'Shares rose.\n\nStandard Chartered Kenya paid its chief $1.3 million, and Absa Bank Kenya paid its own $852,126.',
    expect: [['Standard Chartered Kenya', 'organization'], ['Absa Bank Kenya', 'organization']],
  },
  {
    note: 'organization: partners\' names joined by an ampersand go on with a known firm\'s first name ("Cravath Swaine & Moore", not "Cravath" and "Swaine & Moore")',
    text: 'Shares rose.\n\nCravath Swaine & Moore will pay associate bonuses of up to $115,000, and rivals at Linklaters will follow.',
    expect: [['Cravath Swaine & Moore', 'organization'], ['Linklaters', 'organization']],
  },
  {
    note: 'person: a given name of two pinyin syllables no list holds, then a one-syllable surname ("Ruoming Pang", "Xinyun Chen")',
    text: 'Zentrix AI offered Ruoming Pang a package worth $200 million, and Xinyun Chen joined a week later.',
    expect: [['Zentrix AI', 'organization'], ['Ruoming Pang', 'person'], ['Xinyun Chen', 'person']],
  },
  {
    note: 'person: a one-syllable surname, then a given name of two syllables joined by a hyphen ("Choi Ji-hoon", "Tsai Ing-wen"); "Coca-Cola" is none',
    text: 'Quorvex Motors said Choi Ji-hoon took a total of 612 million won, while Tsai Ing-wen met executives of Coca-Cola.',
    expect: [['Quorvex Motors', 'organization'], ['Choi Ji-hoon', 'person'], ['Tsai Ing-wen', 'person'], ['Coca-Cola', 'organization']],
  },
  {
    note: 'other: a term the article defines in brackets ("newly qualified (NQ) solicitors") in every later mention ("the NQ rate", "London NQ rates"); organization: a firm named like a person that "has become the latest … law firm"',
    text: 'Tarsel Wessing has become the latest City law firm to announce salary increases for its newly qualified (NQ) solicitors. A spokesperson confirmed a new NQ rate of £100,000. Elsewhere, London NQ rates recently hit £120,000.',
    expect: [['Tarsel Wessing', 'organization'], ['NQ', 'other'], ['London NQ', 'other']],
  },
  {
    note: 'person: a royal title is no company ("Crown Prince of Dubai": not "Crown")',
    text: 'The plan follows an announcement by Sheikh Hamdan, Crown Prince of Dubai, on Monday. Orrin Airways is hiring 3,000 cabin crew.',
    expect: [['Crown', 'other'], ['Orrin Airways', 'organization']],
  },
  {
    note: 'person: a ranking\'s entry line, a name no first-name list holds then the company after a comma ("1. Hock Lin, Quorvex Semiconductor")',
    text: 'The highest-paid CEOs of 2024\n\n1. Hock Lin, Quorvex Semiconductor\nTotal pay: $162 million\n\n2. Nikesh Rao, Orrin Networks\nTotal pay: $151 million',
    expect: [['Hock Lin', 'person'], ['Quorvex Semiconductor', 'organization'], ['Nikesh Rao', 'person'], ['Orrin Networks', 'organization']],
  },
  {
    note: 'organization: a name of one-syllable words that sound like pinyin ("Ping An", "Hang Seng") is no given name and surname',
    text: 'Shares in insurer Ping An rose 3% as the Hang Seng Bank reported profits.',
    expect: [['Ping An', 'organization'], ['Hang Seng Bank', 'organization']],
  },
  {
    note: 'person: capitalised full title "Chief Financial Officer" + German name',
    text: 'Chief Financial Officer Lena Hoffmann said margins would improve in the second half.',
    expect: [['Chief Financial Officer', 'other'], ['Lena Hoffmann', 'person']],
  },
  {
    note: 'person: organization + "Governor" + name',
    text: 'Bank of England Governor Andrew Bailey said inflation would fall back to target next year.',
    expect: [['Bank of England', 'organization'], ['Governor', 'other'], ['Andrew Bailey', 'person']],
  },

  // ── People with a role after the name ──────────────────────────────────────────────
  {
    note: 'person: "X, chief executive of Y"',
    text: 'Helen Marsh, chief executive of Tidewell Foods, said demand had recovered since the spring.',
    expect: [['Helen Marsh', 'person'], ['Tidewell Foods', 'organization']],
  },
  {
    note: 'person: "X, 63," age apposition; a government body',
    text: 'Harold Brennan, 63, founded the firm after 20 years in the Royal Navy.',
    expect: [['Harold Brennan', 'person'], ['Royal Navy', 'organization']],
  },
  {
    note: 'person: Chinese two-syllable name "Li Wei, a partner at …"',
    text: 'Li Wei, a partner at Jadeite Ventures, joined the board in March.',
    expect: [['Li Wei', 'person'], ['Jadeite Ventures', 'organization'], ['March', 'other']],
  },
  {
    note: 'person: Indian name with a role appositive and no company named',
    text: "Arvind Krishnan, the company's chief technology officer, said the outage lasted four hours.",
    expect: [['Arvind Krishnan', 'person']],
  },
  {
    note: 'person: Vietnamese three-part name who "has raised" (a company verb)',
    text: "Nguyen Thi Lan, the fund's managing director, has raised more than $300m from pension funds.",
    expect: [['Nguyen Thi Lan', 'person']],
  },
  {
    note: 'person: "X, who runs …" with a hyphenated Arabic surname who "announced"',
    text: 'Fatima Al-Mansouri, who runs the Dubai office, announced the hiring of 50 engineers.',
    expect: [['Fatima Al-Mansouri', 'person'], ['Dubai', 'place']],
  },

  {
    note: 'other: a timeline\'s year label opens the line ("2013-2014: Subscribers hit…", "2017-May 2018: As on…"): the word after it opens the sentence, and the label\'s month is no name',
    text: 'The figure has grown every year:\n\n2013-2014: Subscribers hit the 140 million mark.\n\n2017-May 2018: As on May 2018, Kestrel Mobile had 40 million.',
    expect: [['Subscribers', 'other'], ['2017-May', 'other'], ['Kestrel Mobile', 'organization']],
  },
  {
    note: 'organizations: a country\'s possessive before a company whose name ends in "Group" ("Chile’s LATAM Airlines Group") — a company of that country, not a unit a company owns ("Xerox\'s Corporate Development group")',
    text: 'Chile’s LATAM Airlines Group posted a $145 million profit for the second quarter. Brightwell’s Corporate Development Group made the deal.',
    expect: [['Chile', 'place'], ['LATAM Airlines Group', 'organization'], ['Corporate Development Group', 'other']],
  },
  {
    note: 'other: an abbreviation the article also writes with a plural "s" ("NQ pay" beside "its NQs") names a kind of person or thing, not a company; two companies joined by "and" stay companies',
    text: 'Orvale Law and Kestrel & Finch both raised NQ pay to £125,000, leaving Halvard Partners as the only firm to pay its NQs £115k.',
    expect: [['NQ', 'other'], ['NQs', 'other'], ['Orvale Law', 'organization'], ['Kestrel & Finch', 'organization'], ['Halvard Partners', 'organization']],
  },
  {
    note: 'other: a plural of an ordinary word capitalised after a comma ("As per a report by Kestrel Data, Startups in the region secured…"), which the article also writes in lower case, is no name, there or opening a bullet (a company named like a plural that the article never writes in lower case is not touched)',
    text: '- Startups in MENA raised $764 million in November.\n- Male-founded startups secured 98.5% of funds.\nAs per the recent report by Kestrel Data, Startups in the Middle East secured $764 million in funding.',
    expect: [['Startups', 'other'], ['Kestrel Data', 'organization']],
  },
  // ── People: names from many cultures ───────────────────────────────────────────────
  {
    note: 'person: an initial and two names, their initials in brackets, then a role ("the firm\'s chief operating officer"); the bracket is the person\'s short name, not a company\'s',
    text: 'R Venkata Raghavan (RVR), the firm’s chief operating officer since 2019, took home almost Rs 24 crore. Orvale Data Systems (ODS) hired him.',
    expect: [['R Venkata Raghavan', 'person'], ['RVR', 'person'], ['Orvale Data Systems', 'organization']],
  },
  {
    note: 'people: two Nigerian names as co-founders; "Lagos-based" + cue noun + company',
    text: 'Chukwuemeka Obi and Ngozi Adeyemi co-founded the Lagos-based lender Kudi Trust in 2020.',
    expect: [['Chukwuemeka Obi', 'person'], ['Ngozi Adeyemi', 'person'], ['Lagos', 'place'], ['Kudi Trust', 'organization']],
  },
  {
    note: 'person: Spanish double surname who "signed" a deal',
    text: 'Alejandro Ruiz Zapata signed a three-year deal worth €12m, his agent confirmed.',
    expect: [['Alejandro Ruiz Zapata', 'person']],
  },
  {
    note: 'people: Japanese and Chinese names as subjects of "will lead"',
    text: "Yuki Tanaka and Zhang Hao will lead the joint venture's research team from Osaka.",
    expect: [['Yuki Tanaka', 'person'], ['Zhang Hao', 'person'], ['Osaka', 'place']],
  },
  {
    note: 'person: Yoruba name who "raised" money before founding a company',
    text: 'Oluwaseun Bakare raised $2m from friends and family before launching Paystride, a payroll start-up.',
    expect: [['Oluwaseun Bakare', 'person'], ['Paystride', 'organization']],
  },
  {
    note: 'person: Turkish and Ukrainian names in one sentence',
    text: 'Zeynep Kaya replaced Olga Petrenko as head of the European business in September.',
    expect: [['Zeynep Kaya', 'person'], ['Olga Petrenko', 'person'], ['European', 'other'], ['September', 'other']],
  },
  {
    note: 'person: Korean name with a role after, who "hired"',
    text: 'Park Ji-won, the head of research, hired 30 engineers from Samsung last year.',
    expect: [['Park Ji-won', 'person'], ['Samsung', 'organization']],
  },

  // ── People: surname alone after the full name ─────────────────────────────────────
  {
    note: 'person: surname alone as the subject of "said" after the full name',
    text: 'Andy Roddick lost in four sets. Roddick said afterwards that his serve had deserted him.',
    expect: [['Andy Roddick', 'person'], ['Roddick', 'person', 2]],
  },
  {
    note: 'person: surname alone + "said" after the full name introduced with his company\'s title',
    text: 'Meta chief executive Mark Zuckerberg spoke first. Zuckerberg said the company would keep hiring.',
    expect: [['Meta', 'organization'], ['Mark Zuckerberg', 'person'], ['Zuckerberg', 'person', 2]],
  },
  {
    note: 'person: surname alone + "hired" (company verb) after the full name',
    text: 'Sarah Lindqvist joined Corvana Systems in 2021. Lindqvist hired 40 people in her first year.',
    expect: [['Sarah Lindqvist', 'person'], ['Corvana Systems', 'organization'], ['Lindqvist', 'person', 2]],
  },
  {
    note: 'person: surname alone + "announced" after a full name with a role',
    text: 'Tunde Bello, the chief operating officer, is expected to leave. Bello announced the restructuring in June.',
    expect: [['Tunde Bello', 'person'], ['Bello', 'person', 2], ['June', 'other']],
  },
  {
    note: 'person: surname alone + "has worked at" a company',
    text: 'Kenji Watanabe will replace Emma Clarke as chairman. Watanabe has worked at Mitsubishi Heavy Industries for 30 years.',
    expect: [['Kenji Watanabe', 'person'], ['Emma Clarke', 'person'], ['Watanabe', 'person', 2], ['Mitsubishi Heavy Industries', 'organization']],
  },
  {
    note: 'person: a family name alone after a name written family name first, its given name hyphenated (Korean romanisation)',
    text: 'Halvard Group chairman Baek Sung-min received 7 billion won last year. A year earlier, Baek’s annual salary exceeded 9.5 billion won.',
    expect: [['Halvard Group', 'organization'], ['Baek Sung-min', 'person'], ['Baek', 'person', 2]],
  },
  {
    note: 'person: surname alone + "signed" after the full name in a transfer story',
    text: 'Diego Almirón has agreed terms. Almirón signed a four-year contract on Thursday.',
    expect: [['Diego Almirón', 'person'], ['Almirón', 'person', 2], ['Thursday', 'other']],
  },

  // ── People: company-like verbs done by people ─────────────────────────────────────
  {
    note: 'person: "signed a lease" done by a person; a city',
    text: 'Raj Patel signed a five-year lease on the Manchester warehouse last month.',
    expect: [['Raj Patel', 'person'], ['Manchester', 'place']],
  },
  {
    note: 'person: "launched" and "employs" done by a person',
    text: 'Ms Okoye launched the podcast in 2022 and now employs four producers.',
    expect: [['Ms Okoye', 'person']],
  },
  {
    note: 'person: "acquired" done by a person',
    text: 'Bernard Ashworth acquired a 12% stake in the brewer through his family office.',
    expect: [['Bernard Ashworth', 'person']],
  },

  // ── People: possessives ───────────────────────────────────────────────────────────
  {
    note: 'possessive: "Mark Zuckerberg\'s Meta" → person + organization; a US state',
    text: "Mark Zuckerberg's Meta is spending billions on data centres in Louisiana.",
    expect: [['Mark Zuckerberg', 'person'], ['Meta', 'organization'], ['Louisiana', 'place']],
  },
  {
    note: 'possessive with a curly apostrophe: "Elon Musk’s xAI"',
    text: 'Elon Musk’s xAI has raised another $6bn from investors.',
    expect: [['Elon Musk', 'person'], ['xAI', 'organization']],
  },
  {
    note: 'possessive: "Jeff Bezos\'s Blue Origin" + a product (rocket)',
    text: "Jeff Bezos's Blue Origin launched its New Glenn rocket for the first time.",
    expect: [['Jeff Bezos', 'person'], ['Blue Origin', 'organization'], ['New Glenn', 'work']],
  },
  {
    note: 'possessive: "Warren Buffett\'s Berkshire Hathaway"',
    text: "Warren Buffett's Berkshire Hathaway sold part of its stake in the bank.",
    expect: [['Warren Buffett', 'person'], ['Berkshire Hathaway', 'organization']],
  },
  {
    note: 'person and organization sharing a name: "Michael Dell" vs "Dell Technologies"',
    text: 'Michael Dell said Dell Technologies would hire 2,000 people for its AI server business.',
    expect: [['Michael Dell', 'person'], ['Dell Technologies', 'organization']],
  },
  {
    note: 'person and organization sharing a name: "Michael Bloomberg" vs "Bloomberg News"; eponymous university',
    text: 'Michael Bloomberg gave $1bn to Johns Hopkins University, Bloomberg News reported.',
    expect: [['Michael Bloomberg', 'person'], ['Johns Hopkins University', 'organization'], ['Bloomberg News', 'organization']],
  },

  // ── People: sport stars in match reports ───────────────────────────────────────────
  {
    note: 'match report: two players, one a Portuguese name',
    text: 'Marcus Rashford curled in a free-kick before Bruno Fernandes added a second from the penalty spot.',
    expect: [['Marcus Rashford', 'person'], ['Bruno Fernandes', 'person']],
  },
  {
    note: 'match report: tennis players and a tournament (event = other)',
    text: 'Serena Williams beat Maria Sharapova 6-1 6-4 to reach the final of the Australian Open.',
    expect: [['Serena Williams', 'person'], ['Maria Sharapova', 'person'], ['Australian Open', 'other']],
  },
  {
    note: 'match report: rugby players and a championship (event = other)',
    text: 'Johnny Sexton kicked three penalties and Keith Earls scored a try as the visitors held on in the Six Nations.',
    expect: [['Johnny Sexton', 'person'], ['Keith Earls', 'person'], ['Six Nations', 'other']],
  },
  {
    note: "match report: \"Kenya's Faith Kipyegon\" country possessive + athlete; host city",
    text: "Kenya's Faith Kipyegon won the 1,500m in Paris, with Australia's Jessica Hull second.",
    expect: [['Kenya', 'place'], ['Faith Kipyegon', 'person'], ['Paris', 'place'], ['Australia', 'place'], ['Jessica Hull', 'person']],
  },
  {
    note: 'match report: golfer at a venue',
    text: 'Rory McIlroy carded a 66 at Augusta to move within two shots of the lead.',
    expect: [['Rory McIlroy', 'person'], ['Augusta', 'place']],
  },
  {
    note: "match report: cricketer and a ground named with a possessive (Lord's)",
    text: "Joe Root made an unbeaten 112 on a slow pitch at Lord's, and Shoaib Bashir took three wickets.",
    expect: [['Joe Root', 'person'], ["Lord's", 'place'], ['Shoaib Bashir', 'person']],
  },

  // ── Places ────────────────────────────────────────────────────────────────────────
  {
    note: 'place: "San Francisco-based X" (hyphenated -based)',
    text: 'San Francisco-based Quillmark raised $80 million in a Series B round led by Accel.',
    expect: [['San Francisco', 'place'], ['Quillmark', 'organization'], ['Series B', 'other'], ['Accel', 'organization']],
  },
  {
    note: 'place: "X, a San Francisco start-up" (place as a modifier in an appositive)',
    text: 'Brindle AI, a San Francisco start-up, is valued at $1.2bn.',
    expect: [['Brindle AI', 'organization'], ['San Francisco', 'place']],
  },
  {
    note: 'place: "based in Montréal" with a diacritic',
    text: 'Veritas Grid, which is based in Montréal, employs about 90 people.',
    expect: [['Veritas Grid', 'organization'], ['Montréal', 'place']],
  },
  {
    note: 'place: "Silicon Valley" and "Wall Street" standing for industries',
    text: 'Venture funding in Silicon Valley fell by a third last year, while Wall Street banks cut bonuses.',
    expect: [['Silicon Valley', 'place'], ['Wall Street', 'place']],
  },
  {
    note: 'place: dateline "LONDON (Reuters) -" then a company',
    text: 'LONDON (Reuters) - Shares in Harbourline Energy fell 8% on Thursday after the utility cut its dividend.',
    expect: [['LONDON', 'place'], ['Reuters', 'organization'], ['Harbourline Energy', 'organization'], ['Thursday', 'other']],
  },
  {
    note: 'place: all-caps dateline with a diacritic; demonym before a cue noun',
    text: 'SÃO PAULO (Reuters) - Brazilian fintech Nuvale said on Monday it had hired 200 engineers.',
    expect: [['SÃO PAULO', 'place'], ['Reuters', 'organization'], ['Brazilian', 'other'], ['Nuvale', 'organization'], ['Monday', 'other']],
  },
  {
    note: 'place: dateline with a date and a different agency',
    text: "NEW YORK, May 12 (AP) — Lumen Ordinal's shares jumped 14% in early trading.",
    expect: [['NEW YORK', 'place'], ['May', 'other'], ['AP', 'organization'], ['Lumen Ordinal', 'organization']],
  },
  {
    note: 'places: a list of cities with diacritics',
    text: 'The company opened offices in Zürich, Malmö and Kraków last year.',
    expect: [['Zürich', 'place'], ['Malmö', 'place'], ['Kraków', 'place']],
  },
  {
    note: 'place: "Bogotá-based" + company; countries after "expanded to"',
    text: 'Bogotá-based Rappido has expanded to Mexico and Peru.',
    expect: [['Bogotá', 'place'], ['Rappido', 'organization'], ['Mexico', 'place'], ['Peru', 'place']],
  },
  {
    note: "place: \"near Reykjavík\" and \"Iceland's\" (country possessive)",
    text: "Eira Compute will build its first data centre near Reykjavík, drawing on Iceland's geothermal power.",
    expect: [['Eira Compute', 'organization'], ['Reykjavík', 'place'], ['Iceland', 'place']],
  },
  {
    note: 'places: continents and regions in a results sentence',
    text: 'Sales in Europe rose 4%, but demand in China and South-East Asia remained weak.',
    expect: [['Europe', 'place'], ['China', 'place'], ['South-East Asia', 'place']],
  },
  {
    note: 'places: countries that are also first names (Jordan, Georgia)',
    text: 'Exports to Jordan and Georgia doubled in the first half, the ministry said.',
    expect: [['Jordan', 'place'], ['Georgia', 'place']],
  },
  {
    note: 'places: "Austin, Texas," (city that is a first name, state apposition) and a state',
    text: 'Austin, Texas, has overtaken Seattle as the top destination for tech workers leaving California.',
    expect: [['Austin', 'place'], ['Texas', 'place'], ['Seattle', 'place'], ['California', 'place']],
  },
  {
    note: 'place: "the Amazon" as the rainforest, not the company',
    text: 'Deforestation in the Amazon rose 20% last year, according to satellite data from Brazil.',
    expect: [['Amazon', 'place'], ['Brazil', 'place']],
  },
  {
    note: 'places: Welsh and English cities at sentence start',
    text: 'Cardiff and Bristol will be the first cities to get the service, followed by Glasgow in the autumn.',
    expect: [['Cardiff', 'place'], ['Bristol', 'place'], ['Glasgow', 'place']],
  },
  {
    note: 'place: Downing Street (a street standing for government); title alone; weekday',
    text: 'The Prime Minister is due to meet technology bosses at Downing Street on Wednesday.',
    expect: [['Prime Minister', 'other'], ['Downing Street', 'place'], ['Wednesday', 'other']],
  },
  {
    note: 'place: a town hosting a forum that is an organization',
    text: 'At the World Economic Forum in Davos, bankers warned that AI spending could not last.',
    expect: [['World Economic Forum', 'organization'], ['Davos', 'place']],
  },

  // ── Works: films, music, TV, books, games, products ───────────────────────────────
  {
    note: 'work: film after a cue noun ("the horror film X") whose title starts with "The"',
    text: 'Sony Pictures said the horror film The Ring had earned $40m in its opening weekend.',
    expect: [['Sony Pictures', 'organization'], ['The Ring', 'work']],
  },
  {
    note: 'work: album after a cue noun ("their new album X")',
    text: 'The band said their new album Harbour Lights would be released on vinyl in October.',
    expect: [['Harbour Lights', 'work'], ['October', 'other']],
  },
  {
    note: 'work: TV show owned by a broadcaster ("the BBC\'s Top Gear")',
    text: "The BBC's Top Gear is sold to more than 200 territories around the world.",
    expect: [['BBC', 'organization'], ['Top Gear', 'work']],
  },
  {
    note: 'work: song title in quotes; a streaming company',
    text: 'Her single "Paper Lanterns" has been streamed 300 million times on Spotify.',
    expect: [['Paper Lanterns', 'work'], ['Spotify', 'organization']],
  },
  {
    note: 'work: film titled with a surname (Oppenheimer) at sentence start; a studio',
    text: 'Oppenheimer took $180m worldwide in its first weekend, Universal said.',
    expect: [['Oppenheimer', 'work'], ['Universal', 'organization']],
  },
  {
    note: 'work: game made by a company',
    text: 'Epic Games said Fortnite had more than 100 million monthly players.',
    expect: [['Epic Games', 'organization'], ['Fortnite', 'work']],
  },
  {
    note: 'work: game title with a numeral after a possessive company',
    text: "Rockstar's Grand Theft Auto VI is the most anticipated game of the decade.",
    expect: [['Rockstar', 'organization'], ['Grand Theft Auto VI', 'work']],
  },
  {
    note: 'work: novel after "The novel"; a publisher',
    text: 'The novel Wolf Hall has sold more than a million copies, its publisher HarperCollins said.',
    expect: [['Wolf Hall', 'work'], ['HarperCollins', 'organization']],
  },
  {
    note: 'work: product name in camel case ("iPhone")',
    text: 'Apple sold 50 million iPhone handsets in the quarter, slightly fewer than a year earlier.',
    expect: [['Apple', 'organization'], ['iPhone', 'work']],
  },
  {
    note: 'work: "ChatGPT maker OpenAI" (product as a modifier of the company)',
    text: 'ChatGPT maker OpenAI is in talks to raise money at a $150bn valuation.',
    expect: [['ChatGPT', 'work'], ['OpenAI', 'organization']],
  },
  {
    note: 'work: a product alone at sentence start, its maker after "said"',
    text: 'ChatGPT now has 400 million weekly users, OpenAI said.',
    expect: [['ChatGPT', 'work'], ['OpenAI', 'organization']],
  },
  {
    note: "work: \"Netflix's The Crown\" (possessive company + \"The\" title)",
    text: "Netflix's The Crown cost about £100m a series to make.",
    expect: [['Netflix', 'organization'], ['The Crown', 'work']],
  },
  {
    note: 'work: long TV show title with a verb-like word',
    text: 'Viewing figures for Strictly Come Dancing fell to 7 million, the BBC said.',
    expect: [['Strictly Come Dancing', 'work'], ['BBC', 'organization']],
  },
  {
    note: 'work: a phone model and an assistant, both products',
    text: 'Samsung unveiled the Galaxy S24 alongside a new version of its Bixby assistant.',
    expect: [['Samsung', 'organization'], ['Galaxy S24', 'work'], ['Bixby', 'work']],
  },
  {
    note: 'work: AI assistants named like a constellation and a first name (Gemini, Claude)',
    text: 'Users of Gemini and Claude can now upload spreadsheets directly into a chat.',
    expect: [['Gemini', 'work'], ['Claude', 'work']],
  },
  {
    note: 'work: TV drama after "the drama"',
    text: 'Actors from the drama Succession joined the picket line outside the studio in Burbank.',
    expect: [['Succession', 'work'], ['Burbank', 'place']],
  },
  {
    note: 'work: game at sentence start followed by a relative clause naming its buyer',
    text: 'Minecraft, which Microsoft bought for $2.5bn in 2014, still has 170 million monthly players.',
    expect: [['Minecraft', 'work'], ['Microsoft', 'organization']],
  },
  {
    note: 'work: a car model',
    text: 'Tesla delivered 400,000 Model Y vehicles in the quarter.',
    expect: [['Tesla', 'organization'], ['Model Y', 'work']],
  },
  {
    note: 'work: a product made by a camel-case company ("iRobot, the maker of the Roomba")',
    text: 'iRobot, the maker of the Roomba, cut 31% of its workforce.',
    expect: [['iRobot', 'organization'], ['Roomba', 'work']],
  },
  {
    note: 'work: software product of a company',
    text: 'Microsoft said revenue from Windows licences rose 5% as PC sales recovered.',
    expect: [['Microsoft', 'organization'], ['Windows', 'work']],
  },

  // ── Other: adverbs, ordinary words, headline fragments, titles, dates, demonyms, events
  {
    note: 'other: sentence-initial adverb "Globally," before a company',
    text: 'Globally, Corvana Systems employs more than 4,000 people.',
    expect: [['Globally', 'other'], ['Corvana Systems', 'organization']],
  },
  {
    note: 'organization: a known company and a unit word make one name ("Fiat Auto", "Halvard Mobile"), not the unit word alone',
    text: 'Dana Roe has replaced Tom Reyes as chief executive of Fiat Auto, with Mr Reyes leaving the company.',
    expect: [['Fiat Auto', 'organization'], ['Dana Roe', 'person'], ['Tom Reyes', 'person']],
  },
  {
    note: 'place: a site named after an owner ("Rover\'s Longbridge plant") or after "plant at" ("the Siemens plant at Boscholt")',
    text: 'The future of Corvana Motors’ Longbridge plant is uncertain. The Halvard Electric plant at Boscholt makes phones and employs 2,000 staff.',
    expect: [['Longbridge', 'place'], ['Boscholt', 'place'], ['Corvana Motors', 'organization'], ['Halvard Electric', 'organization']],
  },
  {
    note: 'other: a hyphenated opener of English parts ("Pre-tax profits rose") and the first part of a hyphenated word ("Co-founder") are no names',
    text: 'Pre-tax profits at Corvana Systems rose 15%. Co-founder Dana Roe said Quorvex Labs would expand.',
    expect: [['Pre-tax', 'other'], ['Co', 'other'], ['Corvana Systems', 'organization'], ['Quorvex Labs', 'organization']],
  },
  {
    note: 'organization: a one-word coined name that owns "its" a verb later ("Zepto said its…"): people own "his" and "her"',
    text: 'Quorvex said its chief operating officer had resigned after two years.',
    expect: [['Quorvex', 'organization']],
  },
  {
    note: 'organization: a name ending in -ly that is no English word opens the sentence before a comma ("Calendly, the scheduling startup,")',
    text: 'Brindly, the scheduling startup, has raised $35 million. Separately, Corvana Systems hired 40 engineers.',
    expect: [['Brindly', 'organization'], ['Separately', 'other'], ['Corvana Systems', 'organization']],
  },
  {
    note: 'other: sentence-initial "Globally," before "the company has N staff" (a company context after an adverb)',
    text: 'Globally, the company has 1,200 staff, up from 900 a year ago.',
    expect: [['Globally', 'other']],
  },
  {
    note: 'other: sentence-initial "Today," before "the company"',
    text: 'Today, the company has 12 offices and more than 900 staff.',
    expect: [['Today', 'other']],
  },
  {
    note: 'other: "Meanwhile," before a company that "said"',
    text: 'Meanwhile, Harbourline Energy said it would cut 300 jobs.',
    expect: [['Meanwhile', 'other'], ['Harbourline Energy', 'organization']],
  },
  {
    note: 'other: "Overall," and "Still," as sentence openers',
    text: 'Overall, revenue rose 3%. Still, Tidewell Foods warned that profits would fall.',
    expect: [['Overall', 'other'], ['Still', 'other'], ['Tidewell Foods', 'organization']],
  },
  {
    note: 'other: "According to" before an analyst firm',
    text: 'According to Gartner, spending on AI servers will double by 2027.',
    expect: [['According', 'other'], ['Gartner', 'organization']],
  },
  {
    note: 'other: title-case headline with no company named ("Humanoid Robotics Firm Raises …")',
    text: 'Humanoid Robotics Firm Raises $50M To Build Warehouse Workers',
    expect: [['Humanoid Robotics Firm', 'other'], ['Raises', 'other'], ['To Build Warehouse Workers', 'other']],
  },
  {
    note: 'other: title-case headline of ordinary words ("Valuation Per Employee Soars")',
    text: "Valuation Per Employee Soars At Europe's AI Start-Ups",
    expect: [['Valuation Per Employee Soars', 'other'], ['Europe', 'place']],
  },
  {
    note: 'other: title-case headline naming a company and its lead investor',
    text: 'Brindle AI Raises $40M Series B Led By Northzone',
    expect: [['Brindle AI', 'organization'], ['Raises', 'other'], ['Led By', 'other'], ['Northzone', 'organization']],
  },
  {
    note: 'other: headline with a label and title-case verbs around a company',
    text: 'Exclusive: Stackwise In Talks To Raise At $2B Valuation',
    expect: [['Exclusive', 'other'], ['Stackwise', 'organization'], ['In Talks To Raise At', 'other'], ['Valuation', 'other']],
  },
  {
    note: 'other: headline of title-case ordinary words with a number',
    text: 'Tech Layoffs Top 100,000 As Hiring Freeze Spreads',
    expect: [['Tech Layoffs Top', 'other'], ['As Hiring Freeze Spreads', 'other']],
  },
  {
    note: 'other: an office alone ("The Chancellor")',
    text: 'The Chancellor said the budget would include new tax breaks for start-ups.',
    expect: [['Chancellor', 'other']],
  },
  {
    note: 'other: "The President" alone; a government department is an organization',
    text: 'The President signed the bill on Tuesday, and the Treasury will publish guidance next month.',
    expect: [['President', 'other'], ['Tuesday', 'other'], ['Treasury', 'organization']],
  },
  {
    note: 'other: demonyms as adjectives at sentence start',
    text: 'British and Japanese investors took part in the round, alongside a fund from Singapore.',
    expect: [['British', 'other'], ['Japanese', 'other'], ['Singapore', 'place']],
  },
  {
    note: 'other: an event (World Cup) as the cause of a company result',
    text: 'Sponsorship revenue from the World Cup helped Adidas lift its sales by 8%.',
    expect: [['World Cup', 'other'], ['Adidas', 'organization']],
  },
  {
    note: 'other: months, including "May", at clause starts',
    text: 'In May the company said it would hire 500 people; by August it had hired 200.',
    expect: [['May', 'other'], ['August', 'other']],
  },
  {
    note: 'other: a holiday; a retailer named "Next"',
    text: 'Christmas trading at Next was better than expected, with full-price sales up 5%.',
    expect: [['Christmas', 'other'], ['Next', 'organization']],
  },
  {
    note: 'other: a shopping event; a retailer',
    text: 'Black Friday sales at Currys rose 6%, the electricals retailer said.',
    expect: [['Black Friday', 'other'], ['Currys', 'organization']],
  },
  {
    note: 'other: a political event at sentence start; a city',
    text: 'Since Brexit, the firm has moved 200 jobs from London to Dublin.',
    expect: [['Brexit', 'other'], ['London', 'place'], ['Dublin', 'place']],
  },
  {
    note: 'other: a pandemic name; a company that "tripled its headcount"',
    text: 'During the Covid pandemic, Pellucid Labs tripled its headcount.',
    expect: [['During', 'other'], ['Covid', 'other'], ['Pellucid Labs', 'organization']],
  },
  {
    note: 'other: a prize; a person; a lab',
    text: 'Demis Hassabis, who shared the Nobel Prize in Chemistry, co-founded DeepMind in 2010.',
    expect: [['Demis Hassabis', 'person'], ['Nobel Prize', 'other'], ['Chemistry', 'other'], ['DeepMind', 'organization']],
  },
  {
    note: 'other: a sporting event as what a broadcaster paid for',
    text: 'Broadcast rights to the Olympics earned NBC about $1.2bn.',
    expect: [['Broadcast', 'other'], ['Olympics', 'other'], ['NBC', 'organization']],
  },
  {
    note: 'other: languages in a list',
    text: 'The app is now available in English, Hindi and Tamil.',
    expect: [['English', 'other'], ['Hindi', 'other'], ['Tamil', 'other']],
  },
  {
    note: 'other: a funding round name ("Series C") after a company',
    text: 'The Series C round was led by Index Ventures and valued Opaline Health at $900m.',
    expect: [['Series C', 'other'], ['Index Ventures', 'organization'], ['Opaline Health', 'organization']],
  },
  {
    note: 'other: a trade show (event) where a company showed a product',
    text: 'At CES in Las Vegas, LG showed a television that rolls up into its stand.',
    expect: [['CES', 'other'], ['Las Vegas', 'place'], ['LG', 'organization']],
  },

  // ── Stock exchanges and tickers ───────────────────────────────────────────────────
  {
    note: 'exchange+ticker: "(NASDAQ: CRVN)" after the company',
    text: 'Corvana Systems (NASDAQ: CRVN) said quarterly revenue rose 18%.',
    expect: [['Corvana Systems', 'organization'], ['NASDAQ', 'other'], ['CRVN', 'other']],
  },
  {
    note: 'exchange+ticker: "(LSE: TWF)" after the company; a city',
    text: 'Tidewell Foods (LSE: TWF) will cut 120 jobs at its plant in Grimsby.',
    expect: [['Tidewell Foods', 'organization'], ['LSE', 'other'], ['TWF', 'other'], ['Grimsby', 'place']],
  },
  {
    note: 'exchange: "NYSE-listed X" (exchange as a hyphenated modifier)',
    text: 'NYSE-listed Halcyon Mining has agreed to buy a smaller rival for $900m.',
    expect: [['NYSE', 'other'], ['Halcyon Mining', 'organization']],
  },
  {
    note: 'exchange+ticker after a company with a legal suffix',
    text: 'Shares of Orbital Loom Inc. (NYSE: OLM) rose 5% in premarket trading.',
    expect: [['Orbital Loom Inc.', 'organization'], ['NYSE', 'other'], ['OLM', 'other']],
  },
  {
    note: 'exchange in prose ("trades on the Nasdaq under the ticker X")',
    text: 'Kestrel Dynamics, which trades on the Nasdaq under the ticker KSTL, employs 2,300 people.',
    expect: [['Kestrel Dynamics', 'organization'], ['Nasdaq', 'other'], ['KSTL', 'other']],
  },
  {
    note: 'index: "FTSE 100" is not a company; the stock that led it is',
    text: 'The FTSE 100 closed up 0.4%, led by gains at Barclays and Rolls-Royce.',
    expect: [['FTSE 100', 'other'], ['Barclays', 'organization'], ['Rolls-Royce', 'organization']],
  },
  {
    note: 'indices with an ampersand and an eponym (not companies)',
    text: 'The S&P 500 fell 1.2% and the Dow Jones Industrial Average lost 300 points.',
    expect: [['S&P 500', 'other'], ['Dow Jones Industrial Average', 'other']],
  },
  {
    note: 'exchange+ticker with a numeric ticker',
    text: 'Saudi Aramco (TADAWUL: 2222) reported a 15% fall in profit.',
    expect: [['Saudi Aramco', 'organization'], ['TADAWUL', 'other']],
  },
  {
    note: 'exchange operator acting as a company is an organization',
    text: 'The London Stock Exchange Group reported a 9% rise in profit, helped by its data business.',
    expect: [['London Stock Exchange Group', 'organization']],
  },

  // ── Organizations: legal suffixes ─────────────────────────────────────────────────
  {
    note: 'organization: "AG" suffix; a region',
    text: 'Siemens AG said it would invest €1bn in its factories in Bavaria.',
    expect: [['Siemens AG', 'organization'], ['Bavaria', 'place']],
  },
  {
    note: 'organization: "GmbH" suffix with an appositive naming a city',
    text: 'Halvard Robotics GmbH, a Munich maker of welding arms, has 600 staff.',
    expect: [['Halvard Robotics GmbH', 'organization'], ['Munich', 'place']],
  },
  {
    note: 'organization: "S.A." suffix (dots inside the suffix)',
    text: 'Banco Ferreira S.A. agreed to buy a smaller Lisbon lender for €2.3bn.',
    expect: [['Banco Ferreira S.A.', 'organization'], ['Lisbon', 'place']],
  },
  {
    note: 'organization: "NV" suffix after "Holdings"',
    text: 'Kestrel Holdings NV reported a net loss for the year.',
    expect: [['Kestrel Holdings NV', 'organization']],
  },
  {
    note: 'organization: "Co." suffix (sentence-initial, eponymous)',
    text: 'Ford Motor Co. will recall 200,000 pick-up trucks over a faulty seat belt.',
    expect: [['Ford Motor Co.', 'organization']],
  },
  {
    note: 'organization: lower-case "plc" suffix after "Shares in"',
    text: 'Shares in Greyfriar Systems plc fell 12% after it issued a profit warning.',
    expect: [['Greyfriar Systems plc', 'organization']],
  },
  {
    note: 'organization: "Ltd" suffix; a city that is also a surname (Hull)',
    text: 'Tidewell Foods Ltd employs 850 people at its plant near Hull.',
    expect: [['Tidewell Foods Ltd', 'organization'], ['Hull', 'place']],
  },
  {
    note: 'organization: comma form "X, Inc." in a press release',
    text: 'Corvana Systems, Inc. today announced a $40 million Series C financing.',
    expect: [['Corvana Systems, Inc.', 'organization'], ['Series C', 'other']],
  },
  {
    note: 'organization: comma form "X, LLC"; a US state',
    text: 'Pellucid Labs, LLC filed for bankruptcy protection in Delaware on Friday.',
    expect: [['Pellucid Labs, LLC', 'organization'], ['Delaware', 'place'], ['Friday', 'other']],
  },
  {
    note: 'organization: acronym defined by the text "X Inc. (HRI)", then used alone',
    text: 'Halvard Robotics Inc. (HRI) said on Monday it had hired 120 engineers. HRI expects to double its workforce by 2026.',
    expect: [['Halvard Robotics Inc.', 'organization'], ['HRI', 'organization'], ['HRI', 'organization', 2], ['Monday', 'other']],
  },
  {
    note: 'organization: "Corp" suffix without a dot; acronym defined for a full name',
    text: 'Taiwan Semiconductor Manufacturing Co (TSMC) will open a second plant in Kumamoto.',
    expect: [['Taiwan Semiconductor Manufacturing Co', 'organization'], ['TSMC', 'organization'], ['Kumamoto', 'place']],
  },

  // ── Organizations: ampersands ─────────────────────────────────────────────────────
  {
    note: 'organization: "Procter & Gamble" at sentence start',
    text: 'Procter & Gamble raised its prices for the third time this year.',
    expect: [['Procter & Gamble', 'organization']],
  },
  {
    note: 'organization: "Bath & Body Works" (three words around "&"); a country',
    text: 'Bath & Body Works plans to open 40 stores in Canada.',
    expect: [['Bath & Body Works', 'organization'], ['Canada', 'place']],
  },
  {
    note: 'organization: "Seven & i Holdings" (lower-case "i") and a hyphenated company as object',
    text: 'Seven & i Holdings rejected a $47bn takeover offer from Alimentation Couche-Tard.',
    expect: [['Seven & i Holdings', 'organization'], ['Alimentation Couche-Tard', 'organization']],
  },
  {
    note: 'organization: "Marks & Spencer" and "AT&T" (no spaces) in one sentence',
    text: 'Marks & Spencer said clothing sales rose 5%, while AT&T added 400,000 subscribers.',
    expect: [['Marks & Spencer', 'organization'], ['AT&T', 'organization']],
  },
  {
    note: 'organization: "Johnson & Johnson" (repeated eponym)',
    text: 'Johnson & Johnson agreed to pay $700m to settle claims over its talc products.',
    expect: [['Johnson & Johnson', 'organization']],
  },

  // ── Organizations: "Bank of …" and other "of" names ──────────────────────────────
  {
    note: 'organization: "Bank of America" (a country inside the name)',
    text: 'Bank of America cut 2,000 jobs in its consumer division.',
    expect: [['Bank of America', 'organization']],
  },
  {
    note: 'organization: "The Bank of Japan" (central bank)',
    text: 'The Bank of Japan raised interest rates for the first time in 17 years.',
    expect: [['Bank of Japan', 'organization']],
  },
  {
    note: 'organization: "University of X" and "X University" in one sentence',
    text: 'Researchers at the University of Edinburgh and Stanford University built the model.',
    expect: [['University of Edinburgh', 'organization'], ['Stanford University', 'organization']],
  },
  {
    note: 'organization: "Institute of Technology" and a Chinese university',
    text: 'The Massachusetts Institute of Technology and Tsinghua University each run spin-out funds.',
    expect: [['Massachusetts Institute of Technology', 'organization'], ['Tsinghua University', 'organization']],
  },
  {
    note: 'organization: a university named after a city ("Oxford University")',
    text: 'A spin-out from Oxford University has raised £30m to build quantum sensors.',
    expect: [['Oxford University', 'organization']],
  },

  // ── Organizations: digits, camel case, dots ───────────────────────────────────────
  {
    note: 'organization: digits and a ".com" ("1-800-Flowers.com"); a holiday',
    text: "1-800-Flowers.com expects Valentine's Day orders to rise 10%.",
    expect: [['1-800-Flowers.com', 'organization'], ["Valentine's Day", 'other']],
  },
  {
    note: 'organization: digits before a capitalised word ("1Password") at sentence start; "5G" and "3D" are no names',
    text: '1Password raised $100 million to build its 5G and 3D tools.',
    expect: [['1Password', 'organization']],
  },
  {
    note: 'organization: digits inside ("23andMe") at sentence start',
    text: '23andMe laid off 40% of its staff as it struggled to sell more DNA kits.',
    expect: [['23andMe', 'organization']],
  },
  {
    note: 'organization: digit + letter ("3M")',
    text: '3M agreed to pay $6bn to settle claims over faulty military earplugs.',
    expect: [['3M', 'organization']],
  },
  {
    note: 'organization: digit + hyphen ("7-Eleven"); a region',
    text: '7-Eleven operates more than 13,000 stores in North America.',
    expect: [['7-Eleven', 'organization'], ['North America', 'place']],
  },
  {
    note: 'organization: camel case at sentence start ("eBay")',
    text: 'eBay said gross merchandise volume rose 1% in the quarter.',
    expect: [['eBay', 'organization']],
  },
  {
    note: 'organization: camel case at sentence start ("easyJet")',
    text: 'easyJet will add 20 aircraft to its fleet this summer.',
    expect: [['easyJet', 'organization']],
  },
  {
    note: 'organization: dotted brand ("Character.AI") hiring from another company',
    text: 'Character.AI has hired a new chief executive from Google.',
    expect: [['Character.AI', 'organization'], ['Google', 'organization']],
  },
  {
    note: 'organization: ".com" brand; a country',
    text: 'Booking.com said summer bookings for Greece were up 15%.',
    expect: [['Booking.com', 'organization'], ['Greece', 'place']],
  },
  {
    note: 'organization: ".com" brand that starts with a weekday ("Monday.com")',
    text: 'Monday.com grew its revenue by a third and now has 2,500 employees.',
    expect: [['Monday.com', 'organization']],
  },

  // ── Organizations: names that are ordinary words ──────────────────────────────────
  {
    note: 'organization: "Apple" at sentence start; a month',
    text: 'Apple is expected to unveil a cheaper headset in June.',
    expect: [['Apple', 'organization'], ['June', 'other']],
  },
  {
    note: 'organization: "Target" at sentence start with a company verb',
    text: 'Target cut its profit forecast as shoppers pulled back on discretionary purchases.',
    expect: [['Target', 'organization']],
  },
  {
    note: 'organization: "Notion" with a describing appositive',
    text: 'Notion, the note-taking app maker, is valued at $10bn.',
    expect: [['Notion', 'organization']],
  },
  {
    note: 'organization: "Gamma" (a Greek letter) described as a start-up',
    text: 'Gamma, a start-up that builds presentation software, has raised $12m.',
    expect: [['Gamma', 'organization']],
  },
  {
    note: 'organization: "Square" and "Block", both ordinary words',
    text: 'Square, the payments company owned by Block, is cutting 1,000 jobs.',
    expect: [['Square', 'organization'], ['Block', 'organization']],
  },
  {
    note: 'organization: "Shell" with a results verb',
    text: 'Shell reported profits of $7bn for the quarter, beating forecasts.',
    expect: [['Shell', 'organization']],
  },
  {
    note: 'organization: "Amazon" the company (compare the rainforest line)',
    text: 'Amazon plans to hire 100,000 seasonal workers in the US before the holidays.',
    expect: [['Amazon', 'organization'], ['US', 'place']],
  },
  {
    note: 'organization: "Stripe" (an ordinary word) valued in a tender offer',
    text: 'Stripe is valued at $70bn after a tender offer for staff shares.',
    expect: [['Stripe', 'organization']],
  },

  // ── Organizations: named after a cue noun ─────────────────────────────────────────
  {
    note: 'organization: "the startup X" and "rival X" in one sentence',
    text: 'The startup Quillmark has 80 employees, roughly half as many as rival Anthropic had two years ago.',
    expect: [['Quillmark', 'organization'], ['Anthropic', 'organization']],
  },
  {
    note: 'organization: sentence-initial "Rival X" — the cue word is not part of the name',
    text: 'Rival Quanta Silicon has been valued at $3bn by its latest backers.',
    expect: [['Rival', 'other'], ['Quanta Silicon', 'organization']],
  },
  {
    note: 'organization: sentence-initial "Chipmaker X"',
    text: 'Chipmaker Nvidia became the first company to be worth $4tn.',
    expect: [['Chipmaker', 'other'], ['Nvidia', 'organization']],
  },
  {
    note: 'organization: sentence-initial "Insurer X"',
    text: 'Insurer Aviva said it would buy Direct Line for £3.7bn.',
    expect: [['Insurer', 'other'], ['Aviva', 'organization'], ['Direct Line', 'organization']],
  },
  {
    note: 'organization: sentence-initial "Online retailer X"',
    text: 'Online retailer Ocado said it would close its warehouse in Hatfield.',
    expect: [['Online', 'other'], ['Ocado', 'organization'], ['Hatfield', 'place']],
  },
  {
    note: 'organization: "a company called X" (an invented name of ordinary words)',
    text: 'He later set up a company called Blue Fern Analytics, which now employs 70 people.',
    expect: [['Blue Fern Analytics', 'organization']],
  },

  // ── Organizations: government bodies and agencies ────────────────────────────────
  {
    note: 'organization: regulator with "and" inside the name',
    text: 'The Competition and Markets Authority has opened an investigation into the deal.',
    expect: [['Competition and Markets Authority', 'organization']],
  },
  {
    note: 'organization: US regulator with "and" inside the name',
    text: 'The Securities and Exchange Commission fined the brokerage $3m for poor record-keeping.',
    expect: [['Securities and Exchange Commission', 'organization']],
  },
  {
    note: 'organization: the European Commission; a demonym',
    text: 'The European Commission approved the merger on condition that the companies sell their Irish assets.',
    expect: [['European Commission', 'organization'], ['Irish', 'other']],
  },
  {
    note: 'organizations: central bank and a government department ("Department of Labor")',
    text: 'The Federal Reserve held rates steady, and the Department of Labor said employers added 150,000 jobs.',
    expect: [['Federal Reserve', 'organization'], ['Department of Labor', 'organization']],
  },
  {
    note: 'organizations: a regulator and a broadcaster as its object',
    text: 'Ofcom said the BBC had breached its impartiality rules.',
    expect: [['Ofcom', 'organization'], ['BBC', 'organization']],
  },
  {
    note: 'organizations: a ministry and a defence contractor',
    text: 'The Ministry of Defence has signed a £1bn contract with BAE Systems.',
    expect: [['Ministry of Defence', 'organization'], ['BAE Systems', 'organization']],
  },
  {
    note: 'organizations: an all-caps agency and a company',
    text: 'NASA awarded the lunar lander contract to SpaceX.',
    expect: [['NASA', 'organization'], ['SpaceX', 'organization']],
  },
  {
    note: 'organization: US agency; a month',
    text: 'The Food and Drug Administration approved the drug in March.',
    expect: [['Food and Drug Administration', 'organization'], ['March', 'other']],
  },
  {
    note: 'organization: a tax authority with "HM" and "and"',
    text: 'HM Revenue and Customs is hiring 2,000 compliance officers.',
    expect: [['HM Revenue and Customs', 'organization']],
  },

  // ── Organizations: unions ────────────────────────────────────────────────────────
  {
    note: 'organization: "the Unite union" (an ordinary verb as a name)',
    text: 'The Unite union said 1,200 members at the plant would strike.',
    expect: [['Unite', 'organization']],
  },
  {
    note: 'organizations: a union and a carmaker',
    text: 'The United Auto Workers reached a deal with General Motors after a six-week strike.',
    expect: [['United Auto Workers', 'organization'], ['General Motors', 'organization']],
  },
  {
    note: 'organizations: an all-caps union and a rail operator',
    text: 'Members of the RMT voted to accept the pay offer from Network Rail.',
    expect: [['RMT', 'organization'], ['Network Rail', 'organization']],
  },

  // ── Organizations: sports clubs in business news ─────────────────────────────────
  {
    note: 'organization: a football club in business news (revenue), possessive',
    text: "Manchester United's revenue rose to a record £650m, the club said.",
    expect: [['Manchester United', 'organization']],
  },
  {
    note: 'organization: a football club agreeing a financing deal',
    text: 'Real Madrid has agreed a €360m financing deal to rebuild its stadium.',
    expect: [['Real Madrid', 'organization']],
  },
  {
    note: 'organization: a listed club reporting a loss',
    text: 'Shares in Juventus fell after the club reported a loss of €120m.',
    expect: [['Juventus', 'organization']],
  },

  // ── Organizations: common news forms the rewrite must keep ───────────────────────
  {
    note: 'organization: unknown company with an ORG head word ("AI") + "said on <day>"',
    text: 'Zentrix AI said on Tuesday it had raised $120 million from a group of sovereign funds.',
    expect: [['Zentrix AI', 'organization'], ['Tuesday', 'other']],
  },
  {
    note: 'organization: unknown one-word company with a relative clause, founded by people',
    text: 'Quillmark, which makes software for law firms, was founded in 2021 by two former lawyers.',
    expect: [['Quillmark', 'organization']],
  },
  {
    note: 'organization: two ordinary words ("Hugging Face") that "has hired"; a city',
    text: 'Hugging Face has hired 30 researchers for its new lab in Paris.',
    expect: [['Hugging Face', 'organization'], ['Paris', 'place']],
  },
  {
    note: 'organization: a demonym inside the name ("Deutsche Bank")',
    text: 'Deutsche Bank plans to cut 3,500 jobs, mostly in back-office roles.',
    expect: [['Deutsche Bank', 'organization']],
  },
  {
    note: 'organization: a demonym inside the name ("British Airways"); a city',
    text: 'British Airways will resume flights to Tel Aviv next month.',
    expect: [['British Airways', 'organization'], ['Tel Aviv', 'place']],
  },
  {
    note: 'organization: a country inside the name ("China Mobile")',
    text: 'China Mobile added 5 million subscribers in the first quarter.',
    expect: [['China Mobile', 'organization']],
  },
  {
    note: 'organizations: a city-state inside the name ("Singapore Airlines") ordering from Airbus',
    text: 'Singapore Airlines has ordered 20 wide-body aircraft from Airbus.',
    expect: [['Singapore Airlines', 'organization'], ['Airbus', 'organization']],
  },
  {
    note: 'organizations: all-caps names joined by "and"; a city',
    text: 'HSBC and BP both announced job cuts in London this week.',
    expect: [['HSBC', 'organization'], ['BP', 'organization'], ['London', 'place']],
  },
  {
    note: 'organizations: investors, one named after two people ("Andreessen Horowitz")',
    text: 'Sequoia Capital led the round, with participation from Andreessen Horowitz.',
    expect: [['Sequoia Capital', 'organization'], ['Andreessen Horowitz', 'organization']],
  },
  {
    note: 'organization: a first name + head word ("Ada Health")',
    text: 'Ada Health has raised $90m to expand its symptom-checking app in Germany.',
    expect: [['Ada Health', 'organization'], ['Germany', 'place']],
  },
  {
    note: 'organizations: "London-based X raised … from Y"',
    text: 'London-based Wayve raised $1bn in a round led by SoftBank.',
    expect: [['London', 'place'], ['Wayve', 'organization'], ['SoftBank', 'organization']],
  },
  {
    note: 'organizations: an all-caps acquirer and "Tiffany & Co." (ampersand + suffix)',
    text: 'LVMH completed its purchase of Tiffany & Co. for $15.8bn.',
    expect: [['LVMH', 'organization'], ['Tiffany & Co.', 'organization']],
  },
  {
    note: 'organization: two personal names as a bank ("Morgan Stanley")',
    text: 'Morgan Stanley advised the board on the sale, the company said.',
    expect: [['Morgan Stanley', 'organization']],
  },
  {
    note: 'organization: "Wells Fargo" (a surname and a place name) with a company verb',
    text: 'Wells Fargo agreed to pay $3.7bn to settle claims that it mismanaged customer accounts.',
    expect: [['Wells Fargo', 'organization']],
  },
  {
    note: 'organization: camel-case bank name ("JPMorgan Chase")',
    text: 'JPMorgan Chase set aside $3bn to cover bad loans.',
    expect: [['JPMorgan Chase', 'organization']],
  },
  {
    note: 'organization: a demonym opening the name ("American Express")',
    text: 'American Express reported record card spending over the holiday season.',
    expect: [['American Express', 'organization']],
  },
  {
    note: 'organizations: possessive parent and subsidiary ("Alphabet\'s Google")',
    text: "Alphabet's Google said it would spend $75bn on data centres this year.",
    expect: [['Alphabet', 'organization'], ['Google', 'organization']],
  },
  {
    note: 'organization: a government department made of ordinary words ("the Home Office")',
    text: 'The Home Office awarded the visa-processing contract to Halvard Systems.',
    expect: [['Home Office', 'organization'], ['Halvard Systems', 'organization']],
  },
  {
    note: 'organization: international body with an acronym defined by the text',
    text: 'The International Monetary Fund (IMF) cut its forecast for global growth. The IMF now expects 2.8% growth.',
    expect: [['International Monetary Fund', 'organization'], ['IMF', 'organization'], ['IMF', 'organization', 2]],
  },
  {
    note: 'organization: central bank with a demonym inside ("European Central Bank")',
    text: 'The European Central Bank left rates unchanged on Thursday.',
    expect: [['European Central Bank', 'organization'], ['Thursday', 'other']],
  },
  {
    note: 'organization: university with a possessive inside the name ("King\'s College London")',
    text: "Researchers at King's College London have spun out a drug-discovery company.",
    expect: [["King's College London", 'organization']],
  },
  {
    note: 'organization: a union whose name is ordinary words ("the National Education Union")',
    text: 'The National Education Union said its members had voted to strike over pay.',
    expect: [['National Education Union', 'organization']],
  },

  // ── Organizations: more mixed lines ──────────────────────────────────────────────
  {
    note: 'organization: "Group" conglomerate that "has hired" a person, with her previous employer after',
    text: "Tata Group has hired Meera Pillai, previously at Infosys, to run its chip venture.",
    expect: [['Tata Group', 'organization'], ['Meera Pillai', 'person'], ['Infosys', 'organization']],
  },
  {
    note: 'organization: eponymous company named after a person ("Walt Disney Co.") vs the person',
    text: 'The Walt Disney Co. said attendance at its parks fell, a century after Walt Disney founded the studio.',
    expect: [['Walt Disney Co.', 'organization'], ['Walt Disney', 'person', 2]],
  },
  {
    note: 'organization: a person-named company ("Goldman Sachs") advising another',
    text: 'Goldman Sachs is advising Halcyon Mining on the sale, people familiar with the matter said.',
    expect: [['Goldman Sachs', 'organization'], ['Halcyon Mining', 'organization']],
  },
  {
    note: 'organization: a news agency as a source after a report',
    text: 'Quillmark is in talks to raise new funding at a $2bn valuation, Bloomberg reported.',
    expect: [['Quillmark', 'organization'], ['Bloomberg', 'organization']],
  },
  {
    note: 'organization: a non-profit ("Foundation")',
    text: 'The Gates Foundation pledged $200m to vaccine research in Africa.',
    expect: [['Gates Foundation', 'organization'], ['Africa', 'place']],
  },
  {
    note: 'organizations: an invented company whose name ends in a place word ("Norrland Compute")',
    text: 'Norrland Compute signed a 10-year lease with Northvolt for a site in Skellefteå.',
    expect: [['Norrland Compute', 'organization'], ['Northvolt', 'organization'], ['Skellefteå', 'place']],
  },
  {
    note: 'mixed: person who founded an invented company, the company, its city and a film',
    text: 'Ines Moreau, who founded Paravel Studios in Lyon, said the animated film Little Lighthouse had been sold to 40 countries.',
    expect: [['Ines Moreau', 'person'], ['Paravel Studios', 'organization'], ['Lyon', 'place'], ['Little Lighthouse', 'work']],
  },
  {
    note: 'mixed: a company, its product, and its founder named with a role after',
    text: 'Stackwise, whose Ledgerly app has 2 million users, was founded by Omar Haddad, a former Stripe engineer.',
    expect: [['Stackwise', 'organization'], ['Ledgerly', 'work'], ['Omar Haddad', 'person'], ['Stripe', 'organization']],
  },
  {
    note: 'mixed: a sentence-initial country possessive before a company ("Japan\'s SoftBank")',
    text: "Japan's SoftBank has agreed to invest $500m in the Indian start-up Kiranaa.",
    expect: [['Japan', 'place'], ['SoftBank', 'organization'], ['Indian', 'other'], ['Kiranaa', 'organization']],
  },
  {
    note: 'mixed: a person named like a place and a company named like a place',
    text: 'Chelsea Park, a former Lloyds banker, now runs the Berlin office of Brandenburg Capital.',
    expect: [['Chelsea Park', 'person'], ['Lloyds', 'organization'], ['Berlin', 'place'], ['Brandenburg Capital', 'organization']],
  },
  {
    note: 'organization: a one-word name that is also an English word, known by what only a company has ("Sorrel\'s workforce")',
    text: "In the spring, Sorrel's workforce doubled to 3,000 after the bakery chain bought two rivals.",
    expect: [['Sorrel', 'organization']],
  },
  {
    note: 'not an organization: a headline opening with a common noun\'s possession ("Company\'s shareholders")',
    text: "Company's shareholders approve $84 million pay package for CEO\nInvestors voted on Wednesday.",
    expect: [['Company', 'other']],
  },
  {
    note: 'not an organization: an opening English word with a possessive of something a company does not own alone',
    text: "Nature's own defences are weakening, the Cardiff study found.",
    expect: [['Nature', 'other']],
  },
  {
    note: 'organization: a known two-word company opening a sentence with an ordinary word ("Royal Mail", "Credit Suisse"), after a sentence adverb too',
    text: 'Royal Mail has offered postal workers a one-off payment. Meanwhile Credit Suisse has raised pay for its analysts.',
    expect: [['Royal Mail', 'organization'], ['Credit Suisse', 'organization'], ['Meanwhile', 'other']],
  },
  {
    note: 'not an organization: the letters of a dollar glued to its amount ("$US50b", "$A240m")',
    text: 'Tessaline is in talks to raise money at a $US50b valuation, up from $A240m in 2019.',
    expect: [['Tessaline', 'organization'], ['US50b', 'other'], ['A240m', 'other']],
  },
  {
    note: 'organization: a name before an em dash written without spaces ("Lambda—a startup…—announced"), as many magazines set it',
    text: 'On Monday, Tessaly\u2014a startup once known for selling gaming rigs\u2014announced a deal with Orrick Freight.',
    expect: [['Tessaly', 'organization'], ['Orrick Freight', 'organization']],
  },
  {
    note: 'organization: a two-part legal suffix ("Pvt. Ltd") stays in the name, and its shorter form later ("Kiran Mobility") is the same company, not a person with a first name',
    text: 'Kiran Mobility Pvt. Ltd, an electric taxi platform, has raised Rs 37 crore. Kiran Mobility said it would add 500 cars.',
    expect: [['Kiran Mobility Pvt. Ltd', 'organization'], ['Kiran Mobility', 'organization', 2]],
  },
  {
    note: 'person: a picture credit ("Image Source: X/Outlet")',
    text: 'Image Source: Wunmi Adeyemi/Lagos Daily\nThe fintech company announced that it had raised $110 million.',
    expect: [['Wunmi Adeyemi', 'person']],
  },
  {
    note: 'organization: a model-like name of a letter and digits that a company word vouches for ("smartphone bank K52"), in its later mentions too; a chip model stays no company',
    text: 'German smartphone bank K52 now has 5 million customers. K52 was last valued at $3.5 billion. It runs its app on servers with H100 chips.',
    expect: [['K52', 'organization'], ['K52', 'organization', 2], ['H100', 'other']],
  },
  {
    note: 'not an organization: a company\'s function in capitals ("the HR and payroll platform", "its R&D budget")',
    text: 'Payvent, the HR and payroll management platform, will cut 200 jobs and trim its R&D budget.',
    expect: [['Payvent', 'organization'], ['HR', 'other'], ['R&D', 'other']],
  },
  {
    note: 'organization: a company named after a person, in a list introduced as companies ("organisations such as … and Calvin Klein")',
    text: 'Kestrel has hired eight executives from organisations such as Google, Yahoo and Ralph Lauren.',
    expect: [['Google', 'organization'], ['Yahoo', 'organization'], ['Ralph Lauren', 'organization']],
  },
  {
    note: 'person: people listed as people ("stars such as")',
    text: 'Stars such as Calvin Harris and Dana Roe attended the launch.',
    expect: [['Calvin Harris', 'person'], ['Dana Roe', 'person']],
  },
  {
    note: 'not an organization: the first word of a title after a name ("Managing Director", "Acting Chief Executive")',
    text: 'Dana Roe, Managing Director of Kestrel Pay, said the app had 50 million customers. Acting Chief Executive Omar Haddad agreed.',
    expect: [['Managing', 'other'], ['Acting', 'other'], ['Kestrel Pay', 'organization']],
  },
  {
    note: 'organization: a nationality before a coined name describes it; an official name with a company word keeps it',
    text: 'Other fundraisers include Senegalese Kestrel Jobs ($1m). Saudi Tadawul Group Holding set the price of its offering.',
    expect: [['Kestrel Jobs', 'organization'], ['Saudi Tadawul Group Holding', 'organization']],
  },
  {
    note: 'organization: a bullet "Name: amount" line whose last word is a company word is a name, not a fact-box label',
    text: 'Startups that raised money this week:\n- Kestrel Pay: $21 million\n- Alder Bank: $4 million',
    expect: [['Kestrel Pay', 'organization'], ['Alder Bank', 'organization']],
  },
  {
    note: 'organization: "ex-" glued to a name of several words ("ex-Kestrel Cloud alum")',
    text: 'When Corvid Capital appointed ex-Kestrel Cloud alum Maya Lin as CIO, it made sense.',
    expect: [['Kestrel Cloud', 'organization'], ['Maya Lin', 'person'], ['Corvid Capital', 'organization']],
  },
  {
    note: 'organization: two sentences glued by a full stop without its space ("Halvard Motors.Tesla") are two names; "Pte" stays in a name',
    text: 'Six engineers now work for Halvard Motors.Kestrel Cars says more will follow. Corvid Holdings Pte was among the investors.',
    expect: [['Halvard Motors', 'organization'], ['Kestrel Cars', 'organization'], ['Corvid Holdings Pte', 'organization']],
  },
  {
    note: 'organization: "At X, a senior engineer…" — the comma closes a fronted phrase, no apposition making X a person',
    text: 'At Kestrel Robotics, a senior engineer can earn $1.2 million a year.',
    expect: [['Kestrel Robotics', 'organization']],
  },
  {
    note: 'not an organization: digits after a thousands separator continue a number ("Rs 1,085-Rs 1,125"), no "7-Eleven"-shaped name',
    text: 'The price band of Halvard Retail is Rs 1,085-Rs 1,125 per share.',
    expect: [['Halvard Retail', 'organization'], ['085-Rs', 'other']],
  },
  {
    note: 'person: "X, the co-founder of AI start-up Y" — the company noun belongs to Y, the apposition is a role of X',
    text: 'Andrew Kellan, the co-founder of AI start-up Quillmark Labs, has left the company to join Zentrix AI.',
    expect: [['Andrew Kellan', 'person'], ['Quillmark Labs', 'organization'], ['Zentrix AI', 'organization']],
  },
  {
    note: 'not an organization: a faith\'s adjective ("an AI-native Islamic digital bank")',
    text: 'Founder Dana Roe is now building an AI-native Islamic digital bank called Kestrel Pay.',
    expect: [['Islamic', 'other'], ['Kestrel Pay', 'organization']],
  },
  {
    note: 'person: "X, the former Y Bank boss" — the company noun modifies the role noun after it; the apposition is a person\'s role',
    text: 'Peter Lask, the former Orrin Bank boss, took seventh place in the ranking.',
    expect: [['Peter Lask', 'person'], ['Orrin Bank', 'organization']],
  },
  {
    note: 'organization: a legal suffix after a well-known company\'s name belongs to it ("MetLife Inc CEO …"), never a name alone',
    text: 'The sum was close to the $15.3 million paid to MetLife Inc CEO Dana Roe in 2016.',
    expect: [['MetLife Inc', 'organization'], ['Dana Roe', 'person']],
  },
  {
    note: 'not an organization: a bracketed abbreviation of the lower-case words before it ("monthly active users (MAU)") is a term',
    text: 'Kestrel Chat has grown to 96 million monthly active users (MAU) and its annual recurring revenue (ARR) doubled.',
    expect: [['Kestrel Chat', 'organization'], ['MAU', 'other'], ['ARR', 'other']],
  },
  {
    note: 'organization: a speaker that is "it" ("X says its subscribers rose", "X said it would") is no person, whatever its name looks like',
    text: 'In the quarter, Tessaly Audio says its premium subscribers rose to 182 million.',
    expect: [['Tessaly Audio', 'organization']],
  },
  {
    note: 'organization: a sentence-opening cue noun describes the name after it ("Neobank Sparkle raised…" is Sparkle)',
    text: 'Neobank Tessly raised US$3.1 million in a seed round for expansion.',
    expect: [['Tessly', 'organization'], ['Neobank', 'other']],
  },
  {
    note: 'not an organization: the capitalised word after a wire dateline opens the sentence ("LONDON (Reuters) - At Halvard Bank, …")',
    text: 'LONDON (Reuters) - At Halvard Bank, first-year analysts get $110,000. NEW YORK - The Copperleaf Labs chief scientist will join Zentrix AI.',
    expect: [['Halvard Bank', 'organization'], ['Copperleaf Labs', 'organization'], ['Zentrix AI', 'organization']],
  },
  {
    note: 'organization: a speaker that "said today that it will…" is no person, with a time between the verb and "it"',
    text: 'Kestrel Rides said today that it will lay off a third of its workers.',
    expect: [['Kestrel Rides', 'organization']],
  },
  {
    note: 'organization: a full name "of" a name ("Sarah Okoro of Brightwell") gives the company the person is with; a place stays a place',
    text: 'Sarah Okoro of Brightwell was paid £263m, more than Peter Lund of Manchester earned.',
    expect: [['Brightwell', 'organization'], ['Sarah Okoro', 'person'], ['Manchester', 'place']],
  },
  {
    note: 'not an organization: a name that receives or takes home a salary, a remuneration or a bonus is a person (a company receives funding)',
    text: 'Mehrotra received a total remuneration of Rs 49.68 crore. Tessaly Pay received $20 million in funding.',
    expect: [['Mehrotra', 'person'], ['Tessaly Pay', 'organization']],
  },
  {
    note: 'not an organization: a title-case term a plural abbreviation spells out ("Restricted Stock Units (RSUs)"), a one-word plan after a year ("the 2015 Plan"), a place before a spaced "based startups"',
    text: 'Tessaly Tech paid its chief Rs 66 crore, including Rs 19.75 crore from 2,58,636 Restricted Stock Units (RSUs) under the 2015 Plan. Delhi-NCR based startups led with eight deals, and Apple based its design on older models.',
    expect: [['Tessaly Tech', 'organization'], ['Restricted Stock Units', 'other'], ['Plan', 'other'], ['Delhi-NCR', 'place'], ['Apple', 'organization']],
  },
  {
    note: 'not an organization: a nationality and a sector word before a lower-case noun ("an Australian AI cloud provider", "French AI startups"), an abbreviation made a verb ("HQ-ed"); a nationality in a real name stays ("British Airways")',
    text: 'Tessaly Labs, an Australian AI cloud provider, is HQ-ed in Sydney. French AI startups raised more, and British Airways flights were full.',
    expect: [['Tessaly Labs', 'organization'], ['Australian AI', 'other'], ['HQ-ed', 'other'], ['French AI', 'other'], ['British Airways', 'organization']],
  },
  {
    note: 'organization: a firm that manages money, described before its name ("from hedge fund manager Vellmar", "asset manager Quorvex"), is no person with a title; a manager of a team still is',
    text: 'Kestrel Capital will hire 17 portfolio managers from hedge fund manager Vellmar Tessan. Asset manager Quorvex agreed, said team manager Peter Lund.',
    expect: [['Vellmar Tessan', 'organization'], ['Quorvex', 'organization'], ['Peter Lund', 'person']],
  },
  {
    note: 'person: a first name and a surname opening a short sentence full of names ("Dana Roe is Halvard Bank\'s new CFO.") is prose, not a title-case headline, and the name a person\'s; "Ex-" opening a sentence is no part of the former employer\'s name',
    text: 'Halvard Bank reported results on Monday. Dana Roe is Halvard Bank\'s new CFO. Ex-Kestrel Securities banker Tom Reyes joins too.',
    expect: [['Halvard Bank', 'organization'], ['Dana Roe', 'person'], ['Kestrel Securities', 'organization'], ['Tom Reyes', 'person']],
  },
  {
    note: 'organization: an all-capitals name opening the sentence after another name is its own company, not an acronym of the name before ("…bought Zeelo. SWVL has…"); only a bracket defines one ("Halvard Robotics Inc. (HRI)")',
    text: 'The layoffs came a month after TESSLY paid $100 million for transit company Quorvex. TESSLY has made five acquisitions this year.',
    expect: [['TESSLY', 'organization'], ['Quorvex', 'organization']],
  },
  {
    note: 'organization: a lone first name\'s possessive before a capitalised word is a brand ("Sarah\'s Kitchen"); a company\'s possessive stays owner and product, a person\'s lower-case noun stays theirs',
    text: 'Sarah’s Kitchen had about 10,000 employees. Halvard Labs\' Orbit model grew. Mark\'s wife Tamsin left.',
    expect: [['Sarah’s Kitchen', 'organization'], ['Halvard Labs', 'organization']],
  },
  {
    note: 'organization: a coined word before a known company\'s name of ordinary words is one longer name ("Tessmate Global Payments" is not Global Payments); a known name after a ticker stays its own',
    text: 'Orrin Eats raised €87.2m, followed by Tessmate Global Payments with €66m.',
    expect: [['Tessmate Global Payments', 'organization'], ['Orrin Eats', 'organization']],
  },
  {
    note: 'not an organization: a unit a company\'s possessive owns ("Halvard\'s Corporate Development group", "Kestrel\'s AI Research Group"); a company owned by another stays one ("Alphabet\'s Google")',
    text: 'Halvard Systems’ Corporate Development group will invest $250 million. Dana Roe worked at Kestrel Labs’ AI Research Group. Alphabet’s Google raised prices.',
    expect: [['Corporate Development', 'other'], ['Research Group', 'other'], ['Google', 'organization']],
  },
  {
    note: 'organization: a name of two lines of business joined by "and" ("Tessaly Hotels and Homes"), and an office "of" something ("Registrar of Companies"), are one name each; two companies joined by "and" stay two',
    text: 'Hospitality firm Tessaly Hotels and Homes filed a report with the Registrar of Companies. Google and Microsoft rose.',
    expect: [['Tessaly Hotels and Homes', 'organization'], ['Registrar of Companies', 'organization'], ['Google', 'organization'], ['Microsoft', 'organization']],
  },
  {
    note: 'organization: a lower-case coined word right after a company noun ("SME lending platform quorvo", "fintech startup tesslo"); the abbreviation describing the noun is no name ("SME"), nor is a legal suffix alone',
    text: 'The £21m was secured by SME lending platform quorvo, and $5m went to fintech startup tesslo. The debt sale ran through Halvard Bank and Orrin Partners Inc.',
    expect: [['quorvo', 'organization'], ['tesslo', 'organization'], ['SME', 'other'], ['Halvard Bank', 'organization']],
  },
  {
    note: 'not an organization: a word the text defines ("Unicorn is the term used for…", "Decacorn is a name given to…")',
    text: 'Unicorn is the term used for a start-up company valued at over $1 billion. Decacorn is a name given to firms worth $10 billion.',
    expect: [['Unicorn', 'other'], ['Decacorn', 'other']],
  },
  {
    note: 'person: titles before names ("Two Vice Presidents Raj Mehta and Tom Reyes", "Director Dana Roe") are no part of a company\'s name',
    text: 'Two Vice Presidents Raj Mehta and Tom Reyes have resigned from Halvard Pay, said Director Dana Roe.',
    expect: [['Raj Mehta', 'person'], ['Tom Reyes', 'person'], ['Halvard Pay', 'organization'], ['Dana Roe', 'person']],
  },
  {
    note: 'not an organization: a prefixed word opening a sentence ("Post-COVID-19 effect", "Pre-IPO"), a caption\'s label ("Image Credits: …")',
    text: 'Image Credits: Nigel Sussman. Post-COVID-19 effect and the looming recession hurt Halvard Labs.',
    expect: [['Credits', 'other'], ['Post-COVID-19', 'other'], ['Halvard Labs', 'organization']],
  },
  {
    note: 'organization: people "at" a name work there, whatever the name looks like ("their peers at Dana Whitfield will receive…" is a firm named after people)',
    text: 'Newly qualified lawyers at Halvard Legal will take home £147,000, while their peers at Dana Whitfield will receive £107,500.',
    expect: [['Halvard Legal', 'organization'], ['Dana Whitfield', 'organization']],
  },
  {
    note: 'a name on a hard-wrapped line does not run into a dateline in capitals on the next ("…Dana Roe\nBEIJING/SHANGHAI Aug 28 Kestrel Rides…")',
    text: 'By Peter Lund and Dana Roe\nBEIJING/SHANGHAI Aug 28 Kestrel Rides has closed its $1 billion round.',
    expect: [['Dana Roe', 'person'], ['Kestrel Rides', 'organization']],
  },
  {
    note: 'place: a state\'s short form ("WA\'s biggest employer") is no company',
    text: 'Research shows Halvard Stores remains WA’s biggest employer, ahead of Kestrel Mining in NSW and QLD.',
    expect: [['Halvard Stores', 'organization'], ['WA', 'place'], ['Kestrel Mining', 'organization'], ['NSW', 'place'], ['QLD', 'place']],
  },
  {
    note: 'organization: a name before ", its chief scientist Dana Roe" — the role heads the person named after it, no apposition making the name before a person',
    text: 'In a blow to Quillmark Labs, its chief scientist Dana Roe is leaving to join Zentrix AI.',
    expect: [['Quillmark Labs', 'organization'], ['Dana Roe', 'person'], ['Zentrix AI', 'organization']],
  },
  {
    note: 'organization: a title word read as a verb after a modal ("will host Zentrix AI\'s workloads") marks no person; a show\'s host before a name still does',
    text: 'Orrin Cloud will host Zentrix AI’s workloads. Talk show host Dana Roe said so.',
    expect: [['Orrin Cloud', 'organization'], ['Zentrix AI', 'organization'], ['Dana Roe', 'person']],
  },
  {
    note: 'place: "the United Arab Emirates" keeps its nationality word inside (no company "United"), also in the possessive',
    text: 'Orrin Corp. will invest in the United Arab Emirates’ top AI firm G42. The United Arab Emirates is a small country.',
    expect: [['Orrin Corp.', 'organization'], ['United Arab Emirates', 'place', 2], ['G42', 'organization']],
  },
  {
    note: 'organization: a product\'s name a company bears too, doing what only an employer does ("Hopper cut 10% of its workforce")',
    text: 'Similarly, Hopper cut 10% of its workforce, affecting 60-65 employees.',
    expect: [['Hopper', 'organization']],
  },
  {
    note: 'other: stock indices in a market ticker box ("KOSDAQ 864.16 -5.99") are no companies',
    text: '• KOSPI 2727.63 +15.49 +0.57%\n• KOSDAQ 864.16 -5.99 -0.69%\nHalvard Market received hefty investment.',
    expect: [['KOSPI', 'other'], ['KOSDAQ', 'other'], ['Halvard Market', 'organization']],
  },
  {
    note: 'other: a country and "Inc" ("India Inc\'s top brass", "Japan Inc") is the country\'s business as a whole, no company',
    text: 'Dana Roe, CEO of Pelham Infotech, topped the pay chart of India Inc’s top brass.',
    expect: [['Dana Roe', 'person'], ['Pelham Infotech', 'organization'], ['India Inc', 'other']],
  },
  {
    note: 'organization: an ordinary word opening a sentence right before a coinage of two joined words is the name\'s first word ("Falcon TradeCorp"); "Promoter" is a title that ends the name',
    text: 'Falcon TradeCorp Promoter and Chairman Ravi Menon followed at ₹109 crore.',
    expect: [['Falcon TradeCorp', 'organization'], ['Ravi Menon', 'person']],
  },
  {
    note: 'other: a nationality and a sector in the possessive ("Indian IT\'s top-earning CEO") is the sector, no company',
    text: 'Indian IT’s top-earning CEO runs Pelham Infotech.',
    expect: [['Indian IT', 'other'], ['Pelham Infotech', 'organization']],
  },
  {
    note: 'person: a name after a title and a comma ("CEO, K. Ramaswamy"); dotted initials go on with the name ("J.P. Morgan")',
    text: 'His pay is three times that of Pelham Infotech CEO, K. Ramaswamy, according to J.P. Morgan analysts.',
    expect: [['Pelham Infotech', 'organization'], ['K. Ramaswamy', 'person'], ['J.P. Morgan', 'organization']],
  },
  {
    note: 'person: plain names in a list, each "from" an employer ("Ganesan Sankaran from Federal Bank and Pralay Mondal from Yes Bank")',
    text: 'New hires at Halvard Bank include Tomas Ferreira from Kestrel Securities; Ravindran Sankaran from Orvane Bank and Pralay Mondal from Tessaly Bank.',
    expect: [['Halvard Bank', 'organization'], ['Tomas Ferreira', 'person'], ['Kestrel Securities', 'organization'], ['Ravindran Sankaran', 'person'], ['Orvane Bank', 'organization'], ['Pralay Mondal', 'person'], ['Tessaly Bank', 'organization']],
  },
  {
    note: 'place: a country whose first word is a nationality ("Saudi Arabia") stays whole, no "Arabia" company',
    text: 'In Saudi Arabia, Halvard Govtech raised $4 million in seed funding.',
    expect: [['Saudi Arabia', 'place'], ['Halvard Govtech', 'organization']],
  },
  {
    note: 'person: a particle glued by an apostrophe ("O’Brien", "D\'Souza") is part of the surname, no "Brien" company',
    text: 'Simon O’Brien, the chief executive of Halvard Bank, said Dana D\'Souza would join in May.',
    expect: [['Simon O’Brien', 'person'], ['Halvard Bank', 'organization'], ["Dana D'Souza", 'person']],
  },
  {
    note: 'the agency of a dateline after its city and before its dash ("SEOUL, AJU -") is no company',
    text: 'SEOUL, AJU - Despite the pandemic, Halvard Market raised 200 billion won from investors.',
    expect: [['Halvard Market', 'organization']],
  },
  {
    note: 'a company\'s name run into its boss\'s ("medtech giant Kestrel Med Mick Farrell") is two names; a label in capitals before a name is neither ("CO-FOUNDERS Ryan Smith")',
    text: 'The head of medtech giant Kestrel Med Mick Farrell took the top spot.\nCO-FOUNDERS Ryan Smith and Zach Silverman',
    expect: [['Kestrel Med', 'organization'], ['Mick Farrell', 'person'], ['Ryan Smith', 'person'], ['Zach Silverman', 'person']],
  },
  // ── Companies named like people or words, typed by what the sentence says (issue #12) ──
  {
    note: 'organization: a name that looks like a person\'s, with a relative clause on "which" telling what only a company does ("which in three days raised $210 million", "which already operates 180 data centres")',
    text: 'Israeli firms closed big rounds this week, such as Dana Kell, which in three days raised $210 million, pushing its valuation to $1.2 billion. Lena Marsh, which already operates more than 180 data centres worldwide, opened another.',
    expect: [['Dana Kell', 'organization'], ['Lena Marsh', 'organization']],
  },
  {
    note: 'person: "which" after a preposition\'s object may be the head noun\'s ("the startup founded by Dana Roe, which raised…"); a person takes "who"',
    text: 'The startup founded by Dana Roe, which raised $5 million last year, is hiring. Tom Reyes, who joined in 2019, raised $2 million for the charity.',
    expect: [['Dana Roe', 'person'], ['Tom Reyes', 'person']],
  },
  {
    note: 'organization: an ordinary word opening a sentence, a company by what it does next ("Lantern reduced its workforce by 160", "- Harbor, which had 50 engineers"); a person\'s "who" keeps it no company',
    text: 'Layoffs swept the sector. Lantern reduced its workforce by 160 employees, or 20%.\nCompanies like:\n- Harbor, which had 50 engineers when it was acquired.\n- Ruby, who joined in 2019, ran the team.',
    expect: [['Lantern', 'organization'], ['Harbor', 'organization'], ['Ruby', 'person']],
  },
  {
    note: 'organization: the keys of a list of like figures, one per line, are names when one of them is ("Elsa: 450 million" / "Vera: 250 million" under "Users:"), as a capital inside prose is; a fact box of labels ("Revenue: $5m" / "Founded: 2015") lists none',
    text: 'Deal facts\n1) Users:\nQuorvex: 450 million\nVera: 250 million\nHarvey: 1.2 billion\n2) Employee strength\nQuorvex:55\nVera:2,300\nKey facts\nRevenue: $5m\nFounded: 2015',
    expect: [['Quorvex', 'organization'], ['Vera', 'organization'], ['Harvey', 'organization'], ['Vera', 'organization', 2], ['Revenue', 'other'], ['Founded', 'other']],
  },
  {
    note: 'organization: what a round values at a sum of money is a company, whatever its name looks like ("this round values Lena Voss at $7 billion", "valued Dana Kell at $4.5bn", across a line break)',
    text: 'According to a document seen last week, this round values Lena Voss\nat $7 billion. Its latest round valued Dana Kell at $4.5bn.',
    expect: [['Lena Voss', 'organization'], ['Dana Kell', 'organization']],
  },
  {
    note: 'organization: a post held "at" a name is held at an employer ("VP of Energy at Corin", "an analyst at Tovey Marsh"); the person holding it stays a person',
    text: '"We are proud," Bobby Hollis, VP of Energy at Corin, said. Dana Roe, an analyst at Tovey Marsh, agreed.',
    expect: [['Bobby Hollis', 'person'], ['Corin', 'organization'], ['Dana Roe', 'person'], ['Tovey Marsh', 'organization']],
  },
  {
    note: 'organization: a person\'s name, then a post between commas, then the name the post is held at ("said Joe Dominguez, president and CEO, Orrin Vale.") — the employer, not a titled person; a list of people with their posts stays people',
    text: '"Nuclear is reliable," said Joe Dominguez, president and CEO, Orrin Vale. Dana Roe, chief executive, and Tom Reyes, finance director, signed it.',
    expect: [['Joe Dominguez', 'person'], ['Orrin Vale', 'organization'], ['Dana Roe', 'person'], ['Tom Reyes', 'person']],
  },
  {
    note: 'organization: a company apposition after a stray space before its comma ("Mabel Harte , the cable operator,")',
    text: 'Christopher Winfrey of Mabel Harte , the cable operator, received total pay valued at $89.1 million.',
    expect: [['Christopher Winfrey', 'person'], ['Mabel Harte', 'organization']],
  },
  {
    note: 'organization: a company named like a person and mentioned often is typed by what its sentences say (a "which" clause of a company, a factory it owns, "considers itself"), not outvoted by its first name counted at every mention',
    text: 'Lena Marsh is making a major push into AI infrastructure. Lena Marsh, which already operates more than 180 data centres, will open a site in Munich. Lena Marsh\'s Bavarian AI factory will target industrial clients. And although Dana Kell firmly considers itself a Franco-American company, its founders say Dana Kell owes much to Paris. Dana Kell was valued at $4.5bn.',
    expect: [['Lena Marsh', 'organization'], ['Lena Marsh', 'organization', 3], ['Munich', 'place'], ['Dana Kell', 'organization'], ['Dana Kell', 'organization', 3]],
  },
  {
    note: 'person: a person mentioned often, with her shares (a company\'s possession) and "who": the person cues of the sentences still outweigh',
    text: 'Dana Roe founded Halvard Bank in 2010. Dana Roe\'s shares in the bank fell 5%. Dana Roe, who lives in Leeds, said the market was weak. Dana Roe declined to comment.',
    expect: [['Dana Roe', 'person'], ['Halvard Bank', 'organization'], ['Dana Roe', 'person', 2], ['Dana Roe', 'person', 4], ['Leeds', 'place']],
  },
  {
    note: 'organization: "itself" right after a name, a verb or an adverb between, refers back to a company ("Dana Kell firmly considers itself…"); a person\'s "it … itself" names something else ("Dana Roe said it prides itself")',
    text: 'And although Dana Kell firmly considers itself a Franco-American company, its founders disagree. Dana Roe said it prides itself on service.',
    expect: [['Dana Kell', 'organization'], ['Dana Roe', 'person']],
  },
  {
    note: 'organization: a period\'s results right after a name are a company\'s ("Lena Voss half year sales DKK 83,296 million", "Tovey Marsh quarterly revenue rose"); a person who speaks of results stays a person',
    text: '(PLX AI) - Lena Voss half year sales DKK 83,296 million vs. estimate DKK 83,300 million. Tovey Marsh quarterly revenue rose 5%. Dana Roe said the first-quarter results were strong.',
    expect: [['Lena Voss', 'organization'], ['Tovey Marsh', 'organization'], ['Dana Roe', 'person']],
  },
  {
    note: 'organization: an ordinary word opening a sentence that says "its" users, sales or staff ("Lantern said on Wednesday that its app had 75 million daily active users") is a company speaking; a surname of a person named in full stays the person\'s ("Cook said its sales had fallen" … "Tim Cook")',
    text: 'It reported big numbers. Lantern said on Wednesday that its app had 75 million daily active users. It was a bad year for Halvard Bank. Cook said its sales had fallen. Tim Cook is its boss.',
    expect: [['Lantern', 'organization'], ['Halvard Bank', 'organization'], ['Cook', 'person'], ['Tim Cook', 'person']],
  },
  {
    note: 'organization: a name that loses or gains a sum "in market cap" is a listed company ("resulted in Daxtis losing $589 billion in market cap"), not a place after "in"; a person loses "net worth"',
    text: 'The launch triggered a shakeup that resulted in Daxtis losing $589 billion in market cap in a single day. Dana Roe lost $2 billion in net worth.',
    expect: [['Daxtis', 'organization'], ['Dana Roe', 'person']],
  },
  {
    note: 'organization: the first word of a company\'s two-word name the article uses ("Tyrol Airlines", "Continental Airways"), standing alone where a noun stands — before a verb, a "which" clause, or after "at" at a clause\'s end — is the company\'s short name, though alone it is a place or an ordinary word; a country\'s name stays the country ("China Mobile" … "China has")',
    text: 'Two regional carriers, Tyrol Airlines and Envale Air, are raising pay. Tyrol has been losing about 25 pilots a month to Continental Airways. Continental, which has about 9,000 pilots, offered a 4% raise. Pilots at Continental, in contrast, are unionised. China Mobile added users; China has 1.4 billion people.',
    expect: [['Tyrol', 'organization', 2], ['Continental', 'organization', 2], ['Continental', 'organization', 3], ['China Mobile', 'organization'], ['China', 'place', 2]],
  },
  {
    note: 'organization: a body named after a company ("the Halvard Post Guild", "the Orvane Foundation") is one name, the body\'s — not the company\'s name and a lone word, nor a person who "wrote in a statement"',
    text: 'Two hundred employees represent 10 percent of the staff, the Halvard Post Guild wrote in a statement on Tuesday.',
    expect: [['Halvard Post Guild', 'organization']],
  },
  {
    note: 'organization: a name described in an apposition as a marketplace or a scale-up ("Tarsel, the French home-improvement marketplace,") is a company',
    text: 'Tarsel, the French home-improvement marketplace, plans to hire 1,000 people. Quenby, a Nordic scale-up, is next.',
    expect: [['Tarsel', 'organization'], ['Quenby', 'organization']],
  },
  {
    note: 'other: an Indian post in capitals before a person ("CMD", chairman and managing director) is no company',
    text: 'Korvane India\'s outgoing CMD Dana Narayan\'s total remuneration stood at Rs 23.4 crore for FY25.',
    expect: [['Korvane India', 'organization'], ['CMD', 'other'], ['Dana Narayan', 'person']],
  },
  {
    note: 'person: the holder of a post named after it, past a bracketed short form of the post and a comma ("the general manager (CEO) of Tarvo Pharma, Vasant Korlan obtained …")',
    text: 'By way of comparison, the general manager (CEO) of Tarvo Pharma, Vasant Korlan obtained 10.6 million francs for his services in 2019.',
    expect: [['Tarvo Pharma', 'organization'], ['Vasant Korlan', 'person']],
  },
  {
    note: 'person: a name no list knows that received money "for his services" (whose work it pays for) is a person\'s',
    text: 'Severan Kolbe received 11.5 million francs from Tarvo Pharma for his services in 2019.',
    expect: [['Severan Kolbe', 'person'], ['Tarvo Pharma', 'organization']],
  },
  {
    note: 'other: a currency\'s letters with a dot before the amount ("Rs. 21,708 crores") are part of the amount, as "Rs 21,708" is',
    text: 'Korvane Telecom reported results. Revenues reached Rs. 21,708 crores, and profit was Rs. 500 crore.',
    expect: [['Korvane Telecom', 'organization'], ['Rs', 'other']],
  },
  {
    note: 'person: a full name no list knows is a person\'s when its surname alone is one by a title or an honorific later ("Chanvi Korrhar … Ms Korrhar said"): a company is shortened to its first word, a person to the last',
    text: 'Tarvo Bank paid well. Chanvi Korrhar received Rs 5 crore. Ms Korrhar said the sum was fair.',
    expect: [['Tarvo Bank', 'organization'], ['Chanvi Korrhar', 'person'], ['Korrhar', 'person']],
  },
  {
    note: 'other: the trade\'s terms written in capitals ("IoT", "SaaS", "LLMs", "B2B") are no companies, alone or before a word',
    text: 'Berlin-based smarthome/IoT comparison platform Tinkly has raised €40 million. The SaaS startup sells B2B tools built on LLMs.',
    expect: [['Tinkly', 'organization'], ['IoT', 'other'], ['SaaS', 'other'], ['LLMs', 'other']],
  },
  {
    note: 'organization: a name looking like a person\'s, "where" its lawyers\' pay is told ("Hogan Marsh, where junior lawyer pay recently hit £120,000") is an employer — a "where" clause is never a person\'s role',
    text: 'Other recent increases include Hogan Marsh, where junior lawyer pay recently hit £120,000.',
    expect: [['Hogan Marsh', 'organization']],
  },
  {
    note: 'person: one who will step down, resign or retire "as" a post is a person, though the name opening the sentence is an ordinary word and a surname nothing else types ("Rod Eddington will step down as chief executive")',
    text: 'Rod Tovey will step down as chief executive of Halvard Air in September. Outspoken Tovey has cut 13,000 jobs during his tenure.',
    expect: [['Tovey', 'person'], ['Halvard Air', 'organization'], ['Tovey', 'person', 2]],
  },
  {
    note: 'organization: a place after "Bank of" stays in the bank\'s name though it opens with a word that is also a first name ("National Bank of Abu Dhabi"), and the initials in brackets after it are the bank\'s',
    text: 'Three senior bankers have resigned from National Bank of Abu Dhabi (NBAD), the largest lender by assets. NBAD declined to comment.',
    expect: [['National Bank of Abu Dhabi', 'organization'], ['NBAD', 'organization', 2]],
  },
  {
    note: 'other: a name on a credit line after a dash ("Photograph — Kestrel Post") is the credit\'s, no company of the story; organization: a lower-case description of a company, a comma, then a name and its verb ("telecommunications company, Orvale informed…"), and "a stake of about 40 percent in" a name',
    text: 'Photograph — Kestrel Post\n\nSouth African telecommunications company, Orvale informed trade unions on Wednesday that it will cut up to 3,000 of its 15,000 employees. The government holds a stake of about 40 percent in Orvale.',
    expect: [['Kestrel Post', 'other'], ['Orvale', 'organization'], ['Orvale', 'organization', 2]],
  },
  {
    note: 'organization: a firm whose last word looks like an event\'s ("Brandt Day") named several times: its look counts once, and having lawyers or hiring partners is a firm\'s; other: a holiday ("Labor Day") stays one',
    text: 'Two national firms, Brandt Day and Halvard Legal LLP, are poaching lawyers in Boston. Brandt Day, which has more than 2,500 lawyers globally, has hired eight partners. Brandt Day declined to comment, and a Brandt Day spokesman said more hires would follow. Offices close on Labor Day.',
    expect: [['Brandt Day', 'organization'], ['Brandt Day', 'organization', 2], ['Halvard Legal LLP', 'organization'], ['Labor Day', 'other']],
  },
  {
    note: 'organization: a company\'s short name defined in brackets and quotes (\'("Halvard" or "the group")\') is no work; other: a results statement\'s measures glued to a run-in heading ("Key features Revenue from…", "Headline earnings") are no companies',
    text: 'HALVARD HOLDINGS LIMITED (Registration number 2000/002715/06) ("Halvard" or "the group") INTERIM RESULTS. Halvard is a supplier of chemicals. Key features Revenue from continuing operations increased by 13,5% to R833,1 million. Headline earnings increased by 32,9%.',
    expect: [['Halvard', 'organization'], ['Halvard', 'organization', 2], ['Revenue', 'other'], ['Headline', 'other']],
  },
  {
    note: 'person: a common Chinese surname alone ("Huang also announced…"); work: a known product and its model code ("Blackwell GB300")',
    text: 'Nvidia will provide its latest Blackwell GB300 systems for the project. While in the region, Huang also announced a deal for Nvidia to supply 18,000 chips to the Saudi company Halvard AI.',
    expect: [['Blackwell GB300', 'work'], ['Huang', 'person'], ['Nvidia', 'organization'], ['Halvard AI', 'organization']],
  },
  {
    note: 'work: a company\'s product named in an apposition after its pronoun and a product noun ("its chatbot, Vireo,"), and again alone later',
    text: 'Tessaly Labs said its chatbot, Vireo, now answers questions in 40 languages. Vireo has 20 million users.',
    expect: [['Tessaly Labs', 'organization'], ['Vireo', 'work'], ['Vireo', 'work', 2]],
  },
  {
    note: 'other: a unit of power or data after a number ("1,920 MW", "40 TB") is no name; place: a site named before "data center campus" is no company',
    text: 'Talvern Energy will provide 1,920 MW of grid power to the Cumulus data center campus. The first phase needs 300 MW and 40 TB of storage.',
    expect: [['Talvern Energy', 'organization'], ['MW', 'other'], ['Cumulus', 'place'], ['TB', 'other']],
  },
  {
    note: 'organization: a firm named by partners joined with an ampersand, the middle one a first name ("Vartabedian Hester & Haynes"), is one name, not a company and a person',
    text: 'The bonus season began with boutique firm Vartabedian Hester & Haynes offering $5,000 bonuses to all attorneys and staff.',
    expect: [['Vartabedian Hester & Haynes', 'organization']],
  },
  {
    note: 'organization: a capitalised prefix and its hyphenated word are one word of a name ("The Co-operative Bank", "Kestrel Co-op Group"), not a legal suffix "Co" that ends it',
    text: 'The Co-operative Bank plans to cut 400 jobs. Kestrel Co-op Group employs 3,000 people.',
    expect: [['Co-operative Bank', 'organization'], ['Kestrel Co-op Group', 'organization']],
  },
  {
    note: 'person: a first name alone after the person named in full ("Malcolm will not be replaced" after "Malcolm Warne\'s departure") is that person, not a company',
    text: 'The post of editor is disappearing following Malcolm Warne’s departure from the role after 23 years. Malcolm will not be replaced and the paper will be overseen by Kestrel News.',
    expect: [['Malcolm Warne', 'person'], ['Malcolm', 'person', 2], ['Kestrel News', 'organization']],
  },
  {
    note: 'other: a ticker with the day\'s move in brackets after a company ("Tarvex (TVX -4.70%)") is the listing\'s, and speaks for the name before it; a one-word picture credit ("Image source: Tarvex") is no person',
    text: 'Just a week after Tarvex (TVX -4.70%) announced it signed a $2 billion contract with Quorrel, it signed another. Tarvex has used Quorrel for a year.\n\nImage source: Tarvex.',
    expect: [['Tarvex', 'organization'], ['TVX', 'other'], ['Tarvex', 'organization', 3]],
  },
  {
    note: 'other: a contraction\'s stem after a company noun ("the app doesn\'t") is no lower-case brand',
    text: 'Orvale pays Quorrel so the app doesn\'t suffer downtime, and the lender hasn\u2019t said more.',
    expect: [['Orvale', 'organization'], ['doesn', 'other'], ['hasn', 'other']],
  },
  {
    note: 'other: a law\'s name or its first words ("the CHIPS and Science Act", "the Kestrel Reduction Act") are no company',
    text: 'The president signed the CHIPS and Science Act into law, making up to $52 billion available, and the Kestrel Reduction Act followed.',
    expect: [['CHIPS', 'other'], ['Kestrel Reduction Act', 'other']],
  },
  {
    note: 'other: a nationality and an ordinary word in capitals opening a sentence, then a lower-case description of a firm ("Chinese Autonomous driving firm X"), name no company',
    text: 'Chinese Autonomous driving firm Tarvex raised $30 million in angel funding, Orvale Money Network reported.',
    expect: [['Chinese Autonomous', 'other'], ['Tarvex', 'organization']],
  },
  {
    note: 'other: a people\'s adjective opening a headline\'s description ("Colombian Delivery Startup Orvale") is no company, in any mention',
    text: 'Kestrel Bank Invests US $1 Billion in Colombian Delivery Startup Orvale\nThe Colombian startup Orvale has grown fast, and Colombian regulators welcomed the deal.',
    expect: [['Colombian', 'other'], ['Orvale', 'organization']],
  },
  {
    note: 'organization: a known firm\'s name with "and" in it ("Slaughter and May") is one name, not a surname and a month',
    text: 'The pay rise puts Kestrel Law ahead of the likes of Slaughter and May, which has kept its pay at £115,000.',
    expect: [['Slaughter and May', 'organization']],
  },
  {
    note: 'work: a quoted title that opens with a number ("on Kestrel TV’s “60 Minutes” programme") is no company',
    text: 'During an interview that aired on Sunday on Kestrel TV’s “60 Minutes” programme, the minister spoke about chips.',
    expect: [['Minutes', 'work']],
  },
  {
    note: 'organization: large law firms named like people (gazetteer data), and a known firm of two names completed by "&" and a third ("Davis Polk & Wardwell"); "&" before a known company still parts two names',
    text: 'In May, Paul Hastings brought over a three-partner team, and Reed Smith brought on an 11-attorney group. Davis Polk & Wardwell advised Goldman Sachs & Nvidia on the deal.',
    expect: [['Paul Hastings', 'organization'], ['Reed Smith', 'organization'], ['Davis Polk & Wardwell', 'organization'], ['Goldman Sachs', 'organization'], ['Nvidia', 'organization']],
  },
  {
    note: 'organization: a firm named like a person, the antecedent of "which hired four partners" after a ranking\'s "followed by"; firms named like people in a long list after "sixteen firms … each:"; a list of ampersand names is not one name',
    text: 'The busiest firm was Kestrel & Vane, followed by Charles Russell Tallow, which hired four partners. In addition, six firms hired two partners each: Dentons, Orvale Law, Harwick Burr, Kingsley Napley, Simpson Thacher & Bartlett, Trowers & Hamlins and Paul Weiss.',
    expect: [['Charles Russell Tallow', 'organization'], ['Kingsley Napley', 'organization'], ['Paul Weiss', 'organization'], ['Simpson Thacher & Bartlett', 'organization'], ['Trowers & Hamlins', 'organization']],
  },
  {
    note: 'work: a service named as the thing used — "on the Zimpa platform", "services such as Zimpa Save" — is a product, and a count of its customers falls to its owner',
    text: 'Orvale Tel said it will keep investing, with services such as Zimpa Save on the Zimpa platform. Zimpa registered customers now stand at 17.1m.',
    expect: [['Orvale Tel', 'organization'], ['Zimpa Save', 'work'], ['Zimpa', 'work', 2]],
  },
  {
    note: 'organization: a company named once by its app ("a homegrown business, the Hopla app, has announced…") stays the company when the text has it do business ("Hopla bought Orvale operations"): a service named is weak evidence',
    text: 'Now a homegrown business, the Hopla app, has announced that it is slashing 1,000 jobs. Hopla bought Orvale operations in Southeast Asia in March 2018, but then cut 360 jobs.',
    expect: [['Hopla', 'organization'], ['Hopla', 'organization', 2]],
  },
  {
    note: 'other: "Unicorn" capitalised in a listicle ("became a Unicorn in 2021") is a class of companies, not one',
    text: 'Harwick Pay became a Unicorn in 2021 after Orvale Ventures led a US$400 million funding round in the company. Unicorns are rare in Africa.',
    expect: [['Harwick Pay', 'organization'], ['Unicorn', 'other'], ['Unicorns', 'other']],
  },
  {
    note: 'work and other: a product\'s tier ("ChatGPT Plus"), a membership programme named as the company\'s ("The company\'s Rocket Club membership program"), and a ranking\'s name ("China Unicorn List", "List") are no companies',
    text: 'There are 15 million ChatGPT Plus subscribers. The company\'s Rocket Club membership program has over 14 million subscribers. Harwick Labs, a unicorn listed on Orvale Network\'s China Unicorn List, was valued at US$1.5 billion.',
    expect: [['ChatGPT Plus', 'work'], ['Rocket Club', 'work'], ['List', 'other'], ['Harwick Labs', 'organization']],
  },
  {
    note: 'other: a title-case headline with small counts ("as 6 Startups Become Unicorns in 4 Days") is still a headline: its capitalised words are style, not names',
    text: 'Historic Boom for Kestria Tech as 6 Startups Become Unicorns in 4 Days\n\nIt was an historic week. Harwick Pay raised money at a valuation of more than $1 billion.',
    expect: [['Historic Boom', 'other'], ['Startups Become', 'other'], ['Harwick Pay', 'organization']],
  },
  {
    note: 'organization: an acronym opening a name that ends in a legal suffix or a company word ("API Holdings Pvt.") stays in the name',
    text: 'Digital pharmacy API Holdings Pvt. was valued at close to $1.5 billion.',
    expect: [['API Holdings Pvt.', 'organization']],
  },
  {
    note: 'organization: a describing word before a name ("Peer Harwick Platinum") is no part of it, and a Reuters instrument code after it ("HWPJ.J") is no part either',
    text: 'Peer Harwick Platinum HWPJ.J has announced plans to cut 3,700 jobs, while Orvale Mining ORMJ.J is also offering voluntary job cuts.',
    expect: [['Harwick Platinum', 'organization'], ['Orvale Mining', 'organization']],
  },
  {
    note: 'other: a country\'s letters before a product\'s name ending in a company word ("UAE Stargate AI") stay the country\'s, not one company\'s name (unlike "API Holdings Pvt.")',
    text: 'Orvale will also join the UAE Stargate AI campus, while Harwick Holdings Ltd. supplies the chips.',
    expect: [['UAE', 'other']],
  },
  {
    note: 'organization: a table copied one cell a line, each cell ending in its own mark ("Morgan Pell |"), under a column of a kind of company ("Top partner recruiters in London 2024"): a row key shaped like a person ("Morgan Pell") or opening with an ordinary word ("White & Vane") is a company',
    text: 'Top partner recruiters in London 2024 |\nTotal hires |\nLateral hires |\nHalvard Legal |\n21 |\n7 |\nMorgan Pell |\n14 |\n10 |\nWhite & Vane |\n10 |\n7 |\nQuarrington Law |\n9 |\n3 |',
    expect: [['Halvard Legal', 'organization'], ['Morgan Pell', 'organization'], ['White & Vane', 'organization'], ['Quarrington Law', 'organization']],
  },
  {
    note: 'organization: an acronym a paper gives "her" ("GTB pays her staff") is no person — people are seldom written in capitals; the bank it is short for says so too',
    text: 'Halvard Trust Bank (HTB) stands as the bank of the masses. HTB pays her staff at entry level the sum of N209,000 per month after confirmation.',
    expect: [['HTB', 'organization']],
  },
  {
    note: 'person: a Malay honorific heading a name ("Tan Sri Lim Kok Thay", "Datuk Seri Nazir Razak") is a person\'s title, whatever the name\'s words',
    text: 'KUALA LUMPUR: Tan Sri Lim Kok Thay has emerged as the highest paid chief executive officer last year. Datuk Seri Nazir Razak was second.',
    expect: [['Tan Sri Lim Kok Thay', 'person'], ['Datuk Seri Nazir Razak', 'person']],
  },
  {
    note: 'place: the place a company is based in, with its state after a comma, described after by the company ("Based in Kestrel Falls, Oregon, the Roe-led company has…") is the place, not the company described',
    text: 'Halvard Home joined the list. Based in Boston, Massachusetts, the Roe-led company has over 12,000 employees.',
    expect: [['Massachusetts', 'place']],
  },
  {
    note: 'organization: a name after a title word that ends its clause ("did not identify a commercial partner, Quarrel said") is no person titled; a tie between a company\'s verb ("lays off") and "said" goes to the company',
    text: '===Quarrel Medicine lays off 65% of staff and shelves lead program\n\nThat search did not identify a commercial partner, Quarrel said.\n\nQuarrel Medicine said Thursday afternoon it will lay off 65% of its staff.',
    expect: [['Quarrel Medicine', 'organization'], ['Quarrel', 'organization', 2]],
  },
  {
    note: 'organization: ordinary capitalised words joined by "and" and ending in a legal suffix ("Kestrel Iron and Steel Co.", "Harwick Oil and Gas Corp.") are one name; a known company before "and" stays itself ("Apple and Orvale Electronics Co.")',
    text: 'Chang Sang-don, chairman of Kestrel Iron and Steel Co., was a close third with 5.27 billion won. Harwick Oil and Gas Corp. paid less. Shares of Apple and Orvale Electronics Co. fell.',
    expect: [['Kestrel Iron and Steel Co.', 'organization'], ['Harwick Oil and Gas Corp.', 'organization'], ['Apple', 'organization'], ['Orvale Electronics Co.', 'organization']],
  },
  {
    note: 'organization: a coined word between "the" and a noun with a company noun after ("the Quorvex market platform leaked details of a round") names the platform; a place there stays a place ("the Tokyo market")',
    text: 'On Tuesday, Kestrel Pay set a record. Hours later, the Quorvex market platform leaked details of a €473 million round. The Tokyo market rose.',
    expect: [['Quorvex', 'organization'], ['Tokyo', 'place']],
  },
  {
    note: 'other: a lede\'s first word set in capitals, three letters, before a noun and a name ("OIL giant Kestrel Dutch Petroleum yesterday…"), and a wire label glued to a headline ("FACTBOX-US companies step up job cuts") are no names',
    text: 'FACTBOX-US companies step up job cuts amid uncertain economy\n\nOIL giant Kestrel Dutch Petroleum yesterday suffered an embarrassing investor rebellion.',
    expect: [['FACTBOX-US', 'other'], ['OIL', 'other'], ['Kestrel Dutch Petroleum', 'organization']],
  },
  {
    note: 'person: a person\'s name before "-backed" ("Dana Roe-backed Kestrel Smart raises funding"), named as an actor elsewhere ("the family office of actor Dana Roe"), is a person — backing is no company\'s sign when the name is a person\'s',
    text: 'Dana Roe-backed Kestrel Smart raises funding from Orvale Angels, others\n\nKestrel Smart raised $3 million from several investors including Tarsel Enterprises LLP, the family office of actor Dana Roe.\n\nDana Roe-backed Kestrel Smart plans to expand.',
    expect: [['Dana Roe', 'person'], ['Kestrel Smart', 'organization']],
  },
  {
    note: 'place: a site named with a facility head ("Kestrel Truck Plant", "Harrow Bay Refinery", "Tallis Colliery") is where a company works, no company',
    text: 'Orvane Motor will invest $900 million in the Kestrel Truck Plant. Output at the Harrow Bay Refinery fell, and Tallis Colliery closed.',
    expect: [['Orvane Motor', 'organization'], ['Kestrel Truck Plant', 'place'], ['Harrow Bay Refinery', 'place'], ['Tallis Colliery', 'place']],
  },
  {
    note: 'other: an adverb of an English word and "-ly" opening a sentence before its verb ("Initially valued at…", "Originally priced at…") is no company, comma or not',
    text: 'Initially valued at $235,000, the bribes came to $241,843 in the end. Originally priced at $50, the shares of Kestrel Pay rose.',
    expect: [['Initially', 'other'], ['Originally', 'other'], ['Kestrel Pay', 'organization']],
  },
  {
    note: 'place: a town before a US state\'s newspaper abbreviation ("Tarrow, Miss.", "Kelby, Okla.") is no company, wherever the company\'s offices are',
    text: 'Orvane Telecom is cutting jobs. Besides its head office, the company\'s largest offices are in Kelby, Okla., and the former corporate headquarters of Tarrow, Miss. The company generated $27.3 billion in revenue in 2003.',
    expect: [['Kelby', 'place'], ['Okla', 'place'], ['Tarrow', 'place'], ['Miss', 'place'], ['Orvane Telecom', 'organization']],
  },
  {
    note: 'work: a product named in an apposition after "a new product" ("launch a new product, Kestrel Credit.") is the company\'s product, no company — nor the company\'s full name',
    text: 'Payment card startup Kestrel has raised $95 million. The firm will use the funding to launch a new product, Kestrel Credit. Kestrel has now raised some $175 million.',
    expect: [['Kestrel', 'organization'], ['Kestrel Credit', 'work']],
  },
  {
    note: 'organization: a group\'s units in two countries or more ("Orvtel Nigeria", "Orvtel South Africa") are operations reported apart, each its own company beside the group',
    text: 'Orvtel Nigeria had 62.5 million subscribers. Orvtel South Africa had 29.1 million subscribers. Orvtel said revenue rose.',
    expect: [['Orvtel Nigeria', 'organization'], ['Orvtel South Africa', 'organization'], ['Orvtel', 'organization', 3]],
  },
  {
    note: 'organization: a lower-case coined brand right after "airline", "carrier" or "telco" ("low-cost airline flyorrin") is a company; "the carrier said" names none',
    text: 'Dubai-based low-cost airline flyorrin is on a drive to hire more than 130 new pilots. The carrier said mobile telco zentel would sponsor the drive.',
    expect: [['flyorrin', 'organization'], ['zentel', 'organization']],
  },
  {
    note: 'organization: a name whose office is named by its city ("Orrin Hamlins\' London office") is a firm with offices in several places; a person\'s office by city stays a person\'s',
    text: "NQ pay in Orrin Hamlins' London office now sits at £72,500. Dana Roe's Paris office declined to comment.",
    expect: [['Orrin Hamlins', 'organization'], ['Dana Roe', 'person'], ['London', 'place'], ['Paris', 'place']],
  },
  {
    note: 'place: a Canadian province\'s short form ("B.C.", "N.S.") is a place, whether it ends a sentence or owns an industry',
    text: "B.C.'s mining industry is hit with layoffs. Kelvar Coal will look at its other mines in northeastern B.C. Mills in N.S. are also closing.",
    expect: [['B.C', 'place'], ['N.S', 'place'], ['Kelvar Coal', 'organization']],
  },
  {
    note: 'organization: a name opening with a particle of its own language ("De Beers Canada", "La Poste") keeps the particle where it opens the sentence',
    text: 'De Beers Canada has laid off 128 mine workers. La Poste said it would cut 500 jobs.',
    expect: [['De Beers Canada', 'organization'], ['La Poste', 'organization']],
  },
  {
    note: 'other: a company\'s documents and agreements named in title case ("Collective Labor Agreements", "the Conduct Guide", "Code of Conduct") are no organisations',
    text: 'We affirm our policy of union negotiation, with the consolidation of Collective Labor Agreements. The Conduct Guide reinforces our principles, as do the Supplier Guidelines.',
    expect: [['Collective Labor Agreements', 'other'], ['Conduct Guide', 'other'], ['Supplier Guidelines', 'other']],
  },
  {
    note: 'organization: an ordinary word capitalised after a spaced dash inside a sentence ("two of them from Estonia – Tern and Orvane") is capitalised as a name, as anywhere inside prose',
    text: 'There are 1,170 unicorns in the world, two of them from Estonia – Tern and Orvane, which are worth a lot.',
    expect: [['Tern', 'organization'], ['Orvane', 'organization'], ['Estonia', 'place']],
  },
  {
    note: 'person: a name with a shared post in an apposition after it ("Ivo Marek, co-head of Tarsel Capital in Russia,") is a person',
    text: 'Ivo Marek, co-head of Tarsel Capital in Russia, has been hired as president of Orrin Holdings.',
    expect: [['Ivo Marek', 'person'], ['Tarsel Capital', 'organization'], ['Orrin Holdings', 'organization']],
  },
  {
    note: 'other: a word that grades a result, before the result, in a results release\'s bullets run together ("…during the year Stable revenue at AED 85.1 billion", "Record revenue of…") is no company',
    text: '35 new aircraft delivered during the year Stable revenue at AED 85.1 billion, after a currency hit Orrin Air makes highest profit ever Record revenue of AED 12.2 billion reflects expansion',
    expect: [['Stable', 'other'], ['Record', 'other'], ['Orrin Air', 'organization']],
  },
  {
    note: 'organization: a known name completed by company words ("Sequoia Capital Group") stays one name, though its last words are another known name ("Capital Group")',
    text: 'The round was led by Sequoia Capital Group and Orrin Ventures.',
    expect: [['Sequoia Capital Group', 'organization'], ['Orrin Ventures', 'organization']],
  },
  {
    note: 'other: an abbreviation naming a kind of business before a market\'s noun ("Japan\'s premium VOD category", "the OTT market") is no company',
    text: 'Kestrel Partners said that Japan’s premium VOD category expanded, and the OTT market grew too.',
    expect: [['VOD', 'other'], ['OTT', 'other'], ['Kestrel Partners', 'organization']],
  },
  {
    note: 'other: a title-cased headline with a count and an amount a few words apart ("… Top 500 Companies Earn 79.02 Million …") is a headline, not a row of figures: its plural noun and verb are no company',
    text: 'Workers at Top 500 Companies Earn 79.02 Million Won a Year\n\nOstrava Freight staff posted an average of 133.4 million won.',
    expect: [['Companies Earn', 'other'], ['Companies', 'other'], ['Ostrava Freight', 'organization']],
  },
  {
    note: 'organization: a name owning what a place preposition is about ("across Orrin\'s branch network", "near Tarsel\'s headquarters") is the owner, not the place',
    text: 'Orrin, the UK banking business of Spain’s Kestrel, is planning 250 job cuts. The redundancies will fall across Orrin’s branch network, Unite the union said.',
    expect: [['Orrin', 'organization'], ['Orrin', 'organization', 2], ['Kestrel', 'organization']],
  },
  {
    note: 'organization: a place\'s name described as "X-based" is a company\'s — no place is based in another ("Leeds-based Yorkshire, which has 232 branches"); a place that describes the noun after it stays a place',
    text: 'Kestrel Bank will shed 1,700 jobs at its Clydesdale and Yorkshire banks. Leeds-based Yorkshire, which has 232 branches, will lose 950 jobs. The Glasgow-based Scotland office employs 20 people.',
    expect: [['Yorkshire', 'organization', 2], ['Scotland', 'place']],
  },
  {
    note: 'place: a site named between its owner\'s possessive and its kind ("Orrin Coal\'s Donaldson coal operation", "Kestrel Gold\'s Tarn Deep mine") is a site, not a company, even where it "employed" people',
    text: 'In March, Orrin Coal’s Donaldson coal operation went into care and maintenance. The union criticised Kestrel Gold’s Tarn Deep mine. Tarn Deep employed 3,614 people.',
    expect: [['Orrin Coal', 'organization'], ['Donaldson', 'place'], ['Kestrel Gold', 'organization'], ['Tarn Deep', 'place'], ['Tarn Deep', 'place', 2]],
  },
  {
    note: 'other: the ordinary words of a title-case headline run into the first sentence of its line ("… Former Head of Production Joins Competitor Orrin Motors Dana Roe had been at …") are headline words, no companies; the names the article uses stay names',
    text: 'Kestrel’s Former Head of Production Joins Competitor Orrin Motors Dana Roe had been at Kestrel since 2016.\n\nUpstart carmaker Orrin Motors said it is hiring Dana Roe from Kestrel.',
    expect: [['Former', 'other'], ['Production', 'other'], ['Competitor', 'other'], ['Orrin Motors', 'organization'], ['Kestrel', 'organization', 2]],
  },
  {
    note: 'other: a nationality and ordinary words in capitals before a company\'s noun ("Nigerian Education Technology (Edtech) platform, Orrin Learn") describe the company named after, they are no name; an official name keeping its country stays one',
    text: 'Nigerian Education Technology (Edtech) platform, Orrin Learn, has closed a round. Nigerian Breweries said profits rose.',
    expect: [['Nigerian Education Technology', 'other'], ['Orrin Learn', 'organization'], ['Nigerian Breweries', 'organization']],
  },
  {
    note: 'other: a job\'s title, ending in one person\'s trade ("roles such as Specialist Programmer and Digital Specialist Engineer"), is no company',
    text: 'Orrin Systems is launching off-campus hiring, with roles such as Specialist Programmer and Digital Specialist Engineer offering higher packages.',
    expect: [['Orrin Systems', 'organization'], ['Specialist Programmer', 'other'], ['Digital Specialist Engineer', 'other']],
  },
  {
    note: 'organization: an ordinal opening a sentence before a company\'s head word ("First Bank of Nigeria is planning…", "First Bank set to sack…") is the name\'s first word, not a sentence opener',
    text: 'First Bank of Nigeria is planning to cut jobs. First Bank set to sack 1000 of its workers.',
    expect: [['First Bank of Nigeria', 'organization'], ['First Bank', 'organization', 2]],
  },
  {
    note: 'organization: a company\'s name between "the" and a plural of sites ("The Orrin operations in Queensland extract copper") is the owner of them, no site',
    text: 'The typical company mines Queensland for coal. Orrin is an exception. The Orrin operations in Queensland extract copper, coal and zinc. The company employs some 8000 people in the state.',
    expect: [['Orrin', 'organization'], ['Orrin', 'organization', 2]],
  },
  {
    note: 'other: a profile\'s "HQ:" label is no company; the company and its place stay what they are',
    text: 'DANA ROE - ORRIN WORLDWIDE - HQ: Washington DC - President and CEO - Dana Roe - Total staff: 402\nTOM REYES - KESTREL WORLDWIDE - HQ: Boston - CEO - Tom Reyes - Total staff: 310',
    expect: [['HQ', 'other'], ['HQ', 'other', 2], ['Washington DC', 'place']],
  },
  {
    note: 'organization: an energy company named by its last word ("Wind", "Solar", "Renewables"), even after a first name ("Brenna Wind")',
    text: 'Amazon signed power purchase agreements with Quillon Energy, Brenna Wind and Coldwater Solar. Tarrow Renewables will build the farm.',
    expect: [['Brenna Wind', 'organization'], ['Coldwater Solar', 'organization'], ['Tarrow Renewables', 'organization']],
  },
  {
    note: 'organization: a channel\'s or a station\'s number inside its name ("Channel 5 News", "Channel 4")',
    text: 'Dan Walker is leaving the BBC for Channel 5 News. He joined Channel 4 in 2010.',
    expect: [['Channel 5 News', 'organization'], ['Channel 4', 'organization']],
  },
  {
    note: 'organization: a known name completed by a company word of its trade ("Reliance Jio Infocomm", "Infocomm" alone no company)',
    text: 'Mukesh Ambani-owned Reliance Jio Infocomm is on a hiring spree.',
    expect: [['Reliance Jio Infocomm', 'organization'], ['Mukesh Ambani', 'person']],
  },
  {
    note: 'organization: dotted initials before a known name with a hyphen ("A.P. Moller-Maersk"), a founder\'s initial before a known name ("H. Lundbeck"), and the Nordic legal forms "A/S" and "ASA" as part of the name',
    text: 'Shares of A.P. Moller-Maersk and Equinor ASA fell, while H. Lundbeck A/S rose.',
    expect: [['A.P. Moller-Maersk', 'organization'], ['Equinor ASA', 'organization'], ['H. Lundbeck A/S', 'organization']],
  },
  {
    note: 'organization: the first word of a company\'s name with a company word and a legal suffix ("Prompt Holdings Inc."), an English word opening a later sentence before an officer\'s title, is the company\'s short name',
    text: 'Prompt Holdings Inc., a lender, is cutting jobs. Prompt Chief Executive Officer Dana Roe said the cuts were needed.',
    expect: [['Prompt Holdings Inc.', 'organization'], ['Prompt', 'organization', 2], ['Dana Roe', 'person']],
  },
  {
    note: 'organization: one coined word with a capital inside ("KestrelCap") after an investor\'s title-like noun is no person',
    text: 'Orvale Drones has raised $22 million in a Series A round led by early-stage investor KestrelCap.',
    expect: [['Orvale Drones', 'organization'], ['KestrelCap', 'organization']],
  },
  {
    note: 'organization: a name with a coined word in it ("ClearBridge Energy Access") followed by "who" is no person',
    text: 'Cleantech came second, thanks to Kenya’s ClearBridge Energy Access who received a $40m investment from Kestrel Fund.',
    expect: [['ClearBridge Energy Access', 'organization'], ['Kestrel Fund', 'organization']],
  },
  {
    note: 'organization: an ordinary word in a table\'s column of companies ("| Axon |" under "Company"); person: a name of no known first name in a column of chief executives ("| Nikesh Arora |" under "CEO")',
    text: 'The best-paid bosses of the year:\n\n| Rank | CEO | Company | Pay |\n|---|---|---|---|\n| 1 | Rick Dorn | Axon | $164.5m |\n| 2 | Nikesh Arora | Orvale Systems | $151.4m |',
    expect: [['Axon', 'organization'], ['Nikesh Arora', 'person'], ['Orvale Systems', 'organization']],
  },
  {
    note: 'organization: one coined word after an inverted "says" ending the sentence ("…, says Orvanta.") is a company speaking as often as a person — no person without a full name before it',
    text: 'Users:\nVerrow: 450 million\nOrvanta: 1.2 billion\nOn course to touch one billion users, says Orvanta.',
    expect: [['Verrow', 'organization'], ['Orvanta', 'organization'], ['Orvanta', 'organization', 2]],
  },
  {
    note: 'person: a name of a given name no list holds and a family name common in world news ("Elon Musk", "Nikesh Arora", "Sim Tshabalala") is a person\'s — unless the name says or does what a company does',
    text: 'Elon Musk’s xAI has raised another $6bn from investors. Nikesh Arora met Sim Tshabalala in Johannesburg.',
    expect: [['Elon Musk', 'person'], ['xAI', 'organization'], ['Nikesh Arora', 'person'], ['Sim Tshabalala', 'person']],
  },
  {
    note: 'organization: a name of a family name common in world news ("Perry", "Hale") that takes people, counted or as a team, "from" another firm is a firm',
    text: 'Bartier Perry took four partners from Coleman Grieg in February, and Fenwick Hale hired three lawyers from Orrin Law.',
    expect: [['Bartier Perry', 'organization'], ['Coleman Grieg', 'organization'], ['Fenwick Hale', 'organization'], ['Orrin Law', 'organization']],
  },
  {
    note: 'organization: a coined name that "stated that it" did something, or "earned a quarterly net profit", is a company, though once it is named "across" something as a place would be',
    text: 'Orvanta now has a base of 40 million subscribers. "With large capital raised across Orvanta and Retail business, we have welcomed investors," the chairman said. Orvanta stated that it generated Rs 180 per user. Orvanta earned a quarterly net profit of Rs 3,020 crore.',
    expect: [['Orvanta', 'organization'], ['Orvanta', 'organization', 2], ['Orvanta', 'organization', 3], ['Orvanta', 'organization', 4]],
  },
  {
    note: 'organization: coined names described as a company\'s standing ("X, the industry leader,", "X, a major player in enterprise software"), a firm investor of a stage ("early-stage investor X"), a sector\'s player or producer ("E-commerce player X", "Steel producer X"), a name before a worker\'s noun ("a veteran X researcher"), a cloud partner in apposition, one a company moves to "poaching its" head, a name before "team" or "ecosystem", and one followed by a count of years ("arrived at X 12 years ago") — none a person, a thing or a version',
    text: 'Rikpexmol, the industry leader, has been responsible for the cuts. Vartelsen, a major player in enterprise software, and Kesmolpex were named. The round was led by early-stage investor Quorvane. E-commerce player Tovzorlum recently received a $1 billion investment. Steel producer Senbralmin announced plans to cut jobs. Yuanzhong Xu, a veteran Daxnalkes researcher, joined. Orvanta said it will open three new sites with Naldaxvak, its cloud partner. Brenmar Bank is now looking to Vakrikjun, poaching its well-regarded head of retail. As part of the Junfentib team, we will focus on growth. Megyn Kelly arrived at Telvartov 12 years ago.',
    expect: [['Rikpexmol', 'organization'], ['Vartelsen', 'organization'], ['Quorvane', 'organization'], ['Tovzorlum', 'organization'], ['Senbralmin', 'organization'], ['Daxnalkes', 'organization'], ['Naldaxvak', 'organization'], ['Vakrikjun', 'organization'], ['Junfentib', 'organization'], ['Telvartov', 'organization'], ['Yuanzhong Xu', 'person'], ['Megyn Kelly', 'person']],
  },
  {
    note: 'organization: a coined word before "-led" or "-backed" is the investor\'s name ("a Tibkesnal-led $70 million Series B"); an English word or a place before it stays none ("a Government-backed loan")',
    text: 'Orvanta raised a Tibkesnal-led $70 million Series B and a Government-backed loan.',
    expect: [['Orvanta', 'organization'], ['Tibkesnal', 'organization'], ['Government', 'other']],
  },
  {
    note: 'organization: a coined name "one of the biggest investment firms", a coined name "who received a $40m investment" (a company receives one), and the name of a shopping centre hiring staff — none a person; a rugby centre stays a player',
    text: 'Orvanta received 57 billion won from China’s Mollumzor Group, one of the biggest investment firms in Asia. Cleantech came second, thanks to Kenya’s Braljunrik who received a $40m investment from Norfund. In Leeds, the city’s flagship shopping centre Tarvossa will be hiring 2,000 extra Christmas workers.',
    expect: [['Mollumzor Group', 'organization'], ['Braljunrik', 'organization'], ['Tarvossa', 'organization']],
  },
  {
    note: 'other: a title-case headline whose ordinary words are a dictionary\'s nouns and verbs rather than common words ("Startup", "Targets", "Valuation"), with a figure in it, is a headline: its describing words are no part of the coined name the story then uses',
    text: 'China AI Startup Lumtibfen Targets $10 Billion Valuation\n\nLumtibfen is targeting a valuation of $10 billion in an expansion of its funding round.',
    expect: [['Lumtibfen', 'organization'], ['China AI Startup', 'other'], ['Lumtibfen', 'organization', 2]],
  },
  {
    note: 'organization: a coined name that owns an office in a city ("based in Tovzorlum’s Zurich office", "in Tovzorlum’s London office") is a firm, not the place one is based in',
    text: 'Lucas Beyer and Xiaohua Zhai, based in Tovzorlum’s Zurich office, had also been poached. Two more worked in Tovzorlum’s London office.',
    expect: [['Tovzorlum', 'organization'], ['Zurich', 'place'], ['Tovzorlum', 'organization', 2], ['London', 'place']],
  },
  {
    note: 'organization: a coined name moved to or joined "as" a post ("moved to Daxnalkes as group cfo", "joined Orvanta as head of sales") is the employer, not a place; the person named "as" a post stays a person',
    text: 'From there he moved to Daxnalkes as group cfo, where he worked alongside Kate Swann. She later joined Orvanta as head of sales. Brenmar has named Dana Roe as chief executive.',
    expect: [['Daxnalkes', 'organization'], ['Kate Swann', 'person'], ['Orvanta', 'organization'], ['Dana Roe', 'person']],
  },
  {
    note: 'organization: a coined name before what a company has ("a bump in Grivakdax subscriptions") is no place "in"; names with a company\'s head word that "are trying" after "who" ("startups such as Lumtibfen AI and Fensentel AI, who are…") are no people',
    text: 'Lockdowns resulted in a bump in Grivakdax subscriptions. Indian AI startups, such as Lumtibfen AI and Fensentel AI, who are trying to build large language models, got chips.',
    expect: [['Grivakdax', 'organization'], ['Lumtibfen AI', 'organization'], ['Fensentel AI', 'organization']],
  },
  {
    note: 'organization: a coined word in a title-case headline is a name though the story never uses it (a related story\'s headline: "Mollumzor Insider Share Sale Values Company Near $800 Billion"); the headline\'s words of the dictionary are not',
    text: 'Grivakdax posted its highest-ever quarterly profit.\n\nMollumzor Insider Share Sale Values Company Near $800 Billion Amid IPO Speculation',
    expect: [['Grivakdax', 'organization'], ['Mollumzor', 'organization'], ['Insider Share Sale', 'other']],
  },

  {
    note: 'organization: a line\'s label before an officer of the company ("Rikpexmol: Chief executive Stephen Hester will forgo…", "Grivakdax: Stuart Gulliver, chief executive, is expected…") names a company, however coined',
    text: 'Rikpexmol: Chief executive Stephen Hester will forgo his £963,000 share bonus.\n\nGrivakdax: Stuart Gulliver, chief executive, is expected to be handed a bonus package worth up to £4.8m.',
    expect: [['Rikpexmol', 'organization'], ['Stephen Hester', 'person'], ['Grivakdax', 'organization'], ['Stuart Gulliver', 'person']],
  },
  {
    note: 'organization: a company named with an English word, opening its sentences, by what it does — takes a charge, moves to cut costs, operates data centres "which", reports a period\'s sales, speaks of itself "of" its town',
    text: 'Glacier will take a $60 million charge this year. Quarry, which already operates more than 180 data centres, is growing. Ridge half year sales DKK 83,296 million vs. estimate DKK 83,300 million. Meadow, of Holon, Israel, said it closed its public offering.',
    expect: [['Glacier', 'organization'], ['Quarry', 'organization'], ['Ridge', 'organization'], ['Meadow', 'organization'], ['Holon', 'place']],
  },
  {
    note: 'organization: an English word that opens two sentences as their subject and that the article never writes in lower case is the name the story goes on about ("Lantern announced… Lantern expects…"); other: one the article also writes in lower case stays a word ("Growth slowed… Growth returned… the growth of…")',
    text: 'Lantern announced a new product on Monday. Lantern expects sales to double next year. Growth slowed in the spring. Growth returned in the autumn, and the growth of its rivals stalled.',
    expect: [['Lantern', 'organization'], ['Lantern', 'organization', 2], ['Growth', 'other']],
  },
  {
    note: 'organization: a name ending in a company\'s head word after a person\'s title ("led by a new American investor, Prism Group,") is no titled person',
    text: 'The financing, led by a new American investor, Prism Group, should enable the company to grow in Europe.',
    expect: [['Prism Group', 'organization']],
  },
];
