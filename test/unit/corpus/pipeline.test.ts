import { strict as assert } from 'node:assert';
import type { Collection } from '../../../server/src/corpus/collection';
import { analyzedCollection, findings } from './analyzedCollection';

// Three invented outlets covering one ferry fire, and an unrelated choir story from the same wire.
const ARTICLES: Record<string, string> = {
  'courier.txt': [
    "Ferry fire forces evacuation at Port Calder",
    "",
    "May 9, 2031",
    "",
    "PORT CALDER — A fire broke out on the ferry Marisol as it approached Port Calder on Wednesday, and 14 passengers were treated for smoke, the Port Calder Coast Guard said.",
    "",
    "The ship's captain, Joaquín Ortúzar, said the crew moved quickly. \"People on the pier are afraid of being blamed,\" Ortúzar said.",
    "",
    "Mayor Elena Ortúzar, who is not related to the captain, said the town would help. \"We will NOT leave this harbour. It is our home,\" she said.",
    "",
    "The Marisol carries about 300 passengers on a full crossing, according to Calder Ferries.",
  ].join('\n'),
  'wire.txt': [
    "date 2031-05-09",
    "",
    "PORT CALDER (Lantern Wire) - Fire swept through the ferry Marisol near Port Calder on Wednesday, and 17 passengers were treated for smoke, the Port Calder Coast Guard said.",
    "",
    "\"It happened so fast. People on the pier are afraid of being sued,\" said Joaquin Ortuzar, the ship's captain.",
    "",
    "\"We will not leave this harbour. It's our home,\" said Mayor Elena Ortúzar.",
    "",
    "Calder Ferries said the Marisol carries some 300 passengers on a full crossing.",
  ].join('\n'),
  'signal.txt': [
    "Published 9 May 2031",
    "",
    "The ferry Marisol caught fire off Port Calder on Wednesday, the Port Calder Coast Guard said. Captain Joaquín Ortúzar said his crew kept everyone calm.",
    "",
    "Mayor Elena Ortúzar said the harbour would reopen. \"We will not leave this harbour,\" she said.",
    "",
    "The Marisol carries 300 passengers on a full crossing, Calder Ferries said.",
  ].join('\n'),
  'choir.txt': [
    "date 2031-05-09",
    "",
    "GLENMOOR (Lantern Wire) - The Brackwater Choir sang for 17 passengers stranded at Glenmoor station on Wednesday, conductor Odile Fenn said.",
    "",
    "\"We sang until the trains came back,\" Fenn said.",
  ].join('\n'),
};

const OUTLETS: Record<string, string> = { 'courier.txt': 'The Harrow Courier', 'wire.txt': 'Lantern Wire', 'signal.txt': 'Evening Signal', 'choir.txt': 'Lantern Wire' };

function collection(): Collection {
  return analyzedCollection(ARTICLES, { outlets: OUTLETS });
}

describe('corpus through the analysis core: an invented ferry-fire collection', () => {
  const c = collection();

  it('flags the reworded quote in both articles, each pointing at the other', () => {
    assert.deepEqual(findings(c, 'courier.txt', 'conflicting-quote'), ['People on the pier are afraid of being blamed']);
    assert.deepEqual(findings(c, 'wire.txt', 'conflicting-quote'), ['People on the pier are afraid of being sued']);
    const [d] = c.diagnostics('courier.txt').filter((x) => x.code === 'conflicting-quote');
    assert.equal(d!.related[0]!.path, 'wire.txt');
  });

  it('calls the mayor’s quote a variant, not a conflict, in every outlet that has it', () => {
    for (const path of ['courier.txt', 'wire.txt', 'signal.txt']) {
      assert.equal(findings(c, path, 'quote-variant').length, 1, path);
      assert.ok(findings(c, path, 'quote-variant')[0]!.startsWith('We will'), path);
    }
  });

  it('flags the disagreeing count of treated passengers, and not the agreeing capacity', () => {
    assert.deepEqual(findings(c, 'courier.txt', 'conflicting-number'), ['14']);
    assert.deepEqual(findings(c, 'wire.txt', 'conflicting-number'), ['17']);
    assert.deepEqual(findings(c, 'signal.txt', 'conflicting-number'), []);
  });

  it('flags the captain’s name written without accents, and never merges him with the mayor', () => {
    assert.deepEqual(findings(c, 'wire.txt', 'name-variant'), ['Joaquin Ortuzar']);
    const ids = c.clusters().map((x) => x.id);
    assert.ok(ids.includes('person:joaquin-ortuzar') && ids.includes('person:elena-ortuzar'), ids.join(', '));
  });

  it('keeps the choir story apart: same wire, same day, same count of passengers, no findings', () => {
    assert.notEqual(c.storyOf('choir.txt'), c.storyOf('wire.txt'));
    assert.deepEqual(
      c.diagnostics('choir.txt').filter((d) => d.code.startsWith('conflicting') || d.code === 'uncorroborated-claim'),
      [],
    );
  });

  it('reports only spans that are the article text between their offsets', () => {
    for (const g of c.matches()) for (const m of g.members) assert.equal(c.text(m.path)!.slice(m.start, m.end), m.text);
    for (const x of c.clusters()) for (const m of x.mentions) assert.equal(c.text(m.path)!.slice(m.start, m.end), m.text);
  });
});
