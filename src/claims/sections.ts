import type { ClaimType } from '../schema.js';
import type { Sentence } from '../text/sentences.js';
import { columnOf, type ClaimRule } from './rules.js';

/**
 * Lists of "Name: value" lines under a label that says what the values are:
 *
 *   2) Users:                      Employee strength
 *   WhatsApp: 450 million          WhatsApp:55
 *   Twitter: 250 million           Twitter:2,300
 *
 * Each line's value belongs to the line's company; the label gives the claim type.
 */

// What a label says the values are
const LABELS: Partial<Record<ClaimType, RegExp>> = {
  valuation: /\b(?:valuations?|valued|valuable|market (?:cap|value|capitali[sz]ation)|worth)\b/i,
  revenue: /\b(?:revenues?|sales|turnover|arr|annual recurring revenue|income)\b/i,
  funding: /\b(?:funding|raised|raises?|raising|fundrais(?:es|ers?|ing)|rounds?|investments?|capital raised|financing)\b/i,
  headcount: /\b(?:employees?|staff|headcount|workforce|employee (?:strength|count|numbers)|team size|people)\b/i,
  user_count: /\b(?:users?|customers?|subscribers?|members|accounts|subscriptions)\b/i,
  compensation: /\b(?:pay|compensation|salar(?:y|ies)|remuneration|earnings|packages?|ctc|stipends?)\b/i,
  // ("Top partner recruiters in London 2024 | Total hires": a table of who hired how many)
  hiring: /\b(?:hires|hired|hiring|recruits|recruiters|recruited|recruitment|new joiners|partner moves|lateral moves)\b/i,
  // ("Other notable companies implementing workforce reductions include:", "Job cuts so far:", "Layoffs by company")
  departure: /\b(?:lay-?offs?|job (?:cuts?|losses)|jobs (?:cut|lost|axed|shed)|redundanc(?:y|ies)|(?:workforce|headcount|staff|job) (?:reductions?|cuts?)|reductions? in (?:force|workforce|headcount|staff))\b/i,
};

// ("Hired by Zentra:", "Where Zentra's new hires came from:", "Hires from rivals": a label naming the hirer or the hires' origin lists
// where people came from, not who hired them)
const HIRED_BY = /\b(?:by|from|previous(?:ly)?|former|ex-|alumni|origin|came|went|lost|departures?|left)\b|['’]s\b/i;

const MONEY_TYPES = new Set<ClaimType>(['valuation', 'revenue', 'funding', 'compensation']);

/** The one claim type a table's header names for its amounts of a kind (money or counts), or null when it names none or more than one. */
export function typeOfHeader(header: string, money: boolean): ClaimType | null {
  const types = (Object.keys(LABELS) as ClaimType[]).filter((t) => MONEY_TYPES.has(t) === money && LABELS[t]!.test(header) && !(t === 'hiring' && HIRED_BY.test(header)) && !(t === 'headcount' && LABELS.departure!.test(header)));
  return types.length === 1 ? types[0]! : null;
}

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
// "WhatsApp: 450 million", "Twitter:2,300", "Facebook - $170 billion"
// ("1. Zentrix AI — $4bn", "2) Quillmark: $900m": a ranked list's number comes first)
// ("2. Lendwell (London, lending platform for small businesses): £21m": a description in brackets after the name)
// ("United, 82,498, -0.1%", "Bank of India 51,459 50,564 –895": a row of a list or a table that lost its cell marks — a
// capitalised name, a comma or a space, the figures)
// (each figure ends in a digit and the figures part at a comma and a space or at spaces: one way to read a row, however long)
const BARE_ROW = /^[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|and|&|de|du|la)){0,5}(?:,\s+|\s+)[-–+~]?(?:[$€£¥]|Rs\.?\s?|US\$)?\d(?:[\d,.]*\d)?(?:\s*%)?(?:(?:,\s+|\s+)[-–+▲▼]?\s?\d(?:[\d,.]*\d)?%?\.?)*(?:\s+[▲▼]?\s*[A-Z][a-z]+)?\.?$/;
// ("Brindle Video (12.5m)": a name and its figure in brackets)
const BRACKETED_ROW = /^(?:[-•*]\s+)?(?:\d{1,3}[.)]\s+)?[A-Z][^:|–—()-]{0,40}\(\s*(?:~|about |around |over )?(?:[$€£¥]|US\$)?\d[\d.,]*\s*[a-zA-Z]{0,8}\)\.?$/;
const valueLine = (raw: string) => {
  const t = raw.replace(/\s*\([^()]{1,80}\)(?=\s*[:–—-])/, '');
  return (/^(?:\d{1,3}[.)]\s+)?[^:|–—-]{1,40}\s*[:|–—-]\s*\S/.test(t) || BARE_ROW.test(t.trim()) || BRACKETED_ROW.test(t.trim())) && /\d/.test(t.replace(/^\d{1,3}[.)]\s+/, '')) && words(t) <= 12;
};
// A table's header row that lost its cell marks: words and periods ("Bank 2020-21 2024-25 Net Change Trend")
// (capitalised words take "FY2024", "Q1"; one way to read a row, however long)
const HEADER_ROW = /^[A-Z][\w-]*(?:[ \t]+(?:[A-Z][\w-]*|(?:19|20)\d\d(?:[-–/]\d{2,4})?|%))+[ \t]*$/;
// ("Here is what the top AI labs pay:": a longer line that ends in a colon introduces the list too)
// ("Subscriber base at the end of September": a heading of up to ten words, too)
const label = (s: Sentence) => !/\d{2,}/.test(s.text) && ((words(s.text) <= 6 && (s.kind !== 'body' || /:\s*$/.test(s.text))) || (words(s.text) <= 10 && (/:\s*$/.test(s.text) || s.kind === 'heading')));

