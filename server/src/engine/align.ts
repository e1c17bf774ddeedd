// Alignment: the source sentences that support a draft sentence (BM25 candidates re-ranked by how much of the
// draft sentence's content they cover), and a word-by-word alignment with the best one, whose unmatched stretches
// show where the draft put other words in place of the source's.
import type { AnalysedSentence } from './claims';
import { isNumberWord, numbersAgree } from './numbers';
import { stemTableOf, type IndexedSentence, type SourceIndex } from './sourceIndex';
import { stem, STOPWORDS, type Token } from './tokens';

export interface Candidate {
  sentence: IndexedSentence;
  /** Share of the draft sentence's content (IDF-weighted) that this source sentence contains, 0..1. */
  coverage: number;
  /** BM25 score of the source sentence for the draft sentence. */
  score: number;
}

/** Draft sentence content: the stems that count for coverage. */
function contentStems(tokens: Token[], index: SourceIndex): string[] {
  return [...new Set(tokens.filter(t => !t.stop && t.norm.length > 1).flatMap(t => stemsOf(t, index)))];
}

/** The words that count for coverage: content words without figures, so that a wrong or unstated number is left
 *  to the number rules and does not also make its sentence look unsupported. */
export function coverageStems(tokens: Token[], index: SourceIndex): string[] {
  return [...new Set(tokens.filter(t => !t.stop && !t.num && t.norm.length > 1).flatMap(t => stemsOf(t, index)))];
}

/** A token's stem; or, for a hyphenated word that no source writes so, the stems of its parts: "semi-finalists"
 *  where the source writes "semi finalists". */
function stemsOf(t: Token, index: SourceIndex): string[] {
  if (!t.stem.includes('-') || index.bm25.idOf(t.stem) !== undefined) return [t.stem];
  const parts = t.norm.split('-').filter(p => p.length > 1 && !STOPWORDS.has(p));
  return parts.length > 0 ? parts.map(stem) : [t.stem];
}

/** Scratch for findEvidence: per term id, 1 + the place of the draft stem with that id (0: none); per place, whether
 *  the candidate holds it. Left all zero between calls. */
let stemMarks = new Int32Array(1024);
let present = new Uint8Array(64);

function markStems(ids: number[]): void {
  let max = -1;
  for (const id of ids) if (id > max) max = id;
  if (max >= stemMarks.length) stemMarks = new Int32Array(Math.max(max + 1, stemMarks.length * 2));
  if (ids.length > present.length) present = new Uint8Array(Math.max(ids.length, present.length * 2));
  for (let i = 0; i < ids.length; i++) if (ids[i] >= 0) stemMarks[ids[i]] = i + 1;
}

/** The best supporting source sentences for a draft sentence, best first. */
export function findEvidence(draft: AnalysedSentence, index: SourceIndex, limit = 5): Candidate[] {
  const query = contentStems(draft.tokens, index);
  const stems = coverageStems(draft.tokens, index);
  if (query.length === 0 || index.sentences.length === 0) return [];
  // The stems as term ids, looked up once for the search, the weights and all candidates (a stem no source has is in
  // none of them). Every coverage stem is a query stem.
  const bm25 = index.bm25;
  const idOf = new Map<string, number>();
  const queryIds = query.map(s => {
    const id = bm25.idOf(s) ?? -1;
    idOf.set(s, id);
    return id;
  });
  const ids = stems.map(s => idOf.get(s)!);
  const weights = ids.map(id => bm25.weightOfId(id));
  const total = weights.reduce((a, b) => a + b, 0);
  const hits = bm25.searchIds(queryIds, Math.max(limit * 4, 20));
  const coverages: number[] = [];
  const table = stemTableOf(index);
  // Each stem's place in `stems`, by term id: a candidate's ids are read once, rather than searched for each stem.
  if (table) markStems(ids);
  for (const h of hits) {
    let got = 0;
    if (table) {
      // The same test as s.stems.hasTerm, on the index's arrays (the weights added in the same order, the stems').
      const { list, starts } = table;
      const to = starts[h.id + 1];
      const marks = stemMarks;
      for (let k = starts[h.id]; k < to; k++) {
        const id = list[k];
        if (id < marks.length && marks[id] > 0) present[marks[id] - 1] = 1;
      }
      for (let i = 0; i < stems.length; i++) {
        if (present[i] === 1) {
          got += weights[i];
          present[i] = 0;
        }
      }
    } else {
      const s = index.sentences[h.id];
      for (let i = 0; i < stems.length; i++) if (ids[i] >= 0 && s.stems.hasTerm(ids[i])) got += weights[i];
    }
    coverages.push(total > 0 ? got / total : 0);
  }
  if (table) for (const id of ids) if (id >= 0) stemMarks[id] = 0;
  // Best coverage first; on a tie the closer wording (higher BM25 score), then source order: the first `limit` in
  // that order (a total order: the hits are distinct sentences), picked from the hits without sorting them all.
  const out: Candidate[] = [];
  while (out.length < limit && out.length < hits.length) {
    let best = -1;
    for (let k = 0; k < hits.length; k++) {
      if (coverages[k] < 0) continue; // taken
      if (best < 0) {
        best = k;
        continue;
      }
      const c = coverages[k];
      const b = coverages[best];
      if (c > b || (c === b && (hits[k].score > hits[best].score || (hits[k].score === hits[best].score && hits[k].id < hits[best].id)))) best = k;
    }
    out.push({ sentence: index.sentences[hits[best].id], coverage: coverages[best], score: hits[best].score });
    coverages[best] = -1;
  }
  return out;
}

