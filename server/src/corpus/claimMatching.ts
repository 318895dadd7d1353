// Judged figure and date matches between claims of one story, and the claims no other article of
// the story reports.
import { MEASURE_UNITS } from '../core/claims/measurements';
import { SCALES } from '../core/claims/numbers';
import { COUNT_WORDS } from '../core/dates/lexicon';
import type { Figure } from '../core/types';
import { inOneClause, type IndexedArticle, type IndexedDate, type IndexedFigure } from './articleIndex';
import type { ClaimPair } from './pairs';
import {
  countedKey, type DayRange, datesComparable, datesConflict, datesOverlap, figuresAgree, formatFigure, keywordOverlap, mayEvolve,
} from './claims';
import { backgroundAgainstNews, differsOnlyByGuessedYear, doubtedDates, isBackground, offByPublicationDay } from './dateDoubt';
import { dateEventMatch, type EventMatch } from './dateEvents';
import { listedEventKind } from './eventWords';
import { clustersOf, groupInto, location, MatchContext, MatchEdge, sharedCount } from './matchEdge';

/**
 * Whether two figures may report the same fact: 'same' when what they describe identifies it (one
 * person's age, the weight of the one gorilla an article weighs), 'maybe' when their claims must also
 * be alike, null when they measure different things, of different places or events.
 */
function figureLink(ctx: MatchContext, a: IndexedArticle, fa: number, b: IndexedArticle, fb: number, shared: number): 'same' | 'maybe' | null {
  const x = framed(a, fa);
  const y = framed(b, fb);
  if (!sameFrame(ctx, a, x, b, y)) return null;
  const mine = x.holder;
  const theirs = y.holder;
  if (mine.length > 0 && theirs.length > 0) {
    // "a 17-year-old male named Bodo" and "the 26-year-old male Ursa" describe two animals; a male
    // named in one article and not in the other may be either.
    if (x.namedHolder !== null && y.namedHolder !== null) return sameCluster(ctx, a, x.namedHolder, b, y.namedHolder) ? 'same' : null;
    if (x.namedHolder !== null || y.namedHolder !== null) return null;
    if (sharedCount(mine, theirs) === 0 || !x.describesOne || !y.describesOne) return null;
    // A story tells of one gorilla but often of several boys or drivers: an age needs alike words too.
    return x.key === 'age|' ? 'maybe' : 'same';
  }
  if (x.key === 'age|') {
    if (x.nearestPerson === null || y.nearestPerson === null || mine.length > 0 || theirs.length > 0) return null;
    return sameCluster(ctx, a, x.nearestPerson, b, y.nearestPerson) ? 'same' : null;
  }
  // A weight, length or speed of nothing named is only comparable by what it measures ("fell", "deep");
  // not by "away" or "far": a story tells many distances ("22,000 miles" up, "three miles" away).
  if (MEASURE_UNITS.has(figureOf(a, fa).unit) && (x.measure === '' || x.measure === 'distance' || x.measure !== y.measure)) return null;
  return shared >= 2 || (x.key === 'year|' && shared >= 1) ? 'maybe' : null;
}

/** A figure with what its article says around it, which no other article changes. */
interface FramedFigure extends IndexedFigure {
  /** The noun it describes, as keys (`holderOf`). */
  holder: readonly string[];
  /** Whether the article gives that holder this one value (`describesOne`). */
  describesOne: boolean;
  /** The dates that time it (`datesOf`). */
  dates: IndexedDate[];
  /** The places its claim names. */
  places: number[];
}

/** The figure framed once, however many figures of other articles it is compared with. */
function framed(a: IndexedArticle, i: number): FramedFigure {
  const x = a.figures[i]!;
  let frame = frameCache.get(x);
  if (!frame) {
    frame = { ...x, holder: holderOf(a, i), describesOne: describesOne(a, i), dates: datesOf(a, x), places: placesOf(a, x.claim) };
    frameCache.set(x, frame);
  }
  return frame;
}
/** Frames of each figure, kept as long as the article's index is. */
const frameCache = new WeakMap<IndexedFigure, FramedFigure>();

/**
 * A figure placed in its own clause ("32 civilians dead in Kunduz") is of another place than a figure
 * whose clause names another place, or whose claim names places but none of the first claim's.
 */
