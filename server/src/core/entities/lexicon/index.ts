// Lookups over the written lexicons, by folded lower-case key.
import { NAME_PARTICLES } from './people';
import { COUNTRIES, CITIES, DEMONYMS, REGIONS, US_STATES } from './places';
import { NEWS_AGENCIES, ORG_ACRONYMS, ORGANIZATIONS } from './organizations';
import type { EntityType } from '../../types';

const PLACES: ReadonlySet<string> = new Set([...COUNTRIES, ...CITIES, ...US_STATES, ...REGIONS]);
const NAMED_ORGANIZATIONS: ReadonlySet<string> = new Set([...ORGANIZATIONS, ...NEWS_AGENCIES]);

/** Every lexicon name of more than one word. */
export function* multiWordEntries(): Iterable<string> {
  for (const set of [PLACES, NAMED_ORGANIZATIONS]) for (const key of set) if (key.includes(' ')) yield key;
}

export function knownPlace(key: string): boolean {
  return PLACES.has(key);
}

export function knownOrganization(key: string): boolean {
  return NAMED_ORGANIZATIONS.has(key);
}

/** Acronyms count only when written in capitals: "WHO" is an organisation, "Who" a question. */
export function knownAcronym(key: string, written: string): boolean {
  return ORG_ACRONYMS.has(key) && written === written.toUpperCase();
}

/** The type a lexicon gives a whole name as written, or null when no lexicon lists it. */
export function lexiconType(key: string, written: string): EntityType | null {
  if (knownOrganization(key) || knownAcronym(key, written)) return 'organization';
  // Short forms ("US", "UK", "UAE") only in capitals: "us" is a pronoun.
  if (knownPlace(key) && (key.length > 3 || written === written.toUpperCase())) return 'place';
  return null;
}

/** "Cuban", "Cubans", "Cuban-American". */
export function isDemonym(key: string): boolean {
  if (key.includes('-')) return key.split('-').every(isDemonym);
  return DEMONYMS.has(key) || (key.endsWith('s') && DEMONYMS.has(key.slice(0, -1)));
}

export function isParticle(key: string): boolean {
  return NAME_PARTICLES.has(key);
}
