// Match groups for the panel and the CLI: judged edges of one kind joined into groups of places that
// report the same quote, figure or date, plus claims no other source reports.
import type { IndexedArticle } from './articleIndex';
import type { DiagnosticContext } from './diagnostics';
import { unreportedClaims } from './claimMatching';
import { edgesOf } from './matching';
import type { MatchGroup, MatchMember, MatchStatus } from './types';
import { groupInto } from './matchEdge';

const RANK: Record<MatchStatus, number> = { uncorroborated: 0, agrees: 1, variant: 2, conflict: 3 };

/**
 * What `work` finds for one article, or nothing when it fails: that article's findings report the
 * failure, and the other articles' groups are still made.
 */
function orNothing<T>(work: () => T[]): T[] {
  try {
    return work();
  } catch {
    return [];
  }
}

/**
 * Groups the matches the given articles take part in. `whollyDerivedFrom` names the articles each
 * article rewrites, so that a rewrite does not count as an independent origin.
 */
export function groupMatches(
  ctx: DiagnosticContext,
  articles: IndexedArticle[],
  whollyDerivedFrom: (path: string) => string[],
): MatchGroup[] {
  const parent = new Map<string, string>();
  const members = new Map<string, MatchMember>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const add = (kind: string, m: MatchMember): string => {
    const key = `${kind}\u0000${m.path}\u0000${m.start}\u0000${m.end}`;
    if (!parent.has(key)) {
      parent.set(key, key);
      members.set(key, m);
    }
    return key;
  };
  const status = new Map<string, MatchStatus>();
  const notes = new Map<string, string>();
  const edgeInfo: { key: string; status: MatchStatus; note: string }[] = [];
  for (const a of articles) {
    for (const e of orNothing(() => edgesOf(ctx, a))) {
      const x = add(e.kind, e.mine);
      const y = add(e.kind, e.theirs);
      const rx = find(x);
      const ry = find(y);
      if (rx !== ry) parent.set(rx < ry ? ry : rx, rx < ry ? rx : ry);
      edgeInfo.push({ key: x, status: e.status, note: e.note });
    }
  }
  for (const { key, status: s, note } of edgeInfo) {
    const root = find(key);
    const current = status.get(root);
    if (current === undefined || RANK[s] > RANK[current]) {
      status.set(root, s);
      notes.set(root, note);
    }
  }

  const byRoot = new Map<string, MatchMember[]>();
  for (const key of members.keys()) {
    const root = find(key);
    groupInto(byRoot, root, members.get(key)!);
  }
  const groups: MatchGroup[] = [];
  for (const [root, list] of byRoot) {
    list.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : x.start - y.start));
    const kind = root.slice(0, root.indexOf('\u0000')) as MatchGroup['kind'];
    groups.push({
      id: `${kind}:${list[0]!.path}:${list[0]!.start}`,
      kind,
      status: status.get(root) ?? 'agrees',
      members: list,
      origins: originsOf(list, whollyDerivedFrom),
      note: notes.get(root) ?? '',
      story: ctx.storyOf(list[0]!.path),
    });
  }
  for (const a of articles) {
    for (const u of orNothing(() => unreportedClaims(ctx, a))) {
      const member = { path: a.path, start: u.start, end: u.end, text: a.text.slice(u.start, u.end) };
      groups.push({
        id: `claim:${a.path}:${u.start}`,
        kind: 'claim',
        status: 'uncorroborated',
        members: [member],
        origins: 1,
        note: 'no other source on this story reports it',
        story: ctx.storyOf(a.path),
      });
    }
  }
  return groups.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Articles in the group, less those that rewrite another article of the group. */
function originsOf(list: MatchMember[], whollyDerivedFrom: (path: string) => string[]): number {
  const paths = new Set(list.map((m) => m.path));
  let origins = 0;
  for (const p of paths) if (!whollyDerivedFrom(p).some((q) => paths.has(q) && q !== p)) origins++;
  return Math.max(1, origins);
}
