// `--format sarif`: SARIF 2.1.0, one run, for GitHub code scanning and other SARIF viewers.
// Kept within GitHub's documented subset: every result has a ruleId, a message and one physical location with a
// repository-relative uri and a region whose lines and columns are 1-based (startLine >= 1).
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Range, Severity } from '../../engine/types';
import { RULES } from '../../engine/rules';
import type { ReportFinding, RunReport } from '../report';
import { oneBased } from './util';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The project's home; rule help links are anchors in its README. */
export const GROUNDED_HOME = 'https://github.com/grounded-dev/grounded';
export const SRCROOT = '%SRCROOT%';
/**
 * The partialFingerprints key. GitHub code scanning matches results across runs by this key (with repository,
 * path and rule), so it holds a hash of rule + path + the flagged words, not of the line, and an alert survives
 * edits elsewhere in the paragraph. codeql-action/upload-sarif keeps a value it finds here but logs a warning for
 * each result whose value differs from the line hash it would have computed itself.
 */
export const FINGERPRINT_KEY = 'primaryLocationLineHash';
/** GitHub keeps at most this many related locations per result. */
const MAX_RELATED_LOCATIONS = 100;

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

interface Descriptor {
  id: ReportFinding['rule'];
  defaultSeverity: Severity;
  summary: string;
}

/** Findings the CLI reports besides the engine's rules. */
const CLI_RULES: Descriptor[] = [
  {
    id: 'no-sources',
    defaultSeverity: 'warning',
    summary: 'No source article was found or configured for the draft, so nothing in it could be checked.',
  },
  {
    id: 'source-error',
    defaultSeverity: 'error',
    summary: "The draft's sources could not be resolved or read (bad front matter, or a missing, unreadable or refused source).",
  },
];

/** The rules every SARIF log declares, in this order: ruleIndex points into it. */
export const SARIF_RULES: readonly Descriptor[] = [...Object.values(RULES), ...CLI_RULES];

export function helpUri(ruleId: string): string {
  return `${GROUNDED_HOME}#${ruleId}`;
}

/** A repository-relative path as a URI reference: each segment percent-encoded, slashes kept. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function region(range: Range) {
  const p = oneBased(range);
  return { startLine: p.line, startColumn: p.col, endLine: p.endLine, endColumn: p.endCol };
}

function fingerprintBase(ruleId: string, path: string, f: ReportFinding): string {
  const flagged = f.actual !== undefined && f.actual !== '' ? f.actual : f.message;
  return createHash('sha256').update(`${ruleId}\0${path}\0${flagged}`).digest('hex').slice(0, 32);
}

export function formatSarif(report: RunReport, options: { version?: string } = {}): string {
  const ruleIndex = new Map<string, number>(SARIF_RULES.map((r, i) => [r.id, i]));

  const artifacts: { location: { uri: string; uriBaseId: string }; roles?: string[] }[] = [];
  const artifactIndex = new Map<string, number>();
  const artifactLocation = (path: string, target = false) => {
    let i = artifactIndex.get(path);
    if (i === undefined) {
      i = artifacts.length;
      artifactIndex.set(path, i);
      artifacts.push({ location: { uri: pathToUri(path), uriBaseId: SRCROOT } });
    }
    if (target) artifacts[i].roles = ['analysisTarget'];
    return { uri: pathToUri(path), uriBaseId: SRCROOT, index: i };
  };

  const results: object[] = [];
  for (const file of report.files) {
    artifactLocation(file.path, true);
    for (const s of file.sources) artifactLocation(s);
    const seen = new Map<string, number>();
    for (const f of file.findings) {
      const base = fingerprintBase(f.rule, file.path, f);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const result: Record<string, unknown> = { ruleId: f.rule };
      const idx = ruleIndex.get(f.rule);
      if (idx !== undefined) result.ruleIndex = idx;
      result.level = LEVEL[f.severity] ?? 'warning';
      result.message = { text: f.message };
      result.locations = [{ physicalLocation: { artifactLocation: artifactLocation(file.path, true), region: region(f.range) } }];
      if (f.evidence.length > 0) {
        result.relatedLocations = f.evidence.slice(0, MAX_RELATED_LOCATIONS).map((ev, i) => ({
          id: i + 1,
          physicalLocation: { artifactLocation: artifactLocation(ev.source), region: region(ev.range) },
          message: { text: ev.quote },
        }));
      }
      result.partialFingerprints = { [FINGERPRINT_KEY]: `${base}:${n}` };
      const properties: Record<string, string> = {};
      if (f.actual !== undefined) properties.actual = f.actual;
      if (f.expected !== undefined) properties.expected = f.expected;
      if (Object.keys(properties).length > 0) result.properties = properties;
      results.push(result);
    }
  }

  const driver: Record<string, unknown> = { name: 'grounded', informationUri: GROUNDED_HOME };
  if (options.version) driver.version = options.version;
  driver.rules = SARIF_RULES.map((r) => ({
    id: r.id,
    shortDescription: { text: r.summary },
    helpUri: helpUri(r.id),
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
  }));

  const invocation: Record<string, unknown> = { executionSuccessful: report.errors.length === 0 };
  if (report.errors.length > 0) {
    invocation.toolExecutionNotifications = report.errors.map((e) => {
      const n: Record<string, unknown> = { level: 'error', message: { text: e.message } };
      if (e.path) n.locations = [{ physicalLocation: { artifactLocation: { uri: pathToUri(e.path), uriBaseId: SRCROOT } } }];
      return n;
    });
  }

  const run: Record<string, unknown> = { tool: { driver } };
  run.invocations = [invocation];
  if (report.root) {
    let rootUri = pathToFileURL(report.root).href;
    if (!rootUri.endsWith('/')) rootUri += '/';
    run.originalUriBaseIds = { [SRCROOT]: { uri: rootUri } };
  }
  run.artifacts = artifacts;
  run.results = results;
  run.columnKind = 'utf16CodeUnits';

  const log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
  return JSON.stringify(log, null, 2) + '\n';
}
