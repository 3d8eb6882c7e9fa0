import { readFileSync } from 'node:fs';

/**
 * The text of the first of `locations` that can be read, each relative to `base` (the asking
 * module's URL: next to it in dist/, or next to the one-file script), or null when none can. For the
 * files the build writes beside the code (pattern and inflection snapshots, currency tables).
 */
export function readFirstBuilt(locations: readonly string[], base: string): string | null {
  for (const at of locations) {
    try {
      return readFileSync(new URL(at, base), 'utf8');
    } catch {
      // (not there: the next place)
    }
  }
  return null;
}
