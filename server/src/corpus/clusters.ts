// Entity clusters across articles: which names in different articles are the same person,
// organisation or place. Works on distinct name keys with counts, so an edit to one article only
// adjusts counts, and clustering costs time in the number of distinct names, not of articles.
import type { ArticleFacts, EntityType } from '../core/types';
import { foldAccents, hasAccents } from './fold';
import { NameKey, NameKeys, PARTICLES } from './nameKeys';

interface KeyStats {
  type: EntityType;
  folded: string;
  /** Spellings of this name with how many articles wrote them. */
  spellings: Map<string, number>;
  /** Articles naming it, with how many entities there. */
  articles: Map<string, number>;
}

/** One article's contribution: the key of each entity in `entityList`, and in-article alias links. */
export interface ArticleNames {
  entityKeys: NameKey[];
  aliasLinks: { alias: string; target: string; spelling: string }[];
}

export function articleNames(facts: ArticleFacts, keys: NameKeys): ArticleNames {
  const entityKeys = facts.entityList.map((e) => keys.keyOf(e.name, e.type));
  const aliasLinks: ArticleNames['aliasLinks'] = [];
  facts.entityList.forEach((e, i) => {
    const target = entityKeys[i]!;
    for (const alias of e.aliases) {
      const aliasKey = keys.keyOf(alias, target.type);
      if (aliasKey.key !== target.key) aliasLinks.push({ alias: aliasKey.key, target: target.key, spelling: alias });
    }
  });
  return { entityKeys, aliasLinks };
}

/** Distinct names across the collection with their counts; updated per article. */
export class NameTable {
  readonly stats = new Map<string, KeyStats>();
  /** alias key → target key → count of articles linking them. */
  readonly aliasLinks = new Map<string, Map<string, number>>();
  /** target key → spellings other articles use for it in passing ("Díaz-Canel") → count. */
  readonly aliasSpellings = new Map<string, Map<string, number>>();
  /** Keys whose counts, spellings or alias links changed since the clusters last looked. */
  readonly touched = new Set<string>();

  add(path: string, facts: ArticleFacts, names: ArticleNames, sign: 1 | -1): void {
    facts.entityList.forEach((e, i) => {
      const k = names.entityKeys[i]!;
      let s = this.stats.get(k.key);
      if (!s) {
        s = { type: k.type, folded: k.folded, spellings: new Map(), articles: new Map() };
        this.stats.set(k.key, s);
      }
      this.touched.add(k.key);
      // One vote per article: an article naming someone twenty times is still one outlet's spelling.
      bump(s.spellings, e.name, sign);
      bump(s.articles, path, sign);
      if (s.articles.size === 0) this.stats.delete(k.key);
    });
    for (const link of names.aliasLinks) {
      this.touched.add(link.alias).add(link.target);
      let targets = this.aliasLinks.get(link.alias);
      if (!targets) this.aliasLinks.set(link.alias, (targets = new Map()));
      bump(targets, link.target, sign);
      if (targets.size === 0) this.aliasLinks.delete(link.alias);
      let spellings = this.aliasSpellings.get(link.target);
      if (!spellings) this.aliasSpellings.set(link.target, (spellings = new Map()));
      bump(spellings, link.spelling, sign);
      if (spellings.size === 0) this.aliasSpellings.delete(link.target);
    }
  }
}

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n <= 0) map.delete(key);
  else map.set(key, n);
}

/** A cluster before documents and mentions are attached. */
export interface ClusterCore {
  /** `type:usual-name`, with `-2`, `-3`… for later clusters (in key order) that would share it. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  keys: string[];
}

/** Most names have one spelling: their clusters share one empty list, frozen so no one adds to it. */
const NO_ALIASES = Object.freeze([]) as unknown as string[];

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'del', 'a', 'an', '&']);

/** The initials an organisation's acronym is made of ("bank of the south" → "bs"). */
export function initialsOf(words: readonly string[]): string {
  return words
    .filter((t) => !ACRONYM_SKIP.has(t))
    .map((t) => t[0])
    .join('');
}

/** Two words or more, not starting with a particle: "de córdoba" alone is a surname. */
export function isFullPersonName(words: readonly string[]): boolean {
  return words.length >= 2 && !PARTICLES.has(words[0]!);
}

