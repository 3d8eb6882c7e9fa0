// Profiling aid: where the CPU of whole processes goes inside V8 and Node — parsing and
// compiling JS, compiling regular expressions, running them, GC, the start-up snapshot,
// OpenSSL, the kernel — from `perf record` data (software clock; no hardware counters needed).
//   perf record -e cpu-clock -F 5000 -o x.data -- sh -c 'node … ; node …'
//   node bench/profile/perf-split.mjs x.data [runs]     (runs: processes recorded, for ms per run)
import { execFileSync } from 'node:child_process';

const file = process.argv[2] ?? 'perf.data';
const runs = Number(process.argv[3] ?? 1);
const text = execFileSync('perf', ['report', '-i', file, '--no-children', '--sort', 'dso,sym', '--stdio'], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
const BUCKETS = [
  ['kernel (process, page faults, files)', (dso) => dso.startsWith('[kernel')],
  ['JS and regexp code compiled by V8 ([JIT]: the article work once warm)', (dso) => dso.startsWith('[JIT]') || dso.startsWith('perf-')],
  ['OpenSSL start-up (CA certificates, NODE_EXTRA_CA_CERTS)', (dso, s) => /ossl_|OPENSSL_|EVP_|X509|ASN1|PEM_|BIO_|CRYPTO_|lh_|sk_|libcrypto|libssl/.test(s) || /libcrypto|libssl/.test(dso)],
  ['regexp: compile', (dso, s) => /RegExp/.test(s) && !/RegExpInterpreter|Builtins_|RegExpImpl::.*Exec|RegExpGlobalCache|RegExpResultsCache|RegExpMatchInfo|RegExpStack|MatchInfo|ExperimentalRegExp::Exec/.test(s)],
  ['regexp: run (interpreter, builtins)', (dso, s) => /RegExp|Regexp/i.test(s)],
  ['optimising compiler (TurboFan, Maglev, Sparkplug)', (dso, s) => /compiler::|maglev|baseline::|Turbofan|OptimizedCompilation|Pipeline|Deoptimiz|turboshaft/i.test(s)],
  ['GC', (dso, s) => /Heap|Scaveng|MarkCompact|Marking|Sweep|Evacuat|Concurrent|GCTracer|MemoryChunk|Page::|Space::|MinorMC|RememberedSet|SlotSet|Worklist|MemoryAllocator|LocalHeap|Safepoint/.test(s)],
  ['JS parse + compile to bytecode', (dso, s) => /Scanner|Parser|PreParse|AstValue|AstNode|AstString|Scope|DeclarationScope|BytecodeGenerator|BytecodeArray|interpreter::|Compiler|Compile|CalculateLineEnds|FunctionLiteral|SharedFunctionInfo|ScopeInfo|ZoneList|Zone::|ConstantArrayBuilder|SourcePosition|LineEnds|GetPositionInfo|FeedbackMetadata|Rewriter|Variable|Utf16CharacterStream|Token|PerfectKeywordHash/.test(s)],
  ['V8 start-up snapshot (deserialise)', (dso, s) => /Deserializ|Snapshot|SnapshotByteSource/.test(s)],
  ['interpreter, builtins, ICs (running JS cold)', (dso, s) => /^Builtins_|IC::|IC_|FeedbackVector|FeedbackNexus|LoadIC|StoreIC|KeyedLoad|Runtime_|LookupIterator|Map::|TransitionsAccessor|Object::|JSObject::|Factory|String|Isolate::|HandleScope|Handle|Invoke|Execution::/.test(s)],
  ['libc (malloc, memcpy, locks)', (dso) => /libc\.so|libstdc\+\+|ld-linux|libm\.so|libpthread/.test(dso)],
  ['node C++ (loader, fs, bindings)', (dso, s) => dso === 'node' && /^node::|uv_|cares|nghttp|llhttp|simdutf|ada::|icu_|brotli|zlib|Cr_z_|detail::|uvwasi/.test(s)],
  ['other V8 / node', () => true],
];
const totals = new Map(BUCKETS.map(([b]) => [b, 0]));
const examples = new Map();
let sum = 0;
// cpu-clock counts nanoseconds
const ns = Number(/Event count \(approx\.\): (\d+)/.exec(text)?.[1] ?? NaN);
// (perf's per-symbol percentages can add up to a little over 100 %: shares are of their sum)
const msOf = (pct) => (pct / sum) * (ns / 1e6) / runs;
for (const line of text.split('\n')) {
  const m = /^\s+([\d.]+)%\s+(.+?)\s+\[[.k]\]\s+(.*)$/.exec(line);
  if (!m) continue;
  const pct = Number(m[1]);
  const [, , dso, sym] = m;
  const [b] = BUCKETS.find(([, test]) => test(dso, sym));
  totals.set(b, totals.get(b) + pct);
  if (!examples.has(b)) examples.set(b, []);
  if (examples.get(b).length < 3) examples.get(b).push(sym.slice(0, 70));
  sum += pct;
}
console.log(`${file}: ${(ns / 1e6 / runs).toFixed(0)} ms CPU per run (${runs} run(s)); ${sum.toFixed(1)} % of samples classified`);
for (const [b, pct] of [...totals].sort((a, c) => c[1] - a[1]))
  if (pct > 0.05) console.log(`${msOf(pct).toFixed(1).padStart(7)} ms ${((100 * pct) / sum).toFixed(1).padStart(5)} %  ${b.padEnd(56)} e.g. ${examples.get(b)?.join(' · ').slice(0, 110)}`);
