// An article with no publication date leaves every relative date it gives unresolved ("on Thursday",
// "last week"), so none of them can agree or disagree with another source. Say so once, at the top of
// the article, with fixes that record a date in `.crosscheck.json`: the date most of the story's other
// articles were published, and the latest date the article itself gives.
import type { IndexedArticle } from './articleIndex';
import { linkedInStory, type MatchContext } from './matchEdge';
import type { CollectionDiagnostic, Fix } from './types';

export function missingPublicationDateDiagnostics(ctx: MatchContext, a: IndexedArticle): CollectionDiagnostic[] {
  if (a.facts.metadata.published !== null) return [];
  const unresolved = a.facts.dates.filter((d) => d.relative && d.value === null);
  if (unresolved.length === 0) return [];
  const { start, end } = topLine(a.text);
  const count = unresolved.length === 1 ? 'one relative date' : `${unresolved.length} relative dates`;
  return [
    {
      path: a.path,
      start,
      end,
      severity: 'information',
      code: 'missing-publication-date',
      message: `This article gives no publication date, so ${count} (“${unresolved[0]!.text}”) cannot be dated or compared with other sources; record the date it was published`,
      related: [],
      fixes: suggestedDates(ctx, a).map(({ date, why }): Fix => ({
        title: `Record ${date} as the publication date (${why})`,
        kind: 'teach',
        teach: { published: { path: a.path, date } },
      })),
    },
  ];
}

/** The first line with text on it, where a reader looks for the date. */
function topLine(text: string): { start: number; end: number } {
  const start = text.search(/\S/);
  if (start < 0) return { start: 0, end: 0 };
  const lineEnd = text.indexOf('\n', start);
  return { start, end: (lineEnd < 0 ? text.length : lineEnd) - (text[lineEnd - 1] === '\r' ? 1 : 0) };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Dates to offer: the story's most common publication date, then the latest full date the text gives. */
function suggestedDates(ctx: MatchContext, a: IndexedArticle): { date: string; why: string }[] {
  const out: { date: string; why: string }[] = [];
  const counts = new Map<string, number>();
  for (const b of linkedInStory(ctx, a)) {
    const published = b.facts.metadata.published;
    if (published) counts.set(published, (counts.get(published) ?? 0) + 1);
  }
  const common = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? 1 : -1))[0];
  if (common) out.push({ date: common[0], why: 'when other articles on this story were published' });
  const written = a.facts.dates.filter((d) => !d.relative && DAY.test(d.value ?? '')).map((d) => d.value!);
  const latest = written.sort().pop();
  if (latest && latest !== common?.[0]) out.push({ date: latest, why: 'the latest date the article gives' });
  return out;
}
