// Quarters of a (fiscal) year, as business news names them.
import { ORDINAL_SUFFIXES, ORDINAL_WORDS } from './lexicon';
import { yearAt, type DateMatch } from './readers';
import { touching, type Token } from './tokens';

/** "the third quarter", "third-quarter", "the fourth quarter of 2025", "the 2025 fourth quarter", "Q3",
 *  "the latest quarter", "the quarter" (the one just reported), "the year-earlier quarter". */
export function quarterAt(tokens: Token[], i: number): DateMatch | null {
  const t = tokens[i];
  let j = i;
  if (t.lower === 'the') j++;
  const leading = t.lower === 'the' ? yearAt(tokens, j) : null;
  if (leading && (ORDINAL_WORDS.has(tokens[leading.next]?.lower ?? '') || tokens[leading.next]?.lower === 'fiscal')) j = leading.next;
  const leadingYear = j === i + 1 || !leading ? null : leading.value;
  let yearsBack = 0;
  if (tokens[j]?.lower === 'year' && tokens[j + 1]?.text === '-' && (tokens[j + 2]?.lower === 'earlier' || tokens[j + 2]?.lower === 'ago')) {
    yearsBack = 1;
    j += 3;
    const unit = tokens[j]?.lower;
    if (unit === 'quarter' || unit === 'period') return { from: i, to: j + 1, spec: { kind: 'quarter', quarter: 'latest', year: null, yearsBack } };
  }
  if (tokens[j]?.lower === 'fiscal') j++;
  const word = tokens[j];
  if (!word) return null;
  if (t.lower === 'the' && j === i + 1 && word.text === 'quarter' && tokens[j + 1]?.lower !== 'of' && !(tokens[j + 1]?.text === '-' && touching(word, tokens[j + 1]))) {
    return { from: i, to: j + 1, spec: { kind: 'quarter', quarter: 'latest', year: null, yearsBack } };
  }
  let quarter: number | 'latest' | undefined;
  if (word.lower === 'latest' || word.lower === 'most') {
    if (word.lower === 'most' && tokens[j + 1]?.lower === 'recent') j++;
    quarter = 'latest';
  } else {
    quarter = ORDINAL_WORDS.get(word.lower);
    if (quarter === undefined && word.kind === 'num' && ORDINAL_SUFFIXES.has(tokens[j + 1]?.lower ?? '')) {
      quarter = +word.text;
      j++;
    }
    if (quarter === undefined && word.lower === 'q' && tokens[j + 1]?.kind === 'num' && touching(word, tokens[j + 1])) {
      quarter = +tokens[j + 1].text;
      if (quarter >= 1 && quarter <= 4 && !touching(tokens[j + 1], tokens[j + 2])) return quarterYear(tokens, i, j + 2, quarter, yearsBack, leadingYear);
      return null;
    }
  }
  if (quarter === undefined || (typeof quarter === 'number' && (quarter < 1 || quarter > 4))) return null;
  j++;
  if (tokens[j]?.text === '-' && touching(tokens[j - 1], tokens[j])) j++;
  if (tokens[j]?.lower !== 'quarter') return null;
  return quarterYear(tokens, i, j + 1, quarter, yearsBack, leadingYear);
}

function quarterYear(tokens: Token[], from: number, to: number, quarter: number | 'latest', yearsBack: number, leadingYear: number | null): DateMatch {
  let year: number | null = leadingYear;
  let end = to;
  if (tokens[to]?.lower === 'of') {
    const y = yearAt(tokens, to + 1);
    if (y) [year, end] = [y.value, y.next];
  } else {
    const y = yearAt(tokens, to);
    if (y) [year, end] = [y.value, y.next];
  }
  return { from, to: end, spec: { kind: 'quarter', quarter, year, yearsBack } };
}
