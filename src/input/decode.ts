import { InputError } from './errors.js';

export interface Decoded {
  text: string;
  warnings: string[];
}

/** How much of the start of a file the binary check looks at. */
const SNIFF_BYTES = 8192;
/** Above this share of control characters in the first 8 KB, the input is not text. */
const MAX_CONTROL_SHARE = 0.1;
/** Above this share of U+FFFD in the first 8 KB, the "text" is some other binary format. */
const MAX_REPLACED_SHARE = 0.3;

/**
 * Bytes → string. UTF-8 (with or without BOM) unless a UTF-16 BOM says otherwise;
 * invalid sequences become U+FFFD with a warning. Throws InputError for binary data.
 */
export function decodeBytes(bytes: Uint8Array, name: string): Decoded {
  const encoding = detectEncoding(bytes);
  if (encoding === 'utf-8' && hasBinaryBytes(bytes)) throw new InputError(name, 'binary file, not text');

  const warnings: string[] = [];
  let text: string;
  try {
    // The BOM is consumed by the decoder (ignoreBOM: false), so offsets start at the first real character.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder(encoding).decode(bytes);
    warnings.push(encoding === 'utf-8' ? 'invalid UTF-8 bytes replaced' : 'invalid UTF-16 bytes replaced');
  }
  if (encoding !== 'utf-8' && hasBinaryChars(text)) throw new InputError(name, 'binary file, not text');
  if (warnings.length > 0 && mostlyReplaced(text)) throw new InputError(name, 'binary file, not text');
  return { text, warnings };
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Characters that do not occur in text: C0 controls other than tab, LF, VT, FF, CR and ESC; DEL. */
function isControl(code: number): boolean {
  if (code === 0x7f) return true;
  if (code >= 0x20) return false;
  return code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1b;
}

function hasBinaryBytes(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i]!)) controls++;
  return n > 0 && controls / n > MAX_CONTROL_SHARE;
}

/** "Mostly non-text" without NULs: undecodable bytes make up a large share of the start. */
function mostlyReplaced(text: string): boolean {
  const n = Math.min(text.length, SNIFF_BYTES);
  let replaced = 0;
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 0xfffd) replaced++;
  return n > 0 && replaced / n > MAX_REPLACED_SHARE;
}

function hasBinaryChars(text: string): boolean {
  if (text.indexOf('\u0000') !== -1) return true;
  const n = Math.min(text.length, SNIFF_BYTES / 2);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(text.charCodeAt(i))) controls++;
  return n > 0 && controls / n > MAX_CONTROL_SHARE;
}