function samePlace(ctx: MatchContext, a: IndexedArticle, x: FramedFigure, b: IndexedArticle, y: FramedFigure): boolean {
  if (x.place === null) return true;
  if (y.place !== null) return sameCluster(ctx, a, x.place, b, y.place);
  return y.places.length === 0 || x.places.some((p) => y.places.some((q) => sameCluster(ctx, a, p, b, q)));
}

function placesOf(a: IndexedArticle, claim: number): number[] {
  return a.facts.claims[claim]!.entities.filter((e) => a.facts.entityList[e]?.type === 'place');
}

function sameCluster(ctx: MatchContext, a: IndexedArticle, x: number, b: IndexedArticle, y: number): boolean {
  const cx = ctx.clusterIdOf(a.path, x);
  return cx !== undefined && cx === ctx.clusterIdOf(b.path, y);
}

/** Units of figures that describe one thing, named by the noun they modify ("a 450-pound gorilla"). */
const ATTRIBUTE_UNITS: ReadonlySet<string> = new Set(['age', ...MEASURE_UNITS]);

/**
 * The words of the noun an age, weight or size describes ("boy" of "a four-year-old boy", "male
 * gorilla"), as keys; none when it describes none. The counted words may run on into a verb ("a
 * 4-year-old boy fell"), so holders are the same when they share a word.
 */
function holderOf(a: IndexedArticle, i: number): readonly string[] {
  const f = figureOf(a, i);
  return ATTRIBUTE_UNITS.has(f.unit) && f.counted !== '' ? f.counted.split(' ').map(countedKey) : NO_HOLDER;
}
const NO_HOLDER: readonly string[] = [];

/**
 * True when the article gives the thing its holder names a single value: "a 30-year-old man" does
 * not name one person in an article that also tells of a 45-year-old man.
 */
function describesOne(a: IndexedArticle, i: number): boolean {
  const f = figureOf(a, i);
  const holder = holderOf(a, i);
  return a.figures.every((_, j) => j === i || sharedCount(holderOf(a, j), holder) === 0 || figureOf(a, j).unit !== f.unit || figuresAgree(f, figureOf(a, j)));
}

/**
 * Whether two figures can measure one thing: not when they measure different quantities ("killed"
 * and "injured"), are placed in different places ("in Westland", "across Eastmoor"), or tell
 * different events (a background year against the story's own).
 */
function sameFrame(ctx: MatchContext, a: IndexedArticle, x: FramedFigure, b: IndexedArticle, y: FramedFigure): boolean {
  if (x.measure !== '' && y.measure !== '' && x.measure !== y.measure) return false;
  if (!samePlace(ctx, a, x, b, y) || !samePlace(ctx, b, y, a, x)) return false;
  return !differentEvents(x.dates, a, y.dates, b);
}

/** Days before its publication that an article's undated claims are taken to tell of: its news. */
const UNDATED_NEWS_DAYS = 3;

/**
 * Claims whose dates never meet (an attack "late Thursday" and airstrikes "last week"); a claim dated
 * before the days another article's undated claim reports as news ("killed last week" against "have
 * been killed" in an article of today); or one dated long before its article's publication
 * (background: "in 1996 a boy fell into the enclosure") against one that does not share that date.
 */
function differentEvents(mine: IndexedDate[], a: IndexedArticle, theirs: IndexedDate[], b: IndexedArticle): boolean {
  if (mine.length && theirs.length && mine.every((x) => theirs.every((y) => datesConflict(x.range, y.range)))) return true;
  return beforeNews(mine, theirs, b) || beforeNews(theirs, mine, a) || backgroundAlone(a, mine, theirs) || backgroundAlone(b, theirs, mine);
}

/**
 * The dates that time a figure: its claim's, or for an age or size, only those in its own clause ("a
 * 3-year-old boy fell into the den in 1996"), since a person's age is not dated by the other events of
 * the sentence ("retired in 2021 and handed power to Ana Ruiz, 65").
 */
function datesOf(a: IndexedArticle, x: IndexedFigure): IndexedDate[] {
  const all = a.dates.filter((d) => d.claim === x.claim);
  const f = a.facts.claims[x.claim]!.figures[x.figure]!;
  if (!ATTRIBUTE_UNITS.has(f.unit)) return all;
  return all.filter((d) => {
    const date = a.facts.dates[d.date]!;
    return date.end <= f.start ? inOneClause(a.text, date.end, f.start) : inOneClause(a.text, f.end, date.start);
  });
}

