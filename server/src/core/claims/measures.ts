// What a figure measures, read from the words around it: of a count, whether it counts the killed,
// the injured, the hospitalised, the evacuated, the arrested or the missing ("killing at least six",
// "84 people were taken to hospital", "two fatalities"); of a length, whether it is a fall, a depth,
// a height, a length, a width or a distance ("fell 15ft", "a moat 12 feet deep"). Two figures that
// measure different things are never compared, however alike their sentences.
import type { Figure } from '../types';
import { lowerWordsOf, type LowerWord as Word } from './words';

function measureWords(measure: string, words: readonly string[]): [string, string][] {
  return words.map((w) => [w, measure]);
}

/** Words that say what a count counts. */
const COUNT_MEASURES: ReadonlyMap<string, string> = new Map([
  ...measureWords('killed', ['killed', 'killing', 'kill', 'kills', 'dead', 'died', 'die', 'dies', 'death', 'deaths', 'fatalities', 'fatality', 'perished', 'slain', 'toll', 'bodies']),
  ...measureWords('injured', ['injured', 'injuring', 'injuries', 'injury', 'injures', 'wounded', 'wounding', 'wounds', 'hurt']),
  ...measureWords('hospitalised', ['hospital', 'hospitals', 'hospitalised', 'hospitalized', 'hospitalisation', 'hospitalization']),
  ...measureWords('evacuated', ['evacuated', 'evacuating', 'evacuation', 'evacuate', 'evacuees']),
  ...measureWords('arrested', ['arrested', 'arrests', 'arresting', 'detained']),
  ...measureWords('missing', ['missing']),
]);

/** Of those, the ones a counted noun can carry ("two fatalities", "100 wounded people"). */
const COUNTED_NOUN_MEASURES: ReadonlySet<string> = new Set(['killed', 'injured']);

/** Words that say which dimension a length is. */
const LENGTH_MEASURES: ReadonlyMap<string, string> = new Map([
  ...measureWords('fall', ['fell', 'fall', 'falls', 'falling', 'dropped', 'drop', 'plunged', 'plunge', 'tumbled']),
  ...measureWords('depth', ['deep', 'depth']),
  ...measureWords('height', ['tall', 'high', 'height']),
  ...measureWords('length', ['long', 'length']),
  ...measureWords('width', ['wide', 'width']),
  ...measureWords('distance', ['away', 'distance', 'far']),
]);

/** How many words either side of a length its dimension word may be ("fell about 12 feet", "12 feet deep"). */
const LENGTH_REACH = 3;

/**
 * What each figure of a claim measures, in the order of `figures` (sorted by start, inside
 * text[start, end)): a measure name, or '' when the words do not say.
 */
export function measuresOf(text: string, start: number, end: number, figures: readonly Figure[]): string[] {
  const words = lowerWordsOf(text, start, end);
  const firstWord = (offset: number) => {
    let i = 0;
    while (i < words.length && words[i]!.start < offset) i++;
    return i;
  };
  const spans = figures.map((f) => ({ from: firstWord(f.start), to: firstWord(f.end) }));
  return figures.map((f, i) => {
    const { from, to } = spans[i]!;
    if (f.unit === 'm') return lengthMeasure(words, from, to);
    if (f.unit !== '') return '';
    const previous = i > 0 ? spans[i - 1]!.to : 0;
    const next = i + 1 < spans.length ? spans[i + 1]!.from : words.length;
    return countMeasure(words, f, from, to, previous, next);
  });
}

/**
 * A count's measure: the verb right before it ("killing at least six"), else a noun it counts ("two
 * fatalities"), else the nearest measure word after it before the next figure ("84 people were taken
 * to hospital"), else the nearest before it after the previous figure ("the death toll rose to six").
 */
function countMeasure(words: readonly Word[], f: Figure, from: number, to: number, previous: number, next: number): string {
  const before = from > 0 ? COUNT_MEASURES.get(words[from - 1]!.lower) : undefined;
  if (before) return before;
  for (const noun of f.counted.split(' ')) {
    const measure = COUNT_MEASURES.get(noun);
    if (measure && COUNTED_NOUN_MEASURES.has(measure)) return measure;
  }
  for (let k = to; k < next; k++) {
    const measure = COUNT_MEASURES.get(words[k]!.lower);
    if (measure) return measure;
  }
  for (let k = from - 1; k >= previous; k--) {
    const measure = COUNT_MEASURES.get(words[k]!.lower);
    if (measure) return measure;
  }
  return '';
}

/** A length's dimension: a word just after it ("12 feet deep"), else just before it ("fell 15ft"). */
function lengthMeasure(words: readonly Word[], from: number, to: number): string {
  for (let k = to; k < Math.min(words.length, to + LENGTH_REACH); k++) {
    const measure = LENGTH_MEASURES.get(words[k]!.lower);
    if (measure) return measure;
  }
  for (let k = from - 1; k >= Math.max(0, from - LENGTH_REACH); k--) {
    const measure = LENGTH_MEASURES.get(words[k]!.lower);
    if (measure) return measure;
  }
  return '';
}
