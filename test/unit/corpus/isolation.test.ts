// One article Crosscheck fails on costs that article only: it keeps its place with one finding saying
// why, is left out of matching, and every other article answers as if it were not there.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/core/analyze';
import type { ArticleFacts } from '../../../server/src/core/types';
import { analysedOrFailure, analysedOrFailureLater, failureDiagnostic, failureOf, isFailure } from '../../../server/src/corpus/analysisFailure';
import type { Collection } from '../../../server/src/corpus/collection';
import { defaultConfig } from '../../../server/src/corpus/config';
import { analyzedCollection } from './analyzedCollection';

const ARTICLES: Record<string, string> = {
  'courier.txt':
    'PORT ELLERY — The harbour master, Ilse Marrow, said 212 passengers were aboard the Skerrow ferry when the fire started on Tuesday.\n\n' +
    '"We got everyone off the boat in nine minutes," Marrow said.',
  'ledger.txt':
    'PORT ELLERY — The harbour master, Ilse Marrow, said 180 passengers were aboard the Skerrow ferry when the fire started on Tuesday.\n\n' +
    '"We got everybody off the boat in nine minutes," Marrow said.',
};
const BROKEN_PATH = 'wire.txt';
const BROKEN_TEXT = 'Crews said 212 passengers were aboard the Skerrow ferry.\nMore to follow.';

function collectionWith(texts: Record<string, string>, extra?: (c: Collection) => void): Collection {
  const collection = analyzedCollection(texts);
  extra?.(collection);
  return collection;
}

/** Everything the collection answers about the given articles, for comparing two collections. */
function answers(collection: Collection, paths: string[]): string {
  return JSON.stringify({
    diagnostics: paths.map((p) => collection.diagnostics(p)),
    matches: collection.matches(),
    clusters: collection.clusters(),
    provenance: paths.map((p) => collection.provenanceOf(p)),
  });
}

describe('an article whose analysis failed', () => {
  const others = Object.keys(ARTICLES);
  const healthy = collectionWith(ARTICLES);

  it('has one finding saying why, on its first line, and no facts', () => {
    const collection = collectionWith(ARTICLES, (c) => c.update(BROKEN_PATH, BROKEN_TEXT, { failure: 'RangeError: too deep' }));
    assert.deepEqual(collection.paths(), [...others, BROKEN_PATH].sort());
    assert.equal(collection.text(BROKEN_PATH), BROKEN_TEXT);
    assert.equal(collection.facts(BROKEN_PATH), undefined);
    assert.equal(collection.failure(BROKEN_PATH), 'RangeError: too deep');
    const [finding, ...more] = collection.diagnostics(BROKEN_PATH);
    assert.deepEqual(more, []);
    assert.equal(finding!.code, 'analysis-failed');
    assert.equal(finding!.severity, 'error');
    assert.equal(finding!.message, 'Crosscheck could not analyse this article: RangeError: too deep');
    assert.equal(BROKEN_TEXT.slice(finding!.start, finding!.end), 'Crews said 212 passengers were aboard the Skerrow ferry.');
  });

  it('is left out of matching: the others answer as without it', () => {
    const collection = collectionWith(ARTICLES, (c) => c.update(BROKEN_PATH, BROKEN_TEXT, { failure: 'RangeError: too deep' }));
    assert.ok(healthy.diagnostics('courier.txt').some((d) => d.code === 'conflicting-number'), 'the figures conflict');
    assert.equal(answers(collection, others), answers(healthy, others));
    assert.ok(collection.matches().every((g) => g.members.every((m) => m.path !== BROKEN_PATH)));
  });

  it('joins matching once it is analysed, and leaves the collection when removed', () => {
    const collection = collectionWith(ARTICLES, (c) => c.update(BROKEN_PATH, BROKEN_TEXT, { failure: 'RangeError: too deep' }));
    collection.update(BROKEN_PATH, BROKEN_TEXT, analyzeArticle(BROKEN_TEXT));
    const all = [...others, BROKEN_PATH];
    assert.equal(answers(collection, all), answers(collectionWith({ ...ARTICLES, [BROKEN_PATH]: BROKEN_TEXT }), all));
    collection.update(BROKEN_PATH, BROKEN_TEXT, { failure: 'RangeError: too deep' });
    assert.equal(answers(collection, others), answers(healthy, others), 'failing again takes it back out of matching');
    collection.remove(BROKEN_PATH);
    assert.deepEqual(collection.paths(), others);
    assert.deepEqual(collection.diagnostics(BROKEN_PATH), []);
  });

  it('is kept as failed when the collection learns new story knowledge', () => {
    const collection = collectionWith(ARTICLES, (c) => c.load(BROKEN_PATH, BROKEN_TEXT, { failure: 'RangeError: too deep' }));
    collection.setConfig({ ...defaultConfig(), aliases: { 'Ilse Marrow': ['I. Marrow'] } });
    assert.equal(collection.failure(BROKEN_PATH), 'RangeError: too deep');
    assert.deepEqual(collection.paths(), [...others, BROKEN_PATH].sort());
  });
});

