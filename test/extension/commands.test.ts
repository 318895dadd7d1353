// The contributed commands, run through VS Code's command service as the palette and menus would.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { crosscheck, diagnosticsOf, hasCode, openArticle, until, workspaceUri } from './helpers';

describe('commands', () => {
  it('registers every command the manifest declares', async () => {
    await crosscheck();
    const declared: string[] = vscode.extensions
      .getExtension('crosscheck.crosscheck')
      ?.packageJSON.contributes.commands.map((command: { command: string }) => command.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(declared.filter((command) => !registered.has(command)), []);
  });

  it('refreshes the matches of the active article', async () => {
    const api = await crosscheck();
    await openArticle('samples/tavera-flood/meridian-ledger.md');
    const contents = await vscode.commands.executeCommand<typeof api.panel.current>('crosscheck.refreshMatches');
    assert.equal(contents.article?.toString(), workspaceUri('samples/tavera-flood/meridian-ledger.md').toString());
    assert.ok(contents.matches.length > 0);
  });

  it('shows the output channel', async () => {
    await crosscheck();
    await vscode.commands.executeCommand('crosscheck.showOutput');
  });

  it('restarts the language server, which indexes and publishes again', async () => {
    const api = await crosscheck();
    const editor = await openArticle('samples/tavera-flood/meridian-ledger.md');
    const states: number[] = [];
    const texts: string[] = [];
    const watching = [api.client.onDidChangeState(({ newState }) => states.push(newState)), api.status.onDidChange((text) => texts.push(text))];
    await vscode.commands.executeCommand('crosscheck.restartServer');
    assert.ok(states.length >= 2, 'the server stopped and started again');
    await diagnosticsOf(editor.document.uri, hasCode('conflicting-quote'), 'findings after the restart');
    for (const subscription of watching) subscription.dispose();
    assert.ok(
      texts.some((text) => /^\$\(sync~spin\) Crosscheck: \S/.test(text)),
      `the status bar showed the indexing progress: ${texts.join(' | ')}`,
    );
    assert.ok(api.client.isRunning());
  });

  it('makes a folder an article collection', async () => {
    const api = await crosscheck();
    const note = await vscode.workspace.openTextDocument(workspaceUri('loose-notes/ferry-notes.txt'));
    assert.equal(note.languageId, 'plaintext');
    assert.equal(await api.collections.isArticle(note), false);
    const config = await vscode.commands.executeCommand<vscode.Uri>('crosscheck.checkFolderAsArticles', workspaceUri('loose-notes'));
    assert.equal(config.toString(), workspaceUri('loose-notes/.crosscheck.json').toString());
    const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(config)));
    assert.deepEqual(Object.keys(written).sort(), ['aliases', 'articles', 'entityTypes', 'exclude', 'ignore', 'notSame', 'outlets', 'published']);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), config.toString());
    const reopened = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === note.uri.toString())?.languageId;
    await until(vscode.workspace.onDidOpenTextDocument, reopened, (languageId) => languageId === 'article', 'the note to become an article');
  });
});
