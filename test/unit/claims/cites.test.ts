import { strict as assert } from 'node:assert';
import { findCites } from '../../../server/src/core/claims/cites';
import { lowerWordsOf } from '../../../server/src/core/claims/words';
import type { Citation, EntityMention } from '../../../server/src/core/types';

function citesIn(text: string, entities: EntityMention[] = []): Citation[] {
  const cites = findCites(text, [lowerWordsOf(text, 0, text.length)], entities);
  for (const c of cites) assert.equal(c.text, text.slice(c.start, c.end), 'text is the slice at start..end');
  return cites;
}

function mention(text: string, words: string, type: EntityMention['type']): EntityMention {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words, type, entity: 0 };
}

describe('findCites', () => {
  it('names the outlet of "according to a report by X"', () => {
    const cites = citesIn('The wall was weak, according to a report by The Valley Courier.');
    assert.deepEqual(cites.map((c) => [c.name, c.text]), [['Valley Courier', 'Valley Courier']]);
  });

  it('names the outlet officials spoke to', () => {
    const cites = citesIn('The plan was set out by county officials in a conversation with The Harbor Times.');
    assert.deepEqual(cites.map((c) => c.name), ['Harbor Times']);
  });

  it('reads "X reported" and "X previously reported" for outlets and agencies', () => {
    assert.deepEqual(citesIn('The Courier reported the closure.').map((c) => c.name), ['Courier']);
    assert.deepEqual(citesIn('Meridian Wire previously reported the leak.').map((c) => c.name), ['Meridian Wire']);
  });

  it('stands "told the newspaper" for the outlet cited before', () => {
    const text = 'The Harbor Times first reported the breach. Officials told the newspaper that the gate jammed.';
    const cites = citesIn(text);
    assert.deepEqual(cites.map((c) => [c.name, c.text]), [['Harbor Times', 'Harbor Times'], ['Harbor Times', 'the newspaper']]);
  });

  it('does not cite people, lower-case sources or outlets named in passing', () => {
    const text = 'Ilse Marrow reported the leak. According to insiders, it grew. The Harbor Times is sold here.';
    assert.deepEqual(citesIn(text, [mention(text, 'Ilse Marrow', 'person')]).map((c) => c.name), []);
  });

  it('does not take speakers for cited sources, nor the tail of a longer name', () => {
    const text = 'She said the gate failed. Drivers said they smelled diesel. The Port Ellery Fire and Rescue Service said 3 crews went.';
    assert.deepEqual(citesIn(text).map((c) => c.name), []);
  });

  it('cites organisations the entity finder has tagged', () => {
    const text = 'According to Levee Watch, the gates failed.';
    assert.deepEqual(citesIn(text, [mention(text, 'Levee Watch', 'organization')]).map((c) => c.name), ['Levee Watch']);
  });
});
