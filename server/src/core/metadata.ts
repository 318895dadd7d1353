// Article metadata: title, byline, outlet and publication date. The publication date comes from, in
// order: the collection's configuration, front matter, a dateline near the top, the caller's fallback.
import { calendarDateAt } from './text/calendarDate';
import { linesOf } from './text/lines';
import { hostOf, siteDomainOf } from './text/siteDomain';
import type { AnalyzeOptions, ArticleMetadata, Layout, Region } from './types';

/** Datelines further down than this many lines are event dates in the story, not the publication date. */
const DATELINE_LINES = 15;

export function metadataOf(text: string, layout: Layout, options: AnalyzeOptions = {}): ArticleMetadata {
  const frontMatter = frontMatterFields(text, layout);
  const published = publishedOf(text, layout, frontMatter, options);
  return {
    title: frontMatter.get('title') ?? titleOf(text, layout),
    byline: frontMatter.get('author') ?? frontMatter.get('byline') ?? bylineOf(text, layout),
    outlet: options.outlet ?? frontMatter.get('outlet') ?? frontMatter.get('source') ?? frontMatter.get('publisher') ?? frontMatter.get('site') ?? null,
    host: urlOf(frontMatter),
    siteDomain: siteDomainOf(text, layout.regions),
    published: published?.value ?? null,
    publishedFrom: published?.from ?? null,
  };
}

/** `key: value` lines of the front matter, keys lower-cased, values unquoted; empty when there is none. */
function frontMatterFields(text: string, layout: Layout): Map<string, string> {
  const fields = new Map<string, string>();
  const region = layout.regions.find((r) => r.kind === 'front-matter');
  if (!region) return fields;
  for (const line of linesOf(text.slice(region.start, region.end))) {
    const raw = text.slice(region.start + line.start, region.start + line.end);
    const colon = raw.indexOf(':');
    if (colon <= 0 || raw[0] === ' ' || raw[0] === '-') continue;
    const key = raw.slice(0, colon).trim().toLowerCase();
    const value = unquote(raw.slice(colon + 1).trim());
    if (value && !fields.has(key)) fields.set(key, value);
  }
  return fields;
}

/** The host of the article's own address, under the keys crawlers and static sites write it. */
function urlOf(frontMatter: Map<string, string>): string | null {
  for (const key of ['url', 'link', 'canonical', 'canonical_url', 'source_url', 'permalink']) {
    const host = hostOf(frontMatter.get(key) ?? '');
    if (host) return host;
  }
  return null;
}

function unquote(value: string): string {
  const first = value[0];
  if ((first === '"' || first === "'") && value.length >= 2 && value[value.length - 1] === first) return value.slice(1, -1);
  return value;
}

/** The first markdown heading, else the first heading-like line. */
function titleOf(text: string, layout: Layout): string | null {
  const headings = layout.regions.filter((r) => r.kind === 'heading');
  const heading = headings.find((r) => text[r.start] === '#') ?? headings[0];
  if (!heading) return null;
  let start = heading.start;
  while (start < heading.end && text[start] === '#') start++;
  return plainText(text.slice(start, heading.end)) || null;
}

function bylineOf(text: string, layout: Layout): string | null {
  const byline = layout.regions.find((r) => r.kind === 'byline');
  if (!byline) return null;
  const inner = layout.regions.filter((r) => r !== byline && r.start >= byline.start && r.end <= byline.end);
  let kept = '';
  let at = byline.start;
  for (const region of inner) {
    if (region.start < at) continue;
    kept += text.slice(at, region.start);
    at = region.end;
  }
  kept += text.slice(at, byline.end);
  const plain = plainText(kept);
  const by = plain.toLowerCase().indexOf('by ');
  return plain.slice(by >= 0 && by < 15 ? by + 3 : 0).trim() || null;
}

/** Drops markdown emphasis and link brackets and collapses white space. */
function plainText(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === '*' || ch === '_' || ch === '[' || ch === ']' || ch === '\\') continue;
    out += ch;
  }
  return out.replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
}

interface Published {
  value: string;
  from: NonNullable<ArticleMetadata['publishedFrom']>;
}

function publishedOf(text: string, layout: Layout, frontMatter: Map<string, string>, options: AnalyzeOptions): Published | null {
  const configured = isoDate(options.published);
  if (configured) return { value: configured, from: 'config' };
  for (const key of ['date', 'published', 'pubdate', 'published_at', 'publishdate']) {
    const value = frontMatter.get(key);
    const date = value ? calendarDateAt(value, 0) : null;
    if (date) return { value: date.value, from: 'front-matter' };
  }
  const dateline = datelineOf(text, layout);
  if (dateline) return { value: dateline, from: 'dateline' };
  const fallback = isoDate(options.fallbackPublished);
  return fallback ? { value: fallback, from: 'fallback' } : null;
}

/** The first dateline in the top lines, preferring the publication over an "Updated" line. */
function datelineOf(text: string, layout: Layout): string | null {
  const limit = offsetOfLine(text, DATELINE_LINES);
  const datelines = layout.regions.filter((r) => r.kind === 'dateline' && r.start < limit);
  const published = datelines.find((r) => !isUpdate(text, r)) ?? datelines[0];
  if (!published) return null;
  for (let at = published.start; at < published.end; at++) {
    const date = calendarDateAt(text, at, published.end);
    if (date) return date.value;
  }
  return null;
}

function isUpdate(text: string, region: Region): boolean {
  const head = text.slice(region.start, region.start + 16).toLowerCase();
  return head.startsWith('updated') || head.startsWith('last updated');
}

/** Offset where the `count`-th non-blank line ends (or the end of the text); reads no further. */
function offsetOfLine(text: string, count: number): number {
  let seen = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (!blank && ++seen >= count) return i;
      blank = true;
    } else if (c !== 32 && c !== 9) {
      blank = false;
    }
  }
  return text.length;
}

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = calendarDateAt(value, 0);
  return date && date.end === value.length && /^\d{4}-\d{2}-\d{2}$/.test(value) ? date.value : null;
}
