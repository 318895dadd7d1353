// The language server on one story told by many heavily overlapping articles: every article is the
// project's own Tavera flood samples cut and recombined (as wire copy is rewritten by many outlets), so
// every article repeats the quotes, figures and paragraphs of most others. Drives `node dist/server.js
// --stdio` as an editor does, types into one article keystroke by keystroke while asking for hovers,
// and reports how long requests wait: a hover must never wait behind a whole story's worth of work.
// Typing comes in bursts of a word or so with a pause after each, under the editor's default delay
// before an article is analysed again.
// Run: npm run build && npx tsx bench/overlap.ts [articles] [keystrokes]   (default: 200 60)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileUri, LspSession } from '../test/lsp/lspSession';
import { percentile, randomSequence } from './sampling';

const SAMPLES = join(__dirname, '..', 'samples', 'tavera-flood');
const SOURCES = ['cps-wire.txt', 'daily-clarion.txt', 'meridian-ledger.md', 'northgate-observer.txt'];
/** Milliseconds between keystrokes: a quick typist. */
const KEYSTROKE_MS = 60;
/** Keystrokes in a burst, and the pause after it. */
const BURST = 6;
const PAUSE_MS = 600;

/**
 * Writes `count` articles, each most of the samples' paragraphs in their order with a few left out,
 * and the wire story itself under its outlet, which the others cite and rewrite.
 */
function writeStory(folder: string, count: number): string[] {
  const paragraphs = SOURCES.flatMap((name) => readFileSync(join(SAMPLES, name), 'utf8').split(/\n\s*\n/).filter((p) => p.trim().length > 0));
  const random = randomSequence(7);
  const outlets: Record<string, string> = { 'wire.txt': 'Continental Press Service' };
  writeFileSync(join(folder, 'wire.txt'), readFileSync(join(SAMPLES, 'cps-wire.txt'), 'utf8'));
  const paths = [join(folder, 'wire.txt')];
  for (let i = 1; i < count; i++) {
    const name = `outlet-${String(i).padStart(3, '0')}.txt`;
    const kept = paragraphs.filter(() => random() < 0.6);
    writeFileSync(join(folder, name), `Flood report ${i}\n\n${kept.join('\n\n')}\n`);
    outlets[name] = `Outlet ${i}`;
    paths.push(join(folder, name));
  }
  writeFileSync(join(folder, '.crosscheck.json'), JSON.stringify({ articles: ['*.txt'], outlets }));
  return paths;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 200);
  const keystrokes = Number(process.argv[3] ?? 60);
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-overlap-'));
  const session = new LspSession(folder);
  try {
    const paths = writeStory(folder, count);
    const indexing = performance.now();
    await session.start();
    const indexed = performance.now() - indexing;
    const article = paths[1]!;
    const { text } = session.open(article);
    await session.diagnosticsFor(article, (p) => p.version === 1);

    // Types a sentence into the first paragraph while hovers are asked for, as an editor does on its own:
    // on the headline, and on a figure further down that other articles report too.
    const at = text.indexOf('\n\n') + 2;
    const below = text.indexOf('\n\n', at) + 2;
    const lines = text.slice(0, below + Math.max(0, text.slice(below).search(/\d/))).split('\n');
    const figureAt = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
    const typed = 'Officials said 45 workers were evacuated, according to Continental Press Service. ';
    const hovers: Promise<number>[] = [];
    const edits: Promise<number>[] = [];
    let current = text;
    for (let k = 0; k < keystrokes; k++) {
      current = current.slice(0, at + k) + typed[k % typed.length] + current.slice(at + k);
      const version = k + 2;
      const sent = performance.now();
      edits.push(session.nextDiagnosticsFor(article, (p) => p.version === version).then(() => performance.now() - sent));
      session.change(article, version, current);
      const asked = performance.now();
      hovers.push(
        session.connection
          .sendRequest('textDocument/hover', { textDocument: { uri: fileUri(article) }, position: k % 2 ? figureAt : { line: 0, character: 1 } })
          .then(() => performance.now() - asked),
      );
      await new Promise((resolve) => setTimeout(resolve, (k + 1) % BURST === 0 ? PAUSE_MS : KEYSTROKE_MS));
    }
    const hoverWaits = await Promise.all(hovers);
    // Only the last keystroke's findings are sure to be published; earlier versions may be skipped.
    const lastEdit = await edits[edits.length - 1]!;
    console.log(`${count} overlapping articles, ${keystrokes} keystrokes ${KEYSTROKE_MS} ms apart, ${PAUSE_MS} ms pause every ${BURST} (indexed in ${(indexed / 1000).toFixed(1)} s)`);
    console.log(`  hover while typing          median ${percentile(hoverWaits, 0.5).toFixed(0)} ms, max ${Math.max(...hoverWaits).toFixed(0)} ms`);
    console.log(`  last keystroke -> findings  ${lastEdit.toFixed(0)} ms`);
    console.log(`  bar: no request waits more than 1000 ms: ${Math.max(...hoverWaits) <= 1000 ? 'met' : 'NOT met'}`);
  } finally {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
