// Finds, for one article, the places where another article may report the same quote, figure, date
// or claim. Quotes are looked up in an inverted index of word 3-grams; figures and claims only in the
// articles that share names with it, so an edit costs time in the article's own size and
// its story's, not the collection's.
import type { IndexedArticle } from './articleIndex';
import { keywordOverlap } from './claims';
import type { FoldedWord } from './fold';
import { compareQuotes, QuoteComparison, quoteShingles } from './quotes';
import { SearchedHolders } from './searchedHolders';

export interface QuotePair {
  quote: number;
  otherQuote: number;
  comparison: QuoteComparison;
}

export interface ClaimPair {
  /** Indexes into IndexedArticle.figures / .dates, or claim indexes for `similarClaims`. */
  mine: number;
  theirs: number;
  shared: number;
  jaccard: number;
}

/** Everything one article shares with one other article, seen from the first. */
export interface PairLinks {
  quotes: QuotePair[];
  figures: ClaimPair[];
  dates: ClaimPair[];
  similarClaims: ClaimPair[];
}

/** Claims this alike are the same claim even without a shared figure or date. */
const SAME_CLAIM_JACCARD = 0.5;
/**
 * Keys held more often than this are too common to search all holders by ("United States", "he said
 * that"): only the first holders find each other through them, and the rest are found through rarer
 * keys; they still count once a pair is compared. A fixed number, not a share of the collection, so
 * the work for one article stays the same however large the collection grows.
 */
export const COMMON_KEY_HOLDERS = 50;

/**
 * Holders by key; most keys have one holder, kept bare until a second arrives. `kept` turns a key
 * into the string the table holds when the key is new.
 */
class Postings<Holder extends string | number> {
  private readonly map = new Map<string, Holder | Set<Holder>>();
  constructor(private readonly kept: (key: string) => string = (key) => key) {}
  /** Adds a holder; returns how many the key now has. */
  add(key: string, holder: Holder): number {
    const held = this.map.get(key);
    if (held === undefined) this.map.set(this.kept(key), holder);
    else if (typeof held !== 'object') {
      if (held === holder) return 1;
      this.map.set(key, new Set([held, holder]));
      return 2;
    } else {
      held.add(holder);
      return held.size;
    }
    return 1;
  }
  /** Removes a holder; returns how many the key still has. */
  delete(key: string, holder: Holder): number {
    const held = this.map.get(key);
    if (held === holder) this.map.delete(key);
    else if (typeof held === 'object') {
      held.delete(holder);
      if (held.size > 1) return held.size;
      this.map.set(key, held.values().next().value!);
      return 1;
    } else if (held !== undefined) return 1;
    return 0;
  }
  get(key: string): ReadonlySet<Holder> {
    const held = this.map.get(key);
    return held === undefined ? NONE : typeof held !== 'object' ? new Set([held]) : held;
  }
}
const NONE: ReadonlySet<never> = new Set();

/**
 * A shingle built by concatenation is held by V8 as a tree of its pieces, several times the size of
 * the same characters in one string; split and joined again it is one string.
 */
function flat(shingle: string): string {
  return shingle.split(' ').join(' ');
}

/**
 * The indexed quotes of the collection as small numbers: the quote postings hold one number per
 * shingle and quote, where a path and index would make a string for each. Numbers freed by a removed
 * article go to the next one.
 */
class QuoteRefs {
  private readonly paths: string[] = [];
  private readonly quotes: number[] = [];
  private readonly free: number[] = [];
  private readonly byArticle = new Map<string, number[]>();

  /** Numbers for the quotes of `a`, given now; `a` must not hold any yet. */
  take(a: IndexedArticle): number[] {
    const refs = a.quotes.map((_, i) => {
      const ref = this.free.pop() ?? this.paths.length;
      this.paths[ref] = a.path;
      this.quotes[ref] = i;
      return ref;
    });
    this.byArticle.set(a.path, refs);
    return refs;
  }

  /** The numbers given to the quotes of the article at `path`. */
  held(path: string): number[] {
    return this.byArticle.get(path) ?? [];
  }

  release(path: string): void {
    for (const ref of this.held(path)) this.free.push(ref);
    this.byArticle.delete(path);
  }

  pathOf(ref: number): string {
    return this.paths[ref]!;
  }

  quoteOf(ref: number): number {
    return this.quotes[ref]!;
  }
}

/** Figures of one kind compared per other article: enough for any real article, bounded for lists. */
const MAX_FIGURE_CANDIDATES = 50;

/**
 * Which articles may share something, by the keys they hold: 3-grams of quotes, and the names that
 * tie a story. A key held too widely is searched only among its first holders (see SearchedHolders);
 * when an edit moves that boundary, the holders it moves are reported (`takeUnsettled`) so that their
 * links are found again, as a collection read in fresh would find them.
 */
export class CandidateIndex {
  private readonly quoteRefs = new QuoteRefs();
  private readonly quoteGrams = new Postings<number>(flat);
  private readonly storyKeys = new Postings<string>();
  private readonly searchedGrams: SearchedHolders;
  private readonly searchedStoryKeys: SearchedHolders;
  private readonly unsettled = new Set<string>();

