// Markdown links and bare URLs. For `[text](url)` the "(url)" part is a link-url region, so the link
// text is read as prose and the URL is not; `[Follow](#)`-style buttons are boilerplate.
import type { Region } from '../types';
import { isSpace } from './lines';

const BUTTON_TEXTS = new Set(['follow', 'share', 'subscribe', 'sign up', 'comment', 'comments', 'tweet', 'email', 'print']);

export function linkRegionsOf(text: string, start: number, end: number): Region[] {
  const regions: Region[] = [];
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === ']' && text[i + 1] === '(') {
      const close = urlEnd(text, i + 2, end);
      if (close > 0) {
        const open = openingBracket(text, start, i);
        const label = open >= start ? text.slice(open + 1, i).trim().toLowerCase() : '';
        if (open >= start && BUTTON_TEXTS.has(label)) regions.push({ kind: 'boilerplate', start: open, end: close + 1 });
        else regions.push({ kind: 'link-url', start: i + 1, end: close + 1 });
        i = close + 1;
        continue;
      }
    } else if ((c === 'h' || c === 'w') && startsUrl(text, i) && (i === start || isSpace(text.charCodeAt(i - 1)) || text[i - 1] === '(' || text[i - 1] === '<')) {
      let j = i;
      while (j < end && !isSpace(text.charCodeAt(j)) && text[j] !== ')' && text[j] !== '>') j++;
      while (j > i && '.,;:!?"\''.includes(text[j - 1])) j--;
      regions.push({ kind: 'link-url', start: i, end: j });
      i = j;
      continue;
    }
    i++;
  }
  return regions;
}

/** The `[` opening the link text that ends at `close`, searching no further back than `start`. */
function openingBracket(text: string, start: number, close: number): number {
  for (let j = close - 1; j >= start; j--) {
    if (text[j] === '[') return j;
    if (text[j] === ']') return -1;
  }
  return -1;
}

function startsUrl(text: string, at: number): boolean {
  return text.startsWith('https://', at) || text.startsWith('http://', at) || text.startsWith('www.', at);
}

/** Index of the `)` ending a URL that starts at `from` ("…/Foo_(bar))" included), or -1 when white space comes first. */
function urlEnd(text: string, from: number, end: number): number {
  let depth = 0;
  for (let j = from; j < end; j++) {
    if (text[j] === '(') depth++;
    else if (text[j] === ')' && depth-- === 0) return j;
    else if (isSpace(text.charCodeAt(j))) return -1;
  }
  return -1;
}
