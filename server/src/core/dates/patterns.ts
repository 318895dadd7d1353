// Recognises one date expression starting at a token. Every pattern looks only a few tokens ahead,
// so trying them at every token keeps the whole scan linear.
import { pad } from './calendar';
import { dayFirstAt, isoDateAt, monthPhraseAt } from './days';
import { holidayAt } from './holidays';
import { COUNT_WORDS, MONTHS, OFFSET_UNITS, ORDINAL_WORDS, PARTS_OF_DAY, SEASONS, SHIFTS, WEEKDAYS } from './lexicon';
import { quarterAt } from './quarters';
import { yearAt, type DateMatch } from './readers';
import type { DateSpec, Shift } from './spec';
import { isCapitalized, touching, type Token } from './tokens';
import { agoAt, centuryAt, decadeApostropheAt, spokenYearAt, yearNumberAt } from './years';

const SPAN_MODIFIERS: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'earlier', 'later']);

const FIXED_WORDS: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['recently', 'PAST_REF'],
]);

const DAY_WORDS: ReadonlyMap<string, number> = new Map([['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1]]);

const PLURAL_SPANS: ReadonlySet<string> = new Set(['days', 'weeks', 'months', 'years']);

/** Words that can open a date expression; every other word is passed over with one lookup. */
const OPENERS: ReadonlySet<string> = new Set([
  ...SPAN_MODIFIERS, ...SHIFTS.keys(), ...WEEKDAYS.keys(), ...MONTHS.keys(), ...DAY_WORDS.keys(), ...FIXED_WORDS.keys(),
  ...ORDINAL_WORDS.keys(), ...COUNT_WORDS.keys(), 'christmas', 'halloween', 'thanksgiving', 'new', 'nineteen',
  'eighteen', 'fiscal', 'the', 'recent', 'coming', 'these', 'latest', 'most', 'q', 'year',
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
  return spec.kind === 'month' || spec.kind === 'offset' || spec.kind === 'weekday' || spec.kind === 'season' || spec.kind === 'weekend';
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
  if (holiday) return holidayWithYear(tokens, i, holiday) ?? { from: i, to: holiday.next, spec: holiday.spec };
  const dayWord = DAY_WORDS.get(t.lower);
  if (dayWord !== undefined) {
    return withPartOfDay(tokens, { from: i, to: i + 1, spec: { kind: 'offset', unit: 'day', amount: dayWord } });
  }
  const fixed = FIXED_WORDS.get(t.lower);
  if (fixed) return { from: i, to: i + 1, spec: { kind: 'fixed', value: fixed } };
  return phraseAt(tokens, i);
}

/** "New Year's Eve 2015", "Christmas 2016": a holiday with its year is a fixed day. */
function holidayWithYear(tokens: Token[], i: number, holiday: NonNullable<ReturnType<typeof holidayAt>>): DateMatch | null {
  const year = yearAt(tokens, holiday.next);
  if (!year || holiday.spec.kind !== 'dayOfYear') return null;
  const { month, day } = holiday.spec;
  return { from: i, to: year.next, spec: { kind: 'fixed', value: `${pad(year.value, 4)}-${pad(month, 2)}-${pad(day, 2)}` } };
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
  if (next.lower === 'quarter' && shift !== 'next') {
    return { from: i, to: i + 2, spec: { kind: 'quarter', quarter: shift === 'last' ? 'latest' : 'current', year: null, yearsBack: 0 } };
  }
  if (next.lower === 'weekend') return { from: i, to: i + 2, spec: { kind: 'weekend', shift } };
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

/** Numbers that open a date: "2026-01-22", "3 January 2026", "1959", "the 1960s", "the 20th century", "11 days ago". */
function numericAt(tokens: Token[], i: number): DateMatch | null {
  return isoDateAt(tokens, i) ?? dayFirstAt(tokens, i) ?? centuryAt(tokens, i) ?? agoAt(tokens, i, +tokens[i].text) ?? yearNumberAt(tokens, i);
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
    if (tokens[j]?.lower === 'quarter') return { from: i, to: j + 1, spec: { kind: 'quarter', quarter: 'current', year: null, yearsBack: 0 } };
  }
  if (t.lower === 'the' && next?.lower === 'weekend') return { from: i, to: i + 2, spec: { kind: 'weekend', shift: null } };
  return spokenYearAt(tokens, i);
}
