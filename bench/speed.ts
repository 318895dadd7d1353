// Speed of the single-article analysis. Prints medians beside compromise (the usual JS choice for
// names) run on the same text in the same process, the throughput over a large batch, and the worst
// cost per MB over hostile inputs. Run: npx tsx bench/speed.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyzeArticle } from '../server/src/core/analyze';

const SAMPLES = join(__dirname, '..', 'samples');

function articlesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...articlesUnder(path));
    else if (/\.(txt|md)$/.test(name) && name !== 'PLANTED.md') found.push(readFileSync(path, 'utf8'));
  }
  return found;
}

/** An article of about `size` characters made of the samples' paragraphs, in order. */
function articleOfSize(texts: string[], size: number): string {
  const paragraphs = texts.flatMap((text) => text.split(/\n\s*\n/));
  let article = '';
  for (let i = 0; article.length < size; i++) article += paragraphs[i % paragraphs.length] + '\n\n';
  return article.slice(0, article.lastIndexOf('\n\n', size) + 2);
}

function medianMs(run: () => void, rounds: number): number {
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function hostileInputs(): Record<string, string> {
  const mb = 1 << 20;
  const repeat = (unit: string) => unit.repeat(Math.ceil(mb / unit.length)).slice(0, mb);
  return {
    'straight quote marks': repeat('"'),
    'mixed quote marks': repeat('"“‘\'’” '),
    'unclosed quotes in one paragraph': repeat('He said "this is never closed and goes on '),
    'capitalised words': repeat('Alpha Beta Gamma Delta Epsilon '),
    'abbreviations': repeat('Jan. U.S. Mr. Dr. St. Gen. No. '),
    'digits and figures': repeat('1,000 2,000.5 $3 million 90 percent '),
    'one huge line of prose': repeat('the council said on Monday that 41 workers left '),
    'no spaces': repeat('abcdefghij'),
    'blank lines': repeat('\n'),
  };
}

function main(): void {
  const texts = articlesUnder(SAMPLES);
  const article = articleOfSize(texts, 9 * 1024);
  const ours = medianMs(() => analyzeArticle(article, { fallbackPublished: '2026-03-05' }), 200);
  const compromise = medianMs(() => {
    const doc = nlp(article);
    doc.people().out('array');
    doc.organizations().out('array');
    doc.places().out('array');
  }, 30);
  console.log(`one article of ${(article.length / 1024).toFixed(1)} KB, median of repeated runs`);
  console.log(`  crosscheck, whole analysis:        ${ours.toFixed(2)} ms`);
  console.log(`  compromise, names only (reference): ${compromise.toFixed(2)} ms  (${(compromise / ours).toFixed(1)}x slower)`);

  const batch = Array.from({ length: 400 }, (_, i) => texts[i % texts.length] + `\n\nEdition ${i}.\n`);
  const bytes = batch.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const start = process.hrtime.bigint();
  for (const text of batch) analyzeArticle(text);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`throughput over ${batch.length} articles (${(bytes / 1e6).toFixed(1)} MB): ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`);

  console.log('hostile inputs, 1 MB each (bar: under 1 s per MB):');
  let worst = 0;
  for (const [name, text] of Object.entries(hostileInputs())) {
    const ms = medianMs(() => analyzeArticle(text), 3);
    worst = Math.max(worst, ms);
    console.log(`  ${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms`);
  }
  console.log(`  worst: ${worst.toFixed(0)} ms per MB`);
}

main();
