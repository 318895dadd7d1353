// Speed of the single-article analysis. Prints medians beside compromise (the usual JS choice for
// names) run on the same text in the same process, the throughput over a large batch, and the worst
// cost per MB over hostile inputs. Each time is both wall clock and the process's CPU time, since
// CPU time stays steady when other work shares the machine. Run: npx tsx bench/speed.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyzeArticle } from '../server/src/core/analyze';
import { median } from './sampling';

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

/** Wall and CPU milliseconds of one run. */
export interface Timing {
  wallMs: number;
  cpuMs: number;
}

function timeOnce(run: () => void): Timing {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  run();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/** Medians of wall and CPU time over `rounds` runs, after a few warm-up runs. */
function medianTiming(run: () => void, rounds: number, warmUp = 5): Timing {
  for (let i = 0; i < warmUp; i++) run();
  const times = Array.from({ length: rounds }, () => timeOnce(run));
  return { wallMs: median(times.map((t) => t.wallMs)), cpuMs: median(times.map((t) => t.cpuMs)) };
}

/** Text built to be hard for a scanner: long runs of quote marks, capitals, abbreviations, links, cues. */
export function hostileInputs(): Record<string, string> {
  const mb = 1 << 20;
  const repeat = (unit: string, size = mb) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return {
    'straight quote marks': repeat('"'),
    'mixed quote marks': repeat('"“‘\'’” '),
    'nested curly quotes': '“'.repeat(mb / 2) + '”'.repeat(mb / 2),
    'unclosed quotes in one paragraph': repeat('He said "this is never closed and goes on '),
    'capitalised words': repeat('Alpha Beta Gamma Delta Epsilon '),
    'capitals and quotes, one sentence': repeat('Ana Ruiz "Del Monte" Board of Alto ‘Quinta’ Vega, '),
    'abbreviations': repeat('Jan. U.S. Mr. Dr. St. Gen. No. '),
    'digits and figures': repeat('1,000 2,000.5 $3 million 90 percent '),
    'dates and times': repeat('1999 2,000 31 12/31/2026 2026-01-22 9:00 pm ET Jan. 3 last week '),
    'one huge line of prose': repeat('the council said on Monday that 41 workers left '),
    'one 5 MB paragraph': repeat('The mayor, Ana Ruiz, said on Jan. 3 that "about 40 people" left. ', 5 * mb),
    'unclosed markdown links': repeat('[a]('),
    'markdown links': repeat('See [the Harbor Board report](https://example.org/a_(b)/c?d=1) and '),
    'said X said Y': repeat('said Ana said Ben said "Cy" said Dee '),
    'no spaces': repeat('abcdefghij'),
    'blank lines': repeat('\n'),
  };
}

export interface SpeedScores {
  articleKB: number;
  /** Whole analyzeArticle on one ~9 KB article. */
  article: Timing;
  /** compromise finding people, organisations and places in the same article. */
  compromise: Timing;
  batchMB: number;
  batchArticles: number;
  /** Throughput over the batch, by wall and by CPU time. */
  mbPerSecond: { wall: number; cpu: number };
  /** Cost per million characters (a conservative MB: UTF-8 takes at least a byte each). */
  hostile: { name: string; mb: number; msPerMB: Timing }[];
}

export function measureSpeed(): SpeedScores {
  const texts = articlesUnder(SAMPLES);
  const article = articleOfSize(texts, 9 * 1024);
  const ours = medianTiming(() => analyzeArticle(article, { fallbackPublished: '2026-03-05' }), 200);
  const compromise = medianTiming(() => {
    const doc = nlp(article);
    doc.people().out('array');
    doc.organizations().out('array');
    doc.places().out('array');
  }, 30);

  const batch = Array.from({ length: 1000 }, (_, i) => texts[i % texts.length] + `\n\nEdition ${i}.\n`);
  const bytes = batch.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const batchTime = timeOnce(() => batch.forEach((text) => analyzeArticle(text)));

  const hostile = Object.entries(hostileInputs()).map(([name, text]) => {
    const mb = text.length / (1 << 20);
    const t = medianTiming(() => analyzeArticle(text), 3, 1);
    return { name, mb, msPerMB: { wallMs: t.wallMs / mb, cpuMs: t.cpuMs / mb } };
  });
  return {
    articleKB: article.length / 1024,
    article: ours,
    compromise,
    batchMB: bytes / 1e6,
    batchArticles: batch.length,
    mbPerSecond: { wall: bytes / 1e3 / batchTime.wallMs, cpu: bytes / 1e3 / batchTime.cpuMs },
    hostile,
  };
}

function main(): void {
  const s = measureSpeed();
  const both = (t: Timing, digits = 2) => `${t.wallMs.toFixed(digits)} ms wall, ${t.cpuMs.toFixed(digits)} ms CPU`;
  console.log(`one article of ${s.articleKB.toFixed(1)} KB, median of repeated runs`);
  console.log(`  crosscheck, whole analysis:         ${both(s.article)}`);
  console.log(`  compromise, names only (reference): ${both(s.compromise)}  (${(s.compromise.cpuMs / s.article.cpuMs).toFixed(1)}x slower by CPU)`);
  console.log(`throughput over ${s.batchArticles} articles (${s.batchMB.toFixed(1)} MB): ${s.mbPerSecond.wall.toFixed(2)} MB/s wall, ${s.mbPerSecond.cpu.toFixed(2)} MB/s CPU`);
  console.log('hostile inputs, cost per MB (bar: under 1 s per MB):');
  for (const h of s.hostile) console.log(`  ${h.name.padEnd(36)} ${h.msPerMB.wallMs.toFixed(0).padStart(6)} ms wall ${h.msPerMB.cpuMs.toFixed(0).padStart(6)} ms CPU`);
  const worst = s.hostile.reduce((a, b) => (b.msPerMB.cpuMs > a.msPerMB.cpuMs ? b : a));
  console.log(`  worst by CPU: ${worst.name}, ${worst.msPerMB.cpuMs.toFixed(0)} ms per MB`);
}

if (require.main === module) main();
