// `crosscheck/matches` gives the side panel an article's cross-source match groups with ranges, and
// `crosscheck/matchesChanged` tells it when to ask again.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { MatchesChangedNotification, MatchesRequest, type PanelMatch } from '../../server/src/protocol';
import { fileUri, fixturesRoot, LspSession, textAt } from './lspSession';

const folder = nodePath.join(fixturesRoot, 'ferry-fire');
const courier = nodePath.join(folder, 'coastline-courier.md');
const tidewater = nodePath.join(folder, 'tidewater-daily.txt');

describe('language server matches for the side panel', () => {
  let session: LspSession;

  before(async () => {
    session = new LspSession(folder, { diagnosticDelay: 20 });
    await session.start();
  });

  after(async () => {
    await session.stop();
  });

  it('lists the conflicting quote with both outlets’ wordings and ranges', async () => {
    const matches = await session.connection.sendRequest(MatchesRequest.type, { textDocument: { uri: fileUri(courier) } });
    const conflict = matches.find((m: PanelMatch) => m.kind === 'quote' && m.status === 'conflict');
    assert.ok(conflict, JSON.stringify(matches.map((m) => [m.kind, m.status])));
    const self = conflict.members.filter((m) => m.self);
    assert.equal(self.length, 1);
    assert.equal(self[0].uri, fileUri(courier));
    const other = conflict.members.find((m) => m.uri === fileUri(tidewater));
    assert.ok(other);
    assert.equal(other.path, 'tidewater-daily.txt');
    assert.equal(textAt(fs.readFileSync(tidewater, 'utf8'), other.range), other.text);
    assert.match(other.text, /everybody/);
    for (const match of matches) assert.ok(match.members.some((m) => m.self), 'every group involves the asked article');
  });

  it('announces changed matches after an edit', async () => {
    const { text } = session.open(tidewater);
    await session.diagnosticsFor(tidewater, (p) => p.version === 1);
    // Indexing announces its own changes too, perhaps after this point: only an announcement naming the
    // edited article counts, and the matches are asked for once the edit's findings are out.
    const announced = new Promise<void>((resolve) =>
      session.connection.onNotification(MatchesChangedNotification.type, ({ uris }) => {
        if (uris.includes(fileUri(tidewater))) resolve();
      }),
    );
    session.change(tidewater, 2, text.replace('everybody', 'everyone'));
    await session.diagnosticsFor(tidewater, (p) => p.version === 2);
    await announced;
    const matches = await session.connection.sendRequest(MatchesRequest.type, { textDocument: { uri: fileUri(courier) } });
    assert.ok(!matches.some((m) => m.kind === 'quote' && m.status === 'conflict' && m.members.some((x) => x.uri === fileUri(tidewater) && /twenty/.test(x.text))));
  });

  it('answers an empty list for a file that is not an article', async () => {
    const matches = await session.connection.sendRequest(MatchesRequest.type, { textDocument: { uri: fileUri(nodePath.join(folder, 'notes.html')) } });
    assert.deepEqual(matches, []);
  });
});
