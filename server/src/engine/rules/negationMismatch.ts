// negation-mismatch: the draft says the opposite of its evidence by adding or dropping a negation ("he was not
// charged" where the source says "he was charged", or the reverse). Only where the draft follows its evidence
// word for word around the negation, with nothing but function words in between, so "failed to attend" for "did
// not attend" is left alone.
import { matchedAround } from '../align';
import { closeParaphrase, inFlaggedQuote, type SentenceContext } from '../context';
import { isNegation } from '../terms';
import { quoteFoundVerbatim } from './quoteMismatch';
import type { Token } from '../tokens';

// Regular expressions with \p{…} escapes are made once, here: esbuild (tsx, the bundles) compiles such a literal
// to `new RegExp(…)`, which a literal written inside a function makes again at every call.
const UPPER_FIRST = /^\p{Lu}/u;

/** The draft must match this share of its content words in the evidence. */
const MIN_MATCHED = 0.75;
/** Below MIN_MATCHED, down to this share, the words on each side of the negation must follow the evidence firmly:
 *  FIRM matched words in a row before and after it, FIRM of them content words. */
const LOOSE_MATCHED = 0.6;
const FIRM = 3;
/** At most this many unmatched words on either side of the negation. */
const MAX_STRETCH = 3;

export function negationMismatch(ctx: SentenceContext): void {
  const best = ctx.candidates[0]?.sentence;
  const a = ctx.alignment;
  if (!best || !a || !closeParaphrase(ctx, LOOSE_MATCHED)) return;
  const close = closeParaphrase(ctx, MIN_MATCHED);
  const d = ctx.draft.tokens;
  const e = best.tokens;
  // "was not deemed a threat until 1997" and "was deemed a threat in 1997" say the same.
  const conditional = (t: { norm: string }) => t.norm === 'until' || t.norm === 'unless';
  if (d.some(conditional) || e.some(conditional)) return;
  const draftNegations = countNegations(d);
  const sourceNegations = countNegations(e);
  // "should pay no more than 55%" says "should not be paying more than 55%": the bound carries the negation.
  if (draftNegations === sourceNegations && (noComparative(d) || noComparative(e))) return;
  const anchors: Array<[number, number]> = [[-1, -1]];
  for (let k = 0; k < d.length; k++) if (a.draftToSource[k] >= 0) anchors.push([k, a.draftToSource[k]]);
  anchors.push([d.length, e.length]);
  const stretches: Stretch[] = [];
  for (let i = 1; i < anchors.length; i++) {
    const [pd, pe] = anchors[i - 1];
    const [nd, ne] = anchors[i];
    // Only stretches between two matched words: the negation has words around it that both sentences share.
    if (pd < 0 || nd >= d.length) continue;
    const ds = d.slice(pd + 1, nd);
    const es = e.slice(pe + 1, ne);
    if (ds.length > MAX_STRETCH || es.length > MAX_STRETCH) continue;
    const dn = ds.filter(t => isNegation(t.norm));
    const en = es.filter(t => isNegation(t.norm));
    if ((dn.length > 0) === (en.length > 0)) continue;
    // "found no evidence" for "not found any evidence": the source's negation stands before, its "any" here.
    if ([...dn, ...en].every(t => NO_WORDS.has(t.norm)) && [...ds, ...es].some(t => ANY_WORDS.has(t.norm))) continue;
    if (![...ds, ...es].every(t => t.stop || isNegation(t.norm))) continue;
    if ([...ds, ...es].some(t => t.norm === 'only')) continue; // "not only … but also"
    // "barred foreign players from signing" for "foreign players could not sign": a verb of preventing before the
    // "from" of the side without the negation carries it (probe21, an xsumfaith article).
    if (preventedFrom(dn.length > 0 ? e : d, dn.length > 0 ? es : ds, dn.length > 0 ? pe : pd)) continue;
    // The words right around it follow the source, and one of them carries content ("was [not] charged").
    const around = matchedAround(a, d, pd + 1, nd, pe + 1, ne);
    if (around.content < 1) continue;
    // A sentence that follows its evidence less closely shows the change only where the words on both sides follow
    // it firmly: "for the billions it [doesn't] have at its disposal".
    // (Two words on one side do when the other side has more: "how it [won't] seek to get the most bang".)
    if (!close && (Math.min(around.before, around.after) < FIRM - 1 || around.before + around.after < 2 * FIRM || around.content < FIRM)) continue;
    stretches.push({ pd, pe, nd, ne, dn, en });
  }
  // Every negation of both sentences is in such a stretch, two or more of them: the negation moved from one verb to
  // another ("which have [not] launched an investigation, have found evidence" for "which have launched …, have not
  // found any evidence"), and each place says the opposite of the source (unless a verb like "say" or "expect"
  // carries it: "did not say he would" / "said he would not").
  const moved = stretches.length >= 2 && stretches.reduce((n, x) => n + x.dn.length, 0) === draftNegations &&
    stretches.reduce((n, x) => n + x.en.length, 0) === sourceNegations && ![...d, ...e].some(t => NEG_RAISING.has(t.stem));
  for (const { pd, pe, nd, ne, dn, en } of stretches) {
    // A sentence with a negation elsewhere may say the same thing the other way round ("found no evidence" for "not
    // found any evidence"): leave it, unless the draft has more negations in all than its evidence and adds one here
    // ("have not launched an investigation … have found no evidence"), or fewer and drops one.
    const balanced = dn.length > 0 ? draftNegations <= sourceNegations : draftNegations >= sourceNegations;
    if (!moved && (draftNegations - dn.length > 0 || sourceNegations - en.length > 0) && balanced) continue;
    const span = dn.length > 0 ? { start: dn[0].start, end: dn[dn.length - 1].end } : { start: d[pd].start, end: d[nd].end };
    if (inFlaggedQuote(ctx, span)) continue;
    // A quotation the sources hold word for word says what its speaker said, whatever the evidence sentence says:
    // "he wrote that he "would not encourage any gay player to come out"" beside "he would encourage gay players to
    // keep quiet".
    if (ctx.draft.quotes.some(q => q.start <= span.start && span.end <= q.end && quoteFoundVerbatim(ctx, q))) continue;
    const sourceWords = best.sentence.text.slice(e[pe].start - best.sentence.start, e[ne].end - best.sentence.start);
    // For the message, the source's words up to the next content word that is not an adverb ("was closely
    // monitoring", "was arrested").
    let last = ne;
    while (last < e.length - 1 && last < ne + 3 && (e[last].stop || /ly$/.test(e[last].norm))) last++;
    const said = best.sentence.text.slice(e[pe].start - best.sentence.start, e[last].end - best.sentence.start);
    ctx.findings.push({
      rule: 'negation-mismatch',
      span,
      message: dn.length > 0 ? `The draft negates what the source states: "${said}".` : `The draft drops the source's negation: "${said}".`,
      expected: dn.length > 0 ? withoutNegation(dn) : sourceWords,
      evidence: [best],
    });
  }
}

