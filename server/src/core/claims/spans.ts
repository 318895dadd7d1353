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
