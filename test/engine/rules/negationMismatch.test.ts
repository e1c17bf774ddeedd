// negation-mismatch end to end: a negation added to or dropped from a sentence that otherwise follows its evidence
// word for word is flagged; a negation said another way ("no evidence" for "not … any evidence") is not.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';
import * as dev from '../../fixtures/dev-excerpts';
import { checkExcerpt, checkSeed, spanOf, summary } from './ruleHelpers';

describe('rule negation-mismatch', () => {
  it('summedits-news-63f9455b8d931ba6e664fb88_8: "was not arrested" where the source says "was arrested"', () => {
    const x = dev.OZY_NOT_ARRESTED;
    const found = checkExcerpt(x);
    assert.deepEqual(summary(found), [['negation-mismatch', 'not', '']]);
    const f = found[0];
    assert.equal(f.severity, 'error');
    assert.deepEqual(f.span, spanOf(x.draft, 'not'));
    assert.equal(f.message, 'The draft negates what the source states: "was arrested".');
    assert.equal(f.evidence[0].quote, x.source.trim());
  });

  it('summedits-news-63f9455b8d931ba6e664fb85_32: "has pled not guilty", against the sentence the draft follows, not a photo caption that covers it as well', () => {
    const x = dev.CLIFFTOP_PLED_NOT_GUILTY;
    const found = checkExcerpt(x).filter(f => f.rule === 'negation-mismatch');
    assert.deepEqual(summary(found), [['negation-mismatch', 'not', '']]);
    assert.deepEqual(found[0].span, spanOf(x.draft, 'not'));
    assert.match(found[0].evidence[0].quote, /^CANBERRA - An Australian pleaded guilty on Thursday to manslaughter/);
  });

  it('summedits-news-63fe83a6822983eae8845b49_3: "have found the evidence" where the source says "have not found any evidence"', () => {
    const x = dev.POISON_FOUND;
    const found = checkExcerpt(x);
    assert.deepEqual(summary(found), [['negation-mismatch', 'have found', 'have not found']]);
    assert.equal(found[0].message, 'The draft drops the source\'s negation: "have not found".');
  });

  it('summedits-news-63fe83a6822983eae8845b4f_2: "the billions it doesn\'t have at its disposal", in a sentence reworded elsewhere', () => {
    const x = dev.CHIPS_DOESNT_HAVE;
    const found = checkExcerpt(x).filter(f => f.rule === 'negation-mismatch');
    assert.deepEqual(summary(found), [['negation-mismatch', "doesn't", 'does']]);
    assert.equal(found[0].message, 'The draft negates what the source states: "it has at its disposal".');
    // Reworded around the negation too, the sentence is left alone.
    const reworded = x.draft.replace("billions it doesn't have at its disposal", "billions that it doesn't hold");
    assert.deepEqual(checkExcerpt(x, reworded).filter(f => f.rule === 'negation-mismatch'), []);
  });

  it('summedits-news-63fe83a6822983eae8845b4f_27: "how it won\'t seek", with two matched words before the negation and many after', () => {
    const x = dev.CHIPS_WONT;
    const found = checkExcerpt(x).filter(f => f.rule === 'negation-mismatch');
    assert.deepEqual(summary(found), [['negation-mismatch', "won't", 'will']]);
    assert.deepEqual(found[0].span, spanOf(x.draft, "won't"));
    assert.deepEqual(checkExcerpt(x, x.draft.replace("won't", 'will')).filter(f => f.rule === 'negation-mismatch'), []);
  });

  it('seed (sample/draft-with-mistakes.md): "Seoul was not closely monitoring Kim’s visit"', () => {
    const text = '- Lim Soo-suk said that while Seoul was not closely monitoring Kim’s visit, it was still in contact with Moscow.\n';
    const found = checkSeed(text);
    assert.deepEqual(summary(found), [['negation-mismatch', 'not', '']]);
    assert.equal(found[0].evidence[0].range.start.line, 8);
  });

  it('summedits-news-63fe83a6822983eae8845b49_29: "have not launched an investigation", in a sentence with one negation more than its evidence', () => {
    const x = dev.POISON_NOT_LAUNCHED;
    const found = checkExcerpt(x);
    // "found no evidence" for "not found any evidence" says the same: only the added "not" is flagged.
    assert.deepEqual(summary(found), [['negation-mismatch', 'not', '']]);
    assert.deepEqual(found[0].span, spanOf(x.draft, 'not'));
    assert.equal(found[0].message, 'The draft negates what the source states: "have launched".');
  });

  it('summedits-news-63fe83a6822983eae8845b49_4: a negation moved from "found" to "launched" is flagged in both places', () => {
    const x = dev.POISON_MOVED;
    const found = checkExcerpt(x);
    assert.deepEqual(summary(found), [['negation-mismatch', 'not', ''], ['negation-mismatch', 'have found', 'have not found']]);
    assert.equal(found[1].message, 'The draft drops the source\'s negation: "have not found".');
    // Carried by a verb like "say", a moved negation may mean the same: left alone.
    const index = indexSources([{ path: 's.txt', text: 'The minister said he would not resign.\n' }]);
    assert.deepEqual(checkDraft('The minister did not say he would resign.', index, { kind: 'plaintext' }).findings.filter(f => f.rule === 'negation-mismatch'), []);
  });

  it('the unedited summaries, with "no evidence" for "not found any evidence", are not flagged', () => {
    assert.deepEqual(summary(checkExcerpt(dev.POISON_OG)), []);
    assert.deepEqual(summary(checkExcerpt(dev.OZY_OG)), []);
  });

  it('leaves "not … until", "not only" and a negation with other words around it', () => {
    const index = indexSources([{ path: 's.txt', text: 'The virus was not deemed a threat to humans until a 1997 outbreak.\nThe plan is not only cheaper but also faster.\nThe minister did not attend the summit in Paris.\n' }]);
    for (const draft of [
      'The virus was deemed a threat to humans until a 1997 outbreak.',
      'The plan is cheaper but also faster.',
      'The minister failed to attend the summit in Paris.',
    ]) {
      assert.deepEqual(summary(checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.rule === 'negation-mismatch')), [], draft);
    }
  });
});
