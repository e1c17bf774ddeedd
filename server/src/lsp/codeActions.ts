// Code actions on a draft: "Replace with source value" for a mismatch (an edit of the exact words; "Remove" for an
// added negation), "Disable
// <rule> for this line" (a `<!-- grounded-disable-next-line RULE -->` line above it, or the rule added to such a
// line already there), and "Replace every mismatch with the source's value" (source.fixAll.grounded).
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine';
import type { DraftCheck } from './checker';
import { FIX_ALL_KIND } from './protocol';

export const REPLACE_TITLE = 'Replace with source value';
export const REMOVE_TITLE = 'Remove';
export const FIX_ALL_TITLE = "Replace every mismatch with the source's value";

export interface CodeActionOptions {
  /** The client applies versioned `documentChanges` (else plain `changes`). */
  documentChanges: boolean;
}

const NEXT_LINE_DIRECTIVE = /^(\s*<!--\s*grounded-disable-next-line)((?:\s+[\w-]+(?:\s*,)?)*)(\s*-->\s*)$/;

/** `check` must be of `doc`'s current version: the edits are made from its spans. */
export function codeActions(check: DraftCheck, doc: TextDocument, range: Range, context: CodeActionContext, options: CodeActionOptions): CodeAction[] {
  const result = check.result;
  if (!result || check.version !== doc.version) return [];
  const wants = (kind: string) => !context.only || context.only.some(o => kind === o || kind.startsWith(`${o}.`));
  const findings = result.findings.filter(f => overlaps(f.range, range));
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]): WorkspaceEdit => workspaceEdit(doc, edits, options);

  if (wants(CodeActionKind.QuickFix)) {
    for (const f of findings) {
      if (!isFixable(f)) continue;
      actions.push({
        title: f.expected === '' ? `${REMOVE_TITLE} "${f.actual}"` : `${REPLACE_TITLE} "${f.expected}"`,
        kind: CodeActionKind.QuickFix,
        diagnostics: matching(context.diagnostics, f),
        isPreferred: true,
        edit: edit([fixEdit(doc, f)]),
      });
    }
    const disabled = new Set<string>();
    for (const f of findings) {
      const line = f.range.start.line;
      const key = `${line}\u0000${f.rule}`;
      if (disabled.has(key)) continue;
      disabled.add(key);
      const e = disableEdit(doc, line, f.rule);
      if (!e) continue;
      actions.push({
        title: `Disable ${f.rule} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: matching(context.diagnostics, f),
        edit: edit([e]),
      });
    }
  }

  const fixable = result.findings.filter(isFixable);
  if (fixable.length > 0 && wants(FIX_ALL_KIND)) {
    const edits: TextEdit[] = [];
    let end = -1;
    for (const f of [...fixable].sort((a, b) => a.span.start - b.span.start)) {
      if (f.span.start < end) continue; // overlapping fixes: the first wins
      edits.push(fixEdit(doc, f));
      end = f.span.end;
    }
    actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: edit(edits) });
  }
  return actions;
}

function isFixable(f: Finding): boolean {
  return f.expected !== undefined && f.expected !== f.actual && (f.expected !== '' || f.actual !== '');
}

/** The finding's words replaced by the source's; an empty replacement removes the words with one space beside
 *  them ("was not arrested" → "was arrested"). */
function fixEdit(doc: TextDocument, f: Finding): TextEdit {
  if (f.expected !== '') return { range: f.range, newText: f.expected! };
  const text = doc.getText();
  let start = f.span.start;
  let end = f.span.end;
  if (text[end] === ' ') end++;
  else if (text[start - 1] === ' ') start--;
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText: '' };
}

/** The edit that silences `rule` on `line`. Undefined when a directive above already silences it. */
export function disableEdit(doc: TextDocument, line: number, rule: string): TextEdit | undefined {
  const text = lineText(doc, line);
  if (line > 0) {
    const above = lineText(doc, line - 1);
    const m = NEXT_LINE_DIRECTIVE.exec(above);
    if (m) {
      const rules = m[2].split(/[\s,]+/).filter(Boolean);
      if (rules.length === 0 || rules.includes(rule)) return undefined;
      const at = m[1].length + m[2].length;
      return { range: { start: { line: line - 1, character: at }, end: { line: line - 1, character: at } }, newText: ` ${rule}` };
    }
  }
  const indent = /^[ \t]*/.exec(text)![0];
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}<!-- grounded-disable-next-line ${rule} -->${eol}`,
  };
}

function lineText(doc: TextDocument, line: number): string {
  const start = doc.offsetAt({ line, character: 0 });
  const end = line + 1 < doc.lineCount ? doc.offsetAt({ line: line + 1, character: 0 }) : doc.getText().length;
  return doc.getText().slice(start, end).replace(/\r?\n$|\r$/, '');
}

function workspaceEdit(doc: TextDocument, edits: TextEdit[], options: CodeActionOptions): WorkspaceEdit {
  if (options.documentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  return { changes: { [doc.uri]: edits } };
}

/** The client's diagnostics that are this finding's. */
function matching(diagnostics: Diagnostic[], f: Finding): Diagnostic[] {
  return diagnostics.filter(d => d.code === f.rule && sameRange(d.range, f.range));
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: { line: number; character: number }, y: { line: number; character: number }) =>
    x.line < y.line || (x.line === y.line && x.character < y.character);
  // a ends before b starts, or b ends before a starts (touching counts as overlapping: the cursor at a word's end)
  return !(before(a.end, b.start) || before(b.end, a.start));
}
