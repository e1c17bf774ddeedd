// Findings and source problems as LSP diagnostics: one per finding, on the finding's exact words, with the rule
// as `code`, a link to the rule's section of the README, and the evidence as related information.
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { GROUNDED_HOME, helpUri } from '../cli/formats/sarif';
import type { Evidence, Finding, Range, Severity } from '../engine';
import { DIAGNOSTIC_SOURCE, NOT_CHECKED_CODE, SOURCE_ERROR_CODE, type DiagnosticData } from './protocol';
import { pathToUri } from './uri';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What the client can show (textDocument.publishDiagnostics capabilities). */
export interface DiagnosticSupport {
  relatedInformation: boolean;
  codeDescription: boolean;
}

/** Where a source-error diagnostic links: the README section on which sources a draft is checked against
 *  (the README has no section named after source-error). */
export const SOURCES_HELP = `${GROUNDED_HOME}#which-sources-a-draft-is-checked-against`;

export const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The file URI of a piece of evidence (its `source` is relative to the workspace root). */
export function evidenceUri(root: string, e: Evidence): string {
  // Worked out once per root and source: every check makes the diagnostics of the whole draft again, and making a URL
  // per piece of evidence was about 4% of the server's busy time per keystroke (edit bench, CPU profile).
  const key = `${root}\u0000${e.source}`;
  let uri = evidenceUris.get(key);
  if (uri === undefined) {
    if (evidenceUris.size >= EVIDENCE_URIS_KEPT) evidenceUris.clear();
    uri = pathToUri(path.resolve(root, e.source));
    evidenceUris.set(key, uri);
  }
  return uri;
}

const evidenceUris = new Map<string, string>();
const EVIDENCE_URIS_KEPT = 10_000;

/** `article.txt:8`: the evidence's source and 1-based line, as links and messages show it. */
export function evidenceLabel(e: Evidence): string {
  return `${e.source}:${e.range.start.line + 1}`;
}

export function findingDiagnostic(f: Finding, root: string, support: DiagnosticSupport): Diagnostic {
  const data: DiagnosticData = { rule: f.rule, actual: f.actual, ...(f.expected === undefined ? {} : { expected: f.expected }) };
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.rule,
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    data,
  };
  if (support.codeDescription) d.codeDescription = { href: helpUri(f.rule) };
  if (support.relatedInformation && f.evidence.length > 0) {
    d.relatedInformation = f.evidence.map((e): DiagnosticRelatedInformation => ({
      location: { uri: evidenceUri(root, e), range: e.range },
      message: `${evidenceLabel(e)}: ${shorten(e.quote, 200)}`,
    }));
  }
  return d;
}

/** A source, front matter or config problem (code source-error): the draft cannot be checked. */
export function problemDiagnostic(message: string, range: Range | undefined, support: DiagnosticSupport): Diagnostic {
  const d: Diagnostic = {
    range: range ?? ZERO_RANGE,
    severity: DiagnosticSeverity.Error,
    code: SOURCE_ERROR_CODE,
    source: DIAGNOSTIC_SOURCE,
    message,
    data: { rule: SOURCE_ERROR_CODE } satisfies DiagnosticData,
  };
  if (support.codeDescription) d.codeDescription = { href: SOURCES_HELP };
  return d;
}

/** The document is not checked (binary, too large): a warning on its first line. */
export function notCheckedDiagnostic(message: string): Diagnostic {
  return {
    range: ZERO_RANGE,
    severity: DiagnosticSeverity.Warning,
    code: NOT_CHECKED_CODE,
    source: DIAGNOSTIC_SOURCE,
    message,
    data: { rule: NOT_CHECKED_CODE } satisfies DiagnosticData,
  };
}

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