function beforeNews(dates: IndexedDate[], others: IndexedDate[], other: IndexedArticle): boolean {
  const published = other.publishedDay;
  if (published === null || dates.length === 0 || others.length > 0) return false;
  return dates.every((d) => d.range.precision !== 'yearless' && d.range.to < published - UNDATED_NEWS_DAYS);
}

/** Background dates among `dates` that none of `others` shares. */
function backgroundAlone(a: IndexedArticle, dates: IndexedDate[], others: IndexedDate[]): boolean {
  const old = dates.filter((d) => isBackground(a, d));
  return old.length > 0 && !old.some((d) => others.some((o) => datesOverlap(d.range, o.range)));
}

function figureOf(a: IndexedArticle, i: number): Figure {
  const f = a.figures[i]!;
  return a.facts.claims[f.claim]!.figures[f.figure]!;
}

/**
 * When two claims' differing figures are the same fact: enough words shared right around the figures
 * ("were evacuated from the plant"), or one such word and alike claims, or very alike claims.
 */
const MIN_SHARED_CONTEXT = 2;
const FIGURE_CONFLICT_JACCARD = 0.25;
const SAME_FACT_JACCARD = 0.4;
/** Claims that also give the same date ("two protests: in 1994 and in 2021") need less alike wording. */
const DATED_FACT_JACCARD = 0.15;

/**
 * The figure's context words less the number words that write the figure itself ("two", "dozen"):
 * the value is what is being compared, so it must not also count as evidence that two claims tell
 * one fact. Its unit stays ("seven decades" and "eight decades" are both about decades).
 */
function contextBesideFigure(a: IndexedArticle, i: number): readonly string[] {
  const indexed = a.figures[i]!;
  let context = figureContextCache.get(indexed);
  if (context) return context;
  const own = figureOf(a, i).text.toLowerCase();
  context = indexed.context.filter((k) => !(own.includes(k) && (COUNT_WORDS.has(k) || SCALES.has(k) || k === 'dozen')));
  figureContextCache.set(indexed, context);
  return context;
}
/** Context words of each figure, kept as long as the article's index is. */
const figureContextCache = new WeakMap<IndexedFigure, readonly string[]>();

/** True when two claims give a date in common, at the same precision. */
function claimsShareDate(a: IndexedArticle, claimA: number, b: IndexedArticle, claimB: number): boolean {
  for (const x of a.dates) {
    if (x.claim !== claimA) continue;
    for (const y of b.dates) {
      if (y.claim === claimB && x.range.precision === y.range.precision && datesOverlap(x.range, y.range)) return true;
    }
  }
  return false;
}

/**
 * Figures, within a story: one agreeing figure in the other article is enough to agree (an article may give several
 * figures for one claim); otherwise the closest claim's figure conflicts, when each is the other's closest. A count,
 * price or share that differs in an article published on another day is an update, not a conflict.
 */
export function figureEdges(ctx: MatchContext, a: IndexedArticle): MatchEdge[] {
  const edges: MatchEdge[] = [];
  for (const [path, links] of ctx.links(a.path)) {
    const b = ctx.article(path);
    if (!b || ctx.storyOf(a.path) !== ctx.storyOf(b.path)) continue;
    const byFigure = new Map<number, typeof links.figures>();
    const byTheirs = new Map<number, typeof links.figures>();
    const identified = new Set<(typeof links.figures)[number]>();
    for (const p of links.figures) {
      const link = figureLink(ctx, a, p.mine, b, p.theirs, p.shared);
      if (!link) continue;
      if (link === 'same') identified.add(p);
      groupInto(byFigure, p.mine, p);
      groupInto(byTheirs, p.theirs, p);
    }
    // Disagreeing figures only conflict when the claims are plainly about the same thing: "14
    // passengers were treated" and "carries 300 passengers" share a noun, not a fact.
    const context = (p: ClaimPair) => sharedCount(contextBesideFigure(a, p.mine), contextBesideFigure(b, p.theirs));
    const score = (p: ClaimPair) => (identified.has(p) ? 100 : 0) + context(p) * 10 + p.jaccard;
    const closest = (list: ClaimPair[]) => list.reduce((u, v) => (score(v) > score(u) ? v : u));
    for (const [mine, candidates] of byFigure) {
      const x = figureOf(a, mine);
      const agreeing = candidates.filter((p) => figuresAgree(x, figureOf(b, p.theirs)));
      const best = closest(candidates);
      // A pairing the claims only suggest must be each figure's best; one their frames identify is certain.
      const mutual = identified.has(best) || closest(byTheirs.get(best.theirs)!).mine === mine;
      const chosen = agreeing.length > 0 ? agreeing : mutual && sameFact(a, b, best, context(best), identified.has(best)) ? [best] : [];
      for (const p of chosen) {
        const y = figureOf(b, p.theirs);
        const agrees = agreeing.length > 0;
        const apart = agrees ? 0 : publishedApart(a, b, p, x, y);
        edges.push({
          kind: 'number',
          status: agrees ? 'agrees' : apart !== 0 ? 'variant' : 'conflict',
          mine: location(a, x.start, x.end, { value: x.value }),
          theirs: location(b, y.start, y.end, { value: y.value }),
          note: agrees
            ? `same figure: ${formatFigure(x)}`
            : apart !== 0
              ? `figure updated: ${updateNote(a, x, b, y, apart)}`
              : `figures differ: ${formatFigure(x)} vs ${formatFigure(y)}`,
          ...(apart !== 0 ? { publishedApart: apart } : {}),
        });
      }
    }
  }
  return edges;
}

