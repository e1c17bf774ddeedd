// unsupported-sentence end to end (indexSources + checkDraft): a sentence for which no source passage can be found is
// reported over the whole sentence (not its list marker), as information, with no evidence; a faithful, paraphrased
// or fused sentence is not, and is reported as supported.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources, type CheckOptions, type CheckResult } from '../../../server/src/engine';
import * as dev from '../../fixtures/dev-excerpts';
import { seedArticle, seedDraftBody } from '../../fixtures/seed';

const seedIndex = indexSources([{ path: 'article.txt', text: seedArticle() }]);

function checkSeed(text: string, options?: CheckOptions): CheckResult {
  return checkDraft(text, seedIndex, options);
}

function checkExcerpt(x: dev.DevExcerpt, text = x.draft, options: CheckOptions = {}): CheckResult {
  const index = indexSources([{ path: 'source.txt', text: x.source }]);
  return checkDraft(text, index, { kind: 'plaintext', ...options });
}

function unsupported(r: CheckResult): Array<[string, string]> {
  return r.findings.filter(f => f.rule === 'unsupported-sentence').map(f => [f.severity, f.actual]);
}

describe('rule unsupported-sentence', () => {
  describe('reports a sentence no source passage supports', () => {
    it('seed: a sentence about something else, over the sentence without its "- " marker', () => {
      const sentence = 'The weather in Paris was sunny and warm for most of the week.';
      const text = `- ${sentence}\n`;
      const r = checkSeed(text);
      assert.deepEqual(unsupported(r), [['info', sentence]]);
      const f = r.findings.find(x => x.rule === 'unsupported-sentence')!;
      assert.deepEqual(f.span, { start: 2, end: 2 + sentence.length });
      assert.deepEqual(f.range, { start: { line: 0, character: 2 }, end: { line: 0, character: 2 + sentence.length } });
      assert.equal(f.message, 'No source passage supports this sentence.');
      assert.deepEqual(f.evidence, []);
      assert.equal(f.expected, undefined);
      // The unknown name is a warning of its own; the sentence is not supported.
      assert.deepEqual(r.findings.filter(x => x.rule !== 'unsupported-sentence').map(x => [x.rule, x.actual]), [['unsupported-name', 'Paris']]);
      assert.deepEqual(r.sentences.map(s => s.supported), [false]);
    });

    it('seed: only the unsupported sentence of a draft, the others stay supported', () => {
      const text = seedDraftBody() + '- The weather in Paris was sunny and warm for most of the week.\n';
      const r = checkSeed(text);
      assert.deepEqual(unsupported(r), [['info', 'The weather in Paris was sunny and warm for most of the week.']]);
      assert.deepEqual(r.sentences.map(s => s.supported), [true, true, true, false]);
      assert.equal(r.findings.find(x => x.rule === 'unsupported-sentence')!.range.start.line, 3);
    });

    it('xsumfaith-37565125-PtGen: "a founding member of the magic x factor" is in no sentence of the article', () => {
      const x = dev.TEMPERTON_GARBLED;
      const r = checkExcerpt(x);
      assert.deepEqual(unsupported(r), [['info', x.draft]]);
      assert.deepEqual(r.findings.find(f => f.rule === 'unsupported-sentence')!.span, { start: 0, end: x.draft.length });
      assert.deepEqual(r.findings.filter(f => f.rule !== 'unsupported-sentence').map(f => [f.rule, f.actual]), [['unsupported-number', '96']]);
    });
  });

  describe('does not report a supported sentence', () => {
    it('seed: the faithful draft, each sentence supported with its source sentence as evidence', () => {
      const r = checkSeed(seedDraftBody());
      assert.deepEqual(r.findings, []);
      assert.deepEqual(r.sentences.map(s => s.supported), [true, true, true]);
      assert.equal(r.sentences[1].evidence[0].quote, 'The two leaders then had separate meetings with each other and their delegations.');
      assert.equal(r.sentences[1].evidence[0].range.start.line, 4);
    });

    it('seed: a sentence fused from two source sentences', () => {
      const r = checkSeed('- Kim was accompanied by Pak Thae Song at the Vostochny Cosmodrome, the most significant domestic satellite launch site in Russia.\n');
      assert.deepEqual(r.findings, []);
      assert.deepEqual(r.sentences.map(s => s.supported), [true]);
    });

    it('seed: a sentence too short to judge is not reported', () => {
      assert.deepEqual(checkSeed('- Kim agreed.\n').findings, []);
    });

    it('summedits _og records: each sentence supported', () => {
      const clifftop = checkExcerpt(dev.CLIFFTOP_OG);
      assert.deepEqual(clifftop.findings, []);
      assert.deepEqual(clifftop.sentences.map(s => s.supported), [true]);
      const birdFlu = checkExcerpt(dev.BIRD_FLU_OG);
      assert.deepEqual(birdFlu.findings, []);
      assert.deepEqual(birdFlu.sentences.map(s => s.supported), [true, true]);
    });
  });

  describe('severity', () => {
    it('options.rules: "warning" raises and "off" removes the report', () => {
      const text = '- The weather in Paris was sunny and warm for most of the week.\n';
      assert.deepEqual(unsupported(checkSeed(text, { rules: { 'unsupported-sentence': 'warning' } })), [['warning', 'The weather in Paris was sunny and warm for most of the week.']]);
      const off = checkSeed(text, { rules: { 'unsupported-sentence': 'off' } });
      assert.deepEqual(unsupported(off), []);
      assert.deepEqual(off.findings.map(f => f.rule), ['unsupported-name']);
    });
  });
});
