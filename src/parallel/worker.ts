import { extractFromPlainText } from '../pipeline.js';
import type { Article } from '../schema.js';
import type { ExtractInput } from './pool.js';

/** One pool task: the same extraction the CLI runs in-process, on a worker thread. */
export default function extractTask({ text, options }: ExtractInput): Article {
  return extractFromPlainText(text, options);
}
