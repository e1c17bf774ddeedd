// What every rule sees of one draft sentence: its claims, its evidence, its alignment with the best evidence, and
// the claims already flagged by an earlier rule (so a wrong value is reported once, by the most specific rule).
import { coverageStems, matchedAround, unionCoverage, type Alignment, type Candidate, type Gap } from './align';
import type { NumberClaim } from './numbers';
import type { Token } from './tokens';
import { tokenRange, type AnalysedSentence, type Claim } from './claims';
import type { IndexedDoc, IndexedSentence, SourceIndex } from './sourceIndex';
import type { RuleId, Span } from './types';

export interface RawFinding {
  rule: RuleId;
  span: Span;
  message: string;
  expected?: string;
  evidence: IndexedSentence[];
}

export interface SentenceContext {
  draft: AnalysedSentence;
  index: SourceIndex;
  /** Best evidence first. */
  candidates: Candidate[];
  /** Word alignment of the draft sentence with candidates[0]. */
  alignment?: Alignment;
  flagged: Set<Claim>;
  findings: RawFinding[];
}

/** With several sources, the documents the draft sentence's evidence comes from (its best candidates'): a
 *  figure or date only another source gives is about another story ("The 31-year-old will return to Leeds" where
 *  Leeds's striker is 25 and a story on another player says "turns 31"; probe20, roundups of two or three dev
 *  articles). Undefined with one source. */
export function evidenceDocs(ctx: SentenceContext): Set<IndexedDoc> | undefined {
  if (ctx.index.docs.length < 2 || ctx.candidates.length === 0) return undefined;
  // Asked once per figure and date of the sentence: worked out once.
  let docs = EVIDENCE_DOCS.get(ctx);
  if (!docs) EVIDENCE_DOCS.set(ctx, (docs = readEvidenceDocs(ctx)));
  return docs;
}
const EVIDENCE_DOCS = new WeakMap<SentenceContext, Set<IndexedDoc>>();

function readEvidenceDocs(ctx: SentenceContext): Set<IndexedDoc> {
  const near = nearCandidates(ctx);
  const docs = new Set(near.map(c => c.sentence.doc));
  // A sentence joining two stories ("Sunderland beat Bournemouth 2-1, while Lyon beat Bastia 2-0") draws on each:
  // a candidate of another document that covers words the near ones leave out brings its document in.
  const left = coverageStems(ctx.draft.tokens, ctx.index).filter(s => !near.some(c => c.sentence.stems.has(s)));
  if (left.length < JOINED_STORY_WORDS) return docs;
  for (const c of ctx.candidates) {
    if (docs.has(c.sentence.doc)) continue;
    let got = 0;
    for (const s of left) if (c.sentence.stems.has(s)) got++;
    if (got >= JOINED_STORY_WORDS) docs.add(c.sentence.doc);
  }
  return docs;
}
/** Words a candidate of another document must cover, of those the near candidates leave out, to bring it in. */
const JOINED_STORY_WORDS = 3;

/** The candidates whose documents evidenceDocs gives: the best, and of the next few those near it. */
export function nearCandidates(ctx: SentenceContext): Candidate[] {
  const best = ctx.candidates[0]?.coverage ?? 0;
  return ctx.candidates.slice(0, EVIDENCE_DOC_CANDIDATES).filter(c => c === ctx.candidates[0] || c.coverage >= best * EVIDENCE_DOC_SHARE);
}
/** The candidates whose documents count: of the best few, those covering at least this share of what the best
 *  covers (a sentence sharing one word with the draft is no evidence of what it is about). */
const EVIDENCE_DOC_CANDIDATES = 3;
const EVIDENCE_DOC_SHARE = 0.5;

/** Evidence sentences worth quoting for this draft sentence: the best, and those nearly as good. */
export function supportingSentences(ctx: SentenceContext, min = 0.3): IndexedSentence[] {
  const best = ctx.candidates[0];
  if (!best || best.coverage < min) return [];
  return ctx.candidates.filter(c => c.coverage >= Math.max(min, best.coverage - 0.15)).slice(0, 3).map(c => c.sentence);
}

