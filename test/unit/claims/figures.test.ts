import { strict as assert } from 'node:assert';
import { findFigures } from '../../../server/src/core/claims/figures';

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

  it('turns "more than" into a floor reaching 40% past it, and "fewer than" into a ceiling as far below', () => {
    const over = only('more than 1,000 residents');
    assert.deepEqual([over.value, over.low, over.high, over.approximate], [1000, 1000, 1400, true]);
    const under = only('fewer than 14 boats');
    assert.deepEqual([under.low, under.high], [10, 14]);
    const after = only('donors who gave $280 or less');
    assert.deepEqual([after.text, after.low, after.high, after.unit], ['$280 or less', 200, 280, 'usd']);
    assert.equal(only('households making $100,000 or more').high, 140000);
  });

  it('gives an approximate figure the interval it covers', () => {
    const f = only('around two dozen guards');
    assert.deepEqual([f.text, f.value, f.low, f.high, f.approximate, f.counted], ['around two dozen', 24, 21, 27, true, 'guards']);
    assert.deepEqual([only('nearly 1,000 troops').low, only('nearly 1,000 troops').high], [900, 1000]);
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

describe('findFigures: weights, lengths, speeds, ranges, laps and prices', () => {
  const kg = (f: Figure) => Math.round(f.value * 10) / 10;

  it('reads a weight written with a unit glued, hyphenated or spelled out, in kilograms', () => {
    const glued = only('The keepers weighed the 400lb bear.');
    assert.deepEqual([glued.text, glued.unit, kg(glued), glued.counted], ['400lb', 'kg', 181.4, 'bear']);
    const hyphen = only('a 181-kg bear');
    assert.deepEqual([hyphen.text, hyphen.unit, hyphen.value, hyphen.counted], ['181-kg', 'kg', 181, 'bear']);
    assert.equal(only('a 450-pound bear').counted, 'bear');
    assert.equal(only('the bear weighed 400 pounds').unit, 'kg');
  });

  it('gives an exact measurement the precision it is written to, so a rounded conversion still meets it', () => {
    const pounds = only('a 400-pound bear');
    const kilos = only('a 181-kg bear');
    assert.ok(pounds.low <= kilos.high && kilos.low <= pounds.high, '181 kg is 400 lb rounded');
    const tenths = only('a ledge 3.7 metres high');
    assert.deepEqual([tenths.low, tenths.high].map((x) => Math.round(x * 100) / 100), [3.65, 3.75]);
  });

  it('reads "400-pound-plus" as at least that weight', () => {
    const f = only('the 400-pound-plus bear');
    assert.deepEqual([f.approximate, kg({ ...f, value: f.low })], [true, 181.4]);
    assert.ok(f.high > f.low);
  });

  it('keeps money in pounds apart from weight in pounds', () => {
    assert.equal(only('a grant of 3 million pounds').unit, 'gbp');
    assert.equal(only('a fine of 400 pounds sterling').unit, 'gbp');
    assert.equal(only('a 400 pounds sack').unit, 'kg');
  });

  it('reads lengths in feet and metres alike, and a bracketed conversion as the same measurement', () => {
    assert.equal(only('the girl fell 15ft into the pit').unit, 'm');
    const [feet, metres] = figures('she fell about 12 feet (3.7 meters) into a pit');
    assert.deepEqual([feet!.text, metres!.text], ['about 12 feet', '3.7 meters']);
    assert.ok(feet!.low <= metres!.value && metres!.value <= feet!.high);
    assert.equal(figures('a 12-foot (3.7-meter) python')[0]!.counted, 'python', 'the noun after the conversion is what is measured');
  });

  it('reads what a measurement is of', () => {
    assert.equal(only('A landslide buried 40 metres of the coast road.').counted, 'coast road');
  });

  it('reads a range of figures as the interval it spans, standing for its middle', () => {
    const f = only('who fell 10 to 12 feet');
    assert.deepEqual([f.text, f.approximate], ['10 to 12 feet', true]);
    assert.deepEqual([f.low, f.value, f.high].map((x) => Math.round(x / 0.3048)), [10, 11, 12]);
    const dashed = only('Bears live 30-50 years.');
    assert.deepEqual([dashed.text, dashed.low, dashed.high, dashed.unit], ['30-50 years', 30, 50, 'year']);
    assert.deepEqual(figures('the 2015-16 season'), [], 'years joined by a dash are not a range of figures');
  });

  it('reads speeds in miles or kilometres an hour', () => {
    const mph = only('winds of 60 mph');
    const written = only('winds of 60 miles per hour');
    assert.deepEqual([mph.unit, written.unit, written.text], ['km/h', 'km/h', '60 miles per hour']);
    assert.equal(mph.value, written.value);
  });

  it('reads "aged 4" as an age, and the noun after a compound age as whose age it is', () => {
    assert.equal(only('a girl aged 4 climbed the fence').unit, 'age');
    assert.deepEqual([only('a four-year-old girl').unit, only('a four-year-old girl').counted], ['age', 'girl']);
  });

  it('reads laps and finishing positions as figures, and other ordinals not', () => {
    assert.deepEqual([only('He crashed on lap 20 of the race.').text, only('He crashed on lap 20 of the race.').unit], ['lap 20', 'lap']);
    const ordinal = only('She retired on the 21st lap.');
    assert.deepEqual([ordinal.text, ordinal.value, ordinal.unit], ['21st lap', 21, 'lap']);
    assert.deepEqual([only('Vasko finished third.').value, only('Vasko finished third.').unit], [3, 'position']);
    assert.equal(only('She started from 3rd place.').unit, 'position');
    assert.deepEqual(figures('The second crew took the first boat.'), []);
  });

  it('prices one share apart from a total price', () => {
    const each = only('Halden paid $14 a share.');
    assert.deepEqual([each.text, each.unit], ['$14', 'usd/share']);
    assert.equal(only('Halden paid $14 per share.').unit, 'usd/share');
    assert.equal(only('a $2 billion deal').unit, 'usd');
  });

  it('ends the counted noun at a plural written without an s', () => {
    assert.equal(only('almost 1,200 women came forward').counted, 'women');
    assert.equal(only('40 people were evacuated').counted, 'people');
  });
});
