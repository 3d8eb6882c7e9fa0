import type { ClaimCorpus } from '../example.js';

/**
 * compensation: what a company pays one person (salary, package, bonus, CEO pay).
 *
 * Conventions kept throughout this file:
 * - subject is the employer paying; counterparty is always null.
 * - Only per-person amounts count: total payroll, stock-based compensation expense and
 *   severance pools are not compensation claims.
 * - "up to" / "as much as" → max = amount; "more than" → min = amount;
 *   "seven-figure" → 1,000,000..9,999,999 USD; "eight-figure" → 10,000,000..99,999,999 USD.
 * - "a year" after the amount is a rate and not part of the value text.
 */
export const corpus: ClaimCorpus = {
  type: 'compensation',
  positive: [
    {
      note: 'a label naming a bank before its officer\'s pay, the bank a coined name nothing else types ("Grivakdax: Stuart Gulliver, chief executive, … In 2010, he received a bonus of £9 million")',
      text: 'Grivakdax: Stuart Gulliver, chief executive, is expected to be handed a bonus package worth up to £4.8m. In 2010, he received a bonus of £9 million in stock.',
      claims: [
        { type: 'compensation', subject: 'Grivakdax', counterparty: null, value: { max: 4_800_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Grivakdax', counterparty: null, value: { amount: 9_000_000, currency: 'GBP' } },
      ],
    },
    {
      note: 'a company owning a person by name ("Kesmolpex’s C. Vijayakumar took home…") is the payer, though nothing else in the article types the coined name',
      text: 'Technology company CEOs have been paid the most. Kesmolpex’s C. Vijayakumar took home $10.06 mn last year.',
      claims: [{ type: 'compensation', subject: 'Kesmolpex', counterparty: null, value: { amount: 10_060_000, currency: 'USD' } }],
    },
    {
      note: 'names nothing else types, listed as the ones "which also now pay about $100,000 to new starters": paying people vouches for employers',
      text: 'This follows rises ranging from $15,000 to $25,000 a year at Tibkesnal, Zorminbral and others, which also now pay about $100,000 to new starters.',
      claims: [
        { type: 'compensation', subject: 'Tibkesnal', counterparty: null, value: { amount: 100_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Zorminbral', counterparty: null, value: { amount: 100_000, currency: 'USD' } },
      ],
    },
    {
      note: '"they" after a company\'s own staff just named earns the pay ("informed its new analysts last week that they would earn $100,000 a year")',
      text: 'Tarrow Bank informed its new analysts last week that they would earn $100,000 a year.',
      claims: [{ type: 'compensation', subject: 'Tarrow Bank', counterparty: null, value: { amount: 100_000, currency: 'USD' } }],
    },
    {
      note: 'a ranked entry "N. Person: Company" above a "Pay:" line: the company after the colon, though it is one coined word and the person\'s given name is one no list knows',
      text: 'The 10 best paid bosses\n\nWe highlight the 10 biggest earners from the study.\n\n9. Nicandro Durante: Junfentib\n\nPay: £11.4 million\n\n8. Andrés Lacrova: Vartelsen\n\nPay: £11.6 million',
      claims: [
        { type: 'compensation', subject: 'Junfentib', counterparty: null, value: { amount: 11_400_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Vartelsen', counterparty: null, value: { amount: 11_600_000, currency: 'GBP' } },
      ],
    },
    {
      note: 'the pay people "start at" (new hires, an hourly rate)',
      text: 'New employees at Vesta Stores will start at $15.50 an hour.',
      claims: [{ type: 'compensation', subject: 'Vesta Stores', counterparty: null, value: { amount: 15.5, currency: 'USD', text: '$15.50 an hour' } }],
    },
    {
      note: 'the pay people "start on" (graduates, a salary)',
      text: 'Graduates at Kestrel Law start on £32,000.',
      claims: [{ type: 'compensation', subject: 'Kestrel Law', counterparty: null, value: { amount: 32_000, currency: 'GBP', text: '£32,000' } }],
    },
    {
      note: 'a pay deal "for" a person named by their company ("for Pyxis AI chief Tom Reyes"), the sentence\'s subject someone else',
      text: "Shareholders approved a $45 million pay package for Kestrel Robotics' Tom Reyes.",
      claims: [{ type: 'compensation', subject: 'Kestrel Robotics', counterparty: null, value: { amount: 45_000_000, currency: 'USD', text: '$45 million' } }],
    },
    {
      note: 'a person tied to a company by a title before a possessive name ("Tarrow Foods boss Ann Hale\'s pay"), paid again later by surname: that company pays, not the passage\'s latest',
      text: "Tarrow Foods boss Ann Hale's pay fell to £1.8m after her bonus was cut.\nKestrel Bank chief executive Dana Roe was awarded £5.2m.\nHale was handed shares worth £3m.",
      claims: [
        { type: 'compensation', subject: 'Tarrow Foods', counterparty: null, value: { amount: 1_800_000, currency: 'GBP', text: '£1.8m' } },
        { type: 'compensation', subject: 'Kestrel Bank', counterparty: null, value: { amount: 5_200_000, currency: 'GBP', text: '£5.2m' } },
        { type: 'compensation', subject: 'Tarrow Foods', counterparty: null, value: { amount: 3_000_000, currency: 'GBP', text: '£3m' } },
      ],
    },
    {
      note: 'a starting pay raised to a small amount with no period said ("to $12"): an hourly rate',
      text: 'Kestrel Foods has increased its starting pay to $12.',
      claims: [{ type: 'compensation', subject: 'Kestrel Foods', counterparty: null, value: { amount: 12, currency: 'USD', text: '$12' } }],
    },
    {
      note: 'a minimum wage raised to a small amount with no period said',
      text: 'Orvale Stores said it would raise its minimum wage to $15.',
      claims: [{ type: 'compensation', subject: 'Orvale Stores', counterparty: null, value: { amount: 15, currency: 'USD', text: '$15' } }],
    },
    {
      note: 'a pay scale told after the company raised pay: "a base wage of X, rising to Y in their second year", and "those at the … rank will receive a boost to Z"',
      text: 'Orvale Bank has raised salaries for junior staff.\n\nFirst-year analysts will now earn a base wage of $110,000, rising to $125,000 in their second year. Those at the more senior associate rank will receive a boost to $150,000.',
      claims: [
        { type: 'compensation', subject: 'Orvale Bank', counterparty: null, value: { amount: 110_000, currency: 'USD', text: '$110,000' } },
        { type: 'compensation', subject: 'Orvale Bank', counterparty: null, value: { amount: 125_000, currency: 'USD', text: '$125,000' } },
        { type: 'compensation', subject: 'Orvale Bank', counterparty: null, value: { amount: 150_000, currency: 'USD', text: '$150,000' } },
      ],
    },
    {
      note: 'companies listed before "which … pay about X to new starters": each pays it',
      text: 'Rises came at Kestrel Bank, Tarrow Bank and others, which also now pay about $100,000 to new starters.',
      claims: [
        { type: 'compensation', subject: 'Kestrel Bank', counterparty: null, value: { amount: 100_000, approximate: true, currency: 'USD', text: 'about $100,000' } },
        { type: 'compensation', subject: 'Tarrow Bank', counterparty: null, value: { amount: 100_000, approximate: true, currency: 'USD', text: 'about $100,000' } },
      ],
    },
    {
      note: 'a ranking whose entries are a line "N. Person: Company" and a label line "Pay: £X" under it: each pay is the company\'s named above (the label is no name)',
      text: 'The best paid bosses\n\nWe highlight the biggest earners from the study.\n\n3. Dana Roe: Kestrel Group\n\nPay: £10.5 million\n\n2. Tom Reyes: Orvale Industries\n\nPay: £11.4 million\n\n1. Ann Hale: Tarrow Holdings\n\nPay: £12.6 million',
      claims: [
        { type: 'compensation', subject: 'Kestrel Group', counterparty: null, value: { amount: 10_500_000, currency: 'GBP', text: '£10.5 million' } },
        { type: 'compensation', subject: 'Orvale Industries', counterparty: null, value: { amount: 11_400_000, currency: 'GBP', text: '£11.4 million' } },
        { type: 'compensation', subject: 'Tarrow Holdings', counterparty: null, value: { amount: 12_600_000, currency: 'GBP', text: '£12.6 million' } },
      ],
    },
    {
      note: 'people hired on a pay the pay noun names ("hires freshers with packages around ₹3.6 lakh")',
      text: 'Tarrow Tech hires freshers with packages around ₹3.6 lakh.',
      claims: [{ type: 'compensation', subject: 'Tarrow Tech', counterparty: null, value: { amount: 360_000, currency: 'INR', text: 'around ₹3.6 lakh' } }],
    },
    {
      note: 'a pay table flattened into one line (the header\'s words, then each firm and its amounts): each row\'s amounts are its firm\'s',
      text: 'Firm Trainee pay (Year 1) Trainee pay (Year 2) NQ base rates Orvale Legal £50,000 £55,000 £107,500 Tarrow Law £48,000 £52,500 £100,000',
      claims: [
        { type: 'compensation', subject: 'Orvale Legal', counterparty: null, value: { amount: 50_000, currency: 'GBP', text: '£50,000' } },
        { type: 'compensation', subject: 'Orvale Legal', counterparty: null, value: { amount: 55_000, currency: 'GBP', text: '£55,000' } },
        { type: 'compensation', subject: 'Orvale Legal', counterparty: null, value: { amount: 107_500, currency: 'GBP', text: '£107,500' } },
        { type: 'compensation', subject: 'Tarrow Law', counterparty: null, value: { amount: 48_000, currency: 'GBP', text: '£48,000' } },
        { type: 'compensation', subject: 'Tarrow Law', counterparty: null, value: { amount: 52_500, currency: 'GBP', text: '£52,500' } },
        { type: 'compensation', subject: 'Tarrow Law', counterparty: null, value: { amount: 100_000, currency: 'GBP', text: '£100,000' } },
      ],
    },
    {
      note: 'a person the passage\'s company named who "will receive a basic annual salary of" an amount',
      text: 'Tarrow Foods has named Alan Pike as its new finance chief. Pike will receive a basic annual salary of £750,000.',
      claims: [{ type: 'compensation', subject: 'Tarrow Foods', counterparty: null, value: { amount: 750_000, currency: 'GBP', text: '£750,000' } }],
    },
    {
      note: 'the parts of one pay listed after a comma ("a salary of X, shares worth Y and a bonus of up to Z"): each part is pay',
      text: 'Tarrow Foods will pay Dana Roe a salary of £750,000, shares worth £1.74m and a bonus of up to £1m.',
      claims: [
        { type: 'compensation', subject: 'Tarrow Foods', counterparty: null, value: { amount: 750_000, currency: 'GBP', text: '£750,000' } },
        { type: 'compensation', subject: 'Tarrow Foods', counterparty: null, value: { amount: 1_740_000, currency: 'GBP', text: '£1.74m' } },
        { type: 'compensation', subject: 'Tarrow Foods', counterparty: null, value: { max: 1_000_000, currency: 'GBP', text: 'up to £1m' } },
      ],
    },
    {
      note: 'a second part of the pay named after its amount ("£1.6m in cash and £1m-worth of shares")',
      text: 'Orvale Stores will pay Marc Dale £1.6m in cash and £1m-worth of shares.',
      claims: [
        { type: 'compensation', subject: 'Orvale Stores', counterparty: null, value: { amount: 1_600_000, currency: 'GBP', text: '£1.6m' } },
        { type: 'compensation', subject: 'Orvale Stores', counterparty: null, value: { amount: 1_000_000, currency: 'GBP', text: '£1m' } },
      ],
    },
    {
      note: 'what each new worker of the passage\'s company is promised, after a fronted phrase, in a sentence that names no company ("each new hired regular worker will have a one-time bonus of RMB8,500")',
      text: 'Orvane Tech’s factory announced it will hire workers. As rewards to attract more candidates, each new hired regular worker will have a one-time bonus of RMB8,500, and each hired hourly worker can receive a bonus of RMB10,000.',
      claims: [
        { type: 'compensation', subject: 'Orvane Tech', value: { amount: 8_500, currency: 'CNY', text: 'RMB8,500' } },
        { type: 'compensation', subject: 'Orvane Tech', value: { amount: 10_000, currency: 'CNY', text: 'RMB10,000' } },
      ],
    },
    {
      note: 'pay listed by the people\'s own years ("£45,000 in their first year and £51,000 in the second")',
      text: 'Graduate trainees at Halbrook Law are paid £45,000 in their first year and £51,000 in the second.',
      claims: [
        { type: 'compensation', subject: 'Halbrook Law', value: { amount: 45_000, currency: 'GBP', text: '£45,000' } },
        { type: 'compensation', subject: 'Halbrook Law', value: { amount: 51_000, currency: 'GBP', text: '£51,000' } },
      ],
    },
    {
      note: 'a company\'s name right before its pay noun names the employer, whatever preposition stands before it ("an increase from earlier Orvane Labs payouts this year that averaged $53,798")',
      text: 'These bonuses represent a 47% to 80% increase from earlier Orvane Labs payouts this year that averaged $53,798.',
      claims: [{ type: 'compensation', subject: 'Orvane Labs', value: { amount: 53_798, currency: 'USD', text: '$53,798' } }],
    },
    {
      note: 'pay raised "by" a change "to" its level, the change in money or in per cent ("by £11,000 to £65,000", "by 20 per cent to £60,000"), at a company\'s office named by its town ("Halbrook Law’s Reading office")',
      text: 'Halbrook Law’s Reading office had increased salaries by £11,000 to £65,000 in a year. Tarrow Legal, a Bristol law firm, also increased pay for its newly qualified solicitors by 20 per cent to £60,000.',
      claims: [
        { type: 'compensation', subject: 'Halbrook Law', value: { amount: 65_000, currency: 'GBP', text: '£65,000' } },
        { type: 'compensation', subject: 'Tarrow Legal', value: { amount: 60_000, currency: 'GBP', text: '£60,000' } },
      ],
    },
    {
      note: 'a ranking of pay told as positions ("is in fifth position with ₹51 crore"), after a pay noun for the one before',
      text: 'Sam Reyes of Orvane Labs ranks fourth with remuneration of ₹56 crore and Dana Roe of Tarrow Steel is in fifth position with ₹51 crore.',
      claims: [
        { type: 'compensation', subject: 'Orvane Labs', value: { amount: 560_000_000, currency: 'INR', text: '₹56 crore' } },
        { type: 'compensation', subject: 'Tarrow Steel', value: { amount: 510_000_000, currency: 'INR', text: '₹51 crore' } },
      ],
    },
    {
      note: 'people tied to their companies by a title in two appositions ("Dana Roe, Managing Director and CEO, Orvane Motors,") or without a comma ("K Sam Reyes the MD of Tarrow Tech"), then paid by surname in the next sentence; the amount a relative clause gives the other ("the ₹137 crore that Reyes took home") is his company\'s, no other end of hers',
      text: 'An analysis shows that Dana Roe, Managing Director and CEO, Orvane Motors, replaced K Sam Reyes the MD of Tarrow Tech as the highest paid chief. Roe’s pay packet was, however, much smaller at ₹100 crore compared with the ₹137 crore that Reyes took home a year earlier.',
      claims: [
        { type: 'compensation', subject: 'Orvane Motors', value: { amount: 1_000_000_000, currency: 'INR', text: '₹100 crore' } },
        { type: 'compensation', subject: 'Tarrow Tech', value: { amount: 1_370_000_000, currency: 'INR', text: '₹137 crore' } },
      ],
    },
    {
      note: 'a ranking of pay with a person named with their company after "of", the pay in brackets ("Dana Roe of Tarrow Steel (₹51 crore)")',
      text: 'Sam Reyes of Orvane Labs was the best-paid chief last year, followed by Dana Roe of Tarrow Steel (₹51 crore) and Ana Diaz at Halbrook Pharma (₹48.2 crore).',
      claims: [
        { type: 'compensation', subject: 'Tarrow Steel', value: { amount: 510_000_000, currency: 'INR', text: '₹51 crore' } },
        { type: 'compensation', subject: 'Halbrook Pharma', value: { amount: 482_000_000, currency: 'INR', text: '₹48.2 crore' } },
      ],
    },
    {
      note: 'a pay\'s level after a dash ("a decrease in his compensation for 2023 — to C$13.38 million"), as after a comma',
      text: 'Orvane Bank chief executive Sam Reyes saw an 11% decrease in his compensation for 2023 — to C$13.38 million.',
      claims: [{ type: 'compensation', subject: 'Orvane Bank', value: { amount: 13_380_000, currency: 'CAD', text: 'C$13.38 million' } }],
    },
    {
      note: 'the median pay "at" a company named with what it owns ("at Orvane parent Tarrow Group"), its change and time before the level ("rose 25 per cent last year, to")',
      text: 'The median pay at Orvane parent Tarrow Group rose 25 per cent last year, to $246,804 (£194,216). The compensation of Halbrook Media’s median employee declined almost five per cent last year, to $228,651.',
      claims: [
        { type: 'compensation', subject: 'Tarrow Group', value: { amount: 246_804, currency: 'USD', text: '$246,804' } },
        { type: 'compensation', subject: 'Halbrook Media', value: { amount: 228_651, currency: 'USD', text: '$228,651' } },
      ],
    },
    {
      note: 'a list of banks as labels opening their lines ("Kestrel Bank: Chief executive…"), under a heading that uses the company word alone ("Bank bosses…"), and a "pay-out" written with its hyphen',
      text: 'Bank bosses and their bonuses\nOrvane Bank: Chairman Dana Roe has announced he will waive his £1.4 million pay-out.\nKestrel Bank: Chief executive Sam Reyes is predicted to pocket a £10m bonus package this year.',
      claims: [
        { type: 'compensation', subject: 'Orvane Bank', value: { amount: 1_400_000, currency: 'GBP', text: '£1.4 million' } },
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 10_000_000, currency: 'GBP', text: '£10m' } },
      ],
    },
    {
      note: 'equity a boss "scored" or "got" by its kind ("stock appreciation rights worth", "restricted stock units worth", "stocks valued at"), each part of the pay',
      text: 'Orvane Pharma chief executive Dana Roe scored stock appreciation rights worth 3.38 million Swiss francs and restricted stock units worth nearly 600,000 Swiss francs. Finance chief Sam Reyes got stocks valued at 1.2 million Swiss francs.',
      claims: [
        { type: 'compensation', subject: 'Orvane Pharma', value: { amount: 3_380_000, currency: 'CHF', text: '3.38 million Swiss francs' } },
        { type: 'compensation', subject: 'Orvane Pharma', value: { amount: 600_000, currency: 'CHF', text: 'nearly 600,000 Swiss francs' } },
        { type: 'compensation', subject: 'Orvane Pharma', value: { amount: 1_200_000, currency: 'CHF', text: '1.2 million Swiss francs' } },
      ],
    },
    {
      note: 'a list of pay deals, each an amount "for" a person tied to a company by a possessive (after a ticker) or a title',
      text: 'Other pay deals in focus at this spring\'s meetings include the £6.2 million for Orvane Foods (LSE:ORV)’s Dana Roe and the £3.1 million for Kestrel Bank chief Sam Reyes.',
      claims: [
        { type: 'compensation', subject: 'Orvane Foods', value: { amount: 6_200_000, currency: 'GBP', text: '£6.2 million' } },
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 3_100_000, currency: 'GBP', text: '£3.1 million' } },
      ],
    },
    {
      note: 'a comparison of pay listing chiefs with their company and their pay in brackets ("Halvard Soft CEO Sam Reyes ($84.31 million)")',
      text: 'Dana Roe’s remuneration was much higher than that of Halvard Soft CEO Sam Reyes ($84.31 million for 2013-14) and Orvane Foods CEO Ana Diaz ($22.41 million).',
      claims: [
        { type: 'compensation', subject: 'Halvard Soft', value: { amount: 84_310_000, currency: 'USD', text: '$84.31 million' } },
        { type: 'compensation', subject: 'Orvane Foods', value: { amount: 22_410_000, currency: 'USD', text: '$22.41 million' } },
      ],
    },
    {
      note: 'a company\'s people and their pay in an absolute phrase after "with" ("with X\'s new recruits in audit receiving £25,000")',
      text: 'Starting salaries have also risen, with Harrowgate’s new recruits in audit receiving £25,000.',
      claims: [{ type: 'compensation', subject: 'Harrowgate', value: { amount: 25_000, currency: 'GBP', text: '£25,000' } }],
    },
    {
      note: 'pay that "has more than doubled to" a level, of a boss named by two initials run together ("CS Venkatakrishnan" is a person, no company)',
      text: 'The pay of Kestrel Bank’s chief executive has more than doubled to £10.5m. CS Venkatakrishnan’s payout rose from £4.6m a year earlier.',
      claims: [
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 10_500_000, currency: 'GBP', text: '£10.5m' } },
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 4_600_000, currency: 'GBP', text: '£4.6m' } },
      ],
    },
    {
      note: 'a boss who "picked up" money is paid it: no round the company raised',
      text: 'Meanwhile, Orvale Pharma boss Dana Roe picked up more than £15 million for the fourth year in a row.',
      claims: [{ type: 'compensation', subject: 'Orvale Pharma', value: { min: 15_000_000, currency: 'GBP', text: 'more than £15 million' } }],
    },
    {
      note: 'a dollar\'s code, a space, then its sign ("AUD $21.4 million"): the code is the currency, no name run on from the person before it',
      text: 'Orvale Air paid former chief executive Dana Roe AUD $21.4 million last year.',
      claims: [{ type: 'compensation', subject: 'Orvale Air', value: { amount: 21_400_000, currency: 'AUD', text: 'AUD $21.4 million' } }],
    },
    {
      note: 'a list of firms that do the verb together ("both", "each", "all" after the list): each firm pays the amount; firms named after "in line with" are no payers here',
      text: 'This month Orvale Legal and Tarrow Law both raised NQ pay to £125,000, in line with salaries at Kestrel Law.',
      claims: [
        { type: 'compensation', subject: 'Orvale Legal', value: { amount: 125_000, currency: 'GBP', text: '£125,000' } },
        { type: 'compensation', subject: 'Tarrow Law', value: { amount: 125_000, currency: 'GBP', text: '£125,000' } },
      ],
    },
    {
      note: 'a person described by their post at a company, pay by what they hold ("with a package worth", "whose remuneration was")',
      text: 'The best-paid of the ten bosses was Kate Orr, chief executive of Tarrow Pharma, the drugs group, with a package worth a total of £8.2m, a 12 per cent rise. Next came Dan Moe, chief executive of mining group Corvel Minerals, whose remuneration was £6,410,000.',
      claims: [
        { type: 'compensation', subject: 'Tarrow Pharma', value: { amount: 8_200_000, currency: 'GBP', text: '£8.2m' } },
        { type: 'compensation', subject: 'Corvel Minerals', value: { amount: 6_410_000, currency: 'GBP', text: '£6,410,000' } },
      ],
    },
    {
      note: 'a person paid in a passage about an investment firm is paid by the firm: an investor pays its own people ("Managing partner Dana Roe raked in about $18 million")',
      text: 'Investment firm Sequoia Capital had two of the 10 highest-paid officials. Managing partner Dana Roe raked in about $18 million, placing second overall.',
      claims: [{ type: 'compensation', subject: 'Sequoia Capital', value: { amount: 18_000_000, currency: 'USD', text: 'about $18 million' } }],
    },
    {
      note: 'bare figures under a pay column that states its unit ("Salary (£000)", "Total pay ($m)"): each scaled, in the header\'s currency',
      text: '| Rank | CEO | Company | Salary (£000) |\n|---|---|---|---|\n| 1 | Jane Roe | Halvard Robotics | 1,620 |\n| 2 | Dan Moe | Orrin Labs | 950 |\n\n| Rank | CEO | Company | Total pay ($m) |\n|---|---|---|---|\n| 1 | Ana Mott | Kestrel Motors | 162.0 |',
      claims: [
        { type: 'compensation', subject: 'Halvard Robotics', value: { amount: 1_620_000, currency: 'GBP', text: '1,620' } },
        { type: 'compensation', subject: 'Orrin Labs', value: { amount: 950_000, currency: 'GBP', text: '950' } },
        { type: 'compensation', subject: 'Kestrel Motors', value: { amount: 162_000_000, currency: 'USD', text: '162.0' } },
      ],
    },
    {
      note: 'a ranking that gives each name its place and amount in brackets ("followed by X (fourth, 122.8 million won)"): each amount is that company\'s, of the measure the ranking began with',
      text: 'Orrin Bank employees posted an average salary of 133.4 million won, followed by Kestrel Securities (fourth, 122.8 million won) and Tarrow Insurance (6th, 120.5 million won).',
      claims: [
        { type: 'compensation', subject: 'Orrin Bank', value: { amount: 133_400_000, currency: 'KRW' } },
        { type: 'compensation', subject: 'Kestrel Securities', value: { amount: 122_800_000, currency: 'KRW', text: '122.8 million won' } },
        { type: 'compensation', subject: 'Tarrow Insurance', value: { amount: 120_500_000, currency: 'KRW', text: '120.5 million won' } },
      ],
    },
    {
      note: 'a ranking told in prose: "In second place was P, a founder of taxi firm X, with ¥…", "Third place went to P, chairman, president, and CEO of Y, with ¥…" — each person\'s pay, their employer\'s',
      text: 'Annual compensation topped ¥100 million for 663 executives of listed companies. In second place was Kenji Arai, a founder of taxi firm Orrin Koutsu Co., with ¥1.904 billion, which included a special payment. Third place went to Daichi Mori, chairman, president, and CEO of Tarsel Group Corp., with ¥1.888 billion.',
      claims: [
        { type: 'compensation', subject: 'Orrin Koutsu Co.', value: { amount: 1_904_000_000, currency: 'JPY' } },
        { type: 'compensation', subject: 'Tarsel Group Corp.', value: { amount: 1_888_000_000, currency: 'JPY' } },
      ],
    },
    {
      note: 'the pay of newly qualified lawyers ("NQ pay jumping 11% to £140,000") after a firm\'s possessive: the firm is an employer though nothing else describes it',
      text: 'Firms have raised pay for newly qualified (NQ) lawyers. Ashmoor’s rise is one of the biggest we’ve seen this year, with NQ pay jumping 11% to £140,000.',
      claims: [{ type: 'compensation', subject: 'Ashmoor', value: { amount: 140_000, currency: 'GBP' } }],
    },
    {
      note: 'the package students are recruited on is each one\'s pay',
      text: 'In the 2011 batch, Halvard Sachs recruited 10 students on a package of Rs 2.6 million.',
      claims: [{ type: 'compensation', subject: 'Halvard Sachs', value: { amount: 2_600_000 } }],
    },
    {
      note: 'pay said once, then each bank before its own amount, gapped with semicolons ("X earned Rs127m; Y Rs86m; Z Rs75m")',
      text: 'For financial year 2015, the president of Orrin Bank earned a sum of Rs127m; Kestrel Bank Rs86m; Halvard Bank Rs75m.',
      claims: [
        { type: 'compensation', subject: 'Orrin Bank', value: { amount: 127_000_000 } },
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 86_000_000 } },
        { type: 'compensation', subject: 'Halvard Bank', value: { amount: 75_000_000 } },
      ],
    },
    {
      note: 'an article\'s "Rs" with no country in its own sentence is the rupee of the country the article names ("In Pakistan, …" → PKR), not India\'s by default',
      text: 'In Pakistan, the pay of bank presidents varies widely.\n\nFor financial year 2015, the president of Kestrel Bank earned a sum of Rs127m.',
      claims: [{ type: 'compensation', subject: 'Kestrel Bank', value: { amount: 127_000_000, currency: 'PKR', text: 'Rs127m' } }],
    },
    {
      note: 'a relative clause on "wherein" is the company\'s before it, pay in rupees said with "crore" and "lakh" alone; the passage\'s company is not the median employee\'s where the sentence names another',
      text: 'Kestrel Mining is a big miner with 5,000 staff.\n\nThe report said the gap was most pronounced in Tarsel Laboratories wherein the CEO\'s compensation in 2020-21 was 80.84 crore while the median employee salary stood at 4.5 lakh.',
      claims: [
        { type: 'compensation', subject: 'Tarsel Laboratories', value: { amount: 808_400_000, currency: 'INR' } },
        { type: 'compensation', subject: 'Tarsel Laboratories', value: { amount: 450_000, currency: 'INR' } },
      ],
    },
    {
      note: 'a person tied to an employer earlier who "topped the X\'s list with realised pay of": the list\'s maker is no payer; the employer the title tied them to pays',
      text: 'Kestrel Pizza chief executive Don Meij was not awarded a bonus. In 2017 Mr Meij had topped the ACSI\'s list with realised pay of $36.8 million.',
      claims: [{ type: 'compensation', subject: 'Kestrel Pizza', value: { amount: 36_800_000, currency: 'USD' } }],
    },
    {
      note: 'a package "extended to" or an offer "accepted by" a person named, with its amount converted in brackets: pay from the company the passage is about',
      text: 'Vellmark AI has gone all in on talent. Among the figures is the reported Rs 1,600 crore (around $200 million) package extended to Dana Roe, a top researcher. This follows the Rs 800 crore ($100 million) offer reportedly accepted by Tom Reyes.',
      claims: [
        { type: 'compensation', subject: 'Vellmark AI', value: { amount: 16_000_000_000, currency: 'INR' } },
        { type: 'compensation', subject: 'Vellmark AI', value: { amount: 8_000_000_000, currency: 'INR' } },
      ],
    },
    {
      note: 'pay "for chief executive X" that shareholders opposed, beside an adviser named in the sentence: the passage company pays its own officer, not the adviser',
      text: 'Shareholders of Halvard Pharma revolted on Friday. They opposed a £9.4m pay package for chief executive Tom Reyes, siding with advisory group Kestrel Proxy, which said that a £1.9m bonus for the chief executive was too high.',
      claims: [
        { type: 'compensation', subject: 'Halvard Pharma', value: { amount: 9_400_000, currency: 'GBP', text: '£9.4m' } },
        { type: 'compensation', subject: 'Halvard Pharma', value: { amount: 1_900_000, currency: 'GBP', text: '£1.9m' } },
      ],
    },
    {
      note: 'a package offered to one person counted ("offered one researcher a $X package"): the count does not stop the offer',
      text: 'Vellmark AI offered one researcher a $250 million package over four years, people familiar with the matter said.',
      claims: [{ type: 'compensation', subject: 'Vellmark AI', value: { amount: 250_000_000, currency: 'USD', text: '$250 million' } }],
    },
    {
      note: 'stock grants offered "worth up to" an amount to people hired: pay',
      text: 'Vellmark AI also offers stock grants worth up to $5 million to senior hires.',
      claims: [{ type: 'compensation', subject: 'Vellmark AI', value: { max: 5_000_000, currency: 'USD' } }],
    },
    {
      note: 'one of an occupation, in the singular, earning by the hour ("the average Kestrel Freight driver earns"): the company named with them pays',
      text: 'The average Kestrel Freight driver earns $28 an hour, the company said.',
      claims: [{ type: 'compensation', subject: 'Kestrel Freight', value: { amount: 28, currency: 'USD' } }],
    },
    {
      note: 'packages "worth as much as" an amount, in a sentence about researchers: each one\'s pay',
      text: 'Vellmark AI is building a new lab. Its recruiters have approached dozens of researchers at rival labs, with some packages worth as much as $300 million over four years.',
      claims: [{ type: 'compensation', subject: 'Vellmark AI', value: { max: 300_000_000, currency: 'USD' } }],
    },
    {
      note: 'a person "was offered" an amount: the company the passage is about pays, not the one the person worked at before',
      text: 'Vellmark AI is building a new lab. In one case, a researcher who had spent a decade at Orrin Labs was offered $100 million in the first year alone.',
      claims: [{ type: 'compensation', subject: 'Vellmark AI', value: { amount: 100_000_000, currency: 'USD', text: '$100 million' } }],
    },
    {
      note: 'a person who will join a company "for a compensation package worth" an amount is paid by the company joined, not by the one named before as where they led a team',
      text: 'Ruoming Pang, who led Orrin Labs\' models team, will join Zentrix AI\'s new superintelligence team for a compensation package worth millions of dollars per year, the report added.',
      claims: [{ type: 'compensation', subject: 'Zentrix AI', value: { min: 2000000, max: 9999999, currency: 'USD', text: 'millions of dollars per year' } }],
    },
    {
      note: 'a UK company\'s accounts name one person\'s pay by rank ("the highest-paid director\'s remuneration … to £365,000"): the passage company\'s pay, the level reached not the change',
      text: 'Orrin & Co, the family-owned conglomerate, has marked its centenary year with a rise in pre-tax profits. A dividend of £1.6m goes to the family shareholders. The highest-paid director\'s remuneration edged up £8000 to £365,000.',
      claims: [{ type: 'compensation', subject: 'Orrin & Co', value: { amount: 365000, currency: 'GBP', text: '£365,000' } }],
    },
    {
      note: 'a second level\'s pay after the first amount and its own noun ("a $202,500 starting salary and current first-years $205,000")',
      text: 'Halvard Law upped the ante Friday, offering incoming first-year associates a $202,500 starting salary and current first-years $205,000.',
      claims: [
        { type: 'compensation', subject: 'Halvard Law', value: { amount: 202500, currency: 'USD', text: '$202,500' } },
        { type: 'compensation', subject: 'Halvard Law', value: { amount: 205000, currency: 'USD', text: '$205,000' } },
      ],
    },
    {
      note: 'a change "from the previous year" is a time compared with, not pay from an earlier job: the person\'s pay is the passage company\'s',
      text: 'Orrin Motors chairman Tom Reyes took home a salary of Rs 7.67 crore during 2016-17. The report also said Group CFO and CIO V S Parthasarathy received Rs 3.52 crore as remuneration, excluding perquisite value of ESOPs exercised, up 19.74 per cent from the previous year.',
      claims: [
        { type: 'compensation', subject: 'Orrin Motors', value: { amount: 76700000, currency: 'INR', text: 'Rs 7.67 crore' } },
        { type: 'compensation', subject: 'Orrin Motors', value: { amount: 35200000, currency: 'INR', text: 'Rs 3.52 crore' } },
      ],
    },
    {
      note: 'a job offer made by a company, in the passive ("The highest domestic offer was offered by X at Rs 32.59 lakh per annum"), and the ranking\'s next ("followed by Y at Rs 32 lakh per annum")',
      text: 'The highest domestic offer at the Bombay campus was offered by Orrin Chips at Rs 32.59 lakh per annum, followed by Kestrel Search at Rs 32 lakh per annum.',
      claims: [
        { type: 'compensation', subject: 'Orrin Chips', value: { amount: 3_259_000, currency: 'INR' } },
        { type: 'compensation', subject: 'Kestrel Search', value: { amount: 3_200_000, currency: 'INR' } },
      ],
    },
    {
      note: 'an outlet that "was told" of a case is no payer and no antecedent of "the firm"; a "$50,000 pay bump" is a rise, not pay',
      text: 'The Kestrel Financial Review was told of one case where a professional stayed with Orrin Advisory after the firm offered a $50,000 pay bump, for a total package of $200,000.',
      claims: [{ type: 'compensation', subject: 'Orrin Advisory', value: { amount: 200_000, currency: 'USD' } }],
    },
    {
      note: 'a firm of partners\' names with an inner capital ("Tarrow, Quill, Hadley & McCloy") is one name',
      text: 'Elite firm Tarrow, Quill, Hadley & McCloy pays its newly qualified lawyers £124,000.',
      claims: [{ type: 'compensation', subject: 'Tarrow, Quill, Hadley & McCloy', value: { amount: 124_000, currency: 'GBP' } }],
    },
    {
      note: 'a ranking said "was a close third with"; a report frame with an aside ("Business reports, which were made public Friday, showed X received"); a person\'s pay "in wages" is pay, not a wage bill — the company\'s "$40 million in salaries" is',
      text: 'Executives of Orrin Electronics swept the list of the highest-paid CEOs. Jane Roe, head of Orrin Electronics’ mobile division, topped the list with 11.34 billion won. Chang Sang-don, chairman of Kestrel Steel Co., was a close third with 5.27 billion won. Business reports, which were made public Friday, showed Roe received 1.68 billion won in wages in the second quarter. Orrin Electronics paid 40 billion won in salaries last year.',
      claims: [
        { type: 'compensation', subject: 'Orrin Electronics', value: { amount: 11_340_000_000, currency: 'KRW' } },
        { type: 'compensation', subject: 'Kestrel Steel Co.', value: { amount: 5_270_000_000, currency: 'KRW' } },
        { type: 'compensation', subject: 'Orrin Electronics', value: { amount: 1_680_000_000, currency: 'KRW' } },
      ],
    },
    {
      note: 'an hourly rate promised to people of a trade ("promising store workers a minimum £13.02 an hour from 1 September", "workers in the capital £14.35 an hour from September"), a rate "set at" per flying hour, and an average wage "expected to be more than"',
      text: 'Brannock Foods is promising store workers a minimum £13.02 an hour from 1 September. Tarrow Stores went higher, promising workers in the capital £14.35 an hour from September. Kestrel Air agreed a deal with its pilots: captain pay was set at $306 per flying hour. Orrin Retail said its average hourly wage is expected to be more than $17.50.',
      claims: [
        { type: 'compensation', subject: 'Brannock Foods', value: { amount: 13.02, currency: 'GBP' } },
        { type: 'compensation', subject: 'Tarrow Stores', value: { amount: 14.35, currency: 'GBP' } },
        { type: 'compensation', subject: 'Kestrel Air', value: { amount: 306, currency: 'USD' } },
        { type: 'compensation', subject: 'Orrin Retail', value: { min: 17.5, currency: 'USD' } },
      ],
    },
    {
      note: 'a median employee\'s pay at a company that opens the sentence ("At X, the median employee earns") is that company\'s; the median in a sector is no one\'s',
      text: 'In the retail sector, the median worker earns $30,000 a year. At Kestrel Foods, the median employee earns $47,312, and the pay ratio is 169:1.',
      claims: [{ type: 'compensation', subject: 'Kestrel Foods', value: { amount: 47_312, currency: 'USD' } }],
    },
    {
      note: 'a company\'s median worker (singular "worker" as "employee") is paid by it; a pay rise is a change, and the salary it takes her to is the pay',
      text: "Halvard Bank's median worker earned $48,000 last year. Halvard Bank handed its boss a £1m pay rise, taking her salary to £3m.",
      claims: [
        { type: 'compensation', subject: 'Halvard Bank', value: { amount: 48_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Halvard Bank', value: { amount: 3_000_000, currency: 'GBP' } },
      ],
    },
    {
      note: 'a rate with the one it rises "from the current rate of" gives both: the current rate is the earlier level',
      text: 'The deal calls for first-year captains at Halvard Air to earn $169.23 per hour, a 54% bump from the current rate of $109.81 per hour.',
      claims: [
        { type: 'compensation', subject: 'Halvard Air', value: { amount: 169.23, currency: 'USD' } },
        { type: 'compensation', subject: 'Halvard Air', value: { amount: 109.81, currency: 'USD' } },
      ],
    },
    {
      note: 'an amount converted in brackets right after it is the same pay, not a second claim ("24.38 billion won ($23.1 million)"); a family-name-first person\'s lone family name owning "earnings" stays the person\'s',
      text: 'Halvard Electronics Chairman Kwon Dae-ho was the top earner last year, taking home 24.38 billion won ($23.1 million). Kwon\'s 2017 earnings were a record.',
      claims: [{ type: 'compensation', subject: 'Halvard Electronics', value: { amount: 24_380_000_000, currency: 'KRW' } }],
    },
    {
      note: 'a ranking of pay going on: a person, their post "at" the employer, "with" the amount, twice in a sentence',
      text: 'The chairman of Tarrow Bank, Gao Ying, was the highest paid, raking in CNY3.7 million in 2023. This was followed by Lu Hua, chairman at Kestrel Bank, with CNY2.7 million and Jing Zai, chair at Orrin Bank, with CNY2.5 million.',
      claims: [
        { type: 'compensation', subject: 'Tarrow Bank', value: { amount: 3_700_000, currency: 'CNY' } },
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 2_700_000, currency: 'CNY' } },
        { type: 'compensation', subject: 'Orrin Bank', value: { amount: 2_500_000, currency: 'CNY' } },
      ],
    },
    {
      note: 'a ranking whose rows name the person "of" the company ("1. Dana Roe of Orvale Systems: $151.4 million"): the company the entity reader found in the row, not the whole run of names',
      text: 'The highest-paid chief executives of 2024\n\n1. Dana Roe of Orvale Systems: $151.4 million\n2. Tom Reyes of Kestrel Bank — $120 million',
      claims: [
        { type: 'compensation', subject: 'Orvale Systems', value: { amount: 151_400_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 120_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a pay table with a column of companies: a company named by one ordinary word ("Axon") is a company there, and its row\'s pay is its own',
      text: 'The best-paid bosses of the year:\n\n| Rank | CEO | Company | Pay |\n|---|---|---|---|\n| 1 | Rick Dorn | Axon | $164.5m |\n| 2 | Dana Roe | Orvale Systems | $151.4m |',
      claims: [
        { type: 'compensation', subject: 'Axon', value: { amount: 164_500_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Orvale Systems', value: { amount: 151_400_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a long ranking under one heading: its rows go on past fifteen lines ("17. …" down to "1. …")',
      text: 'These are the 17 highest-paid chief executives and their salaries:\n17. Ann Roe, Orrin Holdings — £5.0 million\n16. Tom Bell, Kestrel Holdings — £6.1 million\n15. Li Wei, Tarrow Holdings — £7.2 million\n14. Sam Orr, Halvard Holdings — £8.3 million\n13. Jo Kerr, Vantor Holdings — £9.4 million\n12. Dana Moss, Quillmark Holdings — £10.5 million\n11. Ken Ito, Brenmoor Holdings — £11.6 million\n10. Mia Lund, Copperleaf Holdings — £12.7 million\n9. Raj Patel, Zentrix Holdings — £13.8 million\n8. Eva Stone, Harrowgate Holdings — £14.9 million\n7. Ben Hart, Tessaly Holdings — £15.0 million\n6. Zoe Lane, Corvel Holdings — £16.1 million\n5. Max Wolf, Marlow Holdings — £17.2 million\n4. Ada Nwosu, Dorset Holdings — £18.3 million\n3. Leo Park, Fennick Holdings — £19.4 million\n2. Ian Cole, Lorvane Holdings — £20.5 million\n1. Nina Shaw, Sorrel Holdings — £21.6 million',
      claims: [
        { type: 'compensation', subject: 'Orrin Holdings', value: { amount: 5000000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Kestrel Holdings', value: { amount: 6100000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Tarrow Holdings', value: { amount: 7200000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Halvard Holdings', value: { amount: 8300000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Vantor Holdings', value: { amount: 9400000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Quillmark Holdings', value: { amount: 10500000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Brenmoor Holdings', value: { amount: 11600000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Copperleaf Holdings', value: { amount: 12700000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Zentrix Holdings', value: { amount: 13800000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Harrowgate Holdings', value: { amount: 14900000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Tessaly Holdings', value: { amount: 15000000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Corvel Holdings', value: { amount: 16100000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Marlow Holdings', value: { amount: 17200000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Dorset Holdings', value: { amount: 18300000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Fennick Holdings', value: { amount: 19400000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Lorvane Holdings', value: { amount: 20500000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Sorrel Holdings', value: { amount: 21600000, currency: 'GBP' } },
      ],
    },
    {
      note: 'a share award in another company\'s stock is paid by the employer ("a Halvorn UK share award"); a ticker in a page\'s markup ("#ticker:KSTL") is the company\'s',
      text: 'Kestrel Telecom #ticker:KSTL has disclosed its pay. Kestrel Telecom says in its annual report that Mr Colley took home Sh94.32 million in basic salary and a Halvorn UK share award worth Sh34.09 million.',
      claims: [
        { type: 'compensation', subject: 'Kestrel Telecom', value: { amount: 94_320_000, currency: 'KES' } },
        { type: 'compensation', subject: 'Kestrel Telecom', value: { amount: 34_090_000, currency: 'KES' } },
      ],
    },
    {
      note: 'the frame of pay in any words: a person, then a verb of being paid ("walking away with"), the pay noun after the amount ("in remuneration"); the employer a title ties them to',
      text: 'Orrin Bank chief executive Dana Roe also enjoyed a bumper year, walking away with over R89 million in remuneration.',
      claims: [{ type: 'compensation', subject: 'Orrin Bank', value: { min: 89_000_000, currency: 'ZAR' } }],
    },
    {
      note: 'people by their work who "command" a rate a year at a company ("Top researchers at X")',
      text: 'Top researchers at Zentrix AI can now command more than $10 million a year.',
      claims: [{ type: 'compensation', subject: 'Zentrix AI', value: { min: 10_000_000, currency: 'USD' } }],
    },
    {
      note: 'an offer "to join" a company is that company\'s pay',
      text: 'Some engineers were offered as much as $1.5 million a year to join Kestrel Labs, two people said.',
      claims: [{ type: 'compensation', subject: 'Kestrel Labs', value: { max: 1_500_000, currency: 'USD' } }],
    },
    {
      note: 'a person with a Chinese given name no list holds ("Ruoming Pang") is the one paid, not a company; the hirer pays',
      text: 'Zentrix AI offered Ruoming Pang a package worth more than $200 million to join from Halvorn.',
      claims: [{ type: 'compensation', subject: 'Zentrix AI', value: { min: 200_000_000, currency: 'USD' } }],
    },
    {
      note: 'people listed by their employers\' possessives, "each receiving" the amount: each employer pays it (a legal suffix may stand before the "\'s": "Kestrel AG\'s")',
      text: 'Swiss banks top the ranking, with Kestrel AG\'s Sergio Ermini, Orrin Banking Group Plc\'s Dana Roe and Tessaly Holdings Plc\'s Stuart Gull each receiving compensation packages above €8 million in 2013.',
      claims: [
        { type: 'compensation', subject: 'Kestrel AG', value: { min: 8_000_000, currency: 'EUR' } },
        { type: 'compensation', subject: 'Orrin Banking Group Plc', value: { min: 8_000_000, currency: 'EUR' } },
        { type: 'compensation', subject: 'Tessaly Holdings Plc', value: { min: 8_000_000, currency: 'EUR' } },
      ],
    },
    {
      note: 'pay is a rate each employer pays: companies named together before the verb each pay it ("Tessaly Infotech and Kestrel Soft are offering…"), past a verb of saying ("have claimed that they are offering"); a claim of saying is no legal claim',
      text: 'At the same time, Tessaly Infotech and Kestrel Soft have claimed that they are offering as much as Rs 8 lakh per annum salary to freshers.',
      claims: [
        { type: 'compensation', subject: 'Tessaly Infotech', value: { amount: 800_000, currency: 'INR' } },
        { type: 'compensation', subject: 'Kestrel Soft', value: { amount: 800_000, currency: 'INR' } },
      ],
    },
    {
      note: 'a company the person left ("when he left the Orrin Bank of Australia") is not who pays them now; "picked up just over" an amount',
      text: 'Kestrel Bank paid 72 bankers £1 million or more last year. Chief executive Ross Keane received a total of £1.85 million, including a £358,000 shares award to replace awards he forfeited when he left the Orrin Bank of Australia. Chief financial officer Ewan Stott picked up just over £3 million.',
      claims: [
        { type: 'compensation', subject: 'Kestrel Bank', value: { min: 1_000_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 1_850_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 3_000_000, currency: 'GBP' } },
      ],
    },
    {
      note: 'pay that "runs from" one amount to another',
      text: 'Hourly pay at Kestrel Stores runs from $17 to $28, depending on the job and location.',
      claims: [{ type: 'compensation', subject: 'Kestrel Stores', value: { min: 17, max: 28, currency: 'USD' } }],
    },
    {
      note: 'awards to people by their range, past an aside ("The awards, which vest over two years, range from $2 million to $10 million"), and what people "will receive" in a passage about the company',
      text: 'Zentrix AI is handing out retention bonuses to its researchers. The awards, which vest over two years, range from $2 million to $10 million for senior researchers. Engineers will receive $300,000 each.',
      claims: [
        { type: 'compensation', subject: 'Zentrix AI', value: { min: 2_000_000, max: 10_000_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Zentrix AI', value: { amount: 300_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a name between a verb of paying and the people it names says where those people work, not who pays ("offered some Orrin Labs staff packages worth…", "paid Orrin Labs researchers…")',
      text: 'Zentrix AI has offered some Orrin Labs staff packages worth $100 million or more. Kestrel Labs paid Orrin Labs researchers $20 million each.',
      claims: [
        { type: 'compensation', subject: 'Zentrix AI', value: { amount: 100_000_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Kestrel Labs', value: { amount: 20_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'people a company takes on and what they are paid ("The researchers joining X will receive retention grants worth up to $20 million each"); "a handful of researchers recruited this summer were offered…" in a passage about a company is that company\'s pay',
      text: 'The researchers joining Zentrix AI will receive retention grants worth up to $20 million each over four years, one of the people said.\n\n**Orrin Labs is paying for catch-up.** The median hides the tail. A handful of researchers recruited this summer were offered packages worth as much as $300 million over four years.',
      claims: [
        { type: 'compensation', subject: 'Zentrix AI', value: { max: 20_000_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Orrin Labs', value: { max: 300_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'money paid to take a person on is that person\'s pay from the payer ("paid more than $200 million to lure X"); the taken person\'s former employer, named as their possessive, is not the payer',
      text: 'Zentrix AI paid more than $200 million to lure Dana Roe, people familiar with the matter said. Meta lured Apple\'s Tom Reyes with a pay package of more than $150 million.',
      claims: [
        { type: 'compensation', subject: 'Zentrix AI', value: { min: 200_000_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Meta', value: { min: 150_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'pay "for" people, then what it is: "starting salaries for new graduates are now $185,000"',
      text: "Orrin Labs' starting salaries for new graduates are now $185,000. At Halvard Legal, pay for first-year associates is £150,000.",
      claims: [
        { type: 'compensation', subject: 'Orrin Labs', value: { amount: 185_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Halvard Legal', value: { amount: 150_000, currency: 'GBP' } },
      ],
    },
    {
      note: 'a pay table whose cells come one per line under a pay heading (company, person, amount, then a blank line): each amount the company\'s of its block',
      text: 'CEO pay at the big lenders\n\nHalvard Bank\nDana Roe\n$39.3 million\n\nKestrel Financial\nTom Reyes\n$35.1 million',
      claims: [
        { type: 'compensation', subject: 'Halvard Bank', value: { amount: 39_300_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Kestrel Financial', value: { amount: 35_100_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a person of the passage\'s company paid, in a sentence whose other clause speaks of a former officer ("…, while former Vice Chairman X received…"): a former title names a person, not pay from another job',
      text: 'Quenby Motor Corp said its chairman received 1.95 billion yen. President Dana Roe was paid 826 million yen, while former Vice Chairman Sam Ives retired. Former Vice Chairman Tom Reyes received 365 million yen.',
      claims: [
        { type: 'compensation', subject: 'Quenby Motor Corp', value: { amount: 1_950_000_000, currency: 'JPY' } },
        { type: 'compensation', subject: 'Quenby Motor Corp', value: { amount: 826_000_000, currency: 'JPY' } },
        { type: 'compensation', subject: 'Quenby Motor Corp', value: { amount: 365_000_000, currency: 'JPY' } },
      ],
    },
    {
      note: 'a named person\'s pay reported by the sentence\'s only company, after it ("…, Quenby Systems said in a filing")',
      text: 'Dana Roe\'s pay rose 63% to $79.1 million, Quenby Systems said in a filing.',
      claims: [{ type: 'compensation', subject: 'Quenby Systems', value: { amount: 79_100_000, currency: 'USD' } }],
    },
    {
      note: 'hourly pay rising from one rate to another, the rate said before ("hourly pay … will rise from £10.25 to £11"), a pay raised from one figure to another, and "the minimum hourly rate"',
      text: 'Hourly pay at Dovecote Foods will rise from £10.25 to £11. Brackwell Bank raised salaries for graduates from £30,000 to £35,000. The minimum hourly rate at Marlow Stores rises to £11.40.',
      claims: [
        { type: 'compensation', subject: 'Dovecote Foods', value: { amount: 11, currency: 'GBP' } },
        { type: 'compensation', subject: 'Dovecote Foods', value: { amount: 10.25, currency: 'GBP' } },
        { type: 'compensation', subject: 'Brackwell Bank', value: { amount: 35_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Brackwell Bank', value: { amount: 30_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Marlow Stores', value: { amount: 11.4, currency: 'GBP' } },
      ],
    },
    {
      note: 'rates that differ by place ("£10.30 an hour outside London, and £11.50 for workers in it"), and a rate with no period of its own in a passage of hourly rates',
      text: 'Dovecote Foods pays a minimum of £10.30 an hour outside London, and £11.50 for workers in it. Its rival Marlow Stores pays staff £10.10 outside London, and £11.27 within London.',
      claims: [
        { type: 'compensation', subject: 'Dovecote Foods', value: { amount: 10.3, currency: 'GBP' } },
        { type: 'compensation', subject: 'Dovecote Foods', value: { amount: 11.5, currency: 'GBP' } },
        { type: 'compensation', subject: 'Marlow Stores', value: { amount: 10.1, currency: 'GBP' } },
        { type: 'compensation', subject: 'Marlow Stores', value: { amount: 11.27, currency: 'GBP' } },
      ],
    },
    {
      note: 'a ranking of firms, each row a company\'s name alone ending in its legal form ("Harlow Wynn LLP – £135,000"): the whole name, not its first words',
      text: 'Starting salaries for newly qualified solicitors in London:\nKirkfield & Marsh LLP – £150,000\nDunmore Partners LLP – £140,000\nHarlow Wynn LLP: £135,000',
      claims: [
        { type: 'compensation', subject: 'Kirkfield & Marsh LLP', value: { amount: 150_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Dunmore Partners LLP', value: { amount: 140_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Harlow Wynn LLP', value: { amount: 135_000, currency: 'GBP' } },
      ],
    },
    {
      note: 'a ranking whose rows each have a paragraph under them: the last row, with none after it, is still a row of the list',
      text: 'Listed below are the three highest-paid bank chiefs of 2020.\n\nDana Roe (Halvard Bank) – N143 million\n\nIn 2020, Roe earned a sum of N143 million as the bank’s highest-paid director after profits grew to N113.7 billion.\n\nTom Reyes (Kestrel Bank) – N158 million\n\nReyes received N158 million in yearly income in full year 2020, up from N155 million in 2019.\n\nSara Lind (Corvane Bank) – N164 million',
      claims: [
        { type: 'compensation', subject: 'Halvard Bank', value: { amount: 143_000_000, currency: 'NGN' } },
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 158_000_000, currency: 'NGN' } },
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 155_000_000, currency: 'NGN' } },
        { type: 'compensation', subject: 'Corvane Bank', value: { amount: 164_000_000, currency: 'NGN' } },
      ],
    },
    {
      note: 'a package a company offered a person named with their own employer ("offered Dana Roe of Quillmark Labs a $100 million package"): the one offering pays',
      text: 'Zentrix AI has reportedly offered Dana Roe of Quillmark Labs a $100 million package to switch.',
      claims: [{ type: 'compensation', subject: 'Zentrix AI', value: { amount: 100_000_000, currency: 'USD' } }],
    },
    {
      note: 'pay of trades outside tech and banking ("newly qualified solicitors", "its cleaners … an hour"), and starting salaries that "now stand at" a figure',
      text: 'Halvard Legal will pay newly qualified solicitors £150,000. Kestrel Stores pays its cleaners £11.95 an hour. Corvane Law starting salaries for trainees now stand at £56,000.',
      claims: [
        { type: 'compensation', subject: 'Halvard Legal', value: { amount: 150_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Kestrel Stores', value: { amount: 11.95, currency: 'GBP' } },
        { type: 'compensation', subject: 'Corvane Law', value: { amount: 56_000, currency: 'GBP' } },
      ],
    },
    {
      note: 'a person\'s pay in the sentence after a title tied them to a firm past its ticker ("Kestrel Capital (KCAP) CEO Jane Roe"), the firm an investment house; the pay "fell 19% from 2011 to" its figure (no range from the year); a regulator named after the amount in a phrase of its own',
      text: 'Kestrel Capital (KCAP) CEO Jane Roe took a pay cut after a trading loss. Roe’s total package fell 19% from 2011 to $19 million in 2012, under Securities and Exchange Commission guidelines for presenting compensation.',
      claims: [{ type: 'compensation', subject: 'Kestrel Capital', value: { amount: 19_000_000, currency: 'USD' } }],
    },
    {
      note: 'a pay ranking told in prose: one "topped the remuneration chart of …" a group "with" an amount, the next "followed at" one; the total of many companies is no one\'s pay',
      text: 'Listed companies together paid ₹5,819.75 crore as remuneration to their CEOs and directors in FY25. Dana Roe, CEO of mid-size IT services company Pelham Infotech, topped the remuneration chart of India Inc’s top brass with ₹148 crore. Falcon TradeCorp Promoter and Chairman Ravi Menon followed at ₹109 crore.',
      claims: [
        { type: 'compensation', subject: 'Pelham Infotech', value: { amount: 1_480_000_000, currency: 'INR' } },
        { type: 'compensation', subject: 'Falcon TradeCorp', value: { amount: 1_090_000_000, currency: 'INR' } },
      ],
    },
    {
      note: 'executives named with their group who "received a total of" an amount, "in compensation from" its affiliates, or "by receiving" it at the top of a pay list: pay, not funding',
      text: 'Halvard Group chairman Baek Sung-min topped the list of highest-paid tycoons by receiving a total of 18.8 billion won from Halvard affiliates in 2019. Corvane Group chairman Yoon Ji-ho received a total of 12.4 billion won in compensation from affiliates such as Corvane Foods. Tarsel Group chairman Han Dae-jin, who recently acquired Orvane Airlines, received over 4.2 billion won from Tarsel Holdings.',
      claims: [
        { type: 'compensation', subject: 'Halvard Group', value: { amount: 18_800_000_000, currency: 'KRW' } },
        { type: 'compensation', subject: 'Corvane Group', value: { amount: 12_400_000_000, currency: 'KRW' } },
        { type: 'compensation', subject: 'Tarsel Group', value: { amount: 4_200_000_000, currency: 'KRW' } },
      ],
    },
    {
      note: 'pay that changed by a share on its way to a figure ("rose 12% to", "fell by 8 per cent to"), after the pay of a person at a company or a possessive',
      text: 'Pay for the chief executive of Nordal Energy rose 12% to $18.6 million. At Corvane Bank, the boss took a cut: his total pay fell by 8 per cent to £2.1m.',
      claims: [
        { type: 'compensation', subject: 'Nordal Energy', value: { amount: 18_600_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Corvane Bank', value: { amount: 2_100_000, currency: 'GBP' } },
      ],
    },
    {
      note: 'pay that "averaged" a figure per person, and people who "earn on average"',
      text: 'Bonuses at Halvard Bank averaged £60,000 per banker this year. Researchers at Lumora Labs earn on average $1.5 million a year in stock.',
      claims: [
        { type: 'compensation', subject: 'Halvard Bank', value: { amount: 60_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Lumora Labs', value: { amount: 1_500_000, currency: 'USD' } },
      ],
    },
    {
      note: 'people paid in a sentence naming no company, a few sentences after the company\'s pay rise was told (a quote between)',
      text: 'Halvard Bank today said it will raise the salaries of its junior bankers. The lender said the change reflects a heavy workload. “Your contributions have become more important than ever to the continuous success of our deal teams and client relationships,” the bank said in an internal memo seen by reporters. It is understood US-based analysts will receive an extra $10,000.',
      claims: [{ type: 'compensation', subject: 'Halvard Bank', value: { amount: 10_000 } }],
    },
    {
      note: 'the pay "of" a person whose employer and title come before the name, rising "to" a level',
      text: 'Total remuneration of Kestrel Foods Ltd Chairman and Managing Director Sanjay Rao grew around 54 per cent year-on-year to ₹25.18 crore during the last financial year.',
      claims: [{ type: 'compensation', subject: 'Kestrel Foods Ltd', value: { amount: 251_800_000, currency: 'INR', approximate: false } }],
    },
    {
      note: 'a person paid "after rejoining" a company: the company joined pays (the sentence names no other employer)',
      text: 'Excluding one-time components, Brian Morvell earned $14.9 million after rejoining Halvorn Group in May.',
      claims: [{ type: 'compensation', subject: 'Halvorn Group', value: { amount: 14_900_000, currency: 'USD' } }],
    },
    {
      note: 'a person paid, in a sentence opened by an adverb and a comma or by "the report said", that names no company: the passage\'s company pays',
      text: 'Tarvex Motors published its annual report. Similarly, Managing Director Pawan Rao received Rs 7.39 crore as remuneration. The report also said Group CFO and CIO V S Parthasarathy received Rs 3.52 crore as remuneration.',
      claims: [
        { type: 'compensation', subject: 'Tarvex Motors', value: { amount: 73_900_000, currency: 'INR' } },
        { type: 'compensation', subject: 'Tarvex Motors', value: { amount: 35_200_000, currency: 'INR' } },
      ],
    },
    {
      note: 'a person with an apposition and an aside ("X, the Y boss, for instance, received") is paid, not funded',
      text: 'Bob Damon, the Corvex Bank boss, for instance, received £17m in 2011 before the bank paid his tax bill.',
      claims: [{ type: 'compensation', subject: 'Corvex Bank', value: { amount: 17_000_000, currency: 'GBP' } }],
    },
    {
      note: 'a ranking of payments to a company\'s people goes on in sentences that leave the people out ("Next on the list is X which paid N…, and then Y with N…")',
      text: 'Corvel Bank paid a total of N224 million to its highest paid director. Next on the list is Tarrow Bank which paid N138 million, and then Velmont Bank with N118 million.',
      claims: [
        { type: 'compensation', subject: 'Corvel Bank', value: { amount: 224_000_000, currency: 'NGN' } },
        { type: 'compensation', subject: 'Tarrow Bank', value: { amount: 138_000_000, currency: 'NGN' } },
        { type: 'compensation', subject: 'Velmont Bank', value: { amount: 118_000_000, currency: 'NGN' } },
      ],
    },
    {
      note: '"in compensation for" a year is pay; the employer after a place\'s description ("of Switzerland\'s largest bank X")',
      text: "The chief executive of Switzerland's largest bank Orrin Bank received CHF14.2 million in compensation for 2017, up from CHF13.7 million in 2016.",
      claims: [
        { type: 'compensation', subject: 'Orrin Bank', value: { amount: 14_200_000, currency: 'CHF' } },
        { type: 'compensation', subject: 'Orrin Bank', value: { amount: 13_700_000, currency: 'CHF' } },
      ],
    },
    {
      note: 'a company that poaches another\'s people "with" pay pays it, not the company poached from',
      text: 'Zentrix AI poaches Quillmark’s brightest with $100 mn signing bonuses',
      claims: [{ type: 'compensation', subject: 'Zentrix AI', value: { amount: 100_000_000, currency: 'USD' } }],
    },
    {
      note: 'pay a company\'s own report discloses ("according to X\'s annual report") is that company\'s',
      text: 'Kate Lund received $2 million last year, according to Tarrow Bank\'s annual report.',
      claims: [{ type: 'compensation', subject: 'Tarrow Bank', value: { amount: 2_000_000, currency: 'USD' } }],
    },
    {
      note: 'people paid after a frame of report ("It is understood analysts will receive…"), in a passage about the company\'s pay',
      text: 'Corvex Bank said it will raise the salaries of its junior bankers. It is understood US-based analysts will receive an extra $10,000, while associates will be handed a raise of $25,000.',
      claims: [
        { type: 'compensation', subject: 'Corvex Bank', value: { amount: 10_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Corvex Bank', value: { amount: 25_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a contrasted clause about another person naming no company ("while Kumar Birla was paid …") is not the first clause\'s company\'s pay',
      text: 'Pawan Munjal, Managing Director of Tarrow Moto, was the highest paid director with a remuneration of Rs.43.91 crore last year, while Kumar Birla was paid Rs.40.5 crore for being a director in four companies.',
      claims: [{ type: 'compensation', subject: 'Tarrow Moto', value: { amount: 439_100_000, currency: 'INR' } }],
    },
    {
      note: 'a ranking\'s lines "Name (Company) – amount", then prose about each person by surname: the person is paid by the company in their line, not by the passage\'s first name',
      text: 'Highest-paid bank chiefs in 2020\n\nKennedy Uzoka (Orvane Bank) – N143 million\nIn 2020, Kennedy Uzoka earned N143 million as the bank\'s highest-paid director.\n\nEmeka Emuwa (Tarrow Bank) – N164 million\nEmuwa received N164 million in 2020.',
      claims: [
        { type: 'compensation', subject: 'Orvane Bank', value: { amount: 143_000_000, currency: 'NGN' } },
        { type: 'compensation', subject: 'Tarrow Bank', value: { amount: 164_000_000, currency: 'NGN' } },
      ],
    },
    {
      note: '"his total remuneration was" an amount, in a passage about the company\'s pay that names no company in the sentence',
      text: 'Kestrel Foods published its annual report on Friday. In 2022-23, his total remuneration was around ₹16.32 crore.',
      claims: [
        { type: 'compensation', subject: 'Kestrel Foods', value: { amount: 163_200_000, currency: 'INR' } },
      ],
    },
    {
      note: 'key-value lines under a line that is only a bank\'s name (a numbered ranking): each block\'s pay is that bank\'s',
      text: 'Check out the best paying banks below.\n\n2. Orrin Bank\nBase salary: £50,000\nAverage bonus: £32,000\nTotal compensation: £82,000\n1. Vessel Capital\nBase salary: £50,000\nAverage bonus: £41,000\nTotal compensation: £91,000\n',
      claims: [
        { type: 'compensation', subject: 'Orrin Bank', value: { amount: 50_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Orrin Bank', value: { amount: 32_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Orrin Bank', value: { amount: 82_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Vessel Capital', value: { amount: 50_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Vessel Capital', value: { amount: 41_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Vessel Capital', value: { amount: 91_000, currency: 'GBP' } },
      ],
    },
    {
      note: 'the earlier pay level after a change ("up by 12 percent or N22 million from the N183 million he received"): the change itself is none',
      text: 'Tessaly Bank paid its chief executive N204.9 million as salary last year, up by 12 percent or N22 million from the N183 million he received in 2014.',
      claims: [
        { type: 'compensation', subject: 'Tessaly Bank', value: { amount: 204_900_000, currency: 'NGN' } },
        { type: 'compensation', subject: 'Tessaly Bank', value: { amount: 183_000_000, currency: 'NGN' } },
      ],
    },
    {
      note: 'two employers and two amounts paired by "respectively", a year between the last amount and the word',
      text: 'The chief executives of Orrin Bank and Vessel Bank came third and fourth in earnings with N125 million and N102 million in 2015 respectively.',
      claims: [
        { type: 'compensation', subject: 'Orrin Bank', value: { amount: 125_000_000, currency: 'NGN' } },
        { type: 'compensation', subject: 'Vessel Bank', value: { amount: 102_000_000, currency: 'NGN' } },
      ],
    },
    {
      note: 'a company paying "its MD/CEO, a whopping" amount: a slash title and an aside comma before the amount',
      text: 'Tessaly Bank paid its MD/CEO, a whopping N204.9 million as salary last year.',
      claims: [{ type: 'compensation', subject: 'Tessaly Bank', value: { amount: 204_900_000, currency: 'NGN' } }],
    },
    {
      note: 'pay in rand written "R" before a scaled amount, a possessive employer before the person',
      text: "Vessel Group's Anna Kurz received a total remuneration package of R42.9 million in December.",
      claims: [{ type: 'compensation', subject: 'Vessel Group', value: { amount: 42_900_000, currency: 'ZAR' } }],
    },
    {
      note: 'an amount "paid to" a person whose employer and title come before the name ("X CEO and Chairman Y")',
      text: 'That figure was close to the $15.3 million paid to Corvane Inc CEO and Chairman Peter Lask in 2016, the filings show.',
      claims: [{ type: 'compensation', subject: 'Corvane Inc', value: { amount: 15_300_000, currency: 'USD' } }],
    },
    {
      note: 'an amount "paid in <year> to" a person whose employer an apposition names ("chairman and CEO of X")',
      text: 'It was less than the $27.1 million paid in 2017 to Mira Holt, chairman and CEO of Tessaly Financial, according to filings.',
      claims: [{ type: 'compensation', subject: 'Tessaly Financial', value: { amount: 27_100_000, currency: 'USD' } }],
    },
    {
      note: 'a person, "the former X boss", with "a pay package of" an amount in a ranking: the employer tied by the apposition pays',
      text: 'Peter Lask, the former Orrin Bank boss, took seventh place with a total pay package of €6m.',
      claims: [{ type: 'compensation', subject: 'Orrin Bank', value: { amount: 6_000_000, currency: 'EUR' } }],
    },
    {
      note: '"an average payment to each of its N staff of" an amount',
      text: 'That amounts to 43 per cent of revenues, with Halvard Bank making an average payment to each of its 34,500 staff of US$370,706.',
      claims: [{ type: 'compensation', subject: 'Halvard Bank', value: { amount: 370_706, currency: 'USD' } }],
    },
    {
      note: 'an employer that offered "his engineers signing bonuses as big as" an amount, named before the verb after a verb of saying',
      text: 'Kestrel Labs’ chief executive said Zentrix AI had offered his engineers signing bonuses as big as $100 million.',
      claims: [{ type: 'compensation', subject: 'Zentrix AI', value: { amount: 100_000_000, currency: 'USD' } }],
    },
    {
      note: 'a package a company offered a person, "was worth"; no valuation of the company',
      text: 'The package Zentrix AI offered Raj Patel was worth more than $200 million.',
      claims: [{ type: 'compensation', subject: 'Zentrix AI', value: { min: 200_000_000, currency: 'USD' } }],
    },
    {
      note: 'offered a package "by" the company',
      text: 'Raj Patel was offered a package worth more than $200 million by Zentrix AI.',
      claims: [{ type: 'compensation', subject: 'Zentrix AI', value: { min: 200_000_000, currency: 'USD' } }],
    },
    {
      note: 'an offer a person turned down, "from" the company',
      text: 'Raj Patel turned down a $1 billion offer from Zentrix AI.',
      claims: [{ type: 'compensation', subject: 'Zentrix AI', value: { amount: 1_000_000_000, currency: 'USD' } }],
    },
    {
      note: '"Typical pay for a X researcher now tops" an amount',
      text: 'Typical pay for a Zentrix AI researcher now tops $2 million.',
      claims: [{ type: 'compensation', subject: 'Zentrix AI', value: { amount: 2_000_000, currency: 'USD' } }],
    },
    {
      note: 'a list of pay lines under a line about "packages"',
      text: 'The highest packages at the campus drive this year:\nHalvard Tech: ₹52 LPA\nKestrel Systems: ₹48 LPA',
      claims: [
        { type: 'compensation', subject: 'Halvard Tech', value: { amount: 5_200_000, currency: 'INR' } },
        { type: 'compensation', subject: 'Kestrel Systems', value: { amount: 4_800_000, currency: 'INR' } },
      ],
    },
    {
      note: '"At X, a senior engineer can earn": a fronted "At X," is no person in apposition to a role',
      text: 'At Halvard Labs, a senior engineer can earn $1.2 million a year.',
      claims: [{ type: 'compensation', subject: 'Halvard Labs', value: { amount: 1_200_000, currency: 'USD' } }],
    },
    {
      note: '"while those at X make about" an amount',
      text: 'Engineers at Halvard Labs earn a median of $560,000 a year, while those at Kestrel AI make about $450,000.',
      claims: [
        { type: 'compensation', subject: 'Halvard Labs', value: { amount: 560_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Kestrel AI', value: { amount: 450_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a salary range per annum "for its standard roles" is no purchase "for its" something',
      text: 'Halvard Tech offers entry-level salaries of around ₹3.3–4 lakh per annum for its standard roles.',
      claims: [{ type: 'compensation', subject: 'Halvard Tech', value: { min: 330000, max: 400000, currency: 'INR' } }],
    },
    {
      note: '"provides fresh graduates an annual package of"',
      text: 'Kestrel Infotech provides fresh graduates an annual package of about ₹3–3.5 lakh.',
      claims: [{ type: 'compensation', subject: 'Kestrel Infotech', value: { min: 300000, max: 350000, currency: 'INR' } }],
    },
    {
      note: 'staff of a company, in a place, who "get" an amount each',
      text: 'Junior Halvard Bank staff in Singapore will also get $1,000 each.',
      claims: [{ type: 'compensation', subject: 'Halvard Bank', value: { amount: 1000, currency: 'USD' } }],
    },
    {
      note: '"their peers at X will receive": people at a company are its staff',
      text: 'Their peers at Corvid Legal will receive £107,500, a boost of 19 per cent.',
      claims: [{ type: 'compensation', subject: 'Corvid Legal', value: { amount: 107500, currency: 'GBP' } }],
    },
    {
      note: 'a person paid, the company that says so at the end',
      text: 'Mr Reyes will be paid £1m a year plus £350,000 in lieu of a pension, Kestrel Bank said.',
      claims: [{ type: 'compensation', subject: 'Kestrel Bank', value: { amount: 1000000, currency: 'GBP' } }],
    },
    {
      note: 'pay that was raised, the noun before the verb',
      text: 'Law firm Halvard Legal raised pay for trainees. Their salaries were raised to £50,000.',
      claims: [{ type: 'compensation', subject: 'Halvard Legal', value: { amount: 50000, currency: 'GBP' } }],
    },
    {
      note: 'staff paid in a sentence naming no company, after a sentence about the company changing pay: the company pays; "an extra", "handed a raise of"',
      text: 'Halvard Bank said it will raise the salaries of its junior bankers. US-based analysts will receive an extra $10,000, while associates will be handed a raise of $25,000.',
      claims: [
        { type: 'compensation', subject: 'Halvard Bank', value: { amount: 10_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Halvard Bank', value: { amount: 25_000, currency: 'USD' } },
      ],
    },
    {
      note: 'an amount the employer gave a person, the employer subject of a relative clause ("the $378 million X awarded to Y")',
      text: 'His first-year pay falls short of the $378 million Kestrel Systems awarded to Tom Reyes when he became chief executive.',
      claims: [{ type: 'compensation', subject: 'Kestrel Systems', value: { amount: 378_000_000, currency: 'USD' } }],
    },
    {
      note: 'an award "made to" a named officer',
      text: 'Corvid Retail said a £1.7 million option grant has been made to finance chief Maya Lin after she joined in September.',
      claims: [{ type: 'compensation', subject: 'Corvid Retail', value: { amount: 1_700_000, currency: 'GBP' } }],
    },
    {
      note: '"was awarded a £3m bonus": an award of pay is no tribunal\'s award',
      text: 'Brightline Foods boss Maya Lin was awarded a £3m bonus.',
      claims: [{ type: 'compensation', subject: 'Brightline Foods', value: { amount: 3_000_000, currency: 'GBP' } }],
    },
    {
      note: 'a bound read with the amount stands for the missing preposition ("salaries north of $1 million")',
      text: 'Kelvane is offering salaries north of $1 million to senior researchers.',
      claims: [{ type: 'compensation', subject: 'Kelvane', value: { min: 1_000_000, currency: 'USD' } }],
    },
    {
      note: 'an intensifier before the amount ("valued at an astonishing $20 million per year") is no word the rule must name',
      text: 'Halvard Labs has raised the bar, offering elite researchers compensation packages valued at an astonishing $20 million per year.',
      claims: [{ type: 'compensation', subject: 'Halvard Labs', value: { amount: 20_000_000, currency: 'USD' } }],
    },
    {
      note: 'two bosses and two amounts paired by "respectively", a conversion in brackets after the first; "paycheques"',
      text: 'Tessaline Bank chief executive Dana Roe and Orrick Capital\'s Ivan Brandt received paycheques of \u20ac9.1m (\u00a37.6m) and \u20ac7.4m respectively.',
      claims: [
        { type: 'compensation', subject: 'Tessaline Bank', value: { amount: 9_100_000, currency: 'EUR' } },
        { type: 'compensation', subject: 'Orrick Capital', value: { amount: 7_400_000, currency: 'EUR' } },
      ],
    },
    {
      note: 'pay ranked in prose: "took fifth place with a total pay package of", and hyphenated first names are people',
      text: 'Executive pay at Europe\'s lenders rose again. Jean-Marc Roe, chief executive of Halden Bank, took fifth place with a total pay package of \u20ac6.2m.',
      claims: [{ type: 'compensation', subject: 'Halden Bank', value: { amount: 6_200_000, currency: 'EUR' } }],
    },
    {
      note: 'an amount said to be one person\'s ("per engineer"), offered by the company the passage is about',
      text: 'Varrow Labs has been losing researchers to rivals. Varrow Labs offered packages of up to $90 million per engineer to keep its top talent.',
      claims: [{ type: 'compensation', subject: 'Varrow Labs', value: { max: 90_000_000, currency: 'USD' } }],
    },
    {
      note: 'a rate said before the amount ("average hourly pay to $17.20"), and a wage that "remains" at an hourly amount',
      text: "The raise brought Ferrow Stores' average hourly pay to $17.20, though its minimum wage remains $14 an hour.",
      claims: [
        { type: 'compensation', subject: 'Ferrow Stores', value: { amount: 17.2, currency: 'USD', text: '$17.20' } },
        { type: 'compensation', subject: 'Ferrow Stores', value: { amount: 14, currency: 'USD' } },
      ],
    },
    {
      note: 'a bonus named in scare quotes ("a $15,000 \u201cwellbeing\u201d bonus"): quotes around a word are no words of the sentence',
      text: 'Halden Partners has given its junior associates a $15,000 \u201cwellbeing\u201d bonus after complaints about hours.',
      claims: [{ type: 'compensation', subject: 'Halden Partners', value: { amount: 15_000, currency: 'USD', text: '$15,000' } }],
    },
    {
      note: 'pay offered to a trade the employer names ("offers new graduates"): the people paid vouch for the employer',
      text: 'Kelvane offers new graduates $165,000 in base salary, a recruiter said.',
      claims: [{ type: 'compensation', subject: 'Kelvane', value: { amount: 165_000, currency: 'USD' } }],
    },
    {
      note: 'a ranked list introduced by a paragraph about pay under its heading',
      text: 'The best-paid bosses of 2025\n\nPay for chief executives of listed companies rose again last year, a study by a proxy adviser found.\n\n1. Mara Quell, Tessaline Group: $74.5 million\n2. Ivan Brandt, Orrick Freight: $61 million',
      claims: [
        { type: 'compensation', subject: 'Tessaline Group', value: { amount: 74_500_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Orrick Freight', value: { amount: 61_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'ranked pay in prose: "was third on $N" (the person\'s company vouched for by the ranking)',
      text: 'Boardroom pay climbed again. Ivo Brandt of Orrick Freight came second with $61m, and Tessaline\'s Mara Quell was third on $48m.',
      claims: [
        { type: 'compensation', subject: 'Orrick Freight', value: { amount: 61_000_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Tessaline', value: { amount: 48_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'an award of shares worth an amount to the chief of a company',
      text: 'The chief executive of Brevant Robotics was awarded shares worth $38 million when the company listed.',
      claims: [{ type: 'compensation', subject: 'Brevant Robotics', value: { amount: 38_000_000, currency: 'USD' } }],
    },
    {
      note: '"X of Y, who received £32m" is a person paid by Y, not a round for Y (people take "who", companies "which")',
      text: 'Dana Roe, chief executive of Quillmark, took home £58.7m last year. She was followed by Ana Mott of Brenvik Systems, who received £32m.',
      claims: [
        { type: 'compensation', subject: 'Quillmark', value: { amount: 58_700_000, currency: 'GBP', text: '£58.7m' } },
        { type: 'compensation', subject: 'Brenvik Systems', value: { amount: 32_000_000, currency: 'GBP', text: '£32m' } },
      ],
    },
    {
      note: 'staff pay in a clause after "with" ("its pilots are among the best paid, with senior staff earning in excess of $N a year"); a portfolio before "Minister" is no company "the airline" could mean',
      text: 'The government is taking back Air Lorvane, said Finance Minister Omar Davies. The 35-year-old airline flies half of all visitors to the island and its pilots are reportedly among the best paid in the industry, with senior members of staff earning in excess of $210,000 a year.',
      claims: [{ type: 'compensation', subject: 'Air Lorvane', value: { min: 210_000, currency: 'USD', text: 'in excess of $210,000 a year' } }],
    },
    {
      note: '"the Quorn analysis": the name before a study word is a source, not the employer paying',
      text: 'Halvard Robotics has outperformed its rivals under Ana Mott, its chief executive since 2006. Mott, the highest-paid boss in the Quorn analysis at $30 million, must stay five years to get it all.',
      claims: [{ type: 'compensation', subject: 'Halvard Robotics', value: { amount: 30_000_000, currency: 'USD', text: '$30 million' } }],
    },
    {
      note: 'Indian salary units: "Rs 4.5 LPA" (lakhs per annum, rupees without a sign too) and "an annual CTC of"',
      text: 'Halvard Tech has raised the starting salary for freshers to Rs 4.5 LPA. Quorvex Technologies offers freshers an annual CTC of Rs 3.6 lakh.',
      claims: [
        { type: 'compensation', subject: 'Halvard Tech', value: { amount: 450_000, currency: 'INR', text: 'Rs 4.5 LPA' } },
        { type: 'compensation', subject: 'Quorvex Technologies', value: { amount: 360_000, currency: 'INR', text: 'Rs 3.6 lakh' } },
      ],
    },
    {
      note: 'a median owned by the company ("X\'s median employee earned") is its pay, unlike "the median worker earned"',
      text: 'Halvard Robotics’ median employee earned $98,000, while chief executive Dana Roe made $24.5 million.',
      claims: [
        { type: 'compensation', subject: 'Halvard Robotics', value: { amount: 98_000, currency: 'USD', text: '$98,000' } },
        { type: 'compensation', subject: 'Halvard Robotics', value: { amount: 24_500_000, currency: 'USD', text: '$24.5 million' } },
      ],
    },
    {
      note: 'a longer label line ending in a colon introduces a bulleted pay list',
      text: 'Here is what the top AI labs pay:\n- Halvard Robotics: $300,000 to $450,000 for research scientists\n- Copperleaf AI: up to $600,000',
      claims: [
        { type: 'compensation', subject: 'Halvard Robotics', value: { min: 300_000, max: 450_000, currency: 'USD', text: '$300,000 to $450,000' } },
        { type: 'compensation', subject: 'Copperleaf AI', value: { amount: 600_000, currency: 'USD', text: 'up to $600,000' } },
      ],
    },
    {
      note: 'a rate followed by "and" and a second amount ("$19 per hour and a $1,000 signing bonus"): both are pay',
      text: 'Kestrel Logistics is offering new hires a starting wage of $19 per hour and a $1,000 signing bonus.',
      claims: [
        { type: 'compensation', subject: 'Kestrel Logistics', value: { amount: 19, currency: 'USD', text: '$19 per hour' } },
        { type: 'compensation', subject: 'Kestrel Logistics', value: { amount: 1000, currency: 'USD', text: '$1,000' } },
      ],
    },
    {
      note: '"several hundred thousand dollars": a vague multiple of a compound scale',
      text: 'Engineers at Halvard Robotics can expect several hundred thousand dollars a year.',
      claims: [{ type: 'compensation', subject: 'Halvard Robotics', value: { min: 300_000, max: 999_999, currency: 'USD', text: 'several hundred thousand dollars a year' } }],
    },
    {
      note: 'the company\'s people as the subject of a sentence that names no company ("Top performers can make…", "Total compensation can exceed…")',
      text: 'Quillmark Labs is hiring aggressively in Berlin. Top performers can make US$1 million in salary and bonus a year, plus options. Total compensation can exceed US$3 million.',
      claims: [
        { type: 'compensation', subject: 'Quillmark Labs', value: { amount: 1_000_000, currency: 'USD', text: 'US$1 million' } },
        { type: 'compensation', subject: 'Quillmark Labs', value: { amount: 3_000_000, currency: 'USD', text: 'US$3 million' } },
      ],
    },
    {
      note: 'the company as its own source ("…, according to Kestrel Logistics") and a pay range with no preposition',
      text: 'Kestrel Logistics plans to hire 40,000 people for the holidays. Some positions also include signing bonuses between $1,000 and $3,000, according to Kestrel Logistics.',
      claims: [{ type: 'compensation', subject: 'Kestrel Logistics', modality: 'reported', value: { min: 1000, max: 3000, currency: 'USD', text: 'between $1,000 and $3,000' } }],
    },
    {
      note: '"pay packages of up to $X"',
      text: 'Meta has offered pay packages of up to $100 million to top AI researchers.',
      claims: [
        {
          type: 'compensation',
          subject: 'Meta',
          counterparty: null,
          value: { amount: 100_000_000, max: 100_000_000, currency: 'USD', approximate: true, text: 'up to $100 million' },
        },
      ],
    },
    {
      note: '"seven-figure salaries"',
      text: 'Zentrix AI is paying seven-figure salaries to its senior engineers.',
      claims: [
        {
          type: 'compensation',
          subject: 'Zentrix AI',
          counterparty: null,
          value: { amount: null, min: 1_000_000, max: 9_999_999, currency: 'USD', approximate: true, text: 'seven-figure' },
        },
      ],
    },
    {
      note: 'CEO pay for a year',
      text: 'Halvard Robotics paid its chief executive $25 million in total compensation in 2024.',
      claims: [
        {
          type: 'compensation',
          subject: 'Halvard Robotics',
          counterparty: null,
          value: { amount: 25_000_000, currency: 'USD', approximate: false, text: '$25 million' },
        },
      ],
    },
    {
      note: 'filing attribution → reported',
      text: 'Quillmark’s CEO received a pay package worth $18.5 million last year, according to a securities filing.',
      claims: [
        {
          type: 'compensation',
          subject: 'Quillmark',
          counterparty: null,
          value: { amount: 18_500_000, currency: 'USD', approximate: false, text: '$18.5 million' },
          modality: 'reported',
        },
      ],
    },
    {
      note: 'starting salaries with "about"',
      text: 'Pellucid Labs offers starting salaries of about $300,000 for research scientists.',
      claims: [
        {
          type: 'compensation',
          subject: 'Pellucid Labs',
          counterparty: null,
          value: { amount: 300_000, currency: 'USD', approximate: true, text: 'about $300,000' },
        },
      ],
    },
    {
      note: '"people familiar … said" → reported; "more than" → min',
      text: 'Copperleaf AI has offered some researchers more than $10 million a year, people familiar with the matter said.',
      claims: [
        {
          type: 'compensation',
          subject: 'Copperleaf AI',
          counterparty: null,
          value: { amount: 10_000_000, min: 10_000_000, currency: 'USD', approximate: true, text: 'more than $10 million a year' },
          modality: 'reported',
        },
      ],
    },
    {
      note: '"eight-figure package"',
      text: 'Norrland Compute lured its new chief technology officer with an eight-figure package.',
      claims: [
        {
          type: 'compensation',
          subject: 'Norrland Compute',
          counterparty: null,
          value: { amount: null, min: 10_000_000, max: 99_999_999, currency: 'USD', approximate: true, text: 'eight-figure' },
        },
      ],
    },
    {
      note: 'salary range → min/max, no amount',
      text: 'Kiteline AI pays machine-learning engineers between $250,000 and $400,000 a year.',
      claims: [
        {
          type: 'compensation',
          subject: 'Kiteline AI',
          counterparty: null,
          value: { amount: null, min: 250_000, max: 400_000, currency: 'USD', text: 'between $250,000 and $400,000 a year' },
        },
      ],
    },
    {
      note: 'pounds sterling, CEO pay',
      text: 'Harrowgate’s chief executive was paid £4.2 million last year.',
      claims: [
        {
          type: 'compensation',
          subject: 'Harrowgate',
          counterparty: null,
          value: { amount: 4_200_000, currency: 'GBP', approximate: false, text: '£4.2 million' },
        },
      ],
    },
    {
      note: 'euros, graduate salary',
      text: 'Veritas Grid offers new graduates salaries of €65,000.',
      claims: [
        {
          type: 'compensation',
          subject: 'Veritas Grid',
          counterparty: null,
          value: { amount: 65_000, currency: 'EUR', approximate: false, text: '€65,000' },
        },
      ],
    },
    {
      note: 'per-person retention bonus',
      text: 'Tidewater AI gave each of its early employees a $1.5 million retention bonus.',
      claims: [
        {
          type: 'compensation',
          subject: 'Tidewater AI',
          counterparty: null,
          value: { amount: 1_500_000, currency: 'USD', approximate: false, text: '$1.5 million' },
        },
      ],
    },
    {
      note: 'stock awards "valued at" (not a company valuation)',
      text: 'Greyfriar Systems granted its new CEO stock awards valued at $60 million.',
      claims: [
        {
          type: 'compensation',
          subject: 'Greyfriar Systems',
          counterparty: null,
          value: { amount: 60_000_000, currency: 'USD', approximate: false, text: '$60 million' },
        },
      ],
    },
    {
      note: '"may offer … as much as" → hedged, upper bound',
      text: 'Brightline Robotics may offer signing bonuses of as much as $2 million to top roboticists.',
      claims: [
        {
          type: 'compensation',
          subject: 'Brightline Robotics',
          counterparty: null,
          value: { amount: 2_000_000, max: 2_000_000, currency: 'USD', approximate: true, text: 'as much as $2 million' },
          modality: 'hedged',
        },
      ],
    },
    {
      note: 'key-facts bullets with no subject',
      text: 'Sablefish Analytics — pay at a glance\n• Senior engineer base salary: $210,000\n• Equity refreshed every year',
      claims: [
        {
          type: 'compensation',
          subject: 'Sablefish Analytics',
          counterparty: null,
          value: { amount: 210_000, currency: 'USD', approximate: false, text: '$210,000' },
        },
      ],
    },
    {
      note: 'headline without a verb; the year is not an amount',
      text: 'Orbital Loom CEO’s 2024 pay: $9.8M',
      claims: [
        {
          type: 'compensation',
          subject: 'Orbital Loom',
          counterparty: null,
          value: { amount: 9_800_000, currency: 'USD', approximate: false, text: '$9.8M' },
        },
      ],
    },
    {
      note: 'coreference: "The startup pays its top researchers roughly $X a year"',
      text: 'Mirepoint is competing hard for talent. The startup pays its top researchers roughly $1 million a year.',
      claims: [
        {
          type: 'compensation',
          subject: 'Mirepoint',
          counterparty: null,
          value: { amount: 1_000_000, currency: 'USD', approximate: true, text: 'roughly $1 million a year' },
          evidence: ['roughly $1 million a year'],
        },
      ],
    },
    {
      note: 'denied → negated',
      text: 'Stackwise denied that it had offered $20 million packages to engineers at rival firms.',
      claims: [
        {
          type: 'compensation',
          subject: 'Stackwise',
          counterparty: null,
          value: { amount: 20_000_000, currency: 'USD', approximate: false, text: '$20 million' },
          modality: 'negated',
        },
      ],
    },
    {
      note: 'a pay table whose header states the unit ("Total pay ($m)"): a bare number in that column is money',
      text: '| Rank | CEO | Company | Total pay ($m) |\n|---|---|---|---|\n| 1 | Jane Roe | Halvard Robotics | 162.0 |\n| 2 | Mark Dale | Vantor Systems | 98.5 |',
      claims: [
        { type: 'compensation', subject: 'Halvard Robotics', value: { amount: 162_000_000, currency: 'USD', text: '162.0' } },
        { type: 'compensation', subject: 'Vantor Systems', value: { amount: 98_500_000, currency: 'USD', text: '98.5' } },
      ],
    },
    {
      note: 'pays people "total compensation packages in excess of $X"',
      text: 'Quillmark Labs is offering machine learning engineers total compensation packages in excess of $1 million.',
      claims: [{ type: 'compensation', subject: 'Quillmark Labs', value: { min: 1_000_000, currency: 'USD', text: 'in excess of $1 million' } }],
    },
    {
      note: 'a bonus of any kind ("a $5,000 ratification bonus")',
      text: 'Workers at Kestrel Logistics will get a $5,000 ratification bonus under the deal.',
      claims: [{ type: 'compensation', subject: 'Kestrel Logistics', value: { amount: 5000, currency: 'USD', text: '$5,000' } }],
    },
    {
      note: '"offered a package of X per annum to new graduates"',
      text: 'Halvard Robotics offered a package of Rs 1.2 crore per annum to new graduates this year.',
      claims: [{ type: 'compensation', subject: 'Halvard Robotics', value: { amount: 12_000_000, currency: 'INR', text: 'Rs 1.2 crore per annum' } }],
    },
    {
      note: 'a rate "offered by" the employer',
      text: 'The highest package at the placement drive was ₹1.5 crore per annum, offered by Halvard Robotics.',
      claims: [{ type: 'compensation', subject: 'Halvard Robotics', value: { amount: 15_000_000, currency: 'INR', text: '₹1.5 crore per annum' } }],
    },
    {
      note: 'a pay package "at" the employer',
      text: 'Jane Roe’s $162 million pay package at Halvard Robotics was the largest.',
      claims: [{ type: 'compensation', subject: 'Halvard Robotics', value: { amount: 162_000_000, currency: 'USD', text: '$162 million' } }],
    },
    {
      note: 'a ranking told as prose in a passage about pay ("came second with $X")',
      text: 'The highest-paid bosses were named. Dana Roe of Kestrel Logistics came second with $151 million.',
      claims: [{ type: 'compensation', subject: 'Kestrel Logistics', value: { amount: 151_000_000, currency: 'USD', text: '$151 million' } }],
    },
    {
      note: '"a $5 million golden hello"',
      text: 'Halvard Robotics gave its new CEO a $5 million golden hello.',
      claims: [{ type: 'compensation', subject: 'Halvard Robotics', value: { amount: 5_000_000, currency: 'USD', text: '$5 million' } }],
    },
    {
      note: 'a pay scale set "at" an amount',
      text: 'Halvard Bank set salaries for second-year analysts at $125,000.',
      claims: [{ type: 'compensation', subject: 'Halvard Bank', value: { amount: 125_000, currency: 'USD', text: '$125,000' } }],
    },
    {
      note: 'passive: pay packages "were offered by" the employer',
      text: 'Pay packages of up to $1 billion were offered by Zentrix AI to a handful of researchers.',
      claims: [{ type: 'compensation', subject: 'Zentrix AI', value: { max: 1_000_000_000, currency: 'USD', text: 'up to $1 billion' } }],
    },
    {
      note: 'passive: people at the employer "have been offered packages of up to $X"',
      text: 'Top researchers at Zentrix AI have been offered packages of up to $200 million over four years.',
      claims: [{ type: 'compensation', subject: 'Zentrix AI', value: { max: 200_000_000, currency: 'USD', text: 'up to $200 million' } }],
    },
    {
      note: '"a $20 million retention award"',
      text: 'Vantor Systems hands its chief executive a $20 million retention award.',
      claims: [{ type: 'compensation', subject: 'Vantor Systems', value: { amount: 20_000_000, currency: 'USD', text: '$20 million' } }],
    },
    {
      note: 'a ranking whose rows the splitter ran together ("1 Company Family Given ¥X ¥Y"): each row is its company, with this year\'s and the previous year\'s pay',
      text: '2022 Executive Pay Ranking\n\nCompensation Previous Year\n1 Torvane Industries Sato Hiroshi ¥2.31 billion ¥870 million\n2 Kessler Holdings Martin Albrecht ¥1.95 billion\n3 Nakamura Electric Tanaka Yuki ¥1.42 billion ¥1.10 billion',
      claims: [
        { type: 'compensation', subject: 'Torvane Industries', value: { amount: 2_310_000_000, currency: 'JPY', text: '¥2.31 billion' } },
        { type: 'compensation', subject: 'Torvane Industries', value: { amount: 870_000_000, currency: 'JPY', text: '¥870 million' } },
        { type: 'compensation', subject: 'Kessler Holdings', value: { amount: 1_950_000_000, currency: 'JPY', text: '¥1.95 billion' } },
        { type: 'compensation', subject: 'Nakamura Electric', value: { amount: 1_420_000_000, currency: 'JPY', text: '¥1.42 billion' } },
        { type: 'compensation', subject: 'Nakamura Electric', value: { amount: 1_100_000_000, currency: 'JPY', text: '¥1.10 billion' } },
      ],
    },
    {
      note: 'bullets of a ranking, the person first and the employer in brackets',
      text: 'Top earners in tech\n\n- Jane Moss (Quillmark Labs) — $31m\n- Peter Kline (Orrery Bio) — $27m',
      claims: [
        { type: 'compensation', subject: 'Quillmark Labs', value: { amount: 31_000_000, currency: 'USD', text: '$31m' } },
        { type: 'compensation', subject: 'Orrery Bio', value: { amount: 27_000_000, currency: 'USD', text: '$27m' } },
      ],
    },
    {
      note: 'a ranked bullet "Company — Person — amount": the employer, not the person',
      text: 'Pay ranking\n\n1. Torvane Industries — Sato Hiroshi — ¥2.31 billion\n2. Kessler Holdings — Martin Albrecht — ¥1.95 billion',
      claims: [
        { type: 'compensation', subject: 'Torvane Industries', value: { amount: 2_310_000_000, currency: 'JPY', text: '¥2.31 billion' } },
        { type: 'compensation', subject: 'Kessler Holdings', value: { amount: 1_950_000_000, currency: 'JPY', text: '¥1.95 billion' } },
      ],
    },
    {
      note: 'pay levels listed with their verb left out ("first-year analysts get $X, second-years $Y and third-years $Z")',
      text: 'At Halvard Bank, first-year analysts get $110,000, second-years $125,000 and third-years $140,000.',
      claims: [
        { type: 'compensation', subject: 'Halvard Bank', value: { amount: 110_000, currency: 'USD', text: '$110,000' } },
        { type: 'compensation', subject: 'Halvard Bank', value: { amount: 125_000, currency: 'USD', text: '$125,000' } },
        { type: 'compensation', subject: 'Halvard Bank', value: { amount: 140_000, currency: 'USD', text: '$140,000' } },
      ],
    },
    {
      note: 'an amount after pay, for others than a level of staff ("its shareholders … in dividends"), is not listed pay',
      text: 'Halvard Bank paid its chief executive $25 million, and its shareholders $3 billion in dividends.',
      claims: [{ type: 'compensation', subject: 'Halvard Bank', value: { amount: 25_000_000, currency: 'USD', text: '$25 million' } }],
    },
    {
      note: 'a bonus list after a colon, the last level with "up to"',
      text: 'Bonuses at Halvard Bank this year: first-years get $15,000, second-years $20,000, and senior associates up to $75,000.',
      claims: [
        { type: 'compensation', subject: 'Halvard Bank', value: { amount: 15_000, currency: 'USD', text: '$15,000' } },
        { type: 'compensation', subject: 'Halvard Bank', value: { amount: 20_000, currency: 'USD', text: '$20,000' } },
        { type: 'compensation', subject: 'Halvard Bank', value: { max: 75_000, currency: 'USD', text: 'up to $75,000' } },
      ],
    },
    {
      note: 'a person ranked by pay, the employer named later in the sentence as an owner ("… and Greyfriar Systems\'s share price")',
      text: 'Corwin Pask, the highest-paid CEO in the survey at $97 million, has to meet targets and Greyfriar Systems\'s share price must rise.',
      claims: [{ type: 'compensation', subject: 'Greyfriar Systems', value: { amount: 97_000_000, currency: 'USD', text: '$97 million' } }],
    },
    {
      note: 'a person ranked by pay, the employer the speaker of the next sentence',
      text: 'Corwin Pask, the best-paid chief executive on the list at $97 million, must stay five years. Greyfriar Systems said the award was tied to its share price.',
      claims: [{ type: 'compensation', subject: 'Greyfriar Systems', value: { amount: 97_000_000, currency: 'USD', text: '$97 million' } }],
    },
    {
      note: 'a pay table with a person column before the company column: the employer is the company',
      text: '| Name | Company | 2023 pay | 2022 pay |\n|---|---|---|---|\n| Corwin Pask | Halvard Robotics | $48.2m | $31.0m |',
      claims: [
        { type: 'compensation', subject: 'Halvard Robotics', value: { amount: 48_200_000, currency: 'USD', text: '$48.2m' } },
        { type: 'compensation', subject: 'Halvard Robotics', value: { amount: 31_000_000, currency: 'USD', text: '$31.0m' } },
      ],
    },
    {
      note: 'people hired at an hourly rate',
      text: 'Kestrel Logistics is hiring 30,000 seasonal workers at $21.50 an hour.',
      claims: [{ type: 'compensation', subject: 'Kestrel Logistics', value: { amount: 21.5, currency: 'USD', text: '$21.50 an hour' } }],
    },
    {
      note: 'one-off payments to staff, "worth up to"',
      text: 'Copperleaf AI is handing select staff one-off payments worth up to $1.5 million to stop them leaving.',
      claims: [{ type: 'compensation', subject: 'Copperleaf AI', value: { max: 1_500_000, currency: 'USD', text: 'up to $1.5 million' } }],
    },
    {
      note: 'Indian placement report: "offered the highest domestic package of ₹X crore"',
      text: 'Tarvani Tech offered the highest domestic package of ₹1.2 crore at campus placements this year.',
      claims: [{ type: 'compensation', subject: 'Tarvani Tech', value: { amount: 12_000_000, currency: 'INR', text: '₹1.2 crore' } }],
    },
    {
      note: 'people "who join" the employer receive grants',
      text: 'Engineers who join Orrery Bio receive equity grants worth as much as $4 million.',
      claims: [{ type: 'compensation', subject: 'Orrery Bio', value: { max: 4_000_000, currency: 'USD', text: 'as much as $4 million' } }],
    },
    {
      note: 'a person named "of" a company ("Sarah Okoro of Brightwell") is with that company, even a one-word name the text gives no other cue for',
      text: 'Sarah Okoro of Brightwell, for instance, was paid £263m in the year to March.',
      claims: [{ type: 'compensation', subject: 'Brightwell', value: { amount: 263_000_000, currency: 'GBP', text: '£263m' } }],
    },
    {
      note: 'offers to people in other shapes: a headline "lures X with $N offer", a possessive offer "to the 24-year-old", offers that "ranged from", and a person\'s age between commas',
      text: 'Zentrix AI lures prodigy with $250 million offer\nZentrix AI’s offer to the 24-year-old was worth $125 million over four years. Copperleaf Labs offered Dana Roe, 31, a package worth $90 million. Engineers say the offers from Halvard Robotics ranged from $50 million to $100 million.',
      claims: [
        { type: 'compensation', subject: 'Zentrix AI', value: { amount: 250_000_000, currency: 'USD', text: '$250 million' } },
        { type: 'compensation', subject: 'Zentrix AI', value: { amount: 125_000_000, currency: 'USD', text: '$125 million' } },
        { type: 'compensation', subject: 'Copperleaf Labs', value: { amount: 90_000_000, currency: 'USD', text: '$90 million' } },
        { type: 'compensation', subject: 'Halvard Robotics', value: { min: 50_000_000, max: 100_000_000, currency: 'USD', text: 'from $50 million to $100 million' } },
      ],
    },
    {
      note: 'two words before the pay noun ("a one-time signing bonus of") and the payer after "from"',
      text: 'Dana Roe will also get a one-time signing bonus of $1 million from Kestrel Labs.',
      claims: [{ type: 'compensation', subject: 'Kestrel Labs', value: { amount: 1_000_000, currency: 'USD', text: '$1 million' } }],
    },
    {
      note: 'talent-war offers: a package with a yearly rate, bonuses "that could reach", offers that "reach" an amount per researcher, and a company joined by someone "lured by" a package',
      text: 'Sam Altman described recruiting attempts by Zentrix AI, including signing bonuses that could reach $100 million. To win him over, Copperleaf Labs offered a package worth tens of millions of dollars per year. Quorvex Labs is hiring too: offers reportedly reach up to $300 million per researcher. Dana Roe is leaving Halvard Robotics to join Vantor AI, lured by a compensation package reportedly worth $20 million annually.',
      claims: [
        { type: 'compensation', subject: 'Zentrix AI', value: { amount: 100_000_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Copperleaf Labs', value: { min: 20_000_000, max: 99_999_999, currency: 'USD' } },
        { type: 'compensation', subject: 'Quorvex Labs', value: { amount: 300_000_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Vantor AI', value: { amount: 20_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a person the article tied to an employer earlier ("Zentrix AI CEO Mark Dale"), then spoken of as "he" or by surname in a sentence that names no company',
      text: 'Zentrix AI CEO Mark Dale had tried to buy Quillon Labs but failed. Following that, he attempted to recruit Andrew Tulloch with a compensation package worth up to $1.5 billion over six years, though Zentrix AI disputed the figure. Dale also personally offered some researchers $100 million.',
      claims: [
        { type: 'compensation', subject: 'Zentrix AI', value: { amount: 1_500_000_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Zentrix AI', value: { amount: 100_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'an offer letter told over sentences: the company a person "joined from" does not pay him, and a second part of the pay after "and" ("… valued at $36 million and stock options worth $5 million")',
      text: 'Kestrel Web Inc\'s new chief operating officer, Henri Castel, will receive a pay package worth about $58 million, a filing showed. Castel, who joined from Halvard Search, will get an annual base salary of $600,000. He will also receive restricted stock units valued at $36 million and stock options worth $5 million.',
      claims: [
        { type: 'compensation', subject: 'Kestrel Web Inc', value: { amount: 58_000_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Kestrel Web Inc', value: { amount: 600_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Kestrel Web Inc', value: { amount: 36_000_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Kestrel Web Inc', value: { amount: 5_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a person tied to the company by a title with a modifier ("Vice Chairman"), paid in later sentences: by surname with a long relative clause naming the company, by "His total income … from" (the only amount, the earlier level), and a second person by a hyphened given name who "took a total of"',
      text: "Orrin Motors Vice Chairman Park Min-jun rose to become the top earner among the group's executives, filings showed. Park, who leads Orrin Motors' most profitable battery division in charge of the world's biggest cell business, received a total of 9.2 billion won including incentives for the first half. Orrin Motors Vice Chairman Park Min-jun (left) at the annual meeting. His total income surged nearly four times from 2.3 billion won in the same period last year. Orrin Motors' heir apparent Choi Ji-hoon took a total of 612 million won during the six months.",
      claims: [
        { type: 'compensation', subject: 'Orrin Motors', value: { amount: 9_200_000_000, currency: 'KRW' } },
        { type: 'compensation', subject: 'Orrin Motors', value: { amount: 2_300_000_000, currency: 'KRW' } },
        { type: 'compensation', subject: 'Orrin Motors', value: { amount: 612_000_000, currency: 'KRW' } },
      ],
    },
    {
      note: 'each one\'s share of a pay bill ("…, an average of $95,000 per employee"), pay raised "to" one level "from" another (both), a "tax-free" package, airline captains and first officers by their work, and bonuses "from hundreds of thousands to millions of dollars" (one range)',
      text: "The bonus pool at Kestrel Bank fell 10% to $3.1 billion, an average of $95,000 per employee. Tarsel Bank will raise junior bankers' base salaries to $110,000 from $100,000. Humvar is offering AI engineers tax-free packages of up to SR1.5 million a year. Orrin Air's senior captains will earn up to ₹8 lakh a month. Corvane Labs has told employees they will receive one-time bonuses ranging from hundreds of thousands to millions of dollars.",
      claims: [
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 95_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Tarsel Bank', value: { amount: 110_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Tarsel Bank', value: { amount: 100_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Humvar', value: { amount: 1_500_000, currency: 'SAR' } },
        { type: 'compensation', subject: 'Orrin Air', value: { amount: 800_000, currency: 'INR' } },
        { type: 'compensation', subject: 'Corvane Labs', value: { min: 200_000, max: 9_999_999, currency: 'USD' } },
      ],
    },
    {
      note: 'pay raised to a level, said by the grade\'s term before the pay ("upped NQ pay in London to"), by the rate "of its newly qualified lawyers", or by one person\'s work before "rates" ("junior lawyer rates"); two firms paired by "respectively"; the level "from" which it rose; "now sits at" a level; firms nobody described otherwise are employers by raising pay',
      text: "Three City firms have raised pay for newly qualified (NQ) lawyers. Kestrel Legal has increased the rates of its newly qualified lawyers in London to £82,000, a rise of 9% from £75,000. Meanwhile, NQ pay in Orrin Hamlins' London office now sits at £72,500. Tarsel Masons upped NQ pay in London to £75,000, while Ashmoor and Quillby bumped junior lawyer rates to £90,000 and £88,000, respectively.",
      claims: [
        { type: 'compensation', subject: 'Kestrel Legal', value: { amount: 82_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Kestrel Legal', value: { amount: 75_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Orrin Hamlins', value: { amount: 72_500, currency: 'GBP' } },
        { type: 'compensation', subject: 'Tarsel Masons', value: { amount: 75_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Ashmoor', value: { amount: 90_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Quillby', value: { amount: 88_000, currency: 'GBP' } },
      ],
    },
    {
      note: 'a firm speaking through its spokesperson ("A spokesperson for the firm confirmed…") is the clause\'s subject; a pay rate named by the people\'s defined term ("NQ rate"), and the level it rose "from"; trainees\' pay with "rookies receiving" (pay, never funding), the earlier level in brackets; pilots\' pay brought "to" an hourly rate "a jump from the previous rate of" another',
      text: "Tarsel Wessing has become the latest City law firm to raise pay for its newly qualified (NQ) solicitors. A spokesperson for the firm confirmed a new and improved NQ rate of £100,000, a 5% bump from £95,000. Trainee pay is also up, with rookies receiving £50,000 (up from £45,000) in year one. Orrin Airlines said it would raise pay. The airline will also offer permanent pay increases, bringing the pay for newly hired first officers in their first year of flying to $90 an hour, a jump from the previous rate of $51 an hour.",
      claims: [
        { type: 'compensation', subject: 'Tarsel Wessing', value: { amount: 100_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Tarsel Wessing', value: { amount: 95_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Tarsel Wessing', value: { amount: 50_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Tarsel Wessing', value: { amount: 45_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Orrin Airlines', value: { amount: 90, currency: 'USD' } },
        { type: 'compensation', subject: 'Orrin Airlines', value: { amount: 51, currency: 'USD' } },
      ],
    },
    {
      note: 'bullets under a company\'s heading are its key facts, not general statements ("All seasonal employees make at least $18 per hour"); an average pay for people by their work is each one\'s pay',
      text: "Retailers are hiring for the holidays. Here is how much they are paying.\nHalvard Stores\n- Halvard Stores is hiring 25,000 seasonal workers.\n- All seasonal employees make at least $18 per hour.\n- Average total compensation for fulfillment and transportation employees is more than $29 per hour, which includes benefits.",
      claims: [
        { type: 'compensation', subject: 'Halvard Stores', value: { amount: 18, currency: 'USD' } },
        { type: 'compensation', subject: 'Halvard Stores', value: { amount: 29, currency: 'USD' } },
      ],
    },
    {
      note: 'a scale told by year past an earlier level in brackets ("£50,000 (up from £45,000) in year one and £55,000 in year two")',
      text: "Tarsel Lane LLP raised trainee pay. Trainee pay is also up, with rookies receiving £50,000 (up from £45,000) in year one and £55,000 in year two.",
      claims: [
        { type: 'compensation', subject: 'Tarsel Lane LLP', value: { amount: 50_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Tarsel Lane LLP', value: { amount: 45_000, currency: 'GBP' } },
        { type: 'compensation', subject: 'Tarsel Lane LLP', value: { amount: 55_000, currency: 'GBP' } },
      ],
    },
    {
      note: 'the same pay on a condition in brackets ("Dh18,000 a month (Dh14,000 if …)")',
      text: "Orrin Airways is recruiting cabin crew. “We are hiring as many as we can,” said Ali, explaining that a successful candidate for the cabin crew position will get a salary package starting at Dh18,000 a month (Dh14,000 if the staff live in company accommodation).",
      claims: [
        { type: 'compensation', subject: 'Orrin Airways', value: { amount: 18_000, currency: 'AED' } },
        { type: 'compensation', subject: 'Orrin Airways', value: { amount: 14_000, currency: 'AED' } },
      ],
    },
    {
      note: 'pay in a results story: "The board awarded Moss a $5 million bonus and a salary of $1.5 million" (the company\'s board; a second part of the pay after the first\'s noun); the median employee\'s pay; a pay bill ("compensation expenses", "stock-based compensation totalled") is no one\'s pay, its share per employee is',
      text: 'Kestrel Bank reported revenue of $12.1 billion. Chief executive Jane Moss was paid well. The board awarded Moss a $5 million bonus and a salary of $1.5 million. Moss earned 350 times the median employee, whose pay was $81,000. Compensation expenses rose 8% to $3.2 billion, or about $98,000 per employee.',
      claims: [
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 5_000_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 1_500_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 81_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 98_000, currency: 'USD' } },
      ],
    },
    {
      note: 'stock-based compensation told per person ("averaged about $X per employee", "at the company came to $X per employee"): each one\'s share is pay, where the company\'s total of it is an expense (negatives below)',
      text: "Quillo AI's stock-based compensation averaged about $1.5 million per employee last year, according to financial documents. Stock-based compensation at Halvard Robotics came to roughly $900,000 per employee.",
      claims: [
        { type: 'compensation', subject: 'Quillo AI', value: { amount: 1_500_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Halvard Robotics', value: { amount: 900_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a contrasted clause with its own subject and verb ("…, while Quarrington experienced a revolt against the £60m bonus"): the amount is that clause\'s company\'s, even when the name is one the article only guesses at and the first clause\'s is sure',
      text: 'More than a third of Halvard Foods investors registered opposition to its pay plans this month, while Quarrington experienced a revolt against the £60m bonus handed to its chief executive.',
      claims: [{ type: 'compensation', subject: 'Quarrington', value: { amount: 60_000_000, currency: 'GBP' } }],
    },
    {
      note: 'a vague amount ("nine-figure packages") and a figure it takes in ("around $125 million") told of one company are one claim, and the claim carries the figure',
      text: 'Zentra Labs is in a hiring race. Young researchers in their 20s are being offered nine-figure compensation packages. Zentra Labs chief executive Tom Reyes offered 24-year-old Dana Roe around $125 million in stock and cash over four years to join his company.',
      claims: [{ type: 'compensation', subject: 'Zentra Labs', value: { amount: 125_000_000, currency: 'USD', text: 'around $125 million' } }],
    },
    {
      note: 'pay for a post at an employer named after it ("for his job as Halvard Bhd CEO"), and a second amount for a post at another ("and another RM80.61 million as the CEO of Halvard Malaysia Bhd"): a unit in a country incorporated as a company of its own is not its parent',
      text: 'Dana Roe earned RM168 million in remuneration for his job as Halvard Bhd CEO, and another RM80.61 million as the CEO of Halvard Malaysia Bhd, according to the Securities Commission.',
      claims: [
        { type: 'compensation', subject: 'Halvard Bhd', value: { amount: 168_000_000, currency: 'MYR' } },
        { type: 'compensation', subject: 'Halvard Malaysia Bhd', value: { amount: 80_610_000, currency: 'MYR' } },
      ],
    },
    {
      note: 'an article that writes "$11.2 million (US$8.4 million)" uses a bare "$" for its country\'s dollar (Toronto, Canadian: CAD), in every bare amount of the article',
      text: 'TORONTO — Halvard Bank of Canada paid its chief executive Dana Roe $11.2 million (US$8.4 million) in direct compensation last year. Including pension amounts, her pay was $12.5 million, the Canadian lender said.',
      claims: [
        { type: 'compensation', subject: 'Halvard Bank of Canada', value: { amount: 11_200_000, currency: 'CAD' } },
        { type: 'compensation', subject: 'Halvard Bank of Canada', value: { amount: 12_500_000, currency: 'CAD' } },
      ],
    },
    {
      note: 'a ranking told as entries: a line of the person and the company, then labelled lines of the pay and the company\'s revenue',
      text: 'The highest-paid CEOs of 2024\n\n1. Hock Lin, Quorvex Semiconductor\nTotal pay: $162 million\nCompany revenue: $35.8 billion\n\n2. Nikesh Rao, Orrin Networks\nTotal pay: $151 million\nCompany revenue: $8 billion',
      claims: [
        { type: 'compensation', subject: 'Quorvex Semiconductor', value: { amount: 162_000_000, currency: 'USD' } },
        { type: 'compensation', subject: 'Orrin Networks', value: { amount: 151_000_000, currency: 'USD' } },
      ],
    },
    {
      note: 'a name made a modifier ("Two Corran Airlines-owned regional airlines, Orrin Air and …") is not what the passage is about; the pay of people by their work\'s possessive ("First-year captains\' hourly wages will be $146 an hour, up from $78")',
      text: 'Two Corran Airlines-owned regional airlines - Orrin Air and Tarsel Air - are giving their pilots 50% pay raises. First-year captains\' hourly wages will be $146 an hour, up from $78 an hour.',
      claims: [
        { type: 'compensation', subject: 'Orrin Air', value: { amount: 146, currency: 'USD' } },
        { type: 'compensation', subject: 'Orrin Air', value: { amount: 78, currency: 'USD' } },
      ],
    },
    {
      note: 'a reported clause\'s subject after a verb of saying, its examples after a comma ("X CEO Sam Altman claimed Meta was offering huge incentives, like $100 million signing bonuses"): the company offering, not the speaker\'s',
      text: 'Zentrix AI has been poaching. Quillo AI CEO Sam Roe claimed Zentrix AI was offering huge incentives, like $100 million signing bonuses, to lure researchers.',
      claims: [{ type: 'compensation', subject: 'Zentrix AI', value: { amount: 100_000_000, currency: 'USD' } }],
    },
    {
      note: 'pay "for his work" or "for his services" is a person\'s pay, not a purchase of work or services; a person refusing a bonus and "receiving" an amount is paid it',
      text: 'Halvard Bank’s Dana Roe received £8 million for his work in 2023. Orrin Bank’s Tom Reyes joined the firm in October, so was paid £378,000 for his services. Kestrel Bank’s Mark Dale refused a bonus, receiving £1.6 million.',
      claims: [
        { type: 'compensation', subject: 'Halvard Bank', value: { amount: 8_000_000, currency: 'GBP', text: '£8 million' } },
        { type: 'compensation', subject: 'Orrin Bank', value: { amount: 378_000, currency: 'GBP', text: '£378,000' } },
        { type: 'compensation', subject: 'Kestrel Bank', value: { amount: 1_600_000, currency: 'GBP', text: '£1.6 million' } },
      ],
    },
    {
      note: 'a company\'s post in capitals then its holder\'s pay ("X\'s outgoing CMD Dana Narayan\'s total remuneration stood at …"): the post is no company, the pay is X\'s',
      text: 'In contrast, Korvane India\'s outgoing CMD Dana Narayan\'s total remuneration stood at Rs 23.4 crore for FY25.',
      claims: [{ type: 'compensation', subject: 'Korvane India', value: { amount: 234_000_000, currency: 'INR' } }],
    },
    {
      note: 'pay "obtained" or "drawn" by a company\'s post holder; the holder named after the post with a bracketed short form and a comma never closed ("the general manager (CEO) of X, Vasant Korlan obtained …")',
      text: 'By way of comparison, the general manager (CEO) of Tarvo Pharma, Vasant Korlan obtained 10.6 million francs for his services in 2019. The chief executive of Orvale Bank, Dana Roe, drew £3.2 million last year.',
      claims: [
        { type: 'compensation', subject: 'Tarvo Pharma', value: { amount: 10_600_000, currency: 'CHF' } },
        { type: 'compensation', subject: 'Orvale Bank', value: { amount: 3_200_000, currency: 'GBP' } },
      ],
    },
    {
      note: 'a heading names the company; its boss\'s package "amounts to"; "his" pay qualified by several words before its noun ("His guaranteed and variable pay") or a phrase after it ("his total remuneration including incentives") is that company\'s pay too',
      text: 'So how do the rest match up? Let us look at the numbers.\n\nTarvo Bank\n\nThe bank\'s CEO JP Morne\'s guaranteed package amounts to R10.2m. His guaranteed and variable pay amounted to R37.58m but his total remuneration including incentives amounted to R49.4m.',
      claims: [
        { type: 'compensation', subject: 'Tarvo Bank', value: { amount: 10_200_000, currency: 'ZAR' } },
        { type: 'compensation', subject: 'Tarvo Bank', value: { amount: 37_580_000, currency: 'ZAR' } },
        { type: 'compensation', subject: 'Tarvo Bank', value: { amount: 49_400_000, currency: 'ZAR' } },
      ],
    },
    {
      note: 'money a person no list knows received "for his services" from a company is pay, not a round the person raised',
      text: 'Tarvo Pharma paid its boss well. Severan Kolbe received 11.5 million francs for his services in 2019.',
      claims: [{ type: 'compensation', subject: 'Tarvo Pharma', value: { amount: 11_500_000, currency: 'CHF' } }],
    },
    {
      note: 'money received by a person no list knows, whom the article later calls "Ms" by her surname, is the passage\'s company\'s pay, not her round',
      text: 'Tarvo Bank paid well. Chanvi Korrhar received Rs 5 crore. Ms Korrhar said the sum was fair.',
      claims: [{ type: 'compensation', subject: 'Tarvo Bank', value: { amount: 50_000_000, currency: 'INR' } }],
    },
    {
      note: 'a token salary said as such ("a $1 salary"): pay, though under a thousand and per no period',
      text: 'Kestrel Bank chief executive Dana Roe will take a $1 salary this year.',
      claims: [{ type: 'compensation', subject: 'Kestrel Bank', value: { amount: 1, currency: 'USD', text: '$1' } }],
    },
    {
      note: 'a company a fronted phrase turns to ("Moving on to Orvale Bank,") is what the sentence is about',
      text: 'Moving on to Orvale Bank, CEO Dana Roe\'s compensation for 2024 stands at $35 million, marking a 21% increase.',
      claims: [{ type: 'compensation', subject: 'Orvale Bank', value: { amount: 35_000_000, currency: 'USD', text: '$35 million' } }],
    },
  ],
  negative: [
    { text: 'Kestrel Tech is recruiting. Unlike previous years, where bulk hiring of entry-level engineers was the norm, IT companies are now seeking skilled programmers and digital specialists. Salaries for these specialised roles range from Rs. 6 to 9 lakh, significantly higher than entry-level positions.', note: 'a sentence pointing back with "these" to what a class of companies does ("IT companies are now seeking …") is about the class, not the passage\'s company' },
    { text: 'Dana Roe obtained a loan of £3 million from Orvale Bank, and the bank drew £40 million from its reserves.', note: 'a loan obtained and money drawn from reserves are no pay' },
    { text: 'Shares of Kestrel Law start at $10 in the offering.', note: 'shares that start at a price are no pay' },
    { text: 'Kestrel Bank paid a $2 million bonus pool to Orvale Capital for advice.', note: 'money paid to a firm for a service is no person\'s pay' },
    { text: 'Kestrel Foods shares rose $12 after it raised its starting pay.', note: 'a share price move beside a starting pay: the amount comes before the pay is said' },
    { text: 'The best paid bosses\n\nPay: £10.5 million\n\nPay: £11.4 million', note: 'pay label lines under no line naming a company: no one\'s pay' },
    { text: 'Tarrow Tech hires freshers with degrees from 300 colleges.', note: 'people hired with something other than pay' },
    { text: 'Firm Share price Year high Orvale Legal £5.20 £6.10 Tarrow Law £3.15 £4.00', note: 'a flattened table whose header names no pay: share prices' },
    { text: 'Marc Dale, formerly of Kestrel Breweries, will be paid £1.6m.', note: 'the only company named is the one the person came from: no pay of its' },
    { text: 'The pay rise for newly qualified solicitors at Orvane Law means they will now be paid almost three times the average national salary for full-time workers, which stands at £35,423.', note: 'a country\'s average pay ("the average national salary … stands at £35,423") is no company\'s, though the sentence speaks of the company\'s pay' },
    { text: 'The sale was led by Dana Roe of Tarrow Capital (₹51 crore) and Ana Diaz at Halbrook Partners (₹48 crore).', note: 'people named with their firms and an amount in brackets, where nothing speaks of pay: the deal\'s amounts' },
    { text: 'Orvane Bank cut chief executive Sam Reyes’s bonus pay for 2023 by C$1 million after a failed takeover.', note: 'pay cut "by" an amount: the change, no level of anyone\'s pay' },
    { text: 'Pay deals were agreed before the window shut: Orrin Rovers will pay £50m for Kestrel United\'s Dana Roe.', note: 'a fee a club pays "for" another club\'s player is no pay, though the sentence speaks of pay deals: the verb pays the fee' },
    { text: "Orrin Pay, a payments start-up, led the year's deals. Toronto's Kestrel Health followed with $111 million.", note: 'a ranking that follows a company named "Pay" is no ranking of pay: "Pay" ending a name is no pay word' },
    { text: 'Orvane Bank paid the most in salaries and wages. Kestrel Bank follows with N33.2 billion for 4,617 employees, followed by Tarrow Bank with N23.2 billion.', note: 'the next in a ranking of wage bills ("…for 4,617 employees, followed by Y with N23.2 billion") is a bill too' },
    { text: 'Orvane Bank paid the most in salaries and wages. Kestrel Bank follows with N33.2 billion for 4,617 employees.', note: 'an amount "for 4,617 employees" is a counted staff\'s wage bill, no one\'s pay' },
    { text: 'Chief executive Dana Roe joined Orrin Bank from Kestrel Capital. Last week Ms Roe said the overall bonus pool of £421 million remained too high and that she would give up a £1 million share award.', note: 'a pay word before another amount ("bonus pool of £421 million") says nothing of the amount after it' },
    { text: 'Chief executive Dana Roe joined Orrin Bank from Kestrel Capital. Last week Ms Roe said the overall bonus pool of £421 million – 21% down on 2013 – remained "outrageous" and she pledged she would not be taking a £1 million role-based incentive.', note: 'the pay word belongs to another amount before this one ("bonus pool of £421 million"), and the amount is an award refused; no pay of the company she left either' },
    { text: 'The Supreme Court had ordered the private mobile operators to pay a total of Tk 23.55 billion in various types of fees and value-added tax.', note: 'money paid "in various types of fees" and tax is a cost to a regulator, not pay to people' },
    { text: 'Home / Companies / News /  CEOs pay packages rose to Rs 11.81 crore during the pandemic : Report\n\nKestrel Mining reported higher sales this year.', note: 'a headline of a class of people\'s pay ("CEOs pay packages rose…"), past a page\'s breadcrumb trail, is no company\'s' },
    { text: 'Kestrel Mining is a big miner with 5,000 staff.\n\nAs per the analysis, a company\'s CEO drew a salary of 11.81 crore in 2020-21 when the salary of a median employee was 6.4 lakh.', note: 'pay of "a company\'s CEO" (any company) is no one company\'s, nor the passage\'s' },
    { text: 'Speaking to the paper, Dana Roe, director at Tarsel Search said: “Having not moved from 2007 to 2016, NQ salaries at US firms have gone up five times including Halbrook’s recent move to £225,000.”', note: 'pay said of a class of employers ("salaries at US firms") is no one company\'s, least of all the speaker\'s' },
    { text: "Shares of Kestrel Life Group rose 2.4 per cent after Orvale agreed to pay 5.6 billion pounds (US$8.8 billion) in stock to create the UK's largest insurer.", note: 'a takeover paid in stock is no pay' },
    { text: '“Halvard Ride has more than 50m registered customers and 2.5m registered captains that have collectively earned over $4bn up to date,” the statement said.', note: 'what many people earned together ("collectively earned") is a total, no one\'s pay' },
    { text: 'Kestrel Bank said sales reached £42.8 million in three months, giving it an annual execution rate of £170 million. Its interest rate of 4% is the highest.', note: 'a company\'s run rate or interest rate is no pay rate' },
    { text: 'Kestrel Bank made an all-cash offer worth as much as $300 million for the lender, and its employees were told their jobs are safe.', note: 'an offer for a company is no pay, though people are said' },
    { text: 'Shareholders of Orrin Mining were offered $30 a share by Kestrel Resources.', note: 'shareholders offered a price are sellers, not staff' },
    { text: 'Kestrel Bank unveiled a rescue package worth as much as $300 million for its staff pension fund.', note: 'a rescue package is no pay' },
    { text: "Orrin Search has entered into a cloud-services agreement with Kestrel Space, agreeing to pay $920 million per month for computing power through 2029. Under a similar arrangement, Tessaly AI agreed to pay $1.25 billion per month through 2029 to rent all available computing capacity at the site.", note: 'a company paying a month for computing power, or to rent capacity, buys services: no pay' },
    { text: "Quillo AI's revenue tripled to $300 million. The company's stock-based compensation totalled $1.5 billion last year.", note: 'a pay bill is no one person\'s pay' },
    { text: 'The latest report from Tarrow Advisory found the average CEO pay for KSX 100 companies was $5,266,905.', note: 'the average pay over an index\'s counted companies ("KSX 100 companies") is a market\'s, not the index owner\'s' },
    { text: 'Shares in Orrin Motor rose. Its chairman said it is important to hire the best people, adding that the average executive salary at overseas manufacturers with a similar scale is around ¥1.5 billion.', note: 'pay at many employers is a market\'s, no one company\'s' },
    { text: 'Shares in Orrin Motor rose. Under the commercial code, overall compensation of the Orrin group\'s top executive board jumped 27 per cent to 50.3 million euros last year.', note: 'a board\'s pay together is no one\'s pay' },
    { text: 'Shares in Kestrel Bank rose. The total compensation for the senior management at Kestrel Bank increased to S$93.8 million.', note: 'a management\'s pay together is no one\'s pay' },
    { text: "Kestrel Bank's headline earnings increased by 8% to R16.9 billion, and the bank reported that total staff received more than R22 billion in 2024.", note: 'the whole staff\'s pay together is a wage bill, no one\'s pay' },
    { text: 'Dana Vij, business head of IT staffing at Tessaly Digital, said the compensation benchmark of ₹3-6 lakh for fresh engineering graduates has remained largely unchanged over the past decade.', note: 'a market\'s benchmark, told by a staffing firm, is no employer\'s pay' },
    { text: 'More Japanese executives join the ¥100 million club\n\nIn 2018, 731 executives at Japanese listed companies were paid ¥100 million or more, according to a survey. Ten people earned ¥1 billion or more, compared with eight in 2017. Together the 731 received ¥148.03 billion.\n\nThe top earners:\n\n1. Kenji Aramaki, Orrin Electric\n2. Daniel Roark, Kestrel Holdings', note: 'a nationality before a noun is no company, and a company named only in a ranking\'s rows is no topic of the survey\'s totals around them' },
    { text: 'Software engineers earn $120,000 on average in the US, a survey found.', note: 'what engineers earn in general, in the present tense, is no company\'s pay' },
    { text: 'The film awards range from $2,000 to $10,000 for young directors.', note: 'prizes to film-makers are no company\'s pay' },
    { text: 'AI labs are in a bidding war. A handful of researchers at top labs were offered packages worth as much as $300 million.', note: 'researchers at labs in general are paid by no one company' },
    { text: 'Market update\n\nHalvard Bank\nShares closed higher\n$39.3 million', note: 'cells one per line with no pay heading above are no pay row' },
    { text: 'Directors of Kestrel Bank earned Sh400 million, 67 per cent more than rival Orrin Bank.', note: 'a board\'s total is no one\'s pay' },
    { text: 'In 2016, Kestrel Bank paid its directors Sh347 million while Orrin Bank paid Sh163.9 million.', note: 'paid to its directors together: a total' },
    { text: 'Quenby Bank paid out a total executive compensation of N1.08 billion to its 12 executives in 2021. The group disclosed its executive compensation was N2.04 billion based on 12 executive directors.', note: 'a team\'s total pay, and a letter symbol glued to its number ("N2.04") is no company' },
    { text: 'Kestrel Bank chief executive Dana Roe took a near $1 million pay cut after a year of declining profits.', note: 'a pay cut is a change, not pay' },
    { text: 'Halvard Telecom Chief Executive Dana Roe and the giant telco’s executive directors took home annual gross compensation of more than Sh500 million for the year.', note: 'a boss and the board paid together: no one person\'s pay' },
    { text: 'Startups in the region raised $764 million in November. Fintech led the month. Halvard Learn came third with $41.4 million.', note: 'a ranking of funding is no pay ranking: the ranked rule asks that the passage be about pay, whatever words wake it' },
    { text: 'Kestrel Web\'s new chief operating officer, Henri Castel, joined from Halvard Search. Halvard Search, which he joined from, reported revenue of $600,000 and profits of $5 million.', note: 'amounts joined by "and" that are no pay' },
    { text: 'Zentrix AI CEO Mark Dale spoke at the event. Raj Patel personally offered some researchers $100 million.', note: 'a person the article tied to no employer is no one\'s proxy (only the tied surname or "he" after the tie is)' },
    { text: 'The government offered a rescue package worth $5 billion a year to the carmakers.', note: 'a rescue package with a yearly rate is aid, not pay' },
    { text: 'Halvard Group offered a package worth $5 billion to the club\'s owners.', note: 'a price offered to owners, no one paid' },
    { text: 'Mehrotra received a total remuneration of Rs 49.68 crore, the annual report showed.', note: 'a lone surname that receives a remuneration is a person, not the employer' },
    { text: 'Halvard Group wooed shareholders with a $5bn offer for the brewer.', note: 'owners are lured with a price, not pay' },
    { text: 'The offers from Halvard Group for the brewer ranged from $5bn to $6bn.', note: 'offers that range, with no people near: bids' },
    { text: 'Sarah Okoro of London was paid £2m by a trust fund last year.', note: 'a person "of" a place: no company' },
    { text: 'Kestrel Foods named a new chief. In his previous job, his salary was $2 million.', note: 'pay from a previous job, not the company named' },
    { text: 'Orrin Bank comes third with N86.5 billion in salaries and wages for 6,634 staff members.', note: 'a wage bill "in salaries and wages", no one\'s pay' },
    { text: 'Peter Lask, the former Orrin Bank boss, now earns £2m a year at his new venture.', note: 'a past post tied to the person; the pay is from the new one, which the sentence does not name' },
    { text: 'Mira Holt, a Vessel Group analyst, said the $5m paid to the striker was too much.', note: 'the person tied to the company speaks; the pay is a player\'s' },
    { text: 'Of those 731 executives at Kestrel Holdings, the compensation for 227 exceeded ¥100 million for the first time.', note: "a threshold many passed, no one's pay" },
    { text: 'Kestrel Oil’s offers were worth more than $3 billion, but Halvard Gas shareholders rejected them.', note: 'takeover offers, no people paid' },
    { text: 'Corvid Retail turned down a $1 billion offer from Halvard Foods for its stores.', note: "an offer for a company's stores" },
    { text: 'Kestrel Oil is to pay $1m to the ex-finance chief who stepped down after the firm over-stated its reserves.', note: 'money to one who left is severance' },
    { text: 'Corvid Bank paid £2m to its former chairman, who resigned in May.', note: 'money to a former chairman' },
    { text: 'Halvard Group paid £40m for the Leeds site of its rival.', note: 'a purchase "for the" site' },
    { text: 'A tribunal awarded Maya Lin £30,000 after she was unfairly dismissed by Corvid Retail.', note: 'a tribunal\'s award is redress' },
    { text: 'Corvid Retail said 12 senior executives have agreed to repay bonuses awarded in 2021 totalling $8.6m.', note: 'pay handed back, and a total of many' },
    { text: 'Kestrel Bank was fined. Customers will receive an extra $300 in compensation for the overcharging.', note: 'customers compensated are no staff' },
    { text: 'Kestrel Systems awarded $2m to the charity it founded.', note: 'a gift to a charity' },
    { text: "Mirafor's founders each received stock worth about $80 million when the company was sold.", note: 'what founders got when their company was sold is proceeds, not pay' },
    { text: 'Quillmark topped the survey of listed firms. In all, 14 directors received £5 million or more last year, up from 9.', note: 'a count of people above a pay threshold, in a sentence naming no company, is a survey\'s class, nobody\'s pay' },
    { text: 'Quillmark in focus\nExecutives who received 1 billion yen or more', note: 'a class of people defined by a pay threshold is nobody\'s pay' },
    { text: 'Halvard Robotics makes robots. The median worker in Britain earned £31,000 last year.', note: 'a median of workers in general is no company\'s pay' },
    { text: '| Name | 2023 pay |\n|---|---|\n| Corwin Pask | $48.2m |', note: 'a pay table of people with no employer column: the person is no employer' },
    { text: 'Halvard United paid a £40m transfer fee for the striker, who will earn £200,000 a week.', note: 'a transfer fee and a footballer\'s wage' },
    { text: 'Kestrel Logistics is hiring 3,000 workers for its $2 billion warehouse.', note: 'hiring for a project: no rate per person' },
    { text: 'Vantor Energy is making one-off payments of $400 to households to help with bills.', note: 'payments to households are no pay' },
    { text: 'The highest-paid footballers of 2024\n\n1. Marco Ruiz, Halvard United: £31m\n2. Dan Okoro, Vantor City: £27m', note: 'a ranking of players: wages and deals with clubs, not an employer\'s pay in this sense' },
    { text: 'Biggest takeover bids of 2024\n\n1. Torvane Industries — Kessler Holdings — $31bn\n2. Nakamura Electric — Orrery Bio — $27bn', note: 'a ranking of deals, under a heading that names no pay' },
    { text: 'Halvard Robotics paid its CEO well. Half of the executives in the survey made at least $15.7 million.', note: 'a generic subject ("Half of the executives") is about no company' },
    { text: 'Zentrix AI spent $2 billion on salaries last year.', note: 'total payroll, not per person' },
    { text: 'The median US software engineer earns $130,000, according to the Bureau of Labor Statistics.', note: 'no employer' },
    { text: 'Halvard Robotics recorded $300 million in stock-based compensation expense.', note: 'company-wide expense, not per person' },
    { text: 'Pellucid Labs raised $80 million in a Series B.', note: 'funding' },
    { text: 'Copperleaf AI’s valuation rose to $9 billion.', note: 'valuation' },
    { text: 'The union is demanding a 5% pay rise for all workers.', note: 'percentage, no company or amount' },
    { text: 'Kiteline AI set aside $40 million for severance after cutting 200 jobs.', note: 'severance pool, not per person' },
    { text: 'Quillmark was ordered to pay $5 million to settle a patent dispute.', note: 'settlement, not compensation' },
    { text: 'Halvard Robotics paid $2 billion to license Zentrix AI’s chip designs and hire its founders.', note: 'paid to license: a purchase, though founders are named' },
    { text: 'The chief executive said Orrery Bio paid $450 million in cash to acquire the lab.', note: 'paid to acquire: an acquisition price' },
    { text: 'Kestrel Dynamics paid $900 million in a non-exclusive licensing deal that also brought over its founders and engineers.', note: 'paid in a deal: a transaction' },
    { text: 'Brenmoor Oil reported record profits. The company is earning about $2m an hour.', note: 'a company that earns makes a profit, not pay' },
    { text: 'The regulator also found that Orlan Media did not disclose that its subsidiary employed the wife of a director, and that she earned more than $1m a year.', note: 'pay of someone at a company the sentence does not make the subject: the finder is no employer' },
    { text: 'Harlow Insurance is buying the unit. The company will pay between $1bn and $3bn in Harlow stock, with the rest in cash.', note: '"will pay" is the verb of a purchase, not a pay noun' },
    { text: '| Company | Revenue ($m) | Staff |\n|---|---|---|\n| Halvard Robotics | 162.0 | 300 |', note: 'a unit in a header that names no pay: revenue' },
    { text: 'Halvard Robotics pays its suppliers contracts worth $2 billion.', note: 'suppliers are paid for goods, not as people' },
    { text: 'Vantor Systems set aside a $40 million bonus pool for staff.', note: 'a bonus pool is a total' },
    { text: 'Halvard Robotics offered a rescue package of $500 million to its suppliers.', note: 'a rescue package to suppliers' },
    { text: 'A stimulus package of $2 billion, offered by Vantor Systems, was rejected.', note: '"offered by" with no rate per period: a total' },
    { text: 'The pay deal of $3 billion offered by Kestrel Logistics to the union was rejected.', note: 'a collective pay deal is a total' },
    { text: 'The $2bn wage bill at Kestrel Logistics rose 5%.', note: 'a wage bill "at" a company is spending' },
    { text: 'Dan Moe, a lawyer at Corvel Minerals, had savings of £20,000 when he retired.', note: 'savings a person holds are no pay' },
    { text: 'Pay was frozen across the industry. Halvard Robotics topped the sales chart with $2 billion.', note: 'a ranking of sales in a passage that mentions pay' },
    { text: 'Halvard Bank cut its bonus pool by 10% to $2 billion.', note: 'a bonus pool is a total, also when the amount comes later' },
    { text: 'Vantor Capital paid out $3.5 billion in bonuses this year.', note: 'bonuses paid out in total' },
    { text: 'Compensation of $30 million was paid by Halvard Robotics to victims of the spill.', note: 'redress paid by a company' },
    { text: 'Halvard Robotics reported a $40 million performance award from the government.', note: 'an award to the company, not to a person' },
    { text: 'Employees at Kestrel Logistics were offered $5,000 to leave voluntarily.', note: 'paid to leave: a buyout' },
    { text: 'Vantor Systems set its budget at $2 billion.', note: '"set … at" with no word of pay' },
    { text: 'Orvane Air paid $5 million in compensation for the delays.', note: 'compensation "for" a loss is redress, not pay' },
    { text: 'Corvel Bank reported its results. How 10 Nigerian banks paid over N1 billion as emoluments to top directors in 2017.', note: 'a headline\'s count of banks pays in total: about no one bank' },
    { text: 'Corvel Bank raised N20 billion in bonds. Next on the list is Tarrow Bank with N13 billion.', note: 'a ranking continues a claim of pay only after a payment to people' },
    { text: 'Halvard Robotics paid $2 billion to acquire Orrin Labs and keep its engineers.', note: 'money paid for a company is no pay, though people are kept' },
    { text: 'The fund for retraining workers is now $40 million at Kestrel Logistics.', note: 'a fund for workers is no pay' },
    { text: 'Kate Orr made $2 million last year before joining Halvorn Group.', note: 'pay before joining a company is not that company\'s pay' },
    { text: 'Shares in Tarrow Bank rose. A survey found that 731 executives received compensation exceeding ¥100 million in 2018.', note: 'people counted and paid past a threshold: a class, no one\'s pay' },
    { text: 'Shares in Tarrow Bank rose. The 10 highest-paid chief executives earned ₹834 crore between them in the year.', note: 'people counted earn a total' },
    { text: 'Corvel Bank paid out a total executive compensation of N1.08 billion, down from N1.2 billion.', note: '"executive compensation" names whose pay, not who is paid: a total' },
    { text: 'Shares in Tarrow Bank rose. Mr Oyelu and Ms Kerr both sit on its board. His bonuses for the period (Sh191 million) overshadow her allowances.', note: '"his" with no title tying him to an employer is nobody the reader can tell' },
    { text: 'Despite the profit dip, Harlow Oil has kept its dividend policy unchanged, announcing a payout of $31.1 billion for the quarter, which includes $10.8 billion in performance-linked dividends.', note: 'a payout of dividends goes to shareholders, not pay' },
    { text: 'The $5 salary cap at Kestrel Bank was lifted.', note: 'a small sum before "salary cap" is no token salary' },
    { text: 'Tarrow Bank told its clients that they would earn $100,000 a year from the fund.', note: '"they" of a company\'s clients earn returns, not pay' },
  ],
};
