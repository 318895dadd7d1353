// Whether a quoted passage is a full utterance (direct), a few words woven into the writer's sentence
// (fragment), or a word or two held at arm's length (scare quotes: an ‘Anti-Imperialist’ protest).
import type { QuoteKind } from '../types';
import { isLetter, isLower, isUpper } from '../text/chars';
import { wordCountUpTo } from '../text/words';
import type { QuotedPassage } from './marks';

const END_PUNCTUATION = '.!?…,;:—–-';

export function quoteKind(text: string, passage: QuotedPassage, sentenceStart: number): QuoteKind {
  if (inTitleCase(text.slice(passage.start, passage.end))) return 'scare';
  const words = wordCountUpTo(text, passage.start, passage.end, 4);
  const endsPunctuated = END_PUNCTUATION.includes(text[passage.end - 1]);
  const capitalised = startsCapitalised(text, passage);
  const introduced = onlyMarkupBetween(text, sentenceStart, passage.open) || introducedByPunctuation(text, passage.open);
  if (words <= 3) {
    if (capitalised && (endsPunctuated || introduced)) return 'direct';
    return endsPunctuated || afterThat(text, passage.open) ? 'fragment' : 'scare';
  }
  if (!capitalised) return introduced && endsPunctuated ? 'direct' : 'fragment';
  if (endsPunctuated || introduced) return 'direct';
  return continuesInLowerCase(text, passage.close) ? 'fragment' : 'direct';
}

/** Short words a title leaves in lower case ("Turn Left at Orion", "An Evening with the Stars"). */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'nor', 'with', 'by', 'from', 'as', 'vs', 'via', 'into', 'upon']);
const LONGEST_TITLE = 12;

/**
 * Every word capitalised but the small ones, in mixed case: the name of a song, film, book, talk, zone
 * or sign ("Space Oddity", "How Massive Can Stars Be?", "Women's Safety Area"), not words anyone said.
 * All capitals are a shout, not a title ("BEFORE IT IS TOO LATE"); two sentences are not one title.
 */
export function inTitleCase(quoted: string): boolean {
  if (/[.!?]\s+\S/.test(quoted)) return false;
  const words = quoted.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > LONGEST_TITLE) return false;
  let capitalised = 0;
  let lowerLetters = false;
  for (const word of words) {
    if (isUpper(word[0])) capitalised++;
    else if (!TITLE_SMALL_WORDS.has(word)) return false;
    if (/\p{Ll}/u.test(word)) lowerLetters = true;
  }
  return capitalised >= 2 && lowerLetters;
}

/** Words that set a noun phrase going: quoted words right after one are what the writer calls a thing. */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'its', 'their']);

/**
 * A phrase the writer borrows to name a thing, with no sign that anyone said it: quoted words after a
 * determiner, not closed by punctuation ("drills for a “war of the whole nation”", "designated the
 * “Cartel of the Suns” a terrorist group", "This “sharp rise in tolls” worries …"). Read as a label
 * only when no cue names a speaker nearby.
 */
export function isLabel(text: string, passage: QuotedPassage): boolean {
  if (END_PUNCTUATION.includes(text[passage.end - 1])) return false;
  let end = passage.open;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && isLetter(text[start - 1])) start--;
  return start < end && DETERMINERS.has(text.slice(start, end).toLowerCase());
}

/** "warned that “no more money” would come": quoted words opening a reported clause are said, not labelled. */
function afterThat(text: string, open: number): boolean {
  let i = open - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return text.slice(i - 4, i + 1).toLowerCase() === ' that' || (i === 3 && text.slice(0, 4).toLowerCase() === 'that');
}

function startsCapitalised(text: string, passage: QuotedPassage): boolean {
  for (let i = passage.start; i < passage.end; i++) {
    if (isUpper(text[i])) return true;
    if (isLower(text[i])) return false;
  }
  return false;
}

/** After the closing mark the writer's sentence goes on in lower case: "… would be sent". */
function continuesInLowerCase(text: string, close: number): boolean {
  let i = close + 1;
  while (i < text.length && text[i] === ' ') i++;
  return isLower(text[i]);
}

function onlyMarkupBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!' *_>-'.includes(text[i])) return false;
  return true;
}

function introducedByPunctuation(text: string, open: number): boolean {
  let i = open - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return text[i] === ':' || text[i] === ',';
}
