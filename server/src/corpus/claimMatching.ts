// Judged figure and date matches between claims of one story, and the claims no other article of
// the story reports.
import type { Figure } from '../core/types';
import type { IndexedArticle } from './articleIndex';
import type { ClaimPair } from './pairs';
import { datesConflict, datesOverlap, figuresAgree, formatFigure, keywordOverlap } from './claims';
import { groupInto, location, MatchContext, MatchEdge, sharedCount } from './matchEdge';

/** Whether two figures' claims are about the same thing, beyond sharing a unit and counted noun. */
function sameFigureClaim(ctx: MatchContext, a: IndexedArticle, fa: number, b: IndexedArticle, fb: number, shared: number): boolean {
  const x = a.figures[fa]!;
  const y = b.figures[fb]!;
  if (x.key === 'age|') {
    if (x.nearestEntity === null || y.nearestEntity === null) return false;
    const cx = ctx.clusterIdOf(a.path, x.nearestEntity);
    return cx !== undefined && cx === ctx.clusterIdOf(b.path, y.nearestEntity);
  }
  return shared >= 2 || (x.key === 'year|' && shared >= 1);
}

function figureOf(a: IndexedArticle, i: number): Figure {
  const f = a.figures[i]!;
  return a.facts.claims[f.claim]!.figures[f.figure]!;
}

/**
 * When two claims' differing figures are the same fact: enough words shared right around the figures
 * ("were evacuated from the plant"), or one such word and alike claims, or very alike claims.
 */
const MIN_SHARED_CONTEXT = 2;
const FIGURE_CONFLICT_JACCARD = 0.25;
const SAME_FACT_JACCARD = 0.4;


/**
 * Figures, within a story: one agreeing figure in the other article is enough to agree (an article may give several
 * figures for one claim); otherwise the closest claim's figure conflicts.
 */
export function figureEdges(ctx: MatchContext, a: IndexedArticle): MatchEdge[] {
  const edges: MatchEdge[] = [];
  for (const [path, links] of ctx.links(a.path)) {
    const b = ctx.article(path);
    if (!b || ctx.storyOf(a.path) !== ctx.storyOf(b.path)) continue;
    const byFigure = new Map<number, typeof links.figures>();
    for (const p of links.figures) {
      if (!sameFigureClaim(ctx, a, p.mine, b, p.theirs, p.shared)) continue;
      groupInto(byFigure, p.mine, p);
    }
    for (const [mine, candidates] of byFigure) {
      const x = figureOf(a, mine);
      const agreeing = candidates.filter((p) => figuresAgree(x, figureOf(b, p.theirs)));
      // Disagreeing figures only conflict when the claims are plainly about the same thing: "14
      // passengers were treated" and "carries 300 passengers" share a noun, not a fact.
      const context = (p: (typeof candidates)[number]) => sharedCount(a.figures[mine]!.context, b.figures[p.theirs]!.context);
      const closest = candidates.reduce((u, v) => (context(v) > context(u) || (context(v) === context(u) && v.jaccard > u.jaccard) ? v : u));
      const near = context(closest);
      const sameFact =
        near >= MIN_SHARED_CONTEXT ||
        (near >= 1 && closest.jaccard >= FIGURE_CONFLICT_JACCARD) ||
        closest.jaccard >= SAME_FACT_JACCARD ||
        a.figures[mine]!.key === 'age|';
      const chosen = agreeing.length > 0 ? agreeing : sameFact ? [closest] : [];
      for (const p of chosen) {
        const y = figureOf(b, p.theirs);
        const agrees = agreeing.length > 0;
        edges.push({
          kind: 'number',
          status: agrees ? 'agrees' : 'conflict',
          mine: location(a, x.start, x.end, { value: x.value }),
          theirs: location(b, y.start, y.end, { value: y.value }),
          note: agrees ? `same figure: ${formatFigure(x)}` : `figures differ: ${formatFigure(x)} vs ${formatFigure(y)}`,
        });
      }
    }
  }
  return edges;
}

/** Claims this alike, and dated differently, report one event on two dates... */
const DATE_CONFLICT_JACCARD = 0.3;
/** ...or less alike claims that share a word right by the date ("the Jan. 3 raid to capture"). */
const DATE_CONTEXT_JACCARD = 0.15;

