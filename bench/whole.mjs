// Whole-process measurement: what a user waits for. Each run is one child process, timed
// from just before it is spawned to the moment its output has all been read and it has
// exited (the last byte of stdout); nothing is warmed up first and nothing is left out.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { inputs } from './rivals/files.mjs';

/**
 * The environment every measured process gets: ours, less what changes how node starts.
 * NODE_EXTRA_CA_CERTS makes every node process parse a certificate bundle before running
 * anything (on the bench VM: ~45 ms and 400 M instructions, four times bare node's own
 * start-up); NODE_OPTIONS could add any flag. A user's shell rarely sets either.
 */
export const CHILD_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_EXTRA_CA_CERTS' && k !== 'NODE_OPTIONS'));
export const STRIPPED_ENV = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'].filter((k) => process.env[k] !== undefined);

/**
 * Run `node ...args`, read stdout to the end (counting bytes and lines, keeping nothing),
 * and resolve to { ms, bytesOut, lines, code, stderr }. `okCodes`: exit codes that are not
 * a failure (newsfacts exits 1 for "no claims" only with --fail-on-empty, but allow it).
 */
export function timeProcess(args, { cwd, okCodes = [0], stdio3 = false, cmd = process.execPath, env = CHILD_ENV } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe', ...(stdio3 ? ['pipe'] : [])] });
    let bytesOut = 0;
    let lines = 0;
    let stderr = '';
    let fd3 = '';
    child.stdout.on('data', (d) => {
      bytesOut += d.length;
      for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (d) => {
      if (stderr.length < 4000) stderr += d;
    });
    if (stdio3) child.stdio[3].on('data', (d) => (fd3 += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (!okCodes.includes(code)) return reject(new Error(`node ${args.join(' ').slice(0, 300)} exited ${code}:\n${stderr.slice(0, 1500)}`));
      resolve({ ms, bytesOut, lines, code, stderr, fd3 });
    });
  });
}

/** Every article under `dir` in the order newsfacts reads them, with its size in bytes. */
export function listArticles(dir) {
  return [...inputs([dir])].map((path) => ({ path, bytes: statSync(path).size }));
}

/**
 * k articles spread evenly over the list (every (n/k)-th, from the first), so a sample
 * of 10 or 100 mixes the corpus' sections as the whole does. Deterministic.
 */
export function spread(list, k) {
  if (k >= list.length) return list;
  return Array.from({ length: k }, (_, i) => list[Math.floor((i * list.length) / k)]);
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const min = (xs) => Math.min(...xs);
export const max = (xs) => Math.max(...xs);
