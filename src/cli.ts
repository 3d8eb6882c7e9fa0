import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import { extractFromPlainText } from './pipeline.js';
import { expandInputs, InputError, loadInput, type InputFormat } from './input/index.js';
import { OUTPUT_FORMATS, render, renderNdjsonLine, type OutputFormat } from './render/index.js';
import { articleJsonSchema, CLAIM_TYPES, type Article, type ClaimType } from './schema.js';
import { CLAIM_TYPE_INFO } from './claims/types.js';

/**
 * The command line: argv → inputs → extract → render → exit code. No extraction logic
 * lives here. `run` takes its streams so tests can call it without a child process.
 */

export const EXIT = { ok: 0, differences: 1, usage: 2, input: 3, internal: 4, interrupted: 130 } as const;

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

const EXIT_CODES_HELP = `
Exit codes:
  0  ok
  1  differences found (check, diff), or no claim with --fail-on-empty
  2  usage error (unknown option, bad --type value)
  3  input error (missing, unreadable, binary or oversized file); other inputs are still processed
  4  internal error (run again with --debug for the trace)`;

const EXAMPLES_HELP = `
Examples:
  newsfacts story.txt                       a table of the claims in one article
  pbpaste | newsfacts                       read an article from stdin
  newsfacts --format json story.html > facts.json
  newsfacts --type valuation,headcount clippings/
  newsfacts --format csv *.md > claims.csv
  newsfacts schema                          the JSON Schema of --format json
  newsfacts types                           the claim types`;

function parseTypes(value: string): ClaimType[] {
  const types = value.split(',').map((t) => t.trim()).filter(Boolean);
  const bad = types.filter((t) => !(CLAIM_TYPES as readonly string[]).includes(t));
  if (bad.length || !types.length) throw new InvalidArgumentError(`unknown claim type ${bad.map((b) => `'${b}'`).join(', ') || "''"}; valid: ${CLAIM_TYPES.join(', ')}`);
  return types as ClaimType[];
}

function parseBytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`not a size: '${value}' (e.g. 50MB, 1048576)`);
  const scale = { k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 }[(m[2] ?? '').toLowerCase() as 'k'] ?? 1;
  return Math.floor(Number(m[1]) * scale);
}

function parseConfidence(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError(`must be a number from 0 to 1, got '${value}'`);
  return n;
}

interface ExtractCliOptions {
  format: OutputFormat;
  type?: ClaimType[];
  inputFormat?: InputFormat;
  withText?: boolean;
  explain?: boolean;
  color: boolean;
  maxBytes: number;
  minConfidence?: number;
  failOnEmpty?: boolean;
  debug?: boolean;
}

function colorWanted(io: Io, opt: boolean): boolean {
  if (!opt) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return !!io.stdout.isTTY;
}

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}