/** When the draft sentence follows its best evidence closely (most of its content, word for word), the candidates
 *  near that evidence's coverage: the sentences it may draw on. A claim that none of them gives, though the sources
 *  give it elsewhere, is there about something else ("Acme's revenue rose 7.5%" where the evidence says "its revenue
 *  rose 12%" and another sentence "Shares in Acme jumped 7.5%"). Undefined when the sentence follows no evidence so
 *  closely. */
export function closeEvidence(ctx: SentenceContext): Candidate[] | undefined {
  const best = ctx.candidates[0];
  // (Or every content word of the draft in it, in another order: "The treasurer quit on 17 May" for "The first
  // resignation came on 3 May, when the treasurer quit", probe25.)
  if (!best || best.coverage < CLOSE_COVERAGE || (!closeParaphrase(ctx) && best.coverage < WHOLLY_COVERED)) return undefined;
  return ctx.candidates.filter(c => c.coverage >= best.coverage - NEAR_COVERAGE);
}
const CLOSE_COVERAGE = 0.8;
const WHOLLY_COVERED = 0.999;
const NEAR_COVERAGE = 0.3;

/** The draft sentence fuses its evidence with another of the first candidates, which gives the claim: "The union,
 *  meeting in Leeds on 5 June, agreed a strike after the newspaper reported that 40 homes had flooded", where one
 *  source sentence has the report (on 3 June) and another the meeting on 5 June. The other sentence must add a
 *  good share of the draft's words (FUSED_GAIN of its coverage) to what the evidence covers. */
export function fusedWithClaim(ctx: SentenceContext, claim: Claim, gives: (s: IndexedSentence) => boolean): boolean {
  const best = ctx.candidates[0];
  if (!best) return false;
  // (The claim's own words, "Wednesday", are what is in question, not what the other sentence adds.)
  let alone: number | undefined;
  for (const c of ctx.candidates.slice(1, 3)) {
    if (c.coverage < FUSED_MIN || !gives(c.sentence)) continue;
    alone ??= unionCoverage(ctx.draft, ctx.index, [best], claim);
    if (unionCoverage(ctx.draft, ctx.index, [best, c], claim) >= alone + FUSED_GAIN) return true;
  }
  return false;
}
const FUSED_MIN = 0.25;
const FUSED_GAIN = 0.15;

/** Where a comma-delimited phrase right after offset `at` in a source sentence ends (", the head of …,"), or
 *  `at` when there is none. */
function appositiveAfter(sentence: IndexedSentence, at: number): number {
  const { text, start } = sentence.sentence;
  const local = at - start;
  if (!/^\s*,/.test(text.slice(local, local + 3))) return at;
  const open = text.indexOf(',', local);
  const close = text.indexOf(',', open + 1);
  return close < 0 ? at : start + close;
}

/** The draft sentence follows its best evidence closely enough that a word-by-word comparison is meaningful. */
export function closeParaphrase(ctx: SentenceContext, minMatched = 0.6): boolean {
  const best = ctx.candidates[0];
  return !!best && !!ctx.alignment && ctx.alignment.matchedContent >= minMatched && best.coverage >= 0.3;
}

/**
 * A claim opening the sentence, swapped for the source claim right before the same words: "[Nine] members of
 * Congress spent two days" for "The delegation of [eight] members of Congress spent two days". FIRM_START words
 * after it follow the source in a row, and each claim runs straight into them; the gap is returned narrowed to the
 * two claims and anchored, or undefined. A lone capitalised word opening the sentence may be an ordinary word
 * ("Fashion duo" for "Sister duo"), an apposition is no swap ("Scott White, an Australian, pleaded" for "CANBERRA -
 * An Australian pleaded"), nor is the end of a range ("between 10 and [20] people"). (The same at the end of a
 * sentence found no inconsistent pair on the dev files and flagged a consistent one.)
 */