/** The stretch (tokens after `before`) has "from" and a verb of preventing comes a few words before it. */
function preventedFrom(tokens: Token[], stretch: Token[], before: number): boolean {
  if (!stretch.some(t => t.norm === 'from')) return false;
  for (let k = before; k >= 0 && k >= before - PREVENTED_GAP; k--) if (PREVENTING.has(tokens[k].norm)) return true;
  return false;
}
const PREVENTING = new Set(
  'bar bars barred barring ban bans banned banning prevent prevents prevented preventing stop stops stopped stopping block blocks blocked blocking prohibit prohibits prohibited prohibiting forbid forbids forbade forbidden deter deters deterred precluded preclude precludes restrain restrained discourage discouraged discourages exempt exempted excluded exclude excludes'.split(' '),
);
/** Words between the verb and the stretch: "barred [foreign players] from". */
const PREVENTED_GAP = 4;

/** A stretch of unmatched words between two matched ones where one sentence has a negation and the other none:
 *  draft tokens (pd, nd), source tokens (pe, ne), exclusive, and the negations of each side. */
interface Stretch {
  pd: number;
  pe: number;
  nd: number;
  ne: number;
  dn: Token[];
  en: Token[];
}

/** Verbs that carry a negation for the clause after them: "did not say he would" is "said he would not". */
const NEG_RAISING = new Set(['say', 'said', 'think', 'thought', 'believ', 'expect', 'want', 'seem', 'appear', 'plan', 'intend', 'suppos', 'like']);

/** The draft's words without the added negation, for the quick fix: "" for "not" or "never" (the word goes),
 *  "does" for "doesn't"; undefined when the negation cannot simply go ("no evidence", "without"). */
function withoutNegation(dn: Token[]): string | undefined {
  if (dn.length !== 1) return undefined;
  const t = dn[0];
  if (t.norm === 'not' || t.norm === 'never') return '';
  const positive = POSITIVE[t.norm.replace(/’/g, "'")];
  if (positive === undefined) return undefined;
  return UPPER_FIRST.test(t.text) ? positive[0].toUpperCase() + positive.slice(1) : positive;
}

const POSITIVE: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  "don't": 'do', "doesn't": 'does', "didn't": 'did', "isn't": 'is', "aren't": 'are', "wasn't": 'was', "weren't": 'were',
  "hasn't": 'has', "haven't": 'have', "hadn't": 'had', "won't": 'will', "wouldn't": 'would', "can't": 'can', cannot: 'can',
  "couldn't": 'could', "shouldn't": 'should', "mustn't": 'must',
});

const NO_WORDS = new Set(['no', 'none', 'nothing', 'nobody', 'never']);
const ANY_WORDS = new Set(['any', 'anything', 'anybody', 'anyone', 'ever']);

/** "no more than", "no later than": a bound written with "no". */
function noComparative(tokens: Token[]): boolean {
  return tokens.some((t, i) => t.norm === 'no' && COMPARATIVES.has(tokens[i + 1]?.norm) && tokens[i + 2]?.norm === 'than');
}
const COMPARATIVES = new Set(['more', 'less', 'fewer', 'later', 'earlier', 'longer', 'shorter', 'greater', 'higher', 'lower', 'bigger', 'smaller', 'better', 'worse']);

function countNegations(tokens: Token[]): number {
  return tokens.filter(t => isNegation(t.norm)).length;
}
