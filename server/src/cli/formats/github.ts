// `--format github`: GitHub Actions workflow commands, one annotation per finding, e.g.
//   ::error file=drafts/a.md,line=3,col=11,endLine=3,endColumn=19,title=number-mismatch::Draft says …
// Lines and columns are 1-based; endColumn is the column just after the flagged words (as in SARIF). GitHub only
// takes columns on one-line annotations, so a range over several lines gets line and endLine only.
import type { RunReport } from '../report';
import { oneBased } from './util';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escapes a command's message, as the Actions runner expects. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command's property value: as data, and also `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(report: RunReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of file.findings) {
      const p = oneBased(f.range);
      const props: [string, string | number][] = [['file', file.path], ['line', p.line]];
      if (p.endLine === p.line) props.push(['col', p.col]);
      props.push(['endLine', p.endLine]);
      if (p.endLine === p.line) props.push(['endColumn', p.endCol]);
      props.push(['title', f.rule]);
      let message = f.message;
      const ev = f.evidence[0];
      if (ev) message += `\n${ev.source}:${Math.max(0, ev.range.start.line) + 1}: “${ev.quote}”`;
      const propText = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      lines.push(`::${COMMAND[f.severity] ?? 'warning'} ${propText}::${escapeData(message)}`);
    }
  }
  for (const e of report.errors) lines.push(`::error::${escapeData(e.path ? `${e.path}: ${e.message}` : e.message)}`);
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
