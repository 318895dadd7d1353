// Who a speaker phrase names: the antecedent of a pronoun, the entity mention inside a name, or the
// words as written ("a city hall official").
import type { EntityMention } from '../types';
import { resolvePronoun, type SpeakerCandidate } from './pronouns';
import { UNNAMED_HEADS } from './phraseWords';
import type { SpeakerPhrase } from './speakerPhrase';

/** Mentions starting this far before a speaker phrase cannot overlap it. */
const LONGEST_NAME = 200;

export function mentionCandidate(mention: EntityMention, sentence: number): SpeakerCandidate {
  return { at: mention.start, start: mention.start, end: mention.end, text: mention.text, entity: mention.entity, person: mention.type === 'person', role: 'mention', sentence };
}

/** Who a speaker phrase names: the antecedent of a pronoun, the entity mention inside a name, or the words as written. */
export function speakerFrom(
  text: string,
  phrase: SpeakerPhrase,
  mentions: EntityMention[],
  current: SpeakerCandidate[],
  previous: SpeakerCandidate[],
  commonWords: ReadonlySet<string>,
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
  return { at: phrase.start, start: phrase.start, end: phrase.end, text: written, entity: null, person: phrase.named && looksLikePerson(written, commonWords), role: 'speaker', sentence: -1 };
}

/**
 * "Forecasters", "Engineers": one capitalised word naming a group, known as such or written in lower
 * case elsewhere in the article ("Sanders" and "Wines" are never written "sanders", "wines").
 */
function isGroupWord(phrase: string, commonWords: ReadonlySet<string>): boolean {
  if (phrase.includes(' ')) return false;
  const lower = phrase.toLowerCase();
  return UNNAMED_HEADS.has(lower) || commonWords.has(lower);
}

/** Capitalised words that open sentences without naming anyone ("Speaking", "Ultimately", "It’s"). */
const NOT_NAMES = new Set([
  'for', 'once', 'if', 'when', 'after', 'before', 'although', 'though', 'while', 'since', 'because', 'as', 'at', 'in',
  'on', 'by', 'with', 'from', 'to', 'of', 'about', 'according', 'there', 'here', 'this', 'that', 'these', 'those',
  'what', 'who', 'why', 'how', 'where', 'all', 'some', 'many', 'most', 'both', 'each', 'every', 'no', 'not', 'yes',
  'so', 'then', 'now', 'still', 'yet', 'also', 'even', 'just', 'only', 'first', 'second', 'today', 'yesterday',
  'instead', 'despite', 'during', 'under', 'over', 'asked', 'given', 'unlike', 'like', 'without', 'within', 'lest',
]);

/** With no entity mention to go by: a sentence subject is a name unless it is a group or its first word says otherwise. */
export function readsAsName(phrase: string, commonWords: ReadonlySet<string>): boolean {
  return !isGroupWord(phrase, commonWords) && opensLikeName(phrase);
}

/** "Chastened", "Speaking", "It’s": capitalised first words that name nobody. */
export function opensLikeName(phrase: string): boolean {
  const first = phrase.split(' ')[0].toLowerCase();
  if (NOT_NAMES.has(first) || /\d|['’]/.test(first)) return false;
  return !(first.length > 4 && (first.endsWith('ing') || first.endsWith('ed') || first.endsWith('ly')));
}

/** Without an entity mention, a name is taken for a person unless it reads like an institution. */
function looksLikePerson(name: string, commonWords: ReadonlySet<string>): boolean {
  if (isGroupWord(name, commonWords)) return false;
  return !/^(the|a|an)\s/i.test(name) && !/\b(Department|Ministry|Government|House|Office|Committee|Council|Party|Campaign|Agency|Journal|Times|Post|News|Network|Institute|University|Association|Court|Senate|Congress|Administration|Commission|Bank|Company|Group|Foundation)\b/.test(name);
}

/** People outweigh organisations ("9/11 widow Terry Strada"), then longer mentions outweigh shorter. */
function weight(mention: EntityMention): number {
  return (mention.type === 'person' ? 1e6 : 0) + mention.end - mention.start;
}

/** The person or organisation mention inside a named speaker phrase. */
export function namedMention(mentions: EntityMention[], start: number, end: number): EntityMention | null {
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
