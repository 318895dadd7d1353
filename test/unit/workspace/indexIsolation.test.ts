// The language server's workspace index when the analysis of one file fails (on a worker thread or
// behind the cache): that file gets its one finding and indexing carries on with the others.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { analyzeArticle } from '../../../server/src/core/analyze';
import type { AnalyzeOptions } from '../../../server/src/core/types';
import { WorkspaceIndex } from '../../../server/src/workspace/workspaceIndex';
import { folderWith } from '../../tempFolder';

const STORY =
  'PORT ELLERY — The harbour master, Ilse Marrow, said 212 passengers were aboard the Skerrow ferry when the fire started on Tuesday.\n\n' +
  '"We got everyone off the boat in nine minutes," Marrow said.\n';

function collectionFolder(): string {
  return folderWith({
    '.crosscheck.json': '{}',
    'courier.txt': STORY,
    'ledger.txt': STORY.replace('212', '180').replace('everyone', 'everybody'),
    'wire.txt': `WIRE ${STORY}`,
  });
}

/** An analysis that fails on the wire copy, the way a worker thread reports an exception. */
async function failingOnWire(text: string, options: AnalyzeOptions) {
  if (text.startsWith('WIRE')) throw new Error('TypeError: x is not a function\n    at analyse (worker.js:1:1)');
  return analyzeArticle(text, options);
}

describe('workspace index with an article whose analysis fails', () => {
  it('indexes every file, the failed one with its finding and out of matching', async () => {
    const folder = collectionFolder();
    const notices: string[] = [];
    const index = new WorkspaceIndex({ maxFileSizeKB: () => 2048, cache: () => undefined, notice: (m) => notices.push(m), analyse: failingOnWire });
    const files = await index.addFolder(folder);
    for (const path of files) {
      const prepared = await index.prepareFromDisk(path);
      index.loadPrepared(prepared!);
    }
    const { collection } = index.collectionOf(nodePath.join(folder, 'wire.txt'))!;
    const wire = nodePath.join(folder, 'wire.txt');
    assert.deepEqual(collection.paths(), files.slice().sort());
    assert.deepEqual(
      collection.diagnostics(wire).map((d) => [d.code, d.message]),
      [['analysis-failed', 'Crosscheck could not analyse this article: TypeError: x is not a function']],
    );
    assert.ok(collection.matches().some((g) => g.status === 'conflict'), 'the other articles are matched');
    assert.ok(collection.matches().every((g) => g.members.every((m) => m.path !== wire)));
    assert.ok(collection.facts(nodePath.join(folder, 'courier.txt')), 'the others are analysed');
    assert.deepEqual(notices, []);

    // The file is fixed on disk: the next read analyses it and it joins the collection's matching.
    fs.writeFileSync(wire, STORY);
    await index.loadFromDisk(wire);
    assert.equal(collection.failure(wire), undefined);
    assert.ok(collection.matches().some((g) => g.members.some((m) => m.path === wire)));
  });
});
