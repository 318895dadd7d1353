// Regions: the parts of an article that are not running prose (front matter, headings, bylines,
// datelines, photo captions, ad and comment boilerplate) and the URL half of markdown links.
// Classification is line by line, on the line's own words, with no backtracking patterns.
import type { Region, RegionKind } from '../types';
import { datelineOf } from './dateline';
import { isLetter, isLower, isUpper } from './chars';
import { type Line, trimmedLine } from './lines';
import { linkRegionsOf } from './links';
import { furnitureKind, lastSentenceEnd } from './pageFurniture';

/** Front matter: a `---` fence on the first line, closed by `---` or `...`. Null when absent. */
export function frontMatterOf(text: string, lines: Line[]): Region | null {
  const first = trimmedLine(text, lines[0]);
  if (first.start > 1 || text.slice(first.start, first.end) !== '---') return null;
  for (let i = 1; i < lines.length; i++) {
    const line = text.slice(lines[i].start, lines[i].end).trimEnd();
    if (line === '---' || line === '...') return { kind: 'front-matter', start: 0, end: lines[i].end };
  }
  return null;
}

/**
 * Regions of the non-blank lines (already trimmed, outside front matter), sorted by start. Only a line
 * that is a paragraph by itself can be a title-like heading: the lines of hard-wrapped prose are not.
 */
export function lineRegionsOf(text: string, lines: Line[], paragraphs: Line[]): Region[] {
  const paragraphEnds = new Map(paragraphs.map((p) => [p.start, p.end]));
  const regions: Region[] = [];
  let seenText = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.start === line.end) continue;
    const standsAlone = paragraphEnds.get(line.start) === line.end;
    const dateline = datelineOf(text, line);
    const kind = dateline ? null : lineKind(text, line, !seenText, standsAlone, n + 1 < lines.length);
    if (dateline) regions.push(dateline);
    else if (kind) regions.push({ kind, start: line.start, end: line.end });
    seenText = true;
    for (const region of inlineRegionsOf(text, line)) regions.push(region);
  }
  return regions.sort((a, b) => a.start - b.start || b.end - a.end);
}

function lineKind(text: string, line: Line, isFirst: boolean, standsAlone: boolean, notLast: boolean): RegionKind | null {
  const s = text.slice(line.start, line.end);
  const plain = stripMarkup(s);
  if (/^#{1,6}\s/.test(s)) return 'heading';
  if (isBoilerplate(plain)) return 'boilerplate';
  if (isByline(plain)) return 'byline';
  if (isCaption(plain)) return 'caption';
  if (standsAlone && notLast && isTitleLike(plain, isFirst)) return 'heading';
  // The first line is the headline when it is anything but prose, never a caption.
  return isFirst ? null : furnitureKind(plain, standsAlone);
}

/** Removes leading markdown emphasis, quote and list markers, which do not change what a line is. */
function stripMarkup(s: string): string {
  let i = 0;
  while (i < s.length && (s[i] === '*' || s[i] === '_' || s[i] === '>' || s[i] === ' ')) i++;
  return s.slice(i);
}

const BOILERPLATE_LINES = new Set([
  'advertisement', 'story continues below advertisement', 'continue reading', 'read more', 'share',
  'related', 'related articles', 'recommended', 'most popular', 'read the rest here.', 'read the rest here',
]);
const BOILERPLATE_OPENINGS = [
  'share this', 'share on ', 'comments you share', 'sign up for', 'subscribe to', 'subscribe now',
  'click here', 'follow us', 'read more:', 'copyright', '©', 'all rights reserved', 'this article was',
  'join the conversation', 'you can read', 'get the latest', 'download the app', 'listen to this article',
];

function isBoilerplate(plain: string): boolean {
  const lower = plain.toLowerCase().trim();
  let end = lower.length;
  while (end > 0 && (lower[end - 1] === '*' || lower[end - 1] === '_')) end--;
  if (BOILERPLATE_LINES.has(lower.slice(0, end))) return true;
  if (BOILERPLATE_OPENINGS.some((opening) => lower.startsWith(opening))) return true;
  return lower.startsWith('write to ') && lower.includes('@');
}

const BYLINE_OPENINGS = ['by ', 'written by ', 'reporting by ', 'words by ', 'story by '];

/** Words after "By" that open a sentence, not a byline ("By Monday, the council …"). */
const NOT_AUTHORS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'then', 'now', 'noon', 'midnight',
  'contrast', 'comparison', 'law', 'some', 'most', 'all', 'far', 'early', 'late', 'mid']);

