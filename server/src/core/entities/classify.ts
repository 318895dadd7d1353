// The type of one candidate from its own words and the words around it, with how sure that is:
// lexicons, cue words and titles are sure; context words and shape are guesses that coreference
// may overrule.
import type { EntityType } from '../types';
import type { Candidate } from './candidates';
import { isParticle, knownPlace, lexiconType } from './lexicon';
import { ORG_CUES, ORG_HEADS, ORG_NOUNS, ORG_PREFIXES } from './lexicon/organizations';
import { FIRST_NAMES, PERSON_NOUNS, TITLES } from './lexicon/people';
import { PLACE_CUES, PLACE_HEADS } from './lexicon/places';
import { NEVER_NAMES, UNLIKE_PERSON } from './lexicon/words';

export const SURE = 2;
export const GUESS = 1;

export interface Typing {
  type: EntityType | null;
  /** SURE, GUESS, or 0 when nothing points anywhere. */
  strength: number;
}

// Typings are shared, not allocated per name: an article can hold hundreds of thousands of mentions.
const SURE_TYPINGS: Record<EntityType, Typing> = {
  person: Object.freeze({ type: 'person', strength: SURE }),
  organization: Object.freeze({ type: 'organization', strength: SURE }),
  place: Object.freeze({ type: 'place', strength: SURE }),
};
const GUESSED_TYPINGS: Record<EntityType, Typing> = {
  person: Object.freeze({ type: 'person', strength: GUESS }),
  organization: Object.freeze({ type: 'organization', strength: GUESS }),
  place: Object.freeze({ type: 'place', strength: GUESS }),
};
export const UNTYPED: Typing = Object.freeze({ type: null, strength: 0 });

export function sure(type: EntityType): Typing {
  return SURE_TYPINGS[type];
}

function guess(type: EntityType): Typing {
  return GUESSED_TYPINGS[type];
}

/** Words before a name that make it a place: "in Havana", "from Caracas". */
const PLACE_BEFORE = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'across', 'outside', 'inside', 'throughout', 'toward', 'towards', 'via', 'visit', 'visited', 'visiting', 'entered', 'invaded', 'reached', 'around', 'between']);

/** Lower-case place words before "of": "the town of Arbil". */
const PLACE_KINDS = new Set(['city', 'town', 'village', 'province', 'region', 'capital', 'district', 'island', 'islands', 'port', 'state', 'county', 'suburb', 'republic', 'area', 'enclave', 'outskirts', 'centre', 'center', 'north', 'south', 'east', 'west', 'coast', 'border', 'streets', 'heart']);

/** Words after a name that make it a speaker or an actor: "Maduro said". */
const PERSON_AFTER = new Set(['said', 'says', 'told', 'added', 'wrote', 'stated', 'argued', 'insisted', 'asked', 'explained', 'noted', 'warned', 'claimed', 'claims', 'believes', 'thinks', 'who', 'himself', 'herself', 'admitted', 'denied', 'recalled', 'replied', 'urged', 'vowed', 'declared', 'acknowledged', 'conceded', 'complained', 'stressed', 'tweeted']);

/** Place cues that are also common surnames: "Anthony Hill" is a person. */
const SURNAME_LIKE_CUES = new Set(['hill', 'park', 'bridge', 'field', 'falls', 'heights', 'beach', 'valley', 'street', 'lake', 'forest', 'ford', 'port', 'town', 'bay', 'coast']);

/** Direction words that keep a place a place: "South Korea", "West Berlin". */
const DIRECTIONS = new Set(['n.', 's.', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'new', 'old', 'san', 'santa', 'st', 'st.', 'saint', 'port', 'fort', 'mount', 'lake', 'los', 'las', 'la', 'el']);

export interface Context {
  /** The word also appears in lower case in the article. */
  common(key: string): boolean;
}

export function typeOf(c: Candidate, written: string, context: Context): Typing {
  const words = c.tokens;
  const last = words[words.length - 1].key;
  const first = words[0].key;
  const listed = lexiconType(c.key, written) ?? (first === 'the' ? lexiconType(c.key.slice(4), written.slice(4)) : null);
  if (listed) return sure(listed);
  if (c.honorific) return sure('person');
  const hasOf = words.some((t) => t.key === 'of');
  if ((ORG_CUES.has(last) && words.length > 1) || (hasOf && ORG_HEADS.has(first)) || c.ampersand) return sure('organization');
  if (words.length > 1 && ORG_PREFIXES.has(first)) return sure('organization');
  const firstName = FIRST_NAMES.has(first) || isInitial(words[0].text);
  if (words.length > 1 && firstName && SURNAME_LIKE_CUES.has(last)) return sure('person');
  if ((PLACE_CUES.has(last) && words.length > 1) || (hasOf && PLACE_HEADS.has(first))) return sure('place');
  if (words.length > 1 && DIRECTIONS.has(first) && knownPlace(c.key.slice(c.key.indexOf(' ') + 1))) return sure('place');
  if (c.titled || TITLES.has(c.before)) return sure('person');
  if (words.length > 1 && firstName) return sure('person');
  // "van Gastel", "De Wilde": a surname with its particle.
  if (words.length > 1 && isParticle(first) && !words.every((t) => isParticle(t.key))) return guess('person');
  if (c.before === 'of' && PLACE_KINDS.has(c.beforeThat)) return sure('place');
  if (words.length > 1 && namesTeamOrFirm(words.map((t) => t.key))) return guess('organization');
  if (PERSON_NOUNS.has(c.before)) return guess('person');
  if (ORG_NOUNS.has(c.before)) return guess('organization');
  if (c.placeSuffix || PLACE_BEFORE.has(c.before) || knownPlace(c.commaThen)) return guess('place');
  // A short word in capitals is an acronym, unless the article also writes it in lower case ("a NEW plan").
  if (words.length === 1 && words[0].allCaps && words[0].text.length <= 6 && !context.common(first)) return guess('organization');
  if (PERSON_AFTER.has(c.after)) return guess('person');
  if (words.length === 1 && FIRST_NAMES.has(first)) return guess('person');
  const nameWords = words.filter((t) => !isParticle(t.key));
  if (nameWords.length >= 2 && nameWords.length <= 3 && !nameWords.some((t) => NEVER_NAMES.has(t.key) || UNLIKE_PERSON.has(t.key) || context.common(t.key))) {
    return guess('person');
  }
  if (words.length > 1) return guess('organization');
  return UNTYPED;
}

/** A known place with a word that is not a place word: "Real Madrid", "Dynamo Moscow", "Air France". */
function namesTeamOrFirm(keys: string[]): boolean {
  const placeAt = keys.findIndex((k, i) => knownPlace(k) || (i + 1 < keys.length && knownPlace(`${k} ${keys[i + 1]}`)));
  if (placeAt < 0) return false;
  return keys.some((k, i) => i !== placeAt && !DIRECTIONS.has(k) && !PLACE_CUES.has(k) && !knownPlace(k) && !(i === placeAt + 1 && knownPlace(`${keys[placeAt]} ${k}`)));
}

/** "F.": one capital letter and a dot. */
function isInitial(word: string): boolean {
  return word.length === 2 && word[1] === '.' && word[0] !== word[0].toLowerCase();
}