function firstNamesCompatible(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/**
 * Groups keys into clusters; never joins people with different first names or pairs the user separated.
 * Takes every key linked to any of `group` (see clusterLinks.ts) and gives each cluster its plain id,
 * without the number that tells apart clusters of the same usual name. Keys are numbered in sorted
 * order, so the numbers compare as the keys do and the work runs on arrays: a large collection names
 * hundreds of thousands of distinct people, bodies and places.
 */
export function clusterKeys(table: NameTable, keys: NameKeys, group: Iterable<string>): ClusterCore[] {
  const allKeys = [...group].sort();
  const numberOf = new Map<string, number>();
  allKeys.forEach((k, i) => numberOf.set(k, i));
  const stats = allKeys.map((k) => table.stats.get(k)!);
  const tokens = stats.map((s) => s.folded.split(' '));
  const fullPerson = tokens.map(isFullPersonName);
  const core = personCores(stats, tokens, table);
  // First name of each person's core name ("englishman robert buckley" → "robert").
  const coreFirst = stats.map((s, i) => (s.type === 'person' ? (core.get(s.folded)?.split(' ')[0] ?? tokens[i]![0]!) : ''));
  const parent = Int32Array.from(allKeys, (_, i) => i);
  /** Members of each cluster in joining order; undefined while a key is alone. */
  const members: (number[] | undefined)[] = [];
  const membersOf = (root: number): number[] => members[root] ?? [root];
  const find = (k: number): number => {
    let r = k;
    while (parent[r] !== r) r = parent[r]!;
    parent[k] = r;
    return r;
  };
  const canJoin = (ra: number, rb: number): boolean => {
    for (const a of membersOf(ra)) {
      for (const b of membersOf(rb)) {
        if (keys.saidDifferent(stats[a]!.folded, stats[b]!.folded)) return false;
        if (fullPerson[a] && fullPerson[b] && stats[a]!.type === 'person' && stats[b]!.type === 'person') {
          if (!firstNamesCompatible(coreFirst[a]!, coreFirst[b]!)) return false;
        }
      }
    }
    return true;
  };
  const join = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb || !canJoin(ra, rb)) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    const kept = members[keep] ?? (members[keep] = [keep]);
    kept.push(...membersOf(drop));
    members[drop] = undefined;
  };

  // A name with words glued on by a headline or a descriptor ("Englishman Robert Buckley", "Robert
  // Buckley to host") is the person named inside it.
  stats.forEach((s, k) => {
    const inner = core.get(s.folded);
    if (inner !== undefined) join(k, numberOf.get(`person|${inner}`)!);
  });

  // Full person names with the same surname and compatible first names ("Donald Trump", "Donald J.
  // Trump"); with the same first name, a surname one letter apart is a misspelling ("Rait", "Raite").
  const bySurname = new Map<string, number[]>();
  const byFirstName = new Map<string, number[]>();
  stats.forEach((s, k) => {
    if (s.type !== 'person' || !fullPerson[k] || core.has(s.folded)) return;
    const words = tokens[k]!;
    const first = words[0]!;
    const surname = words[words.length - 1]!;
    const list = bySurname.get(surname) ?? [];
    for (const other of list) if (firstNamesCompatible(tokens[other]![0]!, first)) join(other, k);
    list.push(k);
    bySurname.set(surname, list);
    if (first.length < 2) return;
    const namesakes = byFirstName.get(first) ?? [];
    for (const other of namesakes) {
      const otherWords = tokens[other]!;
      if (otherWords.length === words.length && oneLetterApart(otherWords[otherWords.length - 1]!, surname)) join(other, k);
    }
    namesakes.push(k);
    byFirstName.set(first, namesakes);
  });

  // The analysis may type one name differently in two articles ("Obama" as an organisation in a
  // headline): the same folded name under several types is one entity.
  const byFolded = new Map<string, number>();
  stats.forEach((s, k) => {
    const first = byFolded.get(s.folded);
    if (first === undefined) byFolded.set(s.folded, k);
    else join(first, k);
  });

  // Short forms: a bare surname, a short organisation name or an acronym joins the one cluster it can
  // mean, preferably of its own type; a lone word typed as an organisation may be a person's surname.
  const shortFormTargets = shortFormIndex(stats, tokens, fullPerson);
  stats.forEach((s, k) => {
    const own = shortFormTargets.get(allKeys[k]!);
    const aliased = table.aliasLinks.get(allKeys[k]!);
    const lone = s.type !== 'place' && tokens[k]!.length === 1;
    if (!own && !aliased && !lone) return;
    const candidates = new Set<number>();
    for (const target of own ?? []) if (target !== k) candidates.add(find(target));
    for (const target of aliased?.keys() ?? []) {
      const t = numberOf.get(target);
      if (t !== undefined && t !== k) candidates.add(find(t));
    }
    candidates.delete(find(k));
    if (candidates.size === 0 && lone) {
      const otherType = s.type === 'person' ? 'organization' : 'person';
      for (const target of shortFormTargets.get(`${otherType}|${s.folded}`) ?? []) candidates.add(find(target));
      candidates.delete(find(k));
    }
    if (candidates.size === 1) join(k, candidates.values().next().value!);
  });

  const clusters: ClusterCore[] = [];
  for (let root = 0; root < allKeys.length; root++) {
    if (parent[root] !== root) continue;
    const joined = membersOf(root);
    // A name with a headline word glued on is never the usual spelling while the plain name is there.
    const plain = joined.filter((k) => !core.has(stats[k]!.folded));
    const name = usualName(stats, tokens, fullPerson, keys, plain.length > 0 ? plain : joined);
    const type = joined.length === 1 ? stats[root]!.type : usualType(stats, joined);
    const spellings = new Set<string>();
    for (const k of joined) {
      for (const sp of stats[k]!.spellings.keys()) spellings.add(sp);
      for (const sp of table.aliasSpellings.get(allKeys[k]!)?.keys() ?? []) spellings.add(sp);
    }
    spellings.delete(name);
    const sorted = joined.length === 1 ? joined : [...joined].sort((x, y) => x - y);
    clusters.push({ id: `${type}:${slugOf(name)}`, name, type, aliases: spellings.size > 0 ? [...spellings].sort() : NO_ALIASES, keys: sorted.map((k) => allKeys[k]!) });
  }
  return clusters;
}

