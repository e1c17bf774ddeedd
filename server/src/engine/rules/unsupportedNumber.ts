// unsupported-number: a quantity or date that no source states in any form (digits or words, rounded, summed).
import { supportingSentences, type SentenceContext } from '../context';
import { dateStatedInSources, numberStatedInSources } from './support';

export function unsupportedNumber(ctx: SentenceContext): void {
  for (const n of ctx.draft.numbers) {
    if (ctx.flagged.has(n) || n.fraction) continue;
    // Small counts in words ("the two leaders") are often counted by the writer, not copied: leave them.
    if (n.words && n.value <= 10 && !n.unit) continue;
    if (n.unit?.family === 'ordinal' && n.value <= 10) continue;
    // A heading's own count ("## 3 takeaways") is the writer's structure, not a claim.
    if (ctx.draft.sentence.block === 'heading' && !n.unit && n.value <= 10) continue;
    if (numberStatedInSources(ctx, n)) continue;
    ctx.flagged.add(n);
    ctx.findings.push({
      rule: 'unsupported-number',
      span: { start: n.start, end: n.end },
      message: `"${n.text}" is not stated in any source.`,
      evidence: supportingSentences(ctx, 0.5),
    });
  }
  for (const d of ctx.draft.dates) {
    if (ctx.flagged.has(d) || dateStatedInSources(ctx, d)) continue;
    ctx.flagged.add(d);
    ctx.findings.push({
      rule: 'unsupported-number',
      span: { start: d.start, end: d.end },
      message: `The date "${d.text}" is not stated in any source.`,
      evidence: supportingSentences(ctx, 0.5),
    });
  }
}
