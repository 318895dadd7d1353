// Looking up which mentions fall in a sentence without scanning them all for every sentence, so that
// claim finding stays linear-logarithmic even on very long articles.

export interface Range {
  start: number;
  end: number;
}

/** Sorted, non-overlapping ranges: the union of the given ones. */
export function unionOf(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Indexes of the items (sorted by start; they may nest or overlap) that start within [start, end). */
export function startingWithin(items: readonly Range[], start: number, end: number): number[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < items.length && items[i].start < end; i++) out.push(i);
  return out;
}

/** Sorted by start: the same array when it already is, else a sorted copy. */
export function byStart<T extends Range>(items: readonly T[]): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    if (items[i].start < items[i - 1].start) return [...items].sort((a, b) => a.start - b.start);
  }
  return items;
}

/**
 * Indexes of the items overlapping [start, end). `items` must be sorted by start and must not overlap
 * one another (dates, quotes, entity mentions and unions are), so their ends are sorted too.
 */
export function overlappingIndexes(items: readonly Range[], start: number, end: number): number[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < items.length && items[i].start < end; i++) out.push(i);
  return out;
}
