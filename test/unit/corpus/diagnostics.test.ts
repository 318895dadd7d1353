import { strict as assert } from 'node:assert';
import type { ArticleSpec, EntitySpec } from './buildFacts';
import { codes, collectionOf, only } from './collectionOf';

const keeper: EntitySpec = { name: 'Aurélie Brûlé', type: 'person', forms: ['Aurélie Brûlé', 'Brûlé'] };
const plainKeeper: EntitySpec = { name: 'Aurelie Brule', type: 'person', forms: ['Aurelie Brule', 'Brule'] };

describe('corpus diagnostics: per article', () => {
  it('flags an unsourced claim, with a fix that inserts an attribution before the final period', () => {
    const text = 'The lighthouse at Skerrow Point was built in 1887. Repairs will cost 2 million euros.';
    const collection = collectionOf({
      'a.txt': [
        text,
        {
          claims: [
            { text: 'Repairs will cost 2 million euros.', figures: [{ text: '2 million euros', value: 2e6, unit: 'eur' }], keywords: ['repair', 'cost'] },
            { text: 'The lighthouse at Skerrow Point was built in 1887.', keywords: ['lighthouse', 'built'], attributed: true, source: 'the trust' },
          ],
        },
      ],
    });
    const [d] = only(collection, 'a.txt', 'unsourced-claim');
    assert.equal(d?.severity, 'information');
    assert.equal(text.slice(d!.start, d!.end), 'Repairs will cost 2 million euros.');
    const insert = d!.fixes.find((f) => f.kind === 'replace')!;
    assert.ok(insert.kind === 'replace');
    const fixed = text.slice(0, insert.start) + insert.newText + text.slice(insert.end);
    assert.equal(fixed, 'The lighthouse at Skerrow Point was built in 1887. Repairs will cost 2 million euros, according to [source].');
    const teach = d!.fixes.find((f) => f.kind === 'teach')!;
    assert.deepEqual(teach.kind === 'teach' && teach.teach, { ignore: 'Repairs will cost 2 million euros.' });
  });

  it('suppresses findings on texts the user chose to ignore', () => {
    const text = 'Repairs will cost 2 million euros. "Nobody asked us," a neighbour shouted.';
    const spec = {
      claims: [{ text: 'Repairs will cost 2 million euros.', figures: [{ text: '2 million euros', value: 2e6, unit: 'eur' }], keywords: ['repair', 'cost'] }],
      quotes: [{ text: 'Nobody asked us,' }],
    };
    assert.deepEqual(codes(collectionOf({ 'a.txt': [text, spec] }), 'a.txt'), ['unsourced-claim', 'unattributed-quote']);
    const quiet = collectionOf({ 'a.txt': [text, spec] }, { ignore: ['Repairs will cost 2 million euros.', 'Nobody asked us'] });
    assert.deepEqual(codes(quiet, 'a.txt'), []);
  });

  it('hints at a name spelled without the accents most articles give it, with replace and teach fixes', () => {
    const articles: Record<string, [string, ArticleSpec]> = {
      'a.txt': ['Aurélie Brûlé keeps the light. Brûlé lives there.', { entities: [keeper] }],
      'b.txt': ['Aurélie Brûlé spoke first.', { entities: [keeper] }],
      'c.txt': ['Aurelie Brule said little. Brule left.', { entities: [plainKeeper] }],
    };
    const collection = collectionOf(articles);
    assert.deepEqual(codes(collection, 'a.txt'), []);
    const found = only(collection, 'c.txt', 'name-variant');
    assert.deepEqual(
      found.map((d) => [collection.text('c.txt')!.slice(d.start, d.end), d.fixes[0]!.kind === 'replace' && d.fixes[0]!.newText]),
      [
        ['Aurelie Brule', 'Aurélie Brûlé'],
        ['Brule', 'Brûlé'],
      ],
    );
    assert.equal(found[0]!.severity, 'hint');
    assert.match(found[0]!.message, /written “Aurélie Brûlé” elsewhere in this collection \(accents only\)/);
    const teach = found[0]!.fixes[1]!;
    assert.deepEqual(teach.kind === 'teach' && teach.teach, { alias: { name: 'Aurélie Brûlé', alias: 'Aurelie Brule' } });

    const taught = collectionOf(articles, { aliases: { 'Aurélie Brûlé': ['Aurelie Brule', 'Brule'] } });
    assert.deepEqual(codes(taught, 'c.txt'), []);
  });

  it('does not call case, dots or a title a different spelling', () => {
    const collection = collectionOf({
      'a.txt': ['The Harrow Courier reported it. U.S. officials agreed.', { entities: [{ name: 'The Harrow Courier', type: 'organization' }, { name: 'U.S.', type: 'place' }] }],
      'b.txt': ['the Harrow Courier reported it. US officials agreed.', { entities: [{ name: 'the Harrow Courier', type: 'organization' }, { name: 'US', type: 'place' }] }],
    });
    assert.deepEqual(codes(collection, 'b.txt'), []);
  });
});

describe('corpus diagnostics: single origin', () => {
  const bulletin: EntitySpec = { name: 'Tidewater Bulletin', type: 'organization' };
  const keeper: EntitySpec = { name: 'Casimir Oduya', type: 'person' };
  const point: EntitySpec = { name: 'Skerrow Point', type: 'place' };
  const report = (opening: string, cites: boolean): [string, ArticleSpec] => {
    const text = `${opening} Casimir Oduya at Skerrow Point said the storm stranded 6 keepers, the Tidewater Bulletin reported.`;
    return [
      text,
      {
        entities: [keeper, point, bulletin],
        claims: [{ text: 'the storm stranded 6 keepers', figures: [{ text: '6', value: 6, counted: 'keepers' }], keywords: ['storm', 'strand', 'keeper'], attributed: true }],
        cites: cites ? [{ text: 'Tidewater Bulletin', name: 'Tidewater Bulletin' }] : [],
      },
    ];
  };

  it('points out a figure that several articles all take from one cited report in the collection', () => {
    const collection = collectionOf(
      {
        'bulletin.txt': report('Our reporter was there.', false),
        'echo.txt': report('A second outlet wrote.', true),
        'mirror.txt': report('A third outlet wrote.', true),
      },
      { outlets: { 'bulletin.txt': 'Tidewater Bulletin' } },
    );
    assert.deepEqual(only(collection, 'bulletin.txt', 'single-origin'), [], 'the origin itself is not flagged');
    const [d] = only(collection, 'echo.txt', 'single-origin');
    assert.equal(d?.severity, 'hint');
    assert.match(d!.message, /all taken from Tidewater Bulletin/);
    assert.deepEqual(d!.related.map((r) => r.path).sort(), ['bulletin.txt', 'mirror.txt']);
    assert.equal(only(collection, 'mirror.txt', 'single-origin').length, 1);
  });

  it('leaves independent reporting alone', () => {
    const collection = collectionOf({
      'bulletin.txt': report('Our reporter was there.', false),
      'echo.txt': report('A second outlet wrote.', false),
      'mirror.txt': report('A third outlet wrote.', false),
    });
    for (const p of collection.paths()) assert.deepEqual(only(collection, p, 'single-origin'), [], p);
  });
});
