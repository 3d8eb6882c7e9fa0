// Profiling aid: would a V8 code cache pay for a short run? (Node 20 has no
// module.enableCompileCache — that is Node 22.1+ — but vm.Script takes cachedData.) Builds,
// under .bench/codecache/, the pipeline and a minimal ndjson CLI as one CommonJS file, and a
// loader that compiles it through vm.Script with the cache of an earlier run (made at exit
// with script.createCachedData(), so it holds the functions that run compiled as well). Checks
// the output against the real CLI, then times one cold article: `node -e 0`, the real CLI,
// the one-file CLI without a cache and with one (whole processes, taking turns, medians).
//   node bench/profile/codecache.mjs [runs]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { median, min, timeProcess } from '../whole.mjs';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, '.bench', 'codecache');
const RUNS = Number(process.argv[2] ?? 15);
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'entry.mjs'),
  `
import { extractFromPlainText } from ${JSON.stringify(join(root, 'dist', 'pipeline.js'))};
import { renderNdjsonLine } from ${JSON.stringify(join(root, 'dist', 'render', 'json.js'))};
import { readFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
for (const name of process.argv.slice(2)) {
  const bytes = readFileSync(name);
  const text = bytes.toString('utf8');
  const article = extractFromPlainText(text, { name, format: 'text', sha256: createHash('sha256').update(bytes).digest('hex'), title: null, warnings: [] });
  writeSync(1, renderNdjsonLine(article));
}
`,
);
await build({
  entryPoints: [join(out, 'entry.mjs')],
  outfile: join(out, 'one.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'dist', 'entities', 'x.js')).href) },
  logLevel: 'error',
});
writeFileSync(
  join(out, 'loader.cjs'),
  `
const fs = require('node:fs');
const vm = require('node:vm');
const path = require('node:path');
const file = path.join(__dirname, 'one.cjs');
const cacheFile = process.env.CODE_CACHE_FILE;
let cachedData;
if (cacheFile) try { cachedData = fs.readFileSync(cacheFile); } catch {}
const wrapped = '(function (exports, require, module, __filename, __dirname) {' + fs.readFileSync(file, 'utf8') + '\\n})';
const script = new vm.Script(wrapped, { filename: file, cachedData });
if (cacheFile && (!cachedData || script.cachedDataRejected)) process.on('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
const m = { exports: {} };
script.runInThisContext()(m.exports, require, m, file, __dirname);
`,
);
const wire = join(root, 'fixtures', 'wire-story.txt');
const cache = join(out, 'one.cache');
rmSync(cache, { force: true });
execFileSync(process.execPath, [join(out, 'loader.cjs'), wire], { env: { ...process.env, CODE_CACHE_FILE: cache } }); // makes the cache
const check = readdirSync(join(root, 'fixtures')).filter((f) => /\.txt$/.test(f)).map((f) => join(root, 'fixtures', f));
const cli = execFileSync(process.execPath, [join(root, 'bin', 'newsfacts.js'), '--format', 'ndjson', ...check], { encoding: 'utf8' });
const got = execFileSync(process.execPath, [join(out, 'loader.cjs'), ...check], { encoding: 'utf8', env: { ...process.env, CODE_CACHE_FILE: cache } });
console.log(`one-file CLI with the code cache: output ${got === cli ? 'identical to the CLI' : 'DIFFERS from the CLI'} on ${check.length} fixtures`);
const noCache = { ...process.env };
delete noCache.NODE_EXTRA_CA_CERTS;
const withCache = { ...noCache, CODE_CACHE_FILE: cache };
const COMMANDS = [
  ['node -e 0', ['-e', '0'], noCache],
  ['newsfacts --format ndjson wire-story.txt (as built)', [join(root, 'bin', 'newsfacts.js'), '--format', 'ndjson', wire], noCache],
  ['one-file CLI, no code cache', [join(out, 'loader.cjs'), wire], noCache],
  ['one-file CLI, code cache', [join(out, 'loader.cjs'), wire], withCache],
];
const t = COMMANDS.map(() => []);
for (const [, a, env] of COMMANDS) await timeProcess(a, { cwd: root, env });
for (let i = 0; i < RUNS; i++) for (const [k, [, a, env]] of COMMANDS.entries()) t[k].push((await timeProcess(a, { cwd: root, env })).ms);
const bare = median(t[0]);
for (const [k, [label]] of COMMANDS.entries()) console.log(`${label.padEnd(52)} median ${median(t[k]).toFixed(0).padStart(4)} ms, min ${min(t[k]).toFixed(0).padStart(4)} ms, ${(median(t[k]) / bare).toFixed(2)}× bare node`);
