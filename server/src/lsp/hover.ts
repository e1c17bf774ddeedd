// Hover on a draft. On flagged words: what is wrong, the source's value, and the supporting source sentence as
// a quote with a link to `source.txt:line`. On any other sentence: its best evidence ("Supported by ...") or
// "No supporting passage found".
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { Evidence, Finding, SentenceReport } from '../engine';
import { helpUri } from '../cli/formats/sarif';
import type { DraftCheck } from './checker';
import { evidenceLabel, evidenceUri } from './diagnostics';
import { locate } from './locate';

/** How many more evidence links a hover lists after the quoted one. */
const MORE_EVIDENCE = 3;

export function hoverAt(check: DraftCheck, offset: number, markdown: boolean): Hover | null {
  if (!check.result || check.root === undefined) return null;
  const root = check.root;
  const at = locate(check, offset);
  const fmt = markdown ? new MarkdownFormat(root) : new PlainFormat();
  if (at.findings.length > 0) {
    const parts = at.findings.map(f => findingHover(f, fmt));
    const range = at.findings[0].range;
    return { contents: content(parts.join(fmt.separator), markdown), range };
  }
  if (!at.sentence) return null;
  return { contents: content(sentenceHover(at.sentence, fmt), markdown), range: at.sentence.range };
}

function findingHover(f: Finding, fmt: Format): string {
  const lines = [`${fmt.rule(f.rule)} ${fmt.text(f.message)}`];
  if (f.expected === '') lines.push(`Fix: remove ${fmt.strong(f.actual)}`);
  else if (f.expected !== undefined) lines.push(`Source value: ${fmt.strong(f.expected)}`);
  const [best, ...more] = f.evidence;
  if (best) lines.push(fmt.quote(best), ...alsoIn(more, fmt));
  return lines.join(fmt.paragraph);
}

function sentenceHover(s: SentenceReport, fmt: Format): string {
  const [best, ...more] = s.evidence;
  if (!best) return 'No supporting passage found in the sources.';
  const head = s.supported ? 'Supported by' : 'Not fully supported. The closest passage is in';
  return [`${head} ${fmt.link(best)}:`, fmt.quote(best), ...alsoIn(more, fmt)].join(fmt.paragraph);
}

function alsoIn(more: Evidence[], fmt: Format): string[] {
  if (more.length === 0) return [];
  const shown = more.slice(0, MORE_EVIDENCE).map(e => fmt.link(e));
  const rest = more.length > MORE_EVIDENCE ? `, and ${more.length - MORE_EVIDENCE} more` : '';
  return [`Also: ${shown.join(', ')}${rest}`];
}

function content(value: string, markdown: boolean): MarkupContent {
  return { kind: markdown ? 'markdown' : 'plaintext', value };
}

interface Format {
  paragraph: string;
  separator: string;
  rule(id: string): string;
  text(s: string): string;
  strong(s: string): string;
  link(e: Evidence): string;
  /** The evidence sentence quoted, followed by its link. */
  quote(e: Evidence): string;
}

class MarkdownFormat implements Format {
  paragraph = '\n\n';
  separator = '\n\n---\n\n';
  constructor(private readonly root: string) {}
  rule(id: string): string {
    return `[${id}](${helpUri(id)}):`;
  }
  text(s: string): string {
    return escapeMarkdown(s);
  }
  strong(s: string): string {
    return `**${escapeMarkdown(s)}**`;
  }
  link(e: Evidence): string {
    const { line, character } = e.range.start;
    return `[${escapeMarkdown(evidenceLabel(e))}](${evidenceUri(this.root, e)}#L${line + 1},${character + 1})`;
  }
  quote(e: Evidence): string {
    return `> ${escapeMarkdown(e.quote)}\n>\n> — ${this.link(e)}`;
  }
}

class PlainFormat implements Format {
  paragraph = '\n\n';
  separator = '\n\n———\n\n';
  rule(id: string): string {
    return `${id}:`;
  }
  text(s: string): string {
    return s;
  }
  strong(s: string): string {
    return s;
  }
  link(e: Evidence): string {
    return evidenceLabel(e);
  }
  quote(e: Evidence): string {
    return `“${e.quote}”\n— ${evidenceLabel(e)}`;
  }
}

/** Escapes what Markdown would read as syntax in running text (a quote from a source is text, not Markdown). */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>|~#]/g, '\\$&').replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+]) /, '\\$1 ');
}
