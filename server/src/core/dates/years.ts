// Years and longer stretches: "1959", "the 1960s", "the '80s", "the 20th century", "nineteen ninety-six",
// and counts back from publication: "two years ago".
import { pad } from './calendar';
import { COUNT_WORDS, OFFSET_UNITS, ORDINAL_SUFFIXES, ORDINAL_WORDS, YEAR_LEAD_WORDS } from './lexicon';
import { yearAt, type DateMatch } from './readers';
import { touching, type Token } from './tokens';

/** A year or a decade written in digits: "1959", "1990s". */
export function yearNumberAt(tokens: Token[], i: number): DateMatch | null {
  const t = tokens[i];
  if (t.text.length !== 4) return null;
  const after = tokens[i + 1];
  if (after && touching(t, after) && after.lower === 's' && t.text.endsWith('0')) {
    return { from: i, to: i + 2, spec: { kind: 'fixed', value: t.text.slice(0, 3) + 'X' } };
  }
  const year = yearAt(tokens, i);
  if (!year || !looksLikeYear(tokens, i)) return null;
  return { from: i, to: year.next, spec: { kind: 'fixed', value: t.text } };
}

/** A four-digit number is a year unless it reads as a count or an amount: "$2000", "2000 people". */
function looksLikeYear(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && (prev.text === '$' || prev.text === '#' || prev.text === '€' || prev.text === '£' || prev.lower === 'no')) return false;
  if (prev && prev.kind === 'punct' && touching(prev, tokens[i]) && (prev.text === '.' || prev.text === ',') && tokens[i - 2]?.kind === 'num') return false;
  if (next && (next.text === '%' || next.lower === 'percent')) return false;
  if (!next || next.kind === 'punct') return true;
  if (prev && (YEAR_LEAD_WORDS.has(prev.lower) || DETERMINERS.has(prev.lower) || prev.text === '-' || prev.text === '–')) return true;
  // "1,500 soldiers" is written with a comma, but "1500 soldiers" happens: a plural noun after it counts.
  return !(next.kind === 'word' && next.lower === next.text && next.lower.length > 3 && next.lower.endsWith('s') && !next.lower.endsWith('ss'));
}

/** "a 1996 law", "the 1987 crash", "the company's 1989 results". */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 's', 'its', 'their', 'his', 'her']);

/** "the '60s". */
export function decadeApostropheAt(tokens: Token[], i: number): DateMatch | null {
  const num = tokens[i + 1];
  const s = tokens[i + 2];
  if (!num || num.kind !== 'num' || num.text.length !== 2 || !num.text.endsWith('0') || !touching(tokens[i], num)) return null;
  if (!s || s.lower !== 's' || !touching(num, s)) return null;
  const century = +num.text >= 30 ? '19' : '20';
  return { from: i, to: i + 3, spec: { kind: 'fixed', value: century + num.text[0] + 'X' } };
}

/** "two years ago", "11 days ago", "a year earlier". */
export function agoAt(tokens: Token[], i: number, count: number): DateMatch | null {
  const unit = OFFSET_UNITS.get(tokens[i + 1]?.lower ?? '');
  const word = tokens[i + 2]?.lower;
  if (!unit || !(count > 0 && count < 1000)) return null;
  if (word === 'ago' || (word === 'earlier' && unit === 'year' && count === 1)) {
    return { from: i, to: i + 3, spec: { kind: 'offset', unit, amount: -count } };
  }
  return null;
}

/** "the 20th century" → 19XX. */
export function centuryAt(tokens: Token[], i: number): DateMatch | null {
  const t = tokens[i];
  let n: number | undefined;
  let j = i + 1;
  if (t.kind === 'num' && ORDINAL_SUFFIXES.has(tokens[j]?.lower ?? '') && touching(t, tokens[j])) {
    n = +t.text;
    j++;
  } else if (t.kind === 'word') {
    n = ORDINAL_WORDS.get(t.lower);
  }
  if (n === undefined || n < 1 || n > 22 || tokens[j]?.lower !== 'century') return null;
  return { from: i, to: j + 1, spec: { kind: 'fixed', value: pad(n - 1, 2) + 'XX' } };
}

/** Years read out in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
export function spokenYearAt(tokens: Token[], i: number): DateMatch | null {
  const t = tokens[i];
  const century = t.lower === 'nineteen' ? 1900 : t.lower === 'eighteen' ? 1800 : null;
  if (century !== null) {
    const tens = SPOKEN_TENS.get(tokens[i + 1]?.lower ?? '');
    if (tens === undefined) return null;
    let year = century + tens;
    let to = i + 2;
    const unit = COUNT_WORDS.get(tokens[i + 3]?.lower ?? '');
    if (tokens[i + 2]?.text === '-' && touching(tokens[i + 1], tokens[i + 2]) && unit !== undefined && unit < 10) {
      year += unit;
      to = i + 4;
    }
    return { from: i, to, spec: { kind: 'fixed', value: String(year) } };
  }
  if (t.lower === 'the' && tokens[i + 1]?.lower === 'year' && tokens[i + 2]?.lower === 'two' && tokens[i + 3]?.lower === 'thousand') {
    return { from: i, to: i + 4, spec: { kind: 'fixed', value: '2000' } };
  }
  return null;
}

const SPOKEN_TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
