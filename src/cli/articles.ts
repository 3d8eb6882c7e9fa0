import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { expandInputs, InputError, loadInput, readJsonLines, type LoadedInput } from '../input/index.js';
import type { ExtractOptions, extractFromPlainText } from '../pipeline.js';
import type { Article, ClaimType } from '../schema.js';
import { DEFAULT_MAX_BYTES, type CliInputFormat } from './options.js';
import { loadScript } from './script.js';

/**
 * The one input loop of every command: arguments → files, directories, stdin and JSON Lines
 * archives → loaded inputs (warnings and input errors reported as they come) → extracted
 * articles, in input order, in process or on a worker pool for large batches.
 */

export type Extract = typeof extractFromPlainText;

export interface ReadOptions {
  inputFormat?: CliInputFormat;
  maxBytes?: number;
  types?: ClaimType[];
  withText?: boolean;
  /** Claims below this confidence are dropped. */
  minConfidence?: number;
  /** Walk directories for articles (check and diff take files only: false). */
  walk?: boolean;
  /** Asked for only when '-' is read: opening process.stdin costs start-up time. */
  stdin: () => NodeJS.ReadableStream;
  /** Worker threads for a batch of more than 20 (--jobs); 1 runs everything in process; default: defaultJobs. */
  jobs?: number;
}

/** What the loop tells its caller while it runs; the loop itself never prints. */
export interface ReadEvents {
  /** One input could not be read (an InputError) or its extraction threw (a bug); the others go on. */
  failed(err: unknown, where: string): void;
  warning(where: string, message: string): void;
  /** An article is about to be extracted (in process) or has come back (pool): `done` before it. */
  progress?(done: number, name: string): void;
}

export interface Inputs {
  /** How many inputs the arguments name (after walking directories); null when a JSON Lines archive makes it unknown. */
  count: number | null;
  /** One file (or stdin) gives one article, not a list of them. */
  single: boolean;
  articles: AsyncIterable<Article>;
}

/** Batches larger than this run on a worker pool, one thread per core. */
export const POOL_MIN_INPUTS = 20;

/** On fewer cores than this, only a batch larger than SMALL_MACHINE_POOL_MIN runs on the pool. */
const MANY_CORES = 4;
const SMALL_MACHINE_POOL_MIN = 5000;

/**
 * Worker threads when --jobs is not given, for a batch of `count` inputs (null: not known yet):
 * every core from four cores up; on two or three, only for batches of more than 5,000. Each
 * worker warms up on its own (V8 optimises the same code once per thread) and the main thread
 * and both optimiser threads compete with them: on two cores (bench/RESULTS.md, 2026-12-04, load
 * 4–6) all 1,362 BBC stories took 11.8 s of CPU on a pool of two against 7.2 s in one process,
 * wall 10.2 s against 5.9 s; four copies of them (5,448 files, 12 MB) 24.2 s of CPU against
 * 16.2 s, wall level (16.0 s against 15.7 s).
 */
export function defaultJobs(count: number | null, cores = availableParallelism()): number {
  if (cores >= MANY_CORES) return cores;
  return count !== null && count > SMALL_MACHINE_POOL_MIN ? cores : 1;
}

/**
 * In process, a batch of more than this many files keeps V8's regular-expression optimisation:
 * over a few hundred articles the optimised expressions repay their compilation. Measured on two
 * cores (CPU of whole processes, medians, unoptimised → optimised): 10 files 578 → 687 ms (the
 * build's code cache is made unoptimised and is refused under other flags), 100 files 1,596 →
 * 1,660 ms, 300 files 3,562 → 3,431 ms, all 1,362 BBC stories 8,157 → 7,207 ms.
 */
const REGEXP_OPTIMISATION_MIN = 200;

