// Which open documents belong to an article collection: a folder holding `.crosscheck.json`, or below
// one. The server decides what it analyses on its own; the client needs the answer only to give such
// documents the `article` language and to tell the side panel whether to offer "Check This Folder".
import * as vscode from 'vscode';
import { articleGlobsOf } from './collectionConfig';

export const CONFIG_FILE = '.crosscheck.json';

interface Collection {
  root: vscode.Uri;
  articles: string[];
  exclude: string[];
}

export class Collections implements vscode.Disposable {
  /** Folder URI → the collection that covers it (null: none), so editor switches cost no file reads. */
  private readonly byFolder = new Map<string, Promise<Collection | null>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
  /** Fires when a `.crosscheck.json` appears, changes or goes away. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const forget = () => {
      this.byFolder.clear();
      this.changed.fire();
    };
    this.watcher.onDidCreate(forget);
    this.watcher.onDidChange(forget);
    this.watcher.onDidDelete(forget);
  }

  /** True when the document is a file that the collection covering it counts as an article. */
  async isArticle(document: vscode.TextDocument): Promise<boolean> {
    if (document.uri.scheme !== 'file') return false;
    if (document.languageId === 'article') return true;
    const collection = await this.collectionOf(vscode.Uri.joinPath(document.uri, '..'));
    if (!collection) return false;
    const matches = (glob: string) =>
      vscode.languages.match({ scheme: 'file', pattern: new vscode.RelativePattern(collection.root, glob) }, document) > 0;
    return collection.articles.some(matches) && !collection.exclude.some(matches);
  }

  /** Forgets what was read, e.g. after the user created a `.crosscheck.json` through a command. */
  forget(): void {
    this.byFolder.clear();
    this.changed.fire();
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }

  private collectionOf(folder: vscode.Uri): Promise<Collection | null> {
    const key = folder.toString();
    let found = this.byFolder.get(key);
    if (!found) {
      found = this.lookUp(folder);
      this.byFolder.set(key, found);
    }
    return found;
  }

  private async lookUp(folder: vscode.Uri): Promise<Collection | null> {
    const config = vscode.Uri.joinPath(folder, CONFIG_FILE);
    try {
      const bytes = await vscode.workspace.fs.readFile(config);
      return { root: folder, ...articleGlobsOf(new TextDecoder().decode(bytes)) };
    } catch {
      const parent = vscode.Uri.joinPath(folder, '..');
      return parent.path === folder.path ? null : this.collectionOf(parent);
    }
  }
}
