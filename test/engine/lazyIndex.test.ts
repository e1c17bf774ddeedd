// The source index's compact and lazy parts against the eager code they replaced, on real text: claims read when
// first asked for and the whole-source lists built on first use are what reading every sentence up front gave;
// names re-made on demand (also after the sentence left the recently used ones) are those a source sentence's reading
// (analyseTokens) gives;
// BM25 over flat postings scores exactly as a Map of posting lists does; and the passes over every source word
// memoise their word forms in tables of their own.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Bm25 } from '../../server/src/engine/bm25';
import { analyseTokens } from '../../server/src/engine/claims';
import type { Sentence } from '../../server/src/engine/types';
import { checkDraft, lookupSteps, prepareLookups } from '../../server/src/engine';
import { indexSources } from '../../server/src/engine/sourceIndex';
import { findRun, quoteWords } from '../../server/src/engine/quotes';
import { QuoteRuns } from '../../server/src/engine/quoteRuns';
import { segment } from '../../server/src/engine/segment';
import { sharedWordFormCount, tokenize, withOwnWordForms, wordForms } from '../../server/src/engine/tokens';
import { rng } from '../fixtures/random';
import { realSentences } from './fastPaths.test';

const ROOT = path.resolve(__dirname, '../..');

/** The seed article, and copies of it with other figures: more sentences than the index keeps tokens for. */
function sources(): Array<{ path: string; text: string }> {
  const article = fs.readFileSync(path.join(ROOT, 'sample/article.txt'), 'utf8');
  const out = [{ path: 'article.txt', text: article }];
  for (let i = 1; i <= 320; i++) out.push({ path: `copy${i}.txt`, text: article.replace(/\d+/g, d => String(Number(d) + i)) });
  out.push({ path: 'excerpts.txt', text: realSentences().map(s => s.text).join('\n\n') });
  return out;
}

/** BM25 with a Map of posting lists per term (the previous implementation), as the reference. */
class ReferenceBm25 {
  private readonly postings = new Map<string, { ids: number[]; tfs: number[] }>();
  private readonly lengths: number[] = [];
  private totalLength = 0;

  add(terms: string[]): void {
    const id = this.lengths.length;
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = { ids: [], tfs: [] }));
      p.ids.push(id);
      p.tfs.push(n);
    }
    this.lengths.push(terms.length);
    this.totalLength += terms.length;
  }

  weight(term: string): number {
    const n = (this.postings.get(term)?.ids.length ?? 0) + 1;
    const total = this.lengths.length + 1;
    return 1 + Math.log(1 + (total - n + 0.5) / (n + 0.5));
  }

  search(terms: string[], limit: number): Array<{ id: number; score: number }> {
    const avg = this.totalLength / Math.max(1, this.lengths.length);
    const scores = new Map<number, number>();
    for (const t of new Set(terms)) {
      const p = this.postings.get(t);
      if (!p) continue;
      const idf = Math.log(1 + (this.lengths.length - p.ids.length + 0.5) / (p.ids.length + 0.5));
      for (let i = 0; i < p.ids.length; i++) {
        const tf = p.tfs[i];
        const norm = tf * (1.2 + 1) / (tf + 1.2 * (1 - 0.75 + 0.75 * this.lengths[p.ids[i]] / avg));
        scores.set(p.ids[i], (scores.get(p.ids[i]) ?? 0) + idf * norm);
      }
    }
    return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
  }
}


/** A source sentence's claims as reading it whole finds them (a draft sentence also reads quotations it leaves open:
 *  analyseSentence). */
