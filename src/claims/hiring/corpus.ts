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
  ],
  negative: [
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
  ],
};
