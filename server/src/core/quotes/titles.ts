// Titles and roles written before a name ("Chilean President", "Secretary of State", "campaign manager"):
// a speaker is named without them, as the entity is.
import { isUpper } from '../text/chars';
import type { Token } from './tokens';

export const TITLES = new Set([
  'president', 'vice', 'secretary', 'minister', 'prime', 'senator', 'sen.', 'rep.', 'representative', 'gov.', 'governor',
  'mayor', 'chancellor', 'general', 'gen.', 'dr.', 'mr.', 'mrs.', 'ms.', 'judge', 'justice', 'chief', 'director',
  'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'chairman', 'chairwoman', 'chair', 'ambassador', 'king', 'queen',
  'prince', 'princess', 'pope', 'rev.', 'reverend', 'professor', 'prof.', 'lt.', 'col.', 'sgt.', 'capt.', 'adm.',
  'commissioner', 'attorney', 'speaker', 'leader', 'congressman', 'congresswoman', 'sheriff', 'acting', 'deputy',
  'former', 'assistant', 'undersecretary', 'commander', 'colonel', 'captain', 'lieutenant', 'sergeant', 'admiral',
  'officer', 'detective', 'inspector', 'superintendent', 'nominee', 'candidate', 'manager', 'adviser', 'advisor',
  'aide', 'strategist', 'pollster', 'analyst', 'founder', 'executive', 'head', 'presidential', 'campaign', 'press',
  'communications', 'senior', 'top', 'economist', 'researcher', 'lawyer', 'host', 'anchor', 'editor',
  'correspondent', 'columnist', 'author', 'writer', 'coach', 'chairs', 'rabbi', 'imam', 'bishop',
  'cardinal', 'father', 'sister', 'brother', 'auntie', 'uncle', 'dean', 'principal', 'resident', 'retiree', 'worker',
  'foreign', 'interior', 'defense', 'defence', 'finance', 'state', 'treasury', 'homeland', 'security', 'affairs',
  'majority', 'minority', 'whip', 'house', 'senate', 'national', 'democratic', 'republican', 'gop', 'of', 'the', 'for',
]);
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
