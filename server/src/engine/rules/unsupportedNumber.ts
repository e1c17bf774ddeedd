// unsupported-number: a quantity or date that no source states in any form (digits or words, rounded, summed).
import { supportingSentences, type SentenceContext } from '../context';
import type { NumberClaim } from '../numbers';
import { multipleSupported, shareOfChangeContradicted, shareOfCountContradicted } from './multipleSupport';
import { dateStatedInSources, monthAsSurname, numberStatedInSources } from './support';

export function unsupportedNumber(ctx: SentenceContext): void {
  for (const n of ctx.draft.numbers) {
    if (ctx.flagged.has(n)) continue;
    // A multiple ("treble", "doubled") no source states in any form nor works out from two figures; a draft's own
    // share is left to it (writers round and reword shares freely).
    const multiple = multipleSupported(ctx, n);
    const contradicted = multiple === undefined && n.fraction && (shareOfChangeContradicted(ctx, n) || shareOfCountContradicted(ctx, n));
    if (multiple === true || (multiple === undefined && n.fraction && !contradicted)) continue;
    // Small counts in words ("the two leaders") are often counted by the writer, not copied: leave them.
    if (n.words && n.value <= 10 && !n.unit) continue;
    if (n.unit?.family === 'ordinal' && n.value <= 10) continue;
    // A heading's own count ("## 3 takeaways") is the writer's structure, not a claim.
    if (ctx.draft.sentence.block === 'heading' && !n.unit && n.value <= 10) continue;
    // "the one-day cup", "a one-day international": the name of a form of the game, not a duration.
    if (oneDayFormat(ctx, n)) continue;
    if (multiple === undefined && !contradicted && numberStatedInSources(ctx, n)) continue;
    ctx.flagged.add(n);
    ctx.findings.push({
      rule: 'unsupported-number',
      span: { start: n.start, end: n.end },
      message: contradicted || multiple === false
        ? `"${n.text}" is not stated in any source, nor worked out from the figures given.`
        : `"${n.text}" is not stated in any source.`,
      evidence: supportingSentences(ctx, 0.5),
    });
  }
  for (const d of ctx.draft.dates) {
    if (ctx.flagged.has(d) || dateStatedInSources(ctx, d) || monthAsSurname(ctx, d)) continue;
    ctx.flagged.add(d);
    ctx.findings.push({
      rule: 'unsupported-number',
      span: { start: d.start, end: d.end },
      message: `The date "${d.text}" is not stated in any source.`,
      evidence: supportingSentences(ctx, 0.5),
    });
  }
}

function oneDayFormat(ctx: SentenceContext, n: NumberClaim): boolean {
  return n.value === 1 && n.words && n.unit?.family === 'time' && n.unit.unit === 'day' && /-/.test(n.text) && ONE_DAY_FORMATS.test(ctx.draft.tokens[n.tokenEnd]?.norm ?? '');
}
const ONE_DAY_FORMATS = /^(?:cup|internationals?|series|final|competition|tournament|trophy|format|cricket|game|match|side|squad|team)$/;
