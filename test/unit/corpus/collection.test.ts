import { strict as assert } from 'node:assert';
import { Collection } from '../../../server/src/corpus/collection';
import { defaultConfig } from '../../../server/src/corpus/config';
import { ArticleSpec, buildFacts, ClaimSpec, EntitySpec } from './buildFacts';
import { codes, collectionOf } from './collectionOf';

const warden: EntitySpec = { name: 'Casimir Oduya', type: 'person' };
const trust: EntitySpec = { name: 'Skerrow Lighthouse Trust', type: 'organization' };
const point: EntitySpec = { name: 'Skerrow Point', type: 'place' };

function keepers(n: number): [string, ArticleSpec] {
  const text = `Casimir Oduya of the Skerrow Lighthouse Trust at Skerrow Point said the storm stranded ${n} keepers.`;
  const claim: ClaimSpec = {
    text: `the storm stranded ${n} keepers`,
    figures: [{ text: String(n), value: n, counted: 'keepers' }],
    keywords: ['storm', 'strand', 'keeper'],
    attributed: true,
  };
  return [text, { entities: [warden, trust, point], claims: [claim] }];
}

const unrelated: [string, ArticleSpec] = [
  'The Brackwater Choir under Odile Fenn sang for 40 minutes.',
  {
    entities: [
      { name: 'Brackwater Choir', type: 'organization' },
      { name: 'Odile Fenn', type: 'person' },
    ],
    claims: [{ text: 'sang for 40 minutes', figures: [{ text: '40', value: 40, counted: 'minutes' }], keywords: ['sang', 'minute'], attributed: true }],
  },
];

function add(collection: Collection, path: string, [text, spec]: [string, ArticleSpec]): string[] {
  return collection.update(path, text, buildFacts(text, spec));
}

function assertSlices(collection: Collection): void {
  for (const g of collection.matches()) for (const m of g.members) assert.equal(collection.text(m.path)!.slice(m.start, m.end), m.text);
  for (const c of collection.clusters()) for (const m of c.mentions) assert.equal(collection.text(m.path)!.slice(m.start, m.end), m.text);
  for (const p of collection.paths()) {
    for (const d of collection.diagnostics(p)) {
      for (const r of d.related) assert.ok(collection.text(r.path)!.length >= r.end, 'related points inside its article');
    }
  }
}

