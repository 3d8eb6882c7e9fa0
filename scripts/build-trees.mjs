// Build step: the trees of letters of the expressions asked only whether they match (testTree in
// src/text/regex-tree.ts: the claim types' gates, the candidate gate's cue expressions, the
// coreference's head nouns), worked out once here and written as dist/text/regex-trees.json,
// which a run reads instead of working them out at load. Runs after tsc.
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const { INTERPRETED_REGEXPS, TREES_FILE, treesFile } = await import(join(dist, 'text', 'regex-tree.js'));
// (as in the CLI's short runs, which ask for the trees)
globalThis[INTERPRETED_REGEXPS] = true;
const out = join(dist, 'text', TREES_FILE);
// (the trees of an earlier build must not be read while this one is made)
rmSync(out, { force: true });
// (the modules ask for their trees as they load; the candidate gate when it is made)
const { EXTRACTORS } = await import(join(dist, 'pipeline.js'));
const { candidateGate } = await import(join(dist, 'spot', 'candidates.js'));
await import(join(dist, 'entities', 'coreference.js'));
candidateGate(EXTRACTORS);
writeFileSync(out, treesFile());
