// Every judged match from one article to the others: quotes, figures, dates and times of day.
import type { IndexedArticle } from './articleIndex';
import { dateEdges, figureEdges } from './claimMatching';
import type { MatchContext, MatchEdge } from './matchEdge';
import { quoteEdges } from './quoteMatching';
import { timeEdges } from './timeMatching';

/** Every judged match from this article to others. */
export function edgesOf(ctx: MatchContext, a: IndexedArticle): MatchEdge[] {
  return [...quoteEdges(ctx, a), ...figureEdges(ctx, a), ...dateEdges(ctx, a), ...timeEdges(ctx, a)];
}

