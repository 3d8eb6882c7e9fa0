// A rival run as its own process: the naive compromise pass a user might write first,
// `nlp(text)` then `.money()` and `.organizations()` for each input, one ndjson line per input.
//   node bench/rivals/compromise.mjs <files or dirs…>
import nlp from 'compromise';
import { articles } from './files.mjs';

for (const { name, text } of articles(process.argv.slice(2))) {
  const doc = nlp(text);
  const money = doc.money().out('array');
  const organizations = doc.organizations().out('array');
  process.stdout.write(JSON.stringify({ name, money, organizations }) + '\n');
}