/** Whether a disagreeing pair tells one fact: its frame identifies it, or the claims say alike things around the figures. */
function sameFact(a: IndexedArticle, b: IndexedArticle, p: ClaimPair, near: number, identified: boolean): boolean {
  const x = a.figures[p.mine]!;
  const y = b.figures[p.theirs]!;
  return (
    identified ||
    near >= MIN_SHARED_CONTEXT ||
    // The word that says what both measure ("fell", "killed") is itself the shared context.
    (near >= 1 && (p.jaccard >= FIGURE_CONFLICT_JACCARD || (x.measure !== '' && x.measure === y.measure))) ||
    p.jaccard >= SAME_FACT_JACCARD ||
    (p.jaccard >= DATED_FACT_JACCARD && claimsShareDate(a, x.claim, b, y.claim))
  );
}

/**
 * Days from this article's publication to the other's when a figure that may change between editions
 * differs across days (positive: the other is later); 0 when it is a conflict of one moment, or a
 * dispute between two sources ("41, the company said"; "44, according to the union").
 */
function publishedApart(a: IndexedArticle, b: IndexedArticle, p: ClaimPair, x: Figure, y: Figure): number {
  if (!mayEvolve(x) || !mayEvolve(y)) return 0;
  if (sourcesDiffer(a.facts.claims[a.figures[p.mine]!.claim]!.source, b.facts.claims[b.figures[p.theirs]!.claim]!.source)) return 0;
  return a.publishedDay !== null && b.publishedDay !== null ? b.publishedDay - a.publishedDay : 0;
}

/** Two named sources with no word in common: "the company" and "the farmworkers' union", not "officials" and "local officials". */
function sourcesDiffer(x: string | null, y: string | null): boolean {
  if (x === null || y === null) return false;
  const words = (source: string) => source.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && w !== 'the');
  const theirs = words(y);
  return !words(x).some((w) => theirs.includes(w));
}

function updateNote(a: IndexedArticle, x: Figure, b: IndexedArticle, y: Figure, apart: number): string {
  const [earlier, later] = apart > 0 ? [[a, x], [b, y]] as const : [[b, y], [a, x]] as const;
  return `${formatFigure(earlier[1])} (${earlier[0].facts.metadata.published}) → ${formatFigure(later[1])} (${later[0].facts.metadata.published})`;
}

/** Claims this alike, and dated differently, report one event on two dates... */
const DATE_CONFLICT_JACCARD = 0.3;
/** ...or less alike claims that share a word right by the date ("the Jan. 3 raid to capture"). */
const DATE_CONTEXT_JACCARD = 0.15;
/** Claims at least this alike when one of the two days is written by no event word. */
const UNNAMED_EVENT_JACCARD = 0.2;

