// Content words of a claim, for finding the same claim in another article: lower-cased, accents
// folded, function words and attribution words dropped, lightly stemmed ("killed" → "kill").
import { foldForMatch } from '../text/fold';
import { lowerWordsOf, type LowerWord } from './words';

const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as',
  'into', 'onto', 'over', 'under', 'about', 'after', 'before', 'since', 'during', 'than', 'then', 'that', 'this',
  'these', 'those', 'there', 'here', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'why', 'how',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'so', 'if', 'it', 'its',
  'he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'we', 'us', 'our', 'you', 'your', 'i', 'me',
  'my', 'also', 'just', 'very', 'more', 'most', 'less', 'least', 'some', 'any', 'all', 'each', 'every', 'both',
  'other', 'such', 'own', 'same', 'too', 'only', 'now', 'up', 'out', 'off', 'again', 'further', 'once', 'still',
  'yet', 'even', 'because', 'although', 'though', 'whether', 'per', 'via', 'among', 'against', 'between', 'through',
  'according', 'said', 'says', 'say', 'told', 'reported', 'reportedly', 'added', 'stated', 'noted', 'announced',
  'nearly', 'almost', 'around', 'roughly', 'approximately', 'estimated', 'percent', 'cent', 's', 't',
]);

export function keywordsOf(text: string, start: number, end: number): string[] {
  return keywordsAmong(lowerWordsOf(text, start, end));
}

export function keywordsAmong(words: readonly LowerWord[]): string[] {
  const seen = new Set<string>();
  for (const w of words) {
    const folded = possessiveStripped(isPlainAscii(w.lower) ? w.lower : foldForMatch(w.text));
    if (!isWordOfLetters(folded) || STOP_WORDS.has(folded)) continue;
    seen.add(stem(folded));
  }
  return [...seen];
}

function isPlainAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7e || w[i] === '`') return false;
  return true;
}

/** "cuba's" → "cuba" (the fold has already made curly apostrophes straight). */
function possessiveStripped(w: string): string {
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}

function isWordOfLetters(w: string): boolean {
  if (w.length < 2) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return false;
  }
  return true;
}

/** A crude stem, enough to match "killed"/"kills"/"killing" and "soldiers"/"soldier". */
export function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) return w.slice(0, -2);
  if (w.length > 4 && (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('sses') || w.endsWith('xes'))) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}
