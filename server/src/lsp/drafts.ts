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
  private readonly dependents = new Map<string, Set<string>>();
  private readonly sourcesOf = new Map<string, readonly string[]>();

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

  /** Records the files (absolute paths) the draft `uri` depends on: its sources, its config file. */
  setSources(uri: string, files: readonly string[]): void {
    for (const f of this.sourcesOf.get(uri) ?? []) {
      const set = this.dependents.get(f);
      set?.delete(uri);
      if (set?.size === 0) this.dependents.delete(f);
    }
    if (files.length === 0) {
      this.sourcesOf.delete(uri);
      return;
    }
    this.sourcesOf.set(uri, files);
    for (const f of files) {
      let set = this.dependents.get(f);
      if (!set) this.dependents.set(f, (set = new Set()));
      set.add(uri);
    }
  }

  /** The open drafts that depend on `file`. */
  dependentsOf(file: string): string[] {
    return [...(this.dependents.get(file) ?? [])];
  }

  /** Whether `file` is a source of an open draft other than `uri`. */
  isSourceOfAnother(file: string, uri: string): boolean {
    const set = this.dependents.get(file);
    return !!set && [...set].some(u => u !== uri);
  }
}
