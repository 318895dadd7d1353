// Diagnostics published by the language server: codes, ranges, related information in other articles,
// fresh findings after an edit, and nothing for files the collection does not count as articles.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { copyFixture, fileUri, fixturesRoot, LspSession, textAt, withCode } from './lspSession';

const folder = nodePath.join(fixturesRoot, 'ferry-fire');
const courier = nodePath.join(folder, 'coastline-courier.md');
const tidewater = nodePath.join(folder, 'tidewater-daily.txt');
const ledger = nodePath.join(folder, 'harbor-ledger.md');

describe('language server diagnostics', () => {
  let session: LspSession;

  beforeEach(async () => {
    session = new LspSession(folder, { diagnosticDelay: 20 });
    await session.start();
  });

  afterEach(async () => {
    await session.stop();
  });

  it('publishes every article after indexing with the conflicting quote pointing at the other outlet', async () => {
    const published = await session.diagnosticsFor(courier);
    const [conflict] = withCode(published.diagnostics, 'conflicting-quote');
    assert.ok(conflict, 'the courier carries a conflicting-quote');
    assert.equal(conflict.source, 'crosscheck');
    assert.equal(conflict.severity, 2 /* warning */);
    const courierText = fs.readFileSync(courier, 'utf8');
    assert.match(textAt(courierText, conflict.range), /We got everyone off the boat/);
    const related = conflict.relatedInformation?.find((r) => r.location.uri === fileUri(tidewater));
    assert.ok(related, 'related information points at the Tidewater Daily');
    assert.match(textAt(fs.readFileSync(tidewater, 'utf8'), related.location.range), /everybody/);
  });

  it('flags the passenger count that differs between outlets, and the unsourced repair cost', async () => {
    const published = await session.diagnosticsFor(courier);
    const [number] = withCode(published.diagnostics, 'conflicting-number');
    assert.ok(number, 'the courier carries a conflicting-number');
    assert.match(textAt(fs.readFileSync(courier, 'utf8'), number.range), /212/);
    assert.ok(number.relatedInformation?.some((r) => r.location.uri === fileUri(tidewater)));
    const unsourced = withCode(published.diagnostics, 'unsourced-claim').map((d) => textAt(fs.readFileSync(courier, 'utf8'), d.range));
    assert.ok(unsourced.some((text) => text.includes('$4 million')), unsourced.join(' | '));
  });

  it('ignores files outside the collection globs, whatever their language id', async () => {
    await Promise.all([courier, tidewater, ledger].map((path) => session.diagnosticsFor(path)));
    const html = nodePath.join(folder, 'notes.html');
    const draft = nodePath.join(folder, 'drafts', 'unfinished.md');
    session.open(html, 'article');
    session.open(draft, 'article');
    await session.barrier();
    assert.equal(session.latest(html), undefined);
    assert.equal(session.latest(draft), undefined);
    const hover = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: fileUri(draft) }, position: { line: 2, character: 50 } });
    assert.equal(hover, null);
    const everyUri = session.published.flatMap((p) => [p.uri, ...p.diagnostics.flatMap((d) => d.relatedInformation?.map((r) => r.location.uri) ?? [])]);
    assert.deepEqual([...new Set(everyUri)].sort(), [courier, ledger, tidewater].map(fileUri).sort());
  });

  it('publishes fresh findings for the edited version and for the articles it affects', async () => {
    const { text } = session.open(tidewater);
    await session.diagnosticsFor(tidewater, (p) => p.version === 1);
    const agreeing = text.replace('180 passengers', '212 passengers');
    const courierUpdate = session.nextDiagnosticsFor(courier);
    session.change(tidewater, 2, agreeing);
    const fresh = await session.diagnosticsFor(tidewater, (p) => p.version === 2);
    assert.deepEqual(withCode(fresh.diagnostics, 'conflicting-number'), []);
    assert.ok(withCode(fresh.diagnostics, 'conflicting-quote').length > 0, 'other findings stay');
    assert.deepEqual(withCode((await courierUpdate).diagnostics, 'conflicting-number'), []);
  });

  it('publishes only the last of several quick edits, and returns to the disk text on close', async () => {
    const { text } = session.open(tidewater);
    await session.diagnosticsFor(tidewater, (p) => p.version === 1);
    session.change(tidewater, 2, text.replace('180 passengers', '212 passengers'));
    session.change(tidewater, 3, text.replace('180 passengers', '190 passengers'));
    const third = await session.diagnosticsFor(tidewater, (p) => p.version === 3);
    assert.ok(!session.published.some((p) => p.uri === fileUri(tidewater) && p.version === 2), 'version 2 was superseded before analysis');
    assert.equal(withCode(third.diagnostics, 'conflicting-number').length, 1);
    session.change(tidewater, 4, text.replace('180 passengers', '212 passengers'));
    const reverted = session.nextDiagnosticsFor(tidewater, (p) => p.version === undefined || p.version === null);
    session.close(tidewater);
    const afterClose = await reverted;
    assert.equal(withCode(afterClose.diagnostics, 'conflicting-number').length, 1, 'the disk text still says 180');
    assert.ok(!session.published.some((p) => p.uri === fileUri(tidewater) && p.version === 4), 'the closed version was never published');
  });
});