  constructor(commonAbove: number = COMMON_KEY_HOLDERS) {
    this.searchedGrams = new SearchedHolders(commonAbove, (g) => [...this.quoteGrams.get(g)].map((ref) => this.quoteRefs.pathOf(ref)));
    this.searchedStoryKeys = new SearchedHolders(commonAbove, (key) => this.storyKeys.get(key));
  }

  add(a: IndexedArticle): void {
    const refs = this.quoteRefs.take(a);
    a.quotes.forEach((q, i) => {
      for (const g of quoteShingles(q.words())) {
        const held = this.quoteGrams.add(g, refs[i]!);
        this.searchedGrams.changed(g, a.path, held - 1, held);
      }
    });
    for (const key of a.storyKeys.keys()) {
      const held = this.storyKeys.add(key, a.path);
      this.searchedStoryKeys.changed(key, a.path, held - 1, held);
    }
  }

  remove(a: IndexedArticle): void {
    const refs = this.quoteRefs.held(a.path);
    a.quotes.forEach((q, i) => {
      for (const g of quoteShingles(q.words())) {
        const held = this.quoteGrams.delete(g, refs[i]!);
        this.searchedGrams.changed(g, a.path, held + 1, held);
      }
    });
    this.quoteRefs.release(a.path);
    for (const key of a.storyKeys.keys()) {
      const held = this.storyKeys.delete(key, a.path);
      this.searchedStoryKeys.changed(key, a.path, held + 1, held);
    }
  }

  /** The articles whose candidates changed since last asked, because a key's searched holders did. */
  takeUnsettled(): Set<string> {
    this.settle();
    const paths = new Set(this.unsettled);
    this.unsettled.clear();
    return paths;
  }

  private settle(): void {
    this.searchedGrams.settle(this.unsettled);
    this.searchedStoryKeys.settle(this.unsettled);
  }

  /** Articles sharing at least one name with `a` (through names not shared by nearly everyone). */
  storyCandidates(a: IndexedArticle): Set<string> {
    this.settle();
    const paths = new Set<string>();
    for (const key of a.storyKeys.keys()) {
      if (!this.searchedStoryKeys.searches(key, a.path)) continue;
      for (const p of this.storyKeys.get(key)) if (p !== a.path && this.searchedStoryKeys.searches(key, p)) paths.add(p);
    }
    return paths;
  }

  /**
   * What `a` shares with other articles, by other path: quotes with any article, figures and claims
   * only with the articles `within` (those that may tell the same story). Each pair is worked out the
   * same way whichever of its articles asks, so that edits leave the answers of a fresh read.
   */
  linksOf(a: IndexedArticle, article: (path: string) => IndexedArticle | undefined, within: ReadonlySet<string>): Map<string, PairLinks> {
    const links = new Map<string, PairLinks>();
    const linkTo = (path: string) => {
      let l = links.get(path);
      if (!l) links.set(path, (l = { quotes: [], figures: [], dates: [], similarClaims: [] }));
      return l;
    };

    this.settle();
    a.quotes.forEach((q, i) => {
      const seen = new Set<number>();
      const words = q.words();
      for (const g of quoteShingles(words)) {
        if (!this.searchedGrams.searches(g, a.path)) continue;
        for (const ref of this.quoteGrams.get(g)) {
          if (seen.has(ref)) continue;
          const path = this.quoteRefs.pathOf(ref);
          // A holder past this key's searched ones may still be found through a rarer key.
          if (path === a.path || !this.searchedGrams.searches(g, path)) continue;
          seen.add(ref);
          const j = this.quoteRefs.quoteOf(ref);
          const b = article(path);
          const other = b?.quotes[j];
          if (!b || !other) continue;
          const comparison = comparedInPathOrder(a, words, b, other.words());
          if (comparison) linkTo(path).quotes.push({ quote: i, otherQuote: j, comparison });
        }
      }
    });

    // Figures are compared only with articles that may tell the same story, so look them up there.
    const myFigures = figuresByKey(a);
    for (const path of within) {
      const other = article(path);
      if (!other) continue;
      const theirFigures = figuresByKey(other);
      for (const [key, mine] of myFigures) {
        for (const i of mine) {
          for (const j of theirFigures.get(key) ?? NO_CLAIMS) {
            const overlap = keywordOverlap(a.claimKeywords[a.figures[i]!.claim]!, other.claimKeywords[other.figures[j]!.claim]!);
            linkTo(path).figures.push(claimPair(i, j, overlap));
          }
        }
      }
    }

    // Claims sharing keywords: the same claim in other words, and the same dated event. Looked up in
    // the story's articles, so the work grows with the story, not with how common a word is.
    const mine = claimsByKeyword(a);
    for (const path of within) {
      const other = article(path);
      if (other) linkClaims(a, mine, other, () => linkTo(path));
    }
    for (const l of links.values()) inPairOrder(l);
    return links;
  }
}

