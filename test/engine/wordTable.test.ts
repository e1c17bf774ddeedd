// WordTable (words looked up by a range of a text's characters) answers as a Map keyed by the words' strings, and
// wordValues (the index build's pass over the words) gives what wordForms gives, word for word.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WordTable } from '../../server/src/engine/wordTable';
import { withOwnWordForms, wordForms, wordValues, type WordForm } from '../../server/src/engine/tokens';
import { rng } from '../fixtures/random';

describe('WordTable', () => {
  it('answers as a Map keyed by the strings, through growth and colliding slots', () => {
    const r = rng(11);
    const alphabet = 'abcdeéZ’-.1\u4e2d\ud83d\ude00';
    const table = new WordTable();
    const map = new Map<string, number>();
    for (let k = 0; k < 30_000; k++) {
      // Short words over a small alphabet, so that many are asked again; embedded in other text at some offset.
      let w = '';
      const n = Math.floor(r() * 6);
      for (let i = 0; i < n; i++) w += alphabet[Math.floor(r() * alphabet.length)];
      const pad = 'x'.repeat(Math.floor(r() * 4));
      const text = pad + w + pad;
      const got = table.get(text, pad.length, pad.length + w.length);
      assert.equal(got, map.get(w), JSON.stringify(w));
      if (got === undefined) {
        const v = Math.floor(r() * 2000) - 1000;
        table.add(text, pad.length, pad.length + w.length, v);
        map.set(w, v);
      }
    }
    assert.equal(table.size, map.size);
    assert.ok(map.size > 5000, 'grown well past its first size');
    for (const [w, v] of map) assert.equal(table.get(`<${w}>`, 1, w.length + 1), v);
    assert.equal(table.get('never-added', 0, 11), undefined);
  });

  it('gives wordValues the values of the forms wordForms gives, each form worked out once and memoised for the pass', () => {
    const article = fs.readFileSync(path.resolve(__dirname, '../../sample/article.txt'), 'utf8');
    const texts = [...article.split(/(?<=[.!?])\s+/), 'U.S. troops, 1,000 of them; J. R. R. Tolkien’s books. Féin and Fein. naïve 3.5% e.g. x'];
    withOwnWordForms(() => {
      const table = new WordTable();
      const ids = new Map<WordForm, number>();
      const idOf = (f: WordForm) => {
        if (!ids.has(f)) ids.set(f, ids.size);
        return ids.get(f)!;
      };
      const asked: WordForm[] = [];
      const valueOf = (f: WordForm | null) => {
        if (f === null) return -2;
        asked.push(f);
        return f.stop ? -1 : idOf(f);
      };
      // wordValues first (its table new to the pass, as the index build's is), then wordForms in the same pass: the
      // forms wordValues worked out are the pass's, so wordForms gives the same objects.
      const values = texts.map(text => wordValues(text, table, valueOf, []).slice());
      texts.forEach((text, k) => assert.deepEqual(values[k], wordForms(text, []).filter(f => !f.stop).map(idOf), text));
      assert.equal(new Set(asked).size, asked.length, 'each form given to valueOf once');
      assert.equal(ids.size, new Set(texts.flatMap(t => wordForms(t, []).filter(f => !f.stop))).size, 'no form made twice');
    });
  });
});
