// Finds every date expression in an article and resolves it against the publication date.
import type { DateMention, Layout, Region } from '../types';
import { dayNumber, parseDay, weekdayOf } from './calendar';
import { matchDateAt } from './patterns';
import type { DateMatch } from './readers';
import type { DateSpec } from './spec';
import { resolveDate } from './resolve';
import { sentencePointsAhead, tenseAround } from './tense';
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
  const weekdays: { mention: DateMention; weekday: number; sentence: number }[] = [];
  const yearless: { mention: DateMention; sentence: number }[] = [];
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
    const [sentenceStart, sentenceEnd] = inSentence ? [s.start, s.end] : [0, text.length];
    const tense = tenseAround(tokens, match.from, match.to, sentenceStart, sentenceEnd);
    const resolved = resolveDate(match.spec, pub, tense.tense);
    let value = resolved.value;
    if (value && QUARTER.test(value)) lastQuarter = { value, sentence };
    else if (lastQuarter && sentence - lastQuarter.sentence <= 1 && isYearBefore(tokens, match)) value = yearBefore(lastQuarter.value);
    // Nothing near a weekday said which way it points, yet the sentence looks ahead: the past
    // reading taken by default is a guess.
    const guessedPast = match.spec.kind === 'weekday' && match.spec.shift === null && !tense.cued && sentencePointsAhead(tokens, match.from, sentenceStart, sentenceEnd);
    const mention: DateMention = { start, end, text: text.slice(start, end), value, relative: resolved.relative };
    if (resolved.doubtful || guessedPast) mention.doubtful = true;
    dates.push(mention);
    if (match.spec.kind === 'weekday') weekdays.push({ mention, weekday: match.spec.weekday, sentence });
    if (YEARLESS.has(match.spec.kind)) yearless.push({ mention, sentence });
  }
  for (const w of weekdays) datedBySentence(w, dates, sentences);
  for (const y of yearless) if (sentenceNamesOtherYear(y.mention, dates, sentences[y.sentence])) y.mention.doubtful = true;
  return dates;
}

/** Days and months written without their year, which the publication date alone gives one. */
const YEARLESS: ReadonlySet<DateSpec['kind']> = new Set(['dayOfYear', 'nthWeekday', 'month']);

/**
 * "protests held in January 2016 following assaults on New Year's Eve": the sentence sets its
 * events in another year than the publication date gives the yearless day, so that year is a guess.
 */
function sentenceNamesOtherYear(mention: DateMention, dates: DateMention[], s: Layout['sentences'][number] | undefined): boolean {
  if (!s || mention.value === null || mention.start < s.start || mention.end > s.end) return false;
  const year = mention.value.slice(0, 4);
  return dates.some((d) => d !== mention && !d.relative && d.start >= s.start && d.end <= s.end && /^\d{4}/.test(d.value ?? '') && d.value!.slice(0, 4) !== year);
}

/**
 * "on Sunday, New Year's Eve": a weekday written beside a day of the same sentence that falls on it,
 * within a week, is that day, whatever the publication date alone would make of it.
 */
function datedBySentence(w: { mention: DateMention; weekday: number; sentence: number }, dates: DateMention[], sentences: Layout['sentences']): void {
  const s = sentences[w.sentence];
  const own = parseDay(w.mention.value);
  if (!s || !own || w.mention.start < s.start) return;
  for (const d of dates) {
    if (d === w.mention || d.start < s.start || d.end > s.end || d.value === null || d.value.length !== 10) continue;
    const day = parseDay(d.value);
    if (!day || weekdayOf(day) !== w.weekday || Math.abs(dayNumber(day) - dayNumber(own)) > DAYS_IN_WEEK) continue;
    w.mention.value = d.value;
    delete w.mention.doubtful;
    return;
  }
}
const DAYS_IN_WEEK = 7;
