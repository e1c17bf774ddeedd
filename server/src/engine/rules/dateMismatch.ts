// date-mismatch: a date, month, weekday or year that differs from the one the supporting source sentence gives.
import { closeEvidence, fusedWithClaim, substituted, type SentenceContext } from '../context';
import { comparableDates, datesAgree, type DateClaim } from '../dates';
import { dateImplied, dateStatedInSources, monthAsSurname, quarterDated, sourceDateMeets, yearOnly, yearsRelative } from './support';

export function dateMismatch(ctx: SentenceContext): void {
  const draftDates = ctx.draft.dates;
  const best = ctx.candidates[0]?.sentence;
  if (!best) return;
  for (const d of draftDates) {
    // The evidence's date as written, or as it implies: "Wednesday" for "3 March 2021", "6 September" for "Tuesday"
    // in a story dated Thursday 8 September 2016, "2009" for "in 2019, ten years after", "2022" for "last year" in a
    // story dated 14 March 2023.
    if (best.dates.some(e => sourceDateMeets(best, e, x => datesAgree(d, x)))) continue;
    if (dateImplied(best, d) || quarterDated(ctx, d) || monthAsSurname(ctx, d)) continue;
    // "in 2021" where the evidence says "last year" in a story dated 2023, and no source gives 2021: the year it means.
    const relative = yearOnly(d) ? yearsRelative(best) : [];
    if (relative.length > 0 && relative.every(r => r.year === relative[0].year) && !dateStatedInSources(ctx, d)) {
      ctx.flagged.add(d);
      ctx.findings.push({
        rule: 'date-mismatch',
        span: { start: d.start, end: d.end },
        message: `Date "${d.text}" here; the source says "${relative[0].text}", ${relative[0].year}.`,
        expected: String(relative[0].year),
        evidence: [best],
      });
      continue;
    }
    let expected = substituted(ctx, d, s => s.dates, draftDates, comparableDates, datesAgree);
    if (expected && fusedWithClaim(ctx, d, s => s.dates.some(e => sourceDateMeets(s, e, x => datesAgree(d, x))))) continue;
    if (!expected && ctx.candidates[0].coverage >= 0.6 && (!dateStatedInSources(ctx, d) || statedOnlyApart(ctx, d))) {
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

/** The draft sentence follows its evidence closely, and its date the sources give only in sentences about something
 *  else: "reopened on Wednesday" where the evidence says "since they reopened on Thursday" and the sentence before
 *  "the banks were closed on Wednesday". */
function statedOnlyApart(ctx: SentenceContext, d: DateClaim): boolean {
  const near = closeEvidence(ctx);
  return !!near && !near.some(c => c.sentence.dates.some(e => sourceDateMeets(c.sentence, e, x => datesAgree(d, x))) || dateImplied(c.sentence, d));
}
