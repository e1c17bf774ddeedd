// Times of day (timesOfDay.ts, rules/timeMismatch.ts) end to end: a time where the aligned evidence sentence gives
// another is a number-mismatch with the source's time; one no source states in any form is an unsupported-number;
// the same time written another way ("3am" for "03:00", "11.27 local time", "3 a.m."), a time in another zone, and
// a hedged time within half an hour are not flagged. Sentences reworded from probe22's BBC records (frank) and
// probe18's goyal21 records.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';
import { extractTimes } from '../../../server/src/engine/timesOfDay';
import { errorsAndWarnings, summary } from './ruleHelpers';

function check(source: string, draft: string) {
  const index = indexSources([{ path: 'source.txt', text: source }]);
  return errorsAndWarnings(checkDraft(draft, index, { kind: 'plaintext' }).findings);
}

describe('times of day', () => {
  describe('a time the source gives otherwise is a number-mismatch with the source\'s time', () => {
    it('24-hour, same zone: "03:00 BST" where the source says "02:00 BST" (probe22 MS1, frank-bbc-40873665)', () => {
      const found = check('The man was arrested at 02:00 BST on Friday near the station. He has been bailed.', 'The man was arrested at 03:00 BST on Friday near the station.');
      assert.deepEqual(summary(found), [['number-mismatch', '03:00 BST', '02:00 BST']]);
      assert.equal(found[0].message, 'Time "03:00 BST" here; the source says "02:00 BST".');
      assert.equal(found[0].severity, 'error');
    });

    it('the end of a range, the draft cut short after it: "from 7pm to 4am." for "from 7pm to 1am and report …" (probe24, a court report, reworded)', () => {
      const source = 'The builder was bailed. He must keep to a curfew from 7pm to 1am and report to police twice a week. The factory opens at 4am every day.';
      assert.deepEqual(summary(check(source, 'He must keep to a curfew from 7pm to 4am.')), [['number-mismatch', '4am', '1am']]);
      assert.deepEqual(check(source, 'He must keep to a curfew from 7pm to 1am.'), []);
      // A place may be put otherwise where the source goes on: "the trip to Yorkshire" for "the trip to Elland Road by …".
      assert.deepEqual(check('Fans backed a campaign to boycott the trip to Elland Road by handing back tickets. Police in Yorkshire were criticised.', 'Fans backed a campaign to boycott the trip to Yorkshire.'), []);
    });
    it('am and pm swapped: "4.49pm" where the source says "04:49 BST" (probe22 p22-005c, frank-bbc-32221351)', () => {
      const found = check('The alarm was raised at 04:49 BST and crews arrived within minutes. Nobody was hurt.', 'The alarm was raised at 4.49pm and crews arrived within minutes.');
      assert.deepEqual(summary(found), [['number-mismatch', '4.49pm', '04:49 BST']]);
    });

    it('"6am GMT" where the source says "18:00 GMT", and "by 5am GMT" for "by 17:00 GMT" (probe22 p22-014c, frank-bbc-38213922)', () => {
      assert.deepEqual(summary(check('The strike will begin at 18:00 GMT on Sunday, the union said. Talks have failed.', 'The strike will begin at 6am GMT on Sunday, the union said.')), [['number-mismatch', '6am GMT', '18:00 GMT']]);
      assert.deepEqual(summary(check('Both clubs must reply by 17:00 GMT on 9 March. The hearing follows next week.', 'Both clubs must reply by 5am GMT on 9 March.')), [['number-mismatch', '5am GMT', '17:00 GMT']]);
    });

    it('the GMT time of a "local (GMT)" pair: "(13:20 GMT)" where the source says "(12:20 GMT)" (probe22 p22-034c)', () => {
      const found = check('The ship sent out a distress call at 14:20 local time (12:20 GMT), the ministry said. Nobody was hurt.', 'The ship sent out a distress call at 14:20 local time (13:20 GMT).');
      assert.deepEqual(summary(found), [['number-mismatch', '13:20 GMT', '12:20 GMT']]);
    });

    it('"around 2 p.m. BST" where the source says "around 02:00 BST": "p.m. BST" ends no sentence, "02:00" is no 2pm (probe22 p22-y04, frank-bbc-40873665)', () => {
      const source = 'The rape of the teenager happened in a vehicle in the Witton area at around 02:00 BST on 26 July, police said.';
      assert.deepEqual(summary(check(source, 'The rape of the teenager happened in a vehicle in the Witton area at around 2 p.m. BST on 26 July.')), [['number-mismatch', '2 p.m. BST', '02:00 BST']]);
    });

    it('"16.48 local time" where the source says "15:48 (14:48 GMT)": the GMT time is no local time an hour on (probe22 p22-y05, frank-bbc-21197406)', () => {
      const found = check('The institute said the quake struck at 15:48 (14:48 GMT), with its epicentre in Garfagnana.', 'The quake struck at 16.48 local time, the institute said.');
      assert.deepEqual(found.map(f => [f.rule, f.actual]), [['unsupported-number', '16.48 local time']]);
    });

    it('a hedged time more than half an hour off: "around 3am" where the source says "02:00" (probe22 repro)', () => {
      const found = check('The fire started at 02:00 on Sunday in the kitchen. Nobody was hurt.', 'The fire started at around 3am on Sunday in the kitchen.');
      assert.deepEqual(summary(found), [['number-mismatch', '3am', '02:00']]);
    });
  });

  it('a time no source states in any form is an unsupported-number', () => {
    const found = check('Officers were called to the flat on Friday. A man was later arrested. He has been bailed.', 'A man was arrested at 03:15 BST, several hours after officers were called.');
    assert.deepEqual(summary(found), [['unsupported-number', '03:15 BST', undefined]]);
    assert.equal(found[0].message, 'The time "03:15 BST" is not stated in any source.');
  });

  describe('the same time written another way is not flagged', () => {
    it('"3 a.m. GMT" for "around 03:00 GMT": "a.m." is no count (probe22 FA4 p22-x17)', () => {
      assert.deepEqual(check('The fire started at around 03:00 GMT on Sunday. Nobody was hurt.', 'The fire started at around 3 a.m. GMT on Sunday.'), []);
    });

    it('"11.27 local time" for "11:27 local time (10:27 GMT)": a dotted clock, not a decimal (probe22 FA4 p22-x18)', () => {
      assert.deepEqual(check('The tremor struck at 11:27 local time (10:27 GMT). Nobody was hurt.', 'The tremor struck at 11.27 local time.'), []);
    });

    it('"at 15.48" for "15:48", "3pm" for "15:00", "midnight" for "00:00", "15:30" for "half past three", "3am" for "three in the morning", "2pm" for "at 2"', () => {
      assert.deepEqual(check('The train left at 15:48 on Monday. It was late.', 'The train left at 15.48 on Monday.'), []);
      assert.deepEqual(check('The polls closed at 15:00 on Thursday. Counting began.', 'The polls closed at 3pm on Thursday.'), []);
      assert.deepEqual(check('The curfew starts at 00:00 on Friday. Shops will close.', 'The curfew starts at midnight on Friday.'), []);
      assert.deepEqual(check('The match kicks off at half past three on Saturday. Tickets are sold out.', 'The match kicks off at 15:30 on Saturday.'), []);
      assert.deepEqual(check('The fire broke out at three in the morning, firefighters said. Nobody was hurt.', 'The fire broke out at 3am, firefighters said.'), []);
      assert.deepEqual(check('The gates will open at 2, the club said. Fans were told to arrive early.', 'The gates will open at 2pm, the club said.'), []);
    });

    it('a tokenized source: "21:56 local time (01:56 GMT)" for "21 : 56 local time - lrb - 01 : 56 gmt - rrb -" (probe18 p18-163, goyal21-xsum-36349823)', () => {
      const source = 'the zero - fuel aircraft arrived in dayton at 21 : 56 local time - lrb - 01 : 56 gmt - rrb - having flown from tulsa.';
      assert.deepEqual(check(source, 'The solar-powered plane arrived in Dayton at 21:56 local time (01:56 GMT) after flying from Tulsa.'), []);
      assert.deepEqual(summary(check(source, 'The solar-powered plane arrived in Dayton at 22:56 local time after flying from Tulsa.')), [['number-mismatch', '22:56 local time', '21 : 56 local time']]);
    });

    it('a time in another zone is not compared: "16:42 local time" for "15:42 GMT"; "around 3am" for "03:20"', () => {
      assert.deepEqual(check('The quake struck at 15:42 GMT, officials said. No one was hurt.', 'The quake struck at 16:42 local time, officials said.'), []);
      assert.deepEqual(check('The fire started at 03:20 on Sunday. Nobody was hurt.', 'The fire started at around 3am on Sunday.'), []);
    });
  });

  it('a time inside a quotation quote-mismatch flagged is not flagged again (probe18 p18-006)', () => {
    const found = check("Fernandes tweeted that he went to bed at 1 and got up 'exactly at 2.45 am' to watch the game.", "Fernandes tweeted that he got up 'exactly at 3.45 am' to watch the game.");
    assert.deepEqual(found.map(f => f.rule), ['quote-mismatch']);
  });

  describe('extractTimes', () => {
    const read = (text: string) => extractTimes(text, 0).map(t => [t.text, t.minutes, t.zone ?? '', t.halfDay, t.hedge]);

    it('reads clocks with am/pm, a zone word, or a time word before them', () => {
      assert.deepEqual(read('from 3.30pm until 3 a.m. GMT, then at 15:48 and 1548 hrs, about 10:05 BST, noon'), [
        ['3.30pm', 930, '', false, false],
        ['3 a.m. GMT', 180, 'gmt', false, false],
        ['15:48', 948, '', false, false],
        ['1548 hrs', 948, '', false, false],
        ['10:05 BST', 605, 'bst', false, true],
        ['noon', 720, '', false, true],
      ]);
      // "at 3:25" says no half of the day.
      assert.deepEqual(read('drinks were sold at 3:25'), [['3:25', 205, '', true, false]]);
    });

    it('reads no decimals, odds, race times, running times or money (dev data: "the 2.30 at Kempton", "15.48 seconds")', () => {
      assert.deepEqual(read('He won the 2.30 at Kempton at odds of 6.30, in a time of 15.48 seconds, then ran 2:05:30 for £2.30'), []);
      assert.deepEqual(read('They saw Midnight Oil play; the 1548 charter; a 3:1 win'), []);
    });
  });
});
