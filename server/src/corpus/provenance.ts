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

/** FNV-1a hashes of the article's 8-word shingles, over its prose sentences (ads and captions are
 * not prose, and shared boilerplate must not count as reuse). */
export function shinglesOf(text: string, facts: ArticleFacts): Set<number> {
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
      shingles.add(h >>> 0);
    }
  }
  return shingles;
}

/**
 * Runs of words held by more articles than this are boilerplate or syndication shared too widely to
 * say who rewrote whom; skipping them keeps an edit's cost bounded.
 */
const MAX_HOLDERS = 50;

/** Which articles hold each shingle, to find reuse without comparing every pair. */
export class ShingleIndex {
  private readonly holders = new Map<number, Set<string>>();

  add(path: string, shingles: Set<number>): void {
    for (const s of shingles) {
      let set = this.holders.get(s);
      if (!set) this.holders.set(s, (set = new Set()));
      set.add(path);
    }
  }

  remove(path: string, shingles: Set<number>): void {
    for (const s of shingles) {
      const set = this.holders.get(s);
      set?.delete(path);
      if (set?.size === 0) this.holders.delete(s);
    }
  }

  /**
   * Articles holding any of these shingles: those whose reuse figures an edit can change. Called with
   * the edited article among the holders, so a shingle just crossing the limit still counts.
   */
  holdersOf(shingles: Set<number>): Set<string> {
    const paths = new Set<string>();
    for (const s of shingles) {
      const holders = this.holders.get(s);
      if (holders && holders.size <= MAX_HOLDERS + 1) for (const p of holders) paths.add(p);
    }
    return paths;
  }

  /** Share of `shingles` each other article holds, for shares of at least PARTIALLY. */
  reuseOf(path: string, shingles: Set<number>): Map<string, number> {
    const counts = new Map<string, number>();
    for (const s of shingles) {
      const holders = this.holders.get(s);
      if (!holders || holders.size > MAX_HOLDERS) continue;
      for (const p of holders) if (p !== path) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    const shares = new Map<string, number>();
    for (const [p, n] of counts) if (n / shingles.size >= PARTIALLY) shares.set(p, n / shingles.size);
    return shares;
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
