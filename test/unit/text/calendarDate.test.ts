import { strict as assert } from 'node:assert';
import { calendarDateAt } from '../../../server/src/core/text/calendarDate';

function read(text: string): [string, string] | null {
  const date = calendarDateAt(text, 0);
  return date ? [text.slice(date.start, date.end), date.value] : null;
}

describe('calendarDateAt', () => {
  it('reads month-first, day-first and ISO dates', () => {
    assert.deepEqual(read('Jan. 21, 2026 and more'), ['Jan. 21, 2026', '2026-01-21']);
    assert.deepEqual(read('January 22, 2026'), ['January 22, 2026', '2026-01-22']);
    assert.deepEqual(read('Sept. 3 2025'), ['Sept. 3 2025', '2025-09-03']);
    assert.deepEqual(read('22 Jan 2026'), ['22 Jan 2026', '2026-01-22']);
    assert.deepEqual(read('3rd of March, 2024'), ['3rd of March, 2024', '2024-03-03']);
    assert.deepEqual(read('2026-01-22 The'), ['2026-01-22', '2026-01-22']);
  });

  it('extends over a clock time and zone', () => {
    assert.deepEqual(read('Jan. 21, 2026 9:00 pm ET'), ['Jan. 21, 2026 9:00 pm ET', '2026-01-21']);
    assert.deepEqual(read('2026-01-22T09:30:00Z'), ['2026-01-22T09:30:00Z', '2026-01-22']);
    assert.deepEqual(read('21 January 2026, 10:15 GMT'), ['21 January 2026, 10:15 GMT', '2026-01-21']);
  });

  it('does not take a number that is not a time', () => {
    assert.deepEqual(read('Jan. 21, 2026 32 people'), ['Jan. 21, 2026', '2026-01-21']);
  });

  it('rejects impossible dates and dates without a year', () => {
    assert.equal(read('February 30, 2026'), null);
    assert.equal(read('January 22 and'), null);
    assert.equal(read('2026-13-01'), null);
    assert.equal(read('Maybe 2026'), null);
  });
});
