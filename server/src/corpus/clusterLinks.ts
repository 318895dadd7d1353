// Which name keys can affect each other's clusters. Clustering only ever joins two keys along one of a
// few links: the same folded name, a full name inside a longer one, the same surname, the same first
// name with a surname one letter apart, a short form some key is written as, or an alias an article
// gives. Keys with no chain of such links between them cluster independently, so after an edit only
// the keys linked to the names it touched need clustering again.
import { initialsOf, isFullPersonName, oneLetterApart } from './clusters';
import { PARTICLES } from './nameKeys';

/**
 * Keys by link, as numbers: a collision only links two groups needlessly, never loses a link. Most
 * links are held by one key or a few, kept bare or in a short list rather than a set.
 */
class LinkPostings {
  private readonly map = new Map<number, string | string[]>();

  add(link: number, key: string): void {
    const held = this.map.get(link);
    if (held === undefined) this.map.set(link, key);
    else if (typeof held === 'string') {
      if (held !== key) this.map.set(link, [held, key]);
    } else if (!held.includes(key)) held.push(key);
  }

  delete(link: number, key: string): void {
    const held = this.map.get(link);
    if (held === key) this.map.delete(link);
    else if (typeof held === 'object') {
      const at = held.indexOf(key);
      if (at >= 0) held.splice(at, 1);
      if (held.length === 1) this.map.set(link, held[0]!);
    }
  }

  has(link: number): boolean {
    return this.map.has(link);
  }

  forEach(link: number, visit: (key: string) => void): void {
    const held = this.map.get(link);
    if (typeof held === 'string') visit(held);
    else held?.forEach((key) => visit(key));
  }
}

/** The links a key has by its name alone. */
interface KeyLinks {
  /** Links this key is filed under, joining it to every key that looks them up. */
  filed: number[];
  /** Links this key looks up. */
  looked: number[];
  /** Keys this key is linked to if they exist: its name as another type, names inside it. */
  direct: string[];
  /** Full names with this first name and as many words, when the surname could be misspelt. */
  namesakes: number | null;
  /** Short forms this key may be written as ("person|castro" for "person|raul castro"). */
  provides: string[];
  /** Short forms this key is, or may be as a lone word of another type. */
  seeks: string[];
}

const TYPES = ['person', 'organization', 'place'] as const;

export class ClusterLinks {
  private readonly registered = new Set<string>();
  private readonly shared = new LinkPostings();
  private readonly namesakes = new LinkPostings();
  private readonly providers = new LinkPostings();
  /** Alias key → the target keys articles link it to; and the reverse. */
  private readonly aliasTargets = new Map<string, string[]>();
  private readonly aliasSources = new Map<string, Set<string>>();

  /** Brings one key's links up to date: whether it exists, and the targets articles alias it to. */
  update(key: string, exists: boolean, aliasTargets: Iterable<string>): void {
    if (exists !== this.registered.has(key)) {
      const links = keyLinks(key);
      const act = exists ? 'add' : 'delete';
      for (const link of links.filed) this.shared[act](link, key);
      if (links.namesakes !== null) this.namesakes[act](links.namesakes, key);
      for (const form of links.provides) this.providers[act](hashOf(form), key);
      if (exists) this.registered.add(key);
      else this.registered.delete(key);
    }
    for (const target of this.aliasTargets.get(key) ?? []) this.aliasSources.get(target)?.delete(key);
    const targets = [...aliasTargets];
    if (targets.length === 0) this.aliasTargets.delete(key);
    else this.aliasTargets.set(key, targets);
    for (const target of targets) {
      let sources = this.aliasSources.get(target);
      if (!sources) this.aliasSources.set(target, (sources = new Set()));
      sources.add(key);
    }
  }

  /** Adds to `found` the existing keys `key` links to, whether or not `key` itself still exists. */
  neighbours(key: string, found: Set<string>): void {
    this.eachNeighbour(key, (other) => {
      if (this.registered.has(other)) found.add(other);
    });
  }

