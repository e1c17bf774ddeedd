// The Grounded language server's custom protocol, shared by the server and the client (both bundle it; import
// the constants from here rather than repeating the strings). Everything else is plain LSP.
//
//   grounded/status          notification, server → client, after a check of an open document that changed its
//                            status (the first check of a document always does): { uri, total, supported,
//                            hasSources, problem? }; a check leaving the status as last sent sends none.
//                            total/supported count the draft's sentences ("Grounded: 12/14 sentences supported").
//                            hasSources is false when the document is not checked against anything (no sources
//                            named anywhere, or it is itself a source of another open draft): hide the status item.
//                            `problem` is set when the draft names sources that cannot be used (its diagnostics say
//                            which and why); total and supported are then 0, as for a draft not checked because
//                            it looks binary or is too large (hasSources true, no problem).
//   grounded/evidence        request, client → server: { uri, position } → Location[]
//                            the evidence of the claim or sentence at `position`, best first (what Go to Definition
//                            returns); [] when there is none. For the client's "Open evidence" command.
//   grounded/checkWorkspace  request, client → server: { workDoneToken? } → CheckWorkspaceResult
//                            checks every draft of every workspace folder as `grounded check` without file
//                            arguments would (the drafts named by .grounded.json's keys, else all Markdown; files
//                            that are sources of others skipped), publishes diagnostics for each, returns counts.
//                            Progress ($/progress begin/report/end) on the client's workDoneToken, else on one the
//                            server creates when the client supports window.workDoneProgress.
//
// Settings (section "grounded", pulled with workspace/configuration, or pushed in didChangeConfiguration as
// { grounded: {...} }; also read from initializationOptions: { settings: {...} } (the VS Code client's),
// { grounded: {...} } or flat):
//   grounded.sources     string[]  source paths or globs, relative to the workspace root, for drafts whose front
//                                  matter and .grounded.json name none (precedence: front matter > .grounded.json >
//                                  this setting)
//   grounded.rules       { [ruleId]: "error" | "warning" | "info" | "off" }  overrides .grounded.json's "rules"
//   grounded.debounceMs  number    delay between the last edit and the re-check, in ms (default 150)
//
// Diagnostics: source "grounded"; code = the rule id, "source-error" for a front matter, source or
// .grounded.json that cannot be used (an error), or "not-checked" for a binary-looking or too large draft (a
// warning); codeDescription.href = the rule's section of the README (source-error: its section on sources);
// data = DiagnosticData; relatedInformation = the evidence in the sources, best first.
// Code action kinds: "quickfix" (Replace with source value, Disable <rule> for this line) and
// "source.fixAll.grounded" (every "Replace with source value" of the document in one edit).
import type { Location, Position, WorkDoneProgressParams } from 'vscode-languageserver-protocol';

/** Server → client, after a check of a draft that changed its status: how many of its sentences a source supports. */
export const STATUS_NOTIFICATION = 'grounded/status';

export interface StatusParams {
  /** The draft's document URI. */
  uri: string;
  /** Sentences checked. */
  total: number;
  /** Sentences with supporting evidence in a source. */
  supported: number;
  /** False when the draft has no sources (no front matter `sources:`, no config mapping, no setting). */
  hasSources: boolean;
  /** Why the draft could not be checked although it names sources, e.g. "cannot use the source a.txt: no such file". */
  problem?: string;
}

/** Client → server: the source sentences supporting the draft sentence at `position`. */
export const EVIDENCE_REQUEST = 'grounded/evidence';

export interface EvidenceParams {
  uri: string;
  position: Position;
}

/** Best evidence first; empty when the sentence has none. */
export type EvidenceResult = Location[];

/** Client → server: check every draft of the workspace and publish their diagnostics. The client may pass a
 *  `workDoneToken` for the server to report progress on (`$/progress`, WorkDoneProgress begin/report/end). */
export const CHECK_WORKSPACE_REQUEST = 'grounded/checkWorkspace';

export type CheckWorkspaceParams = WorkDoneProgressParams;

export interface CheckWorkspaceResult {
  /** Drafts checked (files with sources). */
  drafts: number;
  /** Findings by severity, over all drafts. */
  errors: number;
  warnings: number;
  infos: number;
  /** Drafts found in the workspace folders, checked or not. */
  found?: number;
  /** Drafts with no sources named anywhere (not checked). */
  withoutSources?: number;
  /** Drafts whose front matter or sources cannot be used (one source-error diagnostic each at least). */
  withProblems?: number;
}

/** The code action kind of "replace every mismatch in this document with the source's value". */
export const FIX_ALL_KIND = 'source.fixAll.grounded';
/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'grounded';
/** The diagnostic code of a front matter, source or .grounded.json that cannot be used. */
export const SOURCE_ERROR_CODE = 'source-error';
/** The diagnostic code of a draft that is not checked because it looks binary or is too large. */
export const NOT_CHECKED_CODE = 'not-checked';

/** `Diagnostic.data` of a diagnostic. */
export interface DiagnosticData {
  /** The rule id, or SOURCE_ERROR_CODE. */
  rule: string;
  /** The draft's words at the diagnostic's range. */
  actual?: string;
  /** The source's value, for "Replace with source value". */
  expected?: string;
}
