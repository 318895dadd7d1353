// The language server end to end on a generated collection: `node dist/server.js --stdio` driven by a
// real LSP client connection. Times initialize -> indexing progress end and -> every article's
// findings published (cold, then reopened from the facts cache and the findings snapshot in the
// client's storage, whose findings come out before the rebuild ends), then
// didChange -> publishDiagnostics for that version and hover answers once the server is idle, and
// reads the server's resident memory from /proc/<pid>/status.
// Run: npm run build && npx tsx bench/serverScale.ts [count ...]   (default: 1000 10000)
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileUri, LspSession } from '../test/lsp/lspSession';
import { generateCollection } from './generate';
import { percentile } from './sampling';

/** Enough edits for a p95 that is not just the second-slowest edit (the first after reopening are the slowest). */
const EDITS = 100;
const HOVERS = 40;

/** Resident memory of a process in MB, or NaN where /proc is not available. */
function residentMB(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
  } catch {
    return NaN;
  }
}

/** CPU seconds a process has used so far, or NaN where /proc is not available. */
function cpuSeconds(pid: number | undefined): number {
  try {
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 a second).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/**
 * Waits until the server has used almost no CPU for half a second: once rebuilt behind a snapshot it
 * still checks every article's live findings against the snapshot's (sending nothing when they agree),
 * and edits are timed on a server that is done with that, as they are after a cold start.
 */
async function idle(pid: number | undefined): Promise<void> {
  let last = cpuSeconds(pid);
  if (Number.isNaN(last)) return;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = cpuSeconds(pid);
    if (now - last < 0.03) return;
    last = now;
  }
}

interface Started {
  session: LspSession;
  /** initialize -> the indexing progress ends. */
  indexed: number;
  /** initialize -> the findings of every article are published. */
  published: number;
  /** How many articles' findings were published before the indexing progress ended. */
  beforeIndexed: number;
}

/**
 * Resolves with the seconds from `start` until every one of `articles` has had findings published. Reads
 * only the notifications that arrived since it last looked, so 10,000 arrivals cost 10,000 steps.
 */
function everyArticlePublished(session: LspSession, articles: string[], start: number): Promise<number> {
  const waiting = new Set(articles.map(fileUri));
  let seen = 0;
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      for (; seen < session.published.length; seen++) waiting.delete(session.published[seen]!.uri);
      if (waiting.size > 0) return;
      clearInterval(timer);
      resolve((performance.now() - start) / 1000);
    }, 1);
  });
}

/** Starts a server on `folder`; resolves once it is indexed and every article's findings are out. */
async function started(folder: string, cacheDir: string, articles: string[]): Promise<Started> {
  // An editor-sized debounce would only add its delay to every edit; the bench times the work.
  const session = new LspSession(folder, { diagnosticDelay: 0 }, { cacheDir });
  let beforeIndexed = 0;
  session.progressListeners.push((value) => {
    if (value.kind === 'end' && beforeIndexed === 0) beforeIndexed = new Set(session.published.map((p) => p.uri)).size;
  });
  const start = performance.now();
  const allOut = everyArticlePublished(session, articles, start);
  await session.start();
  const indexed = (performance.now() - start) / 1000;
  return { session, indexed, published: await allOut, beforeIndexed };
}

function articlesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(txt|md)$/.test(name))
    .map((name) => join(folder, name));
}

async function measure(count: number): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-server-scale-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'crosscheck-server-cache-'));
  try {
    const { bytes } = generateCollection(count, folder);
    const articles = articlesUnder(folder);
    const cold = await started(folder, cacheDir, articles);
    const coldRss = residentMB(cold.session.pid);
    await cold.session.stop();

    const reopened = await started(folder, cacheDir, articles);
    const session = reopened.session;
    const settling = performance.now();
    await idle(session.pid);
    const settled = (performance.now() - settling) / 1000 + Math.max(reopened.indexed, reopened.published);
    const article = join(folder, 'copy-00001', 'tavera-flood', 'daily-clarion.txt');
    const { text } = session.open(article);
    await session.diagnosticsFor(article, (p) => p.version === 1);

    const editLatencies: number[] = [];
    for (let version = 2; version < 2 + EDITS; version++) {
      const edited = text.replace(/\bthe\b/, version % 2 ? 'that' : 'the') + ' '.repeat(version);
      const published = session.nextDiagnosticsFor(article, (p) => p.version === version);
      const start = performance.now();
      session.change(article, version, edited);
      await published;
      editLatencies.push(performance.now() - start);
    }

    const name = text.indexOf('Meridian') >= 0 ? text.indexOf('Meridian') : text.search(/\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u);
    const line = text.slice(0, name).split('\n').length - 1;
    const character = name - (text.lastIndexOf('\n', name - 1) + 1);
    const hoverLatencies: number[] = [];
    for (let i = 0; i < HOVERS; i++) {
      const start = performance.now();
      await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: fileUri(article) }, position: { line, character } });
      hoverLatencies.push(performance.now() - start);
    }
    const rss = residentMB(session.pid);
    await session.stop();

    console.log(`${count} articles, ${(bytes / 1e6).toFixed(1)} MB`);
    console.log(`  cold: initialize -> indexed          ${cold.indexed.toFixed(1)} s, -> every article's findings out ${cold.published.toFixed(1)} s (server RSS ${coldRss.toFixed(0)} MB)`);
    console.log(`  from cache: initialize -> every article's findings out (snapshot) ${reopened.published.toFixed(1)} s (${reopened.beforeIndexed} of ${articles.length} before indexing ended)`);
    // Once rebuilt, the server sends again only the findings that differ from the snapshot's.
    console.log(`  from cache: initialize -> indexed    ${reopened.indexed.toFixed(1)} s (the rebuild behind the snapshot's findings), server idle ${settled.toFixed(1)} s`);
    console.log(`  didChange -> publishDiagnostics      median ${percentile(editLatencies, 0.5).toFixed(1)} ms, p95 ${percentile(editLatencies, 0.95).toFixed(1)} ms, slowest ${Math.max(...editLatencies).toFixed(1)} ms (${EDITS} edits)`);
    console.log(`  hover                                median ${percentile(hoverLatencies, 0.5).toFixed(1)} ms, p95 ${percentile(hoverLatencies, 0.95).toFixed(1)} ms`);
    console.log(`  server resident memory after edits   ${rss.toFixed(0)} MB`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const counts = process.argv.slice(2).map(Number);
  for (const count of counts.length ? counts : [1000, 10000]) await measure(count);
}

void main();
