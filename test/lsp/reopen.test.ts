// Reopening a collection with a cache folder: the findings saved when the editor closed are shown
// before the collection is rebuilt, exactly as the rebuilt collection finds them, and never when
// anything they depend on changed or the saved file is damaged.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { MatchesChangedNotification } from '../../server/src/protocol';
import { copyFixture, fileUri, LspSession } from './lspSession';

const ARTICLES = ['coastline-courier.md', 'tidewater-daily.txt', 'harbor-ledger.md'];

interface Opened {
  session: LspSession;
  /** Diagnostics published before the indexing progress ended. */
  beforeIndexed: PublishDiagnosticsParams[];
}

/** Starts a server on `folder` with `cacheDir`, noting which diagnostics arrived before indexing ended. */
async function opened(folder: string, cacheDir: string, settings: Record<string, unknown> = {}, openFirst?: { path: string; text: string }): Promise<Opened> {
  const session = new LspSession(folder, settings, { cacheDir });
  if (openFirst) {
    // The server asks for a progress bar before it looks at any article: the editor opens one meanwhile.
    session.connection.onRequest('window/workDoneProgress/create', () => {
      void session.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: fileUri(openFirst.path), languageId: 'article', version: 1, text: openFirst.text },
      });
      return null;
    });
  }
  let beforeIndexed: PublishDiagnosticsParams[] | undefined;
  session.progressListeners.push((value) => {
    if (value.kind === 'end') beforeIndexed ??= [...session.published];
  });
  await session.start();
  return { session, beforeIndexed: beforeIndexed! };
}

/** The diagnostics of every article once the server has published them all, by file name. */
async function findingsOf(session: LspSession, folder: string): Promise<Map<string, Diagnostic[]>> {
  const found = new Map<string, Diagnostic[]>();
  for (const name of ARTICLES) found.set(name, (await session.diagnosticsFor(nodePath.join(folder, name))).diagnostics);
  return found;
}

/** Waits until the server announces the matches of the indexed collection, which follows their findings. */
async function settled(session: LspSession): Promise<void> {
  while (!session.notifications.some((n) => n.method === MatchesChangedNotification.method)) await session.barrier();
}

function snapshotFiles(cacheDir: string): string[] {
  const dir = nodePath.join(cacheDir, 'findings');
  return fs.existsSync(dir) ? fs.readdirSync(dir).map((name) => nodePath.join(dir, name)) : [];
}

