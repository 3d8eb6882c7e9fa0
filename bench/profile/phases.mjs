// Profiling aid: where a run's time goes by phase — module compile and evaluation, the CLI,
// reading inputs, each pipeline stage, building the output, the pool, GC — from V8 CPU
// profiles of the mapped build (bench/profile/mapped-build.mjs). Each sample goes to the
// outermost phase on its stack (a pipeline stage inside extraction; the lexicon and word
// list loads wherever they happen). With several profiles, the mean per profile.
//   node bench/profile/phases.mjs [--in PHASE-PREFIX] <x.cpuprofile…>
// --in: also the top self-time functions inside the phases that start so.
import { kind, samplesOf, where } from './cpuprofile.mjs';

import { parseArgs } from 'node:util';

const { values: opt, positionals: files } = parseArgs({ allowPositionals: true, options: { in: { type: 'string' } } });
const inside = new Map();
const STAGE_AT = { 59: 'text', 65: 'spot', 68: 'values', 80: 'entities', 85: 'claims', 111: 'refine' }; // src/pipeline.ts STAGES
const INIT = { readSnapshot: 'lexicon snapshot read + parse', open: 'word list open', inMemory: 'word list read' };

function phaseOf(stack) {
  const leaf = stack[0];
  const k = kind(leaf);
  if (k === '(idle)') return null;
  if (k === '(garbage collector)') return 'GC';
  if (k === '(program)') return '(program: V8 outside JS — compile, IC, runtime)';
  // compiling a module's code, wherever it is asked for
  for (const cf of stack) {
    const f = cf.functionName;
    if (f === 'compileSourceTextModule' || f === 'wrapSafe' || f === 'compileForInternalLoader' || f === 'compileFunction')
      return `module compile (${f === 'compileForInternalLoader' ? 'node built-ins' : 'own and packages'})`;
  }
  // outermost first
  let extract = false;
  for (let i = stack.length - 1; i >= 0; i--) {
    const cf = stack[i];
    const f = cf.functionName;
    const w = where(cf);
    if (!extract) {
      if (f === 'extractFromPlainText') {
        extract = true;
        continue;
      }
      if (f === 'loadInput' || f === 'expandInputs' || f === 'readInputs') return 'input: read, decode, detect, hash';
      if (/^render/.test(f) || f === 'loadRenderer') return 'output: render';
      if (cf.url.startsWith('file:') && cf.lineNumber === 0 && cf.columnNumber === 0 && f === '') return `module evaluation: ${w.replace(/:\d+$/, '')}`;
      if (w.startsWith('piscina/')) return 'pool (piscina)';
      if (w.startsWith('commander/')) return 'CLI: commander';
      continue;
    }
    if (INIT[f] && /entities\/(lexicon|dictionary)\.ts/.test(w)) return `extract: first-use load: ${INIT[f]}`;
    if (w.startsWith('src/pipeline.ts:')) {
      const stage = STAGE_AT[Number(w.split(':')[1])];
      if (stage) return `extract: ${stage}`;
      if (f === 'toArticle') return 'extract: toArticle (output object)';
    }
  }
  if (extract) return 'extract: other';
  if (k === 'node internals') return 'node internals (loader, streams, …)';
  return `other: ${k}`;
}

const totals = new Map();
let wall = 0;
for (const f of files) {
  const p = samplesOf(f);
  wall += p.wallMs;
  for (const { dt, stack } of p.samples) {
    const ph = phaseOf(stack);
    if (ph) totals.set(ph, (totals.get(ph) ?? 0) + dt);
    if (ph && opt.in && ph.startsWith(opt.in)) {
      const key = `${stack[0].functionName || '(anonymous)'}  ${where(stack[0])}`;
      inside.set(key, (inside.get(key) ?? 0) + dt);
    }
  }
}
const n = files.length;
const busy = [...totals.values()].reduce((a, b) => a + b, 0);
console.log(`${n} profile(s): mean ${(wall / n).toFixed(0)} ms profiled, ${(busy / n / 1000).toFixed(0)} ms busy per profile`);
for (const [ph, us] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`${(us / n / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / busy).toFixed(1).padStart(5)} %  ${ph}`);
if (opt.in) {
  console.log(`\nself time inside "${opt.in}…"`);
  for (const [k, us] of [...inside].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / n / 1000).toFixed(1).padStart(8)} ms  ${k}`);
}
