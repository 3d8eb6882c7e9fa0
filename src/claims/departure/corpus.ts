import type { ClaimCorpus } from '../example.js';

/**
 * departure: people leave a company and no hiring company is named.
 *
 * Conventions kept throughout this file:
 * - subject is the company left; counterparty is always null.
 * - When the destination company is named it is a hiring claim, not a departure (negatives).
 *   An unnamed destination ("to rivals") still makes a departure.
 * - value is the stated count, unit "people"; null when one named person leaves;
 *   left unchecked for vague counts ("several").
 */
export const corpus: ClaimCorpus = {
  type: 'departure',
  positive: [
    {
      note: 'jobs "at" a company that have been cut or will be eliminated, the company between the count and the verb; cuts that "affect" staff "at" a company',
      text: 'Some 6,000 jobs at Tarrow Bank have already been cut. More than 300 positions at Orvale Foods will be eliminated. The cuts will affect 450 employees at Kestrel Mills.',
      claims: [
        { type: 'departure', subject: 'Tarrow Bank', counterparty: null, value: { amount: 6000, text: 'Some 6,000 jobs' } },
        { type: 'departure', subject: 'Orvale Foods', counterparty: null, value: { amount: 300, text: 'More than 300 positions' } },
        { type: 'departure', subject: 'Kestrel Mills', counterparty: null, value: { amount: 450, text: '450 employees' } },
      ],
    },
    {
      note: 'a share of a company\'s workforce that "will go" or "will lose their jobs" (no count), the company as owner or named before the staff',
      text: 'About 20 per cent of the Tarsel Air 30,000-strong workforce will go. Some 15% of Orvale Foods’ staff will lose their jobs.',
      claims: [
        { type: 'departure', subject: 'Tarsel Air', counterparty: null, value: null },
        { type: 'departure', subject: 'Orvale Foods', counterparty: null, value: null },
      ],
    },
    {
      note: 'people "at" a named company lose their jobs as "the firm" shuts a site: the named company, not the passage\'s earlier one',
      text: 'Vesta Foods plans to close two plants, putting 450 jobs at risk. About 120 staff at Loxley Systems will lose their jobs as the firm shuts its Leeds office.',
      claims: [
        { type: 'departure', subject: 'Vesta Foods', counterparty: null, value: { amount: 450, unit: 'people', text: '450 jobs' } },
        { type: 'departure', subject: 'Loxley Systems', counterparty: null, value: { amount: 120, approximate: true, unit: 'people', text: 'About 120 staff' } },
      ],
    },
    {
      note: 'a union\'s quote on the bank\'s "colleagues" losing their jobs: "Staff at" the bank opening the quote names no company',
      text: 'A union officer said: “Staff at Orvane Bank will be devastated to learn that 79 branches will close and over 400 colleagues will lose their jobs.”',
      claims: [{ type: 'departure', subject: 'Orvane Bank', value: { min: 400, text: 'over 400 colleagues' } }],
    },
    {
      note: 'a plan of cuts that "will see" a count "sent home"; staff "sent home" and a company that will "send home" workers (Kenyan and Nigerian press)',
      text: 'Kestrel Bank Kenya also in July announced retrenchment plans that will see more than 200 sent home. Orvane Cement said 300 workers would be sent home.',
      claims: [
        { type: 'departure', subject: 'Kestrel Bank Kenya', value: { min: 200, text: 'more than 200' } },
        { type: 'departure', subject: 'Orvane Cement', value: { amount: 300, text: '300 workers' } },
      ],
    },
    {
      note: 'a cut by a share "from 446 people": the level the staff fell from is no count of the cut, which has none',
      text: 'Orvane Daily also has less staff as it reduced its staff by 35 percent from 446 people.',
      claims: [{ type: 'departure', subject: 'Orvane Daily', value: null }],
    },
    {
      note: 'a cut by a share, then its count after a comma and a hedge ("approximately 25 percent of its employees, about 1,900 of the 7,500 people…"): the count is the cut',
      text: 'The executive said in his note that the home rental company Kestrel Homes has decided to fire approximately 25 percent of its employees, about 1,900 of the 7,500 people who make up its staff worldwide.',
      claims: [{ type: 'departure', subject: 'Kestrel Homes', value: { amount: 1_900, text: 'about 1,900' } }],
    },
    {
      note: 'people who applied for a company\'s own retirement program (its possessive), or a bare count that "had applied for voluntary retirement", leave',
      text: 'Among other domestic manufacturers, more than 2,000 people applied for Halvard Motor Co\'s recent retirement program, a person familiar with the matter said in August. Optical equipment maker Orvane Corp said in February that 844 had applied for voluntary retirement.',
      claims: [
        { type: 'departure', subject: 'Halvard Motor Co', value: { min: 2_000, text: 'more than 2,000 people' } },
        { type: 'departure', subject: 'Orvane Corp', value: { amount: 844, text: '844' } },
      ],
    },
    {
      note: 'a cut by a share, then its count in an apposition ("a layoff of about 200 workers"): the count is the cut, not the workforce',
      text: 'Centennial-based Kestrel Health is reducing its workforce by about 1 percent, a layoff of about 200 workers, across Colorado and western Kansas.',
      claims: [{ type: 'departure', subject: 'Kestrel Health', value: { amount: 200, text: 'about 200 workers' } }],
    },
    {
      note: 'a count of a company\'s own people ("300 X managers") who resign "from the company" left X, not the list\'s first name; a trade union ("the trade union Solidarity") is no employer',
      text: 'Providers Kestrel Mobile, Orvane Telecom and Tarrow Net are slashing jobs. More than 300 Orvane Telecom managers have resigned from the company voluntarily, the trade union Solidarity said. Solidarity spokesman Dana Roe said these 104 people might still be forcibly laid off.',
      claims: [{ type: 'departure', subject: 'Orvane Telecom', value: { min: 300, text: 'More than 300 Orvane Telecom managers' } }],
    },
    {
      note: 'staff sacked in the passive, the company after "by" and an apposition; a company\'s plan that "would affect" N jobs',
      text: 'No fewer than 215 workers on its payroll have been sacked by one of the commercial banks in Nigeria, Tessaly Bank. Separately, Orvane Motors said it would restructure. The plan, the global firm said, would affect more than 14,000 jobs.',
      claims: [
        { type: 'departure', subject: 'Tessaly Bank', value: { amount: 215, text: 'No fewer than 215 workers' } },
        { type: 'departure', subject: 'Orvane Motors', value: { min: 14_000, text: 'more than 14,000 jobs' } },
      ],
    },
    {
      note: 'staff taking up "the program" of early retirement the sentence names, and applications for it in a passage about such schemes, are staff leaving (not a headcount)',
      text: 'More employees retired early this year. Harrow Build, which offered early retirement for its employees age 35 or older, came top of the list with 622 workers taking advantage of the program. Among other builders, Orvane Corp. saw applications from 525 workers.',
      claims: [
        { type: 'departure', subject: 'Harrow Build', value: { amount: 622, text: '622 workers' } },
        { type: 'departure', subject: 'Orvane Corp.', value: { amount: 525, text: '525 workers' } },
      ],
    },
    {
      note: 'a sentence whose subject is the company\'s sites or their closing ("All five plants will halt…", "The closures will…") is about the company of the passage',
      text: 'Harwick Motors said on Monday it planned to idle three car plants and two engine plants. All five plants will halt production next year, resulting in the layoff of 3,300 production workers. The closures will also result in the loss of 700 office jobs.',
      claims: [
        { type: 'departure', subject: 'Harwick Motors', value: { amount: 3_300, text: '3,300 production workers' } },
        { type: 'departure', subject: 'Harwick Motors', value: { amount: 700, text: '700 office jobs' } },
      ],
    },
    {
      note: '"the company" after a sentence that lists brands "including" several names is the company the passage is about, not the list\'s last name',
      text: 'Shares in car giant Kestrel Motors have tumbled following the sudden departure of its boss. His resignation from the carmaker – which also owns brands including Orvale, Tarrow, Halvard and Quillon – comes after a profit warning. Last Thursday, the company also announced plans to shut its UK factory, putting more than 1,100 jobs at risk.',
      claims: [
        { type: 'departure', subject: 'Kestrel Motors', value: { min: 1_100, text: 'more than 1,100 jobs' } },
      ],
    },
    {
      note: 'a plan to "wipe out thousands of jobs": a cut of at least 2,000',
      text: 'The announcement by Kestrel Motors that it plans to close three plants, wipe out thousands of jobs and reduce wages is not the only attack.',
      claims: [{ type: 'departure', subject: 'Kestrel Motors', value: { min: 2_000, max: 9_999, text: 'thousands of jobs' } }],
    },
    {
      note: 'a description right before the name it describes ("the French tire manufacturer X") refers to no company named before',
      text: 'Kestrel Motors plans to close three plants. On Tuesday, the French tire manufacturer Orvale announced the closure of two plants, resulting in the loss of 1,250 jobs.',
      claims: [{ type: 'departure', subject: 'Orvale', value: { amount: 1_250, text: '1,250 jobs' } }],
    },
    {
      note: 'a site or unit "of" a company opening the clause ("a call center of the US company X will eliminate…", "A factory of X will cut…") cuts the company\'s jobs; "the sale of X" is no site',
      text: 'In Montreal, a call center of the US company Tarrow Tec will eliminate 212 positions by the end of April. A factory of Kestrel Motors will cut 200 jobs. The sale of Orvale Foods will cut 90 jobs.',
      claims: [
        { type: 'departure', subject: 'Tarrow Tec', value: { amount: 212, text: '212 positions' } },
        { type: 'departure', subject: 'Kestrel Motors', value: { amount: 200, text: '200 jobs' } },
      ],
    },
    {
      note: 'a share the count comes to, between commas after it ("360 people, or 5% of its then-workforce, were laid off") is stepped over; a bank that "reduced its total employee strength by" a number cut that many',
      text: 'Tarrow Taxi cut jobs in 2020, when 360 people, or 5% of its then-workforce, were laid off. Kestrel Bank has reduced its total employee strength by 10,584 from April to September.',
      claims: [
        { type: 'departure', subject: 'Tarrow Taxi', value: { amount: 360, text: '360 people' } },
        { type: 'departure', subject: 'Kestrel Bank', value: { amount: 10_584, text: '10,584' } },
      ],
    },
    {
      note: 'a ranked list\'s numbered entries, each a company\'s name alone on its line (ordinary words too: "Segment"), head the short lines under them; an adverb after a label\'s colon ("Reportedly laid off") is no name',
      text: 'Here are our top comeback stories of the year.\n\n10. Tarrow Camp\n\nHow it started: Reportedly laid off 60% of employees in April\n\n9. Stack Kestrel\n\nHow it started: Laid off 40 employees (15%) in May\n\n4. Segment\n\nHow it started: Laid off 50 employees (10%) in May\n',
      claims: [
        { type: 'departure', subject: 'Tarrow Camp', value: null },
        { type: 'departure', subject: 'Stack Kestrel', value: { amount: 40, text: '40 employees' } },
        { type: 'departure', subject: 'Segment', value: { amount: 50, text: '50 employees' } },
      ],
    },
    {
      note: 'staff who ask to leave under a company\'s voluntary retirement scheme: applications received "for Voluntary Retirement Scheme (VRS)" (title-cased ordinary words read as words), staff who "have opted for VRS", a company that wants to "decrease its staff by" a number',
      text: 'Orvale Telecom has received over 50,000 applications from its employees for Voluntary Retirement Scheme (VRS). Some 3,000 employees at Tarrow Telecom have opted for VRS. Kestrel Bank wants to decrease its staff by 250 in order to increase its efficiency.',
      claims: [
        { type: 'departure', subject: 'Orvale Telecom', value: { min: 50_000, text: 'over 50,000' } },
        { type: 'departure', subject: 'Tarrow Telecom', value: { amount: 3_000, text: 'Some 3,000 employees' } },
        { type: 'departure', subject: 'Kestrel Bank', value: { amount: 250, text: '250' } },
      ],
    },
    {
      note: 'a pair that "both had trouble" in a clause of its own, then one of them cutting jobs: the cut is only that one\'s',
      text: 'For its part, Halvard\'s European units Orvale Motors and Tarrow Motors have both had trouble, with Orvale Motors management threatening to cut 12,000 jobs.',
      claims: [{ type: 'departure', subject: 'Orvale Motors', value: { amount: 12_000, text: '12,000 jobs' } }],
    },
    {
      note: 'job losses named by a noun of ending work ("the retrenchment of", "the termination of", "the sacking of") and a count of people',
      text: 'Orvale Mining told the committee the retrenchment of 149 workers was unavoidable. Tarrow Foods announced the termination of 600 employees in March.',
      claims: [
        { type: 'departure', subject: 'Orvale Mining', value: { amount: 149, text: '149 workers' } },
        { type: 'departure', subject: 'Tarrow Foods', value: { amount: 600, text: '600 employees' } },
      ],
    },
    {
      note: 'a description of the company between commas with no verb of its own ("Canada’s sixth-largest by market capitalization"), then the company\'s verb',
      text: 'The cuts come a year after Tarrow Bank, Canada’s seventh-largest by market capitalization, announced plans to eliminate 450 positions.',
      claims: [{ type: 'departure', subject: 'Tarrow Bank', value: { amount: 450, text: '450 positions' } }],
    },
    {
      note: 'a chief who says she will cut ("New CEO Dana Roe said she will cut 15,000 staff") cuts for the company the passage is about',
      text: 'Orrin Bank is restructuring. New CEO Dana Roe said she will cut 15,000 staff, or 17 per cent of the workforce, under a revival plan.',
      claims: [{ type: 'departure', subject: 'Orrin Bank', value: { amount: 15_000, text: '15,000 staff' } }],
    },
    {
      note: 'cuts "chopped" ("is chopping 1,400 people from its payroll", "will chop 15,000 jobs") by a company referred to by its trade ("the diversified miner", "the world\'s third-largest aluminum producer")',
      text: 'Once-proud Orrick continues to shrivel. The diversified miner is chopping 1,400 people from its payroll, or 13% of its workforce. Kelvane is trading below $10. The world’s third-largest aluminum producer will chop 15,000 jobs, or 13%, of its global workforce by the end of 2009.',
      claims: [
        { type: 'departure', subject: 'Orrick', value: { amount: 1_400 } },
        { type: 'departure', subject: 'Kelvane', value: { amount: 15_000 } },
      ],
    },
    {
      note: 'a company\'s shutdown "putting up to 300 people out of work"; "the company" after people laid off, where a Canadian province\'s abbreviation ("northeastern B.C.") is a place, no other company',
      text: 'Kelvar Coal announced it was shutting the mine down.\nAbout 85 people were laid off and the company said it will look at the profitability of its other two mines in northeastern B.C.\nIn late October Orrick Resources announced a temporary shutdown of its zinc mine near Tarrow, putting up to 300 people out of work.',
      claims: [
        { type: 'departure', subject: 'Kelvar Coal', value: { amount: 85 } },
        { type: 'departure', subject: 'Orrick Resources', value: { max: 300 } },
      ],
    },
    {
      note: 'part of a class of companies ("Some of Europe\'s biggest banks … they plan to cut"), past a wire dateline, cuts for no one company; the bank named after cuts its own',
      text: "Europe's biggest banks are planning deep cuts. LONDON (Reuters) - Some of Europe's biggest banks have said in the last six months they plan to cut more than 130,000 jobs as they ramp up plans to cut costs. Earlier this month, Dutch lender Kestrelbank said it would cut 9,000 jobs.",
      claims: [{ type: 'departure', subject: 'Kestrelbank', value: { amount: 9_000 } }],
    },
    {
      note: 'a name right before a gerund and its count ("on the heels of X cutting over 200 jobs") is the gerund\'s doer, though it stands after "of"',
      text: 'The union raised concerns about the reduction in staff, which comes on the heels of Kestrel Bank cutting over 200 jobs just two months ago.',
      claims: [{ type: 'departure', subject: 'Kestrel Bank', value: { min: 200 } }],
    },
    {
      note: 'an article of sections each headed by a company\'s name alone: the prose under a heading ("the German bank", "The Asia-focused bank") is about that heading\'s company, not the one the lede named',
      text: 'Earlier this month, Dutch lender Orvale Bank said it would cut 9,000 jobs.\n\nHere are plans announced by some of the banks:\n\nKestrel Bank\n\nNew chief executive Dana Roe said in October the German bank would shed 35,000 staff.\n\nHalvard Chartered\n\nThe Asia-focused bank has already cut 4,000 jobs this year.',
      claims: [
        { type: 'departure', subject: 'Orvale Bank', value: { amount: 9000 } },
        { type: 'departure', subject: 'Kestrel Bank', value: { amount: 35_000 } },
        { type: 'departure', subject: 'Halvard Chartered', value: { amount: 4000 } },
      ],
    },
    {
      note: 'a link to another story ("Read next: …") is page furniture: its first word ("Big") is no company losing the jobs the next line speaks of; the article\'s bank is',
      text: 'Orvale Bank staff are worried about the cuts, the union said.\nRead next: Big bank, union clash over remote work\nThe jobs being lost are specialists across a range of areas.',
      claims: [{ type: 'departure', subject: 'Orvale Bank' }],
    },
    {
      note: 'a post "of" a company opening the sentence, then its holder leaving ("The chief executive of X has resigned just two months after…")',
      text: 'The chief executive of Kestrel Bank has resigned just two months after its parent said it would sell the business. The finance director of Orvale Insurance quit on Monday.',
      claims: [
        { type: 'departure', subject: 'Kestrel Bank' },
        { type: 'departure', subject: 'Orvale Insurance' },
      ],
    },
    {
      note: 'a company ending its people\'s employment ("terminated the employment of over 1, 500 employees", a stray space after the thousands comma; "disengaged 140 workers") lets them go: no headcount',
      text: 'Kestrel Bank Plc, which acquired Orvale Bank Plc, recently terminated the employment of over 1, 500 employees of Orvale Bank, and Tarsel Bank disengaged 140 workers on Tuesday.',
      claims: [
        { type: 'departure', subject: 'Kestrel Bank Plc', value: { min: 1_500 } },
        { type: 'departure', subject: 'Tarsel Bank', value: { amount: 140 } },
      ],
    },
    {
      note: 'staff of a company\'s units "in" a place who "have applied for its early retirement program" are leaving, no headcount',
      text: 'Over 3,000 employees of Halvard Corp\'s group companies in Japan have applied for its early retirement program as part of the company\'s turnaround plans, sources said.',
      claims: [{ type: 'departure', subject: 'Halvard Corp', value: { amount: 3000 } }],
    },
    {
      note: 'a known outlet\'s edition in a country ("CNN Chile reported that, of the 1,400 employees laid off…") is a source, not the employer',
      text: 'Halvard Air lays off 1,400 workers\n\nHalvard Air laid off 1,400 workers on Monday. CNN Chile reported that, of the 1,400 employees laid off, 400 are cabin crew workers.',
      claims: [{ type: 'departure', subject: 'Halvard Air', value: { amount: 1400 } }],
    },
    {
      note: 'positions "could be affected as part of this layoff": jobs a plan of cuts touches',
      text: 'Harwick Market cut staff in the US. It is estimated that approximately 130 positions could be affected as part of this layoff.',
      claims: [{ type: 'departure', subject: 'Harwick Market', value: { amount: 130, text: 'approximately 130 positions' } }],
    },
    {
      note: 'a staff noun of headlines ("shedding 4,400 bodies")',
      text: 'Germany, US staffers to be hit hardest as Harwick Soft starts shedding 4,400 bodies',
      claims: [{ type: 'departure', subject: 'Harwick Soft', value: { amount: 4_400, text: '4,400' } }],
    },
    {
      note: 'people who "will leave under the plans" of the company the passage is about',
      text: 'Harwick Soft reported results. Some 4,400 people will leave under the plans, its finance chief Dana Roe said.',
      claims: [{ type: 'departure', subject: 'Harwick Soft', value: { amount: 4_400, text: 'Some 4,400 people' } }],
    },
    {
      note: 'a share of the workforce in an apposition between the count and its verb ("Up to 2800 jobs, about nine per cent of the X workforce, will be cut")',
      text: 'Harwick Telecom is restructuring. Up to 2800 jobs, about nine per cent of the Harwick Telecom workforce, will potentially be cut by the end of the year.',
      claims: [{ type: 'departure', subject: 'Harwick Telecom', value: { max: 2_800, text: 'Up to 2800 jobs' } }],
    },
    {
      note: 'a share cut "amounting to" a count',
      text: 'Harwick Cloud is trimming 10% of its workforce, amounting to around 400 people.',
      claims: [{ type: 'departure', subject: 'Harwick Cloud', value: { amount: 400, text: 'around 400 people' } }],
    },
    {
      note: 'redundancies "expected to reach" a count',
      text: 'Harwick Retail has started making redundancies that are expected to reach around 10,000.',
      claims: [{ type: 'departure', subject: 'Harwick Retail', value: { amount: 10_000, text: 'around 10,000' } }],
    },
    {
      note: 'notices of layoffs "affecting up to roughly" a count (two hedges)',
      text: 'Harwick Mining has issued two notices at its gold operations affecting up to roughly 6,000 jobs.',
      claims: [{ type: 'departure', subject: 'Harwick Mining', value: { amount: 6_000, text: 'roughly 6,000 jobs' } }],
    },
    {
      note: 'an officer named in commas after "its CFO", who "would also resign from the position"',
      text: 'Harwick Telecom reported results. The company said on Friday its CFO, Dana Roe, would also resign from the position in the second half of 2019.',
      claims: [{ type: 'departure', subject: 'Harwick Telecom' }],
    },
    {
      note: 'a page\'s furniture line that is only a name ("ShareKit Layers") is no topic of the headline under it; "the company" a union quotes is the employer, not the union',
      text: 'ShareKit Layers\n\nUp to seven jobs to go in regional publisher’s cutbacks\n\nHarwick Group has confirmed planned redundancies in Cumbria. The National Union of Journalists has urged Harwick Group to reconsider its proposal.\n\nIn a statement, the union said: “The company is also currently consulting on a proposal to axe four jobs from our magazines section.”',
      claims: [
        { type: 'departure', subject: 'Harwick Group', value: { max: 7, text: 'Up to seven jobs' } },
        { type: 'departure', subject: 'Harwick Group', value: { amount: 4, text: 'four jobs' } },
      ],
    },
    {
      note: 'a count that opens the sentence with the company named among the people ("About 200 X employees were laid off", "More than 500 X employees have left"), or the jobs "at X" that "have been eliminated"',
      text: 'Tessaly Dock builds cranes. About 200 Tessaly Dock employees were laid off on Tuesday. More than 500 Orrin Freight employees have left since January. Some 300 jobs at Kestrel Mills have been eliminated.',
      claims: [
        { type: 'departure', subject: 'Tessaly Dock', value: { amount: 200 } },
        { type: 'departure', subject: 'Orrin Freight', value: { min: 500 } },
        { type: 'departure', subject: 'Kestrel Mills', value: { amount: 300 } },
      ],
    },
    {
      note: 'people who "will be out of work" leave their employer\'s staff; "Both A and B" share the claim',
      text: 'Both the Australian carrier Orrin Air and Brazilian airline Kestrel Air have announced thousands of employees will be out of work in the coming weeks.',
      claims: [
        { type: 'departure', subject: 'Orrin Air', value: { min: 2000, text: 'thousands of employees' } },
        { type: 'departure', subject: 'Kestrel Air', value: { min: 2000, text: 'thousands of employees' } },
      ],
    },
    {
      note: 'a count-word and one cut ("The 5,500-employee reduction in X\'s workforce") is a departure of that many',
      text: 'The 5,500-employee reduction in Halvard Pharma’s workforce last year was less than half the downsizing done by its rival.',
      claims: [{ type: 'departure', subject: 'Halvard Pharma', value: { amount: 5500 } }],
    },
    {
      note: 'the workforce\'s own fall, passive or intransitive ("workforce was cut by", "will shrink by"), is a departure of that many; offloading workers is cutting them',
      text: 'Orrin Motors is planning to offload nearly 1,000 workers worldwide. Kestrel Air said its workforce will shrink by 40,000 in October.',
      claims: [
        { type: 'departure', subject: 'Orrin Motors', value: { amount: 1000 } },
        { type: 'departure', subject: 'Kestrel Air', value: { amount: 40_000 } },
      ],
    },
    {
      note: 'the company as the article writes it ("Bristol-Myers Squibb", not the gazetteer\'s spelling); a share, then its count between dashes ("12% of its workforce—or about 7,200 employees—"); a closure "impacting" jobs',
      text: 'December: Bristol-Myers Squibb unveils plans to eliminate about 3,700 jobs. November: Orrin Pharma says it will shed 12% of its workforce—or about 7,200 employees—in a cost programme. Kestrel Tyres will close two sites in western France, impacting approximately 1,250 jobs.',
      claims: [
        { type: 'departure', subject: 'Bristol-Myers Squibb', value: { amount: 3700 } },
        { type: 'departure', subject: 'Orrin Pharma', value: { amount: 7200 } },
        { type: 'departure', subject: 'Kestrel Tyres', value: { amount: 1250 } },
      ],
    },
    {
      note: '"the paper" is the newspaper the article names, and a guild of its journalists is no company the text goes on about; positions "at" the paper set to disappear under buyouts are its departures too',
      text: 'About 240 positions at The Kestrel Post are set to disappear under a voluntary buyout program. According to the Kestrel Post Guild, the reduction represents about one in ten employees. The union said it was furious. In January the paper eliminated 20 jobs.',
      claims: [
        { type: 'departure', subject: 'The Kestrel Post', value: { amount: 240 } },
        { type: 'departure', subject: 'The Kestrel Post', value: { amount: 20 } },
      ],
    },
    {
      note: 'a table with a column of job cuts: each row\'s count is that row\'s company\'s departure',
      text: '| Company | Jobs cut | Share of workforce |\n|---|---|---|\n| Orbital Loom | 14,000 | ~4% |\n| Kestrel Soft | 1,350 | 9% |',
      claims: [
        { type: 'departure', subject: 'Orbital Loom', value: { amount: 14_000 } },
        { type: 'departure', subject: 'Kestrel Soft', value: { amount: 1350 } },
      ],
    },
    {
      note: 'cuts of "the airline" after "The Irish Airline says…": the descriptor is no company, the anaphor is the company named before',
      text: 'Tarsel Air plans to lay off 670 staff. The Irish Airline says it plans to save 97m euros. The airline\'s cabin crew face 230 compulsory redundancies.',
      claims: [
        { type: 'departure', subject: 'Tarsel Air', value: { amount: 670 } },
        { type: 'departure', subject: 'Tarsel Air', value: { amount: 230 } },
      ],
    },
    {
      note: 'a company opening the main clause after a fronted phrase with an object ("After acquiring Tegus, X laid off 150 employees"), and a company that bears a product\'s name ("Hopper cut 10% of its workforce")',
      text: 'After acquiring Kestrel Data, Halvard Insights laid off 150 employees, 8% of its workforce. Similarly, Orrin Health cut 13% of its workforce, while Hopper cut 10% of its workforce, affecting 60-65 employees in layoffs.',
      claims: [
        { type: 'departure', subject: 'Halvard Insights', value: { amount: 150 } },
        { type: 'departure', subject: 'Orrin Health' },
        { type: 'departure', subject: 'Hopper', value: { min: 60, max: 65 } },
      ],
    },
    {
      note: 'a share cut and the count it comes to ("laying off 14% or 200 of its full-time employees")',
      text: 'Artificial intelligence startup Kestrel Scale has announced it is laying off 14% or 200 of its full-time employees, CNBC reported.',
      claims: [{ type: 'departure', subject: 'Kestrel Scale', value: { amount: 200 } }],
    },
    {
      note: 'cuts with no count: a workforce slashed "by 10 per cent", and a company "laying off technology staff"',
      text: 'Tarsel Learning has also slashed its workforce by 10 per cent. Halvard Bank is laying off technology staff in Charlotte, according to people familiar.',
      claims: [
        { type: 'departure', subject: 'Tarsel Learning' },
        { type: 'departure', subject: 'Halvard Bank' },
      ],
    },
    {
      note: 'job cuts by a company named after a conjunction and its description ("after regional airline X announced it was seeking to cut"), "terminated N employees", "N cuts in X\'s business", "the largest job cut affecting N people", staff who "had already accepted early retirement"',
      text: 'Gloom deepened on Wednesday after regional airline Orvane Air announced it was seeking to cut 300 jobs. Tarsel Retail terminated 350 employees in November. The layoffs are in addition to 400 cuts in Halvard Bank’s U.S. commercial business. Kestrel Learning has gone ahead with the largest job cut affecting 2,500 people. More than 6,000 employees at Corvane Motors had already accepted early retirement.',
      claims: [
        { type: 'departure', subject: 'Orvane Air', value: { amount: 300 } },
        { type: 'departure', subject: 'Tarsel Retail', value: { amount: 350 } },
        { type: 'departure', subject: 'Halvard Bank', value: { amount: 400 } },
        { type: 'departure', subject: 'Kestrel Learning', value: { amount: 2500 } },
        { type: 'departure', subject: 'Corvane Motors', value: { amount: 6000 } },
      ],
    },
    {
      note: 'a running total of cuts ("bringing its total to N"), the jobs a share of the staff comes to ("by 30% - about N jobs"), "individuals" who lose their jobs, and staff who take a buyout',
      text: 'Online education firm Tarrow Learn has also fired 385 people more, bringing its total to 1,100. Orvane Airlines plans to cut its 17,000 management and support staff by 30% - about 5,100 jobs. Some 7,000 unionized workers at Quarrow Telecom accepted a buyout offer last month.',
      claims: [
        { type: 'departure', subject: 'Tarrow Learn', value: { amount: 385 } },
        { type: 'departure', subject: 'Tarrow Learn', value: { amount: 1_100 } },
        { type: 'departure', subject: 'Orvane Airlines', value: { amount: 5_100 } },
        { type: 'departure', subject: 'Quarrow Telecom', value: { amount: 7_000 } },
      ],
    },
    {
      note: 'a count of people who "have left" or "moved out", the company from the relative clause\'s antecedent or the passage (no amount between the count and the people)',
      text: 'Things are no better at Orvane\'s rival Tessaly Systems, where 22 SVPs have moved out in the past three years. Tarrow Infotech\'s board hoped for stability. But over the past 18 months, at least 11 executives have left.',
      claims: [
        { type: 'departure', subject: 'Tessaly Systems', value: { amount: 22 } },
        { type: 'departure', subject: 'Tarrow Infotech', value: { amount: 11 } },
      ],
    },
    {
      note: 'a cut raised to a new size ("increased its planned job cuts to as many as 5,000")',
      text: 'Kestrel Air increased its planned job cuts to as many as 5,000, up from 4,000.',
      claims: [{ type: 'departure', subject: 'Kestrel Air', value: { max: 5000 } }],
    },
    {
      note: 'a count of roles with an aside between glued em dashes ("9,100 roles—about 4 % of its global workforce—set to disappear")',
      text: 'Kestrel Soft has confirmed another round of job cuts, with up to 9,100 roles—about 4 % of its global workforce—set to disappear in July.',
      claims: [{ type: 'departure', subject: 'Kestrel Soft', value: { max: 9100 } }],
    },
    {
      note: '"after X eliminated roughly 6,000 positions": the name after a conjunction, then a past verb, is the clause\'s subject',
      text: 'The layoffs arrive barely six weeks after Kestrel Soft eliminated roughly 6,000 positions.',
      claims: [{ type: 'departure', subject: 'Kestrel Soft', value: { amount: 6000 } }],
    },
    {
      note: 'Markdown emphasis around the count ("**4,000 support roles**")',
      text: 'Halvard Cloud has announced a restructuring, eliminating **4,000 support roles** as AI systems take on more work.',
      claims: [{ type: 'departure', subject: 'Halvard Cloud', value: { amount: 4000 } }],
    },
    {
      note: 'staffing cut "by" a count, no determiner before the staff word',
      text: 'In April, the ride-hailing app Zentrix announced it would cut staffing by 1,072 employees in an attempt to control costs.',
      claims: [{ type: 'departure', subject: 'Zentrix', value: { amount: 1072 } }],
    },
    {
      note: 'a share cut with its count in brackets',
      text: 'Kestrel Logistics laid off 10% (~30 staff) of its 300-member workforce in August.',
      claims: [{ type: 'departure', subject: 'Kestrel Logistics', value: { amount: 30 } }],
    },
    {
      note: 'a workforce reduction "impacting" a count, beside a hiring plan',
      text: 'Halvard Tech plans to hire 42,000 graduates, even as it undertook a 2 percent workforce reduction impacting about 12,000 employees.',
      claims: [{ type: 'departure', subject: 'Halvard Tech', value: { amount: 12000 } }],
    },
    {
      note: 'workers "at" the company who will lose their jobs',
      text: 'About 1,200 workers at Halvard Steel will lose their jobs when the plant shuts.',
      claims: [{ type: 'departure', subject: 'Halvard Steel', value: { amount: 1200 } }],
    },
    {
      note: 'staff told they are at risk of redundancy',
      text: 'Kestrel Media told 300 staff they were at risk of redundancy.',
      claims: [{ type: 'departure', subject: 'Kestrel Media', value: { amount: 300 } }],
    },
    {
      note: "jobs put at risk by a company's closures",
      text: 'Halvard Foods also announced it is to close up to half its stores, putting 750 jobs at risk.',
      claims: [{ type: 'departure', subject: 'Halvard Foods', value: { amount: 750 } }],
    },
    {
      note: '"the Post" later in the story is the "Harbour Post" it named first: a publication\'s last word alone is its short name',
      text: 'The Harbour Post will offer buyouts to its newsroom staff. The Post closed its weekend magazine in March and announced 20 layoffs in January.',
      claims: [{ type: 'departure', subject: 'Harbour Post', value: { amount: 20, text: '20' } }],
    },
    {
      note: 'a one-word coined name is a company when it owns "its" a verb later (people own "his" and "her")',
      text: 'Quorvex said its chief operating officer had resigned after two years.',
      claims: [{ type: 'departure', subject: 'Quorvex', value: null }],
    },
    {
      note: 'a company removes its officer ("ousted its chief executive", "parted ways with its CFO")',
      text: 'Copperleaf AI has ousted its chief executive, Dana Roe, after a board review.',
      claims: [{ type: 'departure', subject: 'Copperleaf AI', value: null }],
    },
    {
      note: 'a person, an apposition naming role and company, then the leaving ("Dana Roe, chief executive of X, will step down next year")',
      text: 'Dana Roe, chief executive of Halvard Robotics, will step down next year.',
      claims: [{ type: 'departure', subject: 'Halvard Robotics', value: null }],
    },
    {
      note: 'workers lose their jobs when the company closes a plant',
      text: 'About 90 workers will lose their jobs when Ferrovia Motors closes its Leeds plant.',
      claims: [{ type: 'departure', subject: 'Ferrovia Motors', value: { amount: 90, unit: 'people', text: 'About 90 workers' } }],
    },
    {
      note: 'a closure that "will cost N jobs"',
      text: 'The closure of Ferrovia Motors’ Turin plant will cost 300 jobs.',
      claims: [{ type: 'departure', subject: 'Ferrovia Motors', value: { amount: 300, unit: 'people', text: '300 jobs' } }],
    },
    {
      note: 'a rule that spells "its" ("reduce its workforce by N") reads the pronoun as the word it is, with a count after "by"',
      text: 'Halvard Robotics will reduce its workforce by about 600 people after a weak year.',
      claims: [{ type: 'departure', subject: 'Halvard Robotics', value: { amount: 600, unit: 'people', text: 'about 600 people' } }],
    },
    {
      note: '"trimming its headcount by N": a bare count after "by"',
      text: 'Copperleaf AI is trimming its headcount by 250 as sales slow.',
      claims: [{ type: 'departure', subject: 'Copperleaf AI', value: { amount: 250, unit: 'people', text: '250' } }],
    },
    {
      note: 'an acronym after a fronted "in <place>," is the subject, not a ticker',
      text: 'Norsk Aero has blamed fuel costs for a drop in profits. Since the strike in France, NA has cut 2,000 jobs as part of a cost-cutting drive.',
      claims: [{ type: 'departure', subject: 'Norsk Aero', value: { amount: 2000, unit: 'people', text: '2,000 jobs' } }],
    },
    {
      note: 'the company\'s own move as the subject ("the end of production … would mean the loss of")',
      text: 'Ferrovia Motors will close its Turin engine plant. The unions said the end of engine production at the plant would mean the loss of 800 jobs.',
      claims: [{ type: 'departure', subject: 'Ferrovia Motors', modality: 'hedged', value: { amount: 800, unit: 'people', text: '800 jobs' } }],
    },
    {
      note: 'an officer named by title leaves the company the sentence is about',
      text: 'Zentrix AI faces new turmoil as Chief Financial Officer Dana Roe departed in late July after three months on the job.',
      claims: [{ type: 'departure', subject: 'Zentrix AI' }],
    },
    {
      note: '"has lost N researchers"',
      text: 'Zentrix AI has lost 12 researchers since January.',
      claims: [
        {
          type: 'departure',
          subject: 'Zentrix AI',
          counterparty: null,
          value: { amount: 12, unit: 'people', approximate: false, text: '12 researchers' },
        },
      ],
    },
    {
      note: 'named person "has left the company"',
      text: 'Halvard Robotics’ chief scientist, Lena Voss, has left the company.',
      claims: [
        {
          type: 'departure',
          subject: 'Halvard Robotics',
          counterparty: null,
          value: null,
        },
      ],
    },
    {
      note: '"exodus … at least N executives departing" → min',
      text: 'An exodus of senior staff has hit Quillmark, with at least eight executives departing this year.',
      claims: [
        {
          type: 'departure',
          subject: 'Quillmark',
          counterparty: null,
          value: { amount: 8, min: 8, unit: 'people', text: 'at least eight executives' },
        },
      ],
    },
    {
      note: 'people familiar → reported; "more than N engineers have quit"',
      text: 'More than 20 engineers have quit Pellucid Labs in the past three months, according to people familiar with the matter.',
      claims: [
        {
          type: 'departure',
          subject: 'Pellucid Labs',
          counterparty: null,
          value: { amount: 20, min: 20, unit: 'people', approximate: true, text: 'More than 20 engineers' },
          modality: 'reported',
        },
      ],
    },
    {
      note: 'co-founder "left the company in March"',
      text: 'Copperleaf AI co-founder Raj Mehta left the company in March.',
      claims: [
        {
          type: 'departure',
          subject: 'Copperleaf AI',
          counterparty: null,
          value: null,
        },
      ],
    },
    {
      note: '"N engineers on X’s team resigned"',
      text: 'Five engineers on Kiteline AI’s safety team resigned last week.',
      claims: [
        {
          type: 'departure',
          subject: 'Kiteline AI',
          counterparty: null,
          value: { amount: 5, unit: 'people', approximate: false, text: 'Five engineers' },
        },
      ],
    },
    {
      note: 'wire copy, "has left X after less than a year"',
      text: 'LONDON (Reuters) - Harrowgate’s finance chief has left the lender after less than a year in the role.',
      claims: [
        {
          type: 'departure',
          subject: 'Harrowgate',
          counterparty: null,
          value: null,
        },
      ],
    },
    {
      note: '"an exodus of about N researchers"',
      text: 'Tidewater AI has seen an exodus of about 30 researchers this year.',
      claims: [
        {
          type: 'departure',
          subject: 'Tidewater AI',
          counterparty: null,
          value: { amount: 30, unit: 'people', approximate: true, text: 'about 30 researchers' },
        },
      ],
    },
    {
      note: 'key-facts bullet with no subject',
      text: 'Greyfriar Systems: a rough year\n• Lost 3 co-founders\n• Revenue flat at $40M',
      claims: [
        {
          type: 'departure',
          subject: 'Greyfriar Systems',
          counterparty: null,
          value: { amount: 3, unit: 'people', approximate: false, text: '3 co-founders' },
        },
      ],
    },
    {
      note: 'coreference "its"; "N of its M engineers have left": the departure count is N (text not checked)',
      text: 'Stackwise was once the hottest dev-tools startup in Berlin. Since last summer, 15 of its 40 engineers have left.',
      claims: [
        {
          type: 'departure',
          subject: 'Stackwise',
          counterparty: null,
          value: { amount: 15, unit: 'people' },
        },
      ],
    },
    {
      note: '"may lose" → hedged; vague count not checked',
      text: 'Lattice Forge may lose several senior engineers after the acquisition.',
      claims: [
        {
          type: 'departure',
          subject: 'Lattice Forge',
          counterparty: null,
          modality: 'hedged',
        },
      ],
    },
    {
      note: 'denied → negated',
      text: 'Mirepoint denied that any researchers had left the company.',
      claims: [
        {
          type: 'departure',
          subject: 'Mirepoint',
          counterparty: null,
          value: null,
          modality: 'negated',
        },
      ],
    },
    {
      note: 'headline "loses two top AI scientists" (modifiers are part of the value text)',
      text: 'Orbital Loom loses two top AI scientists',
      claims: [
        {
          type: 'departure',
          subject: 'Orbital Loom',
          counterparty: null,
          value: { amount: 2, unit: 'people', approximate: false, text: 'two top AI scientists' },
        },
      ],
    },
    {
      note: '"saw N employees leave"',
      text: 'Sorrel Robotics saw 40 employees leave after the pay cuts were announced.',
      claims: [
        {
          type: 'departure',
          subject: 'Sorrel Robotics',
          counterparty: null,
          value: { amount: 40, unit: 'people', approximate: false, text: '40 employees' },
        },
      ],
    },
    {
      note: 'unnamed destination ("to rivals") is still a departure',
      text: 'Copperleaf AI lost 25 engineers to rivals last year.',
      claims: [
        {
          type: 'departure',
          subject: 'Copperleaf AI',
          counterparty: null,
          value: { amount: 25, unit: 'people', approximate: false, text: '25 engineers' },
        },
      ],
    },
    {
      note: '"walked out of" with a vague count (value not checked)',
      text: 'Several senior researchers have walked out of Aurelian Bio over disagreements about strategy.',
      claims: [
        {
          type: 'departure',
          subject: 'Aurelian Bio',
          counterparty: null,
        },
      ],
    },
    {
      note: 'named executive "quit on Monday"',
      text: 'Brightline Robotics’ chief technology officer quit on Monday.',
      claims: [
        {
          type: 'departure',
          subject: 'Brightline Robotics',
          counterparty: null,
          value: null,
        },
      ],
    },
    {
      note: 'the cut announced is a departure; the figure that "had been expected" beside it is not',
      text: 'Quarnby Software is cutting about 5,000 jobs, fewer than the 6,000 job losses that had been expected.',
      claims: [{ type: 'departure', subject: 'Quarnby Software', counterparty: null, value: { amount: 5000, text: 'about 5,000 jobs' } }],
    },
    {
      note: 'an officer stepping aside or down "as chief executive of X"',
      text: 'Quorvex Systems chief executive Dana Roe is stepping aside after 22 years. Raj Mehta will step down as finance director of Halvard Robotics but remain on the board.',
      claims: [
        { type: 'departure', subject: 'Quorvex Systems', value: null },
        { type: 'departure', subject: 'Halvard Robotics', value: null },
      ],
    },
    {
      note: 'job losses in more shapes: staff "of X were dismissed", "relieved N workers of their jobs", "N X staff face the sack", "letting go of 5% of its workforce, or about N people"',
      text: 'About 1,400 employees of Tessaly Dock were dismissed on Friday. Brenmoor Shipping relieved 350 workers of their jobs. Up to 900 Copperleaf Retail staff face the sack. Kestrel Foods is letting go of 5% of its workforce, or about 600 people.',
      claims: [
        { type: 'departure', subject: 'Tessaly Dock', value: { amount: 1400 } },
        { type: 'departure', subject: 'Brenmoor Shipping', value: { amount: 350 } },
        { type: 'departure', subject: 'Copperleaf Retail', value: { amount: 900 } },
        { type: 'departure', subject: 'Kestrel Foods', value: { amount: 600 } },
      ],
    },
    {
      note: 'a company called by what it is ("the carrier", "the manufacturer"), not by a noun that modifies another ("the airline industry")',
      text: 'Halvard Air reported a loss. The carrier said it would cut 2,000 jobs, more than the airline industry expected.',
      claims: [{ type: 'departure', subject: 'Halvard Air', value: { amount: 2000 } }],
    },
    {
      note: 'a decision or plan "by X to" cut is X\'s cut, though X sits after "by" and a union speaks',
      text: 'Unite the union said it would fight the plan. Unite officer Dana Roe said: “The decision by Orrin Bank to cut 250 roles is a grave mistake.”',
      claims: [{ type: 'departure', subject: 'Orrin Bank', value: { amount: 250, unit: 'people', text: '250 roles' } }],
    },
    {
      note: 'cuts at a company\'s site named with its owner\'s possessive ("Orrin Coal\'s Donaldson coal operation") are the owner\'s',
      text: 'In March, Orrin Coal’s Donaldson coal operation went into care and maintenance, leading to 92 redundancies.',
      claims: [{ type: 'departure', subject: 'Orrin Coal', value: { amount: 92, text: '92' } }],
    },
    {
      note: '"it" after a verb of saying in its -ing form ("with Orvale Oil announcing it will slash …") is the speaker named right before, not the passage\'s earlier company',
      text: 'Boeing cut jobs too. The oil industry isn’t isolated from job cuts either, with Orvale Oil announcing it will slash approximately 7,700 positions globally as part of an effort to simplify operations.',
      claims: [
        { type: 'departure', subject: 'Orvale Oil', value: { amount: 7_700, text: 'approximately 7,700 positions' } },
      ],
    },
    {
      note: 'a company named as a person\'s former employer ("The ex-Orvale and Kestrel man") is not "the company" someone else is leaving: the passage\'s company is',
      text: 'Tarvo Motors hired Sander in May. The ex-Orvale and Kestrel man will take over sales from Imelda Labbe, who is leaving the company for personal reasons.',
      claims: [{ type: 'departure', subject: 'Tarvo Motors' }],
    },
    {
      note: 'an officer named with the company\'s post in an apposition, then leaving the post ("Tom Reyes, Kestrel Bank\'s chief executive, will leave his post")',
      text: 'Tom Reyes, Kestrel Bank’s chief executive, will leave his post at the end of next month.',
      claims: [{ type: 'departure', subject: 'Kestrel Bank', value: null }],
    },
    {
      note: 'stepping down "as" the company\'s officer, the company named before the title',
      text: 'Tom Reyes is stepping down as Kestrel Bank chairman after a decade.',
      claims: [{ type: 'departure', subject: 'Kestrel Bank', value: null }],
    },
    {
      note: 'a company\'s expectation of how many will apply for early retirement',
      text: 'Kestrel Property expects some 450 workers to apply for early retirement.',
      claims: [{ type: 'departure', subject: 'Kestrel Property', value: { amount: 450, text: 'some 450 workers' } }],
    },
    {
      note: 'a bulleted "Name: count" list under a label of workforce reductions: each count is its company\'s cut, not its staff',
      text: 'Several carmakers have cut jobs this year. Other notable companies implementing workforce reductions include:\n  • Kestrel Motors: 400\n  • Orvale Auto: 200',
      claims: [
        { type: 'departure', subject: 'Kestrel Motors', value: { amount: 400, text: '400' } },
        { type: 'departure', subject: 'Orvale Auto', value: { amount: 200, text: '200' } },
      ],
    },
    {
      note: 'a share of the workforce cut, then its count in brackets ("by about 18% (around 5,600 jobs)")',
      text: 'Orvale Auto reduced its workforce by about 18% (around 5,600 jobs) last year.',
      claims: [{ type: 'departure', subject: 'Orvale Auto', value: { amount: 5600, text: 'around 5,600 jobs' } }],
    },
    {
      note: 'headcount fallen "by another" count, its company the "Its" of a sentence after the one that names it',
      text: 'Orvale Telecom said 4,800 jobs would be cut by March. Its latest results showed headcount had fallen by another 2,700 between July and September.',
      claims: [
        { type: 'departure', subject: 'Orvale Telecom', value: { amount: 4800, text: '4,800 jobs' } },
        { type: 'departure', subject: 'Orvale Telecom', value: { amount: 2700, text: '2,700' } },
      ],
    },
    {
      note: 'the cuts\' count said after them ("job losses were 2,400")',
      text: 'At Kestrel Telecom, job losses were 2,400 during the same period, the company said.',
      claims: [{ type: 'departure', subject: 'Kestrel Telecom', value: { amount: 2400, text: '2,400' } }],
    },
    {
      note: 'layoffs announced with no count, by each company of a list that is the verb\'s subject (not a company an earlier clause names before ", and")',
      text: 'Deals slowed after the takeover of Tarsel Bank by rival Harrow Bank, and Kestrel Bank and Orvale Bank have unveiled rounds of layoffs.',
      claims: [
        { type: 'departure', subject: 'Kestrel Bank', value: null },
        { type: 'departure', subject: 'Orvale Bank', value: null },
      ],
    },
    {
      note: 'layoffs announced, no count',
      text: 'Kestrel Bank announced layoffs on Monday.',
      claims: [{ type: 'departure', subject: 'Kestrel Bank', value: null }],
    },
    {
      note: 'a share of the jobs cut with a word before "jobs" ("28% of its onshore jobs")',
      text: 'Kestrel Lending said it would cut 28% of its onshore jobs.',
      claims: [{ type: 'departure', subject: 'Kestrel Lending', value: null }],
    },
    {
      note: 'a share said as "one of every five workers": a cut with no count',
      text: 'Kestrel Lending is firing one of every five workers.',
      claims: [{ type: 'departure', subject: 'Kestrel Lending', value: null }],
    },
  ],
  negative: [
    { text: 'About 20 per cent of Tarsel Air\'s workforce will go on strike next week. Around 40% of Orvale Foods\' employees are women.', note: 'a share of a workforce going on strike, or described, leaves no job' },
    { text: 'About 300 jobs at Tarrow Bank were created last year.', note: 'jobs created at a company are no cut' },
    { text: 'The Kestrel Academy school sent home 300 pupils after the storm.', note: 'pupils sent home are no staff leaving' },
    { text: 'Thousands of high street jobs have been lost this year.\n\nWatt Brothers\n\nThe Scottish department store chain had 11 stores and 306 employees when it went into administration.\n\nJack Wills\n\nHad about 100 stores and 1,700 staff in the UK when it went into administration in August.', note: 'the lede of a list of company profiles is about all of them: no one company lost the jobs it counts' },
    { text: '52 hospitals, health systems laying off 4K workers\n\nDozens of U.S. hospitals filed layoff notices in 2022. Below are 52 hospitals and health systems Kestrel Review has covered cutting jobs.', note: 'a headline whose subject is many companies ("52 hospitals, health systems") before the cue\'s own verb is no cut of the page\'s publisher' },
    { text: 'Harrow Air said 400 staff took advantage of the travel offer. Orvane Corp. saw applications from 525 workers for its graduate scheme.', note: 'people taking up an offer, or applying, with no scheme of leaving in the passage, are no one leaving' },
    { text: 'Analysts at Kestrel Securities said: “Although not a surprise, the early and immediate departure of Dana Roe adds to the uncertainty.”', note: 'the firm its analysts work at is no one who left: it only comments' },
    { text: 'Kestrel Group said on Monday it would restructure. Builders cut 3,000 jobs as rates rose.', note: 'a plural of people as the subject of "cut" (an irregular past) is no company\'s cut' },
    { text: 'Top sectors for jobs this year:\n\n1. Healthcare\n\nThe sector added 50,000 jobs last year, the report said.\n\n3. Construction\n\nBuilders cut 3,000 jobs as rates rose.\n', note: 'sectors in a numbered list, each section with a subject of its own, cut no company\'s jobs' },
    { text: 'Kestrel Bank, which currently employs 4,610 workers, wants to cut costs this year.', note: 'a cut of costs after the staff counted is no cut of staff' },
    { text: 'Orvale Mining announced the termination of 12 contracts with suppliers.', note: 'contracts ended are no people leaving' },
    { text: 'Orrin Bank is restructuring. Prime Minister Dana Roe said she will cut 15,000 jobs in the civil service.', note: 'a minister who says she will cut cuts no company\'s jobs' },
    { text: "Halvard Rovers, known as the Red Machines, stayed fourth. Defending champions Kestrel City remained seventh with 13 points from 11 games (3 wins, 4 draws, 4 losses).", note: "losses counted beside wins and draws are a team's matches, no job losses" },
    { text: 'Kestrel Mills makes paper. Some 500 Kestrel Mills staff signed a letter demanding the board resign. Six of eight of the Orrin Freight drivers\' union officials have left.', note: 'staff who sign a letter asking others to resign leave nothing; a part of a whole counted is not the whole' },
    { text: 'Quillo AI signs compute deal with Orrin Cloud\n\nQuillo AI on Thursday unveiled a deal with Orrin Cloud for more computing power.\n\nSilicon Valley tech giant to cut more than 1,400 jobs after sales slow\n\nThe agreement gives Quillo AI access to more chips.', note: 'a related story\'s headline inside a page, its doer a company described and not named, is no news of the passage\'s company' },
    { text: 'Corporate Kenya has recently seen some top executives exiting one company and walking into another. Six chief executives of companies listed on the Kestrel Securities Exchange (KSE) have departed this year, more than the five exits recorded last year.', note: 'a country\'s business world ("Corporate Kenya") is no company, and an exchange companies are listed on is none of theirs' },
    { text: 'Recruiters say Orrin Labs loses fewer people to rivals than any other lab.', note: 'a comparison of how many people leave tells no departure' },
    { text: 'Halvard Tech reported results. Combined, Halvard Tech and Kestrel Consulting (KC) witnessed a year-on-year reduction of 34,851 employees.', note: 'a cut counted over two companies combined is neither one\'s' },
    { text: 'Orvane Bank cut costs again, bringing its total savings to 1,100 million rupees.', note: 'a running total of savings is no count of people' },
    { text: 'Tarrow United lost 3-0 on Saturday. Two players have left the club this week.', note: 'players leaving a club are sport' },
    { text: 'About 1,400 fans of Tessaly Rovers face a long trip after the club was relieved of its licence.', note: 'fans and a licence: no staff, no jobs' },
    { text: 'The general will stand down the troops of the Third Army on Friday.', note: 'standing troops down is no one leaving a company' },
    { text: 'Kestrel News said nearly 194,000 U.S. employees lost their jobs in more than 150 major layoffs so far this year.', note: "a national total over many layoffs, no one employer's" },
    { text: 'The strike has put 4,000 jobs at risk across the sector, the Northfield Union said.', note: "jobs at risk across a sector, no company's" },
    { text: 'Kestrel Bank told 300 staff they would receive a bonus in March.', note: 'staff told of a bonus' },
    { text: 'Kestrel Air reduced fares by 15 (about 10%) on its busiest routes.', note: 'fares cut, not staff' },
    { text: 'According to a layoff tracker, 161,411 employees were laid off from 1,051 tech companies last year, including Halvard.', note: 'cuts counted across many companies, not one employer\'s' },
    { text: 'Kestrel Partners and Orrick Advisory hired senior dealmakers this year, amid a drought that has forced larger rivals to cut thousands of jobs.', note: 'rivals in general cutting jobs: no employer named' },
    { text: 'Quarnby Software finished its takeover of Velloran last week. Correspondents say 6,000 job losses had been expected at the combined group.', note: 'a figure that was only expected, not a cut announced' },
    { text: 'Quillmark hired a new finance chief. Records show Dana Roe signed the lease for the company’s Denver office weeks before leaving her old job.', note: 'a possessive far from the people leaving is not whom they leave' },
    { text: 'Zentrix AI lost five engineers to Meta.', note: 'destination named: hiring, not departure' },
    { text: 'Priya Raman left Google to join Quillmark.', note: 'destination named: hiring, not departure' },
    { text: 'The chief executive left the meeting early.', note: 'no company left' },
    { text: 'Halvard Robotics left the European market in 2023.', note: 'the company exits a market' },
    { text: 'Kiteline AI lost $300 million last year.', note: 'financial loss' },
    { text: 'Copperleaf AI lost its biggest customer.', note: 'customer loss' },
    { text: 'Pellucid Labs has 200 employees left after the restructuring.', note: '"left" as remaining: a headcount' },
    { text: 'Harrowgate hired 40 staff from Revolut.', note: 'hiring: the hirer is named' },
    { text: 'Norrland Compute’s office sits on the left bank of the river.', note: '"left" as a direction' },
    { text: 'Quillmark sells office software. The research reveals that up to two working days a year will be lost by staff who shop online at work.', note: 'working days lost by staff in general: no departure' },
    { text: 'Factories are closing across Lesotho, the Garment Workers Union said on Monday. In the north, it is feared as many as 20,000 textile workers could lose their jobs.', note: 'a union is no topic: the workers are no company\'s' },
    { text: 'Halvard Robotics will cut 10% of its costs and a third of its product lines.', note: 'a share of costs or products, not of staff' },
    { text: 'A third of the Quillmark workforce are women, the company said.', note: 'a share of the workforce, no cut' },
    { text: 'The council will close two schools, affecting 800 pupils.', note: 'pupils affected are no staff' },
    { text: 'Zentrix AI plans to reduce its carbon emissions by 40%.', note: 'a reduction of something other than staff' },
    { text: 'Zentrix AI will reduce its debt by 600 million.', note: 'a count after "reduce its … by" that is no staff' },
    { text: 'Halvard Robotics grew its workforce by 250 people last year.', note: 'a workforce grown, not cut' },
    { text: 'Okafor said her chief of staff had resigned from the campaign.', note: 'a name that owns "her" is a person: no company left' },
    { text: 'Kingsbridge Rovers sacked its manager after a run of defeats.', note: 'a club sacking its manager: no officer of a company' },
    { text: 'Zentrix AI dismissed its chairman’s concerns about the merger.', note: 'what an officer owns is dismissed, not the officer' },
    { text: 'Halvard Robotics fired its first test rockets in March.', note: '"fired" without an officer' },
    { text: 'Copperleaf Labs has seen 25 staff depart for Zentrix AI.', note: 'the people go to a named company: a hiring claim' },
    { text: 'Copperleaf Labs is bleeding talent to Zentrix AI.', note: 'talent lost to a named company: a hiring claim' },
    { text: 'Tom Reyes quits Copperleaf Labs, joins Zentrix AI', note: 'a headline naming the company joined: a hiring claim' },
    { text: 'Copperleaf Labs has lost about a dozen senior researchers to rivals including Zentrix AI.', note: 'people lost to rivals that are named: a hiring claim' },
    { text: 'Orvale Tech, Kestrel Systems\'s combined headcount drops by over 11,700 in Q3', note: 'a drop in two companies\' combined headcount is neither\'s' },
    { text: 'Dana Roe, a director of Harwick Bikes, said that the hiring of Ian Hale leaves Harwick Bikes well-positioned for the future.', note: '"leaves X well-positioned" is a state the company is left in, no exit' },
    { text: 'Kestrel Air chief executive Dana Roe, left, and Orrin Labs chief executive Tom Reyes at the launch in Toronto.', note: 'a photo caption\'s "left" set off by commas is where a person stands, no exit' },
    { text: 'Tom Reyes is leaving Halvard Bank to be head of trading at Orrin Capital.', note: 'leaving "to be" a post at another company is a move, no departure' },
    { text: 'Tom Reyes stepped down as Kestrel Bank chairman to join Orrin Capital.', note: 'stepping down to join another company is a move, no departure' },
    { text: 'Tony Blair will step down as Labour leader.', note: 'a party leader stepping down: no company, no officer\'s title' },
    { text: 'Job losses in manufacturing were 50,000 last year, the ONS said.', note: 'an industry\'s job losses, said by a statistics office' },
    { text: 'Kestrel Bank ruled out layoffs this year.', note: 'layoffs ruled out' },
    { text: 'Kestrel Bank said there would be no layoffs.', note: 'no layoffs' },
    { text: 'Tom Killian left Kestrel Games to work with Orvale Studios on a new game.', note: 'leaving "to work with" another company is a move, no departure' },
  ],
};
