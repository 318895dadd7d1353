// Indexing a workspace reports work-done progress and keeps answering requests between articles.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { fileUri, fixturesRoot, LspSession } from './lspSession';

/** A collection of many copies of the fixture story, so indexing takes many steps. */
function manyCopies(count: number): string {
  const target = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'crosscheck-many-'));
  fs.writeFileSync(nodePath.join(target, '.crosscheck.json'), '{}');
  const source = nodePath.join(fixturesRoot, 'ferry-fire');
  for (let i = 0; i < count; i++) {
    const copy = nodePath.join(target, `edition-${i}`);
    fs.mkdirSync(copy);
    for (const name of ['coastline-courier.md', 'tidewater-daily.txt', 'harbor-ledger.md']) fs.copyFileSync(nodePath.join(source, name), nodePath.join(copy, name));
  }
  return target;
}

describe('language server indexing', () => {
  it('reports begin, rising percentages and end, and answers a hover before indexing ends', async () => {
    const folder = manyCopies(20);
    const session = new LspSession(folder);
    try {
      const firstReport = new Promise<void>((resolve) => session.progressListeners.push((value) => value.kind === 'report' && resolve()));
      const started = session.start();
      await firstReport;
      const hover = session.connection.sendRequest<Hover | null>('textDocument/hover', {
        textDocument: { uri: fileUri(nodePath.join(folder, 'edition-0', 'coastline-courier.md')) },
        position: { line: 0, character: 0 },
      });
      let endedBeforeHover = false;
      void session.indexed.then(() => (endedBeforeHover = true));
      await hover;
      assert.equal(endedBeforeHover, false, 'the hover was answered while articles were still being indexed');
      await started;
      const kinds = session.progress.map((p) => p.kind);
      assert.equal(kinds[0], 'begin');
      assert.equal(kinds[kinds.length - 1], 'end');
      const percentages = session.progress.filter((p) => p.kind === 'report').map((p) => p.percentage ?? -1);
      assert.equal(percentages.length, 60);
      assert.deepEqual(percentages, [...percentages].sort((a, b) => a - b));
      assert.equal(percentages[percentages.length - 1], 100);
    } finally {
      await session.stop();
    }
  });
});