describe('language server reopening a collection', () => {
  let folder: string;
  let cacheDir: string;
  let live: Map<string, Diagnostic[]>;

  beforeEach(async () => {
    folder = copyFixture('ferry-fire');
    cacheDir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'crosscheck-reopen-cache-'));
    const first = await opened(folder, cacheDir);
    try {
      assert.deepEqual(first.beforeIndexed, [], 'a first opening has no saved findings to show');
      live = await findingsOf(first.session, folder);
    } finally {
      await first.session.stop();
    }
    assert.ok([...live.values()].some((diagnostics) => diagnostics.length > 0), 'the fixture has findings');
  });

  afterEach(() => {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  it('shows every article’s findings before indexing ends, equal to the rebuilt ones and sent once', async () => {
    const before = fs.readdirSync(folder, { recursive: true });
    assert.equal(snapshotFiles(cacheDir).length, 1, 'one snapshot for the one collection, in the cache folder');
    const { session, beforeIndexed } = await opened(folder, cacheDir);
    try {
      assert.deepEqual(beforeIndexed.map((p) => p.uri).sort(), ARTICLES.map((name) => fileUri(nodePath.join(folder, name))).sort());
      for (const name of ARTICLES) {
        const shown = beforeIndexed.find((p) => p.uri === fileUri(nodePath.join(folder, name)))!;
        assert.deepEqual(shown.diagnostics, live.get(name), `${name}: the saved findings are the live ones`);
      }
      await settled(session);
      // The rebuilt collection found the same, so nothing was sent again.
      assert.equal(session.published.length, ARTICLES.length, session.published.map((p) => p.uri).join(' '));
      assert.deepEqual(fs.readdirSync(folder, { recursive: true }), before, 'nothing is written in the user’s folder');
    } finally {
      await session.stop();
    }
  });

  it('checks an article open in the editor by the editor’s text', async () => {
    const courier = nodePath.join(folder, 'coastline-courier.md');
    const saved = fs.readFileSync(courier, 'utf8');
    const same = await opened(folder, cacheDir, {}, { path: courier, text: saved });
    await same.session.stop();
    const shown = same.beforeIndexed.find((p) => p.uri === fileUri(courier));
    assert.equal(same.beforeIndexed.length, ARTICLES.length);
    assert.equal(shown?.version, 1, 'tied to the open document’s version');
    assert.deepEqual(shown?.diagnostics.map((d) => d.range), live.get('coastline-courier.md')!.map((d) => d.range));

    const unsaved = await opened(folder, cacheDir, {}, { path: courier, text: `${saved}\nAn unsaved line.\n` });
    await unsaved.session.stop();
    assert.deepEqual(unsaved.beforeIndexed.filter((p) => p.uri !== fileUri(courier)), [], 'an unsaved edit changes the collection');
  });

  it('applies severity settings to the saved findings as to live ones', async () => {
    const { session, beforeIndexed } = await opened(folder, cacheDir, { severity: { 'conflicting-quote': 'off' } });
    try {
      assert.equal(beforeIndexed.length, ARTICLES.length);
      const courier = beforeIndexed.find((p) => p.uri === fileUri(nodePath.join(folder, 'coastline-courier.md')))!;
      const expected = live.get('coastline-courier.md')!;
      assert.ok(expected.some((d) => d.code === 'conflicting-quote'));
      assert.deepEqual(courier.diagnostics, expected.filter((d) => d.code !== 'conflicting-quote'));
    } finally {
      await session.stop();
    }
  });

  it('does not use the saved findings once an article changed on disk, and shows the new ones', async () => {
    const tidewater = nodePath.join(folder, 'tidewater-daily.txt');
    // One more line at the top: every finding of this article moves down a line.
    fs.writeFileSync(tidewater, `\n${fs.readFileSync(tidewater, 'utf8')}`);
    const { session, beforeIndexed } = await opened(folder, cacheDir);
    try {
      assert.deepEqual(beforeIndexed, []);
      const rebuilt = await findingsOf(session, folder);
      const lineOf = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.code, d.range.start.line]);
      const moved = lineOf(live.get('tidewater-daily.txt')!).map(([code, line]) => [code, (line as number) + 1]);
      assert.ok(moved.length > 0);
      assert.deepEqual(lineOf(rebuilt.get('tidewater-daily.txt')!), moved, 'the changed article’s findings moved down a line');
    } finally {
      await session.stop();
    }
  });

  it('does not use the saved findings once an article was added or the collection settings changed', async () => {
    fs.writeFileSync(nodePath.join(folder, 'pier-gazette.md'), '# Pier Gazette\n\nThe ferry docked late on Tuesday.\n');
    const added = await opened(folder, cacheDir);
    await added.session.stop();
    assert.deepEqual(added.beforeIndexed, []);

    const config = nodePath.join(folder, '.crosscheck.json');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('"drafts/**"', '"drafts/**", "archive/**"'));
    const reconfigured = await opened(folder, cacheDir);
    await reconfigured.session.stop();
    assert.deepEqual(reconfigured.beforeIndexed, []);
  });

  it('ignores a truncated or foreign snapshot without a message, and replaces it', async () => {
    const [file] = snapshotFiles(cacheDir);
    const saved = fs.readFileSync(file!, 'utf8');
    for (const damaged of [saved.slice(0, saved.length / 2), JSON.stringify({ articles: [] }), saved.replace('"hash":"', '"hash":"0')]) {
      fs.writeFileSync(file!, damaged);
      const { session, beforeIndexed } = await opened(folder, cacheDir);
      try {
        assert.deepEqual(beforeIndexed, []);
        assert.deepEqual(await findingsOf(session, folder), live);
        assert.deepEqual(session.messages, []);
      } finally {
        await session.stop();
      }
      assert.equal(fs.readFileSync(file!, 'utf8'), saved, 'the damaged snapshot was written again whole');
    }
  });
});
