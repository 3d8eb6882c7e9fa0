import { InputError } from './errors.js';
// (TextDecoder is a global: importing node:util for it cost start-up time)

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
/** BOM-less UTF-16: at least this share of code units must have a zero high byte. */
const MIN_UTF16_ZERO_SHARE = 0.5;

/**
 * Bytes → string. UTF-8 (with or without BOM) unless a UTF-16 BOM, or the NUL pattern
 * of BOM-less UTF-16, says otherwise. Invalid UTF-8 is decoded with the charset an HTML
 * page declares, if it declares one, else as Windows-1252 when its bytes read as a
 * single-byte encoding (one warning), else invalid sequences become U+FFFD with a
 * warning. Throws InputError for binary data.
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
    const declared = encoding === 'utf-8' ? declaredCharset(bytes) : null;
    if (declared !== null) {
      text = declared.encoding === 'windows-1252' ? fixWindows1252(declared.decode(bytes)) : declared.decode(bytes);
      warnings.push(`not UTF-8; decoded as ${declared.encoding}, the charset the page declares`);
    } else if (encoding === 'utf-8') {
      const replaced = new TextDecoder('utf-8').decode(bytes);
      if (mostlyReplaced(replaced)) throw new InputError(name, 'binary file, not text');
      // Not UTF-8 and no charset declared: a Latin-1 or Windows-1252 file ("£15.8m" saved by an
      // older editor), read as browsers read such a page, every character kept. A UTF-8 file
      // with a few broken bytes keeps its UTF-8, the broken bytes replaced.
      if (legacyBytes(bytes)) {
        text = fixWindows1252(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'));
        warnings.push('not UTF-8; decoded as Windows-1252 (Latin-1)');
      } else {
        text = replaced;
        warnings.push('invalid UTF-8 bytes replaced');
      }
    } else {
      text = new TextDecoder(encoding).decode(bytes);
      warnings.push('invalid UTF-16 bytes replaced');
    }
  }
  if (encoding !== 'utf-8' && hasBinaryChars(text)) throw new InputError(name, 'binary file, not text');
  if (warnings.length > 0 && mostlyReplaced(text)) throw new InputError(name, 'binary file, not text');
  return { text, warnings };
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return bomlessUtf16(bytes) ?? 'utf-8';
}

/**
 * "A\0c\0m\0e\0": Latin-script text saved as UTF-16 without a BOM has NULs in every
 * other byte, all on one side. Binary data has NULs on both sides.
 */
function bomlessUtf16(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (evenZeros === 0 && oddZeros >= pairs * MIN_UTF16_ZERO_SHARE) return 'utf-16le';
  if (oddZeros === 0 && evenZeros >= pairs * MIN_UTF16_ZERO_SHARE) return 'utf-16be';
  return null;
}

// <meta charset="windows-1252">, <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
const META_CHARSET = /<meta[^<>]{0,300}?charset\s*=\s*["']?([A-Za-z0-9_:.-]{1,40})/i;

/** The decoder for a non-UTF-8 charset declared in the first 1 KB of an HTML page, if any. */
function declaredCharset(bytes: Uint8Array): InstanceType<typeof TextDecoder> | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  const label = META_CHARSET.exec(head)?.[1];
  if (label === undefined) return null;
  try {
    const decoder = new TextDecoder(label);
    return decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16') ? null : decoder;
  } catch {
    return null; // a label TextDecoder does not know
  }
}

// Node's TextDecoder decodes windows-1252 as ISO-8859-1, leaving 0x80–0x9F as C1
// controls; these are the characters Windows means by them (curly quotes, dashes, €).
const WINDOWS_1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1_CONTROLS = /[\u0080-\u009f]/g;

function fixWindows1252(text: string): string {
  return text.replace(C1_CONTROLS, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}

/**
 * Whether bytes that are not valid UTF-8 read as a single-byte legacy encoding: fewer of
 * their non-ASCII bytes form well-made UTF-8 sequences than stand alone.
 */
function legacyBytes(bytes: Uint8Array): boolean {
  let sequences = 0;
  let strays = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      sequences++;
      i += length - 1;
    } else strays++;
  }
  return strays > sequences;
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
