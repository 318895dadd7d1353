// The words dates are made of.
import type { Shift } from './spec';

/** Month names and their abbreviations (with or without a period) → 1..12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Month words that are also ordinary words ("may", "march"): accepted only with date context. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'dec', 'jun', 'jul', 'sep']);

/** Weekday names → 0 = Sunday … 6 = Saturday. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

export const PARTS_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight']);

/** Small counts written as words, for "two weeks ago", "the fourth quarter". */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['hundred', 100],
]);

export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21],
]);

export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** First month of each season (winter starts in December). */
export const SEASON_START: ReadonlyMap<string, number> = new Map([['SP', 3], ['SU', 6], ['FA', 9], ['WI', 12]]);

/** Words before a bare number that make it a year: "in 1959", "since 2013", "by 1962". */
export const YEAR_LEAD_WORDS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'from', 'until', 'till', 'through', 'of', 'during', 'before', 'after', 'between',
  'and', 'to', 'fiscal', 'early', 'late', 'mid', 'year', 'around', 'circa', 'about', 'throughout', 'or',
  'as', 'at', 'for', 'summer', 'spring', 'fall', 'autumn', 'winter', 'christmas', 'end', 'start', 'beginning',
]);

/** Time zone abbreviations allowed after a clock time in a dateline. */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest',
]);

/** "last week", "this year", "next March": which occurrence is meant. */
export const SHIFTS: ReadonlyMap<string, Shift> = new Map<string, Shift>([['last', 'last'], ['next', 'next'], ['this', 'this']]);

/** Units counted back from publication: "two weeks ago". */
export const OFFSET_UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'],
  ['year', 'year'], ['years', 'year'],
]);
