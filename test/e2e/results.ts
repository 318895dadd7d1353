// One shape for test outcomes from both real-editor tiers, so run.sh can add them up.
import { appendFileSync } from 'node:fs';

export interface TestResult {
  title: string;
  passed: boolean;
  error?: string;
}

/** Prints each result and a summary; appends the counts to $E2E_TALLY for run.sh. Returns the failures. */
export function printResults(tier: string, results: TestResult[]): number {
  for (const result of results) {
    console.log(`  ${result.passed ? '✔' : '✘'} ${result.title}`);
    if (result.error) console.log(`      ${result.error.split('\n').join('\n      ')}`);
  }
  const failed = results.filter((result) => !result.passed).length;
  const passed = results.length - failed;
  console.log(`${tier}: ${passed} passed, ${failed} failed`);
  if (process.env.E2E_TALLY) appendFileSync(process.env.E2E_TALLY, `${passed} ${failed}\n`);
  return failed;
}
