// Names and words taken from articles and file names end up inside one-line messages: a compiler-style
// line of `crosscheck check`, an entry of the Problems panel. A newline there forges a line of its own,
// and a bidirectional formatting character (U+202E and its kin) reorders everything after it on screen.
// Such characters are shown as escapes instead; every other character is left as it was.

/** C0 and C1 controls (tab aside), DEL, line and paragraph separators, and the bidi marks, embeddings, overrides and isolates. */
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED = new Map([
  ['\n', '\\n'],
  ['\r', '\\r'],
]);

/** `text` with each character that could break or reorder a line of output written as an escape. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => NAMED.get(ch) ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
