import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ExtractOptions } from '../pipeline.js';
import type { Article } from '../schema.js';

/**
 * Many articles on all cores: a piscina pool of worker threads, each running the same
 * `extractFromPlainText` as the in-process path. Results come back in input order and
 * stream: the first article is yielded as soon as it is done, and only a bounded window
 * of inputs is in flight, so a folder of 10,000 articles never sits in memory at once.
 */

/** One article to extract: plain text (already converted from markdown/html) and its options. */
export interface ExtractInput {
  text: string;
  options?: ExtractOptions;
}

export interface PoolOptions {
  /** Worker threads (default: os.availableParallelism()). */
  threads?: number;
  /** Inputs in flight at once, queued or running (default 4 × threads). Bounds memory. */
  window?: number;
}

/** The outcome of one input: its article, or the error its extraction threw. */
export type Settled = { ok: true; article: Article } | { ok: false; error: Error };

// Workers run the built pipeline (dist/): from src/ (vitest) the compiled worker is used too.
function workerFile(): string {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(here)) return fileURLToPath(here);
  const built = new URL('../../dist/parallel/worker.js', import.meta.url);
  if (existsSync(built)) return fileURLToPath(built);
  throw new Error('newsfacts: dist/parallel/worker.js not found (run `npm run build`)');
}

type Pool = import('piscina').Piscina<ExtractInput, Article>;
let shared: { pool: Pool; threads: number } | null = null;

/**
 * One pool per process, kept between calls (its workers stay warm: a fresh worker runs
 * the pipeline cold for its first few hundred articles). Idle workers exit after a second
 * and do not keep the process alive.
 */
async function poolOf(threads: number): Promise<Pool> {
  if (shared?.threads === threads) return shared.pool;
  if (shared) await shared.pool.destroy();
  const { Piscina } = await import('piscina');
  const pool: Pool = new Piscina<ExtractInput, Article>({ filename: workerFile(), minThreads: 0, maxThreads: threads, idleTimeout: 1000 });
  shared = { pool, threads };
  return pool;
}

/** Stop the pool's workers now (they also stop by themselves after a second idle). */
export async function closePool(): Promise<void> {
  const s = shared;
  shared = null;
  await s?.pool.destroy();
}

/**
 * Extract every input on a worker pool; yields `{ ok, article | error }` in input order, so
 * one failing article does not stop a batch (the CLI reports it and goes on).
 * Accepts an array or any (async) iterable, read only as fast as the window allows.
 */
export async function* extractManySettled(
  inputs: Iterable<ExtractInput> | AsyncIterable<ExtractInput>,
  opts: PoolOptions = {},
): AsyncGenerator<Settled> {
  const threads = Math.max(1, Math.floor(opts.threads ?? availableParallelism()));
  const window = Math.max(threads, Math.floor(opts.window ?? threads * 4));
  const pool = await poolOf(threads);
  const inFlight: Array<Promise<Settled>> = [];
  const settle = (input: ExtractInput): Promise<Settled> =>
    pool.run({ text: input.text, options: input.options }).then(
      (article) => ({ ok: true as const, article }),
      (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error : new Error(String(error)) }),
    );
  for await (const input of inputs) {
    inFlight.push(settle(input));
    if (inFlight.length >= window) yield await inFlight.shift()!;
  }
  while (inFlight.length) yield await inFlight.shift()!;
}

/**
 * Extract every input on a worker pool; yields the articles in input order as they are
 * done. An extraction error is thrown at its input's position (after every earlier
 * article was yielded); use `extractManySettled` to go on past it.
 */
export async function* extractMany(
  inputs: Iterable<ExtractInput> | AsyncIterable<ExtractInput>,
  opts: PoolOptions = {},
): AsyncGenerator<Article> {
  for await (const r of extractManySettled(inputs, opts)) {
    if (!r.ok) throw r.error;
    yield r.article;
  }
}
