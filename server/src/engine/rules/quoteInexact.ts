// quote-inexact: words in quotation marks that no source has verbatim, but whose content words a source sentence
// has in the same order and close together ("did not get the balance right" where the source says "failed to get
// the balance right"). A reworded quotation, shown with the source's own words; information by default.
import type { SentenceContext } from '../context';
import { looseRun, quoteWords, type QuoteClaim } from '../quotes';
import type { IndexedSentence } from '../sourceIndex';
import { STOPWORDS } from '../tokens';
import { quoteFoundVerbatim } from './quoteMismatch';

/** The source sentence and its words that a reworded quote stands for, if any. */
export function rewordedFrom(ctx: SentenceContext, q: QuoteClaim): { sentence: IndexedSentence; words: string } | undefined {
  const all = q.parts.flat();
  // A contraction is a function word too: "I'm confident" rewords "I am confident".
  const content = all.filter(w => !STOPWORDS.has(w) && !CONTRACTION.test(w));
  if (content.length < 2) return undefined;
  for (const c of ctx.candidates) {
    const words = quoteWords(c.sentence.sentence.text);
    const run = looseRun(words, content, all.length);
    if (!run) continue;
    // Quote the source's own words for that stretch: find them in the sentence text.
    const text = c.sentence.sentence.text;
    const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
    const spans: Array<[number, number]> = [];
    for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
    if (spans.length !== words.length) return { sentence: c.sentence, words: text.replace(/\s+/g, ' ').trim() };
    // Widen the stretch by the quote's own leading and trailing function words ("did not" ~ "failed to").
    // (A contraction stands for two words: "I'm" for "I am".)
    const isContent = (w: string) => !STOPWORDS.has(w) && !isContraction(w);
    const width = (ws: string[]) => ws.reduce((n, w) => n + (isContraction(w) ? 2 : 1), 0);
    const lead = width(all.slice(0, all.findIndex(isContent)));
    const trail = width(all.slice(findLastIndex(all, isContent) + 1));
    const first = Math.max(0, run[0] - lead);
    const last = Math.min(words.length - 1, run[1] + trail);
    return { sentence: c.sentence, words: text.slice(spans[first][0], spans[last][1]).replace(/\s+/g, ' ') };
  }
  return undefined;
}

const CONTRACTION = /^(?:\p{L}+n['’]t|(?:i|you|we|they|he|she|it|that|there|what|who)['’](?:m|re|ve|ll|d|s))$/u;

/** A contraction has an apostrophe: the expression (its Unicode class parsed when V8 first runs and first compiles
 *  it, about 1 ms) runs only on words with one. */
function isContraction(w: string): boolean {
  return (w.includes("'") || w.includes('’')) && CONTRACTION.test(w);
}

function findLastIndex<T>(xs: T[], p: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (p(xs[i])) return i;
  return -1;
}

export function quoteInexact(ctx: SentenceContext): void {
  for (const q of ctx.draft.quotes) {
    if (ctx.flagged.has(q) || quoteFoundVerbatim(ctx, q)) continue;
    const from = rewordedFrom(ctx, q);
    if (!from) continue;
    ctx.flagged.add(q);
    ctx.findings.push({
      rule: 'quote-inexact',
      span: { start: q.start, end: q.end },
      message: `The quoted words "${q.text}" are not verbatim; the source says "${from.words}".`,
      expected: from.words,
      evidence: [from.sentence],
    });
  }
}
