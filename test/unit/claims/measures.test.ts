import { strict as assert } from 'node:assert';
import { findFigures } from '../../../server/src/core/claims/figures';
import { measuresOf } from '../../../server/src/core/claims/measures';

/** Each figure's text with what it measures, for one sentence. */
function measured(sentence: string): [string, string][] {
  const figures = findFigures(sentence);
  const measures = measuresOf(sentence, 0, sentence.length, figures);
  return figures.map((f, i) => [f.text, measures[i]!]);
}

describe('measuresOf: what a figure measures', () => {
  it('tells the dead from the injured in one sentence, by the verb before each count', () => {
    assert.deepEqual(measured('The blast at the Kelby depot killed 3 workers and injured 27 workers.'), [
      ['3', 'killed'],
      ['27', 'injured'],
    ]);
    assert.deepEqual(measured('A truck bomb hit the depot, killing at least six guards and wounding 120.'), [
      ['at least six', 'killed'],
      ['120', 'injured'],
    ]);
  });

  it('reads the measure after a count when no verb comes before it', () => {
    assert.deepEqual(measured('Two people were killed and 84 people were taken to hospital.'), [
      ['Two', 'killed'],
      ['84', 'hospitalised'],
    ]);
    assert.deepEqual(measured('The storm forced 400 residents to be evacuated from Lenmouth.'), [['400', 'evacuated']]);
  });

  it('reads a measure carried by the counted noun', () => {
    assert.deepEqual(measured('There were at least two fatalities and more than 100 wounded people in the square.'), [
      ['at least two', 'killed'],
      ['more than 100', 'injured'],
    ]);
  });

  it('reads the measure before a count when nothing follows it ("the death toll rose to six")', () => {
    assert.deepEqual(measured('The death toll from the bombing rose to at least six on Friday.'), [['at least six', 'killed']]);
  });

  it('leaves a count whose words say nothing of harm unmeasured', () => {
    assert.deepEqual(measured('The ferry carries 300 passengers on a crossing.'), [['300', '']]);
  });

  it('tells a fall, a depth and a distance apart', () => {
    assert.deepEqual(measured('The girl fell 15ft into the moat.'), [['15ft', 'fall']]);
    assert.deepEqual(measured('The moat is 12 feet deep.'), [['12 feet', 'depth']]);
    assert.deepEqual(measured('The car stopped 40 feet away from the barrier.'), [['40 feet', 'distance']]);
  });
});
