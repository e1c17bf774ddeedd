// The output formats of `grounded check`. Each turns a RunReport (../report.ts) into the text to print.
import type { RunReport } from '../report';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export type OutputFormat = 'stylish' | 'json' | 'sarif' | 'github';
export const OUTPUT_FORMATS: OutputFormat[] = ['stylish', 'json', 'sarif', 'github'];

export interface FormatOptions {
  /** ANSI colour in the stylish format. */
  color?: boolean;
  /** Tool version recorded in SARIF (tool.driver.version). */
  version?: string;
}

export function isOutputFormat(s: string): s is OutputFormat {
  return (OUTPUT_FORMATS as string[]).includes(s);
}

export function formatReport(report: RunReport, format: OutputFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'stylish':
      return formatStylish(report, options);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, options);
    case 'github':
      return formatGithub(report);
    default: {
      const never: never = format;
      throw new Error(`unknown output format: ${String(never)}`);
    }
  }
}

export { formatGithub, formatJson, formatSarif, formatStylish };
