// Adds a source path to a draft's YAML front matter, as a text edit that keeps everything else as written:
//   no front matter          → prepends `---\nsources: [path]\n---\n`
//   no `sources:` key        → adds `sources: [path]` before the closing `---`
//   `sources:` (empty)       → `sources: [path]`
//   `sources: a.txt`         → `sources: [a.txt, path]`
//   `sources: [a.txt]`       → `sources: [a.txt, path]`
//   `sources:\n  - a.txt`    → adds `  - path` after the last item
// Pure (no vscode): the command turns the result into a WorkspaceEdit.
import { isMap, isScalar, isSeq, parseDocument, parse as parseYaml, type Node as YamlNode, type Pair } from 'yaml';
import { findFrontMatter } from '../../server/src/workspace/frontMatter';

/** Replace text.slice(start, end) with newText (UTF-16 offsets). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export type AddSourceResult =
  | { kind: 'added'; edit: TextEdit; text: string }
  /** The path is already listed: nothing to do. */
  | { kind: 'unchanged'; text: string };

/** The front matter can't be edited safely (malformed YAML, `sources` of another shape). */
export class FrontMatterEditError extends Error {
  override readonly name = 'FrontMatterEditError';
}

/** Adds `source` (a path relative to the draft's folder, forward slashes) to the draft's `sources:`. Throws
 *  FrontMatterEditError when the existing front matter can't be edited without guessing. */
export function addSourceToFrontMatter(text: string, source: string): AddSourceResult {
  if (source.trim() === '') throw new FrontMatterEditError('the source path is empty');
  const eol = lineBreakOf(text);
  const item = yamlScalar(source);
  const found = findFrontMatter(text);
  if (!found) {
    return added(text, { start: 0, end: 0, newText: `---${eol}sources: [${item}]${eol}---${eol}` });
  }

  const { yamlStart, yamlEnd } = found;
  const yaml = text.slice(yamlStart, yamlEnd);
  const doc = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new FrontMatterEditError(`the front matter is not valid YAML (${doc.errors[0].message.split('\n')[0]}); fix it first`);
  }
  // A new `sources:` line goes just before the closing fence (yamlEnd is the start of the fence's line).
  const newKeyLine: TextEdit = { start: yamlEnd, end: yamlEnd, newText: `sources: [${item}]${eol}` };
  const contents = doc.contents as YamlNode | null;
  if (contents === null || (isScalar(contents) && contents.value === null)) return added(text, newKeyLine);
  if (!isMap(contents)) throw new FrontMatterEditError('the front matter is not a list of `key: value` lines');
  if (contents.flow) throw new FrontMatterEditError('the front matter is a `{...}` mapping; add the source by hand');

  const pair = contents.items.find(p => isScalar(p.key) && p.key.value === 'sources') as Pair<YamlNode, YamlNode | null> | undefined;
  if (!pair) return added(text, newKeyLine);
  const at = (offset: number) => yamlStart + offset;
  const value = pair.value;

  // `sources:` with no value (or an explicit null): put a flow list right after the colon.
  if (value === null || (isScalar(value) && value.value === null && sourceOf(yaml, value).trim() === '')) {
    const keyEnd = pair.key.range![1];
    const colon = yaml.indexOf(':', keyEnd);
    return added(text, { start: at(colon + 1), end: at(colon + 1), newText: ` [${item}]` });
  }
  if (isScalar(value) && value.value === null) {
    // `sources: null` or `sources: ~`
    const [s, e] = value.range!;
    return added(text, { start: at(s), end: at(e), newText: `[${item}]` });
  }

  if (isScalar(value)) {
    if (typeof value.value !== 'string') {
      throw new FrontMatterEditError('`sources` must be a path or a list of paths');
    }
    if (samePath(value.value, source)) return { kind: 'unchanged', text };
    const [s, e] = value.range!;
    const written = yaml.slice(s, e);
    // Keep a one-line plain or quoted scalar as written; rewrite block scalars (`|`, `>`) and multi-line ones.
    const keep = !/[\r\n]/.test(written) && !/^[|>]/.test(written) && isFlowSafe(written);
    return added(text, { start: at(s), end: at(e), newText: `[${keep ? written : yamlScalar(value.value)}, ${item}]` });
  }

  if (isSeq(value)) {
    const items = value.items as YamlNode[];
    for (const it of items) {
      if (!isScalar(it) || typeof it.value !== 'string') {
        throw new FrontMatterEditError('`sources` must be a list of paths');
      }
      if (samePath(it.value, source)) return { kind: 'unchanged', text };
    }
    if (value.flow) {
      if (items.length > 0) {
        const lastEnd = items[items.length - 1].range![1];
        return added(text, { start: at(lastEnd), end: at(lastEnd), newText: `, ${item}` });
      }
      // `[]`: insert before the closing bracket.
      const close = yaml.lastIndexOf(']', value.range![1]);
      return added(text, { start: at(close), end: at(close), newText: item });
    }
    // Block list: a new `- item` line after the last item's line, indented like it.
    const last = items[items.length - 1];
    const lastStart = last.range![0];
    const lineStart = lineStartBefore(yaml, lastStart);
    const dash = /^([ \t]*)-(\s+)/.exec(yaml.slice(lineStart));
    const indent = dash ? dash[1] : '';
    const gap = dash ? dash[2].replace(/[\r\n].*$/s, '') || ' ' : ' ';
    const lineEnd = lineEndAfter(yaml, last.range![1]);
    return added(text, { start: at(lineEnd), end: at(lineEnd), newText: `${eol}${indent}-${gap}${item}` });
  }

  throw new FrontMatterEditError('`sources` must be a path or a list of paths');
}

