// Where an article's information comes from: the sources it cites (linked to the collection's
// articles when the cited outlet is one of them) and the articles whose text it reuses, measured by
// shared runs of eight words (shingles), the usual test for rewritten wire copy.
import type { ArticleFacts } from '../core/types';
import { eachFoldedWord, foldName, isWordChar, wordEnd } from './fold';

export interface CitedSource {
  name: string;
  text: string;
  start: number;
  end: number;
  /** The collection's article from the cited outlet, or null. */
  path: string | null;
}

export interface Reuse {
  path: string;
  /** Share of this article's 8-word shingles found in the other article. */
  reuse: number;
  label: 'wholly' | 'partially';
}

export interface Provenance {
  cites: CitedSource[];
  derivedFrom: Reuse[];
}

const SHINGLE_WORDS = 8;
const WHOLLY = 0.8;
const PARTIALLY = 0.2;

/**
 * Hashes of the article's 8-word shingles, over its prose sentences (ads and captions are not prose,
 * and shared boilerplate must not count as reuse); distinct and sorted, in a typed array because a
 * large collection holds hundreds for every article. Each word is hashed once and each shingle
 * combines its eight word hashes, so the cost is one pass over the text.
 */
export function shinglesOf(text: string, facts: ArticleFacts): Uint32Array {
  const spans = facts.layout.sentences.length > 0 ? facts.layout.sentences : [{ start: 0, end: text.length }];
  const wordHashes: number[] = [];
  let found: Uint32Array = new Uint32Array(256);
  let count = 0;
  const addWord = (hash: number) => {
    wordHashes.push(hash);
    if (wordHashes.length < SHINGLE_WORDS) return;
    if (count === found.length) found = grown(found);
    found[count++] = shingleOf(wordHashes, wordHashes.length - SHINGLE_WORDS);
  };
  const addFolded = (word: string) => addWord(hashOfWord(word));
  for (const span of spans) {
    wordHashes.length = 0;
    for (let i = span.start; i < span.end; ) {
      if (!isWordChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const from = i;
      let hash = 0x811c9dc5;
      for (; i < span.end; i++) {
        let code = text.charCodeAt(i);
        if (code >= 65 && code <= 90) code += 32;
        else if (code > 122 || code < 48 || (code > 57 && code < 97)) break;
        hash = Math.imul(hash ^ code, 0x01000193);
      }
      // Most words are plain ASCII, ended by a space or a mark; the rest (accents, apostrophes) fold
      // as quotes do.
      const stop = i < span.end ? text.charCodeAt(i) : 32;
      if (stop < 128 && stop !== 39) addWord(hash);
      else {
        i = wordEnd(text, from, span.end);
        eachFoldedWord(text, from, i, addFolded);
      }
    }
  }
  const sorted = found.subarray(0, count).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
  return sorted.slice(0, distinct);
}

/** True when a sorted shingle array holds `shingle`. */
function holds(shingles: Uint32Array, shingle: number): boolean {
  let lo = 0;
  let hi = shingles.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shingles[mid]! < shingle) lo = mid + 1;
    else hi = mid;
  }
  return shingles[lo] === shingle;
}

