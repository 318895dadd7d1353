// A single linear pass that cuts text into words, digit runs and single punctuation marks, keeping
// offsets. Date patterns then look a few tokens ahead, so scanning stays linear in the text length.

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  lower: string;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    let kind: TokenKind = 'punct';
    if (isLetter(c)) {
      kind = 'word';
      while (j < n && isLetter(text.charCodeAt(j))) j++;
    } else if (isDigit(c)) {
      kind = 'num';
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    }
    const t = text.slice(i, j);
    tokens.push({ kind, start: i, end: j, text: t, lower: kind === 'word' ? t.toLowerCase() : t });
    i = j;
  }
  return tokens;
}

/** True when nothing (not even a space) separates the two tokens. */
export function touching(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

export function isCapitalized(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}
