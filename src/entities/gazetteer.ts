import { DEMONYM_NAMES } from './demonyms.js';
import { FIRST_NAME_LIST } from './first-names.js';
import { WORLD_ORGS } from './gazetteer-orgs.js';
import { PLACE_NAMES } from './places.js';

/**
 * Well-known organisations. The gazetteer helps recognition (a lone "Meta" at the start
 * of a sentence, a lower-case "xAI") and gives canonical names; it never limits it:
 * unknown companies are found from their shape and context (organizations.ts).
 */

export interface KnownOrg {
  name: string;
  aliases?: string[];
  /** A giant ("the search giant", "the tech giant") rather than a startup. */
  giant?: boolean;
  /** A news organisation: a source of attribution, never the subject of a claim. */
  media?: boolean;
  /** An investor (VC, fund, bank): in funding sentences, more likely the investor than the raiser. */
  investor?: boolean;
  /** Sells compute (cloud, GPUs, data centres): in a deal "with" a customer, the provider. */
  compute?: boolean;
}

export const KNOWN_ORGS: KnownOrg[] = [
  { name: 'Google', aliases: ['Google Cloud', 'Google LLC', 'GCP'], giant: true, compute: true },
  { name: 'Alphabet', aliases: ['Alphabet Inc.'], giant: true },
  { name: 'Microsoft', aliases: ['Microsoft Corp.', 'Microsoft Corporation', 'MSFT'], giant: true, compute: true },
  { name: 'Amazon', aliases: ['Amazon.com', 'Amazon Web Services', 'AWS', 'Amazon.com Inc.'], giant: true, compute: true },
  { name: 'Meta', aliases: ['Meta Platforms', 'Meta AI', 'Facebook'], giant: true },
  { name: 'Apple', aliases: ['Apple Inc.'], giant: true },
  { name: 'Nvidia', aliases: ['NVIDIA', 'Nvidia Corp.'], giant: true, compute: true },
  { name: 'Oracle', aliases: ['Oracle Cloud', 'OCI'], giant: true, compute: true },
  { name: 'IBM', aliases: ['International Business Machines'], giant: true, compute: true },
  { name: 'Intel', giant: true, compute: true },
  { name: 'AMD', aliases: ['Advanced Micro Devices'], giant: true, compute: true },
  { name: 'Qualcomm', giant: true },
  { name: 'Broadcom', giant: true },
  { name: 'TSMC', aliases: ['Taiwan Semiconductor Manufacturing', 'Taiwan Semiconductor Manufacturing Co.', 'Taiwan Semiconductor'], giant: true },
  { name: 'Samsung', aliases: ['Samsung Electronics', 'Samsung Group'], giant: true },
  { name: 'Tesla', aliases: ['Tesla Inc.', 'Tesla Motors'], giant: true },
  { name: 'Salesforce', giant: true },
  { name: 'Cisco', aliases: ['Cisco Systems'], giant: true },
  { name: 'HP', aliases: ['Hewlett-Packard', 'HP Inc.'], giant: true },
  { name: 'Dell', aliases: ['Dell Technologies'], giant: true, compute: true },
  { name: 'Uber', aliases: ['Uber Technologies'], giant: true },
  { name: 'Netflix', giant: true },
  { name: 'Alibaba', aliases: ['Alibaba Group', 'Alibaba Cloud'], giant: true, compute: true },
  { name: 'Tencent', aliases: ['Tencent Holdings', 'Tencent Cloud'], giant: true, compute: true },
  { name: 'Baidu', giant: true },
  { name: 'ByteDance', giant: true },
  { name: 'Huawei', aliases: ['Huawei Technologies', 'Huawei Cloud'], giant: true, compute: true },
  { name: 'SoftBank', aliases: ['SoftBank Group'], giant: true, investor: true },
  { name: 'OpenAI' },
  { name: 'Anthropic' },
  { name: 'xAI' },
  { name: 'Google DeepMind', aliases: ['DeepMind'] },
  { name: 'Mistral AI', aliases: ['Mistral'] },
  { name: 'Cohere' },
  { name: 'Hugging Face' },
  { name: 'Inflection AI', aliases: ['Inflection'] },
  { name: 'Character.AI', aliases: ['Character AI'] },
  { name: 'Perplexity', aliases: ['Perplexity AI'] },
  { name: 'Stability AI' },
  { name: 'Scale AI' },
  { name: 'Databricks' },
  { name: 'Snowflake' },
  { name: 'CoreWeave', compute: true },
  { name: 'Lambda', aliases: ['Lambda Labs'], compute: true },
  { name: 'Crusoe', aliases: ['Crusoe Energy'], compute: true },
  { name: 'Groq', compute: true },
  { name: 'Cerebras', aliases: ['Cerebras Systems'], compute: true },
  { name: 'SambaNova', aliases: ['SambaNova Systems'], compute: true },
  { name: 'DeepSeek' },
  { name: 'Moonshot AI', aliases: ['Moonshot'] },
  { name: 'Stripe' },
  { name: 'Revolut' },
  { name: 'Canva' },
  { name: 'Notion' },
  { name: 'Figma' },
  { name: 'Snap', aliases: ['Snap Inc.'] },
  { name: 'Lyft' },
  { name: 'Airbnb' },
  { name: 'Spotify' },
  { name: 'Shopify' },
  { name: 'Palantir' },
  { name: 'Nebius', compute: true },
  { name: 'Together AI', compute: true },
  { name: 'Equinix', compute: true },
  { name: 'Digital Realty', compute: true },
  { name: 'Sequoia Capital', aliases: ['Sequoia'], investor: true },
  { name: 'Andreessen Horowitz', aliases: ['a16z'], investor: true },
  { name: 'Accel', investor: true },
  { name: 'Benchmark', investor: true },
  { name: 'Greylock', aliases: ['Greylock Partners'], investor: true },
  { name: 'Lightspeed Venture Partners', aliases: ['Lightspeed'], investor: true },
  { name: 'Kleiner Perkins', investor: true },
  { name: 'General Catalyst', investor: true },
  { name: 'Index Ventures', investor: true },
  { name: 'Thrive Capital', investor: true },
  { name: 'Tiger Global', aliases: ['Tiger Global Management'], investor: true },
  { name: 'Coatue', aliases: ['Coatue Management'], investor: true },
  { name: 'Greenoaks', aliases: ['Greenoaks Capital'], investor: true },
  { name: 'Insight Partners', investor: true },
  { name: 'Goldman Sachs', aliases: ['Goldman', 'Goldman Sachs Group'], investor: true },
  { name: 'Morgan Stanley', aliases: ['Morgan Stanley Dean Witter'], investor: true },
  { name: 'JPMorgan', aliases: ['JPMorgan Chase', 'J.P. Morgan', 'JP Morgan', 'J.P. Morgan Chase', 'JPMorgan Chase & Co.', 'J.P. Morgan & Co.'], investor: true },
  { name: 'BlackRock', investor: true },
  { name: 'Fidelity', aliases: ['Fidelity Investments', 'Fidelity Management & Research'], investor: true },
  { name: 'T. Rowe Price', investor: true },
  { name: 'Mubadala', aliases: ['Mubadala Capital'], investor: true },
  { name: 'Bloomberg', aliases: ['Bloomberg News', 'Bloomberg LP'], media: true },
  { name: 'Reuters', media: true },
  { name: 'The Information', media: true },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ', 'the Journal', 'Journal'], media: true },
  { name: 'Financial Times', aliases: ['the Financial Times', 'FT'], media: true },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT'], media: true },
  { name: 'CNBC', media: true },
  { name: 'TechCrunch', media: true },
  { name: 'Fortune', media: true },
  { name: 'Forbes', media: true },
  { name: 'Axios', media: true },
  { name: 'The Verge', media: true },
  { name: 'Business Insider', media: true },
  { name: 'GeekWire', media: true },
  { name: 'Associated Press', aliases: ['AP'], media: true },
  { name: 'Sifted', media: true },
  // the large companies, banks, investors, media… of world business news (gazetteer-orgs.ts)
  ...WORLD_ORGS,
];

