// File URIs ↔ file system paths. Paths are the keys everywhere in the server (sources are resolved as paths);
// URIs are what the protocol carries. Drive letters are lower-cased on Windows so that VS Code's
// `file:///c%3A/...` and Node's `file:///C:/...` name the same file.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file system path of a `file:` URI; undefined for other schemes (untitled:, vscode-notebook-cell:, ...). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return normalizePath(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

/** An absolute, normalized path (lower-case drive letter on Windows). */
export function normalizePath(file: string): string {
  const p = path.resolve(file);
  return process.platform === 'win32' ? p.replace(/^[A-Z]:/, d => d.toLowerCase()) : p;
}