/**
 * Quotes compared with the later path's article first, as a collection read in path order compares
 * them: the alignment of repeated words depends on which side comes first.
 */
function comparedInPathOrder(a: IndexedArticle, words: FoldedWord[], b: IndexedArticle, otherWords: FoldedWord[]): QuoteComparison | null {
  if (a.path > b.path) return compareQuotes(a.text, words, b.text, otherWords);
  const seenFromB = compareQuotes(b.text, otherWords, a.text, words);
  return seenFromB && flipComparison(seenFromB);
}

/** The figures of an article by key, a bounded number for each, so long lists cost a bounded time. */
function figuresByKey(a: IndexedArticle): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  a.figures.forEach((f, i) => {
    if (!f.key) return;
    const list = byKey.get(f.key);
    if (!list) byKey.set(f.key, [i]);
    else if (list.length < MAX_FIGURE_CANDIDATES) list.push(i);
  });
  return byKey;
}

/**
 * Each list in the order of its pairs, whichever article found them, and copied to its size: lists
 * grown by push keep room for more (seventeen entries from the first), and the collection keeps every
 * pair's lists, most holding one or two.
 */
function inPairOrder(l: PairLinks): PairLinks {
  l.quotes = l.quotes.slice().sort((x, y) => x.quote - y.quote || x.otherQuote - y.otherQuote);
  l.figures = l.figures.slice().sort(byPair);
  l.dates = l.dates.slice().sort(byPair);
  l.similarClaims = l.similarClaims.slice().sort(byPair);
  return l;
}

function byPair(x: ClaimPair, y: ClaimPair): number {
  return x.mine - y.mine || x.theirs - y.theirs;
}

/** The claims of `a` holding each keyword. */
function claimsByKeyword(a: IndexedArticle): Map<string, number[]> {
  const byKeyword = new Map<string, number[]>();
  a.claimKeywords.forEach((words, c) => {
    for (const w of words) {
      const claims = byKeyword.get(w);
      if (claims) claims.push(c);
      else byKeyword.set(w, [c]);
    }
  });
  return byKeyword;
}

/** Claims of `a` and `other` sharing at least two keywords: alike ones, and the dates they give. */
function linkClaims(a: IndexedArticle, mine: ReadonlyMap<string, number[]>, other: IndexedArticle, l: () => PairLinks): void {
  // Shared keywords per pair of claims, keyed mine * claims of other + theirs, so key order is pair order.
  const span = other.claimKeywords.length;
  const counts = new Map<number, number>();
  other.claimKeywords.forEach((words, theirs) => {
    for (const w of words) for (const c of mine.get(w) ?? NO_CLAIMS) counts.set(c * span + theirs, (counts.get(c * span + theirs) ?? 0) + 1);
  });
  for (const pair of [...counts.keys()].sort((x, y) => x - y)) {
    if (counts.get(pair)! < 2) continue;
    const c = Math.floor(pair / span);
    const theirClaim = pair % span;
    const words = a.claimKeywords[c]!;
    const overlap = keywordOverlap(words, other.claimKeywords[theirClaim]!);
    if (overlap.jaccard >= SAME_CLAIM_JACCARD) l().similarClaims.push(claimPair(c, theirClaim, overlap));
    a.dates.forEach((d, i) => {
      if (d.claim !== c) return;
      other.dates.forEach((od, j) => {
        if (od.claim === theirClaim) l().dates.push(claimPair(i, j, overlap));
      });
    });
  }
}
const NO_CLAIMS: readonly number[] = [];

/**
 * A pair with its fields written out: the collection keeps every pair, and an object built by
 * spreading another one holds the spread fields in a separate array.
 */
function claimPair(mine: number, theirs: number, overlap: { shared: number; jaccard: number }): ClaimPair {
  return { mine, theirs, shared: overlap.shared, jaccard: overlap.jaccard };
}

/** The same links seen from the other article. */
export function flipLinks(l: PairLinks): PairLinks {
  const flipPair = (p: ClaimPair): ClaimPair => ({ mine: p.theirs, theirs: p.mine, shared: p.shared, jaccard: p.jaccard });
  return inPairOrder({
    quotes: l.quotes.map((q) => ({ quote: q.otherQuote, otherQuote: q.quote, comparison: flipComparison(q.comparison) })),
    figures: l.figures.map(flipPair),
    dates: l.dates.map(flipPair),
    similarClaims: l.similarClaims.map(flipPair),
  });
}

/** A comparison seen from the other quote; fields written out, as compareQuotes writes them. */
function flipComparison(c: QuoteComparison): QuoteComparison {
  const differences = c.differences.length === 0 ? c.differences : c.differences.map((d) => ({ a: d.b, b: d.a, aStart: d.bStart, aEnd: d.bEnd, bStart: d.aStart, bEnd: d.aEnd }));
  return { status: c.status, reasons: c.reasons, windowA: c.windowB, windowB: c.windowA, differences, matchedWords: c.matchedWords };
}
