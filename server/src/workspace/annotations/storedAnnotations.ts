// Reads `.crosscheck/annotations.json`, a W3C Web Annotation collection, whether Crosscheck, a person
// or another tool wrote it: a bare array, an AnnotationCollection with `items` or `first.items`,
// targets as objects, arrays or plain source strings, selectors as one object or a list.
import type { AnchorTarget, QuoteSelector } from './anchor';

export interface StoredAnnotation extends AnchorTarget {
  id: string;
  /** The article, relative to the collection folder (or a file: URI, resolved by the caller). */
  source: string | null;
  verdict: string | null;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function storedAnnotations(document: unknown): StoredAnnotation[] {
  return itemsOf(document).filter(isObject).map((item, index) => annotationOf(item, index));
}

function itemsOf(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  if (!isObject(document)) return [];
  if (Array.isArray(document.items)) return document.items;
  if (isObject(document.first) && Array.isArray(document.first.items)) return document.first.items;
  if (Array.isArray(document.annotations)) return document.annotations;
  return [];
}

function annotationOf(item: Json, index: number): StoredAnnotation {
  const target = asList(item.target)[0];
  const source = typeof target === 'string' ? target : isObject(target) ? asString(target.source) ?? asString(target.id) : null;
  const selectors = isObject(target) ? asList(target.selector).filter(isObject) : [];
  return {
    id: asString(item.id) ?? `#${index}`,
    source,
    quote: quoteOf(selectors.find((s) => s.type === 'TextQuoteSelector')),
    position: positionOf(selectors.find((s) => s.type === 'TextPositionSelector')),
    verdict: verdictOf(asList(item.body)),
  };
}

function quoteOf(selector: Json | undefined): QuoteSelector | null {
  const exact = selector ? asString(selector.exact) : null;
  if (!selector || exact === null) return null;
  return { exact, prefix: asString(selector.prefix) ?? '', suffix: asString(selector.suffix) ?? '' };
}

function positionOf(selector: Json | undefined): { start: number; end: number } | null {
  if (!selector) return null;
  const { start, end } = selector;
  return Number.isInteger(start) && Number.isInteger(end) ? { start: start as number, end: end as number } : null;
}

/** Crosscheck writes `verdict`; other tools say it as a body whose purpose is "assessing". */
function verdictOf(bodies: unknown[]): string | null {
  for (const body of bodies.filter(isObject)) {
    const verdict = asString(body.verdict);
    if (verdict !== null) return verdict;
  }
  for (const body of bodies.filter(isObject)) {
    if (body.purpose === 'assessing' && typeof body.value === 'string') return body.value;
  }
  return null;
}
