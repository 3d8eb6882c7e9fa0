// Profiling aid: what reading the inputs costs, the CLI's way against the plain way. Every
// article under a directory (default ../shared/corpus/bbc), decoded and hashed, read either as
// src/input does it (stat in the walk, stat again, a ReadStream per file, one file after
// another) or with statSync + readFileSync. Wall and CPU time of each; run it a few times.
//   node bench/profile/read-inputs.mjs [dir]
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { inputs } from '../rivals/files.mjs';

const dir = process.argv[2] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'bbc');
const files = [...inputs([dir])];
const decoder = new TextDecoder();
async function time(label, fn) {
  const c0 = process.cpuUsage();
  const t = performance.now();
  let chars = 0;
  for (const f of files) chars += await fn(f);
  const c = process.cpuUsage(c0);
  console.log(`${label.padEnd(40)} ${files.length} files, ${chars} chars: ${(performance.now() - t).toFixed(0)} ms wall, ${((c.user + c.system) / 1000).toFixed(0)} ms CPU`);
}
const finish = (bytes) => {
  createHash('sha256').update(bytes).digest('hex');
  return decoder.decode(bytes).length;
};
for (let round = 0; round < 2; round++) {
  await time('stat, stat, ReadStream (as the CLI)', async (f) => {
    await stat(f);
    await stat(f);
    const chunks = [];
    for await (const c of createReadStream(f)) chunks.push(c);
    return finish(Buffer.concat(chunks));
  });
  await time('statSync, readFileSync', async (f) => {
    statSync(f);
    return finish(readFileSync(f));
  });
}
