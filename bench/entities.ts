// Entity benchmark: CoNLL-2003 English dev (Reuters, 1996). Each document's text is rebuilt by joining
// tokens with spaces, one sentence a line; Crosscheck's recogniser and compromise read the same text
// in the same run. Strict entity F1 (exact token span and type) for PER/ORG/LOC, on all sentences and
// on prose sentences (those with a lower-case word). Gold MISC spans are neither rewarded nor
// penalised. Also the time per 9 KB of text. Run: npx tsx bench/entities.ts [--errors]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { findEntities } from '../server/src/core/entities';
import { layoutOf } from '../server/src/core/text/layout';
import type { Layout } from '../server/src/core/types';
import { median } from './sampling';

const DATA = join(__dirname, '..', '..', 'shared', 'data', 'conll2003', 'dev.txt');
const SEEDS = join(__dirname, '..', '..', 'shared', 'seeds');
const TYPES = ['PER', 'ORG', 'LOC'] as const;
type Label = (typeof TYPES)[number];

interface Span {
  first: number;
  last: number;
  type: string;
}

interface Doc {
  text: string;
  layout: Layout;
  /** Character offsets of every token, and the sentence each belongs to. */
  starts: number[];
  ends: number[];
  sentenceOf: number[];
  prose: boolean[];
  gold: Span[];
}

function readDocs(raw: string): Doc[] {
  const docs: Doc[] = [];
  for (const chunk of raw.split(/^-DOCSTART-.*$/m)) {
    const sentences = chunk
      .split(/\n\s*\n/)
      .map((block) => block.split('\n').filter((l) => l.trim()).map((l) => l.split(' ')))
      .filter((s) => s.length > 0);
    if (sentences.length === 0) continue;
    const doc: Doc = { text: '', layout: { paragraphs: [], sentences: [], regions: [] }, starts: [], ends: [], sentenceOf: [], prose: [], gold: [] };
    let open: Span | null = null;
    sentences.forEach((sentence, s) => {
      if (s > 0) doc.text += '\n';
      const sentenceStart = doc.text.length;
      doc.prose.push(sentence.some(([word]) => /^\p{Ll}/u.test(word)));
      sentence.forEach(([word, , , tag], w) => {
        if (w > 0) doc.text += ' ';
        const index = doc.starts.length;
        doc.starts.push(doc.text.length);
        doc.text += word;
        doc.ends.push(doc.text.length);
        doc.sentenceOf.push(s);
        if (open && !tag.startsWith('I-')) open = null;
        if (tag.startsWith('B-') || (tag.startsWith('I-') && !open)) {
          open = { first: index, last: index, type: tag.slice(2) };
          doc.gold.push(open);
        } else if (open) open.last = index;
      });
      open = null;
      doc.layout.sentences.push({ start: sentenceStart, end: doc.text.length, paragraph: s });
      doc.layout.paragraphs.push({ start: sentenceStart, end: doc.text.length });
    });
    docs.push(doc);
  }
  return docs;
}

/** Character span to token span; a span not on token boundaries keeps its overlap and can never match. */
function toTokens(doc: Doc, start: number, end: number, type: string): Span | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < doc.starts.length; i++) {
    if (doc.ends[i] <= start || doc.starts[i] >= end) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return null;
  const exact = doc.starts[first] === start && doc.ends[last] === end;
  return { first, last, type: exact ? type : `${type}~` };
}

const LABEL: Record<string, Label> = { person: 'PER', organization: 'ORG', place: 'LOC' };

function crosscheck(doc: Doc): Span[] {
  return findEntities(doc.text, doc.layout)
    .entities.map((m) => toTokens(doc, m.start, m.end, LABEL[m.type]))
    .filter((s): s is Span => s !== null);
}

