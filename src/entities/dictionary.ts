import { readFileSync } from 'node:fs';

/**
 * Is a word an ordinary English word? A capitalised word that opens a sentence is a
 * name when no dictionary knows it ("Stackwise grew…", "Nscale raised…") and probably
 * an ordinary word when one does ("Reality is…", "Talent is…"). The list is the
 * word-list package, sorted at build time (scripts/build-words.mjs) and read lazily.
 */

let words: string | null = null;

// Next to the built module (dist/entities), or — running from src in tests — the built copy.
const LOCATIONS = ['./english-words.txt', '../../dist/entities/english-words.txt'];

function load(): string {
  if (words !== null) return words;
  for (const at of LOCATIONS) {
    try {
      return (words = readFileSync(new URL(at, import.meta.url), 'utf8'));
    } catch {
      // try the next place
    }
  }
  return (words = '\n'); // no list built: every word counts as unknown, names are judged by context alone
}

const cache = new Map<string, boolean>();

/** Binary search over the sorted, newline-separated list. */
export function isDictionaryWord(word: string): boolean {
  const w = word.toLowerCase();
  let hit = cache.get(w);
  if (hit !== undefined) return hit;
  const list = load();
  let lo = 0;
  let hi = list.length - 1;
  hit = false;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = list.lastIndexOf('\n', mid) + 1;
    const end = list.indexOf('\n', start);
    if (end < 0) break;
    const cur = list.slice(start, end);
    if (cur === w) {
      hit = true;
      break;
    }
    if (cur < w) lo = end + 1;
    else hi = start - 1;
  }
  cache.set(w, hit);
  return hit;
}
