// Typing ordinary text that once killed the language server (attribution fragments, words every
// JavaScript object inherits): the server keeps answering and publishing for every article.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { copyFixture, fileUri, LspSession, withCode } from './lspSession';

const LINES = ['- also said 40 people died', 'tedly said', '(reportedly said 40 died)', 'strongly suggest', "it'constructor", 'O’constructor', 'date constructor 3, 2026'];

describe('language server on text that looks like code', () => {
  let session: LspSession;
  let folder: string;

  beforeEach(async () => {
    folder = copyFixture('ferry-fire');
    // An article on disk holding the same lines: indexing must read on past it.
    fs.writeFileSync(nodePath.join(folder, 'constructor.txt'), `${LINES.join('\n\n')}\n`);
    session = new LspSession(folder, { diagnosticDelay: 20 });
    await session.start();
  });

  afterEach(async () => {
    await session.stop();
  });

  it('indexes every article, and keeps publishing while such text is typed', async () => {
    const tidewater = nodePath.join(folder, 'tidewater-daily.txt');
    const courier = nodePath.join(folder, 'coastline-courier.md');
    for (const path of [courier, tidewater, nodePath.join(folder, 'harbor-ledger.md'), nodePath.join(folder, 'constructor.txt')]) {
      const published = await session.diagnosticsFor(path);
      assert.deepEqual(withCode(published.diagnostics, 'analysis-failed'), [], path);
    }
    const { text } = session.open(tidewater);
    await session.diagnosticsFor(tidewater, (p) => p.version === 1);
    let version = 1;
    for (const line of LINES) {
      version++;
      session.change(tidewater, version, `${line}\n\n${text}`);
      const current = version;
      const published = await session.diagnosticsFor(tidewater, (p) => p.version === current);
      assert.deepEqual(withCode(published.diagnostics, 'analysis-failed'), [], line);
      assert.ok(withCode(published.diagnostics, 'conflicting-quote').length > 0, `the findings stay after typing "${line}"`);
    }
    const hover = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: fileUri(tidewater) }, position: { line: 0, character: 3 } });
    assert.notEqual(hover, undefined, 'the server still answers');
    assert.equal(session.serverErrors(), '');
  });
});
