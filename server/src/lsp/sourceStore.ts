// Source texts and their indexes. A source's text comes from its editor while it is open (unsaved edits count),
// else from disk through readTextFile (re-read only when its size, mtime or inode change). A source's version is
// a hash of its text, so an index is built once per distinct (workspace root, sorted source paths, texts) and
// reused by every draft with those sources, together with one SentenceCache, so that an edit of a draft
// re-checks only its changed sentences (and undoing a source edit, or closing it unsaved, finds the old index
// again while it is kept). Indexes no open draft uses are dropped, but for the few most recently used.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { indexSources, lookupSteps, SentenceCache, type SourceDoc, type SourceIndex } from '../engine';
import type { SourceText } from '../workspace/draftSources';
import { readTextFile, TextFileError } from '../workspace/readTextFile';
import { runStepwise } from './stepwise';

/** How long after an index is built its lookups are prepared: after the first check's diagnostics are out. */
const PREPARE_AFTER_MS = 200;

interface Entry {
  read: SourceText;
  /** A hash of the text (or of the error), worked out when first asked for (an open draft's text changes at every
   *  keystroke and is hashed only if it is a source). An entry is replaced whenever its text changes. */
  version?: string;
  /** size:mtime:ino of the file read from disk; undefined while the text comes from an editor. */
  stamp?: string;
  /** When the stamp was last compared with the disk (performance.now()). */
  verifiedAt?: number;
}

/** How long a file's stamp is trusted without a stat when the client watches it (its changes are reported). */
const WATCHED_STAT_TTL_MS = 1000;

export interface IndexEntry {
  key: string;
  index: SourceIndex;
  cache: SentenceCache;
}

/** Indexes kept beyond those open drafts use, for drafts that switch back and forth (e.g. undo). */
const SPARE_INDEXES = 4;

export class SourceStore {
  private readonly entries = new Map<string, Entry>();
  private readonly open = new Map<string, string>();
  private readonly indexes = new Map<string, IndexEntry>();
  /** Per list of source files (the array a draft's plan holds), the index key last made for it. */
  private readonly lastKeys = new WeakMap<readonly string[], { root: string; files: string[]; versions: string[]; key: string }>();

  /** `onIndexed` hears of every index built (for the log). `watched` tells whether the client reports changes of
   *  `file` (didChangeWatchedFiles): its stamp is then trusted for a second between stats, so that a check while
   *  typing does not stat every source of a large dossier (a change without an event is still seen within 1 s). */
  constructor(
    private readonly onIndexed: (docs: readonly SourceDoc[], index: SourceIndex, ms: number) => void = () => {},
    private readonly watched: (file: string) => boolean = () => false,
  ) {}

  /** The text of `file` (an absolute path), from its editor or the disk. */
  read(file: string): SourceText {
    const text = this.open.get(file);
    if (text !== undefined) return this.update(file, { text }, undefined).read;
    const entry = this.entries.get(file);
    const now = performance.now();
    if (entry?.stamp !== undefined && entry.verifiedAt !== undefined && now - entry.verifiedAt < WATCHED_STAT_TTL_MS && this.watched(file)) {
      return entry.read;
    }
    const stamp = statStamp(file);
    if (entry && entry.stamp !== undefined && stamp !== undefined && entry.stamp === stamp) {
      entry.verifiedAt = now;
      return entry.read;
    }
    let read: SourceText;
    try {
      read = { text: readTextFile(file) };
    } catch (e) {
      if (!(e instanceof TextFileError)) throw e;
      read = { error: e };
    }
    const updated = this.update(file, read, stamp);
    updated.verifiedAt = now;
    return updated.read;
  }

  /** The version of `file`'s text ('' when never read). */
  version(file: string): string {
    const entry = this.entries.get(file);
    if (!entry) return '';
    entry.version ??= createHash('sha1').update('text' in entry.read ? `t${entry.read.text}` : `e${entry.read.error.reason}`).digest('base64');
    return entry.version;
  }

  /** An editor holds `file` with `text`. Returns whether its text changed for the drafts using it. */
  setOpen(file: string, text: string): boolean {
    this.open.set(file, text);
    return this.changedBy(file, () => this.read(file));
  }

  /** Its editor closed: the disk is the truth again. Returns whether that changes its text. */
  setClosed(file: string): boolean {
    if (!this.open.delete(file)) return false;
    return this.changedBy(file, () => this.read(file));
  }

