// Entity clusters across articles: which names in different articles are the same person,
// organisation or place. Works on distinct name keys with counts, so an edit to one article only
// adjusts counts, and clustering costs time in the number of distinct names, not of articles.
import type { ArticleFacts, EntityType } from '../core/types';
import { hasAccents } from './fold';
import { NameKey, NameKeys, PARTICLES } from './nameKeys';

interface KeyStats {
  type: EntityType;
  folded: string;
  /** Spellings of this name with how many mentions used them. */
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

  add(path: string, facts: ArticleFacts, names: ArticleNames, sign: 1 | -1): void {
    const uses = new Map<number, number>();
    for (const m of facts.entities) uses.set(m.entity, (uses.get(m.entity) ?? 0) + 1);
    facts.entityList.forEach((e, i) => {
      const k = names.entityKeys[i]!;
      let s = this.stats.get(k.key);
      if (!s) {
        s = { type: k.type, folded: k.folded, spellings: new Map(), articles: new Map() };
        this.stats.set(k.key, s);
      }
      bump(s.spellings, e.name, sign * Math.max(1, uses.get(i) ?? 0));
      bump(s.articles, path, sign);
      if (s.articles.size === 0) this.stats.delete(k.key);
    });
    for (const link of names.aliasLinks) {
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
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  keys: string[];
}

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'del', 'a', 'an', '&']);

function isFullPersonName(folded: string): boolean {
  const tokens = folded.split(' ');
  return tokens.length >= 2 && !PARTICLES.has(tokens[0]!);
}

function firstNamesCompatible(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** Groups keys into clusters; never joins people with different first names or pairs the user separated. */
export function buildClusters(table: NameTable, keys: NameKeys): Map<string, ClusterCore> {
  const allKeys = [...table.stats.keys()].sort();
  const parent = new Map<string, string>(allKeys.map((k) => [k, k]));
  const members = new Map<string, string[]>(allKeys.map((k) => [k, [k]]));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const core = personCores(table, allKeys);
  const coreOf = (folded: string): string => core.get(folded) ?? folded;
  const canJoin = (ra: string, rb: string): boolean => {
    for (const a of members.get(ra)!) {
      const sa = table.stats.get(a)!;
      for (const b of members.get(rb)!) {
        const sb = table.stats.get(b)!;
        if (keys.saidDifferent(sa.folded, sb.folded)) return false;
        if (sa.type === 'person' && sb.type === 'person' && isFullPersonName(sa.folded) && isFullPersonName(sb.folded)) {
          if (!firstNamesCompatible(coreOf(sa.folded).split(' ')[0]!, coreOf(sb.folded).split(' ')[0]!)) return false;
        }
      }
    }
    return true;
  };
  const join = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb || !canJoin(ra, rb)) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent.set(drop, keep);
    members.get(keep)!.push(...members.get(drop)!);
    members.delete(drop);
  };

  // A name with words glued on by a headline or a descriptor ("Englishman Robert Buckley", "Robert
  // Buckley to host") is the person named inside it.
  for (const k of allKeys) {
    const s = table.stats.get(k)!;
    const inner = core.get(s.folded);
    if (inner !== undefined) join(k, `person|${inner}`);
  }

  // Full person names with the same surname and compatible first names ("Donald Trump", "Donald J.
  // Trump"); with the same first name, a surname one letter apart is a misspelling ("Rait", "Raite").
  const bySurname = new Map<string, string[]>();
  const byFirstName = new Map<string, string[]>();
  for (const k of allKeys) {
    const s = table.stats.get(k)!;
    if (s.type !== 'person' || !isFullPersonName(s.folded) || core.has(s.folded)) continue;
    const tokens = s.folded.split(' ');
    const first = tokens[0]!;
    const surname = tokens[tokens.length - 1]!;
    const list = bySurname.get(surname) ?? [];
    for (const other of list) {
      if (firstNamesCompatible(table.stats.get(other)!.folded.split(' ')[0]!, first)) join(other, k);
    }
    list.push(k);
    bySurname.set(surname, list);
    if (first.length < 2) continue;
    const namesakes = byFirstName.get(first) ?? [];
    for (const other of namesakes) {
      const otherTokens = table.stats.get(other)!.folded.split(' ');
      if (otherTokens.length === tokens.length && oneLetterApart(otherTokens[otherTokens.length - 1]!, surname)) join(other, k);
    }
    namesakes.push(k);
    byFirstName.set(first, namesakes);
  }

  // The analysis may type one name differently in two articles ("Obama" as an organisation in a
  // headline): the same folded name under several types is one entity.
  const byFolded = new Map<string, string>();
  for (const k of allKeys) {
    const folded = table.stats.get(k)!.folded;
    const first = byFolded.get(folded);
    if (first === undefined) byFolded.set(folded, k);
    else join(first, k);
  }

  // Short forms: a bare surname, a short organisation name or an acronym joins the one cluster it can
  // mean, preferably of its own type; a lone word typed as an organisation may be a person's surname.
  const shortFormTargets = shortFormIndex(table, allKeys);
  for (const k of allKeys) {
    const s = table.stats.get(k)!;
    const candidates = new Set<string>();
    for (const target of shortFormTargets.get(`${s.type}|${s.folded}`) ?? []) if (target !== k) candidates.add(find(target));
    for (const target of table.aliasLinks.get(k)?.keys() ?? []) if (table.stats.has(target) && target !== k) candidates.add(find(target));
    candidates.delete(find(k));
    if (candidates.size === 0 && s.type !== 'place' && !s.folded.includes(' ')) {
      const otherType = s.type === 'person' ? 'organization' : 'person';
      for (const target of shortFormTargets.get(`${otherType}|${s.folded}`) ?? []) candidates.add(find(target));
      candidates.delete(find(k));
    }
    if (candidates.size === 1) join(k, [...candidates][0]!);
  }

  const clusters = new Map<string, ClusterCore>();
  const usedIds = new Map<string, number>();
  for (const root of [...members.keys()].sort()) {
    const group = members.get(root)!;
    // A name with a headline word glued on is never the usual spelling while the plain name is there.
    const plain = group.filter((k) => !core.has(table.stats.get(k)!.folded));
    const name = usualName(table, keys, plain.length > 0 ? plain : group);
    const type = usualType(table, group);
    const baseId = `${type}:${slugOf(name)}`;
    const n = (usedIds.get(baseId) ?? 0) + 1;
    usedIds.set(baseId, n);
    const spellings = new Set<string>();
    for (const k of group) {
      for (const sp of table.stats.get(k)!.spellings.keys()) spellings.add(sp);
      for (const sp of table.aliasSpellings.get(k)?.keys() ?? []) spellings.add(sp);
    }
    spellings.delete(name);
    const cluster: ClusterCore = { id: n === 1 ? baseId : `${baseId}-${n}`, name, type, aliases: [...spellings].sort(), keys: group.sort() };
    for (const k of group) clusters.set(k, cluster);
  }
  return clusters;
}

