// Sentence boundaries inside one paragraph. A sentence ends at . ! ? or … followed (after closing quotes,
// brackets and markdown emphasis) by white space and a capital, digit or opening quote — except after
// abbreviations ("Mr.", "Jan.", "U.S.") and initials ("John F. Kennedy"), and never inside "3.5".
import { isDigit, isLetter, isUpper } from './chars';
import { isSpace } from './lines';

export interface SentenceRange {
  start: number;
  end: number;
}

/** Abbreviations that are practically never the last word of a sentence: a name or number follows. */
const TITLE_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Sgt', 'Capt', 'Cmdr', 'Adm',
  'Maj', 'Prof', 'Rev', 'Hon', 'Pres', 'Supt', 'Det', 'Insp', 'Mt', 'Ft', 'No', 'Nos', 'Vol', 'Art', 'Fig',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'vs', 'v', 'approx', 'est', 'ca', 'cf', 'al', 'etc', 'e.g', 'i.e',
]);

/** Abbreviations that can end a sentence: they end one only when a typical sentence opener follows. */
const ENDING_ABBREVIATIONS = new Set([
  'Inc', 'Corp', 'Ltd', 'Co', 'Jr', 'Sr', 'Bros', 'Assn', 'Dept', 'Univ', 'a.m', 'p.m', 'U.S', 'U.K', 'U.N',
  'E.U', 'D.C', 'U.S.A', 'N.Y', 'L.A', 'Calif', 'Mass', 'Fla', 'Ariz', 'Wash', 'Penn', 'Pa', 'Va', 'Ga',
]);

/** Words that usually start a sentence, used to decide whether "U.S." or "..." ends one. */
const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'But', 'And', 'In', 'On', 'At', 'This',
  'That', 'These', 'Those', 'There', 'Its', 'His', 'Her', 'Their', 'Our', 'My', 'As', 'If', 'When', 'While',
  'After', 'Before', 'Since', 'So', 'Yet', 'Still', 'However', 'Meanwhile', 'Officials', 'Some', 'Many',
  'For', 'With', 'From', 'By', 'Now', 'Then', 'What', 'Who', 'Why', 'How', 'According', 'Last', 'Earlier',
]);

const CLOSERS = '"”’\')]*_»';
const OPENERS = '"“‘\'([*_«¿¡';

export function sentencesOf(text: string, start: number, end: number): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    const terminatorEnd = j;
    while (j < end && CLOSERS.includes(text[j])) j++;
    const boundary = j;
    if (j >= end || !isSpace(text.charCodeAt(j))) {
      i = terminatorEnd - 1;
      continue;
    }
    while (j < end && isSpace(text.charCodeAt(j))) j++;
    if (j < end && endsSentence(text, i, terminatorEnd, j, end)) {
      pushTrimmed(text, sentenceStart, boundary, sentences);
      sentenceStart = j;
    }
    i = terminatorEnd - 1;
  }
  pushTrimmed(text, sentenceStart, end, sentences);
  return sentences;
}

function endsSentence(text: string, at: number, terminatorEnd: number, next: number, end: number): boolean {
  let k = next;
  while (k < end && OPENERS.includes(text[k])) k++;
  const first = text[k];
  if (!isUpper(first) && !isDigit(first)) return false;
  const isEllipsis = text[at] === '…' || terminatorEnd - at >= 3;
  if (text[at] !== '.' || terminatorEnd - at > 1) {
    return isEllipsis ? SENTENCE_OPENERS.has(wordAt(text, k, end)) : true;
  }
  const word = wordBefore(text, at);
  if (word.length === 1 && isUpper(word)) return false;
  if (TITLE_ABBREVIATIONS.has(word)) return false;
  if (ENDING_ABBREVIATIONS.has(word) || isDottedInitials(word)) return SENTENCE_OPENERS.has(wordAt(text, k, end));
  return true;
}

/** The word (letters and inner dots) ending just before the period at `at`. */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && (isLetter(text[i - 1]) || (text[i - 1] === '.' && isLetter(text[i - 2])))) i--;
  return text.slice(i, at);
}

function wordAt(text: string, at: number, end: number): string {
  let i = at;
  while (i < end && isLetter(text[i])) i++;
  return text.slice(at, i);
}

/** "U.S", "N.A.T.O": single letters joined by dots. */
function isDottedInitials(word: string): boolean {
  if (word.length < 3) return false;
  for (let i = 0; i < word.length; i++) {
    if (i % 2 === 1 ? word[i] !== '.' : !isLetter(word[i])) return false;
  }
  return true;
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceRange[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}
