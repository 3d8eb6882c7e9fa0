import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { Memo } from '../text/memo.js';

/**
 * Is a word an ordinary English word? A capitalised word that opens a sentence is a
 * name when no dictionary knows it ("Stackwise grew…", "Quillmark raised…") and probably
 * an ordinary word when one does ("Reality is…", "Talent is…"). The list is the
 * word-list package, sorted at build time (scripts/build-words.mjs): one word a line,
 * between a leading and a trailing newline. It stays bytes (the list is ASCII, so byte
 * order is the sort order).
 *
 * One article asks about a few dozen words, so the 2.8 MB list is not read for them: each
 * step of the binary search reads the few bytes around its midpoint from the file. A run
 * that asks about many words (a batch) reads the whole list once and searches it in memory.
 */

// Next to the built module (dist/entities), beside the command-line bundle (dist), or —
// running from src in tests — the built copy.
const LOCATIONS = ['./english-words.txt', './entities/english-words.txt', '../../dist/entities/english-words.txt'];

/** Words searched in the file before the whole list is read instead. */
const PROBED_WORDS = 200;
/** Bytes read around a midpoint: more than twice the longest word. */
const WINDOW = 128;
const NEWLINE = 10;

interface WordList {
  /** Is the word (its UTF-8 bytes) on the list? */
  has(target: Buffer): boolean;
}

/**
 * The list in memory, searched byte by byte in place: the same steps as the search in the file
 * (`search`), without a buffer view, two native index searches and a native compare made at each
 * step (~18 steps a word; a batch asks about ~20 K distinct words).
 */
function inMemory(bytes: Buffer): WordList {
  return { has: (target) => hasBytes(bytes, target) };
}

function hasBytes(bytes: Buffer, target: Buffer): boolean {
  const size = bytes.length;
  const m = target.length;
  let lo = 0;
  let hi = size - 1;
  while (lo < hi) {
    // the line around the midpoint (bytes.lastIndexOf(NEWLINE, mid) + 1 to the next newline)
    let start = (lo + hi) >> 1;
    while (start >= 0 && bytes[start] !== NEWLINE) start--;
    start++;
    let end = start;
    while (end < size && bytes[end] !== NEWLINE) end++;
    if (end === size) break;
    // the listed word compared with the target, as Buffer#compare: <0 before it, 0 the same, >0 after it
    const n = end - start;
    const k = n < m ? n : m;
    let order = 0;
    for (let i = 0; i < k && order === 0; i++) order = bytes[start + i]! - target[i]!;
    if (order === 0) order = n - m;
    if (order === 0) return true;
    if (order < 0) lo = end + 1;
    else hi = start - 1;
  }
  return false;
}

function onDisk(fd: number, size: number): WordList {
  const window = Buffer.alloc(WINDOW);
  return { has: (target) => searchLines(size, lineAround, target) };
  /** The word on the line around byte `at`: its bytes and where its line starts and ends. */
  function lineAround(at: number): { word: Buffer; start: number; end: number } | null {
    const from = Math.max(0, at - WINDOW / 2);
    const n = readSync(fd, window, 0, WINDOW, from);
    const before = window.lastIndexOf(NEWLINE, at - from);
    const after = window.indexOf(NEWLINE, before + 1);
    // (a line longer than the window: not in a list of words)
    if (before < 0 || after < 0 || after >= n) return null;
    return { word: Buffer.from(window.subarray(before + 1, after)), start: from + before + 1, end: from + after };
  }
}

let list: WordList | null = null;
let file: { path: URL; fd: number } | null = null;
let searched = 0;

function open(): WordList {
  if (list && (searched <= PROBED_WORDS || !file)) return list;
  if (file) {
    // many words asked: read the list once
    closeSync(file.fd);
    list = inMemory(readFileSync(file.path));
    file = null;
    return list;
  }
  for (const at of LOCATIONS) {
    const path = new URL(at, import.meta.url);
    try {
      const fd = openSync(path, 'r');
      file = { path, fd };
      return (list = onDisk(fd, fstatSync(fd).size));
    } catch {
      // try the next place
    }
  }
  return (list = inMemory(Buffer.from('\n'))); // no list built: every word counts as unknown, names are judged by context alone
}

/** Binary search over the sorted, newline-separated list. */
const known = new Memo((word) => search(word.toLowerCase()));
export const isDictionaryWord = (word: string): boolean => known.get(word);

function search(w: string): boolean {
  searched++;
  return open().has(Buffer.from(w));
}

function searchLines(size: number, lineAround: (at: number) => { word: Buffer; start: number; end: number } | null, target: Buffer): boolean {
  let lo = 0;
  let hi = size - 1;
  while (lo < hi) {
    const line = lineAround((lo + hi) >> 1);
    if (line === null) break;
    // the listed word compared with the target: <0 before it, 0 the same, >0 after it
    const order = line.word.compare(target);
    if (order === 0) return true;
    if (order < 0) lo = line.end + 1;
    else hi = line.start - 1;
  }
  return false;
}
