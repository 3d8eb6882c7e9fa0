// Build step: the command-line tool as one file, dist/cli.bundle.js, which bin/newsfacts.js
// loads. A journalist runs newsfacts once per article, so start-up counts: resolving, reading
// and linking some fifty modules one by one cost about 50 ms of every run; one file does not.
// The library (dist/index.js) stays as separate modules. Packages stay outside the bundle,
// and so does the worker pool, whose worker file is found next to it (dist/parallel/).
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
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
