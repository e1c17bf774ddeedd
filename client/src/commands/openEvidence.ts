// "Grounded: Open evidence": asks the server for the source sentences supporting the draft sentence under the
// cursor and opens the best one beside the draft, selected.
import * as vscode from 'vscode';
import type { LanguageClient, Location as LspLocation } from 'vscode-languageclient/node';
import { EVIDENCE_REQUEST, type EvidenceParams } from '../../../server/src/lsp/protocol';
import { COMMANDS, DRAFT_LANGUAGES } from '../constants';

export function registerOpenEvidence(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.openEvidence, () => openEvidence(client));
}

/** Resolves to the evidence found (best first), after opening the first; [] when there is none. */
export async function openEvidence(client: LanguageClient): Promise<vscode.Location[]> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !(DRAFT_LANGUAGES as readonly string[]).includes(editor.document.languageId)) {
    void vscode.window.showWarningMessage('Grounded: put the cursor on a sentence of a Markdown or plain-text draft.');
    return [];
  }
  const params: EvidenceParams = {
    uri: client.code2ProtocolConverter.asUri(editor.document.uri),
    position: client.code2ProtocolConverter.asPosition(editor.selection.active),
  };
  let result: LspLocation[] | null;
  try {
    result = await client.sendRequest<LspLocation[] | null>(EVIDENCE_REQUEST, params);
  } catch (e) {
    client.error('Looking up evidence failed', e, false);
    void vscode.window.showErrorMessage(`Grounded: looking up evidence failed: ${e instanceof Error ? e.message : String(e)}`);
    return [];
  }
  const locations = (result ?? []).map(l => client.protocol2CodeConverter.asLocation(l));
  if (locations.length === 0) {
    void vscode.window.showInformationMessage('Grounded: no source sentence supports the sentence under the cursor.');
    return [];
  }
  const [best] = locations;
  await vscode.window.showTextDocument(best.uri, {
    selection: best.range,
    viewColumn: vscode.ViewColumn.Beside,
    preview: true,
  });
  const target = vscode.window.activeTextEditor;
  if (target && target.document.uri.toString() === best.uri.toString()) {
    target.revealRange(best.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  if (locations.length > 1) {
    vscode.window.setStatusBarMessage(`Grounded: showing the best of ${locations.length} supporting source passages.`, 5000);
  }
  return locations;
}
