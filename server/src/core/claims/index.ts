// Checkable claims of one article: sentences stating a figure or a dated event, outside direct quotes,
// headings, captions and boilerplate, with who the article attributes them to; and the sources the
// article cites as the origin of its information.
import type { Citation, ClaimMention, DateMention, EntityMention, Layout, QuoteMention, Region } from '../types';
import { attributionAmong, type Attribution } from './attribution';
import { findCites } from './cites';
import { figuresIn } from './figures';
import { keywordsAmong } from './keywords';
import { byStart, overlappingIndexes, startingWithin, unionOf, type Range } from './spans';
import { lowerWordsOf, type LowerWord } from './words';

export interface ClaimInputs {
  entities: EntityMention[];
  dates: DateMention[];
  quotes: QuoteMention[];
}

/** Sentences in these regions are not the article's statements. */
const NOT_CLAIMS: ReadonlySet<Region['kind']> = new Set(['heading', 'caption', 'boilerplate', 'byline', 'dateline', 'front-matter']);
/** Sentences in these regions are not where the article names its sources. */
const NOT_CITES: ReadonlySet<Region['kind']> = new Set(['caption', 'boilerplate', 'byline', 'front-matter']);
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const MIN_RUNNING_WORDS = 1;

export function findClaims(text: string, layout: Layout, inputs: ClaimInputs): { claims: ClaimMention[]; cites: Citation[] } {
  const entities = byStart(inputs.entities);
  const quoted = unionOf(inputs.quotes.filter((q) => q.kind !== 'scare'));
  const urls = unionOf(layout.regions.filter((r) => r.kind === 'link-url'));
  const notClaims = unionOf(layout.regions.filter((r) => NOT_CLAIMS.has(r.kind)));
  const sentenceWords = layout.sentences.map((s) => lowerWordsOf(text, s.start, s.end));
  const attributions = sentenceWords.map((words) => attributionAmong(text, words));
  const nearest = nearestInParagraph(layout, attributions);
  const claims: ClaimMention[] = [];
  let lastNamed: string | null = null;
  layout.sentences.forEach((sentence, index) => {
    const own = attributions[index];
    if (own && !isPronoun(own.source)) lastNamed = own.source;
    if (overlappingIndexes(notClaims, sentence.start, sentence.end).length) return;
    const { start, end } = trimmed(text, sentence.start, sentence.end);
    if (start >= end || text[end - 1] === '?' || !readsAsStatement(sentenceWords[index])) return;
    const quotes = overlappingIndexes(quoted, start, end).map((i) => quoted[i]);
    if (quotes.length === 1 && quotes[0].start <= start + 2 && end - 2 <= quotes[0].end) return;
    const dateIndexes = overlappingIndexes(inputs.dates, start, end).filter((i) => {
      const d = inputs.dates[i];
      return d.start >= start && d.end <= end && overlappingIndexes(quotes, d.start, d.end).length === 0;
    });
    const exclude = unionOf([...dateIndexes.map((i) => inputs.dates[i]), ...quotes, ...overlappingIndexes(urls, start, end).map((i) => urls[i])]);
    const figures = figuresIn(text, sentenceWords[index], exclude);
    const datedEvent = dateIndexes.some((i) => /^\d/.test(inputs.dates[i].value ?? ''));
    if (!figures.length && !datedEvent) return;
    const attribution = own ?? nearest[index];
    claims.push({
      start,
      end,
      text: text.slice(start, end),
      attributed: attribution !== null,
      source: attribution ? sourceName(attribution, lastNamed) : null,
      figures,
      dates: dateIndexes,
      entities: entityIdsInside(entities, start, end),
      keywords: keywordsAmong(sentenceWords[index]),
    });
  });
  const notCites = unionOf(layout.regions.filter((r) => NOT_CITES.has(r.kind)));
  const citeRuns = sentenceWords
    .filter((_, i) => overlappingIndexes(notCites, layout.sentences[i].start, layout.sentences[i].end).length === 0)
    .map((words) => (urls.length === 0 ? words : words.filter((w) => overlappingIndexes(urls, w.start, w.end).length === 0)));
  return { claims, cites: findCites(text, citeRuns, entities) };
}

/** A statement has running words; "Comments (38)" or "7 p.m." left over from a page does not. */
function readsAsStatement(words: readonly LowerWord[]): boolean {
  let running = 0;
  for (const w of words) {
    const c = w.text.charCodeAt(0);
    if (c >= 97 && c <= 122 && ++running >= MIN_RUNNING_WORDS) return true;
  }
  return false;
}

/** For each sentence, the nearest attribution in another sentence of its paragraph (ties: the one before). */
function nearestInParagraph(layout: Layout, attributions: (Attribution | null)[]): (Attribution | null)[] {
  const n = layout.sentences.length;
  const before: (number | null)[] = new Array(n).fill(null);
  const after: (number | null)[] = new Array(n).fill(null);
  for (let i = 1; i < n; i++) {
    if (layout.sentences[i - 1].paragraph !== layout.sentences[i].paragraph) continue;
    before[i] = attributions[i - 1] ? i - 1 : before[i - 1];
  }
  for (let i = n - 2; i >= 0; i--) {
    if (layout.sentences[i + 1].paragraph !== layout.sentences[i].paragraph) continue;
    after[i] = attributions[i + 1] ? i + 1 : after[i + 1];
  }
  return layout.sentences.map((_, i) => {
    const b = before[i];
    const a = after[i];
    const pick = b === null ? a : a === null ? b : i - b <= a - i ? b : a;
    return pick === null ? null : attributions[pick];
  });
}

/** "it added": the source named last before it, when there is one. */
function sourceName(attribution: Attribution, lastNamed: string | null): string {
  return isPronoun(attribution.source) && lastNamed ? lastNamed : attribution.source;
}

function isPronoun(source: string): boolean {
  return PRONOUNS.has(source.toLowerCase());
}

function trimmed(text: string, start: number, end: number): Range {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

function entityIdsInside(mentions: readonly EntityMention[], start: number, end: number): number[] {
  const ids = new Set<number>();
  for (const i of startingWithin(mentions, start, end)) {
    const m = mentions[i];
    if (m.start >= start && m.end <= end) ids.add(m.entity);
  }
  return [...ids];
}
