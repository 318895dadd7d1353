// Turns what a date expression says into a TimeML-style value, using the publication date for anything
// the text leaves open. Unresolvable expressions get null, never a guess.
import {
  addDays, dayNumber, formatDay, formatMonth, fromMonthIndex, isoWeek, isRealDay, monthIndex, pad, weekdayOf,
  type Day,
} from './calendar';
import { SEASON_START } from './lexicon';
import type { DateSpec, Shift } from './spec';
import type { Tense } from './tense';

export interface Resolved {
  value: string | null;
  /** True when the value depended on the publication date. */
  relative: boolean;
  /** True when the reading is a guess the text does not settle: another year's occurrence of the
   *  day lies close to publication while the one taken lies most of a year away. */
  doubtful?: boolean;
}

/** Days from publication beyond which a yearless day is doubted when another year's occurrence is near. */
const FAR_OCCURRENCE_DAYS = 300;
const NEAR_OCCURRENCE_DAYS = 31;

/** How far past the publication date a past-tense "Nov. 25" may fall before it means last year's. */
const PAST_SLACK_DAYS = 62;
/** How far before the publication date a future-tense "Dec. 15" may fall (reporting lag) before it means next year's. */
const FUTURE_SLACK_DAYS = 7;
/** The same for a month named alone ("in October"). */
const PAST_SLACK_MONTHS = 2;

export function resolveDate(spec: DateSpec, published: Day | null, tense: Tense): Resolved {
  switch (spec.kind) {
    case 'fixed':
      return { value: spec.value, relative: false };
    case 'vague':
      return { value: null, relative: false };
  }
  if (!published) return { value: null, relative: true };
  const value = relativeValue(spec, published, tense);
  return isFarOccurrence(spec, value, published) ? { value, relative: true, doubtful: true } : { value, relative: true };
}

/**
 * "New Year's Eve" in future reporting dated ten days after it: taken as next year's, but this
 * year's was just before publication, so the publication date or the tense is likely wrong.
 */
function isFarOccurrence(spec: DateSpec, value: string | null, pub: Day): boolean {
  if ((spec.kind !== 'dayOfYear' && spec.kind !== 'nthWeekday') || spec.shift !== null || !value) return false;
  const taken = dayNumber({ year: +value.slice(0, 4), month: +value.slice(5, 7), day: +value.slice(8, 10) });
  const pubDay = dayNumber(pub);
  if (Math.abs(taken - pubDay) <= FAR_OCCURRENCE_DAYS) return false;
  const years = [pub.year - 1, pub.year, pub.year + 1];
  const occurrences = years.map((year) =>
    spec.kind === 'dayOfYear' ? (isRealDay(year, spec.month, spec.day) ? { year, month: spec.month, day: spec.day } : null) : nthWeekdayOf(year, spec.month, spec.weekday, spec.n),
  );
  return occurrences.some((d) => d !== null && Math.abs(dayNumber(d) - pubDay) <= NEAR_OCCURRENCE_DAYS);
}

function relativeValue(spec: Exclude<DateSpec, { kind: 'fixed' | 'vague' }>, pub: Day, tense: Tense): string | null {
  switch (spec.kind) {
    case 'dayOfYear': {
      const day = dayInYear(pub, tense, spec.shift, (year) => (isRealDay(year, spec.month, spec.day) ? { year, month: spec.month, day: spec.day } : null));
      return day && formatDay(day) + (spec.time ? 'T' + spec.time : '');
    }
    case 'nthWeekday': {
      const day = dayInYear(pub, tense, spec.shift, (year) => nthWeekdayOf(year, spec.month, spec.weekday, spec.n));
      return day && formatDay(day);
    }
    case 'month':
      return monthValue(spec.month, spec.shift, pub, tense);
    case 'weekday':
      return formatDay(weekdayDate(spec.weekday, spec.shift, pub, tense));
    case 'offset':
      return offsetValue(spec.unit, spec.amount, pub);
    case 'quarter':
      return quarterValue(spec.quarter, spec.year, { ...pub, year: pub.year - spec.yearsBack }, tense);
    case 'season':
      return seasonValue(spec.season, spec.shift, pub);
    case 'weekend':
      return weekendValue(spec.shift, pub, tense);
  }
}

/** The ISO week of the weekend meant, as TimeML writes it ("2026-W03-WE"): past reporting and "last" take
 *  the most recent weekend (publication's own when it falls on one); future reporting and "next" the coming one. */
function weekendValue(shift: Shift, pub: Day, tense: Tense): string {
  const weekday = weekdayOf(pub);
  const onWeekend = weekday === 0 || weekday === 6;
  const ahead = shift === 'next' || (shift !== 'last' && (tense === 'future' || shift === 'this') && !onWeekend);
  const saturday = ahead ? addDays(pub, (6 - weekday + 7) % 7) : addDays(pub, -((weekday + 1) % 7));
  return isoWeek(saturday) + '-WE';
}

