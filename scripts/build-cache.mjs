// Build step: V8's code cache of the extraction script (dist/extract.cjs → dist/extract.cjs.cache,
// read by src/cli/script.ts). The script is compiled and run over the fixtures, so the cache
// holds the bytecode of every function an article calls, not only the top level. It is made
// under the flag the CLI sets before it loads the script for article-sized inputs (V8 refuses a
// cache made under other flags). Runs after scripts/bundle.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
setFlagsFromString('--no-regexp-optimization');
const { loadScript, saveScriptCache } = await import(join(dist, 'cli', 'script.js'));
const file = join(dist, 'extract.cjs');
const loaded = loadScript(file);
const fixtures = join(root, 'fixtures');
for (const f of readdirSync(fixtures).sort()) {
  if (!/\.(?:txt|md)$/.test(f)) continue;
  loaded.exports.extractFromPlainText(readFileSync(join(fixtures, f), 'utf8'), { name: f });
}
saveScriptCache(file, loaded);
