// number-mismatch end to end (indexSources + checkDraft): a quantity that differs from the one its supporting source
// sentence gives is flagged at the quantity, with the source's value and sentence; a quantity the source states in
// another form (words, another unit, rounded, hedged, a mangled pound sign) is not. Also: severity overrides, the
// disable directive, CRLF drafts and UTF-16 positions after an emoji.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';
import * as dev from '../../fixtures/dev-excerpts';
import { checkExcerpt, checkSeed, only, seedIndex, sourceLine, spanOf, summary } from './ruleHelpers';
import { seedDraftBody } from '../../fixtures/seed';

const draft = seedDraftBody();
const WAR_SENTENCE = 'Putin sees the meeting with Kim as a chance to replenish the munitions stocks that the 18-month conflict has depleted.';

describe('rule number-mismatch', () => {
  describe('flags a changed quantity at its words, with the source value and sentence', () => {
    it('seed: "three leaders" where the source says "The two leaders"', () => {
      const text = '- The three leaders then had separate meetings with each other and their delegations.\n';
      const found = checkSeed(text);
      assert.deepEqual(summary(found), [['number-mismatch', 'three', 'two']]);
      const f = found[0];
      assert.equal(f.severity, 'error');
      assert.deepEqual(f.span, { start: 6, end: 11 });
      assert.deepEqual(f.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 11 } });
      assert.equal(f.message, 'Number "three" here; the source says "two".');
      assert.equal(f.evidence.length, 1);
      assert.equal(f.evidence[0].source, 'article.txt');
      assert.equal(f.evidence[0].quote, 'The two leaders then had separate meetings with each other and their delegations.');
      assert.equal(f.evidence[0].range.start.line, 4);
    });

    it('seed: "18-week" where the source says "18-month" (same figure, other unit), as a duration', () => {
      const text = draft.replace('18-month', '18-week');
      const [f, ...rest] = checkSeed(text);
      assert.deepEqual(rest, []);
      assert.deepEqual([f.rule, f.actual, f.expected], ['number-mismatch', '18-week', '18-month']);
      assert.equal(f.message, 'Duration "18-week" here; the source says "18-month".');
      assert.equal(text.slice(f.span.start, f.span.end), '18-week');
      assert.equal(f.evidence[0].quote, WAR_SENTENCE);
      assert.equal(f.evidence[0].range.start.line, 7);
    });

    it('an amount at another rate than the source\'s: the quick fix is the source\'s amount at the draft\'s rate', () => {
      const index = indexSources([{ path: 'trial.txt', text: 'The treatment costs £1,200 a year per patient.' }]);
      const text = 'The treatment costs £150 a month per patient.';
      const found = checkDraft(text, index, { kind: 'plaintext' }).findings;
      assert.deepEqual(summary(found), [['number-mismatch', '£150', '£100']]);
      assert.equal(found[0].message, 'Amount "£150" a month here; the source says "£1,200" a year, £100 a month.');
      // Worked out to two significant digits it is stated, and so is "about" the figure; one digit unhedged is not.
      assert.deepEqual(checkDraft('The treatment costs £23 a week per patient.', index, { kind: 'plaintext' }).findings, []);
      assert.deepEqual(checkDraft('The treatment costs about £20 a week per patient.', index, { kind: 'plaintext' }).findings, []);
      assert.deepEqual(summary(checkDraft('The treatment costs £20 a week per patient.', index, { kind: 'plaintext' }).findings), [['number-mismatch', '£20', '£23']]);
      // The source's own figure at another rate is flagged the same way.
      const same = checkDraft('The treatment costs £1,200 a month per patient.', index, { kind: 'plaintext' }).findings;
      assert.deepEqual(summary(same), [['number-mismatch', '£1,200', '£100']]);
      assert.equal(same[0].message, 'Amount "£1,200" a month here; the source says "£1,200" a year, £100 a month.');
      assert.deepEqual(checkDraft('The treatment costs £1,200 per patient.', index, { kind: 'plaintext' }).findings, []);
    });

    it('a bound of the draft\'s own range: "between eight and 10" where the source says "between eight and 12" (probe13, from a frank-cnndm article)', () => {
      const index = indexSources([{ path: 's.txt', text: "O'Neill envisages a team of between eight and 12 running at Aintree.\n" }]);
      const found = (d: string) => checkDraft(d, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual, f.expected]);
      assert.deepEqual(found("O'Neill envisages a team of between eight and 10 running at Aintree."), [['number-mismatch', '10', '12']]);
      assert.deepEqual(found("O'Neill envisages a team of between eight and 12 running at Aintree."), []);
      // A figure within the range, not a bound of one, is left to unsupported-number as before.
      assert.deepEqual(found("O'Neill envisages a team of about 10 running at Aintree."), []);
    });

    it('a figure the draft states where the source has it is not swapped with another (probe13, from a frank-cnndm article); two figures traded places are', () => {
      const index = indexSources([{ path: 's.txt', text: 'The difference between the current presidential salary of $400,000 a year and the 77 cents-on-the-dollar version of that salary, or $308,000, is small.\nThe 10-year yield touched 0.505%, breaching the 0.5% cap.\n' }]);
      const found = (d: string) => checkDraft(d, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual, f.expected]);
      assert.deepEqual(found('That would cut the $400,000 presidential salary to $308,000, a difference of $92,000.'), []);
      assert.deepEqual(found('The 10-year yield touched 0.5%, breaching the 0.505% cap.'), [['number-mismatch', '0.5%', '0.505%'], ['number-mismatch', '0.505%', '0.5%']]);
    });

    it('summedits-news-63f9455b8d931ba6e664fb85_35: "20 years ago" where the source says "35 years ago"', () => {
      const x = dev.CLIFFTOP_20_YEARS;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['number-mismatch', '20 years', '35 years']]);
      assert.deepEqual(found[0].span, { start: x.draft.indexOf('20 years'), end: x.draft.indexOf('20 years') + 8 });
      assert.equal(found[0].message, 'Duration "20 years" here; the source says "35 years".');
      assert.equal(found[0].evidence[0].source, 'source.txt');
      assert.equal(found[0].evidence[0].quote, sourceLine(x, 0));
      assert.equal(found[0].evidence[0].range.start.line, 0);
    });

    it('summedits-news-63f9455b8d931ba6e664fb9c_7: "at least three people" killed where the source says two', () => {
      const x = dev.MINE_THREE;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['number-mismatch', 'three', 'two']]);
      assert.deepEqual(found[0].span, { start: 40, end: 45 });
      assert.equal(x.draft.slice(40, 45), 'three');
      assert.equal(found[0].message, 'Number "three" here; the source says "two".');
      assert.equal(found[0].evidence[0].quote, sourceLine(x, 0));
    });

    it('summedits-news-63f9455b8d931ba6e664fba1_8: "1% cap" where the source says "0.5% cap", as a percentage', () => {
      const x = dev.BOJ_CAP_AND_DAY;
      const found = checkExcerpt(x).filter(f => f.rule === 'number-mismatch');
      assert.deepEqual(summary(found), [['number-mismatch', '1%', '0.5%']]);
      assert.deepEqual(found[0].span, { start: x.draft.indexOf('1% cap'), end: x.draft.indexOf('1% cap') + 2 });
      assert.equal(found[0].message, 'Percentage "1%" here; the source says "0.5%".');
      assert.equal(found[0].evidence[0].quote, sourceLine(x, 1));
      assert.equal(found[0].evidence[0].range.start.line, 1);
    });

    it('summedits-news-63f9455b8d931ba6e664fb8b (source): "413 deaths" for 457, though 413 = 870 − 457', () => {
      const x = dev.BIRD_FLU_OG;
      const text = 'In total, 870 people worldwide have been infected, and 413 deaths have been reported in 21 countries.';
      const found = checkExcerpt(x, text);
      assert.deepEqual(summary(found), [['number-mismatch', '413', '457']]);
      assert.deepEqual(found[0].span, { start: 55, end: 58 });
      assert.equal(found[0].evidence[0].quote, sourceLine(x, 1));
    });
  });

  describe('a figure that ends both sentences', () => {
    // Probe passage after summedits-news-63f9455b8d931ba6e664fb8e_og: "nine" stood in the source as "nine miles".
    const source = 'Police have killed a gunman who slaughtered seven. He was found in a wooded area about nine miles from the city.\n';
    const check = (draft: string) => checkDraft(draft, indexSources([{ path: 's.txt', text: source }]), { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info');
    it('"a gunman who slaughtered nine." for "… slaughtered seven." is the source\'s seven changed', () => {
      assert.deepEqual(summary(check('Police killed a gunman who slaughtered nine.')), [['number-mismatch', 'nine', 'seven']]);
      assert.deepEqual(check('Police killed a gunman who slaughtered seven.'), []);
    });
    it('not after fewer than three words that follow the evidence', () => {
      assert.deepEqual(check('A gunman killed nine.'), []);
    });
  });

  describe('hedged source figures', () => {
    it('summedits-news-63fe83a6822983eae8845b4d_2: "$1.5 billion" where the source says "nearly $1.8 billion"', () => {
      const found = only(checkExcerpt(dev.BINANCE_NEARLY), 'number-mismatch');
      assert.deepEqual(summary(found), [['number-mismatch', '$1.5 billion', '$1.8 billion']]);
    });
  });

  describe('two figures of the evidence sentence put in each other\'s place', () => {
    it('summedits-news-63f9455b8d931ba6e664fba1_11: "touched 0.5% … the BOJ\'s 0.505% cap" where the source says "touched 0.505% … 0.5% cap"', () => {
      const x = dev.BOJ_SWAPPED;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['number-mismatch', '0.5%', '0.505%'], ['number-mismatch', '0.505%', '0.5%']]);
      assert.deepEqual(found[0].span, spanOf(x.draft, '0.5% for'.slice(0, 4)));
      assert.deepEqual(found[1].span, spanOf(x.draft, '0.505%'));
    });

    it('summedits-news-63f9455b8d931ba6e664fba1_12: the cap\'s "0.5%" also where the source says "touched 0.505%"; the source\'s own order is not flagged', () => {
      const text = dev.BOJ_OG.draft.replace('touched 0.505%', 'touched 0.5%');
      assert.deepEqual(summary(checkExcerpt(dev.BOJ_OG, text)), [['number-mismatch', '0.5%', '0.505%']]);
      assert.deepEqual(checkExcerpt(dev.BOJ_OG), []);
      // With the cap left out of the draft, "touched 0.5%" is still the cap's figure in the yield's place.
      assert.deepEqual(summary(checkExcerpt(dev.BOJ_OG, 'The 10-year JGBs touched 0.5% for a second straight session.')), [['number-mismatch', '0.5%', '0.505%']]);
      assert.deepEqual(checkExcerpt(dev.BOJ_OG, 'The 10-year JGBs touched 0.505% for a second straight session.'), []);
    });
  });

  describe('the same figure, word for word, with another unit', () => {
    it('summedits-news-63f9455b8d931ba6e664fb9f_5: "another 30 years in detention" where the source says "for another 30 days"', () => {
      const x = dev.TATE_YEARS;
      const found = only(checkExcerpt(x), 'number-mismatch');
      assert.deepEqual(summary(found), [['number-mismatch', '30 years', '30 days']]);
      assert.equal(found[0].message, 'Duration "30 years" here; the source says "30 days".');
      assert.deepEqual(only(checkExcerpt(x, x.draft.replace('30 years', '30 days')), 'number-mismatch'), []);
      // "a month" is not the same figure written otherwise: nothing to compare word for word.
      assert.deepEqual(only(checkExcerpt(x, x.draft.replace('30 years', '30 days, a month,')), 'number-mismatch'), []);
    });
  });

  describe('a measure at another rate', () => {
    it('session 12 battery (news sentences written for the test): "3,500 tonnes a week" for "500 tonnes of steel every day"', () => {
      const index = indexSources([{ path: 'a.txt', text: 'The plant produces 500 tonnes of steel every day.', kind: 'plaintext' }]);
      const check = (draft: string) => only(checkDraft(draft, index, { kind: 'markdown' }).findings, 'number-mismatch', 'unsupported-number');
      assert.deepEqual(check('The plant produces 3,500 tonnes of steel a week.'), []);
      const wrong = check('The plant produces 4,500 tonnes of steel a week.');
      // The fix keeps the draft's unit and rate: "3,500 tonnes" a week.
      assert.deepEqual(summary(wrong), [['number-mismatch', '4,500 tonnes', '3,500 tonnes']]);
    });
  });

  describe('the same figure under another bound', () => {
    it('probe16 (a frank-cnndm article, reworded): "less than £8,200" where a typo ("less that") leaves the source\'s bare', () => {
      const index = indexSources([{ path: 'a.txt', text: 'Analysts said nearly one in four renters will retire on incomes of less that £8,200 a year.', kind: 'plaintext' }]);
      const found = checkDraft('Nearly a quarter of renters will retire on less than £8,200 a year.', index, { kind: 'markdown' }).findings;
      assert.deepEqual(only(found, 'number-mismatch'), []);
      // Another bare figure still is another figure.
      const other = checkDraft('Nearly a quarter of renters will retire on £9,200 a year.', index, { kind: 'markdown' }).findings;
      assert.deepEqual(summary(only(other, 'number-mismatch')), [['number-mismatch', '£9,200', '£8,200']]);
    });
  });

  describe('ordinals in words after a determiner ("its fourth quarter", "a third quarter")', () => {
    it('summedits-news-63f9455b8d931ba6e664fb89_19: "a third quarter decline" where the source reports the fourth quarter', () => {
      const x = dev.MODERNA_THIRD_QUARTER;
      const found = only(checkExcerpt(x), 'number-mismatch');
      assert.deepEqual(summary(found), [['number-mismatch', 'third', 'fourth']]);
      assert.deepEqual(found[0].span, spanOf(x.draft, 'third'));
      assert.equal(found[0].message, 'Ordinal "third" here; the source says "fourth".');
      // The source's own figure is no mismatch.
      assert.deepEqual(only(checkExcerpt(x, x.draft.replace('third', 'fourth')), 'number-mismatch'), []);
    });
  });

  describe('in a sentence that follows its evidence only in part, when the words right around the number do', () => {
    it('summedits-news-63f9455b8d931ba6e664fb8b_1: "457 deaths in 25 countries" where the source says "in 21 countries"', () => {
      const x = dev.BIRD_FLU_COUNTRIES;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['number-mismatch', '25', '21']]);
      assert.deepEqual(found[0].span, spanOf(x.draft, '25'));
    });

    it('not when the words around it differ too ("in 25 cities" is another count)', () => {
      const x = dev.BIRD_FLU_COUNTRIES;
      const found = checkExcerpt(x, 'Since then, around 870 infections have been reported worldwide, and 457 people died, some in 25 cities.');
      assert.deepEqual(only(found, 'number-mismatch'), []);
    });
  });

  describe('the same thing counted with another number, in a sentence worded otherwise', () => {
    it('summedits-news-63f9455b8d931ba6e664fb8b (source, reworded): "in 22 countries" where the source counts 21 countries', () => {
      const x = dev.BIRD_FLU_COUNTRIES;
      const text = 'Bird flu has killed people in 22 countries, out of 870 infected worldwide.';
      const found = checkExcerpt(x, text);
      assert.deepEqual(summary(found), [['number-mismatch', '22', '21']]);
      assert.equal(found[0].evidence[0].quote, x.source.trim());
    });

    it('xsumfaith-27775709-Gold: a few counted in words against the evidence\'s few: "two schools" where it says "the three schools"', () => {
      const found = only(checkExcerpt(dev.TROJAN_SCHOOLS), 'number-mismatch');
      assert.deepEqual(summary(found), [['number-mismatch', 'two', 'three']]);
    });

    it('not a few counted in words against many, nor a bound ("more than 3,000 people" against "three people")', () => {
      const x = dev.BIRD_FLU_COUNTRIES;
      assert.deepEqual(only(checkExcerpt(x, 'Bird flu has killed people in three countries, out of 870 infected worldwide.'), 'number-mismatch'), []);
      assert.deepEqual(only(checkExcerpt(x, 'Bird flu has killed people in more than 20 countries, out of 870 infected worldwide.'), 'number-mismatch'), []);
    });
  });

  describe('arithmetic the draft did on the figures of its evidence sentence', () => {
    it('xsumfaith-38260939: "a combined 214 medals" for "67 medals and the Paralympics 147"', () => {
      assert.deepEqual(only(checkExcerpt(dev.RIO_MEDALS), 'number-mismatch', 'unsupported-number'), []);
      assert.deepEqual(summary(only(checkExcerpt(dev.RIO_MEDALS, 'Britain won a combined 241 medals at Rio 2016.'), 'number-mismatch')), [['number-mismatch', '241', '67']]);
    });
  });

  describe('figures written in words, as shares, or paired in one sentence', () => {
    it('frank-cnndm-f873cc92…-bart (source): "1%" for "one per cent"', () => {
      assert.deepEqual(checkExcerpt(dev.TAX_CUT_IFS), []);
      assert.deepEqual(summary(checkExcerpt(dev.TAX_CUT_IFS, 'The government gave the top 2% of earners a £3bn-a-year tax cut.')).map(f => f[1]), ['2%']);
    });

    it('frank-cnndm-d630035b…-bart (source): "500,000" for "half a million", "more than 80%" for "more than four out of five"', () => {
      assert.deepEqual(checkExcerpt(dev.FOOD_BANKS), []);
      assert.deepEqual(checkExcerpt(dev.FOOD_BANKS, 'More than 80% of users live on state benefits.'), []);
      assert.deepEqual(summary(checkExcerpt(dev.FOOD_BANKS, 'Some analysts say the true number of people may be closer to 800,000.')).map(f => f[1]), ['800,000']);
    });

    it('frank-cnndm-6009e3e4…-bart (source): "82% … between 2010 and 2060" is the second of two paired figures, not a swap', () => {
      assert.deepEqual(checkExcerpt(dev.POPULATION_GROWTH), []);
      assert.deepEqual(only(checkExcerpt(dev.POPULATION_GROWTH, 'Immigrants and their descendants will account for 82% of population growth between 2010 and 2050.'), 'number-mismatch').map(f => f.expected), ['75.5 per cent']);
    });
  });

  describe('a figure in the place of one it agrees with', () => {
    it('xsumfaith-35773812: "Steinhoff offered 175p a share" is the 175p offer, not a swap for "about 167p"', () => {
      assert.deepEqual(only(checkExcerpt(dev.HOME_RETAIL_OFFERS), 'number-mismatch', 'unsupported-number'), []);
      // A price the source does not give is still flagged.
      assert.deepEqual(summary(only(checkExcerpt(dev.HOME_RETAIL_OFFERS, 'Steinhoff offered 195p a share in cash.'), 'number-mismatch', 'unsupported-number')).map(f => f[1]), ['195p']);
    });
  });

  describe('a figure the sources give only about something else', () => {
    it('frank-cnndm-abd69dcc…-bus: "4.5 %" for the top performer, whose sentence says "11.5%" (4.5% is JetBlue\'s)', () => {
      const x = dev.AWARD_SEATS_SHARE;
      const found = only(checkExcerpt(x), 'number-mismatch');
      assert.deepEqual(summary(found), [['number-mismatch', '4.5 %', '11.5%']]);
      assert.equal(found[0].evidence[0].quote, sourceLine(x, 0));
      // The right figure, and the other airline's figure for that airline, are not flagged.
      assert.deepEqual(only(checkExcerpt(x, x.draft.replace('4.5', '11.5')), 'number-mismatch', 'unsupported-number'), []);
      assert.deepEqual(only(checkExcerpt(x, 'jetblue offered the lowest percentage of award seats , 4.5 % .'), 'number-mismatch', 'unsupported-number'), []);
    });
  });

  describe("a person given an age the sources give someone else, or not this person", () => {
    it('frank-cnndm-2b19de4f…-bus: "enoch gaver , 28" where the source says "Enoch Gaver, 21" (28 is David Gaver\'s age)', () => {
      const x = dev.GAVER_AGE;
      const found = only(checkExcerpt(x), 'number-mismatch');
      assert.deepEqual(summary(found), [['number-mismatch', '28', '21']]);
      assert.deepEqual(found[0].span, spanOf(x.draft, '28'));
      assert.equal(found[0].message, 'Age "28" for enoch gaver here; the source gives Enoch Gaver\'s age as 21.');
      assert.equal(found[0].evidence[0].quote, sourceLine(x, 0));
      // The right age, and the brother's age for the brother, are not flagged.
      assert.deepEqual(only(checkExcerpt(x, x.draft.replace('28', '21')), 'number-mismatch'), []);
      assert.deepEqual(only(checkExcerpt(x, 'david gaver , 28 , was shot in the stomach and taken into custody .'), 'number-mismatch'), []);
    });

    it('keeps the draft\'s form in the fix: "the 28-year-old Enoch Gaver" → "21-year-old"', () => {
      const found = only(checkExcerpt(dev.GAVER_AGE, 'The 28-year-old Enoch Gaver was killed in the fight.'), 'number-mismatch');
      assert.deepEqual(summary(found), [['number-mismatch', '28-year-old', '21-year-old']]);
    });

    it('frank-cnndm-12893950…-bart (consistent): "jamie silvonek , 14" and "caleb barnes , 20", ages the source gives them', () => {
      assert.deepEqual(only(checkExcerpt(dev.SILVONEK_AGES), 'number-mismatch', 'unsupported-number'), []);
      // Another age for Jamie is checked against hers, not her mother's ("Cheryl Silvonek, 54," opens its sentence).
      const changed = dev.SILVONEK_AGES.draft.replace('14', '15');
      assert.deepEqual(summary(only(checkExcerpt(dev.SILVONEK_AGES, changed), 'number-mismatch')), [['number-mismatch', '15', '14']]);
    });

    it('frank-cnndm-583e3c09…-bart: "jafar adeli , 32" where the source says "Married Adeli, 32," (a sentence-opening word, not a first name)', () => {
      assert.deepEqual(only(checkExcerpt(dev.ADELI_AGE), 'number-mismatch'), []);
    });
  });

  describe('does not flag a quantity the source states in another form', () => {
    it('seed: the faithful draft, "eighteen-month", "eighteen months of conflict" and "1.5-year" for "18-month"', () => {
      assert.deepEqual(checkSeed(draft), []);
      assert.deepEqual(checkSeed(draft.replace('18-month', 'eighteen-month')), []);
      assert.deepEqual(checkSeed('- Putin hopes to replenish munitions stocks depleted by eighteen months of conflict.\n'), []);
      assert.deepEqual(checkSeed(draft.replace('18-month', '1.5-year')), []);
    });

    it('summedits-news-63f9455b8d931ba6e664fb8b_og: "around 870", and rounded or hedged figures ("nearly 900", "about 460")', () => {
      const x = dev.BIRD_FLU_OG;
      assert.deepEqual(checkExcerpt(x), []);
      assert.deepEqual(checkExcerpt(x, 'Nearly 900 people worldwide have been infected, and about 460 deaths have been reported in 21 countries.'), []);
    });

    it('summedits-news-63f9455b8d931ba6e664fb8b (source): a difference of two source figures, "413 have survived"', () => {
      assert.deepEqual(checkExcerpt(dev.BIRD_FLU_OG, 'Of the 870 people infected worldwide, 413 have survived.'), []);
    });

    it('summedits-news-63f9455b8d931ba6e664fb9c_og: "over 50 others missing" for "more than 50 missing"', () => {
      assert.deepEqual(checkExcerpt(dev.MINE_OG), []);
    });

    it('summedits-news-63f9455b8d931ba6e664fba1_og: 0.505% and 0.5% side by side, and "ten-year", "0.5 per cent"', () => {
      const x = dev.BOJ_OG;
      assert.deepEqual(checkExcerpt(x), []);
      assert.deepEqual(checkExcerpt(x, "The Bank of Japan said on Wednesday it would conduct emergency bond buying, as the ten-year JGBs touched 0.505%, breaching the BOJ's 0.5 per cent cap."), []);
    });

    it('frank-cnndm-1d7b60fb8f929252caf6ea56ffca0d754f4235c3-bert_sum: "# 38,831" is the source\'s "£38,831"', () => {
      assert.deepEqual(only(checkExcerpt(dev.WAITROSE_PREMIUM), 'number-mismatch', 'unsupported-number'), []);
    });

    it('frank-cnndm-068f529825cc39af930a462c5e9685cbd7961fa5-bus: "13 %" is the source\'s "13 per cent"', () => {
      assert.deepEqual(only(checkExcerpt(dev.DIVORCE_PERCENT), 'number-mismatch', 'unsupported-number'), []);
    });

    it('xsumfaith-35412241-Gold: "# 1m bill" for "£1m in total", "a further six months" for "six months"', () => {
      assert.deepEqual(only(checkExcerpt(dev.RHINOS_BILL), 'number-mismatch', 'unsupported-number'), []);
    });

    it('xsumfaith-16679938-Gold: "a 94-year-old man" where the source quotes him "at 94"', () => {
      assert.deepEqual(only(checkExcerpt(dev.POW_AGE), 'number-mismatch', 'unsupported-number'), []);
    });

    it('summedits _og records with durations and counts: 35 years, 30 days, 19 pickups', () => {
      assert.deepEqual(checkExcerpt(dev.CLIFFTOP_OG), []);
      assert.deepEqual(checkExcerpt(dev.TATE_OG), []);
      assert.deepEqual(checkExcerpt(dev.RECALL_OG), []);
    });
  });

  describe('options, directives and positions', () => {
    const wrong = draft.replace('18-month', '12-month');

    it('options.rules sets the severity: "warning" downgrades, "off" removes the finding', () => {
      const warned = checkDraft(wrong, seedIndex, { rules: { 'number-mismatch': 'warning' } }).findings;
      assert.deepEqual(warned.map(f => [f.rule, f.severity, f.actual]), [['number-mismatch', 'warning', '12-month']]);
      const off = checkDraft(wrong, seedIndex, { rules: { 'number-mismatch': 'off' } });
      assert.deepEqual(off.findings, []);
      // Another rule's setting leaves this one at its default.
      assert.deepEqual(checkDraft(wrong, seedIndex, { rules: { 'name-mismatch': 'off' } }).findings.map(f => [f.rule, f.severity]), [['number-mismatch', 'error']]);
    });

    it('<!-- grounded-disable-next-line number-mismatch --> silences the next line only, and only that rule', () => {
      const directive = '<!-- grounded-disable-next-line number-mismatch -->\n';
      assert.deepEqual(checkSeed(wrong.replace('- Putin', directive + '- Putin')), []);
      const other = checkSeed(wrong.replace('- Putin', '<!-- grounded-disable-next-line name-mismatch -->\n- Putin'));
      assert.deepEqual(summary(other), [['number-mismatch', '12-month', '18-month']]);
      // On the line before another bullet, it does not reach the wrong line.
      const elsewhere = checkSeed(wrong.replace('- The two', directive + '- The two'));
      assert.deepEqual(summary(elsewhere), [['number-mismatch', '12-month', '18-month']]);
      assert.equal(elsewhere[0].range.start.line, 3);
    });

    it('flags a CRLF draft at the right line and character', () => {
      const text = ('---\nsources: [article.txt]\n---\n' + wrong).replace(/\n/g, '\r\n');
      const [f, ...rest] = checkSeed(text);
      assert.deepEqual(rest, []);
      assert.equal(f.actual, '12-month');
      assert.equal(text.slice(f.span.start, f.span.end), '12-month');
      const line = text.split('\r\n').findIndex(l => l.includes('12-month'));
      assert.equal(line, 5);
      assert.deepEqual(f.range, {
        start: { line, character: text.split('\r\n')[line].indexOf('12-month') },
        end: { line, character: text.split('\r\n')[line].indexOf('12-month') + 8 },
      });
    });

    it('counts an emoji before the flagged word as two UTF-16 code units', () => {
      const plain = '- Putin sees the meeting with Kim as a chance to replenish the munitions stocks that the 12-month conflict has depleted.\n';
      const withEmoji = plain.replace('- Putin', '- 🚀 Putin');
      const [p] = checkSeed(plain);
      const [e, ...rest] = checkSeed(withEmoji);
      assert.deepEqual(rest, []);
      assert.deepEqual([e.rule, e.actual, e.expected], ['number-mismatch', '12-month', '18-month']);
      assert.equal(p.range.start.character, 89);
      // "🚀 " is three UTF-16 code units: the surrogate pair and the space.
      assert.equal(e.range.start.character, 92);
      assert.deepEqual(e.span, { start: 92, end: 100 });
      assert.equal(withEmoji.slice(e.span.start, e.span.end), '12-month');
    });
  });

  describe('a person\'s age the sources give, beside another person\'s age in the evidence (probe14, a cnndm article on two brothers, reworded)', () => {
    const index = indexSources([{ path: 's.txt', text: 'Rhodri Giggs, 37, revealed that he is now unemployed. In January, Giggs spoke for the first time about his 41-year-old brother Ryan\'s eight-year affair.' }]);
    const flags = (d: string) => checkDraft(d, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual, f.expected]);
    it('leaves the age the sources give that person, and flags another', () => {
      assert.deepEqual(flags('Rhodri Giggs, 37, brother of ex-footballer Ryan Giggs, has lost his job.'), []);
      assert.deepEqual(flags('Rhodri Giggs, 39, brother of ex-footballer Ryan Giggs, has lost his job.'), [['number-mismatch', '39', '37']]);
    });
  });
});
