// Reads one article from disk, refusing what is not an article text: too large, binary, not UTF-8,
// or unreadable. An empty file is a valid article with nothing in it.
import { promises as fs } from 'node:fs';

export type ArticleRead =
  | { ok: true; text: string }
  | {
      ok: false;
      problem: 'too-large' | 'binary' | 'unreadable';
      reason: string;
      /** 0-based place of the first byte that is not text, for binary and non-UTF-8 files. */
      at?: { line: number; character: number };
    };

export async function readArticle(path: string, maxFileSizeKB: number): Promise<ArticleRead> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) return { ok: false, problem: 'unreadable', reason: 'not a file' };
    if (stat.size > maxFileSizeKB * 1024) {
      return { ok: false, problem: 'too-large', reason: `larger than ${maxFileSizeKB} KB (${Math.ceil(stat.size / 1024)} KB), skipped` };
    }
    bytes = await fs.readFile(path);
  } catch (error) {
    return { ok: false, problem: 'unreadable', reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  return decodeArticle(bytes);
}

/** Decodes UTF-8 the way the editor shows it (a byte-order mark is dropped), refusing binary data. */
export function decodeArticle(bytes: Uint8Array): ArticleRead {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problem: 'binary', reason: 'binary file (contains NUL bytes), skipped', at: placeOf(bytes, nul) };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'binary', reason: 'not valid UTF-8 text, skipped', at: placeOf(bytes, firstInvalidUtf8(bytes)) };
  }
}

/** "path:3:7: reason", or "path: reason" when the problem has no place in the file. */
export function readProblemLine(shown: string, read: ArticleRead & { ok: false }): string {
  return read.at ? `${shown}:${read.at.line + 1}:${read.at.character + 1}: ${read.reason}` : `${shown}: ${read.reason}`;
}

/** Line and UTF-16 character of byte `offset`, counting the text before it as the editor would show it. */
function placeOf(bytes: Uint8Array, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (Unicode 15, table 3-7). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The allowed range of the second byte depends on the first; later bytes are always 80..BF.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}
