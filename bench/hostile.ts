// Times the command line on hostile input (bench/hostileInputs.ts): each case is run as `crosscheck
// check` three times, and the median wall time is printed beside the exit code, the one-line reason
// and whether every input was left unchanged. Exits 1 when a case answers slower than MAX_SECONDS,
// with an exit code outside 0..2 or the case's own, without its reason, or changes an input.
// Run: npm run -s build && npx tsx bench/hostile.ts
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { answeredAsItMust, contentsOf, HOSTILE_INPUTS, reasonLines, writeHostileInput } from './hostileInputs';
import { median } from './sampling';

const CLI = join(__dirname, '..', 'dist', 'cli.js');
const RUNS = 3;
/** "Within seconds", on a 2-core machine shared with other work. */
const MAX_SECONDS = 10;

let failed = false;
console.log(`crosscheck check on hostile input: median of ${RUNS} runs, ${CLI}`);
console.log(['case'.padEnd(28), 'exit', 'median s', 'unchanged', 'reason'].join('  '));
for (const input of HOSTILE_INPUTS) {
  const folder = writeHostileInput(input);
  try {
    const before = JSON.stringify([...contentsOf(folder)]);
    const seconds: number[] = [];
    let code: number | null = null;
    let stderr = '';
    for (let run = 0; run < RUNS; run++) {
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [CLI, 'check', '.'], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
      code = result.status;
      stderr = result.stderr;
    }
    const unchanged = JSON.stringify([...contentsOf(folder)]) === before;
    const ok = answeredAsItMust(input, code, stderr) && unchanged && median(seconds) <= MAX_SECONDS;
    failed ||= !ok;
    const row = [input.name.padEnd(28), String(code).padEnd(4), median(seconds).toFixed(2).padStart(8), String(unchanged).padEnd(9), reasonLines(stderr).join(' | ') || '-'];
    console.log([...row, ...(ok ? [] : ['FAIL'])].join('  '));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
process.exitCode = failed ? 1 : 0;
