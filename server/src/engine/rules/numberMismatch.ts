// number-mismatch: a quantity that differs from the one the supporting source sentence gives ("12-month" where
// the source says "18-month"). A duration's message says so.
import { agesOfPeople, type PersonAge } from '../ages';
import { tokenRange } from '../claims';
import { closeEvidence, fusedWithClaim, substituted, type SentenceContext } from '../context';
import { comparableUnits, numbersAgree, type NumberClaim } from '../numbers';
import { sameRateKind, timesAYear } from '../rates';
import type { IndexedSentence } from '../sourceIndex';
import type { Token } from '../tokens';
import { agesInSources, atDraftRate, baseOfChange, marginWorkedOut, numbersCounting, numberStatedInSources, numberWorkedOut, rangesOf, rateConverted, roughArithmetic, totalOf, withinRange } from './support';

export function numberMismatch(ctx: SentenceContext): void {
  const draftNumbers = ctx.draft.numbers;
  const ages = draftNumbers.length > 0 ? agesOfPeople(ctx.draft) : [];
  let draftRanges: Array<[NumberClaim, NumberClaim]> | undefined;
  for (const n of draftNumbers) {
    const best = ctx.candidates[0]?.sentence;
    if (!best) return;
    if (ctx.flagged.has(n)) continue; // a score, decided whole (scoreMismatch)
    // A share the writer put as a fraction is left to them, unless it stands where the evidence puts another
    // fraction: "Half of the £18bn cost" where the source says "One third of the £18bn cost".
    if (n.fraction) {
      if (best.numbers.some(e => numbersAgree(n, e))) continue;
      const other = substituted(ctx, n, s => s.numbers.filter(e => e.fraction), draftNumbers, comparableUnits, numbersAgree);
      if (other) flagFigure(ctx, n, other, best);
      continue;
    }
    const age = ages.find(a => a.claim === n);
    if (age && ageMismatch(ctx, age)) continue;
    // The sources give this person this age ("Rhodri Giggs, 37,"): no other figure of the evidence is in its place
    // ("his 41-year-old brother Ryan").
    if (age && agesInSources(ctx, age.person).some(g => g.same && g.age.value === age.value)) continue;
    const misplaced = misplacedFigure(ctx, n);
    if (!misplaced && best.numbers.some(e => numbersAgree(n, e))) {
      const other = atOtherRate(ctx, n);
      if (other) flagFigure(ctx, n, other, best);
      continue;
    }
    // Within a range of the evidence ("12" for "between 10 and 20"): not another figure; hedged, it is stated, and a
    // precise one is left to unsupported-number. A bound of the draft's own range is no figure within one: "between
    // eight and 10" where the source says "between eight and 12".
    const bound = (draftRanges ??= rangesOf(ctx.draft)).some(r => r.includes(n));
    if ((!bound && withinRange(best, n)) || rateConverted(ctx, n) || baseOfChange(best, n)) continue;
    if (totalOf(ctx, best, n) || roughArithmetic(best, n) || marginWorkedOut(ctx, n, ctx.candidates.slice(0, 3))) continue;
    let expected = misplaced ?? substituted(ctx, n, s => s.numbers, draftNumbers, comparableUnits, numbersAgree) ?? otherUnit(ctx, n);
    if (expected && partOfTotal(draftNumbers, n, expected)) continue;
    if (expected && !misplaced && fusedWithClaim(ctx, n, s => s.numbers.some(e => numbersAgree(n, e)))) continue;
    if (!expected && n.unit && ctx.candidates[0].coverage >= 0.6 && (!numberStatedInSources(ctx, n) || statedOnlyApart(ctx, n))) {
      // Not stated anywhere, and the evidence gives exactly one quantity of the same kind that the draft lacks.
      const same = best.numbers.filter(e => e.unit?.family === n.unit!.family && !draftNumbers.some(d => numbersAgree(d, e)));
      if (same.length === 1) expected = same[0];
    }
    let evidence: IndexedSentence = best;
    if (!expected) {
      // The points between two percentages of the evidence ("fell 2.6 points" from 34% to 31.4%) are no other count.
      if (pointsBetween(best, n)) continue;
      const counted = countsOtherwise(ctx, n);
      if (!counted) continue;
      ({ claim: expected, sentence: evidence } = counted);
    }
    // The same figure in the same unit is no other figure, whatever bound either puts on it: "less than £8,200"
    // where a source's typo ("less that £8,200") leaves its figure bare.
    if (expected.value === n.value && expected.unit?.unit === n.unit?.unit) continue;
    // Nor is a conversion the source puts in brackets after the draft's figure: "100 ($6; £5) dinar notes"; after
    // another figure, that figure is the one to put instead.
    const converted = convertedFigure(evidence, expected);
    if (converted && converted.length > 0) {
      if (converted.some(e => numbersAgree(n, e))) continue;
      expected = converted[converted.length - 1];
    }
    flagFigure(ctx, n, expected, evidence);
  }
}

