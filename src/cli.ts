import { createRequire } from 'node:module';
import { CLAIM_TYPES } from './claims/type-names.js';
import { CLAIM_TYPE_INFO } from './claims/types.js';
import { openInputs, whereOf, type Extract, type ReadOptions } from './cli/articles.js';
import { CHECK_HELP, CONFLICTS_HELP, DIFF_HELP, EXAMPLES_HELP, EXIT_CODES_HELP } from './cli/help.js';
import {
  DEFAULT_MAX_BYTES,
  loadCommander,
  INPUT_FORMATS,
  parseBytes,
  parseConfidence,
  parseJobs,
  parseTypes,
  reportFormatParser,
  type CliInputFormat,
  type ReportFormat,
} from './cli/options.js';
import { Progress } from './cli/progress.js';
import { InputError } from './input/index.js';
import { OUTPUT_FORMATS, openOutput, type OutputFormat } from './render/formats.js';
import type { Article, ClaimType } from './schema.js';
// zod (schema, check) loads only for the commands that need it: a plain run starts faster.
const loadCheck = () => import('./check/index.js');

/**
 * The command line: argv → inputs → extract → render → exit code, a thin shell over the
 * library. Every command reads its articles through one loop (cli/articles.ts). `run` takes
 * its streams so tests can call it without a child process.
 */

export const EXIT = { ok: 0, noClaims: 1, usage: 2, input: 3, internal: 4, interrupted: 130, terminated: 143 } as const;

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
}

/**
 * What `run` calls to do the work. Only tests pass their own (e.g. an extract that
 * throws, to check how an internal error is reported); the CLI has no hidden test switch.
 */
export interface Deps {
  extract?: Extract;
}

/** Several things can go wrong in one run; the exit code names the worst. */
const SEVERITY: readonly number[] = [EXIT.ok, EXIT.noClaims, EXIT.input, EXIT.internal];

/** Inputs above this count get a progress line on stderr (when stderr is a terminal). */
const PROGRESS_MIN_INPUTS = 20;

/** The options of reading articles, the same on every command that reads them. */
interface InputCliOptions {
  jobs?: number;
  type?: ClaimType[];
  inputFormat?: CliInputFormat;
  maxBytes: number;
  minConfidence?: number;
  color: boolean;
  debug?: boolean;
}

interface ExtractCliOptions extends InputCliOptions {
  format: OutputFormat;
  withText?: boolean;
  explain?: boolean;
  failOnEmpty?: boolean;
}

interface ReportCliOptions extends InputCliOptions {
  format: ReportFormat;
}

/** Colour on a terminal; NO_COLOR and --no-color turn it off, FORCE_COLOR on; TERM=dumb draws none. */
function colorWanted(io: Io, opt: boolean): boolean {
  if (!opt) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  if (io.env.TERM === 'dumb') return false;
  return !!io.stdout.isTTY;
}

/** The table's width: stdout's terminal, else the terminal stderr shows (output into a pipe), else $COLUMNS, else 100. */
function tableWidth(io: Io): number {
  if (io.stdout.isTTY && (io.stdout.columns ?? 0) > 20) return io.stdout.columns!;
  if (io.stderr.isTTY && (io.stderr.columns ?? 0) > 20) return io.stderr.columns!;
  return Number(io.env.COLUMNS) || 100;
}

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}

/** The first line of an error's message, so an internal error stays one line without --debug. */
function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n', 1)[0] || (err instanceof Error ? err.name : 'unknown error');
}

/** The names of the subcommands (and commander's own `help`): a plain run never starts with one. */
const COMMAND_NAMES = new Set(['schema', 'types', 'check', 'diff', 'conflicts', 'help']);

/**
 * The arguments of the plain run — `newsfacts [-f fmt] [--no-color] [--with-text] [--explain]
 * [--fail-on-empty] [--debug] files…` — read without commander, as commander would read them;
 * null for anything else (another option, a repeated one, a bad format, an argument that starts
 * with '-' other than '-' itself, a subcommand's name), which commander then reads,
 * with its help, its errors and its exit codes. Loading commander and building the program
 * cost ~45 M of the ~950 M instructions of a one-article run.
 */
function plainArgs(argv: readonly string[]): { files: string[]; opts: ExtractCliOptions } | null {
  const files: string[] = [];
  const opts: ExtractCliOptions = { format: 'table', maxBytes: DEFAULT_MAX_BYTES, color: true };
  const seen = new Set<string>();
  const once = (name: string) => !seen.has(name) && !!seen.add(name);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-' || !a.startsWith('-')) {
      files.push(a);
      continue;
    }
    if (a === '-f' || a === '--format' || a.startsWith('--format=')) {
      const value = a.startsWith('--format=') ? a.slice('--format='.length) : argv[++i];
      if (value === undefined || !(OUTPUT_FORMATS as readonly string[]).includes(value) || !once('format')) return null;
      opts.format = value as OutputFormat;
    } else if (a === '--no-color' && once(a)) opts.color = false;
    else if (a === '--with-text' && once(a)) opts.withText = true;
    else if (a === '--explain' && once(a)) opts.explain = true;
    else if (a === '--fail-on-empty' && once(a)) opts.failOnEmpty = true;
    else if (a === '--debug' && once(a)) opts.debug = true;
    else return null;
  }
  if (files.some((f) => COMMAND_NAMES.has(f))) return null;
  return { files, opts };
}

