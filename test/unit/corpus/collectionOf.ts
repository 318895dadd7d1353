// A collection built from invented articles with hand-marked facts.
import { Collection } from '../../../server/src/corpus/collection';
import { defaultConfig } from '../../../server/src/corpus/config';
import type { CollectionConfig, CollectionDiagnostic } from '../../../server/src/corpus/types';
import { ArticleSpec, buildFacts } from './buildFacts';

export function collectionOf(articles: Record<string, [string, ArticleSpec]>, config: Partial<CollectionConfig> = {}): Collection {
  const collection = new Collection({ ...defaultConfig(), ...config });
  for (const [path, [text, spec]] of Object.entries(articles)) collection.update(path, text, buildFacts(text, spec));
  return collection;
}

export function codes(collection: Collection, path: string): string[] {
  return collection.diagnostics(path).map((d) => d.code);
}

export function only(collection: Collection, path: string, code: string): CollectionDiagnostic[] {
  return collection.diagnostics(path).filter((d) => d.code === code);
}
