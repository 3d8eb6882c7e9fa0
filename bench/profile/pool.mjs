// Profiling aid: does the worker pool pay, and from how many inputs? Whole CLI processes over
// N real articles (spread over the corpus, as bench/run.mjs picks them), for several N, in
// variants of the built CLI made by editing a copy of dist/cli.bundle.js under
// .bench/variants/ (the tree's dist/ is not touched):
//   as built   — the pool above POOL_MIN_INPUTS (20) inputs; in process, regexps unoptimised, below
//   in-process — never the pool (POOL_MIN_INPUTS = Infinity), regexps unoptimised as the CLI does
//                for in-process runs
//   in-process, regexps optimised — never the pool, and V8's regexp optimisation left on
//   pool       — always the pool (POOL_MIN_INPUTS = 0)
// Variants take turns; wall time from spawn to last byte, and CPU time (perf, if present).
//   node bench/profile/pool.mjs [reps] [N,N,…]
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listArticles, median, min, max, spread, timeProcess } from '../whole.mjs';

const root = join(import.meta.dirname, '..', '..');
const REPS = Number(process.argv[2] ?? 3);
const corpus = join(root, '..', 'shared', 'corpus', 'bbc');
const all = listArticles(existsSync(corpus) ? corpus : join(root, '.bench', 'corpus'));
const SIZES = (process.argv[3] ?? '10,20,21,50,100,300,all').split(',').map((n) => (n === 'all' ? all.length : Number(n)));

function variant(name, edit) {
  if (!edit) return join(root, 'bin', 'newsfacts.js');
  const dir = join(root, '.bench', 'variants', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const p of ['bin', 'dist', 'package.json']) cpSync(join(root, p), join(dir, p), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const bundle = join(dir, 'dist', 'cli.bundle.js');
  const src = readFileSync(bundle, 'utf8');
  const out = edit(src);
  if (out === src) throw new Error(`variant ${name}: the edit changed nothing (has the bundle changed?)`);
  writeFileSync(bundle, out);
  return join(dir, 'bin', 'newsfacts.js');
}
const threshold = (n) => (s) => s.replace(/var POOL_MIN_INPUTS = \d+;/, `var POOL_MIN_INPUTS = ${n};`);
const VARIANTS = [
  ['as built', variant('as-built', null)],
  ['in-process', variant('in-process', threshold('Infinity'))],
  ['in-process, regexps optimised', variant('in-process-opt', (s) => threshold('Infinity')(s).replace('setFlagsFromString("--no-regexp-optimization");', ';'))],
  ['pool', variant('pool', threshold(0))],
];
const PERF = ['/usr/bin/perf', '/usr/local/bin/perf'].find((p) => existsSync(p));
async function once(bin, files) {
  const args = [bin, '--format', 'ndjson', ...files];
  if (!PERF) return { ms: (await timeProcess(args, { cwd: root, okCodes: [0, 1] })).ms, cpu: NaN };
  const r = await timeProcess(['stat', '-x,', '-e', 'task-clock', process.execPath, ...args], { cwd: root, okCodes: [0, 1], cmd: PERF });
  return { ms: r.ms, cpu: Number(/^([\d.]+),msec,task-clock/m.exec(r.stderr)?.[1] ?? NaN) };
}
const res = {};
for (const n of SIZES) for (const [v] of VARIANTS) res[`${n}|${v}`] = { ms: [], cpu: [] };
for (const [, bin] of VARIANTS) await once(bin, spread(all, 1).map((a) => a.path));
for (let r = 0; r < REPS; r++) {
  for (const n of SIZES) {
    const files = spread(all, n).map((a) => a.path);
    for (let i = 0; i < VARIANTS.length; i++) {
      const [v, bin] = VARIANTS[(i + r) % VARIANTS.length];
      const o = await once(bin, files);
      res[`${n}|${v}`].ms.push(o.ms);
      res[`${n}|${v}`].cpu.push(o.cpu);
    }
  }
  process.stderr.write(`pool: repetition ${r + 1}/${REPS}\n`);
}
console.log(`${REPS} repetitions; wall median (min–max), CPU median; ratio: in-process wall ÷ pool wall, per repetition, median (min–max)`);
console.log(`| N | ${VARIANTS.map(([v]) => v).join(' | ')} | in-process ÷ pool |`);
console.log(`|---|${VARIANTS.map(() => '---').join('|')}|---|`);
for (const n of SIZES) {
  const cells = VARIANTS.map(([v]) => {
    const { ms, cpu } = res[`${n}|${v}`];
    return `${median(ms).toFixed(0)} ms (${min(ms).toFixed(0)}–${max(ms).toFixed(0)}), CPU ${median(cpu).toFixed(0)} ms`;
  });
  const rs = res[`${n}|in-process`].ms.map((ms, i) => ms / res[`${n}|pool`].ms[i]);
  console.log(`| ${n} | ${cells.join(' | ')} | ${median(rs).toFixed(2)} (${min(rs).toFixed(2)}–${max(rs).toFixed(2)}) |`);
}
