// number-mismatch, for a score: "12-5", "2-0" are one claim, not two figures. A draft score that no source gives
// (either way round: "lost 0-2" is the "2-0" win) where its evidence gives other scores is flagged whole, with the
// evidence's scores; a score the sources give is not then checked figure by figure (its "5" is no mismatch because
// the evidence's "12-4" has a 4, nor supported because another sentence has a 5).
import type { SentenceContext } from '../context';
import type { NumberClaim } from '../numbers';
import { scoresOf } from '../scores';
import type { IndexedSentence } from '../sourceIndex';
import { perIndex } from './support';

export function scoreMismatch(ctx: SentenceContext): void {
  const draftScores = scoresOf(ctx.draft.sentence.text, ctx.draft.sentence.start, ctx.draft.numbers);
  if (draftScores.length === 0) return;
  const near = ctx.candidates.slice(0, 3).map(c => c.sentence);
  // The evidence is the first candidate with a score: of the best three, or failing them of all (a sentence naming
  // both players and the win may read closer than the scoreline's: "Girard said Moreau beat him fairly"; probe22).
  const scored = (s: IndexedSentence) => scoresOf(s.sentence.text, s.sentence.start, s.numbers).length > 0;
  const evidence = near.find(scored) ?? ctx.candidates.map(c => c.sentence).find(scored);
  const sources = evidence && !near.includes(evidence) ? [...near, evidence] : near;
  for (const [a, b] of draftScores) {
    if (ctx.flagged.has(a) || ctx.flagged.has(b)) continue;
    if (scoreStated(ctx, a.value, b.value) || (evidence && workedOut(sources, a.value, b.value))) {
      // Decided: the later rules leave its figures alone.
      ctx.flagged.add(a);
      ctx.flagged.add(b);
      continue;
    }
    if (!evidence) continue;
    const theirs = scoresOf(evidence.sentence.text, evidence.sentence.start, evidence.numbers).map(([x, y]) => scoreText(evidence, x, y));
    ctx.flagged.add(a);
    ctx.flagged.add(b);
    const ours = ctx.draft.sentence.text.slice(a.start - ctx.draft.sentence.start, b.end - ctx.draft.sentence.start);
    ctx.findings.push({
      rule: 'number-mismatch',
      span: { start: a.start, end: b.end },
      message: `Score "${ours}" here; the source gives ${theirs.map(t => `"${t}"`).join(' and ')}.`,
      ...(theirs.length === 1 ? { expected: theirs[0] } : {}),
      evidence: [evidence],
    });
  }
}

/** The score follows from one the sentences give and counts they give: "extended his 5-3 lead to 7-3" where the
 *  source has the 5-3 lead and "took the opening two frames". */
function workedOut(near: IndexedSentence[], x: number, y: number): boolean {
  const scores = near.flatMap(s => scoresOf(s.sentence.text, s.sentence.start, s.numbers));
  const inScores = new Set(scores.flat());
  // Counts of two or more, no ranks ("a third straight defeat" adds nothing to a 2-0), no measures, and none in a
  // compound adjective: a "four-team tournament" scores nothing (an 88-65 win is no 88-61 and four more: probe21
  // p21-019c).
  const counts = new Set(near.flatMap(s => s.numbers.filter(n => !inScores.has(n) && !n.unit && Number.isInteger(n.value) && n.value >= 2 && n.value < 100 && !COMPOUND.test(n.text)).map(n => n.value)));
  const step = (d: number) => d === 0 || counts.has(Math.abs(d));
  return scores.some(([p, q]) => (step(x - p.value) && step(y - q.value)) || (step(x - q.value) && step(y - p.value)));
}

/** A figure joined by a hyphen to the word it qualifies: "four-team", "10-man". */
const COMPOUND = /-\p{L}/u;

/** Some source gives the score, either way round. */
function scoreStated(ctx: SentenceContext, x: number, y: number): boolean {
  return sourceScores(ctx.index).has(`${x}-${y}`);
}

/** Every pair of figures joined by a dash in the sources, and every score of live commentary, both ways round ("2-0"
 *  and "0-2"), read once per index. */
const sourceScores = perIndex(index => {
  const scores = new Set<string>();
  for (const d of index.docs) {
    for (const m of d.text.matchAll(DASHED_PAIR)) {
      const x = Number(m[1]);
      const y = Number(m[2]);
      scores.add(`${x}-${y}`).add(`${y}-${x}`);
    }
    // Live commentary: "Match ends, Belgium 0, Italy 2.", "Goal! Real Madrid 2, Barcelona 1."
    for (const m of d.text.matchAll(COMMENTARY_SCORE)) scores.add(`${m[1]}-${m[2]}`).add(`${m[2]}-${m[1]}`);
  }
  return scores;
});
const DASHED_PAIR = /(?<![\d.,])(\d{1,3})\s*[-–]\s*(\d{1,3})(?![\d]|[.,]\d)/g;
/** Two teams each with its goals, as live commentary writes a score: "Belgium 0, Italy 2". */
const COMMENTARY_SCORE = /(?<![\w.])(?:[A-Z][A-Za-z'’.-]* ){1,4}(\d{1,2}), (?:[A-Z][A-Za-z'’.-]* ){1,4}(\d{1,2})(?=[.;]|$)/gm;

function scoreText(s: IndexedSentence, a: NumberClaim, b: NumberClaim): string {
  return s.sentence.text.slice(a.start - s.sentence.start, b.end - s.sentence.start);
}
