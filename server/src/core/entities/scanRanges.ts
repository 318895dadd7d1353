// The stretches of an article the entity pass reads: every sentence, plus headings, bylines, datelines
// and captions that hold no sentence, minus link URLs, front matter and ad or comment boilerplate.
import type { Layout, RegionKind } from '../types';

export interface ScanRange {
  start: number;
  end: number;
  /** Inside a heading, where title case is the norm and says nothing about names. */
  heading?: boolean;
  /** Resumes a sentence after a skipped link URL: its first word does not open a sentence. */
  continues?: boolean;
}

const SKIPPED: ReadonlySet<RegionKind> = new Set(['link-url', 'front-matter', 'boilerplate']);

export function scanRangesOf(layout: Layout): ScanRange[] {
  const sentences = layout.sentences.filter((s) => s.end > s.start).map((s) => ({ start: s.start, end: s.end }));
  sentences.sort((a, b) => a.start - b.start);
  const extra = layout.regions.filter((r) => !SKIPPED.has(r.kind) && r.end > r.start).map((r) => ({ start: r.start, end: r.end }));
  const wanted = sentences.concat(subtract(extra, merged(sentences))).sort((a, b) => a.start - b.start);
  const skipped = layout.regions.filter((r) => SKIPPED.has(r.kind)).sort((a, b) => a.start - b.start);
  const headings = merged(layout.regions.filter((r) => r.kind === 'heading').sort((a, b) => a.start - b.start));
  return subtract(wanted, merged(skipped)).map((r) => {
    const h = headings[firstEndingAfter(headings, r.start)];
    return h && h.start < r.end ? { ...r, heading: true } : r;
  });
}

/** Sorted ranges merged where they overlap, so their ends grow with their starts. */
function merged(sorted: ScanRange[]): ScanRange[] {
  const out: ScanRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** The parts of each range outside the holes (holes sorted and disjoint). */
function subtract(ranges: ScanRange[], holes: ScanRange[]): ScanRange[] {
  const out: ScanRange[] = [];
  for (const range of ranges) {
    let at = range.start;
    for (let i = firstEndingAfter(holes, at); i < holes.length && holes[i].start < range.end; i++) {
      if (holes[i].start > at) out.push(piece(range, at, holes[i].start));
      at = Math.max(at, holes[i].end);
    }
    if (at < range.end) out.push(piece(range, at, range.end));
  }
  return out;
}

function piece(range: ScanRange, start: number, end: number): ScanRange {
  return start === range.start ? { ...range, end } : { ...range, start, end, continues: true };
}

function firstEndingAfter(holes: ScanRange[], at: number): number {
  let lo = 0;
  let hi = holes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holes[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
