import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import type { extractFromPlainText } from './pipeline.js';
import { expandInputs, InputError, loadInput, type InputFormat } from './input/index.js';
import { OUTPUT_FORMATS, loadRenderer, type OutputFormat } from './render/formats.js';
import { renderNdjsonLine } from './render/json.js';
import type { Article, ClaimType } from './schema.js';
import { CLAIM_TYPES } from './claims/type-names.js';
import { CLAIM_TYPE_INFO } from './claims/types.js';
// commander is CommonJS: required directly, it loads in half the time an ES import takes
// (no export scan of its source), and every run pays that at start-up.
const { Command, CommanderError, InvalidArgumentError, Option } = createRequire(import.meta.url)('commander') as typeof import('commander');
// zod (schema, check) loads only for the commands that need it: a plain run starts faster.
const loadCheck = () => import('./check/index.js');

/**
 * The command line: argv → inputs → extract → render → exit code. No extraction logic
 * lives here. `run` takes its streams so tests can call it without a child process.
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
  extract?: typeof extractFromPlainText;
}

/** The pipeline (and its NLP) is loaded only when there is an article to read: --help, --version, schema and types start fast. */
async function loadExtract(): Promise<typeof extractFromPlainText> {
  return (await import('./pipeline.js')).extractFromPlainText;
}

/** Several things can go wrong in one run; the exit code names the worst. */
const SEVERITY: readonly number[] = [EXIT.ok, EXIT.noClaims, EXIT.input, EXIT.internal];

const EXAMPLES_HELP = `
Examples:
  newsfacts story.txt                       a table of the claims in one article
  pbpaste | newsfacts                       read an article from stdin
  newsfacts --format json story.html > facts.json
  newsfacts --type valuation,headcount clippings/
  newsfacts --format ndjson clippings/ | jq -c '.claims[]'
  newsfacts --format csv *.md > claims.csv
  newsfacts --fail-on-empty --min-confidence 0.8 story.txt
  newsfacts schema                          the JSON Schema of --format json
  newsfacts types                           the claim types
  newsfacts story.txt --format json > story.expect.json
  newsfacts check story.txt --expect story.expect.json --strict
  newsfacts diff story-v1.txt story-v2.txt  claims added, removed and changed
  newsfacts conflicts clippings/*.txt       values that disagree across sources`;

const EXIT_CODES_HELP = `
Exit codes:
  0    ok (check: every expected claim found; diff: no change; conflicts: none)
  1    an input yielded no claim, with --fail-on-empty; check: an expected claim is missing
       or has another value (with --strict: or an unexpected claim appears); diff: claims
       added, removed or changed; conflicts: some found
  2    usage error (unknown option, bad --type value); check: an unreadable or malformed
       expect file, or an unknown claim type in it
  3    input error (missing, unreadable, binary or oversized file); the other inputs are still processed
  4    internal error (run again with --debug for the trace)
  130  interrupted (Ctrl-C)`;

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
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError(`must be a number from 0 to 1, got '${value}'`);
  return n;
}

/** Options shared by check, diff and conflicts. */
interface WorkflowCliOptions {
  format: 'text' | 'json';
  color: boolean;
  inputFormat?: InputFormat;
  minConfidence?: number;
  debug?: boolean;
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

/** Batches larger than this run on a worker pool, one thread per core. */
const POOL_MIN_INPUTS = 20;

/** Inputs above this count get a progress line on stderr (when stderr is a terminal). */
const PROGRESS_MIN_INPUTS = 20;

/**
 * One self-overwriting line on stderr: "[#####     ] 12/40 clippings/b.txt". Anything else
 * written to the terminal first clears it, so warnings and streamed ndjson never
 * end up glued to a half-drawn bar.
 */
class Progress {
  private shown = false;

  constructor(
    private readonly stderr: Io['stderr'],
    private readonly total: number,
  ) {}

