// Which open documents are drafts, what each was last checked against, and the reverse map source → drafts that
// re-checks every open draft using a source when the source changes.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentKind } from '../engine';
import type { DraftCheck } from './checker';

/** Language ids checked as drafts: VS Code's, and the `text` filetype some editors (Neovim, Helix) give .txt. */
const MARKDOWN_LANGUAGES = new Set(['markdown']);
const PLAINTEXT_LANGUAGES = new Set(['plaintext', 'text']);

export function isDraftLanguage(languageId: string): boolean {
  return MARKDOWN_LANGUAGES.has(languageId) || PLAINTEXT_LANGUAGES.has(languageId);
}

export function kindOfLanguage(languageId: string): DocumentKind {
  return MARKDOWN_LANGUAGES.has(languageId) ? 'markdown' : 'plaintext';
}

export interface DraftState {
  uri: string;
  /** The last check that completed (whatever the document's version now). */
  last?: DraftCheck;
  /** The version whose check threw; hovers and fixes then use `last` rather than trying again. */
  failedVersion?: number;
}

export class Drafts {
  private readonly states = new Map<string, DraftState>();
  /** Per draft, the list of files it depends on (the list its check gave: drafts with the same sources share one). */
  private readonly sourcesOf = new Map<string, readonly string[]>();
  /** Per list in use, the drafts depending on it. */
  private readonly draftsOf = new Map<readonly string[], Set<string>>();
  /** Per file, the lists in use that hold it. Memory: the reverse map is kept per shared list, not per draft: a Set
   *  of drafts per file was 2.9 MB for twenty drafts of a config glob over 4,076 sources (bench memory scenario,
   *  heap snapshot), one small array per file holding their one list is 0.2 MB. */
  private readonly listsOf = new Map<string, Array<readonly string[]>>();

  isDraft(doc: TextDocument): boolean {
    return isDraftLanguage(doc.languageId);
  }

  get(uri: string): DraftState | undefined {
    return this.states.get(uri);
  }

  ensure(uri: string): DraftState {
    let s = this.states.get(uri);
    if (!s) this.states.set(uri, (s = { uri }));
    return s;
  }

  uris(): string[] {
    return [...this.states.keys()];
  }

  remove(uri: string): void {
    this.states.delete(uri);
    this.setSources(uri, []);
  }

  /** Records the files (absolute paths) the draft `uri` depends on: its sources, its config file. The list is kept
   *  as given (treat it as read-only). */
  setSources(uri: string, files: readonly string[]): void {
    const before = this.sourcesOf.get(uri);
    if (before === files) return;
    if (before) {
      const drafts = this.draftsOf.get(before)!;
      drafts.delete(uri);
      if (drafts.size === 0) {
        this.draftsOf.delete(before);
        for (const f of before) {
          const lists = this.listsOf.get(f);
          if (!lists) continue;
          const i = lists.indexOf(before);
          if (i >= 0) lists.splice(i, 1);
          if (lists.length === 0) this.listsOf.delete(f);
        }
      }
    }
    if (files.length === 0) {
      this.sourcesOf.delete(uri);
      return;
    }
    this.sourcesOf.set(uri, files);
    let drafts = this.draftsOf.get(files);
    if (!drafts) {
      this.draftsOf.set(files, (drafts = new Set()));
      for (const f of files) {
        const lists = this.listsOf.get(f);
        if (!lists) this.listsOf.set(f, [files]);
        else if (!lists.includes(files)) lists.push(files);
      }
    }
    drafts.add(uri);
  }

  /** The open drafts that depend on `file`. */
  dependentsOf(file: string): string[] {
    const lists = this.listsOf.get(file);
    if (!lists) return [];
    if (lists.length === 1) return [...this.draftsOf.get(lists[0])!];
    const out = new Set<string>();
    for (const list of lists) for (const uri of this.draftsOf.get(list)!) out.add(uri);
    return [...out];
  }

  /** Whether `file` is a source of an open draft other than `uri`. */
  isSourceOfAnother(file: string, uri: string): boolean {
    for (const list of this.listsOf.get(file) ?? []) for (const u of this.draftsOf.get(list)!) if (u !== uri) return true;
    return false;
  }
}
