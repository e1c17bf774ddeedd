// Tokens: offsets, normal forms and stems of real sentences (the seed article), the unit every later stage compares.
import { strict as assert } from 'node:assert';
import { contentTokens, normWord, stem, tokenize } from '../../../server/src/engine/tokens';

function texts(s: string): string[] {
  return tokenize(s).map(t => t.text);
}

describe('claims: tokens', () => {
  it('keeps separators, decimals, abbreviations and inner hyphens inside a token, with document offsets', () => {
    const s = 'North Korea’s leader didn’t say the U.S. paid $1,000,000 or 3.5% for Soyuz-2 rockets.';
    const tokens = tokenize(s, 10);
    assert.deepEqual(tokens.map(t => t.text), ['North', 'Korea’s', 'leader', 'didn’t', 'say', 'the', 'U.S.', 'paid', '1,000,000', 'or', '3.5', 'for', 'Soyuz-2', 'rockets']);
    const money = tokens[8];
    assert.deepEqual([money.start, money.end], [57, 66]);
    assert.equal(s.slice(money.start - 10, money.end - 10), '1,000,000');
    assert.equal(money.num, true);
    // The sentence's final period is not part of the last word; the abbreviation keeps its periods.
    assert.equal(tokens[13].end - 10, s.length - 1);
    assert.equal(tokens[6].norm, 'u.s.');
  });

  it('normalises case, curly apostrophes and possessives, and marks capitals, numbers and function words', () => {
    const [north, korea, leader, didnt, say] = tokenize('North Korea’s leader didn’t say');
    assert.equal(korea.norm, 'korea');
    assert.equal(didnt.norm, "didn't");
    assert.deepEqual([north.cap, leader.cap], [true, false]);
    assert.deepEqual([say.stop, leader.stop, north.stop], [true, false, false]);
    assert.equal(normWord('leaders’'), 'leaders');
    assert.equal(normWord('Putin’s'), 'putin');
    assert.equal(normWord('U.N.'), 'u.n.');
  });

  it('folds the accents of Latin letters ("Sinn Féin" / "sinn fein", xsumfaith-35266927), and leaves other scripts as written', () => {
    assert.equal(normWord('Féin'), 'fein');
    assert.equal(normWord('Zürich’s'), 'zurich');
    assert.equal(normWord('Pellè'), 'pelle');
    assert.equal(normWord('김정은'), '김정은');
    assert.equal(normWord('Путин'), 'путин');
  });

  it('stems inflected forms to one stem and leaves numbers and short words alone', () => {
    assert.equal(stem('fights'), 'fight');
    assert.equal(stem('fighting'), 'fight');
    assert.equal(stem('countries'), 'country');
    assert.equal(stem('talked'), 'talk');
    assert.equal(stem('stopped'), 'stop');
    assert.equal(stem('rockets'), 'rocket');
    assert.equal(stem('analysis'), 'analysis');
    assert.equal(stem('2023'), '2023');
    assert.equal(stem('bus'), 'bus');
    // A past form spelt two ways: "pled" is "pleaded" (summedits-news-63f9455b8d931ba6e664fb85_32), "burnt" "burned".
    assert.equal(stem('pled'), stem('pleaded'));
    assert.equal(stem('burnt'), stem('burned'));
  });

  it('drops function words from content tokens', () => {
    const s = 'The two leaders then had separate meetings with each other and their delegations.';
    assert.deepEqual(contentTokens(tokenize(s)).map(t => t.norm), ['two', 'leaders', 'separate', 'meetings', 'delegations']);
  });

  it('splits a tokenised thousands group ("50, 000") into two tokens, which number extraction joins again', () => {
    assert.deepEqual(texts('a campaign to raise £50, 000 for british troops'), ['a', 'campaign', 'to', 'raise', '50', '000', 'for', 'british', 'troops']);
  });
});
