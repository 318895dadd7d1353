// Calendar days and months: "January 3, 2026", "3 January", "Jan. 11", "January 2026", "2026-01-22".
import { isRealDay, pad } from './calendar';
import { AMBIGUOUS_MONTHS, SHIFTS, YEAR_LEAD_WORDS } from './lexicon';
import { dayAt, isAbbreviation, monthAt, timeAt, yearAt, type DateMatch } from './readers';
import { isCapitalized, touching, type Token } from './tokens';

/** "January 3, 2026", "Jan. 3", "January 2026", "January"; and with a clock time after a full date. */
export function monthPhraseAt(tokens: Token[], i: number): DateMatch | null {
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

/** Words before "May" or "March" that make it the month. */
const MONTH_LEAD_WORDS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'through', 'during', 'before', 'after', 'early', 'late', 'mid', 'of',
]);

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

/** "2026-01-22" and "1/22/2026". */
export function isoDateAt(tokens: Token[], i: number): DateMatch | null {
  const a = tokens[i];
  const s1 = tokens[i + 1];
  const b = tokens[i + 2];
  const s2 = tokens[i + 3];
  const c = tokens[i + 4];
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

/** "3 January 2026", "3rd of January": day first. */
export function dayFirstAt(tokens: Token[], i: number): DateMatch | null {
  const day = dayAt(tokens, i);
  if (!day) return null;
  let j = day.next;
  if (tokens[j]?.lower === 'of') j++;
  const month = monthAt(tokens, j);
  if (!month) return null;
  let k = month.next;
  if (tokens[k]?.text === ',') k++;
  const year = yearAt(tokens, k);
  return dayMatch(tokens, i, year ? year.next : month.next, year ? year.value : null, month.value, day.value);
}
