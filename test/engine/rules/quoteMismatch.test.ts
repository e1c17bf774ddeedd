// quote-mismatch end to end (indexSources + checkDraft): words in quotation marks that no source has, in that order, are
// flagged at the quoted words (without the marks), with the source's own quotation where one faces them; a partial
// quote, a quote cut by an ellipsis, straight or single quotes, and apostrophes are not.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';
import * as dev from '../../fixtures/dev-excerpts';
import { checkExcerpt, checkSeed, spanOf, summary } from './ruleHelpers';

const OPENING = 'North Korean leader Kim Jong Un has promised Russian President Vladimir Putin that his country will give the Ukrainian war its “full and unconditional support” in order to protect its security interests.';

describe('rule quote-mismatch', () => {
  describe('flags quoted words no source has, at the words inside the marks', () => {
    it('seed: “full and unconditional backing”, with the source\'s “full and unconditional support”', () => {
      const text = '- Kim pledged the “full and unconditional backing” of his country.\n';
      const found = checkSeed(text);
      assert.deepEqual(summary(found), [['quote-mismatch', 'full and unconditional backing', 'full and unconditional support']]);
      const f = found[0];
      assert.equal(f.severity, 'error');
      assert.deepEqual(f.span, spanOf(text, 'full and unconditional backing'));
      assert.deepEqual(f.range, { start: { line: 0, character: 19 }, end: { line: 0, character: 49 } });
      assert.equal(f.message, 'The quoted words "full and unconditional backing" are not in the source; it says "full and unconditional support".');
      assert.equal(f.evidence.length, 1);
      assert.equal(f.evidence[0].source, 'article.txt');
      assert.equal(f.evidence[0].quote, OPENING);
      assert.equal(f.evidence[0].range.start.line, 0);
    });

    it('seed: “holy war”, which no source quotes anything like, has no expected words', () => {
      const text = '- Kim said the war was a “holy war” for Russia.\n';
      const found = checkSeed(text);
      assert.deepEqual(summary(found), [['quote-mismatch', 'holy war', undefined]]);
      assert.deepEqual(found[0].span, spanOf(text, 'holy war'));
      assert.equal(found[0].message, 'The quoted words "holy war" are not in any source.');
    });

    it('summedits-news-63f9455b8d931ba6e664fb8c_11: a quote with "gain of propulsion" where the source quotes "loss of propulsion"', () => {
      const x = dev.RECALL_GAIN;
      const quoted = 'specific electrical connection issue that could result in a gain of propulsion while driving';
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['quote-mismatch', quoted, 'specific electrical connection issue that could result in a loss of propulsion while driving']]);
      assert.deepEqual(found[0].span, spanOf(x.draft, quoted));
      assert.equal(found[0].evidence[0].source, 'source.txt');
      assert.equal(found[0].evidence[0].quote, x.source.split('\n')[0]);
    });

    it('summedits-news-63f9455b8d931ba6e664fb97_12: an "uncontrolled burn" where the source quotes a "controlled burn"', () => {
      const x = dev.BURN_UNCONTROLLED;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['quote-mismatch', 'uncontrolled burn', 'controlled burn']]);
      assert.deepEqual(found[0].span, { start: 73, end: 90 });
      assert.equal(found[0].message, 'The quoted words "uncontrolled burn" are not in the source; it says "controlled burn".');
      assert.equal(found[0].evidence[0].quote, x.source.split('\n')[2]);
      assert.equal(found[0].evidence[0].range.start.line, 2);
    });

    it('summedits-news-63f9455b8d931ba6e664fb8c (source): parts of a quote around an ellipsis in the wrong order', () => {
      const text = 'The recall addresses a "loss of propulsion ... electrical connection issue," the automaker said.';
      const found = checkExcerpt(dev.RECALL_OG, text);
      assert.deepEqual(found.map(f => [f.rule, f.actual]), [['quote-mismatch', 'loss of propulsion ... electrical connection issue']]);
      assert.deepEqual(found[0].span, spanOf(text, 'loss of propulsion ... electrical connection issue'));
    });
  });

  describe('does not flag a quotation the source has', () => {
    it('seed: partial quotes, curly and straight, and an apostrophe between two quotes', () => {
      assert.deepEqual(checkSeed('- Kim pledged his country\'s "unconditional support" to Russia.\n'), []);
      assert.deepEqual(checkSeed('- Kim called the conflict in Ukraine a “sacred fight”, and he didn’t hide that ties with Russia are “the priority”.\n'), []);
    });

    it('seed: a quote cut by an ellipsis, and a single-quoted quote in other capitals', () => {
      assert.deepEqual(checkSeed('- Kim promised Putin “full … support” for the war.\n'), []);
      assert.deepEqual(checkSeed('- Kim called the war Russia’s ‘Sacred Fight’.\n'), []);
    });

    it('summedits _og records: the quotes as the source has them', () => {
      assert.deepEqual(checkExcerpt(dev.RECALL_OG), []);
      assert.deepEqual(checkExcerpt(dev.BURN_OG), []);
    });

    it('summedits-news-63f9455b8d931ba6e664fb8c (source): a partial quote with an ellipsis, parts in order', () => {
      assert.deepEqual(checkExcerpt(dev.RECALL_OG, 'The recall addresses an "electrical connection issue ... while driving," the automaker said.'), []);
    });

    it('an editor\'s words in square brackets stand for source words, as an ellipsis does; the words around them must still be the source\'s', () => {
      const index = indexSources([{ path: 's.txt', text: 'She added: "I am confident we will emerge stronger – and I\'d like to thank our staff for their patience."' }]);
      const all = (d: string) => checkDraft(d, index, { kind: 'plaintext' }).findings.map(f => [f.rule, f.actual]);
      assert.deepEqual(all('She said she was "confident [the company] will emerge stronger".'), []);
      assert.deepEqual(all('She said she was "confident [the company] will emerge weaker".'), [['quote-mismatch', 'confident [the company] will emerge weaker']]);
      // "I'm" for "I am": reworded, not invented (information), with the source's words; and "I'm" is no name.
      const [f, ...rest] = checkDraft('Lee said: "I\'m confident we will emerge stronger."', index, { kind: 'plaintext' }).findings;
      assert.deepEqual(rest, []);
      assert.deepEqual([f.rule, f.severity, f.expected], ['quote-inexact', 'info', 'I am confident we will emerge stronger']);
    });
  });

  describe('severity', () => {
    it('options.rules: "warning" downgrades and "off" removes the finding', () => {
      const text = '- Kim said the war was a “holy war” for Russia.\n';
      assert.deepEqual(checkSeed(text, { rules: { 'quote-mismatch': 'warning' } }).map(f => [f.rule, f.severity]), [['quote-mismatch', 'warning']]);
      assert.deepEqual(checkSeed(text, { rules: { 'quote-mismatch': 'off' } }), []);
    });
  });
});