  draw(done: number, name: string): void {
    const bar = 20;
    const filled = Math.round((done / this.total) * bar);
    const head = `[${'#'.repeat(filled)}${' '.repeat(bar - filled)}] ${done}/${this.total} `;
    const room = Math.max(0, (this.stderr.columns || 80) - head.length - 1);
    const tail = name.length > room ? '…' + name.slice(name.length - room + 1) : name;
    this.stderr.write(`\r\x1b[K${head}${room > 0 ? tail : ''}`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}

/** The first line of an error's message, so an internal error stays one line without --debug. */
function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n', 1)[0] || (err instanceof Error ? err.name : 'unknown error');
}

/** Run the CLI. Resolves to the exit code; never throws. */
export async function run(argv: string[], io: Io, deps: Deps = {}): Promise<number> {
  let progress: Progress | undefined;
  const write = (s: string) => {
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
  let debug = argv.includes('--debug');
  const internalError = (err: unknown, where?: string) =>
    say(`${where ? where + ': ' : ''}internal error: ${firstLine(err)}${debug ? '\n' + ((err as Error)?.stack ?? String(err)) : ' (run again with --debug for the trace)'}`);
  /**
   * One input that failed — an input error (missing, binary, too large…) or a bug: one line on
   * stderr and the exit code raised; the other inputs go on (a bug on one article should not
   * throw away the others in a long batch).
   */
  const failed = (err: unknown, spec = '') => {
    if (err instanceof InputError) {
      say(err.message);
      worse(EXIT.input);
    } else {
      internalError(err, spec === '-' ? '<stdin>' : spec);
      worse(EXIT.internal);
    }
  };
  /** The article with only its claims of at least `min` confidence (all of them without one). */
  const atConfidence = (article: Article, min: number | undefined): Article =>
    min === undefined ? article : { ...article, claims: article.claims.filter((c) => c.confidence >= min) };

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
    .option('--fail-on-empty', 'exit 1 when an input yields no claim')
    .option('--debug', 'print stack traces of internal errors')
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

  program
    .command('schema')
    .description('print the JSON Schema of one article in --format json (generated from the zod schema)')
    .action(async () => {
      const { articleJsonSchema } = await import('./schema.js');
      await write(JSON.stringify(articleJsonSchema(), null, 2) + '\n');
    });
  program
    .command('types')
    .description('list the claim types, one line each')
    .action(async () => {
      const width = Math.max(...CLAIM_TYPES.map((t) => t.length));
      await write(CLAIM_TYPES.map((t) => `${t.padEnd(width)}  ${CLAIM_TYPE_INFO[t].core ? 'core    ' : 'extended'}  ${CLAIM_TYPE_INFO[t].summary}`).join('\n') + '\n');
    });

  /**
   * One article for check/diff/conflicts, read and extracted as the main command does.
   * Null after an input or internal error, which is already reported and in the exit code.
   */
  const readArticle = async (spec: string, opts: WorkflowCliOptions): Promise<Article | null> => {
    debug ||= !!opts.debug;
    try {
      const input = await loadInput(spec, { inputFormat: opts.inputFormat, maxBytes: 50 * 1024 * 1024, stdin: io.stdin });
      for (const w of input.warnings) say(`${input.name}: warning: ${w}`);
      const extract = deps.extract ?? (await loadExtract());
      const article = extract(input.text, { name: input.name, format: input.format, sha256: input.sha256, title: input.title, warnings: input.warnings });
      return atConfidence(article, opts.minConfidence);
    } catch (err) {
      failed(err, spec);
      return null;
    }
  };
  /** A subcommand of the CI workflows, with the options they share. */
  const workflowCommand = (name: string, description: string, exitHelp: string) => {
    const cmd = program
      .command(name)
      .description(description)
      .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text'))
      .addOption(new Option('--input-format <format>', 'read articles as this format instead of guessing from the extension').choices(['text', 'markdown', 'html']))
      .addOption(new Option('--min-confidence <x>', 'ignore claims below this confidence (0..1)').argParser(parseConfidence))
      .option('--no-color', 'no colours (also: NO_COLOR=1; FORCE_COLOR=1 forces them)')
      .option('--debug', 'print stack traces of internal errors')
      .addHelpText('after', exitHelp);
    // The usage line is read when an error happens, so it shows the arguments added later.
    cmd.showHelpAfterError(false).exitOverride((err) => {
      if (err.code !== 'commander.helpDisplayed' && err.code !== 'commander.help' && err.exitCode !== 0) io.stderr.write(`Usage: newsfacts ${name} ${cmd.usage()}\n(run newsfacts ${name} --help for options and exit codes)\n`);
      throw err;
    });
    return cmd;
  };
  const WORKFLOW_ERRORS = `
  3    input error (missing, unreadable, binary or oversized article)
  4    internal error (run again with --debug for the trace)`;

  workflowCommand(
    'check',
    'check that an article states the expected claims (type, subject, counterparty, value within 1%)',
    `
The expect file is { "claims": [{ "type", "subject", "counterparty"?, "value"?: { "amount"?, "min"?, "max"?, "currency"? } }] }
or a saved newsfacts --format json output. Names match by canonical name or alias (case, Inc./Ltd./Corp.
and possessives ignored); a field left out is not compared.

Exit codes:
  0    every expected claim found (with --strict: and no other claim)
  1    an expected claim is missing or has another value; with --strict, or an unexpected claim appears
  2    usage error, or an unreadable or malformed expect file, or an unknown claim type in it${WORKFLOW_ERRORS}`,
  )
    .argument('<file>', "the article (.txt, .md, .html, or '-' for stdin)")
    .requiredOption('-e, --expect <file>', 'the expected claims (JSON)')
    .option('--strict', 'fail also when the article states a claim that is not expected')
    .action(async (file: string, opts: WorkflowCliOptions & { expect: string; strict?: boolean }) => {
      const { checkArticle, ExpectFileError, readExpectation, renderCheckText, renderReportJson } = await loadCheck();
      let expectation;
      try {
        expectation = readExpectation(opts.expect);
      } catch (err) {
        if (!(err instanceof ExpectFileError)) throw err;
        say(err.message);
        exitCode = EXIT.usage;
        return;
      }
      const article = await readArticle(file, opts);
      if (!article) return;
      const report = checkArticle(article, expectation, { strict: opts.strict, expectName: opts.expect });
      await write(opts.format === 'json' ? renderReportJson(report) : renderCheckText(report, { color: colorWanted(io, opts.color) }));
      if (!report.ok) worse(EXIT.noClaims);
    });

  workflowCommand(
    'diff',
    'the claims added, removed and changed between two versions of an article',
    `
Claims are the same claim when type, subject and counterparty match; one with another value is changed.

Exit codes:
  0    no claim added, removed or changed
  1    claims added, removed or changed (as diff(1) does)
  2    usage error${WORKFLOW_ERRORS}`,
  )
    .argument('<old>', 'the earlier version')
    .argument('<new>', 'the later version')
    .action(async (oldFile: string, newFile: string, opts: WorkflowCliOptions) => {
      const { diffArticles, renderDiffText, renderReportJson } = await loadCheck();
      if (oldFile === '-' && newFile === '-') {
        say("'-' (stdin) can be given only once");
        exitCode = EXIT.usage;
        return;
      }
      const before = await readArticle(oldFile, opts);
      const after = await readArticle(newFile, opts);
      if (!before || !after) return;
      const report = diffArticles(before, after);
      await write(opts.format === 'json' ? renderReportJson(report) : renderDiffText(report, { color: colorWanted(io, opts.color) }));
      if (!report.identical) worse(EXIT.noClaims);
    });

  workflowCommand(
    'conflicts',
    'claims of one type about one subject whose values disagree across articles, with each source and its evidence',
    `
Values disagree when neither is within 1% of the other and their ranges do not overlap. Negated and
conditional claims are not compared; an article that states several values agrees with a source
that gives any of them.

Exit codes:
  0    no conflicts
  1    conflicts found
  2    usage error${WORKFLOW_ERRORS}`,
  )
    .argument('<files...>', 'the articles (files or directories)')
    .action(async (files: string[], opts: WorkflowCliOptions) => {
      const { findConflicts, renderConflictsText, renderReportJson } = await loadCheck();
      if (files.filter((a) => a === '-').length > 1) {
        say("'-' (stdin) can be given only once");
        exitCode = EXIT.usage;
        return;
      }
      const articles: Article[] = [];
      for (const spec of await expandInputs(files)) {
        if (spec instanceof InputError) {
          failed(spec);
          continue;
        }
        const article = await readArticle(spec, opts);
        if (article) articles.push(article);
      }
      const report = findConflicts(articles);
      await write(opts.format === 'json' ? renderReportJson(report) : renderConflictsText(report, { color: colorWanted(io, opts.color) }));
      if (report.conflicts.length) worse(EXIT.noClaims);
    });

  program.action(async (files: string[], opts: ExtractCliOptions) => {
    debug = !!opts.debug;
    if (files.length === 0 && io.stdin.isTTY) {
      io.stderr.write(program.helpInformation());
      exitCode = EXIT.usage;
      return;
    }
    const args = files.length ? files : ['-'];
    if (args.filter((a) => a === '-').length > 1) {
      say("'-' (stdin) can be given only once");
      exitCode = EXIT.usage;
      return;
    }
    const specs = await expandInputs(args);
    // One file (or stdin) prints one JSON object; several inputs, or any directory, an array,
    // so a script reading `newsfacts --format json dir/` gets the same shape for 1 or 100 articles.
    const single = args.length === 1 && specs.length === 1 && specs[0] === args[0];
    const color = colorWanted(io, opts.color);
    const width = io.stdout.columns && io.stdout.columns > 20 ? io.stdout.columns : Number(io.env.COLUMNS) || 100;
    if (io.stderr.isTTY && specs.length > PROGRESS_MIN_INPUTS) progress = new Progress(io.stderr, specs.length);
    let extract = deps.extract;
    const articles: Article[] = [];
    const extractOptions = (input: Awaited<ReturnType<typeof loadInput>>) => ({
      name: input.name,
      format: input.format,
      types: opts.type,
      sha256: input.sha256,
      title: input.title,
      warnings: input.warnings,
      withText: opts.withText || opts.format === 'html',
    });
    // What every article goes through once extracted, in input order.
    const emit = async (found: Article) => {
      const article = atConfidence(found, opts.minConfidence);
      if (opts.failOnEmpty && article.claims.length === 0) worse(EXIT.noClaims);
      // ndjson streams: each line is printed as soon as its article is done.
      if (opts.format === 'ndjson') await write(renderNdjsonLine(article));
      else articles.push(article);
    };
    // A large batch runs on every core (a worker pool, results in input order, a bounded
    // window of inputs in flight); a few articles are quicker in process.
    const pooled = !deps.extract && specs.filter((x) => typeof x === 'string').length > POOL_MIN_INPUTS;
    // A few articles in process, the first of them article-sized: V8 would spend longer
    // optimising the rules' regular expressions (~40 ms at start-up) than running them;
    // unoptimised, they match the same. (A large batch on the pool, or a megabyte input, keeps
    // the optimised ones, which run faster over much text.)
    let tuned = pooled;
    const tuneFor = (text: string) => {
      if (!tuned && text.length < 1 << 20) setFlagsFromString('--no-regexp-optimization');
      tuned = true;
    };
    if (pooled) {
      const { extractManySettled } = await import('./parallel/pool.js');
      const names: string[] = [];
      let done = 0;
      const readInputs = async function* () {
        for (const spec of specs) {
          if (spec instanceof InputError) {
            failed(spec);
            continue;
          }
          try {
            const input = await loadInput(spec, { inputFormat: opts.inputFormat, maxBytes: opts.maxBytes, stdin: io.stdin });
            for (const w of input.warnings) say(`${input.name}: warning: ${w}`);
            names.push(input.name);
            yield { text: input.text, options: extractOptions(input) };
          } catch (err) {
            if (!(err instanceof InputError)) throw err;
            failed(err);
          }
        }
      };
      for await (const settled of extractManySettled(readInputs())) {
        const name = names.shift() ?? '';
        progress?.draw(done++, name);
        if (settled.ok) await emit(settled.article);
        else failed(settled.error, name);
      }
    }
    for (const [i, spec] of pooled ? [] : specs.entries()) {
      if (spec instanceof InputError) {
        failed(spec);
        continue;
      }
      progress?.draw(i, spec);
      let article: Article;
      try {
        const input = await loadInput(spec, { inputFormat: opts.inputFormat, maxBytes: opts.maxBytes, stdin: io.stdin });
        for (const w of input.warnings) say(`${input.name}: warning: ${w}`);
        tuneFor(input.text);
        extract ??= await loadExtract();
        article = extract(input.text, extractOptions(input));
      } catch (err) {
        failed(err, spec);
        continue;
      }
      await emit(article);
    }
    progress?.clear();
    progress = undefined;
    if (opts.format !== 'ndjson' && (articles.length || opts.format === 'json')) {
      const render = await loadRenderer(opts.format);
      await write(render(articles, { color, width, explain: !!opts.explain, single: single && articles.length === 1 }));
    }
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