/** The figure a source figure in brackets converts, written right before the bracket: the 100 of "100 ($6; £5)
 *  dinar notes" for the "$6" and the "£5". */
function convertedFigure(s: IndexedSentence, e: NumberClaim): NumberClaim[] | undefined {
  const text = s.sentence.text;
  const at = (offset: number) => offset - s.sentence.start;
  const open = text.lastIndexOf('(', at(e.start));
  if (open < 0 || text.slice(open, at(e.start)).includes(')')) return undefined;
  return s.numbers.filter(x => x !== e && x.end <= s.sentence.start + open && /^\s*$/.test(text.slice(at(x.end), open)));
}

/** The draft's figure at another rate than the evidence gives it: "£17 a week" where the source says "£17 a month"
 *  (the source's figure, reported at the draft's rate). No near source sentence gives it at the draft's rate. */
function atOtherRate(ctx: SentenceContext, n: NumberClaim): NumberClaim | undefined {
  const per = timesAYear(ctx.draft.tokens, n);
  if (per === undefined) return undefined;
  const best = ctx.candidates[0].sentence;
  const same = best.numbers.filter(e => numbersAgree(n, e));
  const rates = same.map(e => (sameRateKind(n, e) ? timesAYear(best.tokens, e) : undefined));
  if (rates.some(r => r === undefined || r === per)) return undefined;
  const stated = ctx.candidates.slice(0, 3).some(c => c.sentence.numbers.some(e => numbersAgree(n, e) && timesAYear(c.sentence.tokens, e) === per));
  return stated ? undefined : same[0];
}

/** Reports the draft's figure as another than the source's `expected` (at the draft's rate, where it gives one). */
function flagFigure(ctx: SentenceContext, n: NumberClaim, expected: NumberClaim, evidence: IndexedSentence): void {
  ctx.flagged.add(n);
  const rate = atDraftRate(ctx, n, expected, evidence);
  ctx.findings.push({
    rule: 'number-mismatch',
    span: { start: n.start, end: n.end },
    message: rate
      ? `${describe(n)} "${n.text}" ${rate.ours} here; the source says "${expected.text}" ${rate.theirs}, ${rate.text} ${rate.ours}.`
      : `${describe(n)} "${n.text}" here; the source says "${expected.text}".`,
    expected: rate?.text ?? expected.text,
    evidence: [evidence],
  });
}

/** The draft sentence follows its evidence closely, and its figure, which that evidence does not work out, the
 *  sources give only in sentences about something else: "Acme's revenue rose 7.5%" where the evidence says "its
 *  revenue rose 12%" and another sentence "Shares in Acme jumped 7.5%". */
function statedOnlyApart(ctx: SentenceContext, n: NumberClaim): boolean {
  const near = closeEvidence(ctx);
  return !!near && !near.some(c => c.sentence.numbers.some(e => numbersAgree(n, e))) && !numberWorkedOut(ctx, n, near);
}

/** Two figures of the evidence sentence put in each other's place: "touched 0.5% … breaching the 0.505% cap" where
 *  the source says "touched 0.505% … breaching the 0.5% cap". The draft's figure is exactly one the evidence gives
 *  elsewhere, and facing it, in words that follow the source on both sides, the evidence gives another. */
function misplacedFigure(ctx: SentenceContext, n: NumberClaim): NumberClaim | undefined {
  const best = ctx.candidates[0]?.sentence;
  if (!best || !best.numbers.some(e => sameFigure(n, e))) return undefined;
  const facing = substituted(ctx, n, s => s.numbers, [], comparableUnits, sameFigure);
  // A facing figure the draft's agrees with ("175p" where the source says "about 167p") is no other figure.
  if (!facing || numbersAgree(n, facing)) return undefined;
  // A facing figure the draft states too is a swap only where the draft's copy faces the source's copy of this one
  // ("touched 0.5%, breaching the 0.505% cap" for "touched 0.505%, breaching the 0.5% cap"); "cut the $400,000
  // salary to $308,000" keeps its $400,000 where the source has it.
  const twin = ctx.draft.numbers.find(d => d !== n && sameFigure(d, facing));
  if (twin) {
    const back = substituted(ctx, twin, s => s.numbers, [], comparableUnits, sameFigure);
    if (!back || !sameFigure(back, n)) return undefined;
  }
  const own = best.numbers.filter(e => e !== facing && sameFigure(n, e));
  // The draft's other figures lie nearer its own place than the facing one: "82% of population growth between 2010
  // and 2060" where the source gives "75.5 per cent of … growth between 2010 and 2050 and 82 per cent of growth
  // between 2010 and 2060".
  return own.length > 0 && !own.some(e => figuresNearer(ctx, n, best, e, facing)) ? facing : undefined;
}

