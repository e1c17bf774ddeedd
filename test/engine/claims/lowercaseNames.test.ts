// Names in lower-cased sentences (XSum summaries are published lower-cased): runs of words that are not English
// words, without places, months or dataset leftovers; and unsupported-name on them end to end.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyseSentence } from '../../../server/src/engine/claims';
import { WordList } from '../../../server/src/engine/lowercaseNames';
import * as dev from '../../fixtures/dev-excerpts';
import { checkExcerpt, summary } from '../rules/ruleHelpers';

function names(text: string): string[] {
  return analyseSentence({ start: 0, end: text.length, text, block: 'paragraph' }).names.map(n => {
    assert.equal(text.slice(n.start, n.end), n.text);
    return n.text;
  });
}

describe('engine/lowercaseNames', () => {
  it('finds the names of a lower-case sentence as runs of words no English word list has', () => {
    assert.deepEqual(names(dev.SKER_BEACH.draft), ['rhondda cynon taff']);
    assert.deepEqual(names('bournemouth manager eddie howe says his side are " struggling " after losing.'), ['bournemouth', 'eddie']);
  });

  it('leaves out places, weekdays and months, tokenisation leftovers, and words joined by a lost dash', () => {
    assert.deepEqual(names('the club won an award at a conference in france on saturday in june.'), []);
    assert.deepEqual(names("the man -lrb- 34 -rrb- did n't say, police in sussex-and surrey said."), []);
  });

  it('takes no names from a line that is not English (a Welsh sentence in an English story)', () => {
    assert.deepEqual(names('bydd cynllun newydd yn cael ei dreialu er mwyn lleihau amser aros.'), []);
  });

  it('keeps capitalised sentences to the capitalised extractor', () => {
    assert.deepEqual(names('A man from Stranraer has been conned by a stranger.'), ['Stranraer']);
  });

  it('xsumfaith-38630833-BERTS2S: "rhondda cynon taff", which the article never names, is an unsupported name', () => {
    const found = checkExcerpt(dev.SKER_BEACH).filter(f => f.rule === 'unsupported-name');
    assert.deepEqual(summary(found), [['unsupported-name', 'rhondda cynon taff', undefined]]);
  });

  it('xsumfaith-37471830-TConvS2S: "stranraer" is the article\'s Stranraer; "man" for its "woman" is flagged', () => {
    const found = checkExcerpt(dev.STRANRAER);
    assert.deepEqual(found.filter(f => f.rule === 'unsupported-name'), []);
    assert.deepEqual(summary(found.filter(f => f.rule === 'term-mismatch')), [['term-mismatch', 'man', 'woman']]);
  });

  it('frank-cnndm-879e8cfb…-bert_sum: "tsa" is the source\'s "Transportation Security Administration"', () => {
    assert.deepEqual(summary(checkExcerpt(dev.TSA_SCREENERS)), []);
  });

  it('frank-cnndm-5ec241bc…-bert_sum: a quotation tokenised as "i \'m", "you \'re" matches the source\'s "I\'m", "you\'re"', () => {
    assert.deepEqual(summary(checkExcerpt(dev.STANCIL_QUOTE).filter(f => f.rule.startsWith('quote'))), []);
  });

  it('WordList (sorted lines, binary search) answers as a Set of the whole English list does', () => {
    const words = JSON.parse(fs.readFileSync(require.resolve('an-array-of-english-words/index.json'), 'utf8')) as string[];
    const list = WordList.fromWords(words);
    assert.equal(list.size, words.length);
    for (const w of words) assert.ok(list.has(w), w);
    const set = new Set(words);
    for (const t of ['stranraer', 'rhondda', 'aaa', 'zzzzz', '', 'cafe', 'café', 'naïve', 'london', 'motorcyclist', 'x']) assert.equal(list.has(t), set.has(t), t);
    // And as the file the build writes beside the bundles, when there is one.
    const built = path.join(__dirname, '../../../dist/english-words.txt');
    if (fs.existsSync(built)) assert.equal(new WordList(fs.readFileSync(built, 'utf8')).size, words.length);
  });
});
