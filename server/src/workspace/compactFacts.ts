// Facts that arrive as copies (parsed from the facts cache, or cloned from an analysis worker) hold a
// separate string for every span's text and a separate copy of every type or kind name, in objects
// sized for whatever the parser expected. A large collection keeps the facts of every article, so
// they are rebuilt here: span texts become slices of the article's own text (V8 then points into the
// article instead of copying), names of types and kinds become one shared string each, and every
// object is made with exactly its fields. The values, and the order of every object's fields, stay
// exactly what they were.
import type {
  ArticleFacts,
  ArticleEntity,
  ClaimMention,
  Citation,
  DateMention,
  EntityMention,
  Figure,
  Layout,
  QuoteMention,
} from '../core/types';

/**
 * Shorter slices are copied by V8 rather than pointing into the article (its SlicedString minimum),
 * and a copy out of a two-byte article takes two bytes a character where the parsed one took one.
 */
const SHORTEST_SHARED = 13;

/** The fixed names facts repeat in every article: entity types, quote and region kinds, units. */
const SHARED_NAMES = new Map(
  [
    'person',
    'organization',
    'place',
    'direct',
    'fragment',
    'scare',
    'front-matter',
    'heading',
    'byline',
    'dateline',
    'caption',
    'boilerplate',
    'link-url',
    'config',
    'fallback',
    'percent',
    'usd',
    'year',
    'age',
    '',
  ].map((name) => [name, name]),
);

function shared<T extends string | null>(name: T): T {
  return name === null ? name : ((SHARED_NAMES.get(name) as T | undefined) ?? name);
}

/** `written`, or the same characters read from the article when they are long enough to share. */
function fromArticle(text: string, start: number, end: number, written: string): string {
  if (end - start < SHORTEST_SHARED || written.length !== end - start) return written;
  const slice = text.slice(start, end);
  return slice === written ? slice : written;
}

/** `facts` of `text` with the same values, holding as little of their own as they can. */
export function compactFacts(text: string, facts: ArticleFacts): ArticleFacts {
  const m = facts.metadata;
  return {
    hash: facts.hash,
    length: facts.length,
    metadata: { title: m.title, byline: m.byline, outlet: m.outlet, published: m.published, publishedFrom: shared(m.publishedFrom) },
    layout: compactLayout(facts.layout),
    entityList: facts.entityList.map(
      (e): ArticleEntity => ({ id: e.id, name: e.name, type: shared(e.type), aliases: e.aliases }),
    ),
    entities: facts.entities.map(
      (e): EntityMention => ({ start: e.start, end: e.end, text: fromArticle(text, e.start, e.end, e.text), type: shared(e.type), entity: e.entity }),
    ),
    dates: facts.dates.map(
      (d): DateMention => ({ start: d.start, end: d.end, text: fromArticle(text, d.start, d.end, d.text), value: d.value, relative: d.relative }),
    ),
    quotes: facts.quotes.map((q) => compactQuote(text, q)),
    claims: facts.claims.map((c) => compactClaim(text, c)),
    cites: facts.cites.map((c): Citation => ({ name: c.name, text: fromArticle(text, c.start, c.end, c.text), start: c.start, end: c.end })),
  };
}

function compactLayout(layout: Layout): Layout {
  return {
    paragraphs: layout.paragraphs.map((p) => ({ start: p.start, end: p.end })),
    sentences: layout.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph })),
    regions: layout.regions.map((r) => ({ kind: shared(r.kind), start: r.start, end: r.end })),
  };
}

function compactQuote(text: string, q: QuoteMention): QuoteMention {
  const speaker = q.speakerSpan;
  return {
    start: q.start,
    end: q.end,
    text: fromArticle(text, q.start, q.end, q.text),
    kind: shared(q.kind),
    speakerText: speaker && q.speakerText !== null ? fromArticle(text, speaker.start, speaker.end, q.speakerText) : q.speakerText,
    speakerSpan: speaker && { start: speaker.start, end: speaker.end },
    speakerEntity: q.speakerEntity,
    cue: q.cue,
  };
}

function compactClaim(text: string, c: ClaimMention): ClaimMention {
  return {
    start: c.start,
    end: c.end,
    text: fromArticle(text, c.start, c.end, c.text),
    attributed: c.attributed,
    source: c.source,
    figures: c.figures.map(
      (f): Figure => ({
        start: f.start,
        end: f.end,
        text: fromArticle(text, f.start, f.end, f.text),
        value: f.value,
        low: f.low,
        high: f.high,
        unit: shared(f.unit),
        approximate: f.approximate,
        counted: f.counted,
      }),
    ),
    dates: c.dates,
    entities: c.entities,
    keywords: c.keywords,
  };
}
