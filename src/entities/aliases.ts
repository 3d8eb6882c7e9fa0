import { Memo } from '../text/memo.js';
import { byCodeUnits } from '../text/normalize.js';
import { COMPUTE_PRODUCTS, KNOWN_ORGS, PRODUCT_BY_LOWER, PRODUCTS } from './gazetteer.js';
import { COUNTRY_WORDS, LEGAL_SUFFIX, ORG_HEADS } from './evidence.js';
import { knownOrgName, type NameMention } from './organizations.js';

/**
 * Group name mentions into entities: one canonical name each, with the other forms as
 * aliases — acronyms ("TML" ↔ "Thinking Machines Lab"), short forms ("Thinking Machines",
 * "Halvard"), legal suffixes ("Microsoft Corp."), gazetteer aliases ("AWS" → Amazon).
 */

export interface EntityRecord {
  id: number;
  name: string;
  kind: 'organization' | 'person';
  aliases: string[];
  mentions: number;
  giant: boolean;
  media: boolean;
  /** Named only in page furniture ("Follow X on Facebook and Twitter"): no actor at all. */
  furniture?: boolean;
  investor: boolean;
  compute: boolean;
  /** Nothing in the article says what the name is (no cue, no suffix, not known): an organisation only by default. */
  assumed: boolean;
  /** A trade union by what the article calls it ("the Solidarity union said", "trade union, Solidarity"): no employer the news is about. */
  union?: boolean;
}

export interface EntityTable {
  entities: EntityRecord[];
  /** Entity of each org/person mention, by mention index (undefined for places, products…). */
  entityOf: Array<EntityRecord | undefined>;
  byName(name: string): EntityRecord | undefined;
  /** The entity of a well-known company named only through its product ("Azure" → Microsoft), made on first use. */
  ensure(name: string): EntityRecord;
}

const KNOWN = new Map(KNOWN_ORGS.map((o) => [o.name, o]));

const keys = new Memo(keyOf);

/** Lower-case key without legal suffix or possessive: "Microsoft Corp." → "microsoft". */
export const nameKey = (surface: string): string => keys.get(surface);

