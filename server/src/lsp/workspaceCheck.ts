// grounded/checkWorkspace: every draft of every workspace folder, chosen as `grounded check` with no file
// arguments chooses them in that folder (the drafts named by .grounded.json's keys, else all Markdown; files that
// are sources of other drafts skipped), checked and published. Open drafts are checked from their editors.
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { documentKind, planDraftSources } from '../workspace/draftSources';
import { excludeSources, expandDraftArgs, UsageError } from '../workspace/globs';
import { readTextFile, TextFileError } from '../workspace/readTextFile';
import { toDisplayPath } from '../workspace/workspaceRoot';
import type { Checker, DraftCheck } from './checker';
import { problemDiagnostic, type DiagnosticSupport } from './diagnostics';
import type { Log } from './log';
import type { CheckWorkspaceResult } from './protocol';
import type { Settings } from './settings';
import { pathToUri } from './uri';
import type { Workspaces } from './workspaces';

export interface Progress {
  begin(title: string, percentage?: number, message?: string, cancellable?: boolean): void;
  report(percentage: number, message: string): void;
  done(): void;
}

export interface WorkspaceCheckDeps {
  workspaces: Workspaces;
  checker: Checker;
  log: Log;
  support: () => DiagnosticSupport;
  settingsFor: (file: string) => Promise<Settings>;
  /** The check of an open draft at `file` (run now if stale); undefined when no editor holds it. */
  checkOpen: (file: string) => DraftCheck | undefined;
  publish: (uri: string, diagnostics: Diagnostic[]) => void;
}

export async function checkWorkspace(deps: WorkspaceCheckDeps, progress: Progress, token: CancellationToken): Promise<CheckWorkspaceResult> {
  const summary: Required<CheckWorkspaceResult> = { drafts: 0, errors: 0, warnings: 0, infos: 0, found: 0, withoutSources: 0, withProblems: 0 };
  const files = await collectDrafts(deps);
  summary.found = files.length;
  progress.begin('Grounded: checking drafts', 0, `0/${files.length}`, true);
  try {
    for (let i = 0; i < files.length; i++) {
      if (token.isCancellationRequested) break;
      const { file, root } = files[i];
      progress.report(Math.round((i * 100) / Math.max(1, files.length)), `${i + 1}/${files.length} ${toDisplayPath(root, file)}`);
      // Let other messages (edits, hovers, progress) through between drafts.
      await new Promise<void>(resolve => setImmediate(resolve));
      const check = await checkOne(deps, file, root);
      if (!check) {
        summary.withProblems++;
        continue;
      }
      if (check.status === 'checked') {
        summary.drafts++;
        for (const d of check.diagnostics) {
          if (d.severity === DiagnosticSeverity.Error) summary.errors++;
          else if (d.severity === DiagnosticSeverity.Warning) summary.warnings++;
          else summary.infos++;
        }
      } else if (check.status === 'no-sources' || check.status === 'not-a-draft') {
        summary.withoutSources++;
      } else {
        summary.withProblems++;
      }
    }
  } finally {
    progress.done();
  }
  return summary;
}

async function checkOne(deps: WorkspaceCheckDeps, file: string, root: string): Promise<DraftCheck | undefined> {
  const uri = pathToUri(file);
  try {
    const open = deps.checkOpen(file);
    if (open) return open;
    let text: string;
    try {
      text = readTextFile(file, { displayPath: toDisplayPath(root, file) });
    } catch (e) {
      if (!(e instanceof TextFileError)) throw e;
      deps.publish(uri, [problemDiagnostic(e.message, undefined, deps.support())]);
      return undefined;
    }
    const settings = await deps.settingsFor(file);
    const check = deps.checker.check({ uri, version: undefined, file, text, kind: documentKind(file) }, settings);
    deps.publish(uri, check.diagnostics);
    return check;
  } catch (e) {
    deps.log.error(`internal error while checking ${file}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return undefined;
  }
}

/** The drafts of every folder, as the CLI run there without file arguments would pick them. */
async function collectDrafts(deps: WorkspaceCheckDeps): Promise<Array<{ file: string; root: string }>> {
  const out = new Map<string, string>();
  for (const folder of deps.workspaces.list()) {
    const ctx = deps.workspaces.contextOfCwd(folder);
    if (!ctx.config) {
      deps.log.warn(`grounded/checkWorkspace: skipping ${folder}: cannot use ${ctx.configError?.message ?? ctx.configFile}`);
      continue;
    }
    const config = ctx.config;
    let candidates;
    try {
      candidates = expandDraftArgs([], { cwd: folder, config });
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      continue; // nothing to check in this folder
    }
    const globCache = new Map<string, string[]>();
    const sources: string[] = [];
    const settings = await deps.settingsFor(folder);
    for (const c of candidates) {
      try {
        const plan = planDraftSources(c.path, readTextFile(c.path), {
          config,
          cwd: folder,
          globCache,
          fallbackSources: settings.sources,
          fallbackCwd: ctx.root,
        });
        if ('resolved' in plan) sources.push(...plan.resolved.sources);
      } catch {
        // unreadable: reported when it is checked
      }
    }
    for (const c of excludeSources(candidates, sources)) if (!out.has(c.path)) out.set(c.path, ctx.root);
  }
  return [...out].map(([file, root]) => ({ file, root }));
}
