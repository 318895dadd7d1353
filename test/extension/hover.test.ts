// Hovering a name shows the other articles of the collection that mention it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { crosscheck, diagnosticsOf, openArticle } from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('hover', () => {
  before(async () => {
    await crosscheck();
  });

  it('lists the other articles that mention a person', async () => {
    const editor = await openArticle('samples/tavera-flood/cps-wire.txt');
    // Diagnostics mean the collection has been analysed, so the hover speaks for all of it.
    await diagnosticsOf(editor.document.uri, (found) => found.length > 0, 'any finding');
    const offset = editor.document.getText().indexOf('Marco Ferrante');
    assert.ok(offset >= 0, 'the wire names Marco Ferrante');
    const position = editor.document.positionAt(offset + 'Marco '.length);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
    const text = hoverText(hovers);
    assert.match(text, /Marco Ferrante/);
    assert.match(text, /meridian-ledger\.md/);
    assert.doesNotMatch(text, /cps-depot-leak/, 'the unrelated story does not mention him');
  });

  it('shows how another source words a quote', async () => {
    const editor = await openArticle('samples/tavera-flood/meridian-ledger.md');
    await diagnosticsOf(editor.document.uri, (found) => found.length > 0, 'any finding');
    const offset = editor.document.getText().indexOf('afraid of losing the harvest');
    assert.ok(offset >= 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      editor.document.positionAt(offset + 3),
    );
    const text = hoverText(hovers);
    assert.match(text, /cps-wire\.txt/);
    assert.match(text, /afraid of losing everything/);
  });
});