function openingGap<T extends Claim>(ctx: SentenceContext, claim: T, r: [number, number], gap: Gap, sourceClaims: T[]): Gap | undefined {
  const draft = ctx.draft.tokens;
  if (gap.anchoredBefore || !gap.anchoredAfter || gap.d0 !== 0 || gap.d1 !== r[1] || !draft.slice(0, r[0]).every(t => t.stop)) return undefined;
  if (claim.kind === 'name' && claim.initial) return undefined;
  const around = matchedAround(ctx.alignment!, draft, gap.d0, gap.d1, gap.e0, gap.e1, inBrackets(ctx.candidates[0].sentence));
  if (around.after < FIRM_START || around.content < FIRM_START - 1) return undefined;
  const E = ctx.candidates[0].sentence;
  const adjacent = sourceClaims.find(e => {
    const er = tokenRange(E.tokens, e);
    return er !== undefined && er[1] === gap.e1 && er[0] >= gap.e0;
  });
  if (!adjacent) return undefined;
  const er = tokenRange(E.tokens, adjacent)!;
  const blank = (s: { text: string; start: number }, from: number, to: number) => /^\s*$/.test(s.text.slice(from - s.start, to - s.start));
  if (!blank(ctx.draft.sentence, claim.end, draft[gap.d1].start) || !blank(E.sentence, adjacent.end, E.tokens[gap.e1].start)) return undefined;
  if (er[0] > 0 && RANGE_WORDS.has(E.tokens[er[0] - 1].norm)) return undefined;
  return { ...gap, e0: Math.max(gap.e0, er[0] - (E.tokens[er[0] - 1]?.stop ? 1 : 0)), anchoredBefore: true };
}

/** The same at the end: a claim that ends the draft sentence, after FIRM_START matched words, where a claim ends
 *  the evidence sentence ("a gunman who slaughtered [nine]." for "… who slaughtered [seven]."). */
function closingGap<T extends Claim>(ctx: SentenceContext, claim: T, r: [number, number], gap: Gap, sourceClaims: T[]): Gap | undefined {
  const draft = ctx.draft.tokens;
  const E = ctx.candidates[0].sentence;
  if (!gap.anchoredBefore || gap.anchoredAfter || gap.d1 !== draft.length || r[1] !== draft.length) return undefined;
  if (!draft.slice(gap.d0, r[0]).every(t => t.stop)) return undefined;
  const around = matchedAround(ctx.alignment!, draft, gap.d0, gap.d1, gap.e0, gap.e1, inBrackets(E));
  // A sentence that follows its evidence closely throughout needs fewer: "…, in 1999, is [owned by] HSBC" for "…, in
  // 1999, and [owned by] Barclays" (probe23, a frank-bbc article).
  const firm = closeParaphrase(ctx) ? FIRM_START - 1 : FIRM_START;
  if (around.before < firm || around.content < firm - 1) return undefined;
  const last = sourceClaims.find(e => {
    const er = tokenRange(E.tokens, e);
    return er !== undefined && er[1] === gap.e1 && er[0] + (articleLed(E.tokens, e, er) ? 1 : 0) >= gap.e0;
  }) ?? (
    // A draft cut short after the claim, where the evidence goes on: its claim starts right where the draft's does
    // ("a curfew from 7pm to [4am]." for "… from 7pm to [1am] and report to police twice a week"; probe24, a court
    // report).
    // A place may be put otherwise there ("the trip to Yorkshire" for "the trip to Elland Road by handing back …"):
    // figures, dates and times only.
    r[0] === gap.d0 && claim.kind !== 'name' ? sourceClaims.find(e => tokenRange(E.tokens, e)?.[0] === gap.e0) : undefined
  );
  if (!last) return undefined;
  const er = tokenRange(E.tokens, last)!;
  // The end of a range is no swap, unless the draft gives the same range up to it ("from 7pm to [4am]").
  if (er[0] > 0 && RANGE_WORDS.has(E.tokens[er[0] - 1].norm) && !sameRangeStart(ctx.alignment!, draft, r[0] - 1, er[0] - 1)) return undefined;
  return { ...gap, e1: er[1], anchoredAfter: true };
}

