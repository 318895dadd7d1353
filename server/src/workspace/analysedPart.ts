// The part of an open document that is analysed. Files on disk over the size limit are skipped, but an
// open document is the user's own text in front of them: it is analysed up to the limit, at the last
// line break before it, so one huge paste cannot hold up every request of the server.

export interface AnalysedPart {
  text: string;
  /** True when the document was longer than the limit and only `text`, its beginning, is analysed. */
  cut: boolean;
}

export function analysedPart(text: string, maxFileSizeKB: number): AnalysedPart {
  const maxBytes = maxFileSizeKB * 1024;
  // Counted natively, as the loop below counts (a lone surrogate as the three bytes of U+FFFD): the
  // loop only finds where to cut.
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return { text, cut: false };
  let bytes = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const size = pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (bytes + size > maxBytes) break;
    bytes += size;
    if (pair) i++;
  }
  if (i >= text.length) return { text, cut: false };
  const lineEnd = text.lastIndexOf('\n', i - 1);
  return { text: text.slice(0, lineEnd > 0 ? lineEnd + 1 : i), cut: true };
}
