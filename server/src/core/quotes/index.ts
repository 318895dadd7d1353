// Quotes in an article: where each quoted passage is, what kind it is, and who said it.
import type { EntityMention, Layout, QuoteMention, Region, RegionKind } from '../types';
import { attributionIn, type Attribution, clauseSubject } from './attribution';
import { quoteKind } from './kind';
import { type QuotedPassage, quotedPassages } from './marks';
import { resolvePronoun, type SpeakerCandidate } from './pronouns';
import type { SpeakerPhrase } from './speakerPhrase';
import { type Token, tokensOf } from './tokens';

/** Regions whose quotation marks are not the article's quotes (headlines, captions, boilerplate). */
const NOT_PROSE: ReadonlySet<RegionKind> = new Set(['front-matter', 'heading', 'byline', 'dateline', 'caption', 'boilerplate']);
/** Words read on either side of a quote when looking for its cue: bounds the work in endless sentences. */
const WINDOW = 80;
/** Mentions starting this far before a speaker phrase cannot overlap it. */
const LONGEST_NAME = 200;

interface ParagraphQuotes {
  quotes: QuoteMention[];
  candidates: SpeakerCandidate[];
}

export function findQuotes(text: string, layout: Layout, entities: EntityMention[]): QuoteMention[] {
  const notProse = layout.regions.filter((r) => NOT_PROSE.has(r.kind));
  const links = layout.regions.filter((r) => r.kind === 'link-url');
  const mentions = entities.filter((e) => e.type !== 'place').sort((a, b) => a.start - b.start);
  const sentencesOf = layout.paragraphs.map((): Sentence[] => []);
  for (const sentence of layout.sentences) sentencesOf[sentence.paragraph]?.push(sentence);
  const all: QuoteMention[] = [];
  let previous: ParagraphQuotes = { quotes: [], candidates: [] };
  let m = 0;
  let r = 0;
  let l = 0;
  layout.paragraphs.forEach((paragraph, index) => {
    while (r < notProse.length && notProse[r].end <= paragraph.start) r++;
    while (l < links.length && links[l].end <= paragraph.start) l++;
    const passages: QuotedPassage[] = [];
    for (const piece of proseOf(paragraph.start, paragraph.end, notProse, r)) {
      for (const passage of quotedPassages(text, piece.start, piece.end, links, l)) passages.push(passage);
    }
    const paragraphMentions: EntityMention[] = [];
    while (m < mentions.length && mentions[m].start < paragraph.end) {
      if (mentions[m].start >= paragraph.start) paragraphMentions.push(mentions[m]);
      m++;
    }
    const current = quotesOfParagraph(text, paragraph, sentencesOf[index], passages, outsideQuotes(paragraphMentions, passages), previous);
    for (const quote of current.quotes) all.push(quote);
    previous = current;
  });
  return all;
}

type Sentence = Layout['sentences'][number];

/**
 * Reads a paragraph in order, sentence by sentence: each sentence's subject and each mention become
 * candidates for later pronouns, and each quote gets its speaker from its cue, a pronoun's antecedent,
 * or the quote before it.
 */
