// Runs the mocha suite of test/extension inside code-server's extension host, the way
// @vscode/test-electron runs it in desktop VS Code: the workbench loads the extension for development
// with a tests path, runs them, and calls `codeAutomationExit` when they finish. The suite writes its
// per-test results to a file, which this script prints.
// Usage: tsx test/e2e/extensionHost.ts <workspace> [extension folder, default: the repository]
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { launchChromium, workbenchUrl } from './browser';
import { e2eRoot, repoRoot, startCodeServer } from './codeServer';
import { printResults, type TestResult } from './results';

const suiteTimeoutMs = Number(process.env.EXTENSION_TESTS_TIMEOUT_MS ?? 300_000);

async function main(): Promise<number> {
  const workspace = path.resolve(process.argv[2] ?? '');
  if (!process.argv[2] || !existsSync(workspace)) throw new Error('usage: extensionHost.ts <workspace> [extension folder]');
  const extension = path.resolve(process.argv[3] ?? repoRoot);
  const resultsFile = path.join(mkdtempSync(path.join(e2eRoot, 'run', 'results-')), 'extension-tests.json');
  const server = await startCodeServer({
    workspace,
    extensionsDir: mkdtempSync(path.join(e2eRoot, 'run', 'no-extensions-')),
    env: { CROSSCHECK_TEST_RESULTS: resultsFile },
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let finished: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (finished = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => finished(code));
    page.on('console', (message) => {
      // The suite's own progress lines; the rest of the workbench's console is noise here.
      const text = message.text();
      if (text.startsWith('[crosscheck-tests]')) console.log(text);
    });
    const tests = path.join(repoRoot, 'dist/test/extension/index.js');
    await page.goto(workbenchUrl(server.base, server.host, workspace, { extension, tests }));
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), suiteTimeoutMs).unref());
    const outcome = await Promise.race([exitCode, timeout]);
    if (outcome === 'timeout') {
      await page.screenshot({ path: path.join(e2eRoot, 'screenshots', 'extension-tests-timeout.png') });
      console.log(`extension-host suite did not finish within ${suiteTimeoutMs / 1000} s; logs in ${server.runDir}`);
    }
    const results: TestResult[] = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : [];
    if (results.length === 0) results.push({ title: 'extension-host suite ran', passed: false, error: `no results (exit ${outcome}); logs in ${server.runDir}` });
    return printResults('extension host', results);
  } finally {
    await browser.close();
    server.stop();
  }
}

main().then(
  (failed) => process.exit(failed > 0 ? 1 : 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
