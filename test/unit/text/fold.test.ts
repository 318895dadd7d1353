import { strict as assert } from 'node:assert';
import { foldForMatch } from '../../../server/src/core/text/fold';

describe('foldForMatch', () => {
  it('lower-cases and removes accents', () => {
    assert.equal(foldForMatch('Joaquín Ibáñez'), 'joaquin ibanez');
    assert.equal(foldForMatch('Søren Ærø Straße'), 'soren aero strasse');
  });

  it('straightens curly quotes and apostrophes and normalises dashes', () => {
    assert.equal(foldForMatch('“It’s over” — she said – 1‒2'), '"it\'s over" - she said - 1-2');
  });

  it('leaves plain ASCII lower-cased', () => {
    assert.equal(foldForMatch('BEFORE It Is'), 'before it is');
  });
});
