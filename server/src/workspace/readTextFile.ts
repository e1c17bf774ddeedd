// Reads drafts, sources and config files as UTF-8 text, with errors a person can act on.
import * as fs from 'node:fs';

/** 20 MB: far beyond any article, small enough that a stray video or database dump is refused quickly. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type TextFileErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'not-a-file'
  | 'permission-denied'
  | 'binary'
  | 'too-large'
  | 'invalid-utf8'
  | 'empty'
  | 'io';

/** Why a file could not be used as text. `message` is `cannot read <path>: <reason>`; `reason` alone suits
 *  output that already names the file (`grounded: <path>: <reason>`). */
export class TextFileError extends Error {
  override readonly name = 'TextFileError';
  constructor(
    readonly code: TextFileErrorCode,
    /** The path as it should be shown (as given, or relative to the workspace root). */
    readonly path: string,
    readonly reason: string,
  ) {
    super(code === 'empty' ? `${path} is empty` : `cannot read ${path}: ${reason}`);
  }
}

export interface ReadTextOptions {
  /** How to name the file in messages; defaults to the path given. */
  displayPath?: string;
  /** Files larger than this are refused; defaults to DEFAULT_MAX_BYTES. */
  maxBytes?: number;
  /** Whether a file with no text (after the BOM) is acceptable; defaults to true. Sources pass false. */
  allowEmpty?: boolean;
}

/** Reads `file` as UTF-8 text: refuses directories, binaries, oversized files and invalid UTF-8, and strips a
 *  UTF-8 byte order mark. Throws TextFileError. */
export function readTextFile(file: string, options: ReadTextOptions = {}): string {
  const display = options.displayPath ?? file;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    throw fromErrno(e, display);
  }
  if (stat.isDirectory()) throw new TextFileError('is-directory', display, 'is a directory');
  // FIFOs, sockets and devices could block or never end.
  if (!stat.isFile()) throw new TextFileError('not-a-file', display, 'is not a regular file');
  if (stat.size > maxBytes) throw tooLarge(display, stat.size, maxBytes);
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch (e) {
    throw fromErrno(e, display);
  }
  // The file may have grown between stat and read.
  if (buffer.length > maxBytes) throw tooLarge(display, buffer.length, maxBytes);
  return decodeText(buffer, { displayPath: display, allowEmpty: options.allowEmpty });
}

/** Decodes bytes already read (for callers that read files themselves, e.g. asynchronously): the same checks
 *  as readTextFile except the size limit. Throws TextFileError. */
export function decodeText(bytes: Uint8Array, options: { displayPath: string; allowEmpty?: boolean }): string {
  const display = options.displayPath;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new TextFileError('invalid-utf8', display, 'is UTF-16 text; save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new TextFileError('binary', display, `looks binary (NUL byte at offset ${nul})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new TextFileError('invalid-utf8', display, `not valid UTF-8 (bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length === 0 && options.allowEmpty === false) throw new TextFileError('empty', display, 'is empty');
  return text;
}

/** Human size: "812 bytes", "3.4 KB", "52.1 MB", "20 MB" (1 KB = 1024 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}

function tooLarge(display: string, size: number, limit: number): TextFileError {
  return new TextFileError('too-large', display, `too large (${formatSize(size)}; the limit is ${formatSize(limit)})`);
}

function fromErrno(e: unknown, display: string): TextFileError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new TextFileError('not-found', display, 'no such file');
    case 'EISDIR':
      return new TextFileError('is-directory', display, 'is a directory');
    case 'EACCES':
    case 'EPERM':
      return new TextFileError('permission-denied', display, 'permission denied');
    case 'ELOOP':
      return new TextFileError('io', display, 'too many levels of symbolic links');
    default:
      return new TextFileError('io', display, e instanceof Error ? e.message : String(e));
  }
}

/** Offset of the first byte that breaks UTF-8 (only called once decoding has failed). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n: number;
    let min: number;
    if (c < 0x80) { i++; continue; }
    else if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; }
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}
