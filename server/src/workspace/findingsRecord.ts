// The findings last published for each article, with a hash of the text they were computed for, so a
// collection's snapshot can be written after every change without computing every article's findings
// again (the collection forgets all of them on each change), and is not written when nothing changed.
import { createHash } from 'node:crypto';
import type { Collection } from '../corpus/collection';
import type { CollectionDiagnostic } from '../corpus/types';
import { articleJson, snapshotFileFor, snapshotJsonOf, textHash, writeSnapshotFile } from './findingsSnapshot';

interface Recorded {
  text: string;
  hash: string;
  /** Kept as JSON once compared or written: smaller than the objects, and compared as a string. */
  findings: CollectionDiagnostic[] | string;
}

function findingsJson(recorded: Recorded): string {
  if (typeof recorded.findings !== 'string') recorded.findings = JSON.stringify(recorded.findings);
  return recorded.findings;
}

export interface CollectionToSnapshot {
  root: string;
  configText: string | null;
  collection: Collection;
}

/** Articles put into a snapshot between two turns of the event loop, so edits are never held up long. */
const ARTICLES_PER_SLICE = 200;

export class FindingsRecord {
  private readonly byPath = new Map<string, Recorded>();
  /** Hash of each snapshot file's contents as last written or read, by file. */
  private readonly onDisk = new Map<string, string>();
  private writing: Promise<void> = Promise.resolve();
  /** Counts the times findings changed; a snapshot built across a change is dropped. */
  private changes = 1;
  private changesWritten = 0;

  constructor(
    private readonly cacheDir: string,
    private readonly analyser: string,
  ) {}

  /**
   * `findings` are now those of `path`, computed for `text` (whose `textHash` the caller may know).
   * True when they are exactly the findings recorded for that text already.
   */
  saw(path: string, text: string, findings: CollectionDiagnostic[], hash?: string): boolean {
    const same = this.put(path, text, findings, hash);
    if (!same) this.changes++;
    return same;
  }

  /** `path` is no longer an article. */
  forget(path: string): void {
    this.byPath.delete(path);
    this.changes++;
  }

  /**
   * The snapshot file of `root` holds `json`, and what was seen so far is what the files hold: read at
   * start and shown, it is not written again unless findings change.
   */
  holds(root: string, json: string): void {
    this.onDisk.set(snapshotFileFor(this.cacheDir, root), contentHash(json));
    this.changesWritten = this.changes;
  }

  private put(path: string, text: string, findings: CollectionDiagnostic[], hash: string | undefined): boolean {
    const known = this.byPath.get(path);
    const sameText = known !== undefined && known.text === text;
    const entry: Recorded = { text, hash: hash ?? (sameText ? known.hash : textHash(text)), findings };
    const same = sameText && (known.findings === findings || findingsJson(known) === findingsJson(entry));
    this.byPath.set(path, entry);
    return same;
  }

  /**
   * Writes the snapshot of each collection whose findings differ from its file's, unless findings change
   * while it is being put together (the next write catches up). Writes run one after another; a failed
   * write only means the next reopening rebuilds before showing findings.
   */
  write(collections: CollectionToSnapshot[]): Promise<void> {
    // One failed write does not stop the next.
    this.writing = this.writing.catch(() => undefined).then(() => this.writeNow(collections));
    return this.writing;
  }

  private async writeNow(collections: CollectionToSnapshot[]): Promise<void> {
    const changes = this.changes;
    if (changes === this.changesWritten) return;
    const files: { file: string; json: string }[] = [];
    for (const collection of collections) {
      const json = await this.snapshotJson(collection, changes);
      if (json === undefined) return;
      files.push({ file: snapshotFileFor(this.cacheDir, collection.root), json });
    }
    this.changesWritten = changes;
    for (const { file, json } of files) {
      const hash = contentHash(json);
      if (this.onDisk.get(file) === hash) continue;
      try {
        await writeSnapshotFile(file, json);
        this.onDisk.set(file, hash);
      } catch {
        this.onDisk.delete(file);
      }
    }
  }

  /** The collection's snapshot file contents, or undefined when findings changed while it was built. */
  private async snapshotJson({ root, configText, collection }: CollectionToSnapshot, changes: number): Promise<string | undefined> {
    const parts: string[] = [];
    for (const [i, path] of collection.paths().entries()) {
      if (i % ARTICLES_PER_SLICE === ARTICLES_PER_SLICE - 1) {
        await new Promise((resolve) => setImmediate(resolve));
        if (this.changes !== changes) return undefined;
      }
      const text = collection.text(path);
      // Removed while the snapshot was being built.
      if (text === undefined) return undefined;
      // Articles whose findings were never published (an open article's pending edit) are asked for them.
      if (this.byPath.get(path)?.text !== text) this.put(path, text, collection.diagnostics(path), undefined);
      const known = this.byPath.get(path)!;
      parts.push(articleJson(path, known.hash, findingsJson(known)));
    }
    return snapshotJsonOf({ analyser: this.analyser, root, config: configText }, parts);
  }
}

function contentHash(json: string): string {
  return createHash('sha256').update(json).digest('hex');
}
