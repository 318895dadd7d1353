// Reads a full calendar date (with its year) written the ways publications print them at the top of
// an article: "Jan. 21, 2026", "January 22, 2026", "22 Jan 2026", "Sept. 3 2026", "2026-01-22",
// optionally followed by a time ("9:00 pm ET", "T09:00:00Z"). Hand-written scanning: linear, no regex.

export interface CalendarDate {
  start: number;
  end: number;
  /** YYYY-MM-DD */
  value: string;
}

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['january', 1], ['feb', 2], ['february', 2], ['mar', 3], ['march', 3], ['apr', 4], ['april', 4], ['may', 5],
  ['jun', 6], ['june', 6], ['jul', 7], ['july', 7], ['aug', 8], ['august', 8], ['sep', 9], ['sept', 9], ['september', 9],
  ['oct', 10], ['october', 10], ['nov', 11], ['november', 11], ['dec', 12], ['december', 12],
]);

const ZONES = new Set(['ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'GMT', 'UTC', 'BST', 'CET', 'CEST', 'Z']);

/** The month number of a month name or abbreviation ("Sept", "january"), or 0. */
function monthNumber(word: string): number {
  return MONTHS.get(word.toLowerCase()) ?? 0;
}

/** A calendar date starting exactly at `at` (before `limit`), or null. */
export function calendarDateAt(text: string, at: number, limit = text.length): CalendarDate | null {
  const date = isoDateAt(text, at, limit) ?? monthFirstAt(text, at, limit) ?? dayFirstAt(text, at, limit);
  if (!date) return null;
  return { start: at, end: timeAfter(text, date.end, limit), value: date.value };
}

function isoDateAt(text: string, at: number, limit: number): CalendarDate | null {
  const year = digitsAt(text, at, limit);
  if (year.length !== 4) return null;
  let i = at + 4;
  const sep = text[i];
  if (sep !== '-' && sep !== '/') return null;
  const month = digitsAt(text, i + 1, limit);
  if (month.length < 1 || month.length > 2) return null;
  i += 1 + month.length;
  if (text[i] !== sep) return null;
  const day = digitsAt(text, i + 1, limit);
  if (day.length < 1 || day.length > 2) return null;
  i += 1 + day.length;
  if (isAlnum(text, i, limit) && !(text[i] === 'T' && digitsAt(text, i + 1, limit).length === 2)) return null;
  const value = validDate(+year, +month, +day);
  return value ? { start: at, end: i, value } : null;
}

function monthFirstAt(text: string, at: number, limit: number): CalendarDate | null {
  const name = lettersAt(text, at, limit);
  const month = monthNumber(name);
  if (!month) return null;
  let i = at + name.length;
  if (text[i] === '.') i++;
  i = skipSpaces(text, i, limit);
  const day = digitsAt(text, i, limit);
  if (day.length < 1 || day.length > 2) return null;
  i = skipOrdinal(text, i + day.length, limit);
  if (text[i] === ',') i++;
  return withYearAt(text, skipSpaces(text, i, limit), limit, at, month, +day);
}

function dayFirstAt(text: string, at: number, limit: number): CalendarDate | null {
  const day = digitsAt(text, at, limit);
  if (day.length < 1 || day.length > 2) return null;
  let i = skipSpaces(text, skipOrdinal(text, at + day.length, limit), limit);
  if (text.startsWith('of ', i)) i += 3;
  const name = lettersAt(text, i, limit);
  const month = monthNumber(name);
  if (!month) return null;
  i += name.length;
  if (text[i] === '.') i++;
  if (text[i] === ',') i++;
  return withYearAt(text, skipSpaces(text, i, limit), limit, at, month, +day);
}

/** Extends a date over a following clock time and zone: ", 9:00 pm ET", " at 10:15 GMT", "T09:00:00Z". */
function timeAfter(text: string, at: number, limit: number): number {
  let i = at;
  if (text[i] === 'T' && digitsAt(text, i + 1, limit).length === 2) {
    i++;
    while (i < limit && /[0-9:.+\-Z]/.test(text[i])) i++;
    return i;
  }
  if (text[i] === ',' || text[i] === '|' || text[i] === '·') i++;
  i = skipSpaces(text, i, limit);
  if (text.startsWith('at ', i)) i = skipSpaces(text, i + 3, limit);
  const hour = digitsAt(text, i, limit);
  if (hour.length < 1 || hour.length > 2) return at;
  let j = i + hour.length;
  const hasMinutes = text[j] === ':' && digitsAt(text, j + 1, limit).length === 2;
  if (hasMinutes) j += 3;
  let k = skipSpaces(text, j, limit);
  const meridiem = meridiemAt(text, k, limit);
  if (!hasMinutes && meridiem === 0) return at;
  if (meridiem > 0) j = k + meridiem;
  k = skipSpaces(text, j, limit);
  const zone = lettersAt(text, k, limit);
  if (ZONES.has(zone)) j = k + zone.length;
  return j;
}

function meridiemAt(text: string, at: number, limit: number): number {
  for (const form of ['a.m.', 'p.m.', 'am', 'pm', 'AM', 'PM', 'A.M.', 'P.M.']) {
    if (text.startsWith(form, at) && at + form.length <= limit && !isAlnum(text, at + form.length, limit)) return form.length;
  }
  return 0;
}

function validDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function digitsAt(text: string, at: number, limit: number): string {
  let i = at;
  while (i < limit && i - at < 5 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return text.slice(at, i);
}

function lettersAt(text: string, at: number, limit: number): string {
  let i = at;
  while (i < limit && i - at < 12 && isLetterCode(text.charCodeAt(i))) i++;
  return text.slice(at, i);
}

function skipOrdinal(text: string, at: number, limit: number): number {
  const suffix = text.slice(at, at + 2).toLowerCase();
  if ((suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') && !isAlnum(text, at + 2, limit)) return at + 2;
  return at;
}

function skipSpaces(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++;
  return i;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAlnum(text: string, at: number, limit: number): boolean {
  if (at >= limit) return false;
  const c = text.charCodeAt(at);
  return isLetterCode(c) || (c >= 48 && c <= 57);
}

/** Closes a date begun at `at` with the four-digit year at `i`, when there is one and the day exists. */
function withYearAt(text: string, i: number, limit: number, at: number, month: number, day: number): CalendarDate | null {
  const year = digitsAt(text, i, limit);
  if (year.length !== 4 || isAlnum(text, i + 4, limit)) return null;
  const value = validDate(+year, month, day);
  return value ? { start: at, end: i + 4, value } : null;
}
