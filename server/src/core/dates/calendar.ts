// Calendar arithmetic on plain day numbers, always in UTC, so that no result depends on the time zone
// or locale of the process that runs the analysis.

export interface Day {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

const MS_PER_DAY = 86_400_000;

/** Reads "YYYY-MM-DD" (a publication date); null when it is not a real calendar day. */
export function parseDay(iso: string | null): Day | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const day = { year: +m[1], month: +m[2], day: +m[3] };
  return isRealDay(day.year, day.month, day.day) ? day : null;
}

export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian: February has 29 days in years divisible by 4, except centuries not divisible by 400. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Days since 1970-01-01. */
export function dayNumber(d: Day): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, days: number): Day {
  return fromDayNumber(dayNumber(d) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Day): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7;
}

/** Months since year 0, for comparing and shifting months. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function fromMonthIndex(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** ISO 8601 week ("2026-W03"): weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(d: Day): string {
  const weekday = (weekdayOf(d) + 6) % 7; // Monday = 0
  const thursday = addDays(d, 3 - weekday);
  const jan1 = dayNumber({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((dayNumber(thursday) - jan1) / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week, 2)}`;
}

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
