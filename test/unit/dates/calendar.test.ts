import { strict as assert } from 'node:assert';
import { addDays, daysInMonth, isoWeek, parseDay, weekdayOf } from '../../../server/src/core/dates/calendar';

describe('calendar arithmetic (UTC)', () => {
  it('reads publication dates and rejects impossible days', () => {
    assert.deepEqual(parseDay('2026-01-22'), { year: 2026, month: 1, day: 22 });
    assert.equal(parseDay('2026-02-30'), null);
    assert.equal(parseDay('January 22'), null);
    assert.equal(parseDay(null), null);
  });

  it('knows the weekday of a day', () => {
    assert.equal(weekdayOf({ year: 2026, month: 1, day: 22 }), 4); // Thursday
    assert.equal(weekdayOf({ year: 2000, month: 2, day: 29 }), 2); // Tuesday
    assert.equal(weekdayOf({ year: 1969, month: 7, day: 20 }), 0); // Sunday, before the epoch
  });

  it('knows leap years, centuries included', () => {
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(1900, 2), 28);
    assert.equal(daysInMonth(2000, 2), 29);
    assert.equal(daysInMonth(2026, 4), 30);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    assert.deepEqual(addDays({ year: 2025, month: 12, day: 30 }, 3), { year: 2026, month: 1, day: 2 });
    assert.deepEqual(addDays({ year: 2024, month: 3, day: 1 }, -1), { year: 2024, month: 2, day: 29 });
  });

  it('numbers ISO weeks, including weeks that belong to the neighbouring year', () => {
    assert.equal(isoWeek({ year: 2026, month: 1, day: 15 }), '2026-W03');
    assert.equal(isoWeek({ year: 2021, month: 1, day: 3 }), '2020-W53');
    assert.equal(isoWeek({ year: 2024, month: 12, day: 30 }), '2025-W01');
  });
});
