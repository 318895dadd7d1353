// Runs the extension-host suite in desktop VS Code, downloaded by @vscode/test-electron, for machines
// that can download it (a developer's, with a display or Xvfb). Offline, run.sh runs the same suite in
// code-server instead. Usage: npm run -s build && tsx test/e2e/electron.ts
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from './codeServer';

async function main(): Promise<void> {
  // The suite edits articles and creates a collection: give it a copy of the samples.
  const workspace = mkdtempSync(path.join(tmpdir(), 'crosscheck-workspace-'));
  cpSync(path.join(repoRoot, 'samples'), path.join(workspace, 'samples'), { recursive: true });
  cpSync(path.join(repoRoot, 'test/fixtures/loose-notes'), path.join(workspace, 'loose-notes'), { recursive: true });
  await runTests({
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(repoRoot, 'dist/test/extension/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
