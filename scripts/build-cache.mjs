// Build step: V8's code cache of the extraction script (dist/extract.cjs → dist/extract.cjs.cache,
// read by src/cli/script.ts). The script is compiled and run over the fixtures, so the cache
// holds the bytecode of every function an article calls, not only the top level. V8 refuses a
// cache made under other flags, and the CLI sets flags before it loads the script: one set for
// a few articles (regexps unoptimised), another for a batch of hundreds (src/cli/articles.ts).
// So two caches are made, each in a process of its own under its flags: extract.cjs.cache and
// extract.cjs.batch.cache. Runs after scripts/bundle.mjs.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const batch = process.argv[2] === '--batch';
const { BATCH_V8_FLAGS, SHORT_RUN_V8_FLAGS } = await import(join(dist, 'cli', 'articles.js'));
setFlagsFromString(batch ? BATCH_V8_FLAGS : SHORT_RUN_V8_FLAGS);
const { loadScript, saveScriptCache } = await import(join(dist, 'cli', 'script.js'));
const file = join(dist, 'extract.cjs');
const cacheFile = batch ? `${file}.batch.cache` : `${file}.cache`;
const loaded = loadScript(file, cacheFile);
const fixtures = join(root, 'fixtures');
for (const f of readdirSync(fixtures).sort()) {
  if (!/\.(?:txt|md)$/.test(f)) continue;
  loaded.exports.extractFromPlainText(readFileSync(join(fixtures, f), 'utf8'), { name: f });
}
saveScriptCache(file, loaded, cacheFile);
if (!batch) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--batch'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