/** The options every command that reads articles takes, alike in name and meaning. */
function addInputOptions(cmd: import('commander').Command): import('commander').Command {
  const { Option } = loadCommander();
  return cmd
    .addOption(new Option('-t, --type <types>', `only these claim types, comma-separated (${CLAIM_TYPES.join(', ')})`).argParser(parseTypes))
    .addOption(
      new Option('--input-format <format>', 'read inputs as this format instead of guessing from the extension; jsonl: one article per line, {"id": …, "text"|"html": …}').choices([
        ...INPUT_FORMATS,
      ]),
    )
    .addOption(new Option('--max-bytes <size>', 'refuse inputs larger than this (50MB, 10MiB, 1e7…; for jsonl, per line)').argParser(parseBytes).default(DEFAULT_MAX_BYTES, '50MB'))
    .addOption(new Option('--min-confidence <x>', 'drop claims below this confidence (0..1)').argParser(parseConfidence))
    .addOption(new Option('-j, --jobs <n>', 'worker threads for more than 20 inputs (default: every core on 4 or more cores; on fewer, every core for more than 5,000 inputs, else 1: in process)').argParser(parseJobs))
    .option('--no-color', 'no colours (also: NO_COLOR=1 or TERM=dumb; FORCE_COLOR=1 forces them)')
    .option('--debug', 'print stack traces of internal errors');
}

