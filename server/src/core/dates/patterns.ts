// Recognises one date expression starting at a token. Every pattern looks only a few tokens ahead,
// so trying them at every token keeps the whole scan linear.
import { isRealDay, pad } from './calendar';
import {
  AMBIGUOUS_MONTHS, COUNT_WORDS, MONTHS, ORDINAL_SUFFIXES, ORDINAL_WORDS, PARTS_OF_DAY, SEASONS, TIME_ZONES,
  WEEKDAYS, YEAR_LEAD_WORDS,
} from './lexicon';
import { holidayAt } from './holidays';
import type { DateSpec, Shift } from './spec';
import { isCapitalized, touching, type Token } from './tokens';

export interface DateMatch {
  /** First and one-past-last token of the expression. */
  from: number;
  to: number;
  spec: DateSpec;
}

type Found<T> = { value: T; next: number } | null;

const SHIFTS: ReadonlyMap<string, Shift> = new Map<string, Shift>([['last', 'last'], ['next', 'next'], ['this', 'this']]);
const SPAN_MODIFIERS: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'earlier', 'later']);
const FIXED_WORDS: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['recently', 'PAST_REF'],
]);
const DAY_WORDS: ReadonlyMap<string, number> = new Map([['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1]]);
const OFFSET_UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'],
  ['year', 'year'], ['years', 'year'],
]);
const PLURAL_SPANS: ReadonlySet<string> = new Set(['days', 'weeks', 'months', 'years']);
const AM_PM: ReadonlySet<string> = new Set(['am', 'pm']);

/** Words that can open a date expression; every other word is passed over with one lookup. */
const OPENERS: ReadonlySet<string> = new Set([
  ...SPAN_MODIFIERS, ...SHIFTS.keys(), ...WEEKDAYS.keys(), ...MONTHS.keys(), ...DAY_WORDS.keys(), ...FIXED_WORDS.keys(),
  ...ORDINAL_WORDS.keys(), ...COUNT_WORDS.keys(), 'christmas', 'halloween', 'thanksgiving', 'new', 'nineteen', 'eighteen', 'fiscal', 'the', 'recent', 'coming', 'these', 'latest', 'most', 'q', 'year',
]);

export function matchDateAt(tokens: Token[], i: number): DateMatch | null {
  const t = tokens[i];
  if (t.kind === 'word' ? !OPENERS.has(t.lower) : t.kind === 'punct' && t.text !== "'" && t.text !== '’') return null;
  if (SPAN_MODIFIERS.has(t.lower)) {
    let j = i + 1;
    if (tokens[j]?.text === '-' && touching(t, tokens[j])) j++;
    const inner = coreAt(tokens, j);
    if (inner && acceptsModifier(inner.spec)) return { ...inner, from: i };
    return null;
  }
  if (t.lower === 'fiscal') {
    const inner = coreAt(tokens, i + 1);
    if (inner && (inner.spec.kind === 'fixed' || inner.spec.kind === 'quarter')) return { ...inner, from: i };
    return null;
  }
  return coreAt(tokens, i);
}

/** "early 2025", "late November", "earlier this month" keep the value of what they modify. */
function acceptsModifier(spec: DateSpec): boolean {
  if (spec.kind === 'fixed') return /^\d/.test(spec.value);
  return spec.kind === 'month' || spec.kind === 'offset' || spec.kind === 'weekday' || spec.kind === 'season';
}

function coreAt(tokens: Token[], i: number): DateMatch | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'num') return numericAt(tokens, i);
  if (t.kind !== 'word') return t.text === "'" || t.text === '’' ? decadeApostropheAt(tokens, i) : null;
  const shift = SHIFTS.get(t.lower);
  if (shift !== undefined) return shiftedAt(tokens, i, shift);
  const weekday = weekdayAt(tokens, i, null, i);
  if (weekday) return weekday;
  const month = monthPhraseAt(tokens, i);
  if (month) return month;
  const holiday = holidayAt(tokens, i);
  if (holiday) return { from: i, to: holiday.next, spec: holiday.spec };
  const dayWord = DAY_WORDS.get(t.lower);
  if (dayWord !== undefined) {
    return withPartOfDay(tokens, { from: i, to: i + 1, spec: { kind: 'offset', unit: 'day', amount: dayWord } });
  }
  const fixed = FIXED_WORDS.get(t.lower);
  if (fixed) return { from: i, to: i + 1, spec: { kind: 'fixed', value: fixed } };
  return phraseAt(tokens, i);
}

