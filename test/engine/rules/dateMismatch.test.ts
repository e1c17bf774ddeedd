// date-mismatch end to end (indexSources + checkDraft), on excerpts of dev records: a year, weekday or day that differs
// from the one the supporting source sentence gives is flagged at the date, with the source's date and sentence; the
// same date written another way ("January 18" for "Jan. 18", "December 2022" for "Dec. 29. 2022") is not.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';
import * as dev from '../../fixtures/dev-excerpts';
import { checkExcerpt, sourceLine, spanOf, summary } from './ruleHelpers';

describe('rule date-mismatch', () => {
  describe('flags a changed date at its words, with the source date and sentence', () => {
    it('summedits-news-63f9455b8d931ba6e664fb8b_24: "until 1987" where the source says "until a 1997 outbreak"', () => {
      const x = dev.BIRD_FLU_1987;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['date-mismatch', '1987', '1997']]);
      const f = found[0];
      assert.equal(f.severity, 'error');
      assert.deepEqual(f.span, spanOf(x.draft, '1987'));
      assert.deepEqual(f.range, { start: { line: 0, character: 55 }, end: { line: 0, character: 59 } });
      assert.equal(f.message, 'Date "1987" here; the source says "1997".');
      assert.equal(f.evidence.length, 1);
      assert.equal(f.evidence[0].source, 'source.txt');
      assert.equal(f.evidence[0].quote, sourceLine(x, 0));
      assert.equal(f.evidence[0].range.start.line, 0);
    });

    it('summedits-news-63f9455b8d931ba6e664fba1_30: "on Thursday" where the source says "on Wednesday"', () => {
      const x = dev.BOJ_THURSDAY;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['date-mismatch', 'Thursday', 'Wednesday']]);
      assert.deepEqual(found[0].span, spanOf(x.draft, 'Thursday'));
      assert.equal(found[0].message, 'Date "Thursday" here; the source says "Wednesday".');
      assert.equal(found[0].evidence[0].quote, sourceLine(x, 1));
      assert.equal(found[0].evidence[0].range.start.line, 1);
    });

    it('summedits-news-63f9455b8d931ba6e664fba1_8: "since Jan. 19" where the source says "since Jan. 18" (and the changed cap)', () => {
      const x = dev.BOJ_CAP_AND_DAY;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['number-mismatch', '1%', '0.5%'], ['date-mismatch', 'Jan. 19', 'Jan. 18']]);
      assert.deepEqual(found[1].span, spanOf(x.draft, 'Jan. 19'));
      assert.equal(found[1].message, 'Date "Jan. 19" here; the source says "Jan. 18".');
      assert.equal(found[1].evidence[0].quote, sourceLine(x, 1));
    });

    it('summedits-news-63f9455b8d931ba6e664fba1 (source): a shorter sentence with "since Jan. 8"', () => {
      const text = 'The Bank of Japan said on Wednesday it would conduct emergency bond buying, as the 10-year JGBs touched 0.505%, reaching the highest level since Jan. 8.';
      const found = checkExcerpt(dev.BOJ_OG, text);
      assert.deepEqual(summary(found), [['date-mismatch', 'Jan. 8', 'Jan. 18']]);
      assert.deepEqual(found[0].span, spanOf(text, 'Jan. 8'));
    });

    it('summedits-news-63f9455b8d931ba6e664fb9e (source): "in 2016" where the source says Starbucks opened in Italy in 2018', () => {
      const x = dev.OLEATO_OG;
      const text = 'Starbucks opened its first branch in Italy in 2016, causing outcry and prompting calls for a boycott.';
      const found = checkExcerpt(x, text);
      assert.deepEqual(summary(found), [['date-mismatch', '2016', '2018']]);
      assert.deepEqual(found[0].span, { start: 46, end: 50 });
      assert.equal(found[0].evidence[0].quote, sourceLine(x, 2));
      assert.equal(found[0].evidence[0].range.start.line, 2);
    });

    it('"last year" in a story dated 14 March 2023 is 2022: "in 2022" is stated, "in 2021" flagged with 2022', () => {
      const index = indexSources([{ path: 'ons.txt', text: 'LONDON, Tuesday 14 March 2023 — One in five adults in England reported symptoms of anxiety last year, the ONS said.\nThe survey of 3,400 people was carried out in February.\n' }]);
      const serious = (d: string) => checkDraft(d, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info');
      assert.deepEqual(serious('A fifth of adults in England reported anxiety symptoms in 2022, the ONS said.'), []);
      const found = serious('A fifth of adults in England reported anxiety symptoms in 2021, the ONS said.');
      assert.deepEqual(summary(found), [['date-mismatch', '2021', '2022']]);
      assert.equal(found[0].message, 'Date "2021" here; the source says "last year", 2022.');
    });
  });

  describe('a date the sources give only about something else', () => {
    it('probe25 (a report on resignations, reworded): every word of the draft in the evidence, in another order: "quit on 17 May" where it says 3 May', () => {
      const index = indexSources([{ path: 'source.txt', text: 'The first resignation came on 3 May, when the treasurer quit. On 17 May a second official, the party secretary, stepped down.' }]);
      assert.deepEqual(summary(checkDraft('The treasurer quit on 17 May.', index).findings), [['date-mismatch', '17 May', '3 May']]);
      assert.deepEqual(checkDraft('The treasurer quit on 3 May.', index).findings, []);
      assert.deepEqual(checkDraft('The party secretary stepped down on 17 May.', index).findings, []);
    });
    it('probe23 (a frank-cnndm report on immigration, reworded): the source\'s aside in brackets left out, "by 2050" where it says "by 2060"', () => {
      const source = 'The immigrant population will reach 18.8 per cent (78million) by 2060. Immigrants will account for 75.5 per cent of population growth between 2010 and 2050.';
      const index = indexSources([{ path: 'source.txt', text: source }]);
      const found = checkDraft('The immigrant population will reach 18.8 per cent by 2050.', index).findings;
      assert.deepEqual(summary(found), [['date-mismatch', '2050', '2060']]);
      assert.deepEqual(checkDraft('The immigrant population will reach 18.8 per cent by 2060.', index).findings, []);
    });

    it('summedits-news-…fb85 (source): "on June 30 to be sentenced" where the evidence says June 6 (June 30 is the inquiry\'s)', () => {
      const x = dev.CLIFFTOP_JUNE;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['date-mismatch', 'June 30', 'June 6']]);
      assert.equal(found[0].evidence[0].quote, sourceLine(x, 0));
      assert.deepEqual(checkExcerpt(x, 'White returns to court on June 6 to be sentenced.'), []);
      assert.deepEqual(checkExcerpt(x, 'The inquiry into hate crimes in New South Wales will report on June 30.'), []);
    });

    it('xsumfaith-37961975 (source): "since they reopened on Wednesday" where the evidence says Thursday', () => {
      const x = dev.BANKS_REOPENED;
      assert.deepEqual(summary(checkExcerpt(x)), [['date-mismatch', 'Wednesday', 'Thursday']]);
      assert.deepEqual(checkExcerpt(x, 'Indians have been flocking to banks since they reopened on Thursday.'), []);
    });
  });

  describe('does not flag a date the source states, in any form', () => {
    it('summedits _og records: 1997, "Wednesday … since Jan. 18", "Thursday", "in 2018 … on Wednesday"', () => {
      assert.deepEqual(checkExcerpt(dev.BIRD_FLU_OG), []);
      assert.deepEqual(checkExcerpt(dev.BOJ_OG), []);
      assert.deepEqual(checkExcerpt(dev.CHIPS_OG), []);
      assert.deepEqual(checkExcerpt(dev.OLEATO_OG), []);
    });

    it('summedits-news-63f9455b8d931ba6e664fba1 (source): "January 18" and "18 January" for "Jan. 18"', () => {
      const base = 'The Bank of Japan said on Wednesday it would conduct emergency bond buying, as the 10-year JGBs touched 0.505%, reaching the highest level since ';
      assert.deepEqual(checkExcerpt(dev.BOJ_OG, base + 'January 18.'), []);
      assert.deepEqual(checkExcerpt(dev.BOJ_OG, base + '18 January.'), []);
    });

    it('summedits-news-63f9455b8d931ba6e664fb85 (source): "On Thursday," moved to the front of the sentence', () => {
      const text = 'On Thursday, an Australian pleaded guilty to manslaughter in the death 35 years ago of an American who fell from a Sydney clifftop.';
      assert.deepEqual(checkExcerpt(dev.CLIFFTOP_OG, text), []);
    });

    it('summedits-news-63f9455b8d931ba6e664fb9f (source): "Dec. 29, 2022", "December 29" and "December 2022" for the source\'s "Dec. 29. 2022"', () => {
      const x = dev.TATE_OG;
      assert.deepEqual(checkExcerpt(x, 'Tate was arrested on Dec. 29, 2022, with his brother Tristan.'), []);
      assert.deepEqual(checkExcerpt(x, 'Tate was arrested on December 29 with his brother Tristan and two Romanian women.'), []);
      assert.deepEqual(checkExcerpt(x, 'Tate was arrested in December 2022 with his brother Tristan and two Romanian women.'), []);
    });
  });

  describe('severity', () => {
    it('options.rules: "warning" downgrades the date finding and "off" removes it, leaving the number finding (summedits-news-63f9455b8d931ba6e664fba1_8)', () => {
      const x = dev.BOJ_CAP_AND_DAY;
      const warned = checkExcerpt(x, x.draft, { rules: { 'date-mismatch': 'warning' } });
      assert.deepEqual(warned.map(f => [f.rule, f.severity]), [['number-mismatch', 'error'], ['date-mismatch', 'warning']]);
      const off = checkExcerpt(x, x.draft, { rules: { 'date-mismatch': 'off' } });
      assert.deepEqual(summary(off), [['number-mismatch', '1%', '0.5%']]);
    });
  });
});
