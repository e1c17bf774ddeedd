// The VS Code client of the Grounded language server: starts the bundled server (dist/server.js) over Node IPC for
// Markdown and plain-text documents, shows the active draft's "n/m sentences supported" in the status bar and
// contributes the commands "Check all drafts in workspace", "Add source to this draft" and "Open evidence".
import * as vscode from 'vscode';
import { LanguageClient, State, type LanguageClientOptions } from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';
import { registerAddSource } from './commands/addSource';
import { registerCheckWorkspace } from './commands/checkWorkspace';
import { registerOpenEvidence } from './commands/openEvidence';
import { CLIENT_ID, CLIENT_NAME, CONFIG_SECTION, DRAFT_LANGUAGES, OUTPUT_CHANNEL_NAME, WATCHED_FILES_GLOB } from './constants';
import { serverOptions } from './serverOptions';
import { StatusBar } from './statusBar';

/** What `activate` returns: `vscode.extensions.getExtension('grounded-dev.grounded').exports`. For tests and
 *  other extensions; not a stable API. */
export interface GroundedExtensionApi {
  readonly client: LanguageClient;
  /** The status bar item's text, or undefined while it is hidden. */
  statusBarText(): string | undefined;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<GroundedExtensionApi> {
  const statusBar = new StatusBar();
  context.subscriptions.push(statusBar);

  const watcher = vscode.workspace.createFileSystemWatcher(WATCHED_FILES_GLOB);
  context.subscriptions.push(watcher);

  const clientOptions: LanguageClientOptions = {
    documentSelector: DRAFT_LANGUAGES.flatMap(language => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: CONFIG_SECTION, fileEvents: watcher },
    initializationOptions: () => initializationOptions(),
    outputChannelName: OUTPUT_CHANNEL_NAME,
    diagnosticCollectionName: CLIENT_ID,
  };
  const languageClient = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions(context), clientOptions);
  client = languageClient;
  context.subscriptions.push(
    languageClient.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => statusBar.update(params)),
    languageClient.onDidChangeState(e => {
      if (e.newState === State.Stopped) statusBar.clear();
    }),
    registerCheckWorkspace(languageClient),
    registerAddSource(),
    registerOpenEvidence(languageClient),
  );

  try {
    await languageClient.start();
  } catch (e) {
    // The client has already logged the cause to the output channel; say so where the user looks.
    void vscode.window
      .showErrorMessage(`Grounded: the language server did not start: ${e instanceof Error ? e.message : String(e)}`, 'Show output')
      .then(choice => {
        if (choice) languageClient.outputChannel.show();
      });
  }

  return { client: languageClient, statusBarText: () => statusBar.visibleText };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c?.needsStop()) await c.stop();
}

/** The `grounded.*` settings the server starts with (it then follows changes through workspace/didChangeConfiguration). */
function initializationOptions(): { settings: Record<string, unknown> } {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
  return {
    settings: {
      sources: config.get<string[]>('sources', []),
      rules: config.get<Record<string, string>>('rules', {}),
      debounceMs: config.get<number>('debounceMs', 150),
    },
  };
}
