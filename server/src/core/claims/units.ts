// What a figure measures: money ("$3 million", "9 million euros"), durations ("nearly 70 years", "seven
// decades", "a 70-year history") and ages ("94 years old", "94-year-old", "Ana Ruiz, 65,").
import { digitValue, smallNumber } from './numbers';
import type { LowerWord as Word } from './words';

export const DURATION_UNITS: ReadonlyMap<string, [string, number]> = new Map([
  ['year', ['year', 1]], ['years', ['year', 1]], ['decade', ['year', 10]], ['decades', ['year', 10]],
  ['century', ['year', 100]], ['centuries', ['year', 100]], ['month', ['month', 1]], ['months', ['month', 1]],
  ['week', ['week', 1]], ['weeks', ['week', 1]], ['day', ['day', 1]], ['days', ['day', 1]],
  ['hour', ['hour', 1]], ['hours', ['hour', 1]],
]);

const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([['$', 'usd'], ['€', 'eur'], ['£', 'gbp']]);

/** The currencies a sign writes ("usd", "eur", "gbp"). */
export const CURRENCY_UNITS: ReadonlySet<string> = new Set(CURRENCY_SIGNS.values());

/** The currency a sign stands for ("$" → "usd"), or undefined for any other character or none. */
export function currencyOfSign(sign: string | undefined): string | undefined {
  return sign === undefined ? undefined : CURRENCY_SIGNS.get(sign);
}
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollars', 'usd'], ['dollar', 'usd'], ['euros', 'eur'], ['euro', 'eur'], ['pounds', 'gbp'],
]);

/** "$3 million": the sign sits right before the first number word (hedges come before the sign). */
export function signStart(text: string, numberStart: number): number {
  return currencyOfSign(text[numberStart - 1]) ? numberStart - 1 : numberStart;
}

/** One hyphenated word: "94-year-old" (an age), "70-year" or "six-decade" (a duration). */
export function compoundUnit(word: Word | undefined): { value: number; unit: string } | null {
  if (!word) return null;
  const lower = word.lower;
  const dash = lower.indexOf('-');
  if (dash <= 0) return null;
  const head = lower.slice(0, dash);
  const rest = lower.slice(dash + 1);
  const n = digitValue(head) ?? smallNumber(head);
  if (n === null) return null;
  if (rest === 'year-old' || rest === 'years-old') return { value: n, unit: 'age' };
  const duration = DURATION_UNITS.get(rest);
  return duration ? { value: n * duration[1], unit: duration[0] } : null;
}

/** "Rosa Vidal, 65, said": a bare number between commas right after a capitalised name. */
export function isAgeAside(text: string, words: Word[], from: number, next: number): boolean {
  if (next !== from + 1) return false;
  const w = words[from];
  const prev = words[from - 1];
  if (!prev || !/^\d{1,3}$/.test(w.text)) return false;
  const before = text.slice(prev.end, w.start).trim();
  const after = text[w.end];
  const c = prev.text[0];
  return before === ',' && (after === ',' || after === ')' || after === '.' || after === ';') && c !== c.toLowerCase();
}
