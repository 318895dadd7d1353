// Turns the command line's files and folders into analysed collections. Articles are grouped by the
// collection (`.crosscheck.json`) they belong to; a folder without one is a collection with defaults, and
// loose files without one form a single collection together.
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { analyzeArticle } from '../core/analyze';
import { analysedOrFailureLater } from '../corpus/analysisFailure';
import { Collection } from '../corpus/collection';
import type { CollectionConfig } from '../corpus/types';
import { articleMatcher, analyzeOptionsFor, loadCollectionConfig } from './collectionConfig';
import { collectionRootOf, collectionRootsFor, listArticles, relativeTo } from './collectionFiles';
import { AnalysisPool, type Analyse } from './analysisPool';
import type { FactsCache } from './factsCache';
import { isInside } from './insideFolder';
import { preparedInOrder } from './preparedInOrder';
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

/** Below this many articles, starting worker threads costs more than it saves. */
const PARALLEL_FROM_ARTICLES = 48;
/** Articles read and analysed ahead of the one being added, per analysis thread. */
const PREPARED_AHEAD_PER_THREAD = 4;

interface Analysis {
  analyse: Analyse;
  ahead: number;
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
  const articles = [...membersByRoot.values()].reduce((sum, members) => sum + members.size, 0);
  const pool = articles >= PARALLEL_FROM_ARTICLES ? new AnalysisPool() : null;
  const analysis: Analysis = pool
    ? { analyse: pool.analyze, ahead: PREPARED_AHEAD_PER_THREAD * pool.threads }
    : { analyse: async (text, analyzeOptions) => analyzeArticle(text, analyzeOptions), ahead: 1 };
  try {
    const loaded: LoadedCollection[] = [];
    for (const [root, members] of [...membersByRoot].sort(([a], [b]) => (a < b ? -1 : 1))) {
      loaded.push(await analyzeCollection(root, [...members].sort(), options, analysis));
    }
    return loaded;
  } finally {
    await pool?.close();
  }
}

async function analyzeCollection(root: string, paths: string[], options: InputOptions, analysis: Analysis): Promise<LoadedCollection> {
  const { config, severity, problem } = await loadCollectionConfig(root === LOOSE_FILES ? null : root);
  if (problem) options.notice(problem);
  const collection = new Collection(config);
  const prepare = async (path: string) => {
    const read = await readArticle(path, options.maxFileSizeKB);
    if (!read.ok) return { read, facts: null };
    const analyzeOptions = analyzeOptionsFor(config, relativeTo(root, path), options.published);
    // An article the analyser fails on is reported as such; the others are analysed as usual.
    const facts = await analysedOrFailureLater(() =>
      options.cache ? options.cache.analyze(read.text, analyzeOptions, analysis.analyse) : analysis.analyse(read.text, analyzeOptions),
    );
    return { read, facts };
  };
  // Articles are analysed in parallel and added in path order, so the answers never depend on timing.
  await preparedInOrder(paths, analysis.ahead, prepare, (path, { read, facts }) => {
    const shown = displayPath(options.cwd, path);
    if (!read.ok) {
      if (read.problem === 'too-large') {
        options.notice(`${shown}: ${read.reason}`);
        return;
      }
      throw new InputError(`${shown}: ${read.reason}`);
    }
    collection.load(shown, read.text, facts!);
  });
  return { root, config, severity, collection };
}

/** Paths as the user typed them: relative to the current folder, with forward slashes. */
export function displayPath(cwd: string, path: string): string {
  const relative = nodePath.relative(cwd, path);
  return (relative === '' ? nodePath.basename(path) : relative).split(nodePath.sep).join('/');
}
