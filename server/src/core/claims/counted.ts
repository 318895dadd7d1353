// The noun a figure counts: "32 Cuban soldiers" → "soldiers", "1,000 political prisoners" →
// "political prisoners", "90 percent of its citizens" → "citizens". Lower-cased, for matching.
import { blankBetween, type LowerWord as Word } from './words';

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'these', 'those', 'all', 'our', 'a', 'an']);

/** Words that end the noun phrase: function words and common verbs. */
const STOP: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as', 'than', 'that',
  'which', 'who', 'were', 'was', 'are', 'is', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'could', 'can',
  'may', 'might', 'said', 'say', 'says', 'more', 'less', 'per', 'each', 'who', 'while', 'since', 'during', 'into',
  'over', 'under', 'about', 'around', 'after', 'before', 'this', 'it', 'they', 'he', 'she', 'we', 'not', 'also',
  'ago', 'old', 'times', 'percent', 'but', 'so', 'if', 'when', 'where', 'there', 'their', 'its', 'other', 'living',
]);

const MAX_WORDS = 3;

/** The counted noun in the words from index k on; `figureEnd` is where the figure's text ends. */
export function countedAfter(text: string, words: Word[], k: number, figureEnd: number, allowOf: boolean): string {
  let j = k;
  if (!words[j] || !blankBetween(text, figureEnd, words[j].start)) return '';
  if (allowOf && words[j]?.lower === 'of') {
    j++;
    if (!joinedBySpace(text, words, j)) return '';
    if (DETERMINERS.has(words[j]?.lower ?? '')) j++;
  }
  const picked: string[] = [];
  for (; j < words.length && picked.length < MAX_WORDS; j++) {
    if (j > k && !joinedBySpace(text, words, j)) break;
    const w = words[j].text;
    const lower = words[j].lower;
    if (!isPlainWord(w) || STOP.has(lower)) break;
    // "-ing" and "-ed" words end the phrase unless a plural noun follows them ("three pumping stations").
    if (isVerbForm(lower) && !(words[j + 1] && isPlural(words[j + 1].lower) && joinedBySpace(text, words, j + 1))) break;
    // A capitalised modifier ("Cuban soldiers") is skipped, but a capitalised plural is the noun ("Cubans").
    if (w[0] !== lower[0]) {
      if (picked.length) break;
      if (isPlural(lower)) return lower;
      continue;
    }
    picked.push(lower);
    if (isPlural(lower)) break;
  }
  return picked.join(' ');
}

/** True when only white space separates word j from the word before it. */
function joinedBySpace(text: string, words: Word[], j: number): boolean {
  const w = words[j];
  const prev = words[j - 1];
  if (!w || !prev) return false;
  return blankBetween(text, prev.end, w.start);
}

/** Plurals without an s, which end the counted noun as regular plurals do ("1,200 women came forward"). */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'men', 'women', 'children', 'police']);

function isPlural(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  return lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('ous') && !lower.endsWith('us') && !lower.endsWith('is');
}

function isPlainWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    if (c !== '-' && c.toLowerCase() === c.toUpperCase()) return false;
  }
  return true;
}

function isVerbForm(lower: string): boolean {
  return lower.length > 4 && (lower.endsWith('ed') || lower.endsWith('ing')) && !lower.endsWith('eed');
}
