// A collection's findings as the server last computed them, kept in the editor's storage so that
// reopening a large collection shows every finding at once instead of after the whole rebuild. A
// snapshot is used only when it describes exactly the articles found again: the same analyser build,
// the same `.crosscheck.json` text, the same set of articles and the same text in each.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { DIAGNOSTIC_CODES, type CollectionDiagnostic, type DiagnosticCode } from '../corpus/types';
import { replaceFile } from './atomicFile';
import { isOffset, isRecord } from './shapeChecks';

/** Names the file format, so a file of any other shape or generation is never taken for a snapshot. */
const FORMAT = 'crosscheck-findings-1';

export interface SnapshotArticle {
  path: string;
  /** `textHash` of the exact text the findings were computed for. */
  hash: string;
  /** As the collection computed them, before the user's severities. */
  findings: CollectionDiagnostic[];
}

export interface FindingsSnapshot {
  /** The analyser build (`analyserKey`): another build may find other things. */
  analyser: string;
  root: string;
  /** The collection's `.crosscheck.json` text, or null when it had none. */
  config: string | null;
  articles: SnapshotArticle[];
}

/** One file per collection root under the client's cache folder, never in the user's folder. */
export function snapshotFileFor(cacheDir: string, root: string): string {
  return nodePath.join(cacheDir, 'findings', `${createHash('sha256').update(root).digest('hex').slice(0, 32)}.snapshot`);
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The file's contents for `snapshot`; equal snapshots always give equal text. */
export function snapshotJson(snapshot: FindingsSnapshot): string {
  return snapshotJsonOf(snapshot, snapshot.articles.map((a) => articleJson(a.path, a.hash, JSON.stringify(a.findings))));
}

/**
 * One article's part of a snapshot file, from its findings as JSON: a large snapshot is put together
 * from parts kept, and findings kept as JSON are compared as strings.
 */
export function articleJson(path: string, hash: string, findingsJson: string): string {
  return `{"path":${JSON.stringify(path)},"hash":${JSON.stringify(hash)},"findings":${findingsJson}}`;
}

/** The file's contents from the collection's description and its articles' parts (from `articleJson`). */
export function snapshotJsonOf(header: Omit<FindingsSnapshot, 'articles'>, articles: string[]): string {
  const opening = JSON.stringify({ format: FORMAT, analyser: header.analyser, root: header.root, config: header.config, articles: [] });
  // `articles` is the last field: its empty list is filled in.
  return `${opening.slice(0, -2)}${articles.join(',')}]}`;
}

/** Replaced in one step, so a reader never sees half a snapshot. */
export async function writeSnapshotFile(file: string, json: string): Promise<void> {
  await replaceFile(file, json);
}

/** The snapshot in `file`, or undefined when it is missing, truncated, corrupt or not a snapshot at all. */
export async function readSnapshotFile(file: string): Promise<{ snapshot: FindingsSnapshot; json: string } | undefined> {
  let json: string;
  let parsed: unknown;
  try {
    json = await fs.readFile(file, 'utf8');
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isSnapshot(parsed)) return undefined;
  const { analyser, root, config, articles } = parsed;
  return { snapshot: { analyser, root, config, articles }, json };
}

/**
 * The snapshot's findings per article when it describes exactly `texts` (every article of the collection
 * by path, with the text indexing would use), else undefined: one article added, removed or changed
 * means no article's findings can be trusted, since findings point into the other articles.
 */
export function findingsIfCurrent(
  snapshot: FindingsSnapshot,
  expected: { analyser: string; root: string; config: string | null },
  texts: ReadonlyMap<string, string>,
): Map<string, CollectionDiagnostic[]> | undefined {
  if (snapshot.analyser !== expected.analyser || snapshot.root !== expected.root || snapshot.config !== expected.config) return undefined;
  if (snapshot.articles.length !== texts.size) return undefined;
  const findings = new Map<string, CollectionDiagnostic[]>();
  for (const article of snapshot.articles) {
    const text = texts.get(article.path);
    if (text === undefined || findings.has(article.path) || textHash(text) !== article.hash) return undefined;
    findings.set(article.path, article.findings);
  }
  // Offsets must fall inside the texts they point into, or ranges sent to the editor would be wrong.
  const fits = (path: string, start: number, end: number) => end <= (texts.get(path)?.length ?? -1) && start <= end;
  for (const [path, found] of findings) {
    for (const finding of found) {
      if (finding.path !== path || !fits(path, finding.start, finding.end)) return undefined;
      if (!finding.related.every((related) => fits(related.path, related.start, related.end))) return undefined;
      if (!finding.fixes.every((fix) => fix.kind !== 'replace' || fits(path, fix.start, fix.end))) return undefined;
    }
  }
  return findings;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);

function isSnapshot(value: unknown): value is FindingsSnapshot {
  if (!isRecord(value) || value.format !== FORMAT) return false;
  if (typeof value.analyser !== 'string' || typeof value.root !== 'string') return false;
  if (value.config !== null && typeof value.config !== 'string') return false;
  return Array.isArray(value.articles) && value.articles.every(isSnapshotArticle);
}

function isSnapshotArticle(value: unknown): value is SnapshotArticle {
  return isRecord(value) && typeof value.path === 'string' && typeof value.hash === 'string' && Array.isArray(value.findings) && value.findings.every(isFinding);
}

function isFinding(value: unknown): value is CollectionDiagnostic {
  return (
    isRecord(value) &&
    typeof value.path === 'string' &&
    isOffset(value.start) &&
    isOffset(value.end) &&
    SEVERITIES.has(value.severity as string) &&
    DIAGNOSTIC_CODES.includes(value.code as DiagnosticCode) &&
    typeof value.message === 'string' &&
    Array.isArray(value.related) &&
    value.related.every((r) => isRecord(r) && typeof r.path === 'string' && isOffset(r.start) && isOffset(r.end) && typeof r.message === 'string') &&
    Array.isArray(value.fixes) &&
    value.fixes.every(isFix)
  );
}

function isFix(value: unknown): boolean {
  if (!isRecord(value) || typeof value.title !== 'string') return false;
  if (value.kind === 'replace') return isOffset(value.start) && isOffset(value.end) && typeof value.newText === 'string';
  return value.kind === 'teach' && isTeaching(value.teach);
}

/** What a "teach" fix writes into `.crosscheck.json`: an alias, a pair of different people, an ignored text or a publication date. */
function isTeaching(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { alias, notSame, ignore, published } = value;
  if (typeof ignore === 'string') return true;
  if (Array.isArray(notSame)) return notSame.length === 2 && notSame.every((name) => typeof name === 'string');
  if (isRecord(published)) return typeof published.path === 'string' && typeof published.date === 'string';
  return isRecord(alias) && typeof alias.name === 'string' && typeof alias.alias === 'string';
}