/** Applies an edit to a string. */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

/** The smallest single edit turning `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a CRLF pair or a surrogate pair.
  while (start > 0 && (isLowSurrogate(before.charCodeAt(start)) || (before[start] === '\n' && before[start - 1] === '\r'))) start--;
  while (end > 0 && (isLowSurrogate(before.charCodeAt(before.length - end)) || (before[before.length - end] === '\n' && before[before.length - end - 1] === '\r'))) end--;
  return { start, end: before.length - end, newText: after.slice(start, after.length - end) };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** `p` written as a YAML scalar that is safe in a flow list: plain when that reads back as the same string,
 *  else double-quoted (JSON strings are valid YAML). */
export function yamlScalar(p: string): string {
  if (isFlowSafe(p)) {
    try {
      if (parseYaml(`[${p}]`)?.[0] === p) return p;
    } catch {
      // quote it
    }
  }
  return JSON.stringify(p);
}

function isFlowSafe(s: string): boolean {
  if (/^["']/.test(s)) return true; // already quoted: flow-safe as a whole
  return /^[^\s\-?:,[\]{}#&*!|>'"%@`][^,[\]{}]*$/.test(s) && !/:\s|\s#|\s$/.test(s);
}

function added(text: string, edit: TextEdit): AddSourceResult {
  return { kind: 'added', edit, text: applyEdit(text, edit) };
}

function samePath(a: string, b: string): boolean {
  const norm = (p: string) => p.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  return norm(a) === norm(b);
}

function sourceOf(yaml: string, node: YamlNode): string {
  const r = node.range;
  return r ? yaml.slice(r[0], r[1]) : '';
}

function lineBreakOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

function lineStartBefore(s: string, offset: number): number {
  let i = offset;
  while (i > 0 && s[i - 1] !== '\n' && s[i - 1] !== '\r') i--;
  return i;
}

function lineEndAfter(s: string, offset: number): number {
  // An item's range can end after its line break (a trailing comment, or the node's own end); step back to the
  // end of the line that holds the item's last character.
  let i = Math.max(0, Math.min(offset, s.length));
  while (i > 0 && (s[i - 1] === '\n' || s[i - 1] === '\r')) i--;
  while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
  return i;
}
