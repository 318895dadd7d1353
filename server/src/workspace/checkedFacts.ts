// Facts read back from the cache are checked before use: a file of the right name can hold anything
// (a damaged write, another tool, a hand edit). Facts of the wrong shape would crash every later run,
// and altered offsets would point findings at the wrong words, so anything short of facts that fit
// the text exactly is refused, and the text is analysed again.
import type { ArticleEntity, ArticleFacts, ArticleMetadata, Citation, ClaimMention, DateMention, EntityMention, Figure, Layout, QuoteMention, Span } from '../core/types';

type Check = (value: unknown) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
const isBoolean: Check = (value) => typeof value === 'boolean';
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const orNull = (check: Check): Check => (value) => value === null || check(value);
const orAbsent = (check: Check): Check => (value) => value === undefined || check(value);
const oneOf = (...names: string[]): Check => (value) => typeof value === 'string' && names.includes(value);
const listOf = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);
/** An index into a list of `size` items. */
const indexBelow = (size: number): Check => (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) < size;
/** A check for every field of `T`, so a field added to the facts cannot go unchecked. */
type Fields<T> = { [K in keyof T]-?: Check };
const shaped =
  <T>(fields: Fields<T>): Check =>
  (value) =>
    isRecord(value) && Object.entries<Check>(fields).every(([key, check]) => check(value[key]));

/** The facts of `text` when `value` is exactly that: the shape of ArticleFacts, every offset inside the text. */
export function checkedFacts(text: string, value: unknown): ArticleFacts | null {
  if (!isRecord(value)) return null;
  const range: Check = (v) => isRecord(v) && Number.isInteger(v.start) && Number.isInteger(v.end) && 0 <= (v.start as number) && (v.start as number) <= (v.end as number) && (v.end as number) <= text.length;
  // Every span's `text` is the article's text between its offsets.
  const span = <T extends Span>(fields: Fields<Omit<T, keyof Span>>): Check => (v) => range(v) && shaped(fields)(v) && (v as { text: unknown }).text === text.slice((v as { start: number }).start, (v as { end: number }).end);

  const { layout, entityList, dates } = value;
  if (!isRecord(layout) || !Array.isArray(entityList) || !Array.isArray(dates)) return null;
  const paragraphs = layout.paragraphs;
  if (!Array.isArray(paragraphs)) return null;
  const entity = indexBelow(entityList.length);
  const fields: Fields<ArticleFacts> = {
    hash: isString,
    length: (length) => length === text.length,
    metadata: shaped<ArticleMetadata>({
      title: orNull(isString),
      byline: orNull(isString),
      outlet: orNull(isString),
      host: orNull(isString),
      siteDomain: orNull(isString),
      published: orNull(isString),
      publishedFrom: orNull(oneOf('front-matter', 'dateline', 'config', 'fallback')),
    }),
    layout: shaped<Layout>({
      paragraphs: listOf(range),
      sentences: listOf((v) => range(v) && shaped<{ paragraph: number }>({ paragraph: indexBelow(paragraphs.length) })(v)),
      regions: listOf((v) => range(v) && shaped<{ kind: string }>({ kind: oneOf('front-matter', 'heading', 'byline', 'dateline', 'caption', 'boilerplate', 'link-url') })(v)),
    }),
    entityList: (list) => (list as unknown[]).every((item, i) => shaped<ArticleEntity>({ id: (id) => id === i, name: isString, type: ENTITY_TYPE, aliases: listOf(isString) })(item)),
    entities: listOf(span<EntityMention>({ type: ENTITY_TYPE, entity })),
    dates: listOf(span<DateMention>({ value: orNull(isString), relative: isBoolean, doubtful: orAbsent(isBoolean) })),
    quotes: listOf(
      span<QuoteMention>({ kind: oneOf('direct', 'fragment', 'scare'), speakerText: orNull(isString), speakerSpan: orNull(range), speakerEntity: orNull(entity), cue: orNull(isString) }),
    ),
    claims: listOf(
      span<ClaimMention>({
        attributed: isBoolean,
        source: orNull(isString),
        figures: listOf(span<Figure>({ value: isNumber, low: isNumber, high: isNumber, unit: isString, approximate: isBoolean, counted: isString })),
        dates: listOf(indexBelow(dates.length)),
        entities: listOf(entity),
        keywords: listOf(isString),
      }),
    ),
    cites: listOf(span<Citation>({ name: isString })),
  };
  return shaped<ArticleFacts>(fields)(value) ? (value as unknown as ArticleFacts) : null;
}

const ENTITY_TYPE = oneOf('person', 'organization', 'place');
