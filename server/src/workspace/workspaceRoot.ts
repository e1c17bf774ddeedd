// Finds the workspace root: the folder that paths in reports are relative to and that sources must stay inside.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CONFIG_FILE_NAME = '.grounded.json';

/** The nearest ancestor of `startDir` (itself included) holding `.grounded.json`; else the git top level (the
 *  nearest ancestor with a `.git` entry, folder or file as in worktrees and submodules); else `startDir`.
 *  Returns an absolute path (symlinks are not resolved, so paths shown stay the ones the user typed). */
export function findWorkspaceRoot(startDir: string): string {
  const start = path.resolve(startDir);
  return findAncestorWith(start, CONFIG_FILE_NAME, 'file') ?? findAncestorWith(start, '.git', 'any') ?? start;
}

/** The `.grounded.json` that governs `startDir`, if any: the one in the nearest ancestor holding one. */
export function findConfigFile(startDir: string): string | undefined {
  const dir = findAncestorWith(path.resolve(startDir), CONFIG_FILE_NAME, 'file');
  return dir === undefined ? undefined : path.join(dir, CONFIG_FILE_NAME);
}

/** `file` as shown in reports: relative to `root` with forward slashes (`../x` when outside, `.` for the root). */
export function toDisplayPath(root: string, file: string): string {
  const rel = path.relative(path.resolve(root), path.resolve(file));
  if (rel === '') return '.';
  return rel.split(path.sep).join('/');
}

function findAncestorWith(start: string, entry: string, kind: 'file' | 'any'): string | undefined {
  let dir = start;
  for (;;) {
    try {
      const stat = fs.statSync(path.join(dir, entry));
      if (kind === 'any' || stat.isFile()) return dir;
    } catch {
      // not here (or unreadable): keep climbing
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
