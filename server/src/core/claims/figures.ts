// Figures a reader could check: counts, amounts, percentages, durations and ages, normalised so that
// "nearly 70 years" and "almost seven decades" compare equal, and "around two dozen" covers 20–28.
import { blankBetween, lowerWordsOf, type LowerWord as Word } from './words';
import type { Figure } from '../types';
import { overlappingIndexes, unionOf, type Range } from './spans';
import { countedAfter } from './counted';
import { digitValue, readNumber, SCALES, smallNumber } from './numbers';

/** The upper end of "more than 1,000": unbounded, but kept finite so figures survive JSON. */
export const NO_UPPER_BOUND = Number.MAX_SAFE_INTEGER;

type Hedge = 'about' | 'under' | 'over' | 'atMost' | 'atLeast';

/** Words before a number that make it approximate or a bound, longest first. */
const HEDGES: ReadonlyArray<[string[], Hedge]> = [
  [['more', 'than'], 'over'], [['over'], 'over'], [['at', 'least'], 'atLeast'], [['upwards', 'of'], 'over'],
  [['fewer', 'than'], 'atMost'], [['less', 'than'], 'atMost'], [['up', 'to'], 'atMost'], [['at', 'most'], 'atMost'],
  [['no', 'more', 'than'], 'atMost'], [['nearly'], 'under'], [['almost'], 'under'], [['close', 'to'], 'under'],
  [['just', 'under'], 'under'], [['about'], 'about'], [['around'], 'about'], [['roughly'], 'about'],
  [['some'], 'about'], [['approximately'], 'about'], [['an', 'estimated'], 'about'], [['an', 'approximate'], 'about'],
];

/** How far an approximate figure reaches either side: "around two dozen" → 20..28. */
const ABOUT = 0.15;

const DURATION_UNITS: ReadonlyMap<string, [string, number]> = new Map([
  ['year', ['year', 1]], ['years', ['year', 1]], ['decade', ['year', 10]], ['decades', ['year', 10]],
  ['century', ['year', 100]], ['centuries', ['year', 100]], ['month', ['month', 1]], ['months', ['month', 1]],
  ['week', ['week', 1]], ['weeks', ['week', 1]], ['day', ['day', 1]], ['days', ['day', 1]],
  ['hour', ['hour', 1]], ['hours', ['hour', 1]],
]);

const CURRENCY_SIGNS: Readonly<Record<string, string>> = { $: 'usd', '€': 'eur', '£': 'gbp' };
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollars', 'usd'], ['dollar', 'usd'], ['euros', 'eur'], ['euro', 'eur'], ['pounds', 'gbp'],
]);

/** Vague multitudes: "dozens of", "hundreds of", "tens of thousands of". */
const MULTITUDES: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
]);

/** Words before a number that make it a label, not a quantity: "No. 3", "Section 230", "Flight 17". */
const LABEL_WORDS: ReadonlySet<string> = new Set([
  'no', 'number', 'article', 'section', 'chapter', 'route', 'highway', 'flight', 'page', 'room', 'apartment',
  'interstate', 'resolution', 'amendment', 'level', 'category', 'phase', 'version', 'vol', 'grade', 'class', 'part',
  'title', 'ward', 'district', 'precinct', 'stage', 'gate', 'platform', 'line', 'round', 'game', 'group', 'unit',
  'model', 'covid', 'episode', 'season', 'act', 'bill', 'item', 'step', 'exhibit', 'lot', 'block', 'floor',
]);

export function findFigures(text: string, start = 0, end = text.length, exclude: readonly Range[] = []): Figure[] {
  return figuresIn(text, lowerWordsOf(text, start, end), unionOf(exclude));
}

/** The figures among already split words; `exclude` is sorted and non-overlapping (see `unionOf`). */
export function figuresIn(text: string, words: Word[], exclude: readonly Range[] = []): Figure[] {
  const figures: Figure[] = [];
  for (let k = 0; k < words.length; ) {
    const figure = mayStartFigure(words[k]) ? figureAt(text, words, k, exclude) : null;
    if (figure) {
      figures.push(figure.figure);
      k = figure.next;
    } else {
      k++;
    }
  }
  return figures;
}

/** Words that can open a figure, so the full reading runs only where it can succeed. */
const FIGURE_OPENERS: ReadonlySet<string> = new Set([
  ...HEDGES.map(([phrase]) => phrase[0]), ...MULTITUDES.keys(), 'tens', 'half', 'a', 'an', 'one', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
  'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
]);

function mayStartFigure(word: Word): boolean {
  const c = word.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (FIGURE_OPENERS.has(word.lower)) return true;
  const dash = word.lower.indexOf('-');
  return dash > 0 && FIGURE_OPENERS.has(word.lower.slice(0, dash));
}