/**
 * The label of the list a line sits under: the nearest short line before it that is no "Name: value" line itself.
 * (Asked only of the sentences that reach the extractors: it reads the line and the few before it.)
 */
export function sectionLabelOf(sentences: Sentence[], s: Sentence): string | undefined {
  if (!valueLine(s.text)) return undefined;
  let rows = 0;
  // (a table's header row, its columns' names, a year among them: "Top partner recruiters in London 2024 | Total hires"; the
  // label above the table, if any, is read with it)
  let header: string | undefined;
  const withHeader = (t: string) => (header ? `${t}\n${header}` : t);
  for (let j = s.index - 1; j >= 0 && j >= s.index - 16; j--) {
    const p = sentences[j]!;
    if (!header && p.kind === 'table' && s.kind === 'table' && p.block === s.block && !/\d/.test(p.text.replace(/\b(?:19|20)\d\d\b/g, '')) && words(p.text.replace(/\|/g, ' ')) <= 16 && (j === 0 || sentences[j - 1]!.block !== p.block)) {
      header = p.text;
      continue;
    }
    if (valueLine(p.text) || HEADER_ROW.test(p.text.trim())) {
      rows++;
      continue;
    }
    // ("(Two part-time jobs are counted as one full-time job.)": a note in brackets under the label)
    if (/^\(.*\)\.?$/.test(p.text.trim())) continue;
    if (label(p)) {
      // ("The rest of the list includes:": a label that names no measure goes on from the sentence before it, when that sentence
      // names one measure only — "…Element AI, which raised $137.5 million, followed suit.")
      const before = sentences[j - 1];
      if (/:\s*$/.test(p.text) && before && before.kind === 'body' && !Object.values(LABELS).some((l) => l.test(p.text))) {
        const named = Object.values(LABELS).filter((l) => l.test(before.text)).length;
        if (named === 1) return withHeader(`${p.text}\n${before.text}`);
      }
      return withHeader(p.text);
    }
    // ("The 10 largest U.S. airlines by full-time-equivalent employees, and their 1-year change…": the sentence right above a
    // list of rows says what its figures are)
    if (BARE_ROW.test(s.text.trim()) && (rows > 0 || valueLine(sentences[s.index + 1]?.text ?? '')) && words(p.text) <= 30) return withHeader(p.text);
    // (a line of prose between: "Also Read", a caption — skip short ones, stop at prose)
    if (words(p.text) > 6) break;
  }
  return header;
}

