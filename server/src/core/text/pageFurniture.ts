// Page furniture a crawl or a copy-paste brings along with an article: media-player notices, gallery
// controls, related-story teasers, menus, tip lines (boilerplate, never analysed), and the lines that
// belong to a picture rather than to the story: photo captions and credits (captions: shown and
// searched for names, never compared or counted as claims). A pasted social post stays text: it quotes
// its author, and other outlets quote the same words. Each rule follows the form of such lines, not the
// wording of one site.
import type { RegionKind } from '../types';
import { isLetter, isLower, isUpper } from './chars';

/** Labels that open a teaser, a link list or a credit line: "READ MORE: …", "Related: …", "Information from: …". */
const LABELS = new Set([
  'read more', 'more', 'related', 'see also', 'also read', 'also see', 'watch', 'listen', 'video', 'videos', 'gallery', 'photos',
  'more on this', 'recommended', 'trending', 'most read', 'information from', 'for more', 'read or share this story',
]);

/** Words a media player, gallery or page widget speaks in: no article sentence is made of them. */
const WIDGET_PHRASES = [
  'media playback', 'your browser does not support', 'browser does not support', 'enable javascript', 'toggle caption',
  'hide caption', 'show caption', 'enlarge this image', 'play slideshow', 'scroll down for video', 'replay more videos',
  'continue reading the main story', 'read the original article', 'thanks for subscribing', 'order reprints',
  'share or comment on this article', 'comments have been closed', 'most read in',
];

/** First word of a parenthesis that says where a person stands in a photo: "(left)", "(right, in May)". */
const PHOTO_POSITIONS = new Set(['left', 'right', 'center', 'centre', 'front', 'inset']);
/** Words that need a side after them to place someone: "(far left)", "(second right)". */
const COUNTED_POSITIONS = new Set(['far', 'second', 'third']);

/** Boilerplate or caption for a line by its form, or null for a line of the story. */
export function furnitureKind(plain: string, standsAlone: boolean): RegionKind | null {
  const lower = plain.toLowerCase().trim();
  if (lower === '') return null;
  if (WIDGET_PHRASES.some((p) => lower.includes(p)) || isMenu(lower) || isTipLine(lower)) return 'boilerplate';
  if (opensWithLabel(lower) || endsWithTeaserLink(lower)) return 'boilerplate';
  if (hasPhotoPosition(lower) || endsWithAgencyCredit(plain)) return 'caption';
  return standsAlone && isUnfinishedLine(plain) ? 'caption' : null;
}

/** "READ MORE: …", "Related: …": a known label, then a colon (or nothing more). */
function opensWithLabel(lower: string): boolean {
  const colon = lower.indexOf(':');
  const label = (colon > 0 ? lower.slice(0, colon) : lower).trim();
  return LABELS.has(label) && (colon > 0 || label === lower);
}

/** "Lloyds bans card purchases Read more": a teaser headline with its link text. */
function endsWithTeaserLink(lower: string): boolean {
  return lower.endsWith(' read more') || lower.endsWith(' read more »') || lower.endsWith(' - ranked! read more');
}

/** "Order Reprints | Today's Paper | Subscribe": three or more short items between bars. */
function isMenu(lower: string): boolean {
  const items = lower.split(' | ');
  return items.length >= 3 && items.slice(0, -1).every((item) => item.split(' ').length <= 4);
}

/** "Do you have a story? Email us at tips@…": a line asking readers for tips, with an address. */
function isTipLine(lower: string): boolean {
  return /[a-z0-9._-]+@[a-z0-9-]+\.[a-z]/.test(lower) && (lower.includes(' us ') || lower.includes(' us at') || lower.includes('you '));
}

/** "Raúl Castro (center) with…", "Dauer (right, pictured in May)": a caption pointing into a photo. */
function hasPhotoPosition(lower: string): boolean {
  for (let open = lower.indexOf('('); open >= 0; open = lower.indexOf('(', open + 1)) {
    const words = /^\(([a-z]+)(?: ([a-z]+))?[),]/.exec(lower.slice(open, open + 24));
    if (!words) continue;
    if (PHOTO_POSITIONS.has(words[1]!)) return true;
    if (COUNTED_POSITIONS.has(words[1]!) && (words[2] === 'left' || words[2] === 'right')) return true;
  }
  return false;
}

/** "… in Berlin. (Ana Ruiz/Getty Images)", "[Photo/Agencies]", "©Tom Bell (Wire/File)": who made the picture, at the end. */
function endsWithAgencyCredit(plain: string): boolean {
  const trimmed = plain.trimEnd();
  const close = trimmed[trimmed.length - 1];
  const open = trimmed.lastIndexOf(close === ']' ? '[' : '(');
  if ((close !== ')' && close !== ']') || open < 0) return false;
  const parts = trimmed.slice(open + 1, -1).split('/');
  const credited = parts.length >= 2 && parts.every((part) => isUpper(part.trim()[0] ?? ''));
  return credited || trimmed.slice(0, open).includes('©');
}

/** A line that reports what someone said is a sentence of the story, even without its full stop. */
const REPORTING = /\b(said|says|told|added|stated)\b/;

/**
 * A line of running words that stands alone and does not finish its sentence: a caption, a teaser
 * headline or a chart title. Article prose ends its paragraphs with a full stop, a question or a
 * closing quotation mark.
 */
function isUnfinishedLine(plain: string): boolean {
  const trimmed = plain.trimEnd();
  const last = trimmed[trimmed.length - 1] ?? '';
  if ('.!?…:;,"”’\')]'.includes(last) || REPORTING.test(trimmed)) return false;
  // Only the words after the last finished sentence: "“We won.” ― Ana Ruiz" is a signed quotation.
  let running = 0;
  for (const word of trimmed.slice(lastSentenceEnd(trimmed)).split(/\s+/)) {
    if (isLetter(word[0] ?? '') && isLower(word[0]!) && ++running >= 4) return true;
  }
  return false;
}

/**
 * Where the text after the last ".", "!" or "?" that ends a sentence (before a space or quotation mark)
 * starts; 0 when no sentence ends in `s`.
 */
export function lastSentenceEnd(s: string): number {
  for (let i = s.length - 2; i >= 0; i--) {
    if ('.!?'.includes(s[i]!) && ' "”’\''.includes(s[i + 1]!)) return i + 1;
  }
  return 0;
}
