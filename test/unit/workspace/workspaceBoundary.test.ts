// The editor's index reads only files inside their collection: a link planted among the articles,
// reported by the file watcher, is not followed out of it.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { WorkspaceIndex } from '../../../server/src/workspace/workspaceIndex';
import { folderWith } from '../../tempFolder';

describe('workspace index boundary', () => {
  it('does not read a watched link that leads outside the collection, and reads a plain file', async () => {
    const parent = folderWith({
      'diary.txt': 'Private diary\n\nThe locksmith said the spare key is under the third step.\n',
      'stories/.crosscheck.json': '{}',
    });
    const folder = nodePath.join(parent, 'stories');
    const index = new WorkspaceIndex({ maxFileSizeKB: () => 2048, cache: () => undefined, notice: () => undefined });
    assert.deepEqual(await index.addFolder(folder), []);
    const link = nodePath.join(folder, 'diary.txt');
    fs.symlinkSync(nodePath.join(parent, 'diary.txt'), link);
    assert.deepEqual(await index.loadFromDisk(link), []);
    assert.equal(index.textOf(link), undefined);
    const plain = nodePath.join(folder, 'harbour.txt');
    fs.writeFileSync(plain, 'Harbour reopens\n\nThe harbour reopened on Monday, the port authority said.\n');
    assert.deepEqual(await index.loadFromDisk(plain), [plain]);
    assert.match(index.textOf(plain) ?? '', /^Harbour reopens/);
  });
});
