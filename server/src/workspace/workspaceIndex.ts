// The article collections of an editor workspace, kept up to date for the language server: which
// collection each file belongs to, its analysis, and what changed after each edit. No editor types here.
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { analyzeArticle } from '../core/analyze';
import { analysedOrFailure, analysedOrFailureLater, isFailure, type AnalysisFailure } from '../corpus/analysisFailure';
import { Collection } from '../corpus/collection';
import type { CollectionConfig } from '../corpus/types';
import type { AnalyzeOptions, ArticleFacts } from '../core/types';
import { analyzeOptionsFor, articleMatcher, configProblemLine, loadCollectionConfig, type ConfigProblem } from './collectionConfig';
import { collectionRootsFor, listArticles, relativeTo } from './collectionFiles';
import type { PathMatcher } from './glob';
import type { Analyse } from './analysisPool';
import type { FactsCache } from './factsCache';
import { analysedPart } from './analysedPart';
import { isInside, leadsInside } from './insideFolder';
import { readArticle, readProblemLine, type ArticleRead } from './readArticle';
import type { SeverityChoices } from './severity';

export interface ArticleCollection {
  root: string;
  config: CollectionConfig;
  /** Why `.crosscheck.json` could not be used, or null. */
  configProblem: ConfigProblem | null;
  /** The collection's own severities from `.crosscheck.json`; the editor settings apply on top. */
  severity: SeverityChoices;
  /** The text the config was read from, or null when there was none. */
  configText: string | null;
  isArticle: PathMatcher;
  collection: Collection;
}

export interface IndexOptions {
  maxFileSizeKB: () => number;
  /** Where analyses of files read from disk are kept between sessions, if anywhere. */
  cache: () => FactsCache | undefined;
  /** Told about skipped files and broken configs, for the user's output channel. */
  notice: (message: string) => void;
  /** Analyses files read from disk, possibly on other threads; edits are analysed on the calling one. */
  analyse?: Analyse;
}

/** A file read and analysed, not yet in its collection: many are prepared at once, then applied in order. */
export interface PreparedArticle {
  path: string;
  owner: ArticleCollection;
  read: ArticleRead;
  /** Null when the text needs no analysis (unchanged, or not an article text). */
  facts: ArticleFacts | AnalysisFailure | null;
}

/** Enough for V8 to optimise an edit's loops on a typical article (about 10 ms each once it has). */
const WARM_UP_EDITS = 5;

export class WorkspaceIndex {
  private readonly byRoot = new Map<string, ArticleCollection>();
  /** Open documents analysed only up to the size limit, so the user is told once, not every keystroke. */
  private readonly cutDocuments = new Set<string>();

  constructor(private readonly options: IndexOptions) {}

  /** Finds the collections covering `folder` and returns their article files, not yet read. */
  async addFolder(folder: string): Promise<string[]> {
    const files: string[] = [];
    for (const root of await collectionRootsFor(folder)) {
      const known = this.byRoot.get(root) ?? (await this.openCollection(root));
      const unreadable = (dir: string, code: string) => this.options.notice(`${dir}: folder cannot be read (${code}); its articles are not indexed`);
      files.push(...(await listArticles(root, known.isArticle, unreadable)));
    }
    return files;
  }

  /** Forgets the collection at `root` and returns the paths it held, so their findings can be cleared. */
  dropCollection(root: string): string[] {
    const known = this.byRoot.get(root);
    this.byRoot.delete(root);
    return known ? known.collection.paths() : [];
  }

  roots(): string[] {
    return [...this.byRoot.keys()].sort();
  }

  collections(): ArticleCollection[] {
    return [...this.byRoot.values()];
  }

  /** The collection `path` is an article of: the deepest root above it whose globs take it. */
  collectionOf(path: string): ArticleCollection | undefined {
    let best: ArticleCollection | undefined;
    for (const candidate of this.byRoot.values()) {
      if (!isInside(candidate.root, path)) continue;
      if (!best || candidate.root.length > best.root.length) best = candidate;
    }
    return best && best.isArticle(relativeTo(best.root, path)) ? best : undefined;
  }

  /**
   * Analyses `text` as the current content of `path`, an open document; returns every path whose
   * findings changed. A document over the size limit is analysed up to it, and the user told once.
   */
  setText(path: string, text: string): string[] {
    const owner = this.collectionOf(path);
    if (!owner) return [];
    const part = this.partOf(path, text);
    return owner.collection.update(path, part, this.analyseNow(owner, path, part));
  }

  /** The part of an open document's text that is analysed, telling the user when it first falls short. */
  private partOf(path: string, text: string): string {
    const maxKB = this.options.maxFileSizeKB();
    const part = analysedPart(text, maxKB);
    if (!part.cut) this.cutDocuments.delete(path);
    else if (!this.cutDocuments.has(path)) {
      this.cutDocuments.add(path);
      this.options.notice(`${path}: larger than ${maxKB} KB, only its first ${maxKB} KB are analysed while it is open`);
    }
    return part.text;
  }

  /**
   * Runs an edit's work a few times on an article, putting back the same text, which changes no
   * answer. Edits are analysed and applied on this thread, where the analyser and the code that takes
   * an article out of the indexes have not run yet after a collection is read in: without this, V8
   * compiles them during the first keystrokes, which then take several times longer.
   */
  warmUp(): void {
    for (const owner of this.collections()) {
      // An analysed article: one that failed would only fail again.
      const path = owner.collection.paths().find((p) => owner.collection.facts(p));
      if (!path) continue;
      const text = owner.collection.text(path)!;
      for (let i = 0; i < WARM_UP_EDITS; i++) owner.collection.update(path, text, this.analyseNow(owner, path, text));
      return;
    }
  }