function sourceReading(sentence: Sentence): ReturnType<typeof analyseTokens> {
  return analyseTokens(sentence, tokenize(sentence.text, sentence.start));
}
describe('source index: lazy and compact parts give the eager results', () => {
  const docs = sources();
  const index = indexSources(docs);

  it('gives each sentence the text and offsets segment gives, for plain text (read from the document) and Markdown', () => {
    const docs = [
      ...sources().slice(0, 3),
      { path: 'notes.md', text: '# Title\n\nSome *emphasis* and `code` here. A [link](http://x.org) too.\n\n- an item. Another one.\n' },
      // Plain text with a scraper's "Â£", which the prose mask masks: its sentences are the masked text's.
      { path: 'scraped.txt', text: 'Donors give over Â£300m a year. The rest is Â£20m.' },
    ];
    const index = indexSources(docs);
    const expected = docs.flatMap(d => segment(d.text, d.path.endsWith('.md') ? 'markdown' : 'plaintext').map(s => [d.path, s.start, s.end, s.text, s.block]));
    assert.deepEqual(index.sentences.map(s => [s.doc.path, s.sentence.start, s.sentence.end, s.sentence.text, s.sentence.block]), expected);
  });

  it('indexes more sentences than it keeps tokens and names for', () => {
    assert.ok(index.sentences.length > 1024 + 1000, `${index.sentences.length} sentences`);
  });

  it('re-makes a sentence\'s names as a source sentence\'s reading finds them, before and after they are dropped', () => {
    let named = 0;
    for (let round = 0; round < 2; round++) {
      for (const s of index.sentences) {
        const eager = sourceReading(s.sentence);
        assert.deepEqual(s.names, eager.names, s.sentence.text);
        assert.deepEqual(s.tokens, eager.tokens);
        if (eager.names.length > 0) named++;
      }
    }
    assert.ok(named > 1000);
  });

  it('reads a sentence\'s claims when first asked, as a source sentence\'s reading finds them, whichever is asked first', () => {
    const fresh = indexSources(docs);
    fresh.sentences.forEach((s, k) => {
      const eager = sourceReading(s.sentence);
      // First asked: the tokens (kept, then the claims are read from them), the names, or a claim list.
      if (k % 3 === 0) void s.tokens;
      else if (k % 3 === 1) void s.names;
      for (let round = 0; round < 2; round++) {
        assert.deepEqual(s.numbers, eager.numbers, s.sentence.text);
        assert.deepEqual(s.dates, eager.dates, s.sentence.text);
        assert.deepEqual(s.quotes, eager.quotes, s.sentence.text);
        assert.deepEqual(s.names, eager.names, s.sentence.text);
      }
    });
  });

  it('builds the whole-source lists on first use as reading every sentence up front did', () => {
    // The reference: every sentence analysed in order, each distinct claim listed once with its first sentence.
    const fresh = indexSources(docs);
    // Some sentences' claims read before the lists are built (as a check reads its candidates').
    for (let k = 0; k < fresh.sentences.length; k += 7) void fresh.sentences[k].numbers;
    const numbers: unknown[] = [];
    const dates: unknown[] = [];
    const names: unknown[] = [];
    const seen = new Set<string>();
    const vocab = new Set<string>();
    for (const s of fresh.sentences) {
      const a = sourceReading(s.sentence);
      for (const t of a.tokens) {
        vocab.add(t.norm);
        if (t.norm.includes('-')) for (const p of t.norm.split('-')) vocab.add(p);
      }
      for (const n of a.numbers) {
        const key = `n${n.value}\u0000${n.alt}\u0000${n.hedge}\u0000${n.sig}\u0000${n.words}\u0000${n.text}\u0000${n.noun}\u0000${JSON.stringify(n.unit ?? null)}`;
        if (!seen.has(key)) seen.add(key), numbers.push([n, s.id]);
      }
      for (const d of a.dates) {
        const key = `d${d.year}\u0000${d.month}\u0000${d.day}\u0000${d.weekday}\u0000${d.text}`;
        if (!seen.has(key)) seen.add(key), dates.push([d, s.id]);
      }
      for (const n of a.names) {
        const key = `m${n.text}\u0000${n.type}\u0000${n.place ?? ''}\u0000${n.words.join(' ')}`;
        if (!seen.has(key)) seen.add(key), names.push([n, s.id]);
      }
    }
    assert.deepEqual(fresh.numbers.map(x => [x.claim, x.sentence.id]), numbers);
    assert.deepEqual(fresh.dates.map(x => [x.claim, x.sentence.id]), dates);
    assert.deepEqual(fresh.names.map(x => [x.claim, x.sentence.id]), names);
    assert.deepEqual([...fresh.vocab].sort(), [...vocab].sort());
    assert.ok(numbers.length > 100 && dates.length > 20 && names.length > 100);
  });

  it('scores BM25 queries to the last bit as posting lists in a Map do', () => {
    const ref = new ReferenceBm25();
    const bm25 = new Bm25();
    for (const s of index.sentences) {
      const stems = tokenize(s.sentence.text).filter(t => !t.stop).map(t => t.stem);
      ref.add(stems);
      bm25.add(stems);
    }
    for (const q of realSentences()) {
      const terms = tokenize(q.text).filter(t => !t.stop).map(t => t.stem);
      assert.deepEqual(bm25.search(terms, 20), ref.search(terms, 20), q.text);
      for (const t of terms) assert.equal(bm25.weight(t), ref.weight(t));
      // The index's own BM25 (built through term ids) ranks alike.
      assert.deepEqual(index.bm25.search(terms, 20), ref.search(terms, 20));
    }
    // Adding after a search re-groups the postings.
    ref.add(['kim', 'putin']);
    bm25.add(['kim', 'putin']);
    assert.deepEqual(bm25.search(['kim', 'putin', 'rocket'], 20), ref.search(['kim', 'putin', 'rocket'], 20));
  });

  it('finds quotations verbatim in the shared word stream exactly where per-document word lists do', () => {
    // The reference: per document, its word list and each word's positions, and findRun part by part.
    const perDoc = index.docs.map(d => {
      const words: string[] = [];
      const positions = new Map<string, number[]>();
      for (const s of d.sentences) {
        for (const w of quoteWords(s.sentence.text)) {
          let list = positions.get(w);
          if (!list) positions.set(w, (list = []));
          list.push(words.length);
          words.push(w);
        }
      }
      return { words, positions };
    });
    const found = (parts: string[][]) =>
      perDoc.some(({ words, positions }) => {
        let from = 0;
        for (const part of parts) {
          const at = findRun(words, positions, part, from);
          if (at < 0) return false;
          from = at + part.length;
        }
        return true;
      });
    // Quotations: runs of a document's words, one word changed, two runs of one document (or of two) with an
    // ellipsis between them, in order and swapped.
    const r = rng(17);
    const pick = (n: number) => Math.floor(r() * n);
    const run = () => {
      const { words } = perDoc[pick(perDoc.length)];
      const at = pick(Math.max(1, words.length - 6));
      return words.slice(at, at + 1 + pick(6));
    };
    let yes = 0;
    let no = 0;
    const runs = index.quoteRuns();
    for (let k = 0; k < 600; k++) {
      const a = run();
      const b = k % 2 ? run() : perDoc[0].words.slice(40, 43);
      const changed = [...a];
      changed[pick(changed.length)] = k % 3 ? 'sacred' : 'zzz';
      for (const parts of [[a], [changed], [a, b], [b, a], [a, a]]) {
        const expected = found(parts.filter(p => p.length > 0));
        if (expected) yes++;
        else no++;
        assert.equal(runs.foundAnywhere(parts.filter(p => p.length > 0)), expected, JSON.stringify(parts));
      }
    }
    assert.ok(yes > 300 && no > 300, `${yes} found, ${no} not`);
  });

  it('finds quotations verbatim among more distinct words than two bytes a word can number', () => {
    const words = Array.from({ length: 70_000 }, (_, i) => `w${i}x`);
    const runs = new QuoteRuns([[words.slice(0, 35_000).join(' ')], [words.slice(35_000).join(' ') + ' w5x w65542x']]);
    assert.equal(runs.foundAnywhere([['w65541x', 'w65542x', 'w65543x']]), true);
    assert.equal(runs.foundAnywhere([['w5x', 'w65542x']]), true);
    assert.equal(runs.foundAnywhere([['w5x', 'w6x', 'w65542x']]), false);
    assert.equal(runs.foundAnywhere([['w65541x', 'w6x']]), false, 'word 65,542 is not word 6');
    assert.equal(runs.foundAnywhere([['w4x', 'w65542x']]), false);
  });

  it('checks drafts alike whether the lookups were prepared before the first check or built on first use', () => {
    const docs = sources().slice(0, 40);
    const lazy = indexSources(docs);
    const prepared = indexSources(docs);
    prepareLookups(prepared);
    const drafts = [
      'Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome, Pak Thae Sung said.',
      'The 12-month conflict has depleted the munitions stocks, the Fed said, and Russia’s 3,500 rockets are gone.',
      ...realSentences().slice(0, 60).map(s => s.text),
    ];
    for (const d of drafts) {
      const a = checkDraft(d, lazy, { kind: 'plaintext' }).findings.map(f => [f.rule, f.actual, f.expected, f.message]);
      const b = checkDraft(d, prepared, { kind: 'plaintext' }).findings.map(f => [f.rule, f.actual, f.expected, f.message]);
      assert.deepEqual(b, a, d);
    }
  });

  it('checks drafts alike with the lookups prepared in steps, a check between any two steps, and built on first use', () => {
    const docs = sources().slice(0, 40);
    const lazy = indexSources(docs);
    const stepped = indexSources(docs);
    const drafts = [
      'Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome, Pak Thae Sung said.',
      'The 12-month conflict has depleted the munitions stocks, the Fed said, and Russia’s 3,500 rockets are gone.',
      ...realSentences().slice(0, 60).map(s => s.text),
    ];
    const findings = (d: string, index: typeof lazy) => checkDraft(d, index, { kind: 'plaintext' }).findings.map(f => [f.rule, f.actual, f.expected, f.message]);
    // A check between steps: the first ones while the sources' claims are half read (a check needing a whole-source
    // list then reads the rest), later ones while the name keys are half built.
    let k = 0;
    let steps = 0;
    for (const step of lookupSteps(stepped)) {
      for (let done = false; !done; steps++) {
        done = step();
        const d = drafts[k++ % drafts.length];
        assert.deepEqual(findings(d, stepped), findings(d, lazy), d);
      }
    }
    assert.ok(steps > lookupSteps(lazy).length, `${steps} steps`); // some step taken more than once
    for (const d of drafts) assert.deepEqual(findings(d, stepped), findings(d, lazy), d);
    // The lists read in steps are those read at once.
    assert.deepEqual(stepped.numbers.map(x => [x.claim, x.sentence.id]), lazy.numbers.map(x => [x.claim, x.sentence.id]));
    assert.deepEqual(stepped.names.map(x => [x.claim, x.sentence.id]), lazy.names.map(x => [x.claim, x.sentence.id]));
    assert.deepEqual([...stepped.acronyms], [...lazy.acronyms]);
    assert.deepEqual([...stepped.places], [...lazy.places]);
  });

  it('reads the whole-source lists in steps as at once, whatever is read in between', () => {
    const docs = sources().slice(0, 60);
    const once = indexSources(docs);
    const stepped = indexSources(docs);
    let steps = 0;
    while (!stepped.readClaims(37)) {
      void stepped.sentences[(steps * 13) % stepped.sentences.length].names; // a check reading a candidate's claims
      steps++;
    }
    assert.ok(steps > 5, `${steps} steps`);
    for (const key of ['numbers', 'dates', 'names'] as const) {
      assert.deepEqual(stepped[key].map(x => [x.claim, x.sentence.id]), once[key].map(x => [x.claim, x.sentence.id]), key);
    }
    assert.deepEqual([...stepped.acronyms], [...once.acronyms]);
    assert.deepEqual([...stepped.places], [...once.places]);
    assert.equal(stepped.readClaims(1), true);
  });

  it('memoises the word forms of a pass over every source word in a table of its own, dropped after it', () => {
    const shared = wordForms('Quokkas', [])[0];
    assert.equal(wordForms('the Quokkas', [])[1], shared, 'the shared table gives the same form again');
    withOwnWordForms(() => {
      const own = wordForms('Quokkas', [])[0];
      assert.notEqual(own, shared);
      assert.deepEqual(own, shared);
      assert.equal(wordForms('Quokkas', [])[0], own);
    });
    assert.equal(wordForms('Quokkas', [])[0], shared, 'the shared table is back after the pass');
    assert.throws(() => withOwnWordForms(() => { throw new Error('pass failed'); }), /pass failed/);
    assert.equal(wordForms('Quokkas', [])[0], shared, 'and after a pass that threw');
    // An index build and the whole-source claims leave no form of theirs in the shared table.
    const before = sharedWordFormCount();
    const built = indexSources([{ path: 'a.txt', text: 'The Zorblaxian envoy met 12 Quendarin delegates in Ostravel on 3 May.' }]);
    assert.ok(built.names.length > 0 && built.vocab.has('zorblaxian'));
    assert.equal(sharedWordFormCount(), before);
    assert.ok(built.vocab.has('quendarin'), 'the vocabulary is kept after the list it was made from is let go');
  });
});