function figureAt(text: string, words: Word[], k: number, exclude: readonly Range[]): { figure: Figure; next: number } | null {
  let hedge = hedgeAt(words, k);
  // A hedge belongs to the number only when nothing but space (or a currency sign) separates them.
  if (hedge && words[hedge.next] && !blankBetween(text, words[hedge.next - 1].end, signStart(text, words[hedge.next].start))) hedge = null;
  if (hedge && !words[hedge.next]) hedge = null;
  const at = hedge ? hedge.next : k;
  const multitude = multitudeAt(words, at);
  if (multitude) return build(text, words, k, multitude.next, multitude.low, multitude.low, multitude.high, '', true, exclude);
  const half = words[at]?.lower === 'half' && words[at + 1]?.lower === 'a' && words[at + 2]?.lower === 'dozen';
  if (half) return finish(text, words, k, at, at + 3, 6, hedge?.kind ?? null, exclude);
  const compound = compoundUnit(words[at]);
  if (compound) {
    const [low, high] = compound.unit === 'age' ? [compound.value, compound.value] : interval(compound.value, hedge?.kind ?? null);
    return build(text, words, k, at + 1, compound.value, low, high, compound.unit, !!hedge, exclude);
  }
  const number = readNumber(words, at);
  if (!number || !isQuantity(text, words, at, number)) return null;
  return finish(text, words, k, at, number.next, number.value, hedge?.kind ?? null, exclude, number.inWords);
}

/** Units and ages after the number (which starts at word `at`, after any hedge from word `from`),
 *  then the interval the hedge gives. */
function finish(text: string, words: Word[], from: number, at: number, next: number, value: number, hedge: Hedge | null, exclude: readonly Range[], inWords = false): { figure: Figure; next: number } | null {
  let unit = '';
  let to = next;
  const sign = text[words[at].start - 1];
  if (CURRENCY_SIGNS[sign]) unit = CURRENCY_SIGNS[sign];
  const after = words[to];
  const afterLower = after?.lower ?? '';
  const blank = !!after && blankBetween(text, words[to - 1].end, after.start);
  if (text[words[to - 1].end] === '%') {
    unit = 'percent';
  } else if (blank && (afterLower === 'percent' || (afterLower === 'per' && words[to + 1]?.lower === 'cent'))) {
    unit = 'percent';
    to += afterLower === 'per' ? 2 : 1;
  } else if (blank && CURRENCY_WORDS.has(afterLower) && !unit) {
    unit = CURRENCY_WORDS.get(afterLower)!;
    to++;
  } else if (after && (blank || text.slice(words[to - 1].end, after.start).trim() === '-')) {
    const duration = DURATION_UNITS.get(afterLower);
    if (duration) {
      to++;
      const old = words[to]?.lower === 'old';
      if (duration[0] === 'year' && duration[1] === 1 && old) {
        unit = 'age';
        to++;
      } else {
        unit = duration[0];
        value *= duration[1];
      }
    }
  }
  if (!unit && isAgeAside(text, words, from, next)) unit = 'age';
  if (!unit && inWords && value === 1) return null;
  // "$200 or less", "600 or more": the bound comes after the number.
  const trailing = hedge === null ? trailingHedgeAt(text, words, to) : null;
  if (trailing) {
    hedge = trailing.kind;
    to = trailing.next;
  }
  const [low, high] = interval(value, hedge);
  return build(text, words, from, to, value, low, high, unit, hedge !== null, exclude);
}

function trailingHedgeAt(text: string, words: Word[], k: number): { kind: Hedge; next: number } | null {
  if (words[k]?.lower !== 'or' || !blankBetween(text, words[k - 1].end, words[k].start)) return null;
  const bound = words[k + 1]?.lower;
  if (bound === 'more' || bound === 'above' || bound === 'higher') return { kind: 'atLeast', next: k + 2 };
  if (bound === 'less' || bound === 'fewer' || bound === 'below' || bound === 'lower') return { kind: 'atMost', next: k + 2 };
  if (bound === 'so') return { kind: 'about', next: k + 2 };
  return null;
}

function interval(value: number, hedge: Hedge | null): [number, number] {
  switch (hedge) {
    case null:
      return [value, value];
    case 'about':
      return [Math.floor(value * (1 - ABOUT)), Math.ceil(value * (1 + ABOUT))];
    case 'under':
      return [Math.floor(value * (1 - ABOUT)), value];
    case 'over':
    case 'atLeast':
      return [value, NO_UPPER_BOUND];
    case 'atMost':
      return [0, value];
  }
}

function build(text: string, words: Word[], from: number, to: number, value: number, low: number, high: number, unit: string, approximate: boolean, exclude: readonly Range[]): { figure: Figure; next: number } | null {
  let start = words[from].start;
  const end = words[to - 1].end;
  if (overlappingIndexes(exclude, start, end).length) return null;
  if (unit === 'usd' || unit === 'eur' || unit === 'gbp') start = Math.min(start, signStart(text, words[from].start));
  else if (unit === 'percent' && text[end] === '%') return withCounted(text, words, to, { start, end: end + 1, value, low, high, unit, approximate }, true);
  return withCounted(text, words, to, { start, end, value, low, high, unit, approximate }, unit === 'percent');
}

