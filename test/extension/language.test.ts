// The article language: plain-text articles of a collection switch to it, markdown articles keep
// markdown, and both get semantic tokens from the legend the manifest declares.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { crosscheck, until, workspaceUri } from './helpers';

async function languageOf(relativePath: string, expected: string): Promise<string> {
  const uri = workspaceUri(relativePath);
  await vscode.workspace.openTextDocument(uri);
  const current = () => vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString())?.languageId ?? '';
  // Switching language closes and reopens the document, so watch openings.
  return until(vscode.workspace.onDidOpenTextDocument, current, (languageId) => languageId === expected, `${relativePath} as ${expected}`);
}

describe('article language', () => {
  before(async () => {
    await crosscheck();
  });

  it('opens the plain-text articles of a collection as articles', async () => {
    assert.equal(await languageOf('samples/tavera-flood/daily-clarion.txt', 'article'), 'article');
  });

  it('leaves markdown articles in markdown', async () => {
    const api = await crosscheck();
    const document = await vscode.workspace.openTextDocument(workspaceUri('samples/tavera-flood/meridian-ledger.md'));
    assert.equal(document.languageId, 'markdown');
    assert.ok(await api.collections.isArticle(document));
  });

  it('does not count files the collection leaves out as articles', async () => {
    const api = await crosscheck();
    const planted = await vscode.workspace.openTextDocument(workspaceUri('samples/PLANTED.md'));
    assert.equal(await api.collections.isArticle(planted), false);
  });

  it('colours names with the semantic token legend the manifest declares', async () => {
    const uri = workspaceUri('samples/tavera-flood/cps-wire.txt');
    await languageOf('samples/tavera-flood/cps-wire.txt', 'article');
    const document = await vscode.workspace.openTextDocument(uri);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', uri);
    const declared = vscode.extensions.getExtension('crosscheck.crosscheck')?.packageJSON.contributes.semanticTokenTypes.map((t: { id: string }) => t.id);
    assert.deepEqual(legend.tokenTypes, declared);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri);
    // Decode the relative five-integer encoding into (text, type) pairs.
    const found: [string, string][] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 4);
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      found.push([document.getText(new vscode.Range(line, character, line, character + length)), legend.tokenTypes[type]]);
    }
    assert.ok(found.some(([text, type]) => text === 'Marco Ferrante' && type === 'person'), JSON.stringify(found.slice(0, 20)));
    assert.ok(found.some(([, type]) => type === 'quote'));
  });
});
