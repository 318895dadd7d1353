// Figures a reader could check: counts, amounts, percentages, durations, ages, weights, lengths,
// speeds, laps and positions, normalised so that "nearly 70 years" and "almost seven decades" compare
// equal, "181-kg" and "400 lb" weigh the same, and "around two dozen" covers 21–27.
import type { Figure } from '../types';
import { countedAfter } from './counted';
import { HEDGE_OPENERS, hedgeAt, interval, multitudeAt, trailingHedgeAt, type Hedge } from './hedges';
import { halfStep, measureUnitOf, perHourSpeed, wordMeasure, type MeasureUnit } from './measurements';
import { readNumber, type NumberReading } from './numbers';
import { mayOpenOrdered, orderedAt } from './ordinals';
import { isQuantity, isYearLike } from './quantity';
import { overlappingIndexes, unionOf, type Range } from './spans';
import { compoundUnit, currencyOfSign, CURRENCY_UNITS, CURRENCY_WORDS, DURATION_UNITS, isAgeAside, signStart } from './units';
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
  if (FIGURE_OPENERS.has(word.lower) || mayOpenOrdered(word.lower)) return true;
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
  const ordered = orderedAt(words, at);
  if (ordered) return build(text, words, hedge ? k : ordered.from, ordered.next, ordered.value, ordered.value, ordered.value, ordered.unit, false, exclude);
  const half = words[at]?.lower === 'half' && words[at + 1]?.lower === 'a' && words[at + 2]?.lower === 'dozen';
  if (half) return finish(text, words, k, at, at + 3, 6, hedge?.kind ?? null, exclude);
  const measure = wordMeasure(words[at].lower);
  if (measure) {
    const kind = measure.plus ? 'atLeast' : hedge?.kind ?? null;
    const [low, high] = measuredInterval(measure.written, measure.digits, kind, measure.unit);
    return withHolder(text, words, k, at + 1, measure.written * measure.unit.factor, low, high, measure.unit.base, kind !== null, exclude);
  }
  const compound = compoundUnit(words[at]);
  if (compound) {
    const [low, high] = compound.unit === 'age' ? [compound.value, compound.value] : interval(compound.value, hedge?.kind ?? null);
    const make = compound.unit === 'age' ? withHolder : build;
    return make(text, words, k, at + 1, compound.value, low, high, compound.unit, !!hedge, exclude);
  }
  const number = readNumber(words, at);
  if (!number) return null;
  const range = rangeAfter(text, words, at, number);
  if (range) return finish(text, words, k, at, range.next, range.high, 'range', exclude, false, range.low, range.digits);
  if (!isQuantity(text, words, at, number)) return null;
  return finish(text, words, k, at, number.next, number.value, hedge?.kind ?? null, exclude, number.inWords, number.value, number.inWords ? '' : words[at].text);
}

/** "10 to 12", "30-50": a second, larger number after the first, both written in digits or both in words. */
function rangeAfter(text: string, words: Word[], at: number, first: NumberReading): { low: number; high: number; next: number; digits: string } | null {
  const joint = words[first.next];
  const second = joint?.lower === 'to' ? first.next + 1 : first.next;
  const between = text.slice(words[first.next - 1].end, words[second]?.start ?? 0).trim();
  if (!words[second] || !(joint?.lower === 'to' ? between === 'to' : between === '-' || between === '–')) return null;
  // "1990 to 1995", "2015-16": years, not a range of figures.
  if (isYearLike(words[at], first)) return null;
  const high = readNumber(words, second);
  if (!high || high.inWords !== first.inWords || high.value <= first.value) return null;
  return { low: first.value, high: high.value, next: high.next, digits: high.inWords ? '' : words[second].text };
}

/**
 * Units and ages after the number (which starts at word `at`, after any hedge from word `from`),
 * then the interval the hedge gives. A range ("10 to 12 feet") passes its lower end as `rangeLow`;
 * `digits` is the number as written, for the precision of a measurement.
 */
