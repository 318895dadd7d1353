// The type of one candidate from its own words and the words around it, with how sure that is:
// lexicons, cue words and titles are sure; context words and shape are guesses that coreference
// may overrule.
import type { EntityType } from '../types';
import type { Candidate } from './candidates';
import { lexiconType } from './lexicon';
import { ORG_CUES, ORG_HEADS } from './lexicon/organizations';
import { FIRST_NAMES } from './lexicon/people';
import { PLACE_CUES, PLACE_HEADS } from './lexicon/places';
import { NEVER_NAMES } from './lexicon/words';

export const SURE = 2;
export const GUESS = 1;

export interface Typing {
  type: EntityType | null;
  /** SURE, GUESS, or 0 when nothing points anywhere. */
  strength: number;
}

/** Words before a name that make it a place: "in Havana", "from Caracas". */
const PLACE_BEFORE = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'across', 'outside', 'inside', 'throughout', 'toward', 'towards', 'via', 'visit', 'visited', 'visiting', 'entered', 'invaded', 'leave', 'left', 'reached', 'across', 'around']);

/** Words after a name that make it a speaker: "Maduro said". */
const SAYING = new Set(['said', 'says', 'told', 'added', 'wrote', 'stated', 'argued', 'insisted', 'asked', 'explained', 'noted', 'warned', 'claimed', 'believes', 'thinks', 'who', 'himself', 'herself']);

export function typeOf(c: Candidate, written: string): Typing {
  const words = c.tokens;
  const last = words[words.length - 1].key;
  const first = words[0].key;
  const listed = lexiconType(c.key, written) ?? (first === 'the' ? lexiconType(c.key.slice(4), written.slice(4)) : null);
  if (listed) return { type: listed, strength: SURE };
  if (c.honorific) return { type: 'person', strength: SURE };
  const hasOf = words.some((t) => t.key === 'of');
  if ((ORG_CUES.has(last) && words.length > 1) || (hasOf && ORG_HEADS.has(first))) return { type: 'organization', strength: SURE };
  if ((PLACE_CUES.has(last) && words.length > 1) || (hasOf && PLACE_HEADS.has(first))) return { type: 'place', strength: SURE };
  if (c.titled) return { type: 'person', strength: SURE };
  if (words.length > 1 && (FIRST_NAMES.has(first) || isInitial(words[0].text))) return { type: 'person', strength: SURE };
  if (c.placeSuffix || PLACE_BEFORE.has(c.before)) return { type: 'place', strength: GUESS };
  if (words.length === 1 && words[0].allCaps && words[0].text.length <= 6) return { type: 'organization', strength: GUESS };
  if (SAYING.has(c.after)) return { type: 'person', strength: GUESS };
  if (words.length === 1 && FIRST_NAMES.has(first)) return { type: 'person', strength: GUESS };
  if (words.length >= 2 && words.length <= 3 && !words.some((t) => NEVER_NAMES.has(t.key))) return { type: 'person', strength: GUESS };
  if (words.length > 1) return { type: 'organization', strength: GUESS };
  return { type: null, strength: 0 };
}

function isInitial(word: string): boolean {
  return /^\p{Lu}\.$/u.test(word);
}
