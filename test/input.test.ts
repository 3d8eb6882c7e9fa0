import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, test } from 'vitest';
import { expandInputs, InputError, loadInput, toPlainText } from '../src/input/index.js';

const DATA = 'test/data/input';
const tmp = mkdtempSync(join(tmpdir(), 'newsfacts-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tmpFile(name: string, bytes: Uint8Array | string): string {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
}

const opts = { maxBytes: 1_000_000 };

async function problemOf(promise: Promise<unknown>): Promise<[string, string]> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    const e = err as InputError;
    return [e.input, e.problem];
  }
  throw new Error('expected an InputError');
}

describe('InputError', () => {
  test('carries the input and the problem, message is "<input>: <problem>"', () => {
    const e = new InputError('a.txt', 'no such file');
    expect(e).toBeInstanceOf(Error);
    expect([e.input, e.problem, e.message, e.name]).toEqual(['a.txt', 'no such file', 'a.txt: no such file', 'InputError']);
  });
});

describe('plain text files', () => {
  test('text is the decoded input exactly, CRLF and CR kept, nothing normalised', async () => {
    const raw = 'Acme raised $2\u00a0billion.\r\nIt\u2019s "big".\rEnd\n';
    const path = tmpFile('crlf.txt', raw);
    const loaded = await loadInput(path, opts);
    expect(loaded).toEqual({
      name: path,
      format: 'text',
      text: raw,
      sha256: createHash('sha256').update(Buffer.from(raw, 'utf8')).digest('hex'),
      title: null,
      warnings: [],
    });
  });

  test('UTF-8 BOM is consumed, not part of the text', async () => {
    const path = tmpFile('bom8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Acme raised $2 billion.', 'utf8')]));
    const loaded = await loadInput(path, opts);
    expect(loaded.text).toBe('Acme raised $2 billion.');
    expect(loaded.warnings).toEqual([]);
  });

  test('sha256 is of the bytes, BOM included', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('x', 'utf8')]);
    const loaded = await loadInput(tmpFile('bom-hash.txt', bytes), opts);
    expect(loaded.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  test('UTF-16 LE with BOM', async () => {
    const text = 'Acme\u2019s valuation: \u20ac3 billion.\r\n';
    const path = tmpFile('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const loaded = await loadInput(path, opts);
    expect(loaded.text).toBe(text);
    expect(loaded.warnings).toEqual([]);
  });

  test('UTF-16 BE with BOM', async () => {
    const text = 'Acme raised $2 billion.';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1]!;
      be[i + 1] = le[i]!;
    }
    const loaded = await loadInput(tmpFile('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])), opts);
    expect(loaded.text).toBe(text);
  });

  test('bytes that are not UTF-8 are read as Windows-1252, every character kept, with one warning', async () => {
    // 0x92 is a Windows-1252 apostrophe, 0xa3 the Latin-1 pound sign: not valid UTF-8.
    const path = tmpFile('latin.txt', Buffer.from([0x41, 0x63, 0x6d, 0x65, 0x92, 0x73, 0x20, 0xa3, 0x32, 0x6d]));
    const loaded = await loadInput(path, opts);
    expect(loaded.text).toBe('Acme\u2019s \u00a32m');
    expect(loaded.warnings).toEqual(['not UTF-8; decoded as Windows-1252 (Latin-1)']);
  });

  test('a UTF-8 file with a stray broken byte keeps its UTF-8: the byte becomes U+FFFD, with a warning', async () => {
    const path = tmpFile('broken.txt', Buffer.concat([Buffer.from('Caf\u00e9 \u00a32m \u20ac5 '), Buffer.from([0x92])]));
    const loaded = await loadInput(path, opts);
    expect(loaded.text).toBe('Caf\u00e9 \u00a32m \u20ac5 \ufffd');
    expect(loaded.warnings).toEqual(['invalid UTF-8 bytes replaced']);
  });

  test('empty file: empty text and an "empty input" warning, not an error', async () => {
    const loaded = await loadInput(tmpFile('empty.txt', ''), opts);
    expect(loaded.text).toBe('');
    expect(loaded.warnings).toEqual(['empty input']);
    expect(loaded.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  test('a French paragraph is flagged as not English', async () => {
    const loaded = await loadInput(`${DATA}/french.txt`, opts);
    expect(loaded.warnings).toEqual(['text does not look like English']);
    expect(loaded.text).toBe(readFileSync(`${DATA}/french.txt`, 'utf8'));
  });

  test('an English paragraph is not flagged', async () => {
    expect((await loadInput(`${DATA}/english.txt`, opts)).warnings).toEqual([]);
  });

  test('fewer than 30 words are not judged', () => {
    expect(toPlainText('Der Umsatz stieg um zehn Prozent.', 'text').warnings).toEqual([]);
  });
});

describe('input errors', () => {
  test('missing file', async () => {
    expect(await problemOf(loadInput('no/such/file.txt', opts))).toEqual(['no/such/file.txt', 'no such file']);
  });

  test('binary file with NUL bytes', async () => {
    const path = tmpFile('blob.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    expect(await problemOf(loadInput(path, opts))).toEqual([path, 'binary file, not text']);
  });

  test('binary file: more than 10% control characters, no NUL', async () => {
    const bytes = Buffer.alloc(200, 0x41);
    for (let i = 0; i < 200; i += 5) bytes[i] = 0x01;
    const path = tmpFile('controls.dat', bytes);
    expect(await problemOf(loadInput(path, opts))).toEqual([path, 'binary file, not text']);
  });

  test('binary file: mostly undecodable bytes', async () => {
    const bytes = Buffer.alloc(400);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 0x80 + (i % 64);
    const path = tmpFile('noise.bin', bytes);
    expect(await problemOf(loadInput(path, opts))).toEqual([path, 'binary file, not text']);
  });

  test('UTF-16 text containing NUL characters is binary', async () => {
    const path = tmpFile('nul16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab\u0000cd', 'utf16le')]));
    expect(await problemOf(loadInput(path, opts))).toEqual([path, 'binary file, not text']);
  });

  test('file over --max-bytes is refused', async () => {
    const path = tmpFile('big.txt', 'x'.repeat(101));
    expect(await problemOf(loadInput(path, { maxBytes: 100 }))).toEqual([path, 'larger than --max-bytes (100 bytes)']);
    expect((await loadInput(tmpFile('exact.txt', 'x'.repeat(100)), { maxBytes: 100 })).text).toBe('x'.repeat(100));
  });

  test('a directory given to loadInput', async () => {
    expect(await problemOf(loadInput(`${DATA}/tree`, opts))).toEqual([`${DATA}/tree`, 'is a directory']);
  });

  test.skipIf(process.getuid?.() === 0)('unreadable file', async () => {
    const path = tmpFile('secret.txt', 'x');
    chmodSync(path, 0o000);
    expect(await problemOf(loadInput(path, opts))).toEqual([path, 'permission denied']);
  });
});

describe('stdin', () => {
  test("'-' reads the stream, named <stdin>, format sniffed", async () => {
    const stdin = Readable.from([Buffer.from('Acme raised '), Buffer.from('$2 billion.')]);
    const loaded = await loadInput('-', { ...opts, stdin });
    expect([loaded.name, loaded.format, loaded.text, loaded.warnings]).toEqual(['<stdin>', 'text', 'Acme raised $2 billion.', []]);
  });

  test('empty stdin', async () => {
    const loaded = await loadInput('-', { ...opts, stdin: Readable.from([]) });
    expect([loaded.text, loaded.warnings]).toEqual(['', ['empty input']]);
  });

  test('stdin over --max-bytes is refused while streaming', async () => {
    let pulled = 0;
    const stdin = Readable.from(
      (function* () {
        for (let i = 0; i < 1000; i++) {
          pulled++;
          yield Buffer.alloc(10, 0x61);
        }
      })(),
    );
    expect(await problemOf(loadInput('-', { maxBytes: 25, stdin }))).toEqual(['<stdin>', 'larger than --max-bytes (25 bytes)']);
    expect(pulled).toBeLessThan(50);
  });

  test('HTML on stdin is sniffed', async () => {
    const stdin = Readable.from([Buffer.from('<!doctype html><html><head><title>T</title></head><body><p>Acme raised $2 billion.</p></body></html>')]);
    const loaded = await loadInput('-', { ...opts, stdin });
    expect([loaded.format, loaded.title]).toEqual(['html', 'T']);
    expect(loaded.text).toContain('Acme raised $2 billion.');
  });

  test('inputFormat overrides the extension', async () => {
    const path = tmpFile('page.txt', '<p>Acme &amp; Co</p>');
    expect((await loadInput(path, opts)).text).toBe('<p>Acme &amp; Co</p>');
    expect((await loadInput(path, { ...opts, inputFormat: 'html' })).text).toBe('Acme & Co');
  });
});

describe('expandInputs', () => {
  test('directories are walked recursively, sorted, filtered by extension, hidden entries skipped', async () => {
    expect(await expandInputs([`${DATA}/tree`])).toEqual([
      `${DATA}/tree/a-sub/deeper/z.htm`,
      `${DATA}/tree/a.md`,
      `${DATA}/tree/b-sub/one.markdown`,
      `${DATA}/tree/b.txt`,
      `${DATA}/tree/c.HTML`,
    ]);
  });

  test('files as given (any extension), stdin kept, errors in place, order kept', async () => {
    const out = await expandInputs([`${DATA}/tree/notes.json`, '-', 'missing.txt', `${DATA}/empty-dir-articles`, `${DATA}/tree/b.txt`]);
    expect(out.map((x) => (x instanceof InputError ? [x.input, x.problem] : x))).toEqual([
      `${DATA}/tree/notes.json`,
      '-',
      ['missing.txt', 'no such file'],
      [`${DATA}/empty-dir-articles`, 'directory has no .txt, .md or .html articles'],
      `${DATA}/tree/b.txt`,
    ]);
  });

  test('no arguments, no inputs', async () => {
    expect(await expandInputs([])).toEqual([]);
  });

  test('the regular files found, walked or named, are collected for reading without a stat of their own', async () => {
    const regular = new Set<string>();
    const out = await expandInputs([`${DATA}/tree`, `${DATA}/tree/notes.json`, '-', 'missing.txt'], regular);
    expect([...regular]).toEqual(out.filter((x) => typeof x === 'string' && x !== '-'));
    expect(regular.size).toBe(6);
  });
});

describe('reading a file known to be regular', () => {
  test('the same input as a file read with a stat of its own', async () => {
    for (const path of [tmpFile('regular.txt', 'Acme raised $2\u00a0billion.\r\nMore.'), tmpFile('regular-empty.txt', ''), `${DATA}/french.txt`]) {
      expect(await loadInput(path, { ...opts, regular: true })).toEqual(await loadInput(path, opts));
    }
  });

  test('over --max-bytes, gone since the walk, or a directory by now: the same problems', async () => {
    const path = tmpFile('regular-big.txt', 'x'.repeat(2_000));
    expect(await problemOf(loadInput(path, { maxBytes: 1_000, regular: true }))).toEqual(await problemOf(loadInput(path, { maxBytes: 1_000 })));
    expect(await problemOf(loadInput('no/such/file.txt', { ...opts, regular: true }))).toEqual(['no/such/file.txt', 'no such file']);
    expect(await problemOf(loadInput(`${DATA}/tree`, { ...opts, regular: true }))).toEqual([`${DATA}/tree`, 'is a directory']);
  });

  test('a file whose size reads 0 but holds bytes (as in /proc) is read to its end', async () => {
    if (process.platform !== 'linux') return;
    const loaded = await loadInput('/proc/self/status', { ...opts, regular: true });
    expect(loaded.text).toMatch(/^Name:/);
  });
});

describe('more encodings', () => {
  test('UTF-16 LE without a BOM is recognised by its NUL pattern', async () => {
    const text = 'Acme raised $2 billion.\nMore.';
    const loaded = await loadInput(tmpFile('le-nobom.txt', Buffer.from(text, 'utf16le')), opts);
    expect([loaded.text, loaded.warnings]).toEqual([text, []]);
  });

  test('a non-UTF-8 HTML page is decoded with the charset it declares', async () => {
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"><title>Acme</title></head><body><p>Acme', 'latin1'),
      Buffer.from([0x92]),
      Buffer.from('s deal: \u20ac2 billion.</p></body></html>'.replace('\u20ac', ''), 'latin1'),
    ]);
    const loaded = await loadInput(tmpFile('cp1252.html', html), opts);
    expect(loaded.text).toBe('Acme\n\nAcme\u2019s deal: 2 billion.');
    expect(loaded.warnings).toEqual(['not UTF-8; decoded as windows-1252, the charset the page declares']);
  });

  test('a UTF-8 page that declares latin-1 stays UTF-8 (the bytes decide when they are valid)', async () => {
    const loaded = await loadInput(tmpFile('liar.html', '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\u00e9 \u2019</p></body></html>'), opts);
    expect([loaded.text, loaded.warnings]).toEqual(['Caf\u00e9 \u2019', []]);
  });

  test('fs errors become one-line problems', async () => {
    const { describeFsError } = await import('../src/input/errors.js');
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EISDIR', 'EIO'].map((c) => describeFsError(err(c)))).toEqual([
      'no such file',
      'no such file',
      'permission denied',
      'permission denied',
      'is a directory',
      'cannot read: EIO',
    ]);
  });
});

describe('directory walk edge cases', () => {
  test('symlink loops are walked once; symlinked files are listed under their link path', async () => {
    const { mkdirSync, symlinkSync } = await import('node:fs');
    const root = join(tmp, 'loop');
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(root, 'sub', 'a.txt'), 'A.');
    symlinkSync('..', join(root, 'sub', 'up'));
    symlinkSync(join(root, 'sub', 'a.txt'), join(root, 'link.md'));
    symlinkSync(join(root, 'nowhere.txt'), join(root, 'dangling.txt'));
    expect(await expandInputs([root])).toEqual([join(root, 'link.md'), join(root, 'sub', 'a.txt')]);
  });

  test('an empty directory has no articles', async () => {
    const { mkdirSync } = await import('node:fs');
    const dir = join(tmp, 'empty-dir');
    mkdirSync(dir);
    const [only] = await expandInputs([dir]);
    expect(only instanceof InputError ? [only.input, only.problem] : only).toEqual([dir, 'directory has no .txt, .md or .html articles']);
  });
});
