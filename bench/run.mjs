// `npm run bench`: speed as users meet it. Whole processes over real articles
// (../shared/corpus/bbc: 1,362 BBC stories; also 1, 10 and 100 of them), wall time from
// spawn to the last byte of output, nothing warmed up first:
//   newsfacts --format ndjson <files or dir>
//   wink-nlp + lite model, readDoc(text).entities()        (bench/rivals/wink.mjs)
//   naive compromise, nlp(text) .money() .organizations()  (bench/rivals/compromise.mjs)
// each its own process, same files, same run, taking turns (the order rotates every
// repetition), several repetitions. The result is ratios of MB/s, each from one repetition's
// three runs, with their spread. Then: one cold article beside bare `node -e 0`, peak RSS of
// newsfacts over all of bbc, the old warm in-process figure (labelled so), peak RSS over
// 10,000 small files and pathological inputs. Prints markdown; PASS/FAIL per target.
//
//   node bench/run.mjs [--corpus DIR] [--reps N]     (N: repetitions of the whole-corpus runs)
//
// Without ../shared (a clone of the repository alone), the whole-process rows run on a corpus
// generated from the fixtures instead, and the targets, set on bbc, print as n/a.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus, buildSmallFiles } from './corpus.mjs';
import { listArticles, max, median, min, spread, STRIPPED_ENV, timeProcess } from './whole.mjs';

const root = join(import.meta.dirname, '..');
const work = join(root, '.bench');
const started = Date.now();
const load0 = loadavg()[0];

const { values: argv } = parseArgs({
  options: { corpus: { type: 'string' }, reps: { type: 'string' } },
});
const REPS_ALL = Number(argv.reps ?? 3); // whole corpus: compromise takes ~20 s a run
const REPS_SAMPLE = Math.max(REPS_ALL, 5); // 1, 10, 100 articles
const COLD_RUNS = 21;
const RSS_RUNS = 2;
const SMALL_FILES = 10_000;
const WARM_PASSES = 3;
const WARM_ROUNDS = 2;
const TARGET = { wink: 1.5, compromise: 10, cold: 2, rssMb: 250 };

if (!existsSync(join(root, 'dist', 'entities', 'lexicon.txt'))) {
  console.error('bench: dist/ is not built (run `npm run build`, or `npm run bench` which builds first)');
  process.exit(2);
}
const log = (s) => process.stderr.write(`bench: ${s}\n`);

// ---- the corpus -------------------------------------------------------------------------
const bbc = join(root, '..', 'shared', 'corpus', 'bbc');
let corpusDir = argv.corpus ?? bbc;
let corpusLabel = argv.corpus ? relative(root, argv.corpus) || '.' : '../shared/corpus/bbc';
const real = !argv.corpus && existsSync(bbc);
if (!argv.corpus && !real) {
  log('../shared/corpus/bbc is absent (a clone of the repository alone): a reduced bench on a corpus generated from the fixtures; the targets, set on bbc, print as n/a');
  corpusDir = join(work, 'corpus');
  corpusLabel = 'fixtures varied (seed 7, .bench/corpus)';
  buildCorpus(root, corpusDir, { minBytes: 2 * 1024 * 1024, seed: 7 });
}
const all = listArticles(corpusDir);
if (all.length < 2) throw new Error(`bench: ${corpusDir} holds ${all.length} articles`);
const sizes = [1, 10, 100].filter((k) => k < all.length);
const sets = [
  ...sizes.map((k) => ({ key: String(k), label: k === 1 ? '1 article' : `${k} articles`, files: spread(all, k), args: spread(all, k).map((a) => a.path), reps: REPS_SAMPLE })),
  // the whole corpus is given as the directory, as a user would
  { key: 'all', label: `all ${all.length.toLocaleString('en-US')} articles`, files: all, args: [corpusDir], reps: REPS_ALL },
];
for (const s of sets) s.bytes = s.files.reduce((n, a) => n + a.bytes, 0);
const totalMb = sets.at(-1).bytes / 1e6;
log(`corpus ${corpusLabel}: ${all.length} articles, ${totalMb.toFixed(2)} MB; load ${load0.toFixed(2)}`);

