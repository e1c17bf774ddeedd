// The shape of a `grounded check` run, as every output format sees it. The JSON format prints it as is
// (its shape is relied on by tooling: extra fields may be added, none removed or renamed).
import type { Range, RuleId, Severity } from '../engine/types';

export interface ReportEvidence {
  source: string;
  quote: string;
  range: Range;
}

export interface ReportFinding {
  rule: RuleId | 'no-sources' | 'source-error';
  severity: Severity;
  message: string;
  range: Range;
  /** The draft's words at range. */
  actual?: string;
  expected?: string;
  evidence: ReportEvidence[];
}

export interface FileReport {
  /** Draft path relative to the workspace root, with forward slashes. */
  path: string;
  /** Source paths relative to the workspace root, with forward slashes. */
  sources: string[];
  findings: ReportFinding[];
  /** Sentences in the draft and how many have supporting evidence. */
  sentences?: { total: number; supported: number };
}

/** A problem that stopped a file from being checked (missing, unreadable or binary file, source refused, bad config). */
export interface RunError {
  path?: string;
  message: string;
}

export interface RunReport {
  /** Absolute path of the workspace root the paths are relative to. */
  root: string;
  files: FileReport[];
  errors: RunError[];
}
