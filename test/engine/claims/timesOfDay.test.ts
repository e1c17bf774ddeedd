// Times of day, read so that a span worked out between two of them is stated (timesOfDay.ts).
import { strict as assert } from 'node:assert';
import { minutesBetweenTimes, timesOfDay } from '../../../server/src/engine/timesOfDay';

describe('times of day', () => {
  it('reads 12-hour, 24-hour and named times as minutes after midnight', () => {
    assert.deepEqual(timesOfDay('The fire broke out shortly after 2am and was under control by 6 a.m.'), [120, 360]);
    assert.deepEqual(timesOfDay('Police were called at 10.33pm and again at 12.55am.'), [22 * 60 + 33, 55]);
    assert.deepEqual(timesOfDay('The ferry left at 14:48, docked at noon and sailed at midnight.'), [14 * 60 + 48, 720, 0]);
    assert.deepEqual(timesOfDay('12pm is noon and 12am is midnight.'), [720, 720, 0, 0]);
  });

  it('reads no score, ratio, figure or impossible hour as a time', () => {
    assert.deepEqual(timesOfDay('They won 3-1 with 20 minutes left, a 1.5m rise, at 13pm.'), []);
    assert.deepEqual(timesOfDay('Shares in Amazon rose 4.5 per cent.'), []);
  });

  it('counts the minutes between times, past midnight to the next day', () => {
    assert.deepEqual(minutesBetweenTimes('Police were called at 10.33pm and the last train left at 12.55am.'), [142]);
    assert.deepEqual(minutesBetweenTimes('It opened at 9am, closed at noon and reopened at 2pm.'), [180, 300, 120]);
    assert.deepEqual(minutesBetweenTimes('Both trains left at 9am, one at 9am sharp.'), []);
  });
});
