// The analysis core's quality and speed bars in one run and one table: entities (CoNLL-2003 dev, beside
// compromise on the same text), quotes (PolNeAR dev), dates (TBAQ-cleaned), every seed quotation with
// its speaker, and speed. Parts whose ../shared data is absent are shown as skipped. Timings are of
// the TypeScript sources run through tsx (transpiled by esbuild, the same code the bundle holds).
// Run: npx tsx bench/core.ts   or   npm run bench:core
import { measureDates } from './dates';
import { f1, measureEntities } from './entities';
import { measurePolnear, measureSeedQuotes } from './quotes';
import { measureSpeed } from './speed';

interface Row {
  measure: string;
  crosscheck: string;
  compromise?: string;
  bar?: string;
  /** Undefined when the measure has no bar. */
  pass?: boolean;
}

const rows: Row[] = [];
const notes: string[] = [];
const atLeast = (value: number, bar: number) => ({ bar: `≥ ${bar.toFixed(2)}`, pass: value >= bar });
const share = (part: number, whole: number) => (whole ? part / whole : 0);

function entities(): void {
  const scores = measureEntities();
  if (!scores) return void rows.push({ measure: 'entities: CoNLL-2003 dev', crosscheck: 'skipped (../shared/data/conll2003 absent)' });
  for (const part of ['prose', 'all'] as const) {
    for (const label of ['ALL', 'PER', 'ORG', 'LOC'] as const) {
      const ours = f1(scores.crosscheck[part][label]);
      const barred = part === 'prose' && label === 'ALL';
      rows.push({
        measure: `entities ${part === 'prose' ? 'prose sentences' : 'all sentences'}, strict F1 ${label === 'ALL' ? 'PER+ORG+LOC' : label}`,
        crosscheck: ours,
        compromise: f1(scores.compromise[part][label]),
        ...(barred ? atLeast(Number(ours), 0.75) : {}),
      });
    }
  }
}

function quotes(): void {
  const scores = measurePolnear();
  if (!scores) return void rows.push({ measure: 'quotes: PolNeAR dev', crosscheck: 'skipped (../shared/data/polnear absent)' });
  const found = share(scores.found, scores.gold);
  const right = share(scores.right, scores.withSource);
  rows.push({ measure: `quotes PolNeAR dev, direct quotes found (of ${scores.gold})`, crosscheck: found.toFixed(3), ...atLeast(found, 0.9) });
  rows.push({ measure: `quotes PolNeAR dev, right speaker (of ${scores.withSource})`, crosscheck: right.toFixed(3), ...atLeast(right, 0.8) });
}

function dates(): void {
  const scores = measureDates();
  if (!scores) return void rows.push({ measure: 'dates: TBAQ-cleaned', crosscheck: 'skipped (../shared/data/tempeval3 absent)' });
  const value = share(scores.exact, scores.gold);
  rows.push({ measure: `dates TBAQ-cleaned, DATE found (of ${scores.gold})`, crosscheck: share(scores.found, scores.gold).toFixed(3) });
  rows.push({ measure: 'dates TBAQ-cleaned, value exactly right', crosscheck: value.toFixed(3), ...atLeast(value, 0.75) });
}

function seeds(): void {
  const scores = measureSeedQuotes();
  if (!scores) return void rows.push({ measure: 'seeds: quotations with a speaker', crosscheck: 'skipped (../shared/seeds absent)' });
  const named = scores.total - scores.misses.length;
  rows.push({ measure: 'seeds, quotations with a speaker', crosscheck: `${named}/${scores.total}`, bar: 'all', pass: scores.misses.length === 0 });
  rows.push({ measure: 'seeds, quoted labels and scare quotes (no speaker)', crosscheck: `${scores.labels.length}` });
  for (const miss of scores.misses) notes.push(`seeds, no speaker: ${miss}`);
  for (const label of scores.labels) notes.push(`seeds, read as the writer's label, not counted as a quotation (no speaker sought): ${label}`);
}

function speed(): void {
  const s = speedScores;
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  rows.push({
    measure: `speed, one ${s.articleKB.toFixed(1)} KB article, median CPU (wall)`,
    crosscheck: `${ms(s.article.cpuMs)} (${ms(s.article.wallMs)})`,
    compromise: `${ms(s.compromise.cpuMs)} (${ms(s.compromise.wallMs)}), names only`,
    bar: '≤ 10 ms',
    pass: s.article.cpuMs <= 10,
  });
  rows.push({
    measure: `speed, batch of ${s.batchArticles} articles (${s.batchMB.toFixed(1)} MB), CPU (wall)`,
    crosscheck: `${s.mbPerSecond.cpu.toFixed(2)} MB/s (${s.mbPerSecond.wall.toFixed(2)} MB/s)`,
  });
  const worst = s.hostile.reduce((a, b) => (b.msPerMB.cpuMs > a.msPerMB.cpuMs ? b : a));
  rows.push({
    measure: `speed, worst hostile input: ${worst.name}, CPU (wall) per MB`,
    crosscheck: `${worst.msPerMB.cpuMs.toFixed(0)} ms (${worst.msPerMB.wallMs.toFixed(0)} ms)`,
    bar: '≤ 1000 ms',
    pass: worst.msPerMB.cpuMs <= 1000,
  });
  for (const h of s.hostile) {
    notes.push(`hostile input ${h.name} (${h.mb.toFixed(0)} MB): ${h.msPerMB.cpuMs.toFixed(0)} ms CPU, ${h.msPerMB.wallMs.toFixed(0)} ms wall per MB`);
  }
}

function printTable(): void {
  const header: Row = { measure: 'measure', crosscheck: 'crosscheck', compromise: 'compromise', bar: 'bar' };
  const cells = (r: Row) => [r.measure, r.crosscheck, r.compromise ?? '', r.bar ?? '', r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL'];
  const all = [cells({ ...header }), ...rows.map(cells)];
  all[0][4] = 'result';
  const widths = all[0].map((_, i) => Math.max(...all.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(all[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of all.slice(1)) console.log(line(c));
}

// Speed first, while the process is fresh, so the accuracy runs' garbage does not weigh on it.
const speedScores = measureSpeed();
entities();
quotes();
dates();
seeds();
speed();
console.log('Crosscheck core benchmark (timed under tsx; CPU time is the process\'s, wall time in brackets)\n');
printTable();
if (notes.length) console.log(`\n${notes.join('\n')}`);
const failed = rows.filter((r) => r.pass === false).length;
console.log(failed ? `\n${failed} bars fail` : '\nall bars pass');
process.exitCode = failed ? 1 : 0;
