// A collection of invented article texts run through the whole analysis core, as the CLI would.
import { analyzeArticle } from '../../../server/src/core/analyze';
import { Collection } from '../../../server/src/corpus/collection';
import { defaultConfig } from '../../../server/src/corpus/config';

export interface AnalysisSettings {
  /** Outlet of each article, as `.crosscheck.json` would name it. */
  outlets?: Record<string, string>;
  /** Publication date of each article, or one date for them all. */
  published?: Record<string, string | null> | string;
}

export function analyzedCollection(articles: Record<string, string>, { outlets = {}, published = {} }: AnalysisSettings = {}): Collection {
  const c = new Collection({ ...defaultConfig(), outlets });
  for (const [path, text] of Object.entries(articles)) {
    const date = typeof published === 'string' ? published : (published[path] ?? null);
    c.update(path, text, analyzeArticle(text, { outlet: outlets[path] ?? null, published: date }));
  }
  return c;
}

/** Invented articles, each given with its publication date. */
export function datedCollection(articles: Record<string, [published: string | null, text: string]>): Collection {
  const entries = Object.entries(articles);
  return analyzedCollection(Object.fromEntries(entries.map(([path, [, text]]) => [path, text])), {
    published: Object.fromEntries(entries.map(([path, [date]]) => [path, date])),
  });
}

/** The text of each finding with this code in one article. */
export function findings(c: Collection, path: string, code: string): string[] {
  return c
    .diagnostics(path)
    .filter((d) => d.code === code)
    .map((d) => c.text(path)!.slice(d.start, d.end));
}
