// Reading V8 CPU profiles (node --cpu-prof): samples with their time and call stack, each
// frame named by its source file:line through the code's source map when there is one
// (bench/profile/mapped-build.mjs builds such code).
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const maps = new Map();
function mapOf(url) {
  if (!maps.has(url)) {
    let m = null;
    try {
      // (the extraction script, run through node:vm, is named by its path, not a URL)
      const file = url.startsWith('file:') ? fileURLToPath(url) : url;
      if (existsSync(file + '.map')) m = { map: new SourceMap(JSON.parse(readFileSync(file + '.map', 'utf8'))), file };
    } catch {}
    maps.set(url, m);
  }
  return maps.get(url);
}
const short = (p) => (p.includes('node_modules/') ? p.replace(/^.*\/node_modules\//, '') : p.replace(/^.*?\/?(dist|src)\//, '$1/'));
const whereCache = new WeakMap();
/** "src/x.ts:12" for code with a map, else "dist/x.js:12" or "node:fs:12"; '' for natives */
export function where(cf) {
  if (whereCache.has(cf)) return whereCache.get(cf);
  let w = '';
  if (cf.url) {
    const m = cf.url.startsWith('file:') || cf.url.startsWith('/') ? mapOf(cf.url) : null;
    const e = m?.map.findEntry(cf.lineNumber, cf.columnNumber);
    if (e?.originalSource) w = `${short(relative(root, new URL(e.originalSource, 'file://' + m.file).pathname))}:${e.originalLine + 1}`;
    else w = `${short(cf.url.startsWith('file:') ? fileURLToPath(cf.url) : cf.url)}:${cf.lineNumber + 1}`;
  }
  whereCache.set(cf, w);
  return w;
}
/** own code, a package, Node, GC, idle… */
export function kind(cf) {
  const f = cf.functionName;
  if (f === '(garbage collector)' || f === '(idle)' || f === '(program)' || f === '(root)') return f;
  // a pool worker waiting for its next task (Atomics.wait): idle, though V8 samples it as JS
  if (f === 'atomicsWaitLoop') return '(idle)';
  if (!cf.url) return '(native / builtins)';
  if (cf.url.startsWith('node:') || !cf.url.includes('/')) return 'node internals';
  if (cf.url.includes('/node_modules/')) return `package ${cf.url.split('/node_modules/')[1].split('/')[0]}`;
  return 'newsfacts';
}
/**
 * The samples of one profile: { t (µs from its start), dt (µs this sample stands for),
 * stack (callFrames, leaf first) }.
 */
export function samplesOf(file) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map();
  const stackOf = (id) => {
    if (!stacks.has(id)) {
      const s = [];
      for (let q = id; q !== undefined; q = parent.get(q)) s.push(nodes.get(q).callFrame);
      stacks.set(id, s);
    }
    return stacks.get(id);
  };
  const out = [];
  let t = 0;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i];
    out.push({ t, dt: p.timeDeltas[i + 1] ?? 0, stack: stackOf(p.samples[i]) });
  }
  return { wallMs: (p.endTime - p.startTime) / 1000, samples: out };
}
