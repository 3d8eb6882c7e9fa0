// `npm run bench`: newsfacts against a naive compromise pipeline and wink-nlp on the same
// ≥ 2 MB corpus, plus cold start and peak memory of the CLI. Prints one markdown table.
// The corpus is built fresh (deterministic, seeded) under .bench/ (gitignored).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { buildCorpus, buildSmallFiles } from './corpus.mjs';

const root = join(import.meta.dirname, '..');
const work = join(root, '.bench');
const SEED = 7;
const COLD_RUNS = 15;
const SMALL_FILES = 10_000;

if (!existsSync(join(root, 'dist', 'entities', 'lexicon.txt'))) {
  console.error('bench: dist/ is not built (run `npm run build`, or `npm run bench` which builds first)');
  process.exit(2);
}

const log = (s) => process.stderr.write(`bench: ${s}\n`);
const corpusDir = join(work, 'corpus');
const smallDir = join(work, 'small');
const { articles, bytes } = buildCorpus(root, corpusDir, { minBytes: 2 * 1024 * 1024, seed: SEED });
const small = buildSmallFiles(root, smallDir, { count: SMALL_FILES, seed: SEED + 1 });
log(`corpus: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB; ${small.count} small files, ${(small.bytes / 1e6).toFixed(1)} MB`);

function engine(name, passes) {
  log(`${name}…`);
  const r = spawnSync(process.execPath, [join(import.meta.dirname, 'engine.mjs'), name, corpusDir, String(passes)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${name} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

// Each engine: one untimed warm-up pass, then PASSES timed passes; the fastest counts (a
// steady state: newsfacts and its pool workers keep optimising over the first passes).
// On a shared machine a burst of other work can slow one engine's process and not the
// next one's, so newsfacts, its pool and wink-nlp each run in ROUNDS processes, taking
// turns, and each keeps its best.
const PASSES = 5;
const ROUNDS = 3;
const best = (runs) => runs.reduce((a, b) => (b.best < a.best ? b : a));
const nfRuns = [];
const winkRuns = [];
const poolRuns = [];
for (let r = 0; r < ROUNDS; r++) {
  nfRuns.push(engine('newsfacts', PASSES));
  winkRuns.push(engine('wink', PASSES));
  poolRuns.push(engine('newsfacts-pool', PASSES));
}
const nf = best(nfRuns);
const wink = best(winkRuns);
const pool = best(poolRuns);
const naive = engine('compromise', 2);

// Cold start: one article through the CLI beside bare node, runs interleaved so both see the same machine.
function wallMs(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
log('cold start…');
const cli = [join(root, 'bin', 'newsfacts.js'), join(root, 'fixtures', 'wire-story.txt'), '--format', 'json'];
const coldCli = [];
const coldBare = [];
wallMs(cli); // file cache
for (let i = 0; i < COLD_RUNS; i++) {
  coldBare.push(wallMs(['-e', '0']));
  coldCli.push(wallMs(cli));
}

// Peak RSS: the CLI itself over a folder of 10,000 articles, ndjson streamed to a pipe we only count.
log(`peak RSS over ${SMALL_FILES} files…`);
const rss = await new Promise((resolve, reject) => {
  const t = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--import', join(import.meta.dirname, 'maxrss.mjs'), join(root, 'bin', 'newsfacts.js'), smallDir, '--format', 'ndjson'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  let lines = 0;
  let report = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lines++;
  });
  child.stderr.on('data', (d) => (stderr += d));
  child.stdio[3].on('data', (d) => (report += d));
  child.on('error', reject);
  child.on('close', (code) => {
    if (code !== 0 && code !== 1) return reject(new Error(`CLI exited ${code}: ${stderr.slice(0, 500)}`));
    resolve({ lines, seconds: Number(process.hrtime.bigint() - t) / 1e9, maxRssMb: JSON.parse(report).maxRssKb / 1024 });
  });
});

// Pathological text through the whole pipeline, in its own process.
log('pathological text…');
const patho = (() => {
  const r = spawnSync(process.execPath, [join(import.meta.dirname, 'pathological.mjs')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pathological failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
})();

const mbs = (r) => r.bytes / 1e6 / r.best;
const aps = (r) => r.articles / r.best;
// (two decimals under 10×: 0.96× must not print as 1.0×)
const x = (a, b) => `${(a / b).toFixed(a / b < 10 ? 2 : 1)}×`;
const rate = (r) => `${mbs(r).toFixed(2)} MB/s · ${Math.round(aps(r))} articles/s`;
const rows = [
  ['newsfacts, 1 core (in-process `extract`)', rate(nf), x(mbs(nf), mbs(naive)), x(mbs(nf), mbs(wink)), '≥ 10× · ≥ 1×'],
  [`newsfacts, all cores (pool, ${pool.threads} threads, ${pool.cores.toFixed(1)} cores busy)`, rate(pool), x(mbs(pool), mbs(naive)), x(mbs(pool), mbs(wink)), 'all cores used'],
  ['naive compromise (`nlp(text)`, `.money()`, `.organizations()`)', rate(naive), '1.0×', x(mbs(naive), mbs(wink)), ''],
  ['wink-nlp + lite model (`readDoc(text).entities()`)', rate(wink), x(mbs(wink), mbs(naive)), '1.0×', ''],
  [`cold start: \`newsfacts wire-story.txt --format json\` (median of ${COLD_RUNS})`, `${Math.round(median(coldCli))} ms`, '', '', `≤ 3× bare node: ${x(median(coldCli), median(coldBare))}`],
  [`cold start: \`node -e 0\` (median of ${COLD_RUNS})`, `${Math.round(median(coldBare))} ms`, '', '', ''],
  [
    `peak RSS: CLI over ${SMALL_FILES.toLocaleString('en-US')} files, \`--format ndjson\``,
    `${Math.round(rss.maxRssMb)} MB (${rss.lines.toLocaleString('en-US')} lines, ${rss.seconds.toFixed(1)} s)`,
    '',
    '',
    '< 300 MB',
  ],
  ...patho.map((p) => [
    `pathological: ${p.name}`,
    `${Math.round(p.ms)} ms (${Math.round(p.ms / (p.bytes / (1 << 20)))} ms per MB)`,
    '',
    '',
    'well under 1 s per MB',
  ]),
];
const head = ['measure', 'result', 'vs naive compromise', 'vs wink-nlp', 'target'];
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
console.log(
  `newsfacts bench: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB (fixtures varied, seed ${SEED}); ` +
    `${availableParallelism()} cores (${cpu}), Node ${process.version}, load ${loadavg()[0].toFixed(2)}; fastest of ${PASSES} passes (compromise: 2), newsfacts, its pool and wink-nlp best of ${ROUNDS} processes taken in turn\n`,
);
console.log(`| ${head.join(' | ')} |`);
console.log(`|${head.map(() => '---').join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
