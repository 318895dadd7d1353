// The words of a sentence with their lower-case forms, computed once and shared by the claim readers.
// Same word rules as text/words ("don't", "Díaz-Canel", "1,000", "3.5" are one word each), in a single
// pass on character codes: claim reading touches every word of the article, so this is its hot loop.
import { isLetterCode } from '../text/chars';
import type { Word } from '../text/words';

export interface LowerWord extends Word {
  lower: string;
}

export function lowerWordsOf(text: string, start: number, end: number): LowerWord[] {
  const words: LowerWord[] = [];
  let i = start;
  while (i < end) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const wordStart = i;
    i = wordEnd(text, i, end);
    while (joins(text, i, end)) i = wordEnd(text, i + 1, end);
    const t = text.slice(wordStart, i);
    words.push({ start: wordStart, end: i, text: t, lower: t.toLowerCase() });
  }
  return words;
}

function wordEnd(text: string, i: number, end: number): number {
  while (i < end && isWordChar(text, i)) i++;
  return i;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (c >= 0x300 && c <= 0x36f) || isLetterAt(text, i);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterAt(text: string, i: number): boolean {
  return isLetterCode(text.charCodeAt(i));
}

const INNER_JOINERS = "'’-‐‑";

/** True when the character at `i` joins the word before it to the word after it. */
function joins(text: string, i: number, end: number): boolean {
  if (i + 1 >= end) return false;
  const code = text.charCodeAt(i);
  // Most words end at a space: answer that without building a one-character string.
  if (code === 32 || code === 10) return false;
  const c = text[i];
  if (INNER_JOINERS.includes(c)) {
    return isLetterAt(text, i - 1) ? isLetterAt(text, i + 1) : isDigitCode(text.charCodeAt(i - 1)) && isLetterAt(text, i + 1);
  }
  if (c === '.' || c === ',') return isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1));
  return false;
}

/** True when only white space lies in text[from, to): the two words around it belong together. */
export function blankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}
