// Numbers that are not quantities: years, clock times, ordinals, labels ("Section 230") and model
// names ("F-35"). Figures are read only from the numbers that pass.
import { SCALES, type NumberReading } from './numbers';
import { currencyOfSign } from './units';
import type { LowerWord as Word } from './words';

/** Words before a number that make it a label, not a quantity: "No. 3", "Section 230", "Flight 17". */
const LABEL_WORDS: ReadonlySet<string> = new Set([
  'no', 'number', 'article', 'section', 'chapter', 'route', 'highway', 'flight', 'page', 'room', 'apartment',
  'interstate', 'resolution', 'amendment', 'level', 'category', 'phase', 'version', 'vol', 'grade', 'class', 'part',
  'title', 'ward', 'district', 'precinct', 'stage', 'gate', 'platform', 'line', 'round', 'game', 'group', 'unit',
  'model', 'covid', 'episode', 'season', 'act', 'bill', 'item', 'step', 'exhibit', 'lot', 'block', 'floor',
]);

/** "7 p.m.", "3 am": an hour, not a count. */
function isClockTime(words: Word[], k: number): boolean {
  const next = words[k + 1]?.lower;
  return next === 'am' || next === 'pm' || ((next === 'a' || next === 'p') && words[k + 2]?.lower === 'm');
}

/** Not a quantity: years, times, ordinals, labels ("Section 230"), model names ("F-35"). */
export function isQuantity(text: string, words: Word[], k: number, number: NumberReading): boolean {
  const w = words[k];
  if (number.inWords) return true;
  const afterChar = text[w.end];
  if (afterChar === ':' && /[0-9]/.test(text[w.end + 1] ?? '')) return false;
  if (isClockTime(words, k)) return false;
  const lastChar = w.text[w.text.length - 1];
  if (lastChar < '0' || lastChar > '9') return false;
  const beforeChar = text[w.start - 1];
  if ((beforeChar === '-' || beforeChar === '/' || beforeChar === ':' || beforeChar === '#') && !currencyOfSign(text[w.start - 2])) return false;
  if (afterChar === '/' || (afterChar === '-' && /[0-9]/.test(text[w.end + 1] ?? ''))) return false;
  const prev = words[k - 1];
  if (prev && LABEL_WORDS.has(prev.lower) && text.slice(prev.end, w.start).trim().replace('.', '') === '') return false;
  if (isYearLike(w, number) && !currencyOfSign(beforeChar) && number.next === k + 1 && text[w.end] !== '%') return false;
  return !SCALES.has(w.lower);
}

/** Four digits from 1000 to 2199 ("1996", "2015"): a number that may be a year. */
export function isYearLike(w: Word, number: NumberReading): boolean {
  return /^\d{4}$/.test(w.text) && number.value >= 1000 && number.value <= 2199;
}