/**
 * Which year's occurrence of a day the text means. "last"/"next": the one just before/after publication.
 * Otherwise past reporting allows up to ~2 months after publication (later means last year's), and future
 * reporting up to a week before it (reporting lag).
 */
function dayInYear(pub: Day, tense: Tense, shift: Shift, dayIn: (year: number) => Day | null): Day | null {
  const pubDay = dayNumber(pub);
  const candidates = [pub.year - 1, pub.year, pub.year + 1].map(dayIn).filter((d): d is Day => d !== null);
  const fits = (d: Day): boolean => {
    const gap = dayNumber(d) - pubDay;
    if (shift === 'last') return gap < 0 && gap >= -366;
    if (shift === 'next') return gap > 0 && gap <= 366;
    return tense === 'past' ? gap <= PAST_SLACK_DAYS && gap > PAST_SLACK_DAYS - 366 : gap >= -FUTURE_SLACK_DAYS && gap < 366 - FUTURE_SLACK_DAYS;
  };
  const fitting = candidates.filter(fits);
  // "last" and "next" take the nearest of the occurrences that fit.
  return shift === 'last' ? fitting[fitting.length - 1] ?? null : fitting[0] ?? null;
}

/** The n-th given weekday of a month: Thanksgiving 2025 is the 4th Thursday of November, Nov. 27. */
function nthWeekdayOf(year: number, month: number, weekday: number, n: number): Day {
  const first = { year, month, day: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7);
}

function monthValue(month: number, shift: Shift, pub: Day, tense: Tense): string {
  const pubIndex = monthIndex(pub.year, pub.month);
  let year = pub.year;
  const index = monthIndex(year, month);
  if (shift === 'last') {
    if (index >= pubIndex) year--;
  } else if (shift === 'next') {
    if (index <= pubIndex) year++;
  } else if (shift === null) {
    if (tense === 'past' && index > pubIndex + PAST_SLACK_MONTHS) year--;
    if (tense === 'future' && index < pubIndex - PAST_SLACK_MONTHS) year++;
  }
  return formatMonth(year, month);
}

/** Past reporting: the most recent such day on or before publication; future: the next on or after. */
function weekdayDate(weekday: number, shift: Shift, pub: Day, tense: Tense): Day {
  const back = (weekdayOf(pub) - weekday + 7) % 7;
  if (shift === 'last') return addDays(pub, -(back === 0 ? 7 : back));
  if (shift === 'next') {
    const ahead = (weekday - weekdayOf(pub) + 7) % 7;
    return addDays(pub, ahead === 0 ? 7 : ahead);
  }
  if (tense === 'future' || shift === 'this') return addDays(pub, (weekday - weekdayOf(pub) + 7) % 7);
  return addDays(pub, -back);
}

function offsetValue(unit: 'day' | 'week' | 'month' | 'year', amount: number, pub: Day): string {
  switch (unit) {
    case 'day':
      return formatDay(addDays(pub, amount));
    case 'week':
      return isoWeek(addDays(pub, amount * 7));
    case 'month': {
      const m = fromMonthIndex(monthIndex(pub.year, pub.month) + amount);
      return formatMonth(m.year, m.month);
    }
    case 'year':
      return pad(pub.year + amount, 4);
  }
}

function quarterValue(quarter: number | 'latest' | 'current', year: number | null, pub: Day, tense: Tense): string {
  const pubQuarter = Math.floor((pub.month - 1) / 3) + 1;
  if (quarter === 'current') return `${pad(pub.year, 4)}-Q${pubQuarter}`;
  if (quarter === 'latest') {
    // The latest quarter reported on is the last one completed before publication.
    return pubQuarter === 1 ? `${pad(pub.year - 1, 4)}-Q4` : `${pad(pub.year, 4)}-Q${pubQuarter - 1}`;
  }
  if (year !== null) return `${pad(year, 4)}-Q${quarter}`;
  const y = tense === 'past' && quarter > pubQuarter ? pub.year - 1 : pub.year;
  return `${pad(y, 4)}-Q${quarter}`;
}

function seasonValue(season: string, shift: Shift, pub: Day): string {
  const start = SEASON_START.get(season)!;
  const pubIndex = monthIndex(pub.year, pub.month);
  // Winter is labelled with the year it starts in (December).
  let year = pub.year;
  if (season === 'WI' && pub.month <= 2) year--;
  const startIndex = (y: number): number => monthIndex(y, start);
  if (shift === 'last') {
    while (startIndex(year) + 2 >= pubIndex) year--;
  } else if (shift === 'next') {
    while (startIndex(year) <= pubIndex) year++;
  }
  return `${pad(year, 4)}-${season}`;
}
