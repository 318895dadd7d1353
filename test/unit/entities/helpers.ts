// Builds article layouts by hand (one paragraph a line, sentences split at ". " before a capital) so
// the entity tests control exactly what is a sentence and which regions are skipped.
import { findEntities } from '../../../server/src/core/entities';
import type { ArticleEntity, EntityMention, Layout, Region } from '../../../server/src/core/types';

const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Gov', 'St', 'Gen', 'Lt', 'Col', 'Rep']);

export function layoutFor(text: string, regions: Region[] = []): Layout {
  const layout: Layout = { paragraphs: [], sentences: [], regions };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const end = lineStart + line.length;
    if (line.trim()) {
      const paragraph = layout.paragraphs.length;
      layout.paragraphs.push({ start: lineStart, end });
      let sentenceStart = lineStart;
      for (let i = lineStart; i < end - 2; i++) {
        if ('.?!'.includes(text[i]) && text[i + 1] === ' ' && /[\p{Lu}"“]/u.test(text[i + 2]) && !endsInAbbreviation(text, sentenceStart, i)) {
          layout.sentences.push({ start: sentenceStart, end: i + 1, paragraph });
          sentenceStart = i + 2;
        }
      }
      layout.sentences.push({ start: sentenceStart, end, paragraph });
    }
    lineStart = end + 1;
  }
  return layout;
}

function endsInAbbreviation(text: string, from: number, dot: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(from, dot))?.[0] ?? '';
  return ABBREVIATIONS.has(word) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

export interface Found {
  entityList: ArticleEntity[];
  entities: EntityMention[];
  /** The mention whose text is exactly `written` (the n-th such, from 0). */
  mention(written: string, nth?: number): EntityMention | undefined;
  /** The entity a mention written so belongs to. */
  entityOf(written: string, nth?: number): ArticleEntity | undefined;
  texts(): string[];
}

export function find(text: string, regions: Region[] = []): Found {
  const { entityList, entities } = findEntities(text, layoutFor(text, regions));
  const mention = (written: string, nth = 0) => entities.filter((m) => m.text === written)[nth];
  return {
    entityList,
    entities,
    mention,
    entityOf: (written, nth = 0) => {
      const m = mention(written, nth);
      return m ? entityList[m.entity] : undefined;
    },
    texts: () => entities.map((m) => m.text),
  };
}
