// Quotes in an article: where each quoted passage is, what kind it is, and who said it.
import type { EntityMention, Layout, QuoteMention, Region, RegionKind } from '../types';
import { attributionIn, type Attribution } from './attribution';
import { quoteKind } from './kind';
import { type QuotedPassage, quotedPassages } from './marks';
import { resolvePronoun, type SpeakerCandidate } from './pronouns';
import { type Token, tokensOf } from './tokens';

/** Regions whose quotation marks are not the article's quotes (headlines, captions, boilerplate). */
const NOT_PROSE: ReadonlySet<RegionKind> = new Set(['front-matter', 'heading', 'byline', 'dateline', 'caption', 'boilerplate']);
/** Words read on either side of a quote when looking for its cue: bounds the work in endless sentences. */
const WINDOW = 80;

interface ParagraphQuotes {
  quotes: QuoteMention[];
  candidates: SpeakerCandidate[];
}

export function findQuotes(text: string, layout: Layout, entities: EntityMention[]): QuoteMention[] {
  const notProse = layout.regions.filter((r) => NOT_PROSE.has(r.kind));
  const links = layout.regions.filter((r) => r.kind === 'link-url');
  const mentions = [...entities].sort((a, b) => a.start - b.start);
  const all: QuoteMention[] = [];
  let previous: ParagraphQuotes = { quotes: [], candidates: [] };
  let m = 0;
  layout.paragraphs.forEach((paragraph, index) => {
    const passages: QuotedPassage[] = [];
    for (const piece of proseOf(paragraph.start, paragraph.end, notProse)) passages.push(...quotedPassages(text, piece.start, piece.end, links));
    const paragraphMentions: EntityMention[] = [];
    while (m < mentions.length && mentions[m].start < paragraph.end) {
      if (mentions[m].start >= paragraph.start) paragraphMentions.push(mentions[m]);
      m++;
    }
    const current = quotesOfParagraph(text, layout, index, passages, paragraphMentions, previous);
    all.push(...current.quotes);
    previous = current;
  });
  return all;
}

function quotesOfParagraph(
  text: string,
  layout: Layout,
  index: number,
  passages: QuotedPassage[],
  mentions: EntityMention[],
  previous: ParagraphQuotes,
): ParagraphQuotes {
  const paragraph = layout.paragraphs[index];
  const candidates: SpeakerCandidate[] = mentions
    .filter((mention) => (mention.type === 'person' || mention.type === 'organization') && !passages.some((p) => p.open <= mention.start && mention.end <= p.close))
    .map((mention) => ({ start: mention.start, end: mention.end, text: mention.text, entity: mention.entity, person: mention.type === 'person', fromQuote: false, sentence: sentenceAt(layout, mention.start) }));
  const quotes: QuoteMention[] = [];
  if (passages.length === 0) return { quotes, candidates };
  const tokens = tokensOf(text, paragraph.start, paragraph.end, passages);
  const sentences = layout.sentences.filter((s) => s.paragraph === index);
  const sentenceOfToken = sentenceIndexes(tokens, sentences);
  const quoteTokens = tokens.map((t, i) => (t.kind === 'quote' ? i : -1)).filter((i) => i >= 0);
  let lastSpoken: QuoteMention | null = null;
  for (const t of quoteTokens) {
    const passage = passages[tokens[t].passage];
    const sentence = sentenceOfToken[t];
    const sentenceStart = sentence >= 0 ? sentences[sentence].start : paragraph.start;
    const kind = quoteKind(text, passage, sentenceStart);
    const quote: QuoteMention = { start: passage.start, end: passage.end, text: text.slice(passage.start, passage.end), kind, speakerText: null, speakerSpan: null, speakerEntity: null, cue: null };
    if (kind !== 'scare') {
      const attribution = attributionNear(text, tokens, t, sentenceOfToken);
      if (attribution) applyAttribution(text, quote, attribution, mentions, { before: candidates.filter((c) => c.start < attribution.phrase.start), previous: previous.candidates });
      else carryOver(quote, lastSpoken ?? (passage.open === firstProse(tokens) ? lastWithSpeaker(previous.quotes) : null));
      if (quote.speakerSpan) {
        const { start, end } = quote.speakerSpan;
        candidates.push({ start, end, text: quote.speakerText ?? '', entity: quote.speakerEntity, person: isPersonSpeaker(quote, mentions), fromQuote: true, sentence: sentenceAt(layout, start) });
        candidates.sort((a, b) => a.start - b.start);
        lastSpoken = quote;
      }
    }
    quotes.push(quote);
  }
  return { quotes, candidates };
}

/**
 * The cue in the quote's own sentences; else in a short sentence right after it ("“…” Ana Ruiz said.");
 * else, for a quote opening its sentence, in the sentence before ("Ruiz was blunt about it: …").
 */
