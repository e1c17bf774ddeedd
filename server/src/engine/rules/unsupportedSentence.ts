// unsupported-sentence: a sentence for which no source passage could be found (little of its content is in any
// source sentence, alone or together with the next best ones).
import { unionCoverage } from '../align';
import type { SentenceContext } from '../context';

export const MIN_SUPPORT = 0.35;

export function unsupportedSentence(ctx: SentenceContext): void {
  const content = ctx.draft.tokens.filter(t => !t.stop && !t.num).length;
  if (content < 3) return;
  const best = ctx.candidates[0]?.coverage ?? 0;
  if (best >= MIN_SUPPORT || unionCoverage(ctx.draft, ctx.index, ctx.candidates.slice(0, 3)) >= MIN_SUPPORT + 0.15) return;
  const s = ctx.draft.sentence;
  ctx.findings.push({
    rule: 'unsupported-sentence',
    span: { start: s.start, end: s.end },
    message: 'No source passage supports this sentence.',
    evidence: [],
  });
}
