// Build step: the currency word tables (src/values/currencies.ts, currencyMarks.ts) built once
// here and written as dist/values/currency-tables.json, which a run reads instead of building
// them at load (src/values/tables.ts). Runs after tsc.
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const values = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'values');
const { TABLES_FILE, TABLES_HEADER } = await import(join(values, 'tables.js'));
const out = join(values, TABLES_FILE);
// (the tables of an earlier build must not be read while this one is made)
rmSync(out, { force: true });
const { saveNames } = await import(join(values, 'currencies.js'));
const { saveMarks } = await import(join(values, 'currencyMarks.js'));
// (ASCII only, other characters escaped: V8 then holds and parses the text one byte a character)
const json = JSON.stringify({ header: TABLES_HEADER, names: saveNames(), marks: saveMarks() });
writeFileSync(out, json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