/** "last week", "this year", "next March", "last Friday", "last fall", "last quarter". */
function shiftedAt(tokens: Token[], i: number, shift: Shift): DateMatch | null {
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word') return null;
  const weekday = weekdayAt(tokens, i + 1, shift, i);
  if (weekday) return weekday;
  const holiday = holidayAt(tokens, i + 1);
  if (holiday && shift !== 'this') return { from: i, to: holiday.next, spec: { ...holiday.spec, shift } };
  const month = MONTHS.get(next.lower);
  if (month !== undefined && isCapitalized(next) && (next.lower.length > 3 || next.lower === 'may')) {
    return { from: i, to: i + 2, spec: { kind: 'month', month, shift } };
  }
  const season = SEASONS.get(next.lower);
  if (season) return { from: i, to: i + 2, spec: { kind: 'season', season, shift } };
  const amount = shift === 'last' ? -1 : shift === 'next' ? 1 : 0;
  // "This Week" with a capital is a title (of a programme, a column), not this week.
  if ((next.lower === 'week' || next.lower === 'month' || next.lower === 'year') && !isCapitalized(next)) {
    return { from: i, to: i + 2, spec: { kind: 'offset', unit: next.lower, amount } };
  }
  if (next.lower === 'quarter' && shift === 'last') return { from: i, to: i + 2, spec: { kind: 'quarter', quarter: 'latest', year: null, yearsBack: 0 } };
  if (next.lower === 'weekend') return { from: i, to: i + 2, spec: { kind: 'vague' } };
  return null;
}

function weekdayAt(tokens: Token[], i: number, shift: Shift, from: number): DateMatch | null {
  const t = tokens[i];
  const weekday = t ? WEEKDAYS.get(t.lower) : undefined;
  if (weekday === undefined || !isCapitalized(t)) return null;
  // "Saturday, Jan. 3, 2026": the calendar date decides; the weekday only opens the expression.
  let j = i + 1;
  if (tokens[j]?.text === ',') j++;
  const dated = monthPhraseAt(tokens, j);
  if (dated && (dated.spec.kind === 'dayOfYear' || dated.spec.kind === 'fixed')) return { ...dated, from };
  return withPartOfDay(tokens, { from, to: i + 1, spec: { kind: 'weekday', weekday, shift } });
}

/** "Friday morning", "yesterday afternoon": the part of the day stays inside the expression. */
function withPartOfDay(tokens: Token[], match: DateMatch): DateMatch {
  let j = match.to;
  if ((tokens[j]?.text === "'" || tokens[j]?.text === '’') && tokens[j + 1]?.lower === 's') j += 2;
  const part = tokens[j];
  if (part && PARTS_OF_DAY.has(part.lower)) return { ...match, to: j + 1 };
  return match;
}

function monthAt(tokens: Token[], i: number): Found<number> {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !isCapitalized(t)) return null;
  const month = MONTHS.get(t.lower);
  if (month === undefined) return null;
  let next = i + 1;
  if (isAbbreviation(t.lower) && tokens[next]?.text === '.' && touching(t, tokens[next])) next++;
  return { value: month, next };
}

/** "Jan", "Sept": short forms that take a period; "May", "June" and "July" are full names. */
function isAbbreviation(lower: string): boolean {
  return lower.length <= 4 && lower !== 'may' && lower !== 'june' && lower !== 'july';
}

