// Build step: every token pattern the extractors compile (patternSources in
// src/claims/rules/registry.ts), compiled once here and written as dist/structure/patterns.txt,
// which src/structure/pattern.ts reads at a run's first compile instead of compiling some 220
// patterns and their vetoes (about 45 ms of a cold article). Runs after tsc and after
// build-lexicon.mjs (the lemma forms, dist/entities/inflections.txt, that patterns expand).
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const out = join(dist, 'structure', 'patterns.txt');
// (the snapshot of an earlier build must not be read while this one is made)
rmSync(out, { force: true });
const { compile, patternSnapshot } = await import(join(dist, 'structure', 'pattern.js'));
const { patternSources } = await import(join(dist, 'claims', 'rules', 'registry.js'));
for (const source of patternSources()) compile(source);
writeFileSync(out, patternSnapshot());
