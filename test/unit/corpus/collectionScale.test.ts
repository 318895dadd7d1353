import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/core/analyze';
import { ShingleIndex, shinglesOf, SourceIndex } from '../../../server/src/corpus/provenance';
import { ArticleSpec } from './buildFacts';
import { collectionOf } from './collectionOf';

describe('corpus at scale: indexes that stay cheap and answer the same whatever the order', () => {
  it('names a cited outlet’s article by the first path in path order, whatever order articles arrive in', () => {
    const sources = new SourceIndex();
    sources.add('wire/b.txt', ['Harbour Gazette', null]);
    sources.add('wire/a.txt', ['The Harbour Gazette', 'Ferry strike ends']);
    assert.equal(sources.articleNamed('harbour gazette'), 'wire/a.txt');
    assert.equal(sources.articleNamed('Ferry Strike Ends'), 'wire/a.txt');
    sources.remove('wire/a.txt');
    assert.equal(sources.articleNamed('The Harbour Gazette'), 'wire/b.txt');
    assert.equal(sources.articleNamed('Ferry strike ends'), undefined);
    sources.remove('wire/b.txt');
    assert.equal(sources.articleNamed('Harbour Gazette'), undefined);
  });

  it('measures reuse through shared runs, and leaves out runs held by too many articles until they are rare again', () => {
    const index = new ShingleIndex();
    const mine = Uint32Array.of(1, 2, 3, 4, 5);
    index.add('a.txt', mine);
    assert.deepEqual([...index.reuseOf('a.txt', mine)], []);
    index.add('b.txt', Uint32Array.of(1, 2, 3, 4, 9));
    assert.deepEqual([...index.reuseOf('a.txt', mine)], [['b.txt', 0.8]]);

    // Fifty more articles share run 1: it stops counting, so b's share drops to 3 of 5.
    const crowd = Array.from({ length: 50 }, (_, i) => `crowd-${i}.txt`);
    for (const path of crowd) index.add(path, Uint32Array.of(1));
    assert.equal(index.reuseOf('a.txt', mine).get('b.txt'), 0.6);
    assert.equal(index.reuseOf('a.txt', mine).has('crowd-0.txt'), false);
    for (const path of crowd) index.remove(path, Uint32Array.of(1));
    assert.equal(index.reuseOf('a.txt', mine).get('b.txt'), 0.8);

    index.remove('b.txt', Uint32Array.of(1, 2, 3, 4, 9));
    assert.deepEqual([...index.reuseOf('a.txt', mine)], []);
    assert.deepEqual([...index.holdersOf(mine)], ['a.txt']);
  });

  it('keeps each article’s runs of words distinct and sorted, in small integers', () => {
    const text = 'The ferry crews of Brackwater walked off the job at dawn on Monday. The ferry crews of Brackwater walked off the job at dawn on Monday.';
    const shingles = shinglesOf(text, analyzeArticle(text));
    assert.ok(shingles.length > 0);
    for (let i = 1; i < shingles.length; i++) assert.ok(shingles[i - 1]! < shingles[i]!);
    for (const s of shingles) assert.ok(s < 2 ** 30);
  });

  it('gives every article the same findings whichever order the articles were added in', () => {
    const keepers = (n: number, outlet: string): [string, ArticleSpec] => {
      // Every outlet but the Post cites it.
      const text = `Casimir Oduya of the Skerrow Lighthouse Trust at Skerrow Point said the storm stranded ${n} keepers, according to the Brackwater Post.`;
      return [
        text,
        {
          outlet,
          entities: [
            { name: 'Casimir Oduya', type: 'person' },
            { name: 'Skerrow Lighthouse Trust', type: 'organization' },
            { name: 'Skerrow Point', type: 'place' },
          ],
          claims: [
            {
              text: `the storm stranded ${n} keepers`,
              figures: [{ text: String(n), value: n, counted: 'keepers' }],
              keywords: ['storm', 'strand', 'keeper'],
              attributed: true,
            },
          ],
          cites: outlet === 'Brackwater Post' ? [] : [{ text: 'Brackwater Post', name: 'Brackwater Post' }],
        },
      ];
    };
    const articles: Record<string, [string, ArticleSpec]> = {
      'post.txt': keepers(12, 'Brackwater Post'),
      'courier.txt': keepers(12, 'Skerrow Courier'),
      'herald.txt': keepers(14, 'Point Herald'),
      'ledger.txt': keepers(12, 'Fenn Ledger'),
    };
    const forward = collectionOf(articles);
    const backward = collectionOf(Object.fromEntries(Object.entries(articles).reverse()));
    assert.ok(forward.diagnostics('herald.txt').some((d) => d.code === 'conflicting-number'), JSON.stringify(forward.diagnostics('herald.txt').map((d) => d.code)) + JSON.stringify(forward.matches().map((m) => [m.kind, m.status])));
    for (const path of forward.paths()) {
      assert.deepEqual(backward.diagnostics(path), forward.diagnostics(path), path);
      assert.deepEqual(backward.provenanceOf(path), forward.provenanceOf(path), path);
    }
    assert.deepEqual(backward.matches(), forward.matches());
  });
});
