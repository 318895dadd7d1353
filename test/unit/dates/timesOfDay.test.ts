import { strict as assert } from 'node:assert';
import { timesOfDay } from '../../../server/src/core/dates/times';

function times(text: string): string[] {
  return timesOfDay(text, 0, text.length).map((t) => `${t.text}=${t.value} ${t.from}-${t.to}`);
}

describe('times of day', () => {
  it('reads clock times with minutes or a meridiem, with "local time" kept in the span', () => {
    assert.deepEqual(times('The blast came at 11:30pm local time.'), ['11:30pm local time=23:30 1410-1410']);
    assert.deepEqual(times('Doors opened at 9 a.m. and closed at 14:05.'), ['9 a.m.=09:00 540-540', '14:05=14:05 845-845']);
  });

  it('takes an approximate time as a quarter hour either side, short of meeting the next half hour', () => {
    const [eleven] = timesOfDay('around 11pm', 0, 11);
    const [half] = timesOfDay('around 11:30pm', 0, 14);
    assert.equal(eleven!.text, 'around 11pm');
    assert.ok(eleven!.to < half!.from, 'around 11pm and around 11:30pm are different times');
  });

  it('counts back from midnight and noon', () => {
    assert.deepEqual(times('The explosion occurred about an hour before midnight local time.'), ['about an hour before midnight local time=23:00 1366-1394']);
    assert.deepEqual(times('They met two hours after noon.'), ['two hours after noon=14:00 840-840']);
  });

  it('reads no time in scores, bare numbers or years, nor a clock time that may be morning or afternoon', () => {
    assert.deepEqual(times('The home side won 3:2 with 11 players in 2016.'), []);
    assert.deepEqual(times('Liftoff is set for 1:30 or 11:45, not 09:15.'), ['09:15=09:15 555-555']);
  });
});
