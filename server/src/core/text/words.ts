// Words with their offsets. A word is a run of letters and digits, joined across inner apostrophes
// ("don't", "Liora’s"), hyphens ("Núñez-Roca") and decimal or thousands separators ("3.5", "1,000").
import { isDigit, isLetter } from './chars';

export interface Word {
  start: number;
  end: number;
  text: string;
}

const INNER_JOINERS = "'’-‐‑";

export function wordsOf(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    if (!isWordStart(text, i)) {
      i++;
      continue;
    }
    const wordStart = i;
    i = advanceInWord(text, i, end);
    while (joins(text, i, end)) i = advanceInWord(text, i + 1, end);
    words.push({ start: wordStart, end: i, text: text.slice(wordStart, i) });
  }
  return words;
}

function isWordStart(text: string, i: number): boolean {
  return isLetter(text[i]) || isDigit(text[i]) || isMark(text.charCodeAt(i));
}

function advanceInWord(text: string, i: number, end: number): number {
  while (i < end && isWordStart(text, i)) i++;
  return i;
}

/** True when the character at `i` joins the word before it to the word after it. */
function joins(text: string, i: number, end: number): boolean {
  if (i + 1 >= end) return false;
  const c = text[i];
  const next = text[i + 1];
  if (INNER_JOINERS.includes(c)) return isLetter(text[i - 1]) ? isLetter(next) : isDigit(text[i - 1]) && isLetter(next);
  if (c === '.' || c === ',') return isDigit(text[i - 1]) && isDigit(next);
  return false;
}

/** Combining marks belong to the word of the letter they decorate ("e\u0301"). */
function isMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}
