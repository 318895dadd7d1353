// The test runner VS Code's extension host loads (extensionTestsPath): runs every *.test.js bundled
// beside it with mocha, logs progress to the console, and writes per-test results to the file named by
// $CROSSCHECK_TEST_RESULTS so the harness outside the editor can report them.
import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface TestResult {
  title: string;
  passed: boolean;
  error?: string;
}

export function run(): Promise<void> {
  const results: TestResult[] = [];
  const log = (line: string) => console.log(`[crosscheck-tests] ${line}`);

  // A reporter that records outcomes instead of printing mocha's formatted output, which the browser
  // console would show with its format strings unexpanded.
  class RecordingReporter {
    constructor(runner: Mocha.Runner) {
      runner.on('pass', (test) => {
        results.push({ title: test.fullTitle(), passed: true });
        log(`✔ ${test.fullTitle()}`);
      });
      runner.on('fail', (test, error: Error) => {
        results.push({ title: test.fullTitle(), passed: false, error: error.stack ?? String(error) });
        log(`✘ ${test.fullTitle()}: ${error.message}`);
      });
    }
  }

  const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, reporter: RecordingReporter as unknown as typeof Mocha.reporters.Base });
  for (const file of readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      const file = process.env.CROSSCHECK_TEST_RESULTS;
      if (file) writeFileSync(file, JSON.stringify(results, null, 2));
      log(`${results.length - failures} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} extension tests failed`));
      else resolve();
    });
  });
}
