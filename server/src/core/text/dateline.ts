// Datelines: a publication date at the start of a line ("Jan. 21, 2026 9:00 pm ET", "Published 22
// January 2026", "Updated: Friday, 23 Jan 2026", "date 2026-01-22 …"). Only the date part is the region.
import type { Region } from '../types';
import { calendarDateAt } from './calendarDate';
import { isLetter } from './chars';
import type { Line } from './lines';

const DATELINE_KEYWORDS = ['published on', 'published', 'updated on', 'updated', 'last updated', 'posted on', 'posted', 'dated', 'date', 'first published'];

/** A date at the start of a line ("Jan. 21, 2026 9:00 pm ET", "date 2026-01-22 …"): only the date part. */
export function datelineOf(text: string, line: Line): Region | null {
  let at = line.start;
  while (at < line.end && (text[at] === '*' || text[at] === '_')) at++;
  const head = text.slice(at, Math.min(line.end, at + 20)).toLowerCase();
  const keyword = DATELINE_KEYWORDS.find((k) => head.startsWith(k) && !isLetter(head[k.length]));
  let dateAt = at;
  if (keyword) {
    dateAt += keyword.length;
    while (dateAt < line.end && (text[dateAt] === ':' || text[dateAt] === ' ' || text[dateAt] === '*')) dateAt++;
  }
  dateAt = skipWeekday(text, dateAt, line.end);
  const date = calendarDateAt(text, dateAt, line.end);
  if (!date) return null;
  let end = date.end;
  while (end < line.end && (text[end] === '*' || text[end] === '_')) end++;
  return { kind: 'dateline', start: keyword ? at : date.start, end };
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];

function skipWeekday(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && isLetter(text[i])) i++;
  if (i === at || !WEEKDAYS.includes(text.slice(at, i).toLowerCase())) return at;
  if (text[i] === '.') i++;
  if (text[i] === ',') i++;
  while (i < end && text[i] === ' ') i++;
  return i;
}