function grown(array: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** FNV-1a of a folded word. */
function hashOfWord(word: string): number {
  let h = 0x811c9dc5;
  for (let c = 0; c < word.length; c++) h = Math.imul(h ^ word.charCodeAt(c), 0x01000193);
  return h;
}

/** One shingle from eight word hashes, mixed so every bit counts; 30 bits, which V8 keeps unboxed. */
function shingleOf(wordHashes: readonly number[], from: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < from + SHINGLE_WORDS; k++) h = Math.imul(h ^ wordHashes[k]!, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 2;
}

/**
 * Runs of words held by more articles than this are boilerplate or syndication shared too widely to
 * say who rewrote whom; skipping them keeps an edit's cost bounded.
 */
const MAX_HOLDERS = 50;
/**
 * Past this many holders a shingle's holders are only counted. Well above the limit, so an article
 * edited back and forth does not list and unlist the same group every time.
 */
const UNLISTED_HOLDERS = 2 * (MAX_HOLDERS + 1);

/** Slots of a fresh shingle table; a power of two, as the table's hashing needs. */
const INITIAL_SLOTS = 1 << 12;

/**
 * Which articles hold each shingle, to find reuse without comparing every pair. A large collection
 * holds millions of shingles, so they live in an open-addressing table of typed arrays rather than a
 * Map of millions of entries: adding an article costs a few array writes per shingle. Most shingles
 * belong to one article only, so a slot holds that article's number, and a set of paths is made for
 * the second holder.
 */
export class ShingleIndex {
  /** Shingle + 1 in each used slot; 0 marks a free one (shingles are 30 bits, so + 1 still fits). */
  private keys = new Uint32Array(INITIAL_SLOTS);
  /** The lone holder's article number, or -(group + 1) for a shingle several articles hold. */
  private holders = new Int32Array(INITIAL_SLOTS);
  private slotBits = Math.log2(INITIAL_SLOTS);
  private used = 0;
  private readonly numbers = new Map<string, number>();
  private readonly paths: string[] = [];
  /** Each article's shingles by number, to list a group's holders again once it is no longer common. */
  private readonly held: (Uint32Array | undefined)[] = [];
  private readonly freeNumbers: number[] = [];
  /** The holders of each shared shingle, or null once too many hold it to be worth listing. */
  private readonly groups: (Set<string> | null)[] = [];
  /** How many articles hold each group's shingle, for groups no longer listed. */
  private readonly counts: number[] = [];
  private readonly freeGroups: number[] = [];

  add(path: string, shingles: Uint32Array): void {
    const number = this.numberOf(path);
    this.held[number] = shingles;
    for (const s of shingles) {
      if (this.used * 4 >= this.keys.length * 3) this.grow();
      const slot = this.slotOf(s + 1);
      const held = this.holders[slot]!;
      if (this.keys[slot] === 0) {
        this.keys[slot] = s + 1;
        this.holders[slot] = number;
        this.used++;
      } else if (held >= 0) {
        if (held !== number) this.holders[slot] = -(this.newGroup(this.paths[held]!, path) + 1);
      } else this.join(-held - 1, path);
    }
  }

  private join(g: number, path: string): void {
    const group = this.groups[g]!;
    if (group === null) {
      this.counts[g]!++;
      return;
    }
    group.add(path);
    // Boilerplate held by thousands of articles would cost a set entry per article and is never read.
    if (group.size > UNLISTED_HOLDERS) {
      this.groups[g] = null;
      this.counts[g] = group.size;
    }
  }

  remove(path: string, shingles: Uint32Array): void {
    const number = this.numbers.get(path);
    if (number === undefined) return;
    for (const s of shingles) {
      const slot = this.slotOf(s + 1);
      if (this.keys[slot] === 0) continue;
      const held = this.holders[slot]!;
      if (held === number) this.free(slot);
      else if (held < 0) {
        const group = this.listedGroup(-held - 1, s, number);
        group?.delete(path);
        if (group?.size === 1) {
          this.holders[slot] = this.numbers.get(group.values().next().value!)!;
          this.freeGroups.push(-held - 1);
        }
      }
    }
    // Its shingles are gone, so its number can go to the next new article.
    this.numbers.delete(path);
    this.held[number] = undefined;
    this.freeNumbers.push(number);
  }

  /**
   * The holders of a group about to lose one, or null while it is still too common to list: an
   * unlisted group is counted down, and listed again by a scan of every article once few enough hold
   * its shingle for reuse figures to read them.
   */
  private listedGroup(g: number, shingle: number, leaving: number): Set<string> | null {
    const group = this.groups[g];
    if (group) return group;
    const remaining = --this.counts[g]!;
    if (remaining > MAX_HOLDERS + 1) return null;
    const listed = new Set<string>();
    this.held.forEach((shingles, number) => {
      if (number === leaving || !shingles || !holds(shingles, shingle)) return;
      listed.add(this.paths[number]!);
    });
    listed.add(this.paths[leaving]!);
    this.groups[g] = listed;
    return listed;
  }

  /**
   * Articles holding any of these shingles: those whose reuse figures an edit can change. Called with
   * the edited article among the holders, so a shingle just crossing the limit still counts.
   */
  holdersOf(shingles: Uint32Array): Set<string> {
    const paths = new Set<string>();
    for (const s of shingles) {
      const slot = this.slotOf(s + 1);
      if (this.keys[slot] === 0) continue;
      const held = this.holders[slot]!;
      const group = held >= 0 ? null : this.groups[-held - 1];
      if (held >= 0) paths.add(this.paths[held]!);
      else if (group && group.size <= MAX_HOLDERS + 1) for (const p of group) paths.add(p);
    }
    return paths;
  }

  /** Share of `shingles` each other article holds, for shares of at least PARTIALLY. */
  reuseOf(path: string, shingles: Uint32Array): Map<string, number> {
    const counts = new Map<string, number>();
    for (const s of shingles) {
      const slot = this.slotOf(s + 1);
      const held = this.holders[slot]!;
      // A lone holder is this article itself: nobody else shares the run.
      if (this.keys[slot] === 0 || held >= 0) continue;
      const group = this.groups[-held - 1];
      if (!group || group.size > MAX_HOLDERS) continue;
      for (const p of group) if (p !== path) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    const shares = new Map<string, number>();
    for (const [p, n] of counts) if (n / shingles.length >= PARTIALLY) shares.set(p, n / shingles.length);
    return shares;
  }

  private numberOf(path: string): number {
    let number = this.numbers.get(path);
    if (number === undefined) {
      number = this.freeNumbers.pop() ?? this.paths.length;
      this.numbers.set(path, number);
      this.paths[number] = path;
    }
    return number;
  }

  private newGroup(first: string, second: string): number {
    const group = new Set([first, second]);
    const index = this.freeGroups.pop() ?? this.groups.length;
    this.groups[index] = group;
    return index;
  }

  /** The slot holding `key`, or the free slot where it would go (linear probing from its home slot). */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    let slot = this.home(key);
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  /** Fibonacci hashing: the top bits of the product spread even similar keys over the table. */
  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> (32 - this.slotBits);
  }

  /** Empties a slot, moving later keys of its probe run back so every key stays reachable. */
  private free(slot: number): void {
    const mask = this.keys.length - 1;
    let gap = slot;
    for (let next = (gap + 1) & mask; this.keys[next] !== 0; next = (next + 1) & mask) {
      const home = this.home(this.keys[next]!);
      // The key at `next` may fill the gap unless its home lies cyclically after the gap.
      const stays = gap <= next ? gap < home && home <= next : gap < home || home <= next;
      if (stays) continue;
      this.keys[gap] = this.keys[next]!;
      this.holders[gap] = this.holders[next]!;
      gap = next;
    }
    this.keys[gap] = 0;
    this.holders[gap] = 0;
    this.used--;
  }

  private grow(): void {
    const keys = this.keys;
    const holders = this.holders;
    this.keys = new Uint32Array(keys.length * 2);
    this.holders = new Int32Array(keys.length * 2);
    this.slotBits++;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      const slot = this.slotOf(keys[i]!);
      this.keys[slot] = keys[i]!;
      this.holders[slot] = holders[i]!;
    }
  }
}

