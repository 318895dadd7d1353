// Runs the built command line (`node dist/cli.js`) the way a user or CI does.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';

export const repoRoot = nodePath.resolve(__dirname, '..', '..');
export const fixturesRoot = nodePath.join(repoRoot, 'test', 'fixtures');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the command line in `cwd`, as the user `as` when given (the tests run it as a user without rights). */
export function runCli(args: string[], cwd: string = repoRoot, as?: { uid: number; gid: number }): CliRun {
  const result = spawnSync(process.execPath, [nodePath.join(repoRoot, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', ...as });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export { folderWith } from '../tempFolder';

/** A private copy of a fixture folder, for tests that change its config. */
export function copyFixture(name: string): string {
  const target = fs.mkdtempSync(nodePath.join(os.tmpdir(), `crosscheck-${name}-`));
  fs.cpSync(nodePath.join(fixturesRoot, name), target, { recursive: true });
  return target;
}
