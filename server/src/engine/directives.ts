// Inline directives in a draft: `<!-- grounded-disable-next-line [rule ...] -->` silences the next line's findings
// (of the named rules, or all), `<!-- grounded-disable-line [rule ...] -->` its own line.
import type { LineMap } from './lineMap';
import type { RuleId } from './types';

const DIRECTIVE = /<!--\s*grounded-disable-(next-line|line)((?:\s+[\w-]+(?:\s*,)?)*)\s*-->/g;

/** Line number → the rules disabled on it (an empty set: every rule). */
export function disabledLines(text: string, lines: LineMap): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const at = lines.positionAt(m.index).line;
    const line = m[1] === 'next-line' ? lines.positionAt(m.index + m[0].length).line + 1 : at;
    const rules = m[2].split(/[\s,]+/).filter(Boolean);
    const set = out.get(line) ?? new Set<string>();
    if (rules.length === 0) set.add('*');
    for (const r of rules) set.add(r);
    out.set(line, set);
  }
  return out;
}

export function isDisabled(disabled: Map<number, Set<string>>, line: number, rule: RuleId): boolean {
  const set = disabled.get(line);
  return !!set && (set.has('*') || set.has(rule));
}
