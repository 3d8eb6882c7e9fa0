// Profiling aid: compare whole node processes on a noisy machine. Each command (one string,
// split on spaces; "node" means this node) runs N times, the commands taking turns; prints
// wall and CPU time (perf stat task-clock, if present) as median (min–max), and with --ir the
// instruction count of one run of each under valgrind (callgrind), which load does not move.
// Processes run without NODE_EXTRA_CA_CERTS and NODE_OPTIONS (bench/whole.mjs).
//   node bench/profile/ab.mjs [-n N] [--ir] 'node a.js x' 'node --flag a.js x' …
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHILD_ENV, max, median, min, timeProcess } from '../whole.mjs';

const { values: opt, positionals } = parseArgs({ allowPositionals: true, options: { n: { type: 'string', short: 'n', default: '5' }, ir: { type: 'boolean' } } });
const N = Number(opt.n);
const cmds = positionals.map((c) => c.split(' ').filter(Boolean).map((w, i) => (i === 0 && w === 'node' ? process.execPath : w)));
const PERF = ['/usr/bin/perf', '/usr/local/bin/perf'].find((p) => existsSync(p));
async function once(argv) {
  const [cmd, ...args] = argv;
  if (!PERF) return { ms: (await timeProcess(args, { cmd, okCodes: [0, 1] })).ms, cpu: NaN };
  const r = await timeProcess(['stat', '-x,', '-e', 'task-clock', cmd, ...args], { cmd: PERF, okCodes: [0, 1] });
  return { ms: r.ms, cpu: Number(/^([\d.]+),msec,task-clock/m.exec(r.stderr)?.[1] ?? NaN) };
}
const res = cmds.map(() => ({ ms: [], cpu: [] }));
for (const c of cmds) await once(c);
for (let i = 0; i < N; i++)
  for (let k = 0; k < cmds.length; k++) {
    const j = (k + i) % cmds.length;
    const o = await once(cmds[j]);
    res[j].ms.push(o.ms);
    res[j].cpu.push(o.cpu);
  }
const f = (xs) => `${median(xs).toFixed(0)} (${min(xs).toFixed(0)}–${max(xs).toFixed(0)})`;
for (const [k, c] of positionals.entries()) {
  let ir = '';
  if (opt.ir) {
    const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', ...cmds[k]], { env: CHILD_ENV, encoding: 'utf8', maxBuffer: 1 << 28 });
    ir = `; ${(Number(/Collected : (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1e6).toFixed(0)} M instructions`;
  }
  console.log(`wall ${f(res[k].ms)} ms; CPU ${f(res[k].cpu)} ms${ir}  ${c}`);
}
