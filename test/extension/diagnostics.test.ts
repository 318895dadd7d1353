// Diagnostics in the real editor: the sample collection's planted findings arrive with their codes,
// their related information points at the other article, and the unrelated story stays clean.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, crosscheck, diagnosticsOf, hasCode, openArticle, sameFile, textAt, until, workspaceUri } from './helpers';

const ledger = 'samples/tavera-flood/meridian-ledger.md';
const wire = 'samples/tavera-flood/cps-wire.txt';
const clarion = 'samples/tavera-flood/daily-clarion.txt';

describe('diagnostics', () => {
  before(async () => {
    await crosscheck();
  });

  it('reports the quote worded differently in both articles, each pointing at the other', async () => {
    for (const [here, there, otherWords] of [
      [ledger, wire, 'afraid of losing everything'],
      [wire, ledger, 'afraid of losing the harvest'],
    ]) {
      await openArticle(here);
      const diagnostics = await diagnosticsOf(workspaceUri(here), hasCode('conflicting-quote'), 'a conflicting-quote');
      const conflict = diagnostics.find((d) => codeOf(d) === 'conflicting-quote');
      assert.ok(conflict);
      assert.equal(conflict.severity, vscode.DiagnosticSeverity.Warning);
      const related = conflict.relatedInformation ?? [];
      const elsewhere = related.find((info) => sameFile(info.location.uri, workspaceUri(there)));
      assert.ok(elsewhere, `${here} points at ${there}`);
      assert.match(await textAt(elsewhere.location), new RegExp(otherWords));
    }
  });

  it('reports each planted kind of finding with its code', async () => {
    await openArticle(clarion);
    const expected = ['conflicting-number', 'quote-variant', 'unsourced-claim', 'uncorroborated-claim'];
    const diagnostics = await diagnosticsOf(
      workspaceUri(clarion),
      (found) => expected.every((code) => found.some((d) => codeOf(d) === code)),
      `the codes ${expected.join(', ')}`,
    );
    const number = diagnostics.find((d) => codeOf(d) === 'conflicting-number');
    assert.ok(number);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && sameFile(editor.document.uri, workspaceUri(clarion)));
    assert.match(editor.document.getText(number.range), /44/);
    assert.ok(number.relatedInformation?.some((info) => sameFile(info.location.uri, workspaceUri(ledger))));
  });

  it('raises no conflict in the unrelated story', async () => {
    const unrelated = workspaceUri('samples/port-ellery/harbour-gazette.md');
    await openArticle('samples/port-ellery/harbour-gazette.md');
    const api = await crosscheck();
    const shown = await until(api.panel.onDidRefresh, () => api.panel.current, (current) => current.article?.toString() === unrelated.toString(), 'the panel to show the gazette');
    assert.deepEqual(shown.matches.filter((match) => match.status === 'conflict').map((match) => match.note), []);
    const conflicts = vscode.languages.getDiagnostics(unrelated).filter((d) => codeOf(d).startsWith('conflicting-'));
    assert.deepEqual(conflicts.map((d) => d.message), []);
  });

  it('counts the active article’s findings in the status bar', async () => {
    const api = await crosscheck();
    await openArticle(ledger);
    await diagnosticsOf(workspaceUri(ledger), hasCode('conflicting-quote'), 'a conflicting-quote');
    const warnings = vscode.languages
      .getDiagnostics(workspaceUri(ledger))
      .filter((d) => d.source === 'crosscheck' && d.severity <= vscode.DiagnosticSeverity.Warning).length;
    assert.ok(warnings > 0);
    await until(api.status.onDidChange, () => api.status.text, (text) => text.startsWith(`$(warning) ${warnings} `), 'the status bar count');
  });
});
