import type { ClaimCorpus } from '../example.js';

/**
 * revenue: money a company takes in (sales, ARR, run rate).
 *
 * Conventions kept throughout this file:
 * - counterparty is always null.
 * - period: "annualized" for ARR / annual recurring revenue / run rate / annualized revenue;
 *   the year for "in 2024" / "for 2024"; "quarterly" for "quarterly revenue". Vaguer periods
 *   ("last year", "last quarter", "first-half", a fiscal year) are not checked.
 * - Profit, losses, spending and market sizes are not revenue; growth percentages are not amounts.
 * - An earlier figure in the same sentence ("up from $400 million") is its own claim.
 */
export const corpus: ClaimCorpus = {
  type: 'revenue',
  positive: [
    {
      note: 'a label line of a company profile with the year after the label ("Revenues 2013: $44.14 billion")',
      text: 'Kelvra Pharma\n\nEmployees 2013: 99,451\nRevenues 2013: $44.14 billion',
      claims: [{ type: 'revenue', subject: 'Kelvra Pharma', value: { amount: 44_140_000_000, currency: 'USD', text: '$44.14 billion' } }],
    },
    {
      note: 'a column whose header gives the scale ("2013/14 sales (£m)") scales the amounts under it, with the sign in the cell or only in the header ("Revenue (€m)" over "1,204")',
      text: 'UK retailers by sales:\n| Rank | Retailer | 2013/14 sales (£m) | Notes |\n|---|---|---|---|\n| 1 | Orrin Stores | £43,570 | |\n| 2 | Kestrel Foods | £23,921 | 12 months to December |\n\nEuropean grocers:\n| Grocer | Revenue (€m) |\n|---|---|\n| Tarrow Markt | 1,204 |',
      claims: [
        { type: 'revenue', subject: 'Orrin Stores', value: { amount: 43_570_000_000, currency: 'GBP', text: '£43,570' } },
        { type: 'revenue', subject: 'Kestrel Foods', value: { amount: 23_921_000_000, currency: 'GBP', text: '£23,921' } },
        { type: 'revenue', subject: 'Tarrow Markt', value: { amount: 1_204_000_000, currency: 'EUR', text: '1,204' } },
      ],
    },
    {
      note: 'a description by the city a company is headquartered in ("The Bengaluru-headquartered company", like "the Lagos-based company") refers back to the company just spoken of, not to another named in between',
      text: 'To be sure, the highest paid IT executive remains Orvale Tech Ltd’s Sam Ode, according to the company\'s annual report.\n\nRoe\'s 22% pay hike comes as Halvard Systems remained the second-best performing company among the Big Five in FY25. The Bengaluru-headquartered company ended FY25 with $19.28 billion in revenue, up 3.85% from a year earlier. Orvale Tech ended March 2025 with $13.84 billion in full-year revenue.',
      claims: [
        { type: 'revenue', subject: 'Halvard Systems', value: { amount: 19_280_000_000, currency: 'USD' } },
        { type: 'revenue', subject: 'Orvale Tech', value: { amount: 13_840_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a level revenue reached after a change told with "was up" ("revenue was up 31% over last year, reaching $5.48 billion"); and a country\'s company in a possessive ("Chile’s Orvale Airlines Group") is the company, not a unit the country owns',
      text: 'Chile’s Orvale Airlines Group posted a $145 million profit for the second quarter. For the first half of 2023, revenue was up 31% over last year, reaching $5.48 billion.',
      claims: [{ type: 'revenue', subject: 'Orvale Airlines Group', value: { amount: 5_480_000_000, currency: 'USD', text: '$5.48 billion' } }],
    },
    {
      note: 'a change said as a noun ("revenue growth of 24.1 percent to $X") reaches a level, the year before\'s figure after it too',
      text: 'Orvale Telecom has reported revenue growth of 24.1 percent to 1.37billion dollars in the year ended March 31, up from 1.11billion dollars a year earlier.',
      claims: [
        { type: 'revenue', subject: 'Orvale Telecom', value: { amount: 1_370_000_000, currency: 'USD' } },
        { type: 'revenue', subject: 'Orvale Telecom', value: { amount: 1_110_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'law firms\' results: "fee income" is revenue, "saw … climb … to" a level, "increased turnover by 17% to hit" the verb before the word; a firm named like a person is the firm by what it reports (turnover, revenue); "PEP" (profits per equity partner) is no revenue',
      text: "Several firms reported big increases. Tarsel Masons saw annual fee income climb by £20 million to £192 million. In the City, Orvale Bircham increased turnover by 17% to hit £40 million, with PEP up 13% to £525,000. Lewis Halvey reported a 10% increase in revenue to £25 million, with PEP increased by 16% to £263,000. Charles Brennan's turnover rose 9% to £63 million.",
      claims: [
        { type: 'revenue', subject: 'Tarsel Masons', value: { amount: 192_000_000, currency: 'GBP' } },
        { type: 'revenue', subject: 'Orvale Bircham', value: { amount: 40_000_000, currency: 'GBP' } },
        { type: 'revenue', subject: 'Lewis Halvey', value: { amount: 25_000_000, currency: 'GBP' } },
        { type: 'revenue', subject: 'Charles Brennan', value: { amount: 63_000_000, currency: 'GBP' } },
      ],
    },
    {
      note: 'a dateline of a city of a country with its own dollar and no agency after it ("TORONTO — …") is the local press, which writes its dollar bare: "$2.75 billion" is Canadian where the text writes no "C$" or "US$"',
      text: 'TORONTO — Kestrel Tire reported Thursday that its profit jumped 26 per cent in its latest quarter.\nThe national retailer says it earned $107.9 million for the 13-week period.\nIts revenue climbed 7.6 per cent to $2.75 billion.',
      claims: [{ type: 'revenue', subject: 'Kestrel Tire', value: { amount: 2_750_000_000, currency: 'CAD' } }],
    },
    {
      note: 'the company that speaks in a statement to an exchange ("In a statement to the ASX, Qantas said…") is the article\'s company, not the exchange; "the airline" refers to it',
      text: 'In a statement to the ASX, Tessaly Air said the profit was driven by its domestic operation. Chief executive Dana Roe said the result marked the airline’s first full-year profit since 2019.\n\nRevenue rose to $19.8 billion from $9.1 billion a year earlier, with the airline announcing a $500 million shareholder buyback.',
      claims: [
        { type: 'revenue', subject: 'Tessaly Air', value: { amount: 19_800_000_000, currency: 'USD', text: '$19.8 billion' } },
        { type: 'revenue', subject: 'Tessaly Air', value: { amount: 9_100_000_000, currency: 'USD', text: '$9.1 billion' } },
      ],
    },
    {
      note: 'scraped text that glues a word to the amount ("rose 61 percent from last year to$15.7 billion") reads as if spaced',
      text: 'Revenue at Orrin Devices for the April-to-June period rose 61 percent from last year to$15.7 billion.',
      claims: [{ type: 'revenue', subject: 'Orrin Devices', value: { amount: 15_700_000_000, currency: 'USD' } }],
    },
    {
      note: 'a revenue word and its acronym in brackets before the verb ("annual recurring revenue (ARR) is close to")',
      text: "According to sources, Tessaly Hire's annual recurring revenue (ARR) is close to $450 million.",
      claims: [{ type: 'revenue', subject: 'Tessaly Hire', value: { amount: 450_000_000, currency: 'USD' } }],
    },
    {
      note: 'money a company brings in, with the sentence ending on it, and a period that opens the sentence ("In 2024, … brought in $X."): its revenue, not a round',
      text: 'Tessaly Freight runs warehouses in Ohio. In 2024, Tessaly Freight brought in $3.7 billion.',
      claims: [{ type: 'revenue', subject: 'Tessaly Freight', value: { amount: 3_700_000_000, currency: 'USD', text: '$3.7 billion' } }],
    },
    {
      note: 'what a company makes from a line of business ("made over $X from data centers"), or a year from subscriptions: revenue',
      text: 'Orrin Chips made over $51 billion from data centers in the second quarter. Kestrel Notes now makes about $400 million a year from subscriptions.',
      claims: [
        { type: 'revenue', subject: 'Orrin Chips', value: { min: 51_000_000_000, currency: 'USD' } },
        { type: 'revenue', subject: 'Kestrel Notes', value: { amount: 400_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a bare "ARR reached" opening the sentence is the passage company\'s revenue: ARR is a measure, no other subject',
      text: 'Halvard AI has grown fast. ARR reached $80 million in January.',
      claims: [{ type: 'revenue', subject: 'Halvard AI', value: { amount: 80000000, currency: 'USD', text: '$80 million' } }],
    },
    {
      note: 'money "taken in" over a period is income, not a round; a Nigerian bank\'s "gross earnings" and a bank\'s "total income" are its revenue',
      text: 'Orrin Games took in $1.2 billion in the three months to June. Kestrel Bank posted gross earnings of N1.2 trillion. Halvard Bank\'s total income rose to KSh 45 billion.',
      claims: [
        { type: 'revenue', subject: 'Orrin Games', value: { amount: 1200000000, currency: 'USD', text: '$1.2 billion' } },
        { type: 'revenue', subject: 'Kestrel Bank', value: { amount: 1200000000000, currency: 'NGN', text: 'N1.2 trillion' } },
        { type: 'revenue', subject: 'Halvard Bank', value: { amount: 45000000000, currency: 'KES', text: 'KSh 45 billion' } },
      ],
    },
    {
      note: 'an insurer\'s gross written premiums are its sales; an amount brought in "in revenue" is revenue',
      text: 'Kestrel Insurance\'s gross written premiums rose to $3.4 billion. Orrin Soft brought in $12.7 billion in annual revenue last year.',
      claims: [
        { type: 'revenue', subject: 'Kestrel Insurance', value: { amount: 3400000000, currency: 'USD', text: '$3.4 billion' } },
        { type: 'revenue', subject: 'Orrin Soft', value: { amount: 12700000000, currency: 'USD', text: '$12.7 billion' } },
      ],
    },
    {
      note: 'what was added to turnover, "taking it to" a level: the level is the revenue; "net sales advanced … to" is a rise',
      text: 'Orrin Group added £3.5 million to turnover, taking it to £271.2m, a slowdown after the previous year\'s rise. Halvard Pharma has reported strong growth. On a consolidated basis, net sales advanced 9.8% to 454.7 billion yen.',
      claims: [
        { type: 'revenue', subject: 'Orrin Group', value: { amount: 271200000, currency: 'GBP', text: '£271.2m' } },
        { type: 'revenue', subject: 'Halvard Pharma', value: { amount: 454700000000, currency: 'JPY', text: '454.7 billion yen' } },
      ],
    },
    {
      note: 'a results statement whose short name is defined in brackets; its "Key features Revenue…" line is the company\'s revenue',
      text: 'HALVARD HOLDINGS LIMITED (Registration number 2000/002715/06) ("Halvard" or "the group") INTERIM RESULTS. Halvard is a supplier of chemicals. Key features Revenue from continuing operations increased by 13,5% to R833,1 million. Headline earnings increased by 32,9%.',
      claims: [{ type: 'revenue', subject: 'Halvard', value: { amount: 833100000, currency: 'ZAR', text: 'R833,1 million' } }],
    },
    {
      note: 'a table of labels and values under a generic header ("| Metric | Q3 2012 | Q3 2011 |"): each value is its row label\'s, about the company just spoken of',
      text: 'Shares in Kestrel Stream rose after it added subscribers in the quarter.\n\n| Metric | Q3 2012 | Q3 2011 |\n|---|---|---|\n| Revenue | $905m | $822m |\n| Net income | $8m | $62m |',
      claims: [
        { type: 'revenue', subject: 'Kestrel Stream', value: { amount: 905_000_000, currency: 'USD' } },
        { type: 'revenue', subject: 'Kestrel Stream', value: { amount: 822_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a figure with no company before it, attributed after it to "the company" or to "its" officer; a level passed ("climbed above $5 billion"); a decimal inside the words between revenue and its verb ("grew 11.2 percent to")',
      text: 'Sakurai AI sells customised systems to banks. Sales for the year through December reached roughly 2 billion yen, the company said. Its annualized revenue has climbed above $5 billion, up from roughly $1 billion at the start of the year. Tessaly Telecom reported results on Thursday. Service revenue for the year to March grew 11.2 percent to KSh 388.7 billion.',
      claims: [
        { type: 'revenue', subject: 'Sakurai AI', value: { amount: 2_000_000_000, currency: 'JPY' } },
        { type: 'revenue', subject: 'Sakurai AI', value: { min: 5_000_000_000, currency: 'USD' } },
        { type: 'revenue', subject: 'Sakurai AI', value: { amount: 1_000_000_000, currency: 'USD' } },
        { type: 'revenue', subject: 'Tessaly Telecom', value: { amount: 388_700_000_000, currency: 'KES' } },
      ],
    },
    {
      note: 'a share a company makes of "its" total is another company\'s total: "Orrin Soft accounted for 62% of its $1.9 billion revenue" after a sentence about the supplier',
      text: 'Kestrel Cloud, which operates 32 data centers, counts Orrin Soft as its largest customer. Orrin Soft accounted for 62% of its $1.9 billion revenue last year.',
      claims: [{ type: 'revenue', subject: 'Kestrel Cloud', value: { amount: 1_900_000_000, currency: 'USD' } }],
    },
    {
      note: 'revenue a company "doubled … from X to Y" (past a year and a comma): two levels, no range',
      text: 'Halvard Chips more than doubled its revenue in 2024, from $61 billion to $130 billion.',
      claims: [
        { type: 'revenue', subject: 'Halvard Chips', value: { amount: 61_000_000_000, currency: 'USD' } },
        { type: 'revenue', subject: 'Halvard Chips', value: { amount: 130_000_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'an amount converted in brackets is read past ("€22.3 billion ($24 billion) in revenue"); the claim keeps the first-stated currency',
      text: 'In 2016, Kestrel Motors recorded €22.3 billion ($24 billion) in revenue.',
      claims: [{ type: 'revenue', subject: 'Kestrel Motors', value: { amount: 22_300_000_000, currency: 'EUR' } }],
    },
    {
      note: 'an earlier period\'s revenue set "as against" the new one',
      text: 'Tarrow Hotels reported a wider loss. Revenue from operations of the company rose to Rs 6,456.90 crore for fiscal 2018-19, as against Rs 1,413.02 crore in the previous fiscal.',
      claims: [
        { type: 'revenue', subject: 'Tarrow Hotels', value: { amount: 64_569_000_000, currency: 'INR' } },
        { type: 'revenue', subject: 'Tarrow Hotels', value: { amount: 14_130_200_000, currency: 'INR' } },
      ],
    },
    {
      note: 'a wire\'s dateline in brackets ("(Stellwire AI) - ") is a news service, not the company whose sales follow',
      text: 'date 2024-08-03 - (Stellwire AI) - Quenby Pharma half year sales DKK 83,296 million vs. estimate DKK 83,300 million.',
      claims: [{ type: 'revenue', subject: 'Quenby Pharma', value: { amount: 83_296_000_000, currency: 'DKK', text: 'DKK 83,296 million' } }],
    },
    {
      note: 'a decimal percentage between the measure and the amount ("sales rose 2.2% to") is no sentence end',
      text: 'Halvard Telecom said full-year sales rose 2.2% to 47.2bn euros in 2024. Quenby’s revenues grew 6.4% to $42.09bn.',
      claims: [
        { type: 'revenue', subject: 'Halvard Telecom', value: { amount: 47_200_000_000, currency: 'EUR', text: '47.2bn euros' } },
        { type: 'revenue', subject: 'Quenby', value: { amount: 42_090_000_000, currency: 'USD', text: '$42.09bn' } },
      ],
    },
    {
      note: 'a relative clause after a spaced dash is its antecedent\'s ("challenge Y - which reported revenues of $30bn")',
      text: 'It would take years before Halvard Robotics could challenge Corvana Systems - which in 2004 reported revenues of $30bn - but it remained a goal.',
      claims: [{ type: 'revenue', subject: 'Corvana Systems', value: { amount: 30_000_000_000, currency: 'USD', text: '$30bn' } }],
    },
    {
      note: 'a contrasted clause with its own owner ("…, while Brandt\'s yearly sales are…") is that owner\'s',
      text: 'Harlow Stores has annual sales of $15.6bn, while Brandt\'s yearly sales are $14.4bn.',
      claims: [
        { type: 'revenue', subject: 'Harlow Stores', value: { amount: 15_600_000_000, currency: 'USD', text: '$15.6bn' } },
        { type: 'revenue', subject: 'Brandt', value: { amount: 14_400_000_000, currency: 'USD', text: '$14.4bn' } },
      ],
    },
    {
      note: 'an owner the name finder cannot take for a company ("May\'s", a month) still keeps its clause from the first company',
      text: 'Harlow Stores has annual sales of $15.6bn, while May\'s yearly sales are $14.4bn.',
      claims: [{ type: 'revenue', subject: 'Harlow Stores', value: { amount: 15_600_000_000, currency: 'USD', text: '$15.6bn' } }],
    },
    {
      note: 'a name inside a quotation that runs over sentences is not what "the company" refers to',
      text: 'Zentrix AI had a strong year. “We shipped everything we promised. WOW,” its founders wrote. The blog adds that the company’s revenue has passed $40 million.',
      claims: [{ type: 'revenue', subject: 'Zentrix AI', value: { amount: 40_000_000, currency: 'USD', text: '$40 million' } }],
    },
    {
      note: 'annualized revenue',
      text: 'Zentrix AI has reached $500 million in annualized revenue.',
      claims: [
        {
          type: 'revenue',
          subject: 'Zentrix AI',
          counterparty: null,
          value: { amount: 500_000_000, currency: 'USD', approximate: false, text: '$500 million' },
          period: 'annualized',
        },
      ],
    },
    {
      note: 'annual recurring revenue → annualized; "in June" is not the period',
      text: 'Halvard Robotics’ annual recurring revenue hit $100 million in June.',
      claims: [
        {
          type: 'revenue',
          subject: 'Halvard Robotics',
          counterparty: null,
          value: { amount: 100_000_000, currency: 'USD', approximate: false, text: '$100 million' },
          period: 'annualized',
        },
      ],
    },
    {
      note: '"generated $X in sales in <year>"',
      text: 'Quillmark generated $42 million in sales in 2024.',
      claims: [
        {
          type: 'revenue',
          subject: 'Quillmark',
          counterparty: null,
          value: { amount: 42_000_000, currency: 'USD', approximate: false, text: '$42 million' },
          period: '2024',
        },
      ],
    },
    {
      note: 'quarterly revenue in euros',
      text: 'Norrland Compute’s quarterly revenue rose to €180m.',
      claims: [
        {
          type: 'revenue',
          subject: 'Norrland Compute',
          counterparty: null,
          value: { amount: 180_000_000, currency: 'EUR', approximate: false, text: '€180m' },
          period: 'quarterly',
        },
      ],
    },
    {
      note: 'run rate → annualized; "according to <outlet>" → reported',
      text: 'Pellucid Labs’ revenue run rate is about $1 billion, according to The Information.',
      claims: [
        {
          type: 'revenue',
          subject: 'Pellucid Labs',
          counterparty: null,
          value: { amount: 1_000_000_000, currency: 'USD', approximate: true, text: 'about $1 billion' },
          period: 'annualized',
          modality: 'reported',
        },
      ],
    },
    {
      note: 'key-facts bullets; "ARR:" label',
      text: 'Stackwise — key facts\n• ARR: $36M\n• Customers: 1,200\n• Founded: 2020',
      claims: [
        {
          type: 'revenue',
          subject: 'Stackwise',
          counterparty: null,
          value: { amount: 36_000_000, currency: 'USD', approximate: false, text: '$36M' },
          period: 'annualized',
        },
      ],
    },
    {
      note: '"more than doubled to $X" qualifies the change: exact value',
      text: 'Ferrous Energy said revenue for 2024 more than doubled to $310 million.',
      claims: [
        {
          type: 'revenue',
          subject: 'Ferrous Energy',
          counterparty: null,
          value: { amount: 310_000_000, currency: 'USD', approximate: false, text: '$310 million' },
          period: '2024',
        },
      ],
    },
    {
      note: 'markdown table row under a revenue column (period not checked)',
      text: '| Company | 2024 revenue | Employees |\n|---|---|---|\n| Kiteline AI | $58M | 240 |',
      claims: [
        {
          type: 'revenue',
          subject: 'Kiteline AI',
          counterparty: null,
          value: { amount: 58_000_000, currency: 'USD', approximate: false, text: '$58M' },
        },
      ],
    },
    {
      note: 'pounds; the growth percentage is not an amount',
      text: 'Harrowgate’s revenue grew 60% to £210 million last year.',
      claims: [
        {
          type: 'revenue',
          subject: 'Harrowgate',
          counterparty: null,
          value: { amount: 210_000_000, currency: 'GBP', approximate: false, text: '£210 million' },
        },
      ],
    },
    {
      note: '"brought in roughly $X in revenue"',
      text: 'Opaline Health brought in roughly $75 million in revenue last quarter.',
      claims: [
        {
          type: 'revenue',
          subject: 'Opaline Health',
          counterparty: null,
          value: { amount: 75_000_000, currency: 'USD', approximate: true, text: 'roughly $75 million' },
        },
      ],
    },
    {
      note: 'coreference: "The company booked … in <year>"',
      text: 'Sorrel Robotics sells warehouse robots to retailers. The company booked $120 million in revenue in 2023.',
      claims: [
        {
          type: 'revenue',
          subject: 'Sorrel Robotics',
          counterparty: null,
          value: { amount: 120_000_000, currency: 'USD', approximate: false, text: '$120 million' },
          period: '2023',
          evidence: ['$120 million in revenue'],
        },
      ],
    },
    {
      note: '"may have generated as much as" → hedged, upper bound',
      text: 'Greyfriar Systems may have generated as much as $400 million in revenue last year.',
      claims: [
        {
          type: 'revenue',
          subject: 'Greyfriar Systems',
          counterparty: null,
          value: { amount: 400_000_000, max: 400_000_000, currency: 'USD', approximate: true, text: 'as much as $400 million' },
          modality: 'hedged',
        },
      ],
    },
    {
      note: '"US$" prefix; the earlier ARR is a second claim',
      text: 'Tidewater AI’s ARR hit US$1.2 billion, up from $400 million at the start of the year.',
      claims: [
        {
          type: 'revenue',
          subject: 'Tidewater AI',
          counterparty: null,
          value: { amount: 1_200_000_000, currency: 'USD', approximate: false, text: 'US$1.2 billion' },
          period: 'annualized',
        },
        {
          type: 'revenue',
          subject: 'Tidewater AI',
          counterparty: null,
          value: { amount: 400_000_000, currency: 'USD', approximate: false, text: '$400 million' },
          period: 'annualized',
        },
      ],
    },
    {
      note: '"has yet to generate any revenue" → negated, no value',
      text: 'Lattice Forge has yet to generate any revenue.',
      claims: [
        {
          type: 'revenue',
          subject: 'Lattice Forge',
          counterparty: null,
          value: null,
          modality: 'negated',
        },
      ],
    },
    {
      note: '"posted sales of" for a fiscal year (period not checked)',
      text: 'Kestrel Dynamics posted sales of $1.1 billion for the fiscal year ended March 31.',
      claims: [
        {
          type: 'revenue',
          subject: 'Kestrel Dynamics',
          counterparty: null,
          value: { amount: 1_100_000_000, currency: 'USD', approximate: false, text: '$1.1 billion' },
        },
      ],
    },
    {
      note: 'headline without a verb, "$30M ARR"',
      text: 'Brightwave Health: $30M ARR, 200 hospital customers, 110 employees',
      claims: [
        {
          type: 'revenue',
          subject: 'Brightwave Health',
          counterparty: null,
          value: { amount: 30_000_000, currency: 'USD', approximate: false, text: '$30M' },
          period: 'annualized',
        },
      ],
    },
    {
      note: 'quarterly revenue with "nearly" and NBSP',
      text: 'Meridian Dynamics reported quarterly revenue of nearly $640\u00a0million.',
      claims: [
        {
          type: 'revenue',
          subject: 'Meridian Dynamics',
          counterparty: null,
          value: { amount: 640_000_000, currency: 'USD', approximate: true, text: 'nearly $640\u00a0million' },
          period: 'quarterly',
        },
      ],
    },
    {
      note: 'the figure a revenue is compared with ("versus $822 million a year ago") is the revenue of an earlier period',
      text: 'Vantor Media Inc reported revenue of $905 million for the quarter (versus $822 million a year ago).',
      claims: [{ type: 'revenue', subject: 'Vantor Media Inc', value: { amount: 905000000, currency: 'USD', text: '$905 million' } }, { type: 'revenue', subject: 'Vantor Media Inc', value: { amount: 822000000, currency: 'USD', text: '$822 million' } }],
    },
    {
      note: '"up from $400 million" after a revenue figure',
      text: 'Tidewater AI’s ARR hit US$1.2 billion, up from $400 million at the start of the year.',
      claims: [{ type: 'revenue', subject: 'Tidewater AI', value: { amount: 1200000000, currency: 'USD', text: 'US$1.2 billion' } }, { type: 'revenue', subject: 'Tidewater AI', value: { amount: 400000000, currency: 'USD', text: '$400 million' } }],
    },
    {
      note: '"rose to A from B" and "compared to B a year ago"',
      text: "Sparrow Air Ltd's sales rose to £3.1bn from £2.9bn. Fourth quarter turnover was £1.1bn, compared to £0.9bn a year ago.",
      claims: [{ type: 'revenue', subject: 'Sparrow Air Ltd', value: { amount: 3100000000, currency: 'GBP', text: '£3.1bn' } }, { type: 'revenue', subject: 'Sparrow Air Ltd', value: { amount: 2900000000, currency: 'GBP', text: '£2.9bn' } }, { type: 'revenue', subject: 'Sparrow Air Ltd', value: { amount: 1100000000, currency: 'GBP', text: '£1.1bn' } }, { type: 'revenue', subject: 'Sparrow Air Ltd', value: { amount: 900000000, currency: 'GBP', text: '£0.9bn' } }],
    },
    {
      note: 'a period of several words between the revenue word and "was" / "came in at"',
      text: "Hollin Corp's revenue in the first fiscal quarter was US$65.6 billion. Quanta Grid Inc's revenue for the three months to September came in at $880 million.",
      claims: [{ type: 'revenue', subject: 'Hollin Corp', value: { amount: 65600000000, currency: 'USD', text: 'US$65.6 billion' } }, { type: 'revenue', subject: 'Quanta Grid Inc', value: { amount: 880000000, currency: 'USD', text: '$880 million' } }],
    },
    {
      note: 'a revenue stated beside a hoped-for one: the earned figure still passes',
      text: 'Halvex had sales of $3.2bn last year and said the merged group would have sales of more than $5bn.',
      claims: [{ type: 'revenue', subject: 'Halvex', value: { amount: 3_200_000_000, currency: 'USD', text: '$3.2bn' } }],
    },
    {
      note: 'revenue that went "from X to Y": both levels ("revenue jumped from $10.5 million in 2023 to $20 million")',
      text: 'Halvard Pay\'s annual revenue jumped from $10.5 million in 2023 to $20 million.',
      claims: [
        { type: 'revenue', subject: 'Halvard Pay', value: { amount: 20_000_000, currency: 'USD' } },
        { type: 'revenue', subject: 'Halvard Pay', value: { amount: 10_500_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a provider of the market\'s estimates ("beating the Reuters/QSEG estimate of …") is a source the article cites, not the company a later sentence\'s figure is about; "T$" is the Taiwan dollar as the wires write it',
      text: 'Orvale Semiconductor Co. (OSC) posted its highest-ever quarterly profit. The world’s leading contract chipmaker reported a net profit of T$452.3 billion ($14.75 billion), beating the Reuters/QSEG estimate of T$417.7 billion. Revenue climbed 30% to T$989.92 billion ($32.3 billion), while gross margin stood at 59.5%.',
      claims: [{ type: 'revenue', subject: 'Orvale Semiconductor Co.', value: { amount: 989_920_000_000, currency: 'TWD', text: 'T$989.92 billion' } }],
    },
    {
      note: 'revenue a company is "on track" or "on course" to make is a projection: hedged',
      text: 'Tarvo AI is on track to make $500 million in revenue this year.',
      claims: [{ type: 'revenue', subject: 'Tarvo AI', value: { amount: 500_000_000, currency: 'USD' }, modality: 'hedged' }],
    },
    {
      note: 'a company a fronted phrase turns to ("Turning to Kestrel Bank,") owns the figure of the sentence',
      text: 'Turning to Kestrel Bank, its revenue rose to $4 billion in 2024.',
      claims: [{ type: 'revenue', subject: 'Kestrel Bank', value: { amount: 4_000_000_000, currency: 'USD', text: '$4 billion' } }],
    },
    {
      note: 'sales that fell below a level, read with its bound ("fell below 7 trillion yen": at most)',
      text: 'Kestrel Electric said group sales fell below 7 trillion yen for the first time.',
      claims: [{ type: 'revenue', subject: 'Kestrel Electric', value: { max: 7_000_000_000_000, currency: 'JPY', text: 'below 7 trillion yen' } }],
    },
  ],
  negative: [
    { text: 'Tarvo Pay is a US neobank. Orvale Wire reached out to ask if Tarvo Pay actually signed the term sheet for the new $50 million raise — with Quenby Capital taking in $25 million — but the company declined to comment.\n\nFollow Orvale Wire on Facebook and Twitter', note: 'money an investor is "taking in" of a raise is its share of the round, no takings' },
    { text: 'Orvale Pay started in 2015. Back in 2018 when they were doing maybe $2M in revenue, Kestrel offered $1.2B to buy them.', note: 'a figure inside a fronted clause with its own pronoun subject ("when they were doing $2M in revenue") is not the main clause\'s company\'s (Kestrel only offered to buy them)' },
    { text: 'Still, analysts concede Orvale’s investment can be comfortably funded from the chipmaker’s rapidly growing cash flows — and if fully consummated the deal could drive hundreds of billions of dollars in revenue for the company.', note: 'what a deal could bring in is no revenue earned' },
    { text: 'In January, Halvard Stream announced that it now had more than 200 million subscribers worldwide. Inevitably, the rise in streaming has occurred as theatrical grosses plummeted. Global ticket sales over the past year stand at $12 billion, down from $42.5 billion in 2019.', note: 'a market\'s sales with a word of what is sold between ("Global ticket sales") are no company\'s revenue' },
    { text: 'Orrin Holdings made $2 billion from the sale of its stake in Kestrel Bank.', note: 'money made from selling a stake is no revenue' },
    { text: 'Halvard Media made $40 million last year, a profit it will spend on new shows.', note: 'money "made" with no line of business or period of its own may be a profit' },
    { text: 'That new agreement pushed Halvard Cloud’s revenue backlog to $66.8 billion.', note: 'a revenue backlog is revenue contracted for later, not earned' },
    { text: 'On May 12, Tarsel Compute Corp. announced it had closed a $32.2 million revenue contract with an AI lab, and set a $100 million sales target for next year.', note: 'a contract or a target the revenue word modifies ("a $32.2 million revenue contract", "a $100 million sales target") is no revenue earned' },
    { text: 'Halvard Motors halted its plant. The stoppage means lost sales of up to 3,600 cars, Halvard Motors said.', note: 'a loss named by the company after it is no revenue' },
    { text: 'Halvard Pay makes payment software. Its losses rose from $10 million to $20 million.', note: 'losses that went "from X to Y" are no revenue' },
    { text: 'Vantor Media Inc reported net income of $8 million (compared with $62 million in the year-ago period).', note: 'a profit compared with an earlier profit' },
    { text: 'Dunmore Retail Ltd’s net profit rose to Rs 140 crore, compared with Rs 98 crore a year earlier.', note: 'a profit, not revenue' },
    { text: 'The global smartphone market’s revenue rose to $400 billion, up from $380 billion.', note: 'a market’s revenue, and its earlier figure' },
    { text: 'Sales doubled to $4 million last quarter across the region’s bakeries.', note: 'an ordinary noun opening a sentence ("Sales doubled") is not a company' },
    { text: 'Zentrix AI reported a net loss of $200 million for 2024.', note: 'a loss' },
    { text: 'Halvard Robotics’ operating profit reached $15 million.', note: 'profit' },
    { text: 'The generative AI market could generate $1.3 trillion in revenue by 2032.', note: 'market size, no company' },
    { text: 'Quillmark’s revenue grew 40% year over year.', note: 'growth rate, no amount' },
    { text: 'Pellucid Labs raised $300 million in a Series C.', note: 'funding' },
    { text: 'Copperleaf AI spent $900 million on compute last year.', note: 'spending' },
    { text: 'Norrland Compute paid $12 million in taxes in 2024.', note: 'taxes' },
    { text: 'Kiteline AI is valued at 40 times its revenue.', note: 'a multiple, no amount' },
    { text: 'Stackwise’s gross margin is 78%.', note: 'margin percentage' },
    { text: 'Halvex bought two rivals. Based on 2004 figures the newly merged producer would have sales of more than $5bn, the company estimated.', note: 'a pro-forma figure that a merged business "would have": no company\'s revenue' },
    { text: 'Software theft is rife, said Corvel Trust. He said 29% of software was pirated and this cost £1bn in revenue for software companies.', note: 'revenue lost to piracy across an industry, not earned' },
    { text: 'The audited half-year results of the bank released on the Harbour Stock Exchange, HSE, indicated that profit fell. Gross earnings of the group dropped by 6.2 per cent, from N229.08 billion in 2015 to N214.81 billion in 2016.', note: 'the exchange results are released on is not the group reporting them (the excerpt never names the bank)' },
    { text: 'Exchequer returns: corporation tax falls. In the year to the end of August, the Exchequer has taken in gross revenue of €80.6bn, an increase of €7.7bn.', note: 'a state\'s treasury taking in taxes is no company\'s revenue' },
    { text: 'Harwick Law and Orvale LLP announced talks on Monday. Their joint announcement revealed an intention to create the biggest ever such combination: 3100 lawyers and $3.6 billion in revenue across 38 offices.', note: 'a merged firm that does not exist yet is neither party: its revenue is no claim of either' },
    { text: 'Kestrel Telecom cut jobs last year. But this meant sales per employee rose from about $520,000 to $813,000.', note: 'sales per employee: a ratio, no company\'s revenue' },
    { text: 'Kestrel Telecom\'s sales per store rose to $2 million.', note: 'sales per store: a ratio, no company\'s revenue' },
  ],
};
