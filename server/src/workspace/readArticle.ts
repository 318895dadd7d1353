// Reads one article from disk, refusing what is not an article text: too large, binary, not UTF-8,
// or unreadable. An empty file is a valid article with nothing in it.
import { promises as fs } from 'node:fs';

export type ArticleRead =
  | { ok: true; text: string }
  | { ok: false; problem: 'too-large' | 'binary' | 'unreadable'; reason: string };

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
  if (bytes.includes(0)) return { ok: false, problem: 'binary', reason: 'binary file (contains NUL bytes), skipped' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'binary', reason: 'not valid UTF-8 text, skipped' };
  }
}
