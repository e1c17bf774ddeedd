// `--format stylish` (the default): ESLint-stylish-like output for people. Lines and columns are 1-based here;
// colour (ANSI escapes, no dependency) only when asked for.
import type { ReportFinding, RunReport } from '../report';
import { oneBased, oneLine, plural, shorten, tally } from './util';

/** Evidence quotes longer than this (in code points) are cut, with an ellipsis. */
export const MAX_QUOTE_LENGTH = 160;

type Paint = (codes: string, text: string) => string;

export function formatStylish(report: RunReport, options: { color?: boolean } = {}): string {
  const paint: Paint = options.color ? (codes, text) => (text ? `\x1b[${codes}m${text}\x1b[0m` : text) : (_c, text) => text;
  const sevColour = { error: '31', warning: '33', info: '36' } as const;
  const out: string[] = [];

  for (const file of report.files) {
    out.push(paint('4', file.path));
    const rows = file.findings.map((f) => row(f));
    const lineW = Math.max(0, ...rows.map((r) => r.line.length));
    const colW = Math.max(0, ...rows.map((r) => r.col.length));
    const sevW = Math.max(0, ...rows.map((r) => r.severity.length));
    const msgW = Math.max(0, ...rows.map((r) => r.message.length));
    rows.forEach((r, i) => {
      const f = file.findings[i];
      const loc = `${r.line.padStart(lineW)}:${r.col.padEnd(colW)}`;
      out.push(
        `  ${paint('2', loc)}  ${paint(sevColour[f.severity] ?? '0', r.severity.padEnd(sevW))}  ${r.message.padEnd(msgW)}  ${paint('2', r.rule)}`,
      );
      const ev = f.evidence[0];
      if (ev) {
        const quote = shorten(oneLine(ev.quote), MAX_QUOTE_LENGTH);
        out.push(paint('2', `    ${ev.source}:${Math.max(0, ev.range.start.line) + 1}: “${quote}”`));
      }
    });
    if (file.findings.length === 0) out.push(`  ${paint('32', '✔')} no problems`);
    if (file.sentences) out.push(`  ${file.sentences.supported}/${file.sentences.total} sentences supported`);
    out.push('');
  }

  const t = tally(report.files.flatMap((f) => f.findings));
  if (t.total === 0) {
    out.push(paint('1;32', '✔ no problems'));
  } else {
    const parts = [plural(t.errors, 'error'), plural(t.warnings, 'warning')];
    if (t.infos > 0) parts.push(`${t.infos} info`);
    const colour = t.errors > 0 ? '1;31' : t.warnings > 0 ? '1;33' : '1;36';
    out.push(paint(colour, `✖ ${plural(t.total, 'problem')} (${parts.join(', ')})`));
  }

  if (report.errors.length > 0) {
    out.push('');
    out.push(paint('1;31', `✖ ${plural(report.errors.length, 'run error')}:`));
    for (const e of report.errors) out.push(`  ${e.path ? `${e.path}: ` : ''}${oneLine(e.message)}`);
  }
  return out.join('\n') + '\n';
}

function row(f: ReportFinding): { line: string; col: string; severity: string; message: string; rule: string } {
  const p = oneBased(f.range);
  return { line: String(p.line), col: String(p.col), severity: f.severity, message: oneLine(f.message), rule: f.rule };
}
