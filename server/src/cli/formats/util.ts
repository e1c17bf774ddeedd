// Helpers the output formats share.
import type { Range } from '../../engine/types';
import type { ReportFinding } from '../report';

/** 1-based line and column of an LSP position, for humans and for GitHub; never below 1. */
export function oneBased(range: Range): { line: number; col: number; endLine: number; endCol: number } {
  const line = Math.max(0, range.start.line) + 1;
  const col = Math.max(0, range.start.character) + 1;
  const endLine = Math.max(line, Math.max(0, range.end.line) + 1);
  // LSP end is exclusive, so end.character + 1 is the 1-based column just after the range (SARIF's endColumn).
  let endCol = Math.max(0, range.end.character) + 1;
  if (endLine === line && endCol < col) endCol = col;
  return { line, col, endLine, endCol };
}

/** Line breaks and runs of whitespace around them become one space, for one-line output. */
export function oneLine(text: string): string {
  return text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ');
}

/** `text` cut to at most `max` code points, with an ellipsis when cut: at a word boundary when one is near the
 *  limit, never inside a surrogate pair. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let cut = max - 1;
  if (!/\s/.test(chars[cut])) {
    for (let i = cut; i > cut - 20 && i > 0; i--) {
      if (/\s/.test(chars[i - 1])) {
        cut = i - 1;
        break;
      }
    }
  }
  return chars.slice(0, cut).join('').trimEnd() + '…';
}

export type Tally = { errors: number; warnings: number; infos: number; total: number };

export function tally(findings: Iterable<ReportFinding>): Tally {
  const t: Tally = { errors: 0, warnings: 0, infos: 0, total: 0 };
  for (const f of findings) {
    t.total++;
    if (f.severity === 'error') t.errors++;
    else if (f.severity === 'warning') t.warnings++;
    else t.infos++;
  }
  return t;
}

export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}
