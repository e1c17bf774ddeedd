// BM25 retrieval over sentences: an inverted index from word stems to the sentences holding them.
// (Measured in shared/notes: an inverted index answers in about a millisecond where fuzzy scanning takes hundreds.)
//
// Postings keep their precomputed BM25 term weights, and a query adds them up in a dense score array and selects
// the best `limit` without sorting every hit: a query costs the length of its terms' posting lists, with no
// allocation per hit. Scores are computed with the same expressions, in the same order,
// as a plain Map-based BM25, so results are identical to the last bit.
//
// Memory: postings are appended as flat (term, sentence, tf) triples while sources are added, and grouped by term
// into two typed arrays (sentence ids, weights) when first searched: no array per term (a source set of 10 MB has
// some 60,000 terms, most in one or two sentences).
import { IntChunks } from './intChunks';
import { IntList } from './intList';

export interface Scored {
  id: number;
  score: number;
}

/** The term frequency from which a posting's is kept apart (Bm25.tfs): the largest a byte holds. */
const BIG_TF = 255;

export class Bm25 {
  /** Terms are numbered in order of first use. */
  private readonly termIds = new Map<string, number>();
  /** Per term id, how many documents hold it. */
  private readonly dfs = new IntList();
  /** Postings added since the last freeze, in document order: term id, document id, term frequency (flat, three
   *  per posting). */
  private added = new IntChunks();
  private readonly lengths: number[] = [];
  private totalLength = 0;
  private readonly k1 = 1.2;
  private readonly b = 0.75;
  /** Frozen postings, grouped by term (compressed rows): term t's postings are [offsets[t], offsets[t+1]) of ids
   *  (ascending) and term frequencies. A posting's norm, tf·(k1+1) / (tf + k1·(1 − b + b·len/avg)), is worked out
   *  when searched from its tf and its document's k1·(1 − b + b·len/avg) (`lengthNorms`, one per document, for the
   *  current average length): the same expression, so the same value to the last bit, without 8 bytes per posting. */
  private frozen = false;
  private offsets = new Int32Array(1);
  private ids = new Int32Array(0);
  /** A posting's term frequency in one byte: nearly every one is below BIG_TF (a word repeated in one sentence),
   *  and a byte rather than 4 keeps 2.7 MB fewer resident for the memory bench's 10 MB of sources. BIG_TF marks a
   *  frequency of BIG_TF or more, kept in `bigTfs` by the posting's place. */
  private tfs = new Uint8Array(0);
  private bigTfs = new Map<number, number>();
  private lengthNorms = new Float64Array(0);
  /** Per document, the norm of a term it holds once, tf·(k1+1) / (tf + lengthNorm) for tf = 1 (most postings):
   *  the same expression, so the same value. */
  private onceNorms = new Float64Array(0);
  private scores = new Float64Array(0);
  private touched = new Int32Array(0);
  /** Scratch for add: per term id, its count in the document being added. */
  private counts = new Int32Array(1024);

