import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeText, formatSize, readTextFile, TextFileError } from '../../server/src/workspace/readTextFile';

function readError(file: string, options: Parameters<typeof readTextFile>[1] = {}): TextFileError {
  try {
    readTextFile(file, options);
  } catch (e) {
    assert.ok(e instanceof TextFileError, `expected a TextFileError, got ${String(e)}`);
    return e;
  }
  assert.fail(`expected reading ${file} to fail`);
}

describe('workspace/readTextFile', () => {
  let tmp: string;
  const at = (name: string) => path.join(tmp, name);
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-read-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('reads UTF-8 text and strips a BOM', () => {
    fs.writeFileSync(at('a.txt'), '\ufeffKim met Putin — “full support”.\r\n');
    assert.equal(readTextFile(at('a.txt')), 'Kim met Putin — “full support”.\r\n');
  });

  it('names a missing file', () => {
    const e = readError(at('missing.txt'), { displayPath: 'sources/missing.txt' });
    assert.equal(e.code, 'not-found');
    assert.equal(e.message, 'cannot read sources/missing.txt: no such file');
    assert.equal(e.reason, 'no such file');
    assert.equal(readError(path.join(at('missing'), 'deeper.txt')).code, 'not-found');
  });

  it('refuses a directory', () => {
    fs.mkdirSync(at('dir'));
    const e = readError(at('dir'), { displayPath: 'dir' });
    assert.equal(e.message, 'cannot read dir: is a directory');
  });

  it('refuses a binary file, giving the offset of the first NUL byte', () => {
    const bytes = Buffer.from('GIF89a......\0\0\x01');
    fs.writeFileSync(at('x.gif'), bytes);
    const e = readError(at('x.gif'), { displayPath: 'x.gif' });
    assert.equal(e.code, 'binary');
    assert.equal(e.message, 'cannot read x.gif: looks binary (NUL byte at offset 12)');
  });

  it('refuses a file over the size limit', () => {
    fs.writeFileSync(at('big.txt'), 'x'.repeat(3000));
    const e = readError(at('big.txt'), { displayPath: 'big.txt', maxBytes: 2048 });
    assert.equal(e.code, 'too-large');
    assert.equal(e.message, 'cannot read big.txt: too large (2.9 KB; the limit is 2 KB)');
    assert.equal(readTextFile(at('big.txt'), { maxBytes: 3000 }).length, 3000);
  });

  it('refuses invalid UTF-8 and UTF-16', () => {
    fs.writeFileSync(at('latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
    const e = readError(at('latin1.txt'), { displayPath: 'latin1.txt' });
    assert.equal(e.code, 'invalid-utf8');
    assert.equal(e.message, 'cannot read latin1.txt: not valid UTF-8 (bad byte at offset 3)');
    fs.writeFileSync(at('utf16.txt'), Buffer.from('\ufeffhello', 'utf16le'));
    assert.match(readError(at('utf16.txt')).reason, /UTF-16/);
  });

  it('allows an empty file unless told otherwise', () => {
    fs.writeFileSync(at('empty.md'), '');
    assert.equal(readTextFile(at('empty.md')), '');
    fs.writeFileSync(at('bom-only.txt'), '\ufeff');
    const e = readError(at('bom-only.txt'), { displayPath: 'bom-only.txt', allowEmpty: false });
    assert.equal(e.code, 'empty');
    assert.equal(e.message, 'bom-only.txt is empty');
  });

  it('reports permission denied', function () {
    if (process.platform === 'win32' || process.getuid?.() === 0) this.skip(); // root reads everything
    fs.writeFileSync(at('secret.txt'), 'x');
    fs.chmodSync(at('secret.txt'), 0o000);
    assert.equal(readError(at('secret.txt'), { displayPath: 'secret.txt' }).message, 'cannot read secret.txt: permission denied');
  });

  it('decodes buffers read elsewhere with the same checks', () => {
    assert.equal(decodeText(Buffer.from('\ufeffok'), { displayPath: 'x' }), 'ok');
    assert.throws(() => decodeText(Buffer.from([0x61, 0]), { displayPath: 'x' }), /NUL byte at offset 1/);
  });

  it('formats sizes', () => {
    assert.equal(formatSize(1), '1 byte');
    assert.equal(formatSize(812), '812 bytes');
    assert.equal(formatSize(20 * 1024 * 1024), '20 MB');
    assert.equal(formatSize(Math.round(52.1 * 1024 * 1024)), '52.1 MB');
  });
});
