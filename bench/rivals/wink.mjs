// A rival run as its own process, the way a user would script it: wink-nlp with its lite
// English model, `readDoc(text).entities()` for each input, one ndjson line per input.
//   node bench/rivals/wink.mjs <files or dirs…>
import { createRequire } from 'node:module';
import { articles } from './files.mjs';

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp');
const nlp = winkNLP(require('wink-eng-lite-web-model'));
const its = nlp.its;
for (const { name, text } of articles(process.argv.slice(2))) {
  const entities = nlp.readDoc(text).entities().out(its.detail);
  process.stdout.write(JSON.stringify({ name, entities }) + '\n');
}
