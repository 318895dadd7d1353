// Inputs a hostile or careless collection holds, each in a folder of its own beside one ordinary
// article: a 30 MB article on one line, a binary file, 200,000 quotation marks, text that is not UTF-8
// and a broken `.crosscheck.json`. Shared by bench/hostile.ts (which times them) and the command-line
// tests (which check the answers without timing). All text is invented here.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { folderWith } from '../test/tempFolder';

export interface HostileInput {
  name: string;
  /** The files beside the ordinary article; made only when a case is written, as one holds 30 MB. */
  files: () => Record<string, string | Uint8Array>;
  /** The exit codes `crosscheck check` may answer with. */
  exitCodes: number[];
  /** What the one-line reason on stderr must say, or null when the input is no problem at all. */
  reason: RegExp | null;
}

const ORDINARY = 'Pier reopens\n\nThe Saltmarsh pier reopened on Monday after repairs, the harbour board said.\n';
const SENTENCE = 'The council said 40 boats were moored at the "old quay" on Tuesday, and "nobody" was hurt. ';

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  {
    name: 'a 30 MB single-line file',
    files: () => ({ 'wire.txt': SENTENCE.repeat(Math.ceil((30 * 1024 * 1024) / SENTENCE.length)) }),
    exitCodes: [0, 1],
    reason: /^crosscheck: wire\.txt: /,
  },
  {
    name: 'a binary file',
    files: () => ({ 'scan.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]) }),
    exitCodes: [2],
    reason: /^crosscheck: scan\.txt:3:1: binary file/,
  },
  { name: '200,000 quote marks', files: () => ({ 'quotes.txt': '"'.repeat(200_000) }), exitCodes: [0, 1], reason: null },
  {
    name: 'invalid UTF-8',
    files: () => ({ 'cafe.txt': Buffer.from('Caf\xe9 reopens\n\nThe caf\xe9 on the quay reopened.\n', 'latin1') }),
    exitCodes: [2],
    reason: /^crosscheck: cafe\.txt:1:4: not valid UTF-8 text/,
  },
  {
    name: 'a broken .crosscheck.json',
    files: () => ({ '.crosscheck.json': '{\n  "articles": ["*.txt"\n  "exclude": []\n}\n' }),
    exitCodes: [2],
    reason: /^crosscheck: \.crosscheck\.json:3:3: malformed JSON/,
  },
];

/** A fresh folder holding one case beside the ordinary article; the caller removes it. */
export function writeHostileInput(input: HostileInput): string {
  return folderWith({ 'pier.txt': ORDINARY, ...input.files() });
}

/** Whether `check` answered a case as it must: an exit code of its own and exactly its one-line reason. */
export function answeredAsItMust(input: HostileInput, code: number | null, stderr: string): boolean {
  const reasons = reasonLines(stderr);
  return code !== null && input.exitCodes.includes(code) && (input.reason ? reasons.length === 1 && input.reason.test(reasons[0]!) : reasons.length === 0);
}

/** Every file below `folder` by relative path, with a hash of its contents: to show nothing was changed or added. */
export function contentsOf(folder: string): Map<string, string> {
  const contents = new Map<string, string>();
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else contents.set(relative(folder, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  visit(folder);
  return contents;
}

/** The lines of stderr that are not the closing summary ("no findings in 1 article"). */
export function reasonLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '' && !/^(no findings|\d+ \w+.*) in \d+ articles?$/.test(line));
}
