// Character classes shared by the text scanners. Locale-independent: case is tested with the
// default (non-locale) case mappings.

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Letters, digits, and the marks that continue a word: apostrophes and hyphens between letters. */
export function isWordChar(ch: string | undefined): boolean {
  return isLetter(ch) || isDigit(ch);
}

export const OPENING_QUOTES = '"“‘\'«';
export const CLOSING_QUOTES = '"”’\'»';