/**
 * V8's flags for such a batch: regular expressions optimised (V8's default), and a smaller budget
 * of bytecode the optimising compiler may inline into one function. Most of a whole run over a
 * few thousand articles is V8 warming up, the optimiser a third of its CPU; with the budget at
 * 200 bytes (V8's default: 920) all 1,362 BBC stories took 6.45-6.47 s of CPU against 7.20-7.27 s
 * (medians of 3, two rounds; 100 bytes: 6.59 s, 400: 6.91 s), wall time the same or less. And
 * no function of more than 1,000 bytes of bytecode is optimised (V8's default: 60 KB): the few
 * giant functions of the extraction (resolveReferences, buildEntities, findNames…) were each
 * optimised and deoptimised several times, at a cost no run of a few thousand articles repays.
 * All of bbc, CPU medians: 6.43 s → 5.51 s at 3,000 bytes, 4.73 s at 1,000 (n=4); 1,000: 5.27 s,
 * 400: 5.33 s, 150: 5.91 s, no optimiser at all (--no-opt): 6.73 s (n=3).
 * Exported for the build, which makes the code cache of the extraction script under these flags
 * too (scripts/build-cache.mjs): V8 takes a cache only under the flags it was made with.
 *
 * In every run, no peephole pass over a regular expression's bytecode: V8 compiles each
 * expression to bytecode on its first run, and that pass (RegExpBytecodePeepholeOptimization)
 * was a tenth of a cold article's instructions (~100 M of ~955 M, callgrind) for bytecode that
 * runs a few times or is soon replaced by machine code. Cold article 954–973 → 859 M
 * instructions, 10 stories 1,804 → 1,733 M, 100 stories 4,676 → 4,584 M, all of bbc 21,077 →
 * 20,823 M (CPU medians 311 → 280 ms, 1,412 → 1,298 ms, 5,065 → 4,507 ms).
 *
 * In a batch, no loop peeling in the optimising compiler (TurboFan copies the first iteration of
 * each loop of a function it optimises; in a run of a few thousand articles that compiles ~370
 * functions, the copy costs more to compile and to run from cold caches than it saves): all of
 * bbc ~20,230 M → ~19,700–19,920 M instructions (single-threaded callgrind, bench/PROFILE.md §15).
 *
 * And twice V8's interrupt budget (67,584 → 135,168 bytecode bytes run before a function is
 * considered for optimisation): fewer functions optimised, later, with more feedback (fewer
 * deopts and recompilations). All of bbc 19,795–19,810 → 19,474 M instructions (seeded
 * single-threaded callgrind, bench/PROFILE.md §16); four times the budget gave 19,597 M.
 */
export const BATCH_V8_FLAGS = '--regexp-optimization --no-regexp-peephole-optimization --max-inlined-bytecode-size-cumulative=200 --max-optimized-bytecode-size=1000 --no-turbo-loop-peeling --interrupt-budget=135168';
/**
 * The flags of runs of at most REGEXP_OPTIMISATION_MIN articles (see extractAll): regular
 * expressions unoptimised, and the same limits on the optimiser, which pay there too (CPU
 * medians, default budget → 200 bytes: 10 stories 555 → 510 ms, 100 stories 1,442 → 1,234 ms;
 * one article the same, 311 → 300 ms; then no optimising above 1,000 bytes of bytecode: 10
 * stories 599 → 553 ms, 100 stories 1,481 → 1,240 ms, one article 360 → 333 ms, n=9).
 * No loop peeling either, as in a batch: 10 stories 1,937 → 1,884 M instructions, 100 stories
 * 4,664–4,690 → 4,450–4,512 M, one article 1,158 → 1,148 M (seeded single-threaded callgrind, PROFILE.md §16).
 * And six times V8's interrupt budget (a batch has twice): fewer functions optimised in a run too
 * short to repay most optimisations. 10 stories 1,906 → 1,765 M at twice the budget → 1,691 M at
 * three times, 100 stories 4,509–4,526 → 4,297–4,314 → 4,166 M, one article 1,250 → 1,216 → 1,211 M
 * (seeded single-threaded callgrind with --predictable-gc-schedule, PROFILE.md §17). Then six times
 * (PROFILE.md §18, the same meter with --no-incremental-marking): 10 stories 1,732 → 1,676 M, 100
 * stories 4,308 → 4,235 M, one article 1,244 → 1,231 M; 4× gave 1,693 / 4,258 / 1,231 M, 8× 1,671 /
 * 4,282 / 1,232 M, 16× 1,672 / 4,544 M, no TurboFan at all 1,670 / 4,843 M. (A batch keeps twice:
 * on bbc/business 1.5× and 3× both cost more, +1.1 % and +0.5 %.)
 */
