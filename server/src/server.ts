// The Crosscheck language server: wires the LSP connection to the workspace index and the features.
// Runs over IPC (the VS Code client) or `--stdio` (any other client). Never writes to stdout itself.
import * as nodePath from 'node:path';
import { promises as fs } from 'node:fs';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../package.json';
import { ArticleLocator } from './features/articleLocator';
import { codeActionsFor, type ConfigFile } from './features/codeActions';
import { printable } from './corpus/printable';
import { ConfigDiagnostics } from './features/configDiagnostics';
import { Debouncer } from './features/debouncer';
import { lspDiagnostics } from './features/diagnostics';
import { hoverAt } from './features/hover';
import { panelMatches } from './features/panelMatches';
import { PublishQueue } from './features/publishQueue';
import { referencesAt } from './features/references';
import { encodeSemanticTokens } from './features/semanticTokens';
import { readSettings } from './features/settingsReader';
import { MatchesChangedNotification, MatchesRequest } from './protocol';
import { semanticTokenModifiers, semanticTokenTypes } from './semanticTokens';
import { defaultSettings, type CrosscheckSettings } from './settings';
import { configProblemLine } from './workspace/collectionConfig';
import { CONFIG_FILE } from './workspace/collectionFiles';
import { LineIndex } from './workspace/positions';
import { withSeverities } from './workspace/severity';
import { AnalysisPool } from './workspace/analysisPool';
import { analyserKey, FactsCache } from './workspace/factsCache';
import { FindingsRecord } from './workspace/findingsRecord';
import { preparedInOrder } from './workspace/preparedInOrder';
import type { ArticleRead } from './workspace/readArticle';
import { reopenFromSnapshots, type SnapshotFindings } from './workspace/reopenedFindings';
import { WorkspaceIndex, type ArticleCollection, type PreparedArticle } from './workspace/workspaceIndex';

/**
 * A full garbage collection, when the editor starts the server with `--expose-gc`: reading a large
 * collection leaves hundreds of MB of garbage that V8 would otherwise hold until it next needs room.
 */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Panels refetch at most this often while articles are being edited or indexed. */
const MATCHES_CHANGED_DELAY_MS = 200;
/** Findings snapshots are written once changes have settled this long, not on every keystroke. */
const SNAPSHOT_DELAY_MS = 3000;
const SNAPSHOT_TIMER = 'crosscheck/findingsSnapshot';
/**
 * Once indexing has settled, the first edits are prepared for: names are linked ahead of the first
 * edit of a name, which would otherwise pay for it (about a second at 10,000 articles) while the user
 * types, the analyser is run on this thread, and the garbage of reading a collection is returned.
 */
const PREPARE_EDITS_DELAY_MS = 2000;
const PREPARE_EDITS_TIMER = 'crosscheck/prepareEdits';
/** Findings from a snapshot go out in slices of this many articles, with requests answered in between. */
const SNAPSHOT_PUBLISH_SLICE = 100;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const debouncer = new Debouncer((key, error) => reportError(`Crosscheck failed on ${key}`, error));
let settings: CrosscheckSettings = { ...defaultSettings };
let canReadConfiguration = false;
let canWatchFiles = false;
let canFollowFolders = false;
let canHearSettingChanges = false;
let folders: string[] = [];

/** Indexing analyses articles on every core; the main thread stays free for requests and edits. */
const analysisPool = new AnalysisPool();
/** Articles read and analysed ahead of the one being added to its collection, per analysis thread. */
const PREPARED_AHEAD_PER_THREAD = 4;

/** Set from the client's `initializationOptions.cacheDir`; without one every article is analysed afresh. */
let factsCache: FactsCache | undefined;
/** Each collection's findings, kept in the client's cacheDir between sessions (none without a cacheDir). */
let snapshots: { cacheDir: string; analyser: string; record: FindingsRecord } | undefined;
/** While a reopened workspace is rebuilt: the findings its snapshots still vouch for, shown meanwhile. */
let snapshotFindings: SnapshotFindings | undefined;
/** Articles whose findings on screen came from a snapshot, with the document version they were sent for. */
const sentFromSnapshot = new Map<string, number | undefined>();
/** Articles read from disk to check a snapshot, handed to the rebuild instead of being read again. */
let diskReads = new Map<string, ArticleRead>();
/** True while collections are being read in: they are incomplete, so no snapshot is written. */
let rebuilding = false;