export function dateEdges(ctx: MatchContext, a: IndexedArticle): MatchEdge[] {
  const edges: MatchEdge[] = [];
  for (const [path, links] of ctx.links(a.path)) {
    const b = ctx.article(path);
    if (!b || ctx.storyOf(a.path) !== ctx.storyOf(b.path)) continue;
    const byDate = new Map<number, ClaimPair[]>();
    for (const p of links.dates) groupInto(byDate, p.mine, p);
    addSameDatesByContext(a, b, byDate);
    for (const [mine, candidates] of byDate) {
      // The event is the most alike claim, judged first by the words around the date: another
      // event on the same day elsewhere in the article must not count.
      const x = a.dates[mine]!;
      const near = (p: (typeof candidates)[number]) => sharedCount(x.context, b.dates[p.theirs]!.context);
      const score = (p: (typeof candidates)[number]) => near(p) * 10 + p.jaccard;
      const best = candidates.reduce((u, v) => (score(v) > score(u) ? v : u));
      // Any date of that claim may be the one that matches ("in 1994 and in 2021").
      const closest = candidates.filter((p) => b.dates[p.theirs]!.claim === b.dates[best.theirs]!.claim);
      const sameEvent = best.jaccard >= DATE_CONFLICT_JACCARD || (near(best) >= 1 && best.jaccard >= DATE_CONTEXT_JACCARD);
      const agreeing = closest.filter((p) => datesOverlap(x.range, b.dates[p.theirs]!.range));
      const conflicting = sameEvent && datesConflict(x.range, b.dates[best.theirs]!.range) ? [best] : [];
      const chosen = agreeing.length > 0 ? agreeing : conflicting;
      for (const p of chosen) {
        const dx = a.facts.dates[x.date]!;
        const dy = b.facts.dates[b.dates[p.theirs]!.date]!;
        const agrees = agreeing.length > 0;
        edges.push({
          kind: 'date',
          status: agrees ? 'agrees' : 'conflict',
          mine: location(a, dx.start, dx.end, { value: dx.value }),
          theirs: location(b, dy.start, dy.end, { value: dy.value }),
          note: agrees ? `same date: ${dx.value ?? dy.value ?? dx.text}` : `dates differ: ${dx.value ?? dx.text} vs ${dy.value ?? dy.text}`,
        });
      }
    }
  }
  return edges;
}

/**
 * Dates the claim links missed because their claims share a single keyword: the same date written
 * right by the same word ("an embargo imposed in 1962", "the embargo was instituted in 1962") is
 * the same fact. Only agreement is found this way; one shared word is too little to call a conflict.
 */
function addSameDatesByContext(a: IndexedArticle, b: IndexedArticle, byDate: Map<number, ClaimPair[]>): void {
  a.dates.forEach((x, mine) => {
    if (byDate.has(mine) || x.context.size === 0) return;
    b.dates.forEach((y, theirs) => {
      if (x.range.precision !== y.range.precision || !datesOverlap(x.range, y.range) || sharedCount(x.context, y.context) === 0) return;
      const overlap = keywordOverlap(a.claimKeywords[x.claim]!, b.claimKeywords[y.claim]!);
      groupInto(byDate, mine, { mine, theirs, ...overlap });
    });
  });
}

/** A claim, or one figure of a claim, that no other article on the story reports. */
export interface Unreported {
  claim: number;
  start: number;
  end: number;
  /** True when the claim is reported elsewhere but this figure of it is not ("around two dozen"). */
  figureOnly: boolean;
}

/** Other articles needed on a story before a claim only one of them makes is worth a hint. */
const MIN_OTHERS_FOR_UNREPORTED = 2;

/**
 * Claims with figures that no other article on the story reports, while at least two others cover
 * the story; and figures nobody else gives, added to a claim others do report.
 */
export function unreportedClaims(ctx: MatchContext, a: IndexedArticle): Unreported[] {
  if (ctx.storySize(a.path) - 1 < MIN_OTHERS_FOR_UNREPORTED) return [];
  const claimReported = new Set<number>();
  const figureReported = new Set<number>();
  for (const [path, links] of ctx.links(a.path)) {
    const b = ctx.article(path);
    if (!b || ctx.storyOf(a.path) !== ctx.storyOf(b.path)) continue;
    for (const p of links.similarClaims) claimReported.add(p.mine);
    for (const p of links.dates) if (datesOverlap(a.dates[p.mine]!.range, b.dates[p.theirs]!.range)) claimReported.add(a.dates[p.mine]!.claim);
    for (const p of links.figures) if (sameFigureClaim(ctx, a, p.mine, b, p.theirs, p.shared)) figureReported.add(p.mine);
  }
  const out: Unreported[] = [];
  const byClaim = new Map<number, number[]>();
  a.figures.forEach((f, i) => groupInto(byClaim, f.claim, i));
  for (const [c, figures] of byClaim) {
    const missing = figures.filter((i) => !figureReported.has(i));
    if (missing.length === 0) continue;
    const claim = a.facts.claims[c]!;
    if (missing.length < figures.length) {
      for (const i of missing) {
        const f = figureOf(a, i);
        out.push({ claim: c, start: f.start, end: f.end, figureOnly: true });
      }
    } else if (!claimReported.has(c)) {
      out.push({ claim: c, start: claim.start, end: claim.end, figureOnly: false });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
