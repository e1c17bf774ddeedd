// Whether a multiple the draft states ("treble what it costs", "twice as likely", "more than doubled") is stated in
// the sources in some form ("three times", "tripled", "rose 200%"), or worked out from two figures a sentence gives
// ("doubled, from 16% to 31%": 31/16 is 1.94, not "more than" double).
import type { SentenceContext } from '../context';
import type { NumberClaim } from '../numbers';
import { numberStatedInSources } from './support';

/** Verbs of change fractions.ts reads as a percentage change ("doubled" +100%). */
const VERB = /^(?:doubl|tripl|trebl|quadrupl|halv)/i;

/** At most this many tokens between a multiple and the "from" of its own "from X to Y". */
const FROM_WITHIN = 6;

const SCORE_WORDS = /^(?:lead|advantage|tally|margin|score|scoring)$/;

/** The multiple a claim states: "treble" 3, "doubled" 2, "halved" 0.5; undefined for any other figure. */
export function multipleOf(n: NumberClaim): number | undefined {
  if (n.unit?.unit === 'times') return n.value;
  if (n.fraction && n.unit?.family === 'percent' && VERB.test(n.text)) return /^halv/i.test(n.text) ? 0.5 : 1 + n.value / 100;
  return undefined;
}

/** A ratio `r` of two figures is what multiple `m` says, with its hedge: "almost double" is 1.85 to 2, "more than
 *  double" 2 to 3, a bare "double" 1.9 to 2.1. */
function fits(m: number, hedge: NumberClaim['hedge'], r: number): boolean {
  if (hedge === 'nearly') return r <= m && r >= m * 0.85;
  if (hedge === 'over') return r >= m && r <= m * 1.5;
  if (hedge === 'under') return r <= m && r >= m * 0.5;
  return Math.abs(r - m) <= m * (hedge === 'about' ? 0.15 : 0.05);
}

/** A multiple the draft states is stated by the sources, or worked out from two figures of one sentence (the draft
 *  sentence or one of its three best candidates). Undefined for a claim that is no multiple. */
export function multipleSupported(ctx: SentenceContext, n: NumberClaim): boolean | undefined {
  const m = multipleOf(n);
  if (m === undefined) return undefined;
  // "doubled the lead" is a goal (2-0), not a multiple to check.
  if (ctx.draft.tokens.slice(n.tokenEnd, n.tokenEnd + 3).some(t => SCORE_WORDS.test(t.norm))) return true;
  // The draft's own "from X to Y" decides: "more than doubled, from 16% to 31%" is wrong whatever the sources say.
  const change = fromTo(ctx, n);
  if (change) return fits(m, n.hedge, change[1].value / change[0].value);
  // The verb forms are percentage changes: "rose 100%" states "doubled".
  if (n.unit?.unit !== 'times' && numberStatedInSources(ctx, n)) return true;
  for (const { claim: e } of ctx.index.numbers) {
    const other = multipleOf(e);
    if (other !== undefined && Math.abs(other - m) < 1e-9) return true;
    if (m > 1 && other === undefined && e.unit?.family === 'percent' && !e.fraction && Math.abs(e.value - (m - 1) * 100) < 1e-9) return true;
  }
  // Two figures of one sentence (the draft's or a candidate's), or a figure of the draft's sentence and one the
  // sources give: "$34.95, more than 11 times the heritage price" where a source gives that price as $3.
  const figures = (numbers: NumberClaim[]) => numbers.filter(x => multipleOf(x) === undefined && !x.fraction && x.value > 0 && x.unit?.family !== 'ordinal');
  // Two figures of a kind, the second the larger for a multiple above one (the smaller for "halved").
  const ordered = (a: NumberClaim, b: NumberClaim) => a !== b && (a.unit?.family ?? 'count') === (b.unit?.family ?? 'count') && (m >= 1 ? b.value > a.value : b.value < a.value);
  const worked = (a: NumberClaim, b: NumberClaim) => ordered(a, b) && fits(m, n.hedge, b.value / a.value);
  const own = figures(ctx.draft.numbers);
  // The draft's own two figures of a kind, the larger after the multiple, decide: "more than ten times as often as her
  // rival's 30,000" after "240,000 times" is eight times, whatever else the sources give (probe25).
  const ownPairs = own.flatMap(a => own.filter(b => ordered(a, b) && (a.start > n.start || b.start > n.start)).map(b => [a, b] as const));
  if (ownPairs.length > 0) return ownPairs.some(([a, b]) => worked(a, b));
  const sourced = figures(ctx.index.numbers.map(x => x.claim));
  for (const numbers of ctx.candidates.slice(0, 3).map(c => figures(c.sentence.numbers))) {
    for (const a of numbers) for (const b of numbers) if (worked(a, b)) return true;
  }
  for (const a of own) for (const b of sourced) if (worked(a, b) || worked(b, a)) return true;
  return false;
}

