// The index's fuzzy lookups run fuse.js only on the items that can match (see prefilteredFuse in sourceIndex.ts).
// They must give exactly what fuse.js gives over the whole list: same items, same scores, same order.
import { strict as assert } from 'node:assert';
import Fuse from 'fuse.js';
import { fusePieces, prefilteredFuse } from '../../server/src/engine/sourceIndex';
import { rng } from '../fixtures/random';


const FIRST = ['Kim', 'Vladimir', 'Sergei', 'Pak', 'Choe', 'Dmitry', 'Antony', 'Yoon', 'Theresa', 'Lim', 'Mark', 'José', 'Zoë'];
const LAST = ['Jong Un', 'Putin', 'Shoigu', 'Thae Song', 'Son Hui', 'Peskov', 'Blinken', 'Suk Yeol', 'May', 'Soo-suk', 'Smith', 'Álvarez', "O'Neill"];
const ORGS = ['United Nations', 'Manchester United', 'Vostochny Cosmodrome', 'U.N.', 'NATO', 'European Union', 'Kremlin'];
const WORDS = 'the conflict in ukraine is the sacred fight that russia is engaged in to defend its security interests and full unconditional support priority'.split(' ');

function mutate(r: () => number, s: string): string {
  let t = s;
  const n = Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * (t.length + 1));
    const op = r();
    if (op < 0.33) t = t.slice(0, at) + 'xqzaeé'[Math.floor(r() * 6)] + t.slice(at);
    else if (op < 0.66) t = t.slice(0, at) + t.slice(at + 1);
    else t = t.slice(0, at) + 'k' + t.slice(at + 1);
  }
  return t;
}

function same<T>(a: Array<{ item: T; score?: number; refIndex: number }>, b: Array<{ item: T; score?: number; refIndex: number }>, label: string): void {
  assert.deepEqual(b.map(x => [x.refIndex, x.score]), a.map(x => [x.refIndex, x.score]), label);
  b.forEach((x, i) => assert.equal(x.item, a[i].item, label));
}

describe('sourceIndex: fuzzy lookups', () => {
  it('cuts a pattern into the pieces fuse.js can leave untouched, per 32-character chunk', () => {
    assert.deepEqual(fusePieces('putin', 0.3), [['pu', 'tin']]);
    assert.deepEqual(fusePieces('kim', 0.3), [['kim']]);
    const long = fusePieces('a'.repeat(40), 0.3);
    assert.equal(long.length, 2);
    for (const chunk of long) assert.equal(chunk.join('').length, 32);
  });

  it('finds the same names as fuse.js over the whole list', () => {
    const r = rng(1);
    const names = [...new Set(Array.from({ length: 600 }, () => (r() < 0.2 ? ORGS[Math.floor(r() * ORGS.length)] : `${FIRST[Math.floor(r() * FIRST.length)]} ${LAST[Math.floor(r() * LAST.length)]}`) + (r() < 0.3 ? ` ${Math.floor(r() * 50)}` : '')))];
    const options = { includeScore: true, threshold: 0.3, ignoreLocation: true };
    const plain = new Fuse(names, options);
    const fast = prefilteredFuse(names, x => x, options);
    for (let i = 0; i < 400; i++) {
      const base = names[Math.floor(r() * names.length)];
      const pattern = i % 3 === 0 ? base : i % 3 === 1 ? mutate(r, base) : mutate(r, base.split(' ').slice(-1)[0]);
      for (const limit of [1, 3]) same(plain.search(pattern, { limit }), fast.search(pattern, { limit }), `${JSON.stringify(pattern)} limit ${limit}`);
    }
    for (const pattern of ['', '   ', 'zzzzzz', 'Ö', 'Kim']) same(plain.search(pattern, { limit: 2 }), fast.search(pattern, { limit: 2 }), JSON.stringify(pattern));
  });

  it('finds the same quotations as fuse.js over the whole list', () => {
    const r = rng(2);
    const quotes = Array.from({ length: 150 }, () => ({ text: Array.from({ length: 2 + Math.floor(r() * 14) }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' '), n: 0 }));
    const options = { keys: ['text'], includeScore: true, threshold: 0.5, ignoreLocation: true };
    const plain = new Fuse(quotes, options);
    const fast = prefilteredFuse(quotes, q => q.text, options);
    for (let i = 0; i < 150; i++) {
      const base = quotes[Math.floor(r() * quotes.length)].text;
      const pattern = i % 2 ? mutate(r, base) : base.split(' ').slice(1, 4).join(' ') || base;
      same(plain.search(pattern, { limit: 1 }), fast.search(pattern, { limit: 1 }), JSON.stringify(pattern));
    }
  });
});
