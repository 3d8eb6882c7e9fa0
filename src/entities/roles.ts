import type { EntityRecord, EntityTable } from './aliases.js';
import { knownOrgName, type NameMention } from './organizations.js';

/**
 * Roles by what the article says a name does, not by the name. Investors: "the round, led by
 * venture firm X", "participation from investors including X, Y and Z", "X and Y have taken stakes
 * in…", "X led a $40 million Series B", "X, an early investor in…". The gazetteer knows a few
 * hundred funds; articles name thousands. An investor marks a round or a valuation but is not what
 * is valued or funded, and is never "the startup" (coreference). News outlets: "a source confirmed
 * to X", "…, X reported.", "(X) - " opening a wire story, "the X analysis": cited, never a subject.
 *
 * Only names the gazetteer does not know take a role from their context: a known company keeps
 * what the gazetteer says ("backed by Microsoft" does not make Microsoft a fund).
 */

// The words right before a name that make it an investor (a list after them shares the role)
// ("led by" only after a round's word: "the Congress Party", "an operation led by the Secret Service" lead other things)
const INVESTOR_BEFORE =
  /\b(?:(?:round|financing|funding|investment|raise|series [a-z]|seed|tranche|secondary sale|share sale|tender offer|tender)\b[^.;!?]{0,40}?\b(?:led|co-led|headed|anchored|spearheaded) by|participation (?:from|of|by)|(?:investors?|backers|vcs)(?: such as| including| like| led by)|(?:venture(?: capital)?|vc|investment|private equity|growth equity|buyout) (?:firms?|funds?|investors?|arms?)(?: such as| including| like)?)\s+(?:the |its |existing investor |investors? )?$/i;
