// Writing Crosscheck's own files (the facts cache, findings snapshots) so that a reader sees the old
// contents or the new, never part, and so that nothing planted in the folder can redirect the write:
// the contents go into a new file created exclusively under an unpredictable name, then renamed over
// the old one (a rename replaces a link at the final name; it never writes through it).
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import { dirname } from 'node:path';

/** O_NOFOLLOW is missing on Windows, where O_EXCL alone refuses an existing file or link. */
const NEW_FILE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** Creates `path` with `data`; fails (EEXIST) when anything, a link included, is already there. */
export async function writeNewFile(path: string, data: string): Promise<void> {
  const handle = await fs.open(path, NEW_FILE, 0o600);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `file` with `data` in one step, creating its folder when missing; on failure `file` is as it
 * was and no temporary file is left.
 */
export async function replaceFile(file: string, data: string): Promise<void> {
  await fs.mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${randomBytes(8).toString('hex')}.partial`;
  try {
    await writeNewFile(temporary, data);
    await fs.rename(temporary, file);
  } catch (error) {
    // Only a file this call created is removed: an EEXIST means the name belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