/** What a figure of the draft that a candidate gives as well is worth, in coverage. */
const FIGURE_WEIGHT = 0.1;

/**
 * Coverage leaves figures out, so that a wrong figure does not make its sentence look unsupported; but a figure
 * the draft gives exactly is strong evidence of which sentence it draws on. "Shares rose 7.5% to $143.20" covers
 * "… revenue rose 12% to $4.2 billion" (rose) a little more than "Shares in Acme jumped 7.5% to $143.20"
 * (shares), and only the second gives its figures. Of the first few candidates, one that gives more of the
 * draft's figures than the best one, all those the best one gives among them, takes its place when its coverage,
 * with each further figure worth FIGURE_WEIGHT, is higher. Returns whether the candidates were reordered.
 */
export function preferFigures(draft: AnalysedSentence, candidates: Candidate[]): boolean {
  if (draft.numbers.length === 0 || candidates.length < 2) return false;
  const gives = (c: Candidate) => draft.numbers.map(n => c.sentence.numbers.some(e => numbersAgree(n, e)));
  const first = gives(candidates[0]);
  const firstCount = first.filter(Boolean).length;
  if (firstCount === draft.numbers.length) return false;
  let pick = 0;
  let score = candidates[0].coverage;
  for (let k = 1; k < Math.min(3, candidates.length); k++) {
    const other = gives(candidates[k]);
    // It gives every figure the best one gives (a sentence fusing two source sentences keeps its best evidence).
    if (first.some((g, i) => g && !other[i])) continue;
    const more = other.filter(Boolean).length - firstCount;
    if (more > 0 && candidates[k].coverage + FIGURE_WEIGHT * more > score) {
      pick = k;
      score = candidates[k].coverage + FIGURE_WEIGHT * more;
    }
  }
  if (pick === 0) return false;
  candidates.unshift(...candidates.splice(pick, 1));
  return true;
}

/** Share of the draft sentence's content covered by the union of several source sentences (sentence fusion),
 *  leaving out the words of `leaveOut` where given. */
export function unionCoverage(draft: AnalysedSentence, index: SourceIndex, candidates: Candidate[], leaveOut?: { start: number; end: number }): number {
  const tokens = leaveOut ? draft.tokens.filter(t => t.end <= leaveOut.start || t.start >= leaveOut.end) : draft.tokens;
  const stems = coverageStems(tokens, index);
  if (stems.length === 0) return 0;
  let got = 0;
  let total = 0;
  for (const s of stems) {
    const w = index.bm25.weight(s);
    total += w;
    if (candidates.some(c => c.sentence.stems.has(s))) got += w;
  }
  return total > 0 ? got / total : 0;
}

/** A stretch where the draft and the source differ: draft tokens [d0, d1) stand where source tokens [e0, e1) are. */
export interface Gap {
  d0: number;
  d1: number;
  e0: number;
  e1: number;
  /** Matched tokens directly before and after the gap (0 at a sentence edge). */
  anchoredBefore: boolean;
  anchoredAfter: boolean;
}

export interface Alignment {
  /** For each draft token, the index of the source token it is matched with, or -1. */
  draftToSource: number[];
  /** For each source token, the index of the draft token it is matched with, or -1. */
  sourceToDraft: number[];
  gaps: Gap[];
  /** Share of the draft's content tokens matched. */
  matchedContent: number;
}

/** Scratch for alignTokens: token ids of the draft and source sentence and the LCS table, for sentences up to
 *  these sizes (longer ones get arrays of their own). */
const alignScratch = { dc: new Int32Array(256), sc: new Int32Array(256), dp: new Uint16Array(65_536) };

