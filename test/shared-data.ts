import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The team's shared data, which sits beside the repository (../shared) on the team's machines
 * and not in a clone of the repository alone. Tests that read it skip without it, and say so
 * in one line of the test output; everything the product promises is tested from files
 * inside the repository.
 */
export function sharedData(path: string, skipped: string): string | null {
  const full = join(import.meta.dirname, '..', '..', 'shared', path);
  if (existsSync(full)) return full;
  process.stderr.write(`newsfacts tests: ../shared/${path} is absent (not part of the repository): skipped ${skipped}\n`);
  return null;
}
