// The gazetteer: well-known organisations, places, nationality words and given names. It helps
// recognition and never limits it, so what matters here is that the lists are large, clean
// (no name twice, no ordinary word passing for a company, accents folded both ways) and
// that the helpers answer for any case and spelling.
import { describe, expect, it } from 'vitest';
import { isDictionaryWord } from '../src/entities/dictionary.js';
import { FIRST_NAME_EXCLUSIONS } from '../src/entities/first-names.js';
import { parseTable } from '../src/entities/gazetteer-orgs.js';
import {
  DEMONYMS,
  FIRST_NAMES,
  foldName,
  isDemonym,
  isKnownFirstName,
  isKnownPlace,
  KNOWN_ORGS,
  NOT_ORG_WORDS,
  PLACES,
  PRODUCTS,
  type KnownOrg,
} from '../src/entities/gazetteer.js';

const formsOf = (o: KnownOrg) => [o.name, ...(o.aliases ?? [])];
const byName = new Map(KNOWN_ORGS.map((o) => [o.name, o]));

/**
 * Names and aliases that are one ordinary English word, allowed because each is the name
 * news uses for a famous company (or an acronym that happens to spell a word). Matching is
 * case-insensitive, so any other such alias would make an organisation of a capitalised
 * word at the start of a sentence or in a headline.
 */
const DICTIONARY_WORD_NAMES = new Set(
  (
    // entries the gazetteer had before it grew (kept as they were)
    'Google Alphabet Amazon Meta Facebook Apple Oracle Intel Tesla Cisco Dell Anthropic Cohere Perplexity Snowflake ' +
    'Lambda Stripe Notion Snap Benchmark Fidelity Fortune Sifted Mistral Inflection Moonshot Sequoia Journal ' +
    // famous companies whose name is a word
    'Adobe Intuit Workday Okta Wiz Fastly Confluent Zoom Slack Corning Yahoo Twitter Peloton Rippling Plaid Chime ' +
    'Cognizant Micron Arm Arista Supermicro Acer Oppo Vivo Canon Glean MiniMax Saronic Motional Momenta Kraken ' +
    'Embracer Honda IndiGo Visa Vanguard Citadel Madrona Siemens Airbus Fiat Carrefour Iliad Shell Swatch Sika ' +
    'Barilla Vestas Polestar Telia Vale Natura Bombardier Coles Target Sears Chipotle Chevron Caterpillar FedEx Ford ' +
    'Biogen Paramount Hertz Redfin DataBank Politico Fitch Swire Ahold Claro Deere Caesars Spiegel Nestle LOreal ' +
    // acronyms that spell a word
    'ING SAP ABB TUI UPS OMERS SAIC FAW AIA TWA ANSA TASS SEC'
  )
    .split(' ')
    .map((w) => w.toLowerCase()),
);