function quotesOfParagraph(
  text: string,
  paragraph: { start: number; end: number },
  sentences: Sentence[],
  passages: QuotedPassage[],
  mentions: EntityMention[],
  previous: ParagraphQuotes,
): ParagraphQuotes {
  const candidates: SpeakerCandidate[] = [];
  const quotes: QuoteMention[] = [];
  const tokens = tokensOf(text, paragraph.start, paragraph.end, passages);
  const sentenceOfToken = sentenceIndexes(tokens, sentences);
  let m = 0;
  let lastSpoken: QuoteMention | null = null;
  for (let t = 0; t < tokens.length; t++) {
    const sentence = sentenceOfToken[t];
    while (m < mentions.length && mentions[m].start < tokens[t].end) candidates.push(mentionCandidate(mentions[m++], sentence));
    if (sentence >= 0 && (t === 0 || sentenceOfToken[t - 1] !== sentence)) {
      addSentenceCandidates(text, tokens, t, sentenceOfToken, mentions, candidates, previous.candidates);
    }
    if (tokens[t].kind !== 'quote') continue;
    const passage = passages[tokens[t].passage];
    const kind = quoteKind(text, passage, sentence >= 0 ? sentences[sentence].start : paragraph.start);
    const quote: QuoteMention = { start: passage.start, end: passage.end, text: text.slice(passage.start, passage.end), kind, speakerText: null, speakerSpan: null, speakerEntity: null, cue: null };
    quotes.push(quote);
    if (kind === 'scare') continue;
    const attribution = attributionNear(text, tokens, t, sentenceOfToken);
    if (attribution) {
      const speaker = speakerFrom(text, attribution.phrase, mentions, candidates, previous.candidates);
      if (speaker) setSpeaker(quote, speaker, attribution.cue);
      if (speaker && quote.speakerSpan) candidates.push({ ...speaker, at: attribution.phrase.start, role: 'speaker', sentence });
    } else {
      const from = lastSpoken ?? (t === 0 ? lastWithSpeaker(previous.quotes) : null);
      if (from) Object.assign(quote, { speakerText: from.speakerText, speakerSpan: from.speakerSpan, speakerEntity: from.speakerEntity, cue: from.cue });
    }
    if (quote.speakerSpan) lastSpoken = quote;
  }
  while (m < mentions.length) candidates.push(mentionCandidate(mentions[m++], sentences.length));
  return { quotes, candidates };
}

/** Mentions inside quoted words are the speaker's words, not the writer's: they name no speaker. */
function outsideQuotes(mentions: EntityMention[], passages: QuotedPassage[]): EntityMention[] {
  const kept: EntityMention[] = [];
  let p = 0;
  for (const mention of mentions) {
    while (p < passages.length && passages[p].close < mention.start) p++;
    if (p < passages.length && passages[p].open <= mention.start && mention.end <= passages[p].close) continue;
    kept.push(mention);
  }
  return kept;
}

function mentionCandidate(mention: EntityMention, sentence: number): SpeakerCandidate {
  return { at: mention.start, start: mention.start, end: mention.end, text: mention.text, entity: mention.entity, person: mention.type === 'person', role: 'mention', sentence };
}

/**
 * What a sentence tells about who is talking, as candidates for later pronouns: its subject ("Ana Ruiz
 * thanked …", "She adds …") and whoever its attribution cue names ("According to Ruiz, …", "Ruiz says …").
 */
function addSentenceCandidates(
  text: string,
  tokens: Token[],
  first: number,
  sentenceOf: number[],
  mentions: EntityMention[],
  current: SpeakerCandidate[],
  previous: SpeakerCandidate[],
): void {
  const sentence = sentenceOf[first];
  let start = first;
  while (start < tokens.length && tokens[start].kind !== 'word' && sentenceOf[start] === sentence) start++;
  let end = start;
  while (end < tokens.length && end - start < WINDOW && sentenceOf[end] === sentence) end++;
  const subject = clauseSubject(tokens, start, end);
  const credible = subject && (subject.pronoun || (subject.named && (namedMention(mentions, subject.start, subject.end) || readsAsName(text.slice(subject.start, subject.end)))));
  const subjectSpeaker = subject && credible ? speakerFrom(text, subject, mentions, current, previous) : null;
  if (subject && subjectSpeaker) current.push({ ...subjectSpeaker, at: subject.start, role: 'subject', sentence });
  const reported = attributionIn(text, tokens.slice(start, end), -1, -1);
  if (reported && reported.phrase.start !== subject?.start) {
    const speaker = speakerFrom(text, reported.phrase, mentions, current, previous);
    if (speaker) current.push({ ...speaker, at: reported.phrase.start, role: 'speaker', sentence });
  }
}

/** Who a speaker phrase names: the antecedent of a pronoun, the entity mention inside a name, or the words as written. */
function speakerFrom(
  text: string,
  phrase: SpeakerPhrase,
  mentions: EntityMention[],
  current: SpeakerCandidate[],
  previous: SpeakerCandidate[],
): SpeakerCandidate | null {
  const written = text.slice(phrase.start, phrase.end);
  if (phrase.pronoun) {
    const antecedent = resolvePronoun(written, phrase.start, current, previous);
    if (antecedent) return antecedent;
    if (written.toLowerCase() === 'it') return null;
    return { at: phrase.start, start: phrase.start, end: phrase.end, text: written, entity: null, person: written.toLowerCase() !== 'they', role: 'speaker', sentence: -1 };
  }
  const mention = phrase.named ? namedMention(mentions, phrase.start, phrase.end) : null;
  if (mention) return { ...mentionCandidate(mention, -1), role: 'speaker' };
  return { at: phrase.start, start: phrase.start, end: phrase.end, text: written, entity: null, person: phrase.named && looksLikePerson(written), role: 'speaker', sentence: -1 };
}

