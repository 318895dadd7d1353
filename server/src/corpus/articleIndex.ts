// What the corpus derives from one article's facts once, when the article changes: folded quote
// words, figures and dates of claims with their matching keys, and the keys that tie it to a story.
import { measuresOf } from '../core/claims/measures';
import { dayNumber, parseDay } from '../core/dates/calendar';
import type { ArticleFacts, ClaimMention, EntityMention, RegionKind } from '../core/types';
import { figureKey, DayRange, dayRange, yearlessDay } from './claims';
import { articleNames, ArticleNames } from './clusters';
import { FoldedWord, foldedWords } from './fold';
import type { NameKeys } from './nameKeys';

/**
 * A quote compared across articles. Its folded words are derived when asked, not kept: a large
 * collection holds millions of quoted words, and they are needed only when quotes are linked.
 */
export class IndexedQuote {
  constructor(
    /** Index in `facts.quotes`. */
    readonly index: number,
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** The quote's folded words, derived afresh on each call: keep them while using them. */
  words(): FoldedWord[] {
    return foldedWords(this.text, this.start, this.end);
  }
}

export interface IndexedFigure {
  claim: number;
  figure: number;
  /** What the figure counts, for matching; null for a bare count, which only matters as a checkable claim. */
  key: string | null;
  /** In-article person nearest to the figure inside its claim ("Raúl Castro, 94"), or null. */
  nearestPerson: number | null;
  /** In-article place named in the figure's own clause ("5,700 officers across Westland"), or null. */
  place: number | null;
  /** The entity named right after the noun an age or size describes ("a 17-year-old male named Bodo"), or null. */
  namedHolder: number | null;
  /** What the figure measures ("killed", "injured", "fall", "depth"), or '' when its words do not say. */
  measure: string;
  /** Claim keywords written close to the figure ("were evacuated"), the counted noun left out; distinct. */
  context: readonly string[];
}

export interface IndexedDate {
  claim: number;
  /** Index in `facts.dates`. */
  date: number;
  range: DayRange;
  /** Claim keywords written close to the date ("raid", "capture"); distinct. */
  context: readonly string[];
}

export interface IndexedArticle {
  path: string;
  text: string;
  facts: ArticleFacts;
  /** The publication date as a day number, or null when the article gives none. */
  publishedDay: number | null;
  names: ArticleNames;
  quotes: IndexedQuote[];
  /** Each claim's distinct keywords (lists, not sets: a large collection holds hundreds of thousands). */
  claimKeywords: (readonly string[])[];
  figures: IndexedFigure[];
  dates: IndexedDate[];
  /** Name keys with a weight: people and organisations tie articles to a story more than places. */
  storyKeys: Map<string, number>;
  /** Entity mentions ordered by start, for finding the names inside a span quickly. */
  mentions: readonly EntityMention[];
}

const TYPE_WEIGHT = { person: 1, organization: 0.8, place: 0.4 } as const;

export function indexArticle(path: string, text: string, facts: ArticleFacts, keys: NameKeys): IndexedArticle {
  const names = articleNames(facts, keys);
  const quotes: IndexedQuote[] = [];
  facts.quotes.forEach((q, index) => {
    if (q.kind !== 'scare') quotes.push(new IndexedQuote(index, text, q.start, q.end));
  });

  // The analysis lists mentions in text order: a sorted copy is only needed when it does not.
  const inOrder = facts.entities.every((m, i) => i === 0 || facts.entities[i - 1]!.start <= m.start);
  const mentions = inOrder ? facts.entities : [...facts.entities].sort((x, y) => x.start - y.start);
  const figures: IndexedFigure[] = [];
  const dates: IndexedDate[] = [];
  facts.claims.forEach((claim, c) => {
    // Headings, captions and boilerplate repeat or advertise; only prose makes claims to compare.
    if (!inProse(facts, claim.start)) return;
    const measures = measuresOf(text, claim.start, claim.end, claim.figures);
    claim.figures.forEach((f, i) => {
      figures.push({
        claim: c,
        figure: i,
        key: figureKey(f),
        nearestPerson: nearestPerson(mentions, claim.start, claim.end, f.start),
        place: placeInClause(text, mentions, claim.start, claim.end, f),
        namedHolder: nameAfter(text, mentions, f, claim.end),
        measure: measures[i]!,
        context: contextOf(text, claim, f, f.counted),
      });
    });
    for (const d of claim.dates) {
      const mention = facts.dates[d];
      const range = dayRange(mention?.value ?? null) ?? (mention ? yearlessDay(mention.text) : null);
      if (mention && range) dates.push({ claim: c, date: d, range, context: contextOf(text, claim, mention, '') });
    }
  });

  const storyKeys = new Map<string, number>();
  names.entityKeys.forEach((k) => storyKeys.set(k.key, TYPE_WEIGHT[k.type]));
  const published = parseDay(facts.metadata.published);
  return {
    path,
    text,
    facts,
    publishedDay: published ? dayNumber(published) : null,
    names,
    quotes,
    claimKeywords: facts.claims.map((c) => distinct(c.keywords)),
    figures,
    dates,
    storyKeys,
    mentions,
  };
}

/** First index in a start-ordered list whose start is at or after `offset`. */
function firstAtOrAfter(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entity mentions lying inside [start, end). */
export function mentionsIn(mentions: readonly EntityMention[], start: number, end: number): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = firstAtOrAfter(mentions, start); i < mentions.length && mentions[i]!.start < end; i++) {
    if (mentions[i]!.end <= end) out.push(mentions[i]!);
  }
  return out;
}

