import type { ClaimCorpus } from '../example.js';

/**
 * headcount: how many people a company employs.
 *
 * Conventions kept throughout this file:
 * - counterparty is always null; unit is always "people" (employees, staff, researchers…).
 * - value.text is the number with its qualifier and the counted noun as written when the
 *   noun follows the number directly ("about 140 employees", "250-person", "1,200-strong");
 *   with no noun after it ("a staff of 80", "headcount of 3,000") it is the number alone.
 *   Modifiers between number and noun are part of it ("more than 160,000 full-time employees").
 * - A number of jobs cut is not a headcount; the total it is a share of is.
 * - An earlier headcount in the same sentence ("up from 300") is its own claim.
 */
export const corpus: ClaimCorpus = {
  type: 'headcount',
  positive: [
    {
      note: 'a company named before the count of its workforce, after "the" ("the Tarsel Air 30,000-strong workforce")',
      text: 'About 20 per cent of the Tarsel Air 30,000-strong workforce will go.',
      claims: [{ type: 'headcount', subject: 'Tarsel Air', counterparty: null, value: { amount: 30000, text: '30,000-strong' } }],
    },
    {
      note: 'a table of staff numbers flattened into one line: each company\'s count is its headcount',
      text: 'Top employers by staff numbers Kestrel Foods 12,400 Orvale Stores 8,100 Tarrow Group 5,300',
      claims: [
        { type: 'headcount', subject: 'Kestrel Foods', value: { amount: 12_400, unit: 'people', text: '12,400' } },
        { type: 'headcount', subject: 'Orvale Stores', value: { amount: 8_100, unit: 'people', text: '8,100' } },
        { type: 'headcount', subject: 'Tarrow Group', value: { amount: 5_300, unit: 'people', text: '5,300' } },
      ],
    },
    {
      note: 'the people a company employs, in a relative clause on them ("some of the 57,000 people it directly employs")',
      text: 'Investors have long criticized Kestrel Oil for over hiring and struggling to cut some of the 57,000 people it directly employs when things get tough.',
      claims: [{ type: 'headcount', subject: 'Kestrel Oil', value: { amount: 57_000, text: '57,000 people' } }],
    },
    {
      note: 'a size in an apposition whose head is a compound maker or a kind of company ("a 6,000-employee automaker", "a 900-person chipmaker")',
      text: 'Kestrel Motors, a 6,000-employee automaker, said it would add staff. Orvane Silicon, a 900-person chipmaker, makes sensors.',
      claims: [
        { type: 'headcount', subject: 'Kestrel Motors', value: { amount: 6_000, text: '6,000-employee' } },
        { type: 'headcount', subject: 'Orvane Silicon', value: { amount: 900, text: '900-person' } },
      ],
    },
    {
      note: 'a fronted phrase of what the clause\'s subject has ("With 35 stores and 350 staff, the jewellery chain…"), "the chain" referring back',
      text: 'Kestrel Jewels is in trouble. With 35 stores and 350 staff, the jewellery chain went into administration in October.',
      claims: [{ type: 'headcount', subject: 'Kestrel Jewels', value: { amount: 350, text: '350 staff' } }],
    },
    {
      note: 'the company a reported clause opens with ("PRDiario revealed that La Orvane is…") is the "it" of the next sentence, not the outlet reporting it',
      text: 'El Kestrel, El Tarrow and La Orvane eliminated 906 work positions between 2003 and 2009, PRDiario reported yesterday. El Kestrel cut the most. PRDiario revealed that La Orvane is the only newspaper that managed to increase its work positions since 2003. Now, it has 247 employees on its payroll.',
      claims: [{ type: 'headcount', subject: 'La Orvane', value: { amount: 247, text: '247 employees' } }],
    },
    {
      note: 'a list of company profiles: each heading names the company the prose under it describes, and the staff counted there are its',
      text: 'Thousands of high street jobs have been lost this year.\n\nWatt Brothers\n\nThe Scottish department store chain had 11 stores and 306 employees when it went into administration.\n\nJack Wills\n\nHad about 100 stores and 1,700 staff in the UK when it went into administration in August.',
      claims: [
        { type: 'headcount', subject: 'Watt Brothers', value: { amount: 306, text: '306 employees' } },
        { type: 'headcount', subject: 'Jack Wills', value: { amount: 1_700, text: '1,700 staff' } },
      ],
    },
    {
      note: '"the 7,500 people who make up its staff" are the staff',
      text: 'The executive said in his note that the home rental company Kestrel Homes has decided to fire approximately 25 percent of its employees, about 1,900 of the 7,500 people who make up its staff worldwide.',
      claims: [{ type: 'headcount', subject: 'Kestrel Homes', value: { amount: 7_500, text: '7,500 people' } }],
    },
    {
      note: 'a drive "to lift its total workforce to more than 55,000 from its current figure of 45,000 workers": the current figure is the headcount, the level still to come is a target',
      text: 'Kestrel Air is hiring. A spokesperson for the Doha-based airline said the recruitment drive will lift its total workforce to more than 55,000 from its current figure of approximately 45,000 workers.',
      claims: [{ type: 'headcount', subject: 'Kestrel Air', value: { amount: 45_000, text: 'approximately 45,000 workers' } }],
    },
    {
      note: '"the bank" after a publication that "understands that": the one bank the article named before ("Bank of …" is a bank too), not the publication that is the sentence\'s subject',
      text: 'Bank of Orvale offered its workers a voluntary retirement scheme. The Kestrel Business Mail understands that the bank, which currently employs 4,610 workers, wants to cut costs.',
      claims: [{ type: 'headcount', subject: 'Bank of Orvale', value: { amount: 4_610, text: '4,610 workers' } }],
    },
    {
      note: 'staff counted in full-time equivalents ("FTEs")',
      text: 'Tarrow Air reported 82,488 FTEs in May 2012 in a joint report following its merger.',
      claims: [{ type: 'headcount', subject: 'Tarrow Air', value: { amount: 82_488, text: '82,488 FTEs' } }],
    },
    {
      note: 'the number of a kind of employees ("domestic", "global") at a company, a date "as of" after the company, then the count',
      text: 'According to the business report released by Orvale Electronics on the 30th, the number of domestic employees at Orvale Electronics as of the end of last year was 105,257, an increase of 2,246 from the end of the previous year.',
      claims: [{ type: 'headcount', subject: 'Orvale Electronics', value: { amount: 105_257, text: '105,257' } }],
    },
    {
      note: 'a ranked list of profiles, each a line that is only a name and label lines under it ("> Total employees: N"): each count is the name\'s above it',
      text: '15. Orvale Footwear Limited\n> Total employees: 413,000\n> Country: Taiwan\n14. Tarrow Services S.A.\n> Total employees: 427,981\n> Country: France',
      claims: [
        { type: 'headcount', subject: 'Orvale Footwear Limited', value: { amount: 413_000, text: '413,000' } },
        { type: 'headcount', subject: 'Tarrow Services S.A', value: { amount: 427_981, text: '427,981' } },
      ],
    },
    {
      note: 'two companies and two counts paired in order with no "respectively" ("A and B have 1.76 lakh and 22,000 employees"): the noun said once counts both',
      text: 'Orvane Telecom and Tarsel Networks have 1.76 lakh and 22,000 employees across India.',
      claims: [
        { type: 'headcount', subject: 'Orvane Telecom', value: { amount: 176_000 } },
        { type: 'headcount', subject: 'Tarsel Networks', value: { amount: 22_000 } },
      ],
    },
    {
      note: 'people of a trade counted with words of their trade before them ("some 45 wealth managers", "20 software engineers"), had by the company',
      text: 'Orvane Bank opened its Dubai branch in February this year, and has some 45 wealth managers there. Tarsel Labs has 20 software engineers.',
      claims: [
        { type: 'headcount', subject: 'Orvane Bank', value: { amount: 45 } },
        { type: 'headcount', subject: 'Tarsel Labs', value: { amount: 20 } },
      ],
    },
    {
      note: '"the bank" is the one company described as a bank ("SPAIN\'S fifth-largest bank, X"), not the union that spoke last ("the main union at the bank, the CCUU")',
      text: "SPAIN’S fifth-largest bank, Tarrowcaja, has reached a deal to cut up to 1,513 jobs. The bank announced cost cuts in October and the main union at the bank, the CCUU, says it has agreed. In a statement, the CCUU said that it welcomes the accord. The bank currently employs 9,677 people.",
      claims: [{ type: 'headcount', subject: 'Tarrowcaja', value: { amount: 9_677 } }],
    },
    {
      note: '"employing as few as 16,000 people": a figure said to be small is the headcount, about that many; aviators are an airline\'s people',
      text: "A year on, Telvor has shrunk back to its European core, employing as few as 16,000 people. But the union representing Orvale Air's 14,000 aviators was unimpressed.",
      claims: [
        { type: 'headcount', subject: 'Telvor', value: { amount: 16_000 } },
        { type: 'headcount', subject: 'Orvale Air', value: { amount: 14_000 } },
      ],
    },
    {
      note: 'a company\'s own people counted, then said to work ("the current 30,000 people who work on its two platforms"); people who work in an industry are no one\'s staff',
      text: 'Kestrel Libre will hire 2,400 people this year. That is a 46% growth over the current 30,000 people who work on its two platforms. There are 3,000 people who work in the industry.',
      claims: [{ type: 'headcount', subject: 'Kestrel Libre', value: { amount: 30_000, text: '30,000 people' } }],
    },
    {
      note: 'a company\'s people of one trade said as strength ("its cabin crew numbers … are now 21,500 strong"); a crowd or protesters "strong" are no staff',
      text: 'Kestrel Air hired many cabin crew last year. In August, the airline\'s cabin crew numbers crossed the 20,000 milestone and are now 21,500 strong. Outside, the protesters were 2,000 strong.',
      claims: [{ type: 'headcount', subject: 'Kestrel Air', value: { amount: 21_500 } }],
    },
    {
      note: 'a count of staff with a list of their kinds between ("Halvard Telecom’s 6,230 permanent, temporary, and contracted employees", "500 permanent and temporary staff")',
      text: 'The new hires make up 6.4 percent of Halvard Telecom’s 6,230 permanent, temporary, and contracted employees at the end of last year.',
      claims: [{ type: 'headcount', subject: 'Halvard Telecom', value: { amount: 6230 } }],
    },
    {
      note: '"the IT firm" after a quotation that names no company refers to the company spoken of just before the quotation, not to the article\'s most-named company',
      text: 'Harwick Tech added 5,000 staff. Harwick Tech said demand was strong, and Harwick Tech expects more hiring. Harwick Tech shares rose.\n\nOrvale Tech isn\'t far behind. According to CEO Dana Roe, "Continued deal momentum positions us well as we enter the second half."\n\nThe IT firm had a workforce of 84,438 at the end of the quarter.',
      claims: [{ type: 'headcount', subject: 'Orvale Tech', value: { amount: 84_438, text: '84,438' } }],
    },
    {
      note: 'a count said of each of two companies ("X and Y each employ 5,000 people") is each one\'s; "each year" after a count distributes nothing',
      text: 'Harwick Bank and Orvale Bank each employ 5,000 people. Kestrel Bank said Brindle Bank would hire 500 people each year.',
      claims: [
        { type: 'headcount', subject: 'Harwick Bank', value: { amount: 5_000, text: '5,000 people' } },
        { type: 'headcount', subject: 'Orvale Bank', value: { amount: 5_000, text: '5,000 people' } },
      ],
    },
    {
      note: 'a count the company now has, after a word of hiring, is its staff',
      text: 'Orrin Motors ramped up its hiring effort and now has over 400 employees with an impressive percentage coming from Tessaly Motors.',
      claims: [{ type: 'headcount', subject: 'Orrin Motors', value: { amount: 400, text: 'over 400 employees' } }],
    },
    {
      note: '"the number of its employees" (its, and a time between) and a group\'s "personnel of" a count are its staff',
      text: 'Kestrel Mobile came third in terms of staff strength as the number of its employees at the end of 2019 stood at 1,316. Orrin Electric will cut 1,000 jobs. The workforce reduction of about 1 percent of its domestic group personnel of around 100,000 is small.',
      claims: [
        { type: 'headcount', subject: 'Kestrel Mobile', value: { amount: 1316, text: '1,316' } },
        { type: 'headcount', subject: 'Orrin Electric', value: { amount: 100000, text: 'around 100,000' } },
      ],
    },
    {
      note: 'the earlier level in brackets after the time it was at ("up 3.9% from the end of the previous year (308,745)"), a decimal point between being no full stop',
      text: 'Orrin Electronics had a total of 320,671 employees around the world as of the end of 2017, up 3.9% from the end of the previous year (308,745).',
      claims: [
        { type: 'headcount', subject: 'Orrin Electronics', value: { amount: 320_671 } },
        { type: 'headcount', subject: 'Orrin Electronics', value: { amount: 308_745 } },
      ],
    },
    {
      note: 'the people of a trade a company owns ("its 3,600 pilots", "its 2,000 nurses") are its staff; its directors are a board',
      text: 'Kestrel Air told its 3,600 pilots about the deal. Orrin Health said its 2,000 nurses would strike. Tarrow Bank paid each of its 13 directors Sh30 million.',
      claims: [
        { type: 'headcount', subject: 'Kestrel Air', value: { amount: 3600 } },
        { type: 'headcount', subject: 'Orrin Health', value: { amount: 2000 } },
      ],
    },
    {
      note: 'the staff of a class of many companies together ("employees at Korean conglomerates") is no company\'s headcount, though the passage is about one',
      text: 'Orrin Electronics ranked first, with 124,070 workers. The number of employees at Korean conglomerates exceeded 3 million for the first time last year.',
      claims: [{ type: 'headcount', subject: 'Orrin Electronics', value: { amount: 124_070 } }],
    },
    {
      note: 'a list of rows that lost their cell marks ("Name, 82,498, -0.1%") under the sentence that says what the figures are: each row\'s figure is its company\'s, a note in brackets between is read past',
      text: 'The five largest carriers by full-time-equivalent employees, and their change in a year:\n\n(Two part-time jobs count as one.)\n\nKestrel Air, 82,498, -0.1%\n\nOrrin Airways, 74,546, -3.9%.\n\nHalvard Jet, 13,029, +2.7%',
      claims: [
        { type: 'headcount', subject: 'Kestrel Air', value: { amount: 82_498 } },
        { type: 'headcount', subject: 'Orrin Airways', value: { amount: 74_546 } },
        { type: 'headcount', subject: 'Halvard Jet', value: { amount: 13_029 } },
      ],
    },
    {
      note: 'a table that lost its cell marks, one row a line under a header row of years and a title that names the measure: each row\'s first figure is its bank\'s; a long name and an acronym of other words ("Public Lenders (PLs)") stay apart',
      text: 'How the number of employees at Public Lenders (PLs) has changed\nBank 2020-21 2024-25 Net Change Trend\nOrrin Bank 12,532 14,591 2,059 ▲ Growing\nPrairie & Lakes Bank 8,890 10,229 1,339 ▲ Growing\nKestrel Bank of Lagos 51,459 50,564 –895 ▼ Declining',
      claims: [
        { type: 'headcount', subject: 'Orrin Bank', value: { amount: 12_532 } },
        { type: 'headcount', subject: 'Prairie & Lakes Bank', value: { amount: 8_890 } },
        { type: 'headcount', subject: 'Kestrel Bank of Lagos', value: { amount: 51_459 } },
      ],
    },
    {
      note: '"individuals" a company employs are its staff; "the N it employed" counts them too',
      text: 'Orrin Motors employs nearly 150,000 individuals worldwide. Kestrel Air\'s workforce will shrink from the 140,000 it employed in March.',
      claims: [
        { type: 'headcount', subject: 'Orrin Motors', value: { amount: 150_000 } },
        { type: 'headcount', subject: 'Kestrel Air', value: { amount: 140_000 } },
      ],
    },
    {
      note: 'a word of wonder before the number ("a record", "a whopping") says nothing of its size: the count stays exact',
      text: 'Brannock Freight now employs a record 4,500 people after a year of new depots.',
      claims: [{ type: 'headcount', subject: 'Brannock Freight', value: { amount: 4500, text: '4,500 people' } }],
    },
    {
      note: '"we" in a quote is the speaker\'s company: the company the sentences just before are about, not the article\'s most-named one when that was named more than three sentences back (here an analyst\'s firm quoted first)',
      text: '"Staff are the biggest cost," Tarrow Securities senior analyst Dana Roe said. Banks may cut jobs. Analysts expect more. The country\'s biggest lender, Halvard Bank, denied a report that it would cut 10,000 jobs. Asked about the report, the bank pointed to a speech by chief executive Sam Reyes. "We have more than 48,000 employees," he said.',
      claims: [{ type: 'headcount', subject: 'Halvard Bank', value: { min: 48_000 } }],
    },
    {
      note: 'people of an occupation an airline has ("12,000 cabin crew" — a cabin crew is staff, a film crew is not); "the giant rotating structure" is no reference to a giant company',
      text: 'Kestrel Air is hiring. Deliveries from Boeing will continue. This year, the giant rotating structure will feature replicas of the cabin. The airline currently has 12,000 cabin crew, including 2,000 on its largest jets.',
      claims: [{ type: 'headcount', subject: 'Kestrel Air', value: { amount: 12000 } }],
    },
    {
      note: 'a former name is the same company, named as it is now ("Orrin, previously known as Kestrel Labs"); a name described by a place ("the stock market-listed London fintech") is no place made a company',
      text: 'Orrin, previously known as Kestrel Labs, is the stock market-listed London fintech valued at £3.8 billion. Kestrel Labs was founded in 2011 and has 3,500 employees.',
      claims: [{ type: 'headcount', subject: 'Orrin', value: { amount: 3500 } }],
    },
    {
      note: 'a table with a company to each column (an empty first header cell) and a measure to each row: each cell is its column\'s',
      text: 'Kestrel Social agreed to buy Orrin Chat, which competes with Tessaly.\n\n| | Orrin Chat | Tessaly | Kestrel Social |\n|---|---|---|---|\n| Value | $19bn | $30bn | $170bn |\n| Users | 450m | 250m | 1.2bn |\n| Employees | 55 | 2,300 | 6,337 |',
      claims: [
        { type: 'headcount', subject: 'Orrin Chat', value: { amount: 55 } },
        { type: 'headcount', subject: 'Tessaly', value: { amount: 2_300 } },
        { type: 'headcount', subject: 'Kestrel Social', value: { amount: 6_337 } },
      ],
    },
    {
      note: 'a second verb of the subject after "and" says another thing: a share cut in the first ("cut about 3% of its workforce") vetoes nothing in the second ("and now has roughly 46,500 employees")',
      text: 'Halvard Bank cut about 3% of its workforce last year and now has roughly 46,500 employees globally.',
      claims: [{ type: 'headcount', subject: 'Halvard Bank', value: { amount: 46_500, approximate: true } }],
    },
    {
      note: 'a relative clause on a company belongs with it; what the sentence says after the clause closes ("…, has responded by reviewing pay for its technical staff") vetoes nothing in it',
      text: 'Orrin Labs, which has about 3,000 employees, has responded by reviewing compensation for its technical staff.',
      claims: [{ type: 'headcount', subject: 'Orrin Labs', value: { amount: 3000, approximate: true } }],
    },
    {
      note: '"the company" after a one-off mention of another company two sentences back is the company the article is about',
      text: 'Kestrel Cloud signed an expanded agreement with Orrin AI. Kestrel Cloud rents out GPUs. Kestrel Cloud said revenue rose. Its shares rose. Brindle Labs separately agreed to a deal with Kestrel Cloud. "Our customers are signing bigger commitments," its chief executive said. The company had about 1,200 employees at the end of last year, according to its filings.',
      claims: [{ type: 'headcount', subject: 'Kestrel Cloud', value: { amount: 1200, approximate: true } }],
    },
    {
      note: 'a count of staff a company has, said as a relative clause on the count ("beyond the record 121,223 employees it had at the end of March"); "the group" is the company whose name ends in Group, not a bigger company named in passing',
      text: 'The Tessaly Group will recruit more than 17,300 people this year as it takes delivery of new Quenby 777 aircraft. Around 4,000 of the new roles will be for cabin crew, the group said. The recruitment will take the group\'s workforce beyond the record 121,223 employees it had at the end of March.',
      claims: [{ type: 'headcount', subject: 'Tessaly Group', value: { amount: 121_223 } }],
    },
    {
      note: 'a flow of staff then the level it brought the company to ("…, taking its total to 317,788")',
      text: 'Tessaly Infotech added 2,492 employees in the quarter, taking its total to 317,788.',
      claims: [{ type: 'headcount', subject: 'Tessaly Infotech', value: { amount: 317_788 } }],
    },
    {
      note: 'a story about a startup full of people from another company: names that only say where a person worked ("former Orrin Labs CTO", "an Orrin Labs co-founder", "other Orrin Labs executives") count half towards what the article is about, so "the company" is the startup',
      text: 'Brindle AI, founded by former Orrin Labs CTO Dana Roe, has raised $200 million.\n\nAmong its staff are Tom Reyes, an Orrin Labs co-founder, and Sam Ives, who led research at Orrin Labs.\n\nThe company, which employs around 100 people, has not released a product.\n\nRoe left Orrin Labs in March. Several other Orrin Labs executives departed at the same time.',
      claims: [{ type: 'headcount', subject: 'Brindle AI', value: { amount: 100, approximate: true } }],
    },
    {
      note: 'a workforce changed "from" one size "to" another, a date between: both sizes are the company\'s (a level it plans or could reach too: "trimmed from 90,000 to 60,000 staff by 2012")',
      text: 'Kestrel Semiconductor reduced its workforce from 108,900 at the end of 2023 to roughly 75,000 this year.',
      claims: [
        { type: 'headcount', subject: 'Kestrel Semiconductor', value: { amount: 108_900 } },
        { type: 'headcount', subject: 'Kestrel Semiconductor', value: { amount: 75_000 } },
      ],
    },
    {
      note: 'a size, then another clause\'s hire ("had about 250 employees when Orrin hired its CEO"): the verb of the other clause is no flow of these people',
      text: 'Windsurf had about 250 employees when Orrin Labs hired its CEO.',
      claims: [{ type: 'headcount', subject: 'Windsurf', value: { amount: 250 } }],
    },
    {
      note: 'a label opening a line of prose is no company ("Total Employee Headcount: …"); "the total workforce of X stood at" is X\'s',
      text: 'Total Employee Headcount: The total workforce of Tarsel Consultancy Services stood at 6,14,795 as on March 31, 2023.',
      claims: [{ type: 'headcount', subject: 'Tarsel Consultancy Services', value: { amount: 614_795 } }],
    },
    {
      note: 'a list that says "employees" once, the later counts right after their companies, the verb left out ("…, LG 158,791, and SK 117,438"): numbers grouped in thousands after capitals are counts, not models',
      text: 'Halvard Motor Group had 174,952 employees, LG 158,791, and SK 117,438.',
      claims: [
        { type: 'headcount', subject: 'Halvard Motor Group', value: { amount: 174_952 } },
        { type: 'headcount', subject: 'LG', value: { amount: 158_791 } },
        { type: 'headcount', subject: 'SK', value: { amount: 117_438 } },
      ],
    },
    {
      note: 'a size in an apposition after the object ("bought Brindle AI, a two-person startup") is the object\'s, not the clause subject\'s',
      text: 'Kestrel Labs bought Brindle AI, a two-person startup, last year.',
      claims: [{ type: 'headcount', subject: 'Brindle AI', value: { amount: 2, unit: 'people' } }],
    },
    {
      note: 'a company described ("the world’s hottest company") that "employs only" a count, its name in an apposition earlier in the sentence',
      text: 'The main character of the AI boom, Halvard Chips, keeps growing: the world’s hottest company employs only 36,000 people, about 20% more than it did last year.',
      claims: [{ type: 'headcount', subject: 'Halvard Chips', value: { amount: 36_000 } }],
    },
    {
      note: 'a staff count beside "the fourth consecutive quarter of a declining workforce": a quarter of a year, no share of the staff',
      text: 'Pelham Infotech concluded the December quarter with 322,663 employees, marking the fourth consecutive quarter of a declining workforce.',
      claims: [{ type: 'headcount', subject: 'Pelham Infotech', value: { amount: 322_663 } }],
    },
    {
      note: 'an apposition says what a company joined has ("join X, a company with barely N employees")',
      text: 'Several researchers have left to join Zentrix AI, a company with barely 1,200 employees.',
      claims: [{ type: 'headcount', subject: 'Zentrix AI', value: { amount: 1200 } }],
    },
    {
      note: 'a target is no headcount; the level it starts "from the current" is',
      text: 'Kestrel Electronics said it aims to increase its employee base to 1.3 million from the current 1.2 million.',
      claims: [{ type: 'headcount', subject: 'Kestrel Electronics', value: { amount: 1_200_000 } }],
    },
    {
      note: 'a workforce that is growing, "topping" a count (a participle after the workforce)',
      text: 'Quillbank is continuing to expand its global workforce, topping 5,000 employees around the world.',
      claims: [{ type: 'headcount', subject: 'Quillbank', value: { amount: 5000 } }],
    },
    {
      note: 'a platform named as where a company speaks ("the company\'s LinkedIn site") is no party to what it says',
      text: 'Ridewell, a Cairo-based mobility business, said it will lay off staff. According to the company\u2019s LinkedIn site, it employs over 1,330 people.',
      claims: [{ type: 'headcount', subject: 'Ridewell', value: { min: 1330 } }],
    },
    {
      note: 'a headcount that went up by a number "to" a level "from" another: both levels, written to the same precision, are two facts',
      text: 'Halvard Infotech saw its headcount go up by 1,789 employees to 4.48 lakh workers by the end of March, from 4.46 lakh workers three months ago.',
      claims: [
        { type: 'headcount', subject: 'Halvard Infotech', value: { amount: 448_000 } },
        { type: 'headcount', subject: 'Halvard Infotech', value: { amount: 446_000 } },
      ],
    },
    {
      note: '"the car maker\'s workforce" after "the poached X staffers": a name before its people is not what "the car maker" means',
      text: 'Varrow Motors has hired at least 90 people away from Kestrel Dynamics. The poached Kestrel Dynamics staffers make up a small part of the car maker\u2019s roughly 4,000-person workforce.',
      claims: [{ type: 'headcount', subject: 'Varrow Motors', value: { amount: 4000 } }],
    },
    {
      note: 'a workforce that "neared" a count',
      text: 'Ferrow Stores, whose workforce neared 40,000 people last year, plans to open 30 shops.',
      claims: [{ type: 'headcount', subject: 'Ferrow Stores', value: { amount: 40_000 } }],
    },
    {
      note: 'a coined one-word name described as "a 40-person team" is a company of that size (the size of its staff vouches for an employer)',
      text: 'Quillmark, a 40-person team in Berlin, makes warehouse robots.',
      claims: [{ type: 'headcount', subject: 'Quillmark', value: { amount: 40, unit: 'people', text: '40-person' } }],
    },
    {
      note: 'a newspaper the sources talk to is no subject: an unknown name shaped like a publication ("… Times", "… Herald") is one',
      text: 'Quillon is a design startup in Lisbon. Sources tell the Westbury Times that more than 40 of Quillon\'s 52 employees have signed the letter.',
      claims: [{ type: 'headcount', subject: 'Quillon', value: { amount: 52, unit: 'people', text: '52 employees' } }],
    },
    {
      note: '"it" and "its" are the investment firm that is the subject of their own sentence (an investor is never "the company")',
      text: 'Brimley Partners LLC will take on 12 traders from Osgard Asset Management. Osgard said in a filing with the state labour office that it would let go 20 of its 85 employees.',
      claims: [{ type: 'headcount', subject: 'Osgard Asset Management', value: { amount: 85, unit: 'people', text: '85 employees' } }],
    },
    {
      note: '"the firm" after an investor named in passing is the article\'s company, not the investor',
      text: 'Quorvex Labs is celebrating its tenth anniversary. Quorvex Labs was set up by two students.\n\nIn 2015 they persuaded venture capitalists Westgate Capital to fund Quorvex Labs. Now the firm employs 7,600 workers.',
      claims: [{ type: 'headcount', subject: 'Quorvex Labs', value: { amount: 7600, unit: 'people', text: '7,600 workers' } }],
    },
    {
      note: '"employs about N people"',
      text: 'Zentrix AI employs about 140 people.',
      claims: [
        {
          type: 'headcount',
          subject: 'Zentrix AI',
          counterparty: null,
          value: { amount: 140, unit: 'people', approximate: true, text: 'about 140 people' },
        },
      ],
    },
    {
      note: '"has N employees"',
      text: 'Halvard Robotics has 1,500 employees across four countries.',
      claims: [
        {
          type: 'headcount',
          subject: 'Halvard Robotics',
          counterparty: null,
          value: { amount: 1500, unit: 'people', approximate: false, text: '1,500 employees' },
        },
      ],
    },
    {
      note: '"a staff of N" in a relative clause; no noun after the number',
      text: 'Quillmark, which has a staff of 80, is based in Boston.',
      claims: [
        {
          type: 'headcount',
          subject: 'Quillmark',
          counterparty: null,
          value: { amount: 80, unit: 'people', approximate: false, text: '80' },
        },
      ],
    },
    {
      note: '"N-person team" with "the startup’s" resolving to the company named before',
      text: 'Stackwise was founded in 2022. The startup’s 25-person team works out of a converted warehouse in Oakland.',
      claims: [
        {
          type: 'headcount',
          subject: 'Stackwise',
          counterparty: null,
          value: { amount: 25, unit: 'people', approximate: false, text: '25-person' },
          evidence: ['25-person team'],
        },
      ],
    },
    {
      note: '"a workforce of N"',
      text: 'Norrland Compute has a workforce of 2,600.',
      claims: [
        {
          type: 'headcount',
          subject: 'Norrland Compute',
          counterparty: null,
          value: { amount: 2600, unit: 'people', approximate: false, text: '2,600' },
        },
      ],
    },
    {
      note: '"N-strong workforce at X"',
      text: 'The 1,200-strong workforce at Ferrous Energy will move to a new campus next year.',
      claims: [
        {
          type: 'headcount',
          subject: 'Ferrous Energy',
          counterparty: null,
          value: { amount: 1200, unit: 'people', approximate: false, text: '1,200-strong' },
        },
      ],
    },
    {
      note: 'possessive subject, straight apostrophe, real big-tech name',
      text: "Meta's 70,000 employees were told to return to the office five days a week.",
      claims: [
        {
          type: 'headcount',
          subject: 'Meta',
          counterparty: null,
          value: { amount: 70000, unit: 'people', approximate: false, text: '70,000 employees' },
        },
      ],
    },
    {
      note: 'layoff share of a total: the total is the headcount, 10% is not',
      text: 'Vantablack Systems laid off 10% of its 2,600 staff on Thursday.',
      claims: [
        {
          type: 'headcount',
          subject: 'Vantablack Systems',
          counterparty: null,
          value: { amount: 2600, unit: 'people', approximate: false, text: '2,600 staff' },
        },
      ],
    },
    {
      note: '"headcount has grown to roughly N, up from M" → two claims',
      text: 'Copperleaf AI’s headcount has grown to roughly 900, up from 300 last year.',
      claims: [
        {
          type: 'headcount',
          subject: 'Copperleaf AI',
          counterparty: null,
          value: { amount: 900, unit: 'people', approximate: true, text: 'roughly 900' },
        },
        {
          type: 'headcount',
          subject: 'Copperleaf AI',
          counterparty: null,
          value: { amount: 300, unit: 'people', approximate: false, text: '300' },
        },
      ],
    },
    {
      note: 'coreference: "The startup, which employs …" after a sentence naming it',
      text: 'Driftwood Labs builds coding agents for banks. The startup, which employs about 60 people, was founded in 2021.',
      claims: [
        {
          type: 'headcount',
          subject: 'Driftwood Labs',
          counterparty: null,
          value: { amount: 60, unit: 'people', approximate: true, text: 'about 60 people' },
          evidence: ['employs about 60 people'],
        },
      ],
    },
    {
      note: 'apposition "a 45-person startup"',
      text: 'Kiteline AI, a 45-person startup based in Berlin, released its first model on Monday.',
      claims: [
        {
          type: 'headcount',
          subject: 'Kiteline AI',
          counterparty: null,
          value: { amount: 45, unit: 'people', approximate: false, text: '45-person' },
        },
      ],
    },
    {
      note: '"more than N full-time employees": the modifier is part of the value text',
      text: 'Apple has more than 160,000 full-time employees.',
      claims: [
        {
          type: 'headcount',
          subject: 'Apple',
          counterparty: null,
          value: { amount: 160000, min: 160000, unit: 'people', approximate: true, text: 'more than 160,000 full-time employees' },
        },
      ],
    },
    {
      note: 'researchers count as people',
      text: 'Pellucid Labs has a team of 30 researchers, most of them from academia.',
      claims: [
        {
          type: 'headcount',
          subject: 'Pellucid Labs',
          counterparty: null,
          value: { amount: 30, unit: 'people', approximate: false, text: '30 researchers' },
        },
      ],
    },
    {
      note: 'key-facts bullets with no subject; the first line names the company',
      text: 'Sablefish Analytics — at a glance\n• Founded 2019 in Austin\n• Employees: about 180\n• HQ: Austin, Texas',
      claims: [
        {
          type: 'headcount',
          subject: 'Sablefish Analytics',
          counterparty: null,
          value: { amount: 180, unit: 'people', approximate: true, text: 'about 180' },
        },
      ],
    },
    {
      note: 'markdown table row under an "Employees" column',
      text: '| Company | Employees | HQ |\n|---|---|---|\n| Orbital Loom | 420 | Denver |',
      claims: [
        {
          type: 'headcount',
          subject: 'Orbital Loom',
          counterparty: null,
          value: { amount: 420, unit: 'people', approximate: false, text: '420' },
        },
      ],
    },
    {
      note: 'wire copy, "which employs around N people" relative clause',
      text: 'STOCKHOLM (Reuters) - Veritas Grid, which employs around 3,400 people, said on Wednesday it would open a battery plant in Finland.',
      claims: [
        {
          type: 'headcount',
          subject: 'Veritas Grid',
          counterparty: null,
          value: { amount: 3400, unit: 'people', approximate: true, text: 'around 3,400 people' },
        },
      ],
    },
    {
      note: '"nearly" → approximate; "double the number" carries no count',
      text: 'Harrowgate now has nearly 1,000 employees, double the number two years ago.',
      claims: [
        {
          type: 'headcount',
          subject: 'Harrowgate',
          counterparty: null,
          value: { amount: 1000, unit: 'people', approximate: true, text: 'nearly 1,000 employees' },
        },
      ],
    },
    {
      note: '"a 50-strong company"',
      text: 'Lattice Forge is a 50-strong company headquartered in Leeds.',
      claims: [
        {
          type: 'headcount',
          subject: 'Lattice Forge',
          counterparty: null,
          value: { amount: 50, unit: 'people', approximate: false, text: '50-strong' },
        },
      ],
    },
    {
      note: 'headcount from a filing → reported',
      text: 'Tessellate Bio’s headcount stood at 212 at the end of June, according to a regulatory filing.',
      claims: [
        {
          type: 'headcount',
          subject: 'Tessellate Bio',
          counterparty: null,
          value: { amount: 212, unit: 'people', approximate: false, text: '212' },
          modality: 'reported',
        },
      ],
    },
    {
      note: 'data-source attribution → reported',
      text: 'Greyfriar Systems has about 400 employees, according to LinkedIn data.',
      claims: [
        {
          type: 'headcount',
          subject: 'Greyfriar Systems',
          counterparty: null,
          value: { amount: 400, unit: 'people', approximate: true, text: 'about 400 employees' },
          modality: 'reported',
        },
      ],
    },
    {
      note: '"may have as many as" → hedged, upper bound',
      text: 'Aurelian Bio may have as many as 250 employees.',
      claims: [
        {
          type: 'headcount',
          subject: 'Aurelian Bio',
          counterparty: null,
          value: { amount: 250, max: 250, unit: 'people', approximate: true, text: 'as many as 250 employees' },
          modality: 'hedged',
        },
      ],
    },
    {
      note: 'number word',
      text: 'Small but mighty: Fernhill has just nine employees.',
      claims: [
        {
          type: 'headcount',
          subject: 'Fernhill',
          counterparty: null,
          value: { amount: 9, unit: 'people', approximate: false, text: 'nine employees' },
        },
      ],
    },
    {
      note: '"with a staff of more than N" → min',
      text: 'Halcyon Quantum, with a staff of more than 200, is the largest quantum startup in Canada.',
      claims: [
        {
          type: 'headcount',
          subject: 'Halcyon Quantum',
          counterparty: null,
          value: { amount: 200, min: 200, unit: 'people', approximate: true, text: 'more than 200' },
        },
      ],
    },
    {
      note: 'count first, company as object of "work at"',
      text: 'About 350 people work at Sorrel Robotics, most of them in Pittsburgh.',
      claims: [
        {
          type: 'headcount',
          subject: 'Sorrel Robotics',
          counterparty: null,
          value: { amount: 350, unit: 'people', approximate: true, text: 'About 350 people' },
        },
      ],
    },
    {
      note: '"grew its team to N people"',
      text: 'Stackwise grew its team to 75 people this year.',
      claims: [
        {
          type: 'headcount',
          subject: 'Stackwise',
          counterparty: null,
          value: { amount: 75, unit: 'people', approximate: false, text: '75 people' },
        },
      ],
    },
    {
      note: '"now counts N employees"',
      text: 'After a year-long hiring spree, Opaline Health now counts 600 employees.',
      claims: [
        {
          type: 'headcount',
          subject: 'Opaline Health',
          counterparty: null,
          value: { amount: 600, unit: 'people', approximate: false, text: '600 employees' },
        },
      ],
    },
    {
      note: '"N-person workforce" with a possessive',
      text: 'Northvane AI’s 6,000-person workforce is spread across 14 offices.',
      claims: [
        {
          type: 'headcount',
          subject: 'Northvane AI',
          counterparty: null,
          value: { amount: 6000, unit: 'people', approximate: false, text: '6,000-person' },
        },
      ],
    },
    {
      note: 'Q&A; the answer names the company',
      text: 'Q: How big is the team right now?\nA: Quartzline has 38 people today, mostly engineers.',
      claims: [
        {
          type: 'headcount',
          subject: 'Quartzline',
          counterparty: null,
          value: { amount: 38, unit: 'people', approximate: false, text: '38 people' },
        },
      ],
    },
    {
      note: 'real big-tech name, "employed about N people worldwide as of <date>"',
      text: 'Microsoft employed about 228,000 people worldwide as of June 30.',
      claims: [
        {
          type: 'headcount',
          subject: 'Microsoft',
          counterparty: null,
          value: { amount: 228000, unit: 'people', approximate: true, text: 'about 228,000 people' },
        },
      ],
    },
    {
      note: 'headline without a verb',
      text: 'Inside Corvid Security: 90 employees, one office, zero outside investors',
      claims: [
        {
          type: 'headcount',
          subject: 'Corvid Security',
          counterparty: null,
          value: { amount: 90, unit: 'people', approximate: false, text: '90 employees' },
        },
      ],
    },
    {
      note: 'cut share of "its roughly 700-person workforce": 15% is not a headcount',
      text: 'Ostrava Labs is cutting 15% of its roughly 700-person workforce.',
      claims: [
        {
          type: 'headcount',
          subject: 'Ostrava Labs',
          counterparty: null,
          value: { amount: 700, unit: 'people', approximate: true, text: 'roughly 700-person' },
        },
      ],
    },
    {
      note: 'layoff count and total in one sentence: only the total is a headcount',
      text: 'Brightwave Health laid off 120 of its 1,400 employees on Tuesday.',
      claims: [
        {
          type: 'headcount',
          subject: 'Brightwave Health',
          counterparty: null,
          value: { amount: 1400, unit: 'people', approximate: false, text: '1,400 employees' },
        },
      ],
    },
    {
      note: 'NBSP inside the count, dashes around the aside',
      text: 'Meridian Dynamics’ workforce — now 2,150\u00a0people — is split between Munich and Austin.',
      claims: [
        {
          type: 'headcount',
          subject: 'Meridian Dynamics',
          counterparty: null,
          value: { amount: 2150, unit: 'people', approximate: false, text: '2,150\u00a0people' },
        },
      ],
    },
    {
      note: 'two companies; the second count has no noun after it',
      text: 'Kestrel Dynamics has 320 employees; its rival Halvard Robotics has about 1,100.',
      claims: [
        {
          type: 'headcount',
          subject: 'Kestrel Dynamics',
          counterparty: null,
          value: { amount: 320, unit: 'people', approximate: false, text: '320 employees' },
        },
        {
          type: 'headcount',
          subject: 'Halvard Robotics',
          counterparty: null,
          value: { amount: 1100, unit: 'people', approximate: true, text: 'about 1,100' },
        },
      ],
    },
    {
      note: '"-strong" with "~" in scraped blog text',
      text: 'Cinder Labs (~85-strong, fully remote) is hiring again.',
      claims: [
        {
          type: 'headcount',
          subject: 'Cinder Labs',
          counterparty: null,
          value: { amount: 85, unit: 'people', approximate: true, text: '~85-strong' },
        },
      ],
    },
    {
      note: '"grown into a company of N people"; the founding year is not a count',
      text: 'Founded in 2015, Greyfriar Systems has grown into a company of 1,800 people.',
      claims: [
        {
          type: 'headcount',
          subject: 'Greyfriar Systems',
          counterparty: null,
          value: { amount: 1800, unit: 'people', approximate: false, text: '1,800 people' },
        },
      ],
    },
    {
      note: '"has N employees, up from M": the comparison is no flow of people',
      text: 'Orbital Loom Labs has around 1,400 employees, up from 900 a year ago.',
      claims: [
        { type: 'headcount', subject: 'Orbital Loom Labs', counterparty: null, value: { amount: 1400, unit: 'people', text: 'around 1,400 employees' } },
        { type: 'headcount', subject: 'Orbital Loom Labs', counterparty: null, value: { amount: 900, unit: 'people', text: '900' } },
      ],
    },
    {
      note: '"has N employees from 60 countries": where staff come from is no hire',
      text: 'Halvard Robotics has 2,000 employees from 60 countries.',
      claims: [
        { type: 'headcount', subject: 'Halvard Robotics', counterparty: null, value: { amount: 2000, unit: 'people', text: '2,000 employees' } },
      ],
    },
    {
      note: '"has grown to N employees": a company that grew to a staff',
      text: 'Zentrix AI has grown to 250 employees since its founding in 2019.',
      claims: [
        { type: 'headcount', subject: 'Zentrix AI', counterparty: null, value: { amount: 250, unit: 'people', text: '250 employees' } },
      ],
    },
    {
      note: '"grown its team to N": the company took its staff to a level',
      text: 'Kiteline AI has grown its team to 120 this year.',
      claims: [
        { type: 'headcount', subject: 'Kiteline AI', counterparty: null, value: { amount: 120, unit: 'people', text: '120' } },
      ],
    },
    {
      note: '"X\'s team has grown to N people"',
      text: 'Copperleaf AI’s team has grown to 350 people.',
      claims: [
        { type: 'headcount', subject: 'Copperleaf AI', counterparty: null, value: { amount: 350, unit: 'people', text: '350 people' } },
      ],
    },
    {
      note: '"a 120-employee firm"',
      text: 'Lattice Forge Ltd, a 120-employee firm, makes turbine blades.',
      claims: [
        { type: 'headcount', subject: 'Lattice Forge Ltd', counterparty: null, value: { amount: 120, unit: 'people', text: '120-employee' } },
      ],
    },
    {
      note: '"the 50,000-employee industrial group": adjectives before the kind of company',
      text: 'Halvard Robotics, the 50,000-employee industrial group, reported a loss.',
      claims: [
        { type: 'headcount', subject: 'Halvard Robotics', counterparty: null, value: { amount: 50000, unit: 'people', text: '50,000-employee' } },
      ],
    },
    {
      note: '"N people are employed by X"',
      text: 'About 400 people are employed by Ferrous Energy at the site.',
      claims: [
        { type: 'headcount', subject: 'Ferrous Energy', counterparty: null, value: { amount: 400, unit: 'people', text: 'About 400 people' } },
      ],
    },
    {
      note: '"N people on its payroll": people on a payroll are staff',
      text: 'Halvard Robotics now has 2,300 people on its payroll.',
      claims: [
        { type: 'headcount', subject: 'Halvard Robotics', counterparty: null, value: { amount: 2300, unit: 'people', text: '2,300 people' } },
      ],
    },
    {
      note: 'a cited source before the company does not take its claim',
      text: 'According to LinkedIn, Zentrix AI has around 400 employees.',
      claims: [
        { type: 'headcount', subject: 'Zentrix AI', counterparty: null, value: { amount: 400, unit: 'people', text: 'around 400 employees' } },
      ],
    },
    {
      note: '"N percent of its workforce of about M": the whole the share is taken of',
      text: 'Norrland Compute will lay off 10 percent of its workforce of about 2,600.',
      claims: [
        { type: 'headcount', subject: 'Norrland Compute', counterparty: null, value: { amount: 2600, unit: 'people', text: 'about 2,600' } },
      ],
    },
    {
      note: '"its team now numbers N"',
      text: 'Lattice Forge Ltd’s team now numbers 230.',
      claims: [
        { type: 'headcount', subject: 'Lattice Forge Ltd', counterparty: null, value: { amount: 230, unit: 'people', text: '230' } },
      ],
    },
    {
      note: '"X is a team of N": a company that is a team',
      text: 'Tessellate Bio is a team of 30 based in Paris.',
      claims: [
        { type: 'headcount', subject: 'Tessellate Bio', counterparty: null, value: { amount: 30, unit: 'people', text: '30' } },
      ],
    },
    {
      note: '"head count" in two words; "headcount is now N"',
      text: 'Lattice Forge Ltd has a head count of about 3,000.',
      claims: [
        { type: 'headcount', subject: 'Lattice Forge Ltd', counterparty: null, value: { amount: 3000, unit: 'people', text: 'about 3,000' } },
      ],
    },
    {
      note: 'key-facts line with dots',
      text: 'Ferrous Energy\nFounded 2015 · 200 employees · HQ Berlin',
      claims: [
        { type: 'headcount', subject: 'Ferrous Energy', counterparty: null, value: { amount: 200, unit: 'people', text: '200 employees' } },
      ],
    },
    {
      note: '"has a total of N employees"',
      text: 'Ferrous Energy has a total of 11,000 employees.',
      claims: [
        { type: 'headcount', subject: 'Ferrous Energy', counterparty: null, value: { amount: 11000, unit: 'people', text: '11,000 employees' } },
      ],
    },
    {
      note: '"a workforce of N spread over 14 countries": a later count of places does not make the staff no staff',
      text: 'Halvard Group has a workforce of 2,200 spread over 14 countries.',
      claims: [{ type: 'headcount', subject: 'Halvard Group', counterparty: null, value: { amount: 2200, unit: 'people', text: '2,200' } }],
    },
    {
      note: 'a key-facts label with a qualifier before it: "Total employees: N"',
      text: 'Kelvra Systems is a chip designer based in Tallinn.\nTotal employees: 1,870',
      claims: [{ type: 'headcount', subject: 'Kelvra Systems', counterparty: null, value: { amount: 1870, unit: 'people', text: '1,870' } }],
    },
    {
      note: 'a key-facts list whose items are parted by blank lines, under a heading naming the company; an item opened by a label and an unknown "The X" does not take over; where staff work may follow the label',
      text: 'Paul Roe, Staff Writer\n\nFacts about Tarvex\n\n* Pronunciation: The Anglicized pronunciation is "tar-vex".\n\n* Headquarters: Essen, Germany.\n\n* Employees worldwide: 188,000.',
      claims: [{ type: 'headcount', subject: 'Tarvex', counterparty: null, value: { amount: 188_000, unit: 'people', text: '188,000' } }],
    },
    {
      note: '"its employees count stood at" (a plural noun before "count")',
      text: 'Halvex Tech added 2,945 employees in Q3 thus taking its employees count stood at 222,270 in the December quarter.',
      claims: [{ type: 'headcount', subject: 'Halvex Tech', counterparty: null, value: { amount: 222_270, unit: 'people', text: '222,270' } }],
    },
    {
      note: 'a company\'s own voice ("Our People … we were N employees at the parent company"): its "we" outside quotes is the company named at the top; other companies\' people ("employees of service providers") are not its staff',
      text: 'Halvex Energia. Investor Relations\n\nOur People\n\nRespect for our employees is one of our principles. We also have a Corporate Human Resources Policy.\n\nAs of December 2019, we were 46,407 employees at the parent company, along with 99,224 employees of service providers operating in our units.',
      claims: [{ type: 'headcount', subject: 'Halvex Energia', counterparty: null, value: { amount: 46_407, unit: 'people', text: '46,407 employees' } }],
    },
    {
      note: 'a team "comprised of" N people, the company its head runs; "the remaining N employees"; a count\'s company in the bracket after it',
      text: 'Mira Roe will act as the chief executive of Tessaly Lab, and the team is currently comprised of about 30 researchers. Now, Tarrow Logistics is laying off about 54 individuals from the remaining 270 employees. Staff sizes ranged from a low of 336 full-time employees (Austin-based Quarrow Data) upwards.',
      claims: [
        { type: 'headcount', subject: 'Tessaly Lab', counterparty: null, value: { amount: 30, unit: 'people' } },
        { type: 'headcount', subject: 'Tarrow Logistics', counterparty: null, value: { amount: 270, unit: 'people' } },
        { type: 'headcount', subject: 'Quarrow Data', counterparty: null, value: { amount: 336, unit: 'people' } },
      ],
    },
    {
      note: 'a date after the label: "Headcount at year end N"',
      text: 'Zentrix AI annual report\nRevenue: $400m\nHeadcount at year end 1,870',
      claims: [{ type: 'headcount', subject: 'Zentrix AI', counterparty: null, value: { amount: 1870, unit: 'people', text: '1,870' } }],
    },
    {
      note: 'the size in brackets after the name: "X (450 employees)"',
      text: 'Zentrix AI (450 employees) makes chips for robots.',
      claims: [{ type: 'headcount', subject: 'Zentrix AI', counterparty: null, value: { amount: 450, unit: 'people', text: '450 employees' } }],
    },
    {
      note: '"has thousands of employees": a vague plural of staff is a floor',
      text: 'Halvard Robotics has thousands of employees worldwide.',
      claims: [{ type: 'headcount', subject: 'Halvard Robotics', counterparty: null, value: { amount: null, min: 2000, unit: 'people', text: 'thousands of employees' } }],
    },
    {
      note: '"X is home to N employees"',
      text: 'Opaline Health, home to 300 engineers, makes clinic software.',
      claims: [{ type: 'headcount', subject: 'Opaline Health', counterparty: null, value: { amount: 300, unit: 'people', text: '300 engineers' } }],
    },
    {
      note: '"All N of X\'s employees": the whole staff',
      text: 'All 4,500 of Zentrix AI’s employees will get a bonus.',
      claims: [{ type: 'headcount', subject: 'Zentrix AI', counterparty: null, value: { amount: 4500, unit: 'people', text: '4,500' } }],
    },
    {
      note: '"X, with N customers and M employees,": the staff coordinated after the name\'s "with"',
      text: 'Halvard Media, with 9 million customers and 4,000 employees, is growing.',
      claims: [{ type: 'headcount', subject: 'Halvard Media', counterparty: null, value: { amount: 4000, unit: 'people', text: '4,000 employees' } }],
    },
    {
      note: 'a label line that names its company first ("WhatsApp employees: 55")',
      text: 'Quorra Messaging Inc employees: 55',
      claims: [{ type: 'headcount', subject: 'Quorra Messaging Inc', counterparty: null, value: { amount: 55, unit: 'people', text: '55' } }],
    },
    {
      note: 'a factbox label on one line, its figure alone on the next',
      text: 'Tallis Motors Inc at a glance\nNumber of employees\n4,200',
      claims: [{ type: 'headcount', subject: 'Tallis Motors Inc', counterparty: null, value: { amount: 4200, unit: 'people', text: '4,200' } }],
    },
    {
      note: '"has a team of about N": a team the company has, no noun after the number',
      text: 'Mirelle Labs, founded in 2021, has a team of about 160.',
      claims: [{ type: 'headcount', subject: 'Mirelle Labs', counterparty: null, value: { amount: 160, unit: 'people', text: 'about 160' } }],
    },
    {
      note: '"a studio of N people": more kinds of company before "of"',
      text: 'Sorrento Games Inc, a studio of 450 people, is based in Montreal.',
      claims: [{ type: 'headcount', subject: 'Sorrento Games Inc', counterparty: null, value: { amount: 450, unit: 'people', text: '450 people' } }],
    },
    {
      note: '"At X, some N people work…": the company opens the sentence',
      text: 'At Vello Bikes Inc, some 320 people work on the assembly line.',
      claims: [{ type: 'headcount', subject: 'Vello Bikes Inc', counterparty: null, value: { amount: 320, unit: 'people', text: 'some 320 people' } }],
    },
    {
      note: 'staff that shrank from A (a date between) to B: both are the company\'s headcount, at two times',
      text: 'Corvane Software Inc said its full-time staff shrank from 5,527 at the end of 2022 to 3,422 in June.',
      claims: [
        { type: 'headcount', subject: 'Corvane Software Inc', counterparty: null, value: { amount: 3422, unit: 'people', text: '3,422' } },
        { type: 'headcount', subject: 'Corvane Software Inc', counterparty: null, value: { amount: 5527, text: '5,527' } },
      ],
    },
    {
      note: 'a share of the workforce between dashes is a part; the whole stated elsewhere is the headcount',
      text: "Approximately one-third of Orbis AI Inc's full-time workforce — about 1,000 people — will qualify for the bonus. Orbis AI Inc has about 3,000 employees.",
      claims: [{ type: 'headcount', subject: 'Orbis AI Inc', counterparty: null, value: { amount: 3000, unit: 'people', text: 'about 3,000 employees' } }],
    },
    {
      note: 'a workforce that could be trimmed from A to B by a year: A is the headcount now, B the level planned (a claim too, said as the article says it)',
      text: 'Halvard Steel employs staff on four continents. This could see its workforce trimmed from 90,000 to 60,000 staff by 2012.',
      claims: [
        { type: 'headcount', subject: 'Halvard Steel', counterparty: null, value: { amount: 90000, text: '90,000' } },
        { type: 'headcount', subject: 'Halvard Steel', counterparty: null, value: { amount: 60000, text: '60,000 staff' } },
      ],
    },
    {
      note: 'an all-capitals name right after a full stop that ends another name is no acronym of it ("…for Quorvex. TESSLY employs…")',
      text: 'The layoffs came a month after TESSLY paid $100 million for transit company Quorvex. TESSLY employs over 1,330 people.',
      claims: [{ type: 'headcount', subject: 'TESSLY', value: { amount: 1330 } }],
    },
    {
      note: 'a relative clause on a name that goes on through coordinated verbs ("…founder of X, which has raised $90 million, has 150 employees")',
      text: 'Dana Roe is the founder of Quorvex Labs, which has raised over $90 million in VC funding, has 150 employees, and hundreds of paying clients.',
      claims: [{ type: 'headcount', subject: 'Quorvex Labs', value: { amount: 150 } }],
    },
    {
      note: 'a headcount that grew from one figure at a date to another at a later date: both are the company\'s, the dates between them no counts',
      text: 'Kestrel Search said its full-time employee headcount has increased over the last 12 months, growing from 10,674 at December 31, 2006 to 16,805 at December 31, 2007.',
      claims: [
        { type: 'headcount', subject: 'Kestrel Search', value: { amount: 10_674 } },
        { type: 'headcount', subject: 'Kestrel Search', value: { amount: 16_805 } },
      ],
    },
    {
      note: 'staff "as compared to" an earlier figure as of a date: both levels',
      text: 'As of December 31, 2016, Norvik Bank employed a total of 99,744 staff members as compared to 101,104 as of December 31, 2015.',
      claims: [
        { type: 'headcount', subject: 'Norvik Bank', value: { amount: 99_744 } },
        { type: 'headcount', subject: 'Norvik Bank', value: { amount: 101_104 } },
      ],
    },
    {
      note: '"staff members" and "team members" are staff (union or club members are not); a level, then "but it dropped to" another',
      text: 'At its peak, Halvard Airlines employed over 100,000 staff members, but it dropped to around 63,000 during the downturn. Corran Stores has 350,000 team members.',
      claims: [
        { type: 'headcount', subject: 'Halvard Airlines', value: { amount: 100_000 } },
        { type: 'headcount', subject: 'Halvard Airlines', value: { amount: 63_000 } },
        { type: 'headcount', subject: 'Corran Stores', value: { amount: 350_000 } },
      ],
    },
    {
      note: 'the staff who remain after cuts: "the remaining N employees will stay at X", "Left with N employees after the layoff, X\'s …"',
      text: "The remaining 110 employees will stay at Vectra Robotics, which will be run by its head of operations. Left with 3,300 employees after the recent layoff, Quillo Learn's founding team has taken a pay cut.",
      claims: [
        { type: 'headcount', subject: 'Vectra Robotics', value: { amount: 110 } },
        { type: 'headcount', subject: 'Quillo Learn', value: { amount: 3_300 } },
      ],
    },
    {
      note: 'people who work in "the offices of" a company, named after its offices, are its staff',
      text: 'At present, 1.2 lakh employees work in the Indian offices of Halvard Tech.',
      claims: [{ type: 'headcount', subject: 'Halvard Tech', value: { amount: 120_000, text: '1.2 lakh employees' } }],
    },
    {
      note: 'a name a preposition takes inside an aside ("with as many customers as X", "known in Chinese as X") is not the subject the verb after the aside belongs to',
      text: 'The Senegalese incumbent Orrin Telecom, with the same number of fixed line customers as Kestrel Telkom, had only 2,000 employees.',
      claims: [{ type: 'headcount', subject: 'Orrin Telecom', value: { amount: 2000, text: '2,000 employees' } }],
    },
    {
      note: 'a site the article gave a company ("Kestrel Gold\'s Tarn Deep mine"), later the subject of "employed", stands for its owner',
      text: 'The union criticised Kestrel Gold’s Tarn Deep mine for the cuts. Tarn Deep employed 3,614 full-time employees before the process.',
      claims: [{ type: 'headcount', subject: 'Kestrel Gold', value: { amount: 3614, text: '3,614 full-time employees' } }],
    },
    {
      note: 'the jobs a cut is counted against, all of the company\'s ("9,000 of the 78,400 positions in the company", "500 of its 12,000 jobs"), are its headcount',
      text: 'Tarvo Health intends to reduce the global workforce by approximately 9,000 of the 78,400 positions in the company, it said. Kestrel Bank will cut 500 of its 12,000 jobs.',
      claims: [
        { type: 'headcount', subject: 'Tarvo Health', value: { amount: 78_400 } },
        { type: 'headcount', subject: 'Kestrel Bank', value: { amount: 12_000 } },
      ],
    },
    {
      note: 'the company named between a strength and its staff\'s noun ("The 12,000-strong Tarvo Bank workforce") has that headcount',
      text: 'The 12,000-strong Tarvo Bank workforce will shrink by a tenth next year.',
      claims: [{ type: 'headcount', subject: 'Tarvo Bank', value: { amount: 12_000 } }],
    },
    {
      note: 'a one-word web address ("Orvale.com") and the name without its domain ("Orvale") are one company',
      text: 'Orvale.com, the Mumbai property portal, has 2,600 employees. Orvale said it would cut 600 jobs.',
      claims: [{ type: 'headcount', subject: 'Orvale', value: { amount: 2600, text: '2,600 employees' } }],
    },
    {
      note: 'a company ending a period "with a 603,305 employee base"',
      text: 'Orvale Consulting ended the third quarter with a 603,305 employee base.',
      claims: [{ type: 'headcount', subject: 'Orvale Consulting', value: { amount: 603305, text: '603,305 employee' } }],
    },
  ],
  negative: [
    { text: 'The 23-strong Kestrel Rovers squad flew out, and the 11-man Orvale City team held on.', note: 'a sports squad or team of a strength is no company\'s workforce' },
    { text: 'Tarvo Bank said it had hired Orvale Capital’s two senior bankers responsible for its equity business.', note: 'people of a company after its possessive, hired away by another, are no headcount of it' },
    { text: 'Kestrel Bank will cut 500 of its 2,000 jobs in Ohio, and Orvale filled 300 of the 900 jobs it advertised.', note: 'the jobs of one place, or vacancies, are no headcount of the company' },
    { text: 'Morrow Capital has hired a team of 12 traders, the firm said.', note: 'a team hired is a hire\'s count, no headcount of the hirer' },
    { text: "Pyxis AI agreed to pay $650 million to license Brightwell's technology and hire most of its 70 staff.", note: 'the staff a company hires are another company\'s: "its" is not the hirer' },
    { text: "Kinder Retail has hired away Wexford Stores' entire e-commerce team of 14 people.", note: 'a team hired away is a hire, no headcount of the hirer' },
    { text: 'Stores opened this year Kestrel Foods 124 Orvale Stores 81 Tarrow Group 53', note: 'a flattened table of stores, not staff' },
    {
      text: 'Tarrow Mart is taking on 10,000 temporary workers for Christmas, up from 7,000 last year.',
      note: 'the earlier figure of a flow said by its verb before the count ("taking on 10,000 …, up from 7,000") is last year\'s hires, no workforce',
    },
    { text: 'Orvane Partners was the largest employer with just over 1,200 graduates this year.', note: 'a year\'s intake of graduates is hires, not the staff' },
    { text: 'Centennial-based Kestrel Health is reducing its workforce by about 1 percent, a layoff of about 200 workers, across Colorado and western Kansas.', note: 'the count of a layoff after the workforce\'s word is no workforce' },
    { text: 'Orvale, Tarrow Employee Headcount Continues to Dip, Record a Fall of Over 11,000', note: 'a headline\'s "fall of" a number is the size of a change, not of the staff' },
    { text: 'Tarrow Bank set aside $2.1 billion for pay in the quarter, as the bank employed 400 fewer people.', note: 'a count of people fewer than before is a change, not the size of the staff' },
    { text: 'Orvale Foods now employs 300 people more than it did a year ago.', note: 'a count of people more than before, the comparison after the noun' },
    { text: 'Tarsel Labs now has 20 more engineers than a year ago.', note: 'more people than before is a change, not a size' },
    { text: 'Kestrel AI is laying off 200 employees and severing contracts with 500 global contractors.', note: 'people a company has contracts with are no staff it has' },
    { text: 'The most recent came last month when partners at Halvard & Vane and Orrin Wessing formally approved their merger with the combined 1400-lawyer firm, Halvard Orrin, which is anticipated to launch in May.', note: 'the size of a merged firm that does not exist yet is neither party\'s' },
    { text: 'Orrin Bank saw 7,247 employees retiring, including 3,569 employees of its associate banks who were offered voluntary retirement schemes.', note: 'the staff of something the company has ("its associate banks") are a part, not its headcount' },
    { text: 'Orrin Mobile is the largest operator. The number of staff at the telcos stood at 7,567 in 2018.', note: 'the staff of a class of companies together ("at the telcos") is no one company\'s headcount' },
    { text: 'Halvard Motors now employs 56 former Tessaly Group workers.', note: 'the people who came from another company are a part of the staff, not its size' },
    { text: 'Halvard Motors employed 56 of Tessaly Group’s 457 laid-off employees.', note: 'the laid-off are no one\'s staff any more' },
    { text: 'Shares in Tarsel Union rose. Tarsel Union has 80,000 union members, and Orrin Club has 50,000 members.', note: 'union and club members are no staff ("staff members" are)' },
    { text: 'Shares in Kestrel rose. Kestrel\'s research lab now counts 11 researchers formerly at Orrin Labs.', note: 'people who were formerly at another company are a hire, not the staff' },
    { text: 'Orrin Robotics raided the lab. Those who have left include Greg Lind. The centre had eight specialists working on commercialising its research.', note: 'a subject of its own that is no company ("The centre") has the people, not the topic' },
    { text: 'Orrin Labs said its support staff, which numbers 3,000, would move to Manila.', note: 'a relative clause on a function\'s staff keeps the staff\'s veto' },
    { text: 'Across the industry, the tracker Orrin Counts counts roughly 24,000 tech workers laid off in January, down from 34,000 a year earlier.', note: 'the earlier figure of a flow of people laid off is a flow too' },
    { text: 'Tessaly Bank is hiring. The 300 people it had surveyed said pay mattered most.', note: 'people a company surveyed are no staff' },
    { text: 'Online tutor Orrin Learn has also fired 385 people more, bringing its total to 1,100.', note: 'a total after people fired totals the people fired, not the staff' },
    { text: "Zentrix AI's research lab now counts at least 11 researchers poached from Orrin Labs and Kestrel AI.", note: 'a count of people poached from others is a flow of hires, not the size of a staff' },
    { text: 'Mosaic Stores will close 500 shops. The pandemic is causing carnage in the $320bn sector, which employs more than 1.3 million people, making it the second-biggest pool of jobs in the country.', note: 'a relative clause on a sector counts the sector\'s workers, no company\'s' },
    { text: 'Pelham Infotech reported its results. The workforce of 181 companies in the sample was up 4.9 per cent to 7.1 million.', note: 'a count of companies is no staff' },
    { text: 'In Europe, Halvard Chips is working with 1.5 million developers and 7,000 startups.', note: 'people a company works with are no staff' },
    { text: 'That triggered a second monthly fall in the Halvard Institute employment index to 48.3, its lowest level since 2003.', note: 'a survey\'s employment index is no headcount' },
    { text: 'Halvard Institute said its confidence index fell to 95.5 in February from 97.5 in January.', note: 'an index down "from" a figure counts no staff' },
    { text: 'Halvard Bank said new mortgage loans fell to 79,000 from 82,000 in December.', note: 'loans "from" a figure are no staff' },
    { text: 'Tarrow Motors opened a plant. "We want to grow," a union leader said. We think the 5,000 workers at its suppliers deserve more.', note: 'an opinion writer\'s "we" in a text that is not the company\'s voice; suppliers\' workers are not its staff' },
    { text: 'In other layoff news:\n\n• Corvane, the insurer, announced plans to cut 2,000 jobs.\n\n• About 300 people, or half the staff, are expected to be let go at a newly acquired channel, sources told the paper.', note: 'a list of news items, each its own story: an item naming no company does not take the item before\'s' },
    { text: 'Orrin Works has 3 factories in Pune while Kestrel Industries has 12 across the state.', note: 'two counts coordinated with "has", neither of staff' },
    { text: 'Halvard Cloud reduced its support headcount from 9,000 to 5,000.', note: 'the staff of one function, a part of the company' },
    { text: 'We have spotted at least 320 people working at Halvard Bank who previously worked for Kestrel Pay.', note: 'the part of its staff who came from elsewhere' },
    { text: 'Halvard Robotics will grow its workforce to 5,000 by 2030.', note: 'a plan, not its size' },
    { text: 'A team of 30 Halvard Robotics researchers built the model in six months.', note: 'a team of the company\'s people, counted, is a part of its staff, not its size' },
    { text: "Halvard Steel's workforce will be cut to 60,000 staff by 2012.", note: 'a level the workforce will be cut to: a plan, not its size' },
    { text: "Approximately one-third of Orbis AI Inc's full-time workforce — about 1,000 people — will qualify for the bonus.", note: 'a share of the workforce, not its size' },
    { text: 'The 23-man squad will travel to Lisbon on Friday.\nNumber of players\n23', note: 'a bare figure under a label that is no staff label' },
    { text: 'Wexford Rovers have a team of 11 players on the pitch.', note: 'a team of players is no staff' },
    { text: 'At Garrow Steel Ltd, some 3,000 workers voted in favour of the strike.', note: 'people voting, not working' },
    { text: 'Zentrix AI’s chief executive, with two children and 40 employees at her old firm, left.', note: '"with … and N employees" after no company name' },
    { text: 'Kelvra Systems put 300 people on its team at the trade show.', note: 'people put on a team: not a payroll' },
    { text: 'Zentrix AI trained 4,500 employees of its clients.', note: 'people a company trained: the flow veto now knows every form of its verbs' },
    { text: 'The deal affects 4,500 employees at Zentrix AI.', note: 'people affected: a flow, not the staff' },
    { text: 'Zentrix AI is a chip designer.\nHeadcount at year end fell by 300.', note: 'a change after a dated label, not a level' },
    { text: 'Zentrix AI (450 employees laid off) struggled.', note: 'staff laid off in brackets: a flow' },
    { text: 'Zentrix AI has 40 of its employees working from home.', note: 'a part of the staff: only a vague count reads "of"' },
    { text: 'Oslo is home to 4,500 engineers.', note: 'a city is home to people, no company' },
    { text: 'All 4,500 of Zentrix AI’s customers will get a refund.', note: 'customers, not staff' },
    { text: 'Meta hired 300 engineers from Google last year.', note: 'hiring count, not headcount' },
    { text: 'Zentrix AI has a four-person board.', note: 'board size' },
    { text: 'The conference drew 500 attendees from across Europe.', note: 'attendees, no employer' },
    { text: 'Halvard Robotics’ newest robot has 12 joints and can lift 25 kilograms.', note: 'product spec' },
    { text: 'Quillmark plans to hire 200 engineers by the end of next year.', note: 'hiring plan, not headcount' },
    { text: 'Vantablack Systems cut 300 jobs on Tuesday.', note: 'number of cuts, not the total staff' },
    { text: 'A survey of 2,000 employees at US tech companies found most prefer remote work.', note: 'survey sample, no employer' },
    { text: 'The 11-player squad won the league title in 2019.', note: 'sports team' },
    { text: 'Norrland Compute’s data center can house 20,000 GPUs.', note: 'GPU count' },
    { text: 'Ferrous Energy serves 45,000 customers in Texas.', note: 'customers (user_count), not staff' },
    { text: 'The new factory will create 1,500 jobs in the region, the mayor said.', note: 'future jobs, no company named' },
    { text: 'Kiteline AI’s model has 70 billion parameters.', note: 'model spec' },
    { text: 'About 40 people attended Opaline Health’s launch party.', note: 'attendees, not staff' },
    { text: 'Copperleaf AI lost 25 engineers to rivals last year.', note: 'departure count, not headcount' },
    { text: 'Harrowgate has 12 offices across Europe.', note: 'offices' },
    { text: 'Sorrel Robotics was founded in 2018 by three former Carnegie Mellon students.', note: 'founders and a year, not headcount' },
    { text: 'Lumen Screens will run the network, the first to employ 2k projectors in every cinema.', note: 'what is employed is a thing, not staff' },
    { text: 'Zentrix AI’s 300-strong sales team will be cut.', note: 'a sub-team (sales, research…) is not the company\'s size' },
    { text: 'Kiteline AI’s app has 40,000 developers building on it.', note: 'developers who use a product are not staff' },
    { text: 'The strike at Halvard Robotics has grown to 4,000 workers.', note: 'strikers, not a headcount grown to' },
    { text: 'The city of Leeds has grown to 800,000 people.', note: 'a population grown to' },
    { text: 'Zentrix AI now has 40 engineers from Kelvra Systems.', note: 'people from another company: a hire, not a size' },
    { text: 'The ferry operated by Halvard Marine had 150 people on board.', note: 'people on board are passengers, not a payroll' },
    { text: 'Meridian Dynamics’ team of 11 won the league.', note: 'a sports team of a company, no staff noun' },
    { text: 'Kelvra Systems’ user base has grown to 2 million people.', note: 'users grown to, not staff' },
    { text: 'Sources tell the Westbury Times that more than 700 of the staff have signed the letter.', note: 'the publication told is not the employer' },
    { text: 'At Harwick Tech, Dana Roe had been running a roughly 100-person team responsible for the company’s large language models.', note: 'a team someone runs, responsible for one thing, is a part of the company, not its staff' },
    { text: 'Several carmakers have cut jobs this year. Other notable companies implementing workforce reductions include:\n  • Kestrel Motors: 400\n  • Orvale Auto: 200', note: 'a list under a label of workforce reductions counts the people cut, no staff' },
  ],
};