  /** The id of a term, numbering it when new. */
  termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
      this.dfs.push(0);
    }
    return id;
  }

  /** The id of a term, or undefined when it was never numbered. */
  idOf(term: string): number | undefined {
    return this.termIds.get(term);
  }

  /** Adds a document (a sentence) as its terms; returns its id. */
  add(terms: string[]): number {
    return this.addIds(terms.map(t => this.termId(t)));
  }

  /** Adds a document given as term ids (from termId), in any order, repeats counted; returns its id. The distinct
   *  ids are left in `distinct` when given. */
  addIds(terms: number[], distinct: number[] = []): number {
    if (this.frozen) this.thaw();
    const id = this.lengths.length;
    if (this.counts.length < this.termIds.size) {
      const bigger = new Int32Array(Math.max(this.termIds.size, this.counts.length * 2));
      bigger.set(this.counts);
      this.counts = bigger;
    }
    const counts = this.counts;
    distinct.length = 0;
    for (const t of terms) if (counts[t]++ === 0) distinct.push(t);
    const dfs = this.dfs.data;
    for (const t of distinct) {
      this.added.push(t);
      this.added.push(id);
      this.added.push(counts[t]);
      dfs[t]++;
      counts[t] = 0;
    }
    this.lengths.push(terms.length);
    this.totalLength += terms.length;
    return id;
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Number of documents holding `term`. */
  private df(term: string): number {
    const t = this.termIds.get(term);
    return t === undefined ? 0 : this.dfs.data[t];
  }

  /** Inverse document frequency of a term (a term in no document gets the highest value). */
  idf(term: string): number {
    return this.idfOf(this.df(term));
  }

  /** The idf of a term held by `n` documents. */
  private idfOf(n: number): number {
    return Math.log(1 + (this.lengths.length - n + 0.5) / (n + 0.5));
  }

  /** How much a draft word counts for coverage: its rarity among the sources, counting the draft sentence itself as
   *  one more document (so a word the sources lack is rare, not infinitely so), plus one (so that in a source of
   *  a few sentences, shared words still count). */
  weight(term: string): number {
    return this.weightOf(this.df(term));
  }

  /** weight() of the term of id `id` (from idOf; -1 for a term never numbered). */
  weightOfId(id: number): number {
    return this.weightOf(id < 0 ? 0 : this.dfs.data[id]);
  }

  /** The weight of a term held by `df` documents. */
  private weightOf(df: number): number {
    const n = df + 1;
    const total = this.lengths.length + 1;
    return 1 + Math.log(1 + (total - n + 0.5) / (n + 0.5));
  }

  has(term: string): boolean {
    return this.df(term) > 0;
  }

  /** The `limit` best documents for the query terms, best first (ties: lower id first). */
  search(terms: string[], limit: number): Scored[] {
    return this.searchIds([...new Set(terms)].map(t => this.termIds.get(t) ?? -1), limit);
  }

  /** search() of distinct terms given as ids (from idOf; -1 for a term never numbered), for a caller that needs the
   *  ids too: each term looked up once (the lookups in the index's table of 25,000 or more terms were 3% of the
   *  throughput bench's check, four per draft stem). */
  searchIds(terms: number[], limit: number): Scored[] {
    if (!this.frozen) this.freeze();
    const scores = this.scores;
    const touched = this.touched;
    const { ids, tfs, lengthNorms, onceNorms, offsets } = this;
    const dfs = this.dfs.data;
    const k1p1 = this.k1 + 1;
    let count = 0;
    for (const tid of terms) {
      if (tid < 0 || dfs[tid] === 0) continue;
      const idf = this.idfOf(dfs[tid]);
      const end = offsets[tid + 1];
      for (let i = offsets[tid]; i < end; i++) {
        const id = ids[i];
        const s = scores[id];
        if (s === 0) touched[count++] = id;
        let tf = tfs[i];
        if (tf === BIG_TF) tf = this.bigTfs.get(i)!;
        scores[id] = s + idf * (tf === 1 ? onceNorms[id] : tf * k1p1 / (tf + lengthNorms[id]));
      }
    }
    const out = topK(scores, touched, count, limit);
    for (let i = 0; i < count; i++) scores[touched[i]] = 0;
    return out;
  }

  /** Groups the postings by term (a counting sort, which keeps document order), and works out each document's
   *  length norm for the current average length. */
  private freeze(): void {
    const avg = this.totalLength / Math.max(1, this.lengths.length);
    const { k1, b, lengths } = this;
    const terms = this.termIds.size;
    const dfs = this.dfs.data;
    const offsets = new Int32Array(terms + 1);
    for (let t = 0; t < terms; t++) offsets[t + 1] = offsets[t] + dfs[t];
    const n = offsets[terms];
    const ids = new Int32Array(n);
    const tfs = new Uint8Array(n);
    const bigTfs = new Map<number, number>();
    const next = offsets.slice(0, terms);
    const added = this.added;
    for (let k = 0; k < n * 3; k += 3) {
      const at = next[added.get(k)]++;
      const id = added.get(k + 1);
      const tf = added.get(k + 2);
      ids[at] = id;
      if (tf < BIG_TF) tfs[at] = tf;
      else {
        tfs[at] = BIG_TF;
        bigTfs.set(at, tf);
      }
    }
    this.offsets = offsets;
    this.ids = ids;
    this.tfs = tfs;
    this.bigTfs = bigTfs;
    const lengthNorms = new Float64Array(lengths.length);
    for (let id = 0; id < lengths.length; id++) lengthNorms[id] = k1 * (1 - b + b * lengths[id] / avg);
    this.lengthNorms = lengthNorms;
    const k1p1 = k1 + 1;
    const once = 1;
    const onceNorms = new Float64Array(lengths.length);
    for (let id = 0; id < lengths.length; id++) onceNorms[id] = once * k1p1 / (once + lengthNorms[id]);
    this.onceNorms = onceNorms;
    this.added = new IntChunks(); // kept grouped from here on
    this.scores = new Float64Array(lengths.length);
    this.touched = new Int32Array(lengths.length);
    this.frozen = true;
  }

  /** Documents are added after a search: the grouped postings go back to the list of added ones (per term, in
   *  document order, which is the order the next freeze keeps). */
  private thaw(): void {
    const added = new IntChunks();
    for (let t = 0; t + 1 < this.offsets.length; t++) {
      for (let i = this.offsets[t]; i < this.offsets[t + 1]; i++) {
        added.push(t);
        added.push(this.ids[i]);
        added.push(this.tfs[i] === BIG_TF ? this.bigTfs.get(i)! : this.tfs[i]);
      }
    }
    this.added = added;
    this.frozen = false;
  }
}

