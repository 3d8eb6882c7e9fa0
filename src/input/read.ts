import { closeSync, createReadStream, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import { describeFsError, InputError } from './errors.js';

/** The spec that means "read standard input". */
export const STDIN_SPEC = '-';
/** The name standard input is reported under. */
export const STDIN_NAME = '<stdin>';

/** Extensions a directory walk picks up (compared lower-cased). */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

// A project's own papers, not articles: README.md, CHANGELOG.txt, LICENSE-MIT.md,
// CODE_OF_CONDUCT.md, readme.fr.md. A walk passes them over; named on the command line they are read.
const PROJECT_FILE = /^(?:readme|changelog|changes|history|license|licence|copying|notice|authors|contributors|contributing|code[-_]of[-_]conduct|security|support|maintainers)(?:[-_.].*)?$/i;


/**
 * Expand CLI arguments into inputs: files as given, directories walked recursively
 * for articles in sorted order, '-' kept for stdin. A missing path or a directory
 * without articles becomes an InputError in its place so the other inputs still run.
 * Each input found to be a regular file (by the walk's listing or the argument's stat) is
 * added to `regular`, if given, so that reading it needs no stat of its own (readFileLimited).
 */
export async function expandInputs(specs: string[], regular?: Set<string>): Promise<Array<string | InputError>> {
  const out: Array<string | InputError> = [];
  for (const spec of specs) {
    if (spec === STDIN_SPEC) {
      out.push(spec);
      continue;
    }
    let info;
    try {
      info = statSync(spec);
    } catch (err) {
      out.push(new InputError(spec, describeFsError(err)));
      continue;
    }
    if (!info.isDirectory()) {
      if (info.isFile()) regular?.add(spec);
      out.push(spec);
      continue;
    }
    const found = walkArticles(spec, new Set(), regular);
    const articles = found.filter((f) => typeof f === 'string').length;
    const unreadable = found.length - articles;
    // An unreadable sub-directory is reported where it sits; the articles beside it still run.
    if (articles === 0 && unreadable === 0) out.push(new InputError(spec, 'directory has no .txt, .md or .html articles'));
    else out.push(...found);
  }
  return out;
}

/**
 * Depth-first, entries of each directory in code-unit order, so the output order is
 * the same on every machine. Hidden entries (".git", ".DS_Store") and README-like files
 * (README, CHANGELOG, LICENSE, CONTRIBUTING…) are skipped; the
 * `seen` set of real paths stops symlink loops. A directory that cannot be listed
 * becomes an InputError in its place.
 *
 * (Synchronous, and each entry's type from the listing: a stat per entry only for symbolic
 * links and types the file system does not report. Thousands of small files walked and read
 * through the asynchronous API cost several times the CPU: bench/PROFILE.md §3.)
 */
function walkArticles(dir: string, seen: Set<string>, regular: Set<string> | undefined): Array<string | InputError> {
  let entries: Dirent[];
  try {
    const real = realpathSync.native(dir);
    if (seen.has(real)) return [];
    seen.add(real);
    entries = readdirSync(dir, { withFileTypes: true }).filter((d) => !d.name.startsWith('.'));
  } catch (err) {
    return [new InputError(dir, describeFsError(err))];
  }
  entries.sort((a, b) => compareCodeUnits(a.name, b.name));
  const found: Array<string | InputError> = [];
  for (const entry of entries) {
    const { name } = entry;
    const path = join(dir, name);
    let info: Dirent | Stats = entry;
    if (!entry.isFile() && !entry.isDirectory()) {
      try {
        info = statSync(path);
      } catch {
        continue; // a dangling symlink is not an article
      }
    }
    if (info.isDirectory()) found.push(...walkArticles(path, seen, regular));
    else if (info.isFile() && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && !PROJECT_FILE.test(name)) {
      regular?.add(path);
      found.push(path);
    }
  }
  return found;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The over-limit problem, worded the same for files and stdin. */
function tooLarge(name: string, maxBytes: number): InputError {
  return new InputError(name, `larger than --max-bytes (${maxBytes} bytes)`);
}

/**
 * All bytes of a file, refusing anything over maxBytes. The size is checked with stat
 * first, so a huge file is rejected without reading it; the byte count while reading
 * still guards pipes, /dev/stdin and files that grow. `regular`: the path was found a
 * regular file already (expandInputs), so it is opened at once (readRegular).
 */
export async function readFileLimited(path: string, maxBytes: number, regular = false): Promise<Uint8Array> {
  if (regular) return readRegular(path, maxBytes);
  let info;
  try {
    info = statSync(path);
  } catch (err) {
    throw new InputError(path, describeFsError(err));
  }
  if (info.isDirectory()) throw new InputError(path, 'is a directory');
  if (info.isFile() && info.size > maxBytes) throw tooLarge(path, maxBytes);
  // A regular file is read in one synchronous call (a stream, or the asynchronous API's open,
  // stat, read and close each through the thread pool, cost several times the CPU over many
  // small files: bench/PROFILE.md); pipes and devices are streamed, counted as they arrive.
  if (info.isFile()) {
    let bytes;
    try {
      bytes = readFileSync(path);
    } catch (err) {
      throw new InputError(path, describeFsError(err));
    }
    if (bytes.length > maxBytes) throw tooLarge(path, maxBytes);
    return bytes;
  }
  return readStreamLimited(createReadStream(path), path, maxBytes);
}

/**
 * A file expandInputs found regular: opened, its kind and size read from the descriptor, read
 * and closed (four system calls; a stat of the path and then readFileSync's open, stat, read
 * and close look the path up twice: reading the 1,362 bbc files 25 → 20 ms of CPU). If it is
 * no longer a regular file, it is read as readFileLimited reads other files, from the same
 * descriptor.
 */
function readRegular(path: string, maxBytes: number): Promise<Uint8Array> | Uint8Array {
  let fd;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new InputError(path, describeFsError(err));
  }
  let streamed = false;
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError(path, 'is a directory');
    if (!info.isFile()) {
      streamed = true;
      return readStreamLimited(createReadStream(path, { fd }), path, maxBytes);
    }
    if (info.size > maxBytes) throw tooLarge(path, maxBytes);
    // (a size of 0 may be a file that has bytes all the same, as in /proc: read to its end)
    if (info.size === 0) {
      const bytes = readFileSync(fd);
      if (bytes.length > maxBytes) throw tooLarge(path, maxBytes);
      return bytes;
    }
    // As readFileSync reads a file of known size: up to that size, or less if it shrank.
    const bytes = Buffer.allocUnsafe(info.size);
    let done = 0;
    let n;
    do {
      n = readSync(fd, bytes, done, info.size - done, -1);
      done += n;
    } while (n !== 0 && done < info.size);
    return done < info.size ? bytes.subarray(0, done) : bytes;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, describeFsError(err));
  } finally {
    if (!streamed) closeSync(fd);
  }
}

/** All bytes of a stream, counted as they arrive; stops reading as soon as maxBytes is passed. */
export async function readStreamLimited(stream: NodeJS.ReadableStream, name: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      total += buf.length;
      if (total > maxBytes) {
        (stream as Partial<{ destroy(): void }>).destroy?.();
        throw tooLarge(name, maxBytes);
      }
      chunks.push(buf);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(name, describeFsError(err));
  }
  return Buffer.concat(chunks, total);
}
