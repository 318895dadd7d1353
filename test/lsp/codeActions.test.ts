// Quick fixes: "use that figure/wording" edits the article pinned to the diagnosed version, "teach"
// edits .crosscheck.json, and a finding from an older version of the text gets no fix at all.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { CodeAction, CreateFile, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { copyFixture, fileUri, fixturesRoot, LspSession, textAt, withCode } from './lspSession';

const folder = nodePath.join(fixturesRoot, 'ferry-fire');
const courier = nodePath.join(folder, 'coastline-courier.md');
const ledger = nodePath.join(folder, 'harbor-ledger.md');

function actionsFor(session: LspSession, path: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: fileUri(path) },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  });
}

describe('language server code actions', () => {
  let session: LspSession;

  beforeEach(async () => {
    session = new LspSession(folder, { diagnosticDelay: 20 });
    await session.start();
  });

  afterEach(async () => {
    await session.stop();
  });

  it('offers the other outlet’s figure as an edit pinned to the diagnosed version', async () => {
    const { text } = session.open(courier);
    const published = await session.diagnosticsFor(courier, (p) => p.version === 1);
    const [number] = withCode(published.diagnostics, 'conflicting-number');
    assert.ok(number, 'a conflicting-number to fix');
    const actions = await actionsFor(session, courier, number);
    const replace = actions.find((a) => a.edit?.documentChanges);
    assert.ok(replace, actions.map((a) => a.title).join(', '));
    assert.equal(replace.kind, 'quickfix');
    const [change] = replace.edit!.documentChanges as TextDocumentEdit[];
    assert.deepEqual(change.textDocument, { uri: fileUri(courier), version: 1 });
    assert.equal(change.edits.length, 1);
    assert.match(textAt(text, change.edits[0].range), /212/);
    assert.match(change.edits[0].newText, /180/);
  });

  it('refuses a fix computed for a version of the text that has changed since', async () => {
    const { text } = session.open(courier);
    const published = await session.diagnosticsFor(courier, (p) => p.version === 1);
    const [number] = withCode(published.diagnostics, 'conflicting-number');
    assert.ok(number);
    assert.ok((await actionsFor(session, courier, number)).length > 0, 'the current version has a fix');
    session.change(courier, 2, `Update: more to follow.\n\n${text}`);
    assert.deepEqual(await actionsFor(session, courier, number), []);
  });

  it('offers the usual spelling of a name and teaches the alias through .crosscheck.json', async () => {
    session.open(ledger);
    const published = await session.diagnosticsFor(ledger, (p) => p.version === 1);
    const [variant] = withCode(published.diagnostics, 'name-variant');
    assert.ok(variant, `a name-variant in ${published.diagnostics.map((d) => d.code).join(', ')}`);
    const actions = await actionsFor(session, ledger, variant);
    const edits = actions.flatMap((a) => (a.edit?.documentChanges ?? []) as TextDocumentEdit[]);
    const articleEdit = edits.find((e) => e.textDocument.uri === fileUri(ledger));
    assert.ok(articleEdit, 'an edit of the article');
    assert.equal(articleEdit.edits[0].newText, 'Tomás Reyes');
    const configEdit = edits.find((e) => e.textDocument.uri === fileUri(nodePath.join(folder, '.crosscheck.json')));
    assert.ok(configEdit, 'an edit of .crosscheck.json');
    assert.equal(configEdit.textDocument.version, null);
    assert.match(configEdit.edits.map((e) => e.newText).join(''), /Tomas Reyes/);
  });

  it('records the publication date of an undated article in .crosscheck.json, by its path in the collection', async () => {
    const copy = copyFixture('ferry-fire');
    const late = nodePath.join(copy, 'wire', 'late-update.md');
    fs.mkdirSync(nodePath.dirname(late));
    fs.writeFileSync(late, '# Kestrel back in service\n\nThe ferry Kestrel returned to service on Monday, the Marlow Bay Port Authority said, after repairs that began on March 4, 2026.\n');
    const copySession = new LspSession(copy, { diagnosticDelay: 20 });
    try {
      await copySession.start();
      copySession.open(late);
      const [missing] = withCode((await copySession.diagnosticsFor(late, (p) => p.version === 1)).diagnostics, 'missing-publication-date');
      assert.ok(missing, 'the undated article is told so');
      assert.deepEqual(missing.range.start, { line: 0, character: 0 });
      const actions = await actionsFor(copySession, late, missing);
      const configUri = fileUri(nodePath.join(copy, '.crosscheck.json'));
      const edit = actions.flatMap((a) => (a.edit?.documentChanges ?? []) as TextDocumentEdit[]).find((e) => e.textDocument.uri === configUri);
      assert.ok(edit, actions.map((a) => a.title).join(', '));
      assert.match(edit.edits.map((e) => e.newText).join(''), /"wire\/late-update\.md": "2026-03-04"/);
    } finally {
      await copySession.stop();
    }
  });

  it('creates .crosscheck.json when a teach fix finds it gone', async () => {
    const copy = copyFixture('ferry-fire');
    const copySession = new LspSession(copy, { diagnosticDelay: 20 });
    try {
      await copySession.start();
      const copyLedger = nodePath.join(copy, 'harbor-ledger.md');
      copySession.open(copyLedger);
      const [variant] = withCode((await copySession.diagnosticsFor(copyLedger, (p) => p.version === 1)).diagnostics, 'name-variant');
      assert.ok(variant);
      fs.rmSync(nodePath.join(copy, '.crosscheck.json'));
      const actions = await actionsFor(copySession, copyLedger, variant);
      const configUri = fileUri(nodePath.join(copy, '.crosscheck.json'));
      const teach = actions.find((a) => (a.edit?.documentChanges ?? []).some((c) => 'kind' in c && c.kind === 'create'));
      assert.ok(teach, actions.map((a) => a.title).join(', '));
      const [create, edit] = teach.edit!.documentChanges as [CreateFile, TextDocumentEdit];
      assert.deepEqual(create, { kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
      assert.equal(edit.textDocument.uri, configUri);
      const written = JSON.parse(edit.edits[0].newText) as { aliases: Record<string, string[]> };
      assert.ok(Object.values(written.aliases).flat().includes('Tomas Reyes'));
    } finally {
      await copySession.stop();
    }
  });
});