// ---- whole processes, interleaved -------------------------------------------------------
const ENGINES = [
  { key: 'newsfacts', label: 'newsfacts', cmd: (args) => [join(root, 'bin', 'newsfacts.js'), '--format', 'ndjson', ...args], okCodes: [0, 1] },
  { key: 'wink', label: 'wink-nlp', cmd: (args) => [join(import.meta.dirname, 'rivals', 'wink.mjs'), ...args] },
  { key: 'compromise', label: 'naive compromise', cmd: (args) => [join(import.meta.dirname, 'rivals', 'compromise.mjs'), ...args] },
];
const runs = {}; // runs[set][engine] = [ms, …] in repetition order
for (const s of sets) runs[s.key] = Object.fromEntries(ENGINES.map((e) => [e.key, []]));
// one untimed run of each engine on one article: the files and node itself in the page cache
for (const e of ENGINES) await timeProcess(e.cmd(sets[0].args), { cwd: root, okCodes: e.okCodes });
const maxReps = Math.max(...sets.map((s) => s.reps));
for (let r = 0; r < maxReps; r++) {
  const order = ENGINES.map((_, i) => ENGINES[(i + r) % ENGINES.length]); // rotate who goes first
  for (const s of sets) {
    if (r >= s.reps) continue;
    for (const e of order) {
      const res = await timeProcess(e.cmd(s.args), { cwd: root, okCodes: e.okCodes });
      if (res.lines !== s.files.length) throw new Error(`${e.key} on ${s.label}: ${res.lines} output lines for ${s.files.length} inputs`);
      runs[s.key][e.key].push(res.ms);
    }
  }
  log(`whole processes: repetition ${r + 1}/${maxReps} done (${Math.round((Date.now() - started) / 1000)} s)`);
}

// ---- one cold article beside bare node ---------------------------------------------------
log('cold start…');
const wire = join(root, 'fixtures', 'wire-story.txt');
const COLD = {
  bare: [['-e', '0']],
  ndjson: [[join(root, 'bin', 'newsfacts.js'), '--format', 'ndjson', wire]],
  table: [[join(root, 'bin', 'newsfacts.js'), wire]],
};
// and, when this machine's environment sets what the measured processes run without, the
// same two commands with it, as the issue first measured them
if (STRIPPED_ENV.length) {
  COLD.bareAsIs = [COLD.bare[0], process.env];
  COLD.ndjsonAsIs = [COLD.ndjson[0], process.env];
}
const cold = Object.fromEntries(Object.keys(COLD).map((k) => [k, []]));
const coldRun = async (k) => (await timeProcess(COLD[k][0], { cwd: root, env: COLD[k][1] })).ms;
for (const k of Object.keys(COLD)) await coldRun(k); // page cache
for (let i = 0; i < COLD_RUNS; i++) for (const k of Object.keys(COLD)) cold[k].push(await coldRun(k));

// ---- peak RSS: newsfacts over the whole corpus, and over 10,000 small files ---------------
// (node --import bench/maxrss.mjs: the process reports its own peak RSS, workers included,
// on fd 3 at exit; stdout is read and counted as in the timed runs)
const peakRss = async (args) => {
  const res = await timeProcess(['--import', join(import.meta.dirname, 'maxrss.mjs'), join(root, 'bin', 'newsfacts.js'), '--format', 'ndjson', ...args], { cwd: root, okCodes: [0, 1], stdio3: true });
  const report = res.fd3.trim().split('\n').map((l) => JSON.parse(l));
  return { mb: Math.max(...report.map((r) => r.maxRssKb)) / 1024, seconds: res.ms / 1000, lines: res.lines };
};
log(`peak RSS over ${all.length} articles…`);
const rss = [];
for (let i = 0; i < RSS_RUNS; i++) rss.push(await peakRss([corpusDir]));
log(`peak RSS over ${SMALL_FILES} small files…`);
const smallDir = join(work, 'small');
buildSmallFiles(root, smallDir, { count: SMALL_FILES, seed: 8 });
const rssSmall = await peakRss([smallDir]);