/** Run the CLI. Resolves to the exit code; never throws. */
export async function run(argv: string[], io: Io): Promise<number> {
  const write = (s: string) => new Promise<void>((resolve) => (io.stdout.write(s) ? resolve() : io.stdout.once('drain', resolve)));
  const say = (s: string) => io.stderr.write(`newsfacts: ${s}\n`);
  let exitCode: number = EXIT.ok;
  let debug = argv.includes('--debug');

  const program = new Command('newsfacts')
    .description('Turn a news article into the claims it makes about companies (valuations, headcount, compute deals, hiring, funding, revenue, compensation, users, departures), each with its evidence.')
    .version(version(), '-V, --version')
    .argument('[files...]', "articles: .txt, .md, .html files or directories; '-' or nothing for stdin")
    .addOption(new Option('-f, --format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('table'))
    .addOption(new Option('-t, --type <types>', `only these claim types, comma-separated (${CLAIM_TYPES.join(', ')})`).argParser(parseTypes))
    .addOption(new Option('--input-format <format>', 'read inputs as this format instead of guessing from the extension').choices(['text', 'markdown', 'html']))
    .option('--with-text', 'with --format json/ndjson: include the plain text that evidence offsets index')
    .option('--explain', 'show the rule that made each claim')
    .option('--no-color', 'no colours (also: NO_COLOR=1; FORCE_COLOR=1 forces them)')
    .addOption(new Option('--max-bytes <size>', 'refuse inputs larger than this').argParser(parseBytes).default(50 * 1024 * 1024, '50MB'))
    .addOption(new Option('--min-confidence <x>', 'drop claims below this confidence (0..1)').argParser(parseConfidence))
    .option('--fail-on-empty', 'exit 1 when no claim is found')
    .option('--debug', 'print stack traces of internal errors')
    .showHelpAfterError('(run newsfacts --help for usage)')
    .addHelpText('after', EXAMPLES_HELP + '\n' + EXIT_CODES_HELP)
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) })
    .exitOverride();

  program
    .command('schema')
    .description('print the JSON Schema of one article in --format json (generated from the zod schema)')
    .action(async () => {
      await write(JSON.stringify(articleJsonSchema(), null, 2) + '\n');
    });
  program
    .command('types')
    .description('list the claim types, one line each')
    .action(async () => {
      const width = Math.max(...CLAIM_TYPES.map((t) => t.length));
      await write(CLAIM_TYPES.map((t) => `${t.padEnd(width)}  ${CLAIM_TYPE_INFO[t].core ? 'core    ' : 'extended'}  ${CLAIM_TYPE_INFO[t].summary}`).join('\n') + '\n');
    });

  program.action(async (files: string[], opts: ExtractCliOptions) => {
    debug = !!opts.debug;
    if (files.length === 0 && io.stdin.isTTY) {
      io.stderr.write(program.helpInformation());
      exitCode = EXIT.usage;
      return;
    }
    const specs = await expandInputs(files.length ? files : ['-']);
    const color = colorWanted(io, opts.color);
    const width = io.stdout.columns && io.stdout.columns > 20 ? io.stdout.columns : Number(io.env.COLUMNS) || 100;
    const articles: Article[] = [];
    for (const spec of specs) {
      if (spec instanceof InputError) {
        say(spec.message);
        exitCode = EXIT.input;
        continue;
      }
      try {
        const input = await loadInput(spec, { inputFormat: opts.inputFormat, maxBytes: opts.maxBytes, stdin: io.stdin });
        for (const w of input.warnings) say(`${input.name}: warning: ${w}`);
        let article = extractFromPlainText(input.text, {
          name: input.name,
          format: input.format,
          types: opts.type,
          sha256: input.sha256,
          title: input.title,
          warnings: input.warnings,
          withText: opts.withText || opts.format === 'html',
        });
        if (opts.minConfidence !== undefined) article = { ...article, claims: article.claims.filter((c) => c.confidence >= opts.minConfidence!) };
        if (opts.format === 'ndjson') await write(renderNdjsonLine(article));
        else articles.push(article);
        if (opts.failOnEmpty && article.claims.length === 0 && exitCode === EXIT.ok) exitCode = EXIT.differences;
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        say(err.message);
        exitCode = EXIT.input;
      }
    }
    if (opts.format !== 'ndjson' && (articles.length || opts.format === 'json')) {
      await write(render(articles, opts.format, { color, width, explain: !!opts.explain, single: specs.length === 1 }));
    }
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    io.stderr.write(`newsfacts: internal error: ${(err as Error)?.message ?? String(err)}${debug ? '\n' + ((err as Error)?.stack ?? '') : ' (run with --debug for the trace)'}\n`);
    return EXIT.internal;
  }
}

/** Entry point for bin/newsfacts.js: real streams, quiet on a closed pipe and on Ctrl-C. */
export async function main(): Promise<void> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok);
    throw err;
  });
  process.on('SIGINT', () => process.exit(EXIT.interrupted));
  const code = await run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
  process.exitCode = code;
}