export function dateEdges(ctx: MatchContext, a: IndexedArticle): MatchEdge[] {
  const edges: MatchEdge[] = [];
  const isDoubted = doubtedDates(ctx);
  for (const [path, links] of ctx.links(a.path)) {
    const b = ctx.article(path);
    if (!b || ctx.storyOf(a.path) !== ctx.storyOf(b.path)) continue;
    const byDate = new Map<number, ClaimPair[]>();
    for (const p of links.dates) groupInto(byDate, p.mine, p);
    addDatesByContext(a, b, byDate);
    for (const [mine, candidates] of byDate) {
      // The event is the most alike claim, judged first by the words around the date: another
      // event on the same day elsewhere in the article must not count.
      const x = a.dates[mine]!;
      const near = (p: (typeof candidates)[number]) => sharedCount(x.context, b.dates[p.theirs]!.context);
      const score = (p: (typeof candidates)[number]) => near(p) * 10 + p.jaccard;
      const distance = (p: (typeof candidates)[number]) => Math.abs(timeOf(x.range) - timeOf(b.dates[p.theirs]!.range));
      const pick = (list: typeof candidates) => list.reduce((u, v) => (score(v) > score(u) ? v : u));
      const best = pick(candidates);
      // Any date of that claim may be the one that matches ("in 1994 and in 2021").
      const closest = candidates.filter((p) => b.dates[p.theirs]!.claim === b.dates[best.theirs]!.claim);
      const agreeing = closest.filter((p) => datesOverlap(x.range, b.dates[p.theirs]!.range));
      const found = agreeing.length > 0 ? null : rivalOf(ctx, a, x, b, candidates, pick, distance);
      const rival = found?.pair ?? null;
      const match = found?.match ?? null;
      const sameEvent =
        rival !== null &&
        (match !== 'unnamed' || rival.jaccard >= UNNAMED_EVENT_JACCARD) &&
        (rival.jaccard >= DATE_CONFLICT_JACCARD ||
          (near(rival) >= 1 && rival.jaccard >= DATE_CONTEXT_JACCARD) ||
          sameWordBesideYears(ctx, a, x, b, b.dates[rival.theirs]!) ||
          (rival.jaccard >= DATE_CONTEXT_JACCARD && match === 'same')) &&
        !isDoubted(a, x) &&
        !isDoubted(b, b.dates[rival.theirs]!) &&
        !differsOnlyByGuessedYear(a, x, b, b.dates[rival.theirs]!) &&
        !offByPublicationDay(a, x, b, b.dates[rival.theirs]!) &&
        !backgroundAgainstNews(a, x, b, b.dates[rival.theirs]!);
      const conflicting = rival && sameEvent && datesConflict(x.range, b.dates[rival.theirs]!.range) ? [rival] : [];
      const chosen = agreeing.length > 0 ? agreeing : conflicting;
      for (const p of chosen) {
        const dx = a.facts.dates[x.date]!;
        const dy = b.facts.dates[b.dates[p.theirs]!.date]!;
        const agrees = agreeing.length > 0;
        edges.push({
          kind: 'date',
          status: agrees ? 'agrees' : 'conflict',
          mine: location(a, dx.start, dx.end, { value: dateValue(dx.value, x.range) }),
          theirs: location(b, dy.start, dy.end, { value: dateValue(dy.value, b.dates[p.theirs]!.range) }),
          note: agrees
            ? `same date: ${dx.value ?? dy.value ?? dateValue(null, x.range)}`
            : `dates differ: ${dateValue(dx.value, x.range)} vs ${dateValue(dy.value, b.dates[p.theirs]!.range)}`,
        });
      }
    }
  }
  return edges;
}

/**
 * The date of the other article that a date agreeing with nothing may contradict, and how surely
 * it dates the same event (`dateEventMatch`). A day can only contradict a day or a week, a year a year; a date another date of the same claim already tells
 * is no rival ("the invasion in 1961 and an embargo in 1962" against "the embargo in 1962"). The
 * rival's claim is the most alike; within it, the date written by the same word, then the nearest
 * in time, is the one a different date was meant to give.
 */