// ---- warm, in-process (the old figure, secondary) ----------------------------------------
// Each engine in its own process: one untimed pass over the corpus, then WARM_PASSES timed
// passes, the fastest counting; WARM_ROUNDS processes each, taking turns, best kept.
function engine(name) {
  log(`warm, in-process: ${name}…`);
  const r = spawnSync(process.execPath, [join(import.meta.dirname, 'engine.mjs'), name, corpusDir, String(WARM_PASSES)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${name} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}
const warm = { newsfacts: [], wink: [] };
for (let i = 0; i < WARM_ROUNDS; i++) for (const k of Object.keys(warm)) warm[k].push(engine(k));
const warmBest = (k) => warm[k].reduce((a, b) => (b.best < a.best ? b : a));

// ---- pathological inputs ------------------------------------------------------------------
log('pathological text…');
const patho = (() => {
  const r = spawnSync(process.execPath, [join(import.meta.dirname, 'pathological.mjs')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pathological failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
})();

// ---- the table ----------------------------------------------------------------------------
const mbs = (s, ms) => s.bytes / 1e6 / (ms / 1000);
// ratios of one repetition's runs (same machine state), then their median and range
const ratios = (s, a, b) => runs[s.key][a].map((ms, i) => runs[s.key][b][i] / ms);
const x = (v) => `${v.toFixed(v < 10 ? 2 : 1)}×`;
const range = (xs, f) => (xs.length > 1 ? ` (${f(min(xs))}–${f(max(xs))})` : '');
const sec = (ms) => (ms < 999.5 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 9_995 ? 2 : 1)} s`);
const cell = (s, e) => {
  const ms = runs[s.key][e];
  const r = mbs(s, median(ms));
  return `${sec(median(ms))}${range(ms, sec)} · ${r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)} MB/s`;
};
const ratioCell = (s, a, b) => {
  const rs = ratios(s, a, b);
  return `${x(median(rs))}${range(rs, x)}`;
};
const kb = (b) => (b < 1e6 ? `${(b / 1e3).toFixed(1)} KB` : `${(b / 1e6).toFixed(2)} MB`);
const mdTable = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const out = [];
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
out.push(
  `newsfacts bench: ${corpusLabel}, ${all.length.toLocaleString('en-US')} articles, ${totalMb.toFixed(2)} MB; ${availableParallelism()} cores (${cpu}), Node ${process.version}; ` +
    `load ${load0.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end; ${Math.round((Date.now() - started) / 1000)} s` +
    (STRIPPED_ENV.length ? `; measured processes run without ${STRIPPED_ENV.join(', ')} (set here; see bench/whole.mjs)` : ''),
);
out.push('');
out.push(
  `Whole processes, wall time from spawn to last byte of output, nothing warmed up; median of ${REPS_SAMPLE} runs (all articles: ${REPS_ALL}) with (min–max), engines taking turns; ` +
    `ratios are newsfacts' MB/s over the other's, one ratio per repetition, median (min–max). newsfacts: \`newsfacts --format ndjson <files or dir>\`; ` +
    `wink-nlp: \`readDoc(text).entities()\`, lite web model; naive compromise: \`nlp(text)\`, \`.money()\`, \`.organizations()\`; each printing ndjson.`,
);
out.push('');
out.push(
  mdTable(
    ['input', 'newsfacts', 'wink-nlp', 'naive compromise', 'newsfacts ÷ wink-nlp', 'newsfacts ÷ compromise'],
    sets.map((s) => [`${s.label} (${kb(s.bytes)})`, cell(s, 'newsfacts'), cell(s, 'wink'), cell(s, 'compromise'), ratioCell(s, 'newsfacts', 'wink'), ratioCell(s, 'newsfacts', 'compromise')]),
  ),
);
out.push('');

const whole = sets.at(-1);
const rw = ratios(whole, 'newsfacts', 'wink');
const rc = ratios(whole, 'newsfacts', 'compromise');
const coldPairs = cold.ndjson.map((ms, i) => ms / cold.bare[i]);
const coldRatio = median(cold.ndjson) / median(cold.bare);
const rssMax = max(rss.map((r) => r.mb));
const verdict = (ok) => (real ? (ok ? 'PASS' : 'FAIL') : 'n/a (not bbc)');
out.push(
  mdTable(
    ['target', 'measured', 'result'],
    [
      [`newsfacts ≥ ${TARGET.wink}× wink-nlp's MB/s (whole process, all articles)`, `${x(median(rw))}${range(rw, x)}`, verdict(median(rw) >= TARGET.wink)],
      [`newsfacts ≥ ${TARGET.compromise}× naive compromise's MB/s (whole process, all articles)`, `${x(median(rc))}${range(rc, x)}`, verdict(median(rc) >= TARGET.compromise)],
      [
        `one cold article ≤ ${TARGET.cold}× bare \`node -e 0\` (\`newsfacts --format ndjson fixtures/wire-story.txt\`, median of ${COLD_RUNS})`,
        `${x(coldRatio)}: ${sec(median(cold.ndjson))} vs ${sec(median(cold.bare))} (pairwise ${x(min(coldPairs))}–${x(max(coldPairs))})`,
        coldRatio <= TARGET.cold ? 'PASS' : 'FAIL',
      ],
      [`peak RSS of newsfacts over all articles ≤ ${TARGET.rssMb} MB (max of ${RSS_RUNS} runs)`, `${Math.round(rssMax)} MB (${rss.map((r) => Math.round(r.mb)).join(', ')})`, verdict(rssMax <= TARGET.rssMb)],
    ],
  ),
);
out.push('');

const wn = warmBest('newsfacts');
const ww = warmBest('wink');
const warmRate = (r) => `${(r.bytes / 1e6 / r.best).toFixed(2)} MB/s · ${Math.round(r.articles / r.best)} articles/s`;
out.push(
  mdTable(
    ['secondary measure', 'result', 'note'],
    [
      [`warm, in-process: newsfacts \`extract\` (fastest of ${WARM_PASSES} passes after a warm-up pass, best of ${WARM_ROUNDS} processes)`, warmRate(wn), `${x(wn.bytes / wn.best / (ww.bytes / ww.best))} wink-nlp warm; not what a user meets`],
      [`warm, in-process: wink-nlp \`readDoc(text).entities()\` (same)`, warmRate(ww), ''],
      ...(STRIPPED_ENV.length
        ? [[
            `cold article with this machine's ${STRIPPED_ENV.join(', ')} (\`newsfacts --format ndjson fixtures/wire-story.txt\` vs \`node -e 0\`, median of ${COLD_RUNS})`,
            `${sec(median(cold.ndjsonAsIs))} vs ${sec(median(cold.bareAsIs))}: ${x(median(cold.ndjsonAsIs) / median(cold.bareAsIs))}`,
            'every node start pays the same extra, which flatters the ratio',
          ]]
        : []),
      [`cold article, default table output (\`newsfacts fixtures/wire-story.txt\`, median of ${COLD_RUNS})`, `${sec(median(cold.table))} (${x(median(cold.table) / median(cold.bare))} bare node)`, ''],
      [`peak RSS: newsfacts over ${SMALL_FILES.toLocaleString('en-US')} small generated files, \`--format ndjson\``, `${Math.round(rssSmall.mb)} MB (${rssSmall.lines.toLocaleString('en-US')} lines, ${rssSmall.seconds.toFixed(1)} s)`, '< 300 MB'],
      ...patho.map((p) => [`pathological: ${p.name}`, `${Math.round(p.ms)} ms (${Math.round(p.ms / (p.bytes / (1 << 20)))} ms per MB)`, 'well under 1 s per MB']),
    ],
  ),
);
console.log(out.join('\n'));

// the raw figures, for comparing runs
mkdirSync(work, { recursive: true });
writeFileSync(
  join(work, 'last-run.json'),
  JSON.stringify({ date: new Date().toISOString(), corpus: corpusLabel, load: [load0, loadavg()[0]], sets: sets.map((s) => ({ key: s.key, files: s.files.length, bytes: s.bytes })), runs, cold, rss, rssSmall, warm, patho }, null, 1),
);
