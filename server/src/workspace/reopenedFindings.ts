// Reopening a workspace: before its collections are rebuilt, every article is read (the editor's text
// for open ones) and each collection whose findings snapshot still describes its articles exactly gives
// its findings at once. The files read from disk are handed on, so the rebuild does not read them twice.
import type { CollectionDiagnostic } from '../corpus/types';
import { findingsIfCurrent, readSnapshotFile, snapshotFileFor } from './findingsSnapshot';
import { readArticle, type ArticleRead } from './readArticle';

export interface CollectionOnDisk {
  root: string;
  /** The `.crosscheck.json` text the collection is being indexed with, or null. */
  configText: string | null;
  /** Its article files, not yet read. */
  files: string[];
}

export interface ReopenOptions {
  cacheDir: string;
  analyser: string;
  maxFileSizeKB: number;
  /** The editor's text of an open article: indexing uses it instead of the disk's. */
  openText: (path: string) => string | undefined;
}

export interface Reopened {
  /** Findings from the snapshots that still hold, by article. */
  findings: SnapshotFindings;
  /** Snapshot files as read, by root, for the collections whose snapshot held. */
  snapshotJson: Map<string, string>;
  /** Articles read from disk for the check. */
  reads: Map<string, ArticleRead>;
}

/** Files read at once while checking: enough to keep the disk busy, few enough to hold few handles. */
const READS_AT_ONCE = 16;

export async function reopenFromSnapshots(collections: CollectionOnDisk[], options: ReopenOptions): Promise<Reopened> {
  const checked = new Map<string, { text: string; findings: CollectionDiagnostic[] }>();
  const snapshotJson = new Map<string, string>();
  const reads = new Map<string, ArticleRead>();
  for (const { root, configText, files } of collections) {
    const read = await readSnapshotFile(snapshotFileFor(options.cacheDir, root));
    if (!read) continue;
    const { snapshot } = read;
    // Cheap checks first: a collection that gained or lost articles is not worth reading.
    const listed = new Set(files);
    if (snapshot.analyser !== options.analyser || snapshot.config !== configText || !snapshot.articles.every((a) => listed.has(a.path))) continue;
    const texts = new Map<string, string>();
    await eachAtOnce(files, READS_AT_ONCE, async (path) => {
      const open = options.openText(path);
      if (open !== undefined) return void texts.set(path, open);
      const article = await readArticle(path, options.maxFileSizeKB);
      reads.set(path, article);
      if (article.ok) texts.set(path, article.text);
    });
    // Open articles may have been edited while the others were read: their text is taken last.
    for (const path of files) {
      const open = options.openText(path);
      if (open !== undefined) texts.set(path, open);
    }
    const findings = findingsIfCurrent(snapshot, { analyser: options.analyser, root, config: configText }, texts);
    if (!findings) continue;
    for (const [path, found] of findings) checked.set(path, { text: texts.get(path)!, findings: found });
    snapshotJson.set(root, read.json);
  }
  return { findings: new SnapshotFindings(checked), snapshotJson, reads };
}

/** Runs `work` on every item, at most `limit` at a time. */
async function eachAtOnce<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The findings a snapshot gave, usable for an article only while its text is the one checked. */
export class SnapshotFindings {
  constructor(private readonly checked: ReadonlyMap<string, { text: string; findings: CollectionDiagnostic[] }>) {}

  paths(): string[] {
    return [...this.checked.keys()];
  }

  /** The text the snapshot's findings of `path` were checked against. */
  textOf(path: string): string | undefined {
    return this.checked.get(path)?.text;
  }

  /** The snapshot's findings of `path` when `currentText` is still the text checked, else undefined. */
  findingsFor(path: string, currentText: string | undefined): CollectionDiagnostic[] | undefined {
    const entry = this.checked.get(path);
    return entry && (currentText === undefined || currentText === entry.text) ? entry.findings : undefined;
  }
}
