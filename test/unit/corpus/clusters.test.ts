import { strict as assert } from 'node:assert';
import type { EntitySpec } from './buildFacts';
import { collectionOf } from './collectionOf';

/** One article per entity list: a sentence naming every form. */
function names(...entities: EntitySpec[]): [string, { entities: EntitySpec[] }] {
  const text = entities.flatMap((e) => e.forms ?? [e.name]).join(' met ') + '.';
  return [text, { entities }];
}

function clusterNames(collection: ReturnType<typeof collectionOf>): Record<string, string[]> {
  return Object.fromEntries(collection.clusters().map((c) => [c.id, [...new Set(c.mentions.map((m) => m.text))].sort()]));
}

describe('corpus clusters: who is who across articles', () => {
  it('folds accents and links a bare surname to the one full name it can mean', () => {
    const collection = collectionOf({
      'a.txt': names({ name: 'Ingrid Halvorsén', type: 'person' }),
      'b.txt': names({ name: 'Ingrid Halvorsen', type: 'person' }),
      'c.txt': names({ name: 'Halvorsen', type: 'person' }),
    });
    assert.deepEqual(clusterNames(collection), { 'person:ingrid-halvorsen': ['Halvorsen', 'Ingrid Halvorsen', 'Ingrid Halvorsén'] });
    const [cluster] = collection.clusters();
    assert.equal(cluster!.name, 'Ingrid Halvorsén', 'the accented spelling wins a tie');
    assert.deepEqual(cluster!.documents, ['a.txt', 'b.txt', 'c.txt']);
    assert.deepEqual(cluster!.aliases, ['Halvorsen', 'Ingrid Halvorsen']);
  });

  it('ignores titles in names', () => {
    const collection = collectionOf({
      'a.txt': names({ name: 'President Ingrid Halvorsen', type: 'person' }),
      'b.txt': names({ name: 'Ingrid Halvorsen', type: 'person' }),
    });
    assert.equal(collection.clusterIdOf('a.txt', 0), collection.clusterIdOf('b.txt', 0));
  });

  it('never merges people whose first names differ, and leaves an ambiguous surname alone', () => {
    const collection = collectionOf({
      'a.txt': names({ name: 'Tomasz Brandt', type: 'person' }, { name: 'Otto Brandt', type: 'person' }),
      'b.txt': names({ name: 'Otto Brandt', type: 'person' }),
      'c.txt': names({ name: 'Brandt', type: 'person' }),
    });
    const ids = collection.clusters().map((c) => c.id);
    assert.deepEqual(ids, ['person:brandt', 'person:otto-brandt', 'person:tomasz-brandt']);
    assert.equal(collection.clusterIdOf('a.txt', 1), collection.clusterIdOf('b.txt', 0));
  });

  it('does not join two people through a surname each article links to its own full name', () => {
    const collection = collectionOf({
      'a.txt': names({ name: 'Tomasz Brandt', type: 'person', forms: ['Tomasz Brandt', 'Brandt'] }),
      'b.txt': names({ name: 'Otto Brandt', type: 'person', forms: ['Otto Brandt', 'Brandt'] }),
    });
    assert.notEqual(collection.clusterIdOf('a.txt', 0), collection.clusterIdOf('b.txt', 0));
  });

  it('keeps apart what the user said differs, and joins what the user said is the same', () => {
    const articles = {
      'a.txt': names({ name: 'Ana Kell', type: 'person' }),
      'b.txt': names({ name: 'A. Kell', type: 'person' }),
      'c.txt': names({ name: 'The Admiral', type: 'person' }),
    };
    const plain = collectionOf(articles);
    assert.equal(plain.clusterIdOf('a.txt', 0), plain.clusterIdOf('b.txt', 0), 'an initial is compatible with the first name');
    assert.notEqual(plain.clusterIdOf('a.txt', 0), plain.clusterIdOf('c.txt', 0));

    const taught = collectionOf(articles, { notSame: [['Ana Kell', 'A. Kell']], aliases: { 'Ana Kell': ['The Admiral'] } });
    assert.notEqual(taught.clusterIdOf('a.txt', 0), taught.clusterIdOf('b.txt', 0));
    assert.equal(taught.clusterIdOf('a.txt', 0), taught.clusterIdOf('c.txt', 0));
    assert.equal(taught.clusters().find((c) => c.id === taught.clusterIdOf('c.txt', 0))!.name, 'Ana Kell');
  });

  it('links organisations to their short forms and acronyms', () => {
    const collection = collectionOf({
      'a.txt': names({ name: 'The Harrow Courier', type: 'organization' }, { name: 'Port Calder Coast Guard', type: 'organization' }),
      'b.txt': names({ name: 'The Courier', type: 'organization' }, { name: 'PCCG', type: 'organization' }),
    });
    assert.equal(collection.clusterIdOf('b.txt', 0), 'organization:the-harrow-courier');
    assert.equal(collection.clusterIdOf('b.txt', 1), 'organization:port-calder-coast-guard');
  });

  it('follows the user’s entity types', () => {
    const collection = collectionOf(
      { 'a.txt': names({ name: 'Marrowgate', type: 'place' }) },
      { entityTypes: { Marrowgate: 'organization' } },
    );
    assert.equal(collection.clusterIdOf('a.txt', 0), 'organization:marrowgate');
  });

  it('picks the most used full spelling as the usual name and the most used type', () => {
    const collection = collectionOf({
      'a.txt': names({ name: 'Lior Amsel', type: 'person' }),
      'b.txt': names({ name: 'Lior Amsel', type: 'person' }),
      'c.txt': names({ name: 'Lior Amsell', type: 'person' }),
      'd.txt': names({ name: 'Lior Amsel', type: 'place' }),
    });
    assert.deepEqual(
      collection.clusters().map((c) => [c.id, c.name, c.aliases]),
      [['person:lior-amsel', 'Lior Amsel', ['Lior Amsell']]],
    );
  });

  it('keeps a one-letter spelling difference apart when the user said they differ, with readable ids', () => {
    const collection = collectionOf(
      {
        'a.txt': names({ name: 'Lior Amsel', type: 'person' }),
        'b.txt': names({ name: 'Lior Amsell', type: 'person' }),
      },
      { notSame: [['Lior Amsel', 'Lior Amsell']] },
    );
    assert.deepEqual(collection.clusters().map((c) => c.id), ['person:lior-amsel', 'person:lior-amsell']);
  });

  it('links misspelt surnames only for the same first name and surnames of four letters or more', () => {
    const collection = collectionOf({
      'a.txt': names({ name: 'Petra Vossberg', type: 'person' }, { name: 'Ida Orr', type: 'person' }, { name: 'Karl Oswin', type: 'person' }),
      'b.txt': names({ name: 'Petra Vosberg', type: 'person' }, { name: 'Ida Ord', type: 'person' }, { name: 'Hanne Oswyn', type: 'person' }),
    });
    assert.equal(collection.clusterIdOf('a.txt', 0), collection.clusterIdOf('b.txt', 0), 'Vossberg / Vosberg');
    assert.notEqual(collection.clusterIdOf('a.txt', 1), collection.clusterIdOf('b.txt', 1), 'Orr / Ord are too short to tell');
    assert.notEqual(collection.clusterIdOf('a.txt', 2), collection.clusterIdOf('b.txt', 2), 'different first names');
  });

  it('finds the person inside a name with a headline word or descriptor glued on', () => {
    const collection = collectionOf({
      'a.txt': names({ name: 'Climber Tamsin Orford', type: 'person' }, { name: 'Tamsin Orford Rescued', type: 'person' }),
      'b.txt': names({ name: 'Tamsin Orford', type: 'person' }, { name: 'Orford', type: 'person' }),
    });
    const id = collection.clusterIdOf('b.txt', 0);
    assert.equal(id, 'person:tamsin-orford');
    assert.equal(collection.clusterIdOf('a.txt', 0), id);
    assert.equal(collection.clusterIdOf('a.txt', 1), id);
    assert.equal(collection.clusterIdOf('b.txt', 1), id);
  });

  it('does not trim a place name typed as a person down to a person', () => {
    const collection = collectionOf({
      'a.txt': names({ name: 'Brenmoor Harbour Authority', type: 'person' }, { name: 'Brenmoor Harbour', type: 'place' }),
      'b.txt': names({ name: 'Brenmoor Harbour', type: 'person' }),
      'c.txt': names({ name: 'Brenmoor Harbour', type: 'place' }),
    });
    assert.notEqual(collection.clusterIdOf('a.txt', 0), collection.clusterIdOf('a.txt', 1));
    assert.equal(collection.clusterIdOf('b.txt', 0), 'place:brenmoor-harbour', 'the same name typed twice is one entity');
  });

  it('joins a lone word typed as an organisation to the one person whose surname it is', () => {
    const collection = collectionOf({
      'a.txt': names({ name: 'Dr. Ravi Chandran', type: 'person' }),
      'b.txt': names({ name: 'Chandran', type: 'organization' }, { name: 'Kestrel', type: 'organization' }),
      'c.txt': names({ name: 'Kestrel Rowe', type: 'person' }, { name: 'Kestrel', type: 'place' }),
    });
    assert.equal(collection.clusterIdOf('b.txt', 0), collection.clusterIdOf('a.txt', 0));
    assert.notEqual(collection.clusterIdOf('b.txt', 1), collection.clusterIdOf('c.txt', 0), 'a first name is no surname');
  });

  it('links "the Academy" and "Mt" spellings of bodies and places', () => {
    const collection = collectionOf({
      'a.txt': names({ name: 'Academy of Coastal Surveyors', type: 'organization' }, { name: 'Mount Hallam', type: 'place' }),
      'b.txt': names({ name: 'The Academy', type: 'organization' }, { name: 'Mt Hallam', type: 'place' }),
    });
    assert.equal(collection.clusterIdOf('b.txt', 0), collection.clusterIdOf('a.txt', 0));
    assert.equal(collection.clusterIdOf('b.txt', 1), 'place:mount-hallam');
  });

  it('answers hovers with every mention of the cluster under an offset', () => {
    const collection = collectionOf({
      'a.txt': names({ name: 'Ingrid Halvorsen', type: 'person' }),
      'b.txt': names({ name: 'Halvorsen', type: 'person' }),
    });
    const cluster = collection.clusterAt('b.txt', 3)!;
    assert.equal(cluster.id, 'person:ingrid-halvorsen');
    assert.deepEqual(
      cluster.mentions.map((m) => [m.path, m.text]),
      [['a.txt', 'Ingrid Halvorsen'], ['b.txt', 'Halvorsen']],
    );
    assert.equal(collection.clusterAt('b.txt', 9), undefined, 'no name at the final period');
  });
});
