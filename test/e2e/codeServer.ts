// Starts code-server (VS Code for the browser) on a free loopback port with its own user data, so a
// run never reads or writes the user's VS Code state, and stops it with every process it started.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');
export const e2eRoot = path.join(repoRoot, '.e2e');
const codeServerBin = path.join(process.env.CODE_SERVER_DIR ?? path.join(e2eRoot, 'cs'), 'node_modules/.bin/code-server');

/** Quiet, deterministic editor settings: no welcome page, no trust prompt, quick hovers. */
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'editor.hover.delay': 200,
  'editor.minimap.enabled': false,
  // code-server saves edited files after a delay; the suites revert their edits, so nothing may save them.
  'files.autoSave': 'off',
  // The test workspace lies inside the repository: keep source control from offering to open it.
  'git.openRepositoryInParentFolders': 'never',
};

export interface CodeServer {
  /** http://127.0.0.1:PORT */
  base: string;
  host: string;
  /** Where this run's user data, logs and extension host output go. */
  runDir: string;
  stop(): void;
}

export interface CodeServerOptions {
  workspace: string;
  /** Installed extensions; an empty folder when the extension is loaded for development instead. */
  extensionsDir: string;
  /** Extra environment for the server and so for the extension host and language server it starts. */
  env?: Record<string, string>;
}

export function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  mkdirSync(path.join(e2eRoot, 'run'), { recursive: true });
  const runDir = mkdtempSync(path.join(e2eRoot, 'run', 'cs-'));
  const userData = path.join(runDir, 'user-data');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(quietSettings, null, 2));
  const env = {
    ...process.env,
    ...options.env,
    XDG_CONFIG_HOME: path.join(runDir, 'config'),
    XDG_DATA_HOME: path.join(runDir, 'data'),
    XDG_CACHE_HOME: path.join(runDir, 'cache'),
  };
  const args = [
    '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', options.extensionsDir, options.workspace,
  ];
  // Its own process group, so stopping it also ends the extension host, the language server and watchers.
  const child = spawn(codeServerBin, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const log = createWriteStream(path.join(runDir, 'code-server.log'));
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('code-server did not start within 60 s')), 60_000);
    let output = '';
    const fail = (error: Error) => {
      clearTimeout(timer);
      stopGroup(child);
      reject(error);
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      output += String(chunk);
      const listening = /HTTP server listening on http:\/\/(127\.0\.0\.1:\d+)/.exec(output);
      if (!listening) return;
      clearTimeout(timer);
      const host = listening[1];
      resolve({ base: `http://${host}`, host, runDir, stop: () => stopGroup(child) });
    });
    child.on('exit', (code) => fail(new Error(`code-server exited with ${code}; see ${runDir}/code-server.log`)));
  });
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}
