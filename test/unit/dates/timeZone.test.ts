import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// Resolution must give the same values whatever the time zone and locale of the process: a date
// resolved with local-time APIs shifts by a day at UTC+14 or UTC-10.
const SAMPLE =
  'PORT ELLERY, Jan. 21, 2026 9:00 pm ET. The levee failed on Sunday, officials said Monday. ' +
  'Crews arrived last week; the mayor will speak Friday. Repairs began in November and the dam dates from 1962. ' +
  'Yesterday the river crested, two weeks ago it was calm, and next year the wall is raised.';

function datesUnder(env: Record<string, string>): string {
  const dates = join(__dirname, '..', '..', '..', 'server', 'src', 'core', 'dates');
  const script =
    `const { findDates } = require(${JSON.stringify(dates)});` +
    `const text = ${JSON.stringify(SAMPLE)};` +
    `const layout = { paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length, paragraph: 0 }], regions: [] };` +
    `process.stdout.write(JSON.stringify(findDates(text, layout, '2026-01-22')));`;
  return execFileSync(process.execPath, ['--require', require.resolve('tsx/cjs'), '-e', script], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

describe('date resolution across time zones and locales', () => {
  it('gives identical results at UTC+14 and UTC-10 and in another locale', function () {
    this.timeout(60_000);
    const kiritimati = datesUnder({ TZ: 'Pacific/Kiritimati' });
    const adak = datesUnder({ TZ: 'America/Adak', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8' });
    assert.equal(kiritimati, adak);
    const values = (JSON.parse(kiritimati) as { text: string; value: string | null }[]).map((d) => `${d.text}=${d.value}`);
    assert.deepEqual(values, [
      'Jan. 21, 2026 9:00 pm ET=2026-01-21T21:00',
      'Sunday=2026-01-18',
      'Monday=2026-01-19',
      'last week=2026-W03',
      'Friday=2026-01-23',
      'November=2025-11',
      '1962=1962',
      'Yesterday=2026-01-21',
      'two weeks ago=2026-W02',
      'next year=2027',
    ]);
  });
});
