import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNames, readNames, saveNames } from '../src/values/currencies.js';
import { buildCodes, readMarks, saveMarks } from '../src/values/currencyMarks.js';
import { TABLES_FILE, TABLES_HEADER } from '../src/values/tables.js';

/**
 * The currency word tables the build saves (scripts/build-tables.mjs, src/values/tables.ts)
 * stand for building them at load: read back, they are the tables built from the sources.
 */
describe('built currency tables', () => {
  it('read back as the tables built at load', () => {
    const saved = JSON.parse(JSON.stringify({ names: saveNames(), marks: saveMarks() }));
    expect(readNames(saved.names)).toEqual(buildNames());
    expect(readMarks(saved.marks)).toEqual(buildCodes());
  });

  const file = new URL(`../dist/values/${TABLES_FILE}`, import.meta.url);
  it.runIf(existsSync(file))("the build's file is what these sources build", () => {
    const built = JSON.parse(readFileSync(file, 'utf8'));
    expect(built.header).toBe(TABLES_HEADER);
    expect(built.names).toEqual(saveNames());
    expect(built.marks).toEqual(saveMarks());
  });
});