  /** Every existing key linked to any of `starts` through existing keys, the existing starts included. */
  linkedTo(starts: Iterable<string>): Set<string> {
    const seen = new Set<string>();
    const queue: string[] = [];
    const visit = (key: string) => {
      if (this.registered.has(key) && !seen.has(key)) {
        seen.add(key);
        queue.push(key);
      }
    };
    for (const start of starts) visit(start);
    while (queue.length > 0) this.eachNeighbour(queue.pop()!, visit);
    return seen;
  }

  private eachNeighbour(key: string, visit: (key: string) => void): void {
    const links = keyLinks(key);
    links.direct.forEach(visit);
    for (const link of links.looked) this.shared.forEach(link, visit);
    if (links.namesakes !== null) {
      const surname = surnameOf(key);
      this.namesakes.forEach(links.namesakes, (other) => {
        if (oneLetterApart(surnameOf(other), surname)) visit(other);
      });
    }
    // A short form links the keys written so to the keys it may stand for, when some key is written so.
    for (const form of [...links.provides, ...links.seeks]) {
      const seekers = seekersOf(form).filter((k) => this.registered.has(k));
      if (seekers.length === 0) continue;
      seekers.forEach(visit);
      this.providers.forEach(hashOf(form), visit);
    }
    this.aliasTargets.get(key)?.forEach(visit);
    this.aliasSources.get(key)?.forEach(visit);
  }
}

/** The keys that are written as `form`: the key itself, and a lone word of the other type. */
function seekersOf(form: string): string[] {
  const bar = form.indexOf('|');
  const type = form.slice(0, bar);
  const folded = form.slice(bar + 1);
  if (type === 'place' || folded.includes(' ')) return [form];
  return [form, `${type === 'person' ? 'organization' : 'person'}|${folded}`];
}

function surnameOf(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/** The links of `type|folded`, mirroring the joins clusterKeys makes. */
function keyLinks(key: string): KeyLinks {
  const bar = key.indexOf('|');
  const type = key.slice(0, bar);
  const folded = key.slice(bar + 1);
  const words = folded.split(' ');
  // The same name as another type, and longer person names holding this one.
  const direct = TYPES.filter((t) => t !== type).map((t) => `${t}|${folded}`);
  const filed: number[] = [];
  const looked = [hashOf(`name|${folded}`)];
  let namesakes: number | null = null;
  const provides: string[] = [];
  const seeks = [key];
  if (type === 'person') {
    // Shorter full names inside this one ("englishman robert buckley" holds "robert buckley").
    for (let cut = 1; cut <= words.length - 2; cut++) {
      for (const inner of [words.slice(cut).join(' '), words.slice(0, words.length - cut).join(' ')]) {
        filed.push(hashOf(`name|${inner}`));
        for (const t of TYPES) direct.push(`${t}|${inner}`);
      }
    }
    if (isFullPersonName(words)) {
      const first = words[0]!;
      const surname = words[words.length - 1]!;
      filed.push(hashOf(`surname|${surname}`));
      looked.push(hashOf(`surname|${surname}`));
      if (first.length >= 2 && surname.length >= 3) namesakes = hashOf(`first|${first}|${words.length}`);
      provides.push(`person|${surname}`);
      if (words.length > 2) provides.push(`person|${words.slice(1).join(' ')}`);
      const particle = words.findIndex((t, i) => i > 0 && PARTICLES.has(t));
      if (particle > 0) provides.push(`person|${words.slice(particle).join(' ')}`);
    }
  } else if (words.length >= 2) {
    provides.push(`${type}|${words[words.length - 1]}`);
    if (words[1] === 'of') provides.push(`${type}|${words[0]}`);
    provides.push(`${type}|${initialsOf(words)}`);
  }
  if (type !== 'place' && words.length === 1) seeks.push(`${type === 'person' ? 'organization' : 'person'}|${folded}`);
  return { filed, looked, direct, namesakes, provides, seeks };
}

/** FNV-1a, kept to 30 bits so V8 holds it unboxed. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 2;
}
