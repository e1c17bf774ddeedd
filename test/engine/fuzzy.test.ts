// The index's fuzzy lookups run fuse.js only on the items that can match (see prefilteredFuse in sourceIndex.ts).
// They must give exactly what fuse.js gives over the whole list: same items, same scores, same order.
import { strict as assert } from 'node:assert';
import Fuse from 'fuse.js';
import { fusePieces, prefilteredFuse, substringEditDistance } from '../../server/src/engine/sourceIndex';
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
    // Its index of character pairs built ahead (as a server does while idle) or by the first search: no difference.
    const prepared = prefilteredFuse(names, x => x, options);
    prepared.prepare();
    for (let i = 0; i < 400; i++) {
      const base = names[Math.floor(r() * names.length)];
      const pattern = i % 3 === 0 ? base : i % 3 === 1 ? mutate(r, base) : mutate(r, base.split(' ').slice(-1)[0]);
      for (const limit of [1, 3]) {
        same(plain.search(pattern, { limit }), fast.search(pattern, { limit }), `${JSON.stringify(pattern)} limit ${limit}`);
        same(plain.search(pattern, { limit }), prepared.search(pattern, { limit }), `prepared: ${JSON.stringify(pattern)} limit ${limit}`);
      }
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

  it('indexes the whole list with fuse.js only when a search needs it', () => {
    let reads = 0;
    const names = [...new Set(FIRST.flatMap(f => LAST.map(l => `${f} ${l}`)))].slice(0, 300).map(name => ({
      get name() {
        reads++;
        return name;
      },
    }));
    const options = { keys: ['name'], includeScore: true, threshold: 0.3, ignoreLocation: true };
    const plain = new Fuse(names, options);
    reads = 0;
    const fast = prefilteredFuse(names, x => x.name, options);
    const pattern = `${FIRST[1]} ${LAST[2]}`;
    same(plain.search(pattern, { limit: 1 }), fast.search(pattern, { limit: 1 }), pattern);
    // Each name read once to lower-case it, and the few of the subset searched: fuse.js indexing the whole list
    // would have read every name a second time.
    assert.ok(reads < 1.5 * names.length, `${reads} reads`);
    // A pattern the filters cannot narrow (blank) searches the whole list: fuse.js indexes it then.
    reads = 0;
    same(plain.search('   ', { limit: 1 }), fast.search('   ', { limit: 1 }), 'blank');
    assert.ok(reads >= names.length, `${reads} reads`);
  });

  it('measures substring edit distance as the textbook table does', () => {
    const reference = (p: string, t: string) => {
      // D[i][j]: edits of p[0, i) against a substring of t ending at j (starting anywhere: row 0 is all zeros).
      let prev = new Array<number>(t.length + 1).fill(0);
      for (let i = 1; i <= p.length; i++) {
        const row = [i];
        for (let j = 1; j <= t.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (p[i - 1] === t[j - 1] ? 0 : 1)));
        prev = row;
      }
      return Math.min(...prev);
    };
    const r = rng(3);
    const alphabet = 'abcde fghé';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
    for (let k = 0; k < 2000; k++) {
      const p = word(1 + Math.floor(r() * 32));
      const t = k % 3 === 0 ? mutate(r, p) + word(Math.floor(r() * 10)) : word(Math.floor(r() * 60));
      assert.equal(substringEditDistance(p, t), reference(p, t), `${JSON.stringify(p)} in ${JSON.stringify(t)}`);
    }
  });

  it('with maxScore, finds the same best item as fuse.js whenever it scores at most maxScore', () => {
    const r = rng(4);
    const names = [...new Set(Array.from({ length: 600 }, () => `${FIRST[Math.floor(r() * FIRST.length)]} ${LAST[Math.floor(r() * LAST.length)]}`))];
    const quotes = Array.from({ length: 120 }, () => ({ text: Array.from({ length: 2 + Math.floor(r() * 24) }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ') }));
    const cases: Array<{ list: unknown[]; textOf: (x: never) => string; options: object; maxScore: number; patterns: string[] }> = [
      { list: names, textOf: (x: string) => x, options: { includeScore: true, threshold: 0.3, ignoreLocation: true }, maxScore: 0.25, patterns: names.slice(0, 250).map(n => mutate(r, n)) },
      { list: quotes, textOf: (q: { text: string }) => q.text, options: { keys: ['text'], includeScore: true, threshold: 0.5, ignoreLocation: true }, maxScore: 0.4, patterns: quotes.map(q => (r() < 0.5 ? mutate(r, q.text) : q.text.split(' ').slice(2, 12).join(' ') || q.text)) },
    ];
    for (const c of cases) {
      const plain = new Fuse(c.list, c.options);
      const fast = prefilteredFuse(c.list, c.textOf as (x: unknown) => string, { ...(c.options as { threshold: number }), maxScore: c.maxScore });
      let good = 0;
      for (const pattern of c.patterns) {
        const [want] = plain.search(pattern, { limit: 1 });
        const [got] = fast.search(pattern, { limit: 1 });
        if (want && (want.score ?? 1) <= c.maxScore) {
          good++;
          same([want], [got], JSON.stringify(pattern));
        } else assert.ok(!got || (got.score ?? 1) > c.maxScore, JSON.stringify(pattern));
      }
      assert.ok(good > 20 && good < c.patterns.length, `${good} of ${c.patterns.length} within maxScore`);
    }
  });
});