function dayAt(tokens: Token[], i: number): Found<number> {
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

function yearAt(tokens: Token[], i: number): Found<number> {
  const t = tokens[i];
  if (!t || t.kind !== 'num' || t.text.length !== 4) return null;
  const year = +t.text;
  if (year < 1000 || year > 2199) return null;
  const after = tokens[i + 1];
  if (after && touching(t, after) && (after.kind === 'word' ? after.lower !== 's' : after.text === ',' || after.text === '.' ? tokens[i + 2]?.kind === 'num' && touching(after, tokens[i + 2]) : false)) return null;
  return { value: year, next: i + 1 };
}

/** "9:00 pm ET", "at 10 a.m.": only ever attached to a calendar day. */
function timeAt(tokens: Token[], i: number): Found<string> {
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

/** "January 3, 2026", "Jan. 3", "January 2026", "January"; and with a clock time after a full date. */
function monthPhraseAt(tokens: Token[], i: number): DateMatch | null {
  const month = monthAt(tokens, i);
  if (!month) return null;
  let j = month.next;
  const day = dayAt(tokens, j);
  if (day) {
    let k = day.next;
    if (tokens[k]?.text === ',') k++;
    const year = yearAt(tokens, k);
    if (year) return dayMatch(tokens, i, year.next, year.value, month.value, day.value);
    return dayMatch(tokens, i, day.next, null, month.value, day.value);
  }
  if (tokens[j]?.text === ',' || tokens[j]?.lower === 'of') j++;
  const year = yearAt(tokens, j);
  if (year) return { from: i, to: year.next, spec: { kind: 'fixed', value: `${pad(year.value, 4)}-${pad(month.value, 2)}` } };
  if (!monthAloneIsDate(tokens, i)) return null;
  return { from: i, to: month.next, spec: { kind: 'month', month: month.value, shift: null } };
}

function dayMatch(tokens: Token[], from: number, to: number, year: number | null, month: number, day: number): DateMatch {
  // "February 30": clearly meant as a date, but which one cannot be known.
  if (!isRealDay(year ?? 2000, month, day)) return { from, to, spec: { kind: 'vague' } };
  const time = timeAt(tokens, to);
  const end = time ? time.next : to;
  if (year === null) return { from, to: end, spec: { kind: 'dayOfYear', month, day, time: time?.value ?? null, shift: null } };
  const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}${time ? 'T' + time.value : ''}`;
  return { from, to: end, spec: { kind: 'fixed', value } };
}

/** A lone month name is a date only with date context: "in May", "since March" — not "May Ortiz said". */
function monthAloneIsDate(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const led = !!prev && (YEAR_LEAD_WORDS.has(prev.lower) || SHIFTS.has(prev.lower) || prev.text === '-');
  // "Johnson and May met": a name; "in May", "since March": a month.
  if (AMBIGUOUS_MONTHS.has(t.lower)) return !!prev && (MONTH_LEAD_WORDS.has(prev.lower) || SHIFTS.has(prev.lower));
  const after = tokens[i + 1];
  if (after && after.kind === 'word' && isCapitalized(after)) return led;
  return !isAbbreviation(t.lower) || (tokens[i + 1]?.text === '.' && touching(t, tokens[i + 1]));
}

/** Numbers that open a date: "2026-01-22", "3 January 2026", "1959", "the 1960s", "the 20th century". */
function numericAt(tokens: Token[], i: number): DateMatch | null {
  const t = tokens[i];
  const iso = isoDateAt(tokens, i);
  if (iso) return iso;
  const day = dayAt(tokens, i);
  if (day) {
    let j = day.next;
    if (tokens[j]?.lower === 'of') j++;
    const month = monthAt(tokens, j);
    if (month) {
      let k = month.next;
      if (tokens[k]?.text === ',') k++;
      const year = yearAt(tokens, k);
      return dayMatch(tokens, i, year ? year.next : month.next, year ? year.value : null, month.value, day.value);
    }
  }
  const century = centuryAt(tokens, i);
  if (century) return century;
  const ago = agoAt(tokens, i, +t.text);
  if (ago) return ago;
  if (t.text.length !== 4) return null;
  const after = tokens[i + 1];
  if (after && touching(t, after) && after.lower === 's' && t.text.endsWith('0')) {
    return { from: i, to: i + 2, spec: { kind: 'fixed', value: t.text.slice(0, 3) + 'X' } };
  }
  const year = yearAt(tokens, i);
  if (!year || !looksLikeYear(tokens, i)) return null;
  return { from: i, to: year.next, spec: { kind: 'fixed', value: t.text } };
}

/** "2026-01-22" and "1/22/2026". */
function isoDateAt(tokens: Token[], i: number): DateMatch | null {
  const [a, s1, b, s2, c] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (!c || !touching(a, s1) || !touching(s1, b) || !touching(b, s2) || !touching(s2, c)) return null;
  if (a.kind !== 'num' || b.kind !== 'num' || c.kind !== 'num' || s1.text !== s2.text) return null;
  let year: number, month: number, day: number;
  if (s1.text === '-' && a.text.length === 4 && b.text.length <= 2 && c.text.length <= 2) {
    [year, month, day] = [+a.text, +b.text, +c.text];
  } else if (s1.text === '/' && c.text.length === 4 && a.text.length <= 2 && b.text.length <= 2) {
    [year, month, day] = [+c.text, +a.text, +b.text];
  } else {
    return null;
  }
  return dayMatch(tokens, i, i + 5, year, month, day);
}

/** A four-digit number is a year unless it reads as a count or an amount: "$2000", "2000 people". */
function looksLikeYear(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && (prev.text === '$' || prev.text === '#' || prev.text === '€' || prev.text === '£' || prev.lower === 'no')) return false;
  if (prev && prev.kind === 'punct' && touching(prev, tokens[i]) && (prev.text === '.' || prev.text === ',') && tokens[i - 2]?.kind === 'num') return false;
  if (next && (next.text === '%' || next.lower === 'percent')) return false;
  if (!next || next.kind === 'punct') return true;
  if (prev && (YEAR_LEAD_WORDS.has(prev.lower) || DETERMINERS.has(prev.lower) || prev.text === '-' || prev.text === '–')) return true;
  // "1,500 soldiers" is written with a comma, but "1500 soldiers" happens: a plural noun after it counts.
  return !(next.kind === 'word' && next.lower === next.text && next.lower.length > 3 && next.lower.endsWith('s') && !next.lower.endsWith('ss'));
}

/** Words before "May" or "March" that make it the month. */
const MONTH_LEAD_WORDS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'through', 'during', 'before', 'after', 'early', 'late', 'mid', 'of',
]);

/** "a 1996 law", "the 1987 crash", "the company's 1989 results". */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 's', 'its', 'their', 'his', 'her']);

/** "the '60s". */
function decadeApostropheAt(tokens: Token[], i: number): DateMatch | null {
  const [num, s] = [tokens[i + 1], tokens[i + 2]];
  if (!num || num.kind !== 'num' || num.text.length !== 2 || !num.text.endsWith('0') || !touching(tokens[i], num)) return null;
  if (!s || s.lower !== 's' || !touching(num, s)) return null;
  const century = +num.text >= 30 ? '19' : '20';
  return { from: i, to: i + 3, spec: { kind: 'fixed', value: century + num.text[0] + 'X' } };
}

/** "two years ago", "11 days ago", "a year earlier". */
function agoAt(tokens: Token[], i: number, count: number): DateMatch | null {
  const unit = OFFSET_UNITS.get(tokens[i + 1]?.lower ?? '');
  const word = tokens[i + 2]?.lower;
  if (!unit || !(count > 0 && count < 1000)) return null;
  if (word === 'ago' || (word === 'earlier' && unit === 'year' && count === 1)) {
    return { from: i, to: i + 3, spec: { kind: 'offset', unit, amount: -count } };
  }
  return null;
}

/** "the 20th century" → 19XX. */
function centuryAt(tokens: Token[], i: number): DateMatch | null {
  const t = tokens[i];
  let n: number | undefined;
  let j = i + 1;
  if (t.kind === 'num' && ORDINAL_SUFFIXES.has(tokens[j]?.lower ?? '') && touching(t, tokens[j])) {
    n = +t.text;
    j++;
  } else if (t.kind === 'word') {
    n = ORDINAL_WORDS.get(t.lower);
  }
  if (n === undefined || n < 1 || n > 22 || tokens[j]?.lower !== 'century') return null;
  return { from: i, to: j + 1, spec: { kind: 'fixed', value: pad(n - 1, 2) + 'XX' } };
}

/** Word phrases: "the third quarter", "two weeks ago", "the past", "in recent years", "the end of the year". */
function phraseAt(tokens: Token[], i: number): DateMatch | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  const quarter = quarterAt(tokens, i);
  if (quarter) return quarter;
  const century = centuryAt(tokens, i);
  if (century) return century;
  const count = COUNT_WORDS.get(t.lower);
  if (count !== undefined) {
    const ago = agoAt(tokens, i, count);
    if (ago) return ago;
  }
  if (t.lower === 'the' && next) {
    if (next.lower === 'past' && !OFFSET_UNITS.has(tokens[i + 2]?.lower ?? '') && tokens[i + 2]?.kind !== 'num' && !COUNT_WORDS.has(tokens[i + 2]?.lower ?? '')) {
      return { from: i, to: i + 2, spec: { kind: 'fixed', value: 'PAST_REF' } };
    }
    if (next.lower === 'future') return { from: i, to: i + 2, spec: { kind: 'fixed', value: 'FUTURE_REF' } };
    if (next.lower === 'end' && tokens[i + 2]?.lower === 'of' && tokens[i + 3]?.lower === 'the' && (tokens[i + 4]?.lower === 'year' || tokens[i + 4]?.lower === 'month')) {
      return { from: i, to: i + 5, spec: { kind: 'vague' } };
    }
  }
  if ((t.lower === 'recent' || t.lower === 'coming') && next && PLURAL_SPANS.has(next.lower)) {
    return { from: i, to: i + 2, spec: { kind: 'fixed', value: t.lower === 'recent' ? 'PAST_REF' : 'FUTURE_REF' } };
  }
  if (t.lower === 'these' && next?.lower === 'days') return { from: i, to: i + 2, spec: { kind: 'fixed', value: 'PRESENT_REF' } };
  if (t.lower === 'the' && next?.lower === 'current') {
    const j = tokens[i + 2]?.lower === 'fiscal' ? i + 3 : i + 2;
    if (tokens[j]?.lower === 'year') return { from: i, to: j + 1, spec: { kind: 'offset', unit: 'year', amount: 0 } };
  }
  return spokenYearAt(tokens, i);
}

/** Years read out in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
function spokenYearAt(tokens: Token[], i: number): DateMatch | null {
  const t = tokens[i];
  const century = t.lower === 'nineteen' ? 1900 : t.lower === 'eighteen' ? 1800 : null;
  if (century !== null) {
    const tens = SPOKEN_TENS.get(tokens[i + 1]?.lower ?? '');
    if (tens === undefined) return null;
    let year = century + tens;
    let to = i + 2;
    const unit = COUNT_WORDS.get(tokens[i + 3]?.lower ?? '');
    if (tokens[i + 2]?.text === '-' && touching(tokens[i + 1], tokens[i + 2]) && unit !== undefined && unit < 10) {
      year += unit;
      to = i + 4;
    }
    return { from: i, to, spec: { kind: 'fixed', value: String(year) } };
  }
  if (t.lower === 'the' && tokens[i + 1]?.lower === 'year' && tokens[i + 2]?.lower === 'two' && tokens[i + 3]?.lower === 'thousand') {
    return { from: i, to: i + 4, spec: { kind: 'fixed', value: '2000' } };
  }
  return null;
}

const SPOKEN_TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** "the third quarter", "third-quarter", "the fourth quarter of 2025", "Q3", "the latest quarter",
 *  "the quarter" (the one just reported), "the year-earlier quarter". */
function quarterAt(tokens: Token[], i: number): DateMatch | null {
  const t = tokens[i];
  let j = i;
  if (t.lower === 'the') j++;
  let yearsBack = 0;
  if (tokens[j]?.lower === 'year' && tokens[j + 1]?.text === '-' && (tokens[j + 2]?.lower === 'earlier' || tokens[j + 2]?.lower === 'ago')) {
    yearsBack = 1;
    j += 3;
    const unit = tokens[j]?.lower;
    if (unit === 'quarter' || unit === 'period') return { from: i, to: j + 1, spec: { kind: 'quarter', quarter: 'latest', year: null, yearsBack } };
  }
  if (tokens[j]?.lower === 'fiscal') j++;
  const word = tokens[j];
  if (!word) return null;
  if (t.lower === 'the' && j === i + 1 && word.text === 'quarter' && tokens[j + 1]?.lower !== 'of' && !(tokens[j + 1]?.text === '-' && touching(word, tokens[j + 1]))) {
    return { from: i, to: j + 1, spec: { kind: 'quarter', quarter: 'latest', year: null, yearsBack } };
  }
  let quarter: number | 'latest' | undefined;
  if (word.lower === 'latest' || word.lower === 'most') {
    if (word.lower === 'most' && tokens[j + 1]?.lower === 'recent') j++;
    quarter = 'latest';
  } else {
    quarter = ORDINAL_WORDS.get(word.lower);
    if (quarter === undefined && word.kind === 'num' && ORDINAL_SUFFIXES.has(tokens[j + 1]?.lower ?? '')) {
      quarter = +word.text;
      j++;
    }
    if (quarter === undefined && word.lower === 'q' && tokens[j + 1]?.kind === 'num' && touching(word, tokens[j + 1])) {
      quarter = +tokens[j + 1].text;
      if (quarter >= 1 && quarter <= 4 && !touching(tokens[j + 1], tokens[j + 2])) return quarterYear(tokens, i, j + 2, quarter, yearsBack);
      return null;
    }
  }
  if (quarter === undefined || (typeof quarter === 'number' && (quarter < 1 || quarter > 4))) return null;
  j++;
  if (tokens[j]?.text === '-' && touching(tokens[j - 1], tokens[j])) j++;
  if (tokens[j]?.lower !== 'quarter') return null;
  return quarterYear(tokens, i, j + 1, quarter, yearsBack);
}

function quarterYear(tokens: Token[], from: number, to: number, quarter: number | 'latest', yearsBack: number): DateMatch {
  let year: number | null = null;
  let end = to;
  if (tokens[to]?.lower === 'of') {
    const y = yearAt(tokens, to + 1);
    if (y) [year, end] = [y.value, y.next];
  } else {
    const y = yearAt(tokens, to);
    if (y) [year, end] = [y.value, y.next];
  }
  return { from, to: end, spec: { kind: 'quarter', quarter, year, yearsBack } };
}
