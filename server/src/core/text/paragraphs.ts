// Paragraphs: blocks separated by blank lines. Copied news often puts every paragraph on one line with
// no blank line between, so a block is split into its lines unless it looks hard-wrapped (every line
// short, and lines breaking mid-sentence), in which case it stays one paragraph.
import { isLower } from './chars';
import { type Line, linesOf, trimmedLine } from './lines';

/** Lines longer than this are never the product of hard wrapping. */
const WRAP_WIDTH = 100;

/** Paragraphs from the text's lines, already trimmed of white space (blank lines are empty ranges). */
export function paragraphsOf(text: string, lines: Line[] = linesOf(text).map((line) => trimmedLine(text, line))): Line[] {
  const paragraphs: Line[] = [];
  let block: Line[] = [];
  const flush = (): void => {
    if (block.length > 0) pushBlock(text, block, paragraphs);
    block = [];
  };
  for (const line of lines) {
    if (line.start === line.end) flush();
    else block.push(line);
  }
  flush();
  return paragraphs;
}

function pushBlock(text: string, block: Line[], out: Line[]): void {
  if (block.length === 1 || !looksHardWrapped(text, block)) {
    for (const line of block) out.push(line);
    return;
  }
  out.push({ start: block[0].start, end: block[block.length - 1].end });
}

function looksHardWrapped(text: string, block: Line[]): boolean {
  // Two lines are as likely a title over its first paragraph: only a break that cannot end a line joins them.
  if (block.length === 2) return isLower(text[block[1].start]) || ',;-—'.includes(text[block[0].end - 1]);
  let midSentenceBreaks = 0;
  for (let i = 0; i < block.length; i++) {
    const line = block[i];
    if (line.end - line.start > WRAP_WIDTH) return false;
    if (startsListItem(text, line.start)) return false;
    if (i < block.length - 1) {
      const last = text[line.end - 1];
      if (!'.!?:"”’'.includes(last)) midSentenceBreaks++;
    }
  }
  return midSentenceBreaks * 2 >= block.length - 1;
}

/** Markdown headings, list items and quotes are separate paragraphs even without blank lines. */
function startsListItem(text: string, at: number): boolean {
  const c = text[at];
  if (c === '#' || c === '>' || c === '|') return true;
  if ((c === '-' || c === '*' || c === '+') && text[at + 1] === ' ') return true;
  let i = at;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i > at && i - at < 4 && (text[i] === '.' || text[i] === ')') && text[i + 1] === ' ';
}
