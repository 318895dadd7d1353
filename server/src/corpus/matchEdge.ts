// What judged matches look like, and what judging them needs to know about the collection.
import type { IndexedArticle } from './articleIndex';
import type { PairLinks } from './pairs';
import type { EntityType } from '../core/types';
import type { MatchKind, MatchMember } from './types';

export interface MatchContext {
  article(path: string): IndexedArticle | undefined;
  /** Links from this article to each other article. */
  links(path: string): ReadonlyMap<string, PairLinks>;
  storyOf(path: string): string;
  /** How many articles the article's story holds, itself included. */
  storySize(path: string): number;
  /** The articles of the article's story, itself included. */
  storyMembers(path: string): readonly string[];
  clusterIdOf(path: string, entity: number): string | undefined;
}

export interface MatchEdge {
  kind: MatchKind;
  status: 'agrees' | 'variant' | 'conflict';
  /** The place in the article the edges were asked for, and the place in the other article. */
  mine: MatchMember;
  theirs: MatchMember;
  note: string;
  /** For quotes: the aligned parts of each wording, which a fix swaps. */
  mineWindow?: { start: number; end: number };
  theirsWindow?: { start: number; end: number };
  /** For a figure the other article updates: days from this article's publication to the other's (negative: earlier). */
  publishedApart?: number;
}

export function location(a: IndexedArticle, start: number, end: number, extra: Partial<MatchMember> = {}): MatchMember {
  return { path: a.path, start, end, text: a.text.slice(start, end), ...extra };
}

/** The other articles of the article's story that it has links to. */
export function linkedInStory(ctx: MatchContext, a: IndexedArticle): IndexedArticle[] {
  const out: IndexedArticle[] = [];
  for (const path of ctx.links(a.path).keys()) {
    const b = ctx.article(path);
    if (b && ctx.storyOf(path) === ctx.storyOf(a.path)) out.push(b);
  }
  return out;
}

/**
 * Who an entity of the article is across the story: its cluster, or, in none, a key of its own that
 * no other article shares.
 */
export function clusterKeyOf(ctx: MatchContext, a: IndexedArticle, entity: number): string {
  return ctx.clusterIdOf(a.path, entity) ?? `${a.path}#${entity}`;
}

/** The entities of one type among `entities`, by who they are across the story (`clusterKeyOf`). */
export function clustersOf(ctx: MatchContext, a: IndexedArticle, entities: readonly number[], type: EntityType): string[] {
  return entities.filter((e) => a.facts.entityList[e]?.type === type).map((e) => clusterKeyOf(ctx, a, e));
}

/** How many words two sets share. */
/** How many of the distinct words `a` are among `b`; word lists are short, so arrays beat sets. */
export function sharedCount(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const k of a) if (b.includes(k)) n++;
  return n;
}

/** Appends a value to the list kept under a key. */
export function groupInto<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
