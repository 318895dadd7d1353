// Find All References on a name lists every mention of that entity across the collection's articles.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { Location } from 'vscode-languageserver-protocol';
import { fileUri, fixturesRoot, LspSession, textAt } from './lspSession';

const folder = nodePath.join(fixturesRoot, 'ferry-fire');
const courier = nodePath.join(folder, 'coastline-courier.md');

describe('language server references', () => {
  let session: LspSession;

  before(async () => {
    session = new LspSession(folder);
    await session.start();
  });

  after(async () => {
    await session.stop();
  });

  it('finds every mention of the harbor master in all three outlets', async () => {
    const lines = fs.readFileSync(courier, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('Ingrid Solberg'));
    const locations = await session.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri: fileUri(courier) },
      position: { line, character: lines[line].indexOf('Ingrid Solberg') + 2 },
      context: { includeDeclaration: true },
    });
    const byFile = new Map<string, string[]>();
    for (const location of locations) {
      const path = new URL(location.uri).pathname;
      byFile.set(nodePath.basename(path), [...(byFile.get(nodePath.basename(path)) ?? []), textAt(fs.readFileSync(path, 'utf8'), location.range)]);
    }
    assert.deepEqual([...byFile.keys()].sort(), ['coastline-courier.md', 'harbor-ledger.md', 'tidewater-daily.txt']);
    assert.ok(byFile.get('coastline-courier.md')!.includes('Solberg'));
    for (const texts of byFile.values()) assert.ok(texts.every((t) => /Solberg$/.test(t)), texts.join(', '));
  });

  it('finds nothing away from a name', async () => {
    const locations = await session.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri: fileUri(courier) },
      position: { line: 1, character: 0 },
      context: { includeDeclaration: true },
    });
    assert.deepEqual(locations, []);
  });
});
