// stemTableOf: the index's per-sentence stem ids as arrays (what findEvidence reads coverage from) hold exactly what
// each sentence's StemSet answers.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { indexSources, stemTableOf } from '../../server/src/engine/sourceIndex';

describe('stemTableOf', () => {
  it('gives each sentence the term ids its StemSet holds, ascending, in sentence order', () => {
    const article = fs.readFileSync(path.resolve(__dirname, '../../sample/article.txt'), 'utf8');
    const index = indexSources([
      { path: 'a.txt', text: article, kind: 'plaintext' },
      { path: 'b.md', text: `# Notes\n\n${article.slice(0, 2000)}\n\n- one item\n- Two items, 2,000 of them.\n`, kind: 'markdown' },
    ]);
    const found = stemTableOf(index);
    assert.ok(found);
    const table: { list: Uint16Array | Int32Array; starts: Int32Array } = found;
    assert.equal(table.starts.length, index.sentences.length + 1);
    let terms = 0;
    index.sentences.forEach((s, k) => {
      assert.equal(s.id, k);
      const ids = [...table.list.subarray(table.starts[k], table.starts[k + 1])];
      assert.equal(ids.length, s.stems.size);
      assert.deepEqual(ids, [...ids].sort((a, b) => a - b));
      for (const id of ids) assert.ok(s.stems.hasTerm(id));
      terms = Math.max(terms, ...ids, 0);
    });
    // And nothing else: every term id the index has, asked of every sentence.
    for (let k = 0; k < index.sentences.length; k++) {
      const own: Set<number> = new Set(table.list.subarray(table.starts[k], table.starts[k + 1]));
      for (let id = 0; id <= terms; id++) assert.equal(index.sentences[k].stems.hasTerm(id), own.has(id));
    }
  });

  it('keeps the ids in two bytes while they fit, in four beyond 65,536 terms, with the same answers', () => {
    const small = indexSources([{ path: 'a.txt', text: 'Oak trees grow slowly. Birch trees grow fast.', kind: 'plaintext' }]);
    assert.ok(stemTableOf(small)!.list instanceof Uint16Array);
    // 90,000 distinct made-up words (letters only, so each is a word of its own), twelve to a sentence.
    const letters = 'bcdfghjklmnpqrstvwxz';
    const word = (k: number) => {
      let w = 'zo';
      for (let i = 0; i < 4; i++, k = Math.floor(k / letters.length)) w += letters[k % letters.length] + 'a';
      return w;
    };
    const sentences: string[] = [];
    for (let k = 0; k < 90_000; k += 12) sentences.push(`${Array.from({ length: 12 }, (_, i) => word(k + i)).join(' ')}.`);
    const index = indexSources([{ path: 'big.txt', text: sentences.join(' '), kind: 'plaintext' }]);
    const table = stemTableOf(index)!;
    assert.ok(table.list instanceof Int32Array);
    assert.ok(Math.max(...table.list) > 0xffff);
    for (let k = 0; k < index.sentences.length; k += 97) {
      const ids: number[] = Array.from(table.list.subarray(table.starts[k], table.starts[k + 1]));
      assert.equal(ids.length, index.sentences[k].stems.size);
      for (const id of ids) assert.ok(index.sentences[k].stems.hasTerm(id));
      const own = new Set(ids);
      if (k + 1 < index.sentences.length) for (const id of table.list.subarray(table.starts[k + 1], table.starts[k + 2])) assert.equal(index.sentences[k].stems.hasTerm(id), own.has(id));
    }
  });
});
