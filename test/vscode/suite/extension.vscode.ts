// Runs inside VS Code (see test/vscode/runTest.ts): the extension activates on a Markdown draft, the bundled server
// flags the seed mutation "18-month" → "12-month" as number-mismatch, the status bar shows "n/m sentences
// supported" (hidden for a file with no sources), and the three commands work.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS } from '../../../client/src/constants';
import type { GroundedExtensionApi } from '../../../client/src/extension';
import type { CheckWorkspaceResult } from '../../../server/src/lsp/protocol';

const EXTENSION_ID = 'grounded-dev.grounded';
const workspace = process.env.GROUNDED_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
const file = (name: string) => vscode.Uri.file(path.join(workspace, name));

async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(file(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Polls `probe` until it returns something other than undefined/false. */
async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
}

function diagnostics(name: string, code: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(file(name)).filter(d => codeOf(d) === code);
}

describe('Grounded in VS Code', function () {
  this.timeout(120_000);
  let api: GroundedExtensionApi;

  before(() => assert.ok(workspace, 'the test workspace is set'));

  it('activates on a Markdown draft and starts the server', async () => {
    const extension = vscode.extensions.getExtension<GroundedExtensionApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    await open('mutated.md');
    api = await waitFor('the extension to activate', () => extension.isActive && extension.exports);
    await waitFor('the language server to run', () => api.client.isRunning());
  });

  it('contributes its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of Object.values(COMMANDS)) assert.ok(commands.includes(id), id);
  });

  it('flags the mutated "12-month" as number-mismatch', async () => {
    const editor = await open('mutated.md');
    const found = await waitFor('a number-mismatch diagnostic', () => {
      const d = diagnostics('mutated.md', 'number-mismatch');
      return d.length > 0 && d;
    });
    const words = found.map(d => editor.document.getText(d.range));
    assert.ok(words.some(w => w.includes('12')), `a diagnostic on the 12: ${JSON.stringify(words)}`);
    assert.ok(found.every(d => d.source === 'grounded'));
    assert.ok(found.some(d => d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('shows "n/m sentences supported" in the status bar for the active draft', async () => {
    await open('mutated.md');
    const text = await waitFor('the status bar item', () => api.statusBarText());
    const m = /^Grounded: (\d+)\/(\d+) sentences supported$/.exec(text);
    assert.ok(m, text);
    assert.ok(Number(m[2]) >= 3 && Number(m[1]) <= Number(m[2]), text);
  });

  it('does not flag the faithful draft', async () => {
    await open('draft.md');
    await waitFor('the draft to be checked', () => api.statusBarText());
    assert.deepEqual(diagnostics('draft.md', 'number-mismatch'), []);
  });

  it('hides the status bar item for a file with no sources', async () => {
    await open('notes.md');
    await waitFor('the status bar item to hide', () => api.statusBarText() === undefined);
    await sleep(2_000); // the server's status for notes.md (hasSources: false) must not show it
    assert.equal(api.statusBarText(), undefined);
  });

  it('opens the evidence of the sentence under the cursor', async () => {
    const editor = await open('mutated.md');
    const offset = editor.document.getText().indexOf('replenish the munitions');
    assert.ok(offset >= 0);
    const at = editor.document.positionAt(offset);
    editor.selection = new vscode.Selection(at, at);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(COMMANDS.openEvidence);
    assert.ok(locations.length > 0, 'evidence found');
    const source = await waitFor('the source to open', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.fsPath === file('article.txt').fsPath && active;
    });
    assert.match(source.document.getText(source.selection), /munitions/);
  });

  it('adds a source to a draft\'s front matter', async () => {
    const editor = await open('notes.md');
    const added = await vscode.commands.executeCommand<string[]>(COMMANDS.addSource, file('article.txt'));
    assert.deepEqual(added, ['article.txt']);
    assert.ok(editor.document.getText().startsWith('---\nsources: [article.txt]\n---\n# Notes'), editor.document.getText());
    // The server re-checks the edited draft, which now has a source.
    await waitFor('the status bar item for the edited draft', () => api.statusBarText());
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('checks all drafts in the workspace into the Problems view', async () => {
    const result = await vscode.commands.executeCommand<CheckWorkspaceResult | undefined>(COMMANDS.checkWorkspace);
    assert.ok(result, 'the check ran');
    assert.ok(result.drafts >= 3, JSON.stringify(result));
    assert.ok(result.errors >= 1, JSON.stringify(result));
    // draft-with-mistakes.md was never opened: its diagnostics come from the workspace check.
    assert.ok(diagnostics('draft-with-mistakes.md', 'number-mismatch').length > 0);
  });
});
