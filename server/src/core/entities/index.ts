// People, organisations and places named in one article, with in-article coreference applied.
import type { ArticleEntity, EntityMention, EntityType, Layout } from '../types';
import { type Candidate, candidatesOf } from './candidates';
import { SURE, type Typing, typeOf } from './classify';
import { FIRST_NAMES } from './lexicon/people';
import { type EntityGroup, type Mention, linkMentions, typeOfGroup } from './coreference';
import { scanRangesOf } from './scanRanges';
import { shoutedMentionsOf } from './shouting';
import { type Token, tokensOf } from './tokens';

/** Endings of English adjectives and adverbs that open sentences before names ("Prominent", "Angered"). */
const ADJECTIVE_OR_ADVERB = /(?:ly|ed|ing|ent|ant|ive|ous|ful|ary|able|ible|est)$/;

/** Endings of nationality and kind adjectives ("Ostravian", "Nordic"). */
const ADJECTIVE_ENDING = /(?:ian|ean|ese|ish|ic)$/;

/** Capitalised in titles of events and records, never names by themselves. */
const COMMON_CAPITALISED = new Set(['world', 'women', 'men', 'year', 'first', 'second', 'third', 'final', 'cup', 'series', 'open', 'tour', 'round', 'record', 'test', 'euro', 'championship', 'championships', 'games', 'league', 'division', 'grand', 'prix', 'masters', 'olympic', 'olympics', 'war', 'day', 'week', 'news', 'state', 'law', 'act', 'bill', 'treaty', 'plan', 'index', 'stock', 'bond', 'yield', 'south', 'north', 'east', 'west']);

/** Written in lower case elsewhere in the article, itself or its singular ("Shirts", "shirt"), or a word of event titles. */
function isOrdinaryWord(key: string, lowerCase: ReadonlySet<string>): boolean {
  return lowerCase.has(key) || COMMON_CAPITALISED.has(key) || (key.endsWith('s') && lowerCase.has(key.slice(0, -1)));
}

export interface FoundEntities {
  entityList: ArticleEntity[];
  entities: EntityMention[];
}

export function findEntities(text: string, layout: Layout): FoundEntities {
  const tokens = tokensOf(text, scanRangesOf(layout));
  const words = wordsSeen(tokens);
  const ordinary = (key: string, next: string) =>
    words.lowerCase.has(key) ||
    (ADJECTIVE_OR_ADVERB.test(key) && !words.capitalisedInside.has(key) && !FIRST_NAMES.has(key) && words.capitalisedInside.has(next));
  const candidates = candidatesOf(text, tokens, ordinary);
  const context = { common: (key: string) => words.lowerCase.has(key) };
  const surnames = new Set<string>();
  // Indexed loops: these run once per word of the article, and must not allocate an iterator step each.
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    if (c.tokens.length > 1) surnames.add(c.tokens[c.tokens.length - 1].key);
  }

  const mentions: Mention[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    const typing = typeOf(c, text.slice(c.start, c.end), context);
    if (c.tokens.length > 1 || keepsLoneWord(c, typing, words, surnames)) mentions.push({ candidate: c, typing, entity: -1 });
  }
  const groups = linkMentions(text, mentions);
  const all = mentions.concat(shoutedMentionsOf(text, tokens, groups));
  return assemble(text, groups, all);
}

interface WordsSeen {
  /** Folded words written in lower case somewhere in the article. */
  lowerCase: Set<string>;
  /** Folded words capitalised somewhere other than at a sentence start or on a shouting line. */
  capitalisedInside: Set<string>;
}

function wordsSeen(tokens: Token[]): WordsSeen {
  const seen: WordsSeen = { lowerCase: new Set(), capitalisedInside: new Set() };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.capitalised && !t.allCaps) seen.lowerCase.add(t.key);
    else if (t.capitalised && !t.sentenceInitial && !t.shouting) seen.capitalisedInside.add(t.key);
  }
  return seen;
}

/** Whether a one-word candidate is a name, given how the article writes that word elsewhere. */
function keepsLoneWord(c: Candidate, typing: Typing, words: WordsSeen, surnames: ReadonlySet<string>): boolean {
  const surname = surnames.has(c.key);
  // Opening a sentence, its capital says nothing: something else must.
  if (c.sentenceInitial && typing.strength < SURE && !words.capitalisedInside.has(c.key) && !surname) return false;
  if (typing.strength > 0 || surname) return true;
  // Nothing types it: an ordinary word ("Golf", "War"), an unlisted nationality adjective ("Ostravian
  // officials") or a family named by a surname the article gives ("the Castros") is not an entity.
  if (isOrdinaryWord(c.key, words.lowerCase)) return false;
  if (c.after !== '' && ADJECTIVE_ENDING.test(c.key)) return false;
  return !(c.key.endsWith('s') && surnames.has(c.key.slice(0, -1)));
}

/** Entities in order of first mention, typed; mentions sorted and never overlapping. */
function assemble(text: string, groups: EntityGroup[], mentions: Mention[]): FoundEntities {
  const kept: Mention[] = [];
  let coveredTo = -1;
  mentions.sort((a, b) => a.candidate.start - b.candidate.start);
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.candidate.start < coveredTo) continue;
    kept.push(m);
    coveredTo = m.candidate.end;
  }
  const entityList: ArticleEntity[] = [];
  const idOf = new Map<number, number>();
  const forms = new Map<number, Set<string>>();
  for (let k = 0; k < kept.length; k++) {
    const m = kept[k];
    if (!idOf.has(m.entity)) {
      idOf.set(m.entity, idOf.size);
      forms.set(m.entity, new Set());
    }
    forms.get(m.entity)!.add(text.slice(m.candidate.start, m.candidate.end));
  }
  for (const [g, id] of idOf) {
    const written = [...forms.get(g)!];
    const name = fullestForm(written);
    entityList[id] = { id, name, type: typeOfGroup(groups[g]) ?? fallbackType(groups[g]), aliases: written.filter((f) => f !== name) };
  }
  const entities = kept.map((m): EntityMention => {
    const { start, end } = m.candidate;
    const id = idOf.get(m.entity)!;
    return { start, end, text: text.slice(start, end), type: entityList[id].type, entity: id };
  });
  return { entityList, entities };
}
/** A name nothing types: several words read as a person's name; a lone unknown word is most often a team, firm or body. */
function fallbackType(group: EntityGroup): EntityType {
  return group.words.length >= 2 ? 'person' : 'organization';
}

/** The most words; then the most accented letters ("Nicolás" over "Nicolas"); then the first seen. */
function fullestForm(forms: string[]): string {
  return forms.reduce((best, form) => (score(form) > score(best) ? form : best));
}

function score(form: string): number {
  let accents = 0;
  for (let i = 0; i < form.length; i++) if (form.charCodeAt(i) > 0x7f) accents++;
  return form.split(/\s+/).length * 1000 + Math.min(accents, 999);
}
