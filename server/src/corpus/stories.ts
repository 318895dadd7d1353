// Which articles cover the same event. Two articles are tied when they share enough of the same
// people and organisations, or a quote, or several claims; a story is a connected group of tied
// articles. Conflicts are only judged inside a story, so an unrelated story in the same folder that
// happens to mention the same country stays apart.
import type { IndexedArticle } from './articleIndex';
import type { PairLinks } from './pairs';

/** Shared weight (people count 1, organisations 0.8, places 0.4) needed to tie two articles. */
const MIN_SHARED_WEIGHT = 2;
/** ...and the share of the smaller article's names it must make up. */
const MIN_SHARED_SHARE = 0.2;

/** True when two articles are tied to one story; the same whichever of the two is `a`. */
export function storyTied(a: IndexedArticle, b: IndexedArticle, links: PairLinks | undefined): boolean {
  const quoted = links !== undefined && links.quotes.length > 0;
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  for (const [key, weight] of a.storyKeys) {
    totalA += weight;
    if (b.storyKeys.has(key)) shared += weight;
  }
  for (const weight of b.storyKeys.values()) totalB += weight;
  const shareOk = shared >= MIN_SHARED_SHARE * Math.min(totalA, totalB);
  // Articles with few names (briefs) can still be tied by the claims they share: two of each article's,
  // counted on both sides so the tie is the same whichever article is asked.
  const similar = links?.similarClaims ?? [];
  const claimsShared = Math.min(new Set(similar.map((c) => c.mine)).size, new Set(similar.map((c) => c.theirs)).size);
  return quoted || (shared >= MIN_SHARED_WEIGHT && shareOk) || (shared >= 1 && shareOk && claimsShared >= 2);
}

/** The articles connected to `start` by ties, `start` included, sorted. */
export function storyMembers(start: string, ties: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const q of ties.get(queue.pop()!) ?? []) {
      if (!seen.has(q)) {
        seen.add(q);
        queue.push(q);
      }
    }
  }
  return [...seen].sort();
}
