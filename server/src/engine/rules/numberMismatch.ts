// number-mismatch: a quantity that differs from the one the supporting source sentence gives ("12-month" where
// the source says "18-month"). A duration's message says so.
import { substituted, type SentenceContext } from '../context';
import { comparableUnits, numbersAgree, type NumberClaim } from '../numbers';
import type { IndexedSentence } from '../sourceIndex';
import { numbersCounting, numberStatedInSources } from './support';

export function numberMismatch(ctx: SentenceContext): void {
  const draftNumbers = ctx.draft.numbers;
  for (const n of draftNumbers) {
    const best = ctx.candidates[0]?.sentence;
    if (!best) return;
    if (best.numbers.some(e => numbersAgree(n, e))) continue;
    let expected = substituted(ctx, n, s => s.numbers, draftNumbers, comparableUnits, numbersAgree);
    if (!expected && !numberStatedInSources(ctx, n) && n.unit && ctx.candidates[0].coverage >= 0.6) {
      // Not stated anywhere, and the evidence gives exactly one quantity of the same kind that the draft lacks.
      const same = best.numbers.filter(e => e.unit?.family === n.unit!.family && !draftNumbers.some(d => numbersAgree(d, e)));
      if (same.length === 1) expected = same[0];
    }
    let evidence: IndexedSentence = best;
    if (!expected) {
      const counted = countsOtherwise(ctx, n);
      if (!counted) continue;
      ({ claim: expected, sentence: evidence } = counted);
    }
    ctx.flagged.add(n);
    ctx.findings.push({
      rule: 'number-mismatch',
      span: { start: n.start, end: n.end },
      message: `${describe(n)} "${n.text}" here; the source says "${expected.text}".`,
      expected: expected.text,
      evidence: [evidence],
    });
  }
}

/**
 * The same thing counted with another number: "the third quarter" where the sentences that support this one say
 * "the fourth quarter", and no source ever counts a third one. The noun right after the number is what is counted;
 * among the draft sentence's evidence, exactly one number counts it, and the draft's number counts it nowhere.
 */
function countsOtherwise(ctx: SentenceContext, n: NumberClaim): { claim: NumberClaim; sentence: IndexedSentence } | undefined {
  if (n.unit && n.unit.family !== 'ordinal') return undefined;
  // "three inmates" of "more than 500 inmates": a few counted in words, or a bound, is another group, not a swap.
  if ((n.words && n.value <= 10 && !n.unit) || n.hedge) return undefined;
  const noun = n.noun;
  if (!noun) return undefined;
  const counting = numbersCounting(ctx.index, noun).filter(s => (s.claim.unit?.family === 'ordinal') === (n.unit?.family === 'ordinal'));
  if (counting.length === 0 || counting.some(s => numbersAgree(n, s.claim))) return undefined;
  const evidence = new Set(ctx.candidates.map(c => c.sentence));
  const near = counting.filter(s => !s.claim.hedge && evidence.has(s.sentence) && !ctx.draft.numbers.some(d => numbersAgree(d, s.claim)));
  const values = new Set(near.map(s => s.claim.value));
  return values.size === 1 ? near[0] : undefined;
}

function describe(n: NumberClaim): string {
  switch (n.unit?.family) {
    case 'time': return 'Duration';
    case 'money': return 'Amount';
    case 'percent': return 'Percentage';
    case 'age': return 'Age';
    case 'ordinal': return 'Ordinal';
    default: return 'Number';
  }
}
