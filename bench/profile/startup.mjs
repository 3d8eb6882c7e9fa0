// Profiling aid: what a short run pays before and around its first article. Each command is
// a whole process, timed from spawn to exit; the commands take turns, N rounds; medians.
// The differences between neighbouring rows are the cost of each start-up layer. With perf
// present, the CPU time of each process too: on a shared machine it moves less than wall
// time does.
// Processes run without NODE_EXTRA_CA_CERTS and NODE_OPTIONS (see bench/whole.mjs), unless
// --env-as-is. --ir: also each command's instruction count, once, under valgrind (callgrind;
// slow, but the same on a busy machine as on an idle one).
//   node bench/profile/startup.mjs [N] [--bin path/to/newsfacts.js] [--env-as-is] [--ir]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHILD_ENV, median, min, timeProcess } from '../whole.mjs';

const { values: opt, positionals } = parseArgs({ allowPositionals: true, options: { bin: { type: 'string' }, 'env-as-is': { type: 'boolean' }, ir: { type: 'boolean' } } });
const env = opt['env-as-is'] ? process.env : CHILD_ENV;
const N = Number(positionals[0] ?? 15);
const root = join(import.meta.dirname, '..', '..');
const bin = opt.bin ?? join(root, 'bin', 'newsfacts.js');
const tmp = join(root, '.bench', 'startup');
mkdirSync(tmp, { recursive: true });
writeFileSync(join(tmp, 'empty.mjs'), '');
writeFileSync(join(tmp, 'tiny.txt'), 'Hello.\n');
const wire = join(root, 'fixtures', 'wire-story.txt');
const COMMANDS = [
  ['node -e 0', ['-e', '0']],
  ['node empty.mjs (ESM entry)', [join(tmp, 'empty.mjs')]],
  ['newsfacts --version (bundle + commander)', [bin, '--version']],
  ['newsfacts --format ndjson tiny.txt ("Hello.")', [bin, '--format', 'ndjson', join(tmp, 'tiny.txt')]],
  ['newsfacts --format ndjson wire-story.txt', [bin, '--format', 'ndjson', wire]],
  ['newsfacts wire-story.txt (table)', [bin, wire]],
];
// CPU time from `perf stat -e task-clock` (µs resolution) when perf is there
const PERF = ['/usr/bin/perf', '/usr/local/bin/perf'].find((p) => existsSync(p));
const withCpu = !!PERF;
const times = COMMANDS.map(() => []);
const cpu = COMMANDS.map(() => []);
async function once(args) {
  if (!withCpu) return { ms: (await timeProcess(args, { cwd: root, okCodes: [0, 1], env })).ms, cpu: NaN };
  const r = await timeProcess(['stat', '-x,', '-e', 'task-clock', process.execPath, ...args], { cwd: root, okCodes: [0, 1], cmd: PERF, env });
  const m = /^([\d.]+),msec,task-clock/m.exec(r.stderr);
  return { ms: r.ms, cpu: m ? Number(m[1]) : NaN };
}
for (const [, args] of COMMANDS) await once(args);
for (let i = 0; i < N; i++)
  for (const [k, [, args]] of COMMANDS.entries()) {
    const r = await once(args);
    times[k].push(r.ms);
    cpu[k].push(r.cpu);
  }
const ir = COMMANDS.map(([, args]) => {
  if (!opt.ir) return NaN;
  const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...args], { cwd: root, env, encoding: 'utf8' });
  return Number(/Collected : (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1e6;
});
let prev = null;
let prevCpu = null;
let prevIr = null;
console.log(`${opt['env-as-is'] ? 'environment as is' : `without ${['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'].join(', ')}`}; ${N} rounds, commands taking turns${withCpu ? ' (each under `perf stat -e task-clock`: CPU time of all its threads)' : ''}`);
for (const [k, [label]] of COMMANDS.entries()) {
  const m = median(times[k]);
  const c = median(cpu[k]);
  console.log(
    `${label.padEnd(48)} wall median ${m.toFixed(0).padStart(4)} ms (+${prev === null ? 0 : (m - prev).toFixed(0)}), min ${min(times[k]).toFixed(0).padStart(4)} ms` +
      (withCpu ? `; CPU median ${c.toFixed(0).padStart(4)} ms (+${prevCpu === null ? 0 : (c - prevCpu).toFixed(0)})` : '') +
      (opt.ir ? `; ${ir[k].toFixed(0)} M instructions (+${prevIr === null ? 0 : (ir[k] - prevIr).toFixed(0)})` : ''),
  );
  prevIr = ir[k];
  prev = m;
  prevCpu = c;
}
