// Find All References on a name: every mention of the same person, organisation or place in every
// article of the collection.
import type { Location } from 'vscode-languageserver';
import type { Collection } from '../corpus/collection';
import type { ArticleLocator } from './articleLocator';

export function referencesAt(collection: Collection, path: string, offset: number, locator: ArticleLocator): Location[] {
  const cluster = collection.clusterAt(path, offset);
  if (!cluster) return [];
  return [...cluster.mentions]
    .sort((a, b) => (a.path === b.path ? a.start - b.start : a.path < b.path ? -1 : 1))
    .map((mention) => locator.location(mention.path, mention.start, mention.end));
}
