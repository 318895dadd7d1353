// A persistent cache of single-article analyses, keyed by the text, the options the analysis got and
// the analyser build, so reopening a large collection reads facts instead of recomputing them. It lives
// in the extension's storage (or the command line's --cache-dir), never in the user's folder.
import { createHash } from 'node:crypto';
import { promises as fs, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { analyzeArticle } from '../core/analyze';
import type { AnalyzeOptions, ArticleFacts } from '../core/types';
import type { Analyse } from './analysisPool';
import { replaceFile } from './atomicFile';
import { checkedFacts } from './checkedFacts';
import { compactFacts } from './compactFacts';
import { factsJson } from './factsJson';

const analyseHere: Analyse = async (text, options) => analyzeArticle(text, options);

export class FactsCache {
  constructor(
    private readonly dir: string,
    /** Changes whenever the analyser may answer differently: its version and build. */
    private readonly analyserKey: string,
    /** Analyses what the cache does not hold: on this thread, or on an analysis pool's workers. */
    private readonly analyse: Analyse = analyseHere,
  ) {}

  /** The facts of `text`, from the cache when this build analysed the same text with the same options. */
  async analyze(text: string, options: AnalyzeOptions, analyse: Analyse = this.analyse): Promise<ArticleFacts> {
    const key = createHash('sha256').update(`${this.analyserKey}\0${JSON.stringify(options)}\0`).update(text).digest('hex');
    const file = nodePath.join(this.dir, key.slice(0, 2), `${key}.json`);
    const cached = await fs
      .readFile(file, 'utf8')
      .then((json) => checkedFacts(text, JSON.parse(json)))
      .catch(() => null);
    // Parsed facts hold copies of what the text already holds: the collection keeps them compacted.
    if (cached) return compactFacts(text, cached);
    const facts = await analyse(text, options);
    await this.store(file, facts);
    return facts;
  }

  /**
   * Replaced in one step, so a reader never sees half a file; failures only cost speed. Facts that JSON
   * would change are not kept: the next run analyses that text again.
   */
  private async store(file: string, facts: ArticleFacts): Promise<void> {
    const json = factsJson(facts);
    if (json === null) return;
    try {
      await replaceFile(file, json);
    } catch {
      // The next run analyses the text again.
    }
  }
}

/** Identifies the running analyser build: the package version and the bundle's size and time. */
export function analyserKey(version: string, bundle: string): string {
  try {
    const stat = statSync(bundle);
    return `${version}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return version;
  }
}
