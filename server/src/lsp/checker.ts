// One check of one draft, as the CLI does it (workspace root and config, front matter, sources resolved and read
// through server/src/workspace/draftSources.ts), against the shared index of its sources and with its
// SentenceCache, so that only the sentences that changed since the last check are analysed again.
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { checkDraft, type CheckResult, type DocumentKind, type Range, type SourceDoc } from '../engine';
import type { GroundedConfig } from '../workspace/config';
import type { GlobCache } from '../workspace/globCache';
import { loadSourceDocs, planDraftSources, type DraftSourcesPlan, type SourceReadFailure, type SourceText } from '../workspace/draftSources';
import { findFrontMatter } from '../workspace/frontMatter';
import type { ResolvedSources } from '../workspace/resolveSources';
import { toDisplayPath } from '../workspace/workspaceRoot';
import { findingDiagnostic, notCheckedDiagnostic, problemDiagnostic, type DiagnosticSupport } from './diagnostics';
import type { StatusParams } from './protocol';
import { effectiveRules, type Settings } from './settings';
import type { SourceStore } from './sourceStore';
import type { Workspaces } from './workspaces';

/** Drafts longer than this are not checked while editing: a check runs on the server's only thread, and the
 *  first check of a draft analyses every sentence (about 1 s per 100,000 characters against a large dossier);
 *  later edits re-segment only the changed Markdown chunk and re-check only the changed sentences.
 *  `grounded check` has no such limit. */
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
  /** Glob expansions shared between checks (each checked against the file system before it is used again). */
  globCache: GlobCache;
  /** Test hook (GROUNDED_LSP_FAULT): a check of a draft containing this marker throws. */
  faultMarker?: string;
}

/** A draft's source plan as last computed, and what it depended on. */
interface PlanMemo {
  key: string;
  config: object;
  /** The checker's files epoch when the plan was made (filesChanged). */
  epoch: object;
  plan: DraftSourcesPlan;
}

/** A draft's sources as last loaded: what the store gave for each (the same object while a file is unchanged on
 *  disk) and the sources that could not be used. The documents themselves are not kept: they are needed again
 *  only to build an index, and twenty drafts over a dossier of thousands of sources would each keep thousands. */
interface LoadMemo {
  /** The workspace root the failures' paths are shown relative to. */
  root: string;
  files: readonly string[];
  reads: SourceText[];
  failures: SourceReadFailure[];
}

/** Whether two reads of a source give the same text (an error is never taken as the same: it is loaded again). */
function sameText(a: SourceText, b: SourceText): boolean {
  return a === b || ('text' in a && 'text' in b && a.text === b.text);
}

/** How many distinct source lists the checker keeps for drafts to share. */
const SHARED_LISTS = 8;

export class Checker {
  /** Per draft URI: its last source plan. Typing does not change where a draft's sources are, so the front
   *  matter, config, globs and real paths are looked at again only when the front matter text, the config, the
   *  fallback setting or the set of files changed. */
  private readonly plans = new Map<string, PlanMemo>();
  private readonly displayPaths = new Map<string, string>();
  /** Per draft URI: its sources as last loaded. While typing, none of them changes: the same documents are used
   *  again rather than made anew for every source at every keystroke. */
  private readonly loads = new Map<string, LoadMemo>();
  /** The source lists of recent plans, each once: drafts with the same sources share one list (and its strings).
   *  Twenty drafts of a config glob over 4,000 sources each kept a list of their own, made again whenever files
   *  were created. */
  private readonly sourceLists: Array<readonly string[]> = [];
  /** Replaced whenever files may have been created or deleted, or a config changed: plans made before are made
   *  again (their globs are expanded again, walking only where a folder changed: GlobCache). */
  private epoch: object = {};

  constructor(private readonly deps: CheckerDeps) {}

  /** Files may have been created or deleted (or a config changed): every draft's sources are planned again at its
   *  next check. */
  filesChanged(): void {
    this.epoch = {};
  }

  /** Forgets what was kept for a closed draft. */
  forget(uri: string): void {
    this.plans.delete(uri);
    this.loads.delete(uri);
  }