// The words right after a name that make it an investor: "X led the round", "X invested $5m in",
// "X and Y have taken stakes in", "X, an early investor in"
const INVESTOR_AFTER =
  /^(?:['’]s?)?(?:,? (?:and|&) [A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})?,? (?:(?:has|have|had|also|both|previously|reportedly) )*(?:led(?! with\b)|co-led|invested|(?:take|takes|took|taken) (?:a |an )?(?:minority |majority |small |\w+ )?stakes?|(?:an?|the) (?:early |existing |lead |major |longtime |long-time |minority |big |key )?(?:investor|backer|shareholder)s? in)\b(?: [\w$€£¥.,-]+){0,5}? (?:round|rounds|[Ss]eries|[Ss]eed|funding|financing|investment|in|stakes?)\b/;
const LIST_GAP = /^(?:['’]s?)?(?:,|,? and|,? as well as|,? plus)\s+$/;

// A news organisation by what is said to it or what it does: "a source confirmed to X", "told X",
// "…, X reported.", "X first reported" (a company reports results: "X reported a loss", "X reported
// that sales rose" are no citations)
const MEDIA_BEFORE = /\b(?:confirmed to|told|tells|telling|speaking to|spoke to|in an interview with|interviewed by|(?:first )?reported by)\s+(?:the\s+)?$/i;
const MEDIA_AFTER = /^,? (?:earlier |previously |also )?(?:reported|has reported|had reported)(?: (?:yesterday|today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last week|this week|earlier))?(?:\s*[.;)]|,? citing\b)|^,? first reported\b/i;

// A round the name owns: "'s US$166 million Series D funding round", "'s $50m raise"
const ROUND_OWNED_AFTER = /^['’]s? (?:(?:US|C|CA|A|AU|NZ)?\$|€|£|¥)\s?[\d.,]+\s?(?:million|billion|m|bn|mn)?\s+(?:[\w-]+\s+){0,3}?(?:funding|round|raise|financing|series [a-h])\b/i;
// A wire's dateline: "(PLX AI) - Quenby half year sales…", "LONDON (Stellwire) --"
const DATELINE = /^(?: [A-Z][\w.]*){0,2}\)\s*(?:-|–|—|--)\s/;
// A dateline of a place and an agency: "Dubai – Mubasher: Dubai government-owned carrier…"
const AGENCY_DATELINE_BEFORE = /(?:^|\n)\s*[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2}\s[–—-]\s$/;
// "the highest-paid chief in the Quorn analysis", "an Ipsa survey": a source's study, not a company's
const STUDY_AFTER = /^ (?:analysis|survey|poll|tally|calculations|study|ranking|rankings|index|estimates?)\b/;

/** Mark as investors and as media the organisations the article shows investing or reporting (names the gazetteer does not know). */
export function markRoles(text: string, mentions: NameMention[], table: EntityTable): void {
  // (not the company the article is about, named more than any other: a company that invests, or reports its
  // figures — "…, Inbev reported." — is still the story's subject)
  const counts = table.entities.filter((x) => x.kind === 'organization' && !x.media).map((x) => x.mentions);
  const most = Math.max(0, ...counts);
  const topic = counts.filter((n) => n === most).length === 1 ? table.entities.find((x) => x.kind === 'organization' && !x.media && x.mentions === most) : undefined;
  let previous: { m: NameMention; e: EntityRecord } | null = null;
  let previousIsInvestor = false;
  mentions.forEach((m, i) => {
    const e = table.entityOf[i];
    if (!e || e.kind !== 'organization') {
      previous = null;
      return;
    }
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const after = text.slice(m.end, m.end + 120);
    const inList = !!previous && previousIsInvestor && LIST_GAP.test(text.slice(previous.m.end, m.start));
    const investor = inList || INVESTOR_BEFORE.test(before) || INVESTOR_AFTER.test(after);
    // ("Lightspeed's US$166 million Series D funding round": a known investor's name that owns a round raised is the company
    // raising it — the point-of-sale company, not the venture firm of the same name)
    if (e.investor && m.possessive && ROUND_OWNED_AFTER.test(after)) e.investor = false;
    // (a picture credit's outlet, named nowhere else, is page furniture: no actor at all — "The fintech company" is not it)
    if (CREDIT_OUTLET.test(before) && e.mentions === 1 && !knownOrgName(e.name)) e.furniture = true;
    if (!e.media && !e.investor && !e.giant && !m.possessive && e !== topic && isCited(before, after) && !knownOrgName(e.name)) e.media = true;
    // ("according to Kestrel Insights' data, start-ups in Africa have raised…": a source of figures, possessive too)
    if (!e.media && !e.investor && !e.giant && FIGURES_OF.test(before) && FIGURES_AFTER.test(after) && !knownOrgName(e.name)) e.media = true;
    if (investor && !e.investor && !e.media && !e.giant && e !== topic && !knownOrgName(e.name)) e.investor = true;
    if (!e.union && (UNION_BEFORE.test(before) || UNION_AFTER.test(after)) && !knownOrgName(e.name)) e.union = true;
    previous = { m, e };
    // (a list shares a role the context gave, not a gazetteer's or a name's shape: "Office of Management and Budget")
    previousIsInvestor = investor;
  });
}

// "Image Source: Wunmi Eunice/TechCabal", "Photo: Dana Roe/Lagos Daily": the outlet after a credited person
// ("Photo: Reuters" at a line's start; "Photo by Leonie Wise on Unsplash" wherever it stands: a library or agency credited)
const CREDIT_OUTLET = /(?:(?:^|\n)\s*(?:image|photo|photograph|picture|pic|illustration|graphic)s?(?: source| credit| courtesy)?\s*:\s*(?:[^\n/]{2,40}\/)?|\b(?:image|photo|photograph|picture|illustration)s? by [^\n]{2,40}? (?:on|via|for|\/))\s*$/i;

// A trade union by its noun: "trade union, Solidarity said", "the union Unite", "South Africa's Solidarity union said"
const UNION_BEFORE = /\b(?:trade|labour|labor|workers['’]?)? ?unions?,?\s+(?:the\s+)?$/i;
const UNION_AFTER = /^(?:['’]s)? (?:trade |labour |labor )?union(?:\s*[,.;)]| (?:said|says|say|has|had|is|was|which|who|spokes(?:man|woman|person)|leader|leaders|official|officials|boss|chief|general secretary|representatives?|members said)\b)/;

const FIGURES_OF = /\baccording to (?:the )?$/i;
const FIGURES_AFTER = /^['’]s? (?:data|figures|report|reports|analysis|research|survey|tally|estimates?|numbers|database|tracker)\b/;

/** Is the name, between these words, a news outlet cited or spoken to? */
function isCited(before: string, after: string): boolean {
  return MEDIA_BEFORE.test(before) || MEDIA_AFTER.test(after) || (AGENCY_DATELINE_BEFORE.test(before) && /^:\s/.test(after)) || CREDIT_OUTLET.test(before) || (/\($/.test(before) && DATELINE.test(after)) || (/\b(?:the|an?) $/i.test(before) && STUDY_AFTER.test(after));
}
