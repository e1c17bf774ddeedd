// The status bar item: "Grounded: 12/14 sentences supported" for the active draft, from the server's
// `grounded/status` notifications. Hidden when the active editor is not a checked draft or its draft has no sources.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { SHOW_PROBLEMS_COMMAND } from './constants';

/** The item's text for a status; undefined when the item should be hidden. */
export function statusText(status: StatusParams | undefined): string | undefined {
  if (!status || !status.hasSources) return undefined;
  return `Grounded: ${status.supported}/${status.total} sentences supported`;
}

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  /** Latest status per document URI (normalised with Uri.parse(...).toString()). */
  private readonly statuses = new Map<string, StatusParams>();
  private readonly disposables: vscode.Disposable[] = [];

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

  private shown = false;

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
    const unsupported = status.total - status.supported;
    this.item.tooltip =
      unsupported === 0
        ? 'Every sentence of this draft has a supporting passage in its sources. Click to show problems.'
        : `${unsupported} sentence${unsupported === 1 ? '' : 's'} of this draft ${unsupported === 1 ? 'has' : 'have'} no supporting passage in its sources. Click to show problems.`;
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
