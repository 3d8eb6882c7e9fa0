// Profiling aid: how fast one process gets through real articles as it warms up. Loads the
// library (dist/index.js), then runs `extract` over the corpus PASSES times, timing each
// pass, the first pass in slices of 100 articles, and the first ten articles one by one.
// Run under node flags to compare (e.g. --no-regexp-optimization, which the CLI sets for
// short in-process runs).
//   node [flags] bench/profile/warmup.mjs [corpus-dir] [passes]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inputs } from '../rivals/files.mjs';

const root = join(import.meta.dirname, '..', '..');
const dir = process.argv[2] ?? join(root, '..', 'shared', 'corpus', 'bbc');
const PASSES = Number(process.argv[3] ?? 5);
const t0 = performance.now();
const { extract } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const loadMs = performance.now() - t0;
const articles = [...inputs([dir])].map((f) => readFileSync(f, 'utf8'));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
const first = [];
const slices = [];
const passes = [];
const cpus = [];
for (let p = 0; p < PASSES; p++) {
  const c0 = process.cpuUsage();
  const tp = performance.now();
  let ts = tp;
  let sliceBytes = 0;
  for (let i = 0; i < articles.length; i++) {
    const t = performance.now();
    extract(articles[i]);
    if (p === 0 && i < 10) first.push(performance.now() - t);
    if (p === 0) {
      sliceBytes += Buffer.byteLength(articles[i]);
      if ((i + 1) % 100 === 0 || i === articles.length - 1) {
        const now = performance.now();
        slices.push({ upTo: i + 1, mbs: sliceBytes / 1e6 / ((now - ts) / 1000) });
        ts = now;
        sliceBytes = 0;
      }
    }
  }
  passes.push(performance.now() - tp);
  const c = process.cpuUsage(c0);
  cpus.push((c.user + c.system) / 1000);
}
const f2 = (x) => x.toFixed(2);
console.log(`node ${process.execArgv.join(' ') || '(no flags)'}: ${articles.length} articles, ${f2(bytes / 1e6)} MB; library import ${loadMs.toFixed(0)} ms`);
console.log(`first 10 articles, ms each: ${first.map((x) => x.toFixed(1)).join(' ')}`);
console.log(`pass 1 by slices of 100 articles, MB/s: ${slices.map((s) => f2(s.mbs)).join(' ')}`);
console.log(`passes, MB/s: ${passes.map((ms) => f2(bytes / 1e6 / (ms / 1000))).join(' ')}  (pass 1: ${(passes[0] / 1000).toFixed(2)} s; pass ${PASSES}: ${(passes.at(-1) / 1000).toFixed(2)} s)`);
console.log(`passes, CPU s (all threads: JS, GC, compilers): ${cpus.map((ms) => (ms / 1000).toFixed(2)).join(' ')}`);
