// Property: whatever sequence of edits an editor sends (paragraphs replaced, inserted, deleted, whole
// articles emptied, removed and restored), a collection kept up to date edit by edit shows exactly what
// a collection read in fresh from the final texts shows. Stories of near-duplicate articles, and a low
// limit for common keys, make quotes and names turn common and rare again as the edits go.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analysed, articleText, everythingSeen, freshCollection, PARAGRAPHS, pathOf, storyConfig } from './inventedStory';

type Edit =
  | { kind: 'replace' | 'insert'; article: number; at: number; paragraph: number }
  | { kind: 'delete'; article: number; at: number }
  | { kind: 'empty' | 'remove' | 'restore'; article: number };

const MAX_ARTICLES = 8;
const paragraph = fc.integer({ min: 0, max: PARAGRAPHS.length - 1 });
const article = fc.integer({ min: 0, max: MAX_ARTICLES - 1 });
const position = fc.nat({ max: 8 });

/** Articles of the story; each may be a near-duplicate of an earlier one with a paragraph changed. */
const story = fc
  .array(fc.record({ paragraphs: fc.array(paragraph, { maxLength: 6 }), copyOf: fc.option(fc.nat(), { nil: undefined }), changed: paragraph }), {
    minLength: 2,
    maxLength: MAX_ARTICLES,
  })
  .map((specs) => {
    const built: number[][] = [];
    specs.forEach((spec, i) => {
      const original = spec.copyOf !== undefined && i > 0 ? built[spec.copyOf % i]! : undefined;
      built.push(original ? [...original.slice(1), spec.changed] : spec.paragraphs);
    });
    return built;
  });

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('replace' as const, 'insert' as const), article, at: position, paragraph }),
  fc.record({ kind: fc.constant('delete' as const), article, at: position }),
  fc.record({ kind: fc.constantFrom('empty' as const, 'remove' as const, 'restore' as const), article }),
);

/** The paragraphs of an article after an edit; null when the article leaves the collection. */
function applied(paragraphs: number[] | null, original: number[], e: Edit): number[] | null {
  if (!('at' in e)) return e.kind === 'remove' ? null : e.kind === 'restore' ? [...original] : [];
  const next = [...(paragraphs ?? original)];
  const at = next.length === 0 ? 0 : e.at % (next.length + (e.kind === 'insert' ? 1 : 0));
  if (e.kind === 'insert') next.splice(at, 0, e.paragraph);
  else if (e.kind === 'replace' && next.length > 0) next[at] = e.paragraph;
  else if (e.kind === 'delete') next.splice(at, 1);
  return next;
}

/** The property; bench/incrementalEdits.ts runs it for longer. */
export function editsEqualFreshRead() {
  const config = storyConfig();
  return fc.property(story, fc.array(edit, { minLength: 1, maxLength: 12 }), fc.constantFrom(1, 2, 3, 50), fc.boolean(), (articles, edits, commonAbove, askBetween) => {
        const texts = new Map(articles.map((paragraphs, i) => [pathOf(i), articleText(i, paragraphs)]));
        const collection = freshCollection(config, texts, commonAbove);
        everythingSeen(collection);
        const current: (number[] | null)[] = [...articles];
        for (const e of edits) {
          if (e.article >= articles.length) continue;
          const path = pathOf(e.article);
          const next = applied(current[e.article]!, articles[e.article]!, e);
          current[e.article] = next;
          if (next === null) {
            texts.delete(path);
            collection.remove(path);
          } else {
            const text = articleText(e.article, next);
            texts.set(path, text);
            collection.update(path, text, analysed(config, path, text));
          }
          // Answers asked between edits fill the caches an edit must then clear.
          if (askBetween) everythingSeen(collection);
        }
        assert.deepEqual(everythingSeen(collection), everythingSeen(freshCollection(config, texts, commonAbove)));
      });
}
