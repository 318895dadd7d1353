// Words of the scanned stretches, with what the name finder needs to know about each: case, whether it
// opens a sentence or a quotation, and whether only spaces separate it from the word before.
import { isUpperCode } from '../text/chars';
import { foldForMatch } from '../text/fold';
import type { ScanRange } from './scanRanges';

export interface Token {
  start: number;
  /** End of the name part: a possessive "'s" and a hyphenated lower-case suffix ("-based") are left out. */
  end: number;
  text: string;
  /** Folded lower-case form for lexicon lookups. */
  key: string;
  /** Starts with an upper-case letter, or is a name prefix like "al-" joined to one. */
  capitalised: boolean;
  /** Two or more letters, none lower-case ("NATO", "U.S."). */
  allCaps: boolean;
  /** Has a letter (not a bare number). */
  hasLetter: boolean;
  /** Has a lower-case letter. */
  hasLower: boolean;
  /** Opens a sentence, a line or a quotation, where any word is capitalised. */
  sentenceInitial: boolean;
  /** Only spaces (or " & ") separate it from the previous token on the same line. */
  joined: boolean;
  /** On a line written all in capitals or in title case: only lexicons and known names are trusted there. */
  shouting: boolean;
  /** "Florida-based" → "based": the name is a place. */
  suffix: string;
  /** Written with a possessive "'s": a name ends here. */
  possessive: boolean;
  /** Position in the article's token list. */
  index: number;
}

/** Abbreviations whose final dot belongs to the word ("Mr.", "Inc.", "St."). */
const DOTTED = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'gov', 'rep', 'gen', 'col', 'lt', 'sgt', 'capt', 'prof', 'st', 'jr', 'sr',
  'inc', 'corp', 'co', 'ltd', 'mt', 'ft', 'adm', 'maj', 'cmdr', 'rev', 'hon', 'no', 'vs', 'messrs', 'ave', 'blvd', 'bros']);

/** Hyphenated lower-case endings that turn the word before into a place ("Miami-based", "U.S.-led"). */
const PLACE_SUFFIXES = new Set(['based', 'born', 'led', 'backed', 'bound', 'owned', 'made', 'run', 'registered', 'flagged']);

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'and', 'or', 'with', 'from', 'as', 'is', 'but', 'vs', 'vs.']);

/**
 * Words are letters and digits with inner hyphens, apostrophes, dots and ampersands ("Díaz-Canel",
 * "O'Neill", "U.S", "AT&T"), found by one pass over the characters.
 */
export function tokensOf(text: string, ranges: ScanRange[]): Token[] {
  const tokens: Token[] = [];
  for (const range of ranges) {
    let lineTokens: Token[] = [];
    let previousEnd = range.start;
    let i = range.start;
    while (i < range.end) {
      if (!startsWord(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      let rawEnd = wordEnd(text, i, range.end);
      if (text.charCodeAt(rawEnd) === 46 /* . */ && rawEnd < range.end && takesDot(text, start, rawEnd)) rawEnd++;
      const gap = gapKind(text, previousEnd, start);
      if (gap === Gap.NewLine) {
        markShouting(lineTokens, range.heading === true);
        lineTokens = [];
      }
      const first = previousEnd === range.start;
      const opens = first ? !range.continues : gap === Gap.NewLine || gap === Gap.SentenceEnd;
      const token = makeToken(text, start, rawEnd, opens, !first && gap === Gap.Spaces);
      previousEnd = rawEnd;
      i = rawEnd;
      if (token === null) continue;
      token.index = tokens.length;
      tokens.push(token);
      lineTokens.push(token);
    }
    markShouting(lineTokens, range.heading === true);
  }
  return tokens;
}

/** What lies between two words. */
const enum Gap {
  /** Only spaces, or spaces around one ampersand: the words may belong to one name. */
  Spaces,
  /** A line break. */
  NewLine,
  /** A sentence end, colon or opening quotation mark: the next word's capital says nothing. */
  SentenceEnd,
  /** Other punctuation. */
  Punctuation,
}

function gapKind(text: string, from: number, to: number): Gap {
  let kind = from < to ? Gap.Spaces : Gap.Punctuation;
  let ampersands = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return Gap.NewLine;
    if (c === 32 || c === 9 || c === 0xa0) continue;
    if (c === 38 && ++ampersands === 1 && kind === Gap.Spaces) continue;
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 0x201c || c === 0xab || c === 0x2018) kind = Gap.SentenceEnd;
    else if ((c === 34 || c === 39) && (i === from || isSpaceOrParen(text.charCodeAt(i - 1)))) kind = Gap.SentenceEnd;
    else if (kind === Gap.Spaces) kind = Gap.Punctuation;
  }
  return kind === Gap.Spaces && ampersands === to - from ? Gap.Punctuation : kind;
}

function isSpaceOrParen(c: number): boolean {
  return c === 32 || c === 9 || c === 40;
}

/** Letters, combining marks and digits; every other character ends or separates words. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const wordCharCache = new Uint8Array(0x10000);

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (wordCharCache[c] === 0) wordCharCache[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return wordCharCache[c] === 1;
}

function startsWord(c: number): boolean {
  if (c < 128) return isWordChar(c);
  return isWordChar(c) && LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** Hyphens, apostrophes, dots and ampersands join word characters on both sides. */
