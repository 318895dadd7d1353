// Pairs quotation marks into quoted passages, one paragraph at a time, in one linear pass per mark family.
// Straight marks open or close by what surrounds them; apostrophes inside words ("it’s", "don't"),
// before decades ("’90s") and after plural possessives ("officials’ view") are not marks. Opening marks
// stack, so quotes nest and an unmatched opening mark loses only itself; nothing crosses a paragraph,
// except that a quote left open where the next paragraph opens another runs to the paragraph's end
// (the convention for a quotation over several paragraphs).
import { isDigit, isLetter, isLetterCode } from '../text/chars';
import { isSpace } from '../text/lines';

export interface QuotedPassage {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark (the paragraph's end for a quote running on into the next paragraph). */
  close: number;
  /** The words inside the marks, trimmed of white space. */
  start: number;
  end: number;
}

interface Mark {
  at: number;
  canOpen: boolean;
  canClose: boolean;
  /** A closing candidate after "s" that may be a plural possessive ("officials’ view"). */
  possessive: boolean;
  /** Letters and digits in the paragraph before the mark: whether a pair holds any word is a subtraction. */
  wordCharsBefore: number;
}

const DOUBLE = '"“”„«»';
const SINGLE = '\'‘’‚';

/**
 * Quoted passages in [start, end), outermost only, sorted. `skip` ranges (URLs, sorted, read from index
 * `from`) hold no marks. `nextOpening` is the first character of the next paragraph.
 */
export function quotedPassages(text: string, start: number, end: number, skip: { start: number; end: number }[] = [], from = 0, nextOpening = ''): QuotedPassage[] {
  const double: Mark[] = [];
  const single: Mark[] = [];
  let s = from;
  let wordChars = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 34 && code !== 39 && code < 0xab) {
      if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) wordChars++;
      continue;
    }
    if (isLetterCode(code)) {
      wordChars++;
      continue;
    }
    while (s < skip.length && skip[s].end <= i) s++;
    if (s < skip.length && skip[s].start <= i) {
      wordChars += countWordChars(text, i, skip[s].end);
      i = skip[s].end - 1;
      continue;
    }
    const c = text[i];
    if (DOUBLE.includes(c)) pushMark(double, doubleMark(text, i, start, end, wordChars));
    else if (SINGLE.includes(c)) pushMark(single, singleMark(text, i, start, end, wordChars));
  }
  const continues = (family: string): number => (nextOpening !== '' && family.includes(nextOpening) ? end : -1);
  const passages = pair(text, double, continues(DOUBLE), wordChars).concat(pair(text, single, continues(SINGLE), wordChars)).sort((a, b) => a.open - b.open || b.close - a.close);
  const outermost: QuotedPassage[] = [];
  for (const passage of passages) {
    const last = outermost[outermost.length - 1];
    if (!last || passage.open > last.close) outermost.push(passage);
  }
  return outermost;
}

function pushMark(marks: Mark[], mark: Mark | null): void {
  if (mark) marks.push(mark);
}

function countWordChars(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || isLetterCode(code)) count++;
  }
  return count;
}

function doubleMark(text: string, i: number, start: number, end: number, wordCharsBefore: number): Mark | null {
  const c = text[i];
  const before = i > start ? text[i - 1] : ' ';
  const after = i + 1 < end ? text[i + 1] : ' ';
  if (c === '“' || c === '„' || c === '«') return { at: i, canOpen: true, canClose: c === '“' && isLeftBound(before) && isRightBound(after), possessive: false, wordCharsBefore };
  if (c === '”' || c === '»') return { at: i, canOpen: false, canClose: true, possessive: false, wordCharsBefore };
  // Straight mark: an inch mark after a digit ("5'10\"") is not a quotation mark.
  if (isDigit(before) && !isLetter(after)) return null;
  // A closing mark may follow a space after a nested single quote: "… 'outreach,' ".
  const afterNested = isSpace(before.charCodeAt(0)) && i - 2 >= start && SINGLE.includes(text[i - 2]);
  return { at: i, canOpen: isLeftBound(before) && !isSpace(after.charCodeAt(0)), canClose: !isSpace(before.charCodeAt(0)) || afterNested, possessive: false, wordCharsBefore };
}

function singleMark(text: string, i: number, start: number, end: number, wordCharsBefore: number): Mark | null {
  const before = i > start ? text[i - 1] : ' ';
  const after = i + 1 < end ? text[i + 1] : ' ';
  if ((isLetter(before) || isDigit(before)) && isLetter(after)) return null;
  if (isDecadeOrElision(text, i + 1, end)) return null;
  const c = text[i];
  const canOpen = c !== '’' || !isLetter(before);
  const opens = canOpen && isLeftBound(before) && (isLetter(after) || isDigit(after) || DOUBLE.includes(after) || after === '.' || after === '$');
  const closes = c !== '‘' && c !== '‚' && !isSpace(before.charCodeAt(0)) && !isLetter(after) && !isDigit(after);
  if (!opens && !closes) return null;
  return { at: i, canOpen: opens, canClose: closes, possessive: closes && (before === 's' || before === 'S'), wordCharsBefore };
}

/** "’90s", "'em", "'til": an apostrophe standing for left-out letters, not an opening mark. */
function isDecadeOrElision(text: string, at: number, end: number): boolean {
  if (!isLetter(text[at]) && !isDigit(text[at])) return false;
  if (isDigit(text[at]) && isDigit(text[at + 1]) && text[at + 2] === 's') return true;
  const word = text.slice(at, Math.min(end, at + 6)).toLowerCase();
  return /^(em|til|cause|n|tis)\b/.test(word);
}

/** Before an opening mark: start of text, white space, an opening bracket or dash, or another mark. */
function isLeftBound(ch: string): boolean {
  return isSpace(ch.charCodeAt(0)) || '([{—–-/:>*_'.includes(ch) || DOUBLE.includes(ch) || SINGLE.includes(ch);
}

function isRightBound(ch: string): boolean {
  return isSpace(ch.charCodeAt(0)) || '.,;:!?)]—–-*_'.includes(ch);
}

/**
 * Pairs marks of one family; with `paragraphEnd` ≥ 0 the outermost quote still open runs to it.
 * `wordChars` counts the letters and digits of the whole paragraph.
 */
function pair(text: string, marks: Mark[], paragraphEnd: number, wordChars: number): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  // Whether any plain closing mark follows each mark: a possessive apostrophe closes only if none does.
  const laterClose: boolean[] = new Array(marks.length).fill(false);
  for (let k = marks.length - 2; k >= 0; k--) laterClose[k] = laterClose[k + 1] || (marks[k + 1].canClose && !marks[k + 1].possessive);
  const open: Mark[] = [];
  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k];
    if (open.length > 0 && mark.canClose && !(mark.possessive && laterClose[k])) {
      const opening = open[open.length - 1];
      open.pop();
      // Marks around no word at all ("“ ”", "“‘’”") quote nothing.
      if (mark.wordCharsBefore > opening.wordCharsBefore) passages.push(inner(text, opening.at, mark.at));
    } else if (mark.canOpen) {
      open.push(mark);
    }
  }
  if (paragraphEnd >= 0 && open.length > 0 && wordChars > open[0].wordCharsBefore) passages.push(inner(text, open[0].at, paragraphEnd));
  return passages;
}

function inner(text: string, open: number, close: number): QuotedPassage {
  let start = open + 1;
  let end = close;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { open, close, start, end };
}
