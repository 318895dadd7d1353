// One paragraph's quotes with their kinds and speakers, read in order so that later pronouns and
// uncued quotes can lean on the speakers and subjects before them.
import type { EntityMention, Layout, QuoteMention } from '../types';
import { type Attribution, attributionIn, clauseSubject } from './attribution';
import { isLabel, quoteKind } from './kind';
import type { QuotedPassage } from './marks';
import type { SpeakerCandidate } from './pronouns';
import { attributionNear, cuedNear, sentenceIndexes, WINDOW } from './sentenceTokens';
import { mentionCandidate, namedMention, opensLikeName, readsAsName, speakerFrom } from './speakers';
import { type Token, tokensOf } from './tokens';

type Sentence = Layout['sentences'][number];

/** Who said a quote, as a quote carries it. */
export type Speaking = Pick<QuoteMention, 'speakerText' | 'speakerSpan' | 'speakerEntity' | 'cue'>;

export interface ParagraphQuotes {
  quotes: QuoteMention[];
  candidates: SpeakerCandidate[];
  /** The last quote runs on into the next paragraph (no closing mark): its speaker carries over. */
  runsOn: boolean;
  /**
   * Who speaks last in the paragraph (the speaker of its last attributed quote, or of reported speech
   * after it): a paragraph that is a quote with no cue of its own goes on in that voice.
   */
  lastVoice: Speaking | null;
  /** Quotes with no speaker yet, running on to the next paragraph, which may name who said them. */
  awaiting: QuoteMention[];
}

export const NO_QUOTES: ParagraphQuotes = { quotes: [], candidates: [], runsOn: false, lastVoice: null, awaiting: [] };

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
    const cued = attribution ?? introducedByColon(tokens, t, sentenceOfToken, mentions);
    if (cued) {
      const speaker = speakerFrom(text, cued.phrase, mentions, candidates, previous.candidates, commonWords);
      if (speaker) setSpeaker(quote, speaker, cued.cue);
      if (speaker && quote.speakerSpan) candidates.push({ ...speaker, at: cued.phrase.start, role: 'speaker', sentence, cue: cued.cue });
    } else {
      // A quote running on from the paragraph before keeps its speaker; a paragraph opening with a new
      // quote, with no cue near it, goes on in the voice of the paragraph before.
      const carried = t !== 0 ? null : previous.runsOn ? lastWithSpeaker(previous.quotes) : cuedNear(tokens, t, sentenceOfToken) ? null : previous.lastVoice;
      const from = lastSpoken ?? carried;
      if (from) speakAs(quote, from);
    }
    // A quote run on from the paragraph before, attributed only here ("“… ¶ “…,” she wrote."), names who said it all.
    if (t === 0 && previous.runsOn && quote.speakerSpan) for (const waiting of previous.awaiting) speakAs(waiting, quote);
    if (quote.speakerSpan) lastSpoken = quote;
  }
  while (m < mentions.length) candidates.push(mentionCandidate(mentions[m++], sentences.length));
  const last = passages[passages.length - 1];
  const runsOn = last !== undefined && last.close >= paragraph.end;
  const lastQuote = quotes[quotes.length - 1];
  const continued = quotes.length === 1 && tokens[0]?.kind === 'quote' && previous.runsOn;
  const awaiting = runsOn && lastQuote && !lastQuote.speakerSpan && lastQuote.kind !== 'scare' ? [...(continued ? previous.awaiting : []), lastQuote] : [];
  return { quotes, candidates, runsOn, lastVoice: lastVoiceOf(quotes, candidates), awaiting };
}

/**
 * "In a statement, Ana Ruiz put it simply: “…”", "Ruiz: “…”": a quote after a colon, with no speech verb,
 * is said by the named subject of the words before the colon.
 */
function introducedByColon(tokens: Token[], t: number, sentenceOf: number[], mentions: EntityMention[]): Attribution | null {
  const colon = tokens[t - 1];
  if (!colon || colon.kind !== 'punct' || colon.text !== ':') return null;
  let start = t - 1;
  while (start > 0 && t - start < WINDOW && sentenceOf[start - 1] === sentenceOf[t] && tokens[start - 1].kind !== 'quote') start--;
  const subject = clauseSubject(tokens, start, t - 1);
  return subject && (subject.pronoun || (subject.named && namedMention(mentions, subject.start, subject.end))) ? { phrase: subject, cue: ':' } : null;
}

/** The speaker of the paragraph's last attributed quote, or of reported speech after it ("The statement explained that …"). */
function lastVoiceOf(quotes: QuoteMention[], candidates: SpeakerCandidate[]): Speaking | null {
  const quote = lastWithSpeaker(quotes);
  let reported: SpeakerCandidate | null = null;
  for (const c of candidates) if (c.role === 'speaker' && c.cue && (!reported || c.at > reported.at)) reported = c;
  if (reported && (!quote || reported.at > Math.max(quote.end, quote.speakerSpan!.end))) {
    return { speakerText: reported.text, speakerSpan: { start: reported.start, end: reported.end }, speakerEntity: reported.entity, cue: reported.cue! };
  }
  return quote;
}

function speakAs(quote: QuoteMention, from: Speaking): void {
  Object.assign(quote, { speakerText: from.speakerText, speakerSpan: from.speakerSpan, speakerEntity: from.speakerEntity, cue: from.cue });
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
    if (speaker) current.push({ ...speaker, at: reported.phrase.start, role: 'speaker', sentence, cue: reported.cue });
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