function compromise(doc: Doc): Span[] {
  const d = nlp(doc.text);
  const out: Span[] = [];
  const add = (label: Label, found: { offset: { start: number; length: number } }[]) => {
    for (const f of found) {
      // compromise's offsets can take in the spaced punctuation after a name ("New York ."): trim it, to be fair.
      let start = f.offset.start;
      let end = start + f.offset.length;
      while (end > start && /[\s.,;:!?"')]/.test(doc.text[end - 1])) end--;
      while (start < end && /[\s"'(]/.test(doc.text[start])) start++;
      const s = toTokens(doc, start, end, label);
      if (s) out.push(s);
    }
  };
  add('PER', d.people().json({ offset: true }));
  add('ORG', d.organizations().json({ offset: true }));
  add('LOC', d.places().json({ offset: true }));
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type Table = Record<'all' | 'prose', Record<Label | 'ALL', Counts>>;

function emptyTable(): Table {
  const row = () => ({ PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, ALL: { tp: 0, fp: 0, fn: 0 } });
  return { all: row(), prose: row() };
}

const keyOf = (s: Span) => `${s.first}:${s.last}`;

function score(doc: Doc, predicted: Span[], table: Table, errors: string[] | null): void {
  const misc = new Set(doc.gold.filter((g) => g.type === 'MISC').map(keyOf));
  const gold = new Map(doc.gold.filter((g) => g.type !== 'MISC').map((g) => [keyOf(g), g]));
  const seen = new Set<string>();
  const words = (s: Span) => doc.text.slice(doc.starts[s.first], doc.ends[s.last]) + (doc.prose[doc.sentenceOf[s.first]] ? '' : ' (not prose)');
  const count = (s: Span, field: keyof Counts, label: Label) => {
    for (const part of doc.prose[doc.sentenceOf[s.first]] ? (['all', 'prose'] as const) : (['all'] as const)) {
      table[part][label][field]++;
      table[part].ALL[field]++;
    }
  };
  for (const p of predicted) {
    const k = keyOf(p);
    if (misc.has(k) || seen.has(k)) continue;
    seen.add(k);
    const label = p.type.replace('~', '') as Label;
    const g = gold.get(k);
    if (g && g.type === p.type) count(p, 'tp', label);
    else {
      count(p, 'fp', label);
      errors?.push(`FP ${p.type} "${words(p)}"${g ? ` (gold ${g.type})` : ''}`);
    }
  }
  for (const [k, g] of gold) {
    const p = predicted.find((q) => keyOf(q) === k && q.type === g.type);
    if (!p) {
      count(g, 'fn', g.type as Label);
      errors?.push(`FN ${g.type} "${words(g)}"`);
    }
  }
}

export function f1(c: Counts): string {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return (p + r ? (2 * p * r) / (p + r) : 0).toFixed(3);
}

/** Milliseconds per 9 KB of text, the median of several passes over all documents. */
function msPer9k(docs: Doc[], run: (doc: Doc) => unknown, passes: number): number {
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const times: number[] = [];
  for (let i = 0; i < passes; i++) {
    const t0 = performance.now();
    for (const d of docs) run(d);
    times.push(performance.now() - t0);
  }
  return (median(times) / chars) * 9 * 1024;
}

function seedArticleTime(): string {
  const path = join(SEEDS, '003_3eb247a244bdb8fc.txt');
  if (!existsSync(path)) return 'seed article absent';
  const text = readFileSync(path, 'utf8');
  const layout = layoutOf(text);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    findEntities(text, layout);
    times.push(performance.now() - t0);
  }
  return `${median(times).toFixed(2)} ms median for a ${(text.length / 1024).toFixed(1)} KB seed article`;
}

/** Worst milliseconds per MB (median of three runs each) over about 1 MB each of text built to be hard: runs of capitals, quote marks, abbreviations, repeated names, headlines. */
function hostileWorst(): string {
  const inputs: Record<string, string> = {
    'capitalised run': 'Aa '.repeat(330_000),
    'quote marks': '"\u201c\u2019\''.repeat(250_000),
    abbreviations: 'U.S. '.repeat(200_000),
    'one surname': 'Smith, '.repeat(140_000),
    'name list': 'Alpha Beta, '.repeat(80_000),
    headlines: 'CUBA SAYS NO\n'.repeat(75_000),
    prose: 'Mr. Smith of the Bank of Cuba met President Ana Díaz in Havana. '.repeat(15_000),
  };
  let worst = { name: '', msPerMB: 0 };
  for (const [name, text] of Object.entries(inputs)) {
    const layout: Layout = { paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length, paragraph: 0 }], regions: [] };
    findEntities(text, layout);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      findEntities(text, layout);
      times.push(performance.now() - t0);
    }
    const msPerMB = median(times) / (text.length / 1e6);
    if (msPerMB > worst.msPerMB) worst = { name, msPerMB };
  }
  return `${worst.msPerMB.toFixed(0)} ms per MB at worst over hostile inputs (${worst.name})`;
}

export interface EntityScores {
  documents: number;
  crosscheck: Table;
  compromise: Table;
  errors: string[];
}

/** Strict F1 tables for Crosscheck and compromise over CoNLL-2003 dev, or null when the data is absent. */
export function measureEntities(showErrors = false): EntityScores | null {
  if (!existsSync(DATA)) return null;
  const docs = readDocs(readFileSync(DATA, 'utf8'));
  const ours = emptyTable();
  const theirs = emptyTable();
  const errors: string[] = [];
  for (const doc of docs) {
    score(doc, crosscheck(doc), ours, showErrors ? errors : null);
    score(doc, compromise(doc), theirs, null);
  }
  return { documents: docs.length, crosscheck: ours, compromise: theirs, errors };
}

function main(): void {
  const scores = measureEntities(process.argv.includes('--errors'));
  if (!scores) {
    console.log(`entities bench skipped: ${DATA} not found`);
    return;
  }
  const { crosscheck: ours, compromise: theirs } = scores;
  if (scores.errors.length) console.log(scores.errors.join('\n'));
  const docs = readDocs(readFileSync(DATA, 'utf8'));
  console.log(`CoNLL-2003 dev: ${scores.documents} documents, strict entity F1 (PER/ORG/LOC; MISC ignored)`);
  console.log('                    all sentences            prose sentences');
  console.log('                    crosscheck  compromise   crosscheck  compromise');
  for (const label of ['ALL', ...TYPES] as const) {
    console.log(`  ${label.padEnd(16)}  ${f1(ours.all[label]).padEnd(10)}  ${f1(theirs.all[label]).padEnd(11)}  ${f1(ours.prose[label]).padEnd(10)}  ${f1(theirs.prose[label])}`);
  }
  const ourSpeed = msPer9k(docs, crosscheck, 7);
  const theirSpeed = msPer9k(docs, (d) => { const n = nlp(d.text); n.people(); n.organizations(); n.places(); }, 3);
  console.log(`speed: crosscheck ${ourSpeed.toFixed(2)} ms per 9 KB, compromise ${theirSpeed.toFixed(2)} ms per 9 KB (CoNLL text)`);
  console.log(`speed: ${seedArticleTime()}`);
  console.log(`speed: ${hostileWorst()}`);
}

if (require.main === module) main();
