// The Grounded language server's custom protocol, shared by the server and the VS Code client (both bundle it).
import type { Location, Position, WorkDoneProgressParams } from 'vscode-languageserver-protocol';

/** Server → client, after each check of a draft: how many of its sentences a source supports. */
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
}