const index = new WorkspaceIndex({
  maxFileSizeKB: () => settings.maxFileSize,
  cache: () => factsCache,
  notice: (message) => connection.console.warn(message),
  analyse: analysisPool.analyze,
});
const locator = new ArticleLocator((path) => index.textOf(path) ?? snapshotFindings?.textOf(path));
const configDiagnostics = new ConfigDiagnostics((path) => locator.uriOf(path));
/** Version of each open article whose text the corpus holds; findings for other versions are stale. */
const analysedVersion = new Map<string, number>();
/** Paths with findings on screen, so they can be cleared when a file stops being an article. */
const published = new Set<string>();
let indexing: Promise<void> = Promise.resolve();

connection.onInitialize((params): InitializeResult => {
  canReadConfiguration = params.capabilities.workspace?.configuration === true;
  canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  canFollowFolders = params.capabilities.workspace?.workspaceFolders === true;
  canHearSettingChanges = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  const cacheDir = (params.initializationOptions as { cacheDir?: unknown } | undefined)?.cacheDir;
  if (typeof cacheDir === 'string' && cacheDir !== '') {
    const analyser = analyserKey(version, __filename);
    factsCache = new FactsCache(nodePath.join(cacheDir, 'facts'), analyser, analysisPool.analyze);
    snapshots = { cacheDir, analyser, record: new FindingsRecord(cacheDir, analyser) };
  }
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  folders = uris.map((uri) => locator.pathOf(uri)).filter((path): path is string => path !== null);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      referencesProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      semanticTokensProvider: { legend: { tokenTypes: [...semanticTokenTypes], tokenModifiers: semanticTokenModifiers }, full: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'crosscheck' },
  };
});

connection.onInitialized(async () => {
  if (canWatchFiles) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
  }
  // Clients send setting changes only to servers that ask for them.
  if (canHearSettingChanges) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'crosscheck' });
  if (canFollowFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(async ({ added, removed }) => {
      const gone = new Set(removed.map((folder) => locator.pathOf(folder.uri)));
      const arrived = added.map((folder) => locator.pathOf(folder.uri)).filter((path): path is string => path !== null);
      folders = [...folders.filter((folder) => !gone.has(folder)), ...arrived];
      await reindex();
    });
  }
  settings = await readSettings(connection, canReadConfiguration);
  indexing = indexWorkspace();
});

/** Indexing failures are reported, and the next re-index starts from a clean slate. */
function reportFailure(error: unknown): void {
  reportError('Crosscheck could not index the workspace', error);
}

