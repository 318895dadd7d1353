// The findings last published for each article, with a hash of the text they were computed for, so a
// collection's snapshot can be written after every change without computing every article's findings
// again (the collection forgets all of them on each change), and is not written when nothing changed.
import { createHash } from 'node:crypto';
import type { Collection } from '../corpus/collection';
import type { CollectionDiagnostic } from '../corpus/types';
import { snapshotFileFor, snapshotJson, textHash, writeSnapshotFile } from './findingsSnapshot';

interface Recorded {
  text: string;
  hash: string;
  /** Unknown once they may have changed; the text's hash is kept, as the text usually has not. */
  findings: CollectionDiagnostic[] | undefined;
}

export interface CollectionToSnapshot {
  root: string;
  configText: string | null;
  collection: Collection;
}

export class FindingsRecord {
  private readonly byPath = new Map<string, Recorded>();
  /** Hash of each snapshot file's contents as last written or read, by file. */
  private readonly onDisk = new Map<string, string>();
  private writing: Promise<void> = Promise.resolve();
  /** Whether any article's findings may have changed since the snapshots were last built. */
  private changed = true;

  constructor(
    private readonly cacheDir: string,
    private readonly analyser: string,
  ) {}

  /** `findings` are now those of `path`, computed for `text` (whose `textHash` the caller may know). */
  saw(path: string, text: string, findings: CollectionDiagnostic[], hash?: string): void {
    const known = this.byPath.get(path);
    this.byPath.set(path, { text, hash: hash ?? (known && known.text === text ? known.hash : textHash(text)), findings });
  }

  /** The findings of `path` may have changed: they are taken from the collection when next written. */
  forget(path: string): void {
    const known = this.byPath.get(path);
    if (known) known.findings = undefined;
    this.changed = true;
  }

  /** The snapshot file of `root` holds `json` (read at start), so writing the same again is skipped. */
  holds(root: string, json: string): void {
    this.onDisk.set(snapshotFileFor(this.cacheDir, root), contentHash(json));
  }

  /**
   * Writes the snapshot of each collection whose findings differ from its file's. Writes run one after
   * another; a failed write only means the next reopening rebuilds before showing findings.
   */
  write(collections: CollectionToSnapshot[]): Promise<void> {
    if (!this.changed) return this.writing;
    this.changed = false;
    const json = collections.map((c) => ({ file: snapshotFileFor(this.cacheDir, c.root), json: this.snapshotJson(c) }));
    this.writing = this.writing.then(async () => {
      for (const { file, json: text } of json) {
        const hash = contentHash(text);
        if (this.onDisk.get(file) === hash) continue;
        try {
          await writeSnapshotFile(file, text);
          this.onDisk.set(file, hash);
        } catch {
          this.onDisk.delete(file);
        }
      }
    });
    return this.writing;
  }

  private snapshotJson({ root, configText, collection }: CollectionToSnapshot): string {
    const articles = collection.paths().map((path) => {
      const text = collection.text(path)!;
      const known = this.byPath.get(path);
      if (!known || known.text !== text || !known.findings) this.saw(path, text, collection.diagnostics(path));
      const { hash, findings } = this.byPath.get(path)!;
      return { path, hash, findings: findings! };
    });
    return snapshotJson({ analyser: this.analyser, root, config: configText, articles });
  }
}

function contentHash(json: string): string {
  return createHash('sha256').update(json).digest('hex');
}
