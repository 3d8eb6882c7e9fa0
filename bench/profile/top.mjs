// Profiling aid: the functions that take the most self time in one or more V8 CPU profiles
// (node --cpu-prof), merged (a pooled run writes one profile per thread), each named by its
// source file:line when the code has a source map (bench/profile/mapped-build.mjs), and the
// same time by file and by kind (own code, packages, Node, GC, idle).
//   node bench/profile/top.mjs [--top N] [--from MS] [--to MS] <x.cpuprofile…>
// --from/--to: only samples in that window of each profile (ms from its start).
import { parseArgs } from 'node:util';
import { kind, samplesOf, where } from './cpuprofile.mjs';

const { values: opt, positionals: files } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '15' }, from: { type: 'string' }, to: { type: 'string' } },
});
const byFn = new Map();
const byFile = new Map();
const byKind = new Map();
let total = 0;
const perProfile = [];
for (const f of files) {
  const p = samplesOf(f);
  const own = { file: f, wallMs: p.wallMs, idle: 0, work: 0 };
  perProfile.push(own);
  const from = opt.from === undefined ? -Infinity : Number(opt.from) * 1000;
  const to = opt.to === undefined ? Infinity : Number(opt.to) * 1000;
  for (const { t, dt, stack } of p.samples) {
    if (t < from || t > to) continue;
    const cf = stack[0];
    const k = kind(cf);
    if (k === '(idle)') {
      own.idle += dt;
      byKind.set(k, (byKind.get(k) ?? 0) + dt);
      continue; // idle is not work: left out of the percentages
    }
    total += dt;
    own.work += dt;
    const w = where(cf);
    const key = `${cf.functionName || '(anonymous)'}\t${w}`;
    byFn.set(key, (byFn.get(key) ?? 0) + dt);
    const file = w.replace(/:\d+$/, '') || k;
    byFile.set(file, (byFile.get(file) ?? 0) + dt);
    byKind.set(k, (byKind.get(k) ?? 0) + dt);
  }
}
const ms = (us) => (us / 1000).toFixed(0).padStart(6);
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
const show = (title, m, n) => {
  console.log(`\n${title}`);
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).forEach(([k, us], i) => console.log(`${String(i + 1).padStart(3)}. ${ms(us)} ms ${pct(us)}  ${k.replace('\t', '  ')}`));
};
console.log(`${files.length} profile(s); ${(total / 1000).toFixed(0)} ms of samples not idle (idle: ${((byKind.get('(idle)') ?? 0) / 1000).toFixed(0)} ms)`);
for (const p of perProfile) console.log(`  ${p.file.split('/').pop()}: ${p.wallMs.toFixed(0)} ms profiled, ${(p.work / 1000).toFixed(0)} ms busy, ${(p.idle / 1000).toFixed(0)} ms idle`);
show('self time by function', byFn, Number(opt.top));
show('self time by file', byFile, 20);
show('self time by kind', new Map([...byKind].filter(([k]) => k !== '(idle)')), 20);
