// One check of one draft, as the CLI does it (workspace root and config, front matter, sources resolved and read
// through server/src/workspace/draftSources.ts), against the shared index of its sources and with its
// SentenceCache, so that only the sentences that changed since the last check are analysed again.
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { checkDraft, type CheckResult, type DocumentKind, type Range } from '../engine';
import { loadSourceDocs, planDraftSources } from '../workspace/draftSources';
import { toDisplayPath } from '../workspace/workspaceRoot';
import { findingDiagnostic, notCheckedDiagnostic, problemDiagnostic, type DiagnosticSupport } from './diagnostics';
import type { StatusParams } from './protocol';
import { effectiveRules, type Settings } from './settings';
import type { SourceStore } from './sourceStore';
import type { Workspaces } from './workspaces';

/** Drafts longer than this are not checked while editing: a check runs on the server's only thread, and even
 *  with every sentence cached the engine needs about 0.5 s per 100,000 characters (segmenting the whole draft
 *  again), more on a cold cache. `grounded check` has no such limit. */
export const MAX_DRAFT_CHARS = 200_000;

export type CheckStatus =
  /** Checked against its sources. */
  | 'checked'
  /** No sources named anywhere: not checked, no diagnostics. */
  | 'no-sources'
  /** A source of another open draft, with no sources of its own front matter: not a draft. */
  | 'not-a-draft'
  /** Front matter, config or sources that cannot be used: source-error diagnostics only. */
  | 'problems'
  /** Binary-looking or too large: one warning. */
  | 'not-checked';

export interface DraftCheck {
  uri: string;
  /** The document version checked (undefined for a file checked from disk). */
  version: number | undefined;
  status: CheckStatus;
  /** The workspace root the evidence paths are relative to. */
  root?: string;
  diagnostics: Diagnostic[];
  result?: CheckResult;
  /** The key of the index used (SourceStore.indexFor). */
  indexKey?: string;
  /** Absolute paths of the draft's sources, whether or not they could be read. */
  sources: string[];
  /** Where each source is named in the front matter (for Go to Definition on the entry). */
  sourceEntries: Array<{ file: string; range: Range }>;
  notification: StatusParams;
}

export interface CheckInput {
  uri: string;
  version: number | undefined;
  /** The draft's path; undefined for an untitled document. */
  file: string | undefined;
  text: string;
  kind: DocumentKind;
}

export interface CheckerDeps {
  workspaces: Workspaces;
  store: SourceStore;
  support: () => DiagnosticSupport;
  /** Whether `file` is a source of an open draft other than `uri`. */
  isSourceOfAnother: (file: string, uri: string) => boolean;
  /** Glob expansions shared between checks, cleared when files are created or deleted. */
  globCache: Map<string, string[]>;
  /** Test hook (GROUNDED_LSP_FAULT): a check of a draft containing this marker throws. */
  faultMarker?: string;
}

export class Checker {
  constructor(private readonly deps: CheckerDeps) {}

  check(input: CheckInput, settings: Settings): DraftCheck {
    const { workspaces, store } = this.deps;
    const support = this.deps.support();
    const out = (status: CheckStatus, fields: Partial<DraftCheck> = {}): DraftCheck => {
      const check: DraftCheck = {
        uri: input.uri,
        version: input.version,
        status,
        diagnostics: [],
        sources: [],
        sourceEntries: [],
        ...fields,
        notification: { uri: input.uri, total: 0, supported: 0, hasSources: status !== 'no-sources' && status !== 'not-a-draft' },
      };
      if (status === 'problems' && check.diagnostics.length > 0) {
        const m = check.diagnostics[0].message;
        check.notification.problem = typeof m === 'string' ? m : m.value;
      }
      if (check.result) {
        check.notification.total = check.result.sentences.length;
        check.notification.supported = check.result.sentences.filter(s => s.supported).length;
      }
      return check;
    };

    const ctx = workspaces.contextFor(input.file);
    if (!ctx) return out('no-sources');
    const { root } = ctx;
    if (ctx.configError || !ctx.config) {
      const e = ctx.configError!;
      return out('problems', { root, diagnostics: [problemDiagnostic(`cannot use ${e.message}`, undefined, support)] });
    }
    const config = ctx.config;
    const file = input.file ?? path.join(ctx.cwd, 'Untitled');
    const shown = (f: string) => toDisplayPath(root, f);

    const plan = planDraftSources(file, input.text, {
      config,
      cwd: ctx.cwd,
      globCache: this.deps.globCache,
      fallbackSources: settings.sources,
      fallbackCwd: root,
    });
    if ('frontMatterError' in plan) {
      const e = plan.frontMatterError;
      return out('problems', { root, diagnostics: [problemDiagnostic(e.message, e.range, support)] });
    }
    const { resolved } = plan;
    const sourceEntries = [...resolved.ranges].map(([f, range]) => ({ file: f, range }));
    const base = { root, sources: resolved.sources, sourceEntries };
    // As `grounded check` skips the files that are sources of other drafts (unless named explicitly): a source
    // open beside its draft is not itself checked against its siblings, unless its own front matter says so.
    if (resolved.origin !== 'front-matter' && resolved.origin !== undefined && input.file !== undefined && this.deps.isSourceOfAnother(input.file, input.uri)) {
      return out('not-a-draft', { root });
    }
    if (resolved.problems.length > 0) {
      const where = plan.fallback ? 'grounded.sources setting: ' : resolved.origin === 'config' ? `${shown(ctx.configFile)}: ` : '';
      return out('problems', { ...base, diagnostics: resolved.problems.map(p => problemDiagnostic(`${where}${p.message}`, p.range, support)) });
    }
    if (resolved.sources.length === 0) return out('no-sources', base);

    const { docs, failures } = loadSourceDocs(resolved, f => store.read(f), shown);
    if (failures.length > 0) {
      return out('problems', { ...base, diagnostics: failures.map(f => problemDiagnostic(f.message, f.range, support)) });
    }
    const nul = input.text.indexOf('\u0000');
    if (nul >= 0) {
      return out('not-checked', { ...base, diagnostics: [notCheckedDiagnostic(`not checked: the document looks binary (NUL character at offset ${nul})`)] });
    }
    if (input.text.length > MAX_DRAFT_CHARS) {
      const n = (x: number) => x.toLocaleString('en-US');
      return out('not-checked', {
        ...base,
        diagnostics: [notCheckedDiagnostic(`not checked while editing: too large (${n(input.text.length)} characters; the limit is ${n(MAX_DRAFT_CHARS)}); run \`grounded check\` instead`)],
      });
    }
    if (this.deps.faultMarker && input.text.includes(this.deps.faultMarker)) {
      throw new Error(`injected fault: the draft contains ${JSON.stringify(this.deps.faultMarker)} (GROUNDED_LSP_FAULT)`);
    }

    const entry = store.indexFor(root, resolved.sources, docs);
    const result = checkDraft(input.text, entry.index, {
      kind: input.kind,
      rules: effectiveRules(config.rules, settings.rules),
      cache: entry.cache,
    });
    // Keep the cache to about what the drafts using the index need; prune() keeps the entries used since the
    // last prune, so another draft's entries may go and be recomputed on its next edit.
    if (entry.cache.size > 4 * result.sentences.length + 2000) entry.cache.prune();
    return out('checked', {
      ...base,
      result,
      indexKey: entry.key,
      diagnostics: result.findings.map(f => findingDiagnostic(f, root, support)),
    });
  }
}