function rivalOf(
  ctx: MatchContext,
  a: IndexedArticle,
  x: IndexedDate,
  b: IndexedArticle,
  candidates: ClaimPair[],
  pick: (list: ClaimPair[]) => ClaimPair,
  distance: (p: ClaimPair) => number,
): { pair: ClaimPair; match: EventMatch } | null {
  const told = (p: ClaimPair) => a.dates.some((o) => o !== x && o.claim === x.claim && datesOverlap(o.range, b.dates[p.theirs]!.range));
  const matches = new Map<ClaimPair, EventMatch>();
  for (const p of candidates) {
    if (!datesComparable(x.range, b.dates[p.theirs]!.range) || told(p)) continue;
    const match = dateEventMatch(ctx, a, x, b, b.dates[p.theirs]!);
    if (match !== null) matches.set(p, match);
  }
  if (matches.size === 0) return null;
  const comparable = [...matches.keys()];
  const rivalClaim = b.dates[pick(comparable).theirs]!.claim;
  const inClaim = comparable.filter((p) => b.dates[p.theirs]!.claim === rivalClaim);
  const pair = inClaim.length === 1 ? inClaim[0]! : byWordThenTime(a, x, b, inClaim, distance);
  return { pair, match: matches.get(pair)! };
}

/** Of dates of one claim, the one written by the same word as `x`, then the nearest to it in time. */
function byWordThenTime(a: IndexedArticle, x: IndexedDate, b: IndexedArticle, inClaim: ClaimPair[], distance: (p: ClaimPair) => number): ClaimPair {
  const mine = wordsBeside(a, x);
  const beside = new Map(inClaim.map((p) => [p, sharedCount(mine, wordsBeside(b, b.dates[p.theirs]!))]));
  return inClaim.reduce((u, v) => (beside.get(v)! > beside.get(u)! || (beside.get(v) === beside.get(u) && distance(v) < distance(u)) ? v : u));
}

/** The date's value, or for a month and day with no year the TimeML form with the year unknown ("XXXX-01-03"). */
function dateValue(value: string | null, range: DayRange): string | null {
  if (value !== null || range.monthDay === undefined) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `XXXX-${pad(Math.floor(range.monthDay / 100))}-${pad(range.monthDay % 100)}`;
}

/** A day number to compare distances in time by (a date with no year has none). */
function timeOf(r: DayRange): number {
  return Number.isNaN(r.from) ? 0 : r.from;
}

/** Characters either side of a year searched for the word that names its event. */
const YEAR_WORD_REACH = 30;
const AFTER_DATE_WEIGHT = 3;

/** Verbs outlets swap for one another when they date the same event ("built", "completed") stand for their kind. */
function eventWord(stem: string): string {
  return listedEventKind(stem) ?? stem;
}

/**
 * The claim's keywords written within a few words of a date ("an embargo imposed in 1962"); a word
 * between two dates of the claim belongs to the nearer one.
 */
function wordsBeside(a: IndexedArticle, d: IndexedDate): readonly string[] {
  let words = besideCache.get(d);
  if (!words) besideCache.set(d, (words = findWordsBeside(a, d)));
  return words;
}
/** Words beside each date, kept as long as the article's index is. */
const besideCache = new WeakMap<IndexedDate, readonly string[]>();

function findWordsBeside(a: IndexedArticle, d: IndexedDate): readonly string[] {
  const claim = a.facts.claims[d.claim]!;
  const mention = a.facts.dates[d.date]!;
  // The word naming an event mostly comes before its date ("a ban enacted in 1975"); a word after
  // a date more often opens the next clause ("the storm of 1961 to a ban"), so it counts as farther.
  const gap = (start: number, end: number, date: { start: number; end: number }) =>
    end <= date.start ? date.start - end : start >= date.end ? AFTER_DATE_WEIGHT * (start - date.end) : 0;
  const text = a.text.slice(claim.start, claim.end).toLowerCase();
  const words = new Set<string>();
  for (const k of claim.keywords) {
    if (k.length < 3 || /^\d/.test(k)) continue;
    for (let at = text.indexOf(k); at >= 0 && !words.has(k); at = text.indexOf(k, at + 1)) {
      const start = claim.start + at;
      const end = start + k.length;
      const mine = gap(start, end, mention);
      if (mine <= YEAR_WORD_REACH && claim.dates.every((i) => gap(start, end, a.facts.dates[i]!) >= mine)) words.add(eventWord(k));
    }
  }
  return [...words];
}

/**
 * Two years written right by the same word ("the embargo was instituted in 1963", "an embargo
 * imposed in 1962") date one event, however different the rest of the two sentences.
 */
