// Times of day across the articles of a story: "at around 11:30pm local time" in one outlet against
// "around 11pm local time" in another, when both time the same event (the same kind of event word
// beside them, no different people, no different days named). A time agreeing with any other
// source's time of that event agrees; one agreeing with none conflicts with them.
import { timesOfDay, type TimeOfDay } from '../core/dates/times';
import { inProse, mentionsIn, type IndexedArticle } from './articleIndex';
import { dayRange, datesOverlap, type DayRange } from './claims';
import { eventsNear } from './dateEvents';
import { clusterKeyOf, location, type MatchContext, type MatchEdge } from './matchEdge';

interface IndexedTime {
  time: TimeOfDay;
  sentence: { start: number; end: number };
  events: readonly string[];
  /** The days the sentence names ("on Thursday evening"); doubted readings left out. */
  days: readonly DayRange[];
}

/** A time with the people of its sentence, as the story's clusters name them now. */
interface TimeInStory extends IndexedTime {
  people: readonly string[];
}

/** A sentence worth reading for clock times: a digit before "am"/"pm" or a colon, or a clock word. */
const MAY_HOLD_TIME = /\d\s?(?:[ap]\.?m\b|:\d\d)|\b(?:midnight|noon|midday)\b/i;

export function timeEdges(ctx: MatchContext, a: IndexedArticle): MatchEdge[] {
  const mine = inStory(ctx, a, timesOf(a));
  if (mine.length === 0) return [];
  const edges: MatchEdge[] = [];
  // Times sit in sentences that need not be claims, so the story's articles are read, not the claim links.
  for (const path of ctx.storyMembers(a.path)) {
    const b = path === a.path ? undefined : ctx.article(path);
    if (!b) continue;
    const theirs = inStory(ctx, b, timesOf(b));
    for (const x of mine) {
      const same = theirs.filter((y) => sameEvent(x, y));
      const agreeing = same.filter((y) => x.time.from <= y.time.to && y.time.from <= x.time.to);
      for (const y of agreeing.length > 0 ? agreeing : same) {
        const agrees = agreeing.length > 0;
        edges.push({
          kind: 'date',
          status: agrees ? 'agrees' : 'conflict',
          mine: location(a, x.time.start, x.time.end, { value: `T${x.time.value}` }),
          theirs: location(b, y.time.start, y.time.end, { value: `T${y.time.value}` }),
          note: agrees ? `same time of day: ${x.time.value}` : `times of day differ: ${x.time.value} vs ${y.time.value}`,
        });
      }
    }
  }
  return edges;
}

/** The same kind of event beside both times, no different people in the sentences, no different days named. */
function sameEvent(x: TimeInStory, y: TimeInStory): boolean {
  if (!x.events.some((k) => y.events.includes(k))) return false;
  if (x.people.length > 0 && y.people.length > 0 && !x.people.some((p) => y.people.includes(p))) return false;
  return x.days.length === 0 || y.days.length === 0 || x.days.some((r) => y.days.some((s) => datesOverlap(r, s)));
}

/** The article's times with the people of their sentences; clusters change as articles come and go, so never kept. */
function inStory(ctx: MatchContext, a: IndexedArticle, times: IndexedTime[]): TimeInStory[] {
  return times.map((t) => ({
    ...t,
    people: mentionsIn(a.mentions, t.sentence.start, t.sentence.end)
      .filter((m) => m.type === 'person')
      .map((m) => clusterKeyOf(ctx, a, m.entity)),
  }));
}

/** The days a sentence names, as day ranges; doubted readings left out. */
function daysIn(a: IndexedArticle, sentence: { start: number; end: number }): DayRange[] {
  const days: DayRange[] = [];
  for (const d of a.facts.dates) {
    if (d.start < sentence.start || d.end > sentence.end || d.doubtful) continue;
    const range = dayRange(d.value);
    if (range && range.precision === 'day') days.push(range);
  }
  return days;
}

function timesOf(a: IndexedArticle): IndexedTime[] {
  let times = timesCache.get(a);
  if (!times) timesCache.set(a, (times = findTimes(a)));
  return times;
}
/** Times of each article, kept as long as the article's index is. */
const timesCache = new WeakMap<IndexedArticle, IndexedTime[]>();

function findTimes(a: IndexedArticle): IndexedTime[] {
  const out: IndexedTime[] = [];
  for (const sentence of a.facts.layout.sentences) {
    if (!MAY_HOLD_TIME.test(a.text.slice(sentence.start, sentence.end)) || !inProse(a.facts, sentence.start)) continue;
    for (const time of timesOfDay(a.text, sentence.start, sentence.end)) {
      // "January 3 at 9 p.m." is a date with its time, compared as a date.
      if (a.facts.dates.some((d) => d.start < time.end && time.start < d.end)) continue;
      out.push({ time, sentence, events: eventsNear(a, sentence, time), days: daysIn(a, sentence) });
    }
  }
  return out;
}
