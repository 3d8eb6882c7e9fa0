/**
 * The input layer: CLI arguments → files and stdin → decoded text → plain text.
 * Everything a later stage needs from an input is a LoadedInput.
 */
export { InputError } from './errors.js';
export { type InputFormat, detectFormat } from './format.js';
export { expandInputs, STDIN_SPEC } from './read.js';
export { readJsonLines } from './jsonl.js';
export { type LoadedInput, type LoadOptions, loadInput } from './load.js';
export { type PlainText, toPlainText } from './convert.js';
