// In-article coreference: every mention is tied to one entity. Full names found first become
// entities; a shorter form ("Maduro", "Díaz-Canel", "The Journal") joins the entity whose name ends
// with it — the one mentioned most recently, so a bare "Castro" follows the Castro last spoken of while
// "Raúl Castro" and "Fidel Castro" stay apart — and an acronym joins the name it abbreviates.
import type { EntityType } from '../types';
import type { Candidate } from './candidates';
import { SURE, type Typing } from './classify';

export interface Mention {
  candidate: Candidate;
  typing: Typing;
  /** Index of its entity among the groups, or -1 while unresolved. */
  entity: number;
}

export interface EntityGroup {
  /** The words of its fullest form, folded, without a leading "the". */
  words: string[];
  mentions: Mention[];
  /** The type its surely typed mentions agree on; 'mixed' when they disagree; null when none is sure. */
  sure: EntityType | 'mixed' | null;
  /** The type its first guessed mention had, or null. */
  guess: EntityType | null;
}

const SKIPPED_IN_ACRONYMS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', '&']);

/** Groups mentions (sorted by start) into entities; returns the groups in order of first mention. */
export function linkMentions(text: string, mentions: Mention[]): EntityGroup[] {
  const groups: EntityGroup[] = [];
  const byKey = new Map<string, number>();
  const byLastWord = new Map<string, number[]>();
  const byInitials = new Map<string, number>();
  const join = (m: Mention, g: number) => {
    m.entity = g;
    groups[g].mentions.push(m);
    const group = groups[g];
    if (m.typing.strength >= SURE) group.sure = group.sure === null || group.sure === m.typing.type ? m.typing.type : 'mixed';
    else if (group.guess === null) group.guess = m.typing.type;
  };
  const open = (m: Mention, words: string[]) => {
    const g = groups.length;
    groups.push({ words, mentions: [], sure: null, guess: null });
    byKey.set(keyOfWords(words), g);
    const lastWord = words[words.length - 1];
    const sameLast = byLastWord.get(lastWord);
    if (sameLast) sameLast.push(g);
    else byLastWord.set(lastWord, [g]);
    const initials = initialsOf(words);
    if (initials.length >= 2 && !byInitials.has(initials)) byInitials.set(initials, g);
    join(m, g);
  };

  // Full names: two or more words (a leading "the" does not count).
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (nameLengthOf(m.candidate) < 2) continue;
    const g = byKey.get(nameKeyOf(m.candidate));
    if (g !== undefined && compatible(groups[g], m)) join(m, g);
    else if (g === undefined) open(m, wordsOf(m.candidate));
  }

  // Short forms and acronyms, in reading order so "most recent" means what the reader last saw.
  const lastSeen: number[] = [];
  let previous: Mention | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.entity < 0) {
      const g = shortFormOf(m, groups, byLastWord, lastSeen) ?? acronymOf(text, m, previous, byInitials);
      if (g !== null) join(m, g);
      else {
        const words = wordsOf(m.candidate);
        const same = byKey.get(keyOfWords(words));
        if (same !== undefined && compatible(groups[same], m)) join(m, same);
        else open(m, words);
      }
    }
    lastSeen[m.entity] = m.candidate.start;
    previous = m;
  }
  for (const g of groups) g.mentions.sort((a, b) => a.candidate.start - b.candidate.start);
  return groups;
}

function keyOfWords(words: string[]): string {
  return words.length === 1 ? words[0] : words.join(' ');
}

/** Words in the name without a leading "the": the length of wordsOf(c), without building the words. */
function nameLengthOf(c: Candidate): number {
  return c.tokens.length > 1 && c.tokens[0].key === 'the' ? c.tokens.length - 1 : c.tokens.length;
}

/** keyOfWords(wordsOf(c)) read off the candidate's key, whose words are its tokens' keys joined by spaces. */
function nameKeyOf(c: Candidate): string {
  return c.tokens.length > 1 && c.tokens[0].key === 'the' ? c.key.slice('the '.length) : c.key;
}

function wordsOf(c: Candidate): string[] {
  if (c.tokens.length === 1) return [c.key];
  const words = c.tokens.map((t) => t.key);
  return words.length > 1 && words[0] === 'the' ? words.slice(1) : words;
}

/** A surely typed mention joins only an entity of that type: "Jordan" the country is not "Harriet Jordan". */
function compatible(group: EntityGroup, m: Mention): boolean {
  const type = group.sure ?? group.guess;
  return m.typing.strength < SURE || type === null || type === m.typing.type;
}

function shortFormOf(m: Mention, groups: EntityGroup[], byLastWord: Map<string, number[]>, lastSeen: number[]): number | null {
  const words = wordsOf(m.candidate);
  const sameLast = byLastWord.get(words[words.length - 1]);
  if (sameLast === undefined) return null;
  // The newest few names ending in the same word are enough, and keep hostile input linear. Among
  // them: the one last seen; else, none seen yet, the one first written. Ties go to the older group.
  let lastSeenBest: number | null = null;
  let firstWrittenBest: number | null = null;
  for (let k = Math.max(0, sameLast.length - 16); k < sameLast.length; k++) {
    const g = sameLast[k];
    if (!(groups[g].words.length > words.length && endsWith(groups[g].words, words) && compatible(groups[g], m))) continue;
    if (lastSeen[g] !== undefined && (lastSeenBest === null || lastSeen[g] > lastSeen[lastSeenBest])) lastSeenBest = g;
    if (firstWrittenBest === null || firstStart(groups[g]) < firstStart(groups[firstWrittenBest])) firstWrittenBest = g;
  }
  return lastSeenBest ?? firstWrittenBest;
}

function endsWith(words: string[], tail: string[]): boolean {
  const offset = words.length - tail.length;
  return tail.every((w, i) => words[offset + i] === w);
}

function firstStart(g: EntityGroup): number {
  return g.mentions[0]?.candidate.start ?? Infinity;
}

/** First letters of the words that count in an acronym: "Central Intelligence Agency" → "cia". */
function initialsOf(words: string[]): string {
  return words.filter((w) => !SKIPPED_IN_ACRONYMS.has(w)).map((w) => w[0]).join('');
}

/** "Central Intelligence Agency (CIA)", or a capitals-only word spelling the initials of a name already given. */
function acronymOf(text: string, m: Mention, previous: Mention | null, byInitials: Map<string, number>): number | null {
  const token = m.candidate.tokens;
  if (token.length !== 1 || !token[0].allCaps) return null;
  const letters = token[0].key.replace(/[^a-z]/g, '');
  if (previous && previous.entity >= 0 && text.slice(previous.candidate.end, m.candidate.start).trim() === '(' && text[m.candidate.end] === ')') {
    return previous.entity;
  }
  return byInitials.get(letters) ?? null;
}

/** The type most sure among an entity's mentions; among equally sure ones, the most frequent. */
export function typeOfGroup(group: EntityGroup): EntityType | null {
  let best = 0;
  const mentions = group.mentions;
  for (let k = 0; k < mentions.length; k++) {
    const typing = mentions[k].typing;
    if (typing.type && typing.strength > best) best = typing.strength;
  }
  if (best === 0) return null;
  const votes = new Map<EntityType, number>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.typing.type && m.typing.strength === best) votes.set(m.typing.type, (votes.get(m.typing.type) ?? 0) + 1);
  }
  let type: EntityType | null = null;
  let most = 0;
  for (const [t, n] of votes) if (n > most) [type, most] = [t, n];
  return type;
}
