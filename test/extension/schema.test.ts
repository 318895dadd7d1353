// `.crosscheck.json` is validated against the schema the manifest contributes, as the user types.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { until, workspaceUri } from './helpers';

describe('collection config schema', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('flags an entity type that is not a person, organisation or place', async () => {
    const uri = workspaceUri('samples/.crosscheck.json');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const text = editor.document.getText();
    const at = text.indexOf('"entityTypes": {}');
    assert.ok(at >= 0, 'the sample config has an empty entityTypes');
    const edit = new vscode.WorkspaceEdit();
    const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + '"entityTypes": {}'.length));
    edit.replace(uri, range, '"entityTypes": { "Valdemora": "river" }');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const problems = await until(
      vscode.languages.onDidChangeDiagnostics,
      () => vscode.languages.getDiagnostics(uri),
      (found) => found.some((d) => /person/.test(d.message)),
      'a schema error on the entity type',
    );
    const problem = problems.find((d) => /person/.test(d.message));
    assert.ok(problem);
    assert.equal(editor.document.getText(problem.range), '"river"');
  });
});
