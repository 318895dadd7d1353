// Reopening a workspace: before its collections are rebuilt, every article is read (the editor's text
// for open ones) and each collection whose findings snapshot still describes its articles exactly gives
// its findings at once. The files read from disk are handed on, so the rebuild does not read them twice.
import { readFileSync, statSync } from 'node:fs';
import type { CollectionDiagnostic } from '../corpus/types';
import { findingsIfCurrent, readSnapshotFile, snapshotFileFor } from './findingsSnapshot';
import { decodeArticle, readArticle, type ArticleRead } from './readArticle';

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

/**
 * Articles read between two turns of the event loop. Reading a small file synchronously costs a third
 * of an asynchronous read's round trips through the thread pool; slices keep requests answered.
 */
const READS_PER_SLICE = 100;

export async function reopenFromSnapshots(collections: CollectionOnDisk[], options: ReopenOptions): Promise<Reopened> {
  const checked = new Map<string, CheckedArticle>();
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
    for (const [i, path] of files.entries()) {
      if (i % READS_PER_SLICE === READS_PER_SLICE - 1) await new Promise((resolve) => setImmediate(resolve));
      if (options.openText(path) !== undefined) continue;
      const article = await articleRead(path, options.maxFileSizeKB);
      reads.set(path, article);
      if (article.ok) texts.set(path, article.text);
    }
    // Open articles may have been edited while the others were read: their text is taken last.
    for (const path of files) {
      const open = options.openText(path);
      if (open !== undefined) texts.set(path, open);
    }
    const findings = findingsIfCurrent(snapshot, { analyser: options.analyser, root, config: configText }, texts);
    if (!findings) continue;
    for (const article of snapshot.articles) checked.set(article.path, { text: texts.get(article.path)!, hash: article.hash, findings: findings.get(article.path)! });
    snapshotJson.set(root, read.json);
  }
  return { findings: new SnapshotFindings(checked), snapshotJson, reads };
}

/** Reads an article as `readArticle` does, synchronously when it is a file small enough to be one. */
function articleRead(path: string, maxFileSizeKB: number): ArticleRead | Promise<ArticleRead> {
  try {
    const stat = statSync(path);
    if (stat.isFile() && stat.size <= maxFileSizeKB * 1024) return decodeArticle(readFileSync(path));
  } catch {
    // Refused or unreadable: `readArticle` says why, in the words the user sees for every other file.
  }
  return readArticle(path, maxFileSizeKB);
}

/** An article whose text a snapshot vouched for: its findings, and the text and hash they are for. */
export interface CheckedArticle {
  text: string;
  hash: string;
  findings: CollectionDiagnostic[];
}

/** The findings a snapshot gave, usable for an article only while its text is the one checked. */
export class SnapshotFindings {
  constructor(private readonly checked: ReadonlyMap<string, CheckedArticle>) {}

  paths(): string[] {
    return [...this.checked.keys()];
  }

  /** The text the snapshot's findings of `path` were checked against. */
  textOf(path: string): string | undefined {
    return this.checked.get(path)?.text;
  }

  /** The snapshot's article `path` when `currentText` is still the text checked, else undefined. */
  articleFor(path: string, currentText: string | undefined): CheckedArticle | undefined {
    const entry = this.checked.get(path);
    return entry && (currentText === undefined || currentText === entry.text) ? entry : undefined;
  }
}
