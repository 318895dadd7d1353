// The findings Crosscheck reports on one article: cross-source conflicts and variants (each pointing
// at the other sources), claims nobody else reports, and per-article problems (unsourced claims,
// quotes without a speaker, names spelled unlike the rest of the collection: see nameVariants.ts).
import type { IndexedArticle } from './articleIndex';
import { unreportedClaims } from './claimMatching';
import { groupInto, type MatchEdge } from './matchEdge';
import { edgesOf } from './matching';
import { nameVariantDiagnostics, type NameVariantContext } from './nameVariants';
import { missingPublicationDateDiagnostics } from './publicationDate';
import { OriginContext, singleOriginDiagnostics } from './singleOrigin';
import type { CollectionDiagnostic, Fix } from './types';
import { unsourcedDiagnostics } from './unsourced';

export interface DiagnosticContext extends OriginContext, NameVariantContext {
  /** True when the user asked to ignore findings on this text. */
  ignored(text: string): boolean;
  /** False when the ignore list is empty, so nothing needs checking. */
  ignoresAnything: boolean;
}

export function articleDiagnostics(ctx: DiagnosticContext, a: IndexedArticle): CollectionDiagnostic[] {
  const edges = edgesOf(ctx, a);
  const all = [
    ...conflictDiagnostics(ctx, a, edges),
    ...updatedFigureDiagnostics(ctx, a, edges),
    ...quoteVariantDiagnostics(ctx, a, edges),
    ...uncorroboratedDiagnostics(ctx, a),
    ...unsourcedDiagnostics(a),
    ...unattributedQuoteDiagnostics(a),
    ...nameVariantDiagnostics(ctx, a),
    ...singleOriginDiagnostics(ctx, a, edges),
    ...missingPublicationDateDiagnostics(ctx, a),
  ];
  const kept = ctx.ignoresAnything ? all.filter((d) => !ctx.ignored(a.text.slice(d.start, d.end)) && !ctx.ignored(enclosingText(a, d.start, d.end))) : all;
  return kept.sort((x, y) => x.start - y.start || x.end - y.end || (x.code < y.code ? -1 : 1));
}

/** The quote or claim a diagnostic lies in, so ignoring a whole claim also silences its figures. */
function enclosingText(a: IndexedArticle, start: number, end: number): string {
  const holder = [...a.facts.quotes, ...a.facts.claims].find((s) => s.start <= start && end <= s.end);
  return holder ? holder.text : '';
}

function groupBySource(edges: MatchEdge[], kind: MatchEdge['kind'], status: MatchEdge['status']): MatchEdge[][] {
  const groups = new Map<string, MatchEdge[]>();
  for (const e of edges) {
    if (e.kind !== kind || e.status !== status) continue;
    const key = `${e.mine.start}:${e.mine.end}`;
    groupInto(groups, key, e);
  }
  return [...groups.values()];
}

function conflictDiagnostics(ctx: DiagnosticContext, a: IndexedArticle, edges: MatchEdge[]): CollectionDiagnostic[] {
  const out: CollectionDiagnostic[] = [];
  for (const group of groupBySource(edges, 'quote', 'conflict')) {
    const first = group[0]!;
    const window = first.mineWindow!;
    const fixes: Fix[] = group.map((e) => ({
      title: `Use ${ctx.outletOf(e.theirs.path)}'s wording`,
      kind: 'replace',
      start: window.start,
      end: window.end,
      newText: ctx.article(e.theirs.path)!.text.slice(e.theirsWindow!.start, e.theirsWindow!.end),
    }));
    out.push({
      path: a.path,
      start: window.start,
      end: window.end,
      severity: 'warning',
      code: 'conflicting-quote',
      message: `${ctx.outletOf(first.theirs.path)} quotes this differently: ${first.note.replace(/^worded differently: /, '')}`,
      related: group.map((e) => ({
        path: e.theirs.path,
        start: e.theirsWindow!.start,
        end: e.theirsWindow!.end,
        message: `${ctx.outletOf(e.theirs.path)}'s wording: “${ctx.article(e.theirs.path)!.text.slice(e.theirsWindow!.start, e.theirsWindow!.end)}”`,
      })),
      fixes,
    });
  }
  for (const kind of ['number', 'date'] as const) {
    for (const group of groupBySource(edges, kind, 'conflict')) {
      const first = group[0]!;
      const others = group.map((e) => `${ctx.outletOf(e.theirs.path)} says “${e.theirs.text}”`).join('; ');
      out.push({
        path: a.path,
        start: first.mine.start,
        end: first.mine.end,
        severity: 'warning',
        code: kind === 'number' ? 'conflicting-number' : 'conflicting-date',
        message:
          kind === 'number'
            ? `This figure (“${first.mine.text}”) disagrees with another source: ${others}`
            : `This ${String(first.mine.value).startsWith('T') ? 'time of day' : 'date'} (“${first.mine.text}”, ${first.mine.value}) disagrees with another source: ${others} (${first.theirs.value})`,
        related: group.map((e) => ({ path: e.theirs.path, start: e.theirs.start, end: e.theirs.end, message: `${ctx.outletOf(e.theirs.path)}: “${e.theirs.text}”` })),
        fixes:
          kind === 'number'
            ? group.map((e) => ({ title: `Use ${ctx.outletOf(e.theirs.path)}'s figure`, kind: 'replace', start: first.mine.start, end: first.mine.end, newText: e.theirs.text }))
            : [],
      });
    }
  }
  return out;
}