function withCounted(text: string, words: Word[], to: number, f: Omit<Figure, 'text' | 'counted'>, ofPhrase: boolean): { figure: Figure; next: number } {
  // Only counts and shares count something: "32 soldiers", "90 percent of its citizens".
  const counted = f.unit === '' || f.unit === 'percent' ? countedAfter(text, words, to, f.end, ofPhrase || f.unit === '') : '';
  const figure: Figure = {
    start: f.start, end: f.end, text: text.slice(f.start, f.end), value: f.value, low: f.low, high: f.high,
    unit: f.unit, approximate: f.approximate, counted,
  };
  return { figure, next: to };
}

/** "$3 million": the sign sits right before the first number word (hedges come before the sign). */
function signStart(text: string, numberStart: number): number {
  return CURRENCY_SIGNS[text[numberStart - 1]] ? numberStart - 1 : numberStart;
}

function hedgeAt(words: Word[], k: number): { kind: Hedge; next: number } | null {
  for (const [phrase, kind] of HEDGES) {
    if (phrase.every((p, n) => words[k + n]?.lower === p)) return { kind, next: k + phrase.length };
  }
  return null;
}

/** "tens of thousands" → 10,000..99,999; "hundreds" → 100..999; "dozens" → 24..143. */
function multitudeAt(words: Word[], k: number): { low: number; high: number; next: number } | null {
  const w = words[k]?.lower;
  if (!w) return null;
  if ((w === 'tens' || w === 'hundreds') && words[k + 1]?.lower === 'of') {
    const base = MULTITUDES.get(words[k + 2]?.lower ?? '');
    if (base !== undefined && base >= 1e3) {
      const factor = w === 'tens' ? 10 : 100;
      return { low: base * factor, high: base * factor * 10 - 1, next: k + 3 };
    }
  }
  const base = MULTITUDES.get(w);
  if (base === undefined || words[k + 1]?.lower !== 'of') return null;
  const low = base === 12 ? 24 : base;
  return { low, high: base === 12 ? 143 : base * 10 - 1, next: k + 1 };
}

/** One hyphenated word: "94-year-old" (an age), "70-year" or "six-decade" (a duration). */
function compoundUnit(word: Word | undefined): { value: number; unit: string } | null {
  if (!word) return null;
  const lower = word.lower;
  const dash = lower.indexOf('-');
  if (dash <= 0) return null;
  const head = lower.slice(0, dash);
  const rest = lower.slice(dash + 1);
  const n = digitValue(head) ?? smallNumber(head);
  if (n === null) return null;
  if (rest === 'year-old' || rest === 'years-old') return { value: n, unit: 'age' };
  const duration = DURATION_UNITS.get(rest);
  return duration ? { value: n * duration[1], unit: duration[0] } : null;
}

/** "Rosa Vidal, 65, said": a bare number between commas right after a capitalised name. */
function isAgeAside(text: string, words: Word[], from: number, next: number): boolean {
  if (next !== from + 1) return false;
  const w = words[from];
  const prev = words[from - 1];
  if (!prev || !/^\d{1,3}$/.test(w.text)) return false;
  const before = text.slice(prev.end, w.start).trim();
  const after = text[w.end];
  const c = prev.text[0];
  return before === ',' && (after === ',' || after === ')' || after === '.' || after === ';') && c !== c.toLowerCase();
}

/** "7 p.m.", "3 am": an hour, not a count. */
function isClockTime(words: Word[], k: number): boolean {
  const next = words[k + 1]?.lower;
  return next === 'am' || next === 'pm' || ((next === 'a' || next === 'p') && words[k + 2]?.lower === 'm');
}

/** Not a quantity: years, times, ordinals, labels ("Section 230"), model names ("F-35"). */
function isQuantity(text: string, words: Word[], k: number, number: { value: number; next: number; inWords: boolean }): boolean {
  const w = words[k];
  if (number.inWords) return true;
  const afterChar = text[w.end];
  if (afterChar === ':' && /[0-9]/.test(text[w.end + 1] ?? '')) return false;
  if (isClockTime(words, k)) return false;
  const lastChar = w.text[w.text.length - 1];
  if (lastChar < '0' || lastChar > '9') return false;
  const beforeChar = text[w.start - 1];
  if ((beforeChar === '-' || beforeChar === '/' || beforeChar === ':' || beforeChar === '#') && !CURRENCY_SIGNS[text[w.start - 2]]) return false;
  if (afterChar === '/' || (afterChar === '-' && /[0-9]/.test(text[w.end + 1] ?? ''))) return false;
  const prev = words[k - 1];
  if (prev && LABEL_WORDS.has(prev.lower) && text.slice(prev.end, w.start).trim().replace('.', '') === '') return false;
  const isYearLike = /^\d{4}$/.test(w.text) && number.value >= 1000 && number.value <= 2199;
  if (isYearLike && !CURRENCY_SIGNS[beforeChar] && number.next === k + 1 && text[w.end] !== '%') return false;
  return !SCALES.has(w.lower);
}
