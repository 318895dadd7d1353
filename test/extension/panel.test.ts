// The side panel's data: the active article's cross-source matches, grouped as the setting says, each
// member opening the other article at the matched words.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PanelNode } from '../../client/src/matchesPanel';
import { crosscheck, openArticle, sameFile, until, workspaceUri } from './helpers';

const ledger = 'samples/tavera-flood/meridian-ledger.md';

async function panelFor(relativePath: string) {
  const api = await crosscheck();
  const uri = workspaceUri(relativePath);
  await openArticle(relativePath);
  await until(
    api.panel.onDidRefresh,
    () => api.panel.current,
    (current) => current.article?.toString() === uri.toString() && current.matches.some((match) => match.status === 'conflict'),
    `the panel to list conflicts of ${relativePath}`,
  );
  return api.panel;
}

function labelOf(panel: vscode.TreeDataProvider<PanelNode>, node: PanelNode): string {
  const item = panel.getTreeItem(node) as vscode.TreeItem;
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

describe('cross-source matches panel', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('crosscheck').update('panel.groupBy', undefined, vscode.ConfigurationTarget.Global);
  });

  it('lists the active article’s matches by status, conflicts first', async () => {
    const panel = await panelFor(ledger);
    const sections = panel.getChildren();
    const labels = sections.map((section) => labelOf(panel, section));
    assert.equal(labels[0], 'Conflicts');
    const conflicts = panel.getChildren(sections[0]);
    const quote = conflicts.find((node) => node.kind === 'match' && node.match.kind === 'quote');
    assert.ok(quote, 'the conflicting quote is listed');
    const members = panel.getChildren(quote);
    assert.ok(members.length >= 2);
    assert.ok(members[0].kind === 'member' && members[0].member.self, 'this article’s member comes first');
  });

  it('opens the other article at the matched words', async () => {
    const panel = await panelFor(ledger);
    const [conflictSection] = panel.getChildren();
    const quote = panel.getChildren(conflictSection).find((node) => node.kind === 'match' && node.match.kind === 'quote');
    assert.ok(quote);
    const other = panel.getChildren(quote).find((node) => node.kind === 'member' && !node.member.self);
    assert.ok(other && other.kind === 'member');
    const item = panel.getTreeItem(other) as vscode.TreeItem;
    assert.equal(item.command?.command, 'crosscheck.openMatch');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.ok(sameFile(editor.document.uri, workspaceUri('samples/tavera-flood/cps-wire.txt')));
    assert.equal(editor.document.getText(editor.selection), other.member.text);
  });

  it('groups by kind when the setting asks for it', async () => {
    const panel = await panelFor(ledger);
    const api = await crosscheck();
    const regrouped = until(api.panel.onDidChangeTreeData, () => panel.getChildren().map((section) => labelOf(panel, section)), (labels) => labels.includes('Quotes'), 'sections by kind');
    await vscode.workspace.getConfiguration('crosscheck').update('panel.groupBy', 'kind', vscode.ConfigurationTarget.Global);
    const labels = await regrouped;
    assert.ok(labels.every((label) => ['Quotes', 'Figures', 'Dates', 'Claims'].includes(label)), labels.join(', '));
    assert.ok(labels.includes('Dates'), 'the conflicting date is listed');
  });

  it('empties when the active file is not an article', async () => {
    const api = await crosscheck();
    await panelFor(ledger);
    const emptied = until(api.panel.onDidRefresh, () => api.panel.current, (current) => current.article === undefined, 'the panel to empty');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('samples/PLANTED.md')));
    const current = await emptied;
    assert.deepEqual(current.matches, []);
    assert.deepEqual(api.panel.getChildren(), []);
  });
});
