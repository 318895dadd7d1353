// Plain-text files in an article collection open as `article`, so they get the article grammar and
// semantic colouring. Markdown files keep their language (and markdown's own tooling); the server
// analyses them either way.
import * as vscode from 'vscode';
import type { Collections } from './collections';

export const ARTICLE_LANGUAGE = 'article';

export class ArticleLanguage implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly collections: Collections) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.adopt(document)),
      collections.onDidChange(() => this.adoptOpenDocuments()),
    );
  }

  /** Gives every open plain-text article the article language (after activation or a config change). */
  async adoptOpenDocuments(): Promise<void> {
    await Promise.all(vscode.workspace.textDocuments.map((document) => this.adopt(document)));
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async adopt(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== 'plaintext' || !(await this.collections.isArticle(document))) return;
    // The document may have been closed, or switched by the user, while the collection was looked up.
    if (document.isClosed || document.languageId !== 'plaintext') return;
    await vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
  }
}
