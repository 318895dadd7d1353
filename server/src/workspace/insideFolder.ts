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
 * Whether a path exists and lies inside `folder` once every link is resolved, the folder's own links
 * included; the folder is resolved once for all the paths asked about.
 */
export function leadsInside(folder: string): (path: string) => Promise<boolean> {
  const realFolder = fs.realpath(folder);
  // A folder that cannot be resolved answers no for every path, when a path is asked about.
  realFolder.catch(() => undefined);
  return async (path) => {
    if (!isInside(folder, path)) return false;
    try {
      const [folderNow, realPath] = await Promise.all([realFolder, fs.realpath(path)]);
      return isInside(folderNow, realPath);
    } catch {
      return false;
    }
  };
}
