// The acceptance cases on the seed: the faithful draft yields nothing; each single change is flagged at the
// changed words with the source's value and the supporting sentence as evidence.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources, type Finding } from '../../server/src/engine';
import { seedArticle, seedDraftBody } from '../fixtures/seed';

const index = indexSources([{ path: 'article.txt', text: seedArticle() }]);
const draft = seedDraftBody();
const frontMatter = '---\nsources: [article.txt]\n---\n';

function serious(text: string): Finding[] {
  return checkDraft(text, index).findings.filter(f => f.severity === 'error' || f.severity === 'warning');
}

function only(text: string): Finding {
  const found = serious(text);
  assert.equal(found.length, 1, `expected one finding, got ${JSON.stringify(found.map(f => [f.rule, f.actual]))}`);
  return found[0];
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length - 1;
}

describe('engine: the seed example', () => {
  it('finds nothing wrong in the faithful draft, with or without front matter', () => {
    assert.deepEqual(serious(draft), []);
    assert.deepEqual(serious(frontMatter + draft), []);
    const r = checkDraft(draft, index);
    assert.equal(r.sentences.length, 3);
    assert.ok(r.sentences.every(s => s.supported), 'every seed sentence has supporting evidence');
  });

  it('flags "12-month" where the source says "18-month", as a duration', () => {
    const text = frontMatter + draft.replace('18-month', '12-month');
    const f = only(text);
    assert.equal(f.rule, 'number-mismatch');
    assert.equal(f.severity, 'error');
    assert.equal(f.actual, '12-month');
    assert.equal(f.expected, '18-month');
    assert.match(f.message, /^Duration "12-month" here; the source says "18-month"\.$/);
    assert.equal(text.slice(f.span.start, f.span.end), '12-month');
    const line = lineOf(text, '12-month');
    assert.deepEqual(f.range.start, { line, character: text.split('\n')[line].indexOf('12-month') });
    assert.equal(f.evidence[0].source, 'article.txt');
    assert.match(f.evidence[0].quote, /^Putin sees the meeting with Kim as a chance to replenish the munitions stocks that the 18-month conflict has depleted\.$/);
    assert.equal(f.evidence[0].range.start.line, lineOf(seedArticle(), 'Putin sees the meeting'));
  });

  it('flags Lim Soo-suk named as head of the space committee, where the source names Pak Thae Song', () => {
    const text = draft + '- Kim was accompanied by Lim Soo-suk, the head of North Korea’s committee for space science and technology.\n';
    const f = only(text);
    assert.equal(f.rule, 'name-mismatch');
    assert.equal(f.actual, 'Lim Soo-suk');
    assert.equal(f.expected, 'Pak Thae Song');
    assert.match(f.evidence[0].quote, /^Kim was accompanied by Pak Thae Song, the head of North Korea’s committee/);
  });

  for (const country of ['Syria', 'Belarus', 'Russia']) {
    it(`flags "${country}" in place of Ukraine`, () => {
      const f = only(draft.replace('conflict in Ukraine', `conflict in ${country}`));
      assert.equal(f.rule, 'name-mismatch');
      assert.equal(f.actual, country);
      assert.equal(f.expected, 'Ukraine');
    });
  }

  it('flags the quote “sacred fight” changed to other words, and says what the source quotes', () => {
    const f = only(draft.replace('“sacred fight”', '“holy war”'));
    assert.equal(f.rule, 'quote-mismatch');
    assert.equal(f.actual, 'holy war');
    assert.equal(f.expected, 'sacred fight');
    assert.match(f.evidence[0].quote, /^The conflict in Ukraine is the “sacred fight”/);
  });

  it('accepts a partial quote that matches the source words in order, straight quotes included', () => {
    assert.deepEqual(serious('- Kim pledged North Korea\'s "full and unconditional support" to Russia.\n'), []);
    assert.deepEqual(serious('- Kim said ties with Russia were “the priority”.\n'), []);
  });

  it('flags a quote whose words are reordered', () => {
    const f = only('- Kim pledged “unconditional and full support” to Russia.\n');
    assert.equal(f.rule, 'quote-mismatch');
  });

  it('does not call a paraphrase with the same facts wrong', () => {
    const para = [
      '- Kim Jong Un promised Vladimir Putin his country’s full backing in the war in Ukraine.',
      '- The leaders met at the Vostochny Cosmodrome, a rocket launch site in Siberia.',
      '- Mr Kim was accompanied by Pak Thae Song and Navy Adm. Kim Myong Sik.',
      '- Russia hopes to refill munitions stocks drained by 18 months of conflict.',
      '- South Korea’s foreign ministry said Seoul was closely monitoring the visit.',
    ].join('\n');
    assert.deepEqual(serious(para).map(f => [f.rule, f.actual]), []);
  });
});
