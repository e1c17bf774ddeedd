// date-mismatch: a date, month, weekday or year that differs from the one the supporting source sentence gives.
import { substituted, type SentenceContext } from '../context';
import { comparableDates, datesAgree } from '../dates';
import { dateStatedInSources } from './support';

export function dateMismatch(ctx: SentenceContext): void {
  const draftDates = ctx.draft.dates;
  const best = ctx.candidates[0]?.sentence;
  if (!best) return;
  for (const d of draftDates) {
    if (best.dates.some(e => datesAgree(d, e))) continue;
    let expected = substituted(ctx, d, s => s.dates, draftDates, comparableDates, datesAgree);
    if (!expected && !dateStatedInSources(ctx, d) && ctx.candidates[0].coverage >= 0.6) {
      const same = best.dates.filter(e => comparableDates(d, e) && !draftDates.some(x => datesAgree(x, e)));
      if (same.length === 1) expected = same[0];
    }
    if (!expected) continue;
    ctx.flagged.add(d);
    ctx.findings.push({
      rule: 'date-mismatch',
      span: { start: d.start, end: d.end },
      message: `Date "${d.text}" here; the source says "${expected.text}".`,
      expected: expected.text,
      evidence: [best],
    });
  }
}
