// Build step: the slice of compromise's lexicon that src/entities/lexicon.ts reads (first
// names, last names, places, organisations, common and function words), as one bit set
// per word in dist/entities/lexicon.txt, so the CLI never loads compromise (~0.4 s).
// Which tags give which bits is defined once, in lexicon.ts (lexiconSnapshot).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'entities');
const require = createRequire(import.meta.url);
const nlp = require('compromise');
const { version } = nlp;
const { lexiconSnapshot, snapshotText } = await import(join(dist, 'lexicon.js'));
const snapshot = lexiconSnapshot(nlp.world().model.one.lexicon, `compromise@${version}`);
writeFileSync(join(dist, 'lexicon.txt'), snapshotText(snapshot));

// Every form of the lemmas the claim rules use ({raise}, {lay off}): src/structure/inflect.ts
const { inflectionSnapshot } = await import(join(dist, '..', 'structure', 'inflect.js'));
const { ruleLemmas } = await import(join(dist, '..', 'claims', 'rules', 'registry.js'));
writeFileSync(join(dist, 'inflections.txt'), inflectionSnapshot(nlp, ruleLemmas()));
