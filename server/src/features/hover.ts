// Hover on a name: who or what it is across the collection and where else it appears. Hover on a
// quote: who said it and how the other sources word it.
import * as nodePath from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { Collection } from '../corpus/collection';
import type { EntityCluster, MatchGroup } from '../corpus/types';
import type { QuoteMention } from '../core/types';
import type { ArticleLocator } from './articleLocator';

export interface HoverContext {
  collection: Collection;
  root: string;
  locator: ArticleLocator;
}

export function hoverAt(context: HoverContext, path: string, offset: number): Hover | null {
  const cluster = context.collection.clusterAt(path, offset);
  if (cluster) return hoverOfEntity(context, path, cluster);
  const quote = context.collection.facts(path)?.quotes.find((q) => q.start - 1 <= offset && offset <= q.end);
  if (quote) return hoverOfQuote(context, path, quote);
  const groups = context.collection.matchesFor(path).filter((g) => g.members.some((m) => m.path === path && m.start <= offset && offset < m.end));
  return groups.length > 0 ? hoverOfMatches(context, path, groups) : null;
}

/** A figure, date or claim other articles also report: how each of them gives it. */
function hoverOfMatches({ root, locator }: HoverContext, path: string, groups: MatchGroup[]): Hover {
  const lines: string[] = [];
  for (const group of groups) {
    if (lines.length > 0) lines.push('', '---', '');
    lines.push(`**${group.kind}** · ${group.status}: ${escape(group.note)}`, '');
    for (const member of group.members.filter((m) => m.path !== path)) {
      lines.push(`- ${link(locator, root, member.path, member.start)}: “${escape(member.text)}”`);
    }
  }
  return { contents: markdown(lines) };
}

function hoverOfEntity({ root, locator }: HoverContext, path: string, cluster: EntityCluster): Hover {
  const lines = [`**${escape(cluster.name)}** · ${cluster.type}`];
  if (cluster.aliases.length > 0) lines.push('', `Also written: ${cluster.aliases.map(escape).join(', ')}`);
  const byArticle = new Map<string, EntityCluster['mentions']>();
  for (const mention of cluster.mentions) {
    if (!byArticle.has(mention.path)) byArticle.set(mention.path, []);
    byArticle.get(mention.path)?.push(mention);
  }
  const elsewhere = [...byArticle].filter(([other]) => other !== path).sort(([a], [b]) => (a < b ? -1 : 1));
  const here = byArticle.get(path)?.length ?? 0;
  lines.push('', `${countOf(here, 'mention')} in this article.`);
  if (elsewhere.length === 0) lines.push('', 'Not mentioned in any other article of the collection.');
  else {
    lines.push('', `Also in ${countOf(elsewhere.length, 'other article')}:`, '');
    for (const [other, mentions] of elsewhere) {
      const first = mentions.reduce((a, b) => (b.start < a.start ? b : a));
      lines.push(`- ${link(locator, root, other, first.start)} — ${countOf(mentions.length, 'mention')}`);
    }
  }
  return { contents: markdown(lines) };
}

function hoverOfQuote({ collection, root, locator }: HoverContext, path: string, quote: QuoteMention): Hover {
  const speaker = quote.speakerEntity === null ? null : collection.clusterIdOf(path, quote.speakerEntity);
  const speakerName = (speaker && collection.clusters().find((c) => c.id === speaker)?.name) ?? quote.speakerText;
  const lines = [`**${quote.kind} quote** · ${speakerName ? `speaker: ${escape(speakerName)}` : 'no speaker found'}`];
  const groups = collection
    .matchesFor(path)
    .filter((g: MatchGroup) => g.kind === 'quote' && g.members.some((m) => m.path === path && m.start < quote.end && quote.start < m.end));
  for (const group of groups) {
    lines.push('', `${group.status}: ${escape(group.note)}`, '');
    for (const member of group.members.filter((m) => m.path !== path)) {
      lines.push(`- ${link(locator, root, member.path, member.start)}: “${escape(member.text)}”`);
    }
  }
  if (groups.length === 0) lines.push('', 'No other source in the collection carries this quote.');
  return { contents: markdown(lines) };
}

function link(locator: ArticleLocator, root: string, path: string, offset: number): string {
  const line = locator.lines(path).positionAt(offset).line + 1;
  const name = nodePath.relative(root, path).split(nodePath.sep).join('/');
  return `[${escape(name)}](${locator.uriOf(path)}#L${line})`;
}

function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Article text is untrusted: keep it from being read as markdown or links. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-!<>|~]/g, '\\$&');
}

function markdown(lines: string[]): MarkupContent {
  return { kind: 'markdown', value: lines.join('\n') };
}
