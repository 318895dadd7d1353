// A collection of invented article texts run through the whole analysis core, as the CLI would.
import { analyzeArticle } from '../../../server/src/core/analyze';
import { Collection } from '../../../server/src/corpus/collection';
import { defaultConfig } from '../../../server/src/corpus/config';

export function analyzedCollection(articles: Record<string, string>, outlets: Record<string, string> = {}): Collection {
  const c = new Collection({ ...defaultConfig(), outlets });
  for (const [path, text] of Object.entries(articles)) c.update(path, text, analyzeArticle(text, { outlet: outlets[path] ?? null }));
  return c;
}

/** The text of each finding with this code in one article. */
export function findings(c: Collection, path: string, code: string): string[] {
  return c
    .diagnostics(path)
    .filter((d) => d.code === code)
    .map((d) => c.text(path)!.slice(d.start, d.end));
}