function keyOf(surface: string): string {
  // "Zentrix-AI" is "Zentrix AI"
  // (a hyphen to be read first: the Unicode classes are compiled only for a name that has one)
  // ("Housing.com" is "Housing": a one-word web address is its name)
  const bare = surface.replace(/'s$/i, '').replace(/[.,]+$/, '').replace(/^([A-Za-z][\w-]*)\.(?:com|in|co|io|ai|net|org)$/i, '$1');
  const words = (bare.includes('-') ? bare.replace(/(?<=\p{L})-(?=\p{Lu})/gu, ' ') : bare).split(/\s+/);
  while (words.length > 1 && LEGAL_SUFFIX.test(words[words.length - 1]!.replace(/\.$/, ''))) words.pop();
  return words.join(' ').toLowerCase();
}

function initials(key: string): string {
  return key
    .split(/[\s-]+/)
    .filter((w) => w && w !== 'of' && w !== '&' && w !== 'and' && w !== 'the')
    .map((w) => w[0])
    .join('');
}

// A publication naming itself in its page furniture: "Follow Israel Hayom on Facebook and Twitter",
// "Subscribe to The Ledger's newsletter", a saved page's "Site icon The Ledger" line (not "© 2024 X": a press release's own company signs it so)
const NAME = "([A-Z][\\w&.'’-]*(?: (?:of |the |& )?[A-Z][\\w&.'’-]*){0,4})";
const PUBLICATION_SELF = new RegExp(
  `\\b(?:Follow|Like) ${NAME} on (?:Facebook|Twitter|X|Instagram|LinkedIn|Telegram|WhatsApp|Google News|Threads|YouTube|Bluesky)\\b|` +
    `\\b[Ss]ubscribe to ${NAME}(?:'s|’s)? (?:newsletter|channel|podcast)|^(?:Subscribe to|Sign up for) ${NAME}\\s*$|^\\s*(?:Site icon|Site logo|Logo of) ${NAME}\\s*$|` +
    // ("☰ Menu eFinancialCareers": the site's name beside its menu button)
    `^\\s*(?:☰\\s*)?Menu ([A-Za-z][\\w&.'’-]*(?: [A-Z][\\w&.'’-]*){0,3})\\s*$`,
  'gm',
);

// "…, reported Dawn.", "…, writes the Tribune, citing…": a name after an inverted verb of reporting that ends the sentence is
// the outlet the article quotes
const REPORTED_BY_BEFORE = /,\s*(?:reported|reports|wrote|writes)\s+(?:the\s+)?$/;
const REPORTED_BY_AFTER = /^\s*(?:[.!]|,\s*(?:citing|quoting)\b|$)/;

// ("beating the Reuters/LSEG estimate of T$417.7 billion", "analysts polled by LSEG", "the FactSet consensus": a provider of the
// market's estimates, a source the article cites, as an outlet is)
const ESTIMATE_AFTER = /^(?:\/[A-Z][\w&.-]*)?(?:['’]s)? (?:(?:consensus|analyst|analysts'?|mean|median|average) )*(?:estimates?|consensus|forecasts?|poll)\b/;
const ESTIMATE_BEFORE = /\b(?:beat(?:ing|s)?|miss(?:ing|ed|es)?|top(?:ping|ped|s)?|above|below|versus|vs\.?|than|exceed(?:ing|ed|s)?|compared with|compiled by|polled by|surveyed by|according to)\s+(?:the\s+|an?\s+)?(?:[A-Z][\w&.-]*\/)?$/;

/**
 * Mark as media the organisations named as the outlet a sentence is reported by ("…, reported Dawn."), or as the provider of the
 * estimates a result is set against ("beating the Reuters/LSEG estimate", "analysts polled by LSEG").
 */
export function markReporters(text: string, mentions: NameMention[], table: EntityTable): void {
  for (const m of mentions) {
    if (m.kind !== 'org') continue;
    const lead = text.slice(Math.max(0, m.start - 30), m.start);
    const estimator = ESTIMATE_BEFORE.test(lead) && (/\b(?:polled|surveyed|compiled) by\s+$/.test(lead) || ESTIMATE_AFTER.test(text.slice(m.end, m.end + 40)));
    if (!estimator && (!REPORTED_BY_BEFORE.test(lead.slice(-20)) || !REPORTED_BY_AFTER.test(text.slice(m.end, m.end + 12)))) continue;
    const e = table.byName(m.surface);
    if (e && e.kind === 'organization') e.media = true;
  }
}

/**
 * Mark as media the organisations the article names as itself ("Follow X on Facebook"), and those
 * it names only in such page furniture (the "Facebook" of that line): neither is a subject.
 */
export function markPublications(text: string, mentions: NameMention[], table: EntityTable): void {
  if (!/Follow|Like|ubscribe|Sign up|Site icon|Site logo|Logo of|Menu/.test(text)) return;
  const furniture: Array<[number, number]> = [];
  for (const m of text.matchAll(PUBLICATION_SELF)) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    if (!name) continue;
    const e = table.byName(name) ?? table.entities.find((x) => x.aliases.includes(name));
    if (e && e.kind === 'organization') e.media = true;
    const lineEnd = text.indexOf('\n', m.index);
    furniture.push([m.index, lineEnd < 0 ? text.length : lineEnd]);
  }
  if (!furniture.length) return;
  const inFurniture = (at: number) => furniture.some(([a, b]) => a <= at && at < b);
  const elsewhere = new Set<EntityRecord>();
  mentions.forEach((m, i) => {
    const e = table.entityOf[i];
    if (e && !inFurniture(m.start)) elsewhere.add(e);
  });
  mentions.forEach((m, i) => {
    const e = table.entityOf[i];
    if (e && e.kind === 'organization' && !elsewhere.has(e)) e.furniture = true;
  });
}

