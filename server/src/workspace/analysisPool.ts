// Analyses articles on worker threads, one per core, so indexing a large collection uses every core
// while the main thread keeps answering hovers and edits. Workers start with the first article and
// stop after a moment without work, so an idle server holds no analyser copies. Where no worker can
// be started (one core, or the worker script is missing) articles are analysed on the calling thread.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import * as nodePath from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeArticle } from '../core/analyze';
import type { AnalyzeOptions, ArticleFacts } from '../core/types';
import { compactFacts } from './compactFacts';

export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

/**
 * Facts travel as JSON: parsing it shares the names and words every article repeats (V8 keeps one copy
 * of each short string it parses), where a structured clone would make a copy of each for every article.
 * The few facts JSON cannot carry unchanged are cloned.
 */
export type AnalysisReply = { id: number; factsJson: string } | { id: number; facts: ArticleFacts } | { id: number; error: string };

export type Analyse = (text: string, options: AnalyzeOptions) => Promise<ArticleFacts>;

interface Pending {
  worker: Worker;
  text: string;
  resolve: (facts: ArticleFacts) => void;
  reject: (error: Error) => void;
}

export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly size: number;

  /**
   * `size` workers (default: one per core) running `script` (the bundle's worker or, from sources,
   * the .ts one), stopped after `idleMs` without work.
   */
  constructor(
    size = availableParallelism(),
    private readonly script = workerScript(),
    private readonly idleMs = 2000,
  ) {
    this.size = script && size >= 2 ? size : 1;
  }

  get threads(): number {
    return this.size;
  }

  /** Workers started and not yet stopped. */
  get running(): number {
    return this.workers.length;
  }

  private start(): void {
    if (this.size < 2 || this.workers.length > 0) return;
    const script = this.script!;
    for (let i = 0; i < this.size; i++) {
      const worker = script.endsWith('.ts') ? sourceWorker(script) : new Worker(script);
      worker.unref();
      worker.on('message', (reply: AnalysisReply) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(worker, error));
      this.workers.push(worker);
      this.load.set(worker, 0);
    }
  }

  /** The facts of `text`, from the least busy worker. */
  analyze: Analyse = (text, options) => {
    clearTimeout(this.idleTimer);
    this.start();
    const worker = this.leastBusy();
    if (!worker) return Promise.resolve().then(() => analyzeArticle(text, options));
    const id = this.nextId++;
    this.adjustLoad(worker, 1);
    const request: AnalysisRequest = { id, text, options };
    return new Promise<ArticleFacts>((resolve, reject) => {
      this.pending.set(id, { worker, text, resolve, reject });
      worker.postMessage(request);
    });
  };

  private stopWhenIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
    this.idleTimer.unref();
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const workers = this.workers.splice(0);
    this.load.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private leastBusy(): Worker | undefined {
    let best: Worker | undefined;
    for (const worker of this.workers) if (!best || this.load.get(worker)! < this.load.get(best)!) best = worker;
    return best;
  }

  /** A worker with work keeps the process alive; an idle one must not keep a command-line run open. */
  private adjustLoad(worker: Worker, change: number): void {
    const load = this.load.get(worker)! + change;
    this.load.set(worker, load);
    if (load === 0) worker.unref();
    else if (load === change) worker.ref();
  }

  private settle(worker: Worker, reply: AnalysisReply): void {
    this.adjustLoad(worker, -1);
    if (this.pending.size === 1) this.stopWhenIdle();
    const waiting = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (!waiting) return;
    // Facts from another thread hold copies of what the text already holds: the collection keeps them compacted.
    if ('factsJson' in reply) waiting.resolve(compactFacts(waiting.text, JSON.parse(reply.factsJson) as ArticleFacts));
    else if ('facts' in reply) waiting.resolve(compactFacts(waiting.text, reply.facts));
    else waiting.reject(new Error(reply.error));
  }

  /** A crashed worker leaves the pool and fails the articles it held; the others carry on. */
  private fail(worker: Worker, error: Error): void {
    this.workers.splice(this.workers.indexOf(worker), 1);
    this.load.delete(worker);
    for (const [id, waiting] of this.pending) {
      if (waiting.worker !== worker) continue;
      this.pending.delete(id);
      waiting.reject(error);
    }
  }
}

/** From sources (tests, benchmarks) the worker registers the TypeScript loader its parent runs under. */
function sourceWorker(script: string): Worker {
  const loader = createRequire(__filename).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(loader)}); require(${JSON.stringify(script)});`, { eval: true });
}

/** The worker script beside this module: `analysisWorker.js` in the bundle, `.ts` when run from sources. */
function workerScript(): string | undefined {
  for (const name of ['analysisWorker.js', 'analysisWorker.ts']) {
    const path = nodePath.join(__dirname, name);
    if (existsSync(path)) return path;
  }
  return undefined;
}
