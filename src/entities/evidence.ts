import { isKnownSurname } from './surnames.js';
import { Memo } from '../text/memo.js';
import { DATELINE } from '../text/dateline.js';
import { COUNTRY_NAMES } from './countries.js';
import { testsOn } from '../text/min-match.js';
import { codeEntry } from '../values/currencyMarks.js';
import { isDemonym, isKnownFirstName, isKnownPlace, KNOWN_BY_KEY, PRODUCT_BY_LOWER } from './gazetteer.js';
import { Lexicon, lexiconBits, isPlaceWord } from './lexicon.js';
import { isDictionaryWord } from './dictionary.js';

// A syllable of Mandarin in pinyin without tones: an initial, then a final
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|an|ao|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u|v)';
const PINYIN_GIVEN = new RegExp(`^(?:${PINYIN_SYLLABLE}){2,3}$`);
const PINYIN_SURNAME = new RegExp(`^${PINYIN_SYLLABLE}$`);
const CHINESE_SURNAMES = new Set('Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Guo Luo Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Jiang Cheng Shen Yuan Cai Pan Yao Qian Sun Zhong Wei'.split(' '));
// One syllable of a romanised East Asian name: consonants, one run of vowels, consonants ("Choi", "hoon", "Kwon", "yong")
const SYLLABLE = /^[^\WaeiouyAEIOUY\d_]{0,3}[aeiouy]{1,3}[^\Waeiouy\d_]{0,3}$/i;
const HYPHENED_GIVEN = /^[A-Z][a-z]{1,5}-[a-z]{2,6}$/;
const TITLE_WORD = /^[A-Z][a-z]+$/;

/**
 * What one mention's words and surroundings say a name is. Each cue adds to one kind's score
 * (3: it settles the question alone, "Mr", "Inc."; 2: strong, a first name; 1: a hint, "X
 * said"). The scores of all mentions of a name are added up (typing.ts): a name is typed by
 * the whole article, so "Roddick" is a person because "Andy Roddick" was, and "Maruti" a
 * company because "carmaker Maruti" was.
 */

export interface Evidence {
  org: number;
  person: number;
  place: number;
  work: number;
  other: number;
  /** The cues that scored, for debugging and tests: "org:suffix", "person:title-before". */
  why: string[];
}

export const noEvidence = (): Evidence => ({ org: 0, person: 0, place: 0, work: 0, other: 0, why: [] });

export type Kind = 'org' | 'person' | 'place' | 'work' | 'other';

function add(e: Evidence, kind: Kind, points: number, why: string): void {
  e[kind] += points;
  // (the cue's name only, a constant: a string built per mention showed in profiles)
  e.why.push(why);
}

// Legal suffixes as the last word: "Microsoft Corp.", "Corvana Systems Inc", "Vestey Group plc"
export const LEGAL_SUFFIX = /^(?:Inc|Corp|Corporation|Co|Ltd|LLC|L\.L\.C|PLC|Plc|plc|LP|LLP|AG|SA|S\.A|SpA|SE|NV|N\.V|BV|GmbH|KK|Bhd|Pty|Pte|Pvt|Limited|Holdings|A\/S|ASA|Oyj)$/;

// Last words that make a name an organisation: "Zentrix AI", "Sequoia Capital", "Halvard Robotics", "Bank of America"
/** The head word of a body named after a company or a person: "the Washington Post Guild", "the Ford Foundation". */
export const BODY_HEAD = /^(?:Guild|Union|Foundation|Association|Federation|Institute|Trust)$/;
export const ORG_HEADS = new Set(
  (
    'AI Labs Lab Capital Ventures Payments Pay Bancorp Credit Lending Loans Mortgage Mortgages Wealth Asset Assets Markets Exchange Trading Venture Partners Technologies Technology Tech Systems Group Holdings Bank Bancorp Robotics ' +
    'Therapeutics Bio Biosciences Biotech Pharmaceuticals Pharma Energy Computing Cloud Networks Software Semiconductor ' +
    'Semiconductors Compute Power Utilities Electric Grid Nuclear Renewables Solar Wind Hydro Motors Motor Media Studios Games Health Analytics Dynamics Research Intelligence Fund Funds Management ' +
    'Securities Investments Investment Airlines Airways Air Foods Food Industries Electronics Communications Telecom Telecoms Microsystems Devices ' +
    'Solutions Services Platforms Infrastructure Data Digital Security Financial Finance Insurance Assurance Logistics Aerospace Automotive Materials ' +
    'University Institute Foundation Association Agency Authority Commission Council Ministry Department Bureau Office Service Trust Union Federation Board ' +
    'Corporation Inc Corp Co Ltd LLC PLC AG SA GmbH Limited Company Companies Enterprises Brewery Breweries Mining Minerals Resources Petroleum Oil Gas Steel ' +
    'Motors Pictures Records Entertainment Broadcasting Publishing Press Newspapers Stores Markets Supermarkets Retail Brands Hotels Resorts Railways Rail Shipping Lines ' +
    'Pharmaceutical Chemicals Chemical Laboratories Clinic Hospital Exchange Bourse Auto Cars Trucks Mobile Music Sports Travel Beverages Tobacco Cement Textiles Infotech Infosystems Softech Infocomm Infocom Telecommunications Infratel ' +
    // (law and advisory firms: "Kestrel Law", "Orrin Legal", "Tarrow Solicitors")
    'Law Legal Solicitors Attorneys Chambers Consulting Advisors Advisers'
  ).split(' '),
);

