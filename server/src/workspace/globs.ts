// Turns the CLI's file arguments (paths, folders, globs) and the config's globs into sorted lists of files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { GroundedConfig } from './config';

/** A mistake on the command line (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'] as const;

export function isMarkdownPath(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return (MARKDOWN_EXTENSIONS as readonly string[]).includes(ext);
}

/** Whether `pattern` has glob syntax (`*`, `?`, `[...]`, `{a,b}`, extglobs). */
export function isGlobPattern(pattern: string): boolean {
  return picomatch.scan(toSlashes(pattern)).isGlob;
}

/** Folders a walk never enters: dependencies and dot-folders (.git, .vscode, ...). */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** What a walk looked at, told as it goes (for a cache of its result: globCache.ts). */
export interface WalkObserver {
  /** A folder is about to be read (also one that turns out missing or unreadable). */
  folder(dir: string): void;
  /** A symbolic link was found, and whether it led to a file (then it is listed, if accepted). */
  link(file: string, isFile: boolean): void;
}

/** All files under `dir` (absolute paths, sorted), skipping node_modules and dot-folders. Symlinked files are
 *  listed; symlinked folders are not entered (no cycles). A missing or unreadable folder yields nothing. */
export function walkFiles(dir: string, accept: (file: string) => boolean = () => true, observer?: WalkObserver): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    observer?.folder(d);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!isSkippedFolder(e.name)) visit(full);
      } else if (e.isFile()) {
        if (accept(full)) out.push(full);
      } else if (e.isSymbolicLink()) {
        const file = isFile(full); // false for a dangling link
        observer?.link(full, file);
        if (file && accept(full)) out.push(full);
      }
    }
  };
  visit(path.resolve(dir));
  return sortUnique(out);
}

/** The files matching a glob (absolute paths, sorted). The pattern is relative to `baseDir` unless absolute; a
 *  pattern without glob syntax yields the file itself if it exists. Dot-files only match a pattern that names
 *  them (`.notes/*.md`, `*.md` does not match `.x.md`); node_modules and dot-folders below the pattern's fixed
 *  part are not searched. `observer` hears of the walk (none for a pattern without glob syntax). */
export function expandGlob(pattern: string, baseDir: string, observer?: WalkObserver): string[] {
  const p = toSlashes(pattern);
  const scan = picomatch.scan(p);
  if (!scan.isGlob) {
    const file = path.resolve(baseDir, p);
    return isFile(file) ? [file] : [];
  }
  const walkRoot = path.resolve(baseDir, scan.base || '.');
  const isMatch = picomatch(scan.glob, { dot: false, windows: false });
  return walkFiles(walkRoot, file => isMatch(toSlashes(path.relative(walkRoot, file))), observer);
}

/** A file to check as a draft; `explicit` when it was named on the command line by its own path (not through
 *  a glob or a folder): such a file is checked even if it is also a source of another draft. */
export interface DraftCandidate {
  path: string;
  explicit: boolean;
}

/** Expands the CLI's file arguments, relative to `cwd`: a folder means the Markdown files under it, a glob the
 *  files it matches, a plain path the file whatever its extension (even if missing: reading it reports that).
 *  With no arguments: the drafts named by the config's `sources` keys, else all Markdown under the root.
 *  Sorted, deduplicated. Throws UsageError for a glob or folder that yields nothing. */
export function expandDraftArgs(args: readonly string[], options: { cwd: string; config: GroundedConfig }): DraftCandidate[] {
  const found = new Map<string, boolean>();
  const add = (file: string, explicit: boolean) => found.set(file, (found.get(file) ?? false) || explicit);
  if (args.length === 0) {
    for (const file of defaultDrafts(options.config)) add(file, false);
    if (found.size === 0) {
      const how = options.config.sources.length > 0
        ? `the draft globs in ${options.config.file ?? '.grounded.json'} match no files`
        : `there are no Markdown files under ${options.config.root}`;
      throw new UsageError(`nothing to check: ${how}; name the drafts to check, e.g. grounded check "drafts/**/*.md"`);
    }
  }
  for (const arg of args) {
    if (arg.trim() === '') throw new UsageError('an empty file argument');
    const abs = path.resolve(options.cwd, arg);
    const stat = statOrUndefined(abs);
    if (stat?.isDirectory()) {
      const files = walkFiles(abs, isMarkdownPath);
      if (files.length === 0) throw new UsageError(`no Markdown files (*.md, *.markdown) in the folder ${arg}`);
      for (const f of files) add(f, false);
    } else if (stat || !isGlobPattern(arg)) {
      // An existing file (even one whose name looks like a glob, such as "notes (1).md"), or a plain path that
      // does not exist: checking it will report "no such file".
      add(abs, true);
    } else {
      const files = expandGlob(arg, options.cwd);
      if (files.length === 0) throw new UsageError(`no files match ${arg}`);
      for (const f of files) add(f, false);
    }
  }
  return [...found.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, explicit]) => ({ path: file, explicit }));
}

/** The drafts a run checks when no files are named: those matching the config's `sources` keys, or, with no
 *  such keys, every Markdown file under the root. */
export function defaultDrafts(config: GroundedConfig): string[] {
  if (config.sources.length === 0) return walkFiles(config.root, isMarkdownPath);
  return sortUnique(config.sources.flatMap(m => expandGlob(m.draftGlob, config.root)));
}

/** Drops the candidates that are sources of some draft in the run, except those named explicitly. One pass:
 *  `sourcesInRun` are the sources of all candidates. */
export function excludeSources(candidates: readonly DraftCandidate[], sourcesInRun: Iterable<string>): DraftCandidate[] {
  const sources = new Set<string>();
  for (const s of sourcesInRun) sources.add(path.resolve(s));
  return candidates.filter(c => c.explicit || !sources.has(path.resolve(c.path)));
}

function sortUnique(files: string[]): string[] {
  return [...new Set(files)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function toSlashes(p: string): string {
  return process.platform === 'win32' ? p.replace(/\\/g, '/') : p;
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

function isFile(file: string): boolean {
  return statOrUndefined(file)?.isFile() ?? false;
}