export const SHORT_RUN_V8_FLAGS = '--no-regexp-optimization --no-regexp-peephole-optimization --max-inlined-bytecode-size-cumulative=200 --max-optimized-bytecode-size=1000 --no-turbo-loop-peeling --interrupt-budget=405504';
/**
 * And for a run of one article: a regular expression is compiled to native code after 100 runs,
 * not after its first (V8's default: it is compiled twice, to bytecode on its first run and to
 * machine code on its second). Most of an article's ~400 expressions run a few times each; their
 * second compilation cost a cold article ~55 M of its ~950 M instructions (callgrind: 990 → 937 M).
 * Not for more text: ten stories in one run took 1,766 → 1,797 M, a hundred 4,394 → 4,657 M,
 * the same hundred as one 223 KB file 10,708 → 11,387 M (hence ONE_ARTICLE_MAX_CHARS). Set after
 * the extraction script is compiled (loadScript's beforeRun): V8 takes a code cache only under
 * the flags it was made with, and the regular expressions read this one when they are made.
 * And no optimising compiler (`--max-opt=1`: interpreter and baseline code only): under the short
 * runs' budget one article optimises a few functions it has no time to repay. 1,231.2 → 1,226.5 M
 * instructions on the wire story, 1,368.5 → 1,362.1 M on bbc's longest story (16 K characters),
 * 1,334.7 → 1,327.5 M on one of 9.5 K (PROFILE.md §18, two runs each, each pair equal).
 */
export const ONE_ARTICLE_V8_FLAGS = '--regexp-tier-up-ticks=100 --max-opt=1';
/** The size of an article, in characters, up to which one file runs under ONE_ARTICLE_V8_FLAGS (a long feature is 6–15 K). */
const ONE_ARTICLE_MAX_CHARS = 16_384;

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/** "archive.jsonl:12" for a line of an archive, the name alone for a file. */
export function whereOf(source: { name: string; line?: number }): string {
  return source.line === undefined ? source.name : `${source.name}:${source.line}`;
}

/**
 * The pipeline (and its NLP) is loaded only when there is an article to read: from the built
 * script and its code cache beside the CLI bundle (dist/extract.cjs, see cli/script.ts), or,
 * running from the modules themselves, as a module.
 */
async function loadExtract(batch: boolean, beforeRun?: () => void): Promise<Extract> {
  const script = new URL('./extract.cjs', import.meta.url);
  if (script.protocol === 'file:' && existsSync(script)) {
    const file = fileURLToPath(script);
    return loadScript<{ extractFromPlainText: Extract }>(file, batch ? `${file}.batch.cache` : undefined, beforeRun).exports.extractFromPlainText;
  }
  beforeRun?.();
  return (await import('../pipeline.js')).extractFromPlainText;
}

export async function openInputs(args: string[], opts: ReadOptions, events: ReadEvents, extract?: Extract): Promise<Inputs> {
  const regular = new Set<string>();
  const specs = opts.walk === false ? args : await expandInputs(args, regular);
  const isJsonl = (spec: string) => opts.inputFormat === 'jsonl' || (opts.inputFormat === undefined && JSONL_EXTENSIONS.has(extname(spec).toLowerCase()));
  const jsonl = specs.some((s) => typeof s === 'string' && isJsonl(s));
  const files = specs.filter((s) => typeof s === 'string').length;
  return {
    count: jsonl ? null : specs.length,
    single: !jsonl && args.length === 1 && specs.length === 1 && specs[0] === args[0],
    articles: extractAll(loadAll(), opts, events, extract, jsonl ? null : files),
  };

  async function* loadAll(): AsyncGenerator<LoadedInput> {
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const warn = (input: LoadedInput) => {
      for (const w of input.warnings) events.warning(whereOf(input), w);
    };
    for (const spec of specs) {
      if (spec instanceof InputError) {
        events.failed(spec, spec.input);
        continue;
      }
      if (isJsonl(spec)) {
        for await (const item of readJsonLines(spec, { maxBytes, stdin: spec === '-' ? opts.stdin() : undefined })) {
          if (item instanceof InputError) events.failed(item, item.input);
          else {
            warn(item);
            yield item;
          }
        }
        continue;
      }
      try {
        const input = await loadInput(spec, { inputFormat: opts.inputFormat === 'jsonl' ? undefined : opts.inputFormat, maxBytes, stdin: spec === '-' ? opts.stdin() : undefined, regular: regular.has(spec) });
        warn(input);
        yield input;
      } catch (err) {
        events.failed(err, spec === '-' ? '<stdin>' : spec);
      }
    }
  }
}

