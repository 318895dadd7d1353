// Crosscheck's own files are replaced in one step and never written through a link planted in their folder.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { replaceFile, writeNewFile } from '../../../server/src/workspace/atomicFile';

function tempDir(): string {
  return fs.mkdtempSync(nodePath.join(os.tmpdir(), 'crosscheck-atomic-'));
}

describe('writing Crosscheck\'s own files', () => {
  it('creates a new file only where nothing is: a link planted at the name is refused and its target left alone', async () => {
    const dir = tempDir();
    const victim = nodePath.join(dir, 'notes.txt');
    fs.writeFileSync(victim, 'the reporter\'s own notes\n');
    const planted = nodePath.join(dir, 'entry.json.partial');
    fs.symlinkSync(victim, planted);
    await assert.rejects(writeNewFile(planted, '{"overwritten":true}'), { code: 'EEXIST' });
    assert.equal(fs.readFileSync(victim, 'utf8'), 'the reporter\'s own notes\n');
    const dangling = nodePath.join(dir, 'dangling.partial');
    fs.symlinkSync(nodePath.join(dir, 'would-be-created.txt'), dangling);
    await assert.rejects(writeNewFile(dangling, 'x'), { code: 'EEXIST' });
    assert.equal(fs.existsSync(nodePath.join(dir, 'would-be-created.txt')), false);
  });

  it('replaces a file in one step, leaving no temporary file behind', async () => {
    const dir = tempDir();
    const file = nodePath.join(dir, 'entry.json');
    await replaceFile(file, '{"first":1}');
    await replaceFile(file, '{"second":2}');
    assert.equal(fs.readFileSync(file, 'utf8'), '{"second":2}');
    assert.deepEqual(fs.readdirSync(dir), ['entry.json']);
  });

  it('replaces a link at the final name instead of writing through it', async () => {
    const dir = tempDir();
    const victim = nodePath.join(dir, 'notes.txt');
    fs.writeFileSync(victim, 'kept\n');
    const file = nodePath.join(dir, 'entry.json');
    fs.symlinkSync(victim, file);
    await replaceFile(file, '{"fresh":true}');
    assert.equal(fs.readFileSync(victim, 'utf8'), 'kept\n');
    assert.equal(fs.lstatSync(file).isFile(), true);
    assert.equal(fs.readFileSync(file, 'utf8'), '{"fresh":true}');
  });
});
