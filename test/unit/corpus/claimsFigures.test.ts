import { strict as assert } from 'node:assert';
import type { ArticleSpec, ClaimSpec, EntitySpec } from './buildFacts';
import { codes, collectionOf, only } from './collectionOf';

const mayor: EntitySpec = { name: 'Wenna Pascoe', type: 'person' };
const council: EntitySpec = { name: 'Trevenna Council', type: 'organization' };
const harbour: EntitySpec = { name: 'Porthgwyn', type: 'place' };
const OPENING = 'Wenna Pascoe of the Trevenna Council spoke in Porthgwyn on Tuesday. ';

function article(sentences: string, claims: ClaimSpec[]): [string, ArticleSpec] {
  return [OPENING + sentences, { entities: [mayor, council, harbour], claims }];
}

/** Both articles report the vote; each tells the town's floods in its own words. */
const vote: ClaimSpec = { text: 'The council voted to raise the sea wall', keywords: ['council', 'vote', 'raise', 'sea', 'wall'], attributed: true };

describe('corpus claims: when differing figures tell one fact', () => {
  const floods = (count: string, value: number) =>
    article(`The council voted to raise the sea wall. The town has suffered only ${count} serious floods in the decades since the wall was built: one in 1953 and another in 2014.`, [
      vote,
      {
        text: `The town has suffered only ${count} serious floods in the decades since the wall was built: one in 1953 and another in 2014`,
        figures: [{ text: count, value, counted: 'serious floods' }],
        dates: [{ text: '1953', value: '1953' }, { text: '2014', value: '2014' }],
        keywords: ['town', 'suffer', count, 'serious', 'flood', 'decade', 'since', 'wall', 'built', 'one', 'another'],
        attributed: true,
      },
    ]);
  const retold = article('The council voted to raise the sea wall. Trevenna has seen two great floods: in 1953, and in 2014 when the harbour filled.', [
    vote,
    {
      text: 'Trevenna has seen two great floods: in 1953, and in 2014 when the harbour filled',
      figures: [{ text: 'two', value: 2, counted: 'great floods' }],
      dates: [{ text: '1953', value: '1953' }, { text: '2014', value: '2014' }],
      keywords: ['seen', 'two', 'great', 'flood', 'harbour', 'fill', 'town', 'suffer'],
      attributed: true,
    },
  ]);

  it('agrees on "two floods" told in other words, and flags "three" once the claims give the same dates', () => {
    const agreeing = collectionOf({ 'a.txt': floods('two', 2), 'b.txt': retold });
    const [group] = agreeing.matches().filter((g) => g.kind === 'number');
    assert.equal(group?.status, 'agrees');
    assert.deepEqual(codes(agreeing, 'a.txt'), []);

    const changed = collectionOf({ 'a.txt': floods('three', 3), 'b.txt': retold });
    const [d] = only(changed, 'a.txt', 'conflicting-number');
    assert.equal(changed.text('a.txt')!.slice(d!.start, d!.end), 'three');
    assert.equal(only(changed, 'b.txt', 'conflicting-number').length, 1);
  });

  it('does not take a shared date alone for one fact: the claims must also be alike', () => {
    const ferry = article('The council voted to raise the sea wall. The harbour ferry, which carries 300 passengers daily, first sailed in 1953.', [
      vote,
      {
        text: 'The harbour ferry, which carries 300 passengers daily, first sailed in 1953',
        figures: [{ text: '300', value: 300, counted: 'passengers' }],
        dates: [{ text: '1953', value: '1953' }],
        keywords: ['harbour', 'ferry', 'carries', 'passenger', 'daily', 'first', 'sail', 'town'],
        attributed: true,
      },
    ]);
    const rescue = article('The council voted to raise the sea wall. In 1953 harbour lifeboats rescued 14 passengers from a stranded coaster in a storm.', [
      vote,
      {
        text: 'In 1953 harbour lifeboats rescued 14 passengers from a stranded coaster in a storm',
        figures: [{ text: '14', value: 14, counted: 'passengers' }],
        dates: [{ text: '1953', value: '1953' }],
        keywords: ['harbour', 'lifeboat', 'rescu', 'passenger', 'strand', 'coaster', 'storm', 'crew'],
        attributed: true,
      },
    ]);
    const collection = collectionOf({ 'a.txt': ferry, 'b.txt': rescue });
    assert.deepEqual(only(collection, 'a.txt', 'conflicting-number'), []);
    assert.deepEqual(only(collection, 'b.txt', 'conflicting-number'), []);
  });
});
