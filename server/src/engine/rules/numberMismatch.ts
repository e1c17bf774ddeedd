// number-mismatch: a quantity that differs from the one the supporting source sentence gives ("12-month" where
// the source says "18-month"). A duration's message says so.
import { substituted, type SentenceContext } from '../context';
import { comparableUnits, numbersAgree, type NumberClaim } from '../numbers';
import { numberStatedInSources } from './support';

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
    if (!expected) continue;
    ctx.flagged.add(n);
    ctx.findings.push({
      rule: 'number-mismatch',
      span: { start: n.start, end: n.end },
      message: `${describe(n)} "${n.text}" here; the source says "${expected.text}".`,
      expected: expected.text,
      evidence: [best],
    });
  }
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
