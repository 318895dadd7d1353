// Reading the pieces of a date one token at a time: a month name, a day number, a year, a clock time.
import { pad } from './calendar';
import { MONTHS, ORDINAL_SUFFIXES, TIME_ZONES } from './lexicon';
import type { DateSpec } from './spec';
import { isCapitalized, touching, type Token } from './tokens';

/** A date expression found in the tokens. */
export interface DateMatch {
  /** First and one-past-last token of the expression. */
  from: number;
  to: number;
  spec: DateSpec;
}

/** A value read from the tokens and the index of the token after it. */
export type Found<T> = { value: T; next: number } | null;

const AM_PM: ReadonlySet<string> = new Set(['am', 'pm']);

export function monthAt(tokens: Token[], i: number): Found<number> {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !isCapitalized(t)) return null;
  const month = MONTHS.get(t.lower);
  if (month === undefined) return null;
  let next = i + 1;
  if (isAbbreviation(t.lower) && tokens[next]?.text === '.' && touching(t, tokens[next])) next++;
  return { value: month, next };
}

/** "Jan", "Sept": short forms that take a period; "May", "June" and "July" are full names. */
export function isAbbreviation(lower: string): boolean {
  return lower.length <= 4 && lower !== 'may' && lower !== 'june' && lower !== 'july';
}

export function dayAt(tokens: Token[], i: number): Found<number> {
  const t = tokens[i];
  if (!t || t.kind !== 'num' || t.text.length > 2) return null;
  const day = +t.text;
  if (day < 1 || day > 31) return null;
  const after = tokens[i + 1];
  if (after && touching(t, after) && (after.text === ':' || after.text === '.' || after.text === ',') && tokens[i + 2]?.kind === 'num' && touching(after, tokens[i + 2])) return null;
  if (after && touching(t, after) && after.kind === 'word') {
    return ORDINAL_SUFFIXES.has(after.lower) ? { value: day, next: i + 2 } : null;
  }
  return { value: day, next: i + 1 };
}

export function yearAt(tokens: Token[], i: number): Found<number> {
  const t = tokens[i];
  if (!t || t.kind !== 'num' || t.text.length !== 4) return null;
  const year = +t.text;
  if (year < 1000 || year > 2199) return null;
  const after = tokens[i + 1];
  if (after && touching(t, after) && (after.kind === 'word' ? after.lower !== 's' : after.text === ',' || after.text === '.' ? tokens[i + 2]?.kind === 'num' && touching(after, tokens[i + 2]) : false)) return null;
  return { value: year, next: i + 1 };
}

/** "9:00 pm ET", "at 10 a.m.": only ever attached to a calendar day. */
export function timeAt(tokens: Token[], i: number): Found<string> {
  let j = i;
  if (tokens[j]?.text === ',' || tokens[j]?.lower === 'at') j++;
  const hourTok = tokens[j];
  if (!hourTok || hourTok.kind !== 'num' || hourTok.text.length > 2) return null;
  let hour = +hourTok.text;
  let minute = 0;
  let hasMinutes = false;
  j++;
  if (tokens[j]?.text === ':' && touching(hourTok, tokens[j]) && tokens[j + 1]?.kind === 'num' && tokens[j + 1].text.length === 2) {
    minute = +tokens[j + 1].text;
    hasMinutes = true;
    j += 2;
  }
  let meridiem: string | null = null;
  const m = tokens[j];
  if (m && AM_PM.has(m.lower)) {
    meridiem = m.lower;
    j++;
  } else if (m && (m.lower === 'a' || m.lower === 'p') && tokens[j + 1]?.text === '.' && tokens[j + 2]?.lower === 'm') {
    meridiem = m.lower + 'm';
    j += 3;
    if (tokens[j]?.text === '.' && touching(tokens[j - 1], tokens[j])) j++;
  }
  if (!hasMinutes && !meridiem) return null;
  if (hour > 23 || minute > 59 || (meridiem && (hour < 1 || hour > 12))) return null;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (tokens[j] && TIME_ZONES.has(tokens[j].lower) && tokens[j].text === tokens[j].text.toUpperCase()) j++;
  return { value: `${pad(hour, 2)}:${pad(minute, 2)}`, next: j };
}
