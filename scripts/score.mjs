// `npm run score`: the team's dev-set scorer, which lives with the team's shared data beside
// the repository (../shared/tools/score.mjs), not in the repository. Without it, say so.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const scorer = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'tools', 'score.mjs');
if (!existsSync(scorer)) {
  console.error('npm run score: needs the team’s shared data beside the repository (../shared/tools/score.mjs); a clone of the repository alone has no dev set to score.');
  process.exit(2);
}
const run = spawnSync(process.execPath, [scorer, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
