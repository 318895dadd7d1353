// Shows the server's work-done progress (indexing a collection) both where VS Code shows window
// progress and in Crosscheck's own status bar item, so the item says "indexing" rather than "no
// findings" while the collection is still being read. It takes over the progress requests the
// language client would otherwise render alone: one handler per token is all the protocol allows.
import * as vscode from 'vscode';
import type { BaseLanguageClient, FeatureState, StaticFeature } from 'vscode-languageclient';
import { WorkDoneProgress, WorkDoneProgressCreateRequest, type ClientCapabilities, type ProgressToken } from 'vscode-languageclient';
import type { FindingsStatus } from './findingsStatus';

export class IndexingProgress implements StaticFeature {
  private readonly running = new Set<() => void>();

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly status: FindingsStatus,
  ) {}

  fillClientCapabilities(capabilities: ClientCapabilities): void {
    capabilities.window = { ...capabilities.window, workDoneProgress: true };
  }

  getState(): FeatureState {
    return { kind: 'static' };
  }

  /** Runs after the client's own features, so this handler is the one that answers. */
  initialize(): void {
    this.client.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => this.follow(token));
  }

  /** The server stopped: end whatever progress it left open. */
  clear(): void {
    for (const finish of [...this.running]) finish();
  }

  private follow(token: ProgressToken): void {
    let title = 'Crosscheck';
    let latest = '';
    let report: (message: string) => void = () => undefined;
    const finished = new Promise<void>((resolve) => {
      const finish = () => {
        this.running.delete(finish);
        subscription.dispose();
        this.status.setIndexing(undefined);
        resolve();
      };
      this.running.add(finish);
      const subscription = this.client.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind === 'end') return finish();
        if (value.kind === 'begin') title = value.title;
        latest = value.message ?? latest;
        report(latest ? `${title}: ${latest}` : title);
        this.status.setIndexing({ title, message: latest });
      });
    });
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Window }, (progress) => {
      report = (message) => progress.report({ message });
      if (latest) report(`${title}: ${latest}`);
      return finished;
    });
  }
}
