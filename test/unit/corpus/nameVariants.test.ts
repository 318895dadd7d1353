import { strict as assert } from 'node:assert';
import type { ArticleSpec, EntitySpec } from './buildFacts';
import { collectionOf, only } from './collectionOf';

// Every article names the same two officials, so the articles make one story.
const mayor: EntitySpec = { name: 'Tomas Veld', type: 'person' };
const warden: EntitySpec = { name: 'Ines Marrow', type: 'person' };
const OPENING = 'Tomas Veld and Ines Marrow spoke. ';

function article(sentence: string, ...names: EntitySpec[]): [string, ArticleSpec] {
  return [OPENING + sentence, { entities: [mayor, warden, ...names] }];
}

/** A story where each spelling is written by so many articles, named a.txt, b.txt… in order. */
function storyWith(...writers: [count: number, sentence: string, name: EntitySpec][]): ReturnType<typeof collectionOf> {
  const articles: Record<string, [string, ArticleSpec]> = {};
  for (const [count, sentence, name] of writers) {
    for (let i = 0; i < count; i++) articles[`${String.fromCharCode(97 + Object.keys(articles).length)}.txt`] = article(sentence, name);
  }
  return collectionOf(articles);
}

function person(name: string): EntitySpec {
  return { name, type: 'person' };
}

function variants(collection: ReturnType<typeof collectionOf>, path: string): [string, string][] {
  return only(collection, path, 'name-variant').map((d) => [collection.text(path)!.slice(d.start, d.end), d.severity]);
}

describe('name variants across a story', () => {
  it('flags a one-letter slip that one article alone writes, at information, naming the usual spelling', () => {
    const collection = storyWith([3, 'Keepers found Tamburo at dawn.', person('Tamburo')], [1, 'The elephant Tamboro escaped.', person('Tamboro')]);
    const [slip] = only(collection, 'd.txt', 'name-variant');
    assert.equal(collection.text('d.txt')!.slice(slip!.start, slip!.end), 'Tamboro');
    assert.equal(slip!.severity, 'information');
    assert.match(slip!.message, /“Tamboro” is one letter off “Tamburo”, as 3 other articles write it/);
    const fix = slip!.fixes[0]!;
    assert.ok(fix.kind === 'replace' && fix.newText === 'Tamburo');
    for (const path of ['a.txt', 'b.txt', 'c.txt']) assert.deepEqual(variants(collection, path), []);
  });

  it('finds the slip inside an organisation name', () => {
    const body: EntitySpec = { name: 'Institute for Humane Farming', type: 'organization' };
    const slipped: EntitySpec = { name: 'Institute for Human Farming', type: 'organization' };
    const collection = collectionOf({
      'a.txt': article('The Institute for Humane Farming objected.', body),
      'b.txt': article('The Institute for Humane Farming objected.', body),
      'c.txt': article('The Institute for Human Farming objected.', slipped),
    });
    assert.deepEqual(variants(collection, 'c.txt'), [['Institute for Human Farming', 'information']]);
  });

  it('only hints at a one-letter difference several outlets each keep to', () => {
    const e: EntitySpec = { name: 'Tal-e-Baran', type: 'place' };
    const i: EntitySpec = { name: 'Tal-i-Baran', type: 'place' };
    const collection = storyWith([3, 'It happened in Tal-i-Baran.', i], [2, 'It happened in Tal-e-Baran.', e]);
    assert.deepEqual(variants(collection, 'd.txt'), [['Tal-e-Baran', 'hint']]);
    assert.deepEqual(variants(collection, 'a.txt'), []);
  });

  it('needs a spelling that other articles agree on: one against one is no majority', () => {
    const collection = collectionOf({
      'a.txt': article('The elephant Tamburo escaped.', person('Tamburo')),
      'b.txt': article('The elephant Tamboro escaped.', person('Tamboro')),
      'c.txt': article('Keepers were called.'),
    });
    assert.deepEqual(variants(collection, 'a.txt'), []);
    assert.deepEqual(variants(collection, 'b.txt'), []);
  });

  it('leaves short names, inflected forms and names the user separated alone', () => {
    const collection = collectionOf({
      'a.txt': article('Dario Pell left Olam for Vestria.', { name: 'Olam', type: 'place' }, { name: 'Vestria', type: 'place' }, person('Dario Pell')),
      'b.txt': article('Dario Pell left Olam for Vestria.', { name: 'Olam', type: 'place' }, { name: 'Vestria', type: 'place' }, person('Dario Pell')),
      'c.txt': article('Mario Pell left Olan with a Vestrian.', { name: 'Olan', type: 'place' }, { name: 'Vestrian', type: 'place' }, person('Mario Pell')),
    });
    assert.deepEqual(variants(collection, 'c.txt'), [['Mario Pell', 'information']]);
    const separated = collectionOf(
      {
        'a.txt': article('Dario Pell sang.', person('Dario Pell')),
        'b.txt': article('Dario Pell sang.', person('Dario Pell')),
        'c.txt': article('Mario Pell sang.', person('Mario Pell')),
      },
      { notSame: [['Dario Pell', 'Mario Pell']] },
    );
    assert.deepEqual(variants(separated, 'c.txt'), []);
  });

  it('does not link two people one article names in full side by side, such as two brothers', () => {
    const collection = collectionOf({
      'a.txt': article('Marco Castell won.', person('Marco Castell')),
      'b.txt': article('Marco Castell won.', person('Marco Castell')),
      'c.txt': article('Mario Castell and his brother Marco Castell won.', person('Mario Castell'), person('Marco Castell')),
    });
    assert.deepEqual(variants(collection, 'c.txt'), []);
  });

  it('never calls the minority spelling usual: accents most articles leave out are the variant', () => {
    const accented: EntitySpec = { name: 'Nicolás Arvelo', type: 'person' };
    const plain: EntitySpec = { name: 'Nicolas Arvelo', type: 'person' };
    const collection = storyWith([3, 'Nicolas Arvelo resigned.', plain], [1, 'Nicolás Arvelo resigned.', accented]);
    for (const path of ['a.txt', 'b.txt', 'c.txt']) assert.deepEqual(variants(collection, path), []);
    const [d] = only(collection, 'd.txt', 'name-variant');
    assert.equal(d!.severity, 'hint');
    assert.match(d!.message, /“Nicolás Arvelo” is written “Nicolas Arvelo” in 3 other articles \(accents only\)/);
  });
});
