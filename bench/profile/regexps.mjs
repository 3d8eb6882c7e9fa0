// Profiling aid: which regular expressions a cold process compiles, and what each costs.
// V8 compiles a regexp the first time it runs (per pattern and flags, per string width); this
// wraps RegExp.prototype.exec (every regexp operation goes through it once it is replaced) and,
// the first time each pattern runs, times one run on '' first — about the cost of compiling it.
// Then runs `extract` (dist/index.js) over the given articles.
//   node [--no-regexp-optimization] bench/profile/regexps.mjs [--top N] <files or dirs…>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { inputs } from '../rivals/files.mjs';

const { values: opt, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '15' } } });
const exec = RegExp.prototype.exec;
const seen = new Map(); // "flags/source" → { ms, runs }
let compileMs = 0;
RegExp.prototype.exec = function (s) {
  const key = `/${this.source}/${this.flags}`;
  let e = seen.get(key);
  if (!e) {
    const last = this.lastIndex;
    const t = performance.now();
    exec.call(this, '');
    e = { ms: performance.now() - t, runs: 0 };
    compileMs += e.ms;
    this.lastIndex = last;
    seen.set(key, e);
  }
  e.runs++;
  return exec.call(this, s);
};
const root = join(import.meta.dirname, '..', '..');
const t0 = performance.now();
const { extract } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const loadMs = performance.now() - t0;
const atLoad = seen.size;
const files = [...inputs(positionals.length ? positionals : [join(root, 'fixtures', 'wire-story.txt')])];
const t1 = performance.now();
for (const f of files) extract(readFileSync(f, 'utf8'));
const runMs = performance.now() - t1;
console.log(`node ${process.execArgv.join(' ') || '(no flags)'}: import ${loadMs.toFixed(0)} ms (${atLoad} patterns run while loading); ${files.length} article(s) in ${runMs.toFixed(0)} ms`);
console.log(`${seen.size} distinct patterns ran; first run on '' of each: ${compileMs.toFixed(1)} ms in all`);
const top = [...seen].sort((a, b) => b[1].ms - a[1].ms).slice(0, Number(opt.top));
for (const [k, e] of top) console.log(`${e.ms.toFixed(2).padStart(7)} ms  ${String(e.runs).padStart(6)} runs  ${k.length > 150 ? k.slice(0, 147) + '…' : k}`);
