// A real LSP client session against `node dist/server.js --stdio`, for the language server tests.
// Everything waits on signals the server sends (progress end, diagnostics, responses), never on time.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const repoRoot = nodePath.resolve(__dirname, '..', '..');
export const fixturesRoot = nodePath.join(repoRoot, 'test', 'fixtures');

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** A private copy of a fixture folder, for tests that change files on disk. */
export function copyFixture(name: string): string {
  const target = fs.mkdtempSync(nodePath.join(os.tmpdir(), `crosscheck-${name}-`));
  fs.cpSync(nodePath.join(fixturesRoot, name), target, { recursive: true });
  return target;
}

interface Waiter {
  uri: string;
  accept: (params: PublishDiagnosticsParams) => boolean;
  resolve: (params: PublishDiagnosticsParams) => void;
}

export class LspSession {
  readonly connection: ProtocolConnection;
  /** Every publishDiagnostics notification, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: string[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  /** Resolves when the server ends its first indexing progress. */
  readonly indexed: Promise<void>;
  private readonly child: ChildProcess;
  private readonly waiters: Waiter[] = [];
  private readonly progressEndWaiters: (() => void)[] = [];
  /** Every work-done progress value the server reported, in order. */
  readonly progress: { kind: string; percentage?: number }[] = [];
  readonly progressListeners: ((value: { kind: string; percentage?: number }) => void)[] = [];
  private stderr = '';

  /** What the client answers for the `crosscheck` settings section; change it, then notify the server. */
  settings: Record<string, unknown>;

  constructor(
    readonly folder: string,
    settings: Record<string, unknown> = {},
    private readonly initializationOptions: Record<string, unknown> = {},
  ) {
    this.settings = settings;
    // Started as the extension starts it (see client/src/languageClient.ts).
    this.child = spawn(process.execPath, ['--expose-gc', nodePath.join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.accept(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    this.connection.onNotification('window/showMessage', (params: { message: string }) => this.messages.push(params.message));
    this.connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      this.messages.push(params.message);
      return null;
    });
    this.connection.onNotification('$/progress', (params: { value: { kind: string; percentage?: number } }) => {
      this.progress.push(params.value);
      this.progressListeners.forEach((listener) => listener(params.value));
      if (params.value.kind === 'end') this.progressEndWaiters.splice(0).forEach((resolve) => resolve());
    });
    this.connection.onUnhandledNotification((message) => this.notifications.push({ method: message.method, params: message.params }));
    this.indexed = this.nextProgressEnd();
    this.connection.listen();
  }

  nextProgressEnd(): Promise<void> {
    return new Promise((resolve) => this.progressEndWaiters.push(resolve));
  }

  async start(): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fileUri(this.folder),
      workspaceFolders: [{ uri: fileUri(this.folder), name: nodePath.basename(this.folder) }],
      initializationOptions: this.initializationOptions,
      capabilities: {
        window: { workDoneProgress: true },
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceFolders: true,
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    await this.indexed;
    await this.barrier();
  }

  /**
   * Waits until every message the server sent before now has arrived: a request's response comes
   * after the notifications the server wrote while handling earlier messages.
   */
  async barrier(): Promise<void> {
    await this.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: fileUri(nodePath.join(this.folder, '.barrier')) },
      position: { line: 0, character: 0 },
    });
  }

  /** The newest diagnostics published for `path`, or undefined when none were. */
  latest(path: string): PublishDiagnosticsParams | undefined {
    const uri = fileUri(path);
    return [...this.published].reverse().find((p) => p.uri === uri);
  }

  /** Resolves with the first diagnostics for `path` (already received or future) that `accept` takes. */
  diagnosticsFor(path: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const uri = fileUri(path);
    const newest = this.latest(path);
    if (newest && accept(newest)) return Promise.resolve(newest);
    return new Promise((resolve) => this.waiters.push({ uri, accept, resolve }));
  }

  /** Only diagnostics published from now on. */
  nextDiagnosticsFor(path: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const uri = fileUri(path);
    return new Promise((resolve) => this.waiters.push({ uri, accept, resolve }));
  }

  open(path: string, languageId = 'article'): { uri: string; text: string } {
    const text = fs.readFileSync(path, 'utf8');
    const uri = fileUri(path);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return { uri, text };
  }

  change(path: string, version: number, text: string): void {
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: fileUri(path), version },
      contentChanges: [{ text }],
    });
  }

  close(path: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: fileUri(path) } });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.child.kill();
    }
  }

  /** The server's process id, to read its resident memory. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  serverErrors(): string {
    return this.stderr;
  }
}

export function withCode(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

/** The text a range covers, with LSP's 0-based lines and UTF-16 characters. */
export function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => lineStarts[p.line] + p.character;
  return text.slice(offset(range.start), offset(range.end));
}
