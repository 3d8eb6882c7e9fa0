/**
 * What a money amount is per: "$24.71 a share", "$2 billion a year", "$100,000 each".
 * Claim extractors skip per-share prices and read per-year amounts as run rates.
 */
import { PhraseTable, type Token } from './tokens.js';

const PER = new PhraseTable<string>([
  // "$24.71 a share", "$3 per share", "$40/share"
  ['a share', 'share'], ['per share', 'share'], ['/ share', 'share'], ['a-share', 'share'],
  // "$2 billion a year", "annually", "per annum", "$1.2bn/yr"
  ['a year', 'year'], ['per year', 'year'], ['annually', 'year'], ['per annum', 'year'], ['/ year', 'year'],
  ['/ yr', 'year'], ['a yr', 'year'], ['each year', 'year'], ['every year', 'year'], ['yearly', 'year'],
  // "$20 a month", "$20/mo"
  ['a month', 'month'], ['per month', 'month'], ['/ month', 'month'], ['/ mo', 'month'], ['monthly', 'month'],
  ['each month', 'month'], ['every month', 'month'],
  ['a week', 'week'], ['per week', 'week'], ['/ week', 'week'], ['weekly', 'week'],
  ['a day', 'day'], ['per day', 'day'], ['/ day', 'day'], ['daily', 'day'],
  ['an hour', 'hour'], ['per hour', 'hour'], ['/ hour', 'hour'], ['/ hr', 'hour'], ['hourly', 'hour'],
  // ("$306 per flying hour": a pilot's rate)
  ['per flying hour', 'hour'], ['per flight hour', 'hour'], ['a flight hour', 'hour'], ['per block hour', 'hour'],
  // "$100,000 each", "$1m apiece", "$500 per person", "per employee"
  ['each', 'each'], ['apiece', 'each'], ['per person', 'person'], ['per employee', 'person'],
  ['per head', 'person'], ['a head', 'person'], ['per user', 'user'], ['per seat', 'seat'],
  // "$250 million per engineer", "$1.5 million per researcher": one person's pay
  ...['engineer', 'researcher', 'scientist', 'worker', 'staffer', 'hire', 'executive', 'recruit', 'developer'].map((w): [string, string] => [`per ${w}`, 'person']),
]);

// "$5 billion a year earlier", "a year ago": a time reference, not a rate
const NOT_RATE = new Set(['earlier', 'ago', 'later', 'before', 'after', 'prior', 'previously', 'on', 'from', 'since']);

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** A "per" phrase right after a money amount at tokens[i], or null. */
export function readPer(tokens: readonly Token[], i: number): { per: string; next: number } | null {
  const m = PER.match(tokens, i);
  if (!m) return null;
  // "daily active users", "monthly recurring revenue" are no rates of the amount before them
  if ((m.value === 'day' || m.value === 'month' || m.value === 'week' || m.value === 'year' || m.value === 'hour') && m.next === i + 1 && tokens[i + 1]?.kind === 'word' && tokens[i]!.lower.endsWith('ly') && tokens[i]!.lower !== 'annually') {
    return null;
  }
  const nx = tokens[m.next];
  // ("£14.35 an hour from September", "$20 a month from 1 April": a rate from a date on — not "a year from now")
  const fromDate = nx?.lower === 'from' && (/^\d/.test(tokens[m.next + 1]?.text ?? '') || MONTHS.has(tokens[m.next + 1]?.lower ?? '') || tokens[m.next + 1]?.lower === 'next');
  if (nx && nx.kind === 'word' && NOT_RATE.has(nx.lower) && !fromDate) return null;
  // "a year and a half ago" is a time; "$19 per hour and a $1,000 bonus" a rate
  if (nx?.lower === 'and' && (tokens[m.next + 1]?.lower === 'half' || (tokens[m.next + 1]?.lower === 'a' && tokens[m.next + 2]?.lower === 'half'))) return null;
  return { per: m.value, next: m.next };
}
