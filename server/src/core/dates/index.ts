// Finds every date expression in an article and resolves it against the publication date.
import type { DateMention, Layout, Region } from '../types';
import { parseDay } from './calendar';
import { matchDateAt } from './patterns';
import { resolveDate } from './resolve';
import { tenseAround } from './tense';
import { tokenize } from './tokens';

/** Regions whose words are not the article's own statements (a dateline still is). */
const SKIPPED: ReadonlySet<Region['kind']> = new Set(['link-url', 'front-matter', 'boilerplate']);

export function findDates(text: string, layout: Layout, published: string | null): DateMention[] {
  const tokens = tokenize(text);
  const pub = parseDay(published);
  const skipped = layout.regions.filter((r) => SKIPPED.has(r.kind)).sort((a, b) => a.start - b.start);
  const sentences = [...layout.sentences].sort((a, b) => a.start - b.start);
  const dates: DateMention[] = [];
  let region = 0;
  let sentence = 0;
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
    const s = sentences[sentence];
    const inSentence = s && s.start <= start;
    const tense = tenseAround(tokens, match.from, match.to, inSentence ? s.start : 0, inSentence ? s.end : text.length);
    const { value, relative } = resolveDate(match.spec, pub, tense);
    dates.push({ start, end, text: text.slice(start, end), value, relative });
  }
  return dates;
}
