// Whether a date's reading can be trusted enough to call another source wrong. A relative date is
// only as good as the publication date it was resolved against: when the text casts doubt on the
// reading, or the article's publication date lies far from the rest of its story (a page dated by
// a later update, a column re-dated), a disagreement is more likely the resolution's than the source's.
import type { IndexedArticle, IndexedDate } from './articleIndex';
import { linkedInStory, type MatchContext } from './matchEdge';

/** How far, in days, an article's publication date may lie from its story's middle before it is doubted. */
const STORY_SPREAD_DAYS = 30;

/**
 * A test of whether a date's reading is doubted, for one round of matching: each article's place in
 * its story is judged once, when one of its relative dates first asks.
 */
export function doubtedDates(ctx: MatchContext): (a: IndexedArticle, d: IndexedDate) => boolean {
  const apart = new Map<IndexedArticle, boolean>();
  return (a, d) => {
    const mention = a.facts.dates[d.date]!;
    if (mention.doubtful === true) return true;
    if (!mention.relative) return false;
    let far = apart.get(a);
    if (far === undefined) apart.set(a, (far = publishedApartFromStory(ctx, a)));
    return far;
  };
}

/** True when the article's publication date lies more than a month from the middle of its story's others. */
function publishedApartFromStory(ctx: MatchContext, a: IndexedArticle): boolean {
  const own = a.publishedDay;
  if (own === null) return false;
  const others: number[] = [];
  for (const b of linkedInStory(ctx, a)) if (b.publishedDay !== null) others.push(b.publishedDay);
  if (others.length === 0) return false;
  others.sort((x, y) => x - y);
  const middle = others[Math.floor(others.length / 2)]!;
  return Math.abs(own - middle) > STORY_SPREAD_DAYS;
}

/**
 * "New Year's Eve" read as this year's against another source's "New Year's Eve 2015": the same
 * day of the year, and only the year differs, which one side never wrote but took from its
 * publication date. Which year it meant is a guess, not a disagreement.
 */
export function differsOnlyByGuessedYear(a: IndexedArticle, x: IndexedDate, b: IndexedArticle, y: IndexedDate): boolean {
  const mx = a.facts.dates[x.date]!;
  const my = b.facts.dates[y.date]!;
  if (!mx.relative && !my.relative) return false;
  const vx = mx.value ?? '';
  const vy = my.value ?? '';
  return /^\d{4}-\d{2}-\d{2}/.test(vx) && /^\d{4}-\d{2}-\d{2}/.test(vy) && vx.slice(5, 10) === vy.slice(5, 10) && vx.slice(0, 4) !== vy.slice(0, 4);
}

/** Days before its article's publication a date must end to be background rather than the story's news. */
const BACKGROUND_DAYS = 365;
/** Days before publication from which a date is the story's news, however the story runs on. */
const DATED_NEWS_DAYS = 31;

/**
 * A date a year or more before its article was published (background: "the launch of April 5, 2009")
 * against one of the other article's news ("on Sunday"): two events of one kind, not one dated twice.
 */
export function backgroundAgainstNews(a: IndexedArticle, x: IndexedDate, b: IndexedArticle, y: IndexedDate): boolean {
  return (isBackground(a, x) && isNews(b, y)) || (isBackground(b, y) && isNews(a, x));
}

/** A date that ended a year or more before its article was published ("in 1996 a boy fell"). */
export function isBackground(a: IndexedArticle, d: IndexedDate): boolean {
  const published = a.publishedDay;
  return published !== null && d.range.precision !== 'yearless' && d.range.to < published - BACKGROUND_DAYS;
}

function isNews(a: IndexedArticle, d: IndexedDate): boolean {
  const published = a.publishedDay;
  return published !== null && d.range.precision !== 'yearless' && d.range.to >= published - DATED_NEWS_DAYS;
}

const DAY_WORDS = /^(?:today|tonight|yesterday|tomorrow)\b/i;

/**
 * "tonight" in an article dated the next day against "Sunday, February 4": publication dates carry no
 * hour or time zone, so a day counted from one may be a day off. One day apart is no disagreement.
 */
export function offByPublicationDay(a: IndexedArticle, x: IndexedDate, b: IndexedArticle, y: IndexedDate): boolean {
  if (x.range.precision !== 'day' || y.range.precision !== 'day' || Math.abs(x.range.from - y.range.from) !== 1) return false;
  return DAY_WORDS.test(a.facts.dates[x.date]!.text) || DAY_WORDS.test(b.facts.dates[y.date]!.text);
}
