// Times the command line on hostile input (bench/hostileInputs.ts): each case is run as `crosscheck
// check` three times, and the median wall time is printed beside the exit code, the one-line reason
// and whether every input was left unchanged. Exits 1 when a case answers slower than MAX_SECONDS,
// with an exit code outside 0..2 or the case's own, without its reason, or changes an input.
// Run: npm run -s build && npx tsx bench/hostile.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentsOf, reasonLines, writeHostileInputs } from './hostileInputs';

const CLI = join(__dirname, '..', 'dist', 'cli.js');
const RUNS = 3;
/** "Within seconds", on a 2-core machine shared with other work. */
const MAX_SECONDS = 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const root = mkdtempSync(join(tmpdir(), 'crosscheck-hostile-bench-'));
let failed = false;
try {
  console.log(`crosscheck check on hostile input: median of ${RUNS} runs, ${CLI}`);
  console.log(['case'.padEnd(28), 'exit', 'median s', 'unchanged', 'reason'].join('  '));
  for (const { name, folder, exitCodes, reason } of writeHostileInputs(root)) {
    const before = JSON.stringify([...contentsOf(folder)]);
    const seconds: number[] = [];
    let code: number | null = null;
    let reasons: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [CLI, 'check', '.'], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
      code = result.status;
      reasons = reasonLines(result.stderr);
    }
    const unchanged = JSON.stringify([...contentsOf(folder)]) === before;
    const answered = code !== null && exitCodes.includes(code) && (reason ? reasons.length === 1 && reason.test(reasons[0]!) : reasons.length === 0);
    const ok = answered && unchanged && median(seconds) <= MAX_SECONDS;
    failed ||= !ok;
    const row = [name.padEnd(28), String(code).padEnd(4), median(seconds).toFixed(2).padStart(8), String(unchanged).padEnd(9), reasons.join(' | ') || '-'];
    console.log([...row, ...(ok ? [] : ['FAIL'])].join('  '));
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
