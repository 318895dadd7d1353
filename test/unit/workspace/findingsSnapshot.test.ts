import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { analyzeArticle } from '../../../server/src/core/analyze';
import { Collection } from '../../../server/src/corpus/collection';
import type { CollectionDiagnostic, ConfigTeaching } from '../../../server/src/corpus/types';
import { FindingsRecord } from '../../../server/src/workspace/findingsRecord';
import {
  findingsIfCurrent,
  readSnapshotFile,
  snapshotFileFor,
  snapshotJson,
  textHash,
  writeSnapshotFile,
  type FindingsSnapshot,
} from '../../../server/src/workspace/findingsSnapshot';
import { reopenFromSnapshots } from '../../../server/src/workspace/reopenedFindings';

const ANALYSER = '0.1.0:1234:5678';
const CONFIG = '{ "outlets": {} }';

/** Two invented outlets reporting one landslide, with a figure that disagrees and a claim nobody sources. */
const ARTICLES: Record<string, string> = {
  'valley-post.md':
    '# Landslide closes the Quarrow road\n\nA landslide buried 40 metres of the Quarrow road on Monday, mayor Ilse Varnholt said. ' +
    '"We will clear it within the week," Varnholt told reporters. Repairs will cost $2 million.\n',
  'ridge-herald.txt':
    'Landslide closes the Quarrow road\n\nA landslide buried 55 metres of the Quarrow road on Monday, mayor Ilse Varnholt said. ' +
    '"We will clear it within a week," Varnholt told reporters.\n',
};

function tempDir(prefix: string): string {
  return fs.mkdtempSync(nodePath.join(os.tmpdir(), `crosscheck-${prefix}-`));
}

/** A collection of the invented articles under `root`, as the server holds it once indexed. */
function collectionAt(root: string, texts: Record<string, string> = ARTICLES): Collection {
  const collection = new Collection();
  for (const [name, text] of Object.entries(texts)) collection.load(nodePath.join(root, name), text, analyzeArticle(text));
  return collection;
}

function snapshotOf(root: string, collection: Collection): FindingsSnapshot {
  return {
    analyser: ANALYSER,
    root,
    config: CONFIG,
    articles: collection.paths().map((path) => ({ path, hash: textHash(collection.text(path)!), findings: collection.diagnostics(path) })),
  };
}

function textsOf(collection: Collection): Map<string, string> {
  return new Map(collection.paths().map((path) => [path, collection.text(path)!]));
}

describe('findings snapshot', () => {
  const root = '/stories/quarrow';
  const collection = collectionAt(root);
  const snapshot = snapshotOf(root, collection);
  const expected = { analyser: ANALYSER, root, config: CONFIG };

  it('the invented articles have findings that point at each other', () => {
    const all = collection.paths().flatMap((path) => collection.diagnostics(path));
    assert.ok(all.some((d) => d.code === 'conflicting-number' && d.related.length > 0), all.map((d) => d.code).join(' '));
  });

  it('gives every article’s findings when the analyser, config, articles and texts are the same', () => {
    const findings = findingsIfCurrent(snapshot, expected, textsOf(collection));
    assert.ok(findings);
    assert.deepEqual([...findings.keys()].sort(), collection.paths());
    for (const path of collection.paths()) assert.deepEqual(findings.get(path), collection.diagnostics(path));
  });

  it('gives nothing when one character of one article changed', () => {
    const texts = textsOf(collection);
    const path = nodePath.join(root, 'ridge-herald.txt');
    texts.set(path, texts.get(path)!.replace('55', '56'));
    assert.equal(findingsIfCurrent(snapshot, expected, texts), undefined);
  });

  it('gives nothing when an article was added or removed', () => {
    const added = textsOf(collection);
    added.set(nodePath.join(root, 'lowland-news.md'), 'The Quarrow road stayed shut.\n');
    assert.equal(findingsIfCurrent(snapshot, expected, added), undefined);
    const removed = textsOf(collection);
    removed.delete(nodePath.join(root, 'valley-post.md'));
    assert.equal(findingsIfCurrent(snapshot, expected, removed), undefined);
  });

  it('gives nothing for another analyser build, another config or another collection', () => {
    const texts = textsOf(collection);
    assert.equal(findingsIfCurrent(snapshot, { ...expected, analyser: '0.1.0:1234:9999' }, texts), undefined);
    assert.equal(findingsIfCurrent(snapshot, { ...expected, config: `${CONFIG}\n` }, texts), undefined);
    assert.equal(findingsIfCurrent(snapshot, { ...expected, config: null }, texts), undefined);
    assert.equal(findingsIfCurrent(snapshot, { ...expected, root: '/stories/other' }, texts), undefined);
  });

  it('gives nothing when a finding points outside the text it names', () => {
    const [first] = snapshot.articles.filter((a) => a.findings.length > 0);
    const broken: FindingsSnapshot = {
      ...snapshot,
      articles: snapshot.articles.map((a) => (a === first ? { ...a, findings: [{ ...a.findings[0]!, end: 1_000_000 }] } : a)),
    };
    assert.equal(findingsIfCurrent(broken, expected, textsOf(collection)), undefined);
  });

});

