// quote-mismatch: words in quotation marks that no source contains, in that order (a partial quote must match the
// source's words as they stand; ellipses split a quote into parts that must each be found, in order).
import { tokenRange } from '../claims';
import { closeParaphrase, type SentenceContext } from '../context';
import type { QuoteClaim } from '../quotes';
import { CLOSEST_QUOTE_SCORE, type IndexedSentence, type SourceIndex } from '../sourceIndex';

/** The answers of quoteFoundVerbatim, per draft quotation (quote-inexact and quote-mismatch both ask). */
const verbatim = new WeakMap<QuoteClaim, { index: SourceIndex; found: boolean }>();

/** The quote's words stand, in order, in some source (each part between ellipses, in order). */
export function quoteFoundVerbatim(ctx: SentenceContext, q: QuoteClaim): boolean {
  const known = verbatim.get(q);
  if (known?.index === ctx.index) return known.found;
  const found = ctx.index.quoteRuns().foundAnywhere(q.parts);
  verbatim.set(q, { index: ctx.index, found });
  return found;
}

export function quoteMismatch(ctx: SentenceContext): void {
  for (const q of ctx.draft.quotes) {
    // Reworded source words are left to quote-inexact (which runs first); here: words from nowhere.
    if (ctx.flagged.has(q) || quoteFoundVerbatim(ctx, q)) continue;
    const { expected, sentence } = closestQuote(ctx, q);
    ctx.flagged.add(q);
    ctx.findings.push({
      rule: 'quote-mismatch',
      span: { start: q.start, end: q.end },
      message: expected
        ? `The quoted words "${q.text}" are not in the source; it says "${expected}".`
        : `The quoted words "${q.text}" are not in any source.`,
      expected,
      evidence: sentence ? [sentence] : [],
    });
  }
}

/** The source quotation the draft most likely meant: the one facing it in the best evidence, else a close one. */
function closestQuote(ctx: SentenceContext, q: QuoteClaim): { expected?: string; sentence?: IndexedSentence } {
  const best = ctx.candidates[0];
  const a = ctx.alignment;
  if (best && a && closeParaphrase(ctx, 0.5)) {
    const r = tokenRange(ctx.draft.tokens, q);
    const gap = r && a.gaps.find(g => r[0] < g.d1 && r[1] > g.d0);
    if (gap) {
      const facing = best.sentence.quotes.filter(e => {
        const er = tokenRange(best.sentence.tokens, e);
        return er !== undefined && er[0] < gap.e1 && er[1] > gap.e0;
      });
      if (facing.length > 0) return { expected: facing[0].text, sentence: best.sentence };
    }
  }
  const hit = ctx.index.fuzzyQuotes().search(q.text, { limit: 1 })[0];
  if (hit && (hit.score ?? 1) <= CLOSEST_QUOTE_SCORE) return { expected: hit.item.text, sentence: hit.item.sentence };
  return { sentence: best && best.coverage >= 0.5 ? best.sentence : undefined };
}