/** Run the CLI. Resolves to the exit code; never throws. */
export async function run(argv: string[], io: Io, deps: Deps = {}): Promise<number> {
  let progress: Progress | undefined;
  const write = (s: string) => {
    if (s === '') return Promise.resolve();
    if (io.stdout.isTTY) progress?.clear(); // same terminal as the bar; a pipe or file needs no wiping
    return new Promise<void>((resolve) => (io.stdout.write(s) ? resolve() : io.stdout.once('drain', resolve)));
  };
  const say = (s: string) => {
    progress?.clear();
    io.stderr.write(`newsfacts: ${s}\n`);
  };
  let exitCode: number = EXIT.ok;
  const worse = (code: number) => {
    if (SEVERITY.indexOf(code) > SEVERITY.indexOf(exitCode)) exitCode = code;
  };
  const usageError = (message: string) => {
    say(message);
    exitCode = EXIT.usage;
  };
  let debug = argv.includes('--debug');
  const internalError = (err: unknown, where?: string) =>
    say(`${where ? where + ': ' : ''}internal error: ${firstLine(err)}${debug ? '\n' + ((err as Error)?.stack ?? String(err)) : ' (run again with --debug for the trace)'}`);

  /**
   * Every command's articles, through the one input loop. An input that failed — an input
   * error (missing, binary, too large, a bad JSON Lines line…) or a bug — is one line on stderr
   * and raises the exit code; the other inputs go on.
   */
  const articlesOf = (args: string[], opts: InputCliOptions, more: Partial<ReadOptions> = {}) => {
    debug ||= !!opts.debug;
    if (args.filter((a) => a === '-').length > 1) {
      usageError("'-' (stdin) can be given only once");
      return null;
    }
    const read: ReadOptions = { inputFormat: opts.inputFormat, maxBytes: opts.maxBytes, types: opts.type, minConfidence: opts.minConfidence, jobs: opts.jobs, stdin: () => io.stdin, ...more };
    return openInputs(
      args,
      read,
      {
        failed: (err, where) => {
          if (err instanceof InputError) {
            say(err.message);
            worse(EXIT.input);
          } else {
            internalError(err, where);
            worse(EXIT.internal);
          }
        },
        warning: (where, message) => say(`${where}: warning: ${message}`),
        progress: (done, name) => progress?.draw(done, name),
      },
      deps.extract,
    );
  };
  /** All the articles of some arguments, for the reports (which need them all before they can speak). */
  const collect = async (args: string[], opts: InputCliOptions, more: Partial<ReadOptions> = {}): Promise<Article[] | null> => {
    const inputs = await articlesOf(args, opts, more);
    if (!inputs) return null;
    const out: Article[] = [];
    for await (const article of inputs.articles) out.push(article);
    return out;
  };
  /** The one article of a file argument (check, diff); null after an error, already reported. */
  const oneArticle = async (spec: string, opts: InputCliOptions): Promise<Article | null> => {
    const articles = await collect([spec], opts, { walk: false });
    if (!articles || articles.length === 0) return null;
    if (articles.length > 1) {
      usageError(`${spec === '-' ? '<stdin>' : spec}: holds ${articles.length} articles; compare one at a time`);
      return null;
    }
    return articles[0]!;
  };
  /** A report as text for people, or its object as JSON (ndjson: on one line). */
  const printReport = (format: ReportFormat, report: unknown, text: () => string) =>
    write(format === 'text' ? text() : JSON.stringify(report, null, format === 'json' ? 2 : undefined) + '\n');

  /** The main command: extract every input's claims and print them. */
  const extractCommand = async (files: string[], opts: ExtractCliOptions) => {
    const inputs = await articlesOf(files.length ? files : ['-'], opts, { withText: opts.withText || opts.format === 'html' });
    if (!inputs) return;
    if (io.stderr.isTTY && inputs.count !== null && inputs.count > PROGRESS_MIN_INPUTS) progress = new Progress(io.stderr, inputs.count);
    // One file (or stdin) prints one JSON object; several inputs, or any directory, an array,
    // so a script reading `newsfacts --format json dir/` gets the same shape for 1 or 100 articles.
    const output = await openOutput(opts.format, { color: colorWanted(io, opts.color), width: tableWidth(io), explain: !!opts.explain, single: inputs.single });
    let printed = 0;
    for await (const article of inputs.articles) {
      if (opts.failOnEmpty && article.claims.length === 0) {
        say(`${whereOf(article.source)}: no claims (--fail-on-empty)`);
        worse(EXIT.noClaims);
      }
      await write(output.next(article));
      printed++;
    }
    progress?.clear();
    progress = undefined;
    // json prints [] for no article, so a script always gets JSON; the other formats print nothing.
    if (printed || opts.format === 'json') await write(output.end());
  };

  const plain = plainArgs(argv);
  // (no file and a terminal on stdin: commander's help and a usage error)
  if (plain && (plain.files.length > 0 || !io.stdin.isTTY)) {
    try {
      await extractCommand(plain.files, plain.opts);
      return exitCode;
    } catch (err) {
      progress?.clear();
      internalError(err);
      return EXIT.internal;
    }
  }

  const { Command, CommanderError, Option } = loadCommander();

  const program = new Command('newsfacts')
    .description('Turn a news article into the claims it makes about companies (valuations, headcount, compute deals, hiring, funding, revenue, compensation, users, departures), each with its evidence.')
    .version(version(), '-V, --version')
    .argument('[files...]', "articles: .txt, .md, .html files, directories or .jsonl archives; '-' or nothing for stdin")
    .addOption(new Option('-f, --format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('table'));
  addInputOptions(program)
    .option('--with-text', 'with --format json/ndjson: include the plain text that evidence offsets index')
    .option('--explain', 'show the rule that made each claim (table, markdown, html; csv and json always carry it)')
    .option('--fail-on-empty', 'exit 1 when an input yields no claim, naming each on stderr')
    .addHelpText('after', EXAMPLES_HELP + '\n' + EXIT_CODES_HELP)
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // commander's "error: unknown option '--bogus'" → "newsfacts: unknown option '--bogus'"
      outputError: (s, out) => out(s.replace(/^error: /, 'newsfacts: ')),
    })
    .exitOverride();
  // Options after a subcommand's name are the subcommand's: `check f --format json` is check's --format.
  program.enablePositionalOptions();
  // After a usage error: the usage line and where to find more, not the whole help.
  program.showHelpAfterError(`Usage: newsfacts ${program.usage()}\n(run newsfacts --help for options, examples and exit codes)`);

  /** A subcommand: its own usage line after a usage error. */
  const subcommand = (name: string, description: string) => {
    const cmd = program.command(name).description(description);
    // The usage line is read when an error happens, so it shows the arguments added later.
    cmd.showHelpAfterError(false).exitOverride((err) => {
      if (err.code !== 'commander.helpDisplayed' && err.code !== 'commander.help' && err.exitCode !== 0) io.stderr.write(`Usage: newsfacts ${name} ${cmd.usage()}\n(run newsfacts ${name} --help for options and exit codes)\n`);
      throw err;
    });
    return cmd;
  };
  /** A report command (check, diff, conflicts): reads articles like the main command, prints a report. */
  const reportCommand = (name: string, description: string, help: string) =>
    addInputOptions(
      subcommand(name, description).addOption(new Option('-f, --format <format>', 'report format: table (text, the default) or json (ndjson: on one line)').argParser(reportFormatParser(name)).default('text')),
    ).addHelpText('after', help);

  program
    .command('schema')
    .description('print the JSON Schema of one article in --format json (generated from the zod schema)')
    .action(async () => {
      const { articleJsonSchema } = await import('./schema.js');
      await write(JSON.stringify(articleJsonSchema(), null, 2) + '\n');
    });
  subcommand('types', 'list the claim types, one line each')
    .addOption(new Option('-f, --format <format>', 'table (the default) or json').argParser(reportFormatParser('types')).default('text'))
    .action(async (opts: { format: ReportFormat }) => {
      const rows = CLAIM_TYPES.map((type) => ({ type, core: CLAIM_TYPE_INFO[type].core, summary: CLAIM_TYPE_INFO[type].summary, example: CLAIM_TYPE_INFO[type].example }));
      const width = Math.max(...CLAIM_TYPES.map((t) => t.length));
      await printReport(
        opts.format,
        rows,
        () => rows.map((r) => `${r.type.padEnd(width)}  ${r.core ? 'core    ' : 'extended'}  ${r.summary}`).join('\n') + '\n',
      );
    });

  reportCommand('check', 'check that an article states the expected claims (type, subject, counterparty, value within 1%, modality)', CHECK_HELP)
    .argument('<file>', "the article (.txt, .md, .html, or '-' for stdin)")
    .requiredOption('-e, --expect <file>', 'the expected claims (JSON)')
    .option('--strict', 'fail also when the article states a claim that is not expected')
    .action(async (file: string, opts: ReportCliOptions & { expect: string; strict?: boolean }) => {
      const { checkArticle, ExpectFileError, readExpectation, renderCheckText } = await loadCheck();
      let expectation;
      try {
        expectation = readExpectation(opts.expect);
      } catch (err) {
        if (!(err instanceof ExpectFileError)) throw err;
        return usageError(err.message);
      }
      const article = await oneArticle(file, opts);
      if (!article) return;
      const report = checkArticle(article, expectation, { strict: opts.strict, expectName: opts.expect, types: opts.type });
      await printReport(opts.format, report, () => renderCheckText(report, { color: colorWanted(io, opts.color) }));
      if (!report.ok) worse(EXIT.noClaims);
    });

  reportCommand('diff', 'the claims added, removed and changed (in value or modality) between two versions of an article', DIFF_HELP)
    .argument('<old>', 'the earlier version')
    .argument('<new>', 'the later version')
    .action(async (oldFile: string, newFile: string, opts: ReportCliOptions) => {
      const { diffArticles, renderDiffText } = await loadCheck();
      if (oldFile === '-' && newFile === '-') return usageError("'-' (stdin) can be given only once");
      const before = await oneArticle(oldFile, opts);
      const after = await oneArticle(newFile, opts);
      if (!before || !after) return;
      const report = diffArticles(before, after);
      await printReport(opts.format, report, () => renderDiffText(report, { color: colorWanted(io, opts.color) }));
      if (!report.identical) worse(EXIT.noClaims);
    });

  reportCommand('conflicts', 'claims of one type about one subject whose values disagree across articles, with each source and its evidence', CONFLICTS_HELP)
    .argument('<files...>', 'the articles (files, directories or .jsonl archives)')
    .option('--include-hedged', 'compare hedged claims ("in talks at $20 billion") too')
    .action(async (files: string[], opts: ReportCliOptions & { includeHedged?: boolean }) => {
      const { findConflicts, renderConflictsText } = await loadCheck();
      const articles = await collect(files, opts);
      if (!articles) return;
      const report = findConflicts(articles, { includeHedged: opts.includeHedged });
      await printReport(opts.format, report, () => renderConflictsText(report, { color: colorWanted(io, opts.color) }));
      if (report.conflicts.length) worse(EXIT.noClaims);
    });

  program.action(async (files: string[], opts: ExtractCliOptions) => {
    if (files.length === 0 && io.stdin.isTTY) {
      io.stderr.write(program.helpInformation());
      exitCode = EXIT.usage;
      return;
    }
    await extractCommand(files, opts);
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    progress?.clear();
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    internalError(err);
    return EXIT.internal;
  }
}

/** Entry point for bin/newsfacts.js: real streams, quiet on a closed pipe and on Ctrl-C. */
export async function main(): Promise<void> {
  // `newsfacts … | head -1`: the reader is gone, so there is nobody left to tell; stop quietly.
  const onStreamError = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok);
    throw err;
  };
  process.stdout.on('error', onStreamError);
  process.stderr.on('error', onStreamError);
  process.on('SIGINT', () => {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K'); // wipe a half-drawn progress line
    process.exit(EXIT.interrupted);
  });
  process.on('SIGTERM', () => process.exit(EXIT.terminated));
  // (stdin is opened only when read: creating its stream loads the socket and pipe modules)
  const io = { get stdin() { return process.stdin; }, stdout: process.stdout, stderr: process.stderr, env: process.env };
  const code = await run(process.argv.slice(2), io);
  process.exitCode = code;
}
