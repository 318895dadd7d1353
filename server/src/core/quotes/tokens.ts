// The writer's words around a quote, as tokens: words (with abbreviation and initial dots kept, so
// "U.S." and "F." stay words), single punctuation marks, and each quoted passage as one token.
import { isSpace } from '../text/lines';
import { isUpper } from '../text/chars';
import { eachWord } from '../text/words';
import type { QuotedPassage } from './marks';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** The text in lower case, computed once: cue and stop-word look-ups read it many times. */
  lower: string;
  /** For quote tokens: index of the passage in the list given to `tokensOf`. */
  passage: number;
}

const DOTTED = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Adm', 'Jr', 'Sr', 'St', 'Prof', 'Rev', 'Maj', 'Cmdr', 'Pres', 'Sens', 'Reps', 'Gens']);

/** Tokens of [start, end); `passages` (sorted) become single quote tokens covering their marks. */
export function tokensOf(text: string, start: number, end: number, passages: QuotedPassage[]): Token[] {
  const tokens: Token[] = [];
  let at = start;
  let p = 0;
  while (p < passages.length && passages[p].close < start) p++;
  while (at < end) {
    if (p < passages.length && passages[p].open < end && passages[p].open <= at) {
      const passage = passages[p];
      if (passage.open >= start) tokens.push({ kind: 'quote', start: passage.open, end: passage.close + 1, text: text.slice(passage.open, passage.close + 1), lower: '', passage: p });
      at = Math.max(at, passage.close + 1);
      p++;
      continue;
    }
    const stop = p < passages.length && passages[p].open < end ? passages[p].open : end;
    pushPlain(text, at, stop, tokens);
    at = stop;
  }
  return tokens;
}

function pushPlain(text: string, start: number, end: number, tokens: Token[]): void {
  let at = start;
  // Words as text/words finds them, read in place: no list of words is built only to be copied.
  eachWord(text, start, end, (wordStart, plainEnd) => {
    const plain = text.slice(wordStart, plainEnd);
    pushPunctuation(text, at, wordStart, tokens);
    let wordEnd = plainEnd;
    if (text.charCodeAt(wordEnd) === 46 /* . */ && wordEnd < end && (DOTTED.has(plain) || (plain.length === 1 && isUpper(plain)))) wordEnd++;
    const wordText = wordEnd === plainEnd ? plain : text.slice(wordStart, wordEnd);
    tokens.push({ kind: 'word', start: wordStart, end: wordEnd, text: wordText, lower: wordText.toLowerCase(), passage: -1 });
    at = wordEnd;
  });
  pushPunctuation(text, at, end, tokens);
}

/** Stray quotation marks (paired ones are inside quote tokens) and markdown emphasis tell nothing. */
const SILENT = '*_\\"“”„«»‘‚';

function pushPunctuation(text: string, start: number, end: number, tokens: Token[]): void {
  for (let i = start; i < end; i++) {
    if (isSpace(text.charCodeAt(i)) || SILENT.includes(text[i])) continue;
    tokens.push({ kind: 'punct', start: i, end: i + 1, text: text[i], lower: text[i], passage: -1 });
  }
}
