// A figure, date or quote that several articles repeat is no confirmation when they all take it from
// one place: a report in the collection they cite, or one article they rewrite. Only origins that
// are articles of the collection count, so outlets that each asked the same official are independent.
import type { IndexedArticle } from './articleIndex';
import { groupInto, type MatchContext, type MatchEdge } from './matchEdge';
import type { CollectionDiagnostic } from './types';

export interface OriginContext extends MatchContext {
  outletOf(path: string): string;
  /** Articles of the collection this article cites or reuses the text of. */
  sourcesOf(path: string): ReadonlySet<string>;
  /** Articles of the collection this article cites by name. */
  citesOf(path: string): ReadonlySet<string>;
}

/** Articles needed before a repeated claim is worth pointing out. */
const MIN_REPEATS = 3;

export function singleOriginDiagnostics(ctx: OriginContext, a: IndexedArticle, edges: MatchEdge[]): CollectionDiagnostic[] {
  const bySpan = new Map<string, MatchEdge[]>();
  for (const e of edges) {
    if (e.status === 'conflict') continue;
    const key = `${e.kind}:${e.mine.start}:${e.mine.end}`;
    groupInto(bySpan, key, e);
  }
  const out: CollectionDiagnostic[] = [];
  for (const group of bySpan.values()) {
    const paths = new Set([a.path, ...group.map((e) => e.theirs.path)]);
    if (paths.size < MIN_REPEATS) continue;
    const origin = commonOrigin(ctx, paths);
    if (!origin || origin === a.path) continue;
    const first = group[0]!;
    out.push({
      path: a.path,
      start: first.mine.start,
      end: first.mine.end,
      severity: 'hint',
      code: 'single-origin',
      message: `${paths.size} articles repeat this, all taken from ${ctx.outletOf(origin)}: one source, not ${paths.size}`,
      related: group.map((e) => ({
        path: e.theirs.path,
        start: e.theirs.start,
        end: e.theirs.end,
        message: e.theirs.path === origin ? `the origin: ${ctx.outletOf(origin)}` : `also taken from it: ${ctx.outletOf(e.theirs.path)}`,
      })),
      fixes: [],
    });
  }
  return out;
}

/**
 * The one article every other article of the set cites or rewrites, if there is one. Articles that
 * rewrite each other all qualify; the one the others cite by name is the origin, and when none is
 * cited the origin cannot be told, so nothing is said.
 */
function commonOrigin(ctx: OriginContext, paths: Set<string>): string | null {
  const [firstPath] = paths;
  const candidates = [firstPath!, ...ctx.sourcesOf(firstPath!)].filter((c) => [...paths].every((p) => p === c || ctx.sourcesOf(p).has(c)));
  if (candidates.length <= 1) return candidates[0] ?? null;
  const citations = (c: string) => [...paths].filter((p) => ctx.citesOf(p).has(c)).length;
  const ranked = candidates.map((c) => [c, citations(c)] as const).sort((x, y) => y[1] - x[1]);
  return ranked[0]![1] > 0 && ranked[0]![1] > ranked[1]![1] ? ranked[0]![0] : null;
}