function finish(
  text: string, words: Word[], from: number, at: number, next: number, value: number, hedge: Hedge | 'range' | null,
  exclude: readonly Range[], inWords = false, rangeLow = value, digits = '',
): { figure: Figure; next: number } | null {
  let unit = '';
  let to = next;
  unit = currencyOfSign(text[words[at].start - 1]) ?? unit;
  const after = words[to];
  const afterLower = after?.lower ?? '';
  const blank = !!after && blankBetween(text, words[to - 1].end, after.start);
  const scaled = next > at + 1;
  if (text[words[to - 1].end] === '%') {
    unit = 'percent';
  } else if (blank && (afterLower === 'percent' || (afterLower === 'per' && words[to + 1]?.lower === 'cent'))) {
    unit = 'percent';
    to += afterLower === 'per' ? 2 : 1;
  } else if (blank && CURRENCY_WORDS.has(afterLower) && !unit && (scaled || !measureUnitOf(afterLower) || words[to + 1]?.lower === 'sterling')) {
    // "400 pounds" is a weight, "3 million pounds" or "400 pounds sterling" money.
    unit = CURRENCY_WORDS.get(afterLower)!;
    to++;
  } else if (after && !unit && (blank || text.slice(words[to - 1].end, after.start).trim() === '-')) {
    const measure = measureUnitOf(afterLower);
    const duration = DURATION_UNITS.get(afterLower);
    if (measure) {
      to++;
      const speed = perHourAt(words, to) ? perHourSpeed(measure) : null;
      if (speed) to += 2;
      const kind = hedge === 'range' ? null : hedge;
      const [low, high] = measuredInterval(value, digits, kind, speed ?? measure);
      const factor = (speed ?? measure).factor;
      const [central, bottom, top] = hedge === 'range' ? [((rangeLow + value) / 2) * factor, rangeLow * factor, value * factor] : [value * factor, low, high];
      const built = build(text, words, from, to, central, bottom, top, (speed ?? measure).base, hedge !== null, exclude);
      // "40 metres of the road": what the measurement is of.
      if (built && words[to]?.lower === 'of') built.figure.counted = countedAfter(text, words, to, built.figure.end, true);
      return built;
    }
    if (duration) {
      to++;
      const old = words[to]?.lower === 'old';
      if (duration[0] === 'year' && duration[1] === 1 && old) {
        unit = 'age';
        to++;
      } else {
        unit = duration[0];
        value *= duration[1];
        rangeLow *= duration[1];
      }
    }
  }
  if (!unit && (isAgeAside(text, words, from, next) || words[from - 1]?.lower === 'aged')) unit = 'age';
  if (!unit && inWords && value === 1) return null;
  // A range stands for its middle ("10 to 12" for 11), so that an estimate near either end agrees with it.
  if (hedge === 'range') return build(text, words, from, to, (rangeLow + value) / 2, rangeLow, value, unit, true, exclude);
  // "$200 or less", "600 or more": the bound comes after the number.
  const trailing = hedge === null ? trailingHedgeAt(text, words, to) : null;
  if (trailing) {
    hedge = trailing.kind;
    to = trailing.next;
  }
  const [low, high] = interval(value, hedge);
  if (CURRENCY_UNITS.has(unit)) unit = pricePer(text, words, to, unit);
  return build(text, words, from, to, value, low, high, unit, hedge !== null, exclude);
}

/** "per hour" or "an hour" after a distance: a speed. */
function perHourAt(words: Word[], k: number): boolean {
  const first = words[k]?.lower;
  return (first === 'per' || first === 'an' || first === 'a') && words[k + 1]?.lower === 'hour';
}

/**
 * "$14 a share", "£3 per ticket": a price of one thing, a different quantity from a total ("a $2
 * billion deal"), so its unit names what it is the price of.
 */
function pricePer(text: string, words: Word[], to: number, unit: string): string {
  const per = words[to]?.lower;
  const thing = words[to + 1];
  if ((per !== 'a' && per !== 'per' && per !== 'each' && per !== 'an') || !thing || !blankBetween(text, words[to - 1].end, words[to].start)) return unit;
  return per === 'each' ? `${unit}/each` : `${unit}/${thing.lower}`;
}

/**
 * The values a measurement covers in its base unit: a hedged one as any hedged figure, an exact one
 * to the precision it is written with (see `halfStep`).
 */
function measuredInterval(written: number, digits: string, hedge: Hedge | null, unit: MeasureUnit): [number, number] {
  const half = hedge === null ? halfStep(digits) : 0;
  const [low, high] = hedge === null ? [written - half, written + half] : interval(written, hedge);
  return [low * unit.factor, high * unit.factor];
}

/**
 * A figure that describes the thing named right after it ("a 450-pound gorilla", "a four-year-old
 * boy"): the noun is kept as what the figure counts, so that the weight of a gorilla is not compared
 * with the weight of an orca. A conversion in brackets ("400-pound (181-kg) gorilla") is skipped.
 */
function withHolder(text: string, words: Word[], from: number, to: number, value: number, low: number, high: number, unit: string, approximate: boolean, exclude: readonly Range[]): { figure: Figure; next: number } | null {
  const built = build(text, words, from, to, value, low, high, unit, approximate, exclude);
  if (!built) return null;
  const close = text.slice(built.figure.end, built.figure.end + 2) === ' (' ? text.indexOf(')', built.figure.end) : -1;
  const resume = close > 0 && close - built.figure.end < MAX_CONVERSION_LENGTH ? words.findIndex((w) => w.start > close) : to;
  const holderFrom = resume < 0 ? to : resume;
  built.figure.counted = countedAfter(text, words, holderFrom, holderFrom === to ? built.figure.end : close + 1, false);
  return built;
}
/** Characters a bracketed conversion may take ("(3.7 meters)"). */
const MAX_CONVERSION_LENGTH = 24;

function build(text: string, words: Word[], from: number, to: number, value: number, low: number, high: number, unit: string, approximate: boolean, exclude: readonly Range[]): { figure: Figure; next: number } | null {
  let start = words[from].start;
  const end = words[to - 1].end;
  if (overlappingIndexes(exclude, start, end).length) return null;
  if (CURRENCY_UNITS.has(unit.split('/')[0])) start = Math.min(start, signStart(text, words[from].start));
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
