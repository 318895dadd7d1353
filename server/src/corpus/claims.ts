// When two claims' figures or dates tell the same thing: figures by unit and counted noun, compared
// as intervals (an approximate figure agrees with the exact figures it covers); dates as day ranges
// computed in UTC, so results never depend on the process time zone.
import { MEASURE_UNITS } from '../core/claims/measurements';
import { CURRENCY_UNITS } from '../core/claims/units';
import { MONTHS } from '../core/dates/lexicon';
import type { Figure } from '../core/types';

/** Units whose figures are comparable without a counted noun: what they measure is in the unit. */
const SELF_DESCRIBING_UNITS = new Set(['percent', 'usd', 'year', 'age', 'eur', 'gbp', 'kg', 'm', 'km/h', 'lap', 'position']);

function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

/** Counted nouns outlets use for one another ("1,000 troops", "850 soldiers"), each to one form. */
const SAME_COUNTED: ReadonlyMap<string, string> = new Map([
  ['troop', 'soldier'], ['person', 'people'], ['children', 'child'], ['kid', 'child'], ['men', 'man'], ['women', 'woman'],
]);

/** A counted noun as a matching key: the last word, singular, in one form of its synonyms. */
export function countedKey(counted: string): string {
  const noun = singular(counted.trim().toLowerCase().split(/\s+/).pop() ?? '');
  return SAME_COUNTED.get(noun) ?? noun;
}

/**
 * What a figure counts, as a matching key ("|soldier", "percent|", "usd/share|"), or null when the
 * figure is too vague to match across articles (a bare count with no noun).
 */
export function figureKey(f: Figure): string | null {
  if (SELF_DESCRIBING_UNITS.has(f.unit.split('/')[0]!)) return `${f.unit}|`;
  const noun = countedKey(f.counted);
  if (noun === '') return null;
  return `${f.unit}|${noun}`;
}

/**
 * Figures that can change from one edition to the next: tolls, tallies, prices and shares. Ages,
 * weights, lengths, speeds, durations, laps and positions describe a fixed thing, so two articles
 * that differ on them disagree whenever they were written.
 */
export function mayEvolve(f: Figure): boolean {
  return f.unit === '' || f.unit === 'percent' || CURRENCY_UNITS.has(f.unit.split('/')[0]!);
}

/**
 * Whether two figures can both be right. Estimates of a value ("about 850", "nearly 1,000", "10 to
 * 12") agree when each falls within the other's reach; anything else (an exact figure, a bound such
 * as "more than 600", a multitude such as "hundreds") when the values they cover meet. An exact
 * measurement covers the precision it is written to, so "181 kg" meets "400 lb".
 */
export function figuresAgree(a: Figure, b: Figure): boolean {
  if (isEstimate(a) && isEstimate(b)) return a.low <= b.value && b.value <= a.high && b.low <= a.value && a.value <= b.high;
  return a.low <= b.high && b.low <= a.high;
}

/** An approximate figure around or under a stated value, not a lower bound or a multitude (whose value is their floor). */
function isEstimate(f: Figure): boolean {
  return f.approximate && f.low < f.value;
}

/** A figure as a note shows it: a measurement with its base unit ("181 kg"), anything else bare. */
export function formatFigure(f: Figure): string {
  const n = (x: number) => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(3))));
  const unit = MEASURE_UNITS.has(f.unit) ? ` ${f.unit}` : '';
  return (f.approximate && f.low !== f.high ? `${n(f.low)}–${n(f.high)}` : n(f.value)) + unit;
}

export interface DayRange {
  from: number;
  to: number;
  precision: 'day' | 'week' | 'month' | 'year' | 'decade' | 'yearless';
  /** For a month and day with no year ("January 3" in an undated article): month × 100 + day. */
  monthDay?: number;
}

const DAY_MS = 86_400_000;

