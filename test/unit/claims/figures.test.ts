import { strict as assert } from 'node:assert';
import { findFigures } from '../../../server/src/core/claims/figures';
import { NO_UPPER_BOUND } from '../../../server/src/core/claims/hedges';
import type { Figure } from '../../../server/src/core/types';

function figures(text: string): Figure[] {
  const found = findFigures(text);
  for (const f of found) assert.equal(f.text, text.slice(f.start, f.end), 'text is the slice at start..end');
  return found;
}

function only(text: string): Figure {
  const found = figures(text);
  assert.equal(found.length, 1, `one figure in ${JSON.stringify(text)}, got ${found.map((f) => f.text).join(' | ')}`);
  return found[0];
}

describe('findFigures', () => {
  it('reads plain counts with the noun they count', () => {
    const f = only('The flood displaced 32 families.');
    assert.deepEqual([f.text, f.value, f.low, f.high, f.unit, f.approximate, f.counted], ['32', 32, 32, 32, '', false, 'families']);
  });

  it('reads thousands separators and skips a capitalised modifier to reach the noun', () => {
    const f = only('Officers detained 1,000 Tavernian protesters.');
    assert.equal(f.value, 1000);
    assert.equal(f.counted, 'protesters');
  });

  it('reads no figure in a version or a date written with points', () => {
    assert.equal(only('Release 2031.04.18 of the ledger app reached 40 newsrooms.').value, 40);
    assert.deepEqual(figures('The archive moved to format 3.2.1 this spring.'), []);
  });

  it('keeps a two-word counted noun', () => {
    assert.equal(only('They freed 140 political prisoners.').counted, 'political prisoners');
    assert.equal(only('Three pumping stations failed.').counted, 'pumping stations');
    assert.equal(only('Some 32 workers evacuated the plant.').counted, 'workers');
  });

  it('reads numbers in words, with hundreds and thousands', () => {
    assert.deepEqual(figures('eight barges, ninety-nine pumps and two hundred and fifty homes').map((f) => [f.value, f.counted]), [
      [8, 'barges'], [99, 'pumps'], [250, 'homes'],
    ]);
    assert.equal(only('three thousand five hundred volunteers').value, 3500);
  });

  it('turns "more than" into an open upper bound and "fewer than" into a ceiling', () => {
    const over = only('more than 1,000 residents');
    assert.deepEqual([over.value, over.low, over.high, over.approximate], [1000, 1000, NO_UPPER_BOUND, true]);
    assert.ok(Number.isFinite(over.high), 'survives JSON');
    const under = only('fewer than 12 boats');
    assert.deepEqual([under.low, under.high], [0, 12]);
    const after = only('donors who gave $200 or less');
    assert.deepEqual([after.text, after.low, after.high, after.unit], ['$200 or less', 0, 200, 'usd']);
    assert.equal(only('households making $100,000 or more').high, NO_UPPER_BOUND);
  });

  it('gives an approximate figure the interval it covers', () => {
    const f = only('around two dozen guards');
    assert.deepEqual([f.text, f.value, f.low, f.high, f.approximate, f.counted], ['around two dozen', 24, 20, 28, true, 'guards']);
    assert.equal(only('half a dozen boats').value, 6);
  });

  it('normalises durations so years and decades compare equal', () => {
    const years = only('nearly 70 years of rivalry');
    const decades = only('almost seven decades of rivalry');
    assert.deepEqual([years.value, years.unit, years.approximate], [70, 'year', true]);
    assert.deepEqual([decades.value, decades.unit, decades.approximate], [70, 'year', true]);
    assert.deepEqual([years.low, years.high], [decades.low, decades.high]);
    assert.deepEqual([only('its 70-year history').value, only('its 70-year history').unit], [70, 'year']);
  });

  it('reads percentages written out or with a sign, with what they are a share of', () => {
    const written = only('nearly 90 percent of its citizens');
    assert.deepEqual([written.text, written.value, written.unit, written.counted], ['nearly 90 percent', 90, 'percent', 'citizens']);
    assert.equal(only('about “40 deaths”').approximate, false, 'a hedge outside the quotation marks is not the figure’s');
    const sign = only('about 45% of voters');
    assert.deepEqual([sign.text, sign.unit, sign.counted], ['about 45%', 'percent', 'voters']);
  });

  it('reads money with its currency and scale', () => {
    const hedged = only('about $3 million in aid');
    assert.deepEqual([hedged.text, hedged.value, hedged.unit, hedged.approximate], ['about $3 million', 3e6, 'usd', true]);
    const usd = only('a $3 million grant');
    assert.deepEqual([usd.text, usd.value, usd.unit], ['$3 million', 3e6, 'usd']);
    assert.deepEqual([only('3.5 billion euros').value, only('3.5 billion euros').unit], [3.5e9, 'eur']);
  });

  it('reads vague multitudes as intervals', () => {
    const f = only('tens of thousands of people');
    assert.deepEqual([f.low, f.high, f.approximate, f.counted], [10000, 99999, true, 'people']);
    assert.equal(only('dozens of homes').counted, 'homes');
  });

  it('reads ages in all three forms', () => {
    assert.deepEqual([only('She is 94 years old.').value, only('She is 94 years old.').unit], [94, 'age']);
    assert.equal(only('the 94-year-old ferryman').unit, 'age');
    const aside = only('Ilse Marrow, 65, runs the mill.');
    assert.deepEqual([aside.text, aside.unit], ['65', 'age']);
  });

  it('does not read years, times, ordinals, labels or model names as figures', () => {
    assert.deepEqual(figures('In 1959, at 9:00 pm, the 3rd crew took Route 9 with F-35 jets; one of them left.'), []);
    assert.deepEqual(figures('The siren sounded at 7 p.m. and again at 3 am.'), []);
  });

  it('leaves out excluded spans such as dates', () => {
    const text = 'On January 3 crews saved 12 horses.';
    const date = { start: 3, end: 12 };
    assert.deepEqual(findFigures(text, 0, text.length, [date]).map((f) => f.text), ['12']);
  });
});