/** Longest-common-subsequence alignment of two token lists (O(n·m), sentences are short). */
export function alignTokens(draft: Token[], source: Token[]): Alignment {
  const n = draft.length;
  const m = source.length;
  // Tokens as numbers, equal when `same` holds: a token's stem is a function of its norm, so two tokens are the
  // same exactly when their stems are.
  const ids = new Map<string, number>();
  const dc = n <= alignScratch.dc.length ? alignScratch.dc : new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let id = ids.get(draft[i].stem);
    if (id === undefined) ids.set(draft[i].stem, (id = ids.size));
    dc[i] = id;
  }
  const sc = m <= alignScratch.sc.length ? alignScratch.sc : new Int32Array(m);
  for (let j = 0; j < m; j++) sc[j] = ids.get(source[j].stem) ?? -1;
  matchCompounds(draft, source, dc, sc, ids);
  const w = m + 1;
  // The table in scratch (typed arrays made for every call were a tenth of the alignment's time), with the cells the
  // recurrence reads beyond the ones it writes, row n and column m, zero.
  const size = (n + 1) * w;
  const dp = size <= alignScratch.dp.length ? alignScratch.dp : new Uint16Array(size);
  dp.fill(0, n * w, size);
  for (let i = 0; i < n; i++) dp[i * w + m] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const d = dc[i];
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = d === sc[j] ? dp[(i + 1) * w + j + 1] + 1 : Math.max(dp[(i + 1) * w + j], dp[i * w + j + 1]);
    }
  }
  const draftToSource = new Array<number>(n).fill(-1);
  const sourceToDraft = new Array<number>(m).fill(-1);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (dc[i] === sc[j] && dp[i * w + j] === dp[(i + 1) * w + j + 1] + 1) {
      draftToSource[i] = j;
      sourceToDraft[j] = i;
      i++;
      j++;
    } else if (dp[(i + 1) * w + j] >= dp[i * w + j + 1]) i++;
    else j++;
  }
  const gaps: Gap[] = [];
  let pd = -1;
  let ps = -1;
  const matches: Array<[number, number]> = [];
  for (let k = 0; k < n; k++) if (draftToSource[k] >= 0) matches.push([k, draftToSource[k]]);
  matches.push([n, m]);
  for (const [d, s] of matches) {
    if (d - pd > 1 && s - ps > 1) {
      gaps.push({ d0: pd + 1, d1: d, e0: ps + 1, e1: s, anchoredBefore: pd >= 0, anchoredAfter: d < n });
    }
    pd = d;
    ps = s;
  }
  const content = draft.filter(t => !t.stop).length;
  const matchedContent = content === 0 ? 0 : draft.filter((t, k) => !t.stop && draftToSource[k] >= 0).length / content;
  return { draftToSource, sourceToDraft, gaps, matchedContent };
}

/** A hyphenated word one side writes as separate words ("wheelchair-accessible toilets", "wheelchair accessible
 *  toilets") matches the other side's first word of it, so that the words around it stay anchored: a draft word
 *  whose stem the source lacks and whose first part's stem it has, and the same the other way round. Only a word of
 *  letters: "three-hour" is a figure, left to the number rules. Rewrites the token ids in place. */
function matchCompounds(draft: Token[], source: Token[], dc: Int32Array, sc: Int32Array, ids: Map<string, number>): void {
  let sourceStems: Set<string> | undefined;
  for (let i = 0; i < draft.length; i++) {
    const h = compoundHead(draft[i]);
    if (h === undefined) continue;
    sourceStems ??= new Set(source.map(t => t.stem));
    if (sourceStems.has(draft[i].stem) || !sourceStems.has(h)) continue;
    let id = ids.get(h);
    if (id === undefined) {
      ids.set(h, (id = ids.size));
      for (let j = 0; j < source.length; j++) if (source[j].stem === h) sc[j] = id;
    }
    dc[i] = id;
  }
  let draftStems: Set<string> | undefined;
  for (let j = 0; j < source.length; j++) {
    const h = compoundHead(source[j]);
    if (h === undefined) continue;
    draftStems ??= new Set(draft.map(t => t.stem));
    if (!draftStems.has(source[j].stem) && draftStems.has(h)) sc[j] = ids.get(h)!;
  }
}

/** The stem of a hyphenated word's first part, where that is a word of letters ("wheelchair" of
 *  "wheelchair-accessible"), not a function word or a number word ("three-hour", "non-league"). */
export function compoundHead(t: Token): string | undefined {
  if (t.num || !t.norm.includes('-')) return undefined;
  const first = t.norm.slice(0, t.norm.indexOf('-'));
  return /^[a-z]{3,}$/.test(first) && !STOPWORDS.has(first) && !isNumberWord(first) ? stem(first) : undefined;
}

/** The matched word pairs in a row right before a stretch of the draft (d0..d1) and its source counterpart
 *  (e0..e1), and right after it, and how many of them are content words: how firmly the words around a
 *  difference follow the source. */
export function matchedAround(a: Alignment, draft: Token[], d0: number, d1: number, e0: number, e1: number, aside?: (e: number) => boolean): { before: number; after: number; content: number } {
  let before = 0;
  let after = 0;
  let content = 0;
  // Source words the draft may leave out without breaking the row (`aside`: "18.8 per cent (78million) by 2060").
  for (let k = d0 - 1, e = e0 - 1; k >= 0 && e >= 0; k--, e--) {
    while (aside && e >= 0 && a.draftToSource[k] !== e && a.sourceToDraft[e] < 0 && aside(e)) e--;
    if (e < 0 || a.draftToSource[k] !== e) break;
    before++;
    if (!draft[k].stop) content++;
  }
  for (let k = d1, e = e1; k < draft.length; k++, e++) {
    while (aside && e < a.sourceToDraft.length && a.draftToSource[k] !== e && a.sourceToDraft[e] < 0 && aside(e)) e++;
    if (a.draftToSource[k] !== e) break;
    after++;
    if (!draft[k].stop) content++;
  }
  return { before, after, content };
}
