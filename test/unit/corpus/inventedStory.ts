// An invented story for edit tests: paragraphs that outlets rewrite from each other, with the quotes,
// figures, dates, names and citations that make articles link, conflict and tie into stories, and one
// paragraph of another story. Articles are built from these paragraphs, so near-duplicates are easy.
import { analyzeArticle } from '../../../server/src/core/analyze';
import { Collection } from '../../../server/src/corpus/collection';
import { defaultConfig } from '../../../server/src/corpus/config';
import type { CollectionConfig } from '../../../server/src/corpus/types';

export const PARAGRAPHS = [
  '“We heard the cables snap one after another, like gunshots,” said Talia Voss, a transit inspector.',
  '“We heard the cables snap one after the other, like gunshots,” said Talia Voss.',
  '“We heard the cables snap,” Voss said.',
  'At least 14 people were injured when the Kestrel Bridge gave way on Tuesday, March 3, according to the Fenwick Wire.',
  'At least 17 people were injured when the Kestrel Bridge gave way on Wednesday, March 4, the Dunmere Transit Board said.',
  'Mayor Oren Castellane said the bridge had been inspected 2 years ago and promised a full inquiry.',
  'Mayor Oren Castellan said the bridge had been inspected 3 years ago.',
  'The Dunmere Transit Board closed 3 routes and said repairs would cost $4.2 million.',
  'Repairs will cost $5 million, officials at the Dunmere Transit Board said, according to the Fenwick Wire.',
  '“Nobody should have been on that deck,” Castellane told reporters.',
  'Traffic was diverted through the old quarry road, which residents say is too narrow for buses.',
  'Ferry operator Lise Harker said 400 commuters used her boats on Wednesday.',
  '“It is a miracle that no one died,” said paramedic Yusuf Okafor of the Dunmere Ambulance Service.',
  'The Ashby orchard festival drew 2,000 visitors on Saturday, organiser Bram Telford said.',
];

/** Outlets of the first articles; the first is the wire the others cite. */
const OUTLETS = ['Fenwick Wire', 'Dunmere Courier', 'Harbour Lantern'];

export function pathOf(article: number): string {
  return `desk/article-${article}.${article % 3 === 2 ? 'md' : 'txt'}`;
}

/** An article's text: a headline and its paragraphs, blank lines between. */
export function articleText(article: number, paragraphs: readonly number[]): string {
  if (paragraphs.length === 0) return '';
  return [`Bridge report ${article}`, ...paragraphs.map((p) => PARAGRAPHS[p % PARAGRAPHS.length]!)].join('\n\n') + '\n';
}

export function storyConfig(): CollectionConfig {
  const config = defaultConfig();
  OUTLETS.forEach((outlet, i) => (config.outlets[pathOf(i)] = outlet));
  config.published[pathOf(1)] = '2026-03-05';
  return config;
}

export function analysed(config: CollectionConfig, path: string, text: string) {
  return analyzeArticle(text, { published: config.published[path] ?? null, outlet: config.outlets[path] ?? null });
}

/** A collection read in fresh from `texts`, in path order, as the CLI and the server read one in. */
export function freshCollection(config: CollectionConfig, texts: ReadonlyMap<string, string>, commonAbove?: number): Collection {
  const collection = new Collection(config, commonAbove);
  for (const [path, text] of [...texts].sort(([x], [y]) => (x < y ? -1 : 1))) collection.load(path, text, analysed(config, path, text));
  return collection;
}

/** Everything a user can see of a collection, by article, for comparing two collections. */
export function everythingSeen(collection: Collection): Record<string, unknown> {
  const seen: Record<string, unknown> = { clusters: collection.clusters(), matches: collection.matches() };
  for (const path of collection.paths()) {
    seen[path] = {
      diagnostics: collection.diagnostics(path),
      story: collection.storyOf(path),
      provenance: collection.provenanceOf(path),
      matches: collection.matchesFor(path),
    };
  }
  return seen;
}
