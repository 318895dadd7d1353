// Quote benchmark. PolNeAR dev: for every gold direct quote (an attribution whose content is wholly
// inside quotation marks), is it found (reported quotes cover at least half of its words) and is the
// speaker right (the reported speaker overlaps the gold source, or shares its last name; for a pronoun
// source, or a source span holding only the cue, the nearest named gold source before it stands in,
// and any of its words may match)? Seeds: every non-scare quotation should have a
// speaker. Also the time for one ~9 KB seed article and for hostile input (1 MB of random quotation marks).
// Run: npx tsx bench/quotes.ts [--errors]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findEntities } from '../server/src/core/entities';
import { findQuotes } from '../server/src/core/quotes';
import { foldForMatch } from '../server/src/core/text/fold';
import { layoutOf } from '../server/src/core/text/layout';
import type { QuoteMention } from '../server/src/core/types';
import { median } from './sampling';

const SHARED = join(__dirname, '..', '..', 'shared');
const POLNEAR = join(SHARED, 'data', 'polnear', 'dev');
const SEEDS = join(SHARED, 'seeds');
const showErrors = process.argv.includes('--errors');

interface Span {
  start: number;
  end: number;
  text: string;
}

interface GoldQuote {
  /** Brat spans may be discontinuous: "“A,” said X. “B.”" is one content in two pieces. */
  content: Span[];
  source: Span | null;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'i', 'we']);
const OPENING = '"“';
const CLOSING = '"”';

function analyse(text: string): QuoteMention[] {
  const layout = layoutOf(text);
  return findQuotes(text, layout, findEntities(text, layout).entities);
}

/** Gold attributions of one annotator's file: content and source spans tied by E lines. */
function readGold(path: string): { direct: GoldQuote[]; sources: Span[] } {
  const spans = new Map<string, { kind: string; pieces: Span[]; text: string }>();
  const direct: GoldQuote[] = [];
  const sources: Span[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const line of lines) {
    const [id, info, text] = line.split('\t');
    if (!id?.startsWith('T') || !info) continue;
    const space = info.indexOf(' ');
    const kind = info.slice(0, space);
    const pieces = info
      .slice(space + 1)
      .split(';')
      .map((piece) => piece.split(' ').map(Number))
      .map(([start, end]) => ({ start, end, text: '' }));
    spans.set(id, { kind, pieces, text: text ?? '' });
    if (kind === 'Source') sources.push({ start: pieces[0].start, end: pieces[pieces.length - 1].end, text: text ?? '' });
  }
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const roles = new Map(line.split('\t')[1].split(' ').map((part) => part.split(':') as [string, string]));
    const content = spans.get(roles.get('Content') ?? '');
    if (!content || !isWhollyQuoted(content.text)) continue;
    const source = spans.get(roles.get('Source') ?? '');
    const sourceSpan = source ? { start: source.pieces[0].start, end: source.pieces[source.pieces.length - 1].end, text: source.text } : null;
    direct.push({ content: content.pieces, source: sourceSpan });
  }
  return { direct, sources: sources.sort((a, b) => a.start - b.start) };
}

