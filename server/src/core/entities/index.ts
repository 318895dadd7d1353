// People, organisations and places named in one article, with in-article coreference applied.
import type { ArticleEntity, EntityMention, EntityType, Layout } from '../types';
import { candidatesOf } from './candidates';
import { FIRST_NAMES } from './lexicon/people';
import { SURE, typeOf } from './classify';
import { type EntityGroup, type Mention, linkMentions, typeOfGroup } from './coreference';
import { scanRangesOf } from './scanRanges';
import { shoutedMentionsOf } from './shouting';
import { tokensOf } from './tokens';

/** Endings of English adjectives and adverbs that open sentences before names ("Prominent", "Angered"). */
const ADJECTIVE_OR_ADVERB = /(?:ly|ed|ing|ent|ant|ive|ous|ful|ary|able|ible|est)$/;

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
  const lowerCase = new Set<string>();
  const capitalisedInside = new Set<string>();
  for (const t of tokens) {
    if (!t.capitalised && !t.allCaps) lowerCase.add(t.key);
    else if (t.capitalised && !t.sentenceInitial && !t.shouting) capitalisedInside.add(t.key);
  }
  const ordinary = (key: string, next: string) =>
    lowerCase.has(key) || (ADJECTIVE_OR_ADVERB.test(key) && !capitalisedInside.has(key) && !FIRST_NAMES.has(key) && capitalisedInside.has(next));
  const candidates = candidatesOf(text, tokens, ordinary);
  const context = { common: (key: string) => lowerCase.has(key) };
  const surnames = new Set<string>();
  for (const c of candidates) if (c.tokens.length > 1) surnames.add(c.tokens[c.tokens.length - 1].key);

  const mentions: Mention[] = [];
  for (const c of candidates) {
    const typing = typeOf(c, text.slice(c.start, c.end), context);
    const lone = c.tokens.length === 1;
    // A lone capitalised word opening a sentence is a name only if something else says so; one that
    // nothing types and that the article also writes in lower case is an ordinary word ("Golf", "War").
    if (lone && c.sentenceInitial && typing.strength < SURE && !capitalisedInside.has(c.key) && !surnames.has(c.key)) continue;
    if (lone && typing.strength === 0 && !surnames.has(c.key) && isOrdinaryWord(c.key, lowerCase)) continue;
    // "Ostravian officials": an adjective of nationality or kind that no lexicon lists.
    if (lone && typing.strength === 0 && c.after !== '' && ADJECTIVE_ENDING.test(c.key)) continue;
    // "the Castros": a family named by a surname the article gives is not one more entity.
    if (lone && typing.strength === 0 && c.key.endsWith('s') && surnames.has(c.key.slice(0, -1))) continue;
    mentions.push({ candidate: c, typing, entity: -1 });
  }
  const groups = linkMentions(text, mentions);
  const all = mentions.concat(shoutedMentionsOf(text, tokens, groups));
  return assemble(text, groups, all);
}

/** Entities in order of first mention, typed; mentions sorted and never overlapping. */
function assemble(text: string, groups: EntityGroup[], mentions: Mention[]): FoundEntities {
  const entityList: ArticleEntity[] = [];
  const idOf: number[] = [];
  const types: EntityType[] = [];
  groups.forEach((group, g) => {
    if (group.mentions.length === 0) return;
    const type = typeOfGroup(group) ?? fallbackType(group);
    if (type === null) return;
    idOf[g] = entityList.length;
    types[g] = type;
    const forms = [...new Set(group.mentions.map((m) => text.slice(m.candidate.start, m.candidate.end)))];
    const name = fullestForm(forms);
    entityList.push({ id: entityList.length, name, type, aliases: forms.filter((f) => f !== name) });
  });
  const entities: EntityMention[] = [];
  let coveredTo = -1;
  for (const m of mentions.sort((a, b) => a.candidate.start - b.candidate.start)) {
    const id = idOf[m.entity];
    if (id === undefined || m.candidate.start < coveredTo) continue;
    const { start, end } = m.candidate;
    entities.push({ start, end, text: text.slice(start, end), type: types[m.entity], entity: id });
    coveredTo = end;
  }
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
