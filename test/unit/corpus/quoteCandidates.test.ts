import { strict as assert } from 'node:assert';
import type { Collection } from '../../../server/src/corpus/collection';
import type { ArticleSpec } from './buildFacts';
import { buildFacts } from './buildFacts';
import { collectionOf } from './collectionOf';

const mayor = { name: 'Reyna Castell', type: 'person' as const };
const bridge = 'the Tollan bridge will reopen before the autumn rains come';
const money = 'we have no money left for the repairs';

function quoting(...quotes: string[]): [string, ArticleSpec] {
  const text = `Reyna Castell spoke at the council. ${quotes.map((q) => `“${q},” she said.`).join(' ')}`;
  return [text, { entities: [mayor], quotes: quotes.map((q) => ({ text: q, speaker: 'Reyna Castell', speakerEntity: mayor.name })) }];
}

function put(collection: Collection, path: string, [text, spec]: [string, ArticleSpec]): void {
  collection.update(path, text, buildFacts(text, spec));
}

/** Each quote group as its members' path and words, for comparing collections. */
function quoteGroups(collection: Collection): string[][] {
  return collection
    .matches()
    .filter((g) => g.kind === 'quote')
    .map((g) => g.members.map((m) => `${m.path}: ${m.text}`).sort())
    .sort();
}

describe('quote candidates', () => {
  it('finds every article repeating a quote, and which of its quotes it is', () => {
    const collection = collectionOf({ 'a.txt': quoting(bridge), 'b.txt': quoting(money, bridge), 'c.txt': quoting(money) });
    assert.deepEqual(quoteGroups(collection), [
      [`a.txt: ${bridge}`, `b.txt: ${bridge}`],
      [`b.txt: ${money}`, `c.txt: ${money}`],
    ]);
  });

  it('after articles are removed, added and edited, answers as a collection built with the final texts', () => {
    const edited = collectionOf({ 'a.txt': quoting(bridge), 'b.txt': quoting(money, bridge), 'c.txt': quoting(money) });
    edited.remove('b.txt');
    // The new article takes over what the removed one held, with its quotes in another order.
    put(edited, 'd.txt', quoting(bridge, 'the council never asked us', money));
    put(edited, 'a.txt', quoting('the council never asked us', bridge));
    edited.remove('c.txt');
    put(edited, 'c.txt', quoting(money));

    const fresh = collectionOf({ 'd.txt': quoting(bridge, 'the council never asked us', money), 'a.txt': quoting('the council never asked us', bridge), 'c.txt': quoting(money) });
    assert.deepEqual(quoteGroups(edited), quoteGroups(fresh));
    assert.deepEqual(quoteGroups(edited), [
      [`a.txt: ${bridge}`, `d.txt: ${bridge}`],
      ['a.txt: the council never asked us', 'd.txt: the council never asked us'],
      [`c.txt: ${money}`, `d.txt: ${money}`],
    ]);
    for (const path of fresh.paths()) assert.deepEqual(edited.diagnostics(path), fresh.diagnostics(path), path);
  });

  it('forgets the quotes of a removed article', () => {
    const collection = collectionOf({ 'a.txt': quoting(bridge), 'b.txt': quoting(bridge) });
    collection.remove('b.txt');
    put(collection, 'e.txt', quoting(money));
    assert.deepEqual(quoteGroups(collection), []);
  });
});
