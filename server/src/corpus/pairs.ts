// Finds, for one article, the places where another article may report the same quote, figure, date
// or claim. Quotes are looked up in an inverted index of word 3-grams; figures and claims only in the
// articles that share names with it, so an edit costs time in the article's own size and
// its story's, not the collection's.
import type { IndexedArticle } from './articleIndex';
import { keywordOverlap } from './claims';
import { compareQuotes, QuoteComparison, quoteShingles } from './quotes';

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
 * Keys held by more articles than this are too common to narrow the search ("United States", "he
 * said that"); they still count once a pair is compared. A fixed number, not a share of the
 * collection, so the work for one article stays the same however large the collection grows.
 */
const MAX_POSTINGS = 50;

/**
 * Holders by key; most keys have one holder, kept bare until a second arrives. `kept` turns a key
 * into the string the table holds when the key is new.
 */
class Postings<Holder extends string | number> {
  private readonly map = new Map<string, Holder | Set<Holder>>();
  constructor(private readonly kept: (key: string) => string = (key) => key) {}
  add(key: string, holder: Holder): void {
    const held = this.map.get(key);
    if (held === undefined) this.map.set(this.kept(key), holder);
    else if (typeof held !== 'object') {
      if (held !== holder) this.map.set(key, new Set([held, holder]));
    } else held.add(holder);
  }
  delete(key: string, holder: Holder): void {
    const held = this.map.get(key);
    if (held === holder) this.map.delete(key);
    else if (typeof held === 'object') {
      held.delete(holder);
      if (held.size === 1) this.map.set(key, held.values().next().value!);
    }
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

export class CandidateIndex {
  private readonly quoteRefs = new QuoteRefs();
  private readonly quoteGrams = new Postings<number>(flat);
  private readonly storyKeys = new Postings<string>();

  add(a: IndexedArticle): void {
    const refs = this.quoteRefs.take(a);
    a.quotes.forEach((q, i) => quoteShingles(q.words()).forEach((g) => this.quoteGrams.add(g, refs[i]!)));
    for (const key of a.storyKeys.keys()) this.storyKeys.add(key, a.path);
  }

  remove(a: IndexedArticle): void {
    const refs = this.quoteRefs.held(a.path);
    a.quotes.forEach((q, i) => quoteShingles(q.words()).forEach((g) => this.quoteGrams.delete(g, refs[i]!)));
    this.quoteRefs.release(a.path);
    for (const key of a.storyKeys.keys()) this.storyKeys.delete(key, a.path);
  }

  /** Articles sharing at least one name with `a` (through names not shared by nearly everyone). */
  storyCandidates(a: IndexedArticle): Set<string> {
    const paths = new Set<string>();
    for (const key of a.storyKeys.keys()) {
      const postings = this.storyKeys.get(key);
      if (postings.size > MAX_POSTINGS) continue;
      for (const p of postings) if (p !== a.path) paths.add(p);
    }
    return paths;
  }

  /**
   * What `a` shares with other articles, by other path: quotes with any article, figures and claims
   * only with the articles `within` (those that may tell the same story).
   */
  linksOf(a: IndexedArticle, article: (path: string) => IndexedArticle | undefined, within: ReadonlySet<string>): Map<string, PairLinks> {
    const links = new Map<string, PairLinks>();
    const linkTo = (path: string) => {
      let l = links.get(path);
      if (!l) links.set(path, (l = { quotes: [], figures: [], dates: [], similarClaims: [] }));
      return l;
    };

    a.quotes.forEach((q, i) => {
      const seen = new Set<number>();
      const words = q.words();
      for (const g of quoteShingles(words)) {
        const postings = this.quoteGrams.get(g);
        if (postings.size > MAX_POSTINGS) continue;
        for (const ref of postings) {
          if (seen.has(ref)) continue;
          seen.add(ref);
          const path = this.quoteRefs.pathOf(ref);
          const j = this.quoteRefs.quoteOf(ref);
          if (path === a.path) continue;
          const other = article(path)?.quotes[j];
          if (!other) continue;
          const comparison = compareQuotes(a.text, words, article(path)!.text, other.words());
          if (comparison) linkTo(path).quotes.push({ quote: i, otherQuote: j, comparison });
        }
      }
    });

    // Figures are compared only with articles that may tell the same story, so look them up there.
    for (const path of within) {
      const other = article(path);
      if (!other) continue;
      const byKey = new Map<string, number[]>();
      other.figures.forEach((theirs, j) => {
        if (!theirs.key) return;
        const list = byKey.get(theirs.key);
        if (!list) byKey.set(theirs.key, [j]);
        else if (list.length < MAX_FIGURE_CANDIDATES) list.push(j);
      });
      a.figures.forEach((f, i) => {
        for (const j of (f.key && byKey.get(f.key)) || []) {
          const overlap = keywordOverlap(a.claimKeywords[f.claim]!, other.claimKeywords[other.figures[j]!.claim]!);
          linkTo(path).figures.push(claimPair(i, j, overlap));
        }
      });
    }

    // Claims sharing keywords: the same claim in other words, and the same dated event. Looked up in
    // the story's articles, so the work grows with the story, not with how common a word is.
    const mine = claimsByKeyword(a);
    for (const path of within) {
      const other = article(path);
      if (other) linkClaims(a, mine, other, () => linkTo(path));
    }
    for (const l of links.values()) fitToSize(l);
    return links;
  }
}

/**
 * Lists grown by push keep room for more (seventeen entries from the first); the collection keeps
 * every pair's lists, most holding one or two, so they are copied to their size.
 */
function fitToSize(l: PairLinks): void {
  l.quotes = l.quotes.slice();
  l.figures = l.figures.slice();
  l.dates = l.dates.slice();
  l.similarClaims = l.similarClaims.slice();
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
  return {
    quotes: l.quotes.map((q) => ({
      quote: q.otherQuote,
      otherQuote: q.quote,
      comparison: {
        ...q.comparison,
        windowA: q.comparison.windowB,
        windowB: q.comparison.windowA,
        differences: q.comparison.differences.map((d) => ({ a: d.b, b: d.a, aStart: d.bStart, aEnd: d.bEnd, bStart: d.aStart, bEnd: d.aEnd })),
      },
    })),
    figures: l.figures.map(flipPair),
    dates: l.dates.map(flipPair),
    similarClaims: l.similarClaims.map(flipPair),
  };
}
