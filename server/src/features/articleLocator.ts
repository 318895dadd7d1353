// Translates between the corpus's world (file paths, UTF-16 offsets) and the editor's (URIs, line and
// character ranges), using the text the corpus analysed so ranges always agree with its offsets.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Location, Range } from 'vscode-languageserver';
import { LineIndex } from '../workspace/positions';

export class ArticleLocator {
  private readonly lineCache = new Map<string, { text: string; lines: LineIndex }>();
  /** The exact URI the client used for a path, so answers name documents the way the client does. */
  private readonly clientUris = new Map<string, string>();

  constructor(private readonly textOf: (path: string) => string | undefined) {}

  /** The file path of a `file:` URI (remembering the client's spelling), or null for other schemes. */
  pathOf(uri: string): string | null {
    if (!uri.startsWith('file:')) return null;
    try {
      const path = fileURLToPath(uri);
      this.clientUris.set(path, uri);
      return path;
    } catch {
      return null;
    }
  }

  uriOf(path: string): string {
    return this.clientUris.get(path) ?? pathToFileURL(path).href;
  }

  lines(path: string): LineIndex {
    const text = this.textOf(path) ?? '';
    const cached = this.lineCache.get(path);
    if (cached && cached.text === text) return cached.lines;
    const lines = new LineIndex(text);
    this.lineCache.set(path, { text, lines });
    return lines;
  }

  range(path: string, start: number, end: number): Range {
    const lines = this.lines(path);
    return { start: lines.positionAt(start), end: lines.positionAt(end) };
  }

  location(path: string, start: number, end: number): Location {
    return { uri: this.uriOf(path), range: this.range(path, start, end) };
  }
}
