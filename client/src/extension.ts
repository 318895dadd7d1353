// Wires the extension together: the language server, the article language, the side panel, the status
// bar and the commands. No analysis happens here; everything the user sees comes from the server.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { ArticleLanguage } from './articleLanguage';
import { checkFolderAsArticles } from './checkFolder';
import { Collections } from './collections';
import { openMatch, registerCommands } from './commands';
import { FindingsStatus } from './findingsStatus';
import { IndexingProgress } from './indexingProgress';
import { createLanguageClient } from './languageClient';
import { MATCHES_VIEW, MatchesPanel, type PanelContents } from './matchesPanel';

/** What `activate` returns: lets the extension's own tests wait for real readiness signals. */
export interface CrosscheckApi {
  /** Resolves once the language server is running (rejects if it could not start). */
  ready: Promise<void>;
  client: LanguageClient;
  panel: MatchesPanel;
  status: FindingsStatus;
  collections: Collections;
}

/** Context key that tells the panel's welcome view whether the active file is an article. */
const ACTIVE_IS_ARTICLE = 'crosscheck.activeIsArticle';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  client = createLanguageClient(context);
  const languageClient = client;
  const collections = new Collections();
  const articleLanguage = new ArticleLanguage(collections);
  const panel = new MatchesPanel(languageClient);
  const status = new FindingsStatus();
  languageClient.registerFeature(new IndexingProgress(languageClient, status));
  const view = vscode.window.createTreeView(MATCHES_VIEW, { treeDataProvider: panel, showCollapseAll: true });

  // Panel and status bar follow the active editor; articles of no collection clear them.
  let followed = 0;
  const followActiveEditor = async (): Promise<PanelContents> => {
    const request = ++followed;
    const document = vscode.window.activeTextEditor?.document;
    const isArticle = document ? await collections.isArticle(document) : false;
    if (request !== followed) return panel.current;
    const article = isArticle ? document?.uri : undefined;
    void vscode.commands.executeCommand('setContext', ACTIVE_IS_ARTICLE, isArticle);
    view.description = article ? vscode.workspace.asRelativePath(article) : undefined;
    status.showArticle(article);
    return languageClient.isRunning() ? panel.show(article) : panel.current;
  };

  context.subscriptions.push(
    collections,
    articleLanguage,
    panel,
    status,
    view,
    vscode.window.onDidChangeActiveTextEditor(followActiveEditor),
    collections.onDidChange(followActiveEditor),
    languageClient.onDidChangeState(({ newState }) => {
      status.setPhase(newState === State.Running ? 'running' : newState === State.Starting ? 'starting' : 'stopped');
      if (newState === State.Running) void followActiveEditor();
    }),
    ...registerCommands({
      'crosscheck.restartServer': () => languageClient.restart(),
      'crosscheck.showOutput': () => languageClient.outputChannel.show(true),
      // Follows the active editor too: the command may run before the editor-change event is handled.
      'crosscheck.refreshMatches': followActiveEditor,
      'crosscheck.checkFolderAsArticles': async (folder?: vscode.Uri) => {
        const config = await checkFolderAsArticles(folder);
        if (config) collections.forget();
        return config;
      },
      'crosscheck.openMatch': openMatch,
    }),
  );

  void articleLanguage.adoptOpenDocuments();
  void followActiveEditor();
  const ready = languageClient.start().catch((error: unknown) => {
    void vscode.window.showErrorMessage(`Crosscheck could not start its language server: ${String(error)}`);
    throw error;
  });
  // Callers that never await `ready` must not see an unhandled rejection; the message above is shown.
  ready.catch(() => undefined);
  return { ready, client: languageClient, panel, status, collections };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
