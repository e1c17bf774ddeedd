// Dates a source implies without writing them out (impliedDates.ts): the weekday of a full date, a weekday dated by
// the document's dateline, a year worked out from another and a number of years. They support a draft's date; they
// never make a finding of their own.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';
import { analyseSentence } from '../../../server/src/engine/claims';
import { extractDates } from '../../../server/src/engine/dates';
import { datelineOf, daysSpanned, daysWorkedOut, impliedForms, monthsWorkedOut, weekdayOf, weekdaysWorkedOut, yearsWorkedOut } from '../../../server/src/engine/impliedDates';
import { segment } from '../../../server/src/engine/segment';

function date(text: string) {
  const [d] = extractDates(text, 0);
  assert.ok(d, `a date in "${text}"`);
  return d;
}

function findings(source: string, draft: string): string[] {
  const index = indexSources([{ path: 'source.txt', text: source }]);
  return checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => `${f.rule} ${f.actual}${f.expected ? ` -> ${f.expected}` : ''}`);
}

// A dateline as BBC video pages write it (xsumfaith-37310327-BERTS2S opens "8 September 2016 Last updated at 15:33
// BST"); 8 September 2016 was a Thursday.
const DATELINE = '8 September 2016 Last updated at 15:33 BST.\n';

describe('implied dates', () => {
  it('the weekday of a full date: 3 March 2021 was a Wednesday (0 = Sunday)', () => {
    assert.equal(weekdayOf(date('It met on 3 March 2021.')), 3);
    assert.equal(weekdayOf(date('It met on 29 February 2024.')), 4);
    assert.equal(weekdayOf(date('It met in March 2021.')), undefined);
  });

  it('a dateline is the first full date in the opening characters of the document', () => {
    const sentences = segment(DATELINE + 'The council met on Tuesday.\n', 'plaintext').map(analyseSentence);
    assert.equal(datelineOf(sentences)?.text, '8 September 2016');
    const late = segment('x'.repeat(250) + '.\nIt met on 3 March 2021.\n', 'plaintext').map(analyseSentence);
    assert.equal(datelineOf(late), undefined);
  });

  it('a weekday alone stands for the day in the week before the dateline, or after it when the sentence looks ahead', () => {
    const dateline = date('8 September 2016');
    const past = impliedForms(date('The council met on Tuesday.'), dateline, 'The council met on Tuesday.');
    assert.deepEqual(past.map(d => [d.year, d.month, d.day, d.weekday]), [[undefined, undefined, undefined, 2], [2016, 9, 6, 2]]);
    const ahead = impliedForms(date('The council will meet on Tuesday.'), dateline, 'The council will meet on Tuesday.');
    assert.deepEqual(ahead.map(d => d.day), [undefined, 13]);
    const sameDay = impliedForms(date('The council met on Thursday.'), dateline, 'The council met on Thursday.');
    assert.deepEqual(sameDay.map(d => d.day), [undefined, 8]);
  });

  it('a year worked out from another and a number of years in the sentence', () => {
    const s = analyseSentence(segment('The plant closed in 2019, ten years after it opened.', 'plaintext')[0]);
    assert.deepEqual(yearsWorkedOut(s), [2009, 2029]);
    const hedged = analyseSentence(segment('The plant closed in 2019, about ten years after it opened.', 'plaintext')[0]);
    assert.deepEqual(yearsWorkedOut(hedged), []);
  });

  it('a year worked out from "a decade later" (probe14)', () => {
    const s = analyseSentence(segment('He won the title in 2004 and retired a decade later.', 'plaintext')[0]);
    assert.deepEqual(yearsWorkedOut(s), [1994, 2014]);
  });

  it('a month worked out from another and a number of months, across the turn of the year (probe14)', () => {
    const s = analyseSentence(segment('The single was released in November 1971, three months after the album was recorded.', 'plaintext')[0]);
    assert.deepEqual(monthsWorkedOut(s), [{ year: 1972, month: 2 }, { year: 1971, month: 8 }]);
    const previous = analyseSentence(segment('Prices rose 1.0% in January from the previous month.', 'plaintext')[0]);
    assert.deepEqual(monthsWorkedOut(previous), [{ month: 12 }]);
    const hedged = analyseSentence(segment('The single was released in November 1971, about three months after the album.', 'plaintext')[0]);
    assert.deepEqual(monthsWorkedOut(hedged), []);
  });

  it('a weekday worked out from another and a number of days (probe14, from a summedits article)', () => {
    const s = analyseSentence(segment('He was arrested on Monday and charged two days later.', 'plaintext')[0]);
    assert.deepEqual(weekdaysWorkedOut(s), [3, 6]);
    const next = analyseSentence(segment('Italy face Sweden on Friday, with Belgium taking on Ireland the following day.', 'plaintext')[0]);
    assert.deepEqual(weekdaysWorkedOut(next), [6, 4]);
    assert.deepEqual(weekdaysWorkedOut(analyseSentence(segment('He was arrested on Monday.', 'plaintext')[0])), []);
  });

  it('works out nothing from a span that puts no time from another: "a two-day visit", "a three-month contract", "a 10-year deal"', () => {
    const s = (text: string) => analyseSentence(segment(text, 'plaintext')[0]);
    assert.deepEqual(weekdaysWorkedOut(s('He arrived on Monday for a two-day visit.')), []);
    assert.deepEqual(monthsWorkedOut(s('He signed in November 1971 on a three-month contract.')), []);
    assert.deepEqual(yearsWorkedOut(s('He signed a 10-year deal in 2019.')), []);
    assert.deepEqual(daysWorkedOut(s('He arrived on March 26 for a five-day visit.')), []);
  });

  it('a day worked out from another and a number of days in the sentence (probe13, from a cliff-cnndm article)', () => {
    const s = analyseSentence(segment('He was booked into the jail on March 26, but his bail was posted five days later.', 'plaintext')[0]);
    assert.deepEqual(daysWorkedOut(s), [{ month: 3, day: 21 }, { month: 3, day: 31 }]);
    const next = analyseSentence(segment('The storm hit on 31 December 2015 and the river burst its banks the next day.', 'plaintext')[0]);
    assert.deepEqual(daysWorkedOut(next), [{ year: 2015, month: 12, day: 30 }, { year: 2016, month: 1, day: 1 }]);
    // End to end: the day worked out is stated, another day is a date-mismatch.
    const index = indexSources([{ path: 's.txt', text: 'He was booked into the Utah County jail on March 26, but bail was posted for him five days later.\n' }]);
    const found = (d: string) => checkDraft(d, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual]);
    assert.deepEqual(found('He was booked on March 26 and his bail was posted on March 31.'), []);
    assert.deepEqual(found('His bail was posted on March 30.'), [['date-mismatch', 'March 30']]);
  });

  it('the days a range spans, with both ends and between them', () => {
    assert.deepEqual(daysSpanned(date('It runs from 1 to 5 June.')), [5, 4]);
    assert.deepEqual(daysSpanned(date('It ran from 28 February to 2 March 2024.')), [4, 3]);
    assert.deepEqual(daysSpanned(date('It runs from Monday to Friday.')), [5, 4]);
    assert.deepEqual(daysSpanned(date('It runs on 5 June.')), []);
  });

  describe('end to end: they support the draft, and never stand in for what the source says', () => {
    it('"on 6 September" for "on Tuesday" in a story dated Thursday 8 September 2016; "7 September" is still wrong', () => {
      const source = DATELINE + 'The council met on Tuesday to vote on the plan.\n';
      assert.deepEqual(findings(source, 'The council met on 6 September to vote on the plan.'), []);
      assert.deepEqual(findings(source, 'The council met on Tuesday 6 September to vote on the plan.'), []);
      assert.deepEqual(findings(source, 'The council met on 7 September to vote on the plan.'), ['unsupported-number 7 September']);
      // Without a dateline, a weekday states no day of the month.
      assert.deepEqual(findings('The council met on Tuesday to vote on the plan.\n', 'The council met on 6 September to vote on the plan.'), ['unsupported-number 6 September']);
    });

    it('"on Wednesday" for "3 March 2021"; "on Thursday" is not stated', () => {
      const source = 'The council met on 3 March 2021 to vote on the plan.\n';
      assert.deepEqual(findings(source, 'The council met on Wednesday to vote on the plan.'), []);
      assert.deepEqual(findings(source, 'The council met on Thursday to vote on the plan.'), ['unsupported-number Thursday']);
    });

    it('"a five-day festival" for "from 1 to 5 June"; "six-day" is not stated; "2 to 5 June" is a mismatch', () => {
      const source = 'The festival runs from 1 to 5 June in the park.\n';
      assert.deepEqual(findings(source, 'The five-day festival runs in the park.'), []);
      assert.deepEqual(findings(source, 'The six-day festival runs in the park.'), ['unsupported-number six-day']);
      assert.deepEqual(findings(source, 'The festival runs from 2 to 5 June in the park.'), ['date-mismatch 2 to 5 June -> 1 to 5 June']);
      assert.deepEqual(findings(source, 'The festival runs June 1-5 in the park.'), []);
    });

    it('"opened in 2009" for "closed in 2019, ten years after it opened"; 2008 is a mismatch', () => {
      const source = 'The plant closed in 2019, ten years after it opened.\n';
      assert.deepEqual(findings(source, 'The plant opened in 2009.'), []);
      assert.deepEqual(findings(source, 'The plant opened in 2008.'), ['date-mismatch 2008 -> 2019']);
    });
  });
});