/**
 * Each known organisation's name and aliases, lower-cased, to its name ("aws" → "Amazon"): the
 * look-up of organizations.ts (knownOrgName) and of the name evidence (evidence.ts). One map for
 * both: each had its own copy of the same keys, built at every load.
 */
export const KNOWN_BY_KEY = new Map<string, string>();
// (a name's run of words keeps its initials' last dot out — "A.P. Moller-Maersk" is read as the words "A.P" and "Moller-Maersk" —
// so a known name with dotted initials is known that way too)
const INITIALS_DOT = /\b([a-z](?:\.[a-z])*)\. /g;
for (const org of KNOWN_ORGS) {
  for (const key of [org.name, ...(org.aliases ?? [])].map((k) => k.toLowerCase())) {
    KNOWN_BY_KEY.set(key, org.name);
    if (key.includes('. ')) KNOWN_BY_KEY.set(key.replace(INITIALS_DOT, '$1 '), org.name);
  }
}

/**
 * Products and platforms, which are not companies. For compute deals the provider is the
 * counterparty ("runs on Azure" → Microsoft); for user counts the owner is the subject.
 */
export const PRODUCTS: Record<string, string> = {
  Azure: 'Microsoft',
  'Microsoft Azure': 'Microsoft',
  Teams: 'Microsoft',
  'Microsoft Teams': 'Microsoft',
  Copilot: 'Microsoft',
  Windows: 'Microsoft',
  Bing: 'Microsoft',
  'Google Cloud Platform': 'Google',
  Gemini: 'Google',
  Android: 'Google',
  Gmail: 'Google',
  Bard: 'Google',
  Trainium: 'Amazon',
  Inferentia: 'Amazon',
  Alexa: 'Amazon',
  Bedrock: 'Amazon',
  ChatGPT: 'OpenAI',
  'GPT-4': 'OpenAI',
  Sora: 'OpenAI',
  Claude: 'Anthropic',
  Grok: 'xAI',
  Llama: 'Meta',
  Threads: 'Meta',
  Messenger: 'Meta',
  iPhone: 'Apple',
  iOS: 'Apple',
  macOS: 'Apple',
  iPad: 'Apple',
  Siri: 'Apple',
  Snapchat: 'Snap',
  Blackwell: 'Nvidia',
  Hopper: 'Nvidia',
  CUDA: 'Nvidia',
  DGX: 'Nvidia',
  Stargate: 'OpenAI',
};

