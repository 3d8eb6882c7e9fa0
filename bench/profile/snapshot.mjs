// Profiling aid: would Node 20's user-land start-up snapshot pay for a short run? Builds,
// under .bench/snapshot/ (the tree's dist/ is not touched):
//   1. the pipeline (dist/pipeline.js) and a minimal ndjson CLI as one CommonJS file;
//   2. snapshot blobs from it with `node --build-snapshot`: "loaded" (modules evaluated only)
//      and "warmed" (and extract run over the fixtures first: lexicon and word list read,
//      memos filled, lazy tables built);
// then checks the output against the real CLI and times one cold article against
// `node -e 0` and the real CLI (whole processes, taking turns, medians).
//   node bench/profile/snapshot.mjs [runs]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { median, min, timeProcess } from '../whole.mjs';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, '.bench', 'snapshot');
const RUNS = Number(process.argv[2] ?? 15);
mkdirSync(out, { recursive: true });
// the fixtures, for warming
const fixtures = readdirSync(join(root, 'fixtures')).filter((f) => /\.txt$/.test(f)).map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));
writeFileSync(join(out, 'warm-texts.json'), JSON.stringify(fixtures));
const entry = (warm) => `
import { extractFromPlainText } from ${JSON.stringify(join(root, 'dist', 'pipeline.js'))};
import { renderNdjsonLine } from ${JSON.stringify(join(root, 'dist', 'render', 'json.js'))};
import { readFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import v8 from 'node:v8';
${warm ? `for (let i = 0; i < 20; i++) for (const t of ${JSON.stringify(fixtures)}) extractFromPlainText(t);` : ''}
v8.startupSnapshot.setDeserializeMainFunction(() => {
  for (const name of process.argv.slice(1)) {
    const bytes = readFileSync(name);
    const text = bytes.toString('utf8');
    const article = extractFromPlainText(text, { name, format: 'text', sha256: createHash('sha256').update(bytes).digest('hex'), title: null, warnings: [] });
    writeSync(1, renderNdjsonLine(article));
  }
});
`;
const blobs = {};
for (const warm of [false, true]) {
  const name = warm ? 'warmed' : 'loaded';
  const src = join(out, `${name}-entry.mjs`);
  writeFileSync(src, entry(warm));
  // lexicon.ts and dictionary.ts find their data next to themselves (import.meta.url)
  await build({
    entryPoints: [src],
    outfile: join(out, `${name}.cjs`),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'dist', 'entities', 'x.js')).href) },
    logLevel: 'error',
  });
  const blob = join(out, `${name}.blob`);
  const t = performance.now();
  execFileSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', join(out, `${name}.cjs`)], { stdio: 'inherit' });
  blobs[name] = blob;
  console.log(`built ${name}.blob (${(readFileSync(blob).length / 1e6).toFixed(1)} MB) in ${(performance.now() - t).toFixed(0)} ms`);
}
// same output as the CLI (the CLI's source.name is the path as given)
const wire = join(root, 'fixtures', 'wire-story.txt');
const check = [wire, ...readdirSync(join(root, 'fixtures')).filter((f) => /\.txt$/.test(f)).map((f) => join(root, 'fixtures', f))];
const cli = execFileSync(process.execPath, [join(root, 'bin', 'newsfacts.js'), '--format', 'ndjson', ...check], { encoding: 'utf8' });
for (const [name, blob] of Object.entries(blobs)) {
  const got = execFileSync(process.execPath, ['--snapshot-blob', blob, ...check], { encoding: 'utf8' });
  console.log(`${name}: output ${got === cli ? 'identical to the CLI' : 'DIFFERS from the CLI'} on ${check.length} fixtures`);
}
const COMMANDS = [
  ['node -e 0', ['-e', '0']],
  ['newsfacts --format ndjson wire-story.txt (as built)', [join(root, 'bin', 'newsfacts.js'), '--format', 'ndjson', wire]],
  ['snapshot "loaded" + wire-story.txt', ['--snapshot-blob', blobs.loaded, wire]],
  ['snapshot "warmed" + wire-story.txt', ['--snapshot-blob', blobs.warmed, wire]],
];
const t = COMMANDS.map(() => []);
for (const [, a] of COMMANDS) await timeProcess(a, { cwd: root });
for (let i = 0; i < RUNS; i++) for (const [k, [, a]] of COMMANDS.entries()) t[k].push((await timeProcess(a, { cwd: root })).ms);
const bare = median(t[0]);
for (const [k, [label]] of COMMANDS.entries()) console.log(`${label.padEnd(52)} median ${median(t[k]).toFixed(0).padStart(4)} ms, min ${min(t[k]).toFixed(0).padStart(4)} ms, ${(median(t[k]) / bare).toFixed(2)}× bare node`);