/**
 * The articles published under each outlet or title, kept as articles come and go, so that naming a
 * cited source's article costs a look-up rather than a pass over the collection. When several
 * articles share a name, the first path in path order stands for it, whatever the order they arrived.
 * The articles citing each name are kept too: they are the ones an article arriving or leaving under
 * that name changes.
 */
export class SourceIndex {
  private readonly byKey = new Map<string, { paths: Set<string>; first: string | undefined }>();
  private readonly keysOf = new Map<string, string[]>();
  private readonly citers = new Map<string, Set<string>>();
  private readonly citedBy = new Map<string, string[]>();

  /** An article published under `names`, citing the sources `cited`. */
  add(path: string, names: readonly (string | null | undefined)[], cited: readonly string[] = []): void {
    const citedKeys = [...new Set(cited.map(sourceKey))];
    this.citedBy.set(path, citedKeys);
    for (const key of citedKeys) {
      const set = this.citers.get(key);
      if (set) set.add(path);
      else this.citers.set(key, new Set([path]));
    }
    const keys = [...new Set(names.filter((name): name is string => !!name).map(sourceKey))];
    this.keysOf.set(path, keys);
    for (const key of keys) {
      const entry = this.byKey.get(key);
      if (!entry) this.byKey.set(key, { paths: new Set([path]), first: path });
      else {
        entry.paths.add(path);
        if (entry.first !== undefined && path < entry.first) entry.first = path;
      }
    }
  }

  remove(path: string): void {
    for (const key of this.citedBy.get(path) ?? []) {
      const set = this.citers.get(key)!;
      set.delete(path);
      if (set.size === 0) this.citers.delete(key);
    }
    this.citedBy.delete(path);
    for (const key of this.keysOf.get(path) ?? []) {
      const entry = this.byKey.get(key)!;
      entry.paths.delete(path);
      if (entry.paths.size === 0) this.byKey.delete(key);
      else if (entry.first === path) entry.first = undefined;
    }
    this.keysOf.delete(path);
  }

  /** The articles citing a source by `name`. */
  citersOf(name: string): ReadonlySet<string> {
    return this.citers.get(sourceKey(name)) ?? NO_CITERS;
  }

  /** The article published under `name`, or undefined. */
  articleNamed(name: string): string | undefined {
    const entry = this.byKey.get(sourceKey(name));
    if (!entry) return undefined;
    if (entry.first === undefined) for (const path of entry.paths) if (entry.first === undefined || path < entry.first) entry.first = path;
    return entry.first;
  }
}

const NO_CITERS: ReadonlySet<string> = new Set();

/** Outlet or title of an article as a comparison key ("The Wall Street Journal" → "wall street journal"). */
export function sourceKey(name: string): string {
  const folded = foldName(name);
  return folded.startsWith('the ') ? folded.slice(4) : folded;
}

export function reuseLabel(share: number): 'wholly' | 'partially' {
  return share >= WHOLLY ? 'wholly' : 'partially';
}
