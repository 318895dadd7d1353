// Character classes shared by the text scanners. Locale-independent: case is tested with the
// default (non-locale) case mappings. ASCII, Latin-1 symbols and general punctuation (curly quotes,
// dashes) take a fast path: most article text is made of them.

/** Latin-1 symbols (µ, which has case, aside) and U+2000–U+20FF punctuation: never cased letters. */
function isNonLetterFast(c: number): boolean {
  return (c < 0xc0 && c !== 0xb5) || (c >= 0x2000 && c <= 0x20ff);
}

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  if (isNonLetterFast(c)) return false;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  if (isNonLetterFast(c)) return false;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (isNonLetterFast(c)) return false;
  return ch.toLowerCase() !== ch.toUpperCase();
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Case of each UTF-16 code unit, learnt once per code on first sight: 1 upper, 2 lower, 3 other letter, 4 not a letter. */
const CASE_OF_CODE = new Uint8Array(0x10000);

function caseOfCode(c: number): number {
  let known = CASE_OF_CODE[c];
  if (known === 0) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    known = lower === upper ? 4 : ch === upper ? 1 : ch === lower ? 2 : 3;
    CASE_OF_CODE[c] = known;
  }
  return known;
}

/** isLetter on a character code, without building a string: for scanners that visit every character. */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // NaN (a position past either end) is no letter.
  return c < 0x10000 && !isNonLetterFast(c) && caseOfCode(c) !== 4;
}

/** isLower on a character code. */
export function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return c < 0x10000 && !isNonLetterFast(c) && caseOfCode(c) === 2;
}

/** isUpper on a character code. */
export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return c < 0x10000 && !isNonLetterFast(c) && caseOfCode(c) === 1;
}
