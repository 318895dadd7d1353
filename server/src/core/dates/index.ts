// Finds every date expression in an article and resolves it against the publication date.
import type { DateMention, Layout, Region } from '../types';
import { parseDay } from './calendar';
import { matchDateAt } from './patterns';
import type { DateMatch } from './readers';
import { resolveDate } from './resolve';
import { tenseAround } from './tense';
import { tokenize, type Token } from './tokens';

/** Regions whose words are not the article's own statements (a dateline still is). */
const SKIPPED: ReadonlySet<Region['kind']> = new Set(['link-url', 'front-matter', 'boilerplate']);

const QUARTER = /^\d{4}-Q[1-4]$/;

/** "a year ago", "a year earlier": next to a quarter, they mean that quarter a year before. */
function isYearBefore(tokens: Token[], match: DateMatch): boolean {
  const last = tokens[match.to - 1].lower;
  return match.spec.kind === 'offset' && match.spec.unit === 'year' && match.spec.amount === -1 && (last === 'ago' || last === 'earlier');
}

/** "1989-Q3" → "1988-Q3". */
function yearBefore(quarter: string): string {
  return String(+quarter.slice(0, 4) - 1).padStart(4, '0') + quarter.slice(4);
}

export function findDates(text: string, layout: Layout, published: string | null): DateMention[] {
  const tokens = tokenize(text);
  const pub = parseDay(published);
  const skipped = layout.regions.filter((r) => SKIPPED.has(r.kind)).sort((a, b) => a.start - b.start);
  const sentences = [...layout.sentences].sort((a, b) => a.start - b.start);
  const dates: DateMention[] = [];
  let region = 0;
  let sentence = 0;
  let lastQuarter: { value: string; sentence: number } | null = null;
  for (let i = 0; i < tokens.length; ) {
    const match = matchDateAt(tokens, i);
    if (!match) {
      i++;
      continue;
    }
    i = match.to;
    const start = tokens[match.from].start;
    const end = tokens[match.to - 1].end;
    while (region < skipped.length && skipped[region].end <= start) region++;
    if (region < skipped.length && skipped[region].start < end) continue;
    while (sentence < sentences.length && sentences[sentence].end <= start) sentence++;
    // Sentences are counted so that "a year earlier" can refer to a quarter in the sentence before.
    const s = sentences[sentence];
    const inSentence = s && s.start <= start;
    const tense = tenseAround(tokens, match.from, match.to, inSentence ? s.start : 0, inSentence ? s.end : text.length);
    const resolved = resolveDate(match.spec, pub, tense);
    let value = resolved.value;
    if (value && QUARTER.test(value)) lastQuarter = { value, sentence };
    else if (lastQuarter && sentence - lastQuarter.sentence <= 1 && isYearBefore(tokens, match)) value = yearBefore(lastQuarter.value);
    dates.push({ start, end, text: text.slice(start, end), value, relative: resolved.relative });
  }
  return dates;
}
