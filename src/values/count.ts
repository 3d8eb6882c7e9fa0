/**
 * What a count counts: "140 employees", "160 AI researchers", "75 million daily active
 * users", "a 250-person team", "a 3,000-strong workforce", "100,000 GPUs", "1 gigawatt".
 * Units are normalised ("people", "users", "GPUs", "GW"…); the noun is kept as written.
 */
import { table, PhraseTable, type Token } from './tokens.js';
import { OCCUPATIONS } from './occupations.js';

// Head nouns (lower-cased) → unit. A noun may be preceded by up to MAX_MODIFIERS words:
// "40 top-rated robotic researchers", "2,600 full-time staff".
// Word tables are Maps (see table() in tokens.ts): "constructor" finds nothing in them.
const NOUNS = new Map<string, string>();
function nouns(unit: string, words: string): void {
  for (const w of words.split(/\s+/)) if (w) NOUNS.set(w, unit);
}
nouns('people', `employees employee staff staffers staffer workers worker people persons person
  researchers researcher engineers engineer scientists scientist members member hires hire jobs job
  positions position roles role headcount developers developer programmers programmer executives
  contractors contractor interns intern recruits personnel technicians designers analysts
  salespeople specialists professionals managers full-timers employes professors professor
  physicists physicist nurses nurse doctors doctor co-founders co-founder cofounders founders founder
  investigators investigator officers staffers leaders freshers fresher graduates trainees trainee
  apprentices apprentice bankers banker traders trader lawyers consultants coders vacancies vacancy`);
// (and every occupation the claim rules count as an employer's people: "500 pilots", "300 cashiers", "15,000 temps")
nouns('people', OCCUPATIONS.filter((w) => !w.includes(' ')).join(' '));
nouns('users', 'users user maus mau daus dau wau waus riders');
// ("175 million subscriptions across its services", "paid subscriptions": what a subscriber base counts)
nouns('subscribers', 'subscribers subscriber subs memberships subscriptions');
nouns('customers', 'customers customer clients client');
nouns('GPUs', `gpus gpu h100s h100 h200s h200 a100s a100 b200s b200 gb200s gb200 b300s b300 gb300s
  h20s h20 h800s h800 mi300xs mi300x accelerators accelerator`);
nouns('chips', 'chips chip processors');
nouns('TPUs', 'tpus tpu');
nouns('GW', 'gigawatts gigawatt gw');
nouns('MW', 'megawatts megawatt mw');
nouns('GWh', 'gwh gigawatt-hours');
nouns('MWh', 'mwh');
nouns('servers', 'servers server');
nouns('data centers', 'datacenters datacentres');
nouns('parameters', 'parameters');
nouns('downloads', 'downloads');
nouns('shares', 'shares');

// Nouns of more than one word: "graphics processing units", "data centers".
const PHRASES = new PhraseTable<string>([
  ['graphics processing units', 'GPUs'], ['graphics processing unit', 'GPUs'],
  ['data centers', 'data centers'], ['data centres', 'data centers'], ['data center', 'data centers'],
  ['team members', 'people'], ['staff members', 'people'], ['head count', 'people'],
  ['job openings', 'people'], ['job vacancies', 'people'],
  ['tensor processing units', 'TPUs'],
  // ("164 million monthly active people", "2 million daily active members": people counted by their use are users)
  ...['daily', 'weekly', 'monthly'].flatMap((p) => ['people', 'accounts', 'members', 'players'].map((n): [string, string] => [`${p} active ${n}`, 'users'])),
  // ("400 million monthly actives": the trade's short word for active users)
  ...['daily', 'weekly', 'monthly'].map((p): [string, string] => [`${p} actives`, 'users']),
]);