  /** loadSourceDocs of the draft `uri`'s sources: its failures, and its documents when asked for (to build an
   *  index). While the store gives the same texts as at the last check, the failures are the last ones and nothing
   *  is made for each source. */
  private load(uri: string, root: string, resolved: ResolvedSources, shown: (file: string) => string): { docs: () => SourceDoc[]; failures: SourceReadFailure[] } {
    const store = this.deps.store;
    const reads = resolved.sources.map(f => store.read(f));
    const loadNow = () => {
      const byFile = new Map(resolved.sources.map((f, i) => [f, reads[i]]));
      return loadSourceDocs(resolved, f => byFile.get(f) ?? store.read(f), shown);
    };
    const same = (memo: LoadMemo | undefined): memo is LoadMemo =>
      memo !== undefined && memo.root === root && memo.files === resolved.sources && memo.reads.every((r, i) => sameText(r, reads[i]));
    let memo = this.loads.get(uri);
    // A draft opened with the same sources as another (a config's glob: the plans share one list) takes that draft's
    // memo: no documents made for each of its sources, and one list of reads for both (twenty drafts over 4,000
    // sources made 4,000 documents each on opening, promoted to V8's old generation and left there as garbage).
    if (!same(memo)) {
      memo = undefined;
      for (const other of this.loads.values()) {
        // Only a memo without failures: a failure's range is where its draft's front matter names the source.
        if (other.files === resolved.sources && other.failures.length === 0 && same(other)) {
          memo = other;
          this.loads.set(uri, other);
          break;
        }
      }
    }
    if (memo) return { docs: () => loadNow().docs, failures: memo.failures };
    const loaded = loadNow();
    this.loads.set(uri, { root, files: resolved.sources, reads, failures: loaded.failures });
    return { docs: () => loaded.docs, failures: loaded.failures };
  }

  private displayPath(root: string, file: string): string {
    const key = `${root}\u0000${file}`;
    let shown = this.displayPaths.get(key);
    if (shown === undefined) {
      if (this.displayPaths.size > 50_000) this.displayPaths.clear();
      shown = toDisplayPath(root, file);
      this.displayPaths.set(key, shown);
    }
    return shown;
  }

  private plan(uri: string, file: string, text: string, config: GroundedConfig, cwd: string, root: string, settings: Settings): DraftSourcesPlan {
    const frontMatter = findFrontMatter(text);
    const key = [file, cwd, root, JSON.stringify(settings.sources), frontMatter ? text.slice(0, frontMatter.span.end) : ''].join('\u0000');
    const memo = this.plans.get(uri);
    if (memo && memo.key === key && memo.config === config && memo.epoch === this.epoch) return memo.plan;
    const epoch = this.epoch;
    const plan = planDraftSources(file, text, { config, cwd, globCache: this.deps.globCache, fallbackSources: settings.sources, fallbackCwd: root });
    if ('resolved' in plan) plan.resolved.sources = this.sharedList(plan.resolved.sources);
    this.plans.set(uri, { key, config, epoch, plan });
    return plan;
  }

  /** `list`, or the recent source list equal to it. */
  private sharedList(list: string[]): string[] {
    const lists = this.sourceLists;
    const same = lists.find(l => l.length === list.length && l.every((f, i) => f === list[i]));
    if (same) return same as string[];
    if (lists.length >= SHARED_LISTS) lists.shift();
    lists.push(list);
    return list;
  }

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
    const shown = (f: string) => this.displayPath(root, f);

    const plan = this.plan(input.uri, file, input.text, config, ctx.cwd, root, settings);
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

    const { docs, failures } = this.load(input.uri, root, resolved, shown);
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
      // The cache keeps each open draft's sentences (and a few thousand spare ones), so drafts sharing an index
      // don't evict each other's results.
      document: input.uri,
    });
    return out('checked', {
      ...base,
      result,
      indexKey: entry.key,
      diagnostics: result.findings.map(f => findingDiagnostic(f, root, support)),
    });
  }
}