function isJoiner(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019 || c === 46 || c === 38;
}

function wordEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (isWordChar(c)) j++;
    else if (isJoiner(c) && j + 1 < end && isWordChar(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  return j;
}

function takesDot(text: string, start: number, end: number): boolean {
  if (end - start === 1) return isUpperCode(text.charCodeAt(start));
  if (end - start > 5) return false;
  const word = text.slice(start, end);
  return word.includes('.') || DOTTED.has(word.toLowerCase());
}

function makeToken(text: string, start: number, rawEnd: number, opens: boolean, joined: boolean): Token | null {
  let end = rawEnd;
  let word = text.slice(start, end);
  let suffix = '';
  const hyphen = lastHyphen(word);
  const ending = hyphen > 0 ? word.slice(hyphen + 1) : '';
  if (PLACE_SUFFIXES.has(ending)) {
    suffix = ending;
    end = start + hyphen;
    word = word.slice(0, hyphen);
  }
  const apostrophe = word.charCodeAt(word.length - 2);
  const possessive = word.length > 2 && (apostrophe === 39 || apostrophe === 0x2019) && (word.endsWith('s') || word.endsWith('S'));
  if (possessive) {
    end -= 2;
    word = word.slice(0, -2);
  }
  if (word.length === 0) return null;
  const counts = letterCounts(word);
  const upper = counts & COUNT_MASK;
  const lower = (counts >>> COUNT_BITS) & COUNT_MASK;
  const hasDigit = counts >>> (2 * COUNT_BITS) !== 0;
  const capitalised = (isUpperCode(word.charCodeAt(0)) && !hasDigit && !hasLowerSuffix(word)) || hasNamePrefix(word);
  return {
    start,
    end,
    text: word,
    key: foldForMatch(word),
    capitalised,
    allCaps: upper + lower >= 2 && lower === 0,
    hasLetter: upper + lower > 0,
    hasLower: lower > 0,
    sentenceInitial: opens,
    joined,
    shouting: false,
    suffix,
    possessive,
    index: 0,
  };
}

/** Letter counts packed in one number (no object per token): upper, lower, then whether any digit. */
const COUNT_BITS = 14;
const COUNT_MASK = (1 << COUNT_BITS) - 1;

function letterCounts(word: string): number {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 48 && c <= 57) digit = 1;
    else if (c > 127) {
      const ch = word[i];
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  // Words longer than the mask allows only ever need "two or more" and "none": the counts saturate.
  return Math.min(upper, COUNT_MASK) | (Math.min(lower, COUNT_MASK) << COUNT_BITS) | (digit << (2 * COUNT_BITS));
}

function lastHyphen(word: string): number {
  if (word.indexOf('-') < 0 && word.indexOf('\u2010') < 0 && word.indexOf('\u2011') < 0) return -1;
  return Math.max(word.lastIndexOf('-'), word.lastIndexOf('\u2010'), word.lastIndexOf('\u2011'));
}

/**
 * "AI-generated", "Venezuelan-ties": a compound ending in a lower-case word is not a name. Two-letter
 * endings are syllables of given names ("Jae-in", "Song-ho").
 */
function hasLowerSuffix(word: string): boolean {
  const dash = lastHyphen(word);
  return dash > 0 && word.length - dash - 1 >= 3 && !isUpperCode(word.charCodeAt(dash + 1));
}

/** Arabic articles and kin joined by a hyphen to a name. */
const NAME_PREFIXES = new Set(['al', 'el', 'ad', 'as', 'ash', 'az', 'abu']);

/** "al-Sadr", "el-Sisi": a lower-case Arabic article joined to a capitalised name. */
function hasNamePrefix(word: string): boolean {
  const dash = word.indexOf('-');
  return dash > 0 && dash <= 3 && NAME_PREFIXES.has(word.slice(0, dash)) && isUpperCode(word.charCodeAt(dash + 1));
}

/**
 * Headlines and credits written in capitals, and title-case headlines, say nothing by their case:
 * their words are matched case-insensitively against lexicons and names found elsewhere.
 */
function markShouting(line: Token[], heading: boolean): void {
  let lower = 0;
  let words = 0;
  let capitalised = 0;
  let letters = 0;
  for (let k = 0; k < line.length; k++) {
    const t = line[k];
    if (!t.hasLetter) continue;
    letters++;
    if (t.hasLower) lower++;
    if (SMALL_WORDS.has(t.key)) continue;
    words++;
    if (t.capitalised) capitalised++;
  }
  const allCaps = letters > 0 && lower === 0 && line.some((t) => t.allCaps);
  const titleCase = heading && words >= 3 && capitalised >= words - 1 && line.filter((t) => !t.capitalised && !SMALL_WORDS.has(t.key)).length <= 1 && capitalised / words >= 0.85;
  if (allCaps || titleCase) for (let k = 0; k < line.length; k++) line[k].shouting = true;
  else markShoutedPhrases(line);
}

/** Inside mixed-case text, two or more words in capitals ("BEFORE IT IS TOO LATE", "GETTY IMAGES") shout too. */
function markShoutedPhrases(line: Token[]): void {
  for (let i = 0; i < line.length; ) {
    let j = i;
    while (j < line.length && line[j].allCaps) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) line[k].shouting = true;
    i = Math.max(j, i + 1);
  }
}
