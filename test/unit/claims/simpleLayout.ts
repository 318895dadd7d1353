// A plain layout for claim tests: one paragraph per line, a sentence ends at ". ", "? " or "! " (the
// fixtures are written so that this is right), plus whatever regions the test names.
import type { Layout, Region } from '../../../server/src/core/types';

export function simpleLayout(text: string, regions: Region[] = []): Layout {
  const layout: Layout = { paragraphs: [], sentences: [], regions };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const paragraph = layout.paragraphs.length;
    const lineEnd = lineStart + line.length;
    layout.paragraphs.push({ start: lineStart, end: lineEnd });
    let s = lineStart;
    for (let i = lineStart; i < lineEnd; i++) {
      if ('.?!'.includes(text[i]) && (i + 1 === lineEnd || text[i + 1] === ' ')) {
        layout.sentences.push({ start: s, end: i + 1, paragraph });
        s = i + 2;
      }
    }
    if (s < lineEnd) layout.sentences.push({ start: s, end: lineEnd, paragraph });
    lineStart = lineEnd + 1;
  }
  return layout;
}