  /** The file changed on disk (a watcher said so). Returns whether its text, as drafts see it, changed. */
  fileChanged(file: string): boolean {
    const entry = this.entries.get(file);
    if (!entry) return false;
    entry.stamp = undefined; // re-read even if the stamp looks the same (coarse mtimes)
    entry.verifiedAt = undefined;
    if (this.open.has(file)) return false;
    return this.changedBy(file, () => this.read(file));
  }

  /** Forgets a file no draft uses (its editor closed): keeps the store to the sources in use. */
  forget(file: string): void {
    if (!this.open.has(file)) this.entries.delete(file);
  }

  isOpen(file: string): boolean {
    return this.open.has(file);
  }

  /** The index of `docs` (read with `read`, in the order of `files`) for the workspace `root`: built once per
   *  version of those sources. `docs` may be a function giving them: called only when the index is built. */
  indexFor(root: string, files: readonly string[], docs: readonly SourceDoc[] | (() => readonly SourceDoc[])): IndexEntry {
    const key = this.indexKey(root, files);
    let entry = this.indexes.get(key);
    if (!entry) {
      const started = performance.now();
      const list = typeof docs === 'function' ? docs() : docs;
      const index = indexSources([...list]);
      this.onIndexed(list, index, performance.now() - started);
      entry = { key, index, cache: new SentenceCache(index) };
      // The lookups a check builds on first use (names by key, the fuzzy name list) are built once the first check
      // has been published, not in the keystroke that first needs them; in steps of a few milliseconds, so that a
      // writer typing straight away waits for one step, not for the whole (about 150 ms for 100,000 words of sources).
      setTimeout(() => runStepwise(lookupSteps(index)), PREPARE_AFTER_MS).unref();
    } else {
      this.indexes.delete(key); // re-inserted below: the Map's order is the order of use
    }
    this.indexes.set(key, entry);
    return entry;
  }

  /** The key of the index of `files` (with their versions) under `root`. The key last made for the same list (a
   *  draft's plan keeps its list while typing) is reused when no version changed: no 30 KB string per keystroke
   *  for a dossier of a few hundred files. */
  private indexKey(root: string, files: readonly string[]): string {
    const versions = files.map(f => this.version(f));
    const last = this.lastKeys.get(files);
    if (last && last.root === root && last.files.length === files.length && last.files.every((f, i) => f === files[i] && last.versions[i] === versions[i])) return last.key;
    const made = [root, ...files.map((f, i) => `${f}\u0001${versions[i]}`)].join('\u0000');
    // Drafts sharing their sources (a config's glob) share the string too: twenty open drafts over 4,000 sources
    // each kept a 300 KB key of their own.
    const key = this.indexes.get(made)?.key ?? made;
    this.lastKeys.set(files, { root, files: [...files], versions, key });
    return key;
  }

  /** A draft was closed: the sentence caches no longer keep its results (beyond their spare ones). */
  forgetDocument(uri: string): void {
    for (const entry of this.indexes.values()) entry.cache.forget(uri);
  }

  /** Drops the indexes that no key in `inUse` names, except the most recently used few. */
  retainIndexes(inUse: ReadonlySet<string>): void {
    const spare = [...this.indexes.keys()].filter(k => !inUse.has(k));
    for (const key of spare.slice(0, Math.max(0, spare.length - SPARE_INDEXES))) this.indexes.delete(key);
  }

  get indexCount(): number {
    return this.indexes.size;
  }

  /** Whether `reread` changed the text of `file` (update() keeps the entry when the text is the same). */
  private changedBy(file: string, reread: () => void): boolean {
    const before = this.entries.get(file);
    reread();
    return this.entries.get(file) !== before;
  }

  private update(file: string, read: SourceText, stamp: string | undefined): Entry {
    const entry = this.entries.get(file);
    if (entry && sameRead(entry.read, read)) {
      entry.read = read;
      entry.stamp = stamp;
      return entry;
    }
    const next: Entry = { read, stamp };
    this.entries.set(file, next);
    return next;
  }
}

function sameRead(a: SourceText, b: SourceText): boolean {
  if ('text' in a && 'text' in b) return a.text === b.text;
  if ('error' in a && 'error' in b) return a.error.reason === b.error.reason;
  return false;
}

function statStamp(file: string): string | undefined {
  try {
    const s = fs.statSync(file);
    return `${s.size}:${s.mtimeMs}:${s.ino}`;
  } catch {
    return undefined;
  }
}
