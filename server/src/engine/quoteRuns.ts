// Verbatim quotation lookup: every word of the sources (as quotations compare them) in one stream of word ids,
// and where each word occurs, so that a quotation's words can be found as a run inside one document.
//
// Memory: the stream and the occurrence lists are typed arrays for the whole source set (4 + 4 bytes a word and
// one Map of distinct words), not a word list and a Map of position lists per document: 10 MB of sources in
// 4,000 files took some 260 MB that way. The stream takes 2 bytes a word while the sources have at most 65,536
// distinct words (10 MB of news have 33,416): 6.7 → 3.3 MB for their 1.75 million words.
import { quoteWords, withOwnQuoteWords } from './quotes';
import { IntChunks } from './intChunks';
import { IntList } from './intList';

/** First index in [lo, hi) of the ascending `a` whose value is >= v. */
function lowerBound(a: Int32Array, lo: number, hi: number, v: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class QuoteRuns {
  private readonly ids = new Map<string, number>();
  /** Word ids of all documents, one after the other; document d is [docStart[d], docStart[d + 1]). */
  private readonly stream: Uint16Array | Int32Array;
  private readonly docStart: Int32Array;
  /** Per word id, its positions in the stream (ascending): positions[offsets[w] .. offsets[w + 1]). */
  private readonly offsets: Int32Array;
  private readonly positions: Int32Array;

  /** `docs`: per document, the texts of its sentences in order. */
  constructor(docs: Array<Iterable<string>>) {
    const stream = new IntChunks();
    const docStart = new Int32Array(docs.length + 1);
    const counts = new IntList(4096);
    // Every word of the sources: normalised through a table of this pass's own (see withOwnQuoteWords).
    withOwnQuoteWords(() =>
      docs.forEach((sentences, d) => {
        docStart[d] = stream.length;
        for (const text of sentences) {
          for (const w of quoteWords(text)) {
            let id = this.ids.get(w);
            if (id === undefined) {
              id = this.ids.size;
              this.ids.set(w, id);
              counts.push(0);
            }
            counts.data[id]++;
            stream.push(id);
          }
        }
      }),
    );
    docStart[docs.length] = stream.length;
    const words = stream.toArray();
    this.stream = this.ids.size <= 0x10000 ? new Uint16Array(words) : words;
    this.docStart = docStart;
    const n = this.ids.size;
    this.offsets = new Int32Array(n + 1);
    for (let w = 0; w < n; w++) this.offsets[w + 1] = this.offsets[w] + counts.data[w];
    this.positions = new Int32Array(stream.length);
    const next = this.offsets.slice(0, n);
    for (let p = 0; p < this.stream.length; p++) this.positions[next[this.stream[p]]++] = p;
  }

  /** Whether some document holds each part, in order, as a run of words (the parts of a quotation between
   *  ellipses): each part found at its first place after the previous one. */
  foundAnywhere(parts: string[][]): boolean {
    if (parts.length === 0 || parts[0].length === 0) return false;
    // Only documents holding the first part can hold the quotation, so only those holding its rarest word (its
    // first word may be "the", in every document).
    let w = -1;
    for (const word of parts[0]) {
      const id = this.ids.get(word);
      if (id === undefined) return false;
      if (w < 0 || this.offsets[id + 1] - this.offsets[id] < this.offsets[w + 1] - this.offsets[w]) w = id;
    }
    let lastDoc = -1;
    for (let k = this.offsets[w]; k < this.offsets[w + 1]; k++) {
      const p = this.positions[k];
      if (lastDoc >= 0 && p < this.docStart[lastDoc + 1]) continue;
      lastDoc = this.docOf(p);
      if (this.foundIn(lastDoc, parts)) return true;
    }
    return false;
  }

  /** Whether document `d` holds each part, in order, as a run of words. */
  foundIn(d: number, parts: string[][]): boolean {
    let from = this.docStart[d];
    for (const part of parts) {
      const at = this.run(d, part, from);
      if (at < 0) return false;
      from = at + part.length;
    }
    return true;
  }

  /** The first position >= from in document d where `words` stand as a run, or -1. */
  private run(d: number, words: string[], from: number): number {
    if (words.length === 0) return -1;
    const lo = this.docStart[d];
    const hi = this.docStart[d + 1];
    const ids: number[] = [];
    // Anchor on the word with the fewest occurrences in the document.
    let anchor = 0;
    let first = 0;
    let last = -1;
    for (let k = 0; k < words.length; k++) {
      const id = this.ids.get(words[k]);
      if (id === undefined) return -1;
      ids.push(id);
      const a = lowerBound(this.positions, this.offsets[id], this.offsets[id + 1], lo);
      const b = lowerBound(this.positions, a, this.offsets[id + 1], hi);
      if (a === b) return -1;
      if (last < 0 || b - a < last - first) {
        anchor = k;
        first = a;
        last = b;
      }
    }
    const start = lowerBound(this.positions, first, last, from + anchor);
    outer: for (let i = start; i < last; i++) {
      const s = this.positions[i] - anchor;
      if (s + ids.length > hi) return -1;
      for (let k = 0; k < ids.length; k++) if (this.stream[s + k] !== ids[k]) continue outer;
      return s;
    }
    return -1;
  }

  private docOf(p: number): number {
    // The last document starting at or before p (documents may be empty: take the last of equal starts).
    let lo = 0;
    let hi = this.docStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.docStart[mid] <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