describe('known organisations', () => {
  it('has at least 900 organisations, each name and alias trimmed and non-empty', () => {
    expect(KNOWN_ORGS.length).toBeGreaterThanOrEqual(900);
    for (const o of KNOWN_ORGS) {
      for (const f of formsOf(o)) expect(f, o.name).toMatch(/^\S(?:.*\S)?$/);
    }
  });

  it('names no organisation twice: every name and alias (in any case) belongs to one entry', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const o of KNOWN_ORGS) {
      for (const f of new Set(formsOf(o).map((x) => x.toLowerCase()))) {
        if (owner.has(f)) twice.push(`${f}: ${owner.get(f)} and ${o.name}`);
        owner.set(f, o.name);
      }
    }
    expect(twice).toEqual([]);
  });

  it('keeps the core entries and their flags', () => {
    expect(byName.get('Google')).toMatchObject({ giant: true, compute: true });
    expect(byName.get('Bloomberg')).toMatchObject({ media: true });
    expect(byName.get('Sequoia Capital')).toMatchObject({ investor: true, aliases: ['Sequoia'] });
    expect(byName.get('CoreWeave')).toMatchObject({ compute: true });
    expect(byName.get('SoftBank')).toMatchObject({ giant: true, investor: true });
    expect(byName.get('OpenAI')).toEqual({ name: 'OpenAI' });
  });

  it.each([
    // [name, an alias or undefined, flags] (banks and brokers are no investors: their news is about them as companies)
    ['JPMorgan', 'JP Morgan', { investor: true }],
    ['Goldman Sachs', 'Goldman', { investor: true }],
    ['Merrill Lynch', 'Merrill', {}],
    ['Lehman Brothers', 'Lehman', {}],
    ['Bear Stearns', undefined, {}],
    ['Credit Suisse First Boston', 'CSFB', {}],
    ['Salomon Smith Barney', 'Salomon Brothers', {}],
    ['Nomura', 'Nomura Holdings', {}],
    ['Blackstone', 'Blackstone Group', { giant: true, investor: true }],
    ['Temasek', 'Temasek Holdings', { investor: true }],
    ['Y Combinator', 'YC', { investor: true }],
    ['Agence France-Presse', 'AFP', { media: true }],
    ['The Economist', undefined, { media: true }],
    ['Nikkei', 'Nikkei Asia', { media: true }],
    ['Nscale', undefined, { compute: true }],
    ['Supermicro', 'Super Micro Computer', { compute: true }],
    ['Hewlett Packard Enterprise', 'HPE', { giant: true, compute: true }],
    ['Toyota', 'Toyota Motor', { giant: true }],
    ['Walmart', 'Wal-Mart', { giant: true }],
    ['Shell', 'Royal Dutch Shell', { giant: true }],
    ['Reliance Industries', 'RIL', { giant: true }],
    ['Tata Consultancy Services', 'TCS', { giant: true }],
    ['Saudi Aramco', 'Aramco', { giant: true }],
    ['Ryanair', 'Ryanair Holdings', {}],
    ["McDonald's", 'McDonald', { giant: true }],
  ] as const)('knows %s', (name, alias, flags) => {
    const o = byName.get(name);
    expect(o, name).toBeDefined();
    if (alias) expect(o!.aliases).toContain(alias);
    for (const flag of ['giant', 'media', 'investor', 'compute'] as const) expect(o![flag] ?? false, `${name} ${flag}`).toBe((flags as Record<string, boolean>)[flag] ?? false);
  });

  it('lets a lone dictionary word be a name only where listed as a famous company', () => {
    // (the word list must be there, or this would pass for nothing)
    expect(isDictionaryWord('apple')).toBe(true);
    const words = KNOWN_ORGS.flatMap(formsOf).filter((f) => !/\s/.test(f) && isDictionaryWord(f));
    expect(words.filter((w) => !DICTIONARY_WORD_NAMES.has(w.toLowerCase()))).toEqual([]);
  });

  it('has no one-word name or alias that is a given name, and none that is a product or a non-name word', () => {
    const forms = KNOWN_ORGS.flatMap(formsOf);
    expect(forms.filter((f) => !/\s/.test(f) && FIRST_NAMES.has(foldName(f)))).toEqual([]);
    const products = new Set(Object.keys(PRODUCTS).map((p) => p.toLowerCase()));
    expect(forms.filter((f) => products.has(f.toLowerCase()) || NOT_ORG_WORDS.has(f))).toEqual([]);
    // names that are also places, on purpose: the airline Iberia
    expect(forms.filter((f) => PLACES.has(foldName(f)))).toEqual(['Iberia']);
  });

  it('reads its table format, and a misspelt flag is an error rather than an alias', () => {
    expect(parseTable('\nAcme | Acme Corp. | ACME | +giant +investor\nZentrix\n')).toEqual([
      { name: 'Acme', aliases: ['Acme Corp.', 'ACME'], giant: true, investor: true },
      { name: 'Zentrix' },
    ]);
    expect(() => parseTable('Acme | +gaint')).toThrow(/unknown flag "\+gaint" for Acme/);
  });
});

