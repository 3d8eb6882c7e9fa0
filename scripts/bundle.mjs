// Build step: the command-line tool as one file, dist/cli.bundle.js, which bin/newsfacts.js
// loads, and the extraction code as one script, dist/extract.cjs, which the tool runs. A
// journalist runs newsfacts once per article, so start-up counts: resolving, reading and
// linking some fifty modules one by one cost about 50 ms of every run; one file does not.
// The library (dist/index.js) stays as separate modules. Packages stay outside the bundle,
// and so does the worker pool, whose worker file is found next to it (dist/parallel/).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
// chunks of an earlier build (their names carry a content hash)
for (const f of readdirSync(dist)) if (/^cli\.chunk-.*\.js$/.test(f)) rmSync(join(dist, f));
await build({
  entryPoints: [join(dist, 'cli.js')],
  outdir: dist,
  entryNames: '[name].bundle',
  // what only some runs need (a renderer, check, the HTML reader) loads on demand, from
  // chunks beside the bundle
  splitting: true,
  chunkNames: 'cli.chunk-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // The pool stays a module of its own beside the bundle (its worker file is found next to
  // it), imported as ./parallel/pool.js from dist/ whichever source file asks for it.
  plugins: [
    {
      name: 'pool-beside-bundle',
      setup(build) {
        build.onResolve({ filter: /(?:^|\/)parallel\/pool\.js$/ }, () => ({ path: './parallel/pool.js', external: true }));
      },
    },
  ],
  logLevel: 'warning',
});

// The extraction code once more, as one CommonJS file: the CLI runs it through node:vm with
// V8's code cache of it (src/cli/script.ts; the cache is made by scripts/build-cache.mjs), which
// Node 20 offers for no ES module. import.meta.url is the file's URL, given by the wrapper.
for (const f of ['extract.cjs.cache', 'extract.cjs.batch.cache']) rmSync(join(dist, f), { force: true });
await build({
  entryPoints: [join(dist, 'pipeline.js')],
  outfile: join(dist, 'extract.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  define: { 'import.meta.url': '__import_meta_url' },
  logLevel: 'warning',
});

// The output as ASCII only. esbuild escapes strings, but leaves other characters in regular
// expressions and comments ("[$€£¥]", "’"); one such character makes V8 hold the whole file's
// source as two bytes a character and read it through the slower decoder: ~20 ms of CPU of a
// cold article. A \uXXXX escape means the same character in a regular expression (with or without
// the u flag, where a pair of escaped surrogates is one code point) and is harmless in a comment.
for (const f of readdirSync(dist)) {
  if (!/^cli\.(?:bundle|chunk-.*)\.js$|^extract\.cjs$/.test(f)) continue;
  const file = join(dist, f);
  const text = readFileSync(file, 'utf8');
  // (an escaped character, "\’", is the character: its backslash goes, "\\’" keeps both)
  const ascii = text.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes, c) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

// The extraction script's first line names its build: a digest of the rest, which its code
// cache repeats (src/cli/script.ts), so that a run never takes the cache of another build.
{
  const file = join(dist, 'extract.cjs');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, `// build ${createHash('sha1').update(text).digest('hex')}\n${text}`);
}