/**
 * Extracts each loaded input, in order. A large batch runs on every core (a worker pool,
 * results in input order, a bounded window in flight); a few articles are quicker in
 * process. With `files` null (an archive of unknown length) the first inputs are read
 * ahead to decide.
 */
async function* extractAll(inputs: AsyncGenerator<LoadedInput>, opts: ReadOptions, events: ReadEvents, extract: Extract | undefined, files: number | null): AsyncGenerator<Article> {
  const ahead: LoadedInput[] = [];
  let pooled = false;
  const jobs = opts.jobs ?? defaultJobs(files);
  if (!extract && jobs > 1) {
    if (files !== null) pooled = files > POOL_MIN_INPUTS;
    else {
      while (ahead.length <= POOL_MIN_INPUTS) {
        const next = await inputs.next();
        if (next.done) break;
        ahead.push(next.value);
      }
      pooled = ahead.length > POOL_MIN_INPUTS;
    }
  }
  const all = async function* () {
    yield* ahead;
    yield* inputs;
  };
  const optionsOf = (input: LoadedInput): ExtractOptions => ({
    name: input.name,
    format: input.format,
    types: opts.types,
    sha256: input.sha256,
    title: input.title,
    warnings: input.warnings,
    withText: opts.withText,
  });
  let done = 0;
  if (pooled) {
    // (V8's flags are the process's: the workers compile under them too)
    setFlagsFromString(BATCH_V8_FLAGS);
    const { extractManySettled } = await import('../parallel/pool.js');
    const waiting: LoadedInput[] = [];
    const tasks = async function* () {
      for await (const input of all()) {
        waiting.push(input);
        yield { text: input.text, options: optionsOf(input) };
      }
    };
    for await (const settled of extractManySettled(tasks(), { threads: jobs })) {
      const input = waiting.shift()!;
      events.progress?.(done++, input.name);
      if (settled.ok) yield finish(settled.article, input, opts.minConfidence);
      else events.failed(settled.error, whereOf(input));
    }
    return;
  }
  // A few articles in process, the first of them article-sized: V8 would spend longer
  // optimising the rules' regular expressions (~40 ms at start-up) than running them;
  // unoptimised, they match the same. (A batch of more than REGEXP_OPTIMISATION_MIN files, a
  // batch on the pool, or a megabyte input keeps the optimised ones, which run faster over much
  // text.)
  const batch = files !== null && files > REGEXP_OPTIMISATION_MIN;
  if (batch) setFlagsFromString(BATCH_V8_FLAGS);
  let tuned = batch;
  let single = false;
  for await (const input of all()) {
    events.progress?.(done++, input.name);
    if (!tuned && input.text.length < 1 << 20) {
      setFlagsFromString(SHORT_RUN_V8_FLAGS);
      // (the expressions asked only whether they match are then asked as trees of their letters: INTERPRETED_REGEXPS in
      // src/text/regex-tree.ts, not imported here, which would put that module in the CLI's bundle too)
      (globalThis as Record<symbol, unknown>)[Symbol.for('newsfacts.interpretedRegexps')] = true;
      single = files === 1 && input.text.length < ONE_ARTICLE_MAX_CHARS;
    }
    tuned = true;
    let article: Article;
    try {
      extract ??= await loadExtract(batch, single ? () => setFlagsFromString(ONE_ARTICLE_V8_FLAGS) : undefined);
      article = extract(input.text, optionsOf(input));
    } catch (err) {
      events.failed(err, whereOf(input));
      continue;
    }
    yield finish(article, input, opts.minConfidence);
  }
}

/** The article as printed: a JSON Lines record's id and line in its source, only its claims of at least `min` confidence. */
function finish(article: Article, input: LoadedInput, min: number | undefined): Article {
  let out = article;
  if (input.line !== undefined) out = { ...out, source: { ...out.source, ...(input.id === undefined ? {} : { id: input.id }), line: input.line } };
  if (min !== undefined) out = { ...out, claims: out.claims.filter((c) => c.confidence >= min) };
  return out;
}