describe('places', () => {
  it('has the countries, their common alternates, states, cities, districts and regions', () => {
    expect(PLACES.size).toBeGreaterThanOrEqual(2000);
    const expected = [
      // countries and territories (from Intl) and their alternates
      'united kingdom', 'britain', 'great britain', 'england', 'scotland', 'wales', 'northern ireland', 'united states',
      'america', 'us', 'u.s.', 'usa', 'holland', 'netherlands', 'south korea', 'north korea', 'korea', 'hong kong',
      'taiwan', 'macau', 'macao', 'turkey', 'türkiye', 'czech republic', 'czechia', "côte d'ivoire", 'ivory coast',
      'myanmar', 'burma', 'democratic republic of the congo', 'saudi arabia', 'united arab emirates', 'uae', 'vietnam',
      'bosnia and herzegovina', 'trinidad and tobago', 'st. lucia', 'saint lucia', 'eswatini', 'palestine',
      // states and provinces
      'california', 'texas', 'new york', 'washington', 'ontario', 'quebec', 'québec', 'new south wales', 'victoria',
      'maharashtra', 'guangdong', 'bavaria',
      // cities and financial centres, accented and not
      'london', 'paris', 'frankfurt', 'montréal', 'montreal', 'são paulo', 'sao paulo', 'zürich', 'zurich',
      'düsseldorf', 'dusseldorf', 'bengaluru', 'bangalore', 'gurugram', 'gurgaon', 'shenzhen', 'mumbai', 'tokyo',
      'seoul', 'singapore', 'dubai', 'riyadh', 'lagos', 'nairobi', 'mexico city', 'kyiv', 'kiev', 'łódź', 'lodz',
      'abilene', 'ashburn', 'kumamoto', 'hsinchu', 'eindhoven', 'veldhoven', 'walldorf', 'n\'djamena', 'ndjamena',
      // districts and world regions
      'silicon valley', 'wall street', 'bay area', 'canary wharf', 'europe', 'asia', 'latin america', 'middle east',
      'sub-saharan africa', 'scandinavia', 'balkans', 'gulf', 'southeast asia', 'asia-pacific',
    ];
    expect(expected.filter((p) => !PLACES.has(p))).toEqual([]);
  });

  it('leaves out towns that are ordinary words, "the City" and the Amazon', () => {
    for (const p of ['reading', 'bath', 'nice', 'mobile', 'split', 'angers', 'the city', 'city', 'amazon', 'world']) expect(PLACES.has(p), p).toBe(false);
  });

  it.each([
    ['Montréal', true],
    ['MONTREAL', true],
    ['Sao Paulo', true],
    ['the Gulf', true],
    ['The Hague', true],
    ['Łódź', true],
    ['Côte d’Ivoire', true],
    ['Düsseldorf', true],
    ['Duesseldorf', true],
    ['Quillmark', false],
    ['Nice', false],
  ] as const)('isKnownPlace(%s) is %s', (name, known) => {
    expect(isKnownPlace(name)).toBe(known);
  });
});

describe('nationality words', () => {
  it('has at least 250, adjectives and plurals, of nations and of regions', () => {
    expect(DEMONYMS.size).toBeGreaterThanOrEqual(250);
    const expected = [
      'british', 'english', 'scottish', 'welsh', 'irish', 'french', 'spanish', 'dutch', 'danish', 'swedish',
      'finnish', 'polish', 'turkish', 'kurdish', 'american', 'canadian', 'chinese', 'japanese', 'korean', 'indian',
      'brazilian', 'nigerian', 'emirati', 'saudi', 'european', 'asian', 'african', 'latin american', 'middle eastern',
      'scandinavian', 'nordic', 'gulf', 'scots', 'britons', 'americans', 'germans', 'israelis', 'new zealanders',
    ];
    expect(expected.filter((d) => !DEMONYMS.has(d))).toEqual([]);
  });

  it.each([
    ['British', true],
    ['Latin American', true],
    ['Québécois', true],
    ['quebecois', true],
    ['Britain', false],
    ['Roman', false],
  ] as const)('isDemonym(%s) is %s', (word, known) => {
    expect(isDemonym(word)).toBe(known);
  });
});