/** Each product's name, lower-cased, to its name as PRODUCTS writes it ("azure" → "Azure"). */
export const PRODUCT_BY_LOWER: ReadonlyMap<string, string> = new Map(Object.keys(PRODUCTS).map((p) => [p.toLowerCase(), p]));

/**
 * The products above that are compute: a cloud, chips, a data-centre project. Only these name a
 * compute deal's provider ("trains on Azure" → Microsoft; not "PCs, which run using Windows").
 */
export const COMPUTE_PRODUCTS = new Set(['Azure', 'Microsoft Azure', 'Google Cloud Platform', 'Trainium', 'Inferentia', 'Bedrock', 'Blackwell', 'Hopper', 'CUDA', 'DGX', 'Stargate']);

// Word shapes that look like names but are not organisations (capitalised for other reasons).
export const NOT_ORG_WORDS = new Set(
  (
    'AI A.I A.I. AGI API APIs GPU GPUs TPU TPUs CPU LLM LLMs ML IPO CEO CFO CTO COO CMO CPO CIO CISO CHRO CCO CSO CRO CDO EVP SVP VP MD MDs CMD CMDs CEOs CFOs CTOs COOs EVPs SVPs ' +
    'Unicorn Unicorns Decacorn Decacorns Soonicorn Soonicorns List Lists Ranking Rankings ARR MRR CTC LPA ESG EPS EBITDA EBIT GMV CAGR YoY QoQ TTM ROE ROA ROI ROCE NIM NPL NPLs ARPU AUM NAV CASA PAT PBT GNPA NNPA EV EVs VRS VSS ESOP ESOPs US USA UK EU UAE U.S. U.K. Series Seed Key Facts Fact Q A ' +
    'Chief Executive Officer President Founder Founders Co-founder Co-founders Cofounder Chairman Director Head Senior Vice Executives ' +
    'Counsel VC VCs B2B B2C D2C SaaS EDT EST PST PDT GMT UTC BST CET CEST IST JST U.S U.K U.N E.U ' +
    // a company's functions ("the HR and payroll platform", "IT services", "R&D spending")
    'HR PR R&D UX UI FX M&A ECM DCM Managing Acting Interim Deputy Junior ' +
    // faiths and their adjectives ("an AI-native Islamic digital bank", "Sharia-compliant")
    'Islamic Christian Jewish Muslim Catholic Buddhist Hindu Sikh Arab Arabic Sharia Shariah Halal Kosher ' +
    'Mr Mrs Ms Dr Prof Sir ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'January February March April May June July August September October November December ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ' +
    'Update Updated Image Source Photo Advertisement ADVERTISEMENT Related Read More Share Subscribe ' +
    'TLDR TL;DR Summary Overview Background Editing Reporting Note'
  ).split(' '),
);

