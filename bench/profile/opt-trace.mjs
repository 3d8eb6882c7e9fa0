// Profiling aid: what V8's optimising compiler did over a run, from `--trace-opt --trace-deopt`
// output: compilations, deoptimisations by reason, and by function the compilations, their time
// (as traced: wall time of each job, which load stretches) and why each was thrown away; then the
// time of first compilations against recompilations (of a function already compiled once).
//   node --trace-opt --trace-deopt bin/newsfacts.js --format ndjson ../shared/corpus/bbc > t.txt
//   node bench/profile/opt-trace.mjs t.txt [top]
// (The batch flags are set by the CLI itself, BATCH_V8_FLAGS; flags given on the command line make
// V8 refuse the code cache, which changes start-up but not the optimiser's work.)
import { readFileSync } from 'node:fs';

const lines = readFileSync(process.argv[2], 'utf8').split('\n');
const top = Number(process.argv[3] ?? 30);
const fns = new Map();
const reasons = new Map();
const seen = new Set();
let total = 0;
let deopts = 0;
let first = 0;
let again = 0;
const fn = (name) => {
  let r = fns.get(name);
  if (!r) fns.set(name, (r = { name, compiled: 0, ms: 0, deopts: new Map() }));
  return r;
};
for (const l of lines) {
  let m = /^\[completed compiling 0x\w+ <JSFunction ([^(]*)\(sfi = (0x\w+)\)>.*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(l);
  if (m) {
    const r = fn(m[1].trim() || '(anonymous)');
    const ms = Number(m[3]) + Number(m[4]) + Number(m[5]);
    r.compiled++;
    r.ms += ms;
    total += ms;
    if (seen.has(m[2])) again += ms;
    else first += ms;
    seen.add(m[2]);
    continue;
  }
  m = /^\[bailout \(kind: ([\w-]+), reason: ([^)]*)\): begin\. deoptimizing 0x\w+ <JSFunction ([^(]*)\(sfi/.exec(l);
  if (m && m[1] !== 'deopt-lazy') {
    const why = m[2];
    const r = fn(m[3].trim() || '(anonymous)');
    r.deopts.set(why, (r.deopts.get(why) ?? 0) + 1);
    reasons.set(why, (reasons.get(why) ?? 0) + 1);
    deopts++;
  }
}
const all = [...fns.values()];
console.log(`${all.reduce((n, r) => n + r.compiled, 0)} compilations of ${seen.size} functions, ${deopts} deoptimisations (eager), ${total.toFixed(0)} ms as traced: first compilations ${first.toFixed(0)} ms, recompilations ${again.toFixed(0)} ms`);
for (const [why, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${why}`);
console.log('\n     ms  comp  deopt  function: reasons');
for (const r of all.sort((a, b) => b.ms - a.ms).slice(0, top)) {
  const d = [...r.deopts.values()].reduce((a, b) => a + b, 0);
  console.log(`${r.ms.toFixed(1).padStart(7)}  ${String(r.compiled).padStart(4)}  ${String(d).padStart(5)}  ${r.name}: ${[...r.deopts].map(([w, n]) => `${n}× ${w}`).join('; ')}`);
}
