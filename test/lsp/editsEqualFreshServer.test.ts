// The findings an editor shows after a run of edits, published article by article as the server
// works through what each edit changed, are the findings a server started fresh on the same texts
// shows: nothing is left over from an earlier text, in the edited article or in any other.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { articleText, PARAGRAPHS } from '../unit/corpus/inventedStory';
import { folderWith } from '../tempFolder';
import { LspSession } from './lspSession';

const PULL_QUOTE = '“Those crews were told to keep the pumps running until the water reached the gate, and nobody checked on them,” said Mara Quillon.';

/** The bridge story, and pages repeating one quote so often that emptying a page makes it rare again. */
function initialTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (let i = 0; i < 5; i++) texts.set(`bridge-${i}.txt`, articleText(i, [0, 3, 5, 7, 9, 11, 12].filter((_, k) => k !== i)));
  for (let i = 0; i < 10; i++) texts.set(`page-${i}.txt`, Array.from({ length: 5 }, () => PULL_QUOTE).join('\n\n') + '\n');
  texts.set('zz-late.txt', 'Guild leader Mara Quillon said crews had been told to ‘keep the pumps running until the water reached the gate’.\n');
  return texts;
}

/** Edits a writer makes: a page emptied, paragraphs swapped for others, an article cut to one line. */
function edited(texts: Map<string, string>): Map<string, string> {
  const next = new Map(texts);
  next.set('page-3.txt', '');
  next.set('bridge-1.txt', articleText(1, [1, 4, 6, 8]));
  next.set('bridge-2.txt', articleText(2, [2, 13]));
  next.set('bridge-4.txt', PARAGRAPHS[10]!);
  return next;
}

/** Waits until two round trips pass with nothing published: the server has sent all it had queued. */
async function quiet(session: LspSession): Promise<void> {
  for (;;) {
    const before = session.published.length;
    await session.barrier();
    await session.barrier();
    if (session.published.length === before) return;
  }
}

/** Each article's findings as last published, without the document version the quick fixes carry. */
function latestByPath(session: LspSession, folder: string, paths: string[]): Record<string, Diagnostic[]> {
  const shown = (d: Diagnostic): Diagnostic => ({ ...d, data: undefined });
  return Object.fromEntries(paths.map((p) => [p, (session.latest(nodePath.join(folder, p))?.diagnostics ?? []).map(shown)]));
}

describe('language server: edits give the findings of a fresh start', () => {
  it('shows the findings of a fresh server on the same texts after emptying a page and rewriting articles', async function () {
    this.timeout(60_000);
    const texts = initialTexts();
    const folder = folderWith({ '.crosscheck.json': '{}', ...Object.fromEntries(texts) });
    const final = edited(texts);
    const paths = [...texts.keys()].sort();

    const editing = new LspSession(folder, { diagnosticDelay: 0 });
    try {
      await editing.start();
      for (const [path, text] of final) {
        if (text === texts.get(path)) continue;
        const full = nodePath.join(folder, path);
        editing.open(full);
        editing.change(full, 2, text);
        await editing.diagnosticsFor(full, (p) => p.version === 2);
      }
      await quiet(editing);
      const late = editing.latest(nodePath.join(folder, 'zz-late.txt'))!.diagnostics;
      assert.ok(late.some((d) => d.code === 'quote-variant'), 'the late article now shares the pull quote');

      for (const [path, text] of final) fs.writeFileSync(nodePath.join(folder, path), text);
      const fresh = new LspSession(folder);
      try {
        await fresh.start();
        await quiet(fresh);
        assert.deepEqual(latestByPath(editing, folder, paths), latestByPath(fresh, folder, paths));
      } finally {
        await fresh.stop();
      }
    } finally {
      await editing.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