  /** The corpus's text of `path`, whichever collection holds it. */
  textOf(path: string): string | undefined {
    for (const { collection } of this.byRoot.values()) {
      const text = collection.text(path);
      if (text !== undefined) return text;
    }
    return undefined;
  }

  /**
   * Facts for exactly `text`: the corpus's when it analysed this text, else a fresh single-article
   * analysis (an editor asks for colours before the debounced re-analysis has run).
   */
  factsFor(path: string, text: string): ArticleFacts | undefined {
    const owner = this.collectionOf(path);
    if (!owner) return undefined;
    const part = analysedPart(text, this.options.maxFileSizeKB()).text;
    if (owner.collection.text(path) === part) return owner.collection.facts(path);
    const facts = this.analyseNow(owner, path, part);
    return isFailure(facts) ? undefined : facts;
  }

  /** True when the `.crosscheck.json` at `configPath` now says something other than what was indexed. */
  async configChanged(configPath: string): Promise<boolean> {
    const known = this.byRoot.get(nodePath.dirname(configPath));
    const text = await fs.readFile(configPath, 'utf8').catch(() => null);
    return known ? known.configText !== text : text !== null;
  }

  /** Reads `path` from disk; an unusable file is reported and leaves the collection. */
  async loadFromDisk(path: string): Promise<string[]> {
    const owner = this.collectionOf(path);
    // A watched file may be a link planted in the collection: like the walk, reading never follows one out.
    if (owner && !(await leadsInside(owner.root)(path))) return this.remove(path);
    const prepared = await this.prepareFromDisk(path);
    return prepared ? this.applyPrepared(prepared) : [];
  }

  /** Reads and analyses `path` without changing any collection, so that many files can be in flight. */
  async prepareFromDisk(path: string): Promise<PreparedArticle | undefined> {
    if (!this.collectionOf(path)) return undefined;
    return this.prepareRead(path, await readArticle(path, this.options.maxFileSizeKB()));
  }

  /** Analyses a file already read, as prepareFromDisk does after reading it. */
  async prepareRead(path: string, read: ArticleRead): Promise<PreparedArticle | undefined> {
    const owner = this.collectionOf(path);
    if (!owner) return undefined;
    // Editors report one save through several watchers: the same text again needs no analysis.
    if (!read.ok || read.text === owner.collection.text(path)) return { path, owner, read, facts: null };
    const options = optionsFor(owner, path);
    const cache = this.options.cache();
    const analyse = this.options.analyse;
    const facts = await analysedOrFailureLater(async () =>
      cache ? cache.analyze(read.text, options) : analyse ? analyse(read.text, options) : analyzeArticle(read.text, options),
    );
    return { path, owner, read, facts };
  }

  /** Puts a prepared file into its collection; returns every path whose findings changed. */
  applyPrepared(prepared: PreparedArticle): string[] {
    return this.putPrepared(prepared, (collection, path, text, facts) => collection.update(path, text, facts));
  }

  /** Puts a prepared file into its collection while the workspace is being indexed: nothing is reported. */
  loadPrepared(prepared: PreparedArticle): void {
    this.putPrepared(prepared, (collection, path, text, facts) => {
      collection.load(path, text, facts);
      return [];
    });
  }

  private putPrepared(
    { path, owner, read, facts }: PreparedArticle,
    put: (collection: Collection, path: string, text: string, facts: ArticleFacts | AnalysisFailure) => string[],
  ): string[] {
    // The collection may have been dropped or re-read while the file was being read.
    if (this.collectionOf(path) !== owner) return [];
    if (!read.ok) {
      this.options.notice(readProblemLine(path, read));
      return this.remove(path);
    }
    if (read.text === owner.collection.text(path)) return [];
    return put(owner.collection, path, read.text, facts ?? this.analyseNow(owner, path, read.text));
  }

  /** Analyses `text` on this thread; text the analyser fails on costs that article only, never the server. */
  private analyseNow(owner: ArticleCollection, path: string, text: string): ArticleFacts | AnalysisFailure {
    return analysedOrFailure(() => analyzeArticle(text, optionsFor(owner, path)));
  }

  remove(path: string): string[] {
    const owner = this.collectionOf(path) ?? this.collections().find((c) => c.collection.text(path) !== undefined);
    return owner && owner.collection.text(path) !== undefined ? owner.collection.remove(path) : [];
  }

  private async openCollection(root: string): Promise<ArticleCollection> {
    const { config, severity, problem, text } = await loadCollectionConfig(root);
    if (problem) this.options.notice(configProblemLine(problem));
    const opened: ArticleCollection = {
      root,
      config,
      configProblem: problem,
      severity,
      configText: text,
      isArticle: articleMatcher(config),
      collection: new Collection(config),
    };
    this.byRoot.set(root, opened);
    return opened;
  }
}

/** The analysis options of an article of `owner`, as its `.crosscheck.json` sets them. */
function optionsFor(owner: ArticleCollection, path: string): AnalyzeOptions {
  return analyzeOptionsFor(owner.config, relativeTo(owner.root, path), null);
}
