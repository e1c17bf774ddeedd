// Dates: extraction with the parts the text writes out (and only those), from real news sentences, and when two
// dates agree or could stand for one another.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';
import { comparableDates, datesAgree, extractDates, type DateClaim } from '../../../server/src/engine/dates';

/** [text, start, {parts}] for each date of the sentence. */
function brief(text: string, base = 0): Array<[string, number, Partial<DateClaim>]> {
  return extractDates(text, base).map(d => {
    assert.equal(text.slice(d.start - base, d.end - base), d.text, 'the span covers exactly the written words');
    const parts: Partial<DateClaim> = {};
    for (const p of ['year', 'month', 'day', 'weekday'] as const) if (d[p] !== undefined) parts[p] = d[p];
    return [d.text, d.start, parts];
  });
}

function date(text: string): DateClaim {
  const found = extractDates(text, 0);
  assert.equal(found.length, 1, `expected one date in "${text}", got ${JSON.stringify(found.map(d => d.text))}`);
  return found[0];
}

describe('claims: dates', () => {
  describe('extraction', () => {
    it('reads "Christmas" as 25 December, but not "Christmas Island" (probe16, a frank-cnndm article)', () => {
      assert.deepEqual(brief('It was two days before Christmas.'), [['Christmas', 23, { month: 12, day: 25 }]]);
      assert.deepEqual(brief('They flew to Christmas Island on Christmas Eve.'), [['Christmas Eve', 33, { month: 12, day: 24 }]]);
    });

    it('reads holidays in text written all in lower case (probe18, a lower-cased xsum article): "boxing day 1971"', () => {
      assert.deepEqual(brief('disaster struck on boxing day 1971, with nine men losing their lives.'), [['boxing day 1971', 19, { year: 1971, month: 12, day: 26 }]]);
      // In text with capitals, only capitalised: "a christmas day out" is no date there.
      assert.deepEqual(brief('They planned a christmas day out in Leeds.'), []);
    });

    it('reads "in may." and "in march." as months in text written all in lower case (probe18, a lower-cased goyal21 xsum article)', () => {
      assert.deepEqual(brief('the run started with the 30-10 defeat by france in may.'), [['may', 51, { month: 5 }]]);
      assert.deepEqual(brief('they met in march.'), [['march', 12, { month: 3 }]]);
      // Not the verb, nor a month word that does not close its phrase.
      assert.deepEqual(brief('he may go in may be.'), []);
      assert.deepEqual(brief('the band will march in march parades.'), []);
    });

    it('reads no span put from another time as a date, nor its month as a range (probe16, frank-cnndm articles)', () => {
      assert.deepEqual(brief('Police estimated in June - two weeks after the festival ended - that 3,000 tents were left.'), [['June', 20, { month: 6 }]]);
      assert.deepEqual(brief('Forces estimated in March – three months after British troops withdrew – that 6,500 were active.'), [['March', 20, { month: 3 }]]);
      assert.deepEqual(brief('He was released on 3 May, two days after his arrest.'), [['3 May', 19, { month: 5, day: 3 }]]);
    });

    it('reads a range of days as one date through its last day: "from 1 to 5 June", "June 1-5", "between 1 and 5 June", "3 March to 7 March 2021"', () => {
      const range = (t: string) => extractDates(t, 0).map(d => [d.text, d.month, d.day, d.through?.month, d.through?.day, d.year]);
      assert.deepEqual(range('The festival runs from 1 to 5 June in the park.'), [['1 to 5 June', 6, 1, 6, 5, undefined]]);
      assert.deepEqual(range('The festival runs June 1-5, 2021.'), [['June 1-5, 2021', 6, 1, 6, 5, 2021]]);
      assert.deepEqual(range('It runs between 1 and 5 June.'), [['1 and 5 June', 6, 1, 6, 5, undefined]]);
      assert.deepEqual(range('The talks ran from 3 March to 7 March 2021.'), [['3 March to 7 March 2021', 3, 3, 3, 7, 2021]]);
      // "1 and 5 June" without "between" is two dates' worth of words, and "5 to 1 June" no range.
      assert.deepEqual(range('It rained on 1 and 5 June.').map(r => r[0]), ['5 June']);
      assert.deepEqual(range('It fell from 5 to 1 June.').map(r => r[4]), [undefined]);
    });

    it('reads a holiday on a fixed day as its date: "Valentine\'s Day" is 14 February, "Boxing Day" 26 December', () => {
      assert.deepEqual(brief("He proposed on Valentine's Day in Paris."), [["Valentine's Day", 15, { month: 2, day: 14 }]]);
      assert.deepEqual(brief('The sales opened on Boxing Day 2019.'), [['Boxing Day 2019', 20, { year: 2019, month: 12, day: 26 }]]);
      assert.equal(datesAgree(date('It happened on Christmas Day.'), date('It happened on 25 December.')), true);
      assert.equal(datesAgree(date('It happened on Christmas Eve.'), date('It happened on 25 December.')), false);
      assert.deepEqual(brief('She spent the day at the office.'), []);
    });

    it('two ranges agree when their first and last days do', () => {
      const [a] = extractDates('from 1 to 5 June', 0);
      const [b] = extractDates('June 1-5', 0);
      const [c] = extractDates('from 1 to 6 June', 0);
      assert.equal(datesAgree(a, b), true);
      assert.equal(datesAgree(a, c), false);
    });

    it('takes a month or weekday for a date only when written as a name: "He sat down", "they wed 10 men", "a protest march" are not dates', () => {
      assert.deepEqual(brief('He sat down and the sun came out.'), []);
      assert.deepEqual(brief('UNK UNK wed 10 men over 11 years.'), []); // frank-cnndm-340cf468…-s2s
      assert.deepEqual(brief('derry city football club have taken part in a protest march in a bid to prevent further trouble.'), []); // goyal21-xsum-37653065
      assert.deepEqual(brief('It may rain on Sat.').map(b => b[0]), ['Sat']);
      assert.deepEqual(brief('the match was played on saturday in march 2019.').map(b => b[0]), ['saturday', 'march 2019']);
    });

    it('reads a full date: "13 September 2023"', () => {
      assert.deepEqual(brief('The summit took place on 13 September 2023.'), [['13 September 2023', 25, { year: 2023, month: 9, day: 13 }]]);
    });

    it('reads a weekday with a date (summedits-news-…fb85_og source)', () => {
      assert.deepEqual(brief('An Australian pleaded guilty on Thursday, Feb. 23, 2023, to the manslaughter of an American.'), [
        ['Thursday, Feb. 23, 2023', 32, { year: 2023, month: 2, day: 23, weekday: 4 }],
      ]);
    });

    it('reads the date of "the morning of 5 May" and "the evening of 12 June 2020", without the time of day', () => {
      assert.deepEqual(brief('He died on the morning of 5 May.'), [['5 May', 26, { month: 5, day: 5 }]]);
      assert.deepEqual(brief('They met on the evening of 12 June 2020.'), [['12 June 2020', 27, { year: 2020, month: 6, day: 12 }]]);
    });

    it('reads a weekday alone, without the "on" before it', () => {
      assert.deepEqual(brief('The leaders met on Wednesday.'), [['Wednesday', 19, { weekday: 3 }]]);
    });

    it('reads "March 3rd", "Jan. 18" and "March 15" as month and day, with no year', () => {
      assert.deepEqual(brief('The store opened on March 3rd.'), [['March 3rd', 20, { month: 3, day: 3 }]]);
      assert.deepEqual(brief('The yield reached the highest level since Jan. 18.'), [['Jan. 18', 42, { month: 1, day: 18 }]]);
      assert.deepEqual(brief('Employees have until March 15 to ditch TikTok.'), [['March 15', 21, { month: 3, day: 15 }]]);
    });

    it('leaves a count after "March," or "Tuesday," to the numbers (xsumfaith-37618111: "the end of March, 57 victims")', () => {
      assert.deepEqual(brief('In the year to the end of March, 57 victims of homicide were recorded.'), [['end of March', 19, { month: 3 }]]);
      assert.deepEqual(brief('On Tuesday, 15 people were injured.'), [['Tuesday', 3, { weekday: 2 }]]);
      // A day and month after the weekday, and a year after the month, are still the date's.
      assert.deepEqual(brief('On Tuesday, 15 March, police said.'), [['Tuesday, 15 March', 3, { month: 3, day: 15, weekday: 2 }]]);
      assert.deepEqual(brief('In March, 2023, it rose.'), [['March, 2023', 3, { year: 2023, month: 3 }]]);
    });

    it('reads a bare year: "in 2019"', () => {
      assert.deepEqual(brief('Starbucks opened its first branch in Italy in 2019, causing outcry.'), [['2019', 46, { year: 2019 }]]);
      // After "mid-", "early-", "late-" too; not inside another hyphenated word or a figure.
      assert.deepEqual(brief('Repairs are expected to last until mid-2025.'), [['2025', 39, { year: 2025 }]]);
      assert.deepEqual(brief('The A-2025 route and the 3-2019 score.'), []);
    });

    it('reads a US-style date: "February 24, 2022"', () => {
      assert.deepEqual(brief('The Russian invasion of Ukraine began on February 24, 2022.'), [['February 24, 2022', 41, { year: 2022, month: 2, day: 24 }]]);
    });

    it('keeps only month and day of "17 August last year": the year is relative to a "now" that is not the article\'s', () => {
      assert.deepEqual(brief('He died on 17 August last year.'), [['17 August', 11, { month: 8, day: 17 }]]);
      assert.deepEqual(brief('Breakthrough evidence came last October when police intercepted a prison phone call.'), [['October', 32, { month: 10 }]]);
    });

    it('does not read "Theresa May" as a month, but does read "in May"', () => {
      assert.deepEqual(brief('Theresa May said the deal was done.'), []);
      assert.deepEqual(brief('He may leave in May.'), [['May', 16, { month: 5 }]]);
    });

    it('does not read "Stephanie March" as a month, but does read "In March", "Last March" and "Stephanie left in March" (probe14, a cliff-cnndm article)', () => {
      assert.deepEqual(brief('He filed for divorce from his wife Stephanie March, TMZ reported.'), []);
      assert.deepEqual(brief('In March the pair split.'), [['March', 3, { month: 3 }]]);
      assert.deepEqual(brief('Last March the pair split.'), [['March', 5, { month: 3 }]]);
      assert.deepEqual(brief('Stephanie left in March.'), [['March', 18, { month: 3 }]]);
      // The draft's "March's appendix" is the person the sources name, not a month.
      const index = indexSources([{ path: 's.txt', text: 'Bobby Flay filed for divorce from his wife Stephanie March. Her appendix burst in February.' }]);
      const flags = (d: string) => checkDraft(d, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => `${f.rule} ${f.actual}`);
      assert.deepEqual(flags("When March's appendix burst, Flay did not come."), []);
      assert.deepEqual(flags('Her appendix burst in March.'), ['date-mismatch March']);
    });

    it('does not read "the years ahead" as a date (summedits-news-…b4f_og)', () => {
      assert.deepEqual(brief('Businesses are hopeful about the years ahead.'), []);
    });

    it('reads a numeric date', () => {
      assert.deepEqual(brief('The deadline is 14/03/2023 for all staff.'), [['14/03/2023', 16, { year: 2023, month: 3, day: 14 }]]);
    });

    it('offsets spans by the sentence start in the document', () => {
      assert.deepEqual(brief('The summit took place on 13 September 2023.', 500), [['13 September 2023', 525, { year: 2023, month: 9, day: 13 }]]);
    });
  });

  describe('dates of numbers only', () => {
    it('probe22 (a frank-bbc article, reworded): day first where a date of the sentence can only be read so; otherwise either way', () => {
      assert.deepEqual(brief('The thefts happened between 1/7/2009 and 31/12/2012.'), [
        ['1/7/2009', 28, { year: 2009, month: 7, day: 1 }],
        ['31/12/2012', 41, { year: 2012, month: 12, day: 31 }],
      ]);
      const written = date('The shop reopened on 3 February 2015.');
      assert.equal(datesAgree(date('The shop reopened on 3/2/2015.'), written), true);
      assert.equal(datesAgree(date('The shop reopened on 2/3/2015.'), written), true);
      assert.equal(datesAgree(date('The shop reopened on 4/2/2015.'), written), false);
      // The ISO form has one reading.
      assert.equal(datesAgree(date('The shop reopened on 2015-03-02.'), written), false);
    });
  });

  describe('datesAgree / comparableDates', () => {
    const full = date('The summit took place on 13 September 2023.');

    it('agree when every part both state is the same', () => {
      assert.equal(datesAgree(full, date('The summit took place on September 13.')), true);
      assert.equal(datesAgree(full, date('The summit took place in 2023.')), true);
      assert.equal(datesAgree(date('The yield reached the highest level since Jan. 18.'), date('The yield reached the highest level since 18 January.')), true);
    });

    it('disagree when a shared part differs', () => {
      assert.equal(datesAgree(full, date('The summit took place on 14 September 2023.')), false);
      assert.equal(datesAgree(full, date('The summit took place in 2022.')), false);
      assert.equal(datesAgree(date('The bank said on Wednesday it would act.'), date('The bank said on Thursday it would act.')), false);
      assert.equal(datesAgree(date('The yield reached the highest level since Jan. 18.'), date('The yield reached the highest level since Jan. 19.')), false);
    });

    it('neither agree nor compare when they share no part: a year and a weekday', () => {
      const year = date('The summit took place in 2023.');
      const weekday = date('The leaders met on Wednesday.');
      assert.equal(datesAgree(year, weekday), false);
      assert.equal(comparableDates(year, weekday), false);
      assert.equal(comparableDates(full, weekday), false);
    });

    it('compare when they state a part in common', () => {
      assert.equal(comparableDates(full, date('The summit took place in 2022.')), true);
      assert.equal(comparableDates(date('The bank said on Wednesday it would act.'), date('The bank said on Thursday it would act.')), true);
      assert.equal(comparableDates(date('He died on 17 August last year.'), date('The summit took place on 13 September 2023.')), true);
    });
  });
});
