// The language client: starts `dist/server.js` over IPC and tells it about the documents, settings and
// collection files it needs. The client id equals the settings prefix, so `crosscheck.trace.server`
// traces the protocol with no code of ours.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

/** Languages a collection's files can have in the editor; the server decides which are articles. */
const documentLanguages = ['article', 'plaintext', 'markdown'];

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    // The server returns the garbage of indexing a large collection once it is done (see server.ts).
    run: { module, transport: TransportKind.ipc, options: { execArgv: ['--expose-gc'] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--expose-gc', '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentLanguages.map((language) => ({ scheme: 'file', language })),
    synchronize: {
      configurationSection: 'crosscheck',
      // Collection configs decide what is an article; the server asks to watch the articles themselves.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.crosscheck.json'),
    },
    // The persistent analysis cache belongs in the extension's storage, never in the user's folder.
    initializationOptions: { cacheDir: context.globalStorageUri.fsPath },
  };
  return new LanguageClient('crosscheck', 'Crosscheck', serverOptions, clientOptions);
}
