// One paragraph's quotes with their kinds and speakers, read in order so that later pronouns and
// uncued quotes can lean on the speakers and subjects before them.
import type { EntityMention, Layout, QuoteMention } from '../types';
import { attributionIn, clauseSubject } from './attribution';
import { isLabel, quoteKind } from './kind';
import type { QuotedPassage } from './marks';
import type { SpeakerCandidate } from './pronouns';
import { attributionNear, sentenceIndexes, WINDOW } from './sentenceTokens';
import { mentionCandidate, namedMention, opensLikeName, readsAsName, speakerFrom } from './speakers';
import { type Token, tokensOf } from './tokens';

type Sentence = Layout['sentences'][number];

export interface ParagraphQuotes {
  quotes: QuoteMention[];
  candidates: SpeakerCandidate[];
  /** The last quote runs on into the next paragraph (no closing mark): its speaker carries over. */
  runsOn: boolean;
}

/**
 * Reads a paragraph in order, sentence by sentence: each sentence's subject and each mention become
 * candidates for later pronouns, and each quote gets its speaker from its cue, a pronoun's antecedent,
 * or the quote before it. `commonWords` are the words the article writes in lower case.
 */
export function quotesOfParagraph(
  text: string,
  paragraph: { start: number; end: number },
  sentences: Sentence[],
  passages: QuotedPassage[],
  mentions: EntityMention[],
  previous: ParagraphQuotes,
  commonWords: ReadonlySet<string>,
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
      addSentenceCandidates(text, tokens, t, sentenceOfToken, mentions, candidates, previous.candidates, commonWords);
    }
    if (tokens[t].kind !== 'quote') continue;
    const passage = passages[tokens[t].passage];
    const kind = quoteKind(text, passage, sentence >= 0 ? sentences[sentence].start : paragraph.start);
    const quote: QuoteMention = { start: passage.start, end: passage.end, text: text.slice(passage.start, passage.end), kind, speakerText: null, speakerSpan: null, speakerEntity: null, cue: null };
    quotes.push(quote);
    if (kind === 'scare') continue;
    const attribution = attributionNear(text, tokens, t, sentenceOfToken);
    if (!attribution && kind === 'fragment' && isLabel(text, passage)) {
      quote.kind = 'scare';
      continue;
    }
    if (attribution) {
      const speaker = speakerFrom(text, attribution.phrase, mentions, candidates, previous.candidates, commonWords);
      if (speaker) setSpeaker(quote, speaker, attribution.cue);
      if (speaker && quote.speakerSpan) candidates.push({ ...speaker, at: attribution.phrase.start, role: 'speaker', sentence });
    } else {
      const from = lastSpoken ?? (t === 0 && previous.runsOn ? lastWithSpeaker(previous.quotes) : null);
      if (from) Object.assign(quote, { speakerText: from.speakerText, speakerSpan: from.speakerSpan, speakerEntity: from.speakerEntity, cue: from.cue });
    }
    if (quote.speakerSpan) lastSpoken = quote;
  }
  while (m < mentions.length) candidates.push(mentionCandidate(mentions[m++], sentences.length));
  const last = passages[passages.length - 1];
  return { quotes, candidates, runsOn: last !== undefined && last.close >= paragraph.end };
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
  commonWords: ReadonlySet<string>,
): void {
  const sentence = sentenceOf[first];
  let start = first;
  while (start < tokens.length && tokens[start].kind !== 'word' && sentenceOf[start] === sentence) start++;
  let end = start;
  while (end < tokens.length && end - start < WINDOW && sentenceOf[end] === sentence) end++;
  const subject = clauseSubject(tokens, start, end);
  const credible = subject && (subject.pronoun || (subject.named && (namedMention(mentions, subject.start, subject.end) || readsAsName(text.slice(subject.start, subject.end), commonWords))));
  const subjectSpeaker = subject && credible ? speakerFrom(text, subject, mentions, current, previous, commonWords) : null;
  if (subject && subjectSpeaker) current.push({ ...subjectSpeaker, at: subject.start, role: 'subject', sentence });
  const reported = attributionIn(text, tokens.slice(start, end), -1, -1);
  const phrase = reported?.phrase;
  const believable = phrase && (!phrase.named || namedMention(mentions, phrase.start, phrase.end) || opensLikeName(text.slice(phrase.start, phrase.end)));
  if (reported && believable && !(subjectSpeaker && reported.phrase.start === subject?.start)) {
    const speaker = speakerFrom(text, reported.phrase, mentions, current, previous, commonWords);
    if (speaker) current.push({ ...speaker, at: reported.phrase.start, role: 'speaker', sentence });
  }
}

function setSpeaker(quote: QuoteMention, speaker: SpeakerCandidate, cue: string): void {
  quote.speakerText = speaker.text;
  quote.speakerSpan = { start: speaker.start, end: speaker.end };
  quote.speakerEntity = speaker.entity;
  quote.cue = cue;
}

function lastWithSpeaker(quotes: QuoteMention[]): QuoteMention | null {
  for (let i = quotes.length - 1; i >= 0; i--) if (quotes[i].speakerSpan) return quotes[i];
  return null;
}
