// Whether a path lies inside a folder. A collection is a boundary: nothing Crosscheck reads on behalf
// of its files (annotations, watched files) may lead outside it, by `..`, by an absolute path, or
// through a symbolic link planted inside it.
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';

/** True when `path` is `folder` or below it, by their spelling alone (no link is followed). */
export function isInside(folder: string, path: string): boolean {
  const relative = nodePath.relative(folder, path);
  return relative === '' || (!relative.startsWith(`..${nodePath.sep}`) && relative !== '..' && !nodePath.isAbsolute(relative));
}

/**
 * `path` with every link resolved, when it exists and is inside `folder` once the folder's own links
 * are resolved too; null otherwise.
 */
export async function realPathInside(folder: string, path: string): Promise<string | null> {
  if (!isInside(folder, path)) return null;
  try {
    const [realFolder, realPath] = await Promise.all([fs.realpath(folder), fs.realpath(path)]);
    return isInside(realFolder, realPath) ? realPath : null;
  } catch {
    return null;
  }
}
