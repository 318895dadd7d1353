// Places in an order that outlets report as figures: the lap of a race ("lap 20", "the 28th lap") and
// a finishing position ("finished third", "in 3rd place"). Other ordinals ("the 3rd crew") are not.
import { digitValue } from './numbers';
import type { LowerWord as Word } from './words';

const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14],
  ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
]);

/** Verbs after which an ordinal is where someone finished: "finished third", "came 2nd". */
const PLACING_VERBS: ReadonlySet<string> = new Set(['finished', 'finishing', 'finishes', 'came', 'placed', 'qualified', 'started']);
const PLACE_NOUNS: ReadonlySet<string> = new Set(['place', 'position']);

/** "28th" → 28, "third" → 3; null for anything else. */
export function ordinalValue(lower: string): number | null {
  const named = ORDINAL_WORDS.get(lower);
  if (named !== undefined) return named;
  const suffix = lower.slice(-2);
  if (suffix !== 'st' && suffix !== 'nd' && suffix !== 'rd' && suffix !== 'th') return null;
  const value = digitValue(lower.slice(0, -2));
  return value !== null && Number.isInteger(value) ? value : null;
}

export interface OrderedFigure {
  value: number;
  unit: 'lap' | 'position';
  /** Word indexes of the figure's first word and of the word after it. */
  from: number;
  next: number;
}

/** A lap or position starting at word k: "lap 20", "28th lap", "3rd place", or the ordinal of "finished third". */
export function orderedAt(words: Word[], k: number): OrderedFigure | null {
  const w = words[k]!;
  if (w.lower === 'lap') {
    const n = words[k + 1] ? digitValue(words[k + 1]!.text) : null;
    return n !== null && Number.isInteger(n) ? { value: n, unit: 'lap', from: k, next: k + 2 } : null;
  }
  const value = ordinalValue(w.lower);
  if (value === null) return null;
  const after = words[k + 1]?.lower ?? '';
  if (after === 'lap') return { value, unit: 'lap', from: k, next: k + 2 };
  if (PLACE_NOUNS.has(after)) return { value, unit: 'position', from: k, next: k + 2 };
  if (PLACING_VERBS.has(words[k - 1]?.lower ?? '')) return { value, unit: 'position', from: k, next: k + 1 };
  return null;
}

/** Whether a word may open a lap or position, for the quick test of where a figure may start. */
export function mayOpenOrdered(lower: string): boolean {
  return lower === 'lap' || ordinalValue(lower) !== null;
}
