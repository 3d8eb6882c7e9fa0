// Preloaded into the CLI (node --import ./bench/maxrss.mjs bin/newsfacts.js …): on exit, the
// process's own peak resident set size goes to fd 3, a pipe only the benchmark reads.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    writeSync(3, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }) + '\n');
  } catch {
    // run without the benchmark's pipe: nothing to report to
  }
});