describe('language server configuration', () => {
  it('applies the severities of the crosscheck settings, and follows their changes', async () => {
    const session = new LspSession(folder, { severity: { 'conflicting-quote': 'off', 'unsourced-claim': 'error' } });
    try {
      await session.start();
      const published = await session.diagnosticsFor(courier);
      assert.deepEqual(withCode(published.diagnostics, 'conflicting-quote'), []);
      const unsourced = withCode(published.diagnostics, 'unsourced-claim');
      assert.ok(unsourced.length > 0 && unsourced.every((d) => d.severity === 1 /* error */));
      assert.ok(withCode(published.diagnostics, 'conflicting-number').every((d) => d.severity === 2), 'other codes keep their default');
      session.settings = { enable: false };
      const cleared = session.nextDiagnosticsFor(courier, (p) => p.diagnostics.length === 0);
      await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await cleared;
    } finally {
      await session.stop();
    }
  });


  it('reports a broken .crosscheck.json with its line, in the file itself, and checks with the defaults', async () => {
    const folder = copyFixture('ferry-fire');
    const configPath = nodePath.join(folder, '.crosscheck.json');
    fs.writeFileSync(configPath, '{\n  "exclude": ["drafts/**"]\n  "articles": 4\n}\n');
    const session = new LspSession(folder);
    try {
      await session.start();
      assert.ok(session.messages.some((m) => /\.crosscheck\.json:3:\d+: /.test(m)), session.messages.join('\n'));
      const draft = await session.diagnosticsFor(nodePath.join(folder, 'drafts', 'unfinished.md'));
      assert.ok(draft.diagnostics.length > 0, 'with default globs the draft is an article');
      const [shown, ...others] = (await session.diagnosticsFor(configPath)).diagnostics;
      assert.deepEqual(others, []);
      assert.deepEqual([shown?.severity, shown?.range.start], [1 /* error */, { line: 2, character: 2 }]);
      assert.match(shown?.message ?? '', /^malformed JSON: expected ',' or '}'; the collection is checked with the default settings/);
      fs.writeFileSync(configPath, '{\n  "exclude": ["drafts/**"]\n}\n');
      const cleared = session.nextDiagnosticsFor(configPath, (p) => p.diagnostics.length === 0);
      await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configPath), type: 2 }] });
      await cleared;
    } finally {
      await session.stop();
    }
  });

  it('shows an impossible publication date in .crosscheck.json as an error at the date', async () => {
    const folder = copyFixture('quiet-library');
    const configPath = nodePath.join(folder, '.crosscheck.json');
    const dateLine = '  "published": { "reading-room.txt": "2026-02-31" }';
    fs.writeFileSync(configPath, `{\n${dateLine}\n}\n`);
    const session = new LspSession(folder);
    try {
      await session.start();
      const [shown] = (await session.diagnosticsFor(configPath)).diagnostics;
      assert.deepEqual(shown?.range.start, { line: 1, character: dateLine.indexOf('"2026') });
      assert.match(shown?.message ?? '', /"published" date "2026-02-31" is not a day of the calendar/);
    } finally {
      await session.stop();
    }
  });

  it('keeps analyses in the cache folder the client gives, and reopens from it with the same findings', async () => {
    const cacheDir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'crosscheck-server-cache-'));
    const first = new LspSession(folder, {}, { cacheDir });
    let before: Diagnostic[];
    try {
      await first.start();
      before = (await first.diagnosticsFor(courier)).diagnostics;
    } finally {
      await first.stop();
    }
    const stored = fs.readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json'));
    assert.equal(stored.length, 3, 'one analysis per article');
    const second = new LspSession(folder, {}, { cacheDir });
    try {
      await second.start();
      assert.deepEqual((await second.diagnosticsFor(courier)).diagnostics, before);
    } finally {
      await second.stop();
    }
  });

  it('re-indexes when .crosscheck.json changes, clearing articles it no longer covers', async () => {
    const folder = copyFixture('ferry-fire');
    const session = new LspSession(folder);
    try {
      await session.start();
      const tidewaterCopy = nodePath.join(folder, 'tidewater-daily.txt');
      assert.ok((await session.diagnosticsFor(tidewaterCopy)).diagnostics.length > 0);
      const configPath = nodePath.join(folder, '.crosscheck.json');
      const config = JSON.parse(fs.readFileSync(configPath, 'utf8')) as Record<string, unknown>;
      fs.writeFileSync(configPath, JSON.stringify({ ...config, articles: ['**/*.md'] }));
      const courierCopy = nodePath.join(folder, 'coastline-courier.md');
      const cleared = session.nextDiagnosticsFor(tidewaterCopy, (p) => p.diagnostics.length === 0);
      const republished = session.nextDiagnosticsFor(courierCopy, (p) => p.diagnostics.length > 0);
      await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configPath), type: 2 }] });
      await cleared;
      const courierFindings = await republished;
      assert.ok(courierFindings.diagnostics.every((d) => d.relatedInformation?.every((r) => !r.location.uri.endsWith('.txt')) ?? true));
      assert.deepEqual(withCode(courierFindings.diagnostics, 'conflicting-number'), [], 'the Tidewater figure is no longer compared');
      await session.barrier();
      assert.equal(session.latest(tidewaterCopy)?.diagnostics.length, 0);
    } finally {
      await session.stop();
    }
  });
});
