import { readFileSync } from 'node:fs';

/**
 * The text of the first of `locations` that can be read, each relative to `base` (the asking
 * module's URL: next to it in dist/, or next to the one-file script), or null when none can. For the
 * files the build writes beside the code (pattern and inflection snapshots, currency tables).
 * A file the build writes in ASCII is read as 'latin1': the same text, one byte a character,
 * without UTF-8 decoding.
 */
export function readFirstBuilt(locations: readonly string[], base: string, encoding: 'utf8' | 'latin1' = 'utf8'): string | null {
  for (const at of locations) {
    try {
      return readFileSync(new URL(at, base), encoding);
    } catch {
      // (not there: the next place)
    }
  }
  return null;
}