/**
 * A toll, tally, price or share given differently by an article of another day: news that moved on,
 * told as such ("“six” in an article published a day later") rather than as a conflict.
 */
function updatedFigureDiagnostics(ctx: DiagnosticContext, a: IndexedArticle, edges: MatchEdge[]): CollectionDiagnostic[] {
  return groupBySource(edges, 'number', 'variant').map((group) => {
    const first = group[0]!;
    const told = (e: MatchEdge) => `“${e.theirs.text}” in ${ctx.outletOf(e.theirs.path)}, published ${daysApart(e.publishedApart!)}`;
    const later = group.filter((e) => e.publishedApart! > 0);
    return {
      path: a.path,
      start: first.mine.start,
      end: first.mine.end,
      severity: 'information',
      code: 'updated-figure',
      message: `This figure (“${first.mine.text}”) changed between editions: ${group.map(told).join('; ')}`,
      related: group.map((e) => ({ path: e.theirs.path, start: e.theirs.start, end: e.theirs.end, message: `${ctx.outletOf(e.theirs.path)}, published ${daysApart(e.publishedApart!)}: “${e.theirs.text}”` })),
      fixes: later.map((e) => ({ title: `Use ${ctx.outletOf(e.theirs.path)}'s later figure`, kind: 'replace', start: first.mine.start, end: first.mine.end, newText: e.theirs.text })),
    } satisfies CollectionDiagnostic;
  });
}

/** "a day later", "3 days earlier". */
function daysApart(days: number): string {
  const n = Math.abs(days);
  return `${n === 1 ? 'a day' : `${n} days`} ${days > 0 ? 'later' : 'earlier'}`;
}

function quoteVariantDiagnostics(ctx: DiagnosticContext, a: IndexedArticle, edges: MatchEdge[]): CollectionDiagnostic[] {
  const conflicted = new Set(edges.filter((e) => e.kind === 'quote' && e.status === 'conflict').map((e) => e.mine.start));
  return groupBySource(edges, 'quote', 'variant')
    .filter((group) => !conflicted.has(group[0]!.mine.start))
    .map((group) => {
      const first = group[0]!;
      return {
        path: a.path,
        start: first.mine.start,
        end: first.mine.end,
        severity: 'hint',
        code: 'quote-variant',
        message: `${ctx.outletOf(first.theirs.path)} quotes the same words, ${first.note.replace(/^same words, /, '')}`,
        related: group.map((e) => ({ path: e.theirs.path, start: e.theirs.start, end: e.theirs.end, message: `${ctx.outletOf(e.theirs.path)}: “${e.theirs.text}”` })),
        fixes: [],
      } satisfies CollectionDiagnostic;
    });
}

function uncorroboratedDiagnostics(ctx: DiagnosticContext, a: IndexedArticle): CollectionDiagnostic[] {
  const others = ctx.storySize(a.path) - 1;
  return unreportedClaims(ctx, a).map(
    (u) =>
      ({
        path: a.path,
        start: u.start,
        end: u.end,
        severity: 'hint',
        code: 'uncorroborated-claim',
        message: u.figureOnly
          ? `No other source on this story gives this figure (“${a.text.slice(u.start, u.end)}”), though others report the claim`
          : `No other source on this story reports this claim (${others} other articles cover the story)`,
        related: [],
        fixes: [],
      }) satisfies CollectionDiagnostic,
  );
}

function unattributedQuoteDiagnostics(a: IndexedArticle): CollectionDiagnostic[] {
  return a.facts.quotes
    .filter((q) => q.kind === 'direct' && q.speakerText === null && q.speakerEntity === null)
    .map(
      (q) =>
        ({
          path: a.path,
          start: q.start,
          end: q.end,
          severity: 'warning',
          code: 'unattributed-quote',
          message: 'This quote names no speaker: say who said it',
          related: [],
          fixes: [{ title: 'Ignore this quote in this collection', kind: 'teach', teach: { ignore: q.text } }],
        }) satisfies CollectionDiagnostic,
    );
}
