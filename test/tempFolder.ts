// Folders of invented files made per test, shared by every test tier and the benchmarks.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';

/** A fresh folder holding the given files (relative path → content); the caller removes it. */
export function folderWith(files: Record<string, string | Uint8Array>): string {
  const folder = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'crosscheck-'));
  for (const [path, content] of Object.entries(files)) {
    fs.mkdirSync(nodePath.dirname(nodePath.join(folder, path)), { recursive: true });
    fs.writeFileSync(nodePath.join(folder, path), content);
  }
  return folder;
}
