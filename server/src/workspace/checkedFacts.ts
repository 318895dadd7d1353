// Facts read back from the cache are checked before use: a file of the right name can hold anything
// (a damaged write, another tool, a hand edit). Facts of the wrong shape would crash every later run,
// and altered offsets would point findings at the wrong words, so anything short of facts that fit
// the text exactly is refused, and the text is analysed again.
import type {
  ArticleEntity,
  ArticleFacts,
  ArticleMetadata,
  Citation,
  ClaimMention,
  DateMention,
  EntityMention,
  EntityType,
  Figure,
  Layout,
  QuoteKind,
  QuoteMention,
  RegionKind,
  Span,
} from '../core/types';
import { type Check, type Fields, indexBelow, isBoolean, isNumber, isRecord, isString, listOf, oneOf, orAbsent, orNull, shaped } from './shapeChecks';

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
      publishedFrom: orNull(PUBLISHED_FROM),
    }),
    layout: shaped<Layout>({
      paragraphs: listOf(range),
      sentences: listOf((v) => range(v) && shaped<{ paragraph: number }>({ paragraph: indexBelow(paragraphs.length) })(v)),
      regions: listOf((v) => range(v) && shaped<{ kind: string }>({ kind: REGION_KIND })(v)),
    }),
    entityList: (list) => (list as unknown[]).every((item, i) => shaped<ArticleEntity>({ id: (id) => id === i, name: isString, type: ENTITY_TYPE, aliases: listOf(isString) })(item)),
    entities: listOf(span<EntityMention>({ type: ENTITY_TYPE, entity })),
    dates: listOf(span<DateMention>({ value: orNull(isString), relative: isBoolean, doubtful: orAbsent(isBoolean) })),
    quotes: listOf(
      span<QuoteMention>({ kind: QUOTE_KIND, speakerText: orNull(isString), speakerSpan: orNull(range), speakerEntity: orNull(entity), cue: orNull(isString) }),
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

const ENTITY_TYPE = oneOf({ person: true, organization: true, place: true } satisfies Record<EntityType, true>);
const QUOTE_KIND = oneOf({ direct: true, fragment: true, scare: true } satisfies Record<QuoteKind, true>);
const PUBLISHED_FROM = oneOf({ 'front-matter': true, dateline: true, config: true, fallback: true } satisfies Record<NonNullable<ArticleMetadata['publishedFrom']>, true>);
const REGION_KIND = oneOf({
  'front-matter': true,
  heading: true,
  byline: true,
  dateline: true,
  caption: true,
  boilerplate: true,
  'link-url': true,
} satisfies Record<RegionKind, true>);