describe('corpus collection: incremental updates', () => {
  it('reports which articles changed and updates the other side of a conflict', () => {
    const collection = new Collection(defaultConfig());
    assert.deepEqual(add(collection, 'a.txt', keepers(6)), ['a.txt']);
    assert.deepEqual(add(collection, 'b.txt', keepers(9)), ['a.txt', 'b.txt']);
    assert.deepEqual(codes(collection, 'a.txt'), ['conflicting-number']);
    assertSlices(collection);

    assert.deepEqual(add(collection, 'b.txt', keepers(6)), ['a.txt', 'b.txt']);
    assert.deepEqual(codes(collection, 'a.txt'), []);
    assert.deepEqual(
      collection.matchesFor('a.txt').map((g) => [g.kind, g.status, g.members.map((m) => m.path)]),
      [['number', 'agrees', ['a.txt', 'b.txt']]],
    );
  });

  it('leaves articles of another story out of an edit’s changes', () => {
    const collection = collectionOf({ 'a.txt': keepers(6), 'b.txt': keepers(9), 'choir.txt': unrelated });
    assert.deepEqual(add(collection, 'choir.txt', unrelated), ['choir.txt']);
    assert.deepEqual(collection.matchesFor('choir.txt'), []);
    assert.deepEqual(codes(collection, 'a.txt'), ['conflicting-number']);
  });

  it('forgets a removed article everywhere', () => {
    const collection = collectionOf({ 'a.txt': keepers(6), 'b.txt': keepers(9), 'c.txt': keepers(6) });
    assert.deepEqual(codes(collection, 'a.txt'), ['conflicting-number']);
    assert.deepEqual(collection.remove('b.txt'), ['a.txt', 'c.txt']);
    assert.deepEqual(collection.paths(), ['a.txt', 'c.txt']);
    assert.deepEqual(codes(collection, 'a.txt'), []);
    assert.equal(collection.text('b.txt'), undefined);
    assert.deepEqual(collection.diagnostics('b.txt'), []);
    assert.ok(collection.clusters().every((c) => !c.documents.includes('b.txt')));
    assert.deepEqual(collection.remove('b.txt'), []);
  });

  it('forgets the spellings a removed article used', () => {
    const named = (forms: string[]): [string, ArticleSpec] => [forms.join(' and ') + '.', { entities: [{ ...warden, forms }] }];
    const collection = collectionOf({ 'a.txt': named(['Casimir Oduya']), 'b.txt': named(['Casimir Oduya', 'Oduya']) });
    assert.deepEqual(collection.clusters()[0]!.aliases, ['Oduya']);
    collection.remove('b.txt');
    assert.deepEqual(collection.clusters()[0]!.aliases, []);
  });

  it('gives the same answers after edits as a collection built fresh', () => {
    const edited = collectionOf({ 'a.txt': keepers(6), 'b.txt': keepers(9), 'c.txt': keepers(7), 'choir.txt': unrelated });
    add(edited, 'c.txt', keepers(9));
    edited.remove('choir.txt');
    add(edited, 'choir.txt', unrelated);
    const fresh = collectionOf({ 'a.txt': keepers(6), 'b.txt': keepers(9), 'c.txt': keepers(9), 'choir.txt': unrelated });
    for (const p of fresh.paths()) assert.deepEqual(edited.diagnostics(p), fresh.diagnostics(p), p);
    assert.deepEqual(edited.matches(), fresh.matches());
    assert.deepEqual(edited.clusters(), fresh.clusters());
  });

  it('re-reads every article when the configuration changes', () => {
    const names = (name: string): [string, ArticleSpec] => [`${name} rang the bell.`, { entities: [{ name, type: 'person' }] }];
    const collection = collectionOf({ 'a.txt': names('Casimir Oduya'), 'b.txt': names('The Warden') });
    assert.notEqual(collection.clusterIdOf('a.txt', 0), collection.clusterIdOf('b.txt', 0));
    collection.setConfig({ ...defaultConfig(), aliases: { 'Casimir Oduya': ['The Warden'] } });
    assert.equal(collection.clusterIdOf('b.txt', 0), 'person:casimir-oduya');
  });
});

describe('corpus collection: provenance', () => {
  const report =
    'The storm moved north over Skerrow Point before dawn and the keepers watched the lamp fail twice while the sea rose over the lower steps of the tower.';

  it('links a cited outlet to its article in the collection', () => {
    const citing = 'The Tidewater Bulletin reported the storm first.';
    const collection = new Collection(defaultConfig());
    collection.update('bulletin.txt', report, buildFacts(report, { outlet: 'The Tidewater Bulletin' }));
    collection.update('other.txt', citing, buildFacts(citing, { cites: [{ text: 'The Tidewater Bulletin', name: 'The Tidewater Bulletin' }] }));
    assert.deepEqual(collection.provenanceOf('other.txt').cites, [
      { name: 'The Tidewater Bulletin', text: 'The Tidewater Bulletin', start: 0, end: 22, path: 'bulletin.txt' },
    ]);
  });

  it('finds wholly and partially reused text, never from an article published later', () => {
    const rewrite = `${report} Officials said nothing.`;
    const half = `${report.slice(0, 102)} Several people in the harbour town said they had never seen the water come up so fast in any winter.`;
    const collection = new Collection(defaultConfig());
    collection.update('original.txt', report, buildFacts(report, { published: '2031-02-01' }));
    collection.update('rewrite.txt', rewrite, buildFacts(rewrite, { published: '2031-02-02' }));
    collection.update('half.txt', half, buildFacts(half, { published: '2031-02-03' }));
    const derived = collection.provenanceOf('rewrite.txt').derivedFrom;
    assert.equal(derived[0]!.path, 'original.txt');
    assert.equal(derived[0]!.label, 'wholly');
    assert.ok(derived[0]!.reuse >= 0.8);
    const partial = collection.provenanceOf('half.txt').derivedFrom.find((d) => d.path === 'original.txt');
    assert.equal(partial?.label, 'partially');
    assert.deepEqual(collection.provenanceOf('original.txt').derivedFrom, [], 'the original reuses nothing published after it');
  });
});