/**
 * Places, nationality words and given names, lower-cased (places.ts, demonyms.ts,
 * first-names.ts): evidence for typing a capitalised name as a place or a person ("Britain",
 * "British", "Gael Monfils"). Like the organisations, they help recognition and never
 * limit it. Each set is one string split once at load; the data already holds the plain
 * spelling of accented names ("montréal|montreal") and the joined form of hyphenated given
 * names ("min-jun minjun"), so a look-up only has to fold its query.
 */

// Letters NFD does not take apart: "Łódź", "Øresund", "Barış", "Straße"
const UNFOLDED: Record<string, string> = { ł: 'l', ø: 'o', ı: 'i', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ħ: 'h', '’': "'" };
const NON_ASCII = /[^\x00-\x7f]/;
// Combining marks of Latin script (a plain range: a Unicode property escape costs more to compile)
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const UNFOLDED_LETTERS = /[łøıđðßæœþħ’]/g;

/** Lower case, accents off: "Montréal" → "montreal", "Łódź" → "lodz", "Côte d’Ivoire" → "cote d'ivoire". */
export function foldName(name: string): string {
  const lower = name.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(UNFOLDED_LETTERS, (c) => UNFOLDED[c]!);
}

/** Countries and territories, states and provinces, cities, districts and world regions, lower-cased. */
export const PLACES: Set<string> = new Set(PLACE_NAMES.split('|'));
/** Nationality and region adjectives and nouns ("british", "scots", "latin american"), lower-cased. */
export const DEMONYMS: Set<string> = new Set(DEMONYM_NAMES.split('|'));
/** Given names common in international news, lower-cased (first-names.ts says which are left out, and why). */
export const FIRST_NAMES: Set<string> = new Set(FIRST_NAME_LIST.split(' '));

/** Is a name (any case, any accents) a known place? "Montréal", "the Gulf", "São Paulo". */
export function isKnownPlace(lower: string): boolean {
  const k = foldName(lower);
  return PLACES.has(k) || (k.startsWith('the ') && PLACES.has(k.slice(4)));
}

/** Is a word a nationality or region word? "British", "Scots", "Latin American". */
export const isDemonym = (lower: string): boolean => DEMONYMS.has(foldName(lower));

/** Is a word a known given name? "Gael", "Gaël", "Sania", "Jiahui", "Min-jun". */
export const isKnownFirstName = (word: string): boolean => FIRST_NAMES.has(foldName(word));
