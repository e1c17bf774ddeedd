// Reads a draft's YAML front matter: a block fenced by `---` lines at the very start of the file.
//   ---
//   title: Kim meets Putin
//   sources: [../sources/reuters.txt, ../sources/ap.txt]    # or a single path; relative to the draft's folder
//   ---
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { LineMap } from '../engine/lineMap';
import type { Range, Span } from '../engine/types';

export interface FrontMatterSource {
  /** As written, relative to the draft's folder (may be a glob). */
  path: string;
  /** Where the entry is written, for diagnostics. */
  range: Range;
}

export interface FrontMatter {
  /** The whole block, from the opening `---` to the end of the closing `---` (its line break excluded). */
  span: Span;
  range: Range;
  /** The parsed YAML (null for an empty block). */
  data: unknown;
  /** The `sources:` entries; undefined when the key is absent or null. */
  sources?: FrontMatterSource[];
  /** The `sources:` key and its value, for diagnostics about the whole list. */
  sourcesRange?: Range;
}

/** Front matter that cannot be used. `line` is 0-based like `range`; `message` says the line 1-based. */
export class FrontMatterError extends Error {
  override readonly name = 'FrontMatterError';
  constructor(
    readonly reason: string,
    readonly range: Range,
  ) {
    super(`front matter, line ${range.start.line + 1}: ${reason}`);
  }
  get line(): number {
    return this.range.start.line;
  }
}

const OPENING = /^---[ \t]*(?:\r\n|\n|\r)/;
const CLOSING = /^---[ \t]*$/;

/** Where the front matter block lies, without parsing it; undefined when the text has none (no `---` first
 *  line, or no closing `---`). */
export function findFrontMatter(text: string): { span: Span; yamlStart: number; yamlEnd: number } | undefined {
  const open = OPENING.exec(text);
  if (!open) return undefined;
  let lineStart = open[0].length;
  while (lineStart <= text.length) {
    const m = /\r\n|\n|\r/g;
    m.lastIndex = lineStart;
    const br = m.exec(text);
    const lineEnd = br ? br.index : text.length;
    if (CLOSING.test(text.slice(lineStart, lineEnd))) {
      return { span: { start: 0, end: lineEnd }, yamlStart: open[0].length, yamlEnd: lineStart };
    }
    if (!br) break;
    lineStart = br.index + br[0].length;
  }
  return undefined;
}

/** Parses the front matter of `text`; undefined when there is none. Throws FrontMatterError for malformed YAML
 *  or a `sources` value that is not a path or a list of paths. */
export function parseFrontMatter(text: string): FrontMatter | undefined {
  const found = findFrontMatter(text);
  if (!found) return undefined;
  const lines = new LineMap(text);
  const { yamlStart, yamlEnd } = found;
  const rangeAt = (start: number, end: number): Range => lines.rangeOf({ start: yamlStart + start, end: yamlStart + end });
  const yaml = text.slice(yamlStart, yamlEnd);
  const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    // An error at the end of the YAML (an unclosed bracket or quote) is shown on its last character, not on the
    // closing fence.
    const last = Math.max(0, yaml.trimEnd().length - 1);
    const start = Math.min(err.pos[0], last);
    throw new FrontMatterError(`invalid YAML: ${err.message}`, rangeAt(start, Math.max(start, Math.min(err.pos[1], last + 1))));
  }
  const result: FrontMatter = { span: found.span, range: lines.rangeOf(found.span), data: doc.toJS() };
  if (!isMap(doc.contents)) return result;
  const pair = doc.contents.items.find(p => isScalar(p.key) && p.key.value === 'sources');
  if (!pair) return result;
  const keyNode = pair.key as YamlNode;
  const value = pair.value as YamlNode | null;
  const keyStart = keyNode.range?.[0] ?? 0;
  const valueEnd = value?.range?.[1] ?? keyNode.range?.[1] ?? keyStart;
  result.sourcesRange = rangeAt(keyStart, valueEnd);
  if (value === null || (isScalar(value) && value.value === null)) return result;
  const bad = (node: YamlNode, why: string): never => {
    const r = node.range ?? [keyStart, valueEnd];
    throw new FrontMatterError(why, rangeAt(r[0], r[1]));
  };
  const entry = (node: unknown): FrontMatterSource => {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      return bad((node as YamlNode) ?? value, '"sources" must be a path or a list of paths (relative to the draft\'s folder)');
    }
    const r = node.range ?? [keyStart, valueEnd];
    return { path: node.value.trim(), range: rangeAt(r[0], r[1]) };
  };
  result.sources = isSeq(value) ? value.items.map(entry) : [entry(value)];
  return result;
}