/** The draft's other figures (years too) between its figure and the next comparable one on each side are found
 *  more between `own` and its neighbours in the source sentence than between `other` and its neighbours. */
function figuresNearer(ctx: SentenceContext, n: NumberClaim, s: IndexedSentence, own: NumberClaim, other: NumberClaim): boolean {
  const draft = stretchesAround(ctx.draft.tokens, ctx.draft.numbers, n);
  const a = stretchesAround(s.tokens, s.numbers, own);
  const b = stretchesAround(s.tokens, s.numbers, other);
  if (!draft || !a || !b) return false;
  const count = (side: 0 | 1, source: Set<string>[]) => [...draft[side]].filter(f => source[side].has(f)).length;
  return count(0, a) + count(1, a) > count(0, b) + count(1, b);
}

/** The figures written before and after a number, each side up to the next number of its kind: "[2010, 2060]" after
 *  "82 per cent" in "… 2050 and 82 per cent of growth between 2010 and 2060". The figure itself written again does
 *  not count ("touched 0.5% … the BOJ's 0.5% cap"). */
function stretchesAround(tokens: Token[], numbers: NumberClaim[], n: NumberClaim): [Set<string>, Set<string>] | undefined {
  const r = tokenRange(tokens, n);
  if (!r) return undefined;
  const bounds = numbers.filter(x => x !== n && comparableUnits(n, x)).map(x => tokenRange(tokens, x)).filter((x): x is [number, number] => x !== undefined);
  const from = Math.max(0, ...bounds.filter(x => x[1] <= r[0]).map(x => x[1]));
  const to = Math.min(tokens.length, ...bounds.filter(x => x[0] >= r[1]).map(x => x[0]));
  const itself = new Set(tokens.slice(r[0], r[1]).map(t => t.norm));
  const figures = (i: number, j: number) => new Set(tokens.slice(i, j).filter(t => t.num && !itself.has(t.norm)).map(t => t.norm));
  return [figures(from, r[0]), figures(r[1], to)];
}

/** The same value, hedge and kind of quantity. */
function sameFigure(a: NumberClaim, b: NumberClaim): boolean {
  return a.value === b.value && a.hedge === b.hedge && (a.unit?.family ?? 'count') === (b.unit?.family ?? 'count');
}

/** The draft's figure is the evidence's, aligned word for word, with another unit or scale: "another 30 years in
 *  detention" where the source says "for another 30 days", "30 million" where it says "30 billion". */
function otherUnit(ctx: SentenceContext, n: NumberClaim): NumberClaim | undefined {
  const a = ctx.alignment;
  const best = ctx.candidates[0]?.sentence;
  if (!a || !best) return undefined;
  const r = tokenRange(ctx.draft.tokens, n);
  if (!r) return undefined;
  const j = a.draftToSource[r[0]];
  if (j < 0) return undefined;
  const at = best.tokens[j];
  const e = best.numbers.find(x => x.start <= at.start && at.end <= x.end);
  if (!e || at.norm !== ctx.draft.tokens[r[0]].norm || !comparableUnits(n, e) || numbersAgree(n, e) || ctx.draft.numbers.some(d => numbersAgree(d, e))) return undefined;
  // The word before the figure follows the source too ("another 30"), so the figure is the same quantity.
  const before = r[0] > 0 ? a.draftToSource[r[0] - 1] : -1;
  return before >= 0 && before === j - 1 ? e : undefined;
}

/** "Enoch Gaver, 28," where the sources give Enoch Gaver's age as 21 (and 28 is his brother's): the person's age in
 *  the sources is another one, the same wherever they give it. Reports it and returns true. */
