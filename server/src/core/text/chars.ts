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
