// Analyses ONE article: the single entry point of the core. Pure: a string in, ArticleFacts out.
import { createHash } from 'node:crypto';
import { findClaims } from './claims';
import { findDates } from './dates';
import { findEntities } from './entities';
import { metadataOf } from './metadata';
import { findQuotes } from './quotes';
import { layoutOf } from './text/layout';
import type { AnalyzeOptions, ArticleFacts } from './types';

export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleFacts {
  const layout = layoutOf(text);
  const metadata = metadataOf(text, layout, options);
  const { entityList, entities } = findEntities(text, layout);
  const dates = findDates(text, layout, metadata.published);
  const quotes = findQuotes(text, layout, entities);
  const { claims, cites } = findClaims(text, layout, { entities, dates, quotes });
  return {
    hash: contentHash(text),
    length: text.length,
    metadata,
    layout,
    entityList,
    entities,
    dates,
    quotes,
    claims,
    cites,
  };
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
