// name-mismatch for results: the draft has the loser beat the winner ("Spain beat Holland 5-1" where the source says
// "Holland beat Spain 5-1"). Both names are in the sources, so the name checks pass them; the result they are in
// is what is wrong. Flagged when a source states the result the other way round and none states it the draft's way.
import type { SentenceContext } from '../context';
import { namesAgree } from '../names';
import { mayStateResult, resultsOf, type PartialResult, type Result } from '../results';
import { passingRead, type IndexedSentence } from '../sourceIndex';
import { perIndex } from './support';

const POSSESSIVE = /['’]s?$/;

export function winnerSwap(ctx: SentenceContext): void {
  const draft = resultsOf(ctx.draft.tokens, ctx.draft.names);
  if (draft.length === 0) return;
  const sourced = sourceResults(ctx.index);
  for (const r of draft) {
    if (ctx.flagged.has(r.winner) || ctx.flagged.has(r.loser) || namesAgree(r.winner, r.loser)) continue;
    if (sourced.results.some(({ result: s }) => namesAgree(r.winner, s.winner) && namesAgree(r.loser, s.loser))) continue;
    const other = sourced.results.find(({ result: s }) => namesAgree(r.winner, s.loser) && namesAgree(r.loser, s.winner));
    if (!other) continue;
    // Half a result the draft's way ("his victory over Holyfield" for "Bowe beat Holyfield"), or a second meeting of
    // the two ("a rematch", "revenge"): the sources may give both results.
    if (sourced.partials.some(p => (p.loser && namesAgree(r.loser, p.loser)) || (p.winner && namesAgree(r.winner, p.winner)))) continue;
    if (REMATCH.test(other.sentence.doc.text)) continue;
    ctx.flagged.add(r.winner);
    ctx.flagged.add(r.loser);
    const text = ctx.draft.sentence.text;
    const base = ctx.draft.sentence.start;
    const ours = text.slice(r.start - base, r.end - base);
    const [first, second] = r.winner.start < r.loser.start ? [r.winner, r.loser] : [r.loser, r.winner];
    // The fix puts each name in the other's place, a possessive staying where it was: "Holland's win over Spain".
    const bare = (n: typeof first) => n.text.replace(POSSESSIVE, '');
    const swapped = bare(second) + text.slice(first.start + bare(first).length - base, second.start - base) + bare(first) + text.slice(second.start + bare(second).length - base, second.end - base);
    const theirs = sourceText(other.sentence, other.result);
    ctx.findings.push({
      rule: 'name-mismatch',
      span: { start: r.start, end: r.end },
      message: `"${ours}" here; the source has it the other way round: "${theirs}".`,
      expected: swapped,
      evidence: [other.sentence],
    });
  }
}

/** Every result the sources state, and the halves of results, read once per index. */
const sourceResults = perIndex(index => {
  const partials: PartialResult[] = [];
  const results = index.sentences.filter(s => mayStateResult(s.sentence.text)).flatMap(sentence => {
    const { tokens, names } = passingRead(sentence);
    return resultsOf(tokens, names, partials).map(result => ({ result, sentence }));
  });
  return { results, partials };
});

/** Words of a second meeting of two parties. */
const REMATCH = /\b(?:rematch|re-match|revenge|aveng\w*|return (?:leg|match|fixture|game|bout)|first leg|second leg|same opponent|previous(?:ly)? (?:meeting|met|beat|lost)|last (?:meeting|time they met)|met again)\b/i;

function sourceText(s: IndexedSentence, r: Result): string {
  return s.sentence.text.slice(r.start - s.sentence.start, r.end - s.sentence.start);
}
