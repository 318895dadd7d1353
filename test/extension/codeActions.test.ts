// Quick fixes: offered on a finding, applying one edits the article, and the article's other findings stay.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, crosscheck, diagnosticsOf, hasCode, openArticle } from './helpers';

/** The text a code action would insert into articles (not into `.crosscheck.json`). */
function insertedText(action: vscode.CodeAction): string {
  return (action.edit?.entries() ?? [])
    .filter(([uri]) => !uri.path.endsWith('.crosscheck.json'))
    .flatMap(([, edits]) => edits.map((edit) => edit.newText))
    .join('');
}

describe('quick fixes', () => {
  before(async () => {
    await crosscheck();
  });

  afterEach(async () => {
    // The workspace is a copy, but later tests expect the planted text: drop unsaved edits.
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('replaces a conflicting quote with the other source’s wording, keeping the other findings', async () => {
    const editor = await openArticle('samples/tavera-flood/cps-wire.txt');
    const uri = editor.document.uri;
    const before = await diagnosticsOf(uri, (found) => hasCode('conflicting-quote')(found) && hasCode('name-variant')(found), 'a conflicting-quote and a name-variant');
    const conflict = before.find((d) => codeOf(d) === 'conflicting-quote');
    assert.ok(conflict);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, conflict.range);
    const useOther = actions.find((action) => insertedText(action).includes('losing the harvest'));
    assert.ok(useOther?.edit, `a fix using the other wording among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(useOther.kind?.value, vscode.CodeActionKind.QuickFix.value);
    const versionBefore = editor.document.version;
    assert.ok(await vscode.workspace.applyEdit(useOther.edit));
    assert.ok(editor.document.version > versionBefore);
    assert.match(editor.document.getText(), /afraid of losing the harvest/);
    assert.doesNotMatch(editor.document.getText(), /afraid of losing everything/);
    const after = await diagnosticsOf(uri, (found) => !hasCode('conflicting-quote')(found) && found.length > 0, 'the conflict to clear');
    assert.ok(hasCode('name-variant')(after), 'the name variant is still reported');
  });

  it('offers to use the usual spelling of a name', async () => {
    const editor = await openArticle('samples/tavera-flood/cps-wire.txt');
    // Wait for the finding on the current text (a revert may leave older ranges for a moment).
    const isVariant = (d: vscode.Diagnostic) => codeOf(d) === 'name-variant' && editor.document.getText(d.range) === 'Ines Ibanez';
    const found = await diagnosticsOf(editor.document.uri, (all) => all.some(isVariant), 'a name-variant on “Ines Ibanez”');
    const variant = found.find(isVariant);
    assert.ok(variant);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, variant.range);
    const respell = actions.find((action) => insertedText(action) === 'Inés Ibáñez');
    assert.ok(respell?.edit, `a respelling among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(respell.edit));
    assert.equal(editor.document.getText(variant.range), 'Inés Ibáñez');
  });
});