/** Whether hit (sa, ia) ranks before hit (sb, ib): higher score, then lower id. */
function before(sa: number, ia: number, sb: number, ib: number): boolean {
  return sa > sb || (sa === sb && ia < ib);
}

/** The best `limit` of the `count` touched ids, best first: a bounded min-heap (the worst kept hit at the root). */
function topK(scores: Float64Array, touched: Int32Array, count: number, limit: number): Scored[] {
  if (limit <= 0 || count === 0) return [];
  const k = Math.min(limit, count);
  const heap = new Int32Array(k);
  let size = 0;
  // a ranks after b: lower score, or the same score and a higher id (see before).
  // Once the heap is full, a hit scoring below its root's score cannot rank before the root: passed over with one
  // comparison (the same hits are kept as comparing each with the root).
  let rootScore = 0;
  for (let i = 0; i < count; i++) {
    const id = touched[i];
    const s = scores[id];
    if (size < k) {
      // Sift up.
      let c = size++;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        const p = heap[parent];
        const ps = scores[p];
        if (!(s < ps || (s === ps && id > p))) break;
        heap[c] = p;
        c = parent;
      }
      heap[c] = id;
      rootScore = scores[heap[0]];
      continue;
    }
    if (s < rootScore) continue;
    if (before(s, id, rootScore, heap[0])) {
      // Replace the root and sift down.
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        if (l >= size) break;
        const r = l + 1;
        let w = l;
        let ws = scores[heap[l]];
        if (r < size) {
          const rs = scores[heap[r]];
          if (rs < ws || (rs === ws && heap[r] > heap[l])) {
            w = r;
            ws = rs;
          }
        }
        const wid = heap[w];
        if (!(ws < s || (ws === s && wid > id))) break;
        heap[c] = wid;
        c = w;
      }
      heap[c] = id;
      rootScore = scores[heap[0]];
    }
  }
  const out: Scored[] = [];
  for (let i = 0; i < size; i++) out.push({ id: heap[i], score: scores[heap[i]] });
  out.sort((a, b) => b.score - a.score || a.id - b.id);
  return out;
}