describe('findings snapshot files', () => {
  let cacheDir: string;
  beforeEach(() => (cacheDir = tempDir('snapshot-cache')));
  afterEach(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  it('are kept in the cache folder, one per collection root', () => {
    const a = snapshotFileFor(cacheDir, '/stories/quarrow');
    const b = snapshotFileFor(cacheDir, '/stories/quarrow-2');
    assert.notEqual(a, b);
    for (const file of [a, b]) assert.equal(nodePath.dirname(nodePath.dirname(file)), cacheDir);
  });

  it('read back what was written, leaving no partial file behind', async () => {
    const root = '/stories/quarrow';
    const snapshot = snapshotOf(root, collectionAt(root));
    const file = snapshotFileFor(cacheDir, root);
    await writeSnapshotFile(file, snapshotJson(snapshot));
    const read = await readSnapshotFile(file);
    assert.deepEqual(read?.snapshot, snapshot);
    assert.equal(read?.json, snapshotJson(snapshot));
    assert.deepEqual(fs.readdirSync(nodePath.dirname(file)), [nodePath.basename(file)]);
  });

  it('read back every kind of fix that teaches the collection', async () => {
    const root = '/stories/quarrow';
    const teachings: ConfigTeaching[] = [
      { alias: { name: 'Orla Penrith', alias: 'O. Penrith' } },
      { notSame: ['Orla Penrith', 'Aidan Penrith'] },
      { ignore: 'Quarrow' },
      { published: { path: nodePath.join(root, 'ridge-herald.txt'), date: '2031-04-02' } },
    ];
    const snapshot = snapshotOf(root, collectionAt(root));
    snapshot.articles[0]!.findings[0]!.fixes.push(...teachings.map((teach) => ({ title: 'Teach', kind: 'teach' as const, teach })));
    const json = snapshotJson(snapshot);
    const file = snapshotFileFor(cacheDir, root);
    fs.mkdirSync(nodePath.dirname(file), { recursive: true });
    fs.writeFileSync(file, json);
    const read = await readSnapshotFile(file);
    assert.ok(read, 'the snapshot is read');
    assert.deepEqual(read.snapshot, snapshot);
  });

  it('are ignored when missing, truncated, corrupt or of another shape', async () => {
    const root = '/stories/quarrow';
    const json = snapshotJson(snapshotOf(root, collectionAt(root)));
    const file = snapshotFileFor(cacheDir, root);
    assert.equal(await readSnapshotFile(file), undefined, 'missing');
    const damaged = [
      json.slice(0, Math.floor(json.length / 2)),
      json.replace(/"severity":"\w+"/, '"severity":"loud"'),
      json.replace('"articles":[', '"articles":[7,'),
      JSON.stringify({ ...JSON.parse(json), format: 'another-tool' }),
      '\u0000\u0001binary',
      'null',
      json.replace(/"code":"[\w-]+"/, '"code":"made-up-code"'),
      json.replace(/"fixes":\[/, '"fixes":[{"title":"Teach","kind":"teach","teach":{"alias":3}},'),
    ];
    for (const contents of damaged) {
      fs.mkdirSync(nodePath.dirname(file), { recursive: true });
      fs.writeFileSync(file, contents);
      assert.equal(await readSnapshotFile(file), undefined, contents.slice(0, 60));
    }
  });
});

describe('findings record', () => {
  let root: string;
  let cacheDir: string;
  beforeEach(() => {
    root = tempDir('quarrow');
    cacheDir = tempDir('record-cache');
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  it('writes the findings the collection computes, and after a change the new ones', async () => {
    const collection = collectionAt(root);
    const record = new FindingsRecord(cacheDir, ANALYSER);
    await record.write([{ root, configText: CONFIG, collection }]);
    const file = snapshotFileFor(cacheDir, root);
    const first = await readSnapshotFile(file);
    assert.deepEqual(first?.snapshot, snapshotOf(root, collection));

    const herald = nodePath.join(root, 'ridge-herald.txt');
    const edited = ARTICLES['ridge-herald.txt']!.replace('55 metres', '40 metres');
    const changed = collection.update(herald, edited, analyzeArticle(edited));
    for (const path of changed) record.forget(path);
    await record.write([{ root, configText: CONFIG, collection }]);
    const second = await readSnapshotFile(file);
    assert.deepEqual(second?.snapshot, snapshotOf(root, collection));
    assert.notDeepEqual(second?.snapshot, first?.snapshot);
    assert.ok(!second!.snapshot.articles.some((a) => a.findings.some((d) => d.code === 'conflicting-number')), 'the figures agree now');
  });

  it('records published findings instead of computing them again', async () => {
    const collection = collectionAt(root);
    const record = new FindingsRecord(cacheDir, ANALYSER);
    const [path] = collection.paths();
    const published: CollectionDiagnostic[] = [];
    record.saw(path!, collection.text(path!)!, published);
    await record.write([{ root, configText: CONFIG, collection }]);
    const written = await readSnapshotFile(snapshotFileFor(cacheDir, root));
    assert.deepEqual(written?.snapshot.articles.find((a) => a.path === path)?.findings, published);
  });

  it('drops a snapshot whose findings changed while it was put together, and writes the next', async () => {
    // Enough articles for the snapshot to be put together over several turns of the event loop.
    const texts: Record<string, string> = {};
    for (let i = 0; i < 450; i++) texts[`brief-${String(i).padStart(3, '0')}.md`] = `The Quarrow ferry made ${i} crossings, the harbour office said.\n`;
    const collection = collectionAt(root, texts);
    const record = new FindingsRecord(cacheDir, ANALYSER);
    const file = snapshotFileFor(cacheDir, root);
    const [first] = collection.paths();
    const edited: CollectionDiagnostic[] = [{ path: first!, start: 0, end: 3, severity: 'hint', code: 'uncorroborated-claim', message: 'No other source reports this.', related: [], fixes: [] }];
    const writing = record.write([{ root, configText: CONFIG, collection }]);
    setImmediate(() => record.saw(first!, collection.text(first!)!, edited));
    await writing;
    assert.equal(fs.existsSync(file), false, 'findings changed while it was being put together');
    await record.write([{ root, configText: CONFIG, collection }]);
    const written = (await readSnapshotFile(file))?.snapshot;
    assert.equal(written?.articles.length, 450);
    assert.deepEqual(written?.articles[0], { path: first, hash: textHash(collection.text(first!)!), findings: edited });
    assert.deepEqual(written?.articles.slice(1), snapshotOf(root, collection).articles.slice(1));
  });

  it('tells findings seen again from changed ones', () => {
    const collection = collectionAt(root);
    const record = new FindingsRecord(cacheDir, ANALYSER);
    const path = nodePath.join(root, 'valley-post.md');
    const text = collection.text(path)!;
    const findings = collection.diagnostics(path);
    assert.ok(findings.length > 1);
    assert.equal(record.saw(path, text, findings), false, 'seen first');
    assert.equal(record.saw(path, text, JSON.parse(JSON.stringify(findings)) as CollectionDiagnostic[]), true, 'the same, computed again');
    assert.equal(record.saw(path, text, findings.slice(1)), false, 'one finding fewer');
    assert.equal(record.saw(path, text, [{ ...findings[0]!, severity: 'error' }, ...findings.slice(1)]), false, 'another severity');
    assert.equal(record.saw(path, `${text} `, [{ ...findings[0]!, severity: 'error' }, ...findings.slice(1)]), false, 'another text');
  });

  it('does not write a file again when nothing changed, or holds the same already', async () => {
    const collection = collectionAt(root);
    const file = snapshotFileFor(cacheDir, root);
    const record = new FindingsRecord(cacheDir, ANALYSER);
    await record.write([{ root, configText: CONFIG, collection }]);
    fs.rmSync(file);
    for (const path of collection.paths()) record.saw(path, collection.text(path)!, JSON.parse(JSON.stringify(collection.diagnostics(path))) as CollectionDiagnostic[]);
    await record.write([{ root, configText: CONFIG, collection }]);
    assert.equal(fs.existsSync(file), false, 'the same findings were seen again, nothing changed');

    const reopened = new FindingsRecord(cacheDir, ANALYSER);
    reopened.holds(root, snapshotJson(snapshotOf(root, collection)));
    await reopened.write([{ root, configText: CONFIG, collection }]);
    assert.equal(fs.existsSync(file), false, 'the file already held these findings');
    reopened.forget(nodePath.join(root, 'no-longer-an-article.md'));
    await reopened.write([{ root, configText: `${CONFIG} `, collection }]);
    assert.equal(fs.existsSync(file), true, 'another config is another snapshot');
  });
});

describe('reopening from findings snapshots', () => {
  let root: string;
  let cacheDir: string;
  const paths = () => Object.keys(ARTICLES).map((name) => nodePath.join(root, name)).sort();

  beforeEach(async () => {
    root = tempDir('quarrow');
    cacheDir = tempDir('reopen-cache');
    for (const [name, text] of Object.entries(ARTICLES)) fs.writeFileSync(nodePath.join(root, name), text);
    await new FindingsRecord(cacheDir, ANALYSER).write([{ root, configText: CONFIG, collection: collectionAt(root) }]);
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  const options = (openText: (path: string) => string | undefined = () => undefined) => ({ cacheDir, analyser: ANALYSER, maxFileSizeKB: 64, openText });

  it('gives the saved findings of unchanged articles, and hands on the texts it read', async () => {
    const collection = collectionAt(root);
    const reopened = await reopenFromSnapshots([{ root, configText: CONFIG, files: paths() }], options());
    assert.deepEqual(reopened.findings.paths().sort(), paths());
    for (const path of paths()) {
      assert.deepEqual(reopened.findings.articleFor(path, undefined), { text: collection.text(path), hash: textHash(collection.text(path)!), findings: collection.diagnostics(path) });
      assert.equal(reopened.findings.textOf(path), collection.text(path));
      assert.deepEqual(reopened.reads.get(path), { ok: true, text: collection.text(path) });
    }
    assert.ok(reopened.snapshotJson.has(root));
  });

  it('takes the editor’s text of an open article instead of the disk’s', async () => {
    const herald = nodePath.join(root, 'ridge-herald.txt');
    const unsaved = ARTICLES['ridge-herald.txt']!.replace('Monday', 'Tuesday');
    const reopened = await reopenFromSnapshots([{ root, configText: CONFIG, files: paths() }], options((path) => (path === herald ? unsaved : undefined)));
    assert.deepEqual(reopened.findings.paths(), []);
    assert.equal(reopened.reads.has(herald), false, 'the open article is not read from disk');
  });

  it('stops using an article’s saved findings once its text is no longer the one checked', async () => {
    const reopened = await reopenFromSnapshots([{ root, configText: CONFIG, files: paths() }], options());
    const [path] = paths();
    assert.ok(reopened.findings.articleFor(path!, reopened.findings.textOf(path!)));
    assert.equal(reopened.findings.articleFor(path!, 'something else entirely'), undefined);
  });

  it('gives nothing for a collection changed on disk, but still hands on what it read', async () => {
    const post = nodePath.join(root, 'valley-post.md');
    fs.appendFileSync(post, 'The road reopened on Friday.\n');
    const reopened = await reopenFromSnapshots([{ root, configText: CONFIG, files: paths() }], options());
    assert.deepEqual(reopened.findings.paths(), []);
    assert.equal(reopened.snapshotJson.size, 0);
    assert.equal(reopened.reads.size, paths().length);
  });

  it('reads no article when the snapshot lists articles that are gone', async () => {
    fs.rmSync(nodePath.join(root, 'valley-post.md'));
    const files = paths().filter((path) => fs.existsSync(path));
    const reopened = await reopenFromSnapshots([{ root, configText: CONFIG, files }], options());
    assert.deepEqual(reopened.findings.paths(), []);
    assert.equal(reopened.reads.size, 0);
  });

  it('gives nothing and reads nothing without a snapshot for the collection', async () => {
    const other = tempDir('empty-cache');
    try {
      const reopened = await reopenFromSnapshots([{ root, configText: CONFIG, files: paths() }], { ...options(), cacheDir: other });
      assert.deepEqual(reopened.findings.paths(), []);
      assert.equal(reopened.reads.size, 0);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});