function isWhollyQuoted(content: string): boolean {
  const trimmed = content.trim().replace(/[.,;:]+$/, '');
  return trimmed.length > 2 && OPENING.includes(trimmed[0]) && CLOSING.includes(trimmed[trimmed.length - 1]);
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function lastWord(s: string): string {
  const words = foldForMatch(s).replace(/['’]s\b/g, '').match(/[\p{L}\p{N}-]+/gu) ?? [];
  return words[words.length - 1] ?? '';
}

/** The named source a pronoun source stands for: the nearest gold source before it that holds a name. */
function antecedentOf(source: Span, sources: Span[]): Span | null {
  let found: Span | null = null;
  for (const s of sources) {
    if (s.start >= source.start) break;
    if (/\p{Lu}\p{Ll}/u.test(s.text) && !standsForAnother(s)) found = s;
  }
  return found;
}

/** The name in a gold source, without asides: "Ana Ruiz, the mayor," → "Ana Ruiz"; "Rep. Al Ode (D-Wis.)" → "Rep. Al Ode". */
function nameOf(source: string): string {
  return source.split(/[,(]/)[0];
}

/** Gold sources that name nobody themselves: pronouns, and a few spans holding only the cue ("said"). */
function standsForAnother(source: Span): boolean {
  const word = source.text.trim().toLowerCase();
  return PRONOUNS.has(word) || ['said', 'says', 'told', 'wrote', 'added'].includes(word);
}

function speakerRight(quote: QuoteMention, source: Span, sources: Span[]): boolean {
  if (!quote.speakerSpan || !quote.speakerText) return false;
  const indirect = standsForAnother(source);
  const expected = indirect ? antecedentOf(source, sources) : source;
  if (!expected) return false;
  if (!indirect && overlap(quote.speakerSpan, expected) > 0) return true;
  const ours = lastWord(quote.speakerText);
  const names: string[] = foldForMatch(nameOf(expected.text)).match(/[\p{L}\p{N}-]+/gu) ?? [];
  return ours !== '' && (ours === lastWord(nameOf(expected.text)) || (indirect && names.includes(ours)));
}

export interface PolnearScores {
  gold: number;
  found: number;
  withSource: number;
  right: number;
  keptDirect: number;
  predictedDirect: number;
}

/** PolNeAR dev direct quotes found and with the right speaker, or null when the data is absent. */
export function measurePolnear(): PolnearScores | null {
  if (!existsSync(POLNEAR)) return null;
  const files = readdirSync(join(POLNEAR, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const byArticle = new Map<string, string>();
  for (const f of files) {
    const article = f.replace(/_[^_]+\.ann$/, '');
    if (!byArticle.has(article)) byArticle.set(article, f);
  }
  let gold = 0;
  let found = 0;
  let withSource = 0;
  let right = 0;
  let predictedDirect = 0;
  let keptDirect = 0;
  for (const [article, annotation] of byArticle) {
    const text = readFileSync(join(POLNEAR, 'text', `${article}.txt`), 'utf8');
    const { direct, sources } = readGold(join(POLNEAR, 'attributions', annotation));
    const quotes = analyse(text);
    predictedDirect += quotes.filter((q) => q.kind === 'direct').length;
    for (const g of direct) {
      gold++;
      const overlapOf = (q: QuoteMention): number => g.content.reduce((sum, piece) => sum + overlap(q, piece), 0);
      const covering = quotes.filter((q) => overlapOf(q) > 0);
      const covered = covering.reduce((sum, q) => sum + overlapOf(q), 0);
      const length = g.content.reduce((sum, piece) => sum + piece.end - piece.start, 0);
      const isFound = covered * 2 >= length - 2 * g.content.length;
      if (isFound) found++;
      else if (showErrors) console.log(`MISSED ${article}: ${text.slice(g.content[0].start, g.content[0].end).slice(0, 100)}`);
      if (!isFound) continue;
      const best = covering.sort((a, b) => overlapOf(b) - overlapOf(a))[0];
      if (best.kind === 'direct') keptDirect++;
      if (!g.source) continue;
      withSource++;
      if (speakerRight(best, g.source, sources)) right++;
      else if (showErrors) {
        const meant = antecedentOf(g.source, sources)?.text;
        console.log(`SPEAKER ${article}: gold "${g.source.text}"${meant && meant !== g.source.text ? ` (→ "${meant}")` : ''} got "${best.speakerText}" (${best.cue}) for ${best.text.slice(0, 70)}`);
      }
    }
  }
  return { gold, found, withSource, right, keptDirect, predictedDirect };
}

function polnear(): void {
  const scores = measurePolnear();
  if (!scores) {
    console.log(`PolNeAR dev not found at ${POLNEAR}: skipped.`);
    return;
  }
  const { gold, found, withSource, right, keptDirect, predictedDirect } = scores;
  console.log('\nPolNeAR dev, direct quotes');
  console.log('| measure | value | bar |');
  console.log('|---|---|---|');
  console.log(`| gold direct quotes | ${gold} | |`);
  console.log(`| found | ${(found / gold).toFixed(3)} (${found}) | ≥ 0.90 |`);
  console.log(`| right speaker (of found with a gold source) | ${(right / withSource).toFixed(3)} (${right}/${withSource}) | ≥ 0.80 |`);
  console.log(`| found ones reported as direct (not fragment or scare) | ${(keptDirect / found).toFixed(3)} | |`);
  console.log(`| reported direct quotes | ${predictedDirect} | |`);
}

export interface SeedQuoteScores {
  /** Quotations someone said (direct and fragment). */
  total: number;
  /** Those without a speaker. */
  misses: string[];
  /** Writer's labels and scare quotes: words in quotation marks that nobody is reported saying. */
  labels: string[];
}

/** Every quotation in the seed articles with its speaker, or null when the seeds are absent. */
export function measureSeedQuotes(): SeedQuoteScores | null {
  if (!existsSync(SEEDS)) return null;
  let total = 0;
  const misses: string[] = [];
  const labels: string[] = [];
  for (const file of readdirSync(SEEDS).sort()) {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    for (const quote of analyse(text)) {
      if (quote.kind === 'scare') labels.push(`${file}: ${quote.text.slice(0, 80)}`);
      else {
        total++;
        if (!quote.speakerText) misses.push(`${file}: [${quote.kind}] ${quote.text.slice(0, 80)}`);
      }
    }
  }
  return { total, misses, labels };
}

function seeds(): void {
  const scores = measureSeedQuotes();
  if (!scores) {
    console.log(`Seeds not found at ${SEEDS}: skipped.`);
    return;
  }
  const { total, misses, labels } = scores;
  console.log(`\nSeeds: ${total - misses.length}/${total} quotations (direct and fragment) with a speaker`);
  for (const miss of misses) console.log(`  no speaker: ${miss}`);
  for (const label of labels) console.log(`  read as the writer's label or a scare quote, no speaker sought: ${label}`);
}

/** CPU milliseconds between two readings: steadier than wall time on a busy machine. */
function cpuMs(from: NodeJS.CpuUsage, to: NodeJS.CpuUsage): number {
  return (to.user - from.user + to.system - from.system) / 1000;
}

function hostile(): void {
  const marks = ['"', '“', '”', '‘', '’', "'", ' ', 'a', 'b', '.', '\n', 'said', 'He'];
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const parts: string[] = [];
  let length = 0;
  while (length < 1_000_000) {
    const part = marks[Math.floor(random() * marks.length)];
    parts.push(part);
    length += part.length;
  }
  const inputs: Record<string, string> = {
    'random quotation marks': parts.join(''),
    'one paragraph of "a" said He': '"a" said He, '.repeat(80_000),
    'opening marks only': '“'.repeat(1_000_000),
    'short quotes, one paragraph': '"x," '.repeat(200_000),
    abbreviations: 'U.S. Mr. Jan. No. '.repeat(55_000),
    'capitalised words': 'Ana Ruiz Said '.repeat(70_000),
    'short lines': 'Ana\n'.repeat(250_000),
    'asides before verbs': 'X, a b, said "q" '.repeat(60_000),
  };
  console.log('\nHostile input, 1 MB each: CPU time of layout and quotes, median of 5 runs');
  for (const [name, text] of Object.entries(inputs)) {
    const layoutTimes: number[] = [];
    const quoteTimes: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = process.cpuUsage();
      const layout = layoutOf(text);
      const laidOut = process.cpuUsage();
      findQuotes(text, layout, []);
      layoutTimes.push(cpuMs(started, laidOut));
      quoteTimes.push(cpuMs(laidOut, process.cpuUsage()));
    }
    const perMB = (times: number[]): string => (median(times) / (text.length / 1e6)).toFixed(0);
    console.log(`| ${name} | layout ${perMB(layoutTimes)} ms per MB | quotes ${perMB(quoteTimes)} ms per MB |`);
  }
}

/** Median CPU time of layout and quotes for the largest seed article, the size of a typical long read. */
function typical(): void {
  if (!existsSync(SEEDS)) {
    console.log(`\nSeeds not found at ${SEEDS}: typical article timing skipped.`);
    return;
  }
  const file = readdirSync(SEEDS)
    .map((f) => join(SEEDS, f))
    .sort((a, b) => readFileSync(b, 'utf8').length - readFileSync(a, 'utf8').length)[0];
  const text = readFileSync(file, 'utf8');
  const layout = layoutOf(text);
  const entities = findEntities(text, layout).entities;
  const layoutTimes: number[] = [];
  const quoteTimes: number[] = [];
  for (let run = 0; run < 200; run++) {
    const started = process.cpuUsage();
    layoutOf(text);
    const laidOut = process.cpuUsage();
    findQuotes(text, layout, entities);
    layoutTimes.push(cpuMs(started, laidOut));
    quoteTimes.push(cpuMs(laidOut, process.cpuUsage()));
  }
  console.log(`\nOne ${(text.length / 1024).toFixed(1)} KB article, median CPU of 200 runs: layout ${median(layoutTimes).toFixed(2)} ms, quotes ${median(quoteTimes).toFixed(2)} ms`);
}

if (require.main === module) {
  polnear();
  seeds();
  typical();
  hostile();
}