describe('given names', () => {
  it('has at least 2,500 names from many cultures', () => {
    expect(FIRST_NAMES.size).toBeGreaterThanOrEqual(2500);
    const expected = [
      // the names compromise does not know that started this list
      'gael', 'sania', 'jiahui',
      // English, French, German, Italian, Spanish, Portuguese, Dutch, Scandinavian
      'james', 'siobhan', 'gaël', 'jean-pierre', 'jürgen', 'jurgen', 'giuseppe', 'josé', 'jose', 'joão', 'joao',
      'wopke', 'søren', 'soren', 'jukka',
      // Polish, Czech, Russian, Ukrainian, Hungarian, Greek, Turkish
      'łukasz', 'lukasz', 'jiří', 'jiri', 'dmitry', 'volodymyr', 'zoltán', 'zoltan', 'kyriakos', 'barış', 'baris',
      // Arabic and Persian spellings, Hebrew
      'mohammed', 'mohamed', 'muhammad', 'mohammad', 'ahmed', 'ali', 'fatima', 'reza', 'yael',
      // Indian, Pakistani, Bangladeshi
      'priya', 'rajesh', 'karthik', 'gurpreet', 'sourav', 'imran', 'tanvir',
      // Chinese (pinyin), Japanese, Korean, Vietnamese, Thai, Indonesian
      'wei', 'jing', 'yan', 'hui', 'xiaoming', 'yiming', 'hiroshi', 'yuki', 'min-jun', 'minjun', 'ji-hoon', 'seo-yeon',
      'minh', 'somchai', 'joko',
      // Nigerian, Ghanaian, Kenyan, South African
      'olumide', 'chinedu', 'kwame', 'wanjiru', 'thabo',
    ];
    expect(expected.filter((n) => !FIRST_NAMES.has(n))).toEqual([]);
  });

  it('leaves out names that are ordinary words, places or the first word of companies', () => {
    expect(FIRST_NAME_EXCLUSIONS.filter((n) => FIRST_NAMES.has(n))).toEqual([]);
    for (const n of ['will', 'may', 'june', 'morgan', 'chase', 'hong', 'sri', 'paris', 'austin', 'wells']) expect(FIRST_NAME_EXCLUSIONS).toContain(n);
  });

  it.each([
    ['Gael', true],
    ['GAËL', true],
    ['Sania', true],
    ['Jiahui', true],
    ['Min-jun', true],
    ['Minjun', true],
    ['Łukasz', true],
    ['Will', false],
    ['Morgan', false],
    ['Quillmark', false],
  ] as const)('isKnownFirstName(%s) is %s', (word, known) => {
    expect(isKnownFirstName(word)).toBe(known);
  });
});

describe('the lists as data', () => {
  const sets = { PLACES, DEMONYMS, FIRST_NAMES };

  it.each(Object.entries(sets))('%s: lower-case, trimmed entries, each accented one with its plain spelling', (_name, set) => {
    const bad = [...set].filter((e) => !e || e !== e.trim() || e !== e.toLowerCase() || /\s\s/.test(e));
    expect(bad).toEqual([]);
    const unfolded = [...set].filter((e) => !set.has(foldName(e)));
    expect(unfolded).toEqual([]);
  });

  it('FIRST_NAMES: each hyphenated name also joined ("min-jun", "minjun"; "jean-françois", "jeanfrancois"), and no spaces', () => {
    expect([...FIRST_NAMES].filter((n) => n.includes('-') && !FIRST_NAMES.has(foldName(n).replace(/-/g, '')))).toEqual([]);
    expect([...FIRST_NAMES].filter((n) => n.includes(' '))).toEqual([]);
  });

  it('foldName takes off accents NFD does not ("ł", "ø", "ı", "ß") and straightens apostrophes', () => {
    expect(['Łódź', 'Øresund', 'Barış', 'Straße', 'Côte d’Ivoire', 'MONTRÉAL'].map(foldName)).toEqual(['lodz', 'oresund', 'baris', 'strasse', "cote d'ivoire", 'montreal']);
  });
});