/**
 * Person names that hold a shorter full name of the collection at their start or end, mapped to it:
 * "englishman robert buckley" → "robert buckley" when "robert buckley" is also named on its own.
 */
function personCores(stats: KeyStats[], tokens: string[][], table: NameTable): Map<string, string> {
  const cores = new Map<string, string>();
  // A name also typed as a place or body ("Port Ellery") is no reliable person to trim down to.
  const isPerson = (folded: string) =>
    folded.includes(' ') &&
    table.stats.has(`person|${folded}`) &&
    !table.stats.has(`place|${folded}`) &&
    !table.stats.has(`organization|${folded}`) &&
    isFullPersonName(folded.split(' '));
  stats.forEach((s, k) => {
    const words = tokens[k]!;
    if (s.type !== 'person' || words.length < 3) return;
    for (let cut = 1; cut <= words.length - 2 && !cores.has(s.folded); cut++) {
      const tail = words.slice(cut).join(' ');
      const head = words.slice(0, words.length - cut).join(' ');
      if (isPerson(tail)) cores.set(s.folded, tail);
      else if (isPerson(head)) cores.set(s.folded, head);
    }
  });
  return cores;
}

/** True for two words of four letters or more that one inserted, dropped or changed letter makes equal. */
export function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.length >= b.length ? a.slice(i + 1) : a.slice(i);
  const restB = b.length >= a.length ? b.slice(i + 1) : b.slice(i);
  return restA === restB;
}

/** The type most mentions of the group carry (person first on a tie, then organisation). */
function usualType(stats: KeyStats[], group: number[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const k of group) {
    const s = stats[k]!;
    let n = 0;
    for (const c of s.spellings.values()) n += c;
    counts.set(s.type, (counts.get(s.type) ?? 0) + n);
  }
  let best: EntityType = 'person';
  for (const type of ['organization', 'place'] as EntityType[]) {
    if ((counts.get(type) ?? 0) > (counts.get(best) ?? 0)) best = type;
  }
  return best;
}

export function slugOf(name: string): string {
  return foldAccents(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'unnamed';
}

/** For each short form ("type|surname", "type|journal", "type|wsj"), the numbers of the full keys it may stand for. */
function shortFormIndex(stats: KeyStats[], tokens: string[][], fullPerson: boolean[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const add = (form: string, key: number) => {
    const list = index.get(form);
    if (list) list.push(key);
    else index.set(form, [key]);
  };
  stats.forEach((s, k) => {
    const words = tokens[k]!;
    if (words.length < 2) return;
    if (s.type === 'person') {
      if (!fullPerson[k]) return;
      add(`person|${words[words.length - 1]}`, k);
      if (words.length > 2) add(`person|${words.slice(1).join(' ')}`, k);
      const particle = words.findIndex((t, i) => i > 0 && PARTICLES.has(t));
      if (particle > 0) add(`person|${words.slice(particle).join(' ')}`, k);
    } else {
      add(`${s.type}|${words[words.length - 1]}`, k);
      // "Academy of Motion Picture Arts and Sciences" is "the Academy" in later paragraphs.
      if (words[1] === 'of') add(`${s.type}|${words[0]}`, k);
      const initials = initialsOf(words);
      if (initials.length >= 2) add(`${s.type}|${initials}`, k);
    }
  });
  return index;
}

/**
 * The collection's usual spelling: the name the user taught, else the full name most articles write;
 * of its spellings that differ only by accents, the one most articles write, the accented one on a
 * tie, since unaccented copies are what ASCII renderings of a name produce.
 */
function usualName(stats: KeyStats[], tokens: string[][], fullPerson: boolean[], keys: NameKeys, group: number[]): string {
  for (const k of group) {
    const taught = keys.canonical.get(stats[k]!.folded);
    if (taught) return taught;
  }
  const full = group.filter((k) => (stats[k]!.type === 'person' ? fullPerson[k] : tokens[k]!.length > 1));
  const pool = full.length > 0 ? full : group;
  let bestKey = pool[0]!;
  let bestCount = -1;
  for (const k of pool) {
    let count = 0;
    for (const c of stats[k]!.spellings.values()) count += c;
    const better = count > bestCount || (count === bestCount && tokens[k]!.length > tokens[bestKey]!.length);
    if (better) {
      bestKey = k;
      bestCount = count;
    }
  }
  const spellings = stats[bestKey]!.spellings;
  if (spellings.size === 1) return spellings.keys().next().value!;
  const ranked = [...spellings.entries()];
  ranked.sort(
    (a, b) => b[1] - a[1] || Number(hasAccents(b[0])) - Number(hasAccents(a[0])) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
  return ranked[0]![0];
}
