// empty-draft: a draft with no prose to check (empty, or only front matter, code or comments) says so, rather than
// passing in silence.
import type { RawFinding } from '../context';
import type { Sentence } from '../types';

export function emptyDraft(sentences: Sentence[]): RawFinding | undefined {
  if (sentences.length > 0) return undefined;
  return {
    rule: 'empty-draft',
    span: { start: 0, end: 0 },
    message: 'The draft has no prose to check: it is empty or holds only front matter, code or comments.',
    evidence: [],
  };
}
