// Build step: a sorted copy of the word-list package's English words, so that the
// entities stage can binary-search it without splitting 274k lines at start-up.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordListPath from 'word-list';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'entities', 'english-words.txt');
const words = readFileSync(wordListPath, 'utf8').split('\n').filter((w) => /^[a-z]+$/.test(w));
words.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, '\n' + words.join('\n') + '\n');
