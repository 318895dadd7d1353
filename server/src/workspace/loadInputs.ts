// Turns the command line's files and folders into analysed collections. Articles are grouped by the
// collection (`.crosscheck.json`) they belong to; a folder without one is a collection with defaults, and
// loose files without one form a single collection together.
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { analyzeArticle } from '../core/analyze';
import { Collection } from '../corpus/collection';
import type { CollectionConfig } from '../corpus/types';
import { articleMatcher, analyzeOptionsFor, loadCollectionConfig } from './collectionConfig';
import { collectionRootOf, collectionRootsFor, listArticles, relativeTo } from './collectionFiles';
import type { FactsCache } from './factsCache';
import { readArticle } from './readArticle';
import type { SeverityChoices } from './severity';

export interface LoadedCollection {
  root: string;
  config: CollectionConfig;
  severity: SeverityChoices;
  collection: Collection;
}

export interface InputOptions {
  cwd: string;
  /** Fallback publication date (`--published`). */
  published: string | null;
  maxFileSizeKB: number;
  /** Keeps analyses between runs (`--cache-dir`), if given. */
  cache: FactsCache | null;
  /** Told about files skipped and configs that could not be used; never fatal. */
  notice: (message: string) => void;
}

/** Files named on the command line outside any collection are compared with each other, with defaults. */
const LOOSE_FILES = '';

/** Thrown for input the command cannot work with: a missing path or an unreadable article. */
export class InputError extends Error {}

export async function loadInputs(inputs: string[], options: InputOptions): Promise<LoadedCollection[]> {
  const membersByRoot = new Map<string, Set<string>>();
  const add = (root: string, path: string) => {
    const members = membersByRoot.get(root) ?? new Set<string>();
    members.add(path);
    membersByRoot.set(root, members);
  };
  for (const input of inputs) {
    const absolute = nodePath.resolve(options.cwd, input);
    const stat = await fs.stat(absolute).catch(() => null);
    if (!stat) throw new InputError(`${input}: no such file or folder`);
    if (stat.isDirectory()) {
      const roots = await collectionRootsFor(absolute);
      // A folder outside any collection is one itself, with defaults, beside the collections inside it.
      if (!(await collectionRootOf(absolute))) roots.push(absolute);
      for (const root of roots) {
        const { config } = await loadCollectionConfig(root);
        for (const path of await listArticles(root, articleMatcher(config))) {
          if (isInside(absolute, path)) add(root, path);
        }
      }
    } else {
      add((await collectionRootOf(nodePath.dirname(absolute))) ?? LOOSE_FILES, absolute);
    }
  }
  const loaded: LoadedCollection[] = [];
  for (const [root, members] of [...membersByRoot].sort(([a], [b]) => (a < b ? -1 : 1))) {
    loaded.push(await analyzeCollection(root, [...members].sort(), options));
  }
  return loaded;
}

async function analyzeCollection(root: string, paths: string[], options: InputOptions): Promise<LoadedCollection> {
  const { config, severity, problem } = await loadCollectionConfig(root === LOOSE_FILES ? null : root);
  if (problem) options.notice(problem);
  const collection = new Collection(config);
  for (const path of paths) {
    const shown = displayPath(options.cwd, path);
    const read = await readArticle(path, options.maxFileSizeKB);
    if (!read.ok) {
      if (read.problem === 'too-large') {
        options.notice(`${shown}: ${read.reason}`);
        continue;
      }
      throw new InputError(`${shown}: ${read.reason}`);
    }
    const analyzeOptions = analyzeOptionsFor(config, relativeTo(root, path), options.published);
    const facts = options.cache ? await options.cache.analyze(read.text, analyzeOptions) : analyzeArticle(read.text, analyzeOptions);
    collection.update(shown, read.text, facts);
  }
  return { root, config, severity, collection };
}

/** Paths as the user typed them: relative to the current folder, with forward slashes. */
export function displayPath(cwd: string, path: string): string {
  const relative = nodePath.relative(cwd, path);
  return (relative === '' ? nodePath.basename(path) : relative).split(nodePath.sep).join('/');
}

function isInside(folder: string, path: string): boolean {
  const relative = nodePath.relative(folder, path);
  return relative === '' || (!relative.startsWith('..') && !nodePath.isAbsolute(relative));
}
