// Where an article's information comes from: the sources it cites (linked to the collection's
// articles when the cited outlet is one of them) and the articles whose text it reuses, measured by
// shared runs of eight words (shingles), the usual test for rewritten wire copy.
import type { ArticleFacts } from '../core/types';
import { foldedWords, foldName } from './fold';

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
 * FNV-1a hashes of the article's 8-word shingles, over its prose sentences (ads and captions are not
 * prose, and shared boilerplate must not count as reuse); distinct and sorted, in a typed array
 * because a large collection holds hundreds for every article.
 */
export function shinglesOf(text: string, facts: ArticleFacts): Uint32Array {
  const spans = facts.layout.sentences.length > 0 ? facts.layout.sentences : [{ start: 0, end: text.length }];
  const shingles = new Set<number>();
  for (const span of spans) {
    const words = foldedWords(text, span.start, span.end).map((w) => w.word);
    for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
      let h = 0x811c9dc5;
      for (let k = i; k < i + SHINGLE_WORDS; k++) {
        const w = words[k]!;
        for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193);
        h = Math.imul(h ^ 32, 0x01000193);
      }
      // 30 bits: V8 keeps integers this small unboxed, which matters for hundreds per article.
      shingles.add(h >>> 2);
    }
  }
  return Uint32Array.from(shingles).sort();
}

/**
 * Runs of words held by more articles than this are boilerplate or syndication shared too widely to
 * say who rewrote whom; skipping them keeps an edit's cost bounded.
 */
const MAX_HOLDERS = 50;

/**
 * Which articles hold each shingle, to find reuse without comparing every pair. Most shingles belong
 * to one article only, so a lone holder is kept as its path and a set is made for the second.
 */
export class ShingleIndex {
  private readonly holders = new Map<number, string | Set<string>>();

  add(path: string, shingles: Uint32Array): void {
    for (const s of shingles) {
      const held = this.holders.get(s);
      if (held === undefined) this.holders.set(s, path);
      else if (typeof held === 'string') {
        if (held !== path) this.holders.set(s, new Set([held, path]));
      } else held.add(path);
    }
  }

  remove(path: string, shingles: Uint32Array): void {
    for (const s of shingles) {
      const held = this.holders.get(s);
      if (held === path) this.holders.delete(s);
      else if (typeof held === 'object') {
        held.delete(path);
        if (held.size === 1) this.holders.set(s, held.values().next().value!);
      }
    }
  }

  /**
   * Articles holding any of these shingles: those whose reuse figures an edit can change. Called with
   * the edited article among the holders, so a shingle just crossing the limit still counts.
   */
  holdersOf(shingles: Uint32Array): Set<string> {
    const paths = new Set<string>();
    for (const s of shingles) {
      const held = this.holders.get(s);
      if (typeof held === 'string') paths.add(held);
      else if (held && held.size <= MAX_HOLDERS + 1) for (const p of held) paths.add(p);
    }
    return paths;
  }

  /** Share of `shingles` each other article holds, for shares of at least PARTIALLY. */
  reuseOf(path: string, shingles: Uint32Array): Map<string, number> {
    const counts = new Map<string, number>();
    for (const s of shingles) {
      const held = this.holders.get(s);
      // A lone holder is this article itself: nobody else shares the run.
      if (typeof held !== 'object' || held.size > MAX_HOLDERS) continue;
      for (const p of held) if (p !== path) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    const shares = new Map<string, number>();
    for (const [p, n] of counts) if (n / shingles.length >= PARTIALLY) shares.set(p, n / shingles.length);
    return shares;
  }
}

/**
 * The articles published under each outlet or title, kept as articles come and go, so that naming a
 * cited source's article costs a look-up rather than a pass over the collection. When several
 * articles share a name, the first path in path order stands for it, whatever the order they arrived.
 */
export class SourceIndex {
  private readonly byKey = new Map<string, { paths: Set<string>; first: string | undefined }>();
  private readonly keysOf = new Map<string, string[]>();

  add(path: string, names: readonly (string | null | undefined)[]): void {
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
    for (const key of this.keysOf.get(path) ?? []) {
      const entry = this.byKey.get(key)!;
      entry.paths.delete(path);
      if (entry.paths.size === 0) this.byKey.delete(key);
      else if (entry.first === path) entry.first = undefined;
    }
    this.keysOf.delete(path);
  }

  /** The article published under `name`, or undefined. */
  articleNamed(name: string): string | undefined {
    const entry = this.byKey.get(sourceKey(name));
    if (!entry) return undefined;
    if (entry.first === undefined) for (const path of entry.paths) if (entry.first === undefined || path < entry.first) entry.first = path;
    return entry.first;
  }
}

/** Outlet or title of an article as a comparison key ("The Wall Street Journal" → "wall street journal"). */
export function sourceKey(name: string): string {
  const folded = foldName(name);
  return folded.startsWith('the ') ? folded.slice(4) : folded;
}

export function reuseLabel(share: number): 'wholly' | 'partially' {
  return share >= WHOLLY ? 'wholly' : 'partially';
}