/** Whether a word of the sentence stands in brackets, an aside a paraphrase may leave out: "(78million)" of "will
 *  reach 18.8 per cent (78million) by 2060" (probe23, a frank-cnndm article on immigration). */
function inBrackets(s: IndexedSentence): (e: number) => boolean {
  const text = s.sentence.text;
  return e => {
    const t = s.tokens[e];
    if (!t) return false;
    const at = t.start - s.sentence.start;
    const open = text.lastIndexOf('(', at);
    return open >= 0 && text.lastIndexOf(')', at) < open && text.indexOf(')', at) >= 0;
  };
}

/** The draft's range word at `k` ("to", "and") is the evidence's at `j`, after a figure matched with the one before
 *  it there: the same range's start ("from [7pm] to"). */
function sameRangeStart(a: Alignment, draft: Token[], k: number, j: number): boolean {
  return k > 0 && j > 0 && draft[k - 1].num && a.draftToSource[k] === j && a.draftToSource[k - 1] === j - 1;
}

/** Words of a role before a source's name that a swap may leave out ("striker", "vice chairman"). */
const MAX_ROLE_WORDS = 2;
const LOWER_FIRST = /^\p{Ll}/u;
const POSSESSIVE_END = /['’]s?$/u;
/** Relations: the name after one is another person than the one before it. */
const KIN = new Set(
  'father mother son daughter brother sister wife husband partner girlfriend boyfriend fiance fiancee uncle aunt cousin nephew niece grandfather grandmother grandson granddaughter stepfather stepmother widow widower friend parent parents child'.split(' '),
);

/** A lower-case word of a role: no function word, figure, relation or possessive. */
function roleWord(t: Token): boolean {
  return !t.stop && !t.num && LOWER_FIRST.test(t.text) && !KIN.has(t.norm) && !POSSESSIVE_END.test(t.text);
}

/** Matched words in a row after a claim swapped at the start of a sentence. */
const FIRM_START = 3;
const RANGE_WORDS = new Set(['and', 'to', '-', '–', 'or']);

/** A share written with "a" or "an" ("a quarter of"): a fraction of more than one word that opens with the article. */
function articleLed(tokens: Token[], claim: Claim, r: [number, number]): boolean {
  return claim.kind === 'number' && !!(claim as NumberClaim).fraction && r[1] - r[0] >= 2 && /^an?$/.test(tokens[r[0]].norm);
}

/**
 * The source claim a draft claim was written in place of, if the alignment shows one: the draft claim sits in a
 * stretch of unmatched words between matched words (or opens the sentence, followed by FIRM_START matched words
 * that the source's claim comes right before), and facing it in the best evidence sentence is a claim of the same
 * kind that disagrees with it and that the draft sentence does not state anywhere else.
 */
export function substituted<T extends Claim>(
  ctx: SentenceContext,
  claim: T,
  sourceClaims: (s: IndexedSentence) => T[],
  draftClaims: T[],
  comparable: (a: T, b: T) => boolean,
  agree: (a: T, b: T) => boolean,
): T | undefined {
  const best = ctx.candidates[0];
  const a = ctx.alignment;
  if (!best || !a) return undefined;
  const r = tokenRange(ctx.draft.tokens, claim);
  if (!r) return undefined;
  // The stretch holding the claim's first word, or for a date the stretch holding part of it ("June [30]" for
  // "June [6]": the month matched).
  const partly = claim.kind === 'date' || claim.kind === 'name';
  // A share's leading article matches the source's ("a [quarter] of" for "a [fifth] of"): the stretch starts after it.
  const lead = articleLed(ctx.draft.tokens, claim, r) ? 1 : 0;
  let gap = a.gaps.find(g => (partly ? g.d0 < r[1] : g.d0 <= r[0] + lead) && r[0] + lead < g.d1);
  if (!gap) return undefined;
  if (!gap.anchoredBefore || !gap.anchoredAfter) {
    gap = openingGap(ctx, claim, r, gap, sourceClaims(best.sentence)) ?? closingGap(ctx, claim, r, gap, sourceClaims(best.sentence));
    if (!gap) return undefined;
  }
  if (gap.d1 - gap.d0 > 8) return undefined;
  // A sentence that follows its evidence only in part (fused from two sentences, or cut short) still shows a swap
  // when the words right around the claim follow it: "457 deaths in [25] countries" for "… in [21] countries".
  if (!closeParaphrase(ctx) && !locallyAnchored(a, ctx.draft.tokens, gap)) return undefined;
  const E = best.sentence;
  const facing = sourceClaims(E).filter(e => {
    const er = tokenRange(E.tokens, e);
    if (er === undefined || er[1] <= gap.e0 || gap.e1 <= er[0]) return false;
    if (!partly) return er[0] + (articleLed(E.tokens, e, er) ? 1 : 0) >= gap.e0;
    // Words of either claim outside the stretch are matched with words of the other ("June" of "June 30" and
    // "June 6"), not with words elsewhere ("crystal palace at the [etihad]" is no swap for "Crystal Palace's [XI]").
    for (let k = er[0]; k < er[1]; k++) if ((k < gap.e0 || k >= gap.e1) && !(a.sourceToDraft[k] >= r[0] && a.sourceToDraft[k] < r[1])) return false;
    for (let k = r[0]; k < r[1]; k++) if ((k < gap.d0 || k >= gap.d1) && !(a.draftToSource[k] >= er[0] && a.draftToSource[k] < er[1])) return false;
    return true;
  });
  const options = facing.filter(e => comparable(claim, e) && !agree(claim, e) && !draftClaims.some(d => agree(d, e)));
  if (options.length === 0) return undefined;
  // A clean swap: apart from the two claims, the differing stretch holds only function words. Otherwise the
  // sentences say different things around the claim, and the claim may be right in what the draft says.
  // An appositive after the source's claim ("Pak Thae Song, the head of …,") that the draft leaves out is part of
  // the swap, not a difference around it.
  const e = options[0];
  const er = tokenRange(E.tokens, e)!;
  const appositiveEnd = appositiveAfter(E, e.end);
  // So is a role before it ("Leeds had [midfielder] Bakary Sow sent off" for "Leeds had Kane sent off"; probe21, a
  // frank-bbc match report): up to two lower-case words right before the source's name, no kin and no one's ("his
  // girlfriend Kayleigh Harris" is not "his girlfriend's father Mark Harris"; probe18, a cliff-cnndm article).
  let roleStart = er[0];
  while (e.kind === 'name' && roleStart > gap.e0 && er[0] - roleStart < MAX_ROLE_WORDS && roleWord(E.tokens[roleStart - 1])) roleStart--;
  let rest = 0;
  for (let k = gap.d0; k < gap.d1; k++) if ((k < r[0] || k >= r[1]) && !ctx.draft.tokens[k].stop) return undefined;
  for (let k = gap.e0; k < gap.e1; k++) {
    if (k >= roleStart && k < er[1]) continue;
    if (E.tokens[k].start >= e.end && E.tokens[k].end <= appositiveEnd) continue;
    rest++;
    if (!E.tokens[k].stop) return undefined;
  }
  if (rest + (er[1] - er[0]) > 8) return undefined;
  return e;
}

/** Matched words in a row around a gap: one before and one after at least, one of them a content word. */
export function locallyAnchored(a: Alignment, draft: Token[], g: Gap): boolean {
  const around = matchedAround(a, draft, g.d0, g.d1, g.e0, g.e1);
  return around.before >= 1 && around.after >= 1 && around.content >= 1;
}

/** Inside a quotation quote-mismatch flagged: its finding already says what the source says there. */
export function inFlaggedQuote(ctx: SentenceContext, span: Span): boolean {
  return ctx.findings.some(f => f.rule === 'quote-mismatch' && f.span.start <= span.start && span.end <= f.span.end);
}
