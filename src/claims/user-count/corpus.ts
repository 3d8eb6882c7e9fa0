import type { ClaimCorpus } from '../example.js';

/**
 * user_count: how many users, customers or subscribers a company (or its product) has.
 *
 * Conventions kept throughout this file:
 * - subject is the company (the owner when a product is named); counterparty is null.
 * - unit is what is counted: "users", "customers" or "subscribers".
 * - value.text runs from the qualifier through the counted noun, modifiers included
 *   ("50 million monthly active users").
 * - Downloads, visits, transactions, units shipped and survey samples are not user counts.
 */
export const corpus: ClaimCorpus = {
  type: 'user_count',
  positive: [
    {
      note: 'a list of keys and figures under a label: a bracketed aside on the line after the last one is no part of that line',
      text: 'Users:\nVerrow: 450 million\nTarsel: 250 million\nOrvanta: 1.2 billion\n(Deal size pegs $40 (Rs 2,500) for a Verrow user)',
      claims: [
        { type: 'user_count', subject: 'Verrow', counterparty: null, value: { amount: 450_000_000 } },
        { type: 'user_count', subject: 'Tarsel', counterparty: null, value: { amount: 250_000_000 } },
        { type: 'user_count', subject: 'Orvanta', counterparty: null, value: { amount: 1_200_000_000 } },
      ],
    },
    {
      note: '"the app" after a company\'s own app unnamed ("launched its budgeting app … The app now has …") is that company, as "the platform" is',
      text: 'Tarsel Money launched its budgeting app in 2019. The app now has 50 million users.',
      claims: [{ type: 'user_count', subject: 'Tarsel Money', counterparty: null, value: { amount: 50_000_000, text: '50 million users' } }],
    },
    {
      note: 'an unnamed product opening the sentence, its owner in an apposition ("The app, owned by Tarrow Labs, counts…"): the owner\'s users',
      text: 'The app, owned by Tarrow Labs, counts more than 2 million daily users.',
      claims: [{ type: 'user_count', subject: 'Tarrow Labs', counterparty: null, value: { min: 2_000_000, unit: 'users', text: 'more than 2 million daily users' } }],
    },
    {
      note: 'users a company reported, said in the passive after the count ("the 60.6 million paying subscribers revealed by Halbrook Stream")',
      text: 'The number compares with the 60.6 million paying subscribers revealed by Halbrook Stream in North America.',
      claims: [{ type: 'user_count', subject: 'Halbrook Stream', value: { amount: 60_600_000, text: '60.6 million paying subscribers' } }],
    },
    {
      note: 'the number of a company\'s users with a product\'s word or two between ("Number of Zentel pesa subscribers increased to 7.1 million")',
      text: 'Number of Zentel pesa subscribers increased to 7.1 million in September, the regulator said.',
      claims: [
        { type: 'user_count', subject: 'Zentel', value: { amount: 7_100_000, text: '7.1 million' } },
      ],
    },
    {
      note: 'the parts of a base the sentence opens with ("Of the 10.2mn customers, 5.3mn were in the post-paid category, 3.7mn were in pre-paid")',
      text: 'Tarrow Telecom added customers in the quarter. Of the 10.2mn customers, 5.3mn were in the post-paid category, 3.7mn were in pre-paid, and 1.1mn were in mobile broadband.',
      claims: [
        { type: 'user_count', subject: 'Tarrow Telecom', value: { amount: 10_200_000, text: '10.2mn customers' } },
        { type: 'user_count', subject: 'Tarrow Telecom', value: { amount: 5_300_000, text: '5.3mn' } },
        { type: 'user_count', subject: 'Tarrow Telecom', value: { amount: 3_700_000, text: '3.7mn' } },
        { type: 'user_count', subject: 'Tarrow Telecom', value: { amount: 1_100_000, text: '1.1mn' } },
      ],
    },
    {
      note: 'customers counted as active in a window of time glued to its number ("4.3 million 90-day active customers")',
      text: 'Orvane Telecom chief Dana Roe said the company had 4.3 million 90-day active customers at the end of December.',
      claims: [{ type: 'user_count', subject: 'Orvane Telecom', value: { amount: 4_300_000, text: '4.3 million 90-day active customers' } }],
    },
    {
      note: 'people "are using" a product daily are its users; a level "compared with 140 million for" another company is that company\'s, not a level of the first',
      text: 'A source says 150 million people are using Kestrel Chat daily. Orvane Chat has 150 million daily users, compared with an estimated 140 million for Tarrow Social.',
      claims: [
        { type: 'user_count', subject: 'Kestrel Chat', value: { amount: 150_000_000, text: '150 million people' } },
        { type: 'user_count', subject: 'Orvane Chat', value: { amount: 150_000_000, text: '150 million daily users' } },
        { type: 'user_count', subject: 'Tarrow Social', value: { amount: 140_000_000, text: 'an estimated 140 million' } },
      ],
    },
    {
      note: 'a user count that "is up 28% to" a level: "up" after a copula is a rise',
      text: 'Orrin Music said its total number of users is up 28% to 191 million.',
      claims: [{ type: 'user_count', subject: 'Orrin Music', value: { amount: 191_000_000, text: '191 million' } }],
    },
    {
      note: '"monthly actives", "daily actives": the trade\'s short word for active users',
      text: 'Quillchat has surpassed 400 million monthly actives. Orrin Video had 43 million daily actives at the end of June.',
      claims: [
        { type: 'user_count', subject: 'Quillchat', value: { amount: 400_000_000, text: '400 million monthly actives' } },
        { type: 'user_count', subject: 'Orrin Video', value: { amount: 43_000_000, text: '43 million daily actives' } },
      ],
    },
    {
      note: 'people counted by how often they use a service ("164 million monthly active people", "daily active members") are its users, not staff',
      text: 'Since launching a local presence in the region in 2012, Orrin Social has been embraced by users here, growing to 164 million monthly active people.',
      claims: [{ type: 'user_count', subject: 'Orrin Social', value: { amount: 164_000_000, text: '164 million monthly active people' } }],
    },
    {
      note: 'a users column in millions ("Monthly users (m)"): bare figures scaled',
      text: 'Users by service:\n| Service | Monthly users (m) |\n|---|---|\n| Orrin Chat | 1.2 |\n| Kestrel Mail | 40 |',
      claims: [
        { type: 'user_count', subject: 'Orrin Chat', value: { amount: 1_200_000, text: '1.2' } },
        { type: 'user_count', subject: 'Kestrel Mail', value: { amount: 40_000_000, text: '40' } },
      ],
    },
    {
      note: 'a group\'s units in two countries are reported apart: each unit\'s subscribers are its own, not the group\'s',
      text: 'Orvtel Nigeria had 62.5 million subscribers. Orvtel South Africa had 29.1 million subscribers. Orvtel said revenue rose.',
      claims: [
        { type: 'user_count', subject: 'Orvtel Nigeria', value: { amount: 62_500_000 } },
        { type: 'user_count', subject: 'Orvtel South Africa', value: { amount: 29_100_000 } },
      ],
    },
    {
      note: 'a list of operators, then "stood respectively at" and a list of counts: paired in order',
      text: 'The subscribers of Orvaphone, Kestrel Link and Tarrow Mobile stood respectively at 49.09 million, 29.63 million and 24.08 million.',
      claims: [
        { type: 'user_count', subject: 'Orvaphone', value: { amount: 49_090_000 } },
        { type: 'user_count', subject: 'Kestrel Link', value: { amount: 29_630_000 } },
        { type: 'user_count', subject: 'Tarrow Mobile', value: { amount: 24_080_000 } },
      ],
    },
    {
      note: 'the list of operators in an aside between dashes ("operators -- A, B, C --"), then "stood respectively at": the clause runs on past the aside',
      text: "The latest data showed the subscribers of the country's three cell phone operators -- Orvaphone, Kestrel Link, Tarrow Mobile -- at the end of May stood respectively at 49.09 million, 29.63 million and 24.08 million.",
      claims: [
        { type: 'user_count', subject: 'Orvaphone', value: { amount: 49_090_000 } },
        { type: 'user_count', subject: 'Kestrel Link', value: { amount: 29_630_000 } },
        { type: 'user_count', subject: 'Tarrow Mobile', value: { amount: 24_080_000 } },
      ],
    },
    {
      note: 'a name right before the user noun owns the users that changed to a level ("Halvard users were up 10% to 30.53 million", "Orvale users increased to 3.73 million"); a country\'s users are a market',
      text: 'Internet users in Japan were up 7% to 70.09 million. Halvard users were up 10% to 30.53 million, and Orvale users increased to 3.73 million.',
      claims: [
        { type: 'user_count', subject: 'Halvard', value: { amount: 30_530_000 } },
        { type: 'user_count', subject: 'Orvale', value: { amount: 3_730_000 } },
      ],
    },
    {
      note: 'a name renaming a relation of another company ("Chatterly\'s parent, Brightwell, just crossed…") is the subject of the verb after it',
      text: 'Chatterly has 900 million users. Chatterly’s parent, Brightwell, just crossed 1 billion daily active users.',
      claims: [
        { type: 'user_count', subject: 'Chatterly', value: { amount: 900_000_000 } },
        { type: 'user_count', subject: 'Brightwell', value: { amount: 1_000_000_000, text: '1 billion daily active users' } },
      ],
    },
    {
      note: 'a milestone a company passed ("hit the 10 million UK retail customer mark") is its own count, a country inside it or not; a list of modifiers before the noun ("retail, commercial and institutional customers") still counts customers',
      text: 'Brightwell Pay said on Friday it had hit the 10 million UK retail customer mark. Orvale Bank has over 19 million retail, commercial and institutional customers.',
      claims: [
        { type: 'user_count', subject: 'Brightwell Pay', value: { amount: 10_000_000, unit: 'customers' } },
        { type: 'user_count', subject: 'Orvale Bank', value: { min: 19_000_000, unit: 'customers', text: 'over 19 million retail, commercial and institutional customers' } },
      ],
    },
    {
      note: 'a colon line of a paragraph of its own ("The US expansion is real:") over a list no item of which opens with a company, in an article about one company, is about that company',
      text: 'Kestrel Bank went from launching in Mexico in 2020 to 12 million customers by mid-2025. Now Kestrel Bank is applying for a US bank charter, and Kestrel Bank says it is ready.\n\nThe US expansion is real:\n- Applied for a national charter in September\n- Its co-founder relocated full-time to lead it\n- 122M+ customers across Brazil, Mexico, Colombia as the foundation for remittances',
      claims: [
        { type: 'user_count', subject: 'Kestrel Bank', value: { amount: 12_000_000 } },
        { type: 'user_count', subject: 'Kestrel Bank', value: { amount: 122_000_000 } },
      ],
    },
    {
      note: 'a company that has a count of users in one country ("has around 3.6 million UK customers") has its own users; a country\'s count with no company that has it ("There are 22.8 million UK net users") is a market\'s',
      text: 'Meanwhile, Brightwell Bank has around 3.6 million UK customers and Orvale Bank counts over 20 million UK retail customers. There are 22.8 million UK net users.',
      claims: [
        { type: 'user_count', subject: 'Brightwell Bank', value: { amount: 3_600_000 } },
        { type: 'user_count', subject: 'Orvale Bank', value: { amount: 20_000_000 } },
      ],
    },
    {
      note: 'a relative clause on a pair ("close to Orvale TV or Kestrel Stream, both of which claim more than 200 million streaming users") gives each the amount, not the passage\'s company',
      text: 'Halvard Plus has 61 million subscribers. It doesn’t come anywhere close to Orvale TV or Kestrel Stream, both of which claim more than 200 million streaming users round the world.',
      claims: [
        { type: 'user_count', subject: 'Halvard Plus', value: { amount: 61_000_000 } },
        { type: 'user_count', subject: 'Orvale TV', value: { min: 200_000_000 } },
        { type: 'user_count', subject: 'Kestrel Stream', value: { min: 200_000_000 } },
      ],
    },
    {
      note: 'the level a decline reached ("showing a 0.5% decline in subscribers to 62.5 million") is the user base, where the users lost are not',
      text: 'Halvard Mobile struggled in the third quarter, showing a 0.5% decline in subscribers to 62.5 million.',
      claims: [{ type: 'user_count', subject: 'Halvard Mobile', value: { amount: 62_500_000 } }],
    },
    {
      note: '"its" joined by "and" to the name right before ("ahead of Orvale TV and its 24 million users", "competes with Quillon and its 3 million customers") is that name\'s, not the sentence subject\'s',
      text: 'Kestrel Stream added 700,000 subscribers in the quarter. Kestrel Stream remains well ahead of Orvale TV and its 24 million users.\n\nHalvard Pay is growing fast. The bank competes with Quillon and its 3 million customers.',
      claims: [
        { type: 'user_count', subject: 'Orvale TV', value: { amount: 24_000_000 } },
        { type: 'user_count', subject: 'Quillon', value: { amount: 3_000_000 } },
      ],
    },
    {
      note: 'a list under a label naming its measure, each line a name and its figure in brackets ("Harwick Stream (45m)")',
      text: 'Streaming services by subscribers:\n\n- Harwick Stream (45m)\n- Orvale TV (30 million)',
      claims: [
        { type: 'user_count', subject: 'Harwick Stream', value: { amount: 45_000_000, text: '45m' } },
        { type: 'user_count', subject: 'Orvale TV', value: { amount: 30_000_000, text: '30 million' } },
      ],
    },
    {
      note: 'a list under a label line "Key numbers:" after a paragraph naming the company is that company\'s key facts',
      text: 'Harwick Pay reported its results on Monday.\n\nKey numbers:\n- 45 million paying subscribers\n- Active accounts: 12 million',
      claims: [
        { type: 'user_count', subject: 'Harwick Pay', value: { amount: 45_000_000, text: '45 million paying subscribers' } },
        { type: 'user_count', subject: 'Harwick Pay', value: { amount: 12_000_000, text: '12 million' } },
      ],
    },
    {
      note: 'people "paying for content published on" a company\'s platform are its users; a class of companies by size ("publishers with at least 100,000 paying digital subscribers") is none of them',
      text: 'Harwick Gazette’s 100k Club ranks English-language publishers with at least 100,000 paying digital subscribers. Four million people are paying for content published on Orvale Press, which takes a 10% cut.',
      claims: [{ type: 'user_count', subject: 'Orvale Press', value: { amount: 4_000_000, text: 'Four million people' } }],
    },
    {
      note: 'a count of a product\'s customers ("Zimpa registered customers now stand at 17.1m") is its owner\'s, the passage\'s company, when the product is named as a platform',
      text: 'Orvale Tel said it will keep investing, with services such as Zimpa Save on the Zimpa platform. Zimpa registered customers now stand at 17.1m, which is 88 per cent of the company’s total customer base.',
      claims: [{ type: 'user_count', subject: 'Orvale Tel', value: { amount: 17_100_000, text: '17.1m' } }],
    },
    {
      note: 'a results statement\'s "overall customers" with no owner named: the reporting company\'s own count (a sentence naming no place)',
      text: 'Kestrel Telecom said the number of overall customers increased to 34.57 million during the period under review.',
      claims: [{ type: 'user_count', subject: 'Kestrel Telecom', value: { amount: 34_570_000, text: '34.57 million' } }],
    },
    {
      note: 'a product the article gives a company ("makes a chatbot called Vireo", "its app, Loop,") counts its users for the company, in later sentences too',
      text: 'Tessaly Labs makes a chatbot called Vireo. Vireo now has more than 400 million weekly active users. Orrin Media said its app, Loop, is growing fast. Loop has 20 million users.',
      claims: [
        { type: 'user_count', subject: 'Tessaly Labs', value: { min: 400_000_000, unit: 'users' } },
        { type: 'user_count', subject: 'Orrin Media', value: { amount: 20_000_000, unit: 'users' } },
      ],
    },
    {
      note: 'rivals compared with bracketed counts ("ahead of Kestrel Bank (32 million) and Tarrow Bank (21 million)") carry the same measure',
      text: 'Orrin Bank has 40 million customers, ahead of Kestrel Bank (32 million) and Tarrow Bank (21 million).',
      claims: [
        { type: 'user_count', subject: 'Orrin Bank', value: { amount: 40_000_000 } },
        { type: 'user_count', subject: 'Kestrel Bank', value: { amount: 32_000_000 } },
        { type: 'user_count', subject: 'Tarrow Bank', value: { amount: 21_000_000 } },
      ],
    },
    {
      note: 'the owner of a report that shows a clause ("The NCC\'s statistics show that X gained…") is no subject of the news: "its" in the next sentence is X\'s',
      text: 'Active subscriptions across the networks of Halvard Tel, Orrin Mobile and Glo rose in July, according to the Kestrel Communications Commission (KCC). The KCC’s statistics show that Halvard Tel, which is the largest operator by subscriber number, gained 392,440 new subscriptions in July. This brought its total active customer database to 79.4 million.',
      claims: [{ type: 'user_count', subject: 'Halvard Tel', value: { amount: 79_400_000 } }],
    },
    {
      note: 'a fronted "With N customers," before a main clause whose subject is the company\'s rise or growth ("the rise of X has been astonishing"): the users are X\'s',
      text: 'Kestrel Bank is growing fast. With 50 million global customers, the rise of Kestrel Bank has been astonishing.',
      claims: [{ type: 'user_count', subject: 'Kestrel Bank', value: { amount: 50_000_000 } }],
    },
    {
      note: 'what a gain brought the owned user base to ("brought its total active customer database to"), and the level it rose from, however near ("79.4 million from the 79 million": two facts, not one rounded)',
      text: 'Halvard Tel gained 392,440 new subscriptions in July. This brought its total active customer database to 79.4 million from the 79 million it recorded in June.',
      claims: [
        { type: 'user_count', subject: 'Halvard Tel', value: { amount: 79_400_000 } },
        { type: 'user_count', subject: 'Halvard Tel', value: { amount: 79_000_000 } },
      ],
    },
    {
      note: 'a fall "by N to M from P": the level reached and the level it fell from',
      text: 'Orrin Mobile recorded a loss of subscriptions in the period. The company’s subscriptions plunged by 63,840 to 12.5 million from 12.6 million in June.',
      claims: [
        { type: 'user_count', subject: 'Orrin Mobile', value: { amount: 12_500_000 } },
        { type: 'user_count', subject: 'Orrin Mobile', value: { amount: 12_600_000 } },
      ],
    },
    {
      note: 'a list of names each right before its amount ("…, Idea Cellular 15.05 crore, BSNL 8.13 crore") gives each amount to the name before it, the counted noun said once at the first',
      text: 'It is followed by Orvane Tel with 17.86 crore mobile subscribers, Kestrel Cellular 15.05 crore, Halvard Communications 10.62 crore and Tessaly Mobile 8.13 crore.',
      claims: [
        { type: 'user_count', subject: 'Orvane Tel', value: { amount: 178_600_000 } },
        { type: 'user_count', subject: 'Kestrel Cellular', value: { amount: 150_500_000 } },
        { type: 'user_count', subject: 'Halvard Communications', value: { amount: 106_200_000 } },
        { type: 'user_count', subject: 'Tessaly Mobile', value: { amount: 81_300_000 } },
      ],
    },
    {
      note: 'a company\'s own measure of its users ("Total monthly average users (MAUs)"), no owner named and no place in the sentence, is the passage\'s company\'s',
      text: 'Tessaly Music reported third-quarter results on Tuesday. Total monthly average users (MAUs) grew by 29% year-on-year to 320 million, which was above the top end of the guidance range.',
      claims: [{ type: 'user_count', subject: 'Tessaly Music', value: { amount: 320_000_000 } }],
    },
    {
      note: 'a company named after "the" that modifies the noun after it ("The Orvane Nest mini promotion exceeded forecasts") is no subject of its sentence, nor the topic of the next',
      text: 'Tessaly Music reported third-quarter results on Tuesday. The Orvane Nest mini promotion in the quarter exceeded forecasts in the UK. Total monthly active users grew by 29% year-on-year to 320 million.',
      claims: [{ type: 'user_count', subject: 'Tessaly Music', value: { amount: 320_000_000 } }],
    },
    {
      note: 'a results passage: a kind of users with no owner named, right after the company\'s total customer base, is the company\'s; "grew by 11.1 per cent from A to B" gives both ends',
      text: 'Halvard Telecom reported nine-month results. Total customer base rose by 5.8 per cent from 118.9 million users to 125.8 million users. Data users grew by 11.1 per cent from 40.6 million to 45.1 million.',
      claims: [
        { type: 'user_count', subject: 'Halvard Telecom', value: { amount: 125_800_000 } },
        { type: 'user_count', subject: 'Halvard Telecom', value: { amount: 118_900_000 } },
        { type: 'user_count', subject: 'Halvard Telecom', value: { amount: 45_100_000 } },
        { type: 'user_count', subject: 'Halvard Telecom', value: { amount: 40_600_000 } },
      ],
    },
    {
      note: 'a company\'s subscription service named with a plus ("Tessaly+") is the company\'s; "subscriptions" count subscribers; "approaching" hedges; a level with both an earlier level "from" and another "up from" gives all three; "rose by 21% over a year, from A to B" is a change, not a range; "decreased … to" a level',
      text: 'Tessaly has a total of approaching 175 million subscriptions across Tessaly+ and Orvane. The number of Tessaly+ subscribers has risen from 57.5 million to 116.0 million in a year, up from 104 million over the quarter. The total number of Orvane subscribers rose by 21% over a year, from 35.5 million to 42.8 million. The number of Orvane Live subscribers decreased slightly by 100,000 over the quarter to 3.7 million.',
      claims: [
        { type: 'user_count', subject: 'Tessaly', value: { amount: 175_000_000, approximate: true, unit: 'subscribers' } },
        { type: 'user_count', subject: 'Tessaly', value: { amount: 116_000_000 } },
        { type: 'user_count', subject: 'Tessaly', value: { amount: 57_500_000 } },
        { type: 'user_count', subject: 'Tessaly', value: { amount: 104_000_000 } },
        { type: 'user_count', subject: 'Orvane', value: { amount: 42_800_000 } },
        { type: 'user_count', subject: 'Orvane', value: { amount: 35_500_000 } },
        { type: 'user_count', subject: 'Orvane Live', value: { amount: 3_700_000 } },
      ],
    },
    {
      note: 'a name before kinds of users names whose they are ("X mobile subscribers"); "declined by A to B": the change, then the level',
      text: 'Halvard Tel mobile subscribers have declined by 1.3 million to 70.2 million over the past year.',
      claims: [{ type: 'user_count', subject: 'Halvard Tel', value: { amount: 70_200_000 } }],
    },
    {
      note: 'users by segment in a list under a heading of common words that names no company ("Subscriber base at the end of September"): the company just spoken of',
      text: 'Shares in Kestrel Stream rose after it added members in the quarter.\n\nSubscriber base at the end of September\n- U.S. streaming: 25.1 million\n- International streaming: 4.3 million',
      claims: [
        { type: 'user_count', subject: 'Kestrel Stream', value: { amount: 25_100_000 } },
        { type: 'user_count', subject: 'Kestrel Stream', value: { amount: 4_300_000 } },
      ],
    },
    {
      note: 'a table of labels and values with no header ("|---|---|" first): the value is its row label\'s, about the company just spoken of',
      text: 'Canvo makes design software used around the world.\n\nProduct snapshot\n|---|---|\n| Countries | 190 |\n| Signed-up active users | more than 170 million |',
      claims: [{ type: 'user_count', subject: 'Canvo', value: { min: 170_000_000 } }],
    },
    {
      note: 'users "on" a company\'s service, with the level they "averaged"',
      text: 'Monthly active users on Orrin Chat in Korea averaged 44,859,000 in the quarter ended December, data showed.',
      claims: [{ type: 'user_count', subject: 'Orrin Chat', value: { amount: 44_859_000 } }],
    },
    {
      note: 'a contrasted clause with its own subject and verb ("while Tessapay claims over 30 million users"); a list of names and counts that goes on past "and" ("Corvel 7.86 crore and Orrin Tele 6.61 crore")',
      text: 'In fact, Kestrel Pay boasts over 40 million active users, while Tessapay claims over 30 million users. It is followed by Halvard Mobile with 17.86 crore mobile subscribers, Brisk Cellular 15.05 crore, Corvel 7.86 crore and Orrin Tele 6.61 crore.',
      claims: [
        { type: 'user_count', subject: 'Kestrel Pay', value: { min: 40_000_000 } },
        { type: 'user_count', subject: 'Tessapay', value: { min: 30_000_000 } },
        { type: 'user_count', subject: 'Halvard Mobile', value: { amount: 178_600_000 } },
        { type: 'user_count', subject: 'Brisk Cellular', value: { amount: 150_500_000 } },
        { type: 'user_count', subject: 'Corvel', value: { amount: 78_600_000 } },
        { type: 'user_count', subject: 'Orrin Tele', value: { amount: 66_100_000 } },
      ],
    },
    {
      note: 'a table with a company to each column (an empty first header cell) and a measure to each row: each cell is its column\'s',
      text: 'Kestrel Social agreed to buy Orrin Chat, which competes with Tessaly.\n\n| | Orrin Chat | Tessaly | Kestrel Social |\n|---|---|---|---|\n| Value | $19bn | $30bn | $170bn |\n| Users | 450m | 250m | 1.2bn |\n| Employees | 55 | 2,300 | 6,337 |',
      claims: [
        { type: 'user_count', subject: 'Orrin Chat', value: { amount: 450_000_000 } },
        { type: 'user_count', subject: 'Tessaly', value: { amount: 250_000_000 } },
        { type: 'user_count', subject: 'Kestrel Social', value: { amount: 1_200_000_000 } },
      ],
    },
    {
      note: 'a colon line of common words over a list of labels and values ("Key numbers for the year:") goes on about the company just spoken of',
      text: 'Kestrel Bank has made money over a full year for the first time. Revenue climbed to £880m.\n\nKey numbers for the year:\n- Lending: £1.4bn, up 84%\n- Customers: 9.7 million\n- Staff costs: up 47%',
      claims: [{ type: 'user_count', subject: 'Kestrel Bank', value: { amount: 9_700_000 } }],
    },
    {
      note: 'consumers a company has are its users ("has more than 150 million active consumers")',
      text: 'Klarvik has more than 150 million active consumers and 500,000 merchants, it said.',
      claims: [
        { type: 'user_count', subject: 'Klarvik', value: { amount: 150_000_000 } },
      ],
    },
    {
      note: 'a factbox whose labels stand on the line above their figures ("Employees" / "1,870", "Customers" / "4,200"): the user label\'s figure is the company\'s users',
      text: 'Halvard Robotics: key facts\n\nEmployees\n1,870\n\nCustomers\n4,200',
      claims: [{ type: 'user_count', subject: 'Halvard Robotics', value: { amount: 4200 } }],
    },
    {
      note: 'a known product opening the sentence, its maker the owner of its users ("The Gemini app has more than 450 million monthly active users")',
      text: 'The Gemini app has more than 450 million monthly active users.',
      claims: [{ type: 'user_count', subject: 'Google', value: { amount: 450_000_000 } }],
    },
    {
      note: 'a difference is no count ("104,980 fewer MAUs", "2 million more customers than"); a name opening its own clause after "while" has the count there, though nothing vouches for it',
      text: 'At the time, Orrin Video had 45.65 million MAUs, while Quillchat had 104,980 fewer MAUs at 45.56 million. Kestrel Bank has 2 million more customers than Marlow Bank.',
      claims: [
        { type: 'user_count', subject: 'Orrin Video', value: { amount: 45_650_000 } },
        { type: 'user_count', subject: 'Quillchat', value: { amount: 45_560_000 } },
      ],
    },
    {
      note: 'a list of companies and their customers, the noun said once and the verb each time ("…, Barclays UK has over 20 million, HSBC UK has almost 15 million customers"): each count its own company\'s',
      text: 'According to recent figures, Orrin Bank has 19 million customers, Barclays UK has over 20 million, HSBC UK has almost 15 million customers and Kestrel Banking Group has 27 million customers.',
      claims: [
        { type: 'user_count', subject: 'Orrin Bank', value: { amount: 19_000_000 } },
        { type: 'user_count', subject: 'Barclays UK', value: { amount: 20_000_000 } },
        { type: 'user_count', subject: 'HSBC UK', value: { amount: 15_000_000 } },
        { type: 'user_count', subject: 'Kestrel Banking Group', value: { amount: 27_000_000 } },
      ],
    },
    {
      note: 'people who "use" a product its owner makes, the owner named in the next sentence; a news site in an inverted attribution ("…, writes The Verge") is no antecedent of "it"',
      text: '100 million people use ChatGPT every week. The announcement was made by OpenAI CEO Sam Altman at a conference for developers, writes The Verge.',
      claims: [{ type: 'user_count', subject: 'OpenAI', value: { amount: 100_000_000 } }],
    },
    {
      note: 'a relative clause on a company with an aside right after "which" ("X, which, combined with Y, counted N subscribers")',
      text: 'Halvard Stream leads the market. In third place is Kestrel Max, which, combined with Kestrel TV, counted 76.8 million subscribers at the end of the quarter.',
      claims: [{ type: 'user_count', subject: 'Kestrel Max', value: { amount: 76_800_000 } }],
    },
    {
      note: 'a list of user counts over places shares the first count\'s noun ("N users in X, M in Y and K in Z")',
      text: 'Kestrel Rides said it has 29.2 million monthly active users in Indonesia, 4.3 million in Vietnam and 0.8 million in Singapore.',
      claims: [
        { type: 'user_count', subject: 'Kestrel Rides', value: { amount: 29_200_000 } },
        { type: 'user_count', subject: 'Kestrel Rides', value: { amount: 4_300_000 } },
        { type: 'user_count', subject: 'Kestrel Rides', value: { amount: 800_000 } },
      ],
    },
    {
      note: '"its" inside a relative clause on the second company ("Y, which added…, taking its base to") is that company',
      text: 'Halvard Telecom was followed by Kestrel Mobile, which added 2.22 million new mobile customers, taking its subscriber base to 406.35 million.',
      claims: [{ type: 'user_count', subject: 'Kestrel Mobile', value: { amount: 406_350_000 } }],
    },
    {
      note: 'a level of users with no owner in its sentence ("now sit at") after a sentence about the company\'s user growth',
      text: 'Kestrel Music said the user growth beat its guidance. Paid subscribers, meanwhile, now sit at 210 million.',
      claims: [{ type: 'user_count', subject: 'Kestrel Music', value: { amount: 210_000_000 } }],
    },
    {
      note: 'counts compared with a first one ("ahead of N on X and M on Y") count the same users, each on the company named after "on"',
      text: 'In May, Orvane Pay had about 75 million transacting users, ahead of 60 million on Tessaly Payments and 30 million on Quarrow Pay.',
      claims: [
        { type: 'user_count', subject: 'Orvane Pay', value: { amount: 75_000_000 } },
        { type: 'user_count', subject: 'Tessaly Payments', value: { amount: 60_000_000 } },
        { type: 'user_count', subject: 'Quarrow Pay', value: { amount: 30_000_000 } },
      ],
    },
    {
      note: 'a list of apps "at" their user counts after "with", and a part "of the" whole market (the part is the company\'s; the whole is not)',
      text: 'Messaging apps carry weight in Asia, with Orvane at 218 million monthly active users, Tessaly booming at 806 million monthly active users, and Quarrow reaching 40 million of the around 50 million users in Korea.',
      claims: [
        { type: 'user_count', subject: 'Orvane', value: { amount: 218_000_000 } },
        { type: 'user_count', subject: 'Tessaly', value: { amount: 806_000_000 } },
        { type: 'user_count', subject: 'Quarrow', value: { amount: 40_000_000 } },
      ],
    },
    {
      note: 'a ride app\'s riders are its users; businesses a company "works with" are its customers',
      text: 'Ride app Tarrow Technologies has 1.8 million active riders in Africa. The company says it is currently working with over 5,000 businesses across Kenya and Ghana.',
      claims: [
        { type: 'user_count', subject: 'Tarrow Technologies', value: { amount: 1_800_000 } },
        { type: 'user_count', subject: 'Tarrow Technologies', value: { amount: 5_000 } },
      ],
    },
    {
      note: 'a user count that names no owner, right after a sentence about the company\'s own subscribers ("subscribers to its service"); "went from" the earlier level',
      text: 'Tessaly saw a sizeable jump in subscribers to its Tessaly+ streaming service. According to earnings results, the number of subscribers went from 57.5 million in June 2020 to 116 million in July 2021.',
      claims: [
        { type: 'user_count', subject: 'Tessaly', value: { amount: 116_000_000, unit: 'subscribers' } },
        { type: 'user_count', subject: 'Tessaly', value: { amount: 57_500_000, unit: 'subscribers' } },
      ],
    },
    {
      note: 'a user noun said once for two parallel counts ("X with N subscribers and Y with M")',
      text: 'The last public figures saw Corvane Music with 60 million subscribers and Orrin Music with 55 million.',
      claims: [
        { type: 'user_count', subject: 'Corvane Music', value: { amount: 60_000_000, unit: 'subscribers' } },
        { type: 'user_count', subject: 'Orrin Music', value: { amount: 55_000_000, unit: 'subscribers' } },
      ],
    },
    {
      note: 'a user noun that "rose N percent on a year-on-year basis to" a count, "up from" the earlier one: both levels',
      text: 'In the quarter, Tessaly Audio says its premium subscribers rose 15 percent on a year-on-year basis to 182 million, up from 180 million the quarter before.',
      claims: [
        { type: 'user_count', subject: 'Tessaly Audio', value: { amount: 182_000_000, unit: 'subscribers' } },
        { type: 'user_count', subject: 'Tessaly Audio', value: { amount: 180_000_000, unit: 'subscribers' } },
      ],
    },
    {
      note: 'a fronted participle phrase with its own company ("Launched by X, Y has grown to…"): the name after the comma, with its verb, is the subject',
      text: 'Launched in June 2011 by Orrin Group, Kestrel Chat has grown to reach 96 million monthly active users in Japan alone.',
      claims: [{ type: 'user_count', subject: 'Kestrel Chat', value: { amount: 96_000_000, unit: 'users' } }],
    },
    {
      note: 'the earlier figure after a spaced dash ("– up from seven million")',
      text: 'Kestrel Music ended 2021 with 13.3 million monthly active users – up from seven million at the end of 2020.',
      claims: [{ type: 'user_count', subject: 'Kestrel Music', value: { amount: 13300000 } }, { type: 'user_count', subject: 'Kestrel Music', value: { amount: 7000000 } }],
    },
    {
      note: '"N million total" after a flow, in a bullet',
      text: '- Halvard Stream: added 2,638,628 paid subscribers, 64.8 million total',
      claims: [{ type: 'user_count', subject: 'Halvard Stream', value: { amount: 64800000 } }],
    },
    {
      note: '"quadrupled its paid user base … to N"',
      text: 'Corvid Learn quadrupled its paid user base between February and September to 350,000.',
      claims: [{ type: 'user_count', subject: 'Corvid Learn', value: { amount: 350000 } }],
    },
    {
      note: 'people a company "counts as its customers"',
      text: 'Kestrel Mobile is improving the lives of the 19 million Kenyans it counts as its customers.',
      claims: [{ type: 'user_count', subject: 'Kestrel Mobile', value: { amount: 19000000 } }],
    },
    {
      note: '"followed by X with N subscribers": an amount right after "X with" is X\'s, though X follows a passive "by"',
      text: 'Kestrel Mobile is followed by Halvard Tel with 56,214,072 telephony subscribers and Brightline Tel with 12,953,121 subscribers.',
      claims: [{ type: 'user_count', subject: 'Halvard Tel', value: { amount: 56214072 } }, { type: 'user_count', subject: 'Brightline Tel', value: { amount: 12953121 } }],
    },
    {
      note: '"the number of X subscribers went from A to B": the name right before the user noun owns it',
      text: 'The number of Sorrel Media subscribers went from 57.5 million to 116 million.',
      claims: [
        { type: 'user_count', subject: 'Sorrel Media', value: { amount: 116000000 } },
        { type: 'user_count', subject: 'Sorrel Media', value: { amount: 57500000 } },
      ],
    },
    {
      note: 'a maker is not its product: "Kelvra" is not a short form of "Kelvra Plus"',
      text: 'Kelvra Plus is the market leader in recorders. Kelvra also sells a basic box. Kelvra currently has 7.4 million subscribers.',
      claims: [{ type: 'user_count', subject: 'Kelvra', value: { amount: 7_400_000, unit: 'subscribers', text: '7.4 million subscribers' } }],
    },
    {
      note: 'the company\'s product as the subject ("The system … now has N users")',
      text: 'Callwave has become the most popular internet phone service. The system is gaining in popularity and now has 28 million users around the world.',
      claims: [{ type: 'user_count', subject: 'Callwave', value: { amount: 28_000_000, text: '28 million users' } }],
    },
    {
      note: 'product owner as subject; "monthly active users"',
      text: 'Zentrix AI’s chatbot has 50 million monthly active users.',
      claims: [
        {
          type: 'user_count',
          subject: 'Zentrix AI',
          counterparty: null,
          value: { amount: 50_000_000, unit: 'users', approximate: false, text: '50 million monthly active users' },
        },
      ],
    },
    {
      note: '"more than N customers" → min',
      text: 'Quillmark has more than 10,000 customers.',
      claims: [
        {
          type: 'user_count',
          subject: 'Quillmark',
          counterparty: null,
          value: { amount: 10_000, min: 10_000, unit: 'customers', approximate: true, text: 'more than 10,000 customers' },
        },
      ],
    },
    {
      note: '"now serves N customers"; "12 countries" is not a count of customers',
      text: 'Halvard Robotics now serves 400 customers in 12 countries.',
      claims: [
        {
          type: 'user_count',
          subject: 'Halvard Robotics',
          counterparty: null,
          value: { amount: 400, unit: 'customers', approximate: false, text: '400 customers' },
        },
      ],
    },
    {
      note: '"has N million users"',
      text: 'Harrowgate has 3 million users across Europe.',
      claims: [
        {
          type: 'user_count',
          subject: 'Harrowgate',
          counterparty: null,
          value: { amount: 3_000_000, unit: 'users', approximate: false, text: '3 million users' },
        },
      ],
    },
    {
      note: 'subscribers of a product owned by the subject',
      text: 'Pellucid Labs’ news app has about 250,000 subscribers.',
      claims: [
        {
          type: 'user_count',
          subject: 'Pellucid Labs',
          counterparty: null,
          value: { amount: 250_000, unit: 'subscribers', approximate: true, text: 'about 250,000 subscribers' },
        },
      ],
    },
    {
      note: 'people familiar → reported; "weekly users"',
      text: 'Copperleaf AI’s assistant reached 100 million weekly users, according to people familiar with the matter.',
      claims: [
        {
          type: 'user_count',
          subject: 'Copperleaf AI',
          counterparty: null,
          value: { amount: 100_000_000, unit: 'users', approximate: false, text: '100 million weekly users' },
          modality: 'reported',
        },
      ],
    },
    {
      note: 'relative clause "which has N users"',
      text: 'Fernhill, which has 1.2 million users, is expanding into the United States.',
      claims: [
        {
          type: 'user_count',
          subject: 'Fernhill',
          counterparty: null,
          value: { amount: 1_200_000, unit: 'users', approximate: false, text: '1.2 million users' },
        },
      ],
    },
    {
      note: 'key-facts bullet "Customers: N" with no subject',
      text: 'Stackwise — key facts\n• ARR: $36M\n• Customers: 1,200\n• Founded: 2020',
      claims: [
        {
          type: 'user_count',
          subject: 'Stackwise',
          counterparty: null,
          value: { amount: 1200, unit: 'customers', approximate: false, text: '1,200' },
        },
      ],
    },
    {
      note: 'headline, "5M users"',
      text: 'Kiteline AI hits 5M users',
      claims: [
        {
          type: 'user_count',
          subject: 'Kiteline AI',
          counterparty: null,
          value: { amount: 5_000_000, unit: 'users', approximate: false, text: '5M users' },
        },
      ],
    },
    {
      note: 'coreference: "It now has N users"',
      text: 'Driftwood Labs launched its coding agent in January. It now has 80,000 users.',
      claims: [
        {
          type: 'user_count',
          subject: 'Driftwood Labs',
          counterparty: null,
          value: { amount: 80_000, unit: 'users', approximate: false, text: '80,000 users' },
          evidence: ['80,000 users'],
        },
      ],
    },
    {
      note: '"may have as many as" → hedged, upper bound',
      text: 'Greyfriar Systems may have as many as 40 million users.',
      claims: [
        {
          type: 'user_count',
          subject: 'Greyfriar Systems',
          counterparty: null,
          value: { amount: 40_000_000, max: 40_000_000, unit: 'users', approximate: true, text: 'as many as 40 million users' },
          modality: 'hedged',
        },
      ],
    },
    {
      note: '"user base doubled to N": the noun precedes the number',
      text: 'Tidewater AI’s user base doubled to 8 million this year.',
      claims: [
        {
          type: 'user_count',
          subject: 'Tidewater AI',
          counterparty: null,
          value: { amount: 8_000_000, unit: 'users', approximate: false, text: '8 million' },
        },
      ],
    },
    {
      note: 'enterprise customers',
      text: 'Sorrel Robotics’ fleet software has 150 enterprise customers.',
      claims: [
        {
          type: 'user_count',
          subject: 'Sorrel Robotics',
          counterparty: null,
          value: { amount: 150, unit: 'customers', approximate: false, text: '150 enterprise customers' },
        },
      ],
    },
    {
      note: 'utility customers',
      text: 'Veritas Grid supplies electricity to 45,000 customers in Norway.',
      claims: [
        {
          type: 'user_count',
          subject: 'Veritas Grid',
          counterparty: null,
          value: { amount: 45_000, unit: 'customers', approximate: false, text: '45,000 customers' },
        },
      ],
    },
    {
      note: '"passed N subscribers" (approximate not checked)',
      text: 'Lumen Ordinal passed 500,000 subscribers in March.',
      claims: [
        {
          type: 'user_count',
          subject: 'Lumen Ordinal',
          counterparty: null,
          value: { amount: 500_000, unit: 'subscribers', text: '500,000 subscribers' },
        },
      ],
    },
    {
      note: 'NBSP between number and magnitude; "now counts"',
      text: 'Mirepoint now counts 12\u00a0million users.',
      claims: [
        {
          type: 'user_count',
          subject: 'Mirepoint',
          counterparty: null,
          value: { amount: 12_000_000, unit: 'users', approximate: false, text: '12\u00a0million users' },
        },
      ],
    },
    {
      note: 'wire copy; "roughly" and "paying customers"',
      text: 'OSLO (Reuters) - Northvane AI said on Tuesday it had roughly 20,000 paying customers.',
      claims: [
        {
          type: 'user_count',
          subject: 'Northvane AI',
          counterparty: null,
          value: { amount: 20_000, unit: 'customers', approximate: true, text: 'roughly 20,000 paying customers' },
        },
      ],
    },
    {
      note: 'an owned user noun before the number: "X\'s subscriber numbers rose to N"',
      text: 'Sorrel Media’s subscriber numbers rose to 1.2 million.',
      claims: [
        { type: 'user_count', subject: 'Sorrel Media', counterparty: null, value: { amount: 1200000, unit: 'subscribers', text: '1.2 million' } },
      ],
    },
    {
      note: '"users of its chatbot had doubled to N"',
      text: 'Zentrix AI said weekly active users of its chatbot had doubled to 200 million.',
      claims: [
        { type: 'user_count', subject: 'Zentrix AI', counterparty: null, value: { amount: 200000000, unit: 'users', text: '200 million' } },
      ],
    },
    {
      note: '"customer count has topped N"',
      text: 'Norrland Compute’s customer count has topped 2,500.',
      claims: [
        { type: 'user_count', subject: 'Norrland Compute', counterparty: null, value: { amount: 2500, unit: 'customers', text: '2,500' } },
      ],
    },
    {
      note: '"monthly active users (MAUs) of N": the aside is stepped over',
      text: 'Norrland Compute reported monthly active users (MAUs) of 300 million.',
      claims: [
        { type: 'user_count', subject: 'Norrland Compute', counterparty: null, value: { amount: 300000000, unit: 'users', text: '300 million' } },
      ],
    },
    {
      note: '"is used by N people"',
      text: 'Brightwave Health’s app is used by 3 million people.',
      claims: [
        { type: 'user_count', subject: 'Brightwave Health', counterparty: null, value: { amount: 3000000, unit: 'users', text: '3 million people' } },
      ],
    },
    {
      note: '"is used by N companies": businesses are customers',
      text: 'Lattice Forge Ltd’s software is used by more than 8,000 companies.',
      claims: [
        { type: 'user_count', subject: 'Lattice Forge Ltd', counterparty: null, value: { amount: 8000, unit: 'customers', text: 'more than 8,000' } },
      ],
    },
    {
      note: '"N businesses use X\'s software"',
      text: 'More than 5,000 businesses use Kelvra Systems’ software.',
      claims: [
        { type: 'user_count', subject: 'Kelvra Systems', counterparty: null, value: { amount: 5000, unit: 'customers', text: 'More than 5,000' } },
      ],
    },
    {
      note: '"counts N businesses as customers"',
      text: 'Copperleaf AI counts 30,000 businesses as customers.',
      claims: [
        { type: 'user_count', subject: 'Copperleaf AI', counterparty: null, value: { amount: 30000, unit: 'customers', text: '30,000' } },
      ],
    },
    {
      note: '"serves N businesses"',
      text: 'Tessellate Bio serves 2 million businesses around the world.',
      claims: [
        { type: 'user_count', subject: 'Tessellate Bio', counterparty: null, value: { amount: 2000000, unit: 'customers', text: '2 million' } },
      ],
    },
    {
      note: '"has N paying organisations"',
      text: 'Copperleaf AI has 20,000 paying organisations on its platform.',
      claims: [
        { type: 'user_count', subject: 'Copperleaf AI', counterparty: null, value: { amount: 20000, unit: 'customers', text: '20,000' } },
      ],
    },
    {
      note: 'members of a service',
      text: 'Halvard Media’s streaming service has 9 million members.',
      claims: [
        { type: 'user_count', subject: 'Halvard Media', counterparty: null, value: { amount: 9000000, unit: 'subscribers', text: '9 million members' } },
      ],
    },
    {
      note: '"registered players" of a game',
      text: 'Quillmark Systems’ game has 350 million registered players.',
      claims: [
        { type: 'user_count', subject: 'Quillmark Systems', counterparty: null, value: { amount: 350000000, unit: 'users', text: '350 million' } },
      ],
    },
    {
      note: '"N customers, up from M": the earlier figure is its own claim',
      text: 'Cinder Labs now serves more than 2,000 enterprise customers, up from 800 a year earlier.',
      claims: [
        { type: 'user_count', subject: 'Cinder Labs', counterparty: null, value: { amount: 2000, unit: 'customers', text: 'more than 2,000 enterprise customers' } },
        { type: 'user_count', subject: 'Cinder Labs', counterparty: null, value: { amount: 800, unit: 'customers', text: '800' } },
      ],
    },
    {
      note: '"hundreds of paying clients": a vague plural of a hundred or more is a floor',
      text: 'Floeward Labs, a finance software maker, has hundreds of paying clients.',
      claims: [
        { type: 'user_count', subject: 'Floeward Labs', counterparty: null, value: { amount: null, min: 200, unit: 'customers', text: 'hundreds of paying clients' } },
      ],
    },
    {
      note: 'a key-facts line whose label is a user noun, after a dash: "Subscribers — N"',
      text: 'Kelvra Systems is a streaming service.\nPaid subscribers — 2.1 million',
      claims: [
        { type: 'user_count', subject: 'Kelvra Systems', counterparty: null, value: { amount: 2100000, unit: 'subscribers', text: '2.1 million' } },
      ],
    },
    {
      note: '"X\'s subscribers now total N": the owned user noun as subject',
      text: 'Halvard Media’s subscribers now total 9 million.',
      claims: [
        { type: 'user_count', subject: 'Halvard Media', counterparty: null, value: { amount: 9000000, unit: 'subscribers', text: '9 million' } },
      ],
    },
    {
      note: 'a second user count coordinated with the first ("and 4.3 million non-U.S. streaming subs")',
      text: 'At the end of September, Vantor Media Inc had 25.1 million domestic streaming customers and 4.3 million non-U.S. streaming subs.',
      claims: [{ type: 'user_count', subject: 'Vantor Media Inc', counterparty: null, value: { amount: 25100000, text: '25.1 million domestic streaming customers' } }, { type: 'user_count', subject: 'Vantor Media Inc', counterparty: null, value: { amount: 4300000, text: '4.3 million' } }],
    },
    {
      note: '"user base now stands at N people"',
      text: "Loomly Inc's user base now stands at 45 million people.",
      claims: [{ type: 'user_count', subject: 'Loomly Inc', counterparty: null, value: { amount: 45000000, text: '45 million people' } }],
    },
    {
      note: '"climbed to A from B": B is the earlier user count',
      text: "Trelly Music Inc's premium subscribers climbed to 220 million from 180 million a year earlier.",
      claims: [{ type: 'user_count', subject: 'Trelly Music Inc', counterparty: null, value: { amount: 220000000, text: '220 million' } }, { type: 'user_count', subject: 'Trelly Music Inc', counterparty: null, value: { amount: 180000000, text: '180 million' } }],
    },
    {
      note: 'a user base followed by a goal of its own: the count is still a level',
      text: 'Quillmark Telecom has 4 million subscribers and aims to reach 6 million by 2027.',
      claims: [{ type: 'user_count', subject: 'Quillmark Telecom', counterparty: null, value: { amount: 4000000, text: '4 million subscribers' } }],
    },
    {
      note: 'a streaming service\'s totals: "paid memberships", "bringing its total to", "now number", "the number of active users of X stood at"',
      text: 'Quorvex had 221.6 million paid memberships at the end of June. It added 12 million subscribers, bringing its total to 233 million. Subscribers to Brightwave Media now number 152 million. The number of active users of Halvard Pay stood at 31.9 million.',
      claims: [
        { type: 'user_count', subject: 'Quorvex', value: { amount: 221_600_000 } },
        { type: 'user_count', subject: 'Quorvex', value: { amount: 233_000_000 } },
        { type: 'user_count', subject: 'Brightwave Media', value: { amount: 152_000_000 } },
        { type: 'user_count', subject: 'Halvard Pay', value: { amount: 31_900_000 } },
      ],
    },
    {
      note: 'a level projected, "more than 20% above the" level of a year earlier: both are the company\'s',
      text: 'Quillo projects its domestic streaming membership will reach 26.4 million, more than 20% above the 21.7 million it had a year earlier.',
      claims: [
        { type: 'user_count', subject: 'Quillo', value: { amount: 26_400_000 } },
        { type: 'user_count', subject: 'Quillo', value: { amount: 21_700_000 } },
      ],
    },
    {
      note: 'customers who pay for "the product", past an aside naming some of them (the company the passage is about owns it); customers of two kinds joined by "and"',
      text: 'Tessaly AI raised $40 million in a Series B. More than 900 companies, including Orrin Stores and Corran Pay, now pay for the product. Quillo moves about £8 billion a month for 13 million retail and business customers.',
      claims: [
        { type: 'user_count', subject: 'Tessaly AI', value: { amount: 900 } },
        { type: 'user_count', subject: 'Quillo', value: { amount: 13_000_000 } },
      ],
    },
    {
      note: 'users that "shot up" to a level',
      text: 'The number of monthly active users of Quillo in India has shot up by 5 per cent to 82 million for April-June.',
      claims: [{ type: 'user_count', subject: 'Quillo', value: { amount: 82_000_000 } }],
    },
    {
      note: 'the platforms users are counted "on" ("on iOS and Android", "on Qorvix and Tarlo") are not whose users they are when a name before is the verb\'s subject: the product counted is its owner\'s, a company its own',
      text: 'June stats from a tracker show Threads logged 115 million daily active users on iOS and Android. Orvale Chat logged 40 million daily users on Qorvix and Tarlo.',
      claims: [
        { type: 'user_count', subject: 'Meta', value: { amount: 115_000_000 } },
        { type: 'user_count', subject: 'Orvale Chat', value: { amount: 40_000_000 } },
      ],
    },
    {
      note: 'a bank\'s account holders are its customers ("has 40 million account holders", "with 12 million account-holders")',
      text: 'Tarvo Bank has 40 million account holders. Orvale Pay, with 12 million account-holders, is growing.',
      claims: [
        { type: 'user_count', subject: 'Tarvo Bank', value: { amount: 40_000_000 } },
        { type: 'user_count', subject: 'Orvale Pay', value: { amount: 12_000_000 } },
      ],
    },
    {
      note: 'a platform the users were counted on ("on iOS and Android") owns no count of a contrasted clause after it ("while X pulled in…", its subject no company read)',
      text: 'Stats show Kestrel Chat logged 115 million daily active users on iOS and Android, while X pulled in 132 million daily mobile users.',
      claims: [{ type: 'user_count', subject: 'Kestrel Chat', value: { amount: 115_000_000, text: '115 million daily active users' } }],
    },
  ],
  negative: [
    { text: 'The app, owned by Tarrow Labs, lost 2 million daily users last year.', note: 'users an owned app lost are no user base' },
    { text: 'Tarrow Bank hired five bankers from Orvale Bank, who also represent some 50 potentially lucrative clients.', note: 'the clients people represent or bring are their book, no user base' },
    { text: 'Tarrow Telecom reported its results. Of the 30 people injured in the storm, 5 were in hospital on Monday.', note: 'parts of a count of people who are no users ("Of the 30 people injured, 5 were in hospital")' },
    { text: 'Orvale Legal has 4,346 members of staff across 20 offices.', note: '"members of staff" are the firm\'s people, no users' },
    { text: 'A new report from research firm Kestrel Partners shows that Japan’s premium VOD category expanded from 50.6 million subscriptions in 2022 to 52.6 million in 2023.', note: 'a report on a market ("Japan’s premium VOD category expanded") counts no one company\'s users, neither the reporter\'s nor a kind of business\'s' },
    { text: 'Orrin Pay is growing fast, with smartphone use—projected to exceed 140 million users by the end of 2025—driving demand.', note: 'a forecast of a market ("projected to exceed 140 million users") is no user base' },
    { text: 'The regulator said the number of mobile subscribers rose by 10.5 million this year, reported Halvard Courier.\n\n2011-2012: The number of cellular subscribers reached 120.2 million.\n\n2013-2014: Subscribers hit the 140 million mark.', note: 'the outlet a sentence is reported by (", reported X.") is no company of the timeline after it, and a year label\'s next word is no name: a country\'s market' },
    { text: 'Halvard said on Thursday it gained 10.1 million subscribers worldwide in its most recent quarter.\nWhile the tally is smaller than the nearly 16 million subscribers Halvard added during the quarter that ended in March, it reflects brisk business.', note: 'a count whose clause after it says a company added them ("the 16 million subscribers Orvale TV added") is a flow, not a user base' },
    { text: 'Recently, another private lender, Orrin Bank, had launched its chatbot that can answer millions of customer queries across multiple channels instantly.', note: 'a user noun modifying another ("customer queries") counts the queries, not users' },
    { text: 'Last week police raided a Kestrel Share site based in the country that, according to reports, let 10,000 users share pirated films.', note: 'a name after "a" before "site" describes the site: its users are no company\'s' },
    { text: 'Orvane Tel was the second highest gainer with 542,070 new subscribers, while Kestrel Mobile came third with 172,221 additional customers.', note: 'new or additional customers are a gain in a period, not the user base' },
    { text: 'Tessaly Music reported results on Tuesday. Monthly active users of social networks in Kenya grew to 12 million, the regulator said.', note: 'a measure of users in a place is a market\'s, though it is the kind a company reports' },
    { text: 'It is followed by Orrin Tel which added over 17 lakh new mobile customers, Kestrel Mobile about 15 lakh and Tessaly about 9 lakh.', note: 'counts that share the noun of new customers added are additions too, no base of users' },
    { text: 'Britain has 60 million consumers and a weak currency.', note: 'a country\'s consumers are no company\'s users' },
    { text: 'Site icon Kestrel Report\n\nOne Million Active Users: Lessons from Africa’s Toughest Startup Battles\n\nThe race to the millionth active user has intensified in recent times.', note: 'a saved page\'s "Site icon" line names the publication, no subject' },
    { text: 'Team Velorix fielded 150 riders at the race in Valmont.', note: 'a race\'s riders are no user base (riders count as users in the tens of thousands)' },
    { text: 'Halden Rovers (1) 1 Scorers: Marrow 28 Yellow card: Coufax 55 Subs used: Sorrel 14 (Tamsin), Downey 67 (Bracken)', note: '"Subs used" in a football summary are substitutes: subscribers are counted in thousands' },
    { text: 'Halvard Pay ranks number 3 among lenders; its staff number 3,500.', note: 'a rank after "number", and staff are no users' },
    { text: 'Mobile internet use is growing fast in Asia. The number of users in the region rose to 800 million last year, Kestrel Research said.', note: 'a market\'s users: the sentence before names no company\'s own' },
    { text: 'Kestrel Mobile quadrupled its prices between February and September to 350 shillings.', note: 'prices, not users' },
    { text: 'One user has already built a dock so he can plug his Kelvra Mini into his car.', note: 'a single user in an anecdote is no user base' },
    { text: 'Streamly Inc expects to reach 10 million subscribers by 2026.', note: 'a goal, not a user base' },
    { text: 'Ferro Telecom Ltd wants to reach 50 million subscribers within three years.', note: 'a goal, not a user base' },
    { text: 'Streamly Inc aims to have 10 million subscribers by 2026.', note: 'a goal, not a user base' },
    { text: 'Halvard Media’s new subscribers total 2 million this year.', note: 'new subscribers: a flow' },
    { text: 'Subscribers in the region now total 9 million, Halvard Media said.', note: 'subscribers nobody owns: a market' },
    { text: 'Halvard Media added 2 million subscribers in the quarter.', note: 'a flow into the user base, not its size' },
    { text: 'Kelvra Systems won more than 300,000 new broadband customers last year.', note: '"new customers": a flow' },
    { text: 'Halvard Media is forecasting 10 million subscribers by the end of next year.', note: 'a forecast, not a count' },
    { text: 'Zentrix AI has said it is predicting 10 million total subscribers by that date.', note: 'a prediction, not a count' },
    { text: 'Kelvra Systems is a streaming service.\nSubscribers lost - 300,000', note: 'a flow under a label, not a level' },
    { text: 'Brightwave Health’s app has been downloaded 10 million times.', note: 'downloads, not users' },
    { text: 'Zentrix AI employs 400 people.', note: 'headcount' },
    { text: 'Quillmark’s website had 3 million visits in May.', note: 'visits, not users' },
    { text: 'Halvard Robotics has shipped 12,000 robots.', note: 'units shipped' },
    { text: 'Kiteline AI’s model has 70 billion parameters.', note: 'model spec' },
    { text: 'Pellucid Labs’ survey of 1,500 users found most wanted a dark mode.', note: 'survey sample, not the user base' },
    { text: 'Copperleaf AI lost its largest customer last month.', note: 'no count' },
    { text: 'Harrowgate processed 40 million transactions last year.', note: 'transactions' },
    { text: 'There are 5 billion internet users worldwide.', note: 'no company' },
    { text: 'Brightwire sells broadband in the north. There are also an estimated 1.2 million cable broadband customers in the UK.', note: 'a market count ("there are … in the UK"): no company\'s customers' },
    { text: 'Parlo Mobile launched a cheaper plan. In January, there were only 8 million mobile subscribers in Kenya.', note: 'a country\'s subscribers after a fronted date' },
    { text: 'Mobile games made Tarnwell Games rich. They already account for 15% of revenues from India\'s 300 million mobile users.', note: 'a country\'s users are a market, no company\'s' },
    { text: 'Brightwire is a broadband provider. Thousands of UK dial-up users are believed to have been hit by the scam.', note: 'a place inside the counted noun phrase: a market' },
    { text: 'According to analysts at Fennick Research, there will be 20 million subscribers to internet TV services within six years.', note: '\'there will be\' counts a market, for no one' },
    { text: 'Users of Orchard Music can stream songs to up to five other Orchard users.', note: '\'other\' users are no user base' },
    { text: 'Quarrel Analytics of Boston estimates that mobile TV networks will have acquired around 51 million users by 2009.', note: 'the firm that estimates is not the owner of what the estimate is about' },
    { text: 'Internet users in the region rose to 800 million, Zentrix AI said.', note: 'users nobody owns rising to a level: a market' },
    { text: 'Halvard Group has 400 companies in 30 countries.', note: 'a group\'s subsidiaries, not its customers' },
    { text: 'The union, which has 100,000 members, called a strike at Ferrous Energy.', note: 'members of a union' },
    { text: 'The station run by Halvard Rail is used by 100,000 people a day.', note: 'a daily rate of passengers, not a user base' },
    { text: 'Dozens of customers complained about the Zentrix AI outage.', note: 'a vague few' },
    { text: 'Floeward Labs has dozens of paying clients.', note: 'a vague few: under a hundred is no user count' },
    { text: 'Hackers stole the account details of more than one million Ferrous Bank customers.', note: 'records about customers, not a count the company states' },
    { text: 'Halvard Media’s subscriber numbers fell by 1 million.', note: 'a change, not a level' },
    { text: 'The Kelvra Systems cup final has 22 players on the pitch.', note: 'players with no word that makes them a service\'s' },
    { text: 'Only a steady release plan would let the Vantor Box support the 10-20 million subscribers that it was aiming for, said Mr Tolland.', note: 'a goal named after the count ("that it was aiming for"), not a user base' },
    { text: 'Halvard Media is building servers for the 5 million users it hopes to reach next year.', note: 'a goal named after the count ("it hopes to reach")' },
    { text: 'Kestrel Tel reported results. Monthly churn remained stable at 1.9%, with a net addition of 8.3 million subscribers in the quarter.', note: 'a net addition is a gain in a period, not the base of users' },
    { text: 'Orvale Media reported results. Each of its four regions enjoyed subscriber increases of more than a million users.', note: 'an increase of users is a flow, not a user count' },
  ],
};
