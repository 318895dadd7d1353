// Where article collections are on disk and which files belong to them. A folder is a collection
// when it, or an ancestor, holds `.crosscheck.json`; a nested `.crosscheck.json` starts a collection of its own.
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import type { PathMatcher } from './glob';

export const CONFIG_FILE = '.crosscheck.json';

/** Folders never holding articles: version control, dependencies, Crosscheck's own data. */
const SKIPPED_FOLDERS = new Set(['.git', '.hg', '.svn', 'node_modules', '.crosscheck', '.vscode']);

async function exists(path: string): Promise<boolean> {
  try {
    await fs.access(path);
    return true;
  } catch {
    return false;
  }
}

/** The nearest folder at or above `path` that holds `.crosscheck.json`, or null. */
export async function collectionRootOf(path: string): Promise<string | null> {
  let folder = nodePath.resolve(path);
  for (;;) {
    if (await exists(nodePath.join(folder, CONFIG_FILE))) return folder;
    const parent = nodePath.dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

/** Told of each folder that could not be listed, with the error code ("EACCES"). */
export type UnreadableFolder = (folder: string, code: string) => void;

const ignoreUnreadable: UnreadableFolder = () => undefined;

/** Every collection root that covers some of `folder`: its own (or an ancestor's) and nested ones. */
export async function collectionRootsFor(folder: string): Promise<string[]> {
  const roots = new Set<string>();
  const own = await collectionRootOf(folder);
  if (own) roots.add(own);
  // A folder that cannot be listed is told of when its collection's articles are listed.
  await walk(nodePath.resolve(folder), ignoreUnreadable, async (dir, entries) => {
    if (entries.some((entry) => entry.isFile() && entry.name === CONFIG_FILE)) roots.add(dir);
    return true;
  });
  return [...roots].sort();
}

/** Collection-relative path with forward slashes, as globs and `.crosscheck.json` spell it. */
export function relativeTo(root: string, path: string): string {
  return nodePath.relative(root, path).split(nodePath.sep).join('/');
}

/**
 * The articles of the collection rooted at `root` (absolute paths, sorted), or of a plain folder the
 * command line names without any `.crosscheck.json`. Nested collections are left to their own config.
 */
export async function listArticles(root: string, isArticle: PathMatcher, unreadable: UnreadableFolder = ignoreUnreadable): Promise<string[]> {
  const articles: string[] = [];
  const top = nodePath.resolve(root);
  await walk(top, unreadable, async (dir, entries) => {
    if (dir !== top && entries.some((entry) => entry.isFile() && entry.name === CONFIG_FILE)) return false;
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const path = nodePath.join(dir, entry.name);
      if (isArticle(relativeTo(top, path))) articles.push(path);
    }
    return true;
  });
  return articles.sort();
}

type Visit = (dir: string, entries: import('node:fs').Dirent[]) => Promise<boolean>;

/**
 * Walk that does not follow symbolic links (no cycles) and skips tool folders. Sibling folders are read
 * at the same time: a large collection has thousands, and each read waits on the disk.
 */
async function walk(dir: string, unreadable: UnreadableFolder, visit: Visit): Promise<void> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    unreadable(dir, (error as NodeJS.ErrnoException).code ?? String(error));
    return;
  }
  if (!(await visit(dir, entries))) return;
  const folders = entries.filter((entry) => entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name));
  await Promise.all(folders.map((entry) => walk(nodePath.join(dir, entry.name), unreadable, visit)));
}
