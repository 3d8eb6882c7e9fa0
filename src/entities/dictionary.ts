import { readFileSync } from 'node:fs';
import { Memo } from '../text/memo.js';

/**
 * Is a word an ordinary English word? A capitalised word that opens a sentence is a
 * name when no dictionary knows it ("Stackwise grew…", "Quillmark raised…") and probably
 * an ordinary word when one does ("Reality is…", "Talent is…"). The list is the
 * word-list package, sorted at build time (scripts/build-words.mjs) and read lazily.
 * It stays bytes: decoding 2.8 MB into a string would cost more at start-up than every
 * lookup of a run (the list is ASCII, so byte order is the sort order).
 */

let words: Buffer | null = null;

// Next to the built module (dist/entities), beside the command-line bundle (dist), or —
// running from src in tests — the built copy.
const LOCATIONS = ['./english-words.txt', './entities/english-words.txt', '../../dist/entities/english-words.txt'];

function load(): Buffer {
  if (words !== null) return words;
  for (const at of LOCATIONS) {
    try {
      return (words = readFileSync(new URL(at, import.meta.url)));
    } catch {
      // try the next place
    }
  }
  return (words = Buffer.from('\n')); // no list built: every word counts as unknown, names are judged by context alone
}

const NEWLINE = 10;


/** Binary search over the sorted, newline-separated list. */
const known = new Memo((word) => search(word.toLowerCase()));
export const isDictionaryWord = (word: string): boolean => known.get(word);

function search(w: string): boolean {
  let hit: boolean;
  const list = load();
  const target = Buffer.from(w);
  let lo = 0;
  let hi = list.length - 1;
  hit = false;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = list.lastIndexOf(NEWLINE, mid) + 1;
    const end = list.indexOf(NEWLINE, start);
    if (end < 0) break;
    // the listed word compared with the target: <0 before it, 0 the same, >0 after it
    const order = list.compare(target, 0, target.length, start, end);
    if (order === 0) {
      hit = true;
      break;
    }
    if (order < 0) lo = end + 1;
    else hi = start - 1;
  }
  return hit;
}
