// Prepares an article that was already read from disk (to check a findings snapshot) the way
// `WorkspaceIndex.prepareFromDisk` prepares one it reads itself, so a reopened collection's files are
// read once, not twice.
import { analyzeOptionsFor } from './collectionConfig';
import { relativeTo } from './collectionFiles';
import type { FactsCache } from './factsCache';
import type { ArticleRead } from './readArticle';
import type { PreparedArticle, WorkspaceIndex } from './workspaceIndex';

export async function preparedFromRead(index: WorkspaceIndex, cache: FactsCache, path: string, read: ArticleRead): Promise<PreparedArticle | undefined> {
  const owner = index.collectionOf(path);
  if (!owner) return undefined;
  if (!read.ok || read.text === owner.collection.text(path)) return { path, owner, read, facts: null };
  const facts = await cache.analyze(read.text, analyzeOptionsFor(owner.config, relativeTo(owner.root, path), null));
  return { path, owner, read, facts };
}
