// Claims an article states with no source. Only news claims are worth asking a source for: a figure
// of the story (people killed, money, shares) or an event dated near the article's publication. Ages,
// durations of history, specifications of a product and events of past years ("the invasion of 1961")
// are background a reader does not expect attributed. Each finding names the figure or date it is
// about, so a Problems panel of them reads as a list of different claims, not one message repeated.
import { type IndexedArticle, inProse, sentenceAt } from './articleIndex';
import type { ClaimMention, DateMention, Figure } from '../core/types';
import type { CollectionDiagnostic } from './types';

/** Units of figures that describe rather than report: a person's age, how long something has lasted. */
const DESCRIPTIVE_UNITS = new Set(['age', 'year', 'month', 'week', 'day', 'hour']);

/** Units of device specifications ("64GB", "4,000 mAh", "12 megapixels"): a data sheet, not news. */
const SPECIFICATION_UNITS = new Set(['gb', 'tb', 'mb', 'kb', 'mah', 'mp', 'megapixel', 'megapixels', 'ghz', 'mhz', 'hz', 'ppi', 'fps', 'nits', 'gbps', 'mbps']);

/** How far before publication an event is still the news of the day. */
const NEWS_DAYS_BEFORE = 60;
const NEWS_DAYS_AFTER = 14;
const DAY_MS = 86_400_000;

export function unsourcedDiagnostics(a: IndexedArticle): CollectionDiagnostic[] {
  const out: CollectionDiagnostic[] = [];
  // A figure or date repeated later in the article is the same claim again: one finding is enough.
  const told = new Set<string>();
  for (const claim of a.facts.claims) {
    if (claim.attributed || !inProse(a.facts, claim.start)) continue;
    const about = newsPartOf(a, claim);
    if (!about || told.has(about.key)) continue;
    told.add(about.key);
    const at = attributionPoint(a, claim.end);
    out.push({
      path: a.path,
      start: claim.start,
      end: claim.end,
      severity: 'information',
      code: 'unsourced-claim',
      message: about.kind === 'figure'
        ? `No source for the figure “${about.text}”${about.counted ? ` (${about.counted})` : ''}: say who gives it`
        : `No source for the event dated “${about.text}”: say who reports it`,
      related: [],
      fixes: [
        { title: 'Add an attribution (“according to …”)', kind: 'replace', start: at, end: at, newText: ', according to [source]' },
        { title: 'Ignore this claim in this collection', kind: 'teach', teach: { ignore: claim.text } },
      ],
    });
  }
  return out;
}

interface NewsPart {
  kind: 'figure' | 'date';
  text: string;
  counted: string;
  /** What makes two findings of one article the same: the figure's value and noun, or the date. */
  key: string;
}

/** The figure or date that makes a claim news, or null when the claim is background. */
function newsPartOf(a: IndexedArticle, claim: ClaimMention): NewsPart | null {
  const dates = claim.dates.map((i) => a.facts.dates[i]!).filter((d) => d.value !== null);
  const newsDate = dates.find((d) => isNewsDate(d, a.facts.metadata.published));
  // A claim set in past years ("in 1961, 1,400 exiles landed") is history, figures and all.
  if (dates.length > 0 && !newsDate) return null;
  const figure = claim.figures.find((f) => isNewsFigure(a.text, f));
  if (figure) return { kind: 'figure', text: figure.text, counted: figure.counted, key: `figure:${figure.value}:${figure.unit}:${figure.counted}` };
  return newsDate ? { kind: 'date', text: newsDate.text, counted: '', key: `date:${newsDate.value}` } : null;
}

function isNewsFigure(text: string, figure: Figure): boolean {
  if (DESCRIPTIVE_UNITS.has(figure.unit) || isVague(figure.text) || isCode(figure.text)) return false;
  return !SPECIFICATION_UNITS.has(unitWordAfter(text, figure)) && !SPECIFICATION_UNITS.has(trailingLetters(figure.text));
}

/** Words of an amount with no number in it: "hundreds", "tens of thousands", "many millions". */
const VAGUE_WORDS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'scores', 'tens', 'of', 'several', 'many', 'some', 'a', 'few']);

/** "Hundreds of thousands" says how large, not how many: there is no figure to check. */
function isVague(figureText: string): boolean {
  return figureText.toLowerCase().split(/\s+/).every((w) => VAGUE_WORDS.has(w));
}

/** A number written with a leading zero ("0207", "007") is a code or a phone prefix, not a count. */
function isCode(figureText: string): boolean {
  return /^0\d/.test(figureText.trim());
}

/** The word right after a figure ("4,000 mAh" → "mah"), lower-cased. */
function unitWordAfter(text: string, figure: Figure): string {
  const match = /^[\s-]?([A-Za-z]+)/.exec(text.slice(figure.end, figure.end + 16));
  return match ? match[1]!.toLowerCase() : '';
}

/** Letters glued to the end of a figure ("64GB" → "gb"). */
function trailingLetters(figureText: string): string {
  const match = /\d([A-Za-z]+)$/.exec(figureText);
  return match ? match[1]!.toLowerCase() : '';
}

/**
 * A date of the news: at least a month precise and near the publication date; with no publication
 * date, a day or week precise. Bare years, decades and centuries date background.
 */
function isNewsDate(date: DateMention, published: string | null): boolean {
  const span = periodOf(date.value!);
  if (!span || span.precision === 'year') return false;
  if (!published) return span.precision !== 'month';
  const pub = Date.parse(published + 'T00:00:00Z');
  if (Number.isNaN(pub)) return span.precision !== 'month';
  return span.end >= pub - NEWS_DAYS_BEFORE * DAY_MS && span.start <= pub + NEWS_DAYS_AFTER * DAY_MS;
}

interface Period {
  start: number;
  end: number;
  precision: 'year' | 'month' | 'week' | 'day';
}

/** The time a TimeML-style value covers, in UTC milliseconds; null for values it cannot place. */
function periodOf(value: string): Period | null {
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) {
    const start = Date.UTC(Number(week[1]), 0, 1) + (Number(week[2]) - 1) * 7 * DAY_MS;
    return { start, end: start + 7 * DAY_MS, precision: 'week' };
  }
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[3]) {
    const start = Date.UTC(year, Number(match[2]) - 1, Number(match[3]));
    return { start, end: start + DAY_MS, precision: 'day' };
  }
  if (match[2]) return { start: Date.UTC(year, Number(match[2]) - 1, 1), end: Date.UTC(year, Number(match[2]), 1), precision: 'month' };
  return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), precision: 'year' };
}

/** Where to insert an attribution: before the sentence's final period (or at its end). */
function attributionPoint(a: IndexedArticle, claimEnd: number): number {
  const sentence = sentenceAt(a.facts, claimEnd - 1);
  let end = sentence ? sentence.end : claimEnd;
  while (end > 0 && /\s/.test(a.text[end - 1]!)) end--;
  if (end > 0 && '.!?'.includes(a.text[end - 1]!)) end--;
  return end;
}
