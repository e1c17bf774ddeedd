// "Grounded: Add source to this draft": pick source files, then add their paths (relative to the draft's folder)
// to the draft's front matter `sources:` list, creating the front matter when there is none. The edit is left
// unsaved, like any edit; the server re-checks the open draft as it changes.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS, DRAFT_LANGUAGES } from '../constants';
import { addSourceToFrontMatter, FrontMatterEditError, minimalEdit } from '../frontMatterEdit';

export function registerAddSource(): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.addSource, (sources?: vscode.Uri | vscode.Uri[]) => addSource(sources));
}

/** Adds `sources` (or the files picked in a dialog when none are given) to the active draft. Resolves to the paths
 *  added, as written in the front matter. */
export async function addSource(sources?: vscode.Uri | vscode.Uri[]): Promise<string[]> {
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document;
  if (!doc || !(DRAFT_LANGUAGES as readonly string[]).includes(doc.languageId)) {
    void vscode.window.showWarningMessage('Grounded: open a Markdown or plain-text draft to add a source to it.');
    return [];
  }
  if (doc.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage('Grounded: save the draft first: sources are paths relative to its folder.');
    return [];
  }
  const draftDir = path.dirname(doc.uri.fsPath);
  const picked = sources === undefined ? await pickSources(doc.uri) : Array.isArray(sources) ? sources : [sources];
  if (!picked || picked.length === 0) return [];

  const before = doc.getText();
  let text = before;
  const added: string[] = [];
  const outside: string[] = [];
  for (const uri of picked) {
    if (uri.toString() === doc.uri.toString()) {
      void vscode.window.showWarningMessage('Grounded: a draft cannot be its own source.');
      continue;
    }
    const rel = relativePath(draftDir, uri.fsPath);
    let result;
    try {
      result = addSourceToFrontMatter(text, rel);
    } catch (e) {
      if (!(e instanceof FrontMatterEditError)) throw e;
      void vscode.window.showErrorMessage(`Grounded: cannot add ${rel} to the front matter: ${e.message}.`);
      return [];
    }
    if (result.kind === 'unchanged') continue;
    text = result.text;
    added.push(rel);
    if (!vscode.workspace.getWorkspaceFolder(uri)) outside.push(rel);
  }
  if (added.length === 0) {
    if (picked.length > 0) vscode.window.setStatusBarMessage('Grounded: the draft already lists that source.', 4000);
    return [];
  }

  const edit = minimalEdit(before, text);
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(doc.uri, new vscode.Range(doc.positionAt(edit.start), doc.positionAt(edit.end)), edit.newText);
  if (!(await vscode.workspace.applyEdit(workspaceEdit))) {
    void vscode.window.showErrorMessage('Grounded: could not edit the draft (did it change meanwhile?). Try again.');
    return [];
  }
  vscode.window.setStatusBarMessage(`Grounded: added ${added.join(', ')} to the draft's sources.`, 4000);
  if (outside.length > 0) {
    void vscode.window.showWarningMessage(
      `Grounded: ${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} outside the workspace; ` +
        'Grounded refuses such sources unless .grounded.json sets "allowOutsideWorkspace": true.',
    );
  }
  return added;
}

function pickSources(draft: vscode.Uri): Thenable<vscode.Uri[] | undefined> {
  return vscode.window.showOpenDialog({
    title: 'Grounded: add sources to this draft',
    openLabel: 'Add source',
    canSelectMany: true,
    canSelectFiles: true,
    canSelectFolders: false,
    defaultUri: vscode.Uri.joinPath(draft, '..'),
    filters: { 'Text and Markdown': ['txt', 'md', 'markdown', 'text'], 'All files': ['*'] },
  });
}

/** `file` relative to `dir`, with forward slashes (as the front matter wants them). */
export function relativePath(dir: string, file: string): string {
  const rel = path.relative(dir, file);
  return (rel === '' ? path.basename(file) : rel).split(path.sep).join('/');
}
