// Warm, in-process throughput (the secondary figure of `npm run bench`): one engine's speed
// over the corpus once it has warmed up, in its own process (so no engine inherits
// another's heap or JIT state). Prints one JSON line: { engine, bytes, articles, seconds, ... }.
//   node bench/engine.mjs <engine> <corpus-dir> [passes]
// Engines: newsfacts (in-process extract, one core), newsfacts-pool (worker pool, all cores),
// compromise (naive: nlp(text), .money(), .organizations()), wink (readDoc(text).entities()).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inputs } from './rivals/files.mjs';

const [engine, dir, passesArg] = process.argv.slice(2);
const root = join(import.meta.dirname, '..');
const passes = Number(passesArg ?? 3);
// every article under dir (sub-directories too), in the order the CLI reads them
const articles = [...inputs([dir])].map((f) => ({ name: relative(dir, f), format: f.endsWith('.md') ? 'markdown' : 'text', text: readFileSync(f, 'utf8') }));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href);

/** Each engine: `run(articles)` does the whole work for every article and returns a count of what it found. */
async function load() {
  if (engine === 'newsfacts') {
    const { extract } = await dist('index.js');
    return { run: (list) => list.reduce((n, a) => n + extract(a.text, { format: a.format, name: a.name }).claims.length, 0) };
  }
  if (engine === 'newsfacts-pool') {
    const { toPlainText } = await dist('input/index.js');
    const { extractMany } = await dist('parallel/pool.js');
    return {
      threads: availableParallelism(),
      // Conversion (markdown → text) on the main thread, as the CLI does; extraction on the workers.
      run: async (list) => {
        let n = 0;
        const inputs = list.map((a) => {
          const plain = toPlainText(a.text, a.format);
          return { text: plain.text, options: { name: a.name, format: a.format, title: plain.title, warnings: plain.warnings } };
        });
        for await (const article of extractMany(inputs)) n += article.claims.length;
        return n;
      },
    };
  }
  if (engine === 'compromise') {
    const nlp = (await import('compromise')).default;
    return {
      run: (list) =>
        list.reduce((n, a) => {
          const doc = nlp(a.text);
          return n + doc.money().out('array').length + doc.organizations().out('array').length;
        }, 0),
    };
  }
  if (engine === 'wink') {
    const require = createRequire(import.meta.url);
    const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
    return { run: (list) => list.reduce((n, a) => n + nlp.readDoc(a.text).entities().out(nlp.its.detail).length, 0) };
  }
  throw new Error(`unknown engine ${engine}`);
}

const t0 = performance.now();
const e = await load();
const loadMs = performance.now() - t0;
// Warm-up (JIT, lazy tables; for the pool, its workers), then timed passes over the whole
// corpus; the fastest counts. A whole untimed pass, except for compromise (one pass is
// ~15 s and warms itself): on a busy machine V8's background compiler can take seconds
// to get to the hot code.
await e.run(engine === 'compromise' ? articles.slice(0, 60) : articles);
const seconds = [];
let found = 0;
const cpu0 = process.cpuUsage();
for (let i = 0; i < passes; i++) {
  const t = performance.now();
  found = await e.run(articles);
  seconds.push((performance.now() - t) / 1000);
}
// CPU time of every thread over wall time of the timed passes: how many cores did the work.
const cpu = process.cpuUsage(cpu0);
const cores = (cpu.user + cpu.system) / 1e6 / seconds.reduce((a, b) => a + b, 0);
console.log(
  JSON.stringify({ engine, threads: e.threads ?? 1, bytes, articles: articles.length, found, loadMs, seconds, best: Math.min(...seconds), cores }),
);
