// How sure a figure is: "more than 1,000", "nearly 70", "around two dozen", "$200 or less", "tens of
// thousands". Each hedge turns into the interval of values the figure covers.
import { blankBetween, type LowerWord as Word } from './words';

export type Hedge = 'about' | 'under' | 'over' | 'atMost' | 'atLeast';

/** Words before a number that make it approximate or a bound, longest first. */
const HEDGES: ReadonlyArray<[string[], Hedge]> = [
  [['more', 'than'], 'over'], [['over'], 'over'], [['at', 'least'], 'atLeast'], [['upwards', 'of'], 'over'],
  [['fewer', 'than'], 'atMost'], [['less', 'than'], 'atMost'], [['up', 'to'], 'atMost'], [['at', 'most'], 'atMost'],
  [['no', 'more', 'than'], 'atMost'], [['nearly'], 'under'], [['almost'], 'under'], [['close', 'to'], 'under'],
  [['just', 'under'], 'under'], [['about'], 'about'], [['around'], 'about'], [['roughly'], 'about'],
  [['some'], 'about'], [['approximately'], 'about'], [['an', 'estimated'], 'about'], [['an', 'approximate'], 'about'],
];

/** How far an approximate figure reaches either side: "around two dozen" → 21..27, "nearly 1,000" → 900..1,000. */
const ABOUT = 0.1;
/**
 * How far a bound reaches past its figure: a writer who knows the count rounds it to the nearest
 * round figure below ("more than 600" for 650), and past half as much again would have written the
 * next round figure; so "more than 600" covers 600..840 and agrees with "hundreds", not with "almost
 * 1,200", and "at least four" is not "at least six".
 */
const BOUND_REACH = 0.4;

/** Vague multitudes: "dozens of", "hundreds of", "tens of thousands of". */
const MULTITUDES: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
]);

export function hedgeAt(words: Word[], k: number): { kind: Hedge; next: number } | null {
  for (const [phrase, kind] of HEDGES) {
    if (phrase.every((p, n) => words[k + n]?.lower === p)) return { kind, next: k + phrase.length };
  }
  return null;
}

export function trailingHedgeAt(text: string, words: Word[], k: number): { kind: Hedge; next: number } | null {
  if (words[k]?.lower !== 'or' || !blankBetween(text, words[k - 1].end, words[k].start)) return null;
  const bound = words[k + 1]?.lower;
  if (bound === 'more' || bound === 'above' || bound === 'higher') return { kind: 'atLeast', next: k + 2 };
  if (bound === 'less' || bound === 'fewer' || bound === 'below' || bound === 'lower') return { kind: 'atMost', next: k + 2 };
  if (bound === 'so') return { kind: 'about', next: k + 2 };
  return null;
}

export function interval(value: number, hedge: Hedge | null): [number, number] {
  // Whole counts stay whole ("about 12" → 10..14); measures written with decimals keep them.
  const down = (x: number) => (Number.isInteger(value) ? Math.floor(x) : x);
  const up = (x: number) => (Number.isInteger(value) ? Math.ceil(x) : x);
  switch (hedge) {
    case null:
      return [value, value];
    case 'about':
      return [down(value * (1 - ABOUT)), up(value * (1 + ABOUT))];
    case 'under':
      return [down(value * (1 - ABOUT)), value];
    case 'over':
    case 'atLeast':
      return [value, value * (1 + BOUND_REACH)];
    case 'atMost':
      return [value / (1 + BOUND_REACH), value];
  }
}

/** "tens of thousands" → 10,000..99,999; "hundreds" → 100..999; "dozens" → 24..143. */
export function multitudeAt(words: Word[], k: number): { low: number; high: number; next: number } | null {
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

/** First words of every hedge and multitude, for a quick test of where a figure may open. */
export const HEDGE_OPENERS: ReadonlySet<string> = new Set([...HEDGES.map(([phrase]) => phrase[0]), ...MULTITUDES.keys(), 'tens']);
