// Where the language server's memory goes with a large collection. Builds a generated collection in
// this process the way the server indexes one (files read from disk, facts through the facts cache and
// the analysis pool's worker threads, then Collection.load in path order, then every article's
// findings computed as they are published), and measures the heap after a forced collection at each
// step: the texts, the facts, the corpus indexes, the findings. Done twice, as a first opening (facts
// from the workers) and as a reopening (facts read back from the cache). Also shows what the workers
// hold while indexing and what is returned once they stop.
// Run: node --expose-gc --import tsx bench/memory.ts [count] [--snapshot]
//   --snapshot writes a V8 heap snapshot after each opening (for Chrome DevTools' Memory tab).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import type { ArticleFacts } from '../server/src/core/types';
import { Collection } from '../server/src/corpus/collection';
import { analyzeOptionsFor, loadCollectionConfig } from '../server/src/workspace/collectionConfig';
import { relativeTo } from '../server/src/workspace/collectionFiles';
import { AnalysisPool } from '../server/src/workspace/analysisPool';
import { FactsCache } from '../server/src/workspace/factsCache';
import { preparedInOrder } from '../server/src/workspace/preparedInOrder';
import { readArticle } from '../server/src/workspace/readArticle';
import { generateCollection } from './generate';

/** Articles read and analysed ahead of the one added, per thread, as the server does. */
const PREPARED_AHEAD_PER_THREAD = 4;
const MB = 1024 * 1024;
/** How long resident memory is given to settle after the last collection. */
const RETURN_MS = 3000;

interface Usage {
  heap: number;
  external: number;
  rss: number;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  // Twice: the first pass may only queue finalisers that free more.
  gc();
  gc();
}

function usage(): Usage {
  collectGarbage();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, external: m.external + m.arrayBuffers, rss: m.rss };
}

function line(label: string, before: Usage, after: Usage, articles: number): string {
  const heap = after.heap - before.heap;
  const external = after.external - before.external;
  const perArticle = (heap + external) / articles / 1024;
  return `  ${label.padEnd(34)} heap ${(heap / MB).toFixed(1).padStart(7)} MB  external ${(external / MB).toFixed(1).padStart(6)} MB  (${perArticle.toFixed(1)} KB per article)`;
}

function total(label: string, u: Usage): string {
  return `  ${label.padEnd(34)} heap ${(u.heap / MB).toFixed(1).padStart(7)} MB  external ${(u.external / MB).toFixed(1).padStart(6)} MB  RSS ${(u.rss / MB).toFixed(0)} MB`;
}

function articlesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(txt|md)$/.test(name))
    .map((name) => join(folder, name))
    .sort();
}

/** One opening of the collection, measured step by step; returns the built collection. */
async function open(folder: string, cache: FactsCache, pool: AnalysisPool, label: string, snapshot: boolean): Promise<void> {
  const { config } = await loadCollectionConfig(folder);
  const paths = articlesUnder(folder);
  console.log(`${label}: ${paths.length} articles`);
  const start = usage();
  console.log(total('before', start));

  const texts: string[] = [];
  for (const path of paths) {
    const read = await readArticle(path, 2048);
    if (!read.ok) throw new Error(`${path}: ${read.reason}`);
    texts.push(read.text);
  }
  const afterTexts = usage();
  console.log(line('article texts', start, afterTexts, paths.length));

  const facts: ArticleFacts[] = [];
  const began = performance.now();
  await preparedInOrder(
    paths.map((_, i) => i),
    PREPARED_AHEAD_PER_THREAD * pool.threads,
    (i) => cache.analyze(texts[i]!, analyzeOptionsFor(config, relativeTo(folder, paths[i]!), null)),
    (i, f) => {
      facts[i] = f;
    },
  );
  const analysed = (performance.now() - began) / 1000;
  const afterFacts = usage();
  console.log(line(`facts (${analysed.toFixed(1)} s)`, afterTexts, afterFacts, paths.length));
  // The pool stops its workers by itself after a moment without work; stopping them now shows what
  // they held at the end of indexing (nothing on a reopening that found every article cached).
  console.log(total(`so far, ${pool.running} workers running`, afterFacts));
  await pool.close();
  console.log(total('so far, workers stopped', usage()));

  const beforeIndex = usage();
  const collection = new Collection(config);
  for (let i = 0; i < paths.length; i++) collection.load(paths[i]!, texts[i]!, facts[i]!);
  const afterIndex = usage();
  console.log(line('corpus indexes', beforeIndex, afterIndex, paths.length));

  for (const path of paths) collection.diagnostics(path);
  const afterFindings = usage();
  console.log(line('findings of every article', afterIndex, afterFindings, paths.length));

  const uncollected = process.memoryUsage.rss();
  console.log(total('in all', usage()));
  // V8 returns the pages a collection freed over the next moments, not at once.
  await new Promise((resolve) => setTimeout(resolve, RETURN_MS));
  console.log(`  ${'RSS before collecting'.padEnd(34)} ${(uncollected / MB).toFixed(0)} MB, ${RETURN_MS / 1000} s after collecting ${(process.memoryUsage.rss() / MB).toFixed(0)} MB`);
  if (snapshot) console.log(`  heap snapshot: ${writeHeapSnapshot()}`);
  // Kept reachable until measured.
  if (collection.paths().length !== paths.length) throw new Error('articles missing from the collection');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 10000);
  const snapshot = args.includes('--snapshot');
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-memory-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'crosscheck-memory-cache-'));
  try {
    const { files, bytes } = generateCollection(count, folder);
    console.log(`${files} articles, ${(bytes / 1e6).toFixed(1)} MB on disk`);
    const pool = new AnalysisPool();
    const cache = new FactsCache(cacheDir, 'memory-bench', pool.analyze);
    await open(folder, cache, pool, 'first opening, facts from the analysis workers', snapshot);
    await open(folder, cache, pool, 'reopening, facts from the cache', snapshot);
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

void main();
