// Builds findQuotes inputs by hand: the layout from the text, entity mentions from names.
import { findQuotes } from '../../../server/src/core/quotes';
import { layoutOf } from '../../../server/src/core/text/layout';
import type { EntityMention, EntityType, QuoteMention } from '../../../server/src/core/types';

/** Every occurrence of each name as a mention of one entity (numbered in the order given). */
export function mentionsOf(text: string, names: [string, EntityType][]): EntityMention[] {
  const mentions: EntityMention[] = [];
  names.forEach(([name, type], entity) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      mentions.push({ start: at, end: at + name.length, text: name, type, entity });
    }
  });
  return mentions.sort((a, b) => a.start - b.start);
}

export function quotesIn(text: string, names: [string, EntityType][] = []): QuoteMention[] {
  return findQuotes(text, layoutOf(text), mentionsOf(text, names));
}

/** The quote whose words start with `opening`. */
export function quoteStarting(quotes: QuoteMention[], opening: string): QuoteMention {
  const quote = quotes.find((q) => q.text.startsWith(opening));
  if (!quote) throw new Error(`no quote starting "${opening}" in ${JSON.stringify(quotes.map((q) => q.text))}`);
  return quote;
}