// Glued by a hyphen, the noun makes the count an adjective: "a 250-person team",
// "a 3,000-strong workforce", "a 12-member board", "a 1-gigawatt campus", "a 10,000-GPU cluster".
// Lower-cased.
const HYPHENATED = table<string>({
  person: 'people', people: 'people', strong: 'people', member: 'people', employee: 'people',
  staff: 'people', man: 'people', engineer: 'people', researcher: 'people',
  // ("an 11-lawyer group", "a three-partner team", "a 40-banker team")
  lawyer: 'people', attorney: 'people', partner: 'people', banker: 'people', trader: 'people', analyst: 'people', scientist: 'people', worker: 'people',
  gpu: 'GPUs', chip: 'chips', gigawatt: 'GW', gw: 'GW', megawatt: 'MW', mw: 'MW',
  // "a 70-billion-parameter model", "a multi-billion-user platform"
  parameter: 'parameters', user: 'users', customer: 'customers', subscriber: 'subscribers',
});

// Words that end the search for a noun: a count is not followed by its noun across these.
const BREAKS = new Set(`the a an of in on at to for from by with and or but as that which who whom
  is are was were be been being has have had will would could should may might can its their his
  her our your my this these those it than per each into over under about after before since
  while when where if so not no`.split(/\s+/));

// "100 of its employees", "thousands of workers": "of" and a determiner may come first.
const OF_DETERMINERS = new Set(['its', 'their', 'the', 'our', 'his', 'her', 'whose', 'those', 'these']);

const MAX_MODIFIERS = 3;

export interface CountedNoun {
  unit: string;
  noun: string;
  next: number;
}

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** The counted noun for a count ending before tokens[i], or null. */
// Units of time right after a number: it counts them, whatever noun follows ("30 day active users", "7 day rolling average")
const TIME_WINDOW = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes']);

const MEASURE_WORD = /^(?:times|fold|percent|per|cent|points?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|times?|x)$/;

/** From tokens[k]: lower-case modifiers with commas between, "and"/"or", one last modifier, then a counted noun. */
function listOfModifiersAhead(tokens: readonly Token[], k: number): boolean {
  const modifier = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && /^[a-z]/.test(t.text) && !BREAKS.has(t.lower) && !NOUNS.get(t.lower) && !MEASURE_WORD.test(t.lower);
  let j = k;
  while (modifier(tokens[j]) && tokens[j + 1]?.text === ',') j += 2;
  if (!modifier(tokens[j])) return false;
  j++;
  if (tokens[j]?.text === ',') j++;
  if (!/^(?:and|or)$/.test(tokens[j]?.lower ?? '')) return false;
  return modifier(tokens[j + 1]) && NOUNS.get(tokens[j + 2]?.lower ?? '') !== undefined;
}