/** The two figures of "from X to Y" right after the multiple in the draft sentence ("nearly tripled, from $205 to
 *  $568"), of one kind and both above zero, if it has them. */
function fromTo(ctx: SentenceContext, n: NumberClaim): [NumberClaim, NumberClaim] | undefined {
  const tokens = ctx.draft.tokens;
  const figures = ctx.draft.numbers.filter(x => x !== n && multipleOf(x) === undefined && !x.fraction && x.value > 0);
  for (const a of figures) {
    if (tokens[a.tokenStart - 1]?.norm !== 'from' || a.tokenStart <= n.tokenEnd || a.tokenStart - n.tokenEnd > FROM_WITHIN) continue;
    const b = figures.find(x => x.tokenStart === a.tokenEnd + 1 && tokens[a.tokenEnd]?.norm === 'to');
    if (b && (a.unit?.family ?? 'count') === (b.unit?.family ?? 'count')) return [a, b];
  }
  return undefined;
}

/** A share the draft's own count of it contradicts: "more than three-quarters of the regional posts, 19 out of 28"
 *  (68%; probe25, a report on a regional election). The count is "A out of B" or "A of (the) B" in the sentence,
 *  both bare figures, A below B. */
export function shareOfCountContradicted(ctx: SentenceContext, n: NumberClaim): boolean {
  if (!n.fraction || n.unit?.family !== 'percent' || multipleOf(n) !== undefined) return false;
  const t = ctx.draft.tokens;
  // (Not a figure of the share itself: the "ten" of "one in ten of the 105 people".)
  const counts = ctx.draft.numbers.filter(x => (x.end <= n.start || x.start >= n.end) && !x.unit && !x.fraction && !x.hedge && x.value > 0);
  for (const a of counts) {
    const of = t[a.tokenEnd]?.norm === 'out' && t[a.tokenEnd + 1]?.norm === 'of' ? a.tokenEnd + 2 : t[a.tokenEnd]?.norm === 'of' ? a.tokenEnd + 1 : -1;
    if (of < 0) continue;
    const b = counts.find(x => x.tokenStart === of || (t[of]?.norm === 'the' && x.tokenStart === of + 1));
    if (!b || b.value <= a.value) continue;
    return !fits(n.value, n.hedge ?? 'about', (a.value / b.value) * 100);
  }
  return false;
}

/** A share of change the draft's own "from X to Y" right after it contradicts: "shrinking by about a third, from
 *  102,000 to 82,000" (a fall of 19.6%, about a fifth). */
export function shareOfChangeContradicted(ctx: SentenceContext, n: NumberClaim): boolean {
  if (!n.fraction || n.unit?.family !== 'percent' || multipleOf(n) !== undefined) return false;
  const t = ctx.draft.tokens;
  if (t[n.tokenStart - 1]?.norm !== 'by' && t[n.tokenStart - 2]?.norm !== 'by') return false;
  const change = fromTo(ctx, n);
  if (!change) return false;
  const [a, b] = change;
  const share = (Math.abs(b.value - a.value) / a.value) * 100;
  return !fits(n.value, n.hedge ?? 'about', share);
}
