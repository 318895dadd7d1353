// `crosscheck annotations`: re-anchors every annotation of a collection against its articles' text now.
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import { JsonSyntaxError, lineAndCharacter, parseJsonTree, plainValue } from '../../corpus/jsonTree';
import { articleMatcher, loadCollectionConfig } from '../collectionConfig';
import { relativeTo } from '../collectionFiles';
import type { PathMatcher } from '../glob';
import { isInside, leadsInside } from '../insideFolder';
import { readArticle } from '../readArticle';
import { anchorIn } from './anchor';
import { storedAnnotations } from './storedAnnotations';

export const ANNOTATIONS_FILE = nodePath.join('.crosscheck', 'annotations.json');

export interface AnchoredAnnotation {
  id: string;
  path: string | null;
  status: 'anchored' | 'orphaned';
  start?: number;
  end?: number;
  text?: string;
  verdict: string | null;
}

/** Thrown when the annotations file exists but cannot be read as JSON. */
export class AnnotationsFileError extends Error {}

export async function reanchorCollection(
  root: string,
  options: { maxFileSizeKB: number; shownPath: (absolute: string) => string },
): Promise<AnchoredAnnotation[]> {
  const file = nodePath.join(root, ANNOTATIONS_FILE);
  const insideRoot = leadsInside(root);
  const present = await fs.lstat(file).then(
    () => true,
    () => false,
  );
  if (present && !(await insideRoot(file))) {
    throw new AnnotationsFileError(`${options.shownPath(file)}: leads outside the collection, not read`);
  }
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new AnnotationsFileError(`${options.shownPath(file)}: cannot be read (${error.code ?? String(error)})`);
  });
  if (text === null) return [];
  let document: unknown;
  try {
    document = plainValue(parseJsonTree(text));
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, character } = lineAndCharacter(text, error.offset);
    throw new AnnotationsFileError(`${options.shownPath(file)}:${line + 1}:${character + 1}: ${error.message}`);
  }
  // Annotations of any file but the collection's articles are orphans.
  const isArticle = articleMatcher((await loadCollectionConfig(root)).config);
  const articles = new Map<string, string | null>();
  const results: AnchoredAnnotation[] = [];
  for (const annotation of storedAnnotations(document)) {
    const path = annotation.source === null ? null : articlePath(root, annotation.source, isArticle);
    if (path !== null && !articles.has(path)) {
      // A link planted in the collection must not lead the reading out of it.
      const read = (await insideRoot(path)) ? await readArticle(path, options.maxFileSizeKB) : null;
      articles.set(path, read?.ok ? read.text : null);
    }
    const articleText = path === null ? null : articles.get(path) ?? null;
    const anchor = articleText === null ? { status: 'orphaned' as const } : anchorIn(articleText, annotation);
    const shown = path === null ? null : options.shownPath(path);
    results.push(
      anchor.status === 'anchored' && articleText !== null
        ? { id: annotation.id, path: shown, status: 'anchored', start: anchor.start, end: anchor.end, text: articleText.slice(anchor.start, anchor.end), verdict: annotation.verdict }
        : { id: annotation.id, path: shown, status: 'orphaned', verdict: annotation.verdict },
    );
  }
  return results;
}

/**
 * The article an annotation's source names, or null when it names none of the collection's articles:
 * a web address, a file outside the collection (by `..`, an absolute path or a `file:` URI), or a file
 * of the collection that is not an article. The annotations file is input like any other, and must
 * not turn the command into a reader of arbitrary files.
 */
function articlePath(root: string, source: string, isArticle: PathMatcher): string | null {
  const named = namedFile(root, source);
  return named !== null && isInside(root, named) && isArticle(relativeTo(root, named)) ? named : null;
}

function namedFile(root: string, source: string): string | null {
  if (source.startsWith('file:')) {
    try {
      return fileURLToPath(source);
    } catch {
      return null;
    }
  }
  // Web addresses name the article's origin online, not a file of the collection.
  if (/^[a-z][a-z0-9+.-]*:/i.test(source) && !nodePath.isAbsolute(source)) return null;
  return nodePath.resolve(root, source);
}
