// Holidays that name a day of the year: "Christmas", "New Year's Eve", "Thanksgiving Day".
import type { DateSpec } from './spec';
import { isCapitalized, touching, type Token } from './tokens';

type HolidaySpec = Extract<DateSpec, { kind: 'dayOfYear' | 'nthWeekday' }>;

const HOLIDAYS: ReadonlyMap<string, { day?: HolidaySpec; eve?: HolidaySpec }> = new Map([
  ['christmas', { day: { kind: 'dayOfYear', month: 12, day: 25, time: null, shift: null }, eve: { kind: 'dayOfYear', month: 12, day: 24, time: null, shift: null } }],
  ['halloween', { day: { kind: 'dayOfYear', month: 10, day: 31, time: null, shift: null } }],
  // United States Thanksgiving: the fourth Thursday of November.
  ['thanksgiving', { day: { kind: 'nthWeekday', month: 11, weekday: 4, n: 4, shift: null } }],
]);

const NEW_YEARS_DAY: HolidaySpec = { kind: 'dayOfYear', month: 1, day: 1, time: null, shift: null };
const NEW_YEARS_EVE: HolidaySpec = { kind: 'dayOfYear', month: 12, day: 31, time: null, shift: null };

/** The holiday named at token i, with the token after it; null when there is none. */
export function holidayAt(tokens: Token[], i: number): { spec: HolidaySpec; next: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !isCapitalized(t)) return null;
  const known = HOLIDAYS.get(t.lower);
  if (known) {
    const after = tokens[i + 1];
    if (after?.text === 'Eve' && known.eve) return { spec: known.eve, next: i + 2 };
    if (after?.text === 'Day' && known.day) return { spec: known.day, next: i + 2 };
    return known.day ? { spec: known.day, next: i + 1 } : null;
  }
  // "New Year's Day", "New Year's Eve"
  if (t.text !== 'New' || tokens[i + 1]?.text !== 'Year') return null;
  let j = i + 2;
  if ((tokens[j]?.text === "'" || tokens[j]?.text === '’') && tokens[j + 1]?.lower === 's' && touching(tokens[j], tokens[j + 1])) j += 2;
  if (tokens[j]?.text === 'Day') return { spec: NEW_YEARS_DAY, next: j + 1 };
  if (tokens[j]?.text === 'Eve') return { spec: NEW_YEARS_EVE, next: j + 1 };
  return null;
}