function ageMismatch(ctx: SentenceContext, age: PersonAge): boolean {
  const all = agesInSources(ctx, age.person);
  if (all.some(g => g.age.value === age.value)) return false;
  const given = all.filter(g => g.same);
  const values = new Set(given.map(g => g.age.value));
  if (given.length === 0 || values.size !== 1) return false;
  const { age: theirs, sentence } = given[0];
  const n = age.claim;
  // The draft's wording with the source's figure: "21" for "28", "21-year-old" for "28-year-old".
  const expected = /\d+/.test(n.text) ? n.text.replace(/\d+/, String(theirs.value)) : String(theirs.value);
  ctx.flagged.add(n);
  ctx.findings.push({
    rule: 'number-mismatch',
    span: { start: n.start, end: n.end },
    message: `Age "${n.text}" for ${age.person.text} here; the source gives ${theirs.person.text}'s age as ${theirs.value}.`,
    expected,
    evidence: [sentence],
  });
  return true;
}

/**
 * The same thing counted with another number: "the third quarter" where the sentences that support this one say
 * "the fourth quarter", and no source ever counts a third one. The noun right after the number is what is counted;
 * among the draft sentence's evidence, exactly one number counts it, and the draft's number counts it nowhere.
 */
function countsOtherwise(ctx: SentenceContext, n: NumberClaim): { claim: NumberClaim; sentence: IndexedSentence } | undefined {
  if (n.unit && n.unit.family !== 'ordinal') return undefined;
  // A bound is another group, not a swap; so is a few counted in words among many ("three inmates" of "more than
  // 500 inmates"), though not among a few ("two schools" where the evidence counts "the three schools").
  if (n.hedge) return undefined;
  const few = n.words && n.value <= 10 && !n.unit;
  const noun = n.noun;
  if (!noun) return undefined;
  const counting = numbersCounting(ctx.index, noun).filter(s => (s.claim.unit?.family === 'ordinal') === (n.unit?.family === 'ordinal'));
  if (counting.length === 0 || counting.some(s => numbersAgree(n, s.claim))) return undefined;
  // The evidence's own numbers (the index lists a figure repeated word for word once, at its first sentence).
  const near = ctx.candidates.flatMap(c => c.sentence.numbers.filter(e => e.noun === noun).map(claim => ({ claim, sentence: c.sentence })))
    .filter(s => !s.claim.hedge && (s.claim.unit?.family === 'ordinal') === (n.unit?.family === 'ordinal') && !ctx.draft.numbers.some(d => numbersAgree(d, s.claim)));
  const values = new Set(near.map(s => s.claim.value));
  if (few && near.some(s => s.claim.value > 10)) return undefined;
  // The sentence that counts the noun gives the draft's figure too, without repeating the noun: "a personal best of
  // 6,920 points, beating Lorne's 6,704" states "Lorne's 6,704 points" (probe19, a frank-bbc heptathlon report).
  if (near.some(s => s.sentence.numbers.some(e => e.noun === undefined && numbersAgree(n, e)))) return undefined;
  return values.size === 1 ? near[0] : undefined;
}

/** The draft splits the source's figure into parts it states both of: "a thousand sit-ups in the morning and a
 *  thousand at night" where the source says "2,000 sit ups". */
function partOfTotal(draftNumbers: NumberClaim[], n: NumberClaim, total: NumberClaim): boolean {
  if (n.hedge || total.hedge || !comparableUnits(n, total)) return false;
  const eps = 1e-9 * Math.max(1, Math.abs(total.value));
  return draftNumbers.some(d => {
    if (d === n || d.hedge || !comparableUnits(d, n) || Math.abs(d.value + n.value - total.value) >= eps) return false;
    // Parts of one thing: both count it, or the second leaves it to be understood ("… and a thousand at night").
    // "12 Challenger 2 tanks" is no 12 + 2.
    const [first, second] = d.start < n.start ? [d, n] : [n, d];
    return first.noun === second.noun || second.noun === undefined;
  });
}

/** The difference of two percentages of the sentence: "2.6 points" for "31.4%, down from 34%". */
function pointsBetween(s: IndexedSentence, n: NumberClaim): boolean {
  if (n.unit && n.unit.family !== 'percent') return false;
  const shares = s.numbers.filter(x => x.unit?.family === 'percent' && !x.hedge);
  return shares.some((a, i) => shares.slice(i + 1).some(b => Math.abs(Math.abs(a.value - b.value) - n.value) < 1e-9 * Math.max(1, a.value, b.value)));
}

function describe(n: NumberClaim): string {
  switch (n.unit?.family) {
    case 'time': return 'Duration';
    case 'money': return 'Amount';
    case 'percent': return n.fraction ? 'Share' : 'Percentage';
    case 'age': return 'Age';
    case 'ordinal': return 'Ordinal';
    default: return 'Number';
  }
}
