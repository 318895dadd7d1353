// The noun phrase naming a speaker next to an attribution cue: read backwards from the verb
// ("senior U.S. officials said", "Ana Ruiz, a retiree who …, said") or forwards from it ("said Ana
// Ruiz", "according to economists"). Titles before a name are left out ("President Ana Ruiz" → "Ana Ruiz").
import { isLower, isUpper } from '../text/chars';
import { PRONOUNS, SPEECH_VERBS, VERB_MODIFIERS } from './cues';
import { BACKWARD_STOPS, CALENDAR_WORDS, DETERMINERS, FORWARD_STOPS, OPENERS, PARTICLES, UNNAMED_HEADS } from './phraseWords';
import { afterTitles, isTitleWord, TITLES } from './titles';
import type { Token } from './tokens';

export interface SpeakerPhrase {
  start: number;
  end: number;
  /** The phrase is a name (capitalised words), not a description such as "a White House official". */
  named: boolean;
  pronoun: boolean;
  /** Index of the token after the phrase. */
  next: number;
}

const MAX_WORDS = 12;

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

/** The speaker phrase ending just before tokens[verb] (after skipping "has also" and the like), or null. */
export function phraseBefore(tokens: Token[], verb: number, floor: number): SpeakerPhrase | null {
  let i = verb - 1;
  while (i >= floor && isWord(tokens[i]) && (VERB_MODIFIERS.has(tokens[i].lower) || isAdverb(tokens[i].text))) i--;
  i = beforeParenthesis(tokens, i, floor);
  if (i < floor) return null;
  if (tokens[i].kind === 'punct' && tokens[i].text === ',') {
    const comma = i;
    i = beforeAsides(tokens, comma, floor);
    if (i < 0) return nameAside(tokens, comma, floor);
  }
  if (!isWord(tokens[i])) return null;
  const end = i;
  let first = i;
  while (first - 1 >= floor && end - first + 1 < MAX_WORDS && isWord(tokens[first - 1]) && !BACKWARD_STOPS.has(tokens[first - 1].lower)) first--;
  if (BACKWARD_STOPS.has(tokens[end].lower)) return null;
  return trimPhrase(tokens, first, end);
}

/** "Ana Ruiz, who told …": the capitalised name ending at tokens[last], or null. */
export function nameEndingAt(tokens: Token[], last: number, floor: number): SpeakerPhrase | null {
  let first = last + 1;
  while (first - 1 >= floor && last - first < 5 && isWord(tokens[first - 1]) && (isNameWord(tokens[first - 1].text) || PARTICLES.has(tokens[first - 1].lower))) first--;
  return first <= last && isNameWord(tokens[first].text) ? trimPhrase(tokens, first, last) : null;
}

/** "Ana Ruiz (D-Ore.) said": the index before a parenthesis that ends at `i`, else `i` (-1 below `floor`). */
function beforeParenthesis(tokens: Token[], i: number, floor: number): number {
  if (i < floor || tokens[i].text !== ')') return i;
  for (let j = i - 1; j >= floor && i - j < 12; j--) if (tokens[j].text === '(') return j - 1;
  return i;
}

/**
 * "X, a retiree who lives nearby, said", "X, R-Ky., said": when the comma before the verb closes asides
 * (each opening with a lower-case word, a number, or a party and state), the speaker ends before the
 * first of them. Returns the token index before the asides, or -1.
 */
function beforeAsides(tokens: Token[], comma: number, floor: number): number {
  let open = asideOpening(tokens, comma, floor);
  if (open < 0) return -1;
  for (let more = 0; more < 2; more++) {
    const earlier = asideOpening(tokens, open, floor);
    if (earlier < 0) break;
    open = earlier;
  }
  const head = beforeParenthesis(tokens, open - 1, floor);
  return isWord(tokens[head]) ? head : -1;
}

/** "the mayor, Tomás Varela, said": a name set off by commas right before the verb is the speaker. */
function nameAside(tokens: Token[], comma: number, floor: number): SpeakerPhrase | null {
  let first = comma - 1;
  while (first - 1 >= floor && comma - first < 6 && isWord(tokens[first - 1])) first--;
  const opening = tokens[first - 1];
  if (first >= comma || !opening || opening.text !== ',') return null;
  for (let k = first; k < comma; k++) if (!isNameWord(tokens[k].text) && !PARTICLES.has(tokens[k].lower)) return null;
  return trimPhrase(tokens, first, comma - 1);
}

/** The comma opening the aside that the comma at `comma` closes, or -1 when that text is no aside. */
function asideOpening(tokens: Token[], comma: number, floor: number): number {
  for (let j = comma - 1; j >= floor && comma - j < 40; j--) {
    const token = tokens[j];
    if (token.kind === 'quote') return -1;
    if (token.kind === 'punct' && token.text === ',') {
      const aside = tokens[j + 1];
      const opensAside = isWord(aside) && (isLower(aside.text[0]) || /^\d/.test(aside.text) || /^[RDI]-/.test(aside.text));
      return opensAside ? j : -1;
    }
    if (token.kind === 'punct' && !'-’\'.()'.includes(token.text)) return -1;
  }
  return -1;
}

