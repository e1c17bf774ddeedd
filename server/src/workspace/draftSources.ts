// A draft's sources as the CLI and the language server both find and read them: the front matter parsed, the
// entries resolved (resolveSources.ts has the precedence and the workspace rules), then every source read into a
// SourceDoc. One module, so that `grounded check` and the editor never disagree about what a draft is checked
// against.
import type { DocumentKind, Range, SourceDoc } from '../engine/types';
import { FrontMatterError, parseFrontMatter, type FrontMatter } from './frontMatter';
import { isMarkdownPath } from './globs';
import type { TextFileError } from './readTextFile';
import { resolveSources, type ResolvedSources, type ResolveSourcesOptions } from './resolveSources';

export interface PlanSourcesOptions extends Omit<ResolveSourcesOptions, 'frontMatter'> {
  /** Sources used like `cliSources`, but only when neither `cliSources`, the front matter nor the config names
   *  any (the language server's `grounded.sources` setting). Relative to `fallbackCwd`. */
  fallbackSources?: readonly string[];
  /** Folder the fallback sources are relative to (the workspace root); defaults to the config's root. */
  fallbackCwd?: string;
}

export type DraftSourcesPlan =
  | { frontMatterError: FrontMatterError }
  | {
      resolved: ResolvedSources;
      /** The parsed front matter (not parsed, so undefined, when `cliSources` are given). */
      frontMatter?: FrontMatter;
      /** Whether the sources are the fallback ones (`resolved.origin` is then 'cli'). */
      fallback: boolean;
    };

/** Resolves the sources of the draft `file` whose text is `text`. With `cliSources`, the front matter is not
 *  read at all (so a malformed one is no error); otherwise a malformed one is returned as `frontMatterError`. */
export function planDraftSources(file: string, text: string, options: PlanSourcesOptions): DraftSourcesPlan {
  let frontMatter: FrontMatter | undefined;
  if (!options.cliSources || options.cliSources.length === 0) {
    try {
      frontMatter = parseFrontMatter(text);
    } catch (e) {
      if (!(e instanceof FrontMatterError)) throw e;
      return { frontMatterError: e };
    }
  }
  const { fallbackSources, fallbackCwd, ...resolveOptions } = options;
  const resolved = resolveSources(file, { ...resolveOptions, frontMatter });
  if (resolved.origin === undefined && fallbackSources && fallbackSources.length > 0) {
    const cwd = fallbackCwd ?? options.config.root;
    return { resolved: resolveSources(file, { ...resolveOptions, cliSources: fallbackSources, cwd }), frontMatter, fallback: true };
  }
  return { resolved, frontMatter, fallback: false };
}

/** A source's text, or why it could not be read (as readTextFile throws it). */
export type SourceText = { text: string } | { error: TextFileError };

/** A source that cannot be used: missing, unreadable, binary, empty... */
export interface SourceReadFailure {
  /** Absolute path. */
  source: string;
  /** Why, on its own: "no such file", "is empty". */
  reason: string;
  /** `cannot use the source <display path>: <reason>`. */
  message: string;
  /** Where the source's entry is written in the draft's front matter, if it is. */
  range?: Range;
}

/** Reads the resolved sources into SourceDocs (paths shown relative to the workspace root via `shown`, in the
 *  order of `resolved.sources`). A draft with any failure should not be checked against the rest. */
export function loadSourceDocs(
  resolved: ResolvedSources,
  read: (file: string) => SourceText,
  shown: (file: string) => string,
): { docs: SourceDoc[]; failures: SourceReadFailure[] } {
  const docs: SourceDoc[] = [];
  const failures: SourceReadFailure[] = [];
  for (const source of resolved.sources) {
    const r = read(source);
    const reason = 'error' in r ? r.error.reason : r.text.length === 0 ? 'is empty' : undefined;
    if (reason === undefined) {
      docs.push({ path: shown(source), text: (r as { text: string }).text, kind: documentKind(source) });
      continue;
    }
    const range = resolved.ranges.get(source);
    failures.push({
      source,
      reason,
      message: `cannot use the source ${shown(source)}: ${reason}`,
      ...(range === undefined ? {} : { range }),
    });
  }
  return { docs, failures };
}

/** How a file is read by its extension: .md and .markdown as Markdown, anything else as plain text. */
export function documentKind(file: string): DocumentKind {
  return isMarkdownPath(file) ? 'markdown' : 'plaintext';
}
