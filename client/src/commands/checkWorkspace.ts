// "Grounded: Check all drafts in workspace": asks the server to check every draft (progress in a notification,
// cancellable), whose findings land in the Problems view as diagnostics; then says what it found.
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageclient/node';
import { CHECK_WORKSPACE_REQUEST, type CheckWorkspaceParams, type CheckWorkspaceResult } from '../../../server/src/lsp/protocol';
import { COMMANDS, SHOW_PROBLEMS_COMMAND } from '../constants';
import { checkWorkspaceMessage } from '../messages';

export function registerCheckWorkspace(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.checkWorkspace, () => checkWorkspace(client));
}

/** Runs the check; resolves to the server's summary, or undefined when cancelled or failed (already shown). */
export async function checkWorkspace(client: LanguageClient): Promise<CheckWorkspaceResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showWarningMessage('Grounded: open a folder to check the drafts in it.');
    return undefined;
  }
  let result: CheckWorkspaceResult;
  let cancelled = false;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Grounded: checking drafts', cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => (cancelled = true));
        // The server may report per-draft progress on this token; without it the notification just spins.
        const workDoneToken = randomUUID();
        let reported = 0;
        const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd) => {
          if (value.kind === 'end') return;
          const increment = value.percentage === undefined ? undefined : Math.max(0, value.percentage - reported);
          if (value.percentage !== undefined) reported = value.percentage;
          progress.report({ message: value.message, increment });
        });
        try {
          const params: CheckWorkspaceParams = { workDoneToken };
          return await client.sendRequest<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST, params, token);
        } finally {
          listener.dispose();
        }
      },
    );
  } catch (e) {
    if (cancelled || isCancellation(e)) return undefined;
    client.error('Checking the workspace failed', e, false);
    void vscode.window.showErrorMessage(`Grounded: checking the workspace failed: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
  const message = checkWorkspaceMessage(result);
  if (result.errors + result.warnings + result.infos + (result.withProblems ?? 0) > 0) void vscode.commands.executeCommand(SHOW_PROBLEMS_COMMAND);
  void vscode.window.showInformationMessage(message);
  return result;
}

function isCancellation(e: unknown): boolean {
  // vscode-jsonrpc rejects a cancelled request with a ResponseError of code RequestCancelled (-32800) or
  // LSP's ServerCancelled (-32802).
  const code = (e as { code?: unknown } | null)?.code;
  return code === -32800 || code === -32802;
}
