import { toPlainText } from './convert.js';
import { decodeBytes } from './decode.js';
import { detectFormat, type InputFormat } from './format.js';
import { sha256Hex } from './hash.js';
import { readFileLimited, readStreamLimited, STDIN_NAME, STDIN_SPEC } from './read.js';

export interface LoadedInput {
  /** The path as given, or '<stdin>'. */
  name: string;
  format: InputFormat;
  /** The plain text that claim offsets index (for text: the decoded input exactly, CRLF kept). */
  text: string;
  /** Hex SHA-256 of the input bytes. */
  sha256: string;
  /** `<title>` for HTML, the first '# ' heading for Markdown, else null. */
  title: string | null;
  /** Notes on the input, e.g. 'invalid UTF-8 bytes replaced', 'empty input', 'text does not look like English'. */
  warnings: string[];
  /** JSON Lines only: the `id` the line gives, if any. */
  id?: string | number;
  /** JSON Lines only: the line of the archive the article is on (1-based). */
  line?: number;
}

export interface LoadOptions {
  /** Overrides detection by extension and sniffing. */
  inputFormat?: InputFormat;
  /** Inputs larger than this are refused before being read in full. */
  maxBytes: number;
  /** Read for '-'; defaults to process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** The path is known to be a regular file (found so by expandInputs): read without a stat of its own. */
  regular?: boolean;
}

/**
 * Read one input ('-' for stdin), decode it, detect its format and convert it to
 * plain text. Throws InputError for a missing or unreadable file, binary data, or
 * more than `maxBytes` bytes.
 */
export async function loadInput(spec: string, opts: LoadOptions): Promise<LoadedInput> {
  const fromStdin = spec === STDIN_SPEC;
  const name = fromStdin ? STDIN_NAME : spec;
  const bytes = fromStdin
    ? await readStreamLimited(opts.stdin ?? process.stdin, name, opts.maxBytes)
    : await readFileLimited(spec, opts.maxBytes, opts.regular);

  const decoded = decodeBytes(bytes, name);
  const format = opts.inputFormat ?? detectFormat(fromStdin ? null : spec, decoded.text);
  const plain = toPlainText(decoded.text, format);
  return {
    name,
    format,
    text: plain.text,
    sha256: sha256Hex(bytes),
    title: plain.title,
    warnings: [...decoded.warnings, ...plain.warnings],
  };
}
