// Pathological text through the whole pipeline (issue: "well under a second per MB"), in its
// own process: a megabyte of "$1$1$1", of "1,1,1,", a 500 KB word, 100,000 capitalised words
// in a row. Prints one JSON line: [{ name, bytes, ms }].
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const { extract } = await import(pathToFileURL(join(import.meta.dirname, '..', 'dist', 'index.js')).href);
const MB = 1 << 20;
const cases = [
  ['1 MB of "$1$1$1…"', '$1'.repeat(MB / 2)],
  ['1 MB of "1,1,1,…"', '1,'.repeat(MB / 2)],
  ['a 500 KB word', 'a'.repeat(500 * 1024)],
  ['100,000 capitalised words in a row', Array.from({ length: 100_000 }, (_, i) => `Word${String.fromCharCode(65 + (i % 26))}`).join(' ')],
];
const out = [];
for (const [name, text] of cases) {
  extract(text.slice(0, 20_000)); // warm the code paths this input takes
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    extract(text);
    times.push(performance.now() - t);
  }
  out.push({ name, bytes: Buffer.byteLength(text), ms: Math.min(...times) });
}
console.log(JSON.stringify(out));