/**
 * Person names that hold a shorter full name of the collection at their start or end, mapped to it:
 * "englishman robert buckley" → "robert buckley" when "robert buckley" is also named on its own.
 */
function personCores(table: NameTable, allKeys: string[]): Map<string, string> {
  const cores = new Map<string, string>();
  // A name also typed as a place or body ("Port Ellery") is no reliable person to trim down to.
  const isPerson = (folded: string) =>
    folded.includes(' ') &&
    table.stats.has(`person|${folded}`) &&
    !table.stats.has(`place|${folded}`) &&
    !table.stats.has(`organization|${folded}`) &&
    isFullPersonName(folded);
  for (const k of allKeys) {
    const s = table.stats.get(k)!;
    if (s.type !== 'person') continue;
    const tokens = s.folded.split(' ');
    for (let cut = 1; cut <= tokens.length - 2 && !cores.has(s.folded); cut++) {
      const tail = tokens.slice(cut).join(' ');
      const head = tokens.slice(0, tokens.length - cut).join(' ');
      if (isPerson(tail)) cores.set(s.folded, tail);
      else if (isPerson(head)) cores.set(s.folded, head);
    }
  }
  return cores;
}

/** True for two words of four letters or more that one inserted, dropped or changed letter makes equal. */
function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.length >= b.length ? a.slice(i + 1) : a.slice(i);
  const restB = b.length >= a.length ? b.slice(i + 1) : b.slice(i);
  return restA === restB;
}

/** The type most mentions of the group carry (person first on a tie, then organisation). */
function usualType(table: NameTable, group: string[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const k of group) {
    const s = table.stats.get(k)!;
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

function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'unnamed';
}

/** For each short form ("type|surname", "type|journal", "type|wsj"), the full keys it may stand for. */
function shortFormIndex(table: NameTable, allKeys: string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (form: string, key: string) => {
    const list = index.get(form) ?? [];
    list.push(key);
    index.set(form, list);
  };
  for (const k of allKeys) {
    const s = table.stats.get(k)!;
    const tokens = s.folded.split(' ');
    if (tokens.length < 2) continue;
    if (s.type === 'person') {
      if (!isFullPersonName(s.folded)) continue;
      add(`person|${tokens[tokens.length - 1]}`, k);
      if (tokens.length > 2) add(`person|${tokens.slice(1).join(' ')}`, k);
      const particle = tokens.findIndex((t, i) => i > 0 && PARTICLES.has(t));
      if (particle > 0) add(`person|${tokens.slice(particle).join(' ')}`, k);
    } else {
      add(`${s.type}|${tokens[tokens.length - 1]}`, k);
      // "Academy of Motion Picture Arts and Sciences" is "the Academy" in later paragraphs.
      if (tokens[1] === 'of') add(`${s.type}|${tokens[0]}`, k);
      const initials = tokens.filter((t) => !ACRONYM_SKIP.has(t)).map((t) => t[0]).join('');
      if (initials.length >= 2) add(`${s.type}|${initials}`, k);
    }
  }
  return index;
}

/**
 * The collection's usual spelling: the name the user taught, else the most used full name; spellings
 * that differ only by accents count together and the accented one wins, since unaccented copies are
 * what ASCII renderings of a name produce.
 */
function usualName(table: NameTable, keys: NameKeys, group: string[]): string {
  for (const k of group) {
    const taught = keys.canonical.get(table.stats.get(k)!.folded);
    if (taught) return taught;
  }
  const full = group.filter((k) => {
    const s = table.stats.get(k)!;
    return s.type === 'person' ? isFullPersonName(s.folded) : s.folded.includes(' ');
  });
  const pool = full.length > 0 ? full : group;
  let bestKey = pool[0]!;
  let bestCount = -1;
  for (const k of pool) {
    const s = table.stats.get(k)!;
    const count = [...s.spellings.values()].reduce((a, b) => a + b, 0);
    const better =
      count > bestCount ||
      (count === bestCount && s.folded.split(' ').length > table.stats.get(bestKey)!.folded.split(' ').length);
    if (better) {
      bestKey = k;
      bestCount = count;
    }
  }
  const spellings = [...table.stats.get(bestKey)!.spellings.entries()];
  spellings.sort(
    (a, b) => Number(hasAccents(b[0])) - Number(hasAccents(a[0])) || b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
  return spellings[0]![0];
}