/**
 * The speaker phrase starting at tokens[from] ("Ana Ruiz", "a spokesman for the ministry"), or null.
 * After "according to" any noun phrase names a source ("according to engineers"), hence `anyNoun`.
 */
export function phraseAfter(tokens: Token[], from: number, anyNoun = false): SpeakerPhrase | null {
  const first = tokens[from];
  if (!isWord(first) || !(startsPhrase(first.text) || describesName(tokens, from) || (anyNoun && !FORWARD_STOPS.has(first.lower)))) return null;
  const startsNamed = isNameWord(first.text);
  let last = from;
  while (last + 1 < tokens.length && last - from + 1 < MAX_WORDS) {
    const next = tokens[last + 1];
    if (!isWord(next)) break;
    const lower = next.lower;
    if (CALENDAR_WORDS.has(next.text) || FORWARD_STOPS.has(lower)) break;
    if ((lower === 'of' || lower === 'for' || lower === 'by' || lower === 'with') && !continuesPhrase(tokens[last + 2])) break;
    if (SPEECH_VERBS.has(lower)) break;
    if (startsNamed && isLower(next.text[0]) && !PARTICLES.has(lower) && !TITLES.has(lower)) break;
    last++;
  }
  return trimPhrase(tokens, from, last);
}

/** "said café owner Julián Ortega": up to two lower-case words describing the name that follows. */
function describesName(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 3 && isWord(tokens[k]); k++) {
    if (FORWARD_STOPS.has(tokens[k].lower) || SPEECH_VERBS.has(tokens[k].lower)) return false;
    if (isNameWord(tokens[k].text)) return k > from;
  }
  return false;
}

function startsPhrase(word: string): boolean {
  const lower = word.toLowerCase();
  if (FORWARD_STOPS.has(lower) || CALENDAR_WORDS.has(word)) return false;
  return isUpper(word[0]) || DETERMINERS.has(lower) || PRONOUNS.has(lower) || UNNAMED_HEADS.has(lower) || /^\d/.test(word);
}

function continuesPhrase(token: Token | undefined): boolean {
  return isWord(token) && (isUpper(token.text[0]) || DETERMINERS.has(token.lower));
}

/** "café owner Julián Ortega", "retired farmhand Ernesto Paz": a description before a name is left out. */
function nameAfterDescription(tokens: Token[], first: number, last: number): number {
  if (!isNameWord(tokens[last].text)) return first;
  let k = last;
  while (k - 1 >= first && (isNameWord(tokens[k - 1].text) || PARTICLES.has(tokens[k - 1].lower))) k--;
  if (k === first) return first;
  let described = false;
  for (let j = first; j < k; j++) {
    if (['of', 'for', 'at', 'with', 'from', 'by'].includes(tokens[j].lower)) return first;
    if (!DETERMINERS.has(tokens[j].lower)) described = true;
  }
  return described ? k : first;
}

/** "9/11" names nobody: a speaker phrase has a letter somewhere. */
function hasLetter(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (/\p{L}/u.test(tokens[k].text)) return true;
  return false;
}

function isNameWord(word: string): boolean {
  return isUpper(word[0]);
}

function isAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && isLower(word[0]);
}

/** Drops sentence openers, words before a determiner, and titles before a name. */
function trimPhrase(tokens: Token[], first: number, last: number): SpeakerPhrase | null {
  while (first < last && OPENERS.has(tokens[first].text)) first++;
  for (let k = first; k <= last; k++) {
    if (DETERMINERS.has(tokens[k].lower) && k < last) {
      first = k;
      break;
    }
  }
  const only = tokens[first].text;
  const onlyWord = only.toLowerCase();
  if (first === last && PRONOUNS.has(onlyWord)) return { start: tokens[first].start, end: tokens[last].end, named: false, pronoun: true, next: last + 1 };
  if (first === last && (DETERMINERS.has(onlyWord) || (isLower(only[0]) && !UNNAMED_HEADS.has(onlyWord) && !onlyWord.endsWith('s')))) return null;
  first = afterTitles(tokens, first, last);
  first = nameAfterDescription(tokens, first, last);
  if (!hasLetter(tokens, first, last)) return null;
  let named = true;
  for (let k = first; k <= last; k++) {
    const word = tokens[k].text;
    if (k === first && word.toLowerCase() === 'the') continue;
    if (!isNameWord(word) && !PARTICLES.has(word.toLowerCase()) && !/^\d/.test(word)) named = false;
  }
  if (named && tokens[first].lower === 'the' && first < last && isTitleWord(tokens[first + 1].text)) named = false;
  return { start: tokens[first].start, end: tokens[last].end, named, pronoun: false, next: last + 1 };
}