function attributionNear(text: string, tokens: Token[], t: number, sentenceOf: number[]): Attribution | null {
  const [from, to] = sentenceSpan(sentenceOf, t);
  const lo = Math.max(from, t - WINDOW);
  const hi = Math.min(to, t + WINDOW);
  const own = attributionIn(text, tokens.slice(lo, hi + 1), t - lo);
  if (own || sentenceOf[t] < 0) return own;
  if (hi === to && hi + 1 < tokens.length && sentenceOf[hi + 1] >= 0) {
    const [, nextTo] = sentenceSpan(sentenceOf, hi + 1);
    const next = tokens.slice(hi + 1, nextTo + 1);
    if (next.length <= 16 && !next.some((token) => token.kind === 'quote')) {
      const found = attributionIn(text, next, -1, -1);
      if (found) return found;
    }
  }
  if (lo === from && from === t && from > 0 && sentenceOf[from - 1] >= 0) {
    const [previousFrom] = sentenceSpan(sentenceOf, from - 1);
    const previous = tokens.slice(Math.max(previousFrom, from - 1 - WINDOW), from);
    if (!previous.some((token) => token.kind === 'quote')) return attributionIn(text, previous, -1, previous.length);
  }
  return null;
}

/** Token range [from, to] of the sentences holding token t (a quote may span several). */
function sentenceSpan(sentenceOf: number[], t: number): [number, number] {
  const sentence = sentenceOf[t];
  let from = t;
  let to = t;
  while (from > 0 && sentenceOf[from - 1] === sentence) from--;
  while (to + 1 < sentenceOf.length && sentenceOf[to + 1] === sentence) to++;
  return [from, to];
}

/**
 * For each token, the index of its sentence; -1 outside sentences. A quote that runs over several
 * sentences ("We won. Now we rest," she said) joins them, so the words after it share its sentence.
 */
function sentenceIndexes(tokens: Token[], sentences: { start: number; end: number }[]): number[] {
  const joined = sentences.map((_, i) => i);
  const result: number[] = new Array(tokens.length).fill(-1);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < sentences.length && sentences[s].end <= tokens[i].start) s++;
    if (s >= sentences.length || sentences[s].start > tokens[i].start) continue;
    result[i] = joined[s];
    if (tokens[i].kind !== 'quote') continue;
    for (let e = s + 1; e < sentences.length && sentences[e].start < tokens[i].end; e++) joined[e] = joined[s];
  }
  return result.map((r) => (r < 0 ? r : joined[r]));
}

function applyAttribution(
  text: string,
  quote: QuoteMention,
  attribution: Attribution,
  mentions: EntityMention[],
  context: { before: SpeakerCandidate[]; previous: SpeakerCandidate[] },
): void {
  const { phrase, cue } = attribution;
  quote.cue = cue;
  if (phrase.pronoun) {
    const pronoun = text.slice(phrase.start, phrase.end);
    const antecedent = resolvePronoun(pronoun, context.before, context.previous);
    if (!antecedent) {
      quote.speakerText = pronoun;
      quote.speakerSpan = { start: phrase.start, end: phrase.end };
      return;
    }
    quote.speakerText = antecedent.text;
    quote.speakerSpan = { start: antecedent.start, end: antecedent.end };
    quote.speakerEntity = antecedent.entity;
    return;
  }
  const mention = phrase.named ? namedMention(mentions, phrase.start, phrase.end) : null;
  const span = mention ?? phrase;
  quote.speakerText = text.slice(span.start, span.end);
  quote.speakerSpan = { start: span.start, end: span.end };
  quote.speakerEntity = mention ? mention.entity : null;
}

/** The person or organisation mention inside a named speaker phrase (the longest, when several). */
function namedMention(mentions: EntityMention[], start: number, end: number): EntityMention | null {
  let best: EntityMention | null = null;
  for (const mention of mentions) {
    if (mention.end <= start || mention.start >= end || mention.type === 'place') continue;
    if (!best || mention.end - mention.start > best.end - best.start) best = mention;
  }
  return best;
}

function carryOver(quote: QuoteMention, from: QuoteMention | null): void {
  if (!from) return;
  quote.speakerText = from.speakerText;
  quote.speakerSpan = from.speakerSpan;
  quote.speakerEntity = from.speakerEntity;
  quote.cue = from.cue;
}

function lastWithSpeaker(quotes: QuoteMention[]): QuoteMention | null {
  for (let i = quotes.length - 1; i >= 0; i--) if (quotes[i].speakerSpan) return quotes[i];
  return null;
}

function firstProse(tokens: Token[]): number {
  return tokens.length > 0 ? tokens[0].start : -1;
}

function isPersonSpeaker(quote: QuoteMention, mentions: EntityMention[]): boolean {
  if (quote.speakerEntity !== null) return mentions.some((m) => m.entity === quote.speakerEntity && m.type === 'person');
  const speaker = quote.speakerText ?? '';
  return /^\p{Lu}/u.test(speaker) && !/^(The|A|An)\s/.test(speaker) && !/\b(officials?|sources?|department|ministry|government|report|journal|times|post|agency)\b/i.test(speaker);
}

/** Index of the sentence holding `offset` (binary search), or -1. */
function sentenceAt(layout: Layout, offset: number): number {
  let lo = 0;
  let hi = layout.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sentence = layout.sentences[mid];
    if (offset < sentence.start) hi = mid - 1;
    else if (offset >= sentence.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The parts of [start, end) outside the given regions (sorted by start). */
function proseOf(start: number, end: number, regions: Region[]): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let at = start;
  for (const region of regions) {
    if (region.end <= at || region.start >= end) continue;
    if (region.start > at) pieces.push({ start: at, end: region.start });
    at = Math.max(at, region.end);
  }
  if (at < end) pieces.push({ start: at, end });
  return pieces;
}
