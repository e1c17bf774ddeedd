// Glob expansions kept from one use to the next, and checked against the file system before each reuse: a kept
// expansion is used again only while every folder its walk read is unchanged (same mtime, ctime, size and inode:
// creating, deleting or renaming an entry changes its folder's mtime) and every symbolic link it met still does or
// does not lead to a file. So a source created, deleted or renamed is seen at the next expansion, with or without
// file watchers, and a dossier of thousands of files is not walked again whenever a draft is opened (the language
// server's 4,076-file bench walked it at every opening: some 24 MB of garbage for V8's old generation each time).
//
// A folder modified within RACY_MS of its walk is not trusted (its expansion is walked again next time): a file
// system stores times in ticks (a few ms, up to 2 s on FAT), and an entry created in the same tick as the walk
// but after it would leave the folder's mtime as it was seen.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expandGlob, type WalkObserver } from './globs';

/** How recent a folder's change may be, at its walk, for its expansion to be kept. */
export const RACY_MS = 2000;
/** How many expansions are kept, the most recently used (a glob typed into front matter is expanded at every
 *  keystroke: "sources/*.t", "sources/*.tx", ...). */
export const GLOBS_KEPT = 32;

interface Kept {
  files: string[];
  /** Each folder the walk read, and its stamp just before it was read. */
  folders: Array<[dir: string, stamp: string]>;
  /** Each symbolic link the walk met, and whether it led to a file. */
  links: Array<[file: string, isFile: boolean]>;
}

export class GlobCache {
  private readonly kept = new Map<string, Kept>();
  /** Walks made so far (for tests). */
  walks = 0;

  /** The files matching `spec` under `baseDir`, as expandGlob gives them (the same array while nothing changed). */
  expand(spec: string, baseDir: string): string[] {
    const key = `${path.resolve(baseDir)}\0${spec}`;
    const kept = this.kept.get(key);
    this.kept.delete(key); // re-inserted below when still valid: the Map's order is the order of use
    if (kept && unchanged(kept)) {
      this.kept.set(key, kept);
      return kept.files;
    }
    const folders: Kept['folders'] = [];
    const links: Kept['links'] = [];
    let racy = false;
    const observer: WalkObserver = {
      folder: dir => {
        const now = Date.now();
        const s = statOrUndefined(dir);
        if (s && s.mtimeMs > now - RACY_MS) racy = true;
        folders.push([dir, stampOf(s)]);
      },
      link: (file, isFile) => void links.push([file, isFile]),
    };
    const files = expandGlob(spec, baseDir, observer);
    this.walks++;
    // Nothing walked (a pattern without glob syntax): nothing to check a kept result against.
    if (!racy && folders.length > 0) {
      this.kept.set(key, { files, folders, links });
      if (this.kept.size > GLOBS_KEPT) this.kept.delete(this.kept.keys().next().value!);
    }
    return files;
  }

  /** How many expansions are kept. */
  get size(): number {
    return this.kept.size;
  }

  clear(): void {
    this.kept.clear();
  }
}

function unchanged(kept: Kept): boolean {
  for (const [dir, stamp] of kept.folders) if (stampOf(statOrUndefined(dir)) !== stamp) return false;
  for (const [file, isFile] of kept.links) if ((statOrUndefined(file)?.isFile() ?? false) !== isFile) return false;
  return true;
}

function stampOf(s: fs.Stats | undefined): string {
  return s ? `${s.mtimeMs}:${s.ctimeMs}:${s.size}:${s.ino}:${s.dev}:${s.isDirectory() ? 'd' : 'f'}` : 'missing';
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
