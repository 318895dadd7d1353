// How an entity's name becomes a comparison key across articles, given what the user taught in
// `.crosscheck.json` (types, aliases). Titles and leading articles are not part of a name.
import type { EntityType } from '../core/types';
import { foldName } from './fold';
import type { CollectionConfig } from './types';

const TITLES = new Set([
  'president', 'vice', 'former', 'acting', 'prime', 'minister', 'foreign', 'secretary', 'of', 'state',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'gov',
  'governor', 'gen', 'general', 'col', 'colonel', 'capt', 'captain', 'sir', 'dame', 'lord', 'lady', 'judge',
  'justice', 'mayor', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'rev', 'reverend',
  'sgt', 'lt', 'adm', 'admiral', 'commissioner', 'ambassador', 'chief', 'leader', 'premier', 'deputy', 'undersecretary',
]);

/** Name particles that start a surname, so "de Córdoba" alone is a surname, not a full name. */
export const PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'do', 'dos', 'du', 'van', 'von', 'der', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'mac', 'st']);

export interface NameKey {
  /** `type|folded`, unique per type and folded name. */
  key: string;
  type: EntityType;
  /** Folded name, titles and leading "the" removed, config alias applied. */
  folded: string;
}

/** The folded name without titles ("president donald trump" → "donald trump") or a leading "the". */
function bareName(folded: string, type: EntityType): string {
  const tokens = folded.split(' ');
  if (type === 'person') {
    let i = 0;
    // Keep the last token even when it looks like a title: "Pope" alone is still a name.
    while (i < tokens.length - 1 && TITLES.has(tokens[i]!)) i++;
    return tokens.slice(i).join(' ');
  }
  const words = tokens[0] === 'the' && tokens.length > 1 ? tokens.slice(1) : tokens;
  return words.map((w) => PLACE_ABBREVIATIONS.get(w) ?? w).join(' ');
}

/** Abbreviations in place and body names that outlets spell out or not ("Mt Cook", "Mount Cook"). */
const PLACE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['mt', 'mount'], ['ft', 'fort'], ['pt', 'point']]);

/** Turns names into keys, applying the config's entity types and aliases. */
export class NameKeys {
  private readonly types = new Map<string, EntityType>();
  private readonly aliasTo = new Map<string, string>();
  /** Folded canonical names the user wrote, with their spelling (preferred as the usual name). */
  readonly canonical = new Map<string, string>();
  /** Exact spellings the user accepted as aliases. */
  private readonly taughtSpellings = new Set<string>();
  /** Folded pairs the user said are different, as "a\u0000b" in both orders. */
  private readonly different = new Set<string>();

  constructor(config: CollectionConfig) {
    for (const [name, type] of Object.entries(config.entityTypes)) this.types.set(foldName(name), type);
    for (const [name, aliases] of Object.entries(config.aliases)) {
      const canonical = foldName(name);
      this.canonical.set(canonical, name);
      for (const alias of aliases) {
        this.aliasTo.set(foldName(alias), canonical);
        this.taughtSpellings.add(alias);
      }
    }
    for (const [a, b] of config.notSame) {
      const fa = foldName(a);
      const fb = foldName(b);
      this.different.add(fa + '\u0000' + fb);
      this.different.add(fb + '\u0000' + fa);
    }
  }

  keyOf(name: string, type: EntityType): NameKey {
    const raw = foldName(name);
    const finalType = this.types.get(raw) ?? type;
    let folded = bareName(raw, finalType);
    folded = this.aliasTo.get(folded) ?? this.aliasTo.get(raw) ?? folded;
    return { key: `${finalType}|${folded}`, type: finalType, folded };
  }

  /** True when the user said these two folded names are different entities. */
  saidDifferent(a: string, b: string): boolean {
    return this.different.size > 0 && this.different.has(a + '\u0000' + b);
  }

  /** True when the user accepted this exact spelling as an alias. */
  taught(spelling: string): boolean {
    return this.taughtSpellings.has(spelling);
  }
}
