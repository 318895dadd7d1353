// Words with their offsets. A word is a run of letters and digits, joined across inner apostrophes
// ("don't", "Liora’s"), hyphens ("Núñez-Roca") and decimal or thousands separators ("3.5", "1,000").
import { isLetterCode } from './chars';

export interface Word {
  start: number;
  end: number;
  text: string;
}

export function wordsOf(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = [];
  eachWord(text, start, end, (from, to) => words.push({ start: from, end: to, text: text.slice(from, to) }));
  return words;
}

/** Visits the words of [start, end) in order, by offsets: for callers that build their own records. */
export function eachWord(text: string, start: number, end: number, visit: (start: number, end: number) => void): void {
  let i = start;
  while (i < end) {
    if (!isWordStart(text, i)) {
      i++;
      continue;
    }
    const wordStart = i;
    i = wordEndFrom(text, i, end);
    visit(wordStart, i);
  }
}

/** How many words [start, end) holds, counting no further than `atMost`: for callers asking "a few, or more?". */
export function wordCountUpTo(text: string, start: number, end: number, atMost: number): number {
  let count = 0;
  let i = start;
  while (i < end && count < atMost) {
    if (!isWordStart(text, i)) {
      i++;
      continue;
    }
    i = wordEndFrom(text, i, end);
    count++;
  }
  return count;
}

/** End of the word starting at `i` (where isWordStart holds): for scanners that build their own records. */
export function wordEndFrom(text: string, i: number, end: number): number {
  i = advanceInWord(text, i, end);
  while (joins(text, i, end)) i = advanceInWord(text, i + 1, end);
  return i;
}

export function isWordStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isLetterCode(c) || isDigitCode(c) || isMark(c);
}

function advanceInWord(text: string, i: number, end: number): number {
  while (i < end && isWordStart(text, i)) i++;
  return i;
}

/** True when the character at `i` joins the word before it to the word after it. */
function joins(text: string, i: number, end: number): boolean {
  if (i + 1 >= end) return false;
  const c = text.charCodeAt(i);
  // Most words end at a space: answered from the code alone.
  if (c === 32 || c === 10) return false;
  const before = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  if (isInnerJoiner(c)) return isLetterCode(before) ? isLetterCode(next) : isDigitCode(before) && isLetterCode(next);
  if (c === 46 || c === 44) return isDigitCode(before) && isDigitCode(next);
  return false;
}

/** Apostrophes and hyphens: ' ’ - ‐ ‑ */
function isInnerJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Combining marks belong to the word of the letter they decorate ("e\u0301"). */
function isMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}
