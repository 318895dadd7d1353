// An open document over the size limit is analysed up to the limit, and the user is told once: a huge
// paste must not hold up the server, and what fits is still checked against the other articles.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { copyFixture, LspSession, withCode } from './lspSession';

describe('language server: open documents over the size limit', () => {
  it('analyses the part within the limit, says so once, and answers requests beyond it', async () => {
    const folder = copyFixture('ferry-fire');
    const tidewater = nodePath.join(folder, 'tidewater-daily.txt');
    const session = new LspSession(folder, { diagnosticDelay: 0, maxFileSize: 1 });
    try {
      await session.start();
      const { text } = session.open(tidewater);
      await session.diagnosticsFor(tidewater, (p) => p.version === 1);
      const filler = 'Harbour traffic was otherwise normal on Tuesday evening.\n'.repeat(30);
      const tail = '"We got nobody off the boat in under an hour," said Ingrid Solberg.\n';
      const long = `${text}\n${filler}${tail}`;
      assert.ok(Buffer.byteLength(text) < 1024 && Buffer.byteLength(long) > 2048);

      for (const version of [2, 3]) {
        session.change(tidewater, version, long + ' '.repeat(version));
        const published = await session.diagnosticsFor(tidewater, (p) => p.version === version);
        assert.ok(withCode(published.diagnostics, 'conflicting-quote').length > 0, 'the quote within the limit is still compared');
        const lastLine = long.split('\n').length - 2;
        assert.ok(published.diagnostics.every((d) => d.range.end.line < lastLine), 'nothing is found past the limit');
      }
      const hover = await session.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: session.latest(tidewater)!.uri },
        position: { line: long.split('\n').length - 2, character: 5 },
      });
      assert.equal(hover, null);
      const notices = session.notifications.filter((n) => n.method === 'window/logMessage' && /only its first 1 KB are analysed/.test((n.params as { message: string }).message));
      assert.equal(notices.length, 1);
      assert.equal(fs.readFileSync(tidewater, 'utf8'), text, 'the file itself is left as it was');
    } finally {
      await session.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
