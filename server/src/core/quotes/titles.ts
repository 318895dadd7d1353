// Titles and roles written before a name ("Chilean President", "Secretary of State", "campaign manager"):
// a speaker is named without them, as the entity is.
import { isUpper } from '../text/chars';
import type { Token } from './tokens';

/** Title words that can open a title by themselves; the rest only continue one ("Secretary of State"). */
const TITLE_OPENERS = new Set([
  'president', 'vice', 'secretary', 'minister', 'prime', 'senator', 'sen.', 'rep.', 'representative', 'gov.', 'governor',
  'mayor', 'chancellor', 'gen.', 'dr.', 'mr.', 'mrs.', 'ms.', 'judge', 'justice', 'chief', 'director', 'spokesman',
  'spokeswoman', 'spokesperson', 'ceo', 'chairman', 'chairwoman', 'ambassador', 'king', 'queen', 'prince', 'princess',
  'pope', 'rev.', 'reverend', 'professor', 'prof.', 'lt.', 'col.', 'sgt.', 'capt.', 'adm.', 'commissioner', 'attorney',
  'speaker', 'leader', 'congressman', 'congresswoman', 'sheriff', 'acting', 'deputy', 'former', 'undersecretary',
  'commander', 'colonel', 'captain', 'lieutenant', 'sergeant', 'admiral', 'detective', 'inspector', 'nominee',
  'candidate', 'manager', 'adviser', 'advisor', 'aide', 'strategist', 'pollster', 'analyst', 'founder', 'executive',
  'presidential', 'economist', 'lawyer', 'host', 'anchor', 'editor', 'correspondent', 'columnist', 'coach', 'rabbi',
  'bishop', 'cardinal', 'dean', 'retiree', 'resident', 'worker', 'senior', 'press', 'campaign', 'foreign',
]);

/** Every word a title is made of: the openers and the words that only continue one. */
export const TITLES = new Set([
  ...TITLE_OPENERS,
  'general', 'chair', 'assistant', 'officer', 'superintendent', 'head', 'communications', 'top', 'researcher',
  'author', 'writer', 'chairs', 'imam', 'father', 'sister', 'brother', 'auntie', 'uncle', 'principal',
  'interior', 'defense', 'defence', 'finance', 'state', 'treasury', 'homeland', 'security', 'affairs',
  'majority', 'minority', 'whip', 'house', 'senate', 'national', 'democratic', 'republican', 'gop', 'of',
  'the', 'for',
]);

export function isTitleWord(word: string): boolean {
  return TITLE_OPENERS.has(word.toLowerCase());
}

/** Index of the first name word after a title ("Chilean President Ana Núñez-Roca" → "Ana"), else `first`. */
export function afterTitles(tokens: Token[], first: number, last: number): number {
  let k = first;
  while (k <= last && !isTitleWord(tokens[k].text)) k++;
  if (k > last) return first;
  while (k <= last && TITLES.has(tokens[k].lower)) k++;
  if (k > last || !isUpper(tokens[k].text[0])) return first;
  return k;
}
