// One paragraph, one sentence: the date rules do not depend on how the text is split.
import type { Layout, Region } from '../../../server/src/core/types';

export function plainLayout(text: string, regions: Region[] = []): Layout {
  return { paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length, paragraph: 0 }], regions };
}
