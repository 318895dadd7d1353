// How an article is laid out: paragraphs, sentences (never crossing a paragraph) and the regions that
// are not running prose. Offsets are UTF-16 code units into the text exactly as given.
import type { Layout, Region, RegionKind } from '../types';
import { linesOf, trimmedLine } from './lines';
import { paragraphsOf } from './paragraphs';
import { frontMatterOf, lineRegionsOf } from './regions';
import { sentencesOf } from './sentences';

/** Regions holding no sentences at all. Headings and captions are still split into sentences: they name people and places. */
const NOT_SENTENCES: ReadonlySet<RegionKind> = new Set(['front-matter', 'byline', 'dateline', 'boilerplate']);

export function layoutOf(text: string): Layout {
  const lines = linesOf(text);
  const frontMatter = frontMatterOf(text, lines);
  const bodyLines = (frontMatter ? lines.filter((line) => line.start > frontMatter.end) : lines).map((line) => trimmedLine(text, line));
  const paragraphs = paragraphsOf(text, bodyLines);
  if (frontMatter) paragraphs.unshift({ start: frontMatter.start, end: frontMatter.end });
  const regions = lineRegionsOf(text, bodyLines.filter((line) => line.end > line.start), paragraphs);
  if (frontMatter) regions.unshift(frontMatter);
  const sentences: Layout['sentences'] = [];
  const excluded = regions.filter((r) => NOT_SENTENCES.has(r.kind));
  let r = 0;
  paragraphs.forEach((paragraph, index) => {
    while (r < excluded.length && excluded[r].end <= paragraph.start) r++;
    for (const piece of proseOf(paragraph.start, paragraph.end, excluded, r)) {
      for (const s of sentencesOf(text, piece.start, piece.end)) sentences.push({ start: s.start, end: s.end, paragraph: index });
    }
  });
  return { paragraphs, sentences, regions };
}

/** The parts of [start, end) outside the excluded regions (sorted by start), from index `from` on. */
function proseOf(start: number, end: number, excluded: Region[], from: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let at = start;
  for (let i = from; i < excluded.length && excluded[i].start < end; i++) {
    const region = excluded[i];
    if (region.end <= at) continue;
    if (region.start > at) pieces.push({ start: at, end: region.start });
    at = Math.max(at, region.end);
  }
  if (at < end) pieces.push({ start: at, end });
  return pieces;
}