// A cue noun right before the name: "startup Quillmark", "rival Anthropic", "carmaker Fiat", "hedge fund Visium"
// Trade abbreviations of two initials and an ampersand, no company's name
const AMPERSAND_TERMS = new Set(['M&A', 'R&D', 'Q&A', 'P&L', 'B&B', 'F&B', 'O&G', 'T&C', 'T&Cs', 'E&P', 'A&E', 'G&A', 'S&M', 'R&R', 'D&I', 'L&D', 'O&M', 'P&C', 'C&I', 'B&W', 'W&I', 'EPC&I']);
const ORG_NOUN = '(?:start-?ups?|compan(?:y|ies)|firms?|groups?|labs?|rivals?|competitors?|makers?|(?:car|auto|chip|drug|steel|game|phone|plane|toy|film|drinks|food|software)makers?|(?:chip|software|game) designers?|providers?|operators?|retailers?|supermarkets?|grocers?|lenders?|banks?|insurers?|brokers?|brokerages?|airlines?|carriers?|conglomerates?|giants?|miners?|brewers?|publishers?|broadcasters?|networks?|platforms?|marketplaces?|scale-?ups?|unicorns?|developers?|manufacturers?|distributors?|utilit(?:y|ies)|investors?|backers?|funds?|(?:asset|fund|wealth) managers?|subsidiar(?:y|ies)|units?|divisions?|parents?|owners?|acquirers?|clients?|customers?|suppliers?|contractors?|consultanc(?:y|ies)|consultants?|studios?|labels?|outfits?|businesses|(?:holding|parent) company|chains?|stores?|exchanges?|regulators?|watchdogs?|agenc(?:y|ies)|lobby group|union|charity|fintechs?|neobanks?|newspapers?|magazines?|tabloids?)';
const ORG_CUE_BEFORE = new RegExp(`\\b${ORG_NOUN} (?:called |named |dubbed )?$`, 'i');
const VERB_NEXT = /^ (?:[a-z]{3,}ed|[a-z]{3,}s|has|had|is|was|will|would|could|can|may)\b/;
const ORG_CUE_COMMA_BEFORE = new RegExp(`\\b[a-z][\\w-]* ${ORG_NOUN}, $`);
// "chief executive of X", "shares in X", "a stake in X", "staff at X", "a takeover of X"
const ORG_OF_BEFORE = /\b(?:chief executive|ceo|cfo|cto|coo|president|chairman|chairwoman|chair|boss|head|founder|co-founder|owner|shareholders?|investors?|employees|staff|staffers|workers|engineers|bankers|traders|lawyers|associates|trainees|analysts|peers|counterparts|colleagues|executives?|directors?|board|spokesman|spokeswoman|spokesperson|shares?|stakes?|stakeholding|takeover|buyout|acquisition|purchase|sale|merger|subsidiary|unit|division|customers|clients|users) (?:of|in|at|for|with) (?:the )?$/i;
// "(NASDAQ: CRVN)", "(NYSE:XYZ)", "(LSE: ABC)": an exchange and a ticker after a company
const EXCHANGES = /^(?:NASDAQ|Nasdaq|NYSE|LSE|TSX|TSXV|ASX|HKEX|HKSE|SGX|BSE|NSE|Euronext|XETRA|Xetra|OTC|OTCQX|AMEX|TYO|TSE|KRX|KOSDAQ|SIX|JSE|BMV|B3|Bovespa|SSE|SZSE|Tadawul|FTSE|AIM)$/;
const TICKER_AFTER = /^ ?\((?:(?:NASDAQ|Nasdaq|NYSE|LSE|TSX|TSXV|ASX|HKEX|HKSE|SGX|BSE|NSE|Euronext|XETRA|Xetra|OTC|OTCQX|AMEX|TYO|TSE|KRX|KOSDAQ|SIX|JSE|BMV|B3|Bovespa|SSE|SZSE|Tadawul|AIM)\s*:|[A-Z]{1,5}(?:\.[A-Z]{1,2})? [+\-−]\d+(?:\.\d+)?%\))/;
// "Snap (SNAP -4.70%)": a ticker with the day's move in brackets after the company
const TICKER_MOVE_AFTER = /^ [+\-−]\d+(?:\.\d+)?%\)/;
const TICKER_BEFORE = /\((?:[A-Za-z]{2,8})\s*:\s*$/;
// "X, a robotics startup", "X, the world's biggest carmaker", "X, a unit of Y" (not "X, the company's chief executive")
// (the company noun heads the apposition: not "X, the co-founder of AI start-up Y", where it is Y's)
// (nor a new clause's speaker: "…lured Dana Roe, the company said" is no apposition of Dana Roe)
export const SPEAKER_AFTER = String.raw`(?! (?:said|says|added|adds|told|tells|announced|announces|confirmed|confirms|noted|notes|wrote|writes|reported|reports|stated|states)\b)`;
// (not the company noun modifying a person's: "X, the former bank boss", "X, a startup founder")
export const PERSON_HEAD_AFTER = String.raw`(?! (?:boss|bosses|chief|chiefs|executive|executives|exec|founder|co-founder|cofounder|chairman|chairwoman|ceo|cfo|cto|head|director|manager|employee|worker|staffer|analyst|veteran|insider|official|spokes(?:man|woman|person)|owner|investor|president|partner|trader|banker|lawyer|engineer|researcher|economist|alumn(?:us|a))s?\b)`;
// (a stray space before the comma: "Mabel Harvey , the cable operator,")
const COMPANY_APPOSITION = new RegExp(`^ ?,? (?:is |was |became |remains |has become |had become |has been |has long been )?(?:now |once |still |also |currently )?(?:a|an|the|its|their|our|your|his|her) (?:(?!(?:of|at|for|with|from|by|in)\\b)[\\w&'-]+ ){0,5}?${ORG_NOUN}(?!'s)(?!\\w)(?! (?:of|at|for) [A-Z])${PERSON_HEAD_AFTER}${SPEAKER_AFTER}`, 'i');
const UNIT_OF_APPOSITION = /^, (?:a|the) (?:[\w-]+ ){0,2}?(?:unit|subsidiary|division|arm|affiliate) of\b/i;
// Nouns a capitalised modifier describes: "the Premiership club", "a Tokyo bank" (not "the Acme Corp")
// ("the Mirakl market platform"; "part of the Vartelsen team", "the Orvale ecosystem": a coined word before the people or the world
// of a company)
const COINED_COMPANY_NOUN_AFTER = /^ [a-z-]+ (?:platform|marketplace|app|startup|start-up|company|firm|service|provider)\b|^ (?:team|teams|staff|employees|workforce|ecosystem|leadership|board|family)\b/;
const MODIFIED_NOUN = /^ (?:club|clubs|team|teams|side|league|outfit|company|companies|firm|firms|group|bank|banks|carrier|airline|market|markets|economy|government|authorities|officials|regulator|regulators|stock|stocks|shares|index|title|titles|newspaper|newspapers|division|unit|plant|factory|region|area|city|office|offices)\b(?!')/;
// "X's chief executive", "X's shares", "X's 300 employees": what only an organisation has
const PLACE_OFFICE_AFTER = /^['’]s? ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:office|branch|bureau|outpost|hub)\b/;
export const ORG_POSSESSION = /^'s? (?:(?:[\w-]+|\d[\d,.]*) ){0,4}?(?:chief executive|ceo|cfo|cto|cmd|managing director|boss|chairman|chairwoman|board|shares|share price|stock|shareholders|investors|staff|employees|workforce|workers|revenues?|sales|profits?|earnings|losses|customers|subscribers|users|valuation|market (?:value|share|capitali[sz]ation)|headquarters|subsidiar(?:y|ies)|units?|division|co-?founders?|brands?|stores|shops|factor(?:y|ies)|plants?|branches|offices|annual (?:report|results|meeting)|results|operations|products?|services|management|executives|managing director|bankers|analysts|spokes(?:man|woman|person)|executive team|leadership team|management team|senior management|parent company|holding company)\b/i;
// "Fiat shares rose", "Nvidia stock fell"
const DEMONYM_ADJECTIVE_AFTER = /^ (?!(?:said|says|will|would|could|can|may|has|had|have|is|was|are|were|also|plans|planned|reported|reports|announced|announces|cut|cuts|added|adds|expects|flies|operates|employs|and|or|of|to|in|on|at|for|with|by|from|as)\b)[a-z][a-z-]*\b/;
const SHARES_AFTER = /^ (?:shares?|stock|share price|shareholders|bonds?|chief executive|ceo|boss|chairman|executives?|staff|employees|workers|spokes(?:man|woman|person))\b/i;
// "resulted in Daxtis losing $589 billion in market cap", "Orrin gained $200bn of market value": what is worth a market
// capitalisation is a listed company (a person loses "net worth")
const MARKET_VALUE_AFTER = /^ (?:has |had |have )?(?:lost|losing|loses|shed|sheds|shedding|gained|gaining|gains|added|adding|adds|wiped|wiping) (?:about |around |nearly |almost |more than |over |some |roughly )?(?:[$€£¥]|US\$)\s?\d[\d.,]*\s?(?:bn|billion|m|mn|million|trillion|tn) (?:in|of|from|to) (?:its )?(?:market (?:cap|capitali[sz]ation|value)|stock market value|market valuation)\b/i;
// "Orrin Vale half year sales DKK 83,296 million", "Orrin Vale quarterly revenue rose": a period's results, the name before
// them, are a company's (a person has no half-year sales)
const RESULTS_AFTER = /^ (?:half[- ]year|full[- ]year|first[- ]half|second[- ]half|(?:first|second|third|fourth)[- ]quarter|quarterly|annual|interim|h[12]|q[1-4]) (?:net |operating |pre-tax )?(?:sales|revenues?|profits?|earnings|results)\b/i;
// Things only a company does, right after the name (people raise children and announce things too, so not those)
const BUSINESS_VERB_AFTER = /^(?:,? (?:has |have |had |is |was |also |recently |just |reportedly |now |will |would |could )*)(?:employs|employed|raised \$|raises \$|has raised|secured \$|was valued|is valued|valued at|was founded|is headquartered|is listed|was listed|went public|floated|listed its|filed for (?:an )?ipo|(?:posted|reported|earned|recorded|booked|logged|registered) (?:a |an |its )?(?:(?:record|quarterly|annual|full-year|half-yearly|consolidated|standalone|net|operating|pre-tax|pretax) )*(?:profit|loss|revenue|sales|earnings)|(?:is|was) (?:based|headquartered) in|laid off|lays off|cut \d|shed \d|acquired|bought|merged|agreed to buy|agreed to acquire|manufactures|makes|sells|produces|operates|supplies|(?:now )?(?:has|had|have) (?:about |around |nearly |almost |roughly |more than |over |just |some )?[\d,]+ (?:full-time )?(?:employees|staff|workers))\b/i;
// "Fernhill has just nine employees", "Orbital Loom hired 22 engineers", "X lost two top AI scientists":
// having, hiring and losing staff is what employers do (teams lose players, not engineers)
// (the words that may stand between a name and its verb: "X has also recently hired…")
const AUX = String.raw`(?:,? (?:has |have |had |is |was |also |recently |just |reportedly |now |will |would |could |is said to have |said it |said it would |may |might |is set to |is to |plans to |is planning to |aims to |expects to )*)`;
// ("hired 46 people": only a hire or a lay-off makes "people" an employer's)
const STAFF_AFTER = new RegExp(
  String.raw`^${AUX}(?:has|had|have|employs|employed|hired|hires|hiring|recruited|recruits|poached|poaches|lured|lost|loses|losing|lose|laid off|lays off|cut|cuts|shed|sheds|added|adds|grew its (?:team|workforce|headcount) to)\s+(?:[\w,.-]+ ){0,4}?(?:employees|staff|staffers|engineers|researchers|scientists|developers|workers|executives|bankers|traders|analysts|physicists|lawyers|attorneys|solicitors|paralegals|accountants|consultants|(?:equity |salaried |senior |new )?partners)\b|` +
    String.raw`^${AUX}(?:hired|hires|hiring|recruited|recruits|laid off|lays off)\s+(?:[\w,.-]+ ){0,4}?people\b`,
  'i',
);
// "Silas Wren is set to eliminate approximately 690 jobs": an employer cuts jobs (a country "loses" them)
const JOB_CUTS_AFTER = new RegExp(
  String.raw`^${AUX}(?:cut|cuts|cutting|shed|sheds|shedding|eliminate|eliminates|eliminating|eliminated|axe|axes|axing|axed|slash|slashes|slashing|slashed|laid off|lays off|lay off|laying off)\s+(?:[\w,.-]+ ){0,3}?(?:jobs|positions|roles|posts)\b`,
  'i',
);
// "X-backed", "X-owned", "X-listed": the name owns or backs; "X-based": it is a place
const HYPHEN_AFTER = /^-(based|headquartered|born|bred|raised|owned|backed|funded|controlled|listed|led|run|made|designed|built)\b/i;
// "Chicago-based Citadel", "state-owned X": the company after a "-based" modifier
const BASED_BEFORE = /-(?:based|headquartered|listed|owned|backed|controlled|run|registered) $/i;

/** "MotoCorp", "MasterCard": two words joined, the first of four letters or more — not a caption run into a sentence ("ReutersThe"). */
export const isCoinage = (w: string) => /^[A-Z][a-z]{3,}[A-Z][a-z]/.test(w) && !/[a-z](?:The|This|That|These|Those|In|On|At|It|Its|He|His|She|Her|We|They|An|And|But|As|For|With|From|After|When|While)$/.test(w);

// A title before the name: "Mr Ebbers", "chief executive Tim Cook", "coach Brad Gilbert", "striker Robin van Persie"
// A long list introduced as companies, past a colon: "sixteen firms hired two partners each: Dentons, Devonshires, …, Kingsley
// Napley" (the intro's noun within a few words before the colon; only names and commas between the colon and the name)
const LIST_INTRO = /\b(?:companies|firms|law firms|organi[sz]ations|employers|brands|businesses|startups|start-ups|banks|lenders|insurers|retailers|carriers|airlines|rivals|recruiters|unicorns|chipmakers|carmakers)\b[^:.;]{0,50}:\s*$/i;
const LIST_SO_FAR = /^(?:[A-Z][\w&.'’-]*(?: (?:&|of|de|du) [A-Z][\w&.'’-]*| [A-Z][\w&.'’-]*){0,4}(?:,\s+|,? (?:and|or) ))*$/;
function inLongCompanyList(before: string): boolean {
  const colon = before.lastIndexOf(':');
  if (colon < 0 || before.length - colon > 400) return false;
  return LIST_SO_FAR.test(before.slice(colon + 1).trimStart()) && LIST_INTRO.test(before.slice(Math.max(0, colon - 60), colon + 1));
}
// A list introduced as companies, up to the name: "organisations such as Google, Yahoo and "
const COMPANY_LIST_BEFORE = /\b(?:companies|firms|organi[sz]ations|employers|brands|businesses|startups|banks|lenders|retailers|rivals|giants|carmakers|chipmakers)\s+(?:such as|including|like)\s+(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3},?\s+(?:and\s+|or\s+)?){0,5}$/;

// A picture's or a story's credit: "Photograph by Evy Marr", "Illustration: Jo Tan", "Additional reporting by Ana Ruiz"
// ("Image Source: Wunmi Eunice/TechCabal", "Photo credit: Ana Ruiz")
// "Photograph — TechCentral", "Image | Reuters": a credit line before a dash or a bar
const CREDIT_LINE = /^\W*(?:photo|photos|photograph|picture|pic|image|illustration|credit|source)s?:? [-—–|] $/i;
const CREDIT_SLASH_BEFORE = /(?:^|\s)(?:photo|photos|photograph|picture|pic|image|images|illustration|graphic|video)(?: by|:| (?:source|credit|credits|courtesy):) [^\n/]{1,40}\/\s?$/i;
const CREDIT_BEFORE = /(?:^|\s)(?:photo|photos|photograph|photographs|photography|picture|pictures|pic|image|images|illustration|illustrations|video|graphic|graphics|reporting|written|edited|interview|words)(?: by|:| (?:source|credit|credits|courtesy):) $/i;
// A title word of PERSON_TITLE_BEFORE that is a verb after a modal or "to": "will host", "to star", "would coach", "could partner"
const VERB_TITLE_BEFORE = /\b(?:will|would|to|can|could|may|might|shall|should|must|did|does|do|also|who|which|that) (?:host|star|coach|partner|chair|captain|pilot|doctor|nurse|judge|boss|forward|lock|prop|skipper|champion|author|father|mother) $/i;
// An investor of a stage or a kind, right before a name: a firm ("early-stage investor", "strategic investor", "VC investor")
const FIRM_INVESTOR_BEFORE = /\b(?:early-stage|late-stage|growth-stage|seed-stage|venture|venture capital|institutional|strategic|growth|anchor|sovereign|impact|private equity|pe|vc|seed|tech|technology|fintech|healthcare|climate) investors? $/i;
const PLACE_CENTRE_BEFORE = /\b(?:shopping|business|data|call|distribution|research|medical|arts|leisure|garden|conference|city|town|financial|innovation|technology|fulfilment|fulfillment|logistics|service|contact|trade|retail) (?:centre|center) $/i;
const PERSON_TITLE_BEFORE = /(?:^|[\s("'])(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|lord|lady|dame|baroness|baron|rev|reverend|cardinal|pope|king|queen|prince|princess|sheikh|sheikha|emir|president|vice-president|chancellor|minister|secretary|senator|sen|rep|congressman|congresswoman|governor|gov|mayor|judge|justice|commissioner|ambassador|general|gen|colonel|col|captain|capt|lieutenant|sergeant|coach|manager|striker|midfielder|defender|goalkeeper|keeper|winger|forward|full-back|skipper|player|batsman|bowler|fly-half|prop|flanker|scrum-half|lock|centre|jockey|trainer|champion|star|singer|actor|actress|director|producer|writer|author|novelist|artist|rapper|comedian|presenter|host|chef|designer|analyst|economist|strategist|spokesman|spokeswoman|spokesperson|chairman|chairwoman|chair|ceo|cfo|cto|coo|cio|cmo|chief executive|chief|executive|founder|co-founder|cofounder|boss|leader|deputy|mp|mep|mla|cllr|councillor|officer|engineer|researcher|scientist|investor|billionaire|entrepreneur|tycoon|mogul|partner|trader|banker|lawyer|attorney|prosecutor|professor|lecturer|student|teacher|doctor|nurse|pilot|soldier|officer|detective|inspector|superintendent|constable|chairperson|head coach|boss|veteran|alum|alumnus|alumna|newcomer|rookie|teenager|midfielder|bassist|guitarist|drummer|vocalist|frontman|frontwoman|band-mate|team-mate|teammate|wife|husband|son|daughter|father|mother|brother|sister|uncle|aunt)\.?,? $/i;
// A phrase of who made or backs the name, fronted before it: "Founded by a former banker, ", "Backed by a Google veteran, "
const FRONTED_BY_PHRASE = /^\W*(?:founded|co-founded|cofounded|backed|led|started|run|owned|created|set up|built|launched|headed|chaired|funded) by [^,]{1,40}, $/i;
// "Tony Blair, 51,", "X, chief executive of Y", "X, the company's founder", "X, who"
const PERSON_AGE_AFTER = /^,? \(?\d{2}\)?,(?!\d)/;
const WHERE_PAID_AFTER = /^,? where (?:[\w-]+ ){0,4}(?:pay|salar(?:y|ies)|wages?|rates|bonus(?:es)?|staff|employees|workers|lawyers|bankers|engineers|associates|trainees)\b/;
const STEPS_DOWN_AS_AFTER = /^ (?:(?:will|is to|is set to|is expected to|has|had|has now|is|was|would|who|also) )?(?:step(?:s|ped|ping)? down|resign(?:s|ed|ing)?|retir(?:e|es|ed|ing)|quit(?:s|ting)?|stand(?:s|ing)? down|stood down) as\b/;
const HIS_AFTER = /^ (?:[a-z]+ ){1,2}(?:his|her|himself|herself)\b/;
// (a verb or an adverb between, not another noun or pronoun "itself" may stand for: "Roe said it prides itself")
const ITSELF_AFTER = /^ (?:(?!(?:it|its|the|a|an|this|that|which|who|he|she|they|we|his|her|their)\b)[a-z]+ ){1,3}itself\b/;
// "X received a total remuneration of", "X took home a salary of", "X drew a bonus of": what a person is paid
const PAID_FOR_HIS = /^ (?:also |reportedly |has |had )*(?:received|earned|got|drew|obtained|pocketed|took home|was paid|collected) (?:[^.;]|\.(?=\d)){1,60}?\b(?:for (?:his|her)|as (?:his|her)|(?:his|her) (?:services|salary|pay|role|work|tenure|contract))\b/;
const PAID_AFTER = /^ (?:also |reportedly |has |had |will |would )*(?:received|receives|receive|got|gets|drew|draws|draw|took home|takes home|pocketed|pockets|was awarded|is awarded) (?:a |an |his |her |the )?(?:total |annual |yearly |basic |base |fixed |overall |gross |net )?(?:salary|salaries|remuneration|pay|compensation|pay package|pay packet|bonus|paycheque|paycheck|wage)\b/i;
const BASED_IN_BEFORE = /\b(?:[Bb]ased|[Hh]eadquartered|[Ll]ocated|[Hh]eadquarters) in (?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}, )?$/;
const HONORIFIC_NAME = /^(?:Tan Sri|Puan Sri|Toh Puan|Datuk Seri|Dato['’]? Seri|Dato['’]? Sri|Datuk|Dato['’]?|Datin|Tun|Tunku|Tengku|Pehin|Haji|Hajah) [A-Z]/;
const HONORIFIC_END = /\s(?:Dr|Mr|Mrs|Ms|Dr\.|Mr\.|Mrs\.|Ms\.)\s$/;
const OFFICE_AFTER = /^ (?:Minister|Ministers|Secretary|Commissioner|Spokesman|Spokeswoman|Spokesperson|Undersecretary|Under-Secretary|Prince|Princess)\b/;
// (the words before the role describe it — "the company's new", "Quillmark's former" — they are no verb
// or link: ", including its head of…", ", has joined X as chief scientist" are no apposition)
/** ", its chief scientist Dana Roe": the role after the comma heads the name that follows it, no apposition to the name before. */
function roleHeadsName(after: string): boolean {
  const m = PERSON_ROLE_AFTER.exec(after);
  return !!m && /^ (?:[a-z-]+ ){0,2}[A-Z][a-z'’-]+ [A-Z][a-z'’-]+/.test(after.slice(m[0].length)) && !/^ (?:of|at|for|with)\b/.test(after.slice(m[0].length));
}
/** The initials of the capitalised words right before a bracket: "N Ganapathy Subramaniam (" → "NGS". */
function initialsBefore(before: string): string {
  const words = /((?:[A-Z][\w.'’-]*\s+){1,5})\(\s*$/.exec(before)?.[1]?.trim().split(/\s+/) ?? [];
  return words.map((w) => w[0]).join('');
}

/** A person's role in an apposition after a name's initials in brackets: "(NGS), the firm's chief operating officer". */
function roleAfterBrackets(after: string): boolean {
  const m = /^ \([A-Z]{2,6}\)(?=,)/.exec(after);
  if (!m) return false;
  const rest = after.slice(m[0].length);
  return PERSON_ROLE_AFTER.test(rest) && !COMPANY_APPOSITION.test(rest);
}

// (not a company's standing: "X, the industry leader,", "X, a major player in enterprise software")
const PERSON_ROLE_AFTER = /^, (?![a-z]+ing |before |after |while |since |until |its (?:[\w-]+ )?(?:cloud|compute|technology|tech|banking|payments?|infrastructure|manufacturing|chip|software|distribution|logistics|strategic|launch|exclusive|preferred) partner)(?:the |a |an |its |their |our )?(?:(?!(?:has|have|had|is|was|were|are|will|would|can|could|including|includes|and|or|but|who|which|that|where|whose|when|said|says|as|to|of|for|in|at|on|with|from|by|joined|joins|joining|hired|named|appointed)\b)(?:[\w&-]+|[\w&-]+'s) ){0,4}?(?:chief executive|ceo|cfo|cto|coo|chief|founder|co-founder|cofounder|co-head|co-chief|co-ceo|co-chair|co-president|chairman|chairwoman|president|head|director|boss|spokesman|spokeswoman|spokesperson|analyst|economist|strategist|partner|professor|minister|secretary|manager|coach|captain|striker|midfielder|researcher|scientist|engineer|executive|officer|lawyer|attorney|trader|banker|reporter|correspondent|editor|author|actor|actress|singer|star|member|mp|investor|billionaire|entrepreneur|(?<!\b(?:industry|market|sector|category|segment|world|global|regional|major|key|leading|dominant|big|niche|significant) )(?:player|leader)(?! in\b))\b/i;
const WHO_AFTER = /^,? who\b(?! (?:has |had |have |recently |just |also )?(?:received|raised|secured|closed|landed|bagged|attracted) (?:a |an |the )?(?:[\w$€£¥.,-]+ ){0,3}?(?:investment|funding|round|financing|series)\b)/;
// "X, one of the biggest investment firms in Asia": one of a kind of company
const ONE_OF_COMPANIES_AFTER = new RegExp(`^, one of (?:the|its|their) (?:[\\w-]+ ){0,4}?${ORG_NOUN}\\b`, 'i');
const BUSINESS_FIGURE_AFTER = /^(?:['’]s? (?:(?:annual|total|net|gross|global|half-year|full-year|quarterly|pre-tax) )?(?:turnover|revenues?|sales|fee income|pre-tax profits?|operating profits?|market share|headcount|workforce)\b| (?:reported|posted|saw|recorded|booked|increased|grew|lifted|boosted|doubled)(?: (?:a|an|its|their))?(?: [\w%.-]+){0,3} (?:(?:increase|rise|growth|jump|fall|drop|decline) in )?(?:(?:annual|total|net|gross) )?(?:turnover|revenues?|sales|fee income)\b)/i;
const SAID_AFTER = /^,? (?:said|says|told|added|explained|argued|believes|thinks|wrote|tweeted|insisted|admitted|claimed|warned|stressed|noted|acknowledged|recalled|replied)\b/;
const SAID_ITS_AFTER = /^,? (?:said|says|announced|announces|reported|reports|confirmed|confirms|added|adds|stated|states|noted|notes|revealed|reveals|disclosed|discloses) (?:on [A-Z]?[a-z]+ |today |yesterday |this week |last week |in a statement |in a filing )?(?:that )?(?:its|it)\b(?!')/;
// "said Mr X", "according to X" (weak)
const SAID_BEFORE = /\b(?:said|says|added|explained)\s+$/;
// "hired Jiahui Yu", "appointed X", "poached X": a person taken on (a company is "acquired")
const RANKED_BY_BEFORE = /\b(?:followed|trailed|chased|overtaken|topped|beaten|pursued) (?:closely )?by (?:the )?$/i;
const OBJECT_OF_BEFORE = /\b(?:to|from|of|at|by|with|for) (?:the )?$/i;
// "recruited five people from X", "a team of brokers from X", "engineers at X": where people work
// (people "at" a name work there — a firm, whatever its name looks like: "their peers at Reed Smith"; "from" a name came from it)
const PEOPLE_FROM_BEFORE = /\b(?:staff|staffers|employees|engineers|researchers|scientists|bankers|brokers|traders|executives|managers|directors|specialists|analysts|developers|workers|people|team|teams|talent|hires|recruits|lawyers|associates|partners|peers|counterparts|colleagues|trainees|graduates)(?: [a-z-]+){0,3} (from|at) (?:the )?$/;
// ("Deutsche rehired Cam Gilbert from Mizuho")
const HIRED_BEFORE = /(?<![\w-])(?:hired|hires|hiring|rehired|rehires|rehiring|poached|poaching|appointed|appoints|appointing|named|promoted|recruited|sacked|fired|replaced|succeeded|succeeds|interviewed|met|married|thanked|praised|criticised|criticized|blamed|defeated|beat|beaten|coached|signed striker|signed midfielder|signed defender) $/;
const MARKET_LEADER_BEFORE = /\b(?:market|industry|sector|category|segment|price|cost|technology|global|world|regional|local|domestic) leaders? $|\b(?:e-commerce|ecommerce|fintech|tech|technology|industry|market|telecoms?|steel|oil|gas|energy|power|chip|semiconductor|software|cloud|payments?|retail|insurance|banking|mining|cement|auto|car|food|dairy|drug|pharma|pharmaceutical|gaming|logistics|travel|ai|edtech|healthtech|proptech|insurtech|crypto|solar|wind|battery|ev|coal|copper|gold|aluminium|aluminum|chemicals?|fertili[sz]er|sugar|rice|poultry|meat|beer|spirits) (?:players?|producers?) $/i;
// A worker's noun right after a name: the name is where they work ("a veteran Vartelsen researcher", "a former Orvale banker")
const EMPLOYEE_NOUN_AFTER = /^(?:['’]s)? (?:senior |former |top |lead |principal |staff )?(?:researchers?|engineers?|executives?|employees?|staffers?|scientists?|veterans?|alumni|alumnus|managers?|bankers?|traders?|analysts?|lawyers?|developers?|designers?)\b/;
const ROLE_THEN_NAME_BEFORE = /\b(?:head|chief|director|president|manager|leader|lead|officer|executive|founder|co-founder|cofounder|ceo|cto|cfo|coo|chairman|chairwoman|scientist|researcher|engineer|partner)(?: \([A-Za-z ]{2,20}\))?(?: of(?: [\w&-]+){1,4})?, $/i;
const HIRED_OWNED_BEFORE = /\b(?:hired|hires|hiring|poached|poaches|poaching|recruited|recruits|lured|lures|appointed|appoints|named) (?:the )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}(?:['’]s|s['’]) (?:(?:former|current|top|senior|longtime|long-time|veteran|star|chief|deputy|[a-z]+-in-[a-z]+|[a-z]+ (?:officer|executive|director|head|chief)) ){0,3}$/;

// A commodity's word between a site's name and its kind: "Yancoal's Donaldson coal operation", "its Kestrel gold mine"
export const SITE_COMMODITY = String.raw`(?:(?:coal|gold|copper|iron ore|iron|nickel|platinum|zinc|lithium|uranium|diamond|silver|bauxite|oil|gas|steel|aluminium|aluminum|mining) )?`;
// A site's kind after its name ("Tarn Deep mine", "the Kestrel plant"); plurals after "the" are a company's own sites
const SITE_AFTER = new RegExp(String.raw`^ ${SITE_COMMODITY}(?:data cent(?:er|re)(?: campus| site)?|campus|facility|plant|factory|works|site|mill|refinery|smelter|mine|mines|colliery|operation|operations|depot|warehouse|car plant|assembly plant|steelworks|shipyard|call centre|call center|distribution centre|distribution center)\b`, 'i');
const SITES_PLURAL_AFTER = new RegExp(String.raw`^ ${SITE_COMMODITY}(?:operations|mines|plants|factories|sites|facilities)\b`, 'i');
// "based in X", "headquartered in X", "born in X", "in X" (weak)
const PLACE_BEFORE = /\b(?:based in|headquartered in|born in|located in|city of|town of|state of|province of|capital,?|capital of|streets of|outside|near|across|throughout|visit to|trip to|flights? to|flew to|arrived in|(?:plant|plants|factory|factories|works|site|mill|depot|refinery|smelter|mine|warehouse|facility|distribution centre|distribution center|call centre|call center) (?:at|in)) $/i;
const IN_BEFORE = /\bin $/i;
// ("Field had returned to Vimvex", "she moved to Halvard in 2019": people move to employers as well as to cities)
// A label's colon, then an officer of the labelled company: ": Chief executive Stephen Hester", ": Stuart Gulliver, chief executive,"
const LABEL_OFFICER_AFTER = /^:\s+(?:(?:group |former |new |the )?(?:chief executive|chief financial officer|chief operating officer|ceo|cfo|coo|chairman|chairwoman|chair|president|managing director|boss|head|founder)\b|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}, (?:the )?(?:group )?(?:chief executive|ceo|chairman|chairwoman|president|managing director|boss|founder)\b)/i;
// A move to an employer, then the post held there: "moved to X as group cfo", "joined X as head of sales"
const TAKEN_ON_BEFORE = /\b(?:(?:moved|moves|moving|returned|returning|returns|went|going|switched|switching|headed|heading|defected|defecting|came|comes|coming) (?:back )?to|(?:re)?join(?:ed|s|ing)?) $/i;
const POST_AS_AFTER = /^ as (?:its |the |a |an |their )?(?:[a-z-]+ ){0,3}?(?:cfo|ceo|coo|cto|cmo|cio|chief|head|director|partner|chairman|chairwoman|president|vice[- ]president|vp|svp|evp|manager|analyst|banker|trader|engineer|counsel|officer|executive|treasurer|controller)\b/i;
// What a company has, right after its name used as a modifier: "a bump in Grivakdax subscriptions", "in Orvanta shares"
const OWNABLE_AFTER = /^ (?:subscriptions|subscribers|users|customers|shares|stock|revenues?|sales|employees|staff|products|services|app|apps|platform)\b/;
const MOVED_TO_BEFORE = /\b(?:moved|moves|moving|relocated|returned|returns|returning) to $/i;
// "a $40 million Series B in Tessaly", "the seed round in X": the company a round goes into
const ROUND_IN_BEFORE = /\b(?:rounds?|series [a-z]\d?|seed|funding|financing|investment) (?:in|into) $/i;
const INVEST_IN_BEFORE = /\b(?:invest(?:s|ed|ing|ment|ments)?|rounds?|series [a-z]\d?|seed|funding|financing|stakes?|shares?|interest|role|job|career|work(?:s|ed|ing)?|jobs|staff|employees|engineers|researchers|roles) (?:[\w$€£¥.,-]+ ){0,4}?(?:in|into|at|from|to) $/i;
// "Menlo Park, California", "Loughton, Essex"
// ("Lagos, Nigeria" — not "Paylumo, Nigeria's leading fintech": a possessive opens an apposition about the name)
const US_STATE_ABBREVIATION_AFTER = /^, (?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|N\.[HJMYCD]|R\.I|S\.[CD]|W\.Va)\./;
const REGION_AFTER = /^, ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?!['’]s?\s)/;

// "the film The Grudge", "their album Down in Albion", "the show Top Gear", "the drug Herceptin"
const WORK_NOUNS = 'film|films|movie|movies|album|albums|song|songs|single|track|show|series|sitcom|drama|soap|programme|program|documentary|book|novel|memoir|biography|musical|opera|ballet|game|video game|blockbuster|franchise|sequel|comedy|thriller|cartoon|painting|exhibition|handset|phone|smartphone|console|device|gadget|drug|vaccine|treatment|medicine|chip|processor|software|browser|operating system|product|car|vehicle|aircraft|jet|satellite|rocket|robot|character|episode|festival|assistant|chatbot|model';
const PRODUCT_TIER = new Set(['Plus', 'Pro', 'Premium', 'Enterprise', 'Max', 'Team', 'Teams', 'Edu', 'Business', 'Ultra', 'Lite', 'Mini']);
const SERVICE_AFTER = /^ (?:platform|app|application|service|wallet|marketplace|chatbot|assistant|browser|console|handset|smartphone|membership|subscription|loyalty (?:programme|program|scheme))\b/;
const SERVICES_SUCH_AS_BEFORE = /\b(?:services|products|apps|platforms|brands) (?:such as|like|including) $/i;
const WORK_CUE_BEFORE = new RegExp(String.raw`\b(?:the|a|an|its|their|his|her|our|new|latest|debut|upcoming|[\w-]+'s)(?: [\w-]+){0,2}? (?:${WORK_NOUNS}) (?:called |named |dubbed |titled |entitled )?"?$`, 'i');
const NEW_WORK_APPOSITION = new RegExp(String.raw`\b(?:a|an) (?:new|latest|first) (?:[\w-]+ ){0,2}?(?:${WORK_NOUNS}|app|service|card|feature|offering|brand|tool), $`, 'i');
const OWN_WORK_APPOSITION = new RegExp(String.raw`\b(?:its|their|[\w-]+'s)(?: [\w-]+){0,2}? (?:${WORK_NOUNS}|app|apps|service), $`, 'i');
// (what the expression needs at the end of the context, read from the end, before it is run: it would try every word of
// the context from its start — the most costly expression of a batch, 1.7 % of its time, bench/PROFILE.md §21)
const WORK_NOUN_LAST = new Set(WORK_NOUNS.split('|').map((n) => n.slice(n.lastIndexOf(' ') + 1)));
const WORK_NAMING = new Set(['called', 'named', 'dubbed', 'titled', 'entitled']);
// The last word of a job's title: one person's trade, in the singular
const JOB_TITLE_HEADS = new Set('Programmer Engineer Developer Analyst Designer Architect Scientist Technician Specialist Associate Consultant Administrator Accountant Auditor Trainee Intern Executive Officer Manager'.split(' '));
// Headline-style event and competition names: "World Cup", "Six Nations", "Australian Open"
const EVENT_HEADS = new Set('Cup Open Championship Championships Games Olympics Olympic Trophy Prix Tour Festival Awards Award Week Summit Conference Expo Marathon Classic Masters Nations Series Derby Final Finals Grand Slam Bowl Rally Race Tournament Prize Oscars Baftas Grammys Fair Day Year'.split(' '));
// The words a possessive may own inside a company's own name: a lab's and the legal forms ("Divi's Laboratories", "Macy's Inc")
export const POSSESSIVE_NAME_HEAD = /^(?:Laboratories|Laboratory|Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|Plc|PLC|LLC|Bhd)$/;
const POSSESSIVE_NAME = new RegExp(`['’]s ${POSSESSIVE_NAME_HEAD.source.slice(1)}`);
// Laws, plans and policies named in title case: "the Inflation Reduction Act", "the American Rescue Plan", "the Online Safety Bill"
const POLICY_HEADS = new Set('Act Bill Plan Scheme Strategy Agenda Policy Treaty Accord Pact Directive Regulation Regulations Amendment Budget Manifesto Charter Doctrine Agreement Agreements Guide Guidelines Rules Principles Protocol Framework'.split(' '));

export const ORG_FIRST = /^(?:Air|Banco|Banca|Grupo|Groupe|Gruppo|Compagnie|Companhia|Compañía)$/;
const INSTITUTION_FIRST = /^(?:Bank|University|Institute|Bureau|Department|Ministry|Government|Museum|College|School|Board|Council|Chamber|Federation|Association|Society|Commission|Office|Church|Academy|Hospital|Port|Fund|Agency|Authority|Organisation|Organization|Library|Court|Central)$/;
// Holidays, events, eras and diseases that are capitalised and no organisation
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_SPAN = new RegExp(`^${MONTH}\\s?[-–—/]\\s?${MONTH}$`);
const OTHER_NAMES = new Set('hiv aids sars mers ebola tb christmas easter ramadan eid diwali hanukkah thanksgiving halloween brexit covid covid-19 coronavirus olympics paralympics ces black friday cyber monday valentine valentine\'s day new year lunar new year super bowl world cup'.split(' '));
// Stock indices: "the FTSE 100 closed up", "the S&P 500 fell", "the Dow Jones Industrial Average"
export const INDEX_FIRST = new Set(['FTSE', 'S&P', 'Dow', 'Nikkei', 'Hang Seng', 'DAX', 'CAC', 'Sensex', 'Nifty', 'Kospi', 'KOSPI', 'Stoxx', 'STOXX', 'Russell', 'Nasdaq', 'NASDAQ', 'ASX', 'TSX', 'KOSDAQ', 'Kosdaq', 'KOSPI200', 'Topix', 'TOPIX', 'Ibovespa', 'Bovespa', 'IBEX', 'Ibex', 'SMI', 'AEX', 'OMX', 'Jakarta Composite', 'PSEi', 'KLCI', 'SET']);

// Countries, as a company's unit names them ("Barclays UK", "Google India"; a multi-word country is one entry) — not the
// world's regions, whose units are divisions named by their parent ("GM Europe", "Mazda North America")
const WORLD_REGIONS = new Set(
  ('africa|americas|asia|australasia|caribbean|central america|central asia|eastern africa|eastern asia|eastern europe|europe|' +
    'european union|latin america|melanesia|micronesian region|middle africa|north america|northern africa|northern america|' +
    'northern europe|oceania|polynesia|south america|southeast asia|southern africa|southern asia|southern europe|' +
    'sub-saharan africa|western africa|western asia|western europe|world').split('|'),
);
export const COUNTRY_WORDS: ReadonlySet<string> = new Set([...COUNTRY_NAMES.split('|').filter((c) => !WORLD_REGIONS.has(c)), 'uk', 'us', 'usa', 'uae']);

// (the known organisations' names and aliases, lower-cased: the keys of the gazetteer's map)
const GAZETTEER_KEYS: ReadonlyMap<string, string> = KNOWN_BY_KEY;
// What only an employer does, right after a name: "cut 10% of its workforce", "laid off 150 employees", "employs 300"
const EMPLOYER_ACT_AFTER = /^ (?:has |had |have |will |would |is |was |also |recently |reportedly )*(?:cut|cuts|cutting|slashed|slashes|trimmed|laid off|lays off|laying off|shed|sheds|axed|axes|fired|fires|employs|employed|hired|hires)\b[^.;]{0,40}?\b(?:its|their) (?:workforce|staff|employees|headcount|workers)\b|^ (?:has |had |will |is |was |also |recently )*(?:laid off|lays off|laying off|employs|employed) (?:about |around |nearly |some |more than |over )?\d/;
const PRODUCT_KEYS = PRODUCT_BY_LOWER;
const TAKES_PEOPLE_FROM_AFTER = /^ (?:has |had |have |is |was |also |recently )?(?:hired|hires|hiring|took|takes|taking|poached|poaches|poaching|recruited|recruits|recruiting|appointed|appoints|appointing|added|adds|adding|lured|lures|luring) (?:a team of |a team |an? \w+ team |(?:about |some |more than |over )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|several) )(?:[a-z-]+ ){0,2}?from\b/;

// A table column of organisations: "| Company | Employees |"
// ("| Top partner recruiters in London 2024 | Total hires |", "| Largest employers |": the column's noun after a few words)
const ORG_COLUMN = /^(?:(?:top|largest|biggest|leading|most active|[\w-]+) ){0,3}(?:company|companies|firm|startup|start-up|employer|organi[sz]ation|business|bank|lender|investor|brand|issuer|borrower|acquirer|buyer|target|name|developer|provider|vendor|operator|manufacturer|maker|retailer|airline|insurer|fund|recruiter|hirer)s?\b/i;

/** A table column whose header names a kind of company ("Company", "Top employers"). */
export const isOrgColumn = (header: string): boolean => ORG_COLUMN.test(header);

// A table column of people: "| Rank | CEO | Company | Pay |", "| Executive | Bank |", "| Hire | From | To |"
const PERSON_COLUMN = /^(?:(?:top|highest[- ]paid|best[- ]paid|new|departing|[\w-]+) ){0,2}(?:ceo|chief executive|executive|boss|founder|co-founder|chair(?:man|woman|person)?|director|president|person|people|hire|recruit|banker|player|individual|employee)s?\b/i;

export interface MentionContext {
  surface: string;
  /** The name's words as written. */
  words: readonly string[];
  /** Text before the name in its sentence (at most ~60 characters). */
  before: string;
  /** Text after the name in its sentence (at most ~80 characters). */
  after: string;
  /** The name opens its sentence. */
  opensSentence: boolean;
  /** For a name in a table cell: its column's header. */
  column?: string;
  /** For a name after a comma or a colon: its sentence before it, up to 400 characters (a list it may close). */
  listBefore?: string;
  /** The name alone makes a list item a number opens ("9. Stack Overflow"). */
  numberedEntry?: boolean;
  /** The name alone heads a section of prose that describes a company without naming it (a list of company profiles). */
  profileHeading?: boolean;
}

/** The evidence one mention gives about what its name is. */
/** The evidence of a name's own words, whatever its context (key: the surface, then its words). */
const intrinsic = new Memo((key: string): Evidence => {
  const e = noEvidence();
  const sep = key.indexOf('\u0001');
  const surface = sep < 0 ? key : key.slice(0, sep);
  const words = sep < 0 ? [key] : key.slice(sep + 1).split('\u0001');
  const lower = surface.toLowerCase();
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const firstBits = lexiconBits(first);
  const lastBits = lexiconBits(last);
  if (GAZETTEER_KEYS.has(lower)) add(e, 'org', 4, 'known');
  // ("HSBC UK", "Standard Chartered Kenya": a known company's unit in a country)
  else if (words.length >= 2 && GAZETTEER_KEYS.has(words.slice(0, -1).join(' ').toLowerCase()) && COUNTRY_WORDS.has(last.toLowerCase())) add(e, 'org', 4, 'known-unit');
  // ("H. Lundbeck", "J. Sainsbury": a founder's initial before a known company's name)
  else if (words.length === 2 && /^[A-Z](?:\.[A-Z])*\.?$/.test(first) && GAZETTEER_KEYS.has(last.toLowerCase())) add(e, 'org', 4, 'known-initialled');
  if (PRODUCT_KEYS.has(lower)) add(e, 'work', 4, 'known-product');
  // ("Disney+", "Canal+", "Hotstar+": a name with a plus is a subscription service, sold under a company's name — the
  // company's, not a place "subscribers to Disney+" would make it)
  if (surface.endsWith('+') && surface.length > 2) add(e, 'org', 3, 'plus-service');
  if (words.length > 1 && LEGAL_SUFFIX.test(last.replace(/\.$/, ''))) add(e, 'org', 3, 'suffix');
  // "Johnson & Johnson", "Marks & Spencer", "Smith & Jessen": an ampersand joins partners' names into a firm's
  if (surface.includes(' & ') || surface.includes(' + ')) add(e, 'org', 3, 'ampersand');
  // ("M&M", "B&Q": initials glued by an ampersand are a firm's — not the trade's words "M&A", "R&D", "Q&A", "P&L")
  else if (/^[A-Z]{1,3}&[A-Z]{1,3}s?$/.test(surface)) add(e, AMPERSAND_TERMS.has(surface) ? 'other' : 'org', 2, 'ampersand-initials');
  if (words.length > 1 && ORG_HEADS.has(last)) add(e, 'org', last === 'AI' || last === 'Tech' ? 2 : 3, 'head');
  // ("the Washington Post Guild", "the Ford Foundation": a body's own head word — a union, a foundation — names no person)
  else if (words.length > 1 && BODY_HEAD.test(last)) add(e, 'org', 3, 'body-head');
  // ("Group CFO V S Rao", "Holdings fell": a company name's head word alone names no company)
  else if (words.length === 1 && ORG_HEADS.has(first) && first !== 'AI') add(e, 'other', 2, 'head-alone');
  if (words.length > 1 && EVENT_HEADS.has(last) && !ORG_HEADS.has(last)) add(e, 'other', 2, 'event');
  // ("roles such as Specialist Programmer and Digital Specialist Engineer": a job's title ends in one person's trade)
  if (words.length > 1 && JOB_TITLE_HEADS.has(last) && !ORG_HEADS.has(last)) add(e, 'other', 3, 'job-title');
  if (words.length > 1 && POLICY_HEADS.has(last)) add(e, 'other', 2, 'policy');
  if (/^[a-z]{1,3}[A-Z]/.test(first) && words.length === 1) add(e, 'org', 1, 'camel');
  // ("Hero MotoCorp", "Rio MasterWorks": a coinage of two joined words inside a name is a brand's, not a person's — "McDonald",
  // "DiCaprio", "LeBron" join a short prefix)
  if (words.length >= 2 && words.some(isCoinage)) add(e, 'org', 2, 'coined-word');
  // People and places by the lexicon
  // ("Jean-Laurent Bonnafe", "Anne-Marie Roe": a hyphenated first name of two first names)
  const hyphenatedFirst = first.includes('-') && first.split('-').every((p) => p.length > 1 && (Lexicon.firstName(lexiconBits(p)) || isKnownFirstName(p)));
  if (words.length >= 2 && words.length <= 4 && (Lexicon.firstName(firstBits) || isKnownFirstName(first) || hyphenatedFirst) && !Lexicon.place(firstBits) && !isKnownPlace(first.toLowerCase()) && !ORG_HEADS.has(last) && !(words.length > 2 && ORG_HEADS.has(words[words.length - 2]!)) && !LEGAL_SUFFIX.test(last) && !words.includes('of') && !words.includes('&')) add(e, 'person', 2, 'first-name');
  // ("Ruoming Pang", "Xinyun Chen": a given name of two or three pinyin syllables, then a surname of one — the shape of a
  // Chinese name in English news, whose given names no list holds; not "Ping An" or "Hang Seng", one syllable each)
  else if (words.length === 2 && TITLE_WORD.test(first) && TITLE_WORD.test(last) && PINYIN_GIVEN.test(first.toLowerCase()) && PINYIN_SURNAME.test(last.toLowerCase()) && !GAZETTEER_KEYS.has(lower) && !Lexicon.place(firstBits) && !isKnownPlace(first.toLowerCase())) add(e, 'person', 2, 'pinyin-name');
  // ("Choi Ji-hoon", "Kwon Oh-hyun", "Tsai Ing-wen": a surname of one syllable, then a given name of two joined by a hyphen, the
  // second in lower case — the shape of a Korean or Taiwanese name in English news)
  else if (words.length === 2 && SYLLABLE.test(first) && /^[A-Z]/.test(first) && HYPHENED_GIVEN.test(last) && last.split('-').every((p) => SYLLABLE.test(p)) && !GAZETTEER_KEYS.has(lower)) add(e, 'person', 2, 'hyphened-given-name');
  // ("Huang also announced a deal…", "Wang said": a common Chinese surname alone, after its person's full name or in its place,
  // is a person — not the one-syllable words English also uses: "He", "Song", "Ding")
  if (words.length === 1 && CHINESE_SURNAMES.has(surface) && !GAZETTEER_KEYS.has(lower)) add(e, 'person', 2, 'chinese-surname');
  // ("Blackwell GB300", "Trainium2 UltraServer": a known product and its model code is the product, no company)
  // ("ChatGPT Plus", "Gemini Pro": a product's tier)
  if (words.length >= 2 && PRODUCT_KEYS.has(words[0]!.toLowerCase()) && words.slice(1).every((w) => /\d/.test(w) || /^[A-Z]{2,}$/.test(w) || PRODUCT_TIER.has(w)) && !GAZETTEER_KEYS.has(lower)) add(e, 'work', 4, 'product-model');
  // ("Q2FY23", "FY24", "H1FY25", "9MFY24", "Q3": a fiscal period, no company)
  if (words.length === 1 && /^(?:(?:Q[1-4]|H[12]|[1-4]Q|9M)\s?(?:FY|CY)?'?\d{0,4}|(?:FY|CY)'?\d{2,4})$/.test(first)) add(e, 'other', 4, 'fiscal-period');
  // ("V S Parthasarathy", "N R Narayana Murthy": initials without dots before a name are a person's)
  if (words.length >= 3 && words.length <= 5 && /^[A-Z]$/.test(words[0]!) && /^[A-Z]$/.test(words[1]!) && /^[A-Z][a-z]{2,}$/.test(last) && !ORG_HEADS.has(last) && !LEGAL_SUFFIX.test(last)) add(e, 'person', 2, 'initials');
  // ("C Vijayakumar", "K Krithivasan": one initial without a dot before a surname no dictionary knows is a person's — not "A" or
  // "I", which open sentences, nor a shop's short name before an ordinary word: "H Samuel" is known, "E Bank" a word)
  if (words.length === 2 && /^[B-HJ-Z]$/.test(first) && /^[A-Z][a-z]{4,}$/.test(last) && !isDictionaryWord(last.toLowerCase()) && !isPlaceWord(last.toLowerCase()) && !ORG_HEADS.has(last) && !GAZETTEER_KEYS.has(lower)) add(e, 'person', 2, 'initial-surname');
  // ("CS Venkatakrishnan", "KV Kamath": two initials run together before a long surname no dictionary knows — not a company's
  // letters the gazetteer knows, "BT Openreach")
  else if (words.length === 2 && /^[A-Z]{2}$/.test(first) && !/^(?:US|UK|EU|UN|AI|HR|PR|IT|TV|VC|PE|AG|SA|NV)$/.test(first) && /^[A-Z][a-z]{6,}$/.test(last) && !isDictionaryWord(last.toLowerCase()) && !isPlaceWord(last.toLowerCase()) && !ORG_HEADS.has(last) && !GAZETTEER_KEYS.has(lower) && !GAZETTEER_KEYS.has(first.toLowerCase())) add(e, 'person', 2, 'initials-surname');
  // "British", "Japanese", "Scots": a nationality, no name of a company
  // ("Anglo-American" is also a mining company's name: a compound nationality counts less)
  // ("South African", "New Zealander": a demonym of two words too)
  if ((words.length === 1 || (words.length === 2 && /^(?:South|North|East|West|New|Central)$/.test(words[0]!))) && isDemonym(lower)) add(e, 'other', lower.includes('-') ? 1 : 3, 'demonym');
  // ("the Kingdom of Saudi Arabia", "the State of Qatar", "the Sultanate of Oman": a state's formal name is the country)
  if (words.length >= 3 && words[1] === 'of' && /^(?:Kingdom|Sultanate|Emirate|Principality|Republic|State|Commonwealth|Federation)$/.test(first) && isKnownPlace(words.slice(2).join(' ').toLowerCase())) add(e, 'place', 5, 'state-of-country');
  // "Department of Labor", "Bank of Japan", "University of Edinburgh"
  if (words.length >= 3 && words[1] === 'of' && INSTITUTION_FIRST.test(first)) add(e, 'org', 3, 'institution-of');
  // "Air Jamaica", "Air Lorvane", "Grupo Halcon": a company word that opens the name
  if (words.length >= 2 && ORG_FIRST.test(first)) add(e, 'org', 3, 'org-first');
  if (OTHER_NAMES.has(lower) || (words.length > 1 && INDEX_FIRST.has(first))) add(e, 'other', 3, 'event-or-index');
  // "January-May", "March–April": a span of months
  if (MONTH_SPAN.test(lower)) add(e, 'other', 5, 'month-span');
  if (words.length >= 2 && words.length <= 3 && (Lexicon.lastName(lastBits) || (isKnownSurname(last) && !e.why.includes('first-name'))) && !ORG_HEADS.has(last)) add(e, 'person', 1, 'last-name');
  if (isPlaceWord(lower) || isKnownPlace(lower) || (words.length > 1 && words.every((w) => Lexicon.place(lexiconBits(w))))) add(e, 'place', 3, 'place-word');

  return e;
}, 20_000);

/**
 * "monthly active users (MAU)", "annual recurring revenue (ARR)": a bracketed capital abbreviation of the lower-case
 * words right before it is a term, not a name ("Halvard Robotics (HR)" abbreviates a name and stays one).
 */
function isAbbreviationOfBefore(surface: string, before: string, after: string): boolean {
  if (!/^\s*\)/.test(after) || !/\(\s*$/.test(before) || !/^[A-Z]{2,6}s?$/.test(surface)) return false;
  const letters = surface.replace(/s$/, '');
  const lead = before.replace(/\s*\(\s*$/, '');
  const prev = lead.split(/[\s-]+/).slice(-letters.length);
  // ("Non-banking finance company (NBFC) Tarrow…": the term's first word may open the sentence, or follow a dateline's dash)
  const opens = (w: string) => /^[A-Z][a-z]/.test(w) && /^(?:|[^]*(?:--|[-–—:])\s*)$/.test(lead.slice(0, lead.lastIndexOf(w)));
  return prev.length === letters.length && prev.every((w, i) => (/^[a-z]/.test(w) || (i === 0 && opens(w))) && w[0]!.toLowerCase() === letters[i]!.toLowerCase());
}

// "hedge fund manager", "asset manager", "wealth manager": a firm's description before its name
const FIRM_MANAGER_BEFORE = /\b(?:fund|funds|asset|assets|investment|wealth|money|portfolio|property|real estate|hotel|pension|private equity|venture) (?:manager|managers|management firm|management company) $/i;
// The last word of a company's unit's name: "Research Group", "Cloud Division"
const UNIT_WORD = /^(?:Group|Unit|Division|Department|Team|Lab|Labs|Arm|Wing)$/;
// The sector a nationality may describe: "Australian AI", "Indian Tech"
const KIND_OF_COMPANY = /^(?:Airline|Carrier|Lender|Bank|Bankers|Insurer|Retailer|Carmaker|Automaker|Chipmaker|Company|Firm|Group|Giant|Conglomerate|Operator|Startup|Start-up|Telecom|Broadcaster|Publisher|Miner|Producer|Manufacturer|Supermarket|Grocer|Utility)$/;
const ARTICLE_BEFORE = /(?:^|\s)(?:the|a|an|this|that)\s$/i;
const SECTOR_HEAD_AFTER = /^ (?:[a-z-]+ )?(?:giant|major|maker|company|firm|player|startup|start-up|group|business|conglomerate|behemoth|leader|brand|unicorn|lender|outfit|heavyweight|powerhouse|multinational|services provider|provider)s?\b/;
const SECTOR_WORD = /^(?:AI|IT|Tech|Fintech|FinTech|Biotech|Crypto|Robotics|Software|Internet|Media|Telecom|Gaming|Retail|Energy|Auto|EV|Pharma|FMCG|BPO)$/;

/** "Restricted Stock Units (RSUs)": the initials of the name's words, then a plural "s", in the bracket after it. */
function pluralAbbreviationAfter(words: readonly string[], after: string): boolean {
  const m = /^ \(([A-Z]{2,6})s\)/.exec(after);
  if (!m || m[1]!.length !== words.length) return false;
  return words.every((w, i) => w[0] === m[1]![i]);
}

// (not a count of time or of people after a name: "arrived at Orvale 12 years ago", "Orvale 6 (6 laterals)")
const VERSION_AFTER = /^ \d{1,2}(?!\d|[,.]\d|[:%\w-]| ?(?:%|percent|per|million|billion|trillion|bn|mn|m\b|k\b|of|to|and|or|[A-Z])| (?:years?|months?|weeks?|days?|hours?|times|laterals?|partners?|people|employees|staff|hires|members|lawyers|bankers|stores|offices|countries|cities|markets)\b| \(\d)/;
export function evidenceOf(m: MentionContext): Evidence {
  const e = noEvidence();
  const { surface, words, after } = m;
  // (the cues before a name are its last few words: the expressions ending in $ read only those,
  // which V8 would otherwise try from every position of a long context)
  const before = m.before.length > 48 ? m.before.slice(-48) : m.before;
  // (a cue before a name is at most a few words: each expression reads only as many)
  const last3 = tailWords(before, 3);
  const last5 = tailWords(before, 5);

  // What the name is made of (the same for every mention: worked out once per name)
  addEvidence(e, intrinsic.get(words.length === 1 && surface === words[0] ? surface : `${surface}\u0001${words.join('\u0001')}`));
  if (EXCHANGES.test(surface) && /^\s*:/.test(after)) add(e, 'other', 5, 'exchange');
  // "USD 200 million", "KES 13.4 billion", "42 SAR": a currency code beside a number is part of an amount
  // (not a company the gazetteer knows that shares a code: "6,000 AMD Instinct GPUs")
  // ("AUD $21.4 million": a dollar's code before its sign too)
  if (words.length === 1 && (/^\.?\s?\$?\d/.test(after) || /\d\s?$/.test(before)) && codeEntry(surface) && !GAZETTEER_KEYS.has(surface.toLowerCase())) add(e, 'other', 5, 'currency-code');
  if (testsOn(TICKER_BEFORE, last3)) add(e, 'other', 5, 'ticker');
  // ("the CHIPS and Science Act", "the Inflation Reduction Act": a law's name, or the first words of one)
  if (/^(?: (?:and|&) [A-Z][\w-]*)*(?: [A-Z][\w-]*){0,2} Act\b/.test(after) || (words.length > 1 && words[words.length - 1] === 'Act')) add(e, 'other', 5, 'law');
  // ("9. Stack Overflow", "#3 Tessaly": a numbered entry of a ranked list, the name alone on its line — a company as often as not,
  // which a first name or any other cue outweighs)
  if (m.numberedEntry) add(e, 'org', 2, 'numbered-entry');
  // ("Jack Wills ¶ Had about 100 stores and 1,700 staff…": a profile's heading is the company the prose under it describes, which
  // outweighs a first name)
  if (m.profileHeading) add(e, 'org', 4, 'profile-heading');
  if (words.length === 1 && /^[A-Z]{1,5}$/.test(surface) && before.endsWith('(') && TICKER_MOVE_AFTER.test(after)) add(e, 'other', 5, 'ticker');
  // ("for Colossus 2", "train Orion 3 on…": a name with a version number is a product or a model, not its maker; not "Channel 5
  // News", a number inside a longer name, nor an amount: "Apple 3 million"; not a release number, "Opera 8.0", which a
  // company may share with its product)
  if (VERSION_AFTER.test(after) && !GAZETTEER_KEYS.has(surface.toLowerCase())) add(e, 'other', 2, 'version-number');
  // ("Hopper cut 10% of its workforce": a product's name that a company bears too, doing what only an employer does)
  if (words.length === 1 && PRODUCT_KEYS.has(surface.toLowerCase()) && EMPLOYER_ACT_AFTER.test(after)) add(e, 'org', 8, 'employer-act-after');
  // ("Bartier Perry taking four partners from Coleman Grieg", "Fenwick Hale hired three lawyers from Orrin Law": a name that takes
  // people, counted or as a team, from another firm is the firm they join — however much it is named like a person)
  if (words.length >= 2 && TAKES_PEOPLE_FROM_AFTER.test(after)) add(e, 'org', 2, 'takes-people-from');
  if (!surface.includes(' & ') && /^,? (?:Inc|Corp|Ltd|LLC|plc|PLC|Plc|AG|SA|NV|GmbH|Co|Limited|S\.A|N\.V)\b/.test(after)) add(e, 'org', 3, 'suffix-after');
  if (INDEX_FIRST.has(surface) && /^(?: \d+| index| closed| ended| fell| rose| gained| lost| was| slipped| climbed)\b/i.test(after)) add(e, 'other', 3, 'index');

  // (a column of a kind of company outweighs a first name and a known surname, "Paul Weiss" among law firms; a column of
  // "Name" may list people)
  if (m.column && ORG_COLUMN.test(m.column)) add(e, 'org', /^names?\b/i.test(m.column.trim()) ? 3 : 4, 'org-column');
  else if (m.column && PERSON_COLUMN.test(m.column.trim())) add(e, 'person', 4, 'person-column');
  // (decisive for every mention of it: "newly qualified (NQ) solicitors … the NQ rate … London NQ rates")
  if (words.length === 1 && isAbbreviationOfBefore(surface, before, after)) add(e, 'other', 12, 'abbreviation');
  // "an Australian AI cloud provider", "French AI startups": a nationality and a sector word describing the noun after, no
  // name; "Indian IT's top-earning CEO": the sector's
  if (words.length === 2 && isDemonym(words[0]!.toLowerCase()) && SECTOR_WORD.test(words[1]!) && /^(?: [a-z]|['’]s )/.test(after)) add(e, 'other', 4, 'demonym-sector');
  // ("The FMCG giant's permanent employees", "the AI major", "an EV maker": a sector's word between an article and a company's
  // noun describes the company the passage is about, it names none)
  if (words.length === 1 && SECTOR_WORD.test(surface) && ARTICLE_BEFORE.test(last3) && SECTOR_HEAD_AFTER.test(after)) add(e, 'other', 4, 'sector-descriptor');
  // "Japanese executives", "at Japanese listed companies": a nationality as an adjective before a noun, no name ("American said"
  // is a company doing something: a verb is no noun)
  if (words.length === 1 && isDemonym(surface.toLowerCase()) && DEMONYM_ADJECTIVE_AFTER.test(after)) add(e, 'other', 4, 'demonym-adjective');
  // "India Inc's top brass", "Japan Inc", "UK plc": a country's business as a whole, no company
  // ("Corporate Kenya has recently seen executives exiting", "Corporate America": a country's business world, no company)
  if (words.length === 2 && ((/^(?:Inc|plc|Plc|PLC)$/.test(words[1]!) && isKnownPlace(words[0]!.toLowerCase())) || (words[0] === 'Corporate' && isKnownPlace(words[1]!.toLowerCase())))) add(e, 'other', 5, 'country-inc');
  // "SME lender iwoca", "EV maker Tessla": an abbreviation describing the company noun before a name is no name itself
  if (words.length === 1 && /^[A-Z]{2,5}$/.test(surface) && /^ (?:[a-z-]+ )?(?:lender|startup|start-up|firm|platform|company|maker|provider|bank|fintech|specialist|player|app|marketplace|insurer|retailer|developer)s? (?:[A-Z]|[a-z][a-z0-9]{3,}\b(?! (?:is|was|has|will|said)\b))/.test(after) && !GAZETTEER_KEYS.has(surface.toLowerCase())) add(e, 'other', 3, 'abbreviation-modifier');
  // ("Japan's premium VOD category", "the OTT market", "the EV segment": an abbreviation naming a kind of business before a
  // market's noun is no company — not a known one: "the IBM market")
  if (words.length === 1 && /^[A-Z]{2,5}$/.test(surface) && /^ (?:[a-z-]+ )?(?:category|categories|market|markets|sector|sectors|segment|segments|industry|industries|space)\b/.test(after) && !GAZETTEER_KEYS.has(surface.toLowerCase())) add(e, 'other', 3, 'abbreviation-market');
  // "Unicorn is the term used for a start-up valued at over $1 billion": a word defined is a term
  if (/^,? (?:is|was|are) (?:the|a|an) (?:[a-z]+ )?(?:term|word|name|phrase|nickname|label|jargon|acronym|abbreviation|title) (?:used |given |for |that |coined )/.test(after)) add(e, 'other', 4, 'term-defined');
  // "Post-COVID-19 effect", "Pre-IPO", "Anti-Money Laundering": a prefixed word opening a sentence is no name
  if (/^(?:Post|Pre|Anti|Non|Mid|Pro|Ex)-[A-Z0-9]/.test(surface) && words.length <= 2) add(e, 'other', 4, 'prefixed');
  // ("date 2024-06-28 Total remuneration of ITC Ltd…", "Total pay": an ordinary word before a measure of pay or a number it
  // qualifies is no company, though a company bears the word's name — not before "employees" or "revenue": "Humane employees")
  if (words.length === 1 && isDictionaryWord(surface) && /^ (?:remuneration|compensation|pay|income|number|amount|value)\b/.test(after)) add(e, 'other', 5, 'word-before-measure');
  // ("…retired during the year Stable revenue at AED 85.1 billion", "Record revenue of…": a results release's bullets run together —
  // a word that grades a result, before the result, is no company)
  if (words.length === 1 && /^(?:Record|Stable|Strong|Steady|Solid|Robust|Resilient|Higher|Lower|Weak|Weaker|Flat|Improved|Underlying|Healthy|Modest)$/.test(surface) && /^ (?:revenues?|sales|turnover|profits?|income|earnings|margins?|growth|results|performance|cash flow|demand)\b/.test(after)) add(e, 'other', 5, 'graded-result');
  // "Image Credits: …", "Photo Credit: …": a caption's label
  if (words.length === 1 && /^Credits?$/.test(surface) && /^\s*:/.test(after)) add(e, 'other', 5, 'credit-label');
  // ("the latest Big Pharma to…", "Big Tech", "the Big Four": a trade's giants together, no company)
  // ("BigLaw firms", "BigTech" written as one word)
  if ((words.length === 2 && words[0] === 'Big' && /^(?:Pharma|Tech|Oil|Food|Tobacco|Banks?|Auto|Ag|Telecoms?|Media|Law|Three|Four|Five|Six)$/.test(words[1]!)) || (words.length === 1 && /^Big(?:Pharma|Tech|Law|Oil|Food|Media)$/.test(surface))) add(e, 'other', 6, 'big-trade');
  // ("…with 124,070 workers. [NEWS1]", "(Getty Images)" closing a caption: an agency's or a photographer's credit in brackets
  // after a sentence's end is the picture's, no company of the story)
  if (/(?:^\s*|[.!?]["”’]?\s*)[[(]$/.test(before) && /^[\])]\s*(?:\n|$)/.test(after)) add(e, 'other', 4, 'bracketed-credit');
  // "HQ-ed in the US": an abbreviation made a verb
  if (words.length === 1 && /^[A-Z]{2,}-(?:ed|ing)$/.test(surface)) add(e, 'other', 4, 'abbreviation-verb');
  // "Restricted Stock Units (RSUs)", "Non-Performing Assets (NPAs)": a name a plural abbreviation spells out is a term (a company is no plural)
  if (words.length >= 2 && pluralAbbreviationAfter(words, after)) add(e, 'other', 5, 'plural-abbreviation');
  // "Xerox's Corporate Development group", "Facebook's AI Research Group": a unit a company's possessive owns is no company of its own
  // (not a country's company: "Chile's LATAM Airlines Group")
  if (UNIT_WORD.test(words[words.length - 1]!) || /^ (?:group|unit|division|arm|team|department|wing|lab|labs)\b/.test(after)) {
    const possessor = /(?:^|[^\w-])([A-Za-z][\w-]*(?: [A-Z][\w-]*)*)(?:['’]s|s['’]) (?:[A-Z][\w-]* ){0,2}$/.exec(before)?.[1];
    if (possessor && !isKnownPlace(possessor.toLowerCase())) add(e, 'other', 3, 'owned-unit');
  }
  // ("Cursor maker Anysphere", "Claude developer Anthropic": a product named by its maker's description, the maker next)
  if (words.length <= 3 && /^ (?:maker|makers|developer|developers|creator|creators) (?:[A-Z][\w.&-]*)/.test(after)) add(e, 'work', 3, 'product-before-maker');
  // ("The Irish Airline says…", "the German Lender": a demonym and a singular noun for a kind of company, after "the", describe
  // a company named elsewhere — not "American Airlines", a plural in a name)
  if (words.length === 2 && isDemonym(words[0]!.toLowerCase()) && KIND_OF_COMPANY.test(words[1]!) && /\bthe $/i.test(before)) add(e, 'other', 4, 'demonym-kind');
  // ("He was head of Global Markets at Standard Bank": a unit a post is head of, inside a company named next)
  if (/\b(?:head|chief|director|president|manager|leader|lead|boss|co-head|officer|chairman|chair)s? of (?:the )?$/i.test(before) && /^ (?:at|for|with) (?:the )?[A-Z]/.test(after) && !GAZETTEER_KEYS.has(surface.toLowerCase())) add(e, 'other', 6, 'unit-of-post');
  // ("Legal AI startup Harvey", "Generative AI company Writer": ordinary words and "AI" before a company noun and a name
  // describe that name)
  if (words.length >= 2 && /^(?:AI|Tech|Fintech|Healthtech|Edtech|Proptech|Insurtech|Robotics)$/.test(words[words.length - 1]!) && words.slice(0, -1).every((w) => Lexicon.common(lexiconBits(w.toLowerCase())) || isDictionaryWord(w)) && /^ (?:startup|start-up|company|firm|lab|unicorn|developer|platform|player|specialist|provider|maker)s? [A-Z]/.test(after)) add(e, 'other', 4, 'descriptor-before-cue');
  // ("Edtech major BYJU's-run WhiteHat Jr", "Fintech unicorn Orrin Pay": a trade's one word before a company noun and a name
  // describes that name, as "IT major Infosys" does)
  if (words.length === 1 && /^(?:[A-Z][a-z]*tech|Fintech|Pharma|Telecom|Telco|E-commerce|Ecommerce|FMCG|Auto|Software|Mining|Retail|Steel|Cement|Media|Logistics|Insurance|Banking)$/.test(surface) && /^ (?:major|giant|startup|start-up|unicorn|firm|company|platform|player|leader|behemoth|heavyweight)s? [A-Z]/.test(after)) add(e, 'other', 4, 'trade-before-cue');
  // "under the 2015 Plan", "the 2019 Act": a year before a one-word name makes it a plan, a law or an edition
  if (words.length === 1 && /\bthe (?:19|20)\d\d $/i.test(before)) add(e, 'other', 3, 'year-before');
  // ("Kestrel Truck Plant", "Harrow Bay Refinery": a site named with a facility head is where a company works, no company)
  if (words.length >= 2 && /^(?:Plant|Factory|Refinery|Smelter|Colliery|Mine|Shipyard|Steelworks|Airport)$/.test(words[words.length - 1]!)) add(e, 'place', 4, 'facility-head');
  // "Delhi-NCR based startups": a place before "based" and what is based there (not "Apple based its design on…")
  if (/^ based (?!on\b|upon\b|in\b|at\b|its\b|their\b|his\b|her\b|the\b|a\b|an\b|this\b|that\b|it\b)[a-z]/.test(after)) add(e, 'place', 3, 'based-after');
  // ("Based in Boston, Massachusetts, the Shah-led company has…": the place a company is based in, however described after)
  // (not the owner of an office in a city: "based in Tovzorlum's Zurich office")
  if (BASED_IN_BEFORE.test(before) && !PLACE_OFFICE_AFTER.test(after)) add(e, 'place', 3, 'based-in');
  // ("Rikpexmol: Chief executive Stephen Hester will forgo…", "Grivakdax: Stuart Gulliver, chief executive, …": a line's label
  // before an officer of it names the company)
  if (after.charCodeAt(0) === 58 && LABEL_OFFICER_AFTER.test(after) && /^\W*$/.test(m.before.replace(DATELINE, ''))) add(e, 'org', 3, 'label-officer');
  // ("From there he moved to Daxnalkes as group cfo", "joined Orvanta as head of sales": the place of a post is an employer)
  if (after.startsWith(' as ') && POST_AS_AFTER.test(after) && TAKEN_ON_BEFORE.test(before)) add(e, 'org', 3, 'post-at');
  // ("the latest City practice", "other City firms": London's financial district describing a firm — not "City" as a club's short name)
  if (surface === 'City' && /^ (?:firms?|practices?|law firms?|banks?|lenders?|institutions?|brokers?|traders?|bonuses|pay|jobs|workers|staff)\b/.test(after)) add(e, 'place', 4, 'the-city');
  // ("Osborne Clarke's Reading office had increased salaries", "Orrin's Leeds branch": the site a company's name owns, named by its town)
  if (/['’]s $/.test(before) && /^ (?:office|offices|branch|branches|plant|factory|site|campus|hub|headquarters|store|depot|warehouse)\b/.test(after)) add(e, 'place', 4, 'owned-site');
  // What is before it
  // ("from hedge fund manager Visium", "asset manager Kestrel": a firm that manages money is described, no person titled)
  if (testsOn(FIRM_MANAGER_BEFORE, last3)) add(e, 'org', 3, 'firm-manager-before');
  // (not a title read as a verb: "Orrin Cloud will host Zentrix AI's workloads", "to star Dana Roe", "agreed to coach")
  // (nor a post between commas after a person's name: "Joe Dominguez, president and CEO, Constellation" names the employer)
  else if (postThenEmployerBefore(before)) add(e, 'org', 2, 'employer-after-post');
  // (not the end of a fronted phrase: "Founded by a former banker, Sparkle provides…" — the comma closes it, the name is its subject)
  // (not a title closing its clause with a comma, the name opening the next: "That search did not identify a commercial partner, Editas said")
  // ("market leader Econet benefited", "industry leader Orvane": a leader of a market is a company, as a sector's player or
  // producer is: "E-commerce player Tovzorlum", "Steel producer Senbralmin")
  else if (MARKET_LEADER_BEFORE.test(last3)) add(e, 'org', 3, 'market-leader');
  // ("led by early-stage investor Kesmolpex", "strategic investor Orvane": an investor of a stage or a kind is a firm)
  else if (FIRM_INVESTOR_BEFORE.test(last3)) add(e, 'org', 3, 'firm-investor-before');
  // (not one coined word, no person's name: "led by early-stage investor SphitiCap")
  // (nor a name before a worker's noun: "a veteran Vartelsen researcher" is where the researcher works)
  // (nor a centre that is a place of business: "the city's flagship shopping centre Mollumzor" — a rugby centre is a player)
  // (nor a name ending in a company's head word: "led by a new American investor, Prism Group,")
  else if (testsOn(PERSON_TITLE_BEFORE, last3) && !(words.length === 1 && isCoinage(surface)) && !(words.length > 1 && ORG_HEADS.has(words[words.length - 1]!)) && !EMPLOYEE_NOUN_AFTER.test(after) && !PLACE_CENTRE_BEFORE.test(last3) && !VERB_TITLE_BEFORE.test(last3) && !FRONTED_BY_PHRASE.test(m.before) && !(/,\s*$/.test(last3) && /^ (?:said|says|added|adds|told|noted|notes|stated|confirmed|announced)\b/.test(after))) add(e, 'person', 3, 'title-before');
  if (POST_AT_BEFORE.test(before)) add(e, 'org', 2, 'post-at');
  // ("Ruoming Pang, a top AI researcher from Kriovex": one of a company's people said to come "from" it; a place's own
  // evidence outweighs — "a lawyer from Leeds")
  if (POST_FROM_BEFORE.test(before)) add(e, 'org', 2, 'post-from');
  if (VALUED_BEFORE.test(last3) && AT_MONEY_AFTER.test(after)) add(e, 'org', 3, 'valued-at');
  // (a credit of one word is an agency's or the company's own picture — "Image Source: Reuters", "Image source: Orvale" — not
  // a person, and no evidence of a company of the story either: what the story's sentences say of the name decides)
  if (testsOn(CREDIT_BEFORE, last3)) add(e, words.length > 1 ? 'person' : 'other', words.length > 1 ? 3 : 1, 'credit-before');
  // (a credit line's name is an agency's or a publication's as often as a photographer's: no company of the story)
  else if (CREDIT_LINE.test(before)) add(e, 'other', 3, 'credit-line');
  // ("Image Source: Wunmi Eunice/TechCabal", "Photo: Dana Roe / Reuters": the outlet after a credited name and a slash)
  else if (CREDIT_SLASH_BEFORE.test(before)) add(e, 'other', 3, 'credit-slash');
  if (testsOn(ORG_CUE_BEFORE, last3)) add(e, 'org', 3, 'cue-before');
  // ("South African telecommunications company, Telkom informed…": the description and its name, a comma between)
  // (asked last, and only after a comma: the description's alternation is long)
  else if (last3.endsWith(', ') && VERB_NEXT.test(after) && !SAID_AFTER.test(after) && ORG_CUE_COMMA_BEFORE.test(last3)) add(e, 'org', 2, 'cue-comma-before');
  // "Indian drugmaker Dr Reddy's": a company cue before an honorific names a company called after a
  // person — decisive against the honorific that every later mention repeats
  else if (testsOn(HONORIFIC_END, before) && ORG_CUE_BEFORE.test(tailWords(before.replace(HONORIFIC_END, ' '), 3))) add(e, 'org', 30, 'cue-before-honorific');
  if (testsOn(ORG_OF_BEFORE, last5)) add(e, 'org', 2, 'of-before');
  // (not a place that describes the noun after it: "the stock market-listed London fintech")
  // (a place's name so described is a company's: no place is "based" in another — "Leeds-based Yorkshire, which has 232 branches")
  if (testsOn(BASED_BEFORE, last3)) {
    const place = isKnownPlace(surface.toLowerCase());
    if (!(place && /^ [a-z]{3,}/.test(after))) add(e, 'org', place ? 6 : 3, 'based-before');
  }
  if (testsOn(ROUND_IN_BEFORE, last3)) add(e, 'org', 2, 'round-in');
  // (not an owner of what the preposition is about: "across TSB's branch network", "near Orrin's headquarters")
  if (testsOn(PLACE_BEFORE, last3) && !/^['’]s? [a-z]/.test(after) && !PLACE_OFFICE_AFTER.test(after)) add(e, 'place', 3, 'place-before');
  else if (testsOn(MOVED_TO_BEFORE, last3) || (testsOn(IN_BEFORE, last3) && !testsOn(INVEST_IN_BEFORE, last5) && words.length <= 3 && !PLACE_OFFICE_AFTER.test(after) && !OWNABLE_AFTER.test(after))) add(e, 'place', 1, 'in-before');
  if (endsLikeWorkCue(last5) && testsOn(WORK_CUE_BEFORE, last5)) add(e, 'work', 3, 'work-before');
  // ("on the M-PESA platform", "the Vireo app", "services such as M-Shwari": a service named as the thing used, not its maker)
  else if (((/\b(?:the|its|their) $/i.test(last3) || /\b(?:company|firm|group|its|their)['’]s $/i.test(last3)) && SERVICE_AFTER.test(after)) || testsOn(SERVICES_SUCH_AS_BEFORE, last5)) add(e, 'work', 1, 'service-named');
  // ("its chatbot, Vireo, …", "Tessaly's new app, Loop,": a company's work named in an apposition; "launch a new product, Curve Credit.")
  else if (last5.endsWith(', ') && ((after.startsWith(',') && OWN_WORK_APPOSITION.test(last5)) || (/^\s*(?:[,.;]|$)/.test(after) && NEW_WORK_APPOSITION.test(last5)))) add(e, 'work', 6, 'work-apposition');
  // ("…, said Mr X.": the speaker; "said X had…" reports what X did)
  // (a person's full name, as "said" after a name is: one word alone — "…, says Orvale." — is a company speaking as often, and a
  // surname alone borrows its kind from the full name the article gave first)
  if (testsOn(SAID_BEFORE, last3) && /^\s*(?:[,.;:]|$)/.test(after) && words.length >= 2) add(e, 'person', 1, 'said-before');
  // (not the employer a person is named with: "hired Halvard Search’s Tom Reyes")
  if (testsOn(HIRED_BEFORE, last3) && words.length >= 2 && !/^(?:['’]s|s['’]|['’]) (?:[a-z-]+ ){0,3}[A-Z]/.test(after)) add(e, 'person', 2, 'hired-before');
  // ("Apple's head of foundation models, Ruoming Pang,", "its chief scientist, Ilya Sutskever": a post named, then the person holding it)
  // (not the employer after a person's post: "said Joe Dominguez, president and CEO, Orrin Vale")
  if (words.length >= 2 && words.length <= 3 && ROLE_THEN_NAME_BEFORE.test(before.slice(-70)) && !postThenEmployerBefore(before)) add(e, 'person', 2, 'role-apposition-before');
  // ("hired Google’s Nikesh Arora", "poached Woolworths' second-in-command David Marr": a person taken on, named with their employer)
  else if (words.length >= 2 && words.length <= 3 && HIRED_OWNED_BEFORE.test(before.slice(-90))) add(e, 'person', 2, 'hired-owned-before');
  // ("Adolfo Hernandez, VP and GM at the Telecom unit at AWS": a general or managing director's initials after another title, or
  // before the place they hold it, are a post — not General Motors)
  if (/^(?:GM|MD)$/.test(surface) && (/\b(?:VP|SVP|EVP|president|director|head|founder|chairman|CEO|CFO|COO|CTO|partner)\s+(?:and|&)\s+$/i.test(before) || (/,\s+$/.test(before) && /^ (?:at|of|for)\b/.test(after)))) add(e, 'other', 6, 'title-initials');
  // (a company's short name defined in brackets is no work: '("Rolfes" or "the group")', '(the "Company")')
  if (/"$/.test(before) && /^"/.test(after)) {
    if (/\(\s*(?:the\s+)?"$/.test(before) && /^"\s*(?:or\s+"?the\s+(?:group|company|bank|firm|issuer|fund)"?\s*)?\)/i.test(after)) add(e, 'org', 3, 'defined-short-name');
    else add(e, 'work', 2, 'quoted');
  }
  // ('on CBS’ “60 Minutes” programme': a quoted title that opens with a number)
  else if (/"\d[\d,.]* $/.test(before) && /^"/.test(after)) add(e, 'work', 2, 'quoted');
  // "the Premiership club", "a Tokyo bank": a name between an article and a noun describes the noun
  // (but a coined word before a noun and a company's noun names the company: "the Mirakl market platform leaked details…")
  if (/\b(?:the|a|an)\s+$/i.test(last3) && testsOn(MODIFIED_NOUN, after)) {
    if (words.length === 1 && COINED_COMPANY_NOUN_AFTER.test(after) && !isDictionaryWord(surface.toLowerCase()) && !isKnownPlace(surface.toLowerCase()) && !isDemonym(surface.toLowerCase())) add(e, 'org', 3, 'named-platform');
    else add(e, 'other', 2, 'modifier');
  }

  // What is after it
  const hyphen = HYPHEN_AFTER.exec(after);
  if (hyphen && EXCHANGES.test(surface)) add(e, 'other', 5, 'exchange-listed');
  else if (hyphen) {
    if (/^(?:based|headquartered|born|bred|raised)$/i.test(hyphen[1]!)) add(e, 'place', 3, 'based-after');
    // ("Deepika Padukone-backed Blu Smart": a person backs, founds or leads a company too — no company's evidence for a person's name)
    else if (!(/^(?:backed|led|founded|co-founded|funded|owned|run|controlled|chaired)$/i.test(hyphen[1]!) && words.length >= 2 && looksLikeFirstName(words[0]!))) add(e, 'org', 2, 'owner-after');
  }
  if (testsOn(TICKER_AFTER, after)) add(e, 'org', 3, 'ticker-after');
  // "Herbert Smith Freehills (HSF)", "Boston Consulting Group (BCG)": a name of three words or more given its initials in brackets
  // is an organisation's (people are not abbreviated so)
  // (not a thing of ordinary words: "Tensor Processing Units (TPUs)", "Large Language Model (LLM)")
  if (words.length >= 3 && !words.every((w) => isDictionaryWord(w) || Lexicon.common(lexiconBits(w.toLowerCase())))) {
    const initials = words.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    const abbr = /^ \(([A-Z]{3,6})\)/.exec(after)?.[1];
    // (not a person's initials before a role: "N Ganapathy Subramaniam (NGS), the firm's chief operating officer")
    if (abbr && initials.startsWith(abbr.slice(0, 3)) && abbr.length <= initials.length && !roleAfterBrackets(after)) add(e, 'org', 4, 'initials-after');
  }
  // ("N Ganapathy Subramaniam (NGS), the firm's chief operating officer": a person's initials in brackets, a role after them)
  if (/^[A-Z]{2,6}$/.test(surface) && /\(\s*$/.test(m.before) && roleAfterBrackets(` (${surface}${after}`) && initialsBefore(m.before) === surface) add(e, 'person', 4, 'person-initials');
  if (testsOn(COMPANY_APPOSITION, after) || testsOn(UNIT_OF_APPOSITION, after) || ONE_OF_COMPANIES_AFTER.test(after)) add(e, 'org', 3, 'apposition');
  if (testsOn(ORG_POSSESSION, after)) add(e, 'org', 2, 'possession');
  // ("Orrin Hamlins' London office": one office of many, named by its city, is a firm's; a person has an office of their own)
  else {
    const site = PLACE_OFFICE_AFTER.exec(after);
    if (site && isKnownPlace(site[1]!.toLowerCase())) add(e, 'org', 2, 'place-office');
  }
  if (testsOn(SHARES_AFTER, after)) add(e, 'org', 2, 'shares-after');
  else if (RESULTS_AFTER.test(after)) add(e, 'org', 3, 'results-after');
  if (MARKET_VALUE_AFTER.test(after)) add(e, 'org', 3, 'market-value-after');
  if (testsOn(BUSINESS_VERB_AFTER, after)) add(e, 'org', 1, 'business-verb');
  if (testsOn(STAFF_AFTER, after)) add(e, 'org', 2, 'staff-after');
  // (for a full name it outweighs a first name's look: "Silas Wren is set to eliminate 690 jobs"; a surname alone still joins its person)
  else if (testsOn(JOB_CUTS_AFTER, after)) add(e, 'org', words.length > 1 ? 3 : 2, 'job-cuts-after');
  if (testsOn(PERSON_AGE_AFTER, after)) add(e, 'person', 3, 'age');
  // ("1. Hock Lin, Quorvex Semiconductor" / "Total pay: $162 million": a ranking's entry line, a person's name then their
  // company's after a comma, the line ending there)
  if (words.length >= 2 && words.length <= 3 && /^(?:\s*(?:\d{1,3}[.)]|[-•*▪])?\s*)$/.test(before.slice(before.lastIndexOf('\n') + 1)) && /^, (?:[A-Z][\w&.'’-]*)(?: [A-Z&][\w&.'’-]*){0,4}[ \t]*(?:\n|$)/.test(after) && words.every((w) => /^[A-Z][a-z'’-]+$/.test(w) && !ORG_HEADS.has(w) && !LEGAL_SUFFIX.test(w))) add(e, 'person', 2, 'entry-person-company');
  // ("Ferrand pays his staff", "Roe said her team…": people own "his" and "her" a verb or two later)
  // (not an acronym: "GTB pays her staff" — some papers give a company "her", and a person is seldom written in capitals)
  if (testsOn(HIS_AFTER, after) && !/^[A-Z]{2,5}$/.test(m.surface)) add(e, 'person', 2, 'his-after');
  // ("Alibaba Group Holding <IPO-ALIB.N>", "Facebook Inc's <FB.O>": a wire's instrument code in angle brackets names no company of
  // its own — it stands for the one named before it)
  if (/<\s*$/.test(before) && /^\s*>/.test(after) && /^[A-Z0-9][A-Z0-9.=^-]*$/.test(surface)) add(e, 'other', 10, 'instrument-code');
  // ("09:59 AM ISTLivemint", "10:30 GMT Reuters": a clock time's marks and zone, whatever is glued to them, are no name)
  if (/\d{1,2}[:.]\d{2}\s*$/.test(before) && /^(?:AM|PM|A\.M\.|P\.M\.|IST|GMT|BST|UTC|EST|EDT|PST|PDT|CET|CEST|ET|PT|WAT|EAT|SAST|SGT|HKT|JST|AEST|AEDT)(?=\b|[A-Z])/.test(surface)) add(e, 'other', 10, 'clock-time');
  // ("Dr Reddy's Laboratories", "Macy's Inc": a name whose possessive owns a lab's or a legal form's word is a company's own,
  // whatever honorific heads it)
  if (POSSESSIVE_NAME.test(surface)) add(e, 'org', 30, 'possessive-name');
  // ("Tan Sri Lim Kok Thay", "Datuk Seri Nazir Razak": a Malay honorific heading the name is a person's title)
  if (HONORIFIC_NAME.test(surface)) add(e, 'person', 5, 'honorific-name');
  // ("…and Hogan Lovells where London NQ rates recently hit £120,000": a name where people are paid or work is an employer's,
  // or a place's — which a place's own evidence outweighs)
  if (WHERE_PAID_AFTER.test(after)) add(e, 'org', 2, 'where-paid');
  // ("Rod Eddington will step down as chief executive of British Airways": one who steps down, resigns or retires "as" a post)
  if (STEPS_DOWN_AS_AFTER.test(after)) add(e, 'person', 3, 'steps-down-as');
  // ("Orrin Vale firmly considers itself a Franco-American company", "Dana Kell bills itself as…": what refers back to the
  // name as "itself" is no person, who is "himself" or "herself")
  if (ITSELF_AFTER.test(after)) add(e, 'org', 3, 'itself-after');
  // ("Charles Russell's turnover rose 9%", "Lewis Silkin reported a 10% increase in revenue", "Speechly Bircham increased
  // turnover by 17%": what only a business has — sales, turnover, fee income, profits — is no person's)
  if (BUSINESS_FIGURE_AFTER.test(after)) add(e, 'org', 3, 'business-figure');
  // ("Parekh received a total remuneration of…": a salary or a bonus is a person's; a company receives funding)
  if (testsOn(PAID_AFTER, after)) add(e, 'person', 3, 'paid-after');
  // ("Severin Schwan received 11.5 million francs for his services", "Dana Roe earned $2m as her bonus": money received, then whose
  // work it pays for — a person's)
  else if (words.length >= 2 && testsOn(PAID_FOR_HIS, after)) add(e, 'person', 3, 'paid-for-his');
  // "Finance Minister Omar Davies", "Trade Secretary…": the name is the office's portfolio, part of a title
  if (testsOn(OFFICE_AFTER, after)) add(e, 'other', 5, 'office-after');
  // ("…Air Lorvane, said Finance Minister Omar Davies": the role after a verb of saying is the speaker's)
  // (nor the comma closing a fronted "At X,": "At Halvard Labs, a senior engineer can earn…" is about the company's engineer)
  if ((testsOn(PERSON_ROLE_AFTER, after) || roleAfterBrackets(after)) && !testsOn(COMPANY_APPOSITION, after) && !roleHeadsName(after) && !/^, (?:said|says|added|adds|told|tells|explained|according to)\b/.test(after) && !/(?:^|[\s(])(?:at|in|inside|within|across)\s+(?:the\s+)?$/i.test(before)) add(e, 'person', 3, 'role-after');
  // (not a preposition's object, where "who" is the head noun's: "Pang, a researcher from Kriovex, who is now at…")
  // (not a name with a coined word in it, no person's: "Kenya's CrossBoundary Energy Access who received a $40m investment")
  // (not a name with a company's head word, nor one of several "who are": "startups such as Lumtibfen AI and Fensentel AI, who are trying…")
  if (testsOn(WHO_AFTER, after) && !testsOn(OBJECT_OF_BEFORE, last3) && !m.words.some(isCoinage) && !(words.length > 1 && ORG_HEADS.has(words[words.length - 1]!)) && !/^,? who (?:are|were|have)\b/.test(after)) add(e, 'person', 2, 'who');
  // ("Silas Nora, which in three days raised $210 million", "Ruby, which had 50 engineers": a relative clause on "which"
  // telling what only a company does — a person takes "who"; not after a preposition, where "which" may be the head
  // noun's: "the startup founded by Dana Roe, which raised $5 million")
  // (but a ranking's next name is the antecedent: "…was Kestrel, followed by Charles Russell Speechlys, which hired four partners")
  else if (/^,? which\b/.test(after) && whichDoesBusiness(after) && (!testsOn(OBJECT_OF_BEFORE, last3) || RANKED_BY_BEFORE.test(last3))) add(e, 'org', 3, 'which-business');
  else if (/^,? which\b/.test(after)) add(e, 'org', 1, 'which');
  // ("…; Neeraj Gambhir from Nomura Securities; Ganesan Sankaran from Federal Bank and…": a plain two- or three-word name,
  // an item of a list, "from" a capitalised name is a person coming from an employer)
  if (words.length >= 2 && words.length <= 3 && /^ from (?:the )?[A-Z]/.test(after) && /(?:[;,]|\band)\s*$/.test(before) && words.every((w) => /^[A-Z][a-z]+$/.test(w) && !ORG_HEADS.has(w))) add(e, 'person', 2, 'listed-from');
  // (not a name ending an apposition's phrase: "…, the search firm behind the defection from X to Y, said:")
  if (testsOn(SAID_AFTER, after) && words.length >= 2 && !testsOn(OBJECT_OF_BEFORE, last3)) add(e, 'person', 1, 'said');
  // "X says its subscribers rose", "X said it would cut…": a speaker that is "it" is no person
  if (testsOn(SAID_ITS_AFTER, after)) add(e, 'org', 2, 'said-it');
  const peopleFrom = PEOPLE_FROM_BEFORE.exec(last5);
  if (peopleFrom) add(e, 'org', peopleFrom[1] === 'at' ? 3 : 2, peopleFrom[1] === 'at' ? 'people-at' : 'people-from');
  // "Denise Morrow of Brightwell, for instance, was paid…": a full name "of" a name gives the company they are with
  if (personOfBefore(before)) add(e, 'org', 2, 'person-of');
  // "from organisations such as Google, Yahoo and Calvin Klein": a list introduced as companies
  if (testsOn(COMPANY_LIST_BEFORE, before) || (m.listBefore !== undefined && inLongCompanyList(m.listBefore))) add(e, 'org', 4, 'company-list');
  // "Rover's Longbridge plant", "the Ellesmere Port factory": a site an owner's name or "the" comes before is a place
  // (an owner's name right before says so most plainly: "Kestrel Gold's Tarn Deep mine" — whatever "Tarn Deep employed" says after)
  // (a plural after "the" is the company's own: "The Xstrata operations in Queensland extract copper" — not "its Abel and Austar
  // mines", sites named)
  if (/(?:['’]s?|\bthe|\bits|\btheir)\s+$/i.test(last3) && testsOn(SITE_AFTER, after) && words.length <= 2 && !(/\bthe\s+$/i.test(last3) && SITES_PLURAL_AFTER.test(after))) add(e, 'place', /[A-Za-z]['’]s?\s+$/.test(last3) ? 6 : 3, 'site-after');
  // ("Clinton, Miss.", "Tulsa, Okla.": a US state's newspaper abbreviation after a name makes it a town)
  if (words.length <= 3 && US_STATE_ABBREVIATION_AFTER.test(after)) add(e, 'place', 4, 'state-abbreviation-after');
  // (and the abbreviation itself: "Miss." after "Clinton,")
  if (/[A-Z][a-z]+, $/.test(before) && US_STATE_ABBREVIATION_AFTER.test(`, ${surface}${after.slice(0, 1)}`)) add(e, 'place', 5, 'state-abbreviation');
  const region = REGION_AFTER.exec(after);
  if (region && isPlaceWord(region[1]!) && words.length <= 3 && !e.org) add(e, 'place', 2, 'region-after');
  return e;
}

/**
 * ", which in three days raised $210 million", ", which already operates 180 data centres", ", which had 50 engineers":
 * the verb of the relative clause, at most four words after "which", is one only a company does.
 */
function whichDoesBusiness(after: string): boolean {
  const m = /^,? which/.exec(after)!;
  let rest = after.slice(m[0].length);
  for (let words = 0; words <= 4; words++) {
    if (BUSINESS_VERB_AFTER.test(rest) || STAFF_AFTER.test(rest) || JOB_CUTS_AFTER.test(rest)) return true;
    // (the next word: "in", "three", "days"; a clause's end stops the search)
    const next = /^ [^\s,.;:]+/.exec(rest);
    if (!next) return false;
    rest = rest.slice(next[0].length);
  }
  return false;
}

// "this round values Hugo Ivy at $7 billion", "investors valued Orrin at $4.5bn": what is valued at a sum of money is a
// company (the valuation's verb before the name, the sum after it)
const VALUED_BEFORE = /\b(?:valued|values|valuing|value) (?:the )?$/i;
const AT_MONEY_AFTER = /^(?:['’]s)?\s+at (?:about |around |some |nearly |roughly |almost |more than |over |up to |as much as |close to )?(?:[$€£¥]|US\$|Rs\.? ?)\s?\d[\d.,]*\s?(?:bn|billion|m|mn|million|trillion|tn|crore)\b/i;
// "Bobby Hollis, VP of Energy at Hugo", "an analyst at Troika Dialog", "head of research at Orrin": a post "at" a name
// is held at an employer (a plural — "engineers at X" — is PEOPLE_FROM_BEFORE's)
const POST_AT_BEFORE = /\b(?:vp|svp|evp|vice[- ]president|head|director|manager|partner|principal|engineer|researcher|scientist|analyst|economist|strategist|executive|officer|employee|staffer|spokes(?:man|woman|person)|trader|banker|lawyer|associate|consultant|developer|designer)(?: (?:of|for) [A-Za-z&-]+(?: [A-Za-z&-]+){0,2})? at (?:the )?$/i;
const POST_FROM_BEFORE = /\b(?:a|an|the|former|ex-) (?:[a-z-]+ ){0,3}(?:engineer|researcher|scientist|executive|banker|trader|analyst|developer|designer|manager|director|employee|staffer|veteran|alumnus|alumna)(?: (?:of|for) [A-Za-z&-]+(?: [A-Za-z&-]+){0,2})? from (?:the )?$/i;
// "said Joe Dominguez, president and CEO, Constellation.": a person's name, a comma, a post and a comma, then the name
// the post is held at — the employer, not a person titled
const TITLE_BETWEEN_COMMAS_BEFORE = /[A-Z][\w'’.-]*, ([^,]{2,60}), $/;
const POST_ENDS = /^(?:(?:[\w&-]+ ){0,5}?)(?:ceo|cfo|cto|coo|chief executive(?: officer)?|president|chairman|chairwoman|chair|founder|co-founder|director|head|partner|vp|vice[- ]president|officer|analyst|economist|strategist|spokes(?:man|woman|person)|manager|executive)$/;

function postThenEmployerBefore(before: string): boolean {
  const m = TITLE_BETWEEN_COMMAS_BEFORE.exec(before);
  return !!m && POST_ENDS.test(m[1]!.toLowerCase());
}

// "Denise Morrow of ": a first name and a surname, then "of"
const PERSON_OF_BEFORE = /(?:^|[\s(])([A-Z][a-z]+)(?:-[A-Z][a-z]+)? (?:[A-Z]\.? )?[A-Z][\w'’-]+ of $/;

function personOfBefore(before: string): boolean {
  const m = PERSON_OF_BEFORE.exec(before);
  return !!m && looksLikeFirstName(m[1]!);
}

/** A word the lexicon or the first-name list knows as a first name, and no place ("Dana", "Raj"; not "Paris"). */
export function looksLikeFirstName(word: string): boolean {
  const bits = lexiconBits(word);
  return (Lexicon.firstName(bits) || isKnownFirstName(word)) && !Lexicon.place(bits);
}

/**
 * Can WORK_CUE_BEFORE match `s`? Only if `s` ends in a noun of a work (its last word: "video game" → "game"), a space,
 * perhaps a word of naming and a space, perhaps a quote — lower-cased, as the expression reads it. A test that only lets
 * through more than the expression matches; the expression decides.
 */
function endsLikeWorkCue(s: string): boolean {
  let end = s.length;
  if (s.charCodeAt(end - 1) === 34) end--;
  if (s.charCodeAt(end - 1) !== 32) return false;
  let space = s.lastIndexOf(' ', end - 2);
  let word = s.slice(space + 1, end - 1).toLowerCase();
  if (WORK_NAMING.has(word)) {
    end = space + 1;
    if (s.charCodeAt(end - 1) !== 32) return false;
    space = s.lastIndexOf(' ', end - 2);
    word = s.slice(space + 1, end - 1).toLowerCase();
  }
  return space >= 0 && WORK_NOUN_LAST.has(word);
}

/** The last `n` words of a context, with what follows the last one (" ", "(", a quote). */
function tailWords(s: string, n: number): string {
  let i = s.length - 1;
  // (the space or bracket after the last word belongs to the tail)
  while (i >= 0 && (s.charCodeAt(i) === 32 || s[i] === '(' || s[i] === '"')) i--;
  for (let words = 0; i >= 0; i--) {
    if (s.charCodeAt(i) === 32 && ++words === n) return s.slice(i);
  }
  return s;
}

/** Add b's scores into a. */
export function addEvidence(a: Evidence, b: Evidence): void {
  a.org += b.org;
  a.person += b.person;
  a.place += b.place;
  a.work += b.work;
  a.other += b.other;
  for (const w of b.why) a.why.push(w);
}

/**
 * The kind the evidence settles on, or null when it says nothing. Ties go to a person over an
 * organisation (a wrong company costs a false claim; a wrong person costs only a missed one).
 */
export function kindOf(e: Evidence): Kind | null {
  const best = Math.max(e.org, e.person, e.place, e.work, e.other);
  if (best <= 0) return null;
  if (e.other === best) return 'other';
  // (a tie with a company's evidence that only "said" speaks against: companies say things too — "Editas Medicine lays off…",
  // "…, Editas Medicine said")
  if (e.person === best && !(e.org === best && e.person <= 1 && e.why.includes('said'))) return 'person';
  if (e.org === best) return 'org';
  if (e.place === best) return 'place';
  return 'work';
}
