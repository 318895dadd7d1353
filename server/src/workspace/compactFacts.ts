// Facts parsed from JSON (read from the facts cache, or sent by an analysis worker) hold a separate
// string for every span's text and a separate copy of some type and kind names. A large collection
// keeps the facts of every article, so parsed facts are compacted as they arrive: span texts become
// slices of the article's own text (V8 then points into the article instead of copying), and names
// of types and kinds become one shared string each. Values, and the order of every object's fields,
// stay exactly what they were.
import type { ArticleFacts, Span } from '../core/types';

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
    'percent',
    'usd',
    'year',
    'age',
  ].map((name) => [name, name]),
);

/** Most entities have no other form: they share one list, frozen so that no one can add to it. */
const NO_ALIASES = Object.freeze([]) as unknown as string[];

function shared<T extends string>(name: T): T {
  return (SHARED_NAMES.get(name) as T | undefined) ?? name;
}

/** `written`, or the same characters read from the article when they are long enough to share. */
function fromArticle(text: string, start: number, end: number, written: string): string {
  if (end - start < SHORTEST_SHARED || written.length !== end - start) return written;
  const slice = text.slice(start, end);
  return slice === written ? slice : written;
}

function shareText(text: string, span: Span): void {
  span.text = fromArticle(text, span.start, span.end, span.text);
}

/**
 * Compacts `facts` of `text` in place and returns them. Only for facts nothing else holds yet, such
 * as those just parsed.
 */
export function compactFacts(text: string, facts: ArticleFacts): ArticleFacts {
  for (const region of facts.layout.regions) region.kind = shared(region.kind);
  // An entity's name and other forms are written out at its mentions: they share the mentions' strings.
  const written = new Map<string, string>();
  for (const mention of facts.entities) {
    shareText(text, mention);
    mention.type = shared(mention.type);
    if (!written.has(mention.text)) written.set(mention.text, mention.text);
  }
  for (const entity of facts.entityList) {
    entity.type = shared(entity.type);
    entity.name = written.get(entity.name) ?? entity.name;
    entity.aliases = entity.aliases.length === 0 ? NO_ALIASES : entity.aliases.map((alias) => written.get(alias) ?? alias);
  }
  for (const date of facts.dates) shareText(text, date);
  for (const quote of facts.quotes) {
    shareText(text, quote);
    quote.kind = shared(quote.kind);
    const speaker = quote.speakerSpan;
    if (speaker && quote.speakerText !== null) quote.speakerText = fromArticle(text, speaker.start, speaker.end, quote.speakerText);
  }
  for (const claim of facts.claims) {
    shareText(text, claim);
    for (const figure of claim.figures) {
      shareText(text, figure);
      figure.unit = shared(figure.unit);
    }
  }
  for (const cite of facts.cites) shareText(text, cite);
  return facts;
}
