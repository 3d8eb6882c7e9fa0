// Whole-process measurement: what a user waits for. Each run is one child process, timed
// from just before it is spawned to the moment its output has all been read and it has
// exited (the last byte of stdout); nothing is warmed up first and nothing is left out.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { inputs } from './rivals/files.mjs';

/**
 * Run `node ...args`, read stdout to the end (counting bytes and lines, keeping nothing),
 * and resolve to { ms, bytesOut, lines, code, stderr }. `okCodes`: exit codes that are not
 * a failure (newsfacts exits 1 for "no claims" only with --fail-on-empty, but allow it).
 */
export function timeProcess(args, { cwd, okCodes = [0], stdio3 = false } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe', ...(stdio3 ? ['pipe'] : [])] });
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