/** The days a TimeML-style value covers, as UTC day numbers. */
export function dayRange(value: string | null): DayRange | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const day = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / DAY_MS;
    return { from: day, to: day, precision: 'day' };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = Date.UTC(+m[1]!, 0, 4) / DAY_MS;
    const monday = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7) + (+m[2]! - 1) * 7;
    return { from: monday, to: monday + 6, precision: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    return { from: Date.UTC(+m[1]!, +m[2]! - 1, 1) / DAY_MS, to: Date.UTC(+m[1]!, +m[2]!, 1) / DAY_MS - 1, precision: 'month' };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { from: Date.UTC(+m[1]!, 0, 1) / DAY_MS, to: Date.UTC(+m[1]! + 1, 0, 1) / DAY_MS - 1, precision: 'year' };
  m = /^(\d{3})X$/.exec(value);
  if (m) {
    const year = +m[1]! * 10;
    return { from: Date.UTC(year, 0, 1) / DAY_MS, to: Date.UTC(year + 10, 0, 1) / DAY_MS - 1, precision: 'decade' };
  }
  return null;
}

/**
 * A month and day written without a year, for articles whose publication date is unknown so the
 * analysis could not resolve them: "January 3", "Jan. 3", "3rd January". Null for anything else.
 */
export function yearlessDay(text: string): DayRange | null {
  const words = text.toLowerCase().split(/[\s.,]+/).filter((w) => w !== '');
  if (words.length !== 2) return null;
  const dayWord = MONTHS.has(words[0]!) ? words[1]! : words[0]!;
  const month = MONTHS.get(MONTHS.has(words[0]!) ? words[0]! : words[1]!);
  const day = /^(\d{1,2})(st|nd|rd|th)?$/.exec(dayWord);
  if (month === undefined || !day || +day[1]! < 1 || +day[1]! > 31) return null;
  return { from: NaN, to: NaN, precision: 'yearless', monthDay: month * 100 + +day[1]! };
}

/** Month × 100 + day of a UTC day number. */
function monthDayOf(day: number): number {
  const d = new Date(day * DAY_MS);
  return (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

/** Whether a date with no year can be the same day as another date: one of its days falls on it. */
function yearlessOverlap(yearless: DayRange, other: DayRange): boolean {
  if (other.precision === 'yearless') return other.monthDay === yearless.monthDay;
  // A year is another kind of statement: it neither confirms nor contradicts a day.
  if (other.precision === 'year' || other.precision === 'decade') return false;
  for (let day = other.from; day <= other.to; day++) if (monthDayOf(day) === yearless.monthDay) return true;
  return false;
}

export function datesOverlap(a: DayRange, b: DayRange): boolean {
  if (a.precision === 'yearless') return yearlessOverlap(a, b);
  if (b.precision === 'yearless') return yearlessOverlap(b, a);
  return a.from <= b.to && b.from <= a.to;
}

/**
 * Dates that disagree in a way a reader would call a different date: disjoint, and given at the same
 * precision (a day against a day or a week, a year against a year); "2025" against "March 4, 2026" is
 * a different kind of statement, not a disagreement.
 */
export function datesConflict(a: DayRange, b: DayRange): boolean {
  return !datesOverlap(a, b) && datesComparable(a, b);
}

/** Dates that can contradict each other: a day or week against a day or week, else the same precision. */
export function datesComparable(a: DayRange, b: DayRange): boolean {
  const precise = (r: DayRange) => r.precision === 'day' || r.precision === 'week' || r.precision === 'yearless';
  return (precise(a) && precise(b)) || a.precision === b.precision;
}

/** How many keywords two claims share, and the Jaccard index of their keyword sets. */
export function keywordOverlap(a: readonly string[], b: readonly string[]): { shared: number; jaccard: number } {
  let shared = 0;
  for (const k of a) if (b.includes(k)) shared++;
  const union = a.length + b.length - shared;
  return { shared, jaccard: union === 0 ? 0 : shared / union };
}
