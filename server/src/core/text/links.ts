// Markdown links and bare URLs. For `[text](url)` the "(url)" part is a link-url region, so the link
// text is read as prose and the URL is not; `[Follow](#)`-style buttons are boilerplate.
import type { Region } from '../types';
import { isSpace } from './lines';

const BUTTON_TEXTS = new Set(['follow', 'share', 'subscribe', 'sign up', 'comment', 'comments', 'tweet', 'email', 'print']);

export function linkRegionsOf(text: string, start: number, end: number): Region[] {
  const regions: Region[] = [];
  const urls = new UrlEnds(text, start, end);
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === ']' && text[i + 1] === '(') {
      const close = urls.closing(i + 1);
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

/**
 * Where the URL opened by a `(` ends: its matching `)` ("…/Foo_(bar))" included), or -1 when white
 * space comes first. Parentheses are matched once for the whole line and white space is found by a
 * pointer that only moves forward, so a line of a thousand unclosed "[a](" costs linear time.
 */
class UrlEnds {
  private matches: Int32Array | null = null;
  private space = -1;

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** Queries must come in increasing order of `open`. */
  closing(open: number): number {
    const close = this.matchOf(open);
    if (close < 0) return -1;
    if (this.space <= open) {
      this.space = open + 1;
      while (this.space < this.end && !isSpace(this.text.charCodeAt(this.space))) this.space++;
    }
    return this.space < close ? -1 : close;
  }

  private matchOf(open: number): number {
    if (this.matches === null) {
      const matches = new Int32Array(this.end - this.start).fill(-1);
      const stack: number[] = [];
      for (let j = this.start; j < this.end; j++) {
        const c = this.text.charCodeAt(j);
        if (c === 40) stack.push(j);
        else if (c === 41 && stack.length > 0) matches[stack.pop()! - this.start] = j;
      }
      this.matches = matches;
    }
    return this.matches[open - this.start];
  }
}
