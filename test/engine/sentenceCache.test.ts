// A check reusing a SentenceCache after edits (as the server does at every keystroke) reports what a check with a
// new cache reports.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDraft, indexSources, SentenceCache, type CheckResult, type SourceDoc, type SourceIndex } from '../../server/src/engine';
import { draftMarkdown, sourceDocs } from '../../bench/corpus';
import { rng } from '../fixtures/random';

const repo = path.resolve(__dirname, '../..');

/** Everything a check reports, evidence and all. */
const reported = (r: CheckResult) => JSON.stringify(r);

/** Types `keystrokes` characters (letters, digits, spaces, punctuation, Markdown marks, line breaks) and deletes a
 *  few, at random places; after each, the check with the shared cache must equal one with a new cache. */
function typeAndCompare(start: string, index: SourceIndex, seed: number, keystrokes: number): void {
  const r = rng(seed);
  const cache = new SentenceCache(index);
  let text = start;
  checkDraft(text, index, { cache, document: 'd' });
  const chars = 'etaoinshrdlu ETAOIN 0123456789.,;:-\'"’*_`[]()#>\n';
  let at = Math.floor(r() * text.length);
  for (let k = 0; k < keystrokes; k++) {
    if (r() < 0.2) at = Math.floor(r() * text.length);
    if (r() < 0.15 && at > 0) {
      text = text.slice(0, at - 1) + text.slice(at);
      at--;
    } else {
      text = text.slice(0, at) + chars[Math.floor(r() * chars.length)] + text.slice(at);
      at++;
    }
    const kept = checkDraft(text, index, { cache, document: 'd' });
    const fresh = checkDraft(text, index, { cache: new SentenceCache(index), document: 'd' });
    assert.equal(reported(kept), reported(fresh), `seed ${seed}, keystroke ${k}: ${JSON.stringify(text.slice(Math.max(0, at - 60), at + 20))}`);
  }
}

describe('SentenceCache: checks after edits equal checks with a new cache', () => {
  it('typing into the sample draft with mistakes', () => {
    const article = fs.readFileSync(path.join(repo, 'sample/article.txt'), 'utf8');
    const draft = fs.readFileSync(path.join(repo, 'sample/draft-with-mistakes.md'), 'utf8');
    const index = indexSources([{ path: 'article.txt', text: article }]);
    for (let seed = 1; seed <= 3; seed++) typeAndCompare(draft, index, seed, 60);
  });

  it('typing into a feature written from news articles', function () {
    this.timeout(120_000);
    const docs: SourceDoc[] = sourceDocs(8000).map(d => ({ ...d, kind: 'plaintext' }));
    const index = indexSources(docs);
    typeAndCompare(draftMarkdown(700, docs, 4, false), index, 11, 40);
  });

  it('keeps the entries a document uses, and of the others the most recently given up', () => {
    const index = indexSources([{ path: 'a.txt', text: 'Kim met Putin on Wednesday. The talks lasted four hours.' }]);
    const cache = new SentenceCache(index, 1);
    checkDraft('Kim met Putin. They talked.', index, { cache, document: 'x' });
    assert.equal(cache.size, 2);
    // "Kim met Putin." is given up first, then "They talked.": only the latter stays as a spare entry.
    checkDraft('Kim met Putin on Wednesday. They talked.', index, { cache, document: 'x' });
    checkDraft('Kim met Putin on Wednesday. They talked for hours.', index, { cache, document: 'x' });
    assert.equal(cache.size, 3);
    const again = checkDraft('Kim met Putin on Wednesday. They talked.', index, { cache, document: 'x' });
    assert.equal(cache.size, 3, '"They talked." was kept');
    checkDraft('Kim met Putin. They talked.', index, { cache, document: 'x' });
    assert.equal(cache.size, 3, '"Kim met Putin." was checked again; "They talked for hours." given up and dropped');
    assert.equal(again.sentences.length, 2);
  });
});
