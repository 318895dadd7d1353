// Findings on real coverage: precision and recall of the conflict warnings of `crosscheck check` against
// gold lists of every cross-source discrepancy, scored by the team's scorer in ../shared/tools on the
// events of ../shared/data/coverage (both read at run time, never stored in the project; the benchmark
// says so and stops when they are absent). The rules were tuned on half of the annotated events; the
// other half is reported beside it as held out, and so is any further annotated set named on the
// command line (a folder of event folders with its own gold/).
// Run: npm run build && npx tsx bench/coverage.ts [extra set folders...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = join(__dirname, '..');
const SHARED = join(ROOT, '..', 'shared');
const SCORER = join(SHARED, 'tools', 'coverage-score.js');
const COVERAGE = join(SHARED, 'data', 'coverage');
const CLI = join(ROOT, 'dist', 'cli.js');
/** The annotated events the rules were tuned on; every other annotated event is held out. */
const TUNED = new Set(['21-berlin-sets-up-new-years-eve-safe-zone-for-women-a', '67-harambe', '73-benghazi-us-consulate-attack']);

interface Summary {
  events: number;
  articles: number;
  precision: number;
  recall: number;
  warningsPerArticle: number;
  right: number;
  trivial: number;
  wrong: number;
  found: number;
  gold: number;
}

function scorer(set: string, options: string[]): string {
  const result = spawnSync(process.execPath, [SCORER, CLI, set, ...options], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`scorer failed on ${set}: ${result.stderr.trim().split('\n')[0]}`);
  return result.stdout;
}

function score(set: string): Summary {
  return (JSON.parse(scorer(set, ['--json'])) as { summary: Summary }).summary;
}

/** A set folder holding only the chosen annotated events of the coverage folder, as links. */
function subset(into: string, keep: (event: string) => boolean): string {
  mkdirSync(join(into, 'gold'), { recursive: true });
  for (const file of readdirSync(join(COVERAGE, 'gold')).filter((f) => f.endsWith('.json'))) {
    const event = file.slice(0, -'.json'.length);
    if (!keep(event)) continue;
    symlinkSync(join(COVERAGE, event), join(into, event));
    symlinkSync(join(COVERAGE, 'gold', file), join(into, 'gold', file));
  }
  return into;
}

function line(name: string, s: Summary): string {
  const findings = s.right + s.trivial + s.wrong;
  return `${name.padEnd(28)} ${String(s.events).padStart(2)} events ${String(s.articles).padStart(3)} articles  precision ${s.precision.toFixed(2)} (${s.right}/${findings})  recall ${s.recall.toFixed(2)} (${s.found}/${s.gold})  warnings/article ${s.warningsPerArticle.toFixed(2)}`;
}

function main(): void {
  if (!existsSync(SCORER) || !existsSync(join(COVERAGE, 'gold'))) {
    console.log('Coverage data or scorer not found at ../shared: skipped.');
    return;
  }
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build first');
  const temp = mkdtempSync(join(tmpdir(), 'crosscheck-coverage-'));
  try {
    // The scorer's own report, with its first false alarms and misses, then one line per half.
    console.log(scorer(COVERAGE, ['--examples', '20']).trimEnd());
    console.log('\nReal coverage, conflict warnings against gold (bars: precision ≥ 0.80, recall ≥ 0.50, ≤ 1.0 warning per article)');
    console.log(line('all annotated events', score(COVERAGE)));
    console.log(line('tuned on', score(subset(join(temp, 'tuned'), (e) => TUNED.has(e)))));
    console.log(line('held out', score(subset(join(temp, 'held'), (e) => !TUNED.has(e)))));
    for (const extra of process.argv.slice(2)) console.log(line(`held out: ${extra}`, score(resolve(extra))));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

main();
