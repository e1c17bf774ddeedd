// Cases the engine once got wrong (found by writing the rule tests), each pinned on the text that showed it.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../server/src/engine';
import { seedArticle, seedDraftBody } from '../fixtures/seed';

function check(source: string, draft: string): Array<[string, string, string | undefined]> {
  const index = indexSources([{ path: 'source.txt', text: source }]);
  return checkDraft(draft, index, { kind: 'plaintext' })
    .findings.filter(f => f.severity !== 'info')
    .map(f => [f.rule, f.actual, f.expected]);
}

describe('engine: regressions', () => {
  it('a round source figure does not state a more precise draft figure', () => {
    const source = 'The European Commission has ordered its 32,000 employees to remove TikTok from their phones.';
    assert.deepEqual(check(source, 'The European Commission has ordered its 32,400 employees to remove TikTok from their phones.'),
      [['number-mismatch', '32,400', '32,000']]);
    assert.deepEqual(check(source, 'The European Commission has ordered its 32,000 employees to remove TikTok from their phones.'), []);
  });

  it('"more" before "– or £38,831" is not a hedge', () => {
    const source = 'Homes near good schools cost 12 per cent more – or £38,831 – than those in the rest of the county.';
    assert.deepEqual(check(source, 'Homes near good schools cost 12 per cent more – or £36,000 – than those in the rest of the county.'),
      [['number-mismatch', '£36,000', '£38,831']]);
  });

  it('"more than 60" is not stated by 57, "nearly 60" is', () => {
    const source = 'Officials gave the total number of missing at 57 after the ferry sank.';
    assert.deepEqual(check(source, 'Officials gave the total number of missing at more than 60 after the ferry sank.'),
      [['number-mismatch', '60', '57']]);
    assert.deepEqual(check(source, 'Officials gave the total number of missing at nearly 60 after the ferry sank.'), []);
  });

  it('"up to 90mph" is not "up to 75mph"', () => {
    const source = 'Forecasters warned of gusts of up to 75mph along the coast on Sunday.';
    assert.deepEqual(check(source, 'Forecasters warned of gusts of up to 90mph along the coast on Sunday.').map(f => f[1]), ['90mph']);
  });

  it('a date span stops before its comma', () => {
    const source = 'An Australian pleaded guilty on Thursday to the manslaughter of an American in Sydney.';
    assert.deepEqual(check(source, 'On Friday, an Australian pleaded guilty to the manslaughter of an American in Sydney.'),
      [['date-mismatch', 'Friday', 'Thursday']]);
  });

  it('"Villa\'s FA Cup" and "Villa\'sFA Cup" are one name', () => {
    assert.deepEqual(check('The striker said that Villa\'sFA Cup run ended at Wembley in April.', 'The striker said that Villa\'s FA Cup run ended at Wembley in April.'), []);
  });

  it('a sentence-initial word joined by "of" is not part of the name: "Fans of Man Utd"', () => {
    assert.deepEqual(check('Manchester United fans were delighted when the team won the match at the stadium.',
      'Fans of Man Utd were delighted when the team won the match at the stadium.'), []);
  });

  it('tokenised "1, 200" is 1,200', () => {
    assert.deepEqual(check('Police have seized more than 1,200 bottles of contaminated milk.', 'Police have seized more than 1, 200 bottles of contaminated milk.'), []);
  });

  it('"Theresa May" keeps her surname and is checked at the start of a sentence', () => {
    const article = seedArticle();
    const index = indexSources([{ path: 'article.txt', text: article }]);
    const names = (draft: string) => checkDraft(draft, index).findings.filter(f => f.rule === 'unsupported-name').map(f => f.actual);
    assert.deepEqual(names('- Foreign secretary Theresa May said that Seoul was closely monitoring Kim’s visit.'), ['Theresa May']);
    assert.deepEqual(names('- Theresa May said that Seoul was closely monitoring Kim’s visit.'), ['Theresa May']);
    assert.deepEqual(names(seedDraftBody()), []);
  });

  it('"at the age of 66" is an age', () => {
    assert.deepEqual(check('The actor, who had cancer, died at the age of 66 in hospital.', 'The actor, who had cancer, died at the age of 89 in hospital.'),
      [['number-mismatch', '89', '66']]);
  });

  it('an unstated date alone does not make its sentence unsupported', () => {
    const index = indexSources([{ path: 'article.txt', text: seedArticle() }]);
    const r = checkDraft('- The two leaders then had separate meetings with each other and their delegations on 13 September 2023.', index);
    assert.deepEqual(r.findings.map(f => f.rule), ['unsupported-number']);
  });

  it('a heading\'s own small count is structure, not a claim; the same count in prose is checked', () => {
    const index = indexSources([{ path: 'article.txt', text: seedArticle() }]);
    const rules = (draft: string) => checkDraft(draft, index).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual]);
    assert.deepEqual(rules('## 3 takeaways from the summit\n\n' + seedDraftBody()), []);
    assert.deepEqual(rules('- Kim brought 3 generals to the Cosmodrome.\n'), [['unsupported-number', '3']]);
  });

  it('a name swapped for one the source follows with an appositive: "Lim Soo-suk and Navy Adm. Kim Myong Sik"', () => {
    const index = indexSources([{ path: 'article.txt', text: seedArticle() }]);
    const found = (draft: string) => checkDraft(draft, index).findings.map(f => [f.rule, f.actual, f.expected]);
    assert.deepEqual(found('- Mr Kim was accompanied by Lim Soo-suk and Navy Adm. Kim Myong Sik.'), [['name-mismatch', 'Lim Soo-suk', 'Pak Thae Song']]);
    assert.deepEqual(found('- Kim was accompanied by Pak Thae Song and Navy Adm. Kim Myong Sik.'), []);
  });
});
