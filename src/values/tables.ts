import { readFirstBuilt } from '../text/built-files.js';

/**
 * The currency word tables as the build made them (scripts/build-tables.mjs →
 * dist/values/currency-tables.json): currencies.ts and currencyMarks.ts built them at every
 * load from the CLDR rows (about 10 ms of a cold article, most of it tokenising 1,500 phrases
 * and stripping accents); reading the built ones is one JSON.parse. Running from src, or with no
 * such file, they are built at load as before (the build's own run too). A test compares the
 * file with the tables built from the sources (test/values.tables.test.ts).
 */

export const TABLES_FILE = 'currency-tables.json';
export const TABLES_HEADER = 'newsfacts currency tables 1';
// (beside the CLI's one-file script, dist/extract.cjs; beside this module, dist/values/)
const LOCATIONS = [`./values/${TABLES_FILE}`, `./${TABLES_FILE}`];

let built: Record<string, unknown> | null | undefined;

/** The build's table `key` ("names", "marks"), or undefined when there is none. */
export function builtTable<T>(key: string): T | undefined {
  if (built === undefined) {
    built = null;
    const text = readFirstBuilt(LOCATIONS, import.meta.url);
    if (text !== null) {
      const all = JSON.parse(text) as Record<string, unknown>;
      if (all.header === TABLES_HEADER) built = all;
    }
  }
  return built?.[key] as T | undefined;
}
