// `--format json`: the RunReport as is, `files` first. Tooling relies on this shape (see ../report.ts): fields may
// be added, none removed or renamed. Ranges are LSP ranges (0-based line, UTF-16 character).
import type { RunReport } from '../report';

export function formatJson(report: RunReport): string {
  const { files, errors, ...rest } = report;
  return JSON.stringify({ files, errors, ...rest }, null, 2) + '\n';
}
