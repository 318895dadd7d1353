// How the cross-source engine scales, on synthetic collections generated from the samples (2 cores):
// indexing cold the way the language server does (files read and analysed on worker threads, added to
// the collection in order, every article's findings computed), reopening from the persistent facts
// cache, edit -> fresh diagnostics latency, and resident memory; then `crosscheck check` beside
// `cspell` on the same 2,000 files, timed in the same run. Reports how time grows with the collection.
// Run: npx tsx bench/scale.ts [--max N] [count ...]   (default counts: 1000 2000 5000 10000)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { analyzeArticle } from '../server/src/core/analyze';
import { Collection } from '../server/src/corpus/collection';
import { parseConfig } from '../server/src/corpus/config';
import type { CollectionConfig } from '../server/src/corpus/types';
import { AnalysisPool } from '../server/src/workspace/analysisPool';
import { FactsCache } from '../server/src/workspace/factsCache';
import { preparedInOrder } from '../server/src/workspace/preparedInOrder';
import { generateCollection } from './generate';
import { percentile } from './sampling';

const REPO = join(__dirname, '..');
const EDITS = 60;
const CHECK_VS_CSPELL_ARTICLES = 2000;

function filesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path));
    else if (/\.(txt|md)$/.test(name)) found.push(path);
  }
  return found;
}

function secondsSince(start: number): number {
  return (performance.now() - start) / 1000;
}

/** Reads, analyses (through the cache) and adds every file in order; returns the collection. */
async function index(folder: string, files: string[], config: CollectionConfig, cache: FactsCache): Promise<Collection> {
  const collection = new Collection(config);
  const prepare = async (file: string) => {
    const text = readFileSync(file, 'utf8');
    const path = relative(folder, file);
    return { path, text, facts: await cache.analyze(text, { published: config.published[path] ?? null }) };
  };
  await preparedInOrder(files, 4 * pool.threads, prepare, (_file, { path, text, facts }) => {
    collection.load(path, text, facts);
  });
  return collection;
}

const pool = new AnalysisPool();

interface Row {
  count: number;
  megabytes: number;
  coldSeconds: number;
  reopenSeconds: number;
  editP50: number;
  editP95: number;
  nameEditP50: number;
  nameEditP95: number;
  rssMB: number;
}