// The last word of a newspaper's name, which alone is its short name ("the Post", "the Times")
const PAPER_WORDS = 'Times|Journal|Post|Herald|Gazette|Tribune|Telegraph|Chronicle|Observer|Courier|Examiner|Inquirer|Enquirer|Dispatch|Bulletin';
const PUBLICATION_WORD = new RegExp(`^(?:${PAPER_WORDS.toLowerCase()})$`);
// …and of a magazine's or news service's
/** A known outlet's name and a country's: "CNN Chile", "BBC Persian" is not one (no country word). */
function mediaEdition(name: string): boolean {
  const cut = name.lastIndexOf(' ');
  if (cut < 0 || !COUNTRY_WORDS.has(name.slice(cut + 1).toLowerCase())) return false;
  const info = KNOWN.get(knownOrgName(name.slice(0, cut)) ?? '');
  return !!info?.media;
}
const PUBLICATION_SHAPE = new RegExp(`(?:^|\\s)(?:${PAPER_WORDS}|Daily|Weekly|Magazine|News|Newswire|Wire|Review)$|^(?:The )?Daily\\s|(?:^|[\\s-])TV(?:[\\s-]?\\d{1,3})?$`);


// Between a company's name and its former one: " (formerly ", ", previously known as ", " (once called " (not "Meta's earlier
// CoreWeave commitment": a possessive is no former name)
const FORMERLY_BETWEEN = /^(?:,\s*|\s*\(|\s+)(?:formerly|previously|once|originally)(?: known as| called| named| branded)? $/i;
// Between a name and the acronym it defines: " (", or a ticker in a page's markup (" #ticker:")
const ACRONYM_BETWEEN = /^(?: \(| #ticker:)$/;
const PRODUCT_TAIL = /(?:^| )(?:plus|pro|max|mini|lite|ultra|premium|box|boxes|player|phone|pad|watch|classic|edition|console)$/;

export function buildEntities(mentions: NameMention[], text?: string): EntityTable {
  // Distinct keys of organisation mentions, with their surfaces and counts.
  interface Group { keys: Set<string>; surfaces: Map<string, number>; known?: string; kind: 'organization' | 'person'; typed?: boolean; current?: string }
  const groupOfKey = new Map<string, Group>();
  const groups: Group[] = [];
  const add = (key: string, surface: string, kind: Group['kind'], known?: string) => {
    let g = groupOfKey.get(key) ?? (known ? groups.find((x) => x.known === known) : undefined);
    if (!g) {
      g = { keys: new Set(), surfaces: new Map(), kind, known };
      groups.push(g);
    }
    g.keys.add(key);
    g.surfaces.set(surface, (g.surfaces.get(surface) ?? 0) + 1);
    groupOfKey.set(key, g);
  };
  const firstSeen = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind !== 'org' && m.kind !== 'person') continue;
    const key = nameKey(m.surface);
    if (!firstSeen.has(key)) firstSeen.set(key, m.start);
    const known = m.kind === 'org' ? knownOrgName(m.surface) ?? knownOrgName(key) : undefined;
    add(key, m.surface.replace(/'s$/i, ''), m.kind === 'org' ? 'organization' : 'person', known);
    if (!m.assumed) groupOfKey.get(key)!.typed = true;
  }

  // Short forms: "Thinking Machines" → "Thinking Machines Lab", "Brindle" → "Brindle AI Labs".
  const wordCount = (k: string) => {
    let n = 1;
    for (let i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) n++;
    return n;
  };
  const keysByLength = [...groupOfKey.keys()]
    .map((k) => ({ k, words: wordCount(k) }))
    .sort((a, b) => b.words - a.words || b.k.length - a.k.length)
    .map((x) => x.k);
  // Keys by their first word and by their last, in keysByLength's order: a longer form of a
  // short key starts with its first word; a person's full name ends with the lone last name
  const byFirstWord = new Map<string, string[]>();
  const byLastWord = new Map<string, string[]>();
  const file = (index: Map<string, string[]>, word: string, k: string) => {
    const list = index.get(word);
    if (list) list.push(k);
    else index.set(word, [k]);
  };
  for (const k of keysByLength) {
    // ("orrick, herrington & sutcliffe" is filed under "orrick")
    file(byFirstWord, k.split(' ', 1)[0]!.replace(/,$/, ''), k);
    file(byLastWord, k.slice(k.lastIndexOf(' ') + 1), k);
  }
  const merge = (from: Group, into: Group) => {
    if (from === into) return;
    for (const k of from.keys) {
      into.keys.add(k);
      groupOfKey.set(k, into);
    }
    for (const [s, n] of from.surfaces) into.surfaces.set(s, (into.surfaces.get(s) ?? 0) + n);
    into.known ??= from.known;
    into.typed ||= from.typed;
    groups.splice(groups.indexOf(from), 1);
  };
  // ("MTN South Africa … MTN Nigeria … MTN Group": units in two countries or more are operations reported apart, each itself)
  const unitsOf = new Map<string, number>();
  for (const g of groups) {
    if (g.kind !== 'organization' || g.keys.size !== 1) continue;
    const k = [...g.keys][0]!;
    // (the country may be two words: "South Africa")
    for (let cut = k.indexOf(' '); cut > 0; cut = k.indexOf(' ', cut + 1)) {
      if (COUNTRY_WORDS.has(k.slice(cut + 1))) unitsOf.set(k.slice(0, cut), (unitsOf.get(k.slice(0, cut)) ?? 0) + 1);
    }
  }
  for (const short of keysByLength) {
    const g = groupOfKey.get(short)!;
    // A known name joins only a longer unknown form of itself: "Halvard" → "Halvard Energy Systems"
    // ...and only when the extra words just complete a name ("Thinking Machines" + "Lab",
    // "Brindle" + "AI Labs") or the long form came first: "Quillmark" is not "Quillmark Federal".
    const isHead = (w: string) => ORG_HEADS.has(w[0]!.toUpperCase() + w.slice(1)) || ORG_HEADS.has(w.toUpperCase()) || LEGAL_SUFFIX.test(w[0]!.toUpperCase() + w.slice(1));
    // "Parallax" + "Reasoning Labs", "Kestrel" + "Dynamics": the long form ends like a company name
    // ("Virgin" + "Australia", "Jetstar" + "Japan": an unknown name and the country it trades in, whichever came first)
    // (not a unit incorporated as a company of its own: "Genting Malaysia Bhd" beside "Genting Bhd")
    const incorporated = (k: string) => [...groupOfKey.get(k)!.surfaces.keys()].some((sfc) => LEGAL_SUFFIX.test(sfc.slice(sfc.lastIndexOf(' ') + 1)));
    const completes = (k: string) => isHead(k.slice(short.length + 1).split(' ').pop()!) || (!g.known && COUNTRY_WORDS.has(k.slice(short.length + 1)) && !incorporated(k) && (unitsOf.get(short) ?? 0) < 2);
    const shortAndMore = short + ' ';
    const longer = (byFirstWord.get(short.split(' ', 1)[0]!) ?? []).filter((k) => {
      // ("Orrick" of "Orrick, Herrington & Sutcliffe": the first of a firm's partners' names)
      if (k === short || !(k.startsWith(shortAndMore) || (!short.includes(' ') && k.startsWith(short + ', ')))) return false;
      const o = groupOfKey.get(k)!;
      if (o === g || o.kind !== g.kind || (g.known && o.known && o.known !== g.known)) return false;
      // ("Sky" is not "Sky Plus": a product's name is its maker's name and a product word)
      if (g.kind !== 'person' && PRODUCT_TAIL.test(k.slice(short.length + 1))) return false;
      return g.kind === 'person' || completes(k) || (firstSeen.get(k) ?? Infinity) < (firstSeen.get(short) ?? Infinity);
    });
    const targets = new Set(longer.map((k) => groupOfKey.get(k)!));
    if (targets.size === 1) merge(g, [...targets][0]!);
    // Persons: a lone last name joins the full name ("Huang" → "Jensen Huang")
    if (g.kind === 'person' && !short.includes(' ')) {
      const lastName = ' ' + short;
      const full = new Set((byLastWord.get(short) ?? []).filter((k) => k.endsWith(lastName) && groupOfKey.get(k)!.kind === 'person').map((k) => groupOfKey.get(k)!));
      if (full.size === 1) merge(g, [...full][0]!);
    }
  }
  // "The Harbour Times" and "Harbour Times" are one name; "the Post", "the Times" alone are a
  // publication's short name when the article names one publication that ends so
  for (const g of [...groups]) {
    if (g.kind !== 'organization') continue;
    const bare = [...g.keys].map((k) => k.replace(/^the /, ''));
    const plain = bare.map((k) => groupOfKey.get(k)).find((o) => o && o !== g && o.kind === 'organization' && !(o.known && g.known && o.known !== g.known));
    if (plain) merge(g, plain);
  }
  for (const g of [...groups]) {
    if (g.kind !== 'organization') continue;
    const bare = [...g.keys].map((k) => k.replace(/^the /, ''));
    if (!bare.every((k) => k === bare[0] && PUBLICATION_WORD.test(k))) continue;
    const ending = ' ' + bare[0];
    const targets = groups.filter((o) => o !== g && o.kind === 'organization' && !(o.known && g.known && o.known !== g.known) && [...o.keys].some((k) => k.endsWith(ending) && k !== 'the' + ending));
    if (targets.length === 1) merge(g, targets[0]!);
  }
  // A company's unit in a country, when the article also names the company alone: "Ford Malaysia" is Ford's ("Barclays UK"
  // stays itself where "Barclays" is never said alone)
  const units = new Set<string>();
  for (const g of [...groups]) {
    if (g.kind !== 'organization') continue;
    // (and a company's subscription service: "Disney+" is Disney's where the article names Disney)
    const serviceKey = g.keys.size === 1 ? [...g.keys].find((k) => k.length > 2 && k.endsWith('+')) : undefined;
    const unitKey = serviceKey ?? [...g.keys].find((k) => k.includes(' ') && COUNTRY_WORDS.has(k.slice(k.lastIndexOf(' ') + 1)));
    if (!unitKey || g.keys.size !== 1) continue;
    if (!serviceKey && (unitsOf.get(unitKey.slice(0, unitKey.lastIndexOf(' '))) ?? 0) >= 2) continue;
    // (not a unit incorporated as a company of its own: "Genting Malaysia Bhd" beside "Genting Bhd")
    if (!serviceKey && [...g.surfaces.keys()].some((sfc) => LEGAL_SUFFIX.test(sfc.slice(sfc.lastIndexOf(' ') + 1)))) continue;
    // ("Apple TV+" is Apple's: the service's name less its last word, when that word and the "+" name no company)
    const parent = groupOfKey.get(serviceKey ? serviceKey.slice(0, -1) : unitKey.slice(0, unitKey.lastIndexOf(' '))) ?? (serviceKey?.includes(' ') ? groupOfKey.get(serviceKey.slice(0, serviceKey.lastIndexOf(' '))) : undefined);
    if (!parent || parent === g || parent.kind !== 'organization') continue;
    for (const sfc of g.surfaces.keys()) units.add(sfc);
    merge(g, parent);
  }
  const orgMentions = mentions.filter((m) => m.kind === 'org');
  // Defined acronyms and former names, said between a name and the next: "Halvard Robotics Inc. (HRI)", "Safaricom #ticker:SCOM";
  // "Wise (formerly TransferWise)", "Orrin, previously known as Orrin Labs," — one company, named as it is now
  for (let i = 1; i < orgMentions.length; i++) {
    const [p, m] = [orgMentions[i - 1]!, orgMentions[i]!];
    // (the two characters between are the bracket's " (": "…company Zeelo. SWVL has…" is two sentences)
    const between = text === undefined ? (m.start - p.end === 2 ? ' (' : '') : m.start - p.end <= 40 ? text.slice(p.end, m.start) : '';
    const acronym = /^[A-Z]{2,6}$/.test(m.surface) && ACRONYM_BETWEEN.test(between);
    const former = text !== undefined && FORMERLY_BETWEEN.test(between);
    if (!acronym && !former) continue;
    const from = groupOfKey.get(nameKey(m.surface));
    const into = groupOfKey.get(nameKey(p.surface));
    if (!from || !into || from === into || (acronym && !former && from.known)) continue;
    merge(from, into);
    if (former) into.current = p.surface.replace(/['’]s$/i, '');
  }
  // Acronyms: "TML" → "Thinking Machines Lab", "HRI" → "Halvard Robotics Inc.".
  for (const g of [...groups]) {
    if (g.kind !== 'organization' || g.known) continue;
    const acronyms = [...g.keys].filter((k) => /^[a-z]{2,6}$/.test(k) && [...g.surfaces.keys()].some((s) => s === s.toUpperCase()));
    for (const acr of acronyms) {
      // (an acronym the group's own long name spells is settled: "Public Sector Banks (PSBs)" is no "Punjab & Sind Bank")
      if ([...g.keys].some((k) => k.includes(' ') && initials(k) === acr)) continue;
      const target = groups.find((o) => o !== g && o.kind === 'organization' && [...o.keys].some((k) => k.includes(' ') && initials(k) === acr));
      if (target) merge(g, target);
    }
  }

  const entities: EntityRecord[] = groups.map((g, id) => {
    const surfaces = [...g.surfaces.keys()];
    const fullest = surfaces.filter((x) => !units.has(x) || surfaces.every((y) => units.has(y))).sort((a, b) => nameKey(b).length - nameKey(a).length || (g.surfaces.get(b)! - g.surfaces.get(a)!) || byCodeUnits(a, b))[0]!;
    // A giant's division is still the giant: "Google Cloud" → Google
    // The fullest form the article uses (CLAIMS.md): "Bell Canada" stays "Bell Canada" though the
    // gazetteer knows it; the gazetteer's name only when the article uses it too, or for a
    // compute seller's division ("Google Cloud", "Amazon Web Services" → the provider, as deals name it)
    const known = g.known ? KNOWN.get(g.known) : undefined;
    // (as the article writes it: "Bristol-Myers Squibb" stays hyphenated where the gazetteer's name is not)
    // (the gazetteer's own spelling when the article uses it too: "eBay" over "Ebay")
    const asWritten = known ? (surfaces.includes(known.name) ? known.name : surfaces.filter((s) => nameKey(s) === nameKey(known.name)).sort((a, b) => g.surfaces.get(b)! - g.surfaces.get(a)! || byCodeUnits(a, b))[0]) : undefined;
    const name = known && (asWritten || known.compute) && surfaces.some((s) => knownOrgName(s) === g.known) ? (asWritten ?? known.name) : (g.current ?? fullest);
    const info = g.known ? KNOWN.get(g.known) : undefined;
    return {
      id,
      name,
      kind: g.kind,
      aliases: [...new Set(surfaces.filter((s) => s !== name))].sort(),
      mentions: [...g.surfaces.values()].reduce((a, b) => a + b, 0),
      giant: info?.giant ?? false,
      // "The Harbour Times", "Daily Ledger", "Kelso Business News": an unknown name shaped like a publication's
      // ("CNN Chile": a known outlet's edition in a country)
      media: info ? !!info.media : PUBLICATION_SHAPE.test(name) || mediaEdition(name),
      // "Sundial Ventures", "Caraway Capital": an unknown name shaped like an investor's
      investor: info?.investor ?? (!info && /\b(?:Ventures|Capital|Partners|Fund|Investments|Management|Equity|VC|Angels|Angel Network|Angel Fund|Angel Investors)$/.test(name)),
      compute: info?.compute ?? false,
      assumed: !g.typed && !info,
    };
  });
  const entityOfGroup = new Map(groups.map((g, i) => [g, entities[i]!]));
  const entityOf = mentions.map((m) => (m.kind === 'org' || m.kind === 'person' ? entityOfGroup.get(groupOfKey.get(nameKey(m.surface))!) : undefined));
  const byKey = new Map<string, EntityRecord>();
  for (const [k, g] of groupOfKey) byKey.set(k, entityOfGroup.get(g)!);
  const byName = (name: string) => byKey.get(nameKey(name));
  const ensure = (name: string): EntityRecord => {
    const found = byName(name);
    if (found) return found;
    const info = KNOWN.get(name);
    const e: EntityRecord = { id: entities.length, name, kind: 'organization', aliases: [], mentions: 0, giant: info?.giant ?? false, media: false, investor: false, compute: info?.compute ?? false, assumed: false };
    entities.push(e);
    byKey.set(nameKey(name), e);
    return e;
  };
  return { entities, entityOf, byName, ensure };
}

/** The company selling compute behind a compute product ("Azure" → "Microsoft"; not "Windows"), if it is one. */
const productKey = (product: string): string | undefined => (Object.hasOwn(PRODUCTS, product) ? product : PRODUCT_BY_LOWER.get(product.toLowerCase()));

export function computeProviderOf(product: string): string | undefined {
  const key = productKey(product);
  return key && COMPUTE_PRODUCTS.has(key) ? PRODUCTS[key] : undefined;
}

/** The company behind a product or platform ("Azure" → "Microsoft"), if it is one. */
export function providerOf(product: string): string | undefined {
  const key = productKey(product);
  return key ? PRODUCTS[key] : undefined;
}

