// Reads a number written in digits or words, starting at one word: "32", "1,000", "3.5", "ninety-nine",
// "two hundred and fifty", "a dozen", "3 million". Looks ahead a bounded number of words.
import type { LowerWord as Word } from './words';

export interface NumberReading {
  value: number;
  /** Index of the first word after the number. */
  next: number;
  /** Written in words only ("seven"), not digits. */
  inWords: boolean;
}

const UNITS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

/** "20", "ninety", "ninety-nine", "seven": a number below 100 in one word, or null. */
export function smallNumber(lower: string): number | null {
  const unit = UNITS.get(lower);
  if (unit !== undefined) return unit;
  const tens = TENS.get(lower);
  if (tens !== undefined) return tens;
  const dash = lower.indexOf('-');
  if (dash > 0) {
    const t = TENS.get(lower.slice(0, dash));
    const u = UNITS.get(lower.slice(dash + 1));
    if (t !== undefined && u !== undefined && u < 10) return t + u;
  }
  return null;
}

/**
 * "1,000" → 1000, "3.5" → 3.5; null unless the word is entirely a number. A second point makes a
 * version or a date ("4.1.7", "2030.02.14"), not a number.
 */
export function digitValue(text: string): number | null {
  let digits = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c >= '0' && c <= '9') digits += c;
    else if (c === '.' && i > 0 && i < text.length - 1 && !digits.includes('.')) digits += '.';
    else if (c !== ',' || i === 0 || i === text.length - 1) return null;
  }
  return digits ? Number(digits) : null;
}

export function readNumber(words: Word[], k: number): NumberReading | null {
  const first = words[k];
  if (!first) return null;
  const lower = first.lower;
  let value: number | null = digitValue(first.text);
  let inWords = false;
  let j = k + 1;
  if (value === null) {
    if ((lower === 'a' || lower === 'an') && words[j] && (SCALES.has(words[j].lower) || words[j].lower === 'dozen')) {
      value = 1;
    } else {
      value = smallNumber(lower);
    }
    if (value === null) return null;
    inWords = true;
  }
  // Words after the first: scales multiply ("3 million"), small numbers add ("two hundred fifty").
  let total = 0;
  let current = value;
  while (j < words.length && j < k + 8) {
    const w = words[j].lower;
    const scale = SCALES.get(w);
    if (scale !== undefined) {
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
      j++;
      continue;
    }
    if (w === 'dozen') {
      current *= 12;
      j++;
      continue;
    }
    if (!inWords) break;
    const joiner = w === 'and' && words[j + 1] ? smallNumber(words[j + 1].lower) : null;
    const small = joiner ?? smallNumber(w);
    if (small === null || current % 100 !== 0 || (current === 0 && total === 0)) break;
    current += small;
    j += joiner !== null ? 2 : 1;
  }
  return { value: total + current, next: j, inWords };
}
