import { strict as assert } from 'node:assert';
import { findDates } from '../../../server/src/core/dates';
import type { DateMention } from '../../../server/src/core/types';
import { plainLayout } from './plainLayout';

function datesIn(text: string, published: string | null = '2026-01-22'): DateMention[] {
  const dates = findDates(text, plainLayout(text), published);
  for (const d of dates) assert.equal(d.text, text.slice(d.start, d.end), 'text is the slice at start..end');
  return dates;
}

/** "text=value" for every date found, in order. */
function values(text: string, published: string | null = '2026-01-22'): string[] {
  return datesIn(text, published).map((d) => `${d.text}=${d.value}`);
}

// 2026-01-22 is a Thursday.
describe('findDates', () => {
  describe('absolute dates', () => {
    it('reads month-day-year in full, abbreviated and day-first forms', () => {
      assert.deepEqual(values('The levee failed on January 3, 2026, and again on Feb. 9, 2026.'), [
        'January 3, 2026=2026-01-03', 'Feb. 9, 2026=2026-02-09',
      ]);
      assert.deepEqual(values('Signed on 3 January 2026 in Port Ellery.'), ['3 January 2026=2026-01-03']);
      assert.deepEqual(values('The council met March 27, 2024.'), ['March 27, 2024=2024-03-27']);
      assert.deepEqual(values('Updated 2026-01-22 by the desk.'), ['2026-01-22=2026-01-22']);
    });

    it('reads a month with its year as a month', () => {
      assert.deepEqual(values('The dam opened in January 2026.'), ['January 2026=2026-01']);
    });

    it('marks absolute dates as not relative', () => {
      assert.equal(datesIn('on January 3, 2026')[0].relative, false);
    });

    it('takes a weekday in front of a full date as part of it', () => {
      assert.deepEqual(values('Saturday, Jan. 3, 2026'), ['Saturday, Jan. 3, 2026=2026-01-03']);
    });

    it('gives days that do not exist a null value', () => {
      assert.deepEqual(values('February 30, 2026'), ['February 30, 2026=null']);
    });
  });

  describe('days and months without a year', () => {
    it('takes the year from the publication date', () => {
      assert.deepEqual(values('The mayor spoke on Jan. 11.'), ['Jan. 11=2026-01-11']);
      assert.deepEqual(values('The mayor spoke on January 3.'), ['January 3=2026-01-03']);
      assert.ok(datesIn('on Jan. 11')[0].relative);
    });

    it('reaches back a year when past reporting would otherwise land months after publication', () => {
      assert.deepEqual(values('Officials said the permit was filed on November 25.'), ['November 25=2025-11-25']);
      assert.deepEqual(values('The levee was inspected in October.'), ['October=2025-10']);
    });

    it('reaches forward in future reporting', () => {
      assert.deepEqual(values('The board will vote on Dec. 15.', '2026-01-22'), ['Dec. 15=2026-12-15']);
      assert.deepEqual(values('Repairs will be finished in January.', '2025-11-20'), ['January=2026-01']);
    });

    it('gives null, not a guess, without a publication date', () => {
      const [d] = datesIn('The mayor spoke on Jan. 11.', null);
      assert.equal(d.value, null);
      assert.equal(d.relative, true);
    });

    it('does not take names and verbs for months', () => {
      assert.deepEqual(values('May Ortiz said the crews march north.'), []);
      assert.deepEqual(values('Councillors Okafor and May met.'), []);
      assert.deepEqual(values('Work will resume in May.'), ['May=2026-05']);
      assert.deepEqual(values('June Okafor chairs the board.'), []);
    });

    it('handles "last", "this" and "next" with month names', () => {
      assert.deepEqual(values('The plant closed last October.'), ['last October=2025-10']);
      assert.deepEqual(values('It reopens next March.'), ['next March=2026-03']);
    });
  });

  describe('weekdays', () => {
    it('points back to the most recent such day in past reporting', () => {
      assert.deepEqual(values('The county said Monday that crews had finished.'), ['Monday=2026-01-19']);
      assert.deepEqual(values('The dam was breached on Sunday.'), ['Sunday=2026-01-18']);
    });

    it('is the publication day itself when the weekday matches', () => {
      assert.deepEqual(values('The mayor resigned Thursday.'), ['Thursday=2026-01-22']);
    });

    it('points forward in future reporting and after "next"', () => {
      assert.deepEqual(values('The council will meet Friday.'), ['Friday=2026-01-23']);
      assert.deepEqual(values('A hearing is set for next Thursday.'), ['next Thursday=2026-01-29']);
      assert.deepEqual(values('Crews must finish by Friday.'), ['Friday=2026-01-23']);
      assert.deepEqual(values('The ferry could sail as early as Saturday.'), ['Saturday=2026-01-24']);
      assert.deepEqual(values('Talks are set to resume Monday.'), ['Monday=2026-01-26']);
      assert.deepEqual(values('The ferry sank last Thursday.'), ['last Thursday=2026-01-15']);
    });

    it('keeps the part of the day and marks the value relative', () => {
      const [d] = datesIn('Rain fell Tuesday night.');
      assert.equal(d.text, 'Tuesday night');
      assert.equal(d.value, '2026-01-20');
      assert.equal(d.relative, true);
    });
  });

  describe('relative words and periods', () => {
    it('resolves today, yesterday and tomorrow', () => {
      assert.deepEqual(values('Today the river crested; yesterday it rose; tomorrow it falls.'), [
        'Today=2026-01-22', 'yesterday=2026-01-21', 'tomorrow=2026-01-23',
      ]);
    });

    it('gives weeks as ISO weeks, months as months, years as years', () => {
      assert.deepEqual(values('Crews arrived last week and stay this week.'), ['last week=2026-W03', 'this week=2026-W04']);
      assert.deepEqual(values('She spoke on the programme “This Week” about it.'), []);
      assert.deepEqual(values('Prices rose last month.'), ['last month=2025-12']);
      assert.deepEqual(values('Floods hit last year; more are feared next year.'), ['last year=2025', 'next year=2027']);
      assert.deepEqual(values('Earlier this month the bridge shut.'), ['Earlier this month=2026-01']);
    });

    it('counts back for "ago"', () => {
      assert.deepEqual(values('The mill closed two years ago and the shop three days ago.'), [
        'two years ago=2024', 'three days ago=2026-01-19',
      ]);
    });

    it('names weekends by their ISO week, and the current quarter', () => {
      assert.deepEqual(values('The dam leaked over the weekend.'), ['the weekend=2026-W03-WE']);
      assert.deepEqual(values('Crews return this weekend and again next weekend.'), [
        'this weekend=2026-W04-WE', 'next weekend=2026-W04-WE',
      ]);
      assert.deepEqual(values('Sales this quarter fell.'), ['this quarter=2026-Q1']);
    });

    it('counts back in digits too', () => {
      assert.deepEqual(values('The dam was inspected 11 days ago.'), ['11 days ago=2026-01-11']);
    });

    it('resolves holidays like days without a year', () => {
      assert.deepEqual(values('The boat capsized on Thanksgiving Day.'), ['Thanksgiving Day=2025-11-27']);
      assert.deepEqual(values('Crews worked through Christmas Eve and New Year’s Day.'), [
        'Christmas Eve=2025-12-24', 'New Year’s Day=2026-01-01',
      ]);
      assert.deepEqual(values('The plant reopens next Christmas.'), ['next Christmas=2026-12-25']);
      assert.deepEqual(values('It closed last Halloween.'), ['last Halloween=2025-10-31']);
    });

    it('names seasons and quarters', () => {
      assert.deepEqual(values('The levee was raised last fall.'), ['last fall=2025-FA']);
      assert.deepEqual(values('Profit fell in the fourth quarter.'), ['the fourth quarter=2025-Q4']);
      assert.deepEqual(values('Sales in the third quarter of 2024 rose.'), ['the third quarter of 2024=2024-Q3']);
      assert.deepEqual(values('Sales in the 2024 third quarter rose.'), ['the 2024 third quarter=2024-Q3']);
      assert.deepEqual(values('Profit fell in the year-earlier quarter.'), ['the year-earlier quarter=2024-Q4']);
    });

    it('reads "a year earlier" next to a quarter as that quarter a year before', () => {
      assert.deepEqual(values('Profit in the fourth quarter rose from $2 a share a year earlier.'), [
        'the fourth quarter=2025-Q4', 'a year earlier=2024-Q4',
      ]);
      assert.deepEqual(values('The mill closed a year ago.'), ['a year ago=2025']);
    });

    it('reports vague expressions with a null value', () => {
      const [d] = datesIn('The plan aims to finish by the end of the year.');
      assert.equal(d.text, 'the end of the year');
      assert.equal(d.value, null);
    });

    it('uses TimeML reference values for now, the past and the future', () => {
      assert.deepEqual(values('The town is now rebuilding; in the past it flooded rarely.'), ['now=PRESENT_REF', 'the past=PAST_REF']);
    });
  });

  describe('years, decades, ranges and centuries', () => {
    it('reads bare years after prepositions and before nouns', () => {
      assert.deepEqual(values('Built in 1959, extended since 2013, finished by 1962.'), ['1959=1959', '2013=2013', '1962=1962']);
      assert.deepEqual(values('The 1987 flood was worse.'), ['1987=1987']);
    });

    it('reads years spoken in transcripts, and "the current year"', () => {
      assert.deepEqual(values('In nineteen ninety-six the mill closed, by the year two thousand it was gone.'), [
        'nineteen ninety-six=1996', 'the year two thousand=2000',
      ]);
      assert.deepEqual(values('Nineteen people left.'), []);
      assert.deepEqual(values('Sales in the current fiscal year rose.'), ['the current fiscal year=2026']);
    });

    it('reads decades and centuries', () => {
      assert.deepEqual(values('Since the 1960s and the 1950s, and in the 20th century.'), ['1960s=196X', '1950s=195X', '20th century=19XX']);
      assert.deepEqual(values("Built in the '80s."), ["'80s=198X"]);
    });

    it('reports each year of a range', () => {
      assert.deepEqual(values('She served from 2014 to 2017.'), ['2014=2014', '2017=2017']);
      assert.deepEqual(values('She served 2014-2017.'), ['2014=2014', '2017=2017']);
    });

    it('does not take counts, amounts or ages for years', () => {
      assert.deepEqual(values('Some 1,000 residents, $3 million in aid, 2000 sandbags, 32 soldiers, 94 years old, 1500 percent.'), []);
    });
  });

  describe('clock times', () => {
    it('attaches a time with its zone to a full date', () => {
      assert.deepEqual(values('Jan. 21, 2026 9:00 pm ET'), ['Jan. 21, 2026 9:00 pm ET=2026-01-21T21:00']);
      assert.deepEqual(values('Posted Jan. 21 at 10 a.m.'), ['Jan. 21 at 10 a.m.=2026-01-21T10:00']);
    });

    it('reports no time without a date', () => {
      assert.deepEqual(values('The siren sounded at 9:00 pm.'), []);
    });
  });

  describe('regions', () => {
    it('skips link targets, front matter and boilerplate but reads datelines', () => {
      const text = 'PORT ELLERY, Jan. 21, 2026\n[report](https://example.org/2025/03/04)\nSubscribe by March 1!\nThe gate failed on Sunday.';
      const url = text.indexOf('(https');
      const ad = text.indexOf('Subscribe');
      const layout = plainLayout(text, [
        { kind: 'dateline', start: 0, end: 26 },
        { kind: 'link-url', start: url, end: text.indexOf(')', url) + 1 },
        { kind: 'boilerplate', start: ad, end: ad + 'Subscribe by March 1!'.length },
      ]);
      const found = findDates(text, layout, '2026-01-22').map((d) => `${d.text}=${d.value}`);
      assert.deepEqual(found, ['Jan. 21, 2026=2026-01-21', 'Sunday=2026-01-18']);
    });
  });
});
