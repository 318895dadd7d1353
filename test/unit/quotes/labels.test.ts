import { strict as assert } from 'node:assert';
import { quotesIn, quoteStarting } from './helpers';

describe('quoted labels', () => {
  it('reads a quote in title case as the name of a work, a zone or a sign, needing no speaker', () => {
    const text =
      'The band closed with “Harbour Lights at Dawn.” ' +
      'The square will have a zone with an English name: “Quiet Harbour Area.” ' +
      'On Friday, “How Do Tides Work?” is a talk at the library. ' +
      'A sign on the pier reads: “DANGER: Keep Off the Slipway”';
    assert.deepEqual(
      quotesIn(text).map((q) => [q.text, q.kind]),
      [
        ['Harbour Lights at Dawn.', 'scare'],
        ['Quiet Harbour Area.', 'scare'],
        ['How Do Tides Work?', 'scare'],
        ['DANGER: Keep Off the Slipway', 'scare'],
      ],
    );
  });

  it('keeps shouted capitals, sentences and two-sentence nicknames as quotes', () => {
    const quotes = quotesIn('Ana Ruiz posted: “CLOSE THE QUAY NOW.” Later she said: “The Captain. Our Hero.” She added: “Nobody Came, and we waited.”', [['Ana Ruiz', 'person']]);
    assert.deepEqual(
      quotes.map((q) => q.kind),
      ['direct', 'direct', 'direct'],
    );
  });

  it('reads quoted words after a determiner, with no cue, as the writer’s label with no speaker', () => {
    const text =
      'Villagers rehearsed on Sunday for a "war of the whole valley" to hold off invaders. ' +
      'The ministry listed the "Brotherhood of the Reef" as a criminal group in March. ' +
      'This “sharp rise in harbour tolls” worries the shippers.';
    const quotes = quotesIn(text);
    assert.deepEqual(
      quotes.map((q) => [q.text, q.kind, q.speakerText]),
      [
        ['war of the whole valley', 'scare', null],
        ['Brotherhood of the Reef', 'scare', null],
        ['sharp rise in harbour tolls', 'scare', null],
      ],
    );
  });

  it('keeps quoted words after a determiner a fragment when a cue names who said them', () => {
    const quotes = quotesIn('Ana Ruiz said the plan was a "betrayal of every fisher in town" and left the hall.', [['Ana Ruiz', 'person']]);
    const quote = quoteStarting(quotes, 'betrayal');
    assert.equal(quote.kind, 'fragment');
    assert.equal(quote.speakerText, 'Ana Ruiz');
  });

  it('does not read a punctuated quote after a determiner as a label', () => {
    const quotes = quotesIn('The notice ended with a "We will be back next spring." Nobody signed it.');
    assert.notEqual(quotes[0].kind, 'scare');
  });

  it('does not read quoted words after "that" as a label', () => {
    const quotes = quotesIn('Ana Ruiz warned that "every ferry on the river" would stop.', [['Ana Ruiz', 'person']]);
    assert.equal(quotes[0].kind, 'fragment');
    assert.equal(quotes[0].speakerText, 'Ana Ruiz');
  });
});
