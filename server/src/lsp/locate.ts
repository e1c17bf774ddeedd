// What lies at a position of a checked draft: the findings whose words it touches (narrowest first) and the
// sentence holding it. Shared by hover, Go to Definition and grounded/evidence.
import type { Finding, SentenceReport } from '../engine';
import type { DraftCheck } from './checker';

export interface AtPosition {
  /** Findings on specific words at the offset (the whole-sentence `unsupported-sentence` excluded), narrowest first. */
  findings: Finding[];
  sentence?: SentenceReport;
}

/** `offset` is a UTF-16 offset into the checked text; a span's end counts as inside (the cursor just after a word). */
export function locate(check: DraftCheck, offset: number): AtPosition {
  const result = check.result;
  if (!result) return { findings: [] };
  const findings = result.findings
    .filter(f => f.rule !== 'unsupported-sentence' && f.span.start <= offset && offset <= f.span.end)
    .sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
  const sentence = result.sentences.find(s => s.span.start <= offset && offset <= s.span.end);
  return { findings, sentence };
}
