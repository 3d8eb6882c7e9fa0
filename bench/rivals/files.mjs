// The inputs of a rival's whole-process run, found the way newsfacts finds them: each
// argument a file, or a directory walked depth-first (entries in code-unit order, hidden
// ones skipped) for .txt, .md and .html files. Read as UTF-8, one at a time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ARTICLE = /\.(txt|md|markdown|html?)$/i;

function* walk(dir) {
  const names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (ARTICLE.test(n)) yield p;
  }
}

/** Every input path named by argv (files as given, directories walked). */
export function* inputs(args) {
  for (const a of args) {
    if (statSync(a).isDirectory()) yield* walk(a);
    else yield a;
  }
}

/** Each input's name and text, read when asked for. */
export function* articles(args) {
  for (const name of inputs(args)) yield { name, text: readFileSync(name, 'utf8') };
}
