// Which holders of a key are searched through it. A key held more than `limit` times (a quote every
// outlet repeats, a name every article of a big story gives) would make each edit compare with all of
// its holders; then only its first holders in path order, up to the limit, find each other through it.
// The answer depends on who holds the key now, never on the order articles came in, so a collection
// edited article by article finds the same pairs as one read in fresh.

export class SearchedHolders {
  /** For each key held over the limit: the first holder in path order that is not searched. */
  private readonly boundaries = new Map<string, string>();
  /** Keys whose boundary may have moved, with the boundary they had (null: every holder searched). */
  private readonly pending = new Map<string, string | null>();

  /** `holdersOf` lists a key's holders' paths, a path once for each time it holds the key. */
  constructor(
    private readonly limit: number,
    private readonly holdersOf: (key: string) => Iterable<string>,
  ) {}

  /** Notes that `path` now holds `key` more or fewer times, the key's holdings going from `before` to `after`. */
  changed(key: string, path: string, before: number, after: number): void {
    if (this.pending.has(key) || (before <= this.limit && after <= this.limit)) return;
    const boundary = this.boundaries.get(key) ?? null;
    // Holders after the boundary do not change which holders come before it.
    if (after > this.limit && boundary !== null && path > boundary) return;
    this.pending.set(key, boundary);
  }

  /** True when `path`, holding `key`, is searched through it: it comes before the key's boundary, if any. */
  searches(key: string, path: string): boolean {
    return searched(path, this.boundaries.get(key) ?? null);
  }

  /** Works out the boundaries that may have moved; adds to `moved` the holders whose search changed. */
  settle(moved: Set<string>): void {
    for (const [key, before] of this.pending) {
      const holders = [...this.holdersOf(key)];
      const after = this.boundaryOf(holders);
      if (after === null) this.boundaries.delete(key);
      else this.boundaries.set(key, after);
      for (const path of holders) if (searched(path, before) !== searched(path, after)) moved.add(path);
    }
    this.pending.clear();
  }

  /** The first path, in path order, at which the holdings counted so far pass the limit. */
  private boundaryOf(holders: string[]): string | null {
    if (holders.length <= this.limit) return null;
    const counts = new Map<string, number>();
    for (const path of holders) counts.set(path, (counts.get(path) ?? 0) + 1);
    let seen = 0;
    for (const path of [...counts.keys()].sort()) {
      seen += counts.get(path)!;
      if (seen > this.limit) return path;
    }
    return null;
  }
}

function searched(path: string, boundary: string | null): boolean {
  return boundary === null || path < boundary;
}
