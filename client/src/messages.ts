// The texts the client shows, as pure functions (no vscode) so they can be unit-tested.
import type { CheckWorkspaceResult, StatusParams } from '../../server/src/lsp/protocol';

/** The status bar text for a draft's status; undefined when the item should be hidden (no status, no sources). */
export function statusText(status: StatusParams | undefined): string | undefined {
  if (!status || !status.hasSources) return undefined;
  if (status.problem) return '$(warning) Grounded: cannot check this draft';
  return `Grounded: ${status.supported}/${status.total} sentences supported`;
}

export function statusTooltip(status: StatusParams): string {
  if (status.problem) return `${status.problem}. Click to show problems.`;
  const unsupported = Math.max(0, status.total - status.supported);
  const what =
    unsupported === 0
      ? 'Every sentence of this draft has a supporting passage in its sources.'
      : `${plural(unsupported, 'sentence')} of this draft ${unsupported === 1 ? 'has' : 'have'} no supporting passage in its sources.`;
  return `${what} Click to show problems.`;
}

/** The message after "Check all drafts in workspace". */
export function checkWorkspaceMessage(result: CheckWorkspaceResult): string {
  const notes: string[] = [];
  if (result.withoutSources) {
    notes.push(`${plural(result.withoutSources, 'draft')} ${result.withoutSources === 1 ? 'names' : 'name'} no sources`);
  }
  if (result.withProblems) {
    notes.push(`${plural(result.withProblems, 'draft')} ${result.withProblems === 1 ? 'has' : 'have'} sources that cannot be used`);
  }
  const tail = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  if (result.drafts === 0) {
    const found = result.found ? `found ${plural(result.found, 'draft')} but checked none${tail}` : 'found no drafts with sources in the workspace';
    return `Grounded: ${found}. Name sources in a draft's front matter (\`sources:\`), in .grounded.json or in the grounded.sources setting.`;
  }
  const problems = result.errors + result.warnings + result.infos + (result.withProblems ?? 0);
  const checked = `Grounded: checked ${plural(result.drafts, 'draft')}${tail}`;
  if (problems === 0) return `${checked}: no problems found.`;
  const parts = [plural(result.errors, 'error'), plural(result.warnings, 'warning'), `${result.infos} info`];
  return `${checked}: ${parts.join(', ')}. See the Problems view.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