function setSpeaker(quote: QuoteMention, speaker: SpeakerCandidate, cue: string): void {
  quote.speakerText = speaker.text;
  quote.speakerSpan = { start: speaker.start, end: speaker.end };
  quote.speakerEntity = speaker.entity;
  quote.cue = cue;
}

/** Capitalised words that open sentences without naming anyone ("Speaking", "Ultimately", "It’s"). */
const NOT_NAMES = new Set([
  'for', 'once', 'if', 'when', 'after', 'before', 'although', 'though', 'while', 'since', 'because', 'as', 'at', 'in',
  'on', 'by', 'with', 'from', 'to', 'of', 'about', 'according', 'there', 'here', 'this', 'that', 'these', 'those',
  'what', 'who', 'why', 'how', 'where', 'all', 'some', 'many', 'most', 'both', 'each', 'every', 'no', 'not', 'yes',
  'so', 'then', 'now', 'still', 'yet', 'also', 'even', 'just', 'only', 'first', 'second', 'today', 'yesterday',
  'instead', 'despite', 'during', 'under', 'over', 'asked', 'given', 'unlike', 'like', 'without', 'within', 'lest',
]);

/** With no entity mention to go by: a sentence subject is a name unless its first word says otherwise. */
function readsAsName(phrase: string): boolean {
  const first = phrase.split(' ')[0].toLowerCase();
  if (NOT_NAMES.has(first) || /\d|['’]/.test(first)) return false;
  return !(first.length > 4 && (first.endsWith('ing') || first.endsWith('ed') || first.endsWith('ly')));
}

/** Without an entity mention, a name is taken for a person unless it reads like an institution. */
function looksLikePerson(name: string): boolean {
  return !/^(the|a|an)\s/i.test(name) && !/\b(Department|Ministry|Government|House|Office|Committee|Council|Party|Campaign|Agency|Journal|Times|Post|News|Network|Institute|University|Association|Court|Senate|Congress|Administration|Commission|Bank|Company|Group|Foundation)\b/.test(name);
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
  while (from > 0 && t - from <= WINDOW && sentenceOf[from - 1] === sentence) from--;
  while (to + 1 < sentenceOf.length && to - t <= WINDOW && sentenceOf[to + 1] === sentence) to++;
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

/** People outweigh organisations ("9/11 widow Terry Strada"), then longer mentions outweigh shorter. */
function weight(mention: EntityMention): number {
  return (mention.type === 'person' ? 1e6 : 0) + mention.end - mention.start;
}

/** The person or organisation mention inside a named speaker phrase. */
function namedMention(mentions: EntityMention[], start: number, end: number): EntityMention | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < start - LONGEST_NAME) lo = mid + 1;
    else hi = mid;
  }
  let best: EntityMention | null = null;
  for (let i = lo; i < mentions.length && mentions[i].start < end; i++) {
    const mention = mentions[i];
    if (mention.end <= start) continue;
    if (!best || weight(mention) > weight(best)) best = mention;
  }
  return best;
}

function lastWithSpeaker(quotes: QuoteMention[]): QuoteMention | null {
  for (let i = quotes.length - 1; i >= 0; i--) if (quotes[i].speakerSpan) return quotes[i];
  return null;
}

/** The parts of [start, end) outside the given regions (sorted by start), from index `from` on. */
function proseOf(start: number, end: number, regions: Region[], from: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let at = start;
  for (let i = from; i < regions.length && regions[i].start < end; i++) {
    const region = regions[i];
    if (region.end <= at) continue;
    if (region.start > at) pieces.push({ start: at, end: region.start });
    at = Math.max(at, region.end);
  }
  if (at < end) pieces.push({ start: at, end });
  return pieces;
}
