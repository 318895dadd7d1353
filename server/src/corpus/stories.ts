// Which articles cover the same event. Two articles are tied when they share enough of the same
// people and organisations, or a quote, or several figures; a story is a connected group of tied
// articles. Conflicts are only judged inside a story, so an unrelated story in the same folder that
// happens to mention the same country stays apart.
import type { IndexedArticle } from './articleIndex';
import type { PairLinks } from './pairs';

/** Shared weight (people count 1, organisations 0.8, places 0.4) needed to tie two articles. */
const MIN_SHARED_WEIGHT = 2;
/** ...and the share of the smaller article's names it must make up. */
const MIN_SHARED_SHARE = 0.2;

export function sameStory(a: IndexedArticle, b: IndexedArticle, links: PairLinks | undefined): boolean {
  if (links && links.quotes.length > 0) return true;
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  for (const [key, weight] of a.storyKeys) {
    totalA += weight;
    if (b.storyKeys.has(key)) shared += weight;
  }
  for (const weight of b.storyKeys.values()) totalB += weight;
  const shareOk = shared >= MIN_SHARED_SHARE * Math.min(totalA, totalB);
  if (shared >= MIN_SHARED_WEIGHT && shareOk) return true;
  // Articles with few names (briefs) can still be tied by the figures and claims they share.
  const claimsShared = new Set((links?.similarClaims ?? []).map((c) => c.mine)).size;
  return shared >= 1 && shareOk && claimsShared >= 2;
}

/** Story id of every article: connected groups of tied articles, named after their first path. */
export function storiesOf(paths: Iterable<string>, ties: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string> {
  const story = new Map<string, string>();
  for (const start of [...paths].sort()) {
    if (story.has(start)) continue;
    const id = `story:${start}`;
    const queue = [start];
    story.set(start, id);
    while (queue.length > 0) {
      const p = queue.pop()!;
      for (const q of ties.get(p) ?? []) {
        if (!story.has(q)) {
          story.set(q, id);
          queue.push(q);
        }
      }
    }
  }
  return story;
}
