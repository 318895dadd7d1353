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

/** Refs by key; most keys have one holder, kept as the bare ref until a second arrives. */
class Postings {
  private readonly map = new Map<string, string | Set<string>>();
  add(key: string, ref: string): void {
    const held = this.map.get(key);
    if (held === undefined) this.map.set(key, ref);
    else if (typeof held === 'string') {
      if (held !== ref) this.map.set(key, new Set([held, ref]));
    } else held.add(ref);
  }
  delete(key: string, ref: string): void {
    const held = this.map.get(key);
    if (held === ref) this.map.delete(key);
    else if (typeof held === 'object') {
      held.delete(ref);
      if (held.size === 1) this.map.set(key, held.values().next().value!);
    }
  }
  get(key: string): ReadonlySet<string> {
    const held = this.map.get(key);
    return held === undefined ? EMPTY : typeof held === 'string' ? new Set([held]) : held;
  }
}
const EMPTY: ReadonlySet<string> = new Set();
/** Figures of one kind compared per other article: enough for any real article, bounded for lists. */
const MAX_FIGURE_CANDIDATES = 50;
const SEP = '\u0000';

export class CandidateIndex {
  private readonly quoteGrams = new Postings();
  private readonly storyKeys = new Postings();

  add(a: IndexedArticle): void {
    this.visit(a, (postings, key, ref) => postings.add(key, ref));
  }

  remove(a: IndexedArticle): void {
    this.visit(a, (postings, key, ref) => postings.delete(key, ref));
  }

  private visit(a: IndexedArticle, act: (p: Postings, key: string, ref: string) => void): void {
    a.quotes.forEach((q, i) => quoteShingles(q.words).forEach((g) => act(this.quoteGrams, g, a.path + SEP + i)));
    for (const key of a.storyKeys.keys()) act(this.storyKeys, key, a.path);
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
      const seen = new Set<string>();
      for (const g of quoteShingles(q.words)) {
        const postings = this.quoteGrams.get(g);
        if (postings.size > MAX_POSTINGS) continue;
        for (const ref of postings) {
          if (seen.has(ref)) continue;
          seen.add(ref);
          const [path, j] = splitRef(ref);
          if (path === a.path) continue;
          const other = article(path)?.quotes[j];
          if (!other) continue;
          const comparison = compareQuotes(a.text, q.words, article(path)!.text, other.words);
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
          linkTo(path).figures.push({ mine: i, theirs: j, ...overlap });
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
    return links;
  }
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
    if (overlap.jaccard >= SAME_CLAIM_JACCARD) l().similarClaims.push({ mine: c, theirs: theirClaim, ...overlap });
    a.dates.forEach((d, i) => {
      if (d.claim !== c) return;
      other.dates.forEach((od, j) => {
        if (od.claim === theirClaim) l().dates.push({ mine: i, theirs: j, ...overlap });
      });
    });
  }
}
const NO_CLAIMS: readonly number[] = [];

function splitRef(ref: string): [string, number] {
  const at = ref.lastIndexOf(SEP);
  return [ref.slice(0, at), Number(ref.slice(at + 1))];
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
