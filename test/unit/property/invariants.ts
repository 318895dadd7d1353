// What must hold for any text, checked by the property suite and the longer fuzz run (bench/fuzz.ts):
// no exception, every range inside its text and equal to its `text`, the same answer twice.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/core/analyze';
import { isRealDay } from '../../../server/src/core/dates/calendar';
import type { ArticleFacts } from '../../../server/src/core/types';
import { failureOf } from '../../../server/src/corpus/analysisFailure';
import { Collection } from '../../../server/src/corpus/collection';
import { defaultConfig } from '../../../server/src/corpus/config';
import { analyzeJson } from '../../../server/src/workspace/output/analyzeJson';

interface Range {
  start: number;
  end: number;
  text?: string;
}

function assertRange(text: string, range: Range, what: string): void {
  const { start, end } = range;
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets ${start}..${end} are whole numbers`);
  assert.ok(0 <= start && start <= end && end <= text.length, `${what}: ${start}..${end} lies inside a text of ${text.length}`);
  if (range.text !== undefined) assert.equal(range.text, text.slice(start, end), `${what}: text equals the slice ${start}..${end}`);
}

function assertIndex(index: number | null, length: number, what: string): void {
  if (index !== null) assert.ok(Number.isInteger(index) && index >= 0 && index < length, `${what}: index ${index} of ${length}`);
}

/** A real calendar day written YYYY-MM-DD. */
function assertCalendarDate(value: string | null, what: string): void {
  if (value === null) return;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  assert.ok(match, `${what}: '${value}' is YYYY-MM-DD`);
  assert.ok(isRealDay(Number(match[1]), Number(match[2]), Number(match[3])), `${what}: '${value}' is a real day`);
}

/** Every range of one article's facts lies inside the text and every `text` is its slice. */
export function assertFactsFit(text: string, facts: ArticleFacts): void {
  assert.equal(facts.length, text.length, 'facts.length is the text length');
  for (const p of facts.layout.paragraphs) assertRange(text, p, 'paragraph');
  for (const s of facts.layout.sentences) {
    assertRange(text, s, 'sentence');
    assertIndex(s.paragraph, facts.layout.paragraphs.length, 'sentence paragraph');
  }
  for (const r of facts.layout.regions) assertRange(text, r, `${r.kind} region`);
  for (const m of facts.entities) {
    assertRange(text, m, 'entity');
    assertIndex(m.entity, facts.entityList.length, 'entity mention');
  }
  for (const d of facts.dates) assertRange(text, d, 'date');
  for (const q of facts.quotes) {
    assertRange(text, q, 'quote');
    if (q.speakerSpan) assertRange(text, q.speakerSpan, 'speaker');
    assertIndex(q.speakerEntity, facts.entityList.length, 'quote speaker');
  }
  for (const c of facts.claims) {
    assertRange(text, c, 'claim');
    for (const f of c.figures) assertRange(text, f, 'figure');
    for (const d of c.dates) assertIndex(d, facts.dates.length, 'claim date');
    for (const e of c.entities) assertIndex(e, facts.entityList.length, 'claim entity');
  }
  for (const c of facts.cites) assertRange(text, c, 'citation');
  assertCalendarDate(facts.metadata.published, 'publication date');
}

/** The single-article properties: analysed without an exception, ranges that fit, the same answer twice. */
export function checkArticle(text: string): void {
  const facts = analyzeArticle(text);
  assertFactsFit(text, facts);
  assert.equal(JSON.stringify(analyzeArticle(text)), JSON.stringify(facts), 'the same text gives the same facts twice');
}

interface AnalyzeJson {
  documents: { path: string; failure?: string; entities: Range[]; dates: Range[]; quotes: Range[]; claims: Range[]; provenance: { cites: Range[] } }[];
  matches: { members: (Range & { path: string })[] }[];
  diagnostics: { path: string; start: number; end: number; code: string; message: string; related: (Range & { path: string })[] }[];
}

/** The command line's JSON for the texts as one collection (articles a.txt, b.txt, ... added in order). */
export function collectionJson(texts: string[]): AnalyzeJson {
  const collection = new Collection(defaultConfig());
  texts.forEach((text, i) => collection.update(`${String.fromCharCode(97 + i)}.txt`, text, analyzeArticle(text)));
  return analyzeJson([{ root: '', config: defaultConfig(), severity: {}, collection }]) as AnalyzeJson;
}

/**
 * The collection properties: no article fails (a failure is caught and reported, so it is looked for
 * here), every range of the JSON fits its article's text, the same answer twice.
 */
export function checkCollection(texts: string[]): void {
  const textOf = new Map(texts.map((text, i) => [`${String.fromCharCode(97 + i)}.txt`, text]));
  const json = collectionJson(texts);
  const failures = json.diagnostics.filter((d) => d.code === 'analysis-failed').map((d) => `${d.path}: ${d.message}`);
  assert.deepEqual(failures, [], 'no article fails');
  for (const doc of json.documents) {
    const text = textOf.get(doc.path)!;
    for (const kind of ['entities', 'dates', 'quotes', 'claims'] as const) for (const r of doc[kind]) assertRange(text, r, `${doc.path} ${kind}`);
    for (const c of doc.provenance.cites) assertRange(text, c, `${doc.path} citation`);
  }
  for (const group of json.matches) for (const m of group.members) assertRange(textOf.get(m.path)!, m, `match member in ${m.path}`);
  for (const d of json.diagnostics) {
    assertRange(textOf.get(d.path)!, d, `${d.code} in ${d.path}`);
    for (const r of d.related) assertRange(textOf.get(r.path)!, r, `related of ${d.code} in ${r.path}`);
  }
  assert.equal(JSON.stringify(collectionJson(texts)), JSON.stringify(json), 'the same collection gives the same answer twice');
}

/** A property's failure in one line, for the fuzz run's report. */
export function describeFailure(error: unknown): string {
  return failureOf(error).failure;
}
