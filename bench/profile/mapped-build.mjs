// Profiling aid: the same build as `npm run build`, in .bench/mapped/ (gitignored), with
// source maps, so bench/profile/top.mjs can name src/*.ts file:line for each function of a
// CPU profile. Source maps change nothing at run time (node reads them only with
// --enable-source-maps). The working tree is not touched.
//   node bench/profile/mapped-build.mjs     → .bench/mapped/bin/newsfacts.js
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, '.bench', 'mapped');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const p of ['src', 'scripts', 'bin', 'package.json', 'tsconfig.json']) cpSync(join(root, p), join(out, p), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'));
// (the code cache is made by running the fixtures)
symlinkSync(join(root, 'fixtures'), join(out, 'fixtures'));
// the bundle with its map too
const bundle = join(out, 'scripts', 'bundle.mjs');
// (both builds: the CLI bundle and the extraction script, dist/extract.cjs; the script's map is
// shifted by the one line the build puts on top of it, "// build <digest>")
writeFileSync(bundle, readFileSync(bundle, 'utf8').replaceAll("logLevel: 'warning',", "logLevel: 'warning',\n  sourcemap: true,"));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: out, stdio: 'inherit' });
run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json', '--sourceMap']);
// the steps of `npm run build` after tsc, the code cache last (as the build: a run without the
// patterns' snapshot or the cache profiles work a real run does not do)
for (const s of ['build-tables.mjs', 'build-words.mjs', 'build-lexicon.mjs', 'build-patterns.mjs', 'build-trees.mjs', 'bundle.mjs']) run(process.execPath, [join('scripts', s)]);
if (!existsSync(join(out, 'dist', 'cli.bundle.js.map'))) throw new Error('no source map for the bundle');
const extractMap = join(out, 'dist', 'extract.cjs.map');
if (!existsSync(extractMap)) throw new Error('no source map for the extraction script');
const m = JSON.parse(readFileSync(extractMap, 'utf8'));
writeFileSync(extractMap, JSON.stringify({ ...m, mappings: `;${m.mappings}` }));
run(process.execPath, [join('scripts', 'build-cache.mjs')]);
console.log(`mapped build: ${join(out, 'bin', 'newsfacts.js')}`);
