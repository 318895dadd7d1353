// Entity clusters kept up to date as articles change. The first question clusters every name; after
// that only the names an edit touched, and every name linked to them, are clustered again, so typing
// a name in one article of a large collection does not re-cluster the whole collection.
import { ClusterCore, clusterKeys, NameTable, slugOf } from './clusters';
import { ClusterLinks } from './clusterLinks';
import type { NameKeys } from './nameKeys';

export class ClusterIndex {
  /** Built at the first edit after the first clustering: reading a collection in never needs it. */
  private links: ClusterLinks | null = null;
  private readonly byKey = new Map<string, ClusterCore>();
  /**
   * Clusters by their plain id: the one cluster, or those sharing it in key order, the second and
   * later getting `-2`, `-3`… Nearly every id is one cluster's, kept bare.
   */
  private readonly byPlainId = new Map<string, ClusterCore | ClusterCore[]>();

  constructor(
    private readonly table: NameTable,
    private readonly keys: NameKeys,
  ) {}

  clusterOf(key: string): ClusterCore | undefined {
    if (this.table.touched.size > 0) this.refresh();
    return this.byKey.get(key);
  }

  /** Clusters every name and links them, so that the first edit of a name finds the work done. */
  prepareEdits(): void {
    if (this.table.touched.size > 0) this.refresh();
    if (this.byKey.size > 0) this.links ??= this.linksOfEveryKey();
  }

  private refresh(): void {
    const touched = [...this.table.touched];
    this.table.touched.clear();
    if (this.byKey.size === 0) {
      this.links = null;
      this.recluster(this.table.stats.keys());
      return;
    }
    const links = (this.links ??= this.linksOfEveryKey());
    // What a touched name was linked to, before and after the change, and the clusters it was in.
    const around = new Set<string>();
    for (const key of touched) links.neighbours(key, around);
    for (const key of touched) links.update(key, this.table.stats.has(key), this.table.aliasLinks.get(key)?.keys() ?? []);
    for (const key of touched) {
      links.neighbours(key, around);
      for (const member of this.byKey.get(key)?.keys ?? []) around.add(member);
    }
    this.recluster(links.linkedTo([...around, ...touched]), [...around, ...touched]);
  }

  /** Clusters `group` (every key linked to any of it) again, dropping the clusters of `gone` first. */
  private recluster(group: Iterable<string>, gone: Iterable<string> = []): void {
    const keys = [...group];
    const renumber = new Set<string>();
    for (const key of [...gone, ...keys]) this.forget(key, renumber);
    for (const cluster of clusterKeys(this.table, this.keys, keys)) {
      for (const key of cluster.keys) this.byKey.set(key, cluster);
      const same = this.byPlainId.get(cluster.id);
      if (!same) this.byPlainId.set(cluster.id, cluster);
      else {
        this.byPlainId.set(cluster.id, Array.isArray(same) ? [...same, cluster] : [same, cluster]);
        renumber.add(cluster.id);
      }
    }
    for (const plainId of renumber) this.number(plainId);
  }

  private linksOfEveryKey(): ClusterLinks {
    const links = new ClusterLinks();
    for (const key of this.table.stats.keys()) links.update(key, true, this.table.aliasLinks.get(key)?.keys() ?? []);
    // Aliases whose own key no article names still link the names they stand for.
    for (const [alias, targets] of this.table.aliasLinks) if (!this.table.stats.has(alias)) links.update(alias, false, targets.keys());
    return links;
  }

  /** Drops the cluster holding `key`, noting which ids need numbering again. */
  private forget(key: string, renumber: Set<string>): void {
    const cluster = this.byKey.get(key);
    if (!cluster) return;
    for (const k of cluster.keys) this.byKey.delete(k);
    const plainId = plainIdOf(cluster);
    const same = this.byPlainId.get(plainId)!;
    const left = Array.isArray(same) ? same.filter((c) => c !== cluster) : [];
    if (left.length === 0) this.byPlainId.delete(plainId);
    else {
      this.byPlainId.set(plainId, left.length === 1 ? left[0]! : left);
      renumber.add(plainId);
    }
  }

  private number(plainId: string): void {
    const same = this.byPlainId.get(plainId);
    if (!same) return;
    if (!Array.isArray(same)) {
      same.id = plainId;
      return;
    }
    same.sort((x, y) => (x.keys[0]! < y.keys[0]! ? -1 : 1));
    same.forEach((cluster, i) => (cluster.id = i === 0 ? plainId : `${plainId}-${i + 1}`));
  }
}

function plainIdOf(cluster: ClusterCore): string {
  return `${cluster.type}:${slugOf(cluster.name)}`;
}