/** Tells the user's output channel what failed, with the stack for a bug report; the server goes on. */
function reportError(what: string, error: unknown): void {
  connection.console.error(`${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

/** Reads every collection of the workspace folders, reporting progress and yielding between files. */
function indexWorkspace(): Promise<void> {
  return indexCollections().catch(reportFailure);
}

async function indexCollections(): Promise<void> {
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('Crosscheck: indexing articles', 0, 'finding articles', false);
  rebuilding = true;
  try {
    const files: string[] = [];
    for (const folder of folders) files.push(...(await index.addFolder(folder)));
    for (const problem of index.collections().map((c) => c.configProblem)) {
      if (problem) void connection.window.showWarningMessage(`Crosscheck: ${printable(configProblemLine(problem))}`);
    }
    for (const params of configDiagnostics.update(index.collections())) void connection.sendDiagnostics(params);
    await showSnapshotFindings(files);
    // Files are read and analysed in parallel, and added to their collections in order.
    let reported = -1;
    await preparedInOrder(files, PREPARED_AHEAD_PER_THREAD * analysisPool.threads, prepareArticle, async (path, prepared, i) => {
      // One article that cannot be indexed is reported; indexing goes on with the next.
      await indexArticle(path, prepared).catch((error: unknown) => reportError(`Crosscheck could not index ${path}`, error));
      // One report per percent: a 10,000-article collection needs no 10,000 progress messages.
      const percentage = Math.round(((i + 1) * 100) / files.length);
      if (percentage !== reported) progress.report(percentage, `${i + 1} of ${files.length} articles`);
      reported = percentage;
      // Let hovers and edits through between articles.
      await new Promise((resolve) => setImmediate(resolve));
    });
  } finally {
    rebuilding = false;
    progress.done();
  }
  // The live findings replace the snapshot's (unsent where equal), and clear those of articles gone since.
  const shownFromSnapshot = snapshotFindings?.paths() ?? [];
  snapshotFindings = undefined;
  diskReads = new Map();
  const paths = index.collections().flatMap((c) => c.collection.paths());
  publishing.later([...paths, ...shownFromSnapshot]);
  announceMatchesChanged(paths);
  debouncer.schedule(PREPARE_EDITS_TIMER, PREPARE_EDITS_DELAY_MS, () => {
    for (const { collection } of index.collections()) collection.prepareEdits();
    index.warmUp();
    collectGarbage?.();
  });
}

/**
 * Publishes the findings of every collection whose snapshot still describes its articles exactly, so a
 * reopened workspace shows them before the rebuild is done.
 */
async function showSnapshotFindings(files: string[]): Promise<void> {
  if (!snapshots || !settings.enable) return;
  const filesByRoot = new Map<string, string[]>();
  for (const path of files) {
    const root = index.collectionOf(path)?.root;
    if (root === undefined) continue;
    const members = filesByRoot.get(root);
    if (members) members.push(path);
    else filesByRoot.set(root, [path]);
  }
  const collections = index.collections().flatMap((c) => (filesByRoot.has(c.root) ? [{ root: c.root, configText: c.configText, files: filesByRoot.get(c.root)! }] : []));
  const reopened = await reopenFromSnapshots(collections, {
    cacheDir: snapshots.cacheDir,
    analyser: snapshots.analyser,
    maxFileSizeKB: settings.maxFileSize,
    openText: (path) => documents.get(locator.uriOf(path))?.getText(),
  });
  diskReads = reopened.reads;
  snapshotFindings = reopened.findings;
  const paths = reopened.findings.paths();
  for (let i = 0; i < paths.length; i += SNAPSHOT_PUBLISH_SLICE) {
    publishing.now(paths.slice(i, i + SNAPSHOT_PUBLISH_SLICE));
    await new Promise((resolve) => setImmediate(resolve));
  }
  for (const [root, json] of reopened.snapshotJson) snapshots.record.holds(root, json);
}

/** An open article is indexed with the editor's text, any other with the disk's (read once). */
function prepareArticle(path: string): Promise<PreparedArticle | undefined> {
  if (documents.get(locator.uriOf(path))) return Promise.resolve(undefined);
  const read = diskReads.get(path);
  if (!read) return index.prepareFromDisk(path);
  diskReads.delete(path);
  return index.prepareRead(path, read);
}

async function indexArticle(path: string, prepared: PreparedArticle | undefined): Promise<void> {
  const open = documents.get(locator.uriOf(path));
  if (!open) {
    // Closed while it was being prepared: read now, in its turn.
    if (prepared) index.loadPrepared(prepared);
    else await index.loadFromDisk(path);
    return;
  }
  index.setText(path, open.getText());
  analysedVersion.set(path, open.version);
}

/** Sends the current findings of one article, or clears them when it is no longer an article. */
function publishFindingsOf(path: string): void {
  const owner = index.collectionOf(path);
  const uri = locator.uriOf(path);
  const open = documents.get(uri);
  const current = owner && settings.enable ? findingsNow(path, owner, open?.getText(), open?.version) : undefined;
  if (current === 'pending') return;
  const shownFromSnapshot = sentFromSnapshot.has(path);
  const versionShown = sentFromSnapshot.get(path);
  sentFromSnapshot.delete(path);
  if (!owner || !current) {
    snapshots?.record.forget(path);
    writeSnapshotsSoon();
    if (published.delete(path)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    return;
  }
  const unchanged = snapshots?.record.saw(path, current.text, current.findings, current.hash) ?? false;
  if (!unchanged) writeSnapshotsSoon();
  const version = open?.version;
  if (current.fromSnapshot) sentFromSnapshot.set(path, version);
  // The record holds the findings last published, here the snapshot's: a rebuilt collection that finds
  // the same need not send them again.
  else if (shownFromSnapshot && versionShown === version && unchanged) return;
  const found = withSeverities(current.findings, owner.severity, settings.severity);
  published.add(path);
  void connection.sendDiagnostics({ uri, version, diagnostics: lspDiagnostics(found, locator, version ?? null) });
}

/**
 * The findings of `path` as they stand, with the text they are for: the snapshot's while the collection
 * is rebuilt and the text is still the one checked, else the collection's; 'pending' while an edit of
 * an open article awaits its analysis, which publishes them.
 */
function findingsNow(path: string, owner: ArticleCollection, openText: string | undefined, openVersion: number | undefined) {
  const indexed = owner.collection.text(path);
  const checked = snapshotFindings?.articleFor(path, openText ?? indexed);
  if (checked) return { ...checked, fromSnapshot: true };
  if (indexed === undefined) return undefined;
  if (openVersion !== undefined && analysedVersion.get(path) !== openVersion) return 'pending';
  return { text: indexed, hash: undefined, findings: owner.collection.diagnostics(path), fromSnapshot: false };
}

/** Schedules writing the collections' findings snapshots once changes have settled. */
function writeSnapshotsSoon(): void {
  if (snapshots && !rebuilding) debouncer.schedule(SNAPSHOT_TIMER, SNAPSHOT_DELAY_MS, () => void writeSnapshots());
}

/** Only whole collections are written, and only when findings are shown at all. */
function writeSnapshots(): Promise<void> {
  if (!snapshots || rebuilding || !settings.enable) return Promise.resolve();
  // A snapshot only saves time at the next start: failing to write one must not stop the server.
  return snapshots.record.write(index.collections()).catch((error: unknown) => {
    connection.console.error(`Crosscheck could not save the findings for the next start: ${error instanceof Error ? error.message : String(error)}`);
  });
}

const publishing = new PublishQueue(publishFindingsOf, (path, error) => reportError(`Crosscheck could not publish the findings of ${path}`, error));

const pendingMatchUris = new Set<string>();
function announceMatchesChanged(paths: string[]): void {
  for (const path of paths) pendingMatchUris.add(locator.uriOf(path));
  debouncer.schedule(MatchesChangedNotification.method, MATCHES_CHANGED_DELAY_MS, () => {
    const uris = [...pendingMatchUris];
    pendingMatchUris.clear();
    if (uris.length > 0) void connection.sendNotification(MatchesChangedNotification.type, { uris });
  });
}

function analyseOpenDocument(uri: string): void {
  const document = documents.get(uri);
  const path = locator.pathOf(uri);
  if (!document || !path || !index.collectionOf(path)) return;
  const changed = index.setText(path, document.getText());
  analysedVersion.set(path, document.version);
  publishing.now([path]);
  publishing.later(changed.filter((other) => other !== path));
  announceMatchesChanged(changed);
}

documents.onDidChangeContent(({ document }) => {
  const path = locator.pathOf(document.uri);
  if (!path || !index.collectionOf(path)) return;
  if (index.textOf(path) === document.getText()) {
    // Opening an article the index already holds: no re-analysis, only findings tied to this version.
    debouncer.cancel(document.uri);
    analysedVersion.set(path, document.version);
    publishing.now([path]);
    return;
  }
  debouncer.schedule(document.uri, settings.diagnosticDelay, () => analyseOpenDocument(document.uri));
});

documents.onDidClose(async ({ document }) => {
  debouncer.cancel(document.uri);
  const path = locator.pathOf(document.uri);
  if (!path) return;
  analysedVersion.delete(path);
  // Unsaved edits are gone: the article is what the disk holds again.
  const changed = await index.loadFromDisk(path);
  if (documents.get(document.uri)) return;
  publishing.now([path]);
  publishing.later(changed.filter((other) => other !== path));
  announceMatchesChanged(changed);
});

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  let configChanged = false;
  const changed: string[] = [];
  for (const change of changes) {
    const path = locator.pathOf(change.uri);
    if (!path) continue;
    // Read before this change: the rebuild must read it again.
    diskReads.delete(path);
    if (nodePath.basename(path) === CONFIG_FILE) configChanged ||= await index.configChanged(path);
    else if (documents.get(change.uri)) continue;
    else if (change.type === FileChangeType.Deleted) changed.push(path, ...index.remove(path));
    else changed.push(...(await index.loadFromDisk(path)));
  }
  publishing.later(changed);
  announceMatchesChanged(changed);
  if (configChanged) await reindex();
});

/** Starts over after the set of collections or their configs changed, clearing what no longer applies. */
function reindex(): Promise<void> {
  // Chained, so two config saves in a row never index into collections that are being dropped.
  indexing = indexing.then(() => {
    publishing.now(index.roots().flatMap((root) => index.dropCollection(root)));
    return indexWorkspace();
  });
  return indexing;
}

connection.onDidChangeConfiguration(async () => {
  settings = await readSettings(connection, canReadConfiguration);
  publishing.later([...published, ...index.collections().flatMap((c) => c.collection.paths())]);
});

/** The article behind a request, with offsets into the text the corpus analysed. */
function articleAt(uri: string, position: { line: number; character: number }) {
  const path = locator.pathOf(uri);
  const owner = path ? index.collectionOf(path) : undefined;
  if (!path || !owner || owner.collection.text(path) === undefined) return null;
  return { path, owner, offset: locator.lines(path).offsetAt(position) };
}

connection.onHover(({ textDocument, position }) => {
  const at = articleAt(textDocument.uri, position);
  return at ? hoverAt({ collection: at.owner.collection, root: at.owner.root, locator }, at.path, at.offset) : null;
});

connection.onReferences(({ textDocument, position }) => {
  const at = articleAt(textDocument.uri, position);
  return at ? referencesAt(at.owner.collection, at.path, at.offset, locator) : [];
});

connection.languages.semanticTokens.on(({ textDocument }) => {
  const path = locator.pathOf(textDocument.uri);
  const text = documents.get(textDocument.uri)?.getText() ?? (path ? index.textOf(path) : undefined);
  const facts = path && text !== undefined ? index.factsFor(path, text) : undefined;
  return { data: facts && text !== undefined ? encodeSemanticTokens(facts, new LineIndex(text)) : [] };
});

connection.onCodeAction(async ({ textDocument, context }) => {
  const document = documents.get(textDocument.uri);
  const path = locator.pathOf(textDocument.uri);
  const owner = path ? index.collectionOf(path) : undefined;
  if (!document || !path || !owner) return [];
  const article = { path, uri: document.uri, version: document.version, analysed: analysedVersion.get(path) === document.version };
  return codeActionsFor(article, context.diagnostics, locator, await configFileOf(owner.root));
});

async function configFileOf(root: string): Promise<ConfigFile> {
  const path = nodePath.join(root, CONFIG_FILE);
  const uri = locator.uriOf(path);
  const open = documents.get(uri);
  if (open) return { uri, text: open.getText(), version: open.version };
  const text = await fs.readFile(path, 'utf8').catch(() => null);
  return { uri, text, version: null };
}

connection.onRequest(MatchesRequest.type, ({ textDocument }) => {
  const path = locator.pathOf(textDocument.uri);
  const owner = path ? index.collectionOf(path) : undefined;
  return path && owner ? panelMatches(owner.collection, owner.root, path, locator) : [];
});

connection.onShutdown(async () => {
  debouncer.cancel(PREPARE_EDITS_TIMER);
  debouncer.cancel(SNAPSHOT_TIMER);
  await writeSnapshots();
});

documents.listen(connection);
connection.listen();
