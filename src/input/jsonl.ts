import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { toPlainText } from './convert.js';
import { describeFsError, InputError } from './errors.js';
import type { InputFormat } from './format.js';
import type { LoadedInput } from './load.js';
import { sha256Hex } from './hash.js';
import { STDIN_NAME, STDIN_SPEC } from './read.js';

/**
 * JSON Lines archives: one article per line, `{"id": …, "text": …}` (or `"html"`, or
 * `"markdown"`, instead of `"text"`). Read as a stream, a line at a time, so an archive of
 * any size runs in the memory of one article. A line that is not such an object is an
 * InputError named `<file>:<line>`, yielded in its place: the lines after it still run.
 */

/** The article fields a line may carry, in the order they are looked for. */
const BODY_FIELDS: ReadonlyArray<[string, InputFormat]> = [
  ['text', 'text'],
  ['html', 'html'],
  ['markdown', 'markdown'],
];

export interface JsonLinesOptions {
  /** A line longer than this is refused (the lines after it still run). */
  maxBytes: number;
  stdin?: NodeJS.ReadableStream;
}

export async function* readJsonLines(spec: string, opts: JsonLinesOptions): AsyncGenerator<LoadedInput | InputError> {
  const fromStdin = spec === STDIN_SPEC;
  const name = fromStdin ? STDIN_NAME : spec;
  if (!fromStdin) {
    let problem: string | null = null;
    try {
      if ((await stat(spec)).isDirectory()) problem = 'is a directory';
    } catch (err) {
      problem = describeFsError(err);
    }
    if (problem !== null) {
      yield new InputError(name, problem);
      return;
    }
  }
  const stream = fromStdin ? (opts.stdin ?? process.stdin) : createReadStream(spec);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      if (raw.trim() === '') continue;
      yield parseLine(raw, name, line, opts.maxBytes);
    }
  } catch (err) {
    yield new InputError(line ? `${name}:${line + 1}` : name, describeFsError(err));
  }
}

function parseLine(raw: string, name: string, line: number, maxBytes: number): LoadedInput | InputError {
  const where = `${name}:${line}`;
  const bytes = Buffer.byteLength(raw, 'utf8');
  if (bytes > maxBytes) return new InputError(where, `larger than --max-bytes (${maxBytes} bytes)`);
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch (err) {
    return new InputError(where, `not JSON: ${(err as Error).message}`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return new InputError(where, 'not a JSON object ({"id": …, "text": …} expected)');
  const fields = record as Record<string, unknown>;
  const body = BODY_FIELDS.find(([field]) => typeof fields[field] === 'string');
  if (!body) return new InputError(where, 'no "text", "html" or "markdown" string');
  const id = fields.id;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return new InputError(where, '"id" is neither a string nor a number');
  const [field, format] = body;
  const source = fields[field] as string;
  const plain = toPlainText(source, format);
  return {
    name,
    format,
    text: plain.text,
    sha256: sha256Hex(source),
    title: plain.title,
    warnings: plain.warnings,
    ...(id === undefined ? {} : { id }),
    line,
  };
}