async function measure(count: number): Promise<Row> {
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-scale-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'crosscheck-scale-cache-'));
  try {
    const { bytes } = generateCollection(count, folder);
    const files = filesUnder(folder);
    const parsed = parseConfig(readFileSync(join(folder, '.crosscheck.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const config = parsed.config;
    const paths = files.map((file) => relative(folder, file));

    let start = performance.now();
    let collection = await index(folder, files, config, new FactsCache(cacheDir, 'scale', pool.analyze));
    let findings = 0;
    for (const path of paths) findings += collection.diagnostics(path).length;
    const coldSeconds = secondsSince(start);

    // Edits of wording, and edits of a name (a surname respelt), which re-cluster names.
    const latencies: number[] = [];
    const nameLatencies: number[] = [];
    for (let i = 0; i < 2 * EDITS; i++) {
      const path = paths[(i * 7919) % paths.length]!;
      const text = collection.text(path)!;
      const renamed = i % 2 === 1 && /\b(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{3,})\b/u.exec(text.slice(text.length >> 2));
      const edited = renamed ? text.replace(renamed[0], `${renamed[1]} ${renamed[2]}${i % 4 === 1 ? 'e' : 'o'}`) : text.replace(/\bthe\b/, i % 4 ? 'that' : 'the');
      const editStart = performance.now();
      const changed = collection.update(path, edited, analyzeArticle(edited, { published: config.published[path] ?? null }));
      collection.diagnostics(path);
      (renamed ? nameLatencies : latencies).push(performance.now() - editStart);
      if (changed.length === 0) throw new Error(`an edit of ${path} changed nothing`);
    }
    global.gc?.();
    const rssMB = process.memoryUsage().rss / 1e6;

    // Reopening: a fresh collection from the facts cache the cold run filled.
    collection = new Collection(config);
    start = performance.now();
    collection = await index(folder, files, config, new FactsCache(cacheDir, 'scale', pool.analyze));
    let reopenedFindings = 0;
    for (const path of paths) reopenedFindings += collection.diagnostics(path).length;
    const reopenSeconds = secondsSince(start);

    const row = { count, megabytes: bytes / 1e6, coldSeconds, reopenSeconds, editP50: percentile(latencies, 0.5), editP95: percentile(latencies, 0.95), nameEditP50: percentile(nameLatencies, 0.5), nameEditP95: percentile(nameLatencies, 0.95), rssMB };
    console.log(
      `${String(count).padStart(6)} articles ${row.megabytes.toFixed(1).padStart(5)} MB  cold ${coldSeconds.toFixed(1).padStart(5)} s` +
        `  reopen ${reopenSeconds.toFixed(1).padStart(5)} s  edit p50 ${row.editP50.toFixed(1)} ms p95 ${row.editP95.toFixed(1)} ms` +
        `  name edit p50 ${row.nameEditP50.toFixed(1)} ms p95 ${row.nameEditP95.toFixed(1)} ms` +
        `  rss ${rssMB.toFixed(0)} MB  ${findings} findings${reopenedFindings === findings ? '' : ` (reopened: ${reopenedFindings}!)`}`,
    );
    if (count === CHECK_VS_CSPELL_ARTICLES) checkBesideCspell(folder);
    return row;
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/**
 * Wall-clock seconds of a command run in `cwd`, median of three runs. Both tools must report
 * something (the generated names are unknown words to cspell), or they did not read the files.
 */
function timed(cwd: string, command: string, args: string[]): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    if (result.error) throw result.error;
    runs.push(secondsSince(start));
    if (result.stdout.length === 0) throw new Error(`${command} ${args.join(' ')} reported nothing: ${result.stderr}`);
  }
  return percentile(runs, 0.5);
}

function checkBesideCspell(folder: string): void {
  const cli = join(REPO, 'dist', 'cli.js');
  const cspell = join(REPO, 'node_modules', '.bin', 'cspell');
  if (!existsSync(cli) || !existsSync(cspell)) {
    console.log('  check vs cspell: skipped (needs `npm run build` and the cspell dev dependency)');
    return;
  }
  // Both run beside the folder: cspell leaves out files outside its working folder.
  const [parent, name] = [dirname(folder), basename(folder)];
  const check = timed(parent, process.execPath, [cli, 'check', name]);
  const spell = timed(parent, cspell, ['--no-progress', '--no-summary', `${name}/**/*.{txt,md}`]);
  console.log(`  ${CHECK_VS_CSPELL_ARTICLES} articles: crosscheck check ${check.toFixed(1)} s, cspell ${spell.toFixed(1)} s (median of 3, same run)`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const maxAt = args.indexOf('--max');
  const max = maxAt >= 0 ? Number(args.splice(maxAt, 2)[1]) : Infinity;
  const counts = (args.length ? args.map(Number) : [1000, 2000, 5000, 10000]).filter((count) => count <= max);
  console.log(`analysis threads: ${pool.threads}`);
  const rows: Row[] = [];
  for (const count of counts) rows.push(await measure(count));
  const first = rows[0];
  if (first && rows.length > 1) {
    console.log('growth from the first row (time per article relative to it; 1.00 = linear):');
    for (const row of rows.slice(1)) {
      const perArticle = (seconds: number, base: number) => (seconds / row.count / (base / first.count)).toFixed(2);
      console.log(`  ${row.count}: cold ${perArticle(row.coldSeconds, first.coldSeconds)}, reopen ${perArticle(row.reopenSeconds, first.reopenSeconds)}`);
    }
  }
  await pool.close();
}

void main();
