// Folding of names and quoted words so that spellings from different outlets compare equal:
// accents, case, apostrophe and quote styles, and contractions ("it's" = "it is").

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-cases and strips accents: "Díaz" → "diaz". */
export function foldAccents(s: string): string {
  // Most words are plain ASCII: skip the costly Unicode normalisation for them.
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) return s.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
  }
  return s.toLowerCase();
}

/** True when the string carries any accented letter. */
export function hasAccents(s: string): boolean {
  return s.normalize('NFD') !== s.normalize('NFD').replace(COMBINING_MARKS, '');
}

export function isWordChar(code: number): boolean {
  // ASCII fast path, then any Unicode letter or digit.
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  if (code < 128) return false;
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code));
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018;
}

/**
 * A name as a comparison key: accents and case folded, dots dropped ("U.S." → "us"), apostrophes
 * dropped, other punctuation except inner hyphens turned into spaces.
 */
export function foldName(name: string): string {
  const folded = foldAccents(name);
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code === 46 || isApostrophe(code)) continue;
    if (isWordChar(code) || (code === 45 && out !== '' && !pendingSpace && i + 1 < folded.length && isWordChar(folded.charCodeAt(i + 1)))) {
      if (pendingSpace && out !== '') out += ' ';
      pendingSpace = false;
      out += folded[i];
    } else {
      pendingSpace = true;
    }
  }
  return out;
}

/** One word of a quote after folding. Expanded contractions give several words with the same span. */
export interface FoldedWord {
  word: string;
  start: number;
  end: number;
  /** True when this word came from expanding a contraction ("it's" → "it", "is"). */
  contracted: boolean;
}

const IS_CONTRACTIONS = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how']);
// Maps, not object literals: the keys come from the text, and "it'constructor" must find nothing.
const SUFFIXES: ReadonlyMap<string, string> = new Map([['re', 'are'], ['ll', 'will'], ['ve', 'have'], ['m', 'am'], ['d', 'would']]);
const NOT_IRREGULAR: ReadonlyMap<string, string> = new Map([['can', 'can'], ['won', 'will'], ['shan', 'shall'], ['ain', 'is']]);

/** Expands one folded word with a straight apostrophe into the words it stands for, or null. */
function expandContraction(word: string): string[] | null {
  const at = word.lastIndexOf("'");
  if (at <= 0 || at === word.length - 1) return null;
  const base = word.slice(0, at);
  const suffix = word.slice(at + 1);
  if (suffix === 't' && base.endsWith('n')) {
    return [NOT_IRREGULAR.get(base) ?? base.slice(0, -1), 'not'];
  }
  if (suffix === 's') {
    if (base === 'let') return ['let', 'us'];
    return IS_CONTRACTIONS.has(base) ? [base, 'is'] : null;
  }
  const full = SUFFIXES.get(suffix);
  return full ? [base, full] : null;
}

/** Where the word starting at `from` ends: letters and digits, with apostrophes inside ("it's"). */
export function wordEnd(text: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) i++;
    else if (isApostrophe(code) && i + 1 < end && isWordChar(text.charCodeAt(i + 1)) && i > from) i++;
    else break;
  }
  return i;
}

/** Visits the folded words of a text span in order; a contraction visits each word it stands for. */
export function eachFoldedWord(text: string, start: number, end: number, visit: (word: string, from: number, to: number, contracted: boolean) => void): void {
  let i = start;
  while (i < end) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    i = wordEnd(text, from, end);
    const surface = foldAccents(text.slice(from, i)).replace(/[\u2019\u2018]/g, "'");
    const expanded = expandContraction(surface);
    if (expanded) for (const word of expanded) visit(word, from, i, true);
    else visit(surface.replace(/'/g, ''), from, i, false);
  }
}

/** The words of a text span, folded for comparison, with offsets into the original text. */
export function foldedWords(text: string, start = 0, end = text.length): FoldedWord[] {
  const words: FoldedWord[] = [];
  eachFoldedWord(text, start, end, (word, from, to, contracted) => words.push({ word, start: from, end: to, contracted }));
  return words;
}

/** Text with quote and apostrophe styles unified and whitespace collapsed, for "identical" checks. */
export function normaliseQuoting(text: string): string {
  const unified = text
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/\s+/g, ' ');
  return trimEdgePunctuation(unified);
}

const EDGE_PUNCTUATION = new Set([' ', '"', "'", ',', '.', ';', ':', '!', '?']);

/** Drops the punctuation an attribution forces at a quote's edges ("late," / "late."). */
function trimEdgePunctuation(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && EDGE_PUNCTUATION.has(text[from]!)) from++;
  while (to > from && EDGE_PUNCTUATION.has(text[to - 1]!)) to--;
  return text.slice(from, to);
}
