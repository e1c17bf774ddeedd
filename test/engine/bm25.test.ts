// Bm25.search (dense score array, bounded heap that passes over hits below its root) against a plain BM25: every
// document scored in a Map, all of them sorted. Small vocabularies give many equal scores, so the tie-breaking
// (lower id first) is exercised as much as the ranking.
import { strict as assert } from 'node:assert';
import { Bm25 } from '../../server/src/engine/bm25';

function referenceSearch(docs: string[][], terms: string[], limit: number): Array<{ id: number; score: number }> {
  const k1 = 1.2;
  const b = 0.75;
  const avg = docs.reduce((a, d) => a + d.length, 0) / Math.max(1, docs.length);
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const scores = new Map<number, number>();
  for (const t of new Set(terms)) {
    const n = df.get(t) ?? 0;
    if (n === 0) continue;
    const idf = Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
    docs.forEach((d, id) => {
      const tf = d.filter(x => x === t).length;
      if (tf === 0) return;
      const norm = tf * (k1 + 1) / (tf + k1 * (1 - b + b * d.length / avg));
      scores.set(id, (scores.get(id) ?? 0) + idf * norm);
    });
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((x, y) => y.score - x.score || x.id - y.id).slice(0, limit);
}

describe('Bm25.search', () => {
  it('ranks as a plain BM25 does, to the last bit, ties by lower id', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (const vocabulary of [3, 8, 40]) {
      // Skewed term frequencies: a few common terms, many rare ones.
      const term = () => `t${Math.floor(vocabulary * random() * random())}`;
      const docs: string[][] = [];
      const bm25 = new Bm25();
      for (let d = 0; d < 300; d++) {
        const doc = Array.from({ length: 1 + Math.floor(random() * 12) }, term);
        docs.push(doc);
        bm25.add(doc);
      }
      for (let q = 0; q < 200; q++) {
        const query = Array.from({ length: 1 + Math.floor(random() * 6) }, term);
        if (q % 10 === 0) query.push('absent');
        for (const limit of [1, 5, 20, 1000]) assert.deepEqual(bm25.search(query, limit), referenceSearch(docs, query, limit), `${query.join(' ')} / ${limit}`);
      }
    }
  });

  it('scores a term repeated 255 times or more in a document (kept apart from the one-byte frequencies) as a plain BM25 does, also after documents are added past a search', () => {
    const docs: string[][] = [];
    const bm25 = new Bm25();
    const add = (d: string[]) => {
      docs.push(d);
      bm25.add(d);
    };
    for (const n of [1, 254, 255, 256, 300, 1000]) add([...Array<string>(n).fill('w'), 'x', `own${n}`]);
    add(['x', 'y']);
    const queries = [['w'], ['w', 'x'], ['x', 'own255'], ['w', 'own1000', 'y']];
    for (const q of queries) assert.deepEqual(bm25.search(q, 10), referenceSearch(docs, q, 10), q.join(' '));
    // Adding after a search thaws the grouped postings (their frequencies read back), and the next search freezes them again.
    add([...Array<string>(700).fill('w'), 'y']);
    add(['w', 'w', 'x']);
    for (const q of queries) assert.deepEqual(bm25.search(q, 10), referenceSearch(docs, q, 10), `${q.join(' ')}, after adding`);
  });

  it('keeps a hit that ties with the worst kept one and has a lower id, though it is reached later', () => {
    // "a" and "b" are equally rare, so documents 0 and 1 score the same; document 1 is reached first (through "a").
    const docs = [['b', 'x'], ['a', 'x'], ['x', 'y'], ['y', 'x']];
    const bm25 = new Bm25();
    for (const d of docs) bm25.add(d);
    for (const limit of [1, 2, 3]) assert.deepEqual(bm25.search(['a', 'b'], limit), referenceSearch(docs, ['a', 'b'], limit));
    assert.equal(bm25.search(['a', 'b'], 1)[0].id, 0);
  });
});