/** The sentence holding an offset (sentences are ordered and do not overlap), or undefined. */
export function sentenceAt(facts: ArticleFacts, offset: number): { start: number; end: number } | undefined {
  const sentences = facts.layout.sentences;
  const i = firstAtOrAfter(sentences, offset + 1) - 1;
  const s = sentences[i];
  return s && s.start <= offset && offset < s.end ? s : undefined;
}

/** Regions that are not the article's own reporting (a dateline or a link inside prose still is). */
const NOT_PROSE = new Set<RegionKind>(['front-matter', 'heading', 'byline', 'caption', 'boilerplate']);

export function inProse(facts: ArticleFacts, start: number): boolean {
  return !facts.layout.regions.some((r) => NOT_PROSE.has(r.kind) && r.start <= start && start < r.end);
}

/** How far around a figure its context words are taken, in characters. */
const CONTEXT_REACH = 80;

/**
 * The claim's keywords written near a figure or date, less the counted noun. Lower-case words only:
 * names near a figure tell which story it is in, not which fact.
 */
function contextOf(text: string, claim: ClaimMention, near: { start: number; end: number }, countedNoun: string): readonly string[] {
  const window = text.slice(Math.max(claim.start, near.start - CONTEXT_REACH), Math.min(claim.end, near.end + CONTEXT_REACH));
  const counted = countedNoun.toLowerCase();
  const context: string[] = [];
  for (const k of claim.keywords) {
    if (k.length < 3 || /^\d/.test(k) || counted.includes(k) || (counted !== '' && k.includes(counted))) continue;
    if (window.includes(k) && !context.includes(k)) context.push(k);
  }
  return context;
}

/** The words without repeats: the list itself when it has none, as analyses usually give them. */
function distinct(words: readonly string[]): readonly string[] {
  return new Set(words).size === words.length ? words : [...new Set(words)];
}

/** How far from a figure a place or a name may be to be its own, in characters. */
const CLAUSE_REACH = 60;

/** True when text[from, to) holds no clause break: a figure and a name across one belong to different clauses. */
export function inOneClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_BREAKS.includes(text[i]!)) return false;
  return true;
}
const CLAUSE_BREAKS = ',;:()–—';

/**
 * The place a figure is placed in: the nearest place named in its clause, close by ("more than 600
 * women attacked in Ostberg"); not a place of the sentence's other clause ("a consulate in Dravia,
 * killing six").
 */
function placeInClause(text: string, mentions: readonly EntityMention[], start: number, end: number, f: { start: number; end: number }): number | null {
  let best: number | null = null;
  let bestDistance = CLAUSE_REACH;
  for (const m of mentionsIn(mentions, Math.max(start, f.start - CLAUSE_REACH), Math.min(end, f.end + CLAUSE_REACH))) {
    if (m.type !== 'place') continue;
    const [from, to] = m.end <= f.start ? [m.end, f.start] : [f.end, m.start];
    if (to - from < bestDistance && inOneClause(text, from, to)) {
      best = m.entity;
      bestDistance = to - from;
    }
  }
  return best;
}

/**
 * The name written right after the noun a figure describes, or after "named" or "called": who that
 * is ("a 26-year-old male Ursa", "a 17-year-old male named Bodo"), not a name further on ("a
 * 450-pound bear at the Varnholm Zoo").
 */
function nameAfter(text: string, mentions: readonly EntityMention[], f: { end: number; counted: string }, end: number): number | null {
  if (f.counted === '') return null;
  const next = mentionsIn(mentions, f.end, Math.min(end, f.end + CLAUSE_REACH))[0];
  if (!next || next.type === 'place') return null;
  const between = text.slice(f.end, next.start).trim().toLowerCase().split(/\s+/);
  const named = between[between.length - 1] === 'named' || between[between.length - 1] === 'called' ? between.slice(0, -1) : between;
  return named.join(' ') === f.counted ? next.entity : null;
}

function nearestPerson(mentions: readonly EntityMention[], start: number, end: number, at: number): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const m of mentionsIn(mentions, start, end)) {
    if (m.type !== 'person') continue;
    const distance = m.end <= at ? at - m.end : m.start - at;
    if (distance >= 0 && distance < bestDistance) {
      best = m.entity;
      bestDistance = distance;
    }
  }
  return best;
}