function sameWordBesideYears(ctx: MatchContext, a: IndexedArticle, x: IndexedDate, b: IndexedArticle, y: IndexedDate): boolean {
  if (x.range.precision !== 'year' || y.range.precision !== 'year') return false;
  if (sharedCount(wordsBeside(a, x), wordsBeside(b, y)) === 0) return false;
  // "Chávez took power in 1999", "Maduro had held power since 2013": other people, other events.
  const mine = clustersOf(ctx, a, a.facts.claims[x.claim]!.entities, 'person');
  const theirs = clustersOf(ctx, b, b.facts.claims[y.claim]!.entities, 'person');
  return mine.length === 0 || theirs.length === 0 || sharedCount(mine, theirs) > 0;
}

/**
 * Dates the claim links missed because their claims share a single keyword, written near the same
 * word ("an embargo imposed in 1962", "the embargo was instituted in 1962"): candidates for the same
 * event, which then agree when the dates do, and conflict only by the stricter tests of `dateEdges`.
 */
function addDatesByContext(a: IndexedArticle, b: IndexedArticle, byDate: Map<number, ClaimPair[]>): void {
  let byWord: Map<string, number[]> | null = null;
  a.dates.forEach((x, mine) => {
    // Days and months are told in alike sentences the claim links find; a year is often background
    // each outlet words its own way ("the embargo was instituted in 1962", "an embargo imposed in 1962").
    if (byDate.has(mine) || x.range.precision !== 'year' || x.context.length === 0) return;
    byWord ??= datesByContextWord(b);
    const seen = new Set<number>();
    for (const word of x.context) {
      for (const theirs of byWord.get(word) ?? NO_DATES) {
        if (seen.has(theirs)) continue;
        seen.add(theirs);
        const y = b.dates[theirs]!;
        if (y.range.precision !== 'year') continue;
        const overlap = keywordOverlap(a.claimKeywords[x.claim]!, b.claimKeywords[y.claim]!);
        groupInto(byDate, mine, { mine, theirs, ...overlap });
      }
    }
  });
}
const NO_DATES: readonly number[] = [];

/** An article's dates by the words written near them, kept as long as the article's index is. */
function datesByContextWord(b: IndexedArticle): Map<string, number[]> {
  let index = contextWordCache.get(b);
  if (index) return index;
  index = new Map();
  for (const [i, d] of b.dates.entries()) for (const word of d.context) groupInto(index, word, i);
  contextWordCache.set(b, index);
  return index;
}
const contextWordCache = new WeakMap<IndexedArticle, Map<string, number[]>>();

/** A claim, or one figure of a claim, that no other article on the story reports. */
export interface Unreported {
  claim: number;
  start: number;
  end: number;
  /** True when the claim is reported elsewhere but this figure of it is not ("around two dozen"). */
  figureOnly: boolean;
}

/** Other articles needed on a story before a claim only one of them makes is worth a hint. */
const MIN_OTHERS_FOR_UNREPORTED = 2;

/**
 * Claims with figures that no other article on the story reports, while at least two others cover
 * the story; and figures nobody else gives, added to a claim others do report.
 */
export function unreportedClaims(ctx: MatchContext, a: IndexedArticle): Unreported[] {
  if (ctx.storySize(a.path) - 1 < MIN_OTHERS_FOR_UNREPORTED) return [];
  const claimReported = new Set<number>();
  const figureReported = new Set<number>();
  for (const [path, links] of ctx.links(a.path)) {
    const b = ctx.article(path);
    if (!b || ctx.storyOf(a.path) !== ctx.storyOf(b.path)) continue;
    for (const p of links.similarClaims) claimReported.add(p.mine);
    for (const p of links.dates) if (datesOverlap(a.dates[p.mine]!.range, b.dates[p.theirs]!.range)) claimReported.add(a.dates[p.mine]!.claim);
    for (const p of links.figures) if (!figureReported.has(p.mine) && figureLink(ctx, a, p.mine, b, p.theirs, p.shared)) figureReported.add(p.mine);
  }
  const out: Unreported[] = [];
  const byClaim = new Map<number, number[]>();
  a.figures.forEach((f, i) => groupInto(byClaim, f.claim, i));
  for (const [c, figures] of byClaim) {
    const missing = figures.filter((i) => !figureReported.has(i));
    if (missing.length === 0) continue;
    const claim = a.facts.claims[c]!;
    if (missing.length < figures.length) {
      for (const i of missing) {
        const f = figureOf(a, i);
        out.push({ claim: c, start: f.start, end: f.end, figureOnly: true });
      }
    } else if (!claimReported.has(c)) {
      out.push({ claim: c, start: claim.start, end: claim.end, figureOnly: false });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
