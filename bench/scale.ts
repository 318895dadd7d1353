// How the cross-source engine scales: index a synthetic collection cold (read, analyse, add to the
// corpus, compute every article's diagnostics), then edit single articles and time fresh diagnostics.
// The reference is reading the same files, timed in the same run. Reports medians and p95.
// Run: npx tsx bench/scale.ts [count ...]   (default: 1000 2000)
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { analyzeArticle } from '../server/src/core/analyze';
import { Collection } from '../server/src/corpus/collection';
import { parseConfig } from '../server/src/corpus/config';
import { generateCollection } from './generate';

function filesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path));
    else if (/\.(txt|md)$/.test(name)) found.push(path);
  }
  return found;
}

function secondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

function measure(count: number): void {
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-scale-'));
  try {
    const { bytes } = generateCollection(count, folder);
    const files = filesUnder(folder);

    let start = process.hrtime.bigint();
    const texts = files.map((file) => readFileSync(file, 'utf8'));
    const readSeconds = secondsSince(start);

    const parsed = parseConfig(readFileSync(join(folder, '.crosscheck.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const config = parsed.config;
    const collection = new Collection(config);
    start = process.hrtime.bigint();
    const paths = files.map((file) => relative(folder, file));
    paths.forEach((path, i) => {
      collection.update(path, texts[i], analyzeArticle(texts[i], { published: config.published[path] ?? null }));
    });
    const analyseSeconds = secondsSince(start);
    start = process.hrtime.bigint();
    let findings = 0;
    for (const path of paths) findings += collection.diagnostics(path).length;
    const diagnoseSeconds = secondsSince(start);
    const rssMB = process.memoryUsage().rss / 1e6;

    const latencies: number[] = [];
    for (let i = 0; i < 40; i++) {
      const path = paths[(i * 7919) % paths.length];
      const edited = collection.text(path)!.replace(/\bthe\b/, i % 2 ? 'that' : 'the');
      const editStart = process.hrtime.bigint();
      collection.update(path, edited, analyzeArticle(edited, { published: config.published[path] ?? null }));
      collection.diagnostics(path);
      latencies.push(secondsSince(editStart) * 1000);
    }

    console.log(`${count} articles, ${(bytes / 1e6).toFixed(1)} MB, ${findings} findings`);
    console.log(`  read files (reference)     ${readSeconds.toFixed(2)} s`);
    console.log(`  analyse + add to corpus    ${analyseSeconds.toFixed(2)} s`);
    console.log(`  diagnostics, all articles  ${diagnoseSeconds.toFixed(2)} s`);
    console.log(`  edit -> fresh diagnostics  median ${percentile(latencies, 0.5).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms`);
    console.log(`  resident memory            ${rssMB.toFixed(0)} MB`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const counts = process.argv.slice(2).map(Number);
for (const count of counts.length ? counts : [1000, 2000]) measure(count);