export function readCountedNoun(tokens: readonly Token[], i: number, allowOf: boolean): CountedNoun | null {
  const first = tokens[i];
  if (!first) return null;
  // "250-person", "3,000-strong"
  if (first.text === '-' && glued(tokens[i - 1], first) && glued(first, tokens[i + 1])) {
    const w = tokens[i + 1]!;
    const unit = HYPHENATED.get(w.lower);
    return unit ? { unit, noun: w.text, next: i + 2 } : null;
  }
  // "1GW", "300MW": a unit glued to the digits.
  if (glued(tokens[i - 1], first) && first.kind === 'word') {
    const unit = NOUNS.get(first.lower);
    return unit === 'GW' || unit === 'MW' || unit === 'GWh' || unit === 'MWh'
      ? { unit, noun: first.text, next: i + 1 }
      : null;
  }
  let k = i;
  if (allowOf && first.lower === 'of') {
    k++;
    if (tokens[k] && OF_DETERMINERS.has(tokens[k]!.lower)) k++;
  }
  let modifiers = 0;
  // ("250,000 full-, part-time, and seasonal workers": a hyphen left hanging joins the next modifiers, commas and all)
  let suspended = false;
  while (k < tokens.length && modifiers <= MAX_MODIFIERS) {
    const t = tokens[k]!;
    if (t.text === '-' && modifiers >= 1 && glued(tokens[k - 1], t) && (tokens[k + 1]?.text === ',' || /^(?:and|or)$/.test(tokens[k + 1]?.lower ?? ''))) {
      suspended = true;
      k++;
      continue;
    }
    if (t.text === ',' && suspended && tokens[k + 1]?.kind === 'word') {
      k++;
      continue;
    }
    // ("19 million retail, commercial and institutional customers": a list of modifiers, its last joined by "and" or "or")
    if (t.text === ',' && modifiers >= 1 && !MEASURE_WORD.test(tokens[k - 1]!.lower) && listOfModifiersAhead(tokens, k + 1)) {
      k++;
      continue;
    }
    // ("4.3 million 90-day active customers", "20 million 30-day active users": a window of time glued to its number describes them)
    if (t.kind !== 'word' && /^\d{1,3}$/.test(t.text) && tokens[k + 1]?.text === '-' && glued(t, tokens[k + 1]) && glued(tokens[k + 1], tokens[k + 2]) && TIME_WINDOW.has(tokens[k + 2]?.lower ?? '')) {
      k += 3;
      modifiers++;
      continue;
    }
    if (t.kind !== 'word') return null;
    const phrase = PHRASES.match(tokens, k);
    if (phrase) return { unit: phrase.value, noun: tokens.slice(k, phrase.next).map((x) => x.text).join(' '), next: phrase.next };
    const unit = NOUNS.get(t.lower);
    if (unit) {
      // "100,000 H100 GPUs": a unit noun followed by another takes the last.
      let end = k;
      while (tokens[end + 1] && tokens[end + 1]!.kind === 'word' && NOUNS.get(tokens[end + 1]!.lower) && end - k < 2) end++;
      // ("4,000 customer support staff", "500 user experience designers": a singular noun that modifies a compound counts its last word)
      if (end === k && !t.lower.endsWith('s')) {
        for (let j = k + 1; j <= k + 2; j++) {
          const w = tokens[j];
          if (!w || w.kind !== 'word' || !/^[a-z]/.test(w.text) || BREAKS.has(w.lower) || glued(tokens[j - 1], w)) break;
          if (NOUNS.get(w.lower)) {
            end = j;
            break;
          }
        }
      }
      const head = tokens[end]!;
      return { unit: NOUNS.get(head.lower)!, noun: head.text, next: end + 1 };
    }
    // ("13 million retail and business customers", "2,000 full-time and part-time staff": two modifiers joined)
    // (not after a measure: "by up to 10 times and users can…")
    if ((t.lower === 'and' || t.lower === 'or') && modifiers >= 1 && !MEASURE_WORD.test(tokens[k - 1]!.lower) && tokens[k + 1]?.kind === 'word' && !BREAKS.has(tokens[k + 1]!.lower)) {
      k++;
      continue;
    }
    if (BREAKS.has(t.lower)) return null;
    // ("30 day active customers": a time window describes the noun, the number counts days, not customers)
    if (k === i && TIME_WINDOW.has(t.lower)) return null;
    modifiers++;
    if (modifiers > MAX_MODIFIERS) return null;
    k++;
    // "R&D", "M&A": an ampersand glued between two words joins them into one modifier
    if (tokens[k]?.text === '&' && glued(tokens[k - 1], tokens[k]) && glued(tokens[k], tokens[k + 1]) && tokens[k + 1]!.kind === 'word') k += 2;
    // "full-time", "top-rated": a hyphenated modifier counts as one word.
    while (tokens[k] && tokens[k]!.text === '-' && glued(tokens[k - 1], tokens[k]) && glued(tokens[k], tokens[k + 1]) && tokens[k + 1]!.kind === 'word') {
      k += 2;
    }
  }
  return null;
}

/** True when the word names a counted unit (used by the year rule: "2000 employees"). */
export function isCountedNoun(t: Token | undefined): boolean {
  return t !== undefined && NOUNS.get(t.lower) !== undefined;
}