function isByline(plain: string): boolean {
  if (plain.length > 300) return false;
  const lower = plain.toLowerCase();
  const opening = BYLINE_OPENINGS.find((o) => lower.startsWith(o));
  if (!opening) return false;
  const rest = plain.slice(opening.length).trimStart();
  if (rest[0] === '[') return true;
  const firstWord = rest.split(/[\s,]/)[0].toLowerCase();
  const end = plain.trimEnd();
  return isUpper(rest[0]) && !NOT_AUTHORS.has(firstWord) && !'.!?'.includes(end[end.length - 1]);
}

const CAPTION_OPENINGS = ['pictured:', 'photo:', 'image:', 'caption:', 'photograph:', 'above:', 'top:', 'file photo'];

function isCaption(plain: string): boolean {
  const lower = plain.toLowerCase();
  if (CAPTION_OPENINGS.some((o) => lower.startsWith(o))) return true;
  return endsWithCredit(plain);
}

/** "… in Lima. PAULA REYES/WIRE" or "… (Photo: Tom Reyes/AFP)": a photographer and agency credit. */
function endsWithCredit(plain: string): boolean {
  const trimmed = plain.trimEnd();
  const lower = trimmed.toLowerCase();
  const paren = lower.lastIndexOf('(');
  if (paren >= 0 && lower.endsWith(')') && /^\((photo|image|credit|picture)s?\b/.test(lower.slice(paren))) return true;
  let i = trimmed.length;
  let letters = 0;
  let hasSlash = false;
  while (i > 0) {
    const c = trimmed[i - 1];
    if (c === '/') hasSlash = true;
    else if (isLetter(c)) {
      if (isLower(c)) break;
      letters++;
    } else if (c !== ' ' && c !== '-' && c !== '.' && c !== '\'' && c !== '’') break;
    i--;
  }
  return hasSlash && letters >= 4;
}

/** A short line standing alone that reads as a title: no sentence punctuation, or Title Case. */
function isTitleLike(plain: string, isFirst: boolean): boolean {
  const words = plain.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || isLower(plain[0])) return false;
  const last = plain.trimEnd().slice(-1);
  const unpunctuated = !'.!?:;,"”’)'.includes(last);
  if (isFirst) return plain.length <= 200 && (unpunctuated || titleCased(words));
  // "“We won.” ― Ana Ruiz" holds a finished sentence: a signed quotation, not a subheading.
  return words.length <= 12 && unpunctuated && lastSentenceEnd(plain) === 0;
}

function titleCased(words: string[]): boolean {
  const capitalised = words.filter((w) => isUpper(w[0]) || !isLetter(w[0])).length;
  return capitalised * 4 >= words.length * 3;
}

/** Regions inside a line: link URLs, "[Follow](#)" buttons, "(Photo: …)" credits. */
function inlineRegionsOf(text: string, line: Line): Region[] {
  const regions = linkRegionsOf(text, line.start, line.end);
  const content = text.slice(line.start, line.end);
  for (let open = content.indexOf('(Photo:'); open >= 0; open = content.indexOf('(Photo:', open + 1)) {
    const close = content.indexOf(')', open);
    if (close < 0) break;
    regions.push({ kind: 'caption', start: line.start + open, end: line.start + close + 1 });
    open = close;
  }
  return regions;
}