describe('an article whose facts cannot be indexed', () => {
  const others = Object.keys(ARTICLES);
  // Facts as a damaged cache entry could hold them: the right length, the wrong shape.
  const damaged = { ...analyzeArticle(BROKEN_TEXT), quotes: null } as unknown as ArticleFacts;

  it('fails alone, leaving every index as it was', () => {
    const collection = collectionWith(ARTICLES, (c) => c.update(BROKEN_PATH, BROKEN_TEXT, damaged));
    assert.match(collection.failure(BROKEN_PATH) ?? '', /^TypeError: /);
    assert.equal(collection.diagnostics(BROKEN_PATH)[0]!.code, 'analysis-failed');
    assert.equal(answers(collection, others), answers(collectionWith(ARTICLES), others));
  });

  it('fails alone when the damage shows only once its links are being found', () => {
    // Indexing the article on its own works; placing it among the others needs its metadata.
    const noMetadata = { ...analyzeArticle(BROKEN_TEXT), metadata: null } as unknown as ArticleFacts;
    const collection = collectionWith({ ...ARTICLES, [BROKEN_PATH]: BROKEN_TEXT });
    collection.update(BROKEN_PATH, BROKEN_TEXT, noMetadata);
    assert.match(collection.failure(BROKEN_PATH) ?? '', /^TypeError: /);
    assert.equal(answers(collection, others), answers(collectionWith(ARTICLES), others));
    collection.update(BROKEN_PATH, BROKEN_TEXT, analyzeArticle(BROKEN_TEXT));
    const all = [...others, BROKEN_PATH];
    assert.equal(answers(collection, all), answers(collectionWith({ ...ARTICLES, [BROKEN_PATH]: BROKEN_TEXT }), all));
  });

  it('replacing a good version takes the good one out of matching', () => {
    const collection = collectionWith({ ...ARTICLES, [BROKEN_PATH]: BROKEN_TEXT });
    collection.update(BROKEN_PATH, BROKEN_TEXT, damaged);
    assert.equal(answers(collection, others), answers(collectionWith(ARTICLES), others));
  });
});

describe('catching an analysis failure', () => {
  const facts = analyzeArticle('Officials said 12 boats sank.');

  it('passes the facts through when the analysis succeeds', async () => {
    assert.equal(analysedOrFailure(() => facts), facts);
    assert.equal(await analysedOrFailureLater(async () => facts), facts);
  });

  it('turns an exception into the failure, named and on one line', async () => {
    const thrown = analysedOrFailure(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'end')");
    });
    assert.ok(isFailure(thrown));
    assert.equal(thrown.failure, "TypeError: Cannot read properties of undefined (reading 'end')");
    const rejected = await analysedOrFailureLater(() => Promise.reject(new RangeError('Maximum call stack size exceeded')));
    assert.deepEqual(rejected, { failure: 'RangeError: Maximum call stack size exceeded' });
  });

  it('keeps the first line of an error passed on from another thread as its stack', () => {
    const fromWorker = new Error("TypeError: word.charCodeAt is not a function\n    at hashOfWord (analysisWorker.js:1:2)");
    assert.deepEqual(failureOf(fromWorker), { failure: 'TypeError: word.charCodeAt is not a function' });
    assert.deepEqual(failureOf('plain text'), { failure: 'plain text' });
  });

  it('marks the whole text when the article is one line, and nothing when it is empty', () => {
    assert.deepEqual([failureDiagnostic('a.txt', 'one line', { failure: 'x' })].map((d) => [d.start, d.end]), [[0, 8]]);
    assert.deepEqual([failureDiagnostic('a.txt', '\r\nsecond', { failure: 'x' })].map((d) => [d.start, d.end]), [[0, 0]]);
  });
});