/** The rule that reads a "Name: value" line of a list whose label names this type. */
export function sectionRule(type: ClaimType): ClaimRule {
  const label = LABELS[type]!;
  const money = MONEY_TYPES.has(type);
  return {
    reason: `${type}/section-list`,
    // (a row that lost its cell marks has a comma or nothing between: "United, 82,498", "Bank of India 51,459 50,564")
    match: `^ (_ (.|\\)))? (_ [COUNT] (:|,|-|–|—))? [subject:ORG] ((:|-|–|—|\\||,)? (about|around|roughly|approx|approximately|~|over|more than|nearly)? [value:${money ? 'MONEY' : 'COUNT'}]|\\( (about|around|over|~)? [value:${money ? 'MONEY' : 'COUNT'}] \\))`,
    confidence: 0.78,
    vouches: true,
    when: (view) => !!view.section,
    // (in a table, the value's own column says what it is when it names a kind: "| Company | Staff | Hiring plans |" counts staff
    // first)
    extra: (m, view) => {
      const column = columnOf(view, m.slots.value!.start);
      if (column && !label.test(column) && Object.values(LABELS).some((other) => other.test(column))) return null;
      if (!view.section || !label.test(view.section) || (type === 'hiring' && HIRED_BY.test(view.section))) return null;
      // (the staff of a list of cuts are the ones cut: "companies implementing workforce reductions include: Lucid Motors: 400")
      if (type === 'headcount' && LABELS.departure!.test(view.section)) return null;
      // (a hire told with more than its count — "Zentra: 11 researchers from Orrin" — is a sentence of its own to read)
      return type === 'hiring' && !/^\s*(?:\||$)/.test(view.text.slice(m.slots.value!.end, view.sentence.end)) ? null : {};
    },
    examples: [[`${type === 'user_count' ? 'Users' : type === 'headcount' ? 'Employee strength' : type === 'valuation' ? 'Current valuations' : type === 'revenue' ? 'Revenue' : type === 'funding' ? 'Funding' : type === 'hiring' ? 'Partner hires' : type === 'departure' ? 'Layoffs so far' : 'Pay'}:\nQuillmark Labs: ${money ? '$40 million' : '450 million'}\nHalvard Robotics: ${money ? '$30 million' : '2,300'}`, 'Halvard Robotics', money ? '$30 million' : '2,300']],
  };
}

/**
 * A line of a list of users under a label that names no company, by segment ("Subscriber base at the end of September" over
 * "- U.S. streaming: 25.1 million"): the segment's users are the company's the list is about (the list's topic).
 */
export function segmentRule(type: 'user_count'): ClaimRule {
  const label = LABELS[type]!;
  return {
    reason: `${type}/section-segment`,
    match: `^ ~{1,4} : (about|around|roughly|approx|approximately|~|over|more than|nearly)? [value:COUNT]`,
    confidence: 0.7,
    when: (view) => !!view.section && view.sentence.kind === 'bullet' && view.actors.length === 0,
    extra: (_m, view) => (view.section && label.test(view.section) && !/\b(?:market|industry|sector|country|nation|total)\b/i.test(view.section) ? {} : null),
    examples: [['Kestrel Stream has grown.\n\nSubscriber base at the end of September\n- U.S. streaming: 25.1 million\n- International streaming: 4.3 million', 'Kestrel Stream', '25.1 million']],
  };
}

/**
 * A factbox's label on the line above its figure, as the text before the figure's line ends: "Number of employees\n",
 * "• Customers:\n". `qualifiers` and `labels` are alternations ("total |paying ", "customers|users").
 */
export function labelAbove(qualifiers: string, labels: string): RegExp {
  return new RegExp(`(?:^|\\n)[ \\t]*(?:[•*-][ \\t]+)?(?:${qualifiers})?(?:${labels})(?: \\([^)\\n]{1,20}\\))?[ \\t]*:?[ \\t]*\\n[ \\t]*(?:[•*-][ \\t]+)?$`, 'i');
}
