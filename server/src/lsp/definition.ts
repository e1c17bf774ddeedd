// Go to Definition (and grounded/evidence) on a draft: from a claim or sentence to the source sentences that
// support or contradict it, best first: a flagged claim's evidence, then every candidate sentence of its
// sentence, in every source. On a `sources:` entry of the front matter: the source file itself.
import type { Location, Position } from 'vscode-languageserver';
import type { Evidence } from '../engine';
import type { DraftCheck } from './checker';
import { evidenceUri } from './diagnostics';
import { locate } from './locate';
import { pathToUri } from './uri';

export function evidenceLocations(check: DraftCheck, offset: number, position: Position): Location[] {
  for (const entry of check.sourceEntries) {
    if (contains(entry.range, position)) {
      return [{ uri: pathToUri(entry.file), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
    }
  }
  if (!check.result || check.root === undefined) return [];
  const root = check.root;
  const at = locate(check, offset);
  const evidence: Evidence[] = [];
  // A flagged claim's own evidence first (what it contradicts), then every candidate of its sentence.
  for (const f of at.findings) evidence.push(...f.evidence);
  if (at.sentence) evidence.push(...at.sentence.evidence);
  const seen = new Set<string>();
  const out: Location[] = [];
  for (const e of evidence) {
    const location = { uri: evidenceUri(root, e), range: e.range };
    const key = `${location.uri}#${e.span.start}-${e.span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(location);
  }
  return out;
}

function contains(range: { start: Position; end: Position }, p: Position): boolean {
  const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(p, range.start) && after(range.end, p);
}
