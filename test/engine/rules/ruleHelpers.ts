// What the rule tests share: the seed index, checks that keep errors and warnings, and small readers of findings.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources, type CheckOptions, type Finding } from '../../../server/src/engine';
import type { DevExcerpt } from '../../fixtures/dev-excerpts';
import { seedArticle } from '../../fixtures/seed';

export const seedIndex = indexSources([{ path: 'article.txt', text: seedArticle() }]);

export function errorsAndWarnings(findings: Finding[]): Finding[] {
  return findings.filter(f => f.severity === 'error' || f.severity === 'warning');
}

/** A Markdown draft against the seed article: its error and warning findings. */
export function checkSeed(text: string, options?: CheckOptions): Finding[] {
  return errorsAndWarnings(checkDraft(text, seedIndex, options).findings);
}

/** A dev-data excerpt's draft (or another text) against the excerpt's source, as plain text. */
export function checkExcerpt(x: DevExcerpt, text = x.draft, options: CheckOptions = {}): Finding[] {
  const index = indexSources([{ path: 'source.txt', text: x.source }]);
  return errorsAndWarnings(checkDraft(text, index, { kind: 'plaintext', ...options }).findings);
}

export function summary(findings: Finding[]): Array<[string, string, string | undefined]> {
  return findings.map(f => [f.rule, f.actual, f.expected]);
}

export function sourceLine(x: DevExcerpt, n: number): string {
  return x.source.split('\n')[n];
}

export function spanOf(text: string, words: string): { start: number; end: number } {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `"${words}" is in the draft`);
  return { start, end: start + words.length };
}

/** The findings of some rules only: for excerpts that keep just the source lines a rule needs, so a name from the
 *  rest of the article (which the excerpt leaves out) is not flagged against the excerpt. */
export function only(findings: Finding[], ...rules: string[]): Finding[] {
  return findings.filter(f => rules.includes(f.rule));
}
