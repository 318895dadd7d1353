// Analyses articles on worker threads, one per spare core, so indexing a large collection uses every
// core while the main thread keeps answering hovers and edits. Where no worker can be started (one
// core, or the worker script is missing) articles are analysed on the calling thread instead.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import * as nodePath from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeArticle } from '../core/analyze';
import type { AnalyzeOptions, ArticleFacts } from '../core/types';

export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

export type AnalysisReply = { id: number; facts: ArticleFacts } | { id: number; error: string };

export type Analyse = (text: string, options: AnalyzeOptions) => Promise<ArticleFacts>;

interface Pending {
  worker: Worker;
  resolve: (facts: ArticleFacts) => void;
  reject: (error: Error) => void;
}

export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  /** `size` workers (default: one per core); the bundle's worker script or, from sources, the .ts one. */
  constructor(size = availableParallelism(), script = workerScript()) {
    if (size < 2 || !script) return;
    for (let i = 0; i < size; i++) {
      const worker = script.endsWith('.ts') ? sourceWorker(script) : new Worker(script);
      worker.unref();
      worker.on('message', (reply: AnalysisReply) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(worker, error));
      this.workers.push(worker);
      this.load.set(worker, 0);
    }
  }

  get threads(): number {
    return Math.max(1, this.workers.length);
  }

  /** The facts of `text`, from the least busy worker. */
  analyze: Analyse = (text, options) => {
    const worker = this.leastBusy();
    if (!worker) return Promise.resolve().then(() => analyzeArticle(text, options));
    const id = this.nextId++;
    this.adjustLoad(worker, 1);
    const request: AnalysisRequest = { id, text, options };
    return new Promise<ArticleFacts>((resolve, reject) => {
      this.pending.set(id, { worker, resolve, reject });
      worker.postMessage(request);
    });
  };

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
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
    const waiting = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (!waiting) return;
    if ('facts' in reply) waiting.resolve(reply.facts);
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
