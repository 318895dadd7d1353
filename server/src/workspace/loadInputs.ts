// Turns the command line's files and folders into analysed collections. Articles are grouped by the
// collection (`.crosscheck.json`) they belong to; a folder without one is a collection with defaults, and
// loose files without one form a single collection together.
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { analyzeArticle } from '../core/analyze';
import { analysedOrFailureLater } from '../corpus/analysisFailure';
import { Collection } from '../corpus/collection';
import type { CollectionConfig } from '../corpus/types';
import { articleMatcher, analyzeOptionsFor, configProblemLine, loadCollectionConfig, type ConfigLoad } from './collectionConfig';
import { collectionRootOf, collectionRootsFor, listArticles, relativeTo } from './collectionFiles';
import { AnalysisPool, type Analyse } from './analysisPool';
import type { FactsCache } from './factsCache';
import { isInside } from './insideFolder';
import { preparedInOrder } from './preparedInOrder';
import { readArticle, readProblemLine } from './readArticle';
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
  /** Told about files skipped for their size; not a failure. */
  notice: (message: string) => void;
  /**
   * Told, in one line naming the file (and the place when there is one), about input that could not be
   * used: a missing path, a folder or file that cannot be read, a binary or non-UTF-8 file, a broken
   * `.crosscheck.json`. Everything else is still read and analysed.
   */
  problem: (message: string) => void;
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

export async function loadInputs(inputs: string[], options: InputOptions): Promise<LoadedCollection[]> {
  const shown = (path: string) => displayPath(options.cwd, path);
  const configs = new Map<string, Promise<ConfigLoad>>();
  // Each collection's config is read once, and a broken one told of once, however many inputs it covers.
  const configOf = (root: string): Promise<ConfigLoad> => {
    let load = configs.get(root);
    if (!load) {
      load = loadCollectionConfig(root === LOOSE_FILES ? null : root).then((loaded) => {
        if (loaded.problem) options.problem(configProblemLine(loaded.problem, shown));
        return loaded;
      });
      configs.set(root, load);
    }
    return load;
  };
  const membersByRoot = new Map<string, Set<string>>();
  const add = (root: string, path: string) => {
    const members = membersByRoot.get(root) ?? new Set<string>();
    members.add(path);
    membersByRoot.set(root, members);
  };
  for (const input of inputs) {
    const absolute = nodePath.resolve(options.cwd, input);
    const stat = await fs.stat(absolute).catch(() => null);
    if (!stat) {
      options.problem(`${input}: no such file or folder`);
      continue;
    }
    if (stat.isDirectory()) {
      const roots = await collectionRootsFor(absolute);
      // A folder outside any collection is one itself, with defaults, beside the collections inside it.
      if (!(await collectionRootOf(absolute))) roots.push(absolute);
      const unreadable = (folder: string, code: string) => {
        if (isInside(absolute, folder)) options.problem(`${shown(folder)}: folder cannot be read (${code}); its articles are not checked`);
      };
      for (const root of roots) {
        const { config } = await configOf(root);
        for (const path of await listArticles(root, articleMatcher(config), unreadable)) {
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
      loaded.push(await analyzeCollection(root, await configOf(root), [...members].sort(), options, analysis));
    }
    return loaded;
  } finally {
    await pool?.close();
  }
}

async function analyzeCollection(root: string, { config, severity }: ConfigLoad, paths: string[], options: InputOptions, analysis: Analysis): Promise<LoadedCollection> {
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
      if (read.problem === 'too-large') options.notice(`${shown}: ${read.reason}`);
      else options.problem(readProblemLine(shown, read));
      return;
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
