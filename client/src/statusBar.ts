// The status bar item: "Grounded: 12/14 sentences supported" for the active draft, from the server's
// `grounded/status` notifications. Hidden when the active editor is not a checked draft or its draft has no sources.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { SHOW_PROBLEMS_COMMAND } from './constants';
import { statusText, statusTooltip } from './messages';

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  /** Latest status per document URI (normalised with Uri.parse(...).toString()). */
  private readonly statuses = new Map<string, StatusParams>();
  private readonly disposables: vscode.Disposable[] = [];
  private shown = false;

  constructor() {
    this.item = vscode.window.createStatusBarItem('grounded.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Grounded';
    this.item.command = SHOW_PROBLEMS_COMMAND;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument(doc => {
        this.statuses.delete(doc.uri.toString());
        this.refresh();
      }),
    );
    this.refresh();
  }

  /** Records a `grounded/status` notification. */
  update(status: StatusParams): void {
    this.statuses.set(normalise(status.uri), status);
    this.refresh();
  }

  /** Forgets every status (the server stopped). */
  clear(): void {
    this.statuses.clear();
    this.refresh();
  }

  /** What the item shows now: its text, or undefined when hidden. For tests (exported by activate). */
  get visibleText(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }


  private refresh(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri === undefined ? undefined : this.statuses.get(uri);
    const text = statusText(status);
    if (text === undefined || !status) {
      this.item.hide();
      this.shown = false;
      return;
    }
    this.item.text = text;
    this.item.tooltip = statusTooltip(status);
    this.item.show();
    this.shown = true;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function normalise(uri: string): string {
  try {
    return vscode.Uri.parse(uri).toString();
  } catch {
    return uri;
  }
}
