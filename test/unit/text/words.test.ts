import { strict as assert } from 'node:assert';
import { wordsOf } from '../../../server/src/core/text/words';

describe('wordsOf', () => {
  it('returns words with offsets into the text', () => {
    const text = 'Hi, Núñez-Roca!';
    const words = wordsOf(text);
    assert.deepEqual(words, [
      { start: 0, end: 2, text: 'Hi' },
      { start: 4, end: 14, text: 'Núñez-Roca' },
    ]);
    for (const w of words) assert.equal(text.slice(w.start, w.end), w.text);
  });

  it('keeps apostrophes inside words but not around them', () => {
    assert.deepEqual(wordsOf("don't stop Liora’s ‘plan’ of the ’90s, officials’ view").map((w) => w.text), [
      "don't", 'stop', 'Liora’s', 'plan', 'of', 'the', '90s', 'officials', 'view',
    ]);
  });

  it('keeps decimals and thousands together', () => {
    assert.deepEqual(wordsOf('1,200 people, 3.5 percent. End').map((w) => w.text), ['1,200', 'people', '3.5', 'percent', 'End']);
  });

  it('reads only the given range', () => {
    assert.deepEqual(wordsOf('alpha beta gamma', 3, 10).map((w) => w.text), ['ha', 'beta']);
  });
});
