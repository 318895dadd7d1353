// Figures a reader could check: counts, amounts, percentages, durations and ages, normalised so that
// "nearly 70 years" and "almost seven decades" compare equal, and "around two dozen" covers 20–28.
import type { Figure } from '../types';
import { countedAfter } from './counted';
import { HEDGE_OPENERS, hedgeAt, interval, multitudeAt, trailingHedgeAt, type Hedge } from './hedges';
import { readNumber } from './numbers';
import { isQuantity } from './quantity';
import { overlappingIndexes, unionOf, type Range } from './spans';
import { compoundUnit, currencyOfSign, CURRENCY_WORDS, DURATION_UNITS, isAgeAside, signStart } from './units';
import { blankBetween, lowerWordsOf, type LowerWord as Word } from './words';

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
  ...HEDGE_OPENERS, 'half', 'a', 'an', 'one', 'two', 'three', 'four',
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
  unit = currencyOfSign(text[words[at].start - 1]) ?? unit;
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
